//! `entente ingest`: files and folders in, one document graph each in the store.

use std::collections::{BTreeSet, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use oxigraph::model::NamedNode;
use rayon::prelude::{IntoParallelIterator, ParallelIterator};

use crate::annotation::Annotation;
use crate::commands::progress::Progress;
use crate::extract::extract;
use crate::lexicon::Lexicon;
use crate::ontology::Ontology;
use crate::rdf::{DocumentGraph, map};
use crate::reader::{Article, Input, Problem, read};
use crate::store::{BulkWrite, GraphStore, Outcome};

/// Files read, extracted and mapped together before their graphs are written.
pub(crate) const BATCH_FILES: usize = 64;
/// Quads gathered before they are written: with the batch being converted and those being
/// sorted into files, about what memory holds whatever the size of the input. Each is
/// sorted into files of its own: larger batches mean fewer, larger files to merge (with
/// glibc's allocator, 1 M gave a 100k-article peak RSS of 2.4 GB, 700 k 2.0 GB; 400 k, with
/// 16 M-quad steps, 1.1 GB but three times the time on a busier machine; with mimalloc,
/// 700 k gave 2.1 GB).
const WRITE_BATCH_QUADS: usize = 600_000;
/// New documents in a write batch from which it goes through the bulk loader; fewer are
/// written one transaction each.
const BULK_MIN_DOCUMENTS: usize = 32;
/// Quads of one bulk write, added to the store in one atomic step (about 200k generated
/// articles). Larger is faster: once a step is in, RocksDB starts merging its files in the
/// background, which takes the cores from the steps after it (100k articles in 32 M-quad
/// steps took 15 times the time of 10k; in one step, as `oxigraph load` does, nothing
/// competes). Smaller
/// loses less work when the process is killed and needs less disk at the peak (the files of
/// a step are copied into the store before they are deleted: twice its size).
const BULK_WRITE_QUADS: usize = 128_000_000;

/// What an ingest did.
#[derive(Debug, Default, Clone)]
pub struct IngestSummary {
    pub added: usize,
    pub replaced: usize,
    pub unchanged: usize,
    /// Quads in the graphs of the documents read.
    pub triples: usize,
    /// Distinct entity keys over the documents read.
    pub entities: BTreeSet<String>,
    pub events: usize,
    /// Files or lines refused.
    pub problems: usize,
    /// Documents that went through the bulk loader (counted in `added` too).
    pub bulk_loaded: usize,
}

impl IngestSummary {
    pub fn documents(&self) -> usize {
        self.added + self.replaced + self.unchanged
    }

    /// One line: "stored 17 documents (17 new, 0 replaced, 0 unchanged): …".
    pub fn line(&self) -> String {
        let mut line = format!(
            "stored {} document{} ({} new, {} replaced, {} unchanged): {} triples, {} entities, {} events",
            self.documents(),
            if self.documents() == 1 { "" } else { "s" },
            self.added,
            self.replaced,
            self.unchanged,
            self.triples,
            self.entities.len(),
            self.events
        );
        if self.problems > 0 {
            line.push_str(&format!(
                "; {} input{} refused",
                self.problems,
                if self.problems == 1 { "" } else { "s" }
            ));
        }
        line
    }
}

/// Whether an ingest draws a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Show {
    /// A bar on stderr (for a terminal).
    ProgressBar,
    /// Only problems and the summary.
    Nothing,
}

/// The pieces every ingest needs.
pub struct Pipeline<'a> {
    pub lexicon: &'a Lexicon,
    pub ontology: &'a Ontology,
}

/// One file's inputs, converted or refused, and its size.
pub(crate) struct ConvertedFile {
    pub(crate) bytes: u64,
    pub(crate) results: Vec<Result<Converted, Problem>>,
}

/// One input turned into a graph, or refused.
pub(crate) struct Converted {
    pub(crate) source_path: String,
    pub(crate) graph: DocumentGraph,
    pub(crate) entities: Vec<String>,
    pub(crate) events: usize,
}

