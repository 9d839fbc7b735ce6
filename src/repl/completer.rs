//! Tab completion and hints: SPARQL keywords, prefixes, ontology terms as prefixed names,
//! the query's own variables, dot-commands and their arguments (formats, saved queries,
//! terms, file paths). Hints show the comment of the term under the cursor.

use std::path::PathBuf;
use std::sync::Arc;

use rustyline::completion::{FilenameCompleter, Pair};

use crate::repl::command::{COMMANDS, Completes, find, format_names, split_words};
use crate::repl::lexer::{KEYWORDS, Kind, tokenize};
use crate::repl::saved;
use crate::repl::vocabulary::{Vocabulary, first_sentence};
use crate::vocab::PREFIXES;

/// What completion draws on; the session keeps it up to date.
#[derive(Clone)]
pub struct Catalog {
    pub vocabulary: Arc<Vocabulary>,
    /// Predeclared prefixes, then the user's (`.prefix`).
    pub prefixes: Vec<(String, String)>,
    /// Folder of saved queries.
    pub queries: PathBuf,
}

impl Catalog {
    pub fn new(vocabulary: Arc<Vocabulary>) -> Catalog {
        Catalog {
            vocabulary,
            prefixes: PREFIXES
                .iter()
                .map(|(p, i)| (p.to_string(), i.to_string()))
                .collect(),
            queries: PathBuf::from(saved::QUERIES_DIR),
        }
    }
}

/// Completes the word before `pos` in `buffer` (the whole input, all lines).
pub fn complete(buffer: &str, pos: usize, catalog: &Catalog) -> (usize, Vec<Pair>) {
    let pos = floor_boundary(buffer, pos);
    if buffer.trim_start().starts_with('.') {
        return complete_command(buffer, pos, catalog);
    }
    let start = word_start(buffer, pos);
    let word = &buffer[start..pos];
    if word.starts_with(['?', '$']) {
        return (start, variables(buffer, start, word));
    }
    if let Some((prefix, local)) = word.split_once(':') {
        let known = known_prefixes(buffer, catalog);
        if !known.iter().any(|(p, _)| p == prefix) {
            return (start, Vec::new());
        }
        return (start, terms(catalog, prefix, local));
    }
    if word.is_empty() {
        return (start, Vec::new());
    }
    let mut candidates = keywords(word);
    for (prefix, _) in known_prefixes(buffer, catalog) {
        if prefix.starts_with(word) {
            candidates.push(pair(&format!("{prefix}:")));
        }
    }
    (start, candidates)
}

/// A hint for the cursor at the end of `buffer`: the rest of the only term (or command)
/// the word can be, and that term's comment.
pub fn hint(buffer: &str, pos: usize, catalog: &Catalog) -> Option<Hint> {
    if pos != buffer.len() || buffer.is_empty() {
        return None;
    }
    if buffer.trim_start().starts_with('.') {
        let words = split_words(buffer);
        if words.len() != 1 || buffer.ends_with(char::is_whitespace) {
            return None;
        }
        let name = words[0].text.trim_start_matches('.');
        let matching: Vec<_> = COMMANDS
            .iter()
            .filter(|s| !name.is_empty() && s.name.starts_with(name))
            .collect();
        let [spec] = matching.as_slice() else {
            return None;
        };
        let rest = &spec.name[name.len()..];
        let usage = if spec.usage.is_empty() {
            String::new()
        } else {
            format!(" {}", spec.usage)
        };
        return Some(Hint {
            display: format!("{rest}{usage}  — {}", spec.summary),
            completion: (!rest.is_empty()).then(|| rest.to_string()),
        });
    }
    let start = word_start(buffer, pos);
    let word = &buffer[start..pos];
    let (_, local) = word.split_once(':')?;
    if local.is_empty() {
        return None;
    }
    let exact = catalog.vocabulary.get(word);
    let term = match exact {
        Some(term) => term,
        None => {
            let matching: Vec<_> = catalog
                .vocabulary
                .terms()
                .iter()
                .filter(|t| t.name.starts_with(word))
                .collect();
            match matching.as_slice() {
                [only] => *only,
                _ => return None,
            }
        }
    };
    let rest = term.name[word.len()..].to_string();
    let comment = term
        .comment
        .as_deref()
        .map(|c| format!("  — {}", first_sentence(c, 72)))
        .unwrap_or_default();
    if rest.is_empty() && comment.is_empty() {
        return None;
    }
    Some(Hint {
        display: format!("{rest}{comment}"),
        completion: (!rest.is_empty()).then_some(rest),
    })
}

