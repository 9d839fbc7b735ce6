//! The only module that opens Oxigraph's store: opening, the ontology graph, per-document
//! ingest transactions, bulk loads of new documents, queries, updates and dumps.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use oxigraph::model::{GraphName, GraphNameRef, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::{BulkLoader, Store};

use crate::ontology::Ontology;
use crate::rdf::DocumentGraph;
use crate::vocab::{self, ONTOLOGY_GRAPH};

/// What ingesting one document did to the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// A new document graph was written.
    Added,
    /// The document's graph existed with other content and was rewritten.
    Replaced,
    /// The store already held exactly this graph.
    Unchanged,
}

/// An open entente store.
pub struct GraphStore {
    store: Store,
    path: PathBuf,
}

impl GraphStore {
    /// Opens (creating if need be) the store in `path` and makes sure it holds `ontology`.
    ///
    /// One process at a time may open a store: a second one is told which process holds it.
    pub fn open(path: &Path, ontology: &Ontology) -> Result<GraphStore> {
        check_store_folder(path)?;
        std::fs::create_dir_all(path)
            .with_context(|| format!("cannot create the store folder {}", path.display()))?;
        let store =
            Store::open(path).map_err(|error| explain_open_error(path, &error.to_string()))?;
        remove_unfinished_bulk_files(path);
        // Who holds the store, for the message a second process gets.
        let arguments: Vec<String> = std::env::args().skip(1).collect();
        let holder = format!("{} {}", std::process::id(), arguments.join(" "));
        let _ = std::fs::write(path.join(HOLDER_FILE), holder);
        let graph_store = GraphStore {
            store,
            path: path.to_path_buf(),
        };
        graph_store.refresh_ontology(ontology)?;
        Ok(graph_store)
    }

    /// The folder of the store.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The underlying Oxigraph store, for query evaluation.
    pub fn oxigraph(&self) -> &Store {
        &self.store
    }

    /// Reloads the ontology graph when the store holds another version of it (or none).
    fn refresh_ontology(&self, ontology: &Ontology) -> Result<()> {
        let graph = NamedNode::new_unchecked(ONTOLOGY_GRAPH);
        let marker = ontology.version_marker();
        if self
            .store
            .contains(&marker)
            .context("cannot read the store")?
        {
            return Ok(());
        }
        let mut transaction = self
            .store
            .start_transaction()
            .context("cannot write to the store")?;
        transaction
            .remove_named_graph(graph.as_ref())
            .context("cannot clear the old ontology graph")?;
        transaction.insert_named_graph(graph.as_ref());
        transaction.extend(ontology.quads.iter());
        transaction.insert(&marker);
        transaction
            .commit()
            .context("cannot store the ontology graph")?;
        Ok(())
    }

