//! JSON Lines: one article per line (`title`, `text`, `published`, optional `author`
//! and `url`, or the keys common scrapers give them). Each line yields its own result with `source_path` `path:LINE`; blank
//! lines are skipped; a broken line is a problem for that line and the rest still load.

use serde_json::{Map, Value};

use crate::reader::body::finish_body;
use crate::reader::decode::{check_not_binary, invalid_utf8, split_lines};
use crate::reader::normalize::{normalize_chars, normalize_inline};
use crate::reader::published::parse_timestamp;
use crate::reader::{Article, Input, Problem, problem};

const BOM: &[u8] = b"\xef\xbb\xbf";

/// Reads every line of a JSON Lines file.
pub fn read_json_lines(path: &str, bytes: &[u8]) -> Vec<Result<Input, Problem>> {
    if let Err(refused) = check_not_binary(path, bytes) {
        return vec![Err(refused)];
    }
    let mut results = Vec::new();
    for (number, mut offset, mut line) in split_lines(bytes) {
        if number == 1 && line.starts_with(BOM) {
            line = &line[BOM.len()..];
            offset += BOM.len();
        }
        let text = match std::str::from_utf8(line) {
            Ok(text) => text,
            Err(error) => {
                results.push(Err(invalid_utf8(
                    path,
                    number,
                    offset + error.valid_up_to(),
                )));
                continue;
            }
        };
        if text.trim().is_empty() {
            continue;
        }
        let source_path = format!("{path}:{number}");
        let article =
            read_article(source_path, text).map_err(|message| problem(path, Some(number), message));
        results.push(article.map(Input::Article));
    }
    if results.is_empty() {
        results.push(Err(problem(path, None, "empty file")));
    }
    results
}

/// What serde_json says is wrong, without its position and in lower case.
pub fn describe_json_error(error: &serde_json::Error) -> String {
    let full = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    let what = full.strip_suffix(&position).unwrap_or(&full);
    match what.strip_prefix("EOF") {
        Some(rest) => format!("end of input{rest}"),
        None => what.to_string(),
    }
}

/// The keys each field is read from, the contract's own first, then those common
/// scrapers and feeds write ("headline", "body", "maintext", "datePublished",
/// "authors"); the first key present wins.
const TITLE_KEYS: &[&str] = &["title", "headline"];
const TEXT_KEYS: &[&str] = &[
    "text",
    "body",
    "content",
    "maintext",
    "articleBody",
    "article",
    "full_text",
];
const PUBLISHED_KEYS: &[&str] = &[
    "published",
    "date",
    "datePublished",
    "published_at",
    "publishedAt",
    "publish_date",
    "date_publish",
    "pubDate",
    "pub_date",
];
const AUTHOR_KEYS: &[&str] = &["author", "authors", "byline", "creator"];
const URL_KEYS: &[&str] = &["url", "link", "canonical_url"];

fn read_article(source_path: String, line: &str) -> Result<Article, String> {
    let value: Value = serde_json::from_str(line).map_err(|error| {
        format!(
            "invalid JSON: {} at column {}",
            describe_json_error(&error),
            error.column()
        )
    })?;
    let Value::Object(fields) = value else {
        return Err("expected a JSON object with `title` and `text`".to_string());
    };
    let title = normalize_inline(required(&fields, TITLE_KEYS)?);
    if title.is_empty() {
        return Err("empty `title`".to_string());
    }
    let text = finish_body(
        normalize_chars(required(&fields, TEXT_KEYS)?).split('\n'),
        &title,
    );
    if text.is_empty() {
        return Err("no body text in `text`".to_string());
    }
    let author = first_present(&fields, AUTHOR_KEYS)
        .and_then(author_names)
        .map(|author| {
            let author = normalize_inline(&author);
            match author.get(..3) {
                Some(by) if by.eq_ignore_ascii_case("by ") => author[3..].to_string(),
                _ => author,
            }
        });
    Ok(Article {
        source_path,
        title,
        author: author.filter(|author| !author.is_empty()),
        published: first_present(&fields, PUBLISHED_KEYS).and_then(timestamp),
        url: first_present(&fields, URL_KEYS)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|url| !url.is_empty())
            .map(String::from),
        text,
    })
}