/// A hint: what is shown after the cursor, and what the right arrow inserts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub display: String,
    pub completion: Option<String>,
}

impl rustyline::hint::Hint for Hint {
    fn display(&self) -> &str {
        &self.display
    }

    fn completion(&self) -> Option<&str> {
        self.completion.as_deref()
    }
}

fn complete_command(buffer: &str, pos: usize, catalog: &Catalog) -> (usize, Vec<Pair>) {
    let before = &buffer[..pos];
    let words = split_words(before);
    let at_new_word = before.is_empty() || before.ends_with(char::is_whitespace);
    let (index, start, word) = match words.last() {
        Some(last) if !at_new_word => (words.len() - 1, last.start, last.text.as_str()),
        _ => (words.len(), pos, ""),
    };
    if index == 0 {
        let typed = word.trim_start_matches('.').to_ascii_lowercase();
        let candidates = COMMANDS
            .iter()
            .filter(|s| s.name.starts_with(&typed))
            .map(|s| {
                let space = if s.usage.is_empty() { "" } else { " " };
                Pair {
                    display: format!(".{}", s.name),
                    replacement: format!(".{}{space}", s.name),
                }
            })
            .collect();
        return (start, candidates);
    }
    let Ok(spec) = find(words[0].text.trim_start_matches('.')) else {
        return (start, Vec::new());
    };
    let from = |names: Vec<String>| -> Vec<Pair> {
        names
            .iter()
            .filter(|n| n.to_lowercase().starts_with(&word.to_lowercase()))
            .map(|n| pair(n))
            .collect()
    };
    match spec.completes {
        Completes::Nothing => (start, Vec::new()),
        Completes::Commands if index == 1 => (
            start,
            from(COMMANDS.iter().map(|s| s.name.to_string()).collect()),
        ),
        Completes::Formats if index == 1 => (start, from(format_names())),
        Completes::OnOff if index == 1 => (start, from(vec!["on".into(), "off".into()])),
        Completes::Terms if index == 1 => (
            start,
            from(
                catalog
                    .vocabulary
                    .terms()
                    .iter()
                    .map(|t| t.name.clone())
                    .collect(),
            ),
        ),
        Completes::Files => paths(buffer, pos, start),
        Completes::SavedQueries if index == 1 => {
            let mut candidates = from(saved::names(&catalog.queries));
            if candidates.is_empty() {
                return paths(buffer, pos, start);
            }
            candidates.sort_by(|a, b| a.display.cmp(&b.display));
            (start, candidates)
        }
        Completes::SavedQueries if spec.name == "run" && !word.contains('=') => {
            let Ok(path) = saved::resolve(&catalog.queries, &words[1].text) else {
                return (start, Vec::new());
            };
            let text = std::fs::read_to_string(path).unwrap_or_default();
            let candidates = saved::variables(&text)
                .into_iter()
                .filter(|v| v.starts_with(word))
                .map(|v| Pair {
                    display: v.clone(),
                    replacement: format!("{v}="),
                })
                .collect();
            (start, candidates)
        }
        _ => (start, Vec::new()),
    }
}

fn paths(buffer: &str, pos: usize, start: usize) -> (usize, Vec<Pair>) {
    match FilenameCompleter::new().complete_path(buffer, pos) {
        Ok(completion) => completion,
        Err(_) => (start, Vec::new()),
    }
}

/// Variables of the buffer other than the one being typed, with the typed sigil.
fn variables(buffer: &str, start: usize, word: &str) -> Vec<Pair> {
    let sigil = &word[..1];
    let typed = &word[1..];
    let mut names: Vec<String> = Vec::new();
    for token in tokenize(buffer) {
        if token.kind != Kind::Variable || token.start == start {
            continue;
        }
        let name = &token.text[1..];
        if name.starts_with(typed) && name != typed && !names.iter().any(|n| n == name) {
            names.push(name.to_string());
        }
    }
    names.sort();
    names
        .into_iter()
        .map(|n| pair(&format!("{sigil}{n}")))
        .collect()
}

/// Ontology terms under `prefix` whose local name starts with `local` (case-sensitive first,
/// then ignoring case).
fn terms(catalog: &Catalog, prefix: &str, local: &str) -> Vec<Pair> {
    let namespace = format!("{prefix}:");
    let under: Vec<&str> = catalog
        .vocabulary
        .terms()
        .iter()
        .map(|t| t.name.as_str())
        .filter(|n| n.starts_with(&namespace))
        .collect();
    let typed = format!("{namespace}{local}");
    let exact: Vec<Pair> = under
        .iter()
        .filter(|n| n.starts_with(&typed))
        .map(|n| pair(n))
        .collect();
    if !exact.is_empty() {
        return exact;
    }
    let lower = typed.to_lowercase();
    under
        .iter()
        .filter(|n| n.to_lowercase().starts_with(&lower))
        .map(|n| pair(n))
        .collect()
}

