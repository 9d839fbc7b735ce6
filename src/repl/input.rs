//! When typed text is a whole statement: a dot-command is one line; a query runs when its
//! braces, brackets, parentheses and quotes are balanced and it ends with `;`, or when an
//! empty line is entered. The same rule splits piped scripts into statements.

use std::borrow::Cow;

use crate::repl::lexer::{Kind, Token, tokenize};

/// Whether `buffer` (everything typed so far, lines joined with `\n`) should run now.
///
/// `buffer` ends with the line just entered; an empty last line (after at least one
/// other) means "run it as it is", balanced or not.
pub fn is_complete(buffer: &str) -> bool {
    let trimmed = buffer.trim();
    if trimmed.is_empty() || trimmed.starts_with('.') {
        return true;
    }
    if buffer
        .rsplit_once('\n')
        .is_some_and(|(_, last)| last.trim().is_empty())
    {
        return true;
    }
    let tokens = tokenize(buffer);
    is_balanced(&tokens) && ends_with_semicolon(&tokens)
}

/// Whether the text holds anything to run (not only whitespace and comments).
pub fn has_statement(text: &str) -> bool {
    tokenize(text).iter().any(Token::is_significant)
}

/// The statement to parse: the text without its final `;` (a query may not end with one).
pub fn strip_final_semicolon(text: &str) -> &str {
    let tokens = tokenize(text);
    match tokens.iter().rev().find(|t| t.is_significant()) {
        Some(token) if token.kind == Kind::Punct(';') => &text[..token.start],
        _ => text,
    }
}

/// `ent:country/CAN` as tables show it, made valid SPARQL (`ent:country\/CAN`): a slash
/// right after an `ent:` name, followed by a name character, continues the local name.
/// `ent:` names minted resources, never properties, so no property path is taken for one.
pub fn escape_minted_names(text: &str) -> Cow<'_, str> {
    let mut out = String::new();
    let mut copied = 0;
    let mut resume = 0;
    for token in tokenize(text) {
        if token.start < resume
            || token.kind != Kind::PrefixedName
            || !token.text.starts_with("ent:")
        {
            continue;
        }
        let mut end = token.end();
        let mut pieces = Vec::new();
        while text[end..].starts_with('/') {
            let rest = &text[end + 1..];
            let run = rest
                .find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '%')))
                .unwrap_or(rest.len());
            let run = rest[..run].trim_end_matches('.').len();
            if run == 0 {
                break;
            }
            pieces.push(&rest[..run]);
            end += 1 + run;
        }
        if pieces.is_empty() {
            continue;
        }
        out.push_str(&text[copied..token.end()]);
        for piece in pieces {
            out.push_str("\\/");
            out.push_str(piece);
        }
        copied = end;
        resume = end;
    }
    if copied == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// Keywords that open an update rather than a query.
const UPDATE_KEYWORDS: &[&str] = &[
    "INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH",
];

/// Whether a statement is an update: its first keyword after the prologue says so.
pub fn is_update(text: &str) -> bool {
    let tokens: Vec<_> = tokenize(text)
        .into_iter()
        .filter(|t| t.is_significant())
        .collect();
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i];
        if token.kind == Kind::Word && token.text.eq_ignore_ascii_case("PREFIX") {
            i += 3;
        } else if token.kind == Kind::Word && token.text.eq_ignore_ascii_case("BASE") {
            i += 2;
        } else {
            return token.kind == Kind::Word
                && UPDATE_KEYWORDS
                    .iter()
                    .any(|k| k.eq_ignore_ascii_case(token.text));
        }
    }
    false
}

/// Splits a script into statements, each with the 1-based line it starts on.
pub struct Statements {
    buffer: String,
    first_line: usize,
    line: usize,
}

impl Statements {
    pub fn new() -> Statements {
        Statements {
            buffer: String::new(),
            first_line: 1,
            line: 0,
        }
    }

    /// Takes one line (without its line end); returns the statements it ends: usually
    /// none or one, two when a dot-command follows a query that lacked its `;`.
    pub fn push(&mut self, line: &str) -> Vec<(usize, String)> {
        self.line += 1;
        let mut done = Vec::new();
        let dot_command = line.trim_start().starts_with('.');
        if dot_command && is_balanced(&tokenize(&self.buffer)) {
            // No query goes on with a line starting with a dot outside braces.
            done.extend(self.take());
        }
        if !has_statement(&self.buffer) {
            self.buffer.clear();
            self.first_line = self.line;
            if line.trim().is_empty() {
                return done;
            }
            if dot_command {
                done.push((self.line, line.trim().to_string()));
                return done;
            }
        }
        if !self.buffer.is_empty() {
            self.buffer.push('\n');
        }
        self.buffer.push_str(line);
        if is_complete(&self.buffer) {
            done.extend(self.take());
        }
        done
    }

    /// What is left at the end of the input, if anything.
    pub fn finish(&mut self) -> Option<(usize, String)> {
        self.take()
    }

    fn take(&mut self) -> Option<(usize, String)> {
        let text = std::mem::take(&mut self.buffer);
        has_statement(&text).then(|| (self.first_line, text.trim_end().to_string()))
    }
}

impl Default for Statements {
    fn default() -> Statements {
        Statements::new()
    }
}

