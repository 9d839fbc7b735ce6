//! `entente ingest` to a SPARQL server: the same reading, extraction and mapping as the
//! embedded store (`Pipeline`), each document's graph then replaced on the server in one
//! request (Graph Store `PUT`, or `DROP SILENT GRAPH` + `INSERT DATA`), a bounded number
//! of requests at a time, transient failures retried with backoff. A document whose upload
//! fails is reported and the rest go on.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use anyhow::{Result, anyhow};
use oxigraph::model::{GraphName, Literal, NamedNode, Quad, Term};
use oxigraph::sparql::QueryResults;
use rayon::prelude::{IntoParallelIterator, ParallelIterator};

use crate::commands::ingest::{
    BATCH_FILES, Converted, ConvertedFile, IngestSummary, Pipeline, Show, start,
};
use crate::commands::progress::Progress;
use crate::ontology::Ontology;
use crate::remote::Remote;
use crate::remote::client::Failure;
use crate::sparql;
use crate::vocab::{self, ONTOLOGY_GRAPH};

/// Requests to the server at the same time at most.
pub const PARALLEL_REQUESTS: usize = 4;
/// Tries of one request at most (the first and its retries).
const ATTEMPTS: u32 = 4;
/// The wait before the first retry; doubled before each next one.
const FIRST_BACKOFF: Duration = Duration::from_millis(250);

/// Ingests files and folders into the server's graphs, as `Pipeline::ingest` does into
/// the embedded store: problems and failed uploads are one line each on `errors`, counted
/// in the summary; they do not stop the batch.
pub fn ingest(
    pipeline: &Pipeline<'_>,
    remote: &Remote,
    paths: &[PathBuf],
    errors: &mut dyn Write,
    show: Show,
) -> Result<IngestSummary> {
    store_ontology(remote, pipeline.ontology)?;
    let (files, mut summary, mut progress) = start(paths, errors, show)?;
    for batch in files.chunks(BATCH_FILES) {
        let converted: Vec<ConvertedFile> = batch
            .to_vec()
            .into_par_iter()
            .map(|file| pipeline.convert_file(&file))
            .collect();
        let mut documents = Vec::new();
        let (mut bytes, mut articles) = (0, 0);
        for file in converted {
            bytes += file.bytes;
            for result in file.results {
                match result {
                    Ok(document) => {
                        for warning in &document.graph.warnings {
                            let line =
                                format!("entente: {}: warning: {warning}", document.source_path);
                            progress.line(errors, &line)?;
                        }
                        articles += 1;
                        documents.push(document);
                    }
                    Err(problem) => {
                        progress.line(errors, &format!("entente: {problem}"))?;
                        summary.problems += 1;
                    }
                }
            }
        }
        store_batch(remote, documents, &mut summary, &progress, errors)?;
        progress.advance(bytes, articles);
    }
    progress.finish();
    Ok(summary)
}

/// Writes the ontology graph (with the version marker the embedded store keeps) unless
/// the server holds this version already.
fn store_ontology(remote: &Remote, ontology: &Ontology) -> Result<()> {
    let graph = NamedNode::new_unchecked(ONTOLOGY_GRAPH);
    let marker = ontology.version_marker();
    let ask = sparql::parse_query(
        &format!(
            "ASK {{ GRAPH <{ONTOLOGY_GRAPH}> {{ <{ONTOLOGY_GRAPH}> dip:contentHash \"{}\" }} }}",
            ontology.hash
        ),
        &[],
    )?;
    if let QueryResults::Boolean(true) = remote.query(&ask)? {
        return Ok(());
    }
    let mut quads = ontology.quads.clone();
    quads.push(marker);
    with_retries(|| remote.replace_graph(&graph, &quads)).map_err(|failure| {
        anyhow!(
            "cannot store the ontology graph on {}: {failure}",
            remote.endpoint()
        )
    })
}

/// What the server holds of the documents of a batch.
#[derive(Default)]
struct Existing {
    /// The source paths of each graph found (those of the batch, and those holding a
    /// path of the batch).
    paths: BTreeMap<String, BTreeSet<String>>,
    /// Quads in each graph of the batch present on the server.
    sizes: BTreeMap<String, usize>,
}

/// One request's worth of work: a document graph (the documents of the batch sharing it
/// merged) and the stale graphs its paths leave behind.
struct Upload {
    graph: NamedNode,
    quads: Vec<Quad>,
    /// Graphs formerly read from one of these paths that hold no other path: dropped.
    drop: Vec<NamedNode>,
    /// `dip:sourcePath` quads to remove from graphs that keep other paths.
    unlink: Vec<Quad>,
    /// The documents (index in the batch) it carries.
    members: Vec<usize>,
}

