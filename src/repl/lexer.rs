//! A forgiving SPARQL tokenizer for the editor: splits any text (half-typed, unbalanced,
//! not SPARQL at all) into tokens with byte spans, for the completeness check, the
//! highlighter and the completer. It never fails and never panics; it does not validate.

/// SPARQL 1.1 keywords and functions, as written canonically.
pub const KEYWORDS: &[&str] = &[
    "a",
    "ABS",
    "ADD",
    "ALL",
    "AS",
    "ASC",
    "ASK",
    "AVG",
    "BASE",
    "BIND",
    "BNODE",
    "BOUND",
    "BY",
    "CEIL",
    "CLEAR",
    "COALESCE",
    "CONCAT",
    "CONSTRUCT",
    "CONTAINS",
    "COPY",
    "COUNT",
    "CREATE",
    "DATA",
    "DATATYPE",
    "DAY",
    "DEFAULT",
    "DELETE",
    "DESC",
    "DESCRIBE",
    "DISTINCT",
    "DROP",
    "ENCODE_FOR_URI",
    "EXISTS",
    "false",
    "FILTER",
    "FLOOR",
    "FROM",
    "GRAPH",
    "GROUP BY",
    "GROUP_CONCAT",
    "HAVING",
    "HOURS",
    "IF",
    "IN",
    "INSERT",
    "INTO",
    "IRI",
    "isBLANK",
    "isIRI",
    "isLITERAL",
    "isNUMERIC",
    "isURI",
    "LANG",
    "LANGMATCHES",
    "LCASE",
    "LIMIT",
    "LOAD",
    "MAX",
    "MD5",
    "MIN",
    "MINUS",
    "MINUTES",
    "MONTH",
    "MOVE",
    "NAMED",
    "NOT EXISTS",
    "NOT IN",
    "NOW",
    "OFFSET",
    "OPTIONAL",
    "ORDER BY",
    "PREFIX",
    "RAND",
    "REDUCED",
    "REGEX",
    "REPLACE",
    "ROUND",
    "sameTerm",
    "SAMPLE",
    "SECONDS",
    "SELECT",
    "SEPARATOR",
    "SERVICE",
    "SHA1",
    "SHA256",
    "SHA384",
    "SHA512",
    "SILENT",
    "STR",
    "STRAFTER",
    "STRBEFORE",
    "STRDT",
    "STRENDS",
    "STRLANG",
    "STRLEN",
    "STRSTARTS",
    "STRUUID",
    "SUBSTR",
    "SUM",
    "TIMEZONE",
    "TO",
    "true",
    "TZ",
    "UCASE",
    "UNDEF",
    "UNION",
    "URI",
    "USING",
    "UUID",
    "VALUES",
    "WHERE",
    "WITH",
    "YEAR",
];

/// What a token is, as far as the editor cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Whitespace,
    /// `# …` up to the end of the line (the newline excluded).
    Comment,
    /// `<…>` with no space or forbidden character inside.
    Iri,
    /// A quoted literal, `closed` when its closing quote was found.
    String {
        closed: bool,
    },
    /// `?name` or `$name`.
    Variable,
    /// `prefix:local`, `prefix:` or `:local`.
    PrefixedName,
    /// A bare word: keyword, function name, `a`, `true`.
    Word,
    Number,
    /// `@en` after a literal.
    LanguageTag,
    /// Any other single character: `{ } ( ) [ ] . ; , * = < …`.
    Punct(char),
}

/// One token: its kind and where it lies in the text (byte offsets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub kind: Kind,
    pub text: &'a str,
    pub start: usize,
}

impl Token<'_> {
    /// Byte offset just past the token.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// Whether the token carries meaning (not whitespace, not a comment).
    pub fn is_significant(&self) -> bool {
        !matches!(self.kind, Kind::Whitespace | Kind::Comment)
    }
}

