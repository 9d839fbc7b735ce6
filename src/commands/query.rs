//! `entente query` and `entente update`: SPARQL text in, results out.

use std::io::{IsTerminal, Write};

use anyhow::{Result, bail};

use crate::cli::QueryFormat;
use crate::config::QueryConfig;
use crate::render::results::{OutputFormats, Written, write_results};
use crate::render::table::terminal_width;
use crate::render::{GraphFormat, ResultsFormat};
use crate::sparql::{self, QueryForm};
use crate::store::GraphStore;

/// Parses, evaluates and writes one query.
pub fn run_query(
    store: &GraphStore,
    text: &str,
    config: &QueryConfig,
    out: &mut dyn Write,
) -> Result<Written> {
    let query = sparql::parse_query(text, &config.params)?;
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
    let results = store.query(sparql::evaluator(), query)?;
    write_results(results, formats, out)
}

/// Parses and executes one update.
pub fn run_update(store: &GraphStore, text: &str) -> Result<()> {
    let update = sparql::parse_update(text)?;
    store.update(sparql::evaluator(), update)
}

fn name(format: QueryFormat) -> String {
    format!("{format:?}").to_lowercase()
}