/// The value of the first of `keys` the object has (not null).
fn first_present<'a>(fields: &'a Map<String, Value>, keys: &[&str]) -> Option<&'a Value> {
    keys.iter()
        .find_map(|key| fields.get(*key).filter(|value| !value.is_null()))
}

/// The string of the first of `keys` present; the error names the contract's key.
fn required<'a>(fields: &'a Map<String, Value>, keys: &[&str]) -> Result<&'a str, String> {
    let key = keys[0];
    match first_present(fields, keys) {
        Some(Value::String(value)) => Ok(value),
        None => Err(format!("missing `{key}`")),
        Some(_) => Err(format!("`{key}` is not a string")),
    }
}

/// An author as a string, a list of names ("A and B", "A, B and C"), or an object or
/// list of objects with a `name`.
fn author_names(value: &Value) -> Option<String> {
    let name = |value: &Value| match value {
        Value::String(name) => Some(name.trim().to_string()),
        Value::Object(fields) => fields.get("name")?.as_str().map(|n| n.trim().to_string()),
        _ => None,
    };
    match value {
        Value::Array(items) => {
            let names: Vec<String> = items
                .iter()
                .filter_map(name)
                .filter(|n| !n.is_empty())
                .collect();
            match names.split_last()? {
                (last, []) => Some(last.clone()),
                (last, rest) => Some(format!("{} and {last}", rest.join(", "))),
            }
        }
        other => name(other),
    }
}

