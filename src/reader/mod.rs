//! Reading input files: detects the input form and turns raw bytes into articles.
//!
//! Pure: takes a path (for messages and `source_path`) and the file's bytes, returns
//! articles or problems as data. No I/O happens here.

use crate::annotation::Annotation;

/// One article as read: metadata recognised, body normalized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The path as given to ingest; `path:LINE` for a line of a JSON Lines file.
    pub source_path: String,
    pub title: String,
    pub author: Option<String>,
    /// `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` with an optional `Z`/offset when a time is given.
    pub published: Option<String>,
    pub url: Option<String>,
    /// Normalized body: header lines and boilerplate removed, paragraphs separated by one
    /// blank line, lines trimmed, `\n` line ends, Unicode NFC.
    pub text: String,
}

/// What one input yields.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// An article to extract facts from.
    Article(Article),
    /// A ready annotation in the interchange format (a `.json` file).
    Annotation(Box<Annotation>),
}

/// Why an input (or one line of it) was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    /// 1-based line number, where one applies.
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path, line, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// Reads one file's bytes. `path` is the path as given to ingest.
pub fn read(path: &str, bytes: &[u8]) -> Vec<Result<Input, Problem>> {
    let _ = bytes;
    vec![Err(Problem {
        path: path.to_string(),
        line: None,
        message: "reader not implemented yet".to_string(),
    })]
}
