//! Date lines that name a place: the place as a `|` segment beside the date ("Accra |
//! Thu, March 12, 2026 | 09:30 am") and the wire or press-release dateline ("Maseru, 2
//! October 2026"), which is a whole line of a place, a comma and a date.

use crate::reader::bylines::is_person_name;
use crate::reader::header::is_reading_time;
use crate::reader::masthead::is_short_name;
use crate::reader::published::{DateLine, parse_date_line};

/// Most words in a place name ("Dar es Salaam", "Port of Spain").
const MAX_PLACE_WORDS: usize = 4;
/// Longest whole-line dateline ("Port of Spain, Trinidad and Tobago, 30 September 2026").
const MAX_DATELINE_BYTES: usize = 90;
/// Short lower-case words inside place names.
const PLACE_PARTICLES: &[&str] = &[
    "of", "es", "de", "del", "la", "le", "el", "du", "al", "upon",
];

/// A date line with the place it comes from as its first or last `|` segment.
pub fn place_and_date(line: &str) -> Option<DateLine> {
    // "5 March 2026 | Jane Okello": a name after the date is its writer, not a place.
    let splits = [
        line.split_once('|'),
        line.rsplit_once('|')
            .filter(|(_, after)| !is_person_name(after.trim()))
            .map(|(date, place)| (place, date)),
    ];
    splits.into_iter().flatten().find_map(|(place, date)| {
        is_place_name(place.trim())
            .then(|| parse_date_line(date))
            .flatten()
    })
}

/// A whole-line dateline: a place, a comma and a date ("Maseru, 2 October 2026",
/// "SUVA, 9 SEPTEMBER 2026", "Kandy, Sri Lanka, 3 May 2026").
pub fn dateline(line: &str) -> Option<DateLine> {
    // A place and a date are short; a paragraph of the body is not one.
    if line.len() > MAX_DATELINE_BYTES
        || !line
            .split_once(", ")
            .is_some_and(|(first, _)| is_place_name(first))
    {
        return None;
    }
    line.match_indices(", ").find_map(|(at, separator)| {
        let place = &line[..at];
        let date = &line[at + separator.len()..];
        place
            .split(", ")
            .all(is_place_name)
            .then(|| parse_date_line(date))
            .flatten()
    })
}

/// A wire dateline opening the body's first line: a place, a comma and a date before a
/// dash, a colon or the agency's name ("JAKARTA, 21 October 2026 (Reuters) - Indonesia
/// will ...", "Accra, March 12, 2026 — Ghana and Togo ...").
pub fn lead_dateline(text: &str) -> Option<DateLine> {
    let line = text.lines().next()?;
    [" — ", " – ", " - ", ": ", " ("]
        .iter()
        .filter_map(|separator| line.find(separator))
        .filter(|&at| at <= MAX_DATELINE_BYTES)
        .min()
        .and_then(|at| dateline(&line[..at]))
}

/// A date with its place and issuer as parts parted by dashes, the date first or last
/// ("June 3, 2027 - Suva - Ministry of Fisheries", "Lobamba - 3 June 2027").
pub fn date_among_names(line: &str) -> Option<DateLine> {
    if line.len() > MAX_DATELINE_BYTES || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let parts: Vec<&str> = line
        .split(" - ")
        .flat_map(|part| part.split(" – "))
        .flat_map(|part| part.split(" — "))
        .map(str::trim)
        .collect();
    // "Nairobi, Kenya — Nov 24, 2026", "24 November 2026 — 3 min read".
    let is_name = |part: &&str| {
        part.split(", ").all(is_place_name)
            || is_short_name(part)
            || is_reading_time(&part.to_lowercase())
    };
    // The date may run over several parts ("Jul 8, 2026 - 14:35"), with names before and
    // after it ("Updated - July 8, 2026 - NEW DELHI"); the line is not one part alone.
    let n = parts.len();
    (0..n).find_map(|start| {
        if !parts[..start].iter().all(is_name) {
            return None;
        }
        (start + 1..=n)
            .rev()
            .filter(|&end| end - start < n && parts[end..].iter().all(is_name))
            .find_map(|end| parse_date_line(&parts[start..end].join(" - ")))
    })
}

