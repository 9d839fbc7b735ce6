//! The SPARQL session: `entente` (or `entente repl`) on a terminal opens an editor with
//! history, completion and hints; with standard input piped (`entente < session.sparql`)
//! it runs the statements in sequence, prints only their results, and fails if one did.
//!
//! `session.rs` runs statements; `command.rs` is the table of dot-commands; `input.rs`
//! says when typed text is a statement; `helper.rs` wires completion (`completer.rs`),
//! hints, validation and colours (`highlight.rs`) into rustyline; `interrupt.rs` turns
//! Ctrl-C into cancellation of the running query, which `evaluation.rs` runs on a worker
//! thread so that cancelling returns at once.

pub mod command;
pub mod completer;
pub mod evaluation;
pub mod explain;
pub mod helper;
pub mod highlight;
pub mod history;
pub mod input;
pub mod interrupt;
pub mod lexer;
pub mod saved;
pub mod schema;
pub mod session;
#[cfg(test)]
mod tests;
pub mod vocabulary;

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result};
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use rustyline::Editor;
use rustyline::config::{BellStyle, ColorMode, CompletionType};
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;

use crate::backend::Backend;
use crate::commands::open_backend;
use crate::config::Config;
use crate::is_broken_pipe;
use crate::sparql;
use completer::Catalog;
use helper::EditorHelper;
use input::Statements;
use interrupt::Interrupt;
use session::{Flow, Mode, Session};
use vocabulary::Vocabulary;

/// The prompt of the editor.
pub const PROMPT: &str = "entente> ";