/// Keywords starting with `word`, in the case the user types in.
fn keywords(word: &str) -> Vec<Pair> {
    let lower_typed = word.chars().all(|c| !c.is_uppercase());
    let word_lower = word.to_lowercase();
    KEYWORDS
        .iter()
        .filter(|k| k.to_lowercase().starts_with(&word_lower))
        .map(|k| {
            if lower_typed {
                pair(&k.to_lowercase())
            } else {
                pair(k)
            }
        })
        .collect()
}

/// The predeclared and user prefixes, and those the buffer declares with `PREFIX p: <…>`.
fn known_prefixes(buffer: &str, catalog: &Catalog) -> Vec<(String, String)> {
    let mut prefixes = catalog.prefixes.clone();
    let tokens: Vec<_> = tokenize(buffer)
        .into_iter()
        .filter(|t| t.is_significant())
        .collect();
    for window in tokens.windows(3) {
        if window[0].kind == Kind::Word
            && window[0].text.eq_ignore_ascii_case("PREFIX")
            && window[1].kind == Kind::PrefixedName
            && window[2].kind == Kind::Iri
        {
            let name = window[1].text.trim_end_matches(':').to_string();
            let iri = window[2].text.trim_matches(['<', '>']).to_string();
            prefixes.push((name, iri));
        }
    }
    prefixes
}

/// Start of the word ending at `pos`: names, prefixed names, variables.
fn word_start(buffer: &str, pos: usize) -> usize {
    let before = &buffer[..pos];
    let mut start = pos;
    for (i, c) in before.char_indices().rev() {
        let part = c.is_alphanumeric() || matches!(c, '_' | '-' | ':' | '.' | '\\' | '/' | '%');
        if part {
            start = i;
        } else if c == '?' || c == '$' {
            start = i;
            break;
        } else {
            break;
        }
    }
    // A dot before a word ends the previous triple; it is not part of the word.
    while buffer[start..pos].starts_with('.') {
        start += 1;
    }
    start
}