/// Splits `text` into tokens covering it entirely, in order.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let rest = &text[start..];
        let (kind, len) = next_token(rest);
        // `next_token` always consumes at least one whole character.
        let len = len.max(rest.chars().next().map_or(1, char::len_utf8));
        tokens.push(Token {
            kind,
            text: &rest[..len],
            start,
        });
        start += len;
    }
    tokens
}

/// Whether `c` may appear in a variable or in a prefixed name's parts.
pub fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-' || c == '\u{B7}'
}

/// The kind and byte length of the token at the start of `rest` (non-empty).
fn next_token(rest: &str) -> (Kind, usize) {
    let mut chars = rest.char_indices();
    let Some((_, first)) = chars.next() else {
        return (Kind::Whitespace, 0);
    };
    if first.is_whitespace() {
        let len = rest
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(rest.len());
        return (Kind::Whitespace, len);
    }
    match first {
        '#' => (Kind::Comment, rest.find('\n').unwrap_or(rest.len())),
        '<' => match iri_length(rest) {
            Some(len) => (Kind::Iri, len),
            None => (Kind::Punct('<'), 1),
        },
        '"' | '\'' => string_token(rest, first),
        '?' | '$' => {
            let len = name_length(&rest[1..]);
            if len == 0 {
                (Kind::Punct(first), 1)
            } else {
                (Kind::Variable, 1 + len)
            }
        }
        '@' => {
            let len = rest[1..]
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .unwrap_or(rest.len() - 1);
            if len == 0 {
                (Kind::Punct('@'), 1)
            } else {
                (Kind::LanguageTag, 1 + len)
            }
        }
        c if c.is_ascii_digit() => (Kind::Number, number_length(rest)),
        c if c.is_alphabetic() || c == '_' || c == ':' => word_token(rest),
        c => (Kind::Punct(c), c.len_utf8()),
    }
}

/// Length of `<…>` when it is an IRI: no whitespace nor `<"{}|^`\` before the `>`.
fn iri_length(rest: &str) -> Option<usize> {
    for (i, c) in rest.char_indices().skip(1) {
        match c {
            '>' => return Some(i + 1),
            '<' | '"' | '{' | '}' | '|' | '^' | '`' | '\\' => return None,
            c if c.is_whitespace() => return None,
            _ => {}
        }
    }
    None
}

/// A string literal in single, double or triple quotes, backslash escapes honoured.
fn string_token(rest: &str, quote: char) -> (Kind, usize) {
    let triple: String = std::iter::repeat_n(quote, 3).collect();
    let (open, long) = if rest.starts_with(&triple) {
        (3, true)
    } else {
        (1, false)
    };
    let mut escaped = false;
    let body = &rest[open..];
    for (i, c) in body.char_indices() {
        if escaped {
            escaped = false;
            continue;
        }
        match c {
            '\\' => escaped = true,
            '\n' if !long => {
                // A short string cannot span lines: it ends, unclosed, here.
                return (Kind::String { closed: false }, open + i);
            }
            c if c == quote => {
                if !long {
                    return (Kind::String { closed: true }, open + i + 1);
                }
                if body[i..].starts_with(&triple) {
                    return (Kind::String { closed: true }, open + i + 3);
                }
            }
            _ => {}
        }
    }
    (Kind::String { closed: false }, rest.len())
}

/// Length of a run of name characters (with `\x` escapes) at the start of `rest`.
fn name_length(rest: &str) -> usize {
    let mut len = 0;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_name_char(c) || c == '.' || c == '%' {
            len = i + c.len_utf8();
        } else if c == '\\' {
            match chars.next() {
                Some((j, escaped)) => len = j + escaped.len_utf8(),
                None => {
                    len = i + 1;
                    break;
                }
            }
        } else {
            break;
        }
    }
    // A name never ends with a dot: that dot ends the triple.
    while len > 0 && rest[..len].ends_with('.') && !rest[..len].ends_with("\\.") {
        len -= 1;
    }
    len
}

