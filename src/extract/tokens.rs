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
    /// Every byte of the token is ASCII, as `tokenize` found.
    ascii: bool,
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

/// [`BYTE_KINDS`] bit: a lowercase ASCII letter.
const LOWER: u8 = 1;
/// [`BYTE_KINDS`] bit: an uppercase ASCII letter.
const UPPER: u8 = 1 << 1;
/// [`BYTE_KINDS`] bit: a byte of a character beyond ASCII.
const NOT_ASCII: u8 = 1 << 2;

/// What each byte value is, as `LOWER`, `UPPER` and `NOT_ASCII` bits: the bits of a
/// token's bytes, or-ed, tell its case and whether it is ASCII in one pass.
const BYTE_KINDS: [u8; 256] = {
    let mut kinds = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        kinds[b] = if b >= 0x80 {
            NOT_ASCII
        } else if (b as u8).is_ascii_lowercase() {
            LOWER
        } else if (b as u8).is_ascii_uppercase() {
            UPPER
        } else {
            0
        };
        b += 1;
    }
    kinds
};

/// [`case_of`] for an ASCII token whose bytes hold the [`BYTE_KINDS`] bits `held`: a
/// letter that is not uppercase is a lowercase one.
fn ascii_case(raw: &[u8], held: u8) -> u8 {
    let mut case = 0;
    if raw.first().is_some_and(u8::is_ascii_uppercase) {
        case |= CAPITALIZED;
    }
    if held & LOWER == 0 && held & UPPER != 0 {
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

    /// The token's text is ASCII, as noted by `tokenize`.
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    pub fn is_punct(&self, p: &str) -> bool {
        self.kind == TokenKind::Punct && self.lower == p
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Participles that make a compound with the name before them ("British-flagged",
/// "Saudi-led"), which is split off so the name is read as one. Not "Russian-backed":
/// those backed by a side are not that side.
const NAME_PARTICIPLES: [&str; 11] = [
    "flagged",
    "owned",
    "registered",
    "led",
    "based",
    "built",
    "made",
    "controlled",
    "held",
    "occupied",
    "operated",
];

/// Whether `rest` starts with one of [`NAME_PARTICIPLES`] as a whole word.
fn participle_after_name(rest: &str) -> bool {
    let word_end = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(rest.len(), |(k, _)| k);
    NAME_PARTICIPLES.contains(&&rest[..word_end])
}

/// A prefix joined to a title by a hyphen: "then-President", "ex-Minister".
fn title_prefix(word: &str) -> bool {
    word.eq_ignore_ascii_case("then") || word.eq_ignore_ascii_case("ex")
}

/// What a word does at a character that is not an ASCII letter or digit.
enum WordStep {
    /// It goes on from this byte.
    GoesOn(usize),
    /// It ends before this byte.
    Ends(usize),
}

/// Whether the word begun at byte `start` goes on at the character `ch` (`w` bytes wide)
/// at byte `i`: letters of other scripts and combining marks, a hyphen or `&` or an
/// apostrophe inside it, the stops of an initialism. Out of the scanning loop, which
/// then keeps to the common case.
#[inline(never)]
fn word_goes_on(
    text: &str,
    start: usize,
    i: usize,
    (ch, w): (char, usize),
    single_letters: &mut bool,
    segment_len: &mut usize,
) -> WordStep {
    if ch.is_alphanumeric() || !ch.is_ascii() && unicode_normalization::char::is_combining_mark(ch)
    {
        *segment_len += 1;
        return WordStep::GoesOn(i + w);
    }
    let next = char_at(text, i + w);
    let next_is_letter = next.is_some_and(|(n, _)| n.is_alphanumeric());
    if (ch == '-' || ch == '‑')
        && next.is_some_and(|(x, _)| x.is_uppercase())
        && title_prefix(&text[start..i])
    {
        return WordStep::Ends(i);
    }
    // "British-flagged", "Saudi-led": a name, then a participle of its own.
    if (ch == '-' || ch == '‑')
        && next_is_letter
        && char_at(text, start).is_some_and(|(f, _)| f.is_uppercase())
        && participle_after_name(&text[i + w..])
    {
        return WordStep::Ends(i);
    }
    if (ch == '-' || ch == '‑' || ch == '&') && next_is_letter {
        *single_letters = false;
        *segment_len = 0;
        return WordStep::GoesOn(i + w);
    }
    if is_apostrophe(ch) && next_is_letter {
        // "s" followed by a non-letter is a possessive, not part of the word.
        let possessive = next.is_some_and(|(n, nw)| {
            (n == 's' || n == 'S')
                && !char_at(text, i + w + nw).is_some_and(|(a, _)| a.is_alphanumeric())
        });
        if possessive {
            return WordStep::Ends(i);
        }
        *single_letters = false;
        *segment_len = 0;
        return WordStep::GoesOn(i + w);
    }
    if ch == '.' && *single_letters && *segment_len == 1 {
        // Initialism: U.S., H.E., U.S.A.
        let more = next.is_some_and(|(n, nw)| {
            n.is_alphabetic()
                && char_at(text, i + w + nw).is_some_and(|(x, _)| x == '.' || !x.is_alphanumeric())
        });
        if more {
            *segment_len = 0;
            return WordStep::GoesOn(i + w);
        }
        // Final stop of an initialism or of a capital initial ("F.").
        if char_before(text, i).is_some_and(char::is_uppercase) {
            return WordStep::Ends(i + w);
        }
    }
    WordStep::Ends(i)
}

/// Splits `text` into tokens.
///
/// One pass over the bytes, decoding a character only where it is not ASCII: positions
/// are byte offsets, and the character offsets of each token are counted on the way.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    tokenize_into(text, &mut tokens);
    tokens
}

/// [`tokenize`] into `tokens`, emptied first: a list kept from an earlier text is reused.
pub fn tokenize_into(text: &str, tokens: &mut Vec<Token>) {
    tokens.clear();
    // About one token in four characters of news text (words, spaces and punctuation):
    // room enough that the list is rarely copied as it grows.
    tokens.reserve(text.len() / 4 + 16);
    let n = text.len();
    let bytes = text.as_bytes();
    // Byte offset, and the number of characters before it.
    let mut i = 0;
    let mut ci = 0;
    let mut newlines = 2usize;
    while let Some((c, width)) = char_at(text, i) {
        // "then-President Halonen", "ex-President": the hyphen after the prefix joins
        // nothing; the title stands on its own.
        let after_prefix = (c == '-' || c == '‑')
            && tokens
                .last()
                .is_some_and(|t: &Token| t.end == i && title_prefix(&t.lower))
            && char_at(text, i + width).is_some_and(|(x, _)| x.is_uppercase());
        if c.is_whitespace() || after_prefix {
            if c == '\n' {
                newlines += 1;
            }
            i += width;
            ci += 1;
            continue;
        }
        let line_start = newlines > 0;
        let para_start = newlines > 1;
        newlines = 0;
        let start = i;
        let kind;
        if c.is_alphabetic() {
            kind = TokenKind::Word;
            i += width;
            let mut single_letters = true;
            let mut segment_len = 1;
            loop {
                // Most words are plain ASCII letters: those are taken a byte at a time,
                // without decoding a character or asking Unicode of it.
                let run = bytes.get(i..).map_or(0, |rest| {
                    rest.iter()
                        .position(|b| !b.is_ascii_alphanumeric())
                        .unwrap_or(rest.len())
                });
                segment_len += run;
                i += run;
                let Some((ch, w)) = char_at(text, i) else {
                    break;
                };
                // White space and most punctuation end a word right away (as the tests of
                // `word_goes_on` would find); it is asked of the rest.
                if ch.is_ascii() && !matches!(ch, '-' | '&' | '\'' | '.') {
                    break;
                }
                match word_goes_on(
                    text,
                    start,
                    i,
                    (ch, w),
                    &mut single_letters,
                    &mut segment_len,
                ) {
                    WordStep::GoesOn(at) => i = at,
                    WordStep::Ends(at) => {
                        i = at;
                        break;
                    }
                }
            }
        } else if c.is_ascii_digit() {
            kind = TokenKind::Number;
            i += width;
            while let Some(&b) = bytes.get(i) {
                if b.is_ascii_digit() {
                    i += 1;
                    continue;
                }
                let next_digit = bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
                if (b == b'.' || b == b',' || b == b':') && next_digit {
                    i += 1;
                    continue;
                }
                break;
            }
        } else if is_apostrophe(c)
            && !tokens.is_empty()
            && char_at(text, i + width).is_some_and(|(x, _)| x == 's' || x == 'S')
            && !char_at(text, i + width + 1).is_some_and(|(x, _)| x.is_alphanumeric())
            && i > 0
            && !char_before(text, i).is_some_and(char::is_whitespace)
        {
            kind = TokenKind::Possessive;
            i += width + 1;
        } else if is_apostrophe(c)
            && char_before(text, i).is_some_and(|x| x == 's' || x == 'S')
            && !char_at(text, i + width).is_some_and(|(x, _)| x.is_alphanumeric())
        {
            kind = TokenKind::Possessive;
            i += width;
        } else {
            kind = TokenKind::Punct;
            i += width;
        }
        let end = i.min(n);
        let raw = &text[start..end];
        // What the token's bytes hold, in one pass: lowercase or uppercase ASCII letters,
        // bytes of other characters.
        let held = raw
            .bytes()
            .fold(0u8, |held, b| held | BYTE_KINDS[usize::from(b)]);
        let ascii = held & NOT_ASCII == 0;
        let cstart = ci;
        ci += if ascii {
            raw.len()
        } else {
            raw.chars().count()
        };
        let case = if ascii {
            ascii_case(raw.as_bytes(), held)
        } else {
            case_of(raw)
        };
        tokens.push(Token {
            start,
            end,
            cstart,
            cend: ci,
            kind,
            lower: CompactString::const_new(""),
            line_start,
            para_start,
            word: crate::lexicon::UNSET_WORD,
            case,
            ascii,
        });
        // The lowercase form is written where the token lies, not built aside and moved:
        // a move reads back, whole, bytes just stored one by one, and the processor waits
        // for them.
        let Some(token) = tokens.last_mut() else {
            continue;
        };
        if ascii {
            token.lower.push_str(raw);
            if held & UPPER != 0 {
                token.lower.make_ascii_lowercase();
            }
        } else {
            let lower = raw.to_lowercase();
            token.lower = if lower.contains('’') {
                CompactString::from(lower.replace('’', "'"))
            } else {
                CompactString::from(lower)
            };
        }
    }
}

/// The character starting at byte `i` of `text` and its width in bytes (none at the end).
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// The character ending just before byte `i` of `text` (none at the start).
#[inline]
fn char_before(text: &str, i: usize) -> Option<char> {
    let bytes = text.as_bytes();
    let b = *bytes.get(i.checked_sub(1)?)?;
    if b.is_ascii() {
        return Some(char::from(b));
    }
    text.get(..i)?.chars().next_back()
}

#[cfg(test)]
mod tests {
    use super::{Token, TokenKind, tokenize};

    fn words(text: &str) -> Vec<String> {
        tokenize(text)
            .iter()
            .map(|t| t.text(text).to_string())
            .collect()
    }

    #[test]
    fn a_title_prefix_with_a_hyphen_is_a_word_of_its_own() {
        assert_eq!(
            words("then-President Halonen and ex-Minister Paz"),
            [
                "then",
                "President",
                "Halonen",
                "and",
                "ex",
                "Minister",
                "Paz"
            ]
        );
        // Other hyphenated words stay whole.
        assert_eq!(
            words("the then-current plan"),
            ["the", "then-current", "plan"]
        );
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
    fn notes_whether_each_token_is_ascii() {
        let text = "Élysée and the UN’s G7 — ok";
        let ascii: Vec<bool> = tokenize(text).iter().map(Token::is_ascii).collect();
        let expected: Vec<bool> = tokenize(text)
            .iter()
            .map(|t| t.text(text).is_ascii())
            .collect();
        assert_eq!(ascii, expected);
        assert_eq!(ascii.iter().filter(|&&a| !a).count(), 3);
    }

    #[test]
    fn a_name_before_a_participle_compound_is_its_own_word() {
        assert_eq!(
            words("a Liberian-flagged ship, the Saudi-led force, Russian-backed rebels"),
            [
                "a",
                "Liberian",
                "-",
                "flagged",
                "ship",
                ",",
                "the",
                "Saudi",
                "-",
                "led",
                "force",
                ",",
                "Russian-backed",
                "rebels"
            ]
        );
        // Lowercase compounds stay whole.
        assert_eq!(words("state-owned firms"), ["state-owned", "firms"]);
    }

    #[test]
    fn a_single_initial_keeps_its_stop() {
        assert_eq!(words("John F. Kennedy"), ["John", "F.", "Kennedy"]);
    }
}
