//! Every command driven through the real binary.

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::sparql::results::{
    QueryResultsFormat, QueryResultsParser, SliceQueryResultsParserOutput,
};

use crate::util::{Entente, data, queries, seeds};

fn path(p: &std::path::Path) -> &str {
    p.to_str().unwrap()
}

/// Number of solutions in W3C results, failing when the text is not valid in `format`.
/// CSV results are lossy and have no parser: their rows are checked field by field.
fn parse_results(format: QueryResultsFormat, text: &str) -> usize {
    if format == QueryResultsFormat::Csv {
        let mut lines = text.split("\r\n");
        let columns = lines.next().expect("a header line").split(',').count();
        let rows: Vec<&str> = lines.filter(|l| !l.is_empty()).collect();
        for row in &rows {
            assert_eq!(row.split(',').count(), columns, "CSV row {row:?}");
        }
        assert!(text.ends_with("\r\n"), "CSV lines end in CRLF");
        return rows.len();
    }
    match QueryResultsParser::from_format(format)
        .for_slice(text.as_bytes())
        .expect("valid results header")
    {
        SliceQueryResultsParserOutput::Solutions(solutions) => solutions
            .inspect(|s| assert!(s.is_ok(), "valid solution: {s:?}"))
            .count(),
        SliceQueryResultsParserOutput::Boolean(_) => 1,
    }
}

fn parse_rdf(format: RdfFormat, text: &str) -> usize {
    RdfParser::from_format(format)
        .for_slice(text.as_bytes())
        .inspect(|q| assert!(q.is_ok(), "valid RDF: {q:?}"))
        .count()
}

const DOCUMENTS: &str =
    "SELECT ?d ?path WHERE { ?d a dip:Document ; dip:sourcePath ?path } ORDER BY ?path";

#[test]
fn ingest_seeds_reports_documents_triples_entities_and_events() {
    let e = Entente::new();
    let out = e.run(&["ingest", path(&seeds())]).ok();
    assert!(
        out.stdout
            .starts_with("stored 1 document (1 new, 0 replaced, 0 unchanged): "),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains(" triples, ")
            && out.stdout.contains(" entities, ")
            && out.stdout.contains(" events")
    );
    let canada = e
        .run(&[
            "query",
            "--format",
            "csv",
            "-e",
            "ASK { ?d dip:mentions ent:country\\/CAN }",
        ])
        .ok();
    assert!(canada.stdout.trim() == "true", "{}", canada.stdout);
}

#[test]
fn ingesting_twice_changes_nothing() {
    let e = Entente::new();
    e.run(&["ingest", path(&data("articles"))]).ok();
    let first = e.run(&["export", "--format", "nquads"]).ok().stdout;
    let again = e.run(&["ingest", path(&data("articles"))]).ok();
    assert!(
        again.stdout.contains("0 new, 0 replaced, 5 unchanged"),
        "{}",
        again.stdout
    );
    let second = e.run(&["export", "--format", "nquads"]).ok().stdout;
    assert_eq!(first, second);
}

#[test]
fn two_fresh_stores_export_byte_identical_nquads() {
    let (a, b) = (Entente::new(), Entente::new());
    for e in [&a, &b] {
        e.run(&["ingest", path(&data("articles")), path(&seeds())])
            .ok();
    }
    let export_a = a.run(&["export", "--format", "nquads"]).ok().stdout;
    let export_b = b.run(&["export", "--format", "nquads"]).ok().stdout;
    assert!(parse_rdf(RdfFormat::NQuads, &export_a) > 100);
    assert_eq!(export_a, export_b);
}

