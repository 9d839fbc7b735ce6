//! One session on the store: its settings (formats, timing, row limit, user prefixes),
//! the last query, and the execution of each statement — a SPARQL query or update, or a
//! dot-command. Generic over where results (`W`) and messages (`E`) go, so tests capture
//! both. A failed statement is an `Err` for the loop to print; it never ends the session.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Result, anyhow, bail};
use spargebra::{Query, SparqlParser, Update};

use crate::backend::Backend;
use crate::commands::export::run_export;
use crate::commands::ingest::{Pipeline, Show};
use crate::commands::load_lexicon;
use crate::commands::stats::write_stats;
use crate::config::{Config, ExportConfig};
use crate::ontology::Ontology;
use crate::render::results::{OutputFormats, Written, write_results};
use crate::render::table::terminal_width;
use crate::render::{GraphFormat, ResultsFormat};
use crate::repl::command::{self, DotCommand};
use crate::repl::input::{escape_minted_names, has_statement, is_update, strip_final_semicolon};
use crate::repl::interrupt::Interrupt;
use crate::repl::vocabulary::Vocabulary;
use crate::repl::{evaluation, explain, saved, schema};
use crate::sparql::{self, Param, describe_syntax_error};
use crate::vocab::PREFIXES;

/// What the loop does after a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Continue,
    Quit,
}

/// How the session talks.
#[derive(Debug, Clone, Copy)]
pub struct Mode {
    /// A person at a terminal: confirmations, row counts and timings are shown.
    pub interactive: bool,
    /// Standard output is a terminal: tables by default, fitted to its width.
    pub terminal: bool,
}

/// The settings dot-commands change.
#[derive(Debug, Clone)]
pub struct Settings {
    pub results: ResultsFormat,
    pub graphs: GraphFormat,
    pub timing: bool,
    /// Rows shown in a table at most.
    pub limit: Option<usize>,
}

/// Rows a table shows at most in an interactive session unless `.limit` says otherwise.
pub const DEFAULT_LIMIT: usize = 200;

/// The last query run, for `.save` and `.explain`.
#[derive(Debug, Clone)]
struct LastQuery {
    text: String,
    params: Vec<Param>,
}

/// A session: the store, its settings, and where output goes.
pub struct Session<'s, W: Write, E: Write> {
    store: &'s Backend,
    config: &'s Config,
    out: W,
    errors: E,
    mode: Mode,
    settings: Settings,
    /// Prefixes declared with `.prefix`, in order.
    user_prefixes: Vec<(String, String)>,
    vocabulary: Arc<Vocabulary>,
    last: Option<LastQuery>,
    interrupt: Interrupt,
    queries_dir: PathBuf,
}

