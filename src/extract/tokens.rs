//! Tokens: splits text into words, numbers and punctuation with byte and character offsets.
//!
//! One pass over the characters; initialisms keep their stops ("U.S."), decimals and
//! thousands stay whole ("23.4", "1,400"), possessive endings become their own token.

use compact_str::CompactString;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    /// `'s` / `’s` or a bare `'` after a plural.
    Possessive,
}

/// One token of a text.
#[derive(Debug, Clone)]
pub struct Token {
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    /// Character range in the text.
    pub cstart: usize,
    pub cend: usize,
    pub kind: TokenKind,
    /// Lowercase form with curly apostrophes straightened (held inline when short, as
    /// nearly every word is: no allocation per token).
    pub lower: CompactString,
    /// True after a line break (or at the start of the text).
    pub line_start: bool,
    /// True after a blank line (or at the start of the text).
    pub para_start: bool,
    /// Number of the lowercase form in the lexicons' vocabulary (`lexicon::NO_WORD` when
    /// unlisted), set by `Doc::new`; `lexicon::UNSET_WORD` until then.
    pub word: u32,
    /// Case of the token as written (`CAPITALIZED`, `ALL_CAPS` bits), found once by
    /// `tokenize`: extraction asks it of the same token many times.
    case: u8,
}

/// `Token::case` bit: the first character is uppercase.
const CAPITALIZED: u8 = 1;
/// `Token::case` bit: every letter is uppercase, and there is at least one.
const ALL_CAPS: u8 = 1 << 1;

/// The `Token::case` bits of a token's text.
fn case_of(raw: &str) -> u8 {
    let mut case = 0;
    if raw.chars().next().is_some_and(char::is_uppercase) {
        case |= CAPITALIZED;
    }
    let mut letters = false;
    for c in raw.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return case;
            }
            letters = true;
        }
    }
    if letters {
        case |= ALL_CAPS;
    }
    case
}

impl Token {
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.start..self.end]
    }

    /// Starts with an uppercase letter (`source`: the text the token was cut from, whose
    /// case `tokenize` already noted).
    #[inline]
    pub fn is_capitalized(&self, _source: &str) -> bool {
        self.case & CAPITALIZED != 0
    }

    /// Every letter is uppercase (and there is at least one), as noted by `tokenize`.
    #[inline]
    pub fn is_all_caps(&self, _source: &str) -> bool {
        self.case & ALL_CAPS != 0
    }

    pub fn is_punct(&self, p: &str) -> bool {
        self.kind == TokenKind::Punct && self.lower == p
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    if text.is_ascii() {
        tokenize_chars(text, &AsciiChars(text.as_bytes()))
    } else {
        tokenize_chars(text, &DecodedChars(text.char_indices().collect()))
    }
}

/// `tokenize` over one way of reading the characters (compiled once for each).
fn tokenize_chars(text: &str, chars: &impl Chars) -> Vec<Token> {
    // About one token in four characters of news text (words, spaces and punctuation):
    // room enough that the list is rarely copied as it grows.
    let mut tokens = Vec::with_capacity(chars.len() / 4 + 16);
    let mut i = 0;
    let mut newlines = 2usize;
    while i < chars.len() {
        let (byte, c) = chars.at(i);
        if c.is_whitespace() {
            if c == '\n' {
                newlines += 1;
            }
            i += 1;
            continue;
        }
        let line_start = newlines > 0;
        let para_start = newlines > 1;
        newlines = 0;
        let start_index = i;
        let kind;
        if c.is_alphabetic() {
            kind = TokenKind::Word;
            i += 1;
            let mut single_letters = true;
            let mut segment_len = 1;
            while i < chars.len() {
                let ch = chars.at(i).1;
                if ch.is_alphanumeric()
                    || !ch.is_ascii() && unicode_normalization::char::is_combining_mark(ch)
                {
                    segment_len += 1;
                    i += 1;
                    continue;
                }
                let next = chars.get(i + 1).map(|x| x.1);
                let next_is_letter = next.is_some_and(|n| n.is_alphanumeric());
                if (ch == '-' || ch == '‑' || ch == '&') && next_is_letter {
                    single_letters = false;
                    segment_len = 0;
                    i += 1;
                    continue;
                }
                if is_apostrophe(ch) && next_is_letter {
                    // "s" followed by a non-letter is a possessive, not part of the word.
                    let after = chars.get(i + 2).map(|x| x.1);
                    let possessive = matches!(next, Some('s') | Some('S'))
                        && !after.is_some_and(|a| a.is_alphanumeric());
                    if possessive {
                        break;
                    }
                    single_letters = false;
                    segment_len = 0;
                    i += 1;
                    continue;
                }
                if ch == '.' && single_letters && segment_len == 1 {
                    // Initialism: U.S., H.E., U.S.A.
                    let more = next.is_some_and(|n| n.is_alphabetic())
                        && chars
                            .get(i + 2)
                            .is_some_and(|x| x.1 == '.' || !x.1.is_alphanumeric());
                    if more {
                        i += 1;
                        segment_len = 0;
                        continue;
                    }
                    // Final stop of an initialism or of a capital initial ("F.").
                    if chars.at(i - 1).1.is_uppercase() {
                        i += 1;
                    }
                    break;
                }
                break;
            }
        } else if c.is_ascii_digit() {
            kind = TokenKind::Number;
            i += 1;
            while i < chars.len() {
                let ch = chars.at(i).1;
                if ch.is_ascii_digit() {
                    i += 1;
                    continue;
                }
                let next_digit = chars.get(i + 1).is_some_and(|x| x.1.is_ascii_digit());
                if (ch == '.' || ch == ',' || ch == ':') && next_digit {
                    i += 1;
                    continue;
                }
                break;
            }
        } else if is_apostrophe(c)
            && !tokens.is_empty()
            && chars.get(i + 1).is_some_and(|x| x.1 == 's' || x.1 == 'S')
            && !chars.get(i + 2).is_some_and(|x| x.1.is_alphanumeric())
            && i > 0
            && !chars.at(i - 1).1.is_whitespace()
        {
            kind = TokenKind::Possessive;
            i += 2;
        } else if is_apostrophe(c)
            && i > 0
            && (chars.at(i - 1).1 == 's' || chars.at(i - 1).1 == 'S')
            && !chars.get(i + 1).is_some_and(|x| x.1.is_alphanumeric())
        {
            kind = TokenKind::Possessive;
            i += 1;
        } else {
            kind = TokenKind::Punct;
            i += 1;
        }
        let end = chars.get(i).map_or(text.len(), |x| x.0);
        let raw = &text[byte..end];
        let lower = if raw.is_ascii() {
            let mut lower = CompactString::from(raw);
            lower.make_ascii_lowercase();
            lower
        } else {
            let lower = raw.to_lowercase();
            if lower.contains('’') {
                CompactString::from(lower.replace('’', "'"))
            } else {
                CompactString::from(lower)
            }
        };
        tokens.push(Token {
            start: byte,
            end,
            cstart: start_index,
            cend: i,
            kind,
            lower,
            line_start,
            para_start,
            word: crate::lexicon::UNSET_WORD,
            case: case_of(raw),
        });
    }
    tokens
}

