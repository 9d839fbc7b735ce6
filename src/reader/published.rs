//! Publication dates: recognises date lines ("Published 7 October 2025", "Posted:
//! 2025-11-14 09:20 SLST", "(September 9, 2026 - 6:30 p.m.)") and bare timestamps, and
//! normalizes them to `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS` with `Z` or `±HH:MM` when
//! the source gives a zone as an offset, Z, GMT or UTC (other named zones are dropped).
//!
//! A small tokenizer and a strict scan over its tokens (times and zones in `clock`): the
//! whole line must be a date, or the line is not a date line.

mod clock;

pub use clock::is_time_line;

use crate::calendar::{MONTHS, WEEKDAYS};
use chrono::{Datelike, NaiveDate, Timelike};

/// A date line of an article header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateLine {
    /// The normalized date or date-time.
    pub value: String,
    /// Labelled "Updated" or "Last modified": second choice after a publication date.
    pub is_update: bool,
    /// Day and month written as numbers that read either way ("03/05/2026"), taken day
    /// first: a date written out in the same header says which.
    pub is_ambiguous: bool,
}

/// Reads a whole header line as a date: optional labels ("Published", "Posted:", "Last
/// updated", "Date:"), optional weekday, the date, optional time and zone.
pub fn parse_date_line(line: &str) -> Option<DateLine> {
    // Every form of date has a number (a day, a year): a line without a digit is no date
    // line, and is not split into tokens (most lines asked are the body's).
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut scan = Scan::new(line);
    let is_update = scan.skip_labels();
    match scan.timestamp() {
        Some(value) => Some(DateLine {
            value,
            is_update,
            is_ambiguous: scan.ambiguous,
        }),
        None => without_repeated_date(line)
            .or_else(|| without_update_note(line))
            .and_then(parse_date_line),
    }
}

/// A date line without the note of its update in brackets at its end ("24/09/2026 -
/// 09:15 (updated 13:40)"): the line is dated by what comes before.
fn without_update_note(line: &str) -> Option<&str> {
    let stem = line.strip_suffix(')')?;
    let (before, note) = stem.rsplit_once('(')?;
    let note = note.trim_start().to_lowercase();
    (UPDATE_WORDS.iter().any(|word| note.starts_with(word))
        && before.trim_end().len() < before.len())
    .then(|| before.trim_end())
}

/// Longest line read as a date said twice ("Published On 5 September 2026 5 September 2026").
const MAX_REPEATED_DATE_BYTES: usize = 80;

/// A line whose last words say the same date twice ("Published On 5 Mar 2026 5 Mar
/// 2026", a page's date and its machine-readable copy run together), without the copy.
fn without_repeated_date(line: &str) -> Option<&str> {
    // A date said twice is short; most lines asked here are the body's, and long.
    if line.len() > MAX_REPEATED_DATE_BYTES {
        return None;
    }
    let words: Vec<(usize, &str)> = line
        .split_whitespace()
        .map(|word| (word.as_ptr() as usize - line.as_ptr() as usize, word))
        .take(16)
        .collect();
    (2..=5).find_map(|n| {
        let len = words.len();
        (len >= 2 * n && (0..n).all(|i| words[len - 2 * n + i].1 == words[len - n + i].1))
            .then(|| line[..words[len - n].0].trim_end())
    })
}

/// Labels that open a date of their own when a line holds two ("Published: 4 May 2026
/// 17:32   Updated: 4 May 2026 19:05").
const OPENING_LABELS: &[&str] = &[
    "published",
    "posted",
    "updated",
    "modified",
    "last",
    "first",
];