#[test]
fn a_changed_file_replaces_its_old_graph() {
    let e = Entente::new();
    let article = "Peru recalls ambassador\nBy A. Writer\nPublished 2 May 2026\n\nPeru recalled its ambassador to Ecuador on Friday.\n";
    let file = e.write("news/peru.txt", article);
    e.run(&["ingest", path(&file)]).ok();
    let before = e
        .run(&["query", "--format", "csv", "-e", DOCUMENTS])
        .ok()
        .stdout;
    e.write("news/peru.txt", article.replace("Friday", "Thursday"));
    let out = e.run(&["ingest", path(&file)]).ok();
    assert!(
        out.stdout.contains("(1 new, 0 replaced, 0 unchanged)"),
        "{}",
        out.stdout
    );
    let after = e
        .run(&["query", "--format", "csv", "-e", DOCUMENTS])
        .ok()
        .stdout;
    assert_eq!(
        after.lines().count(),
        2,
        "one header and one document:\n{after}"
    );
    assert_ne!(before, after, "the document IRI follows the new text");
    let graphs = e
        .run(&[
            "query",
            "--format",
            "csv",
            "-e",
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
        ])
        .ok()
        .stdout;
    assert_eq!(
        graphs.lines().count(),
        3,
        "header, ontology and one document graph:\n{graphs}"
    );
}

#[test]
fn the_same_article_from_two_paths_is_one_document() {
    let e = Entente::new();
    let text = std::fs::read(data("articles/plain-byline.txt")).unwrap();
    let one = e.write("a/one.txt", &text);
    let two = e.write("b/two.txt", &text);
    e.run(&["ingest", path(&one), path(&two)]).ok();
    let docs = e.run(&["query", "--format", "csv", "-e", "SELECT (COUNT(DISTINCT ?d) AS ?n) (COUNT(?p) AS ?paths) WHERE { ?d a dip:Document ; dip:sourcePath ?p }"]).ok();
    assert_eq!(docs.stdout.lines().nth(1), Some("1,2"), "{}", docs.stdout);
}

#[test]
fn query_results_validate_as_w3c_formats() {
    let e = Entente::new();
    e.run(&["ingest", path(&data("articles"))]).ok();
    let query = "SELECT ?d ?title WHERE { ?d a dip:Document ; dip:title ?title }";
    for (name, format) in [
        ("json", QueryResultsFormat::Json),
        ("xml", QueryResultsFormat::Xml),
        ("csv", QueryResultsFormat::Csv),
        ("tsv", QueryResultsFormat::Tsv),
    ] {
        let out = e.run(&["query", "--format", name, "-e", query]).ok();
        assert_eq!(
            parse_results(format, &out.stdout),
            5,
            "{name}:\n{}",
            out.stdout
        );
    }
    let json: serde_json::Value = serde_json::from_str(
        &e.run(&["query", "--format", "json", "-e", query])
            .ok()
            .stdout,
    )
    .unwrap();
    assert_eq!(json["head"]["vars"], serde_json::json!(["d", "title"]));
    let ask = e
        .run(&[
            "query",
            "--format",
            "xml",
            "-e",
            "ASK { ?d a dip:Document }",
        ])
        .ok();
    assert!(
        ask.stdout.contains("<boolean>true</boolean>"),
        "{}",
        ask.stdout
    );
}

#[test]
fn construct_gives_turtle_and_other_rdf_formats() {
    let e = Entente::new();
    e.run(&["ingest", path(&seeds())]).ok();
    let query = "CONSTRUCT { ?d dip:title ?t } WHERE { ?d a dip:Document ; dip:title ?t }";
    let turtle = e.run(&["query", "-e", query]).ok().stdout;
    assert!(turtle.contains("@prefix dip:"), "{turtle}");
    assert_eq!(parse_rdf(RdfFormat::Turtle, &turtle), 1);
    let nt = e
        .run(&["query", "--format", "ntriples", "-e", query])
        .ok()
        .stdout;
    assert_eq!(parse_rdf(RdfFormat::NTriples, &nt), 1);
    let xml = e
        .run(&["query", "--format", "rdfxml", "-e", query])
        .ok()
        .stdout;
    assert_eq!(parse_rdf(RdfFormat::RdfXml, &xml), 1);
    let wrong = e.run(&["query", "--format", "csv", "-e", query]).fails();
    assert!(
        wrong.stderr.contains("format for SELECT and ASK"),
        "{}",
        wrong.stderr
    );
}

