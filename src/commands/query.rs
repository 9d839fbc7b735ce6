//! `entente query` and `entente update`: SPARQL text in, results out, within the limits of
//! `--timeout`, `--allow-service` and `--allow-load`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{Context, Result, anyhow, bail};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::sparql::QueryEvaluationError;
use spargebra::term::{GraphName, Quad};
use spargebra::{GraphUpdateOperation, Update};

use crate::backend::Backend;
use crate::cli::QueryFormat;
use crate::config::{QueryConfig, SparqlConfig};
use crate::render::results::{OutputFormats, Written, write_results};
use crate::render::table::terminal_width;
use crate::render::{GraphFormat, ResultsFormat};
use crate::sparql::{self, Deadline, QueryForm};
use crate::store::GraphStore;

/// Parses, checks, evaluates and writes one query (on a thread with a stack large enough
/// for deeply nested queries).
pub fn run_query(
    store: &Backend,
    text: &str,
    config: &QueryConfig,
    limits: &SparqlConfig,
    out: &mut dyn Write,
) -> Result<Written> {
    sparql::on_large_stack(out, |out| evaluate_query(store, text, config, limits, out))
}

fn evaluate_query(
    store: &Backend,
    text: &str,
    config: &QueryConfig,
    limits: &SparqlConfig,
    out: &mut dyn Write,
) -> Result<Written> {
    let query = sparql::parse_query(text, &config.params)?;
    sparql::check_query(&query, limits)?;
    let form = sparql::form(&query);
    let terminal = std::io::stdout().is_terminal();
    let mut formats = OutputFormats {
        results: if terminal {
            ResultsFormat::Table
        } else {
            ResultsFormat::Tsv
        },
        graph: GraphFormat::Turtle,
        width: if terminal { terminal_width() } else { None },
        row_limit: None,
    };
    if let Some(format) = config.format {
        match (format.split(), form) {
            (Ok(results), QueryForm::Select | QueryForm::Ask) => formats.results = results,
            (Err(graph), QueryForm::Construct | QueryForm::Describe) => formats.graph = graph,
            (Ok(_), _) => bail!(
                "{} is a format for SELECT and ASK results; use turtle, ntriples, nquads, trig or rdfxml",
                name(format)
            ),
            (Err(_), _) => bail!(
                "{} is a format for graphs; use table, csv, tsv, json or xml",
                name(format)
            ),
        }
    }
    let deadline = Deadline::for_query(limits.timeout);
    store
        .query(deadline.evaluator(), query)
        .and_then(|results| write_results(results, formats, out))
        .map_err(|error| explain(&deadline, error))
}

/// Parses and checks one update and sends it to the server, which applies it as it
/// applies updates (for most, whole or not at all).
pub fn run_update_remote(backend: &Backend, text: &str, limits: &SparqlConfig) -> Result<()> {
    sparql::on_large_stack(&mut std::io::sink(), |_| {
        let update = sparql::parse_update(text)?;
        sparql::check_update(&update, limits)?;
        backend.update(sparql::evaluator(), update)
    })
}

/// Parses, checks and executes one update (in one transaction: whole or not at all).
pub fn run_update(store: &GraphStore, text: &str, limits: &SparqlConfig) -> Result<()> {
    sparql::on_large_stack(&mut std::io::sink(), |_| {
        evaluate_update(store, text, limits)
    })
}

fn evaluate_update(store: &GraphStore, text: &str, limits: &SparqlConfig) -> Result<()> {
    let mut update = sparql::parse_update(text)?;
    sparql::check_update(&update, limits)?;
    load_files(&mut update)?;
    let deadline = Deadline::for_update(limits.timeout);
    store
        .update(deadline.evaluator(), update)
        .map_err(|error| explain(&deadline, error))
}