/// Several labelled dates on one line with nothing but spaces between them ("Published :
/// Apr 4, 2026 - 17:32    Updated : Apr 4, 2026 - 19:05"), each read as a date line.
/// `None` unless the whole line is such dates.
pub fn parse_labelled_dates(line: &str) -> Option<Vec<DateLine>> {
    // The first date needs a digit (see `parse_date_line`): a line without one, as most
    // lines of the body asked are, holds none.
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // Each word opening a label, past the first word, is where a second date may start.
    // The labels are ASCII words, so only an ASCII letter (a character of its own) after
    // a byte that is no letter can open one: the other bytes are passed over without
    // decoding a character.
    // Most words of a body line open no label: a word whose first letter opens none of
    // them is passed over before its letters are read.
    let bytes = line.as_bytes();
    let starts = (1..bytes.len()).filter(|&at| {
        bytes[at].is_ascii_alphabetic()
            && !bytes[at - 1].is_ascii_alphabetic()
            && opens_a_label(bytes[at])
            && line[..at].ends_with(char::is_whitespace)
            && is_any_of(word_at(&line[at..]), OPENING_LABELS)
    });
    for at in starts {
        let (head, tail) = line.split_at(at);
        let Some(date) = parse_date_line(head.trim()) else {
            continue;
        };
        let rest = parse_date_line(tail.trim())
            .map(|date| vec![date])
            .or_else(|| parse_labelled_dates(tail.trim()));
        if let Some(rest) = rest {
            return Some([date].into_iter().chain(rest).collect());
        }
    }
    None
}

/// Whether an [`OPENING_LABELS`] word starts with the ASCII letter `first` (in either
/// case): a word that starts otherwise is none of them.
fn opens_a_label(first: u8) -> bool {
    OPENING_LABELS.iter().any(|label| {
        label
            .as_bytes()
            .first()
            .is_some_and(|b| b.eq_ignore_ascii_case(&first))
    })
}

/// The letters at the start of `text`.
fn word_at(text: &str) -> &str {
    let end = text
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(text.len());
    &text[..end]
}

/// Reads a bare date or date-time ("2026-02-11T13:45:00Z", "4 March 2026, 10:00").
pub fn parse_timestamp(text: &str) -> Option<String> {
    Scan::new(text).timestamp()
}

const LABEL_WORDS: &[&str] = &[
    "published",
    "posted",
    "updated",
    "modified",
    "date",
    "dated",
    "released",
    "release",
    "update",
    "issued",
    "issue",
    "of",
    "created",
    "first",
    "originally",
    "last",
    "on",
];
const UPDATE_WORDS: &[&str] = &["updated", "update", "modified"];
const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];
/// Marks that may stand between a date and its time ("4 May 2026 · 20:40").
const DATE_TIME_MARKS: &[char] = &[',', '-', '–', '—', '|', '@', '·', '•', '/'];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token<'a> {
    Number { value: u32, digits: usize },
    Word(&'a str),
    Mark(char),
}

/// The token starting at or after byte `from` of `text`, and the byte after it (none when
/// only white space is left).
fn next_token(text: &str, from: usize) -> Option<(Token<'_>, usize)> {
    let rest = text.get(from..)?;
    let mut chars = rest.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if let Some(first) = c.to_digit(10) {
            let (mut value, mut digits) = (first, 1);
            let mut end = start + 1;
            while let Some(d) = chars.peek().and_then(|&(_, d)| d.to_digit(10)) {
                value = value.saturating_mul(10).saturating_add(d);
                digits += 1;
                end += 1;
                chars.next();
            }
            if let Some(year) = year_glued_to_hour(&rest[start..end], rest[end..].starts_with(':'))
            {
                // "November 24, 20263:15 PM": a page's year and time set in two elements
                // with nothing between them once scraped.
                return Some((
                    Token::Number {
                        value: year,
                        digits: 4,
                    },
                    from + start + 4,
                ));
            }
            return Some((Token::Number { value, digits }, from + end));
        } else if c.is_alphabetic() {
            let mut end = start + c.len_utf8();
            let mut last = c;
            while let Some(&(i, d)) = chars.peek().filter(|(_, d)| d.is_alphabetic()) {
                if last.is_uppercase() && d.is_uppercase() && starts_lowercase(&rest[i..]) {
                    // "GMTUpdated": a zone and the next label glued together, scraped
                    // from two elements of a page; the capital before lower case starts
                    // a word.
                    break;
                }
                end = i + d.len_utf8();
                last = d;
                chars.next();
            }
            return Some((Token::Word(&rest[start..end]), from + end));
        } else if !c.is_whitespace() {
            return Some((Token::Mark(c), from + start + c.len_utf8()));
        }
    }
    None
}

