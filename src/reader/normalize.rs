//! Text normalization: the contract of `dip:text` (Unicode NFC, `\n` line ends, trimmed
//! lines, exactly one blank line between paragraphs, no control characters) and its
//! one-line variant for metadata values such as titles and authors.

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Cleans characters without touching the line structure: a leading BOM is dropped,
/// `\r\n`, `\r`, U+2028 and U+2029 become `\n`, a tab becomes a space, every other
/// control character is removed, and the result is composed to NFC.
///
/// Borrows when the input is already clean, which is the common case.
pub fn normalize_chars(raw: &str) -> Cow<'_, str> {
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    if raw.is_ascii() {
        // ASCII is NFC already; only the control characters may need work.
        let controls = any_in_blocks(raw.as_bytes(), |b| {
            (b != b'\n') & ((b < 0x20) | (b == 0x7f))
        });
        return if controls {
            Cow::Owned(replace_line_breaks_and_controls(raw))
        } else {
            Cow::Borrowed(raw)
        };
    }
    let cleaned: Cow<'_, str> = if any_needs_replacing(raw) {
        Cow::Owned(replace_line_breaks_and_controls(raw))
    } else {
        Cow::Borrowed(raw)
    };
    match nfc_quick_check(&cleaned) {
        IsNormalized::Yes => cleaned,
        IsNormalized::No | IsNormalized::Maybe => Cow::Owned(cleaned.nfc().collect()),
    }
}

/// `raw.chars().any(needs_replacing)`, read on the UTF-8 bytes: a C0 control or DEL is
/// one byte, a C1 control is `C2 80`–`C2 9F`, U+2028 and U+2029 are `E2 80 A8`/`A9`
/// (`C2` and `E2` only ever lead a character).
fn any_needs_replacing(raw: &str) -> bool {
    let bytes = raw.as_bytes();
    // Blocks holding no byte that may open one are passed over whole, without a branch per
    // byte; a block that does is read byte by byte.
    let may_open = |b: u8| ((b < 0x20) & (b != b'\n')) | (b == 0x7f) | (b == 0xc2) | (b == 0xe2);
    bytes
        .chunks(BLOCK)
        .enumerate()
        .filter(|(_, block)| block.iter().fold(false, |seen, &b| seen | may_open(b)))
        .any(|(n, block)| {
            let from = n * BLOCK;
            (from..from + block.len()).any(|i| opens_replacement(bytes, i))
        })
}

/// Bytes of a block read at once by [`any_in_blocks`] and [`any_needs_replacing`].
const BLOCK: usize = 64;

/// `bytes.iter().any(|&b| test(b))`, with `test` asked of every byte of a block of
/// [`BLOCK`] bytes before the answer is looked at: a branch-free test then vectorizes.
fn any_in_blocks(bytes: &[u8], test: impl Fn(u8) -> bool) -> bool {
    bytes
        .chunks(BLOCK)
        .any(|block| block.iter().fold(false, |seen, &b| seen | test(b)))
}

/// Whether the byte at `i` opens a character [`normalize_chars`] replaces or removes.
fn opens_replacement(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'\n' => false,
        0x00..=0x1f | 0x7f => true,
        0xc2 => bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)),
        0xe2 => bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xa8 | 0xa9)),
        _ => false,
    }
}

/// `is_nfc_quick` over the whole text, asked of each run of non-ASCII characters only:
/// an ASCII character is NFC and resets the check's state, so the runs are independent.
fn nfc_quick_check(text: &str) -> IsNormalized {
    let bytes = text.as_bytes();
    let mut result = IsNormalized::Yes;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            i = next_non_ascii(bytes, i + 1);
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i] >= 0x80 {
            i += 1;
        }
        // Runs start and end at character boundaries: every byte of a non-ASCII
        // character is 0x80 or more, every ASCII byte less.
        match is_nfc_quick(text[start..i].chars()) {
            IsNormalized::No => return IsNormalized::No,
            IsNormalized::Maybe => result = IsNormalized::Maybe,
            IsNormalized::Yes => {}
        }
    }
    result
}

/// The offset of the first byte from `from` on that is not ASCII (`bytes.len()` if none),
/// found eight bytes at a time.
fn next_non_ascii(bytes: &[u8], from: usize) -> usize {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    while let Some(word) = bytes.get(i..i + 8) {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(word);
        if u64::from_ne_bytes(eight) & HIGH_BITS != 0 {
            break;
        }
        i += 8;
    }
    bytes
        .get(i..)
        .and_then(|rest| rest.iter().position(|&b| b >= 0x80))
        .map_or(bytes.len(), |k| i + k)
}