    /// Whether the store holds no document yet (the ontology graph does not count).
    pub fn has_no_documents(&self) -> Result<bool> {
        for graph in self.store.named_graphs() {
            let graph = graph.context("cannot read the store")?;
            if graph.to_string() != format!("<{ONTOLOGY_GRAPH}>") {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Writes one document graph in one transaction: whole or not at all.
    ///
    /// `source_path` is the path it was read from: a graph previously ingested from the same
    /// path with other content is dropped (or loses that path, if it came from others too).
    pub fn ingest(&self, document: &DocumentGraph, source_path: &str) -> Result<Outcome> {
        let source_property = NamedNode::new_unchecked(vocab::dip("sourcePath"));
        let path_literal = Literal::new_simple_literal(source_path);
        let graph = GraphName::NamedNode(document.document.clone());
        let mut transaction = self
            .store
            .start_transaction()
            .context("cannot write to the store")?;

        // Documents formerly read from this path hold other text now.
        let holders = transaction
            .quads_for_pattern(
                None,
                Some(source_property.as_ref()),
                Some(path_literal.as_ref().into()),
                None,
            )
            .collect::<Result<Vec<_>, _>>()
            .context("cannot read the store")?;
        for holder in holders {
            if holder.graph_name == graph {
                continue;
            }
            let GraphName::NamedNode(old) = &holder.graph_name else {
                continue;
            };
            let paths = transaction
                .quads_for_pattern(
                    None,
                    Some(source_property.as_ref()),
                    None,
                    Some(old.as_ref().into()),
                )
                .count();
            if paths > 1 {
                transaction.remove(&holder);
            } else {
                transaction
                    .remove_named_graph(old.as_ref())
                    .context("cannot drop an old document graph")?;
            }
        }

        // Other paths the same text was ingested from stay recorded.
        let existing: HashSet<Quad> = transaction
            .quads_for_pattern(None, None, None, Some(graph.as_ref()))
            .collect::<Result<_, _>>()
            .context("cannot read the store")?;
        let mut wanted: HashSet<Quad> = document.quads.iter().cloned().collect();
        wanted.extend(
            existing
                .iter()
                .filter(|q| {
                    q.predicate == source_property && q.object != Term::from(path_literal.clone())
                })
                .cloned(),
        );
        let outcome = if existing == wanted {
            Outcome::Unchanged
        } else if existing.is_empty() {
            Outcome::Added
        } else {
            Outcome::Replaced
        };
        if outcome != Outcome::Unchanged {
            if !existing.is_empty() {
                transaction
                    .clear_graph(graph.as_ref())
                    .context("cannot clear the old document graph")?;
            }
            transaction.insert_named_graph(document.document.as_ref());
            transaction.extend(wanted.iter());
        }
        transaction
            .commit()
            .with_context(|| format!("cannot store the graph of {source_path}"))?;
        Ok(outcome)
    }

    /// Whether a document can be bulk loaded: the store holds no graph of that name and no
    /// graph read from `source_path` (otherwise [`GraphStore::ingest`] must compare and
    /// replace).
    pub fn is_fresh(&self, document: &NamedNode, source_path: &str) -> Result<bool> {
        if self
            .store
            .contains_named_graph(document.as_ref())
            .context("cannot read the store")?
        {
            return Ok(false);
        }
        let source_property = NamedNode::new_unchecked(vocab::dip("sourcePath"));
        let path_literal = Literal::new_simple_literal(source_path);
        let held = self
            .store
            .quads_for_pattern(
                None,
                Some(source_property.as_ref()),
                Some(path_literal.as_ref().into()),
                None,
            )
            .next()
            .transpose()
            .context("cannot read the store")?;
        Ok(held.is_none())
    }

    /// Opens a bulk write: graphs of fresh documents (see [`GraphStore::is_fresh`]) go
    /// through Oxigraph's bulk loader, which sorts them into files on background threads;
    /// nothing is visible until [`BulkWrite::commit`] adds all the files at once (one atomic
    /// ingestion, whatever happens to the process).
    pub fn start_bulk(&self) -> BulkWrite<'_> {
        BulkWrite {
            loader: self.store.bulk_loader().with_num_threads(BULK_THREADS),
            quads: 0,
        }
    }

    /// Evaluates a prepared query against the store.
    pub fn query(
        &self,
        evaluator: SparqlEvaluator,
        query: spargebra::Query,
    ) -> Result<QueryResults<'static>> {
        let mut prepared = evaluator.for_query(query);
        prepared.dataset_mut().set_default_graph_as_union();
        Ok(prepared.on_store(&self.store).execute()?)
    }

    /// Executes a SPARQL update.
    pub fn update(&self, evaluator: SparqlEvaluator, update: spargebra::Update) -> Result<()> {
        evaluator
            .for_update(update)
            .on_store(&self.store)
            .execute()
            .context("the update failed")?;
        Ok(())
    }

    /// Every quad of the store, or of one graph, sorted (graph, subject, predicate, object).
    pub fn quads(&self, graph: Option<&NamedNode>) -> Result<Vec<Quad>> {
        let graph = graph.map(|g| GraphNameRef::NamedNode(g.as_ref()));
        let mut quads = self
            .store
            .quads_for_pattern(None, None, None, graph)
            .collect::<Result<Vec<_>, _>>()
            .context("cannot read the store")?;
        quads.sort_by(compare_quads);
        Ok(quads)
    }

    /// Whether a named graph exists.
    pub fn has_graph(&self, graph: &NamedNode) -> Result<bool> {
        self.store
            .contains_named_graph(graph.as_ref())
            .context("cannot read the store")
    }

    /// How many quads the store holds.
    pub fn len(&self) -> Result<usize> {
        self.store.len().context("cannot read the store")
    }

    /// Whether the store holds no quad at all.
    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.len()? == 0)
    }

    /// Number of quads in one graph.
    pub fn graph_len(&self, graph: &NamedNode) -> Result<usize> {
        let mut n = 0;
        for quad in self
            .store
            .quads_for_pattern(None, None, None, Some(graph.as_ref().into()))
        {
            quad.context("cannot read the store")?;
            n += 1;
        }
        Ok(n)
    }

    /// Merges the store's files (RocksDB's full compaction), so that each lookup reads one
    /// file per level instead of every file a bulk load added: slow, but queries after it
    /// are several times faster.
    pub fn optimize(&self) -> Result<()> {
        self.store
            .optimize()
            .with_context(|| format!("cannot compact the store in {}", self.path.display()))
    }

    /// Writes everything to disk.
    pub fn flush(&self) -> Result<()> {
        self.store.flush().context("cannot flush the store")
    }
}