/// One clear line for the ways an evaluation stops: the time limit, a `SERVICE` this build
/// cannot reach.
fn explain(deadline: &Deadline, error: anyhow::Error) -> anyhow::Error {
    if deadline.expired() {
        return deadline.explain(error);
    }
    let service =
        error
            .chain()
            .find_map(|cause| match cause.downcast_ref::<QueryEvaluationError>() {
                Some(QueryEvaluationError::UnsupportedService(name)) => Some(name.to_string()),
                _ => None,
            });
    if let Some(name) = service {
        return anyhow!(
            "SERVICE {name} cannot be reached: the embedded store has no HTTP client for it (Oxigraph's http-client feature is left out); add SILENT to skip it, or query a server that allows it (--endpoint)"
        );
    }
    error
}

/// Replaces each `LOAD <file:///…>` (allowed by `--allow-load`) with the file's triples
/// inserted into the destination graph, so the update stays one transaction.
fn load_files(update: &mut Update) -> Result<()> {
    for operation in &mut update.operations {
        let GraphUpdateOperation::Load {
            silent,
            source,
            destination,
        } = operation
        else {
            continue;
        };
        let data = match read_load_source(source.as_str(), destination) {
            Ok(data) => data,
            Err(_) if *silent => Vec::new(),
            Err(error) => return Err(error),
        };
        *operation = GraphUpdateOperation::InsertData { data };
    }
    Ok(())
}

/// The triples of a `file:` IRI, in the destination graph.
fn read_load_source(source: &str, destination: &GraphName) -> Result<Vec<Quad>> {
    let Some(path) = file_path(source) else {
        bail!(
            "LOAD <{source}> needs the network, and the embedded store has no HTTP client for it; download the file and LOAD <file:///…> it"
        );
    };
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let format = RdfFormat::from_extension(&extension).with_context(|| {
        format!(
            "cannot LOAD {}: unknown RDF syntax (use .ttl, .nt, .nq, .trig, .rdf, .jsonld or .n3)",
            path.display()
        )
    })?;
    let bytes = std::fs::read(&path).with_context(|| format!("cannot LOAD {}", path.display()))?;
    let graph = match destination {
        GraphName::NamedNode(node) => oxigraph::model::GraphName::NamedNode(node.clone()),
        GraphName::DefaultGraph => oxigraph::model::GraphName::DefaultGraph,
    };
    let parser = RdfParser::from_format(format)
        .without_named_graphs()
        .with_default_graph(graph)
        .with_base_iri(source)
        .map_err(|e| anyhow!("cannot LOAD {}: {e}", path.display()))?;
    parser
        .for_slice(&bytes)
        .map(|quad| {
            let quad = quad.map_err(|e| anyhow!("cannot LOAD {}: {e}", path.display()))?;
            Ok(Quad {
                subject: quad.subject,
                predicate: quad.predicate,
                object: quad.object,
                graph_name: match quad.graph_name {
                    oxigraph::model::GraphName::NamedNode(node) => GraphName::NamedNode(node),
                    _ => GraphName::DefaultGraph,
                },
            })
        })
        .collect()
}

/// The local path of a `file:` IRI (`file:///tmp/a%20b.ttl` → `/tmp/a b.ttl`).
fn file_path(iri: &str) -> Option<PathBuf> {
    let rest = iri.strip_prefix("file://")?;
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    if !rest.starts_with('/') {
        return None;
    }
    let bytes = rest.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escape = (bytes[i] == b'%')
            .then(|| bytes.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escape {
            Some(byte) => {
                decoded.push(byte);
                i += 3;
            }
            None => {
                decoded.push(bytes[i]);
                i += 1;
            }
        }
    }
    Some(PathBuf::from(String::from_utf8(decoded).ok()?))
}

fn name(format: QueryFormat) -> String {
    format!("{format:?}").to_lowercase()
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::file_path;

    #[test]
    fn file_iris_become_paths() {
        assert_eq!(
            file_path("file:///tmp/a%20b.ttl"),
            Some(PathBuf::from("/tmp/a b.ttl"))
        );
        assert_eq!(
            file_path("file://localhost/x.nt"),
            Some(PathBuf::from("/x.nt"))
        );
        assert_eq!(file_path("https://example.org/x.ttl"), None);
        assert_eq!(file_path("file://host/x.ttl"), None);
    }
}
