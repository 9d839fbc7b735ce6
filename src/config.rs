//! The plain configuration a run works from, resolved from the command line.

use std::path::PathBuf;
use std::time::Duration;

use clap::ValueEnum;

use crate::cli::QueryFormat;
use crate::render::GraphFormat;
use crate::sparql::Param;

/// Everything a run needs to know, with no clap in sight.
#[derive(Debug, Clone)]
pub struct Config {
    /// Folder of the embedded store.
    pub store: PathBuf,
    /// Folder of lexicon files replacing the built-in ones.
    pub lexicons: Option<PathBuf>,
    /// Folder of articles that builds an empty store.
    pub seeds: PathBuf,
    /// What SPARQL may do: time limit, network and file access.
    pub sparql: SparqlConfig,
    /// A SPARQL server to use instead of the embedded store.
    pub remote: Option<RemoteConfig>,
    pub command: Command,
}

/// A SPARQL server: its endpoints and who entente is there.
#[derive(Clone, PartialEq, Eq)]
pub struct RemoteConfig {
    /// The SPARQL 1.1 Protocol query endpoint.
    pub endpoint: String,
    /// The update endpoint (default: the query endpoint).
    pub update_endpoint: Option<String>,
    /// The Graph Store Protocol endpoint; without it documents are written with updates.
    pub graph_store: Option<String>,
    pub user: Option<String>,
    /// From `ENTENTE_PASSWORD`.
    pub password: Option<String>,
    /// A netrc-style file to take credentials from (default `~/.netrc` when present).
    pub netrc: Option<PathBuf>,
}

impl std::fmt::Debug for RemoteConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RemoteConfig")
            .field("endpoint", &self.endpoint)
            .field("update_endpoint", &self.update_endpoint)
            .field("graph_store", &self.graph_store)
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "…"))
            .field("netrc", &self.netrc)
            .finish()
    }
}

/// Limits on SPARQL queries and updates; the defaults refuse anything reaching outside the
/// store.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SparqlConfig {
    /// Stop a query or update running longer than this.
    pub timeout: Option<Duration>,
    /// Let `SERVICE` (federated queries) through.
    pub allow_service: bool,
    /// Let the update `LOAD` read files (or URLs).
    pub allow_load: bool,
}

#[derive(Debug, Clone)]
pub enum Command {
    Ingest(IngestConfig),
    Extract(ExtractConfig),
    Query(QueryConfig),
    Update(Source),
    Export(ExportConfig),
    Stats,
    Optimize,
    Ontology,
    Repl,
}

#[derive(Debug, Clone)]
pub struct IngestConfig {
    pub paths: Vec<PathBuf>,
    /// Print only problems and the summary.
    pub quiet: bool,
}

/// Output of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// The annotation interchange format.
    Json,
    /// The RDF the annotation maps to, as Turtle.
    Turtle,
    /// The RDF the annotation maps to, as N-Quads (with the document graph).
    Nquads,
}

#[derive(Debug, Clone)]
pub struct ExtractConfig {
    pub file: PathBuf,
    pub format: ExtractFormat,
    /// Print the per-sentence trace instead of the facts.
    pub explain: bool,
}

/// Where query or update text comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    Text(String),
    Stdin,
}

#[derive(Debug, Clone)]
pub struct QueryConfig {
    pub source: Source,
    pub format: Option<QueryFormat>,
    pub params: Vec<Param>,
}

#[derive(Debug, Clone)]
pub struct ExportConfig {
    pub format: GraphFormat,
    pub graph: Option<String>,
    pub output: Option<PathBuf>,
    /// Replace an existing output file.
    pub overwrite: bool,
}

impl ExtractFormat {
    /// The graph format for RDF output.
    pub fn graph_format(self) -> Option<GraphFormat> {
        match self {
            ExtractFormat::Json => None,
            ExtractFormat::Turtle => Some(GraphFormat::Turtle),
            ExtractFormat::Nquads => Some(GraphFormat::NQuads),
        }
    }
}