/// Background threads sorting the files of a bulk write.
const BULK_THREADS: usize = 2;

/// Document graphs on their way into the store through the bulk loader.
#[must_use = "nothing is stored until the bulk write is committed"]
pub struct BulkWrite<'a> {
    loader: BulkLoader<'a>,
    quads: usize,
}

impl BulkWrite<'_> {
    /// Adds the graphs of fresh documents, distinct from each other and from those added
    /// before. Returns once their files are being built (waiting while the threads are busy).
    pub fn add(&mut self, graphs: Vec<DocumentGraph>) -> Result<()> {
        let quads: Vec<Quad> = graphs.into_iter().flat_map(|graph| graph.quads).collect();
        self.quads += quads.len();
        self.loader
            .load_quads(quads)
            .context("cannot write to the store")
    }

    /// Quads added so far.
    pub fn quads(&self) -> usize {
        self.quads
    }

    /// Waits for the files to be built, then adds them all to the store in one step.
    pub fn commit(self) -> Result<()> {
        self.loader
            .commit()
            .context("cannot store a batch of document graphs")
    }
}

/// Deletes the files a bulk load killed before its commit left behind (`bulk-N.sst`): they
/// were never part of the store. Called with the store open, so no other process owns them.
fn remove_unfinished_bulk_files(path: &Path) {
    let Ok(entries) = std::fs::read_dir(path) else {
        return;
    };
    for entry in entries.filter_map(|entry| entry.ok()) {
        if is_bulk_file(&entry.file_name().to_string_lossy()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Whether a file name is one of the bulk loader's temporary files (`bulk-N.sst`).
fn is_bulk_file(name: &str) -> bool {
    name.strip_prefix("bulk-")
        .and_then(|rest| rest.strip_suffix(".sst"))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The file in a store folder naming the process that has it open.
const HOLDER_FILE: &str = "entente.pid";

/// Refuses a path that is a file, or a folder holding something other than a store.
///
/// A folder holding only RocksDB's files is a store, `CURRENT` or not: a process killed
/// while creating a store leaves `LOCK`, `LOG` and a `*.dbtmp` behind, and the next run
/// must carry on.
fn check_store_folder(path: &Path) -> Result<()> {
    if path.is_file() {
        bail!("the store path {} is a file, not a folder", path.display());
    }
    let Ok(entries) = std::fs::read_dir(path) else {
        return Ok(()); // Missing: it will be created.
    };
    let foreign = entries
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .find(|name| !is_store_file(name));
    if let Some(name) = foreign {
        bail!(
            "{} is not an entente store (it holds {name}, which is no store file); choose another --store",
            path.display()
        );
    }
    Ok(())
}

/// Whether a file name is one RocksDB (or entente) keeps in a store folder.
fn is_store_file(name: &str) -> bool {
    const NAMES: [&str; 5] = ["CURRENT", "LOCK", "IDENTITY", "LOG", HOLDER_FILE];
    const PREFIXES: [&str; 3] = ["LOG.old.", "MANIFEST-", "OPTIONS-"];
    const SUFFIXES: [&str; 4] = [".sst", ".log", ".blob", ".dbtmp"];
    NAMES.contains(&name)
        || is_bulk_file(name)
        || PREFIXES.iter().any(|p| name.starts_with(p))
        || SUFFIXES.iter().any(|s| {
            name.strip_suffix(s)
                .is_some_and(|stem| !stem.is_empty() && stem.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// One clear line for the ways opening a store fails.
fn explain_open_error(path: &Path, error: &str) -> anyhow::Error {
    // RocksDB says "While lock file: …/LOCK: Resource temporarily unavailable"; beware of
    // "block checksum mismatch", which is damage.
    if error.contains("lock file") || error.contains("Resource temporarily unavailable") {
        let holder = std::fs::read_to_string(path.join(HOLDER_FILE)).unwrap_or_default();
        let mut parts = holder.trim().splitn(2, ' ');
        // The file may still name a process that died (it is written after the lock is
        // taken): name only a live one where that can be told.
        let pid = parts
            .next()
            .filter(|p| !p.is_empty())
            .filter(|p| !Path::new("/proc/self").exists() || Path::new("/proc").join(p).exists());
        let command = parts
            .next()
            .map(|c| format!(" running `entente {c}`"))
            .unwrap_or_default();
        return match pid {
            Some(pid) => anyhow::anyhow!(
                "the store in {} is in use by another process (pid {pid}{command}); wait for it to finish or use another --store",
                path.display()
            ),
            None => anyhow::anyhow!(
                "the store in {} is in use by another process; wait for it to finish or use another --store",
                path.display()
            ),
        };
    }
    if is_damage(error) {
        return damaged(path, error);
    }
    anyhow::anyhow!(
        "cannot open the store in {}: {}",
        path.display(),
        one_line(error)
    )
}

/// Replaces an error caused by a damaged store (anywhere in its chain) with one line saying
/// so; other errors pass unchanged.
pub fn explain_damage(path: &Path, error: anyhow::Error) -> anyhow::Error {
    let cause = error
        .chain()
        .map(|cause| cause.to_string())
        .find(|text| is_damage(text));
    match cause {
        Some(text) => damaged(path, &text),
        None => error,
    }
}

/// Whether a storage error says the files are damaged.
fn is_damage(error: &str) -> bool {
    error.contains("Corruption") || error.contains("corrupt")
}

/// "the store in DIR is damaged (block checksum mismatch in DIR/000012.sst); …".
fn damaged(path: &Path, error: &str) -> anyhow::Error {
    let mut detail = one_line(error);
    while let Some(rest) = detail.strip_prefix("Corruption: ") {
        detail = rest.to_string();
    }
    let file = detail
        .split_whitespace()
        .map(|word| word.trim_end_matches([',', ':', '.']))
        .find(|word| {
            word.ends_with(".sst")
                || word.ends_with(".log")
                || word.contains("MANIFEST-")
                || word.ends_with("/CURRENT")
        })
        .map(str::to_string);
    let mut what = detail
        .split(':')
        .next()
        .unwrap_or_default()
        .trim()
        .to_string();
    if what.is_empty() || what == "IO error" {
        what = detail.chars().take(160).collect();
    }
    if let Some(file) = file.filter(|f| !what.contains(f.as_str())) {
        what = format!("{what} in {file}");
    }
    anyhow::anyhow!(
        "the store in {} is damaged ({what}); restore it from a backup, or move it aside and ingest the articles again",
        path.display()
    )
}

/// An error message on one line, runs of white space collapsed.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Orders quads by graph, subject, predicate (`rdf:type` first), object: readable dumps.
pub fn compare_quads(a: &Quad, b: &Quad) -> std::cmp::Ordering {
    let rank = |q: &Quad| q.predicate.as_ref() != oxigraph::model::vocab::rdf::TYPE;
    (
        graph_key(&a.graph_name),
        subject_key(&a.subject),
        rank(a),
        a.predicate.as_str(),
        a.object.to_string(),
    )
        .cmp(&(
            graph_key(&b.graph_name),
            subject_key(&b.subject),
            rank(b),
            b.predicate.as_str(),
            b.object.to_string(),
        ))
}

fn graph_key(graph: &GraphName) -> String {
    graph.to_string()
}

fn subject_key(subject: &NamedOrBlankNode) -> String {
    subject.to_string()
}

#[cfg(test)]
mod tests {
    use super::{is_bulk_file, is_store_file};

    #[test]
    fn unfinished_bulk_files_belong_to_a_store() {
        assert!(is_bulk_file("bulk-123456789.sst"));
        assert!(is_store_file("bulk-123456789.sst") && is_store_file("000042.sst"));
        assert!(!is_bulk_file("bulk-.sst") && !is_bulk_file("bulk-12a.sst"));
        assert!(!is_store_file("notes.txt") && !is_store_file("bulk-x.sst"));
    }
}