impl Pipeline<'_> {
    /// Ingests files and folders (recursively, in sorted order) into `store`. Problems are
    /// reported on `errors` as one line each and counted; they do not stop the batch.
    ///
    /// Files are read, extracted and mapped in parallel, a batch at a time, and written in
    /// their sorted order: the store ends the same whatever the number of threads, and
    /// memory holds one batch, however large the corpus.
    pub fn ingest(
        &self,
        store: &GraphStore,
        paths: &[PathBuf],
        errors: &mut dyn Write,
        show: Show,
    ) -> Result<IngestSummary> {
        let (files, mut summary, mut progress) = start(paths, errors, show)?;
        let mut writer = Writer::new(store);
        for batch in files.chunks(BATCH_FILES) {
            let converted_batch: Vec<ConvertedFile> = batch
                .to_vec()
                .into_par_iter()
                .map(|file| self.convert_file(&file))
                .collect();
            for file in converted_batch {
                let articles = file.results.iter().filter(|r| r.is_ok()).count();
                progress.advance(file.bytes, articles as u64);
                for result in file.results {
                    match result {
                        Ok(converted) => {
                            for warning in &converted.graph.warnings {
                                let line = format!(
                                    "entente: {}: warning: {warning}",
                                    converted.source_path
                                );
                                progress.line(errors, &line)?;
                            }
                            summary.triples += converted.graph.quads.len();
                            summary.entities.extend(converted.entities);
                            summary.events += converted.events;
                            writer.push(converted.graph, converted.source_path, &mut summary)?;
                        }
                        Err(problem) => {
                            progress.line(errors, &format!("entente: {problem}"))?;
                            summary.problems += 1;
                        }
                    }
                }
            }
        }
        writer.finish(&mut summary)?;
        progress.finish();
        // A flush would wait for RocksDB to merge what a bulk write added (minutes for
        // millions of quads): that is left to the background and to `entente optimize`.
        // The transactions' writes are safe in the write-ahead log either way.
        if summary.bulk_loaded == 0 {
            store.flush()?;
        }
        Ok(summary)
    }

    /// Reads, extracts and maps one file: pure but for reading it.
    pub(crate) fn convert_file(&self, file: &Path) -> ConvertedFile {
        let shown = file.to_string_lossy().into_owned();
        let bytes = match std::fs::read(file) {
            Ok(bytes) => bytes,
            Err(error) => {
                let message = format!("cannot read: {error}");
                let problem = Problem {
                    path: shown,
                    line: None,
                    message,
                };
                return ConvertedFile {
                    bytes: 0,
                    results: vec![Err(problem)],
                };
            }
        };
        let results = read(&shown, &bytes)
            .into_iter()
            .map(|input| input.map(|input| self.convert(input)))
            .collect();
        ConvertedFile {
            bytes: bytes.len() as u64,
            results,
        }
    }

    /// Extracts (unless given an annotation) and maps one input.
    fn convert(&self, input: Input) -> Converted {
        let annotation = self.annotate(input);
        let graph = map(&annotation, self.ontology);
        Converted {
            source_path: annotation.document.source_path.clone(),
            entities: annotation.entities.iter().map(|e| e.key.clone()).collect(),
            events: annotation.events.len(),
            graph,
        }
    }

    /// The annotation of an input: extracted from an article, or given.
    ///
    /// Facts are read from the first [`MAX_EXTRACTED_CHARS`] characters of a longer text
    /// (news articles are far shorter; this bounds the work a pathological input costs),
    /// with a warning; the document keeps its whole text, and the evidence offsets stay
    /// valid since the extracted text is its prefix.
    pub fn annotate(&self, input: Input) -> Annotation {
        match input {
            Input::Article(article) => match extraction_prefix(&article.text) {
                None => extract(&article, self.lexicon),
                Some(prefix) => {
                    let shortened = Article {
                        text: article.text[..prefix].to_string(),
                        ..article.clone()
                    };
                    let mut annotation = extract(&shortened, self.lexicon);
                    annotation.warnings.push(format!(
                        "the text has {} characters; facts were extracted from the first {}",
                        article.text.chars().count(),
                        shortened.text.chars().count()
                    ));
                    annotation.document.text = article.text;
                    annotation
                }
            },
            Input::Annotation(annotation) => *annotation,
        }
    }
}

/// Writes converted documents in batches, in input order: the new documents of large
/// batches through one bulk write (files sorted while the next batch is converted, added to
/// the store together, in one atomic step, every [`BULK_WRITE_QUADS`] quads and at the end),
/// every other document (small batches, documents already stored, paths read before) in a
/// transaction of its own that compares and replaces, once the bulk write before it is in.
struct Writer<'s> {
    store: &'s GraphStore,
    pending: Vec<(DocumentGraph, String)>,
    pending_quads: usize,
    /// The bulk write under way, with the graphs and paths it holds.
    bulk: Option<BulkWrite<'s>>,
    bulk_graphs: HashSet<NamedNode>,
    bulk_paths: HashSet<String>,
}