impl<'s, W: Write, E: Write> Session<'s, W, E> {
    pub fn new(
        store: &'s Backend,
        config: &'s Config,
        vocabulary: Arc<Vocabulary>,
        mode: Mode,
        out: W,
        errors: E,
    ) -> Session<'s, W, E> {
        let tables = mode.interactive || mode.terminal;
        Session {
            store,
            config,
            out,
            errors,
            mode,
            settings: Settings {
                results: if tables {
                    ResultsFormat::Table
                } else {
                    ResultsFormat::Tsv
                },
                graphs: GraphFormat::Turtle,
                timing: true,
                limit: mode.interactive.then_some(DEFAULT_LIMIT),
            },
            user_prefixes: Vec::new(),
            vocabulary,
            last: None,
            interrupt: Interrupt::new(),
            queries_dir: PathBuf::from(saved::QUERIES_DIR),
        }
    }

    /// Lets Ctrl-C reach the queries of this session through `interrupt`.
    pub fn with_interrupt(mut self, interrupt: Interrupt) -> Self {
        self.interrupt = interrupt;
        self
    }

    /// Where `.run`, `.save` and `.queries` look (default `queries/`).
    pub fn with_queries_dir(mut self, dir: PathBuf) -> Self {
        self.queries_dir = dir;
        self
    }

    /// The predeclared prefixes followed by the user's.
    pub fn prefixes(&self) -> Vec<(String, String)> {
        PREFIXES
            .iter()
            .map(|(p, i)| (p.to_string(), i.to_string()))
            .chain(self.user_prefixes.iter().cloned())
            .collect()
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The output, for the loop to flush.
    pub fn out(&mut self) -> &mut W {
        &mut self.out
    }

    /// The message stream, for the loop to report errors on.
    pub fn errors(&mut self) -> &mut E {
        &mut self.errors
    }

    /// Runs one statement: a dot-command, a query or an update.
    pub fn execute(&mut self, statement: &str) -> Result<Flow> {
        let text = statement.trim();
        if text.starts_with('.') {
            let command = command::parse(text)?;
            return self.command(command);
        }
        if !has_statement(text) {
            return Ok(Flow::Continue);
        }
        self.sparql(strip_final_semicolon(text), &[])?;
        Ok(Flow::Continue)
    }

    /// A query or an update, told apart by its first keyword.
    fn sparql(&mut self, text: &str, params: &[Param]) -> Result<()> {
        if is_update(text) {
            if !params.is_empty() {
                bail!("parameters bind the variables of a query; this is an update");
            }
            return self.update(text);
        }
        self.query(text, params)
    }

    fn query(&mut self, text: &str, params: &[Param]) -> Result<()> {
        let query = self.parse_query(text, params)?;
        sparql::check_query(&query, &self.config.sparql)?;
        self.last = Some(LastQuery {
            text: text.trim().to_string(),
            params: params.to_vec(),
        });
        self.evaluate(query)
    }

    /// Evaluates a parsed query and writes its results, cancellable with Ctrl-C.
    fn evaluate(&mut self, query: Query) -> Result<()> {
        let formats = OutputFormats {
            results: self.settings.results,
            graph: self.settings.graphs,
            width: if self.mode.terminal {
                terminal_width()
            } else {
                None
            },
            row_limit: self.settings.limit,
        };
        let token = self.interrupt.begin();
        let started = Instant::now();
        let mut tracked = Tracked {
            inner: &mut self.out,
            ends_line: true,
        };
        let written = evaluation::evaluate(self.store, query, token.clone())
            .and_then(|results| write_results(results, formats, &mut tracked));
        let ends_line = tracked.ends_line;
        self.interrupt.end();
        if !ends_line {
            writeln!(self.out)?;
        }
        let elapsed = started.elapsed();
        let written = match written {
            Ok(written) => written,
            Err(_) if token.is_cancelled() => {
                bail!("query cancelled after {}", duration(elapsed))
            }
            Err(error) => return Err(error),
        };
        if self.mode.interactive {
            let summary = match written {
                Written::Boolean(_) => String::new(),
                other => other.summary(),
            };
            let line = match (summary.is_empty(), self.settings.timing) {
                (false, true) => format!("{summary} ({})", duration(elapsed)),
                (false, false) => summary,
                (true, true) => format!("({})", duration(elapsed)),
                (true, false) => String::new(),
            };
            if !line.is_empty() {
                writeln!(self.out, "{line}")?;
            }
        }
        Ok(())
    }

    fn update(&mut self, text: &str) -> Result<()> {
        let update = self.parse_update(text)?;
        sparql::check_update(&update, &self.config.sparql)?;
        let token = self.interrupt.begin();
        let started = Instant::now();
        let evaluator = sparql::evaluator().with_cancellation_token(token.clone());
        let done = self.store.update(evaluator, update);
        self.interrupt.end();
        let elapsed = started.elapsed();
        match done {
            Ok(()) => {}
            Err(_) if token.is_cancelled() => {
                bail!(
                    "update cancelled after {}; nothing changed",
                    duration(elapsed)
                )
            }
            Err(error) => return Err(error),
        }
        if self.settings.timing {
            self.ack(&format!("update done ({})", duration(elapsed)))
        } else {
            self.ack("update done")
        }
    }

    fn parser(&self) -> Result<SparqlParser> {
        let mut parser = SparqlParser::new();
        for (name, iri) in self.prefixes() {
            parser = parser
                .with_prefix(name.as_str(), iri.as_str())
                .map_err(|e| anyhow!("prefix {name}: <{iri}> is not usable: {e}"))?;
        }
        Ok(parser)
    }

    /// Parses with the predeclared and user prefixes and binds `params`; `ent:` names may
    /// be written as tables show them (`ent:country/CAN`).
    fn parse_query(&self, text: &str, params: &[Param]) -> Result<Query> {
        let text = &escape_minted_names(text);
        if self.user_prefixes.is_empty() {
            return sparql::parse_query(text, params);
        }
        let query = self
            .parser()?
            .parse_query(text)
            .map_err(|e| anyhow!("{}", describe_syntax_error(text, &e.to_string())))?;
        if params.is_empty() {
            return Ok(query);
        }
        // The serialized query spells every IRI out, so it parses without user prefixes.
        sparql::parse_query(&query.to_string(), params)
    }

    fn parse_update(&self, text: &str) -> Result<Update> {
        let text = &escape_minted_names(text);
        if self.user_prefixes.is_empty() {
            return sparql::parse_update(text);
        }
        self.parser()?
            .parse_update(text)
            .map_err(|e| anyhow!("{}", describe_syntax_error(text, &e.to_string())))
    }

    fn command(&mut self, command: DotCommand) -> Result<Flow> {
        match command {
            DotCommand::Quit => return Ok(Flow::Quit),
            DotCommand::Help(None) => write!(self.out, "{}", command::help())?,
            DotCommand::Help(Some(name)) => write!(self.out, "{}", command::help_for(&name)?)?,
            DotCommand::Prefixes => self.list_prefixes()?,
            DotCommand::Prefix { name, iri } => self.declare_prefix(name, iri)?,
            DotCommand::Format(None) => {
                let line = format!(
                    "results as {}, graphs as {}",
                    name_of(&self.settings.results),
                    name_of(&self.settings.graphs)
                );
                self.show(&line)?;
            }
            DotCommand::Format(Some(format)) => {
                match format.split() {
                    Ok(results) => self.settings.results = results,
                    Err(graphs) => self.settings.graphs = graphs,
                }
                let which = if format.split().is_ok() {
                    "SELECT and ASK results"
                } else {
                    "graphs (CONSTRUCT, DESCRIBE)"
                };
                self.ack(&format!("{which} as {}", name_of(&format)))?;
            }
            DotCommand::Timing(None) => {
                let state = if self.settings.timing { "on" } else { "off" };
                self.show(&format!("timing {state}"))?;
            }
            DotCommand::Timing(Some(on)) => {
                self.settings.timing = on;
                self.ack(&format!("timing {}", if on { "on" } else { "off" }))?;
            }
            DotCommand::Limit(None) => {
                let line = match self.settings.limit {
                    Some(n) => format!("tables show {n} rows at most"),
                    None => "tables show every row".to_string(),
                };
                self.show(&line)?;
            }
            DotCommand::Limit(Some(limit)) => {
                self.settings.limit = limit;
                let line = match limit {
                    Some(n) => format!("tables show {n} rows at most"),
                    None => "tables show every row".to_string(),
                };
                self.ack(&line)?;
            }
            DotCommand::Run { file, params } => {
                let path = saved::resolve(&self.queries_dir, &file)?;
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| anyhow!("cannot read {}: {e}", path.display()))?;
                self.sparql(strip_final_semicolon(&text), &params)?;
            }
            DotCommand::Save {
                name,
                description,
                force,
            } => {
                let Some(last) = &self.last else {
                    bail!("no query to save yet: run one first");
                };
                let path = saved::save(
                    &self.queries_dir,
                    &name,
                    &last.text,
                    description.as_deref(),
                    force,
                )?;
                self.note(&format!("saved {}", path.display()))?;
            }
            DotCommand::Queries => self.list_queries()?,
            DotCommand::Ingest(paths) => self.ingest(&paths)?,
            DotCommand::Export { file, graph, force } => {
                let format = graph_format_for(&file)?;
                let config = ExportConfig {
                    format,
                    graph,
                    output: Some(file.clone()),
                    overwrite: force,
                };
                run_export(self.store, &config, &mut self.out)?;
                self.note(&format!("wrote {}", file.display()))?;
            }
            DotCommand::Stats => write_stats(self.store, &mut self.out)?,
            DotCommand::Schema(None) => {
                schema::write_overview(&self.vocabulary, self.width(), &mut self.out)?;
            }
            DotCommand::Schema(Some(term)) => {
                schema::write_term(
                    self.store,
                    &self.vocabulary,
                    &term,
                    self.width(),
                    &mut self.out,
                )?;
            }
            DotCommand::Graphs => {
                let query = sparql::parse_query(GRAPHS, &[])?;
                self.evaluate(query)?;
            }
            DotCommand::Explain { analyze } => self.explain(analyze)?,
        }
        Ok(Flow::Continue)
    }

    fn list_prefixes(&mut self) -> Result<()> {
        let prefixes = self.prefixes();
        let width = prefixes.iter().map(|(p, _)| p.len() + 1).max().unwrap_or(0);
        for (i, (name, iri)) in prefixes.iter().enumerate() {
            let mark = if i >= PREFIXES.len() { "  (yours)" } else { "" };
            writeln!(self.out, "{:width$}  <{iri}>{mark}", format!("{name}:"))?;
        }
        Ok(())
    }

    fn declare_prefix(&mut self, name: String, iri: String) -> Result<()> {
        if let Some((_, known)) = PREFIXES.iter().find(|(p, _)| *p == name) {
            bail!("{name}: is predeclared as <{known}>; choose another name");
        }
        match self.user_prefixes.iter_mut().find(|(p, _)| *p == name) {
            Some(entry) => entry.1 = iri.clone(),
            None => self.user_prefixes.push((name.clone(), iri.clone())),
        }
        self.ack(&format!("{name}: <{iri}>"))
    }

    fn list_queries(&mut self) -> Result<()> {
        let queries = saved::list(&self.queries_dir);
        if queries.is_empty() {
            return self.show(&format!(
                "no saved queries in {}/",
                self.queries_dir.display()
            ));
        }
        let column = queries
            .iter()
            .map(|q| q.name.chars().count())
            .max()
            .unwrap_or(0);
        for query in &queries {
            writeln!(self.out, "{:column$}  {}", query.name, query.description)?;
            if let Some(parameters) = query.parameters.as_deref().filter(|p| *p != "none.") {
                writeln!(self.out, "{:column$}  parameters: {parameters}", "")?;
            }
        }
        Ok(())
    }

    fn ingest(&mut self, paths: &[PathBuf]) -> Result<()> {
        let ontology = Ontology::embedded()?;
        let lexicon = load_lexicon(self.config)?;
        let pipeline = Pipeline {
            lexicon: &lexicon,
            ontology: &ontology,
        };
        let show = if self.mode.interactive && std::io::stderr().is_terminal() {
            Show::ProgressBar
        } else {
            Show::Nothing
        };
        let summary = match self.store {
            Backend::Embedded(store) => pipeline.ingest(store, paths, &mut self.errors, show)?,
            Backend::Remote(remote) => {
                crate::remote::ingest::ingest(&pipeline, remote, paths, &mut self.errors, show)?
            }
        };
        self.note(&summary.line())?;
        if summary.problems > 0 {
            bail!(
                "{} input{} refused",
                summary.problems,
                if summary.problems == 1 { "" } else { "s" }
            );
        }
        Ok(())
    }

    fn explain(&mut self, analyze: bool) -> Result<()> {
        let Some(last) = self.last.clone() else {
            bail!("no query to explain yet: run one first");
        };
        let query = self.parse_query(&last.text, &last.params)?;
        let token = self.interrupt.begin();
        let store = self.store.embedded(".explain (Oxigraph's query plan)")?;
        let plan = explain::explain(store, query, analyze, token.clone());
        self.interrupt.end();
        match plan {
            Ok(plan) => write!(self.out, "{plan}")?,
            Err(_) if token.is_cancelled() => bail!("cancelled"),
            Err(error) => return Err(error),
        }
        Ok(())
    }

    fn width(&self) -> Option<usize> {
        if self.mode.terminal {
            terminal_width()
        } else {
            None
        }
    }

    /// Output asked for (a setting shown): always written.
    fn show(&mut self, line: &str) -> Result<()> {
        writeln!(self.out, "{line}")?;
        Ok(())
    }

    /// A confirmation: shown to a person, left out of scripts.
    fn ack(&mut self, line: &str) -> Result<()> {
        if self.mode.interactive {
            writeln!(self.out, "{line}")?;
        }
        Ok(())
    }

    /// What a command did: shown to a person, on the message stream for scripts.
    fn note(&mut self, line: &str) -> Result<()> {
        if self.mode.interactive {
            writeln!(self.out, "{line}")?;
        } else {
            writeln!(self.errors, "entente: {line}")?;
        }
        Ok(())
    }
}