#[test]
fn params_bind_variables_in_saved_queries() {
    let e = Entente::new();
    e.run(&["ingest", path(&data("articles"))]).ok();
    let query = "SELECT ?title WHERE { ?d dip:title ?title ; dip:sourcePath ?path }";
    let out = e
        .run(&[
            "query",
            "--format",
            "csv",
            "-e",
            query,
            "--param",
            &format!("path=\"{}\"", path(&data("articles/ghana-expels.txt"))),
        ])
        .ok();
    assert_eq!(
        out.stdout.lines().collect::<Vec<_>>(),
        [
            "title",
            "Ghana expels two Ivorian diplomats after border incident"
        ]
    );
    let actor = queries().join("actor.rq");
    let ghana = e
        .run(&[
            "query",
            "--format",
            "csv",
            path(&actor),
            "--param",
            "actor=ent:country/GHA",
        ])
        .ok();
    assert!(
        ghana
            .stdout
            .starts_with("date,class,role,label,status,title"),
        "{}",
        ghana.stdout
    );
    assert!(!ghana.stderr.contains("note:"), "{}", ghana.stderr);
    // Without its parameter the query still runs, with a note on what it takes.
    let every = e.run(&["query", "--format", "csv", path(&actor)]).ok();
    assert!(
        every.stderr.contains("takes --param actor=VALUE"),
        "{}",
        every.stderr
    );
    let bad = e.run(&["query", "-e", query, "--param", "oops"]).fails();
    assert!(bad.stderr.contains("NAME=VALUE"), "{}", bad.stderr);
}

#[test]
fn every_saved_query_runs_and_says_what_it_answers() {
    let e = Entente::new();
    e.run(&["ingest", path(&data("articles")), path(&seeds())])
        .ok();
    let mut count = 0;
    for entry in std::fs::read_dir(queries()).unwrap() {
        let file = entry.unwrap().path();
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            text.starts_with("# "),
            "{} starts with a comment",
            file.display()
        );
        assert!(
            text.contains("# Parameters:"),
            "{} names its parameters",
            file.display()
        );
        let mut args = vec!["query", "--format", "json", path(&file)];
        if text.contains("actor =") {
            args.extend(["--param", "actor=ent:country/CAN"]);
        }
        let out = e.run(&args).ok();
        parse_results(QueryResultsFormat::Json, &out.stdout);
        count += 1;
    }
    assert!(count >= 6);
    let timeline = e
        .run(&[
            "query",
            "--format",
            "csv",
            path(&queries().join("timeline.rq")),
        ])
        .ok();
    assert!(
        timeline.stdout.lines().count() > 2,
        "the timeline has dated events:\n{}",
        timeline.stdout
    );
}

#[test]
fn syntax_errors_name_line_and_column() {
    let e = Entente::new();
    e.run(&["ingest", path(&seeds())]).ok();
    let out = e
        .run(&["query", "-e", "SELECT ?x\nWHERE { ?x ?y }"])
        .fails();
    assert!(
        out.stderr.contains("syntax error at line 2, column"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains('^'));
}

#[test]
fn update_changes_the_store() {
    let e = Entente::new();
    e.run(&["ingest", path(&seeds())]).ok();
    e.run(&["update", "-e", "INSERT DATA { GRAPH <http://example.org/notes> { ent:country\\/CAN rdfs:comment \"an analyst's note\" } }"]).ok();
    let ask = e
        .run(&[
            "query",
            "--format",
            "csv",
            "-e",
            "ASK { ?c rdfs:comment \"an analyst's note\" }",
        ])
        .ok();
    assert_eq!(ask.stdout.trim(), "true");
    let from_stdin = e
        .run_with_stdin(&["update"], Some("DROP GRAPH <http://example.org/notes>"))
        .ok();
    assert!(
        from_stdin.stderr.contains("update done"),
        "{}",
        from_stdin.stderr
    );
    let ask = e
        .run(&[
            "query",
            "--format",
            "csv",
            "-e",
            "ASK { ?c rdfs:comment \"an analyst's note\" }",
        ])
        .ok();
    assert_eq!(ask.stdout.trim(), "false");
}

#[test]
fn export_writes_readable_turtle_and_never_overwrites_without_force() {
    let e = Entente::new();
    e.run(&["ingest", path(&seeds())]).ok();
    let turtle = e.run(&["export"]).ok().stdout;
    assert!(
        turtle.contains("@prefix country: <https://w3id.org/entente/id/country/>"),
        "{}",
        &turtle[..500.min(turtle.len())]
    );
    assert!(
        !turtle.contains("@prefix ent:"),
        "ent: itself is unused in exports"
    );
    assert!(parse_rdf(RdfFormat::Turtle, &turtle) > 50);
    let trig = e
        .run(&[
            "export",
            "--format",
            "trig",
            "--graph",
            "ent:graph/ontology",
        ])
        .ok()
        .stdout;
    assert!(parse_rdf(RdfFormat::TriG, &trig) > 50);
    let file = e.dir().join("out.ttl");
    e.run(&["export", "-o", path(&file)]).ok();
    let refused = e.run(&["export", "-o", path(&file)]).fails();
    assert!(refused.stderr.contains("--force"), "{}", refused.stderr);
    e.run(&["export", "-o", path(&file), "--force"]).ok();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), turtle);
    let missing = e
        .run(&["export", "--graph", "http://example.org/none"])
        .fails();
    assert!(missing.stderr.contains("no graph"), "{}", missing.stderr);
}

