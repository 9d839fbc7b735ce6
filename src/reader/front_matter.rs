//! Articles with front matter: a `---` line, `key: value` lines (`title`, `author`,
//! `published`, `url` and a few aliases; values may be quoted), a closing `---`, then
//! the body.

use crate::reader::body::finish_body;
use crate::reader::normalize::{normalize_chars, normalize_inline};
use crate::reader::published::parse_timestamp;
use crate::reader::{Article, Problem, problem};

const FENCE: &str = "---";
const TITLE_KEYS: &[&str] = &["title", "headline"];
const AUTHOR_KEYS: &[&str] = &["author", "authors", "byline"];
const PUBLISHED_KEYS: &[&str] = &[
    "published",
    "date",
    "published_at",
    "publish_date",
    "pubdate",
];
const UPDATED_KEYS: &[&str] = &["updated", "modified", "updated_at", "last_modified"];
const URL_KEYS: &[&str] = &["url", "link", "canonical_url", "source_url"];

/// Whether the text opens with a front matter fence.
pub fn starts_with_front_matter(text: &str) -> bool {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.lines()
        .next()
        .is_some_and(|line| line.trim_end() == FENCE)
}

/// Reads an article with front matter from its decoded text.
pub fn read_front_matter(path: &str, text: &str) -> Result<Article, Problem> {
    let normalized = normalize_chars(text);
    let lines: Vec<&str> = normalized.split('\n').map(str::trim).collect();
    let Some(close) = lines
        .iter()
        .skip(1)
        .position(|line| *line == FENCE || *line == "...")
    else {
        return Err(problem(
            path,
            Some(1),
            "front matter is never closed by a `---` line",
        ));
    };
    let close = close + 1;
    let fields = &lines[1..close];
    let body = &lines[close + 1..];

    let value_of = |keys: &[&str]| -> Option<String> {
        fields.iter().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            let key = key.trim();
            keys.iter()
                .any(|k| key.eq_ignore_ascii_case(k))
                .then(|| normalize_inline(&unquote_list(value.trim())))
                .filter(|value| !value.is_empty())
        })
    };
    let Some(title) = value_of(TITLE_KEYS) else {
        return Err(problem(path, Some(1), "front matter has no title"));
    };
    let published = value_of(PUBLISHED_KEYS)
        .and_then(|value| parse_timestamp(&value))
        .or_else(|| value_of(UPDATED_KEYS).and_then(|value| parse_timestamp(&value)));
    let text = finish_body(body.iter().copied(), &title);
    if text.is_empty() {
        return Err(problem(
            path,
            Some(close + 2),
            "no body text after the front matter",
        ));
    }
    Ok(Article {
        source_path: path.to_string(),
        title,
        author: value_of(AUTHOR_KEYS),
        published,
        url: value_of(URL_KEYS),
        text,
    })
}

/// A scalar value without its quotes, or the items of a flow list (`[A, "B"]`) joined
/// with ", ".
fn unquote_list(value: &str) -> String {
    match value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
        Some(items) => items
            .split(',')
            .map(|item| unquote(item.trim()))
            .filter(|item| !item.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        None => unquote(value),
    }
}

/// `"a \"b\""` → `a "b"`, `'it''s'` → `it's`, anything else as it is.
fn unquote(value: &str) -> String {
    if value.len() >= 2 && value.starts_with('"') && value.ends_with('"') {
        let mut out = String::with_capacity(value.len());
        let mut chars = value[1..value.len() - 1].chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('n' | 't') => out.push(' '),
                Some(escaped) => out.push(escaped),
                None => out.push('\\'),
            }
        }
        out
    } else if value.len() >= 2 && value.starts_with('\'') && value.ends_with('\'') {
        value[1..value.len() - 1].replace("''", "'")
    } else {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::{read_front_matter, starts_with_front_matter};

    const ARTICLE: &str = "---\r\ntitle: \"Envoys meet in Vaduz: \\\"a new page\\\"\"\r\nauthor: 'Anna O''Neill'\r\n\
                           published: 2026-02-11T13:45:00Z\r\nurl: https://example.org/vaduz\r\ntags: [a, b]\r\n---\r\n\r\n\
                           VADUZ — The envoys met.\r\n\r\n\r\nThey will meet again.\r\n";

    #[test]
    fn fields_and_body_are_read() {
        assert!(starts_with_front_matter(ARTICLE));
        let read = read_front_matter("fm.md", ARTICLE).unwrap();
        assert_eq!(read.title, "Envoys meet in Vaduz: \"a new page\"");
        assert_eq!(read.author.as_deref(), Some("Anna O'Neill"));
        assert_eq!(read.published.as_deref(), Some("2026-02-11T13:45:00Z"));
        assert_eq!(read.url.as_deref(), Some("https://example.org/vaduz"));
        assert_eq!(
            read.text,
            "VADUZ — The envoys met.\n\nThey will meet again."
        );
    }

    #[test]
    fn unquoted_values_lists_and_human_dates() {
        let text = "---\ntitle:   Plain title  \nauthors: [\"Ana Lima\", Rui Costa]\ndate: 4 March 2026\n---\nBody.\nENDS";
        let read = read_front_matter("fm.md", text).unwrap();
        assert_eq!(read.title, "Plain title");
        assert_eq!(read.author.as_deref(), Some("Ana Lima, Rui Costa"));
        assert_eq!(read.published.as_deref(), Some("2026-03-04"));
        assert_eq!(read.text, "Body.");
    }

    #[test]
    fn missing_pieces_are_problems_or_none() {
        let unclosed = read_front_matter("fm.md", "---\ntitle: T\nBody.").unwrap_err();
        assert_eq!(
            (unclosed.line, unclosed.message.as_str()),
            (Some(1), "front matter is never closed by a `---` line")
        );
        let untitled = read_front_matter("fm.md", "---\nauthor: X\n---\nBody.").unwrap_err();
        assert_eq!(untitled.message, "front matter has no title");
        let bodiless = read_front_matter("fm.md", "---\ntitle: T\n---\n\nT\n").unwrap_err();
        assert_eq!(
            (bodiless.line, bodiless.message.as_str()),
            (Some(4), "no body text after the front matter")
        );
        let undated =
            read_front_matter("fm.md", "---\ntitle: T\npublished: someday\n---\nBody.").unwrap();
        assert_eq!(
            (undated.author, undated.published, undated.url),
            (None, None, None)
        );
    }
}
