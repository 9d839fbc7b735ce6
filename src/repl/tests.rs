//! The session and its script loop driven without a terminal: statements in, captured
//! results and messages out, on a fresh store holding the ontology.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tempfile::TempDir;

use crate::backend::Backend;
use crate::config::{Command, Config, SparqlConfig};
use crate::ontology::Ontology;
use crate::repl::interrupt::Interrupt;
use crate::repl::run_script;
use crate::repl::session::{Flow, Mode, Session};
use crate::repl::vocabulary::Vocabulary;
use crate::store::GraphStore;

/// A scratch folder with a store, the configuration pointing at it, and its vocabulary.
struct Scratch {
    dir: TempDir,
    store: Backend,
    config: Config,
    vocabulary: Arc<Vocabulary>,
}

impl Scratch {
    fn new() -> Scratch {
        let dir = tempfile::tempdir().unwrap();
        let ontology = Ontology::embedded().unwrap();
        let store = GraphStore::open(&dir.path().join("store"), &ontology).unwrap();
        let store = Backend::Embedded(store);
        let vocabulary = Arc::new(Vocabulary::load(&store).unwrap());
        let config = Config {
            store: dir.path().join("store"),
            lexicons: None,
            seeds: dir.path().join("seeds"),
            sparql: SparqlConfig::default(),
            remote: None,
            command: Command::Repl,
        };
        Scratch {
            dir,
            store,
            config,
            vocabulary,
        }
    }

    fn session(&self, interactive: bool) -> Session<'_, Vec<u8>, Vec<u8>> {
        let mode = Mode {
            interactive,
            terminal: false,
        };
        Session::new(
            &self.store,
            &self.config,
            self.vocabulary.clone(),
            mode,
            Vec::new(),
            Vec::new(),
        )
        .with_queries_dir(self.queries())
    }

    fn queries(&self) -> PathBuf {
        self.dir.path().join("queries")
    }

    /// Runs a script; returns whether all ran, the results and the messages.
    fn script(&self, text: &str) -> (bool, String, String) {
        let mut session = self.session(false);
        let ok = run_script(&mut session, text.as_bytes()).unwrap();
        let out = String::from_utf8(std::mem::take(session.out())).unwrap();
        let errors = String::from_utf8(std::mem::take(session.errors())).unwrap();
        (ok, out, errors)
    }
}

fn text(buffer: &mut Vec<u8>) -> String {
    String::from_utf8(std::mem::take(buffer)).unwrap()
}

#[test]
fn a_script_prints_only_results_and_fails_when_a_statement_did() {
    let scratch = Scratch::new();
    let (ok, out, errors) = scratch.script(
        "# labels of two classes\n\
         SELECT ?l WHERE { VALUES ?c { dip:Visit dip:Meeting } ?c rdfs:label ?l } ORDER BY ?l;\n\
         .format csv\n\
         .timing off\n\
         SELECT ?x WHERE {\n  ?x ?y\n}\n\
         \n\
         ASK { dip:Visit rdfs:subClassOf dip:Event }\n",
    );
    assert!(!ok);
    assert_eq!(out, "?l\n\"Meeting\"\n\"Visit\"\ntrue\n");
    assert!(
        errors.starts_with("entente: in the statement on line 5: syntax error at line 3, column 2"),
        "{errors}"
    );
    assert!(errors.contains("\n  }\n   ^"), "{errors}");
    let (ok, out, errors) = scratch.script("ASK {}\n");
    assert!(ok, "{errors}");
    assert_eq!(out, "true\n");
}

#[test]
fn updates_user_prefixes_and_parameters_work_together() {
    let scratch = Scratch::new();
    let (ok, out, errors) = scratch.script(
        ".prefix ex: <http://example.org/>\n\
         INSERT DATA { GRAPH ex:notes { ex:a rdfs:label \"A\" . ex:b rdfs:label \"B\" } };\n\
         SELECT ?s ?l WHERE { ?s rdfs:label ?l . FILTER(STRSTARTS(STR(?s), STR(ex:))) } ORDER BY ?l;\n\
         .prefix dip: <http://example.org/other#>\n",
    );
    assert!(!ok, "redefining a predeclared prefix is refused");
    assert_eq!(
        out,
        "?s\t?l\n<http://example.org/a>\t\"A\"\n<http://example.org/b>\t\"B\"\n"
    );
    assert!(errors.contains("dip: is predeclared"), "{errors}");

    std::fs::create_dir_all(scratch.queries()).unwrap();
    std::fs::write(
        scratch.queries().join("label.rq"),
        "# The label of a term.\n# Parameters: term = an IRI\nSELECT ?label WHERE { ?term rdfs:label ?label }\n",
    )
    .unwrap();
    let (ok, out, errors) = scratch.script(
        ".run label term=dip:Tariff\n.run label term=<http://example.org/a>\n.run label oops\n.run nothing\n.queries\n",
    );
    assert!(!ok);
    assert_eq!(
        out,
        "?label\n\"Tariff\"\n?label\n\"A\"\nlabel  The label of a term.\n       parameters: term = an IRI\n"
    );
    assert!(
        errors.contains("line 3: parameter \"oops\" is not NAME=VALUE"),
        "{errors}"
    );
    assert!(
        errors.contains("line 4: no saved query \"nothing\""),
        "{errors}"
    );
}

