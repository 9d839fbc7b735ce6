//! Query results to the chosen format: W3C result formats, tables, or RDF for graphs.

use std::io::Write;

use anyhow::{Context, Result};
use oxigraph::model::{GraphName, Quad};
use oxigraph::sparql::QueryResults;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};

use crate::render::table::{display_term, render};
use crate::render::{GraphFormat, ResultsFormat, graph};

/// The formats asked for: one for solutions and booleans, one for graphs.
#[derive(Debug, Clone, Copy)]
pub struct OutputFormats {
    pub results: ResultsFormat,
    pub graph: GraphFormat,
    /// Width tables must fit in; `None` for no limit.
    pub width: Option<usize>,
    /// Rows shown in a table at most (the count still says how many there were).
    pub row_limit: Option<usize>,
}

/// What was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Rows(usize),
    Boolean(bool),
    Triples(usize),
}

impl Written {
    /// "3 rows", "true", "12 triples".
    pub fn summary(self) -> String {
        match self {
            Written::Rows(1) => "1 row".to_string(),
            Written::Rows(n) => format!("{n} rows"),
            Written::Boolean(b) => b.to_string(),
            Written::Triples(1) => "1 triple".to_string(),
            Written::Triples(n) => format!("{n} triples"),
        }
    }
}

/// Writes query results to `out` in the chosen formats.
pub fn write_results(
    results: QueryResults<'_>,
    formats: OutputFormats,
    mut out: impl Write,
) -> Result<Written> {
    match results {
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            if formats.results == ResultsFormat::Table {
                let header: Vec<String> =
                    variables.iter().map(|v| v.as_str().to_string()).collect();
                let mut rows = Vec::new();
                let mut count = 0;
                for solution in solutions {
                    let solution = solution.context("query evaluation failed")?;
                    count += 1;
                    if formats.row_limit.is_some_and(|limit| rows.len() >= limit) {
                        continue;
                    }
                    rows.push(
                        variables
                            .iter()
                            .map(|v| solution.get(v).map(display_term).unwrap_or_default())
                            .collect(),
                    );
                }
                out.write_all(render(&header, &rows, formats.width).as_bytes())?;
                if rows.len() < count {
                    writeln!(out, "({} of {count} rows shown)", rows.len())?;
                }
                return Ok(Written::Rows(count));
            }
            let mut serializer = QueryResultsSerializer::from_format(w3c_format(formats.results))
                .serialize_solutions_to_writer(&mut out, variables)
                .context("cannot write results")?;
            let mut count = 0;
            for solution in solutions {
                let solution = solution.context("query evaluation failed")?;
                serializer
                    .serialize(&solution)
                    .context("cannot write results")?;
                count += 1;
            }
            serializer.finish().context("cannot write results")?;
            Ok(Written::Rows(count))
        }
        QueryResults::Boolean(value) => {
            if formats.results == ResultsFormat::Table {
                writeln!(out, "{value}")?;
            } else {
                QueryResultsSerializer::from_format(w3c_format(formats.results))
                    .serialize_boolean_to_writer(&mut out, value)
                    .context("cannot write results")?;
            }
            Ok(Written::Boolean(value))
        }
        QueryResults::Graph(triples) => {
            let mut quads = Vec::new();
            for triple in triples {
                let triple = triple.context("query evaluation failed")?;
                quads.push(Quad::new(
                    triple.subject,
                    triple.predicate,
                    triple.object,
                    GraphName::DefaultGraph,
                ));
            }
            let count = quads.len();
            graph::write_quads(&quads, formats.graph, &mut out)?;
            Ok(Written::Triples(count))
        }
    }
}

fn w3c_format(format: ResultsFormat) -> QueryResultsFormat {
    match format {
        ResultsFormat::Csv => QueryResultsFormat::Csv,
        ResultsFormat::Tsv => QueryResultsFormat::Tsv,
        ResultsFormat::Xml => QueryResultsFormat::Xml,
        ResultsFormat::Json | ResultsFormat::Table => QueryResultsFormat::Json,
    }
}