/// Replaces the graphs of one batch on the server, [`PARALLEL_REQUESTS`] at a time, and
/// counts them; a failed upload is reported for each of its files.
fn store_batch(
    remote: &Remote,
    documents: Vec<Converted>,
    summary: &mut IngestSummary,
    progress: &Progress,
    errors: &mut dyn Write,
) -> Result<()> {
    if documents.is_empty() {
        return Ok(());
    }
    let existing = look_up(remote, &documents)?;
    let uploads = plan(&documents, &existing);
    let next = AtomicUsize::new(0);
    let outcomes: Vec<(usize, Result<(), Failure>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..PARALLEL_REQUESTS.min(uploads.len()))
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let index = next.fetch_add(1, Ordering::SeqCst);
                        let Some(upload) = uploads.get(index) else {
                            break;
                        };
                        done.push((index, send(remote, upload)));
                    }
                    done
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| worker.join().unwrap_or_default())
            .collect()
    });
    let mut failed: BTreeMap<usize, Failure> = BTreeMap::new();
    for (index, outcome) in outcomes {
        if let Err(failure) = outcome {
            for &member in &uploads[index].members {
                failed.insert(member, failure.clone());
            }
        }
    }
    let mut upload_of = vec![0; documents.len()];
    for (slot, upload) in uploads.iter().enumerate() {
        for &member in &upload.members {
            upload_of[member] = slot;
        }
    }
    let unchanged: Vec<bool> = uploads
        .iter()
        .map(|upload| is_unchanged(upload, &existing))
        .collect();
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    for (index, document) in documents.iter().enumerate() {
        if let Some(failure) = failed.get(&index) {
            progress.line(
                errors,
                &format!(
                    "entente: {}: not stored on {}: {failure}",
                    document.source_path,
                    remote.endpoint()
                ),
            )?;
            summary.problems += 1;
            continue;
        }
        let graph = document.graph.document.as_str();
        let first_of_graph = seen.insert(graph);
        if unchanged[upload_of[index]] {
            summary.unchanged += 1;
        } else if first_of_graph && !existing.sizes.contains_key(graph) {
            summary.added += 1;
        } else {
            summary.replaced += 1;
        }
        summary.triples += document.graph.quads.len();
        summary.entities.extend(document.entities.iter().cloned());
        summary.events += document.events;
    }
    Ok(())
}

/// Whether the server held the graph as the upload rewrites it: as many quads, read from
/// the same paths. (The graph's name is the hash of the text and the mapping is
/// deterministic, so only other lexicons could change it otherwise; it is written anyway.)
fn is_unchanged(upload: &Upload, existing: &Existing) -> bool {
    let source = vocab::dip("sourcePath");
    let paths: BTreeSet<String> = upload
        .quads
        .iter()
        .filter(|q| q.predicate.as_str() == source)
        .filter_map(|q| match &q.object {
            Term::Literal(path) => Some(path.value().to_string()),
            _ => None,
        })
        .collect();
    existing.sizes.get(upload.graph.as_str()) == Some(&upload.quads.len())
        && existing.paths.get(upload.graph.as_str()) == Some(&paths)
        && upload.drop.is_empty()
        && upload.unlink.is_empty()
}

/// Asks the server which graphs hold the batch's paths or are the batch's graphs, with
/// their paths and sizes: two queries per batch.
fn look_up(remote: &Remote, documents: &[Converted]) -> Result<Existing> {
    let graphs: BTreeSet<&str> = documents
        .iter()
        .map(|d| d.graph.document.as_str())
        .collect();
    let graph_values: String = graphs.iter().map(|g| format!("<{g}> ")).collect();
    let path_values: String = documents
        .iter()
        .map(|d| format!("{} ", Literal::new_simple_literal(&d.source_path)))
        .collect();
    let mut existing = Existing::default();
    let paths = remote.select(&format!(
        "SELECT ?g ?p WHERE {{
           {{ VALUES ?held {{ {path_values}}} GRAPH ?g {{ ?g dip:sourcePath ?held . ?g dip:sourcePath ?p }} }}
           UNION {{ VALUES ?g {{ {graph_values}}} GRAPH ?g {{ ?g dip:sourcePath ?p }} }}
         }}"
    ))?;
    for row in paths {
        if let [Some(Term::NamedNode(graph)), Some(Term::Literal(path))] = row.as_slice() {
            existing
                .paths
                .entry(graph.as_str().to_string())
                .or_default()
                .insert(path.value().to_string());
        }
    }
    let sizes = remote.select(&format!(
        "SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {graph_values}}} GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g"
    ))?;
    for row in sizes {
        if let [Some(Term::NamedNode(graph)), Some(Term::Literal(n))] = row.as_slice() {
            existing
                .sizes
                .insert(graph.as_str().to_string(), n.value().parse().unwrap_or(0));
        }
    }
    Ok(existing)
}