/// Whether the character after the first of `text` is a lowercase letter.
fn starts_lowercase(text: &str) -> bool {
    text.chars().nth(1).is_some_and(char::is_lowercase)
}

/// The year of a run of five or six digits that is a year and an hour glued together
/// ("20263" before ":15"), when a colon follows the run.
fn year_glued_to_hour(digits: &str, before_colon: bool) -> Option<u32> {
    if !before_colon || !(5..=6).contains(&digits.len()) {
        return None;
    }
    let year: u32 = digits.get(..4)?.parse().ok()?;
    let hour: u32 = digits.get(4..)?.parse().ok()?;
    ((1900..=2099).contains(&year) && hour < 24).then_some(year)
}

fn is_any_of(word: &str, list: &[&str]) -> bool {
    list.iter()
        .any(|candidate| word.eq_ignore_ascii_case(candidate))
}

/// `word` is `name` or its abbreviation: a prefix of three letters or more.
fn abbreviates(word: &str, name: &str) -> bool {
    word.len() >= 3
        && name
            .get(..word.len())
            .is_some_and(|prefix| prefix.eq_ignore_ascii_case(word))
}

/// A scan over the tokens of a text, cut as the scan reaches them: most lines asked are
/// no date line, which their first tokens tell, and a long paragraph is not cut whole.
struct Scan<'a> {
    text: &'a str,
    /// The tokens cut so far.
    tokens: Vec<Token<'a>>,
    /// Byte of `text` after the last token cut.
    cut_to: usize,
    pos: usize,
    /// The date read had day and month as numbers that read either way.
    ambiguous: bool,
}

impl<'a> Scan<'a> {
    fn new(text: &'a str) -> Self {
        Scan {
            text,
            tokens: Vec::new(),
            cut_to: 0,
            pos: 0,
            ambiguous: false,
        }
    }