/// A bare word or a prefixed name.
fn word_token(rest: &str) -> (Kind, usize) {
    let mut len = 0;
    let mut colon = false;
    loop {
        let tail = &rest[len..];
        let run = name_length(tail);
        len += run;
        if !colon && rest[len..].starts_with(':') {
            colon = true;
            len += 1;
            continue;
        }
        break;
    }
    if colon {
        (Kind::PrefixedName, len)
    } else {
        (Kind::Word, len.max(1))
    }
}

/// Digits, an optional fraction and exponent.
fn number_length(rest: &str) -> usize {
    let bytes = rest.as_bytes();
    let mut i = 0;
    let digits = |i: &mut usize| {
        while *i < bytes.len() && bytes[*i].is_ascii_digit() {
            *i += 1;
        }
    };
    digits(&mut i);
    if i + 1 < bytes.len() && bytes[i] == b'.' && bytes[i + 1].is_ascii_digit() {
        i += 1;
        digits(&mut i);
    }
    if i < bytes.len() && (bytes[i] == b'e' || bytes[i] == b'E') {
        let mut j = i + 1;
        if j < bytes.len() && (bytes[j] == b'+' || bytes[j] == b'-') {
            j += 1;
        }
        if j < bytes.len() && bytes[j].is_ascii_digit() {
            i = j;
            digits(&mut i);
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::{Kind, tokenize};

    fn kinds(text: &str) -> Vec<(Kind, &str)> {
        tokenize(text)
            .into_iter()
            .filter(|t| t.is_significant())
            .map(|t| (t.kind, t.text))
            .collect()
    }

    #[test]
    fn splits_a_query_into_its_parts() {
        assert_eq!(
            kinds("SELECT ?e WHERE { ?e a dip:Visit. } # note"),
            [
                (Kind::Word, "SELECT"),
                (Kind::Variable, "?e"),
                (Kind::Word, "WHERE"),
                (Kind::Punct('{'), "{"),
                (Kind::Variable, "?e"),
                (Kind::Word, "a"),
                (Kind::PrefixedName, "dip:Visit"),
                (Kind::Punct('.'), "."),
                (Kind::Punct('}'), "}"),
            ]
        );
    }

    #[test]
    fn iris_strings_and_comparisons_are_told_apart() {
        assert_eq!(
            kinds("<http://x.org/a#b> \"a } b\" ?x < 3"),
            [
                (Kind::Iri, "<http://x.org/a#b>"),
                (Kind::String { closed: true }, "\"a } b\""),
                (Kind::Variable, "?x"),
                (Kind::Punct('<'), "<"),
                (Kind::Number, "3"),
            ]
        );
        assert_eq!(
            kinds("'''one\n'two'\nthree''' 'open"),
            [
                (Kind::String { closed: true }, "'''one\n'two'\nthree'''"),
                (Kind::String { closed: false }, "'open"),
            ]
        );
        assert_eq!(
            kinds("\"esc \\\" q\"@en"),
            [
                (Kind::String { closed: true }, "\"esc \\\" q\""),
                (Kind::LanguageTag, "@en"),
            ]
        );
    }

    #[test]
    fn prefixed_names_keep_escapes_and_drop_a_final_dot() {
        assert_eq!(
            kinds("ent:country\\/CAN. dip: :x"),
            [
                (Kind::PrefixedName, "ent:country\\/CAN"),
                (Kind::Punct('.'), "."),
                (Kind::PrefixedName, "dip:"),
                (Kind::PrefixedName, ":x"),
            ]
        );
    }

    #[test]
    fn any_text_is_covered_without_panicking() {
        for text in [
            "",
            "?",
            "\\",
            "\"\\",
            "<",
            "é€😀 ?é :",
            "1.e",
            "'''",
            "@",
            "a:\\",
        ] {
            let tokens = tokenize(text);
            let joined: String = tokens.iter().map(|t| t.text).collect();
            assert_eq!(joined, text);
        }
    }
}