/// The uploads of a batch, as the embedded store would write it document by document:
/// other paths a graph was read from stay recorded; a graph formerly read from a path
/// now holding other text is dropped, or loses that path if it has others.
fn plan(documents: &[Converted], existing: &Existing) -> Vec<Upload> {
    let source = NamedNode::new_unchecked(vocab::dip("sourcePath"));
    let mut uploads: Vec<Upload> = Vec::new();
    let mut by_graph: BTreeMap<&str, usize> = BTreeMap::new();
    let batch_paths: BTreeSet<&str> = documents.iter().map(|d| d.source_path.as_str()).collect();
    let batch_graphs: BTreeSet<&str> = documents
        .iter()
        .map(|d| d.graph.document.as_str())
        .collect();
    for (index, document) in documents.iter().enumerate() {
        let graph = &document.graph.document;
        let slot = *by_graph.entry(graph.as_str()).or_insert_with(|| {
            // Paths the graph keeps from earlier ingests, unless the batch reads them anew.
            let mut quads = document.graph.quads.clone();
            for path in existing.paths.get(graph.as_str()).into_iter().flatten() {
                if !batch_paths.contains(path.as_str()) {
                    quads.push(Quad::new(
                        graph.clone(),
                        source.clone(),
                        Literal::new_simple_literal(path),
                        GraphName::NamedNode(graph.clone()),
                    ));
                }
            }
            uploads.push(Upload {
                graph: graph.clone(),
                quads,
                drop: Vec::new(),
                unlink: Vec::new(),
                members: Vec::new(),
            });
            uploads.len() - 1
        });
        let upload = &mut uploads[slot];
        upload.members.push(index);
        if upload.members.len() > 1 {
            // Same text from another path: only its sourcePath is new.
            for quad in &document.graph.quads {
                if quad.predicate == source && !upload.quads.contains(quad) {
                    upload.quads.push(quad.clone());
                }
            }
        }
        for (holder, paths) in &existing.paths {
            // A graph of the batch is rewritten whole with the paths it keeps.
            if batch_graphs.contains(holder.as_str()) || !paths.contains(&document.source_path) {
                continue;
            }
            let holder = NamedNode::new_unchecked(holder.as_str());
            if paths.iter().all(|p| batch_paths.contains(p.as_str())) {
                if !upload.drop.contains(&holder) {
                    upload.drop.push(holder);
                }
            } else {
                upload.unlink.push(Quad::new(
                    holder.clone(),
                    source.clone(),
                    Literal::new_simple_literal(&document.source_path),
                    GraphName::NamedNode(holder),
                ));
            }
        }
    }
    uploads
}

/// Sends one upload: stale graphs first, then the graph itself, each request retried.
fn send(remote: &Remote, upload: &Upload) -> Result<(), Failure> {
    for stale in &upload.drop {
        with_retries(|| remote.drop_graph(stale))?;
    }
    for quad in &upload.unlink {
        with_retries(|| remote.delete_quad(quad))?;
    }
    with_retries(|| remote.replace_graph(&upload.graph, &upload.quads))
}