fn floor_boundary(text: &str, pos: usize) -> usize {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

fn pair(text: &str) -> Pair {
    Pair {
        display: text.to_string(),
        replacement: text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::{Catalog, complete, hint};
    use crate::repl::vocabulary::Vocabulary;

    fn catalog() -> Catalog {
        let dip = "https://w3id.org/entente/ontology#";
        let class = "http://www.w3.org/2002/07/owl#Class";
        let rows = [
            ("Visit", Some("An official travels to a country. More.")),
            ("Violation", None),
            ("Meeting", Some("Actors meet.")),
            ("agent", Some("Who acts.")),
        ]
        .map(|(local, comment)| {
            (
                format!("{dip}{local}"),
                class.to_string(),
                None,
                comment.map(str::to_string),
            )
        });
        Catalog::new(Arc::new(Vocabulary::from_rows(rows)))
    }

    fn replacements(buffer: &str) -> (usize, Vec<String>) {
        let (start, pairs) = complete(buffer, buffer.len(), &catalog());
        (start, pairs.into_iter().map(|p| p.replacement).collect())
    }

    #[test]
    fn prefixed_names_complete_to_ontology_terms() {
        assert_eq!(
            replacements("SELECT * { ?e a dip:Vi"),
            (16, vec!["dip:Violation".into(), "dip:Visit".into()])
        );
        assert_eq!(replacements("?e a dip:Vis").1, ["dip:Visit"]);
        assert_eq!(replacements("?e a dip:vis").1, ["dip:Visit"]);
        assert_eq!(replacements("?e dip:ag").1, ["dip:agent"]);
        assert!(replacements("?e a nope:Vi").1.is_empty());
        assert_eq!(replacements("{ ?x ?y ?z }.dip:Me").1, ["dip:Meeting"]);
    }

    #[test]
    fn keywords_and_prefixes_complete_in_the_case_typed() {
        let (_, words) = replacements("SEL");
        assert_eq!(words, ["SELECT"]);
        assert_eq!(replacements("sel").1, ["select"]);
        let (_, words) = replacements("SELECT * WHERE { ?s ?p ?o } ORD");
        assert_eq!(words, ["ORDER BY"]);
        assert!(replacements("di").1.contains(&"dip:".to_string()));
        assert!(replacements("di").1.contains(&"distinct".to_string()));
        assert!(replacements("SELECT * { ").1.is_empty());
    }

    #[test]
    fn variables_come_from_the_query() {
        assert_eq!(replacements("SELECT ?event ?e2 WHERE { ?ev").1, ["?event"]);
        assert_eq!(replacements("SELECT ?label { $l").1, ["$label"]);
    }

    #[test]
    fn declared_and_user_prefixes_count() {
        let mut catalog = catalog();
        catalog
            .prefixes
            .push(("ex".into(), "http://example.org/".into()));
        let (_, pairs) = complete("SELECT * { ?s e", 15, &catalog);
        assert!(pairs.iter().any(|p| p.replacement == "ex:"));
        let buffer = "PREFIX mine: <http://mine.org/> SELECT * { ?s mi";
        let (_, pairs) = complete(buffer, buffer.len(), &catalog);
        assert!(pairs.iter().any(|p| p.replacement == "mine:"));
    }

    #[test]
    fn dot_commands_and_their_arguments_complete() {
        assert_eq!(replacements(".sch"), (0, vec![".schema ".into()]));
        let (_, commands) = replacements(".");
        assert!(commands.len() > 15);
        assert_eq!(replacements(".format cs").1, ["csv"]);
        assert_eq!(replacements(".format ").1.len(), 10);
        assert_eq!(replacements(".timing o").1, ["on", "off"]);
        assert_eq!(
            replacements(".schema dip:Me"),
            (8, vec!["dip:Meeting".into()])
        );
        assert_eq!(replacements(".help ex").1, ["export", "explain"]);
        assert!(replacements(".stats ").1.is_empty());
        assert!(replacements(".nope x").1.is_empty());
    }

    #[test]
    fn files_saved_queries_and_their_parameters_complete() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("queries")).unwrap();
        std::fs::write(
            dir.path().join("queries/actor.rq"),
            "# One actor.\nSELECT ?date ?role WHERE { ?e dip:participant ?actor }",
        )
        .unwrap();
        std::fs::write(dir.path().join("article.txt"), "text").unwrap();
        let mut catalog = catalog();
        catalog.queries = dir.path().join("queries");
        let root = dir.path().display().to_string();

        let buffer = format!(".ingest {root}/art");
        let (start, pairs) = complete(&buffer, buffer.len(), &catalog);
        assert_eq!(start, 8);
        assert_eq!(pairs.len(), 1);
        assert!(
            pairs[0].replacement.ends_with("article.txt"),
            "{}",
            pairs[0].replacement
        );

        let (_, pairs) = complete(".run a", 6, &catalog);
        assert_eq!(
            pairs
                .iter()
                .map(|p| p.replacement.as_str())
                .collect::<Vec<_>>(),
            ["actor"]
        );
        let (start, pairs) = complete(".run actor ac", 13, &catalog);
        assert_eq!(start, 11);
        assert_eq!(
            pairs
                .iter()
                .map(|p| p.replacement.as_str())
                .collect::<Vec<_>>(),
            ["actor="]
        );
        assert!(complete(".run actor actor=x", 18, &catalog).1.is_empty());
    }

    #[test]
    fn hints_show_the_rest_and_the_comment() {
        let c = catalog();
        let h = hint("?e a dip:Vis", 12, &c).unwrap();
        assert_eq!(h.display, "it  — An official travels to a country.");
        assert_eq!(h.completion.as_deref(), Some("it"));
        let h = hint("?e a dip:Meeting", 16, &c).unwrap();
        assert_eq!(h.display, "  — Actors meet.");
        assert_eq!(h.completion, None);
        assert!(hint("?e a dip:Vi", 11, &c).is_none(), "two terms match");
        assert!(
            hint("?e a dip:Vis", 5, &c).is_none(),
            "cursor not at the end"
        );
        let h = hint(".expl", 5, &c).unwrap();
        assert!(h.display.starts_with("ain [analyze]  — "), "{}", h.display);
    }

    #[test]
    fn odd_input_never_panics() {
        let c = catalog();
        for text in [
            "",
            "é",
            "?",
            "$",
            ":",
            "..",
            ". ",
            "\"dip:V",
            "😀dip:",
            ".run \"",
            ".export '",
        ] {
            for pos in 0..=text.len() + 1 {
                let _ = complete(text, pos, &c);
                let _ = hint(text, pos, &c);
            }
        }
    }
}