/// Opens the store (built from the seeds when empty) and runs the session on it.
pub fn run(config: &Config) -> Result<ExitCode> {
    let mut errors = std::io::stderr();
    let store = open_backend(config, &mut errors)?;
    let vocabulary = Arc::new(Vocabulary::load(&store)?);
    let terminal = std::io::stdout().is_terminal();
    if std::io::stdin().is_terminal() {
        interactive(&store, config, vocabulary, terminal)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mode = Mode {
        interactive: false,
        terminal,
    };
    let stdout = std::io::stdout();
    let out = std::io::BufWriter::new(stdout.lock());
    let mut session = Session::new(&store, config, vocabulary, mode, out, errors);
    let stdin = std::io::stdin();
    let all_ran = run_script(&mut session, stdin.lock())?;
    session.out().flush()?;
    Ok(if all_ran {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Runs every statement of `input` in order; each failure is reported on the session's
/// message stream with the line its statement starts on. Returns whether all succeeded.
/// Only a closed output ends it early (as an error).
pub fn run_script<W: Write, E: Write>(
    session: &mut Session<'_, W, E>,
    input: impl BufRead,
) -> Result<bool> {
    let mut statements = Statements::new();
    let mut all_ran = true;
    let mut lines = input.lines();
    loop {
        let (ready, at_end) = match lines.next() {
            Some(line) => (
                statements.push(&line.context("cannot read the script")?),
                false,
            ),
            None => (statements.finish().into_iter().collect(), true),
        };
        for (line, text) in ready {
            match session.execute(&text) {
                Ok(Flow::Quit) => return Ok(all_ran),
                Ok(Flow::Continue) => {}
                Err(error) if is_broken_pipe(&error) => return Err(error),
                Err(error) => {
                    all_ran = false;
                    writeln!(
                        session.errors(),
                        "entente: in the statement on line {line}: {error:#}"
                    )?;
                }
            }
            session.out().flush()?;
        }
        if at_end {
            break;
        }
    }
    Ok(all_ran)
}

/// The editor loop: read a statement, run it, print its result or error, until Ctrl-D or
/// `.quit`.
fn interactive(
    store: &Backend,
    config: &Config,
    vocabulary: Arc<Vocabulary>,
    terminal: bool,
) -> Result<()> {
    let colour = terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let editor_config = rustyline::Config::builder()
        .max_history_size(history::MAX_ENTRIES)
        .context("bad history size")?
        .history_ignore_dups(true)
        .context("bad history setting")?
        .history_ignore_space(true)
        .auto_add_history(false)
        .completion_type(CompletionType::List)
        .bell_style(BellStyle::None)
        .color_mode(if colour {
            ColorMode::Enabled
        } else {
            ColorMode::Disabled
        })
        .build();
    let mut editor: Editor<EditorHelper, FileHistory> =
        Editor::with_config(editor_config).context("cannot start the line editor")?;
    editor.set_helper(Some(EditorHelper {
        catalog: Catalog::new(vocabulary.clone()),
        colour,
    }));
    let mut history = history::history_path();
    if let Some(path) = &history {
        match editor.load_history(path) {
            Ok(()) => {}
            Err(ReadlineError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => eprintln!("entente: cannot read the history {}: {e}", path.display()),
        }
    }
    // After the editor exists: this handler replaces the one rustyline installs.
    let interrupt = Interrupt::new();
    if let Err(error) = interrupt.install() {
        eprintln!("entente: {error:#}; Ctrl-C will not cancel queries");
    }

    let mode = Mode {
        interactive: true,
        terminal,
    };
    let mut session = Session::new(
        store,
        config,
        vocabulary,
        mode,
        std::io::stdout(),
        std::io::stderr(),
    )
    .with_interrupt(interrupt);
    banner(store, session.out())?;
    loop {
        session.out().flush()?;
        let buffer = match editor.readline(PROMPT) {
            Ok(buffer) => buffer,
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break,
            Err(error) => return Err(error).context("cannot read the input"),
        };
        if buffer.trim().is_empty() {
            continue;
        }
        remember(&mut editor, &mut history, buffer.trim_end());
        let flow = session.execute(&buffer);
        match flow {
            Ok(Flow::Quit) => break,
            Ok(Flow::Continue) => {}
            Err(error) if is_broken_pipe(&error) => return Err(error),
            Err(error) => {
                session.out().flush()?;
                writeln!(session.errors(), "{error:#}")?;
            }
        }
        if let Some(helper) = editor.helper_mut() {
            helper.catalog.prefixes = session.prefixes();
        }
    }
    session.out().flush()?;
    Ok(())
}

/// Adds an entry to the history and appends it to the history file; a file that cannot be
/// written is reported once and given up.
fn remember(
    editor: &mut Editor<EditorHelper, FileHistory>,
    history: &mut Option<std::path::PathBuf>,
    entry: &str,
) {
    let _ = editor.add_history_entry(entry);
    let Some(path) = history.as_ref() else {
        return;
    };
    let saved = history::prepare(path)
        .map_err(ReadlineError::from)
        .and_then(|()| editor.append_history(path));
    if let Err(error) = saved {
        eprintln!(
            "entente: cannot write the history {} ({error}); this session keeps none",
            path.display()
        );
        *history = None;
    }
}

/// One line saying where the session is and how to get help.
fn banner(store: &Backend, out: &mut impl Write) -> Result<()> {
    let documents = count_documents(store).unwrap_or(0);
    writeln!(
        out,
        "entente {} · SPARQL on {} ({documents} document{}) · .help lists commands · \
         end a query with ; or an empty line · Ctrl-D leaves",
        env!("CARGO_PKG_VERSION"),
        store.describe(),
        if documents == 1 { "" } else { "s" },
    )?;
    Ok(())
}

fn count_documents(store: &Backend) -> Result<u64> {
    let query = sparql::parse_query(
        "SELECT (COUNT(?d) AS ?n) WHERE { GRAPH ?d { ?d a dip:Document } }",
        &[],
    )?;
    let QueryResults::Solutions(mut solutions) = store.query(sparql::evaluator(), query)? else {
        return Ok(0);
    };
    let Some(solution) = solutions.next() else {
        return Ok(0);
    };
    Ok(match solution?.get("n") {
        Some(Term::Literal(n)) => n.value().parse().unwrap_or(0),
        _ => 0,
    })
}