/// Runs `request` until it succeeds, fails for good, or has been tried [`ATTEMPTS`]
/// times, waiting longer before each retry.
fn with_retries(mut request: impl FnMut() -> Result<(), Failure>) -> Result<(), Failure> {
    let mut wait = FIRST_BACKOFF;
    let mut attempt = 1;
    loop {
        match request() {
            Err(failure) if failure.is_transient() && attempt < ATTEMPTS => {
                std::thread::sleep(wait);
                wait *= 2;
                attempt += 1;
            }
            Err(failure) if attempt > 1 => {
                return Err(match failure {
                    Failure::Status { code, text } => Failure::Status {
                        code,
                        text: format!("{text} (after {attempt} tries)").trim().to_string(),
                    },
                    Failure::Connection(detail) => {
                        Failure::Connection(format!("{detail}; after {attempt} tries"))
                    }
                    other => other,
                });
            }
            other => return other,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use oxigraph::model::{GraphName, Literal, NamedNode, Quad};

    use super::{Existing, plan, with_retries};
    use crate::commands::ingest::Converted;
    use crate::rdf::DocumentGraph;
    use crate::remote::client::Failure;
    use crate::vocab;

    /// A document of graph `graph` read from `path`: one label and its source path.
    fn document(graph: &str, path: &str) -> Converted {
        let node = NamedNode::new_unchecked(format!("https://w3id.org/entente/id/doc/{graph}"));
        let quad = |p: String, o: &str| {
            Quad::new(
                node.clone(),
                NamedNode::new_unchecked(p),
                Literal::new_simple_literal(o),
                GraphName::NamedNode(node.clone()),
            )
        };
        Converted {
            source_path: path.to_string(),
            graph: DocumentGraph {
                document: node.clone(),
                content_hash: graph.to_string(),
                quads: vec![
                    quad(vocab::dip("title"), graph),
                    quad(vocab::dip("sourcePath"), path),
                ],
                warnings: Vec::new(),
            },
            entities: Vec::new(),
            events: 0,
        }
    }

    fn iri(graph: &str) -> String {
        format!("https://w3id.org/entente/id/doc/{graph}")
    }

    fn paths_of(quads: &[Quad]) -> Vec<String> {
        let mut paths: Vec<String> = quads
            .iter()
            .filter(|q| q.predicate.as_str() == vocab::dip("sourcePath"))
            .map(|q| q.object.to_string())
            .collect();
        paths.sort();
        paths
    }

    #[test]
    fn uploads_do_what_the_embedded_store_does_document_by_document() {
        let mut existing = Existing::default();
        // "old" was read from a.txt only: a.txt now holds other text, so it goes.
        existing
            .paths
            .insert(iri("old"), ["a.txt".to_string()].into());
        // "shared" was read from b.txt and c.txt: b.txt changed, so it keeps c.txt only.
        existing.paths.insert(
            iri("shared"),
            ["b.txt".to_string(), "c.txt".to_string()].into(),
        );
        // "same" was read from d.txt before and is read from e.txt now: it keeps both.
        existing
            .paths
            .insert(iri("same"), ["d.txt".to_string()].into());
        existing.sizes.insert(iri("same"), 2);
        let documents = vec![
            document("new-a", "a.txt"),
            document("new-b", "b.txt"),
            document("same", "e.txt"),
            document("same", "f.txt"),
        ];
        let uploads = plan(&documents, &existing);
        assert_eq!(uploads.len(), 3, "one request per graph");
        assert_eq!(uploads[0].drop, vec![NamedNode::new_unchecked(iri("old"))]);
        assert!(uploads[0].unlink.is_empty());
        assert!(uploads[1].drop.is_empty());
        assert_eq!(uploads[1].unlink.len(), 1);
        assert_eq!(uploads[1].unlink[0].object.to_string(), "\"b.txt\"");
        assert_eq!(uploads[2].members, vec![2, 3]);
        assert_eq!(
            paths_of(&uploads[2].quads),
            vec!["\"d.txt\"", "\"e.txt\"", "\"f.txt\""]
        );
        assert_eq!(paths_of(&uploads[0].quads), vec!["\"a.txt\""]);
    }

    #[test]
    fn transient_failures_are_retried_and_others_are_not() {
        let calls = Cell::new(0);
        let outcome = with_retries(|| {
            calls.set(calls.get() + 1);
            if calls.get() < 3 {
                Err(Failure::Status {
                    code: 503,
                    text: String::new(),
                })
            } else {
                Ok(())
            }
        });
        assert_eq!(outcome, Ok(()));
        assert_eq!(calls.get(), 3);

        calls.set(0);
        let outcome = with_retries(|| {
            calls.set(calls.get() + 1);
            Err(Failure::Status {
                code: 400,
                text: "bad".into(),
            })
        });
        assert_eq!(calls.get(), 1, "a 400 is not retried");
        assert!(matches!(outcome, Err(Failure::Status { code: 400, .. })));

        calls.set(0);
        let outcome = with_retries(|| {
            calls.set(calls.get() + 1);
            Err(Failure::Connection("refused".into()))
        });
        assert_eq!(calls.get(), 4);
        assert_eq!(
            outcome.unwrap_err().to_string(),
            "cannot reach the server (refused; after 4 tries)"
        );
    }
}