/// A timestamp as text in any form a header has, or as seconds (or milliseconds) since
/// 1970 in UTC.
fn timestamp(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => parse_timestamp(text),
        Value::Number(number) => {
            let mut seconds = number.as_i64()?;
            if seconds.abs() >= 100_000_000_000 {
                seconds /= 1000;
            }
            let time = chrono::DateTime::from_timestamp(seconds, 0)?;
            Some(time.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::read_json_lines;
    use crate::reader::{Article, Input, Problem};

    fn split(results: Vec<Result<Input, Problem>>) -> (Vec<Article>, Vec<(Option<usize>, String)>) {
        let mut articles = Vec::new();
        let mut problems = Vec::new();
        for result in results {
            match result {
                Ok(Input::Article(article)) => articles.push(article),
                Ok(Input::Annotation(_)) => panic!("no annotation expected"),
                Err(problem) => problems.push((problem.line, problem.message)),
            }
        }
        (articles, problems)
    }

    #[test]
    fn a_broken_line_in_the_middle_does_not_stop_the_rest() {
        let file = concat!(
            "{\"title\": \"Envoys meet\", \"text\": \"They met.\\r\\n\\n\\nThey talked.\", \"published\": \"2026-03-04\", \"author\": \"By Ana Lima\", \"url\": \"https://example.org/1\"}\n",
            "\n",
            "{\"title\": \"Broken\", \"text\": \n",
            "{\"title\": \"Second\", \"text\": \"Body two.\", \"published\": \"4 March 2026, 10:00 UTC\"}\r\n",
            "[1, 2]\n",
            "{\"text\": \"No title.\"}\n",
            "{\"title\": \"T\", \"text\": 5}\n",
            "{\"title\": \"  \", \"text\": \"x\"}\n",
            "{\"title\": \"Title only\", \"text\": \"Title only\"}\n",
        );
        let (articles, problems) = split(read_json_lines("feed.jsonl", file.as_bytes()));
        assert_eq!(articles.len(), 2);
        assert_eq!(articles[0].source_path, "feed.jsonl:1");
        assert_eq!(articles[0].text, "They met.\n\nThey talked.");
        assert_eq!(articles[0].author.as_deref(), Some("Ana Lima"));
        assert_eq!(articles[0].url.as_deref(), Some("https://example.org/1"));
        assert_eq!(articles[1].source_path, "feed.jsonl:4");
        assert_eq!(
            articles[1].published.as_deref(),
            Some("2026-03-04T10:00:00Z")
        );
        assert_eq!(articles[1].author, None);
        let expected = [
            (
                Some(3),
                "invalid JSON: end of input while parsing a value at column 28",
            ),
            (Some(5), "expected a JSON object with `title` and `text`"),
            (Some(6), "missing `title`"),
            (Some(7), "`text` is not a string"),
            (Some(8), "empty `title`"),
            (Some(9), "no body text in `text`"),
        ];
        let expected: Vec<_> = expected.iter().map(|(l, m)| (*l, m.to_string())).collect();
        assert_eq!(problems, expected);
    }

    #[test]
    fn invalid_utf8_on_one_line_and_a_bom_on_the_first() {
        let mut file = b"\xef\xbb\xbf{\"title\": \"A\", \"text\": \"One.\"}\n".to_vec();
        file.extend_from_slice(b"{\"title\": \"B\xff\", \"text\": \"Two.\"}\n");
        let (articles, problems) = split(read_json_lines("feed.jsonl", &file));
        assert_eq!(articles.len(), 1);
        assert_eq!(
            problems,
            vec![(Some(2), "invalid UTF-8 at byte 47".to_string())]
        );
    }

    #[test]
    fn the_keys_common_scrapers_write() {
        let file = concat!(
            "{\"headline\": \"A\", \"body\": \"One.\", \"datePublished\": \"2027-02-08T09:30:00+01:00\", \"author\": {\"name\": \"Ana Lima\"}, \"link\": \"https://example.org/a\"}\n",
            "{\"title\": \"B\", \"maintext\": \"Two.\", \"date_publish\": \"2027-02-08 09:30:00\", \"authors\": [\"Ana Lima\", \"Rui Costa\", \"Jo Bell\"]}\n",
            "{\"title\": \"C\", \"content\": \"Three.\", \"published_at\": 1802079000, \"byline\": \"By Rui Costa\", \"date\": null}\n",
            "{\"title\": \"D\", \"text\": \"Four.\", \"body\": \"Not this.\", \"pubDate\": 1802079000000, \"authors\": []}\n",
        );
        let (articles, problems) = split(read_json_lines("feed.jsonl", file.as_bytes()));
        assert!(problems.is_empty(), "{problems:?}");
        let fields: Vec<_> = articles
            .iter()
            .map(|a| {
                (
                    a.title.as_str(),
                    a.text.as_str(),
                    a.author.as_deref(),
                    a.published.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            fields,
            [
                (
                    "A",
                    "One.",
                    Some("Ana Lima"),
                    Some("2027-02-08T09:30:00+01:00")
                ),
                (
                    "B",
                    "Two.",
                    Some("Ana Lima, Rui Costa and Jo Bell"),
                    Some("2027-02-08T09:30:00")
                ),
                (
                    "C",
                    "Three.",
                    Some("Rui Costa"),
                    Some("2027-02-08T09:30:00Z")
                ),
                ("D", "Four.", None, Some("2027-02-08T09:30:00Z")),
            ]
        );
        assert_eq!(articles[0].url.as_deref(), Some("https://example.org/a"));
    }

    #[test]
    fn blank_and_binary_files() {
        let (_, problems) = split(read_json_lines("feed.jsonl", b"\n  \n"));
        assert_eq!(problems, vec![(None, "empty file".to_string())]);
        let (_, problems) = split(read_json_lines("feed.jsonl", b"{\"title\": \0}"));
        assert_eq!(problems, vec![(None, "binary file, not text".to_string())]);
    }
}