fn is_balanced(tokens: &[Token<'_>]) -> bool {
    let mut depth: i64 = 0;
    for token in tokens {
        match token.kind {
            Kind::Punct('{' | '[' | '(') => depth += 1,
            Kind::Punct('}' | ']' | ')') => depth -= 1,
            Kind::String { closed: false } => return false,
            _ => {}
        }
    }
    // More closing than opening is a syntax error to show, not a reason to wait.
    depth <= 0
}

fn ends_with_semicolon(tokens: &[Token<'_>]) -> bool {
    tokens
        .iter()
        .rev()
        .find(|t| t.is_significant())
        .is_some_and(|t| t.kind == Kind::Punct(';'))
}

#[cfg(test)]
mod tests {
    use super::{
        Statements, escape_minted_names, has_statement, is_complete, is_update,
        strip_final_semicolon,
    };

    #[test]
    fn a_query_waits_for_balance_and_a_semicolon() {
        assert!(!is_complete("SELECT * WHERE {"));
        assert!(!is_complete("SELECT * WHERE { ?s ?p ?o ;"));
        assert!(!is_complete("SELECT * WHERE { ?s ?p ?o }"));
        assert!(is_complete("SELECT * WHERE { ?s ?p ?o };"));
        assert!(is_complete("SELECT * WHERE {\n ?s ?p ?o\n} ; # done"));
        assert!(!is_complete("SELECT * WHERE { ?s ?p \"};"));
        assert!(!is_complete("SELECT * WHERE { ?s ?p '''};\n};"));
        assert!(!is_complete("SELECT * WHERE { ?s ?p ?o } # };"));
        assert!(is_complete(
            "SELECT * WHERE { ?s a <http://x.org/o#Visit> };"
        ));
    }

    #[test]
    fn an_empty_line_runs_what_was_typed() {
        assert!(is_complete("SELECT * WHERE { ?s ?p ?o }\n"));
        assert!(is_complete("SELECT * WHERE {\n   "));
        assert!(!is_complete("SELECT * WHERE {\n?s ?p ?o"));
    }

    #[test]
    fn dot_commands_and_empty_input_are_complete_at_once() {
        assert!(is_complete(".help"));
        assert!(is_complete("  .format csv"));
        assert!(is_complete(""));
        assert!(is_complete("  "));
    }

    #[test]
    fn the_final_semicolon_is_dropped() {
        assert_eq!(strip_final_semicolon("ASK {} ; # x"), "ASK {} ");
        assert_eq!(
            strip_final_semicolon("ASK { ?s ?p 'a;' }"),
            "ASK { ?s ?p 'a;' }"
        );
        assert!(!has_statement("# only a comment\n  "));
    }

    #[test]
    fn scripts_split_into_numbered_statements() {
        let script = "# a script\n.format csv\n\nSELECT ?s\nWHERE { ?s ?p ?o }\n\nASK {};\n.stats\nASK {}\n.graphs\nSELECT * {\n. }\n.quit";
        let mut statements = Statements::new();
        let mut out = Vec::new();
        for line in script.lines() {
            out.extend(statements.push(line));
        }
        out.extend(statements.finish());
        assert_eq!(
            out,
            [
                (2, ".format csv".to_string()),
                (4, "SELECT ?s\nWHERE { ?s ?p ?o }".to_string()),
                (7, "ASK {};".to_string()),
                (8, ".stats".to_string()),
                (9, "ASK {}".to_string()),
                (10, ".graphs".to_string()),
                (11, "SELECT * {\n. }".to_string()),
                (13, ".quit".to_string()),
            ]
        );
    }

    #[test]
    fn updates_are_told_from_queries_by_their_first_keyword() {
        assert!(is_update(
            "PREFIX ex: <http://e.org/> INSERT DATA { ex:a ex:b ex:c }"
        ));
        assert!(is_update("# note\ndelete where { ?s ?p ?o }"));
        assert!(is_update("BASE <http://e.org/> DROP ALL"));
        assert!(!is_update("SELECT * { ?s ?p ?o }"));
        assert!(!is_update("PREFIX insert: <http://e.org/> ASK {}"));
        assert!(!is_update(""));
    }

    #[test]
    fn minted_names_are_typed_as_tables_show_them() {
        assert_eq!(
            escape_minted_names(
                "ASK { ?e dip:target ent:country/JPN . ent:doc/2679534d78138d21 ?p ent:x }"
            ),
            "ASK { ?e dip:target ent:country\\/JPN . ent:doc\\/2679534d78138d21 ?p ent:x }"
        );
        assert_eq!(
            escape_minted_names("?e dip:agent/rdfs:label ?l . ?x ?y ent:person/xi-jinping."),
            "?e dip:agent/rdfs:label ?l . ?x ?y ent:person\\/xi-jinping."
        );
        let untouched = "SELECT * { ?s ?p \"ent:country/CAN\" } # ent:country/CAN";
        assert_eq!(escape_minted_names(untouched), untouched);
        assert_eq!(
            escape_minted_names("ent:country\\/CAN"),
            "ent:country\\/CAN"
        );
        assert_eq!(escape_minted_names("ent:a/ ent:b/"), "ent:a/ ent:b/");
    }
}
