//! The SPARQL session: driven through a pseudo-terminal like a person would, and through
//! piped standard input like a script.

use std::process::Command;
use std::time::Duration;

use rexpect::reader::Options;
use rexpect::session::{PtySession, spawn_with_options};

use crate::util::Entente;

const PROMPT: &str = "entente> ";

/// `entente --store STORE` in a pseudo-terminal, colours off, history in the scratch
/// folder, waiting for the first prompt.
fn open(e: &Entente) -> PtySession {
    open_with(e, true)
}

/// As `open`, keeping terminal control sequences in the output when `strip` is false.
fn open_with(e: &Entente, strip: bool) -> PtySession {
    let mut command = Command::new(env!("CARGO_BIN_EXE_entente"));
    command
        .arg("--store")
        .arg(e.store())
        .current_dir(e.dir())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("ENTENTE_HISTORY", e.dir().join("history"))
        .env_remove("ENTENTE_STORE")
        .env_remove("ENTENTE_LEXICONS");
    let options = Options::new()
        .timeout_ms(Some(30_000))
        .strip_ansi_escape_codes(strip);
    let mut session = spawn_with_options(command, options).expect("entente starts in a pty");
    expect(&mut session, PROMPT);
    session
}

/// Types keys as a person would (no newline added).
fn keys(session: &mut PtySession, text: &str) {
    session.send(text).expect("the pty takes input");
    session.flush().expect("the pty takes input");
}

/// Waits for `needle` in the output; returns what came before it.
#[track_caller]
fn expect(session: &mut PtySession, needle: &str) -> String {
    match session.exp_string(needle) {
        Ok(before) => before,
        Err(error) => panic!("expected {needle:?}: {error}"),
    }
}

/// Ends the session with Ctrl-D and checks that it exits with status 0.
#[track_caller]
fn leave(mut session: PtySession) {
    session.send_control('d').expect("the pty takes Ctrl-D");
    session.exp_eof().expect("the session ends on Ctrl-D");
    // rexpect's WaitStatus comes from its own nix; its Debug form says enough.
    let status = format!("{:?}", session.process().wait());
    assert!(
        status.starts_with("Ok(Exited(") && status.ends_with(", 0))"),
        "expected a clean exit, got {status}"
    );
}

#[test]
fn a_multi_line_query_runs_when_it_ends_with_a_semicolon_and_goes_to_the_history() {
    let e = Entente::new();
    let mut repl = open(&e);
    keys(&mut repl, "SELECT ?label WHERE {\r");
    keys(&mut repl, "  dip:Meeting rdfs:label ?label\r");
    keys(&mut repl, "}\r");
    keys(&mut repl, ";\r");
    expect(&mut repl, "| Meeting |");
    expect(&mut repl, "1 row (");
    expect(&mut repl, PROMPT);
    keys(&mut repl, "ASK { dip:Visit a owl:Class }\r");
    keys(&mut repl, "\r");
    expect(&mut repl, "true");
    expect(&mut repl, PROMPT);
    leave(repl);
    let history = std::fs::read_to_string(e.dir().join("history")).unwrap();
    assert!(
        history.contains("SELECT ?label WHERE {\\n  dip:Meeting rdfs:label ?label\\n}\\n;"),
        "{history}"
    );
    assert!(
        history.contains("ASK { dip:Visit a owl:Class }"),
        "{history}"
    );
}

#[test]
fn tab_completes_a_prefixed_name_from_the_ontology() {
    let e = Entente::new();
    let mut repl = open(&e);
    keys(&mut repl, "SELECT ?c WHERE { dip:Vi");
    // The hint shows the rest of the only term and its comment.
    expect(&mut repl, "An official travels");
    keys(&mut repl, "\t");
    keys(&mut repl, " rdfs:label ?c };\r");
    // Only the completed name has this label.
    expect(&mut repl, "| Visit |");
    expect(&mut repl, "1 row (");
    expect(&mut repl, PROMPT);
    keys(&mut repl, ".fo\t");
    keys(&mut repl, "cs\t\r");
    expect(&mut repl, "SELECT and ASK results as csv");
    // Ctrl-D only once the prompt is back: typed while the line editor is between two
    // reads, it may be discarded when the terminal is switched back to raw mode.
    expect(&mut repl, PROMPT);
    leave(repl);
}

#[test]
fn run_binds_a_parameter_of_a_saved_query() {
    let e = Entente::new();
    e.write(
        "queries/label.rq",
        "# The label of a term.\n# Parameters: term = the term's IRI\nSELECT ?label WHERE { ?term rdfs:label ?label }\n",
    );
    let mut repl = open(&e);
    keys(&mut repl, ".queries\r");
    expect(&mut repl, "label  The label of a term.");
    expect(&mut repl, PROMPT);
    keys(&mut repl, ".run label term=dip:Tariff\r");
    expect(&mut repl, "| Tariff |");
    expect(&mut repl, "1 row (");
    expect(&mut repl, PROMPT);
    leave(repl);
}