impl<'s> Writer<'s> {
    fn new(store: &'s GraphStore) -> Writer<'s> {
        Writer {
            store,
            pending: Vec::new(),
            pending_quads: 0,
            bulk: None,
            bulk_graphs: HashSet::new(),
            bulk_paths: HashSet::new(),
        }
    }

    /// Queues a document; writes the batch when it is full.
    fn push(
        &mut self,
        graph: DocumentGraph,
        source_path: String,
        summary: &mut IngestSummary,
    ) -> Result<()> {
        self.pending_quads += graph.quads.len();
        self.pending.push((graph, source_path));
        if self.pending_quads >= WRITE_BATCH_QUADS {
            self.write(summary)?;
        }
        Ok(())
    }

    /// Writes what is queued and waits until everything is stored.
    fn finish(mut self, summary: &mut IngestSummary) -> Result<()> {
        self.write(summary)?;
        self.commit_bulk()
    }

    /// Writes the queued batch.
    ///
    /// A document goes to the bulk write when neither the store, nor the bulk write, nor an
    /// earlier document of the batch has its graph or its path. Bulk documents then share
    /// nothing with the others, and the others are written after the bulk write is in, in
    /// order: the store ends as if every document had been written in order.
    fn write(&mut self, summary: &mut IngestSummary) -> Result<()> {
        let batch = std::mem::take(&mut self.pending);
        self.pending_quads = 0;
        let mut graphs_seen = HashSet::new();
        let mut paths_seen = HashSet::new();
        let mut fresh = Vec::with_capacity(batch.len());
        for (graph, path) in &batch {
            let new_graph =
                !self.bulk_graphs.contains(&graph.document) && graphs_seen.insert(&graph.document);
            let new_path = !self.bulk_paths.contains(path) && paths_seen.insert(path.as_str());
            fresh.push(new_graph && new_path && self.store.is_fresh(&graph.document, path)?);
        }
        if fresh.iter().filter(|f| **f).count() < BULK_MIN_DOCUMENTS {
            self.commit_bulk()?;
            for (graph, path) in &batch {
                count(summary, self.store.ingest(graph, path)?);
            }
            return Ok(());
        }
        let mut bulk = Vec::new();
        let mut others = Vec::new();
        for (document, fresh) in batch.into_iter().zip(fresh) {
            if fresh {
                self.bulk_graphs.insert(document.0.document.clone());
                self.bulk_paths.insert(document.1);
                bulk.push(document.0);
                summary.added += 1;
                summary.bulk_loaded += 1;
            } else {
                others.push(document);
            }
        }
        let store = self.store;
        let write = self.bulk.get_or_insert_with(|| store.start_bulk());
        write.add(bulk)?;
        let full = write.quads() >= BULK_WRITE_QUADS;
        if full || !others.is_empty() {
            self.commit_bulk()?;
        }
        for (graph, path) in &others {
            count(summary, self.store.ingest(graph, path)?);
        }
        Ok(())
    }

    /// Adds the bulk write under way, if any, to the store.
    fn commit_bulk(&mut self) -> Result<()> {
        if let Some(write) = self.bulk.take() {
            write.commit()?;
            self.bulk_graphs.clear();
            self.bulk_paths.clear();
        }
        Ok(())
    }
}

fn count(summary: &mut IngestSummary, outcome: Outcome) {
    match outcome {
        Outcome::Added => summary.added += 1,
        Outcome::Replaced => summary.replaced += 1,
        Outcome::Unchanged => summary.unchanged += 1,
    }
}

/// The longest text facts are extracted from, in characters.
pub const MAX_EXTRACTED_CHARS: usize = 200_000;

/// For a text longer than [`MAX_EXTRACTED_CHARS`], the byte length of the prefix to
/// extract from: up to the last paragraph (or line, or character) boundary within it.
fn extraction_prefix(text: &str) -> Option<usize> {
    let (limit, _) = text.char_indices().nth(MAX_EXTRACTED_CHARS)?;
    let head = &text[..limit];
    Some(
        head.rfind("\n\n")
            .or_else(|| head.rfind('\n'))
            .filter(|&i| i > 0)
            .unwrap_or(limit),
    )
}

/// The start of every ingest: the files under `paths` (in sorted order), a summary counting
/// the paths that could not be listed (each reported on `errors`), and the progress display.
pub(crate) fn start(
    paths: &[PathBuf],
    errors: &mut dyn Write,
    show: Show,
) -> Result<(Vec<PathBuf>, IngestSummary, Progress)> {
    let mut summary = IngestSummary::default();
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        collect_files(path, &mut files, &mut problems);
    }
    for problem in problems {
        writeln!(errors, "entente: {problem}")?;
        summary.problems += 1;
    }
    let progress = match show {
        Show::ProgressBar if files.len() > 1 => Progress::bar(
            files
                .iter()
                .filter_map(|f| std::fs::metadata(f).ok())
                .map(|m| m.len())
                .sum(),
        ),
        _ => Progress::silent(),
    };
    Ok((files, summary, progress))
}

