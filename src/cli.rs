//! The command line: clap definitions, turned into a plain [`Config`] before work starts.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Result, bail};
use clap::{Parser, Subcommand, ValueEnum};

use crate::config::{
    Command, Config, ExportConfig, ExtractConfig, ExtractFormat, IngestConfig, QueryConfig,
    RemoteConfig, Source, SparqlConfig,
};
use crate::render::{GraphFormat, ResultsFormat};
use crate::sparql::parse_param;

/// Turn news articles about international relations into a diplomacy knowledge graph and
/// question it in SPARQL.
///
/// With no command, opens the interactive SPARQL session on the store.
#[derive(Debug, Parser)]
#[command(name = "entente", version, max_term_width = 100)]
pub struct Cli {
    /// Folder of the embedded store (created when missing).
    #[arg(
        long,
        global = true,
        env = "ENTENTE_STORE",
        default_value = ".entente",
        value_name = "DIR"
    )]
    pub store: PathBuf,

    /// Folder of lexicon files (as in ontology/) to use instead of the built-in ones.
    #[arg(long, global = true, env = "ENTENTE_LEXICONS", value_name = "DIR")]
    pub lexicons: Option<PathBuf>,

    /// Folder of articles that builds an empty store before the first query.
    #[arg(long, global = true, default_value = "seeds", value_name = "DIR")]
    pub seeds: PathBuf,

    /// Stop a SPARQL query or update that runs longer than SECS seconds (e.g. 30, 0.5).
    #[arg(long, global = true, value_name = "SECS", value_parser = parse_timeout)]
    pub timeout: Option<Duration>,

    /// Allow SERVICE clauses (federated queries, which reach the network); refused by default.
    #[arg(long, global = true)]
    pub allow_service: bool,

    /// Allow the SPARQL update LOAD to read files (file:///…); refused by default.
    #[arg(long, global = true)]
    pub allow_load: bool,

    /// SPARQL endpoint of a server (Virtuoso, Oxigraph server, …) to use instead of the
    /// embedded store, e.g. http://localhost:8890/sparql.
    #[arg(long, global = true, env = "ENTENTE_ENDPOINT", value_name = "URL")]
    pub endpoint: Option<String>,

    /// SPARQL update endpoint of the server [default: the --endpoint URL].
    #[arg(
        long,
        global = true,
        env = "ENTENTE_UPDATE_ENDPOINT",
        value_name = "URL"
    )]
    pub update_endpoint: Option<String>,

    /// Graph Store Protocol endpoint of the server; without it ingest writes with
    /// SPARQL updates (DROP SILENT GRAPH + INSERT DATA).
    #[arg(long, global = true, env = "ENTENTE_GRAPH_STORE", value_name = "URL")]
    pub graph_store: Option<String>,

    /// User at the server (Basic or Digest authentication); the password comes from
    /// ENTENTE_PASSWORD or the netrc file.
    #[arg(long, global = true, env = "ENTENTE_USER", value_name = "NAME")]
    pub user: Option<String>,

    /// netrc-style file of server credentials (machine HOST login USER password PASS)
    /// [default: ~/.netrc when present].
    #[arg(long, global = true, env = "ENTENTE_NETRC", value_name = "FILE")]
    pub netrc: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Read articles (files or folders, recursively) and store their facts, one named graph each.
    Ingest {
        /// Articles: .txt (scraped page, front matter, plain), .jsonl (one article a line),
        /// .json (annotations); folders are read recursively. Default: the seeds folder.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Print only problems and the final summary line.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Print the facts extracted from one file without touching the store.
    Extract {
        /// The article file (any form ingest reads).
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Output: the JSON interchange format, or the RDF it maps to.
        #[arg(long, short, value_enum, default_value = "json")]
        format: ExtractFormat,
        /// Print each sentence with what was found in it and the rules that fired.
        #[arg(long)]
        explain: bool,
    },
    /// Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over all graphs.
    Query {
        /// File holding the query (e.g. queries/timeline.rq); `-` for standard input.
        #[arg(value_name = "FILE", conflicts_with = "expression")]
        file: Option<PathBuf>,
        /// The query text itself.
        #[arg(long = "expression", short = 'e', value_name = "TEXT")]
        expression: Option<String>,
        /// Output format [default: table on a terminal, else tsv; turtle for graphs].
        #[arg(long, short, value_enum)]
        format: Option<QueryFormat>,
        /// Bind a variable: NAME=VALUE, VALUE an <iri>, a prefixed name (ent:country/CAN),
        /// a "literal" or an integer. Repeatable.
        #[arg(long = "param", short = 'p', value_name = "NAME=VALUE")]
        params: Vec<String>,
    },
    /// Run a SPARQL update (INSERT, DELETE, DROP, …) on the store.
    Update {
        /// File holding the update; `-` for standard input.
        #[arg(value_name = "FILE", conflicts_with = "expression")]
        file: Option<PathBuf>,
        /// The update text itself.
        #[arg(long = "expression", short = 'e', value_name = "TEXT")]
        expression: Option<String>,
    },
    /// Write the store (or one graph) as RDF for other tools.
    Export {
        /// RDF syntax to write.
        #[arg(long, short, value_enum, default_value = "turtle")]
        format: GraphFormat,
        /// Export only this named graph (an IRI, or a prefixed name such as ent:graph/ontology).
        #[arg(long, value_name = "IRI")]
        graph: Option<String>,
        /// Write to this file instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Overwrite the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Count documents, triples, entities and events (by class and by year).
    Stats,
    /// Compact the store so that queries read fewer files: worth it after a large ingest
    /// (a bulk load leaves its files unmerged); takes about as long as the ingest did.
    Optimize,
    /// Print the diplomacy ontology (Turtle) compiled into entente.
    Ontology,
    /// Open the interactive SPARQL session (the default with no command); with standard
    /// input piped, run its queries and dot-commands in sequence.
    Repl,
}

/// Every output format `query` knows; which apply depends on the query form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QueryFormat {
    /// Aligned table (SELECT, ASK).
    Table,
    /// W3C CSV results (SELECT, ASK).
    Csv,
    /// W3C TSV results (SELECT, ASK).
    Tsv,
    /// W3C JSON results (SELECT, ASK).
    Json,
    /// W3C XML results (SELECT, ASK).
    Xml,
    /// Turtle (CONSTRUCT, DESCRIBE).
    Turtle,
    /// N-Triples (CONSTRUCT, DESCRIBE).
    Ntriples,
    /// N-Quads (CONSTRUCT, DESCRIBE).
    Nquads,
    /// TriG (CONSTRUCT, DESCRIBE).
    Trig,
    /// RDF/XML (CONSTRUCT, DESCRIBE).
    Rdfxml,
}

