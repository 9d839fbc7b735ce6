//! The corpus generator of the benchmarks: writes N varied synthetic news articles about
//! international relations, in the three input forms `entente ingest` reads (scraped
//! pages, front matter, JSON Lines), from a fixed seed.
//!
//! ```text
//! cargo run --release --example generate -- --out /tmp/corpus --articles 10000 --seed 1
//! ```
//!
//! The generation itself lives in `corpus.rs` (shared with the scale tests, which include
//! it by path); the phrasings in `templates.rs`.

mod corpus;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::Parser;

/// Write N synthetic news articles (scraped pages, front matter, JSON Lines) from a seed.
#[derive(Debug, Parser)]
struct Args {
    /// Folder to write the corpus to (created; must be empty if it exists).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Number of articles.
    #[arg(long, default_value_t = 1000)]
    articles: usize,
    /// Seed of the generator: the same seed gives the same corpus, byte for byte.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

fn main() -> ExitCode {
    match run(&Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("generate: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> Result<()> {
    let manifest = corpus::write_corpus(&args.out, args.articles, args.seed)?;
    eprintln!(
        "generate: wrote {} articles ({} sentences, {} bytes) in {} files under {}",
        manifest.articles,
        manifest.sentences,
        manifest.bytes,
        manifest.files,
        args.out.display()
    );
    Ok(())
}
