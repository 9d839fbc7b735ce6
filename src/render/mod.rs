//! Rendering: query results and graphs to the formats users read or other tools load.

pub mod graph;
pub mod results;
pub mod table;

use clap::ValueEnum;

/// Output formats of SELECT and ASK results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ResultsFormat {
    /// An aligned table for reading in a terminal.
    Table,
    /// W3C SPARQL 1.1 Query Results CSV.
    Csv,
    /// W3C SPARQL 1.1 Query Results TSV.
    Tsv,
    /// W3C SPARQL 1.1 Query Results JSON.
    Json,
    /// W3C SPARQL Query Results XML.
    Xml,
}

/// RDF serialization formats of graphs (CONSTRUCT and DESCRIBE results, exports).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    /// Turtle with prefixes, grouped by subject (named graphs merged).
    Turtle,
    /// N-Triples, one triple a line (named graphs merged).
    #[value(name = "ntriples")]
    NTriples,
    /// N-Quads, one quad a line, named graphs kept.
    #[value(name = "nquads")]
    NQuads,
    /// TriG: Turtle with named graphs.
    #[value(name = "trig")]
    TriG,
    /// RDF/XML (named graphs merged).
    #[value(name = "rdfxml")]
    RdfXml,
}

impl GraphFormat {
    /// Whether the format keeps named graphs.
    pub fn keeps_graphs(self) -> bool {
        matches!(self, GraphFormat::NQuads | GraphFormat::TriG)
    }
}