#[test]
fn save_writes_the_last_query_for_run_to_find() {
    let scratch = Scratch::new();
    let mut session = scratch.session(true);
    assert!(
        session.execute(".save early").is_err(),
        "nothing to save yet"
    );
    session
        .execute("SELECT ?l WHERE { ?c rdfs:subClassOf dip:Sanction ; rdfs:label ?l } ORDER BY ?l;")
        .unwrap();
    session
        .execute(".save sanctions Kinds of sanction")
        .unwrap();
    assert!(
        session.execute(".save sanctions").is_err(),
        "no overwrite without --force"
    );
    let saved = std::fs::read_to_string(scratch.queries().join("sanctions.rq")).unwrap();
    assert_eq!(
        saved,
        "# Kinds of sanction\n# Parameters: none.\nSELECT ?l WHERE { ?c rdfs:subClassOf dip:Sanction ; rdfs:label ?l } ORDER BY ?l\n"
    );
    text(session.out());
    session.execute(".run sanctions").unwrap();
    let out = text(session.out());
    assert!(
        out.contains("| Expulsion |") && out.contains("| Tariff    |"),
        "{out}"
    );
    assert!(out.contains("2 rows ("), "{out}");
}

#[test]
fn interactive_results_carry_a_count_and_optionally_the_time() {
    let scratch = Scratch::new();
    let mut session = scratch.session(true);
    session
        .execute("SELECT ?l { dip:Visit rdfs:label ?l };")
        .unwrap();
    let out = text(session.out());
    assert!(
        out.starts_with("+-------+\n| l     |\n+-------+\n| Visit |\n"),
        "{out}"
    );
    assert!(
        out.contains("\n1 row (") && out.ends_with(" ms)\n"),
        "{out}"
    );
    session.execute(".timing off").unwrap();
    session.execute(".limit 1").unwrap();
    text(session.out());
    session
        .execute("SELECT ?c { ?c rdfs:subClassOf dip:Sanction } ORDER BY ?c;")
        .unwrap();
    let out = text(session.out());
    assert!(out.ends_with("(1 of 2 rows shown)\n2 rows\n"), "{out}");
    session
        .execute("CONSTRUCT { dip:Visit rdfs:label ?l } WHERE { dip:Visit rdfs:label ?l }")
        .unwrap();
    let out = text(session.out());
    assert!(
        out.contains("@prefix dip:") && out.ends_with("1 triple\n"),
        "{out}"
    );
    session.execute(".format").unwrap();
    assert_eq!(text(session.out()), "results as table, graphs as turtle\n");
    session.execute(".format ntriples").unwrap();
    session.execute(".format").unwrap();
    assert!(text(session.out()).ends_with("results as table, graphs as ntriples\n"));
}

#[test]
fn ctrl_c_cancels_a_running_query_and_the_session_goes_on() {
    let scratch = Scratch::new();
    let interrupt = Interrupt::new();
    let mut session = scratch.session(true).with_interrupt(interrupt.clone());
    let canceller = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        interrupt.cancel();
    });
    let error = session
        .execute("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i };")
        .unwrap_err();
    canceller.join().unwrap();
    assert!(
        error.to_string().starts_with("query cancelled after "),
        "{error}"
    );
    text(session.out());
    session.execute("ASK { dip:Visit a owl:Class };").unwrap();
    assert!(text(session.out()).starts_with("true\n"));
}

#[test]
fn explain_draws_the_plan_of_the_last_query() {
    let scratch = Scratch::new();
    let mut session = scratch.session(true);
    assert!(session.execute(".explain").is_err(), "no query yet");
    session
        .execute("SELECT ?c WHERE { ?c rdfs:subClassOf dip:Event ; rdfs:label ?l };")
        .unwrap();
    text(session.out());
    session.execute(".explain").unwrap();
    let plan = text(session.out());
    assert!(plan.contains("dip:Event") && plan.contains("└─ "), "{plan}");
    session.execute(".explain analyze").unwrap();
    let plan = text(session.out());
    assert!(plan.contains(" results"), "{plan}");
}