/// Adds `path` (a file, or every regular file below a folder, sorted, hidden ones
/// skipped) to `files`. Inside folders, symbolic links are not followed (no loops) and
/// special files (FIFOs, sockets, devices) are reported and skipped; a folder that cannot
/// be read is reported and the walk goes on.
pub fn collect_files(path: &Path, files: &mut Vec<PathBuf>, problems: &mut Vec<Problem>) {
    let problem = |message: String| Problem {
        path: path.to_string_lossy().into_owned(),
        line: None,
        message,
    };
    let metadata = match std::fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(e) => return problems.push(problem(format!("cannot read: {e}"))),
    };
    if metadata.is_file() {
        files.push(path.to_path_buf());
        return;
    }
    if !metadata.is_dir() {
        return problems.push(problem("not a regular file or folder; skipped".to_string()));
    }
    let entries = match std::fs::read_dir(path) {
        Ok(entries) => entries,
        Err(e) => return problems.push(problem(format!("cannot read folder: {e}"))),
    };
    let mut entries: Vec<(PathBuf, std::fs::FileType)> = entries
        .filter_map(|entry| entry.ok())
        .filter(|entry| !entry.file_name().to_string_lossy().starts_with('.'))
        .filter_map(|entry| entry.file_type().ok().map(|kind| (entry.path(), kind)))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (entry, kind) in entries {
        if kind.is_symlink() {
            continue;
        }
        collect_files(&entry, files, problems);
    }
}

/// Builds an empty store from the seeds folder (or the seed compiled in when it is absent),
/// saying so on `errors`.
pub fn build_from_seeds(
    pipeline: &Pipeline<'_>,
    store: &GraphStore,
    seeds: &Path,
    errors: &mut dyn Write,
) -> Result<()> {
    if !store.has_no_documents()? {
        return Ok(());
    }
    if seeds.is_dir() {
        writeln!(
            errors,
            "entente: the store is empty; building it from {} first",
            seeds.display()
        )?;
        let summary = pipeline.ingest(store, &[seeds.to_path_buf()], errors, Show::Nothing)?;
        writeln!(errors, "entente: {}", summary.line())?;
        return Ok(());
    }
    writeln!(
        errors,
        "entente: the store is empty; building it from the seed article compiled into entente"
    )?;
    let inputs = read(SEED_PATH, SEED.as_bytes());
    for input in inputs {
        let input = input.map_err(|p| anyhow::anyhow!("{p}"))?;
        let annotation = pipeline.annotate(input);
        let graph = map(&annotation, pipeline.ontology);
        store
            .ingest(&graph, SEED_PATH)
            .context("cannot store the seed article")?;
    }
    store.flush()
}

const SEED_PATH: &str = "seeds/000_6988ce14ab7dc689.txt";
const SEED: &str = include_str!("../../seeds/000_6988ce14ab7dc689.txt");

#[cfg(test)]
mod tests {
    use super::{MAX_EXTRACTED_CHARS, extraction_prefix};

    #[test]
    fn long_texts_are_cut_at_a_paragraph_boundary_for_extraction() {
        assert_eq!(extraction_prefix("short text"), None);
        let paragraph = "Ministers met. ".repeat(100);
        let long = format!("{paragraph}\n\n").repeat(MAX_EXTRACTED_CHARS / 1000);
        let cut = extraction_prefix(&long).expect("long enough");
        assert!(cut <= MAX_EXTRACTED_CHARS && long[cut..].starts_with("\n\n"));
        let one_word = "é".repeat(MAX_EXTRACTED_CHARS + 5);
        let cut = extraction_prefix(&one_word).expect("long enough");
        assert_eq!(one_word[..cut].chars().count(), MAX_EXTRACTED_CHARS);
    }
}