/// One to four words, the first and last capitalized, the others capitalized or short
/// particles ("Port of Spain"), letters only (with `-`, `'`, `.`): a place's name.
pub fn is_place_name(text: &str) -> bool {
    // Words taken one past the most a place has: the text may be the rest of a long line.
    let words: Vec<&str> = text.split_whitespace().take(MAX_PLACE_WORDS + 1).collect();
    let capitalized = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    (1..=MAX_PLACE_WORDS).contains(&words.len())
        && words.first().is_some_and(capitalized)
        // "By Jane Doe | July 8, 2026": a byline, not a place.
        && !words.first().is_some_and(|w| w.eq_ignore_ascii_case("by"))
        && words.last().is_some_and(capitalized)
        && words.iter().all(|w| {
            (capitalized(w) || PLACE_PARTICLES.contains(w))
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        })
}

#[cfg(test)]
mod tests {
    use super::{date_among_names, dateline, is_place_name, lead_dateline, place_and_date};

    fn value(date: Option<crate::reader::published::DateLine>) -> Option<String> {
        date.map(|d| d.value)
    }

    #[test]
    fn a_place_segment_beside_the_date() {
        assert_eq!(
            value(place_and_date("Nairobi | Fri, July 3, 2026 | 11:20 am")).as_deref(),
            Some("2026-07-03T11:20:00")
        );
        assert_eq!(
            value(place_and_date("3 July 2026 | Port of Spain")).as_deref(),
            Some("2026-07-03")
        );
        assert_eq!(place_and_date("Nairobi | Kenya"), None);
        assert_eq!(
            place_and_date("Talks resume | 3 July 2026 | what we know"),
            None
        );
    }

    #[test]
    fn datelines_opening_the_body() {
        for (text, expected) in [
            (
                "JAKARTA, 21 October 2026 (Reuters) - Indonesia will act.",
                "2026-10-21",
            ),
            (
                "Accra, March 12, 2026 — Ghana and Togo agreed.",
                "2026-03-12",
            ),
            (
                "Suva, Fiji, 9 September 2026: The parties met.",
                "2026-09-09",
            ),
        ] {
            assert_eq!(
                value(lead_dateline(text)).as_deref(),
                Some(expected),
                "{text}"
            );
        }
        for text in [
            // No year: the date cannot be known from the line alone.
            "JAKARTA, Oct 21 (Reuters) - Indonesia will act.",
            // A sentence that names a place and a date is no dateline.
            "Talks in Accra on March 12, 2026 - the first in years - ended.",
            "Ghana and Togo agreed on a pact.",
        ] {
            assert_eq!(lead_dateline(text), None, "{text}");
        }
    }

    #[test]
    fn whole_line_datelines() {
        for (line, expected) in [
            ("Gaborone, 5 August 2026", "2026-08-05"),
            ("LUSAKA, 5 AUGUST 2026", "2026-08-05"),
            ("Kandy, Sri Lanka, August 5, 2026", "2026-08-05"),
            ("Dar es Salaam, 05.08.2026", "2026-08-05"),
        ] {
            assert_eq!(value(dateline(line)).as_deref(), Some(expected), "{line}");
        }
        for line in [
            "LUSAKA, Aug 5 (Wire) - Zambia said",
            "Ministers met in Lusaka, 5 August 2026",
            "the ministers met, 5 August 2026",
            "Gaborone, Botswana",
        ] {
            assert_eq!(dateline(line), None, "{line}");
        }
    }

    #[test]
    fn a_date_among_its_place_and_issuer() {
        for (line, expected) in [
            ("June 3, 2027 - Suva - Ministry of Fisheries", "2027-06-03"),
            ("Lobamba – 3 June 2027", "2027-06-03"),
            (
                "3 June 2027 - 09:15 - Office of the Premier",
                "2027-06-03T09:15:00",
            ),
        ] {
            let date = date_among_names(line).map(|d| d.value);
            assert_eq!(date.as_deref(), Some(expected), "{line}");
        }
        for line in [
            "June 3, 2027 - the ministers met in Suva",
            "Suva - Ministry of Fisheries",
            "LOBAMBA - Officials said on 3 June 2027",
        ] {
            assert_eq!(date_among_names(line), None, "{line}");
        }
    }

    #[test]
    fn place_names() {
        assert!(is_place_name("Port of Spain"));
        assert!(is_place_name("ADDIS ABABA"));
        assert!(!is_place_name("the capital"));
        assert!(!is_place_name("Talks in the Capital Region Today"));
        assert!(!is_place_name("2026"));
    }
}
