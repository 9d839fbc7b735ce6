//! The progress bar of long ingests: articles, articles/s and ETA on stderr, on a terminal only.

use std::io::Write;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Shows ingest progress, or nothing.
pub struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    articles: u64,
}

impl Progress {
    /// A progress bar over `total_bytes` of input, drawn on stderr.
    pub fn bar(total_bytes: u64) -> Progress {
        let bar = ProgressBar::with_draw_target(Some(total_bytes), ProgressDrawTarget::stderr());
        let style =
            ProgressStyle::with_template("{spinner} [{bar:32}] {percent:>3}%  {msg}  ETA {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> ");
        bar.set_style(style);
        Progress {
            bar: Some(bar),
            started: Instant::now(),
            articles: 0,
        }
    }

    /// No progress shown.
    pub fn silent() -> Progress {
        Progress {
            bar: None,
            started: Instant::now(),
            articles: 0,
        }
    }

    /// Counts a file read and the articles it held.
    pub fn advance(&mut self, bytes: u64, articles: u64) {
        self.articles += articles;
        if let Some(bar) = &self.bar {
            let seconds = self.started.elapsed().as_secs_f64().max(1e-3);
            bar.set_message(format!(
                "{} articles, {:.0}/s",
                self.articles,
                self.articles as f64 / seconds
            ));
            bar.inc(bytes);
        }
    }

    /// Prints a line to `errors` without tearing the bar.
    pub fn line(&self, errors: &mut dyn Write, line: &str) -> std::io::Result<()> {
        match &self.bar {
            Some(bar) => bar.suspend(|| writeln!(errors, "{line}")),
            None => writeln!(errors, "{line}"),
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