#[test]
fn stats_counts_documents_entities_and_events() {
    let e = Entente::new();
    e.run(&["ingest", path(&data("articles"))]).ok();
    let out = e.run(&["stats"]).ok().stdout;
    assert!(out.starts_with("documents  5\n"), "{out}");
    assert!(
        out.contains("\nentities (")
            && out.contains("\nevents by class (")
            && out.contains("\nevents by year ("),
        "{out}"
    );
    assert!(out.contains("  Country "), "{out}");
}

#[test]
fn optimize_without_a_store_says_so() {
    let e = Entente::new();
    let err = e.run(&["optimize"]).fails().stderr;
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("entente: no store in ") && err.contains("to optimize"),
        "{err}"
    );
    assert!(!e.store().exists(), "no store is created");
}

#[test]
fn an_empty_store_is_built_from_the_seeds_first() {
    let e = Entente::new();
    let out = e
        .run(&[
            "--seeds",
            path(&seeds()),
            "query",
            "--format",
            "csv",
            "-e",
            DOCUMENTS,
        ])
        .ok();
    assert!(
        out.stderr.contains("the store is empty; building it from"),
        "{}",
        out.stderr
    );
    assert!(
        out.stdout.contains("000_6988ce14ab7dc689.txt"),
        "{}",
        out.stdout
    );
    let stats = e.run(&["stats"]).ok();
    assert!(
        !stats.stderr.contains("empty"),
        "built once: {}",
        stats.stderr
    );
}

#[test]
fn ontology_prints_the_turtle_that_every_store_holds() {
    let e = Entente::new();
    let ttl = e.run(&["ontology"]).ok().stdout;
    assert!(parse_rdf(RdfFormat::Turtle, &ttl) > 50);
    e.run(&["ingest", path(&seeds())]).ok();
    let out = e
        .run(&[
            "query",
            "--format",
            "csv",
            "-e",
            "SELECT ?c WHERE { GRAPH ent:graph\\/ontology { dip:Tariff rdfs:subClassOf ?c } }",
        ])
        .ok();
    assert!(
        out.stdout
            .contains("https://w3id.org/entente/ontology#Sanction"),
        "{}",
        out.stdout
    );
}