/// A writer that remembers whether what was written ends a line.
struct Tracked<'a, W: Write> {
    inner: &'a mut W,
    ends_line: bool,
}

impl<W: Write> Write for Tracked<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        if n > 0 {
            self.ends_line = buf[n - 1] == b'\n';
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

const GRAPHS: &str = "SELECT ?graph ?quads ?title WHERE {
  { SELECT ?graph (COUNT(*) AS ?quads) WHERE { GRAPH ?graph { ?s ?p ?o } } GROUP BY ?graph }
  OPTIONAL { GRAPH ?graph { ?graph dip:title ?title } }
} ORDER BY ?graph";

/// The syntax an export file's extension asks for.
fn graph_format_for(file: &std::path::Path) -> Result<GraphFormat> {
    let extension = file
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    Ok(match extension.as_str() {
        "ttl" | "turtle" => GraphFormat::Turtle,
        "nt" => GraphFormat::NTriples,
        "nq" => GraphFormat::NQuads,
        "trig" => GraphFormat::TriG,
        "rdf" | "xml" | "owl" => GraphFormat::RdfXml,
        _ => bail!(
            "cannot tell the syntax of {}: name it .ttl, .nt, .nq, .trig or .rdf",
            file.display()
        ),
    })
}

/// "12 ms", "1.40 s".
pub fn duration(elapsed: Duration) -> String {
    let millis = elapsed.as_secs_f64() * 1000.0;
    if millis < 1.0 {
        format!("{millis:.2} ms")
    } else if millis < 1000.0 {
        format!("{millis:.0} ms")
    } else {
        format!("{:.2} s", millis / 1000.0)
    }
}

/// The name a format has on the command line and in `.format`.
fn name_of(value: &impl clap::ValueEnum) -> String {
    value
        .to_possible_value()
        .map(|v| v.get_name().to_string())
        .unwrap_or_default()
}
