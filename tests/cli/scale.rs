//! Scale (issue 6): a generated corpus larger than one ingest batch is stored whole, and
//! the store does not depend on how many threads converted it or on how the corpus was
//! cut into ingests.
//!
//! The corpus comes from the benchmark's generator (`examples/generate/corpus.rs`,
//! included here by path), so the tests see what the benchmarks ingest.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

#[allow(dead_code)]
#[path = "../../examples/generate/corpus.rs"]
mod corpus;

/// Files ingest reads, extracts and maps together (`BATCH_FILES` in `src/commands/ingest.rs`).
const BATCH_FILES: usize = 64;
/// Enough articles for three batches of files, JSON Lines files included.
const ARTICLES: usize = 200;

/// One run of the real binary: its exit code, stdout and stderr.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs `entente --store STORE ARGS…` with `threads` rayon threads.
fn entente(store: &Path, threads: usize, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_entente"))
        .arg("--store")
        .arg(store)
        .args(args)
        .env_remove("ENTENTE_STORE")
        .env_remove("ENTENTE_LEXICONS")
        .env("RAYON_NUM_THREADS", threads.to_string())
        .stdin(Stdio::null())
        .output()
        .expect("entente runs");
    let run = Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    assert_eq!(
        run.code, 0,
        "entente {args:?} failed\nstdout:\n{}\nstderr:\n{}",
        run.stdout, run.stderr
    );
    run
}

fn ingest(store: &Path, threads: usize, paths: &[PathBuf]) -> Run {
    let mut args = vec!["ingest".to_string()];
    args.extend(
        paths
            .iter()
            .map(|p| p.to_str().expect("UTF-8 path").to_string()),
    );
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    entente(store, threads, &args)
}

fn nquads(store: &Path) -> String {
    let quads = entente(store, 1, &["export", "--format", "nquads"]).stdout;
    assert!(quads.lines().count() > 1000, "a store with documents");
    quads
}

/// Every file of the corpus, sorted as ingest sorts them.
fn corpus_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for folder in std::fs::read_dir(dir).unwrap() {
        let folder = folder.unwrap().path();
        if folder.is_dir() {
            for file in std::fs::read_dir(&folder).unwrap() {
                files.push(file.unwrap().path());
            }
        }
    }
    files.sort();
    files
}

#[test]
fn parallel_ingest_gives_the_same_nquads_as_one_thread() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("corpus");
    let manifest = corpus::write_corpus(&articles, ARTICLES, 6).unwrap();
    assert!(manifest.files > 2 * BATCH_FILES, "{} files", manifest.files);

    let many = dir.path().join("many");
    let one = dir.path().join("one");
    let parallel = ingest(&many, 4, std::slice::from_ref(&articles));
    let sequential = ingest(&one, 1, std::slice::from_ref(&articles));
    assert_eq!(parallel.stdout, sequential.stdout);
    assert_eq!(parallel.stderr, sequential.stderr);
    let (parallel, sequential) = (nquads(&many), nquads(&one));
    assert!(
        parallel == sequential,
        "the N-Quads differ with 4 threads and with 1 ({} and {} lines)",
        parallel.lines().count(),
        sequential.lines().count()
    );
}

#[test]
fn a_corpus_larger_than_one_batch_streams_into_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("corpus");
    let manifest = corpus::write_corpus(&articles, ARTICLES, 7).unwrap();
    let files = corpus_files(&articles);
    assert_eq!(files.len(), manifest.files);
    assert!(files.len() > 2 * BATCH_FILES, "{} files", files.len());
    assert!(manifest.json_lines > 0 && manifest.front_matter > 0 && manifest.scraped > 0);

    // One ingest of the whole folder: every article of every batch is stored.
    let whole = dir.path().join("whole");
    let run = ingest(&whole, 2, std::slice::from_ref(&articles));
    let expected =
        format!("stored {ARTICLES} documents ({ARTICLES} new, 0 replaced, 0 unchanged): ");
    assert!(run.stdout.starts_with(&expected), "{}", run.stdout);
    assert_eq!(
        run.stderr,
        format!(
            "entente: {ARTICLES} documents were bulk loaded; `entente optimize` merges the store's files so that queries run faster\n"
        ),
        "no problem expected, only the hint"
    );
    let count = entente(
        &whole,
        1,
        &[
            "query",
            "--format",
            "tsv",
            "-e",
            "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dip:Document }",
        ],
    );
    assert_eq!(
        count.stdout.lines().nth(1),
        Some(ARTICLES.to_string().as_str())
    );
    let last_jsonl_line = format!(
        "{}:",
        files
            .iter()
            .rev()
            .find(|f| f.extension().is_some_and(|e| e == "jsonl"))
            .unwrap()
            .display()
    );
    let paths = entente(
        &whole,
        1,
        &[
            "query",
            "--format",
            "tsv",
            "-e",
            "SELECT ?p WHERE { ?d dip:sourcePath ?p }",
        ],
    )
    .stdout;
    for expected in [
        files[0].display().to_string(),
        files[files.len() - 1].display().to_string(),
        last_jsonl_line,
    ] {
        assert!(paths.contains(&expected), "{expected} is stored");
    }

    // The same corpus fed in pieces smaller than a batch, one ingest after the other,
    // ends in the same store.
    let pieces = dir.path().join("pieces");
    for piece in files.chunks(BATCH_FILES / 2 - 3) {
        ingest(&pieces, 1, piece);
    }
    let stored = nquads(&whole);
    assert!(
        stored == nquads(&pieces),
        "ingesting in pieces changes the store"
    );

    // Merging the store's files changes no quad.
    let optimized = entente(&whole, 1, &["optimize"]);
    assert!(
        optimized.stdout.starts_with("optimized the store in "),
        "{}",
        optimized.stdout
    );
    assert!(nquads(&whole) == stored, "optimize changes the store");
}
