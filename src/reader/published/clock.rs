//! Times of day and zones in date lines: `19:20`, `09:20:15.5`, `6:30 p.m.`, `6pm`,
//! then `Z`, `+05:30`, `GMT`, `UTC+8` or a named zone (dropped unless universal time).

use chrono::NaiveTime;

use crate::reader::published::{Scan, Token, is_any_of};

const UNIVERSAL_ZONES: &[&str] = &["gmt", "utc", "ut", "z"];

/// A time of day with no date, labelled or not ("Last update 20:40 (GMT+3)", "18.05
/// GMT"): beside a date on a header line, it adds nothing to keep.
pub fn is_time_line(line: &str) -> bool {
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut scan = Scan::new(line);
    scan.skip_labels();
    if scan.time().is_none() {
        return false;
    }
    scan.zone();
    while scan.eat_mark(&['.', ',', ')', ']', ';']) {}
    scan.at_end()
}

impl Scan<'_> {
    /// `19:20`, `09:20:15.5`, `6:30 p.m.`, `6.30pm`, `6 PM`; restores the position on failure.
    pub(super) fn time(&mut self) -> Option<NaiveTime> {
        let start = self.pos;
        let time = self.time_inner();
        if time.is_none() {
            self.pos = start;
        }
        time
    }

    fn time_inner(&mut self) -> Option<NaiveTime> {
        let hour = self.number(1, 2)?;
        let (mut minute, mut second, mut has_minutes) = (0, 0, false);
        if self.eat_mark(&[':', '.']) {
            minute = self.number(2, 2)?;
            has_minutes = true;
            if self.eat_mark(&[':']) {
                second = self.number(2, 2)?;
                if self.eat_mark(&['.', ',']) {
                    self.number(1, 9)?;
                }
            }
        }
        let hour = match self.meridiem() {
            Some(is_pm) if (1..=12).contains(&hour) => hour % 12 + if is_pm { 12 } else { 0 },
            Some(_) => return None,
            None if has_minutes => hour,
            None => return None,
        };
        NaiveTime::from_hms_opt(hour, minute, second)
    }

    /// `am`, `PM`, `a.m.`, `p.m`: `Some(true)` for the afternoon.
    fn meridiem(&mut self) -> Option<bool> {
        let start = self.pos;
        if self.eat_word(&["am"]) {
            return Some(false);
        }
        if self.eat_word(&["pm"]) {
            return Some(true);
        }
        let is_pm = match self.peek() {
            Some(Token::Word(w)) if w.eq_ignore_ascii_case("a") => false,
            Some(Token::Word(w)) if w.eq_ignore_ascii_case("p") => true,
            _ => return None,
        };
        self.pos += 1;
        if self.eat_mark(&['.']) && self.eat_word(&["m"]) {
            self.eat_mark(&['.']);
            return Some(is_pm);
        }
        self.pos = start;
        None
    }

    /// `Z`, `+05:30`, `-0500`, `GMT`, `UTC+8`, `(GMT)`: the suffix to write, empty for a
    /// named zone that is not universal time. `None` (position restored) when no zone.
    pub(super) fn zone(&mut self) -> Option<String> {
        let start = self.pos;
        let parenthesized = self.eat_mark(&['(']);
        let zone = match self.peek() {
            Some(Token::Mark('+' | '-' | '−')) => self.offset(),
            Some(Token::Word(w)) if is_zone_name(w) => {
                self.pos += 1;
                let universal = is_any_of(w, UNIVERSAL_ZONES);
                match self.offset() {
                    Some(offset) => Some(offset),
                    None if universal => Some("Z".to_string()),
                    None => Some(String::new()),
                }
            }
            _ => None,
        };
        if zone.is_none() || (parenthesized && !self.eat_mark(&[')'])) {
            self.pos = start;
            return None;
        }
        zone
    }

    fn offset(&mut self) -> Option<String> {
        let start = self.pos;
        let sign = match self.peek() {
            Some(Token::Mark('+')) => '+',
            Some(Token::Mark('-' | '−')) => '-',
            _ => return None,
        };
        self.pos += 1;
        let (hours, minutes) = match self.peek() {
            Some(Token::Number { value, digits: 4 }) => {
                self.pos += 1;
                (value / 100, value % 100)
            }
            Some(Token::Number {
                value,
                digits: 1 | 2,
            }) => {
                self.pos += 1;
                let minutes = if self.eat_mark(&[':']) {
                    self.number(2, 2)
                } else {
                    Some(0)
                };
                (value, minutes.unwrap_or(60))
            }
            _ => (24, 60),
        };
        if hours > 14 || minutes > 59 {
            self.pos = start;
            return None;
        }
        Some(format!("{sign}{hours:02}:{minutes:02}"))
    }
}

/// A zone abbreviation as written: `Z`, `GMT`, `SLST`, `MYT` (upper case, 1 to 5 letters).
fn is_zone_name(word: &str) -> bool {
    (1..=5).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::is_time_line;
    use crate::reader::published::parse_timestamp;

    #[test]
    fn a_time_without_a_date_is_a_time_line() {
        for line in ["Last update 08:15 (GMT+2)", "21.50 BST", "Updated: 6:05 pm"] {
            assert!(is_time_line(line), "{line}");
        }
        for line in [
            "3 June 2027",
            "Ministers met at 10:00 in Rome",
            "1999",
            "Update",
        ] {
            assert!(!is_time_line(line), "{line}");
        }
    }

    #[test]
    fn zones_given_as_offsets_or_z_are_kept() {
        let cases = [
            ("2026-02-11T13:45:00Z", "2026-02-11T13:45:00Z"),
            ("2026-02-11T13:45Z", "2026-02-11T13:45:00Z"),
            ("2026-02-11T13:45:00.250+0530", "2026-02-11T13:45:00+05:30"),
            ("2026-02-11 13:45 -03:00", "2026-02-11T13:45:00-03:00"),
            ("2026-02-11 13:45 +00:00", "2026-02-11T13:45:00+00:00"),
            ("11 February 2026, 21:45 UTC+8", "2026-02-11T21:45:00+08:00"),
            ("11 February 2026 9:45 PM (GMT)", "2026-02-11T21:45:00Z"),
            ("11 February 2026 9:45 PM EST", "2026-02-11T21:45:00"),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_timestamp(text).as_deref(), Some(expected), "{text}");
        }
    }
}