#[test]
fn schema_graphs_and_stats_describe_the_store() {
    let scratch = Scratch::new();
    let mut session = scratch.session(false);
    session.execute(".schema").unwrap();
    let overview = text(session.out());
    assert!(overview.starts_with("Classes ("), "{overview}");
    assert!(overview.contains("\n  dip:Visit ") && overview.contains("\nProperties ("));
    session.execute(".schema dip:Tariff").unwrap();
    let tariff = text(session.out());
    assert!(
        tariff.contains("rdfs:subClassOf") && tariff.contains("dip:Sanction"),
        "{tariff}"
    );
    assert!(tariff.contains("in the store: 0 instances"), "{tariff}");
    session.execute(".schema dip:Sanction").unwrap();
    assert!(text(session.out()).contains("is rdfs:subClassOf of"));
    session.execute(".schema dip:Status").unwrap();
    assert!(
        text(session.out()).contains("dip:Occurred"),
        "oneOf members are listed"
    );
    assert!(session.execute(".schema dip:Nothing").is_err());
    assert!(session.execute(".schema \"text\"").is_err());
    session.execute(".graphs").unwrap();
    assert!(text(session.out()).contains("graph/ontology>\t"));
    session.execute(".stats").unwrap();
    assert!(text(session.out()).starts_with("documents  0\n"));
    session.execute(".help").unwrap();
    assert!(text(session.out()).contains(".run FILE [NAME=VALUE…]"));
    assert_eq!(session.execute(".quit").unwrap(), Flow::Quit);
}

#[test]
fn ingest_and_export_go_through_files() {
    let scratch = Scratch::new();
    let annotation = scratch.dir.path().join("visit.json");
    std::fs::write(
        &annotation,
        r#"{"document": {"title": "Norway's prime minister visits Chile", "source_path": "",
            "text": "Norway's prime minister visited Chile on Monday.", "published": "2026-01-06"},
           "entities": [{"key": "country/NOR", "kind": "Country", "label": "Norway"},
                        {"key": "country/CHL", "kind": "Country", "label": "Chile"}],
           "events": [{"class": "Visit", "label": "Norway visits Chile", "agents": ["country/NOR"],
                       "targets": ["country/CHL"], "date": "2026-01-05", "status": "Occurred"}]}"#,
    )
    .unwrap();
    let export = scratch.dir.path().join("out.nt");
    let (ok, out, errors) = scratch.script(&format!(
        ".ingest {}\nSELECT ?l WHERE {{ ?e a dip:Visit ; rdfs:label ?l }};\nASK {{ ?e dip:target ent:country/CHL }};\n.export {} --graph ent:graph/ontology\n.export {}\n.export {}.xyz\n.ingest {}\n",
        annotation.display(),
        export.display(),
        export.display(),
        export.display(),
        scratch.dir.path().join("missing.txt").display(),
    ));
    assert!(!ok);
    assert_eq!(
        out, "?l\n\"Norway visits Chile\"\ntrue\n",
        "ent:country/CHL as shown"
    );
    assert!(
        errors.contains("entente: stored 1 document (1 new"),
        "{errors}"
    );
    assert!(
        errors.contains("line 5: ") && errors.contains("--force"),
        "{errors}"
    );
    assert!(
        errors.contains("line 6: cannot tell the syntax"),
        "{errors}"
    );
    assert!(errors.contains("line 7: 1 input refused"), "{errors}");
    let written = std::fs::read_to_string(&export).unwrap();
    assert!(written.lines().count() > 100 && written.contains("ontology#Visit"));
}

#[test]
fn no_input_panics_or_ends_the_session() {
    let scratch = Scratch::new();
    let mut session = scratch.session(true);
    for statement in [
        "",
        ";",
        "}}}",
        "{{{",
        "\"",
        "SELECT",
        "SELECT * WHERE { ?s ?p ?o } LIMIT -1",
        "DESCRIBE <http://example.org/nothing>",
        "INSERT DATA { <a> <b> <c> }",
        "LOAD <http://example.org/x>",
        "SERVICE <http://example.org/> { }",
        ".",
        "..",
        ". help",
        ".run",
        ".run \"",
        ".format \u{1F600}",
        ".limit 99999999999999999999999",
        ".prefix é: <http://e.org/>",
        ".export /nonexistent/dir/x.ttl",
        ".ingest /nonexistent",
        ".schema <not an iri>",
        "\u{0}\u{1}\u{7f}",
        "SELECT ?x WHERE { ?x ?p \"\u{1F600}\" }",
    ] {
        let _ = session.execute(statement);
    }
    session.execute("ASK {}").unwrap();
}

#[test]
fn the_session_refuses_service_and_load_like_the_commands() {
    let scratch = Scratch::new();
    let (ok, out, errors) = scratch.script(
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } };\nLOAD <file:///etc/hostname>;\nASK { };\n",
    );
    assert!(!ok);
    assert!(errors.contains("--allow-service"), "{errors}");
    assert!(errors.contains("--allow-load"), "{errors}");
    assert!(out.contains("true"), "later statements still run: {out}");
}