/// The characters of a text by index, with their byte offsets.
trait Chars {
    fn len(&self) -> usize;

    /// Byte offset and character at index `i`, if any.
    fn get(&self, i: usize) -> Option<(usize, char)>;

    /// Byte offset and character at index `i`, which must exist.
    fn at(&self, i: usize) -> (usize, char) {
        self.get(i).unwrap_or((usize::MAX, '\0'))
    }
}

/// ASCII text, read in place (character index = byte offset).
struct AsciiChars<'a>(&'a [u8]);

impl Chars for AsciiChars<'_> {
    fn len(&self) -> usize {
        self.0.len()
    }

    fn get(&self, i: usize) -> Option<(usize, char)> {
        self.0.get(i).map(|&b| (i, char::from(b)))
    }
}

/// Other text, decoded once.
struct DecodedChars(Vec<(usize, char)>);

impl Chars for DecodedChars {
    fn len(&self) -> usize {
        self.0.len()
    }

    fn get(&self, i: usize) -> Option<(usize, char)> {
        self.0.get(i).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::{TokenKind, tokenize};

    fn words(text: &str) -> Vec<String> {
        tokenize(text)
            .iter()
            .map(|t| t.text(text).to_string())
            .collect()
    }

    #[test]
    fn keeps_initialisms_decimals_and_possessives() {
        assert_eq!(
            words("The U.S. bought 23.4% of Peru’s 1,400 goods."),
            [
                "The", "U.S.", "bought", "23.4", "%", "of", "Peru", "’s", "1,400", "goods", "."
            ]
        );
        assert_eq!(words("H.E. Jane Doe-Smith"), ["H.E.", "Jane", "Doe-Smith"]);
        assert_eq!(words("the allies' talks"), ["the", "allies", "'", "talks"]);
        assert_eq!(words("Côte d’Ivoire"), ["Côte", "d’Ivoire"]);
    }

    #[test]
    fn records_offsets_in_characters() {
        let text = "Réunion — Paris";
        let tokens = tokenize(text);
        assert_eq!(tokens[2].cstart, 10);
        assert_eq!(tokens[2].cend, 15);
        assert_eq!(tokens[0].kind, TokenKind::Word);
        assert!(tokens[0].para_start);
    }

    #[test]
    fn notes_the_case_of_each_token() {
        let text = "NATO and Élysée met the UN’s G7 in 2024 — ÖVP";
        let tokens = tokenize(text);
        let case = |word: &str| {
            let t = tokens.iter().find(|t| t.text(text) == word).unwrap();
            (t.is_capitalized(text), t.is_all_caps(text))
        };
        assert_eq!(case("NATO"), (true, true));
        assert_eq!(case("and"), (false, false));
        assert_eq!(case("Élysée"), (true, false));
        assert_eq!(case("UN"), (true, true));
        assert_eq!(case("G7"), (true, true));
        assert_eq!(case("2024"), (false, false));
        assert_eq!(case("—"), (false, false));
        assert_eq!(case("ÖVP"), (true, true));
    }

    #[test]
    fn a_single_initial_keeps_its_stop() {
        assert_eq!(words("John F. Kennedy"), ["John", "F.", "Kennedy"]);
    }
}
