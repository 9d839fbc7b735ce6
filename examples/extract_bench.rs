//! Extraction throughput on one core: reads a corpus (as written by the `generate`
//! example, or any folder `entente ingest` reads) into memory, then times reading,
//! extraction and RDF mapping (`entente::reader::read`, `entente::extract::extract`,
//! `entente::rdf::map`) on the current thread, with no store and no file I/O.
//!
//! ```text
//! cargo run --release --example extract_bench -- /tmp/corpus [--limit 5000] [--rounds 3]
//! cargo run --release --example extract_bench -- /tmp/corpus --nquads - | zstd > all.nq.zst
//! ```
//!
//! With `--nquads FILE` (`-` for stdout) it times nothing: it streams the document graphs
//! of the corpus, file by file, as N-Quads (what `entente ingest` would store, but for the
//! ontology graph), so that the benchmark can give Oxigraph's own loader the same quads.
//!
//! Prints a human summary on stderr and one `key=value` line on stdout for scripts
//! (`bench/run.sh`). Sentences are counted outside the timed part with a plain splitter
//! (a period, question or exclamation mark, possibly inside a closing quote, before white
//! space or the end; a few abbreviations excepted), so figures compare across extractor
//! versions whatever their own sentence splitting does.

/// The allocator of the `entente` binary (see src/main.rs), so that the figures are those
/// of ingest.
#[global_allocator]
static ALLOCATOR: entente::allocator::Allocator = entente::allocator::Allocator;

use std::hint::black_box;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use clap::Parser;
use entente::annotation::Annotation;
use entente::extract::extract;
use entente::lexicon::Lexicon;
use entente::ontology::Ontology;
use entente::rdf::map;
use entente::reader::{Input, read};

/// Time read + extract + map of a corpus held in memory, on one core.
#[derive(Debug, Parser)]
struct Args {
    /// Folder (read recursively, hidden files skipped) or file of articles.
    #[arg(value_name = "PATH")]
    corpus: PathBuf,
    /// Use at most this many articles (whole files, in sorted order).
    #[arg(long)]
    limit: Option<usize>,
    /// Timed passes over the corpus; the median is reported.
    #[arg(long, default_value_t = 3)]
    rounds: usize,
    /// Write the N-Quads of the corpus to this file (`-`: standard output) instead of timing.
    #[arg(long, value_name = "FILE")]
    nquads: Option<PathBuf>,
}