    fn peek(&mut self) -> Option<Token<'a>> {
        while self.tokens.len() <= self.pos {
            let (token, end) = next_token(self.text, self.cut_to)?;
            self.tokens.push(token);
            self.cut_to = end;
        }
        self.tokens.get(self.pos).copied()
    }

    /// Whether every token of the text was read.
    fn at_end(&mut self) -> bool {
        self.peek().is_none()
    }

    fn eat_mark(&mut self, marks: &[char]) -> bool {
        match self.peek() {
            Some(Token::Mark(c)) if marks.contains(&c) => {
                self.pos += 1;
                true
            }
            _ => false,
        }
    }

    fn eat_word(&mut self, words: &[&str]) -> bool {
        match self.peek() {
            Some(Token::Word(w)) if is_any_of(w, words) => {
                self.pos += 1;
                true
            }
            _ => false,
        }
    }

    fn number(&mut self, min_digits: usize, max_digits: usize) -> Option<u32> {
        match self.peek() {
            Some(Token::Number { value, digits })
                if (min_digits..=max_digits).contains(&digits) =>
            {
                self.pos += 1;
                Some(value)
            }
            _ => None,
        }
    }

    fn month(&mut self) -> Option<u32> {
        let Some(Token::Word(word)) = self.peek() else {
            return None;
        };
        let month = MONTHS.iter().position(|name| abbreviates(word, name))?;
        self.pos += 1;
        self.eat_mark(&['.']);
        Some(month as u32 + 1)
    }

    /// Skips leading labels and colons; says whether they mark an update.
    fn skip_labels(&mut self) -> bool {
        let mut is_update = false;
        loop {
            match self.peek() {
                Some(Token::Word(w)) if is_any_of(w, LABEL_WORDS) => {
                    is_update |= is_any_of(w, UPDATE_WORDS);
                    self.pos += 1;
                }
                Some(Token::Mark(':')) => self.pos += 1,
                _ => return is_update,
            }
        }
    }

    /// The whole rest of the tokens as a date with optional time and zone.
    fn timestamp(&mut self) -> Option<String> {
        self.eat_mark(&['(', '[']);
        let start = self.pos;
        if let Some(stamp) = self.time_then_date() {
            return Some(stamp);
        }
        self.pos = start;
        self.skip_weekday();
        let date = self.date()?;
        let mut out = format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day());
        let before_time = self.pos;
        while self.eat_mark(DATE_TIME_MARKS) || self.eat_word(&["at", "t"]) {}
        match self.time() {
            Some(time) => {
                let (h, m, s) = (time.hour(), time.minute(), time.second());
                out.push_str(&format!("T{h:02}:{m:02}:{s:02}"));
                if let Some(zone) = self.zone() {
                    out.push_str(&zone);
                }
            }
            None => {
                self.pos = before_time;
                // "5 March 2026 (GMT+3)": a zone without a time dates nothing.
                self.zone();
            }
        }
        while self.eat_mark(&['.', ',', ')', ']', ';']) {}
        self.skip_update_age();
        self.at_end().then_some(out)
    }

    /// Skips a note of how long ago the page was updated after its date ("Updated 2
    /// hours ago", "· Updated: 5 mins ago", "/ Updated an hour ago"): it gives no date of
    /// its own.
    fn skip_update_age(&mut self) {
        let start = self.pos;
        self.eat_mark(DATE_TIME_MARKS);
        let is_age = self.eat_word(UPDATE_WORDS)
            && {
                self.eat_mark(&[':']);
                self.number(1, 3).is_some() || self.eat_word(&["a", "an"])
            }
            && matches!(self.peek(), Some(Token::Word(_)))
            && {
                self.pos += 1;
                self.eat_word(&["ago"])
            }
            && self.at_end();
        if !is_age {
            self.pos = start;
        }
    }

    /// Skips a weekday name or abbreviation ("Tuesday,", "Tue.") before a date.
    fn skip_weekday(&mut self) {
        if let Some(Token::Word(word)) = self.peek() {
            if WEEKDAYS.iter().any(|name| abbreviates(word, name)) {
                self.pos += 1;
                self.eat_mark(&['.']);
                self.eat_mark(&[',']);
            }
        }
    }

    /// "5:12 pm on 4 March 2026", "10:42, 20 May 2026", "6:15 AM EST, February 3, 2026":
    /// the time (and its zone) before the date.
    fn time_then_date(&mut self) -> Option<String> {
        let time = self.time()?;
        let after_time = self.pos;
        let mut zone = self.zone();
        let date = match self.date_after_time() {
            Some(date) => date,
            None if zone.is_some() => {
                // What looked like a zone ("- 05") belongs to the date: read it without.
                self.pos = after_time;
                zone = None;
                self.date_after_time()?
            }
            None => return None,
        };
        let zone = zone.or_else(|| self.zone()).unwrap_or_default();
        while self.eat_mark(&['.', ',', ')', ']', ';']) {}
        let (h, m, s) = (time.hour(), time.minute(), time.second());
        let stamp = format!(
            "{:04}-{:02}-{:02}T{h:02}:{m:02}:{s:02}{zone}",
            date.year(),
            date.month(),
            date.day()
        );
        self.at_end().then_some(stamp)
    }

    /// The date after a time: separators or "on", an optional weekday, the date.
    fn date_after_time(&mut self) -> Option<NaiveDate> {
        while self.eat_mark(DATE_TIME_MARKS) || self.eat_word(&["on"]) {}
        self.skip_weekday();
        self.date()
    }

    fn date(&mut self) -> Option<NaiveDate> {
        let start = self.pos;
        for form in [
            Self::iso_date,
            Self::day_month_year,
            Self::month_day_year,
            Self::numeric_day_month_year,
        ] {
            if let Some(date) = form(self) {
                return Some(date);
            }
            self.pos = start;
        }
        None
    }

    fn iso_date(&mut self) -> Option<NaiveDate> {
        let year = self.number(4, 4)?;
        let Some(Token::Mark(separator)) = self.peek() else {
            return None;
        };
        if !matches!(separator, '-' | '/' | '.') {
            return None;
        }
        self.pos += 1;
        let month = self.number(1, 2)?;
        self.eat_mark(&[separator]).then_some(())?;
        let day = self.number(1, 2)?;
        NaiveDate::from_ymd_opt(year as i32, month, day)
    }

    /// "20.05.2026", "15/02/2026", "15-02-2026": day, month and year as numbers with one
    /// separator throughout, day first. With `/` or `-`, a date that cannot be read day
    /// first ("02/15/2026") is read month first.
    fn numeric_day_month_year(&mut self) -> Option<NaiveDate> {
        let first = self.number(1, 2)?;
        let Some(Token::Mark(separator)) = self.peek() else {
            return None;
        };
        if !matches!(separator, '.' | '/' | '-') {
            return None;
        }
        self.pos += 1;
        let second = self.number(1, 2)?;
        self.eat_mark(&[separator]).then_some(())?;
        let year = self.number(4, 4)? as i32;
        self.ambiguous = first != second && first <= 12 && second <= 12;
        NaiveDate::from_ymd_opt(year, second, first).or_else(|| {
            (separator != '.')
                .then(|| NaiveDate::from_ymd_opt(year, first, second))
                .flatten()
        })
    }

    /// "24 November 2026", "24th November, 2026", "24-Nov-2026".
    fn day_month_year(&mut self) -> Option<NaiveDate> {
        let day = self.number(1, 2)?;
        self.eat_word(ORDINAL_SUFFIXES);
        let dashed = self.eat_mark(&['-']);
        let month = self.month()?;
        if dashed {
            self.eat_mark(&['-']).then_some(())?;
        }
        self.eat_mark(&[',']);
        let year = self.number(4, 4)?;
        NaiveDate::from_ymd_opt(year as i32, month, day)
    }

    fn month_day_year(&mut self) -> Option<NaiveDate> {
        let month = self.month()?;
        let day = self.number(1, 2)?;
        self.eat_word(ORDINAL_SUFFIXES);
        self.eat_mark(&[',']);
        let year = self.number(4, 4)?;
        NaiveDate::from_ymd_opt(year as i32, month, day)
    }
}