#[test]
fn extract_prints_json_that_ingest_accepts_back() {
    let e = Entente::new();
    let json = e
        .run(&["extract", path(&data("articles/ghana-expels.txt"))])
        .ok()
        .stdout;
    let annotation: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        annotation["document"]["title"],
        "Ghana expels two Ivorian diplomats after border incident"
    );
    assert!(!e.store().exists(), "extract touches no store");
    let file = e.write(
        "corrected.json",
        json.replace("Ghana expels two Ivorian", "Ghana expels 2 Ivorian"),
    );
    e.run(&["ingest", path(&file)]).ok();
    let titles = e
        .run(&[
            "query",
            "--format",
            "csv",
            "-e",
            "SELECT ?t WHERE { ?d dip:title ?t }",
        ])
        .ok();
    assert!(
        titles.stdout.contains("Ghana expels 2 Ivorian"),
        "{}",
        titles.stdout
    );
    let turtle = e
        .run(&[
            "extract",
            "--format",
            "turtle",
            path(&data("articles/ghana-expels.txt")),
        ])
        .ok()
        .stdout;
    assert!(parse_rdf(RdfFormat::Turtle, &turtle) > 10);
}

#[test]
fn bad_inputs_are_refused_one_line_each_while_good_ones_load() {
    let e = Entente::new();
    e.write(
        "batch/good.txt",
        std::fs::read(data("articles/plain-byline.txt")).unwrap(),
    );
    e.write("batch/empty.txt", "");
    e.write(
        "batch/binary.txt",
        [0x7f, b'E', b'L', b'F', 0, 0, 1, 2, 0, 255, 0],
    );
    e.write(
        "batch/latin1.txt",
        b"Title\n\nSome caf\xe9 text here.\n".as_slice(),
    );
    e.write(
        "batch/feed.jsonl",
        "{\"title\": \"A\", \"text\": \"Kenya and Uganda signed a trade deal on Monday.\", \"published\": \"2026-01-05\"}\n{\"title\": broken\n{\"title\": \"B\", \"text\": \"Chile and Peru held talks in Lima.\", \"published\": \"2026-01-06\"}\n",
    );
    let out = e.run(&["ingest", path(&e.dir().join("batch"))]).fails();
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("stored 3 documents"), "{}", out.stdout);
    let lines: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| !l.contains("warning:"))
        .collect();
    assert_eq!(lines.len(), 4, "one line per bad input:\n{}", out.stderr);
    for (name, needle) in [
        ("empty.txt", "empty"),
        ("binary.txt", "binary"),
        ("latin1.txt", "UTF-8"),
        ("feed.jsonl:2", ""),
    ] {
        assert!(
            lines.iter().any(|l| l.contains(name) && l.contains(needle)),
            "{name}:\n{}",
            out.stderr
        );
    }
    assert!(!out.stderr.contains("panicked"));
}

#[test]
fn extract_explain_tells_a_trigger_no_event_kept_from_one_that_gave_an_event() {
    let e = Entente::new();
    let article = e.write(
        "unnamed.txt",
        "A visit\nPublished 3 March 2026\n\nThe envoy is on a two-day visit to Kenya.\n\nGhana's president visited Togo on Monday.\n",
    );
    let out = e.run(&["extract", "--explain", path(&article)]).ok().stdout;
    // No one is named as visiting in the first sentence: its trigger gave no event.
    assert!(out.contains("dropped:  Visit (visit.noun)"), "{out}");
    assert!(out.contains("events:   Visit (visit.verb)"), "{out}");
    assert!(
        out.contains("sentences that gave no event (1 of 2):\n  [1] (actors only) The envoy"),
        "{out}"
    );
}

#[test]
fn extract_explain_shows_each_sentence_with_its_findings_and_the_silent_ones() {
    let e = Entente::new();
    let article = e.write(
        "brief.txt",
        "Kenya and Uganda talk trade\nBy A. Writer\nPublished 3 March 2026\n\nKenyan President William Ruto visited Kampala on Monday.\n\nThe weather was mild.\n",
    );
    let out = e.run(&["extract", "--explain", path(&article)]).ok().stdout;
    assert!(
        out.contains("[1] 0..") && out.contains("Kenyan President William Ruto visited Kampala"),
        "{out}"
    );
    assert!(
        out.contains("entities: ") && out.contains("country/KEN"),
        "{out}"
    );
    assert!(
        out.contains("events:   Visit ("),
        "the rule id follows the class: {out}"
    );
    assert!(
        out.contains(
            "sentences that gave no event (1 of 2):\n  [2] (nothing found) The weather was mild."
        ),
        "{out}"
    );
}