fn main() -> ExitCode {
    match run(&Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("extract_bench: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// What one pass produced; the same on every pass.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Counts {
    articles: usize,
    refused: usize,
    quads: usize,
    events: usize,
    entities: usize,
}

fn run(args: &Args) -> Result<()> {
    let lexicon = Lexicon::embedded().context("cannot load the lexicons")?;
    let ontology = Ontology::embedded().context("cannot load the ontology")?;
    if let Some(out) = &args.nquads {
        return write_nquads(&args.corpus, out, &lexicon, &ontology);
    }
    let files = load(&args.corpus, args.limit)?;
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();

    // Sentences, and the article count, outside the timed part.
    let mut sentences = 0;
    let mut articles = 0;
    for (path, contents) in &files {
        for input in read(path, contents).into_iter().flatten() {
            if let Input::Article(article) = input {
                sentences += count_sentences(&article.title) + count_sentences(&article.text);
                articles += 1;
            }
        }
    }
    if articles == 0 {
        bail!("no article in {}", args.corpus.display());
    }

    let pass = || {
        let mut counts = Counts::default();
        for (path, contents) in &files {
            for input in read(path, black_box(contents)) {
                let Ok(input) = input else {
                    counts.refused += 1;
                    continue;
                };
                let annotation = match input {
                    Input::Article(article) => extract(&article, &lexicon),
                    Input::Annotation(annotation) => *annotation,
                };
                let graph = map(&annotation, &ontology);
                counts.articles += 1;
                counts.quads += graph.quads.len();
                counts.events += annotation.events.len();
                counts.entities += annotation.entities.len();
                black_box(graph);
            }
        }
        counts
    };

    let warm = pass();
    let mut times: Vec<Duration> = Vec::new();
    let mut cpu_times: Vec<f64> = Vec::new();
    for _ in 0..args.rounds.max(1) {
        let start = Instant::now();
        let cpu_start = cpu_seconds();
        let counts = pass();
        times.push(start.elapsed());
        cpu_times.push(cpu_seconds() - cpu_start);
        assert_eq!(counts, warm, "extraction is deterministic");
    }
    times.sort();
    cpu_times.sort_by(f64::total_cmp);
    let stages = stage_times(&files, &lexicon, &ontology, args.rounds.max(1));
    let median = times[times.len() / 2].as_secs_f64();
    let cpu_median = cpu_times[cpu_times.len() / 2];
    let per_s = |n: usize| n as f64 / median;
    let per_cpu_s = |n: usize| n as f64 / cpu_median.max(1e-3);

    eprintln!(
        "extract_bench: {} articles ({} refused), {} sentences, {:.1} MB, in {:.3} s on one core (median of {})",
        warm.articles,
        warm.refused,
        sentences,
        bytes as f64 / 1e6,
        median,
        times.len()
    );
    eprintln!(
        "extract_bench: {:.0} articles/s, {:.0} sentences/s, {:.1} MB/s per core; {} quads ({:.1} per article), {} events, {} entity mentions",
        per_s(warm.articles),
        per_s(sentences),
        bytes as f64 / 1e6 / median,
        warm.quads,
        warm.quads as f64 / warm.articles as f64,
        warm.events,
        warm.entities
    );
    eprintln!(
        "extract_bench: {:.0} articles/s, {:.0} sentences/s per second of CPU ({:.3} s of CPU a pass: other processes on the machine do not count)",
        per_cpu_s(warm.articles),
        per_cpu_s(sentences),
        cpu_median
    );
    eprintln!(
        "extract_bench: by stage, articles per second of CPU: read {:.0}, extract {:.0}, map {:.0} (read + extract alone: {:.0}; {:.3} + {:.3} + {:.3} s of CPU a pass)",
        per_cpu_s_of(warm.articles, stages.read),
        per_cpu_s_of(warm.articles, stages.extract),
        per_cpu_s_of(warm.articles, stages.map),
        per_cpu_s_of(warm.articles, stages.read + stages.extract),
        stages.read,
        stages.extract,
        stages.map
    );
    println!(
        "articles={} sentences={} bytes={} seconds={:.4} articles_per_s={:.0} sentences_per_s={:.0} cpu_seconds={:.3} articles_per_cpu_s={:.0} sentences_per_cpu_s={:.0} quads={} events={} read_cpu_seconds={:.3} extract_cpu_seconds={:.3} map_cpu_seconds={:.3} read_articles_per_cpu_s={:.0} extract_articles_per_cpu_s={:.0} map_articles_per_cpu_s={:.0} read_extract_articles_per_cpu_s={:.0}",
        warm.articles,
        sentences,
        bytes,
        median,
        per_s(warm.articles),
        per_s(sentences),
        cpu_median,
        per_cpu_s(warm.articles),
        per_cpu_s(sentences),
        warm.quads,
        warm.events,
        stages.read,
        stages.extract,
        stages.map,
        per_cpu_s_of(warm.articles, stages.read),
        per_cpu_s_of(warm.articles, stages.extract),
        per_cpu_s_of(warm.articles, stages.map),
        per_cpu_s_of(warm.articles, stages.read + stages.extract)
    );
    Ok(())
}

/// Items per second of CPU, for a CPU time that may be below the clock's resolution.
fn per_cpu_s_of(n: usize, cpu: f64) -> f64 {
    n as f64 / cpu.max(1e-3)
}

/// CPU seconds of one pass of each stage alone (the median over `rounds`).
#[derive(Debug, Clone, Copy)]
struct StageTimes {
    read: f64,
    extract: f64,
    map: f64,
}

/// Times each stage on its own: reading every file; extracting every article read
/// beforehand; mapping every annotation extracted beforehand. The inputs of a stage are
/// made outside its timed part, so the three add up to about one whole pass.
fn stage_times(
    files: &[(String, Vec<u8>)],
    lexicon: &Lexicon,
    ontology: &Ontology,
    rounds: usize,
) -> StageTimes {
    let read_all = || -> Vec<Input> {
        files
            .iter()
            .flat_map(|(path, contents)| read(path, black_box(contents)))
            .flatten()
            .collect()
    };
    let inputs = read_all();
    let extract_all = || -> Vec<Annotation> {
        inputs
            .iter()
            .map(|input| match input {
                Input::Article(article) => extract(black_box(article), lexicon),
                Input::Annotation(annotation) => annotation.as_ref().clone(),
            })
            .collect()
    };
    let annotations = extract_all();
    let map_all = || {
        for annotation in &annotations {
            black_box(map(black_box(annotation), ontology));
        }
    };
    StageTimes {
        read: median_cpu(rounds, || drop(black_box(read_all()))),
        extract: median_cpu(rounds, || drop(black_box(extract_all()))),
        map: median_cpu(rounds, map_all),
    }
}

/// Median CPU seconds of `rounds` runs of `work`.
fn median_cpu(rounds: usize, mut work: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = cpu_seconds();
            work();
            cpu_seconds() - start
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// Streams the document graphs of every article below `corpus` to `out` as N-Quads, one
/// file in memory at a time.
fn write_nquads(corpus: &Path, out: &Path, lexicon: &Lexicon, ontology: &Ontology) -> Result<()> {
    let mut paths = Vec::new();
    walk(corpus, &mut paths)?;
    let sink: Box<dyn Write> = if out == Path::new("-") {
        Box::new(std::io::stdout().lock())
    } else {
        Box::new(
            std::fs::File::create(out)
                .with_context(|| format!("cannot create {}", out.display()))?,
        )
    };
    let mut sink = BufWriter::with_capacity(1 << 20, sink);
    let mut quads = 0usize;
    for file in paths {
        let bytes =
            std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
        let shown = file.to_string_lossy().into_owned();
        for input in read(&shown, &bytes).into_iter().flatten() {
            let annotation = match input {
                Input::Article(article) => extract(&article, lexicon),
                Input::Annotation(annotation) => *annotation,
            };
            for quad in map(&annotation, ontology).quads {
                writeln!(sink, "{quad} .").context("cannot write the N-Quads")?;
                quads += 1;
            }
        }
    }
    sink.flush().context("cannot write the N-Quads")?;
    eprintln!("extract_bench: wrote {quads} quads");
    Ok(())
}

/// CPU time used by this process so far, in seconds (user and system, from
/// `/proc/self/stat`, in the kernel's 1/100 s ticks); 0 where that file is missing.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which may hold spaces, inside parentheses).
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    (ticks(11) + ticks(12)) / 100.0
}

/// Every file below `path` (sorted, hidden ones skipped), read into memory, until
/// `limit` articles are held.
fn load(path: &Path, limit: Option<usize>) -> Result<Vec<(String, Vec<u8>)>> {
    let mut paths = Vec::new();
    walk(path, &mut paths)?;
    let mut files = Vec::new();
    let mut articles = 0;
    for file in paths {
        if limit.is_some_and(|limit| articles >= limit) {
            break;
        }
        let bytes =
            std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
        let shown = file.to_string_lossy().into_owned();
        articles += read(&shown, &bytes).len();
        files.push((shown, bytes));
    }
    Ok(files)
}

fn walk(path: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    if path.is_file() {
        out.push(path.to_path_buf());
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
        .with_context(|| format!("cannot read folder {}", path.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    entries.sort();
    for entry in entries {
        walk(&entry, out)?;
    }
    Ok(())
}

/// Sentences in a text, by a plain rule: a `.`, `?` or `!` (possibly followed by closing
/// quotes) before white space or the end closes a sentence, unless the word it ends is a
/// common abbreviation or a single capital ("U.S.", "Mr.").
fn count_sentences(text: &str) -> usize {
    const ABBREVIATIONS: &[&str] = &[
        "Mr", "Mrs", "Ms", "Dr", "St", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt",
        "Prof", "Inc", "Corp", "Co", "vs", "U.S", "U.K", "U.N", "E.U",
    ];
    let chars: Vec<char> = text.chars().collect();
    let mut count = 0;
    let mut open = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if !c.is_whitespace() {
            open = true;
        }
        if matches!(c, '.' | '?' | '!') && open {
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j], '"' | '\u{201d}' | '\'' | '\u{2019}' | ')')
            {
                j += 1;
            }
            let at_break = j == chars.len() || chars[j].is_whitespace();
            if at_break && (c != '.' || !is_abbreviation(&chars[..i], ABBREVIATIONS)) {
                count += 1;
                open = false;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    count + usize::from(open)
}

/// Whether the word just before a period is an abbreviation or a lone capital.
fn is_abbreviation(before: &[char], abbreviations: &[&str]) -> bool {
    let start = before
        .iter()
        .rposition(|c| c.is_whitespace() || *c == '(' || *c == '"' || *c == '\u{201c}')
        .map_or(0, |p| p + 1);
    let word: String = before[start..].iter().collect();
    let single_capital = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    single_capital || abbreviations.contains(&word.as_str())
}