#[test]
fn a_syntax_error_points_at_the_spot_and_the_session_goes_on() {
    let e = Entente::new();
    let mut repl = open(&e);
    keys(&mut repl, "SELECT ?x WHERE { ?x ?y };\r");
    expect(&mut repl, "syntax error at line 1, column 26");
    expect(&mut repl, "SELECT ?x WHERE { ?x ?y }");
    expect(&mut repl, "^");
    expect(&mut repl, PROMPT);
    keys(&mut repl, ".nonsense\r");
    expect(&mut repl, "unknown command .nonsense");
    expect(&mut repl, PROMPT);
    keys(
        &mut repl,
        "ASK { dip:Tariff rdfs:subClassOf dip:Sanction };\r",
    );
    expect(&mut repl, "true");
    expect(&mut repl, PROMPT);
    leave(repl);
}

#[test]
fn ctrl_c_cancels_a_long_query_and_clears_the_input() {
    let e = Entente::new();
    let mut repl = open_with(&e, false);
    // Every triple of the store three times over: hundreds of millions of rows.
    keys(
        &mut repl,
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i };\r",
    );
    // The editor leaves raw mode (turning bracketed paste off) once the line is accepted:
    // from then on Ctrl-C is a signal, not a key.
    expect(&mut repl, "\x1b[?2004l");
    std::thread::sleep(Duration::from_millis(300));
    repl.send_control('c').unwrap();
    expect(&mut repl, "query cancelled after");
    expect(&mut repl, PROMPT);
    keys(&mut repl, "SELECT half-typed");
    repl.send_control('c').unwrap();
    expect(&mut repl, PROMPT);
    keys(&mut repl, "ASK {};\r");
    expect(&mut repl, "true");
    expect(&mut repl, PROMPT);
    keys(&mut repl, ".quit\r");
    repl.exp_eof().unwrap();
}

#[test]
fn a_script_on_standard_input_prints_only_results() {
    let e = Entente::new();
    let script = "# two answers and a table\n\
                  ASK { dip:Visit a owl:Class };\n\
                  .format csv\n\
                  SELECT ?label WHERE { VALUES ?c { dip:Tariff dip:Expulsion } ?c rdfs:label ?label }\n\
                  ORDER BY ?label\n\
                  \n\
                  .timing off\n\
                  ASK { dip:Visit a dip:Event }\n";
    let out = e.run_with_stdin(&[], Some(script)).ok();
    assert_eq!(out.stdout, "true\nlabel\r\nExpulsion\r\nTariff\r\nfalse\n");
    let again = e.run_with_stdin(&["repl"], Some(script)).ok();
    assert_eq!(again.stdout, out.stdout);
    assert!(!again.stderr.contains("entente>"), "{}", again.stderr);
}

#[test]
fn a_failed_statement_in_a_script_fails_the_run_but_not_the_rest() {
    let e = Entente::new();
    let script = "ASK {};\nSELECT ?x WHERE { ?x };\n.run missing\nASK { dip:Visit a owl:Class };\n";
    let out = e.run_with_stdin(&[], Some(script)).fails();
    assert_eq!(out.code, 1);
    assert_eq!(out.stdout, "true\ntrue\n");
    assert!(
        out.stderr
            .contains("entente: in the statement on line 2: syntax error at line 1, column"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("entente: in the statement on line 3: no saved query \"missing\""),
        "{}",
        out.stderr
    );
}

#[test]
fn updates_in_a_script_change_the_store_for_later_statements() {
    let e = Entente::new();
    let script = ".prefix ex: <http://example.org/>\n\
                  INSERT DATA { GRAPH ex:notes { ex:memo rdfs:comment \"check the dates\" } };\n\
                  SELECT ?note WHERE { ex:memo rdfs:comment ?note };\n\
                  .quit\n\
                  ASK { ex:never ex:runs ex:here };\n";
    let out = e.run_with_stdin(&[], Some(script)).ok();
    assert_eq!(out.stdout, "?note\n\"check the dates\"\n");
    let graphs = e.run_with_stdin(&[], Some(".format csv\n.graphs\n")).ok();
    assert!(
        graphs.stdout.contains("http://example.org/notes,1,"),
        "{}",
        graphs.stdout
    );
}

#[test]
fn nothing_piped_in_runs_nothing() {
    let e = Entente::new();
    let out = e.run(&[]).ok();
    assert_eq!(out.stdout, "");
}
