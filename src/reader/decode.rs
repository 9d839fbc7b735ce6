//! From bytes to text: refuses empty, binary, UTF-16 and invalid UTF-8 input, and says
//! where the first invalid byte is.

use crate::reader::{Problem, problem};

/// More than one control byte in this many marks a file as binary.
const BINARY_CONTROL_RATIO: usize = 10;

/// The file's text without its BOM, or why it is refused.
pub fn decode<'a>(path: &str, bytes: &'a [u8]) -> Result<&'a str, Problem> {
    check_not_binary(path, bytes)?;
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let offset = error.valid_up_to();
        invalid_utf8(path, line_of_byte(bytes, offset), offset)
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(problem(path, None, "empty file"));
    }
    Ok(text)
}

/// Refuses UTF-16 text and bytes that are not text at all: a NUL byte, or a high ratio
/// of control bytes other than tab, line feed, carriage return and form feed.
pub fn check_not_binary(path: &str, bytes: &[u8]) -> Result<(), Problem> {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(problem(path, None, "text is UTF-16, expected UTF-8"));
    }
    if bytes.contains(&0) {
        return Err(problem(path, None, "binary file, not text"));
    }
    // Counted in blocks of 255 bytes into a one-byte sum, which cannot overflow there: the
    // loop then vectorizes many bytes at a time (summed into a `usize`, two at a time).
    let controls: usize = bytes
        .chunks(u8::MAX as usize)
        .map(|block| {
            let in_block = block.iter().fold(0u8, |count, &b| {
                count.wrapping_add(u8::from(
                    (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f,
                ))
            });
            usize::from(in_block)
        })
        .sum();
    if controls * BINARY_CONTROL_RATIO > bytes.len() {
        return Err(problem(path, None, "binary file, not text"));
    }
    Ok(())
}

/// The problem for an invalid byte at `offset` (0-based) in the file; the message
/// counts bytes from 1, like the line.
pub fn invalid_utf8(path: &str, line: usize, offset: usize) -> Problem {
    problem(
        path,
        Some(line),
        format!("invalid UTF-8 at byte {}", offset + 1),
    )
}

/// The 1-based line holding the byte at `offset`; `\n`, `\r\n` and a lone `\r` each end
/// a line.
pub fn line_of_byte(bytes: &[u8], offset: usize) -> usize {
    let before = &bytes[..offset.min(bytes.len())];
    let mut line = 1;
    for (i, &b) in before.iter().enumerate() {
        let lone_carriage_return = b == b'\r' && before.get(i + 1) != Some(&b'\n');
        if b == b'\n' || lone_carriage_return {
            line += 1;
        }
    }
    line
}

/// Splits bytes into lines, each with its 1-based number and the offset of its first
/// byte; `\n`, `\r\n` and a lone `\r` end a line and are not part of it.
pub fn split_lines(bytes: &[u8]) -> Vec<(usize, usize, &[u8])> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' || bytes[i] == b'\r' {
            lines.push((lines.len() + 1, start, &bytes[start..i]));
            if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    if start < bytes.len() {
        lines.push((lines.len() + 1, start, &bytes[start..]));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::{decode, line_of_byte, split_lines};

    fn refusal(bytes: &[u8]) -> (Option<usize>, String) {
        let problem = decode("in.txt", bytes).expect_err("should be refused");
        (problem.line, problem.message)
    }

    #[test]
    fn empty_and_whitespace_only_files_are_refused() {
        assert_eq!(refusal(b""), (None, "empty file".to_string()));
        assert_eq!(refusal(b"  \n\t\r\n  "), (None, "empty file".to_string()));
        assert_eq!(
            refusal("\u{feff}\n".as_bytes()),
            (None, "empty file".to_string())
        );
    }

    #[test]
    fn nul_bytes_and_control_heavy_files_are_binary() {
        assert_eq!(
            refusal(b"Title\n\0body"),
            (None, "binary file, not text".to_string())
        );
        let noisy = [0x01u8, 0x02, b'a', 0x03, 0x1b, b'b'];
        assert_eq!(refusal(&noisy), (None, "binary file, not text".to_string()));
        assert_eq!(
            refusal(&[0xff, 0xfe, b'a', 0]).1,
            "text is UTF-16, expected UTF-8"
        );
    }

    #[test]
    fn a_stray_control_byte_in_long_text_is_tolerated() {
        let text = format!("Title\n\n{}\u{7}", "Plain prose. ".repeat(20));
        assert!(decode("in.txt", text.as_bytes()).is_ok());
    }

    #[test]
    fn invalid_utf8_names_line_and_byte() {
        assert_eq!(
            refusal(b"Title\r\n\r\nCaf\xe9 talks"),
            (Some(3), "invalid UTF-8 at byte 13".to_string())
        );
        assert_eq!(refusal(b"\xc3").1, "invalid UTF-8 at byte 1");
    }

    #[test]
    fn bom_is_dropped() {
        assert_eq!(
            decode("in.txt", "\u{feff}Title".as_bytes()).unwrap(),
            "Title"
        );
    }

    #[test]
    fn lines_are_counted_for_every_line_ending() {
        let bytes = b"a\nb\r\nc\rd";
        assert_eq!(line_of_byte(bytes, 7), 4);
        let lines: Vec<_> = split_lines(bytes)
            .into_iter()
            .map(|(n, _, l)| (n, l))
            .collect();
        assert_eq!(lines, vec![(1, &b"a"[..]), (2, b"b"), (3, b"c"), (4, b"d")]);
        assert_eq!(split_lines(b"x\n\ny\n").len(), 3);
    }
}