#[cfg(test)]
mod tests {
    use super::{DateLine, OPENING_LABELS, opens_a_label, parse_date_line};

    #[test]
    fn only_the_first_letters_of_opening_labels_open_one() {
        for label in OPENING_LABELS {
            let first = label.as_bytes()[0];
            assert!(opens_a_label(first), "{label}");
            assert!(opens_a_label(first.to_ascii_uppercase()), "{label}");
        }
        for other in [b'a', b'O', b'z', b'S', b'd'] {
            assert!(!opens_a_label(other), "{}", char::from(other));
        }
    }

    fn date_line(line: &str) -> Option<String> {
        parse_date_line(line).map(|d| d.value)
    }

    #[test]
    fn common_header_date_shapes() {
        let cases = [
            ("Published 7 October 2025", "2025-10-07"),
            ("March 4, 2026 11:02 AM", "2026-03-04T11:02:00"),
            ("January 16, 2026 12:05 AM", "2026-01-16T00:05:00"),
            ("2026-03-04", "2026-03-04"),
            ("Posted: 2025-11-14 09:20 SLST", "2025-11-14T09:20:00"),
            ("(September 9, 2026 - 6:30 p.m.)", "2026-09-09T18:30:00"),
            (
                "Last updated 12 May 2026, 19:20 GMT",
                "2026-05-12T19:20:00Z",
            ),
            ("4 March 2026", "2026-03-04"),
            ("20.05.2026 | 10:42", "2026-05-20T10:42:00"),
            ("5:12 pm on 4 March 2026", "2026-03-04T17:12:00"),
            ("Thu 12 Mar 2026 09.40 GMT", "2026-03-12T09:40:00Z"),
            ("Mar. 4, 2026", "2026-03-04"),
            ("Wednesday, March 4, 2026", "2026-03-04"),
            ("Wed 4th March 2026 at 6pm", "2026-03-04T18:00:00"),
            ("Date: Sept 30 2026", "2026-09-30"),
            ("Posted: 09/03/2027 07:10", "2027-03-09T07:10:00"),
            ("03-11-2027", "2027-11-03"),
            ("11/23/2027 4:05 PM", "2027-11-23T16:05:00"),
            ("2027/01/08 22:15 JST", "2027-01-08T22:15:00"),
            ("Updated: 2 July 2027, 11:50 CEST", "2027-07-02T11:50:00"),
            (
                "Published on 2026/03/04 at 12:30 p.m. UTC",
                "2026-03-04T12:30:00Z",
            ),
            (
                "Updated 6:15 AM EST, February 3, 2026",
                "2026-02-03T06:15:00",
            ),
            ("11:05 PM GMT, Sat 9 May 2026", "2026-05-09T23:05:00Z"),
            ("08:40 +02:00 - 17.08.2026", "2026-08-17T08:40:00+02:00"),
            ("10:42 - 05.06.2026", "2026-06-05T10:42:00"),
            ("Issued: 14 January 2027", "2027-01-14"),
            ("Release date: 2027-01-14", "2027-01-14"),
            ("November 24, 20263:15 PM GMT", "2026-11-24T15:15:00Z"),
            (
                "June 2, 2027 11:40 AM UTC Updated 3 hours ago",
                "2027-06-02T11:40:00Z",
            ),
            ("8 Feb 2027 · Updated: 20 mins ago", "2027-02-08"),
            ("Date of issue: 08/02/2027", "2027-02-08"),
            ("08-Feb-2027", "2027-02-08"),
            (
                "February 8, 2027 / 9:30 AM / Updated an hour ago",
                "2027-02-08T09:30:00",
            ),
        ];
        for (line, expected) in cases {
            assert_eq!(date_line(line).as_deref(), Some(expected), "{line}");
        }
    }

    #[test]
    fn updates_are_marked() {
        let updated = parse_date_line("Updated: 2025-11-14 16:40 SLST").unwrap();
        assert_eq!(
            updated,
            DateLine {
                value: "2025-11-14T16:40:00".into(),
                is_update: true,
                is_ambiguous: false
            }
        );
        assert!(!parse_date_line("Posted 2025-11-14").unwrap().is_update);
    }

    #[test]
    fn lines_that_only_contain_a_date_are_not_date_lines() {
        for line in [
            "KUCHING, 13 AUGUST 2026",
            "BRASILIA, Oct 7 (Wire) - Brazil asked",
            "On March 4, 2026 the talks resumed.",
            "March 2026",
            "2026",
            "February 30, 2026",
            "March 4, 2026 13:00 PM",
            "March 4, 2026 25:00",
            "March 4, 202625:00",
            "March 4, 2026 Updated 2 hours",
            "08-Feb 2027",
            "31/31/2026",
            "2026/31/01",
            "15.13.2026",
            "15/02-2026",
            "12:30",
            "",
        ] {
            assert_eq!(date_line(line), None, "{line}");
        }
    }
}
