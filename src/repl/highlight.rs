//! Colours for the line being edited: keywords, variables, names and IRIs, literals,
//! comments. ANSI codes only: the text keeps its width, as rustyline requires.

use crate::repl::lexer::{KEYWORDS, Kind, tokenize};

const KEYWORD: &str = "\x1b[1;34m";
const VARIABLE: &str = "\x1b[33m";
const NAME: &str = "\x1b[36m";
const LITERAL: &str = "\x1b[32m";
const COMMENT: &str = "\x1b[2m";
const COMMAND: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

/// `text` with ANSI colours around its tokens.
pub fn highlight(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    if text.trim_start().starts_with('.') {
        let end = text
            .trim_start()
            .find(char::is_whitespace)
            .map_or(text.len(), |i| i + text.len() - text.trim_start().len());
        out.push_str(COMMAND);
        out.push_str(&text[..end]);
        out.push_str(RESET);
        out.push_str(&text[end..]);
        return out;
    }
    for token in tokenize(text) {
        let colour = match token.kind {
            Kind::Word if is_keyword(token.text) => Some(KEYWORD),
            Kind::Variable => Some(VARIABLE),
            Kind::PrefixedName | Kind::Iri => Some(NAME),
            Kind::String { .. } | Kind::Number | Kind::LanguageTag => Some(LITERAL),
            Kind::Comment => Some(COMMENT),
            _ => None,
        };
        match colour {
            Some(colour) => {
                out.push_str(colour);
                out.push_str(token.text);
                out.push_str(RESET);
            }
            None => out.push_str(token.text),
        }
    }
    out
}

/// A hint, dimmed.
pub fn dim(text: &str) -> String {
    format!("{COMMENT}{text}{RESET}")
}

fn is_keyword(word: &str) -> bool {
    KEYWORDS
        .iter()
        .any(|k| k.split(' ').any(|part| part.eq_ignore_ascii_case(word)))
}

#[cfg(test)]
mod tests {
    use super::highlight;

    fn strip(text: &str) -> String {
        let mut out = String::new();
        let mut escape = false;
        for c in text.chars() {
            match (escape, c) {
                (false, '\x1b') => escape = true,
                (true, 'm') => escape = false,
                (true, _) => {}
                (false, c) => out.push(c),
            }
        }
        out
    }

    #[test]
    fn colours_change_nothing_but_colours() {
        for text in [
            "SELECT ?x WHERE { ?x a dip:Visit ; rdfs:label \"é\"@fr } # c",
            "  .format csv",
            ".stats",
            "'open",
        ] {
            let coloured = highlight(text);
            assert_eq!(strip(&coloured), text);
        }
        assert!(highlight("select").starts_with("\x1b[1;34m"));
        assert!(!highlight("selected").starts_with("\x1b["));
    }
}
