//! Shared stores, foreign and damaged folders, and the safe defaults: no SERVICE, no LOAD,
//! a time limit, no overwritten exports, clear messages for bad queries.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::corpus::Rng;
use crate::util::{Entente, Output};

#[test]
fn a_second_process_is_told_who_holds_the_store() {
    let e = Entente::new();
    e.run(&[
        "update",
        "-e",
        "INSERT DATA { <http://e.org/a> <http://e.org/b> 1 }",
    ])
    .ok();
    // An update waiting on standard input holds the store open.
    let mut holder = Command::new(env!("CARGO_BIN_EXE_entente"))
        .arg("--store")
        .arg(e.store())
        .arg("update")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the holder has the store open: it names itself in the store folder.
    let deadline = Instant::now() + Duration::from_secs(20);
    let pid = holder.id().to_string();
    while !std::fs::read_to_string(e.store().join("entente.pid"))
        .is_ok_and(|h| h.split(' ').next() == Some(pid.as_str()))
    {
        assert!(
            Instant::now() < deadline,
            "the holder never opened the store"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = e.run(&["stats"]);
    holder
        .stdin
        .take()
        .unwrap()
        .write_all(b"CLEAR DEFAULT")
        .unwrap();
    holder.wait().unwrap();
    let out = out.fails();
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("is in use by another process (pid "),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("update"),
        "names the command: {}",
        out.stderr
    );
    e.run(&["stats"]).ok();
}

#[test]
fn a_folder_that_is_no_store_is_refused_untouched() {
    let e = Entente::new();
    e.write("store/notes.txt", "my notes");
    let out = e.run(&["stats"]).fails();
    assert!(
        out.stderr.contains("is not an entente store"),
        "{}",
        out.stderr
    );
    let names: Vec<_> = std::fs::read_dir(e.store())
        .unwrap()
        .map(|d| d.unwrap().file_name())
        .collect();
    assert_eq!(names, ["notes.txt"]);
    let file = e.write("plain-file", "x");
    let out = e
        .run_without_store(&["--store", file.to_str().unwrap(), "stats"])
        .fails();
    assert!(
        out.stderr.contains("is a file, not a folder"),
        "{}",
        out.stderr
    );
}

/// A store holding a few articles, written to disk (SST files and all).
fn small_store(e: &Entente) {
    e.write(
        "articles/a.txt",
        "Envoys meet\n\nCanada and Norway met in Oslo.",
    );
    e.write(
        "articles/b.txt",
        "Talks resume\n\nChile and Ghana resumed talks.",
    );
    e.write(
        "articles/c.jsonl",
        "{\"title\": \"Wire\", \"text\": \"Japan and India signed a pact.\"}\n",
    );
    e.run(&["ingest", "articles"]).ok();
}

/// The one line a command printed on standard error, asserting there is exactly one.
#[track_caller]
fn one_line(out: &Output) -> &str {
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    assert_eq!(out.stderr.lines().count(), 1, "one line: {}", out.stderr);
    out.stderr.trim_end()
}

#[test]
fn service_is_refused_unless_allowed_and_then_needs_an_http_client() {
    let e = Entente::new();
    small_store(&e);
    for query in [
        "SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }",
        "SELECT * { ?d a dip:Document OPTIONAL { SERVICE <http://e.org/s> { ?d ?p ?o } } }",
        "SELECT * { ?d a dip:Document FILTER EXISTS { SERVICE ?endpoint { ?d ?p ?o } } }",
    ] {
        let out = e.run(&["query", "-e", query]).fails();
        let line = one_line(&out);
        assert!(
            line.contains("uses SERVICE") && line.contains("--allow-service"),
            "{line}"
        );
    }
    let update = e
        .run(&[
            "update",
            "-e",
            "INSERT { ?s ?p ?o } WHERE { SERVICE <http://e.org/s> { ?s ?p ?o } }",
        ])
        .fails();
    assert!(one_line(&update).contains("--allow-service"));

    let allowed = e
        .run(&[
            "query",
            "--allow-service",
            "-e",
            "SELECT * { SERVICE <http://e.org/sparql> { ?s ?p ?o } }",
        ])
        .fails();
    assert!(
        one_line(&allowed).contains("no HTTP client"),
        "{}",
        allowed.stderr
    );
    // SILENT: the service gives nothing and the query goes on.
    let silent = e
        .run(&[
            "query",
            "--allow-service",
            "--format",
            "csv",
            "-e",
            "SELECT (COUNT(*) AS ?n) { ?d a dip:Document OPTIONAL { SERVICE SILENT <http://e.org/s> { ?d ?p ?o } } }",
        ])
        .ok();
    assert_eq!(silent.stdout.lines().nth(1), Some("3"), "{}", silent.stdout);
}

#[test]
fn load_is_refused_unless_allowed_and_then_reads_local_files() {
    let e = Entente::new();
    small_store(&e);
    let data = e.write(
        "extra.nt",
        "<http://e.org/a> <http://e.org/b> \"loaded\" .\n",
    );
    let iri = format!("file://{}", data.display());
    let load = format!("LOAD <{iri}> INTO GRAPH <http://e.org/g>");
    let ask = "ASK { GRAPH <http://e.org/g> { ?s ?p \"loaded\" } }";
    let before = e.run(&["export", "--format", "nquads"]).ok().stdout;
    let refused = e.run(&["update", "-e", &load]).fails();
    let line = one_line(&refused);
    assert!(
        line.contains(&format!("LOAD <{iri}>")) && line.contains("--allow-load"),
        "{line}"
    );
    assert_eq!(e.run(&["export", "--format", "nquads"]).ok().stdout, before);

    e.run(&["update", "--allow-load", "-e", &load]).ok();
    let loaded = e.run(&["query", "--format", "csv", "-e", ask]).ok();
    assert_eq!(loaded.stdout.trim(), "true");

    let remote = e
        .run(&[
            "update",
            "--allow-load",
            "-e",
            "LOAD <https://example.org/data.ttl>",
        ])
        .fails();
    assert!(
        one_line(&remote).contains("no HTTP client"),
        "{}",
        remote.stderr
    );
    let missing = e
        .run(&[
            "update",
            "--allow-load",
            "-e",
            "LOAD <file:///no/such/file.ttl>",
        ])
        .fails();
    assert!(one_line(&missing).contains("/no/such/file.ttl"));
    e.run(&[
        "update",
        "--allow-load",
        "-e",
        "LOAD SILENT <https://example.org/data.ttl>",
    ])
    .ok();
}

#[test]
fn timeout_stops_long_queries_and_updates() {
    let e = Entente::new();
    small_store(&e);
    // Cross products of the whole store: ~800 quads cubed. The second works in memory, where
    // Oxigraph does not look at its cancellation token: the watchdog ends it.
    for query in [
        "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?a ?b ?c } GRAPH ?h { ?d ?e ?f } GRAPH ?i { ?x ?y ?z } }",
        "SELECT ?a { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?i ?f ?c LIMIT 1",
    ] {
        let started = Instant::now();
        let out = e.run(&["query", "--timeout", "1", "-e", query]).fails();
        let took = started.elapsed();
        assert_eq!(
            one_line(&out),
            "entente: the query was stopped after 1 s (--timeout); narrow it down or allow it more time"
        );
        assert!(took < Duration::from_secs(15), "took {took:?}");
    }
    let before = e.run(&["export", "--format", "nquads"]).ok().stdout;
    let update = e
        .run(&[
            "update",
            "--timeout",
            "0.5",
            "-e",
            "INSERT { ?a <http://e.org/p> ?f } WHERE { GRAPH ?g { ?a ?b ?c } GRAPH ?h { ?d ?e ?f } FILTER(CONCAT(STR(?c), STR(?f)) = \"x\") }",
        ])
        .fails();
    assert!(
        one_line(&update)
            .contains("the update was stopped after 0.5 s (--timeout) and changed nothing"),
        "{}",
        update.stderr
    );
    assert_eq!(e.run(&["export", "--format", "nquads"]).ok().stdout, before);
    // A quick query is not troubled by a limit.
    e.run(&["query", "--timeout", "30", "-e", "ASK { ?s ?p ?o }"])
        .ok();
    for bad in ["--timeout=-1", "--timeout=0", "--timeout=soon"] {
        let out = e.run(&["query", bad, "-e", "ASK {}"]).fails();
        assert!(out.stderr.contains("seconds"), "{bad}: {}", out.stderr);
    }
}

#[test]
fn export_never_overwrites_a_file_without_force() {
    let e = Entente::new();
    small_store(&e);
    let file = e.write("out.nq", "precious");
    let refused = e
        .run(&["export", "-f", "nquads", "-o", file.to_str().unwrap()])
        .fails();
    assert!(
        one_line(&refused).contains("exists; pass --force"),
        "{}",
        refused.stderr
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "precious");
    e.run(&[
        "export",
        "-f",
        "nquads",
        "-o",
        file.to_str().unwrap(),
        "--force",
    ])
    .ok();
    let stdout = e.run(&["export", "-f", "nquads"]).ok().stdout;
    assert_eq!(std::fs::read_to_string(&file).unwrap(), stdout);
    let stray = e.run(&["export", "--force"]).fails();
    assert!(stray.stderr.contains("--force only applies with --output"));
}

#[test]
fn a_damaged_store_gets_one_clear_line() {
    let e = Entente::new();
    small_store(&e);
    let pristine = e.dir().join("pristine");
    copy_dir(&e.store(), &pristine);
    let files = |suffix: &str| -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(e.store())
            .unwrap()
            .map(|d| d.unwrap().path())
            .filter(|p| p.file_name().unwrap().to_string_lossy().ends_with(suffix))
            .collect();
        files.sort();
        files
    };
    type Damage = fn(&[PathBuf]);
    let cases: [(&str, &str, Damage); 6] = [
        ("garbled CURRENT", "CURRENT", |f| garble(&f[0], 0, 8)),
        ("truncated MANIFEST", "", |f| {
            for file in f.iter().filter(|p| is_named(p, "MANIFEST-")) {
                truncate(file, 10);
            }
        }),
        ("garbled tables", ".sst", |f| {
            for file in f {
                let len = std::fs::metadata(file).unwrap().len() as usize;
                garble(file, len / 4, len / 2);
            }
        }),
        ("truncated tables", ".sst", |f| {
            for file in f {
                truncate(file, 100);
            }
        }),
        ("missing tables", ".sst", |f| {
            for file in f {
                std::fs::remove_file(file).unwrap();
            }
        }),
        ("every file emptied", "", |f| {
            for file in f {
                truncate(file, 0);
            }
        }),
    ];
    for (what, suffix, damage) in cases {
        std::fs::remove_dir_all(e.store()).unwrap();
        copy_dir(&pristine, &e.store());
        let targets = files(suffix);
        assert!(!targets.is_empty(), "{what}: no {suffix} file in the store");
        damage(&targets);
        for command in [&["stats"][..], &["export", "-f", "nquads"]] {
            let out = e.run(command).fails();
            let line = one_line(&out);
            assert!(
                line.contains("is damaged (") && line.contains("restore it from a backup"),
                "{what}, {command:?}: {line}"
            );
            assert!(
                !line.contains("in use by another process"),
                "{what}: {line}"
            );
        }
    }

    // Random damage, seeded: whatever it hits, no panic, no signal, one line if refused.
    let mut rng = Rng::new(0xdead_0b5e);
    let mut refused = 0;
    for round in 0..40 {
        std::fs::remove_dir_all(e.store()).unwrap();
        copy_dir(&pristine, &e.store());
        let all = files("");
        let file = &all[rng.below(all.len())];
        let len = std::fs::metadata(file).unwrap().len() as usize;
        if len == 0 {
            continue;
        }
        let start = rng.below(len);
        let end = (start + 1 + rng.below(64)).min(len);
        garble(file, start, end);
        let out = e.run(&["export", "-f", "nquads"]);
        assert!(
            out.code == 0 || out.code == 1,
            "round {round}, {} bytes {start}..{end}: status {}\n{}",
            file.display(),
            out.code,
            out.stderr
        );
        if out.code == 1 {
            refused += 1;
            one_line(&out);
        }
    }
    eprintln!("random store damage: {refused} of 40 refused, the rest unharmed");
}

