//! The commands: each takes the configuration and does its one job.

pub mod export;
pub mod extract;
pub mod ingest;
pub mod progress;
pub mod query;
pub mod stats;

use std::io::{IsTerminal, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use crate::backend::Backend;
use crate::config::{Command, Config, Source};
use crate::lexicon::Lexicon;
use crate::ontology::{self, Ontology};
use crate::remote::Remote;
use crate::store::GraphStore;
use ingest::Pipeline;

/// Runs the configured command; a damaged store is reported as such, in one line.
pub fn run(config: &Config) -> Result<ExitCode> {
    run_command(config).map_err(|error| crate::store::explain_damage(&config.store, error))
}

fn run_command(config: &Config) -> Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut errors = std::io::stderr();
    let code = match &config.command {
        Command::Ontology => {
            out.write_all(ontology::TURTLE.as_bytes())?;
            ExitCode::SUCCESS
        }
        Command::Extract(options) => extract::run_extract(config, options, &mut out, &mut errors)?,
        Command::Ingest(ingest) => {
            let ontology = Ontology::embedded()?;
            let lexicon = load_lexicon(config)?;
            let pipeline = Pipeline {
                lexicon: &lexicon,
                ontology: &ontology,
            };
            let show = if !ingest.quiet && std::io::stderr().is_terminal() {
                ingest::Show::ProgressBar
            } else {
                ingest::Show::Nothing
            };
            let summary = match &config.remote {
                Some(remote) => {
                    let remote = Remote::new(remote, config.sparql.timeout)?;
                    crate::remote::ingest::ingest(
                        &pipeline,
                        &remote,
                        &ingest.paths,
                        &mut errors,
                        show,
                    )?
                }
                None => {
                    let store = GraphStore::open(&config.store, &ontology)?;
                    pipeline.ingest(&store, &ingest.paths, &mut errors, show)?
                }
            };
            if ingest.quiet {
                writeln!(errors, "entente: {}", summary.line())?;
            } else {
                writeln!(out, "{}", summary.line())?;
                if summary.bulk_loaded > 0 && config.remote.is_none() {
                    writeln!(
                        errors,
                        "entente: {} documents were bulk loaded; `entente optimize` merges the store's files so that queries run faster",
                        summary.bulk_loaded
                    )?;
                }
            }
            if summary.problems > 0 {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::Query(query) => {
            let store = open_backend(config, &mut errors)?;
            let text = read_source(&query.source)?;
            // "actor.rq" run without its --param ranges over every actor: slow on a large
            // store, and seldom what was meant.
            for name in crate::repl::saved::parameter_names(&text) {
                if !query.params.iter().any(|p| p.variable.as_str() == name) {
                    writeln!(
                        errors,
                        "entente: note: the query takes --param {name}=VALUE; without it ?{name} ranges over every value, which can take long on a large store"
                    )?;
                }
            }
            let _watchdog = crate::sparql::Watchdog::for_query(config.sparql.timeout);
            query::run_query(&store, &text, query, &config.sparql, &mut out)?;
            ExitCode::SUCCESS
        }
        Command::Update(source) if config.remote.is_some() => {
            let store = open_backend(config, &mut errors)?;
            let text = read_source(source)?;
            query::run_update_remote(&store, &text, &config.sparql)?;
            writeln!(errors, "entente: update done at {}", store.describe())?;
            ExitCode::SUCCESS
        }
        Command::Update(source) => {
            let ontology = Ontology::embedded()?;
            let store = GraphStore::open(&config.store, &ontology)?;
            let text = read_source(source)?;
            let before = store.len()?;
            let watchdog = crate::sparql::Watchdog::for_update(config.sparql.timeout);
            query::run_update(&store, &text, &config.sparql)?;
            drop(watchdog);
            let after = store.len()?;
            writeln!(
                errors,
                "entente: update done; the store holds {after} quads ({:+})",
                after as i64 - before as i64
            )?;
            ExitCode::SUCCESS
        }
        Command::Export(export) => {
            let store = open_backend(config, &mut errors)?;
            export::run_export(&store, export, &mut out)?;
            ExitCode::SUCCESS
        }
        Command::Stats => {
            let store = open_backend(config, &mut errors)?;
            stats::write_stats(&store, &mut out)?;
            ExitCode::SUCCESS
        }
        Command::Optimize => {
            if config.remote.is_some() {
                bail!("optimize compacts the embedded store; a server (--endpoint) keeps its own");
            }
            if !config.store.join("CURRENT").exists() {
                bail!("no store in {} to optimize", config.store.display());
            }
            let store = GraphStore::open(&config.store, &Ontology::embedded()?)?;
            store.optimize()?;
            writeln!(out, "optimized the store in {}", config.store.display())?;
            ExitCode::SUCCESS
        }
        Command::Repl => {
            out.flush()?;
            crate::repl::run(config)?
        }
    };
    out.flush()?;
    Ok(code)
}

/// The lexicons: the user's folder when given, else the built-in ones.
pub fn load_lexicon(config: &Config) -> Result<Lexicon> {
    match &config.lexicons {
        Some(dir) => Lexicon::from_dir(dir)
            .with_context(|| format!("cannot load the lexicons in {}", dir.display())),
        None => Lexicon::embedded(),
    }
}

/// Opens the store, building it from the seeds first when it holds no document.
pub fn open_built(config: &Config, errors: &mut dyn Write) -> Result<GraphStore> {
    let ontology = Ontology::embedded()?;
    let store = GraphStore::open(&config.store, &ontology)?;
    if store.has_no_documents()? {
        let lexicon = load_lexicon(config)?;
        let pipeline = Pipeline {
            lexicon: &lexicon,
            ontology: &ontology,
        };
        ingest::build_from_seeds(&pipeline, &store, &config.seeds, errors)?;
    }
    Ok(store)
}

/// The server of `--endpoint`, or else the embedded store (built from the seeds when it
/// holds no document; a server is never written to unasked).
pub fn open_backend(config: &Config, errors: &mut dyn Write) -> Result<Backend> {
    match &config.remote {
        Some(remote) => Ok(Backend::Remote(Remote::new(remote, config.sparql.timeout)?)),
        None => Ok(Backend::Embedded(open_built(config, errors)?)),
    }
}

/// Query or update text from a file, the command line, or standard input.
pub fn read_source(source: &Source) -> Result<String> {
    match source {
        Source::Text(text) => Ok(text.clone()),
        Source::File(path) => read_text(path),
        Source::Stdin => {
            if std::io::stdin().is_terminal() {
                bail!("no query given: pass a FILE, -e TEXT, or pipe the query in");
            }
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .context("cannot read standard input")?;
            Ok(text)
        }
    }
}

fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
}