/// A metadata value on one line: characters cleaned, every run of whitespace (line
/// breaks included) collapsed to one space, trimmed.
pub fn normalize_inline(raw: &str) -> String {
    let cleaned = normalize_chars(raw);
    let mut out = String::with_capacity(cleaned.len());
    for word in cleaned.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Joins lines (trimming each) so that paragraphs are separated by exactly one blank
/// line, with no blank lines at the start or the end.
pub fn join_paragraphs<'a>(lines: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    let mut blank_pending = false;
    for line in lines {
        let line = line.trim();
        if line.is_empty() {
            blank_pending = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
            if blank_pending {
                out.push('\n');
            }
        }
        blank_pending = false;
        out.push_str(line);
    }
    out
}

/// Whether two lines say the same thing, ignoring case and how whitespace is laid out.
pub fn same_text(a: &str, b: &str) -> bool {
    let mut left = a.split_whitespace();
    let mut right = b.split_whitespace();
    loop {
        match (left.next(), right.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if same_word(x, y) => {}
            _ => return false,
        }
    }
}

fn same_word(x: &str, y: &str) -> bool {
    if x.is_ascii() && y.is_ascii() {
        x.eq_ignore_ascii_case(y)
    } else {
        x.chars()
            .flat_map(char::to_lowercase)
            .eq(y.chars().flat_map(char::to_lowercase))
    }
}

#[cfg(test)]
fn needs_replacing(c: char) -> bool {
    c != '\n' && (c.is_control() || c == '\u{2028}' || c == '\u{2029}')
}

fn replace_line_breaks_and_controls(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' | '\u{2028}' | '\u{2029}' => out.push('\n'),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{
        any_needs_replacing, join_paragraphs, needs_replacing, nfc_quick_check, normalize_chars,
        normalize_inline, same_text,
    };
    use unicode_normalization::is_nfc_quick;

    #[test]
    fn byte_checks_agree_with_the_character_checks() {
        let samples = [
            "plain text\nwith lines",
            "tab\there",
            "carriage\r\nreturn",
            "C1 control \u{85} and \u{9f}",
            "not a control: \u{a0} \u{c2} \u{2027} \u{202a}",
            "line\u{2028}separator and paragraph\u{2029}separator",
            "Café “quoted” — Brasília",
            "decomposed e\u{301} and reordered a\u{323}\u{302} and \u{315}\u{300}",
            "Hangul \u{1100}\u{1161} and \u{ac00}",
            "",
        ];
        for s in samples {
            assert_eq!(
                any_needs_replacing(s),
                s.chars().any(needs_replacing),
                "{s:?}"
            );
            assert_eq!(nfc_quick_check(s), is_nfc_quick(s.chars()), "{s:?}");
        }
        // Past the first block of bytes, and across the border of two.
        let filler = "x".repeat(62);
        for tail in [
            "\u{85}", "\u{2028}", "\u{7}", "e\u{301}", "é", "\u{2027}", "",
        ] {
            let s = format!("{filler}{filler}{tail} and more");
            assert_eq!(
                any_needs_replacing(&s),
                s.chars().any(needs_replacing),
                "{s:?}"
            );
            assert_eq!(nfc_quick_check(&s), is_nfc_quick(s.chars()), "{s:?}");
        }
    }

    fn normalize_body(raw: &str) -> String {
        join_paragraphs(normalize_chars(raw).split('\n'))
    }

    #[test]
    fn line_endings_become_newlines() {
        assert_eq!(normalize_chars("a\r\nb\rc\nd\u{2028}e"), "a\nb\nc\nd\ne");
        assert_eq!(normalize_body("One.\r\n\r\nTwo.\r"), "One.\n\nTwo.");
    }

    #[test]
    fn bom_and_control_characters_are_removed_and_tabs_become_spaces() {
        assert_eq!(
            normalize_chars("\u{feff}a\u{0}b\u{7}c\u{1b}d\u{85}e\tf"),
            "abcde f"
        );
    }

    #[test]
    fn text_is_composed_to_nfc() {
        let decomposed = "Lu\u{0301}ci\u{0301}a in Ba\u{0303}o Paulo";
        assert_eq!(normalize_body(decomposed), "Lúcía in Bão Paulo");
        assert!(matches!(
            normalize_chars("already clean"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn blank_line_runs_collapse_to_one_and_edges_are_trimmed() {
        let raw = "\n\n  First line  \nsecond line\n\n\n \t \n\nThird paragraph.\n\n\n";
        assert_eq!(
            normalize_body(raw),
            "First line\nsecond line\n\nThird paragraph."
        );
    }

    #[test]
    fn curly_quotes_are_kept() {
        assert_eq!(
            normalize_body("“Quoted” and ‘single’"),
            "“Quoted” and ‘single’"
        );
    }

    #[test]
    fn inline_values_collapse_whitespace() {
        assert_eq!(
            normalize_inline("  A\ttitle \r\n on two   lines "),
            "A title on two lines"
        );
    }

    #[test]
    fn same_text_ignores_case_and_spacing() {
        assert!(same_text("Talks  Resume in OSLO", " talks resume in oslo "));
        assert!(same_text("Édouard Visits", "éDOUARD visits"));
        assert!(!same_text("Talks resume", "Talks resume today"));
    }
}