fn is_named(path: &Path, prefix: &str) -> bool {
    path.file_name()
        .unwrap()
        .to_string_lossy()
        .starts_with(prefix)
}

/// Flips every byte in `start..end` of a file.
fn garble(path: &Path, start: usize, end: usize) {
    let mut bytes = std::fs::read(path).unwrap();
    let end = end.min(bytes.len());
    for byte in &mut bytes[start.min(end)..end] {
        *byte ^= 0x5a;
    }
    std::fs::write(path, bytes).unwrap();
}

fn truncate(path: &Path, len: u64) {
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .unwrap()
        .set_len(len)
        .unwrap();
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

#[test]
fn a_store_left_half_created_by_a_kill_opens() {
    let e = Entente::new();
    // What `entente ingest` leaves when killed ~10 ms in, before RocksDB wrote CURRENT.
    e.write("store/LOCK", "");
    e.write("store/LOG", "");
    e.write("store/000000.dbtmp", "");
    e.write(
        "articles/a.txt",
        "Envoys meet\n\nCanada and Norway met in Oslo.",
    );
    e.run(&["ingest", "articles"]).ok();
    let out = e
        .run(&[
            "query",
            "--format",
            "csv",
            "-e",
            "ASK { ?d a dip:Document }",
        ])
        .ok();
    assert_eq!(out.stdout.trim(), "true");
}

#[test]
fn bad_queries_anywhere_give_the_parser_message_with_line_and_column() {
    let e = Entente::new();
    small_store(&e);
    let empty = e.run(&["query", "-e", ""]).fails();
    assert_eq!(one_line(&empty), "entente: the query is empty");
    let blank = e.write("blank.rq", "\n  \n");
    assert_eq!(
        one_line(&e.run(&["query", blank.to_str().unwrap()]).fails()),
        "entente: the query is empty"
    );
    assert_eq!(
        one_line(&e.run(&["update", "-e", " "]).fails()),
        "entente: the update is empty"
    );

    // Binary junk in a file: not text at all.
    let mut rng = Rng::new(42);
    let junk: Vec<u8> = (0..5000).map(|_| rng.next() as u8).collect();
    let junk_file = e.write("junk.rq", &junk);
    let out = e.run(&["query", junk_file.to_str().unwrap()]).fails();
    assert!(one_line(&out).contains("junk.rq"), "{}", out.stderr);
    // Text junk, control characters included: the parser's message, printable.
    let text_junk: String = (0..3000)
        .map(|_| char::from_u32(rng.below(0x3000) as u32).unwrap_or('?'))
        .collect();
    let out = e.run_with_stdin(&["query"], Some(&text_junk)).fails();
    assert!(
        out.stderr.starts_with("entente: syntax error at line "),
        "{}",
        out.stderr
    );
    assert!(
        !out.stderr
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'),
        "{:?}",
        out.stderr
    );

    // A query of 2 MB on one line with its mistake at the end: line and column, and a
    // window of the line around the column.
    let big = format!(
        "SELECT * WHERE {{ {} ?s ?p ?o ?oops . }}",
        (0..50_000)
            .map(|i| format!("?s <http://e.org/p{i}> ?o{i} ."))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let big_file = e.write("big.rq", &big);
    let out = e.run(&["query", big_file.to_str().unwrap()]).fails();
    assert!(
        out.stderr
            .starts_with("entente: syntax error at line 1, column 17"),
        "{}",
        &out.stderr[..out.stderr.len().min(2000)]
    );
    assert!(
        out.stderr.len() < 1000,
        "{}",
        &out.stderr[..out.stderr.len().min(2000)]
    );

    // Deep nesting is refused before parsing; long flat chains run on a large stack.
    let deep = format!(
        "ASK {{ FILTER({}true{}) }}",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    let out = e.run_with_stdin(&["query"], Some(&deep)).fails();
    assert!(
        out.stderr.contains("brackets nest more than 1000 deep"),
        "{}",
        out.stderr
    );
    let chain = format!("ASK {{ FILTER({}) }}", vec!["true"; 100_000].join(" && "));
    let out = e
        .run_with_stdin(&["query", "--format", "csv"], Some(&chain))
        .ok();
    assert_eq!(out.stdout.trim(), "true");
    let unions = format!(
        "SELECT (COUNT(*) AS ?n) {{ {} }}",
        vec!["{ ?d a dip:Document }"; 5_000].join(" UNION ")
    );
    let out = e.run_with_stdin(
        &["query", "--timeout", "20", "--format", "csv"],
        Some(&unions),
    );
    assert!(
        out.code == 0 || out.stderr.contains("stopped after 20 s"),
        "{}",
        out.stderr
    );
    let out = e
        .run(&[
            "update",
            "-e",
            "INSERT DATA { <http://e.org/a> <http://e.org/b> \"unclosed }",
        ])
        .fails();
    assert!(
        out.stderr
            .starts_with("entente: syntax error at line 1, column"),
        "{}",
        out.stderr
    );
}

/// RocksDB's background threads outlive the store, and letting `exit` run C++ static
/// destructors under them aborted about one run in twenty after an update
/// ("pthread lock: Invalid argument"): a finished run must end with its own exit code.
#[test]
fn a_finished_run_never_aborts_at_exit() {
    let e = Entente::new();
    for i in 0..30 {
        let update = format!(
            ".prefix ex: <http://example.org/>\n\
             INSERT DATA {{ GRAPH ex:notes {{ ex:memo{i} rdfs:comment \"note\" }} }};\n"
        );
        let written = e.run_with_stdin(&[], Some(&update));
        assert_eq!(written.code, 0, "round {i}: {}", written.stderr);
        let read = e.run_with_stdin(&[], Some(".format csv\n.graphs\n"));
        assert_eq!(read.code, 0, "round {i}: {}", read.stderr);
        assert!(
            read.stdout.contains("http://example.org/notes"),
            "{}",
            read.stdout
        );
    }
}
