//! Crash safety: an ingest killed (SIGKILL) at random moments leaves a store that opens,
//! holds only whole document graphs, and converges to a clean run's quads when ingested
//! again.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use oxigraph::io::{RdfFormat, RdfParser};

use crate::corpus::{Rng, write_corpus};
use crate::util::Entente;

/// Kills that must land while the ingest runs.
const KILLS: usize = 12;

#[test]
fn an_ingest_killed_at_random_moments_keeps_whole_graphs_and_converges() {
    let e = Entente::new();
    let corpus = e.dir().join("corpus");
    let documents = write_corpus(&corpus, 20_250_101);
    std::fs::create_dir_all(e.dir().join("no-seeds")).unwrap();
    let corpus_arg = corpus.to_str().unwrap();

    // The clean run, into its own store.
    let clean_store = e.dir().join("clean");
    let started = Instant::now();
    let clean_run = e
        .run_without_store(&["--store", path(&clean_store), "ingest", "-q", corpus_arg])
        .ok();
    let clean_time = started.elapsed();
    assert!(
        clean_run
            .stderr
            .contains(&format!("stored {documents} documents")),
        "{}",
        clean_run.stderr
    );
    let clean = export(&e, &clean_store);
    let clean_graphs = by_graph(&clean);
    assert_eq!(
        clean_graphs.len(),
        documents + 1,
        "one graph per article, and the ontology"
    );

    // Kill ingests of the same corpus into other stores, again and again. A round goes on
    // with one store until an ingest into it completes (or it holds every document); the
    // completed store must then equal the clean one, and the next round starts afresh.
    let mut rng = Rng::new(0x5eed_c0ff_ee00_0001);
    let mut round = 0;
    let mut store = e.dir().join("round-0");
    let mut kills = 0;
    let mut runs = 0;
    let mut converged_rounds = 0;
    let mut present = Vec::new();
    while kills < KILLS {
        runs += 1;
        assert!(
            runs <= 4 * KILLS,
            "only {kills} of {runs} ingests could be killed"
        );
        // Mostly anywhere in the run; now and then in its first milliseconds, while the store
        // is being created or opened.
        let delay = if rng.below(4) == 0 {
            Duration::from_millis(rng.below(60) as u64)
        } else {
            clean_time.mul_f64(0.05 + 0.9 * rng.unit())
        };
        let mut child = Command::new(env!("CARGO_BIN_EXE_entente"))
            .args(["--store", path(&store), "ingest", "-q", corpus_arg])
            .current_dir(e.dir())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        let running = child.try_wait().unwrap().is_none();
        child.kill().unwrap(); // SIGKILL
        let status = child.wait().unwrap();
        let partial = export(&e, &store);
        if !running {
            assert!(status.success(), "an ingest ended with {status}");
            assert!(
                partial == clean,
                "round {round}: an ingest completing after kills must give the clean run's N-Quads"
            );
            converged_rounds += 1;
            round += 1;
            store = e.dir().join(format!("round-{round}"));
            continue;
        }
        kills += 1;
        let graphs = by_graph(&partial);
        for (graph, quads) in &graphs {
            let Some(whole) = clean_graphs.get(graph) else {
                panic!("kill {kills}: graph {graph} is not in the clean run");
            };
            assert_eq!(
                quads,
                whole,
                "kill {kills} after {delay:?}: graph {graph} has {} quads, the clean run {}",
                quads.len(),
                whole.len()
            );
        }
        let documents_present = graphs.len().saturating_sub(1);
        present.push(documents_present);
        if documents_present == documents {
            assert!(
                partial == clean,
                "round {round}: every graph but not the clean quads"
            );
            round += 1;
            store = e.dir().join(format!("round-{round}"));
        }
    }
    eprintln!(
        "crash test: {kills} kills in {runs} runs over {} stores ({converged_rounds} completed after kills); documents present after each kill: {present:?} of {documents}; clean ingest {clean_time:?}",
        round + 1
    );

    // Ingesting again converges to exactly the clean run's quads.
    let again = e
        .run_without_store(&["--store", path(&store), "ingest", "-q", corpus_arg])
        .ok();
    assert!(
        again
            .stderr
            .contains(&format!("stored {documents} documents")),
        "{}",
        again.stderr
    );
    let converged = export(&e, &store);
    assert!(
        converged == clean,
        "after the kills, a full ingest must give the clean run's N-Quads ({} and {} lines)",
        converged.lines().count(),
        clean.lines().count()
    );
}

#[test]
fn a_query_during_an_ingest_is_told_which_process_holds_the_store() {
    let e = Entente::new();
    let corpus = e.dir().join("corpus");
    write_corpus(&corpus, 7);
    let mut ingest = Command::new(env!("CARGO_BIN_EXE_entente"))
        .args(["--store", path(&e.store()), "ingest", "-q"])
        .arg(&corpus)
        .current_dir(e.dir())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let pid = ingest.id().to_string();
    let deadline = Instant::now() + Duration::from_secs(20);
    while !std::fs::read_to_string(e.store().join("entente.pid"))
        .is_ok_and(|h| h.split(' ').next() == Some(pid.as_str()))
    {
        assert!(
            Instant::now() < deadline,
            "the ingest never opened the store"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let query = e.run(&["query", "-e", "ASK { ?s ?p ?o }"]);
    let still_running = ingest.try_wait().unwrap().is_none();
    ingest.wait().unwrap();
    if still_running {
        let query = query.fails();
        assert_eq!(query.stderr.lines().count(), 1, "{}", query.stderr);
        assert!(
            query.stderr.contains(&format!(
                "is in use by another process (pid {pid} running `entente --store"
            )),
            "{}",
            query.stderr
        );
        assert!(query.stderr.contains(" ingest "), "{}", query.stderr);
    }
    e.run(&["query", "-e", "ASK { ?s ?p ?o }"]).ok();
}

fn path(p: &Path) -> &str {
    p.to_str().expect("UTF-8 temp path")
}

/// `entente export --format nquads` of a store, which must open (an empty seeds folder keeps
/// an empty store empty).
fn export(e: &Entente, store: &Path) -> String {
    let out = e
        .run_without_store(&[
            "--store",
            path(store),
            "--seeds",
            "no-seeds",
            "export",
            "--format",
            "nquads",
        ])
        .ok();
    out.stdout
}

/// The quads of an N-Quads text by graph, each as its N-Quads line.
fn by_graph(nquads: &str) -> BTreeMap<String, Vec<String>> {
    let mut graphs: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for quad in RdfParser::from_format(RdfFormat::NQuads).for_slice(nquads.as_bytes()) {
        let quad = quad.expect("the export is valid N-Quads");
        graphs
            .entry(quad.graph_name.to_string())
            .or_default()
            .push(quad.to_string());
    }
    for quads in graphs.values_mut() {
        quads.sort();
    }
    graphs
}