impl QueryFormat {
    /// The format as a results format, or a graph format.
    pub fn split(self) -> Result<ResultsFormat, GraphFormat> {
        match self {
            QueryFormat::Table => Ok(ResultsFormat::Table),
            QueryFormat::Csv => Ok(ResultsFormat::Csv),
            QueryFormat::Tsv => Ok(ResultsFormat::Tsv),
            QueryFormat::Json => Ok(ResultsFormat::Json),
            QueryFormat::Xml => Ok(ResultsFormat::Xml),
            QueryFormat::Turtle => Err(GraphFormat::Turtle),
            QueryFormat::Ntriples => Err(GraphFormat::NTriples),
            QueryFormat::Nquads => Err(GraphFormat::NQuads),
            QueryFormat::Trig => Err(GraphFormat::TriG),
            QueryFormat::Rdfxml => Err(GraphFormat::RdfXml),
        }
    }
}

impl Cli {
    /// Resolves the command line into the plain configuration the program runs on.
    pub fn into_config(self) -> Result<Config> {
        let source = |file: Option<PathBuf>, expression: Option<String>| match (file, expression) {
            (_, Some(text)) => Source::Text(text),
            (Some(path), None) if path.as_os_str() == "-" => Source::Stdin,
            (Some(path), None) => Source::File(path),
            (None, None) => Source::Stdin,
        };
        let command = match self.command {
            None => Command::Repl,
            Some(CliCommand::Ingest { paths, quiet }) => Command::Ingest(IngestConfig {
                paths: if paths.is_empty() {
                    vec![self.seeds.clone()]
                } else {
                    paths
                },
                quiet,
            }),
            Some(CliCommand::Extract {
                file,
                format,
                explain,
            }) => Command::Extract(ExtractConfig {
                file,
                format,
                explain,
            }),
            Some(CliCommand::Query {
                file,
                expression,
                format,
                params,
            }) => {
                let params = params
                    .iter()
                    .map(|p| parse_param(p))
                    .collect::<Result<Vec<_>>>()?;
                Command::Query(QueryConfig {
                    source: source(file, expression),
                    format,
                    params,
                })
            }
            Some(CliCommand::Update { file, expression }) => {
                Command::Update(source(file, expression))
            }
            Some(CliCommand::Export {
                format,
                graph,
                output,
                force,
            }) => {
                if force && output.is_none() {
                    bail!("--force only applies with --output FILE");
                }
                Command::Export(ExportConfig {
                    format,
                    graph,
                    output,
                    overwrite: force,
                })
            }
            Some(CliCommand::Stats) => Command::Stats,
            Some(CliCommand::Optimize) => Command::Optimize,
            Some(CliCommand::Ontology) => Command::Ontology,
            Some(CliCommand::Repl) => Command::Repl,
        };
        let remote = match self.endpoint {
            Some(endpoint) => Some(RemoteConfig {
                endpoint,
                update_endpoint: self.update_endpoint,
                graph_store: self.graph_store,
                user: self.user,
                password: std::env::var("ENTENTE_PASSWORD").ok(),
                netrc: self.netrc,
            }),
            None if self.update_endpoint.is_some() || self.graph_store.is_some() => {
                bail!(
                    "--update-endpoint and --graph-store need --endpoint URL (the query endpoint)"
                )
            }
            None => None,
        };
        Ok(Config {
            store: self.store,
            lexicons: self.lexicons,
            seeds: self.seeds,
            sparql: SparqlConfig {
                timeout: self.timeout,
                allow_service: self.allow_service,
                allow_load: self.allow_load,
            },
            remote,
            command,
        })
    }
}

/// `--timeout SECS`: a positive number of seconds, fractions allowed.
fn parse_timeout(text: &str) -> Result<Duration, String> {
    let seconds: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("{text:?} is not a number of seconds"))?;
    if !(seconds > 0.0 && seconds <= 1e9) {
        return Err(format!("{text} is not a positive number of seconds"));
    }
    Ok(Duration::from_secs_f64(seconds))
}
