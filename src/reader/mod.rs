//! Reading input files: detects the input form and turns raw bytes into articles.
//!
//! Pure: takes a path (for messages and `source_path`) and the file's bytes, returns
//! articles or problems as data. No I/O happens here.
//!
//! Forms: `.json` is an annotation, `.jsonl`/`.ndjson` is JSON Lines (one article per
//! line), text opening with `---` has front matter, any other text is a plain article
//! whose first line is the title (scraped pages included). Without a telling
//! extension, text opening with `{` is sniffed as JSON Lines or an annotation.

#[cfg(test)]
mod agency_headers_tests;
mod annotation_json;
mod body;
mod bylines;
mod dateline;
mod decode;
mod front_matter;
mod header;
#[cfg(test)]
mod header_shapes_tests;
mod jsonl;
mod masthead;
mod name_case;
mod navigation;
mod normalize;
mod published;
#[cfg(test)]
mod robustness_tests;
mod text;

use std::path::Path;

use serde_json::{Map, Value};

use crate::annotation::Annotation;
use crate::reader::annotation_json::read_annotation;
use crate::reader::decode::decode;
use crate::reader::front_matter::{read_front_matter, starts_with_front_matter};
use crate::reader::jsonl::read_json_lines;
use crate::reader::text::read_text;

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
///
/// One result per article: a single one for every form but JSON Lines, which yields
/// one per non-blank line. Never panics, whatever the bytes.
pub fn read(path: &str, bytes: &[u8]) -> Vec<Result<Input, Problem>> {
    match Form::detect(path, bytes) {
        Form::JsonLines => read_json_lines(path, bytes),
        Form::Annotation => {
            let annotation = decode(path, bytes).and_then(|text| read_annotation(path, text));
            vec![annotation.map(|annotation| Input::Annotation(Box::new(annotation)))]
        }
        Form::Text => {
            let article = decode(path, bytes).and_then(|text| {
                if starts_with_front_matter(text) {
                    read_front_matter(path, text)
                } else {
                    read_text(path, text)
                }
            });
            vec![article.map(Input::Article)]
        }
    }
}

/// A problem with `path`, at `line` when one applies.
pub(crate) fn problem(path: &str, line: Option<usize>, message: impl Into<String>) -> Problem {
    Problem {
        path: path.to_string(),
        line,
        message: message.into(),
    }
}

/// How a file is laid out, before its text is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Annotation,
    JsonLines,
    /// Plain text or front matter; told apart once decoded.
    Text,
}

impl Form {
    fn detect(path: &str, bytes: &[u8]) -> Form {
        let extension = Path::new(path)
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("jsonl" | "ndjson") => Form::JsonLines,
            Some("json") => Form::Annotation,
            _ => Form::sniff(bytes),
        }
    }

    /// Text opening with `{`: JSON Lines when the first line is a whole object that is
    /// not an annotation, an annotation otherwise.
    fn sniff(bytes: &[u8]) -> Form {
        let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
        let start = bytes
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(bytes.len());
        if bytes.get(start) != Some(&b'{') {
            return Form::Text;
        }
        let rest = &bytes[start..];
        let first_line = rest.split(|&b| b == b'\n').next().unwrap_or(rest);
        match serde_json::from_slice::<Map<String, Value>>(first_line) {
            Ok(fields) if !fields.contains_key("document") => Form::JsonLines,
            _ => Form::Annotation,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Form, Input, read};

    #[test]
    fn forms_are_detected_by_extension_then_content() {
        assert_eq!(Form::detect("a/b.JSONL", b""), Form::JsonLines);
        assert_eq!(Form::detect("a/b.json", b"Title"), Form::Annotation);
        assert_eq!(Form::detect("b.txt", b"Title\n\nBody."), Form::Text);
        assert_eq!(
            Form::detect("b", b" {\"title\": \"T\", \"text\": \"B\"}\n{}"),
            Form::JsonLines
        );
        assert_eq!(
            Form::detect("b", b"{\n  \"document\": {}\n}"),
            Form::Annotation
        );
        assert_eq!(Form::detect("b", b"{\"document\": {}}"), Form::Annotation);
    }

    #[test]
    fn each_form_reads_through_read() {
        let text = read("n.txt", "Title\r\nBy Ana Lima\r\n\r\nBody.".as_bytes());
        assert!(
            matches!(&text[..], [Ok(Input::Article(a))] if a.author.as_deref() == Some("Ana Lima"))
        );
        let front = read("n.md", b"---\ntitle: T\n---\nBody.");
        assert!(matches!(&front[..], [Ok(Input::Article(a))] if a.title == "T"));
        let lines = read(
            "n.jsonl",
            b"{\"title\": \"T\", \"text\": \"B\"}\n\n{\"title\": \"U\", \"text\": \"C\"}\n",
        );
        assert_eq!(lines.len(), 2);
        let json = r#"{"document": {"title": "T", "source_path": "x.txt", "text": "B"}}"#;
        let annotation = read("n.json", json.as_bytes());
        assert!(
            matches!(&annotation[..], [Ok(Input::Annotation(a))] if a.document.source_path == "x.txt")
        );
    }

    #[test]
    fn every_problem_kind_is_reported_with_the_path() {
        let cases: [(&str, &[u8], Option<usize>, &str); 7] = [
            ("e.txt", b"", None, "empty file"),
            ("e.txt", b" \n\t\n", None, "empty file"),
            ("e.json", b"   ", None, "empty file"),
            ("b.txt", b"Title\n\x00\x01", None, "binary file, not text"),
            (
                "u.txt",
                b"Title\nBody \xc3\x28",
                Some(2),
                "invalid UTF-8 at byte 12",
            ),
            (
                "t.txt",
                b"Only a title\n\n",
                Some(1),
                "title but no body text",
            ),
            (
                "f.md",
                b"---\ntitle: T\n",
                Some(1),
                "front matter is never closed by a `---` line",
            ),
        ];
        for (path, bytes, line, message) in cases {
            let results = read(path, bytes);
            let [Err(problem)] = &results[..] else {
                panic!("{path}: expected one problem, got {results:?}")
            };
            assert_eq!(
                (
                    problem.path.as_str(),
                    problem.line,
                    problem.message.as_str()
                ),
                (path, line, message)
            );
        }
        let shown = read("u.txt", b"T\n\xff").remove(0).unwrap_err().to_string();
        assert_eq!(shown, "u.txt:2: invalid UTF-8 at byte 3");
    }
}
