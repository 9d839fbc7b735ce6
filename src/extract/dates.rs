//! Dates: finds date expressions in sentences and resolves them against the publication
//! date ("on Friday", "last month", "in October", "12 August 2026", "that evening"),
//! keeping the precision the text gives.

use crate::calendar::{MONTHS, WEEKDAYS};
use chrono::{Datelike, Duration, NaiveDate};

use crate::extract::doc::Doc;
use crate::extract::tokens::TokenKind;

/// Endings of an ordinal day written with digits ("12th").
const ORDINALS: [&str; 4] = ["th", "st", "nd", "rd"];

/// A date at day, month or year precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct DateValue {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl DateValue {
    pub fn day(d: NaiveDate) -> DateValue {
        DateValue {
            year: d.year(),
            month: Some(d.month()),
            day: Some(d.day()),
        }
    }

    pub fn month(year: i32, month: u32) -> DateValue {
        DateValue {
            year,
            month: Some(month),
            day: None,
        }
    }

    pub fn year(year: i32) -> DateValue {
        DateValue {
            year,
            month: None,
            day: None,
        }
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub fn format(&self) -> String {
        // Every date of a text has a year of four digits and a month and day of two: those
        // are written digit by digit (this is asked for every event's date); anything else
        // goes through `format!` as before.
        let two_digits = |part: Option<u32>| part.is_none_or(|n| n < 100);
        if (0..=9999).contains(&self.year) && two_digits(self.month) && two_digits(self.day) {
            let mut out = String::with_capacity(10);
            push_padded(&mut out, self.year.unsigned_abs(), 4);
            match (self.month, self.day) {
                (Some(m), Some(d)) => {
                    out.push('-');
                    push_padded(&mut out, m, 2);
                    out.push('-');
                    push_padded(&mut out, d, 2);
                }
                (Some(m), None) => {
                    out.push('-');
                    push_padded(&mut out, m, 2);
                }
                _ => {}
            }
            return out;
        }
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => format!("{:04}-{:02}", self.year, m),
            _ => format!("{:04}", self.year),
        }
    }

    fn naive(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month?, self.day?)
    }

    /// Days between a day date and `other` (none for a month or a year).
    pub fn days_from(&self, other: NaiveDate) -> Option<i64> {
        self.naive().map(|a| (a - other).num_days().abs())
    }

    /// True when one date contains the other (2026-03 and 2026-03-04).
    pub fn compatible(&self, other: &DateValue) -> bool {
        self.year == other.year
            && (self.month.is_none() || other.month.is_none() || self.month == other.month)
            && (self.day.is_none() || other.day.is_none() || self.day == other.day)
    }

    /// Whether two day dates lie at most `days` apart.
    pub fn within_days(&self, other: &DateValue, days: i64) -> bool {
        match (self.naive(), other.naive()) {
            (Some(a), Some(b)) if self.day.is_some() && other.day.is_some() => {
                (a - b).num_days().abs() <= days
            }
            _ => false,
        }
    }

    /// Comparable key: later is greater; a month counts as its first day.
    pub fn after(&self, publication: NaiveDate) -> bool {
        match (self.month, self.day) {
            (Some(m), Some(d)) => {
                (self.year, m, d) > (publication.year(), publication.month(), publication.day())
            }
            (Some(m), None) => (self.year, m) > (publication.year(), publication.month()),
            _ => self.year > publication.year(),
        }
    }
}

/// A date expression before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKind {
    Full(DateValue),
    MonthDay(u32, u32),
    /// Month with an optional year offset from the publication year ("in March last year").
    Month(u32, Option<i32>),
    Weekday(u32),
    /// "on Monday last week" (-1), "on Friday next week" (1): a weekday of the week so many
    /// weeks from the publication's.
    WeekdayOfWeek(u32, i64),
    DaysFromPublication(i64),
    MonthsFromPublication(i32),
    YearsFromPublication(i32),
    /// "that day", "that evening": the day last mentioned.
    SameDay,
    /// "the next day".
    NextDay,
    /// "later that month".
    SameMonth,
    /// "that year".
    SameYear,
    /// "that December": the month, in the year of the date last told.
    MonthOfPrevious(u32),
    /// "the following year" (1), "the previous year" (-1): years from the date last told.
    YearsFromPrevious(i32),
    /// "a day earlier" (-1), "two days later" (2): days from the day last mentioned.
    DaysFromPrevious(i64),
    /// "on the 12th": a day of the month last mentioned (else of the publication's).
    DayOfMonth(u32),
    /// "last week", "the following week", "last weekend": a time the text gives no day,
    /// month or year for, so the act has no date (and does not take one from before).
    Undated,
}

/// "invaded the islands on April 2, 1982, and Britain dispatched a task force on April 5":
/// a day told without a year after a date of the same sentence that has one is of that year.
pub fn carry_sentence_year(found: &mut [DateMention]) {
    let mut year = None;
    for m in found.iter_mut() {
        match m.kind {
            DateKind::Full(v) => year = Some(v.year),
            DateKind::MonthDay(month, day) => {
                if let Some(date) = year.and_then(|y| NaiveDate::from_ymd_opt(y, month, day)) {
                    m.kind = DateKind::Full(DateValue::day(date));
                }
            }
            _ => {}
        }
    }
}

/// Days of a count word or number at `i` ("a", "one", "two", "3").
fn day_count(doc: &Doc, i: usize) -> Option<i64> {
    let w = doc.lower(i);
    let words = [
        "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    if let Some(n) = words.iter().position(|x| *x == w) {
        return Some(n.max(1) as i64);
    }
    number(doc, i).filter(|&n| n <= 31).map(i64::from)
}

/// Whether the word at `i` ends a phrase ("the day before." but not "the day before the vote").
fn phrase_end(doc: &Doc, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_none_or(|t| t.kind == TokenKind::Punct || matches!(t.lower.as_str(), "and" | "when"))
}

/// A date expression found in a sentence.
#[derive(Debug, Clone, Copy)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub kind: DateKind,
}

/// A month or weekday name ("March", "Tuesday").
pub fn is_calendar_word(word: &str) -> bool {
    MONTHS.contains(&word) || WEEKDAYS.contains(&word)
}

fn month_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            *m == w || (w.len() >= 3 && m.starts_with(w) && (w.len() == 3 || w == "sept"))
        })
        .map(|i| i as u32 + 1)
}

fn number(doc: &Doc, i: usize) -> Option<u32> {
    let t = doc.tokens.get(i)?;
    if t.kind != TokenKind::Number {
        return None;
    }
    t.lower.parse().ok()
}

/// The year token `i` writes ("2013"; not "2013%"), if any.
pub(crate) fn year_at(doc: &Doc, i: usize) -> Option<i32> {
    let n = number(doc, i)?;
    if (1900..=2100).contains(&n) && doc.lower(i).len() == 4 && doc.lower(i + 1) != "%" {
        Some(n as i32)
    } else {
        None
    }
}

/// Capitalized words after which a year is still a date ("Since 2019", "In 2024" in a
/// headline).
const BEFORE_A_YEAR: [&str; 20] = [
    "in", "since", "by", "until", "till", "from", "of", "for", "during", "before", "after", "to",
    "and", "or", "through", "early", "late", "mid", "end", "circa",
];

/// Whether the year at `i` is part of a name: "the Customs Act 2004", "Vision 2030",
/// "Expo 2020" (a capitalized word, not a month and not the sentence's first, before it).
fn year_in_name(doc: &Doc, i: usize) -> bool {
    i >= 2
        && doc.same_sentence(i - 2, i - 1)
        && doc.cap(i - 1)
        && doc.tokens[i - 1].kind == TokenKind::Word
        && month_of(doc.lower(i - 1)).is_none()
        && !BEFORE_A_YEAR.contains(&doc.lower(i - 1))
}

/// Whether the month word at `i`, with no day or year beside it, is part of a name: after
/// a capitalized word of the same sentence ("Defence Minister Dong Jun", "Chief Justice
/// May"), or, shortened, before one ("Jan Lipavsky said").
fn month_in_name(doc: &Doc, i: usize) -> bool {
    let after_name_word = i >= 2
        && doc.same_sentence(i - 2, i - 1)
        && doc.cap(i - 1)
        && doc.tokens[i - 1].kind == TokenKind::Word
        && month_of(doc.lower(i - 1)).is_none()
        && !BEFORE_A_YEAR.contains(&doc.lower(i - 1));
    let shortened = !MONTHS.contains(&doc.lower(i));
    let before_name_word = shortened
        && doc.same_sentence(i, i + 1)
        && doc.cap(i + 1)
        && doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Word);
    after_name_word || before_name_word
}

/// Whether `pos` lies in a clause opened by an untold span ("comes weeks after Somalia
/// accused Ethiopia", "months before the vote"): what it tells of happened at a time the
/// text does not give. A clause fronted before a comma ("Weeks after the vote, X did")
/// does not reach the main clause, and days and hours stay near the time told.
pub fn after_untold_span(doc: &Doc, from: usize, pos: usize) -> bool {
    let Some(cue) = (from + 1..pos).rev().find(|&k| {
        matches!(doc.lower(k), "after" | "before")
            && matches!(
                doc.lower(k - 1),
                "week" | "weeks" | "month" | "months" | "year" | "years"
            )
    }) else {
        return false;
    };
    !(cue..pos).any(|k| matches!(doc.lower(k), "," | ";" | "—" | "–"))
}

/// Head nouns of named texts ("the 1951 Mutual Defense Treaty").
const TEXT_HEADS: [&str; 9] = [
    "treaty",
    "agreement",
    "accord",
    "pact",
    "convention",
    "charter",
    "declaration",
    "protocol",
    "act",
];

/// Whether the year at `i` opens the name of a text ("reaffirmed its commitment to the 1951
/// Mutual Defense Treaty", "the 2015 Paris Agreement"): the year the text was made, not
/// the date of what the sentence tells.
fn year_of_named_text(doc: &Doc, i: usize) -> bool {
    if i == 0 || doc.lower(i - 1) != "the" {
        return false;
    }
    let mut j = i + 1;
    while j < i + 6 && doc.same_sentence(i, j) && doc.cap(j) {
        if TEXT_HEADS.contains(&doc.lower(j)) {
            return true;
        }
        j += 1;
    }
    false
}

/// Whether the year at `i` stands between a determiner and a noun that names no act
/// ("veterans of the 1982 war", "under its 2019 law"): it tells which thing, and the
/// sentence may tell of an act of another time. "the 2018 agreement" names an act of that
/// year.
fn attributive_year(doc: &Doc, i: usize) -> bool {
    i > 0
        && matches!(
            doc.lower(i - 1),
            "the" | "its" | "their" | "his" | "her" | "a" | "an" | "this" | "that"
        )
        && doc.same_sentence(i, i + 1)
        && doc.tokens[i + 1].kind == TokenKind::Word
        && !doc.cap(i + 1)
        && month_of(doc.lower(i + 1)).is_none()
        && !doc.is(i + 1, crate::extract::doc::class::TRIGGER)
        && !matches!(doc.lower(i + 1), "and" | "or" | "to" | "through")
}

/// Words that open a new clause or phrase for dating: a date after one of them tells of
/// another act ("after agents detained them on Sunday", "the tariff that Washington imposed
/// in March", "sentenced him for a theft in 2014").
const CLAUSE_OPENERS: [&str; 16] = [
    ",", ";", ":", "—", "–", "since", "after", "before", "when", "while", "which", "who", "but",
    "until", "that", "for",
];

/// How far after a trigger a date of its own clause may lie.
const CLAUSE_REACH: usize = 20;

/// Whether date mention `m` lies in the clause of the trigger at `pos` (no clause opener
/// between them; a date fronted before a comma, "In August, X threatened", counts).
pub fn same_clause(doc: &Doc, m: &DateMention, pos: usize) -> bool {
    let (from, to) = if m.end <= pos {
        // "..., in May 2016, and it upgraded ...": a comma and a conjunction end the clause.
        if doc.lower(m.end) == "," && matches!(doc.lower(m.end + 1), "and" | "but") {
            return false;
        }
        // "Kenya, which signed a deal in May, imposed tariffs": a date inside a relative
        // clause in commas that closes before the act is the clause's.
        if in_closed_relative(doc, m, pos) {
            return false;
        }
        let from = if doc.lower(m.end) == "," {
            m.end + 1
        } else {
            m.end
        };
        (from, pos)
    } else {
        if m.start > pos + CLAUSE_REACH {
            return false;
        }
        (pos + 1, m.start)
    };
    !(from..to).any(|k| CLAUSE_OPENERS.contains(&doc.lower(k)))
}

/// Whether date `m` stands in a relative clause opened by ", which", ", who" or ", whose"
/// and closed by a comma before token `pos`.
pub fn in_closed_relative(doc: &Doc, m: &DateMention, pos: usize) -> bool {
    let opener = (0..m.start)
        .rev()
        .take_while(|&k| doc.same_sentence(k, m.start) && doc.lower(k) != ",")
        .find(|&k| matches!(doc.lower(k), "which" | "who" | "whose"));
    opener.is_some_and(|k| k > 0 && doc.lower(k - 1) == ",")
        && (m.end..pos).any(|k| doc.lower(k) == ",")
}

/// Publication date from `YYYY-MM-DD[T…]`.
pub fn publication_date(published: Option<&str>) -> Option<NaiveDate> {
    let p = published?;
    let day = p.get(..10)?;
    NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}

/// Date expressions in tokens `start..end`.
pub fn find_dates(doc: &Doc, start: usize, end: usize) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut i = start;
    while i < end {
        // A date opens with a word or a number, never with punctuation or a possessive.
        let opens = doc
            .tokens
            .get(i)
            .is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number));
        if !opens {
            i += 1;
            continue;
        }
        let lower = doc.lower(i);
        let cap = doc.cap(i);
        let mut push = |s: usize, e: usize, kind: DateKind| {
            out.push(DateMention {
                start: s,
                end: e,
                kind,
            })
        };
        // Month names (capitalized, so "may" the verb is not one).
        if cap || doc.tokens[i].is_all_caps(doc.text) {
            if let Some(month) = month_of(lower) {
                let mut e = i + 1;
                if doc.lower(e) == "." {
                    e += 1;
                }
                let day =
                    number(doc, e).filter(|d| (1..=31).contains(d) && doc.lower(e).len() <= 2);
                let day_at = |k: usize| {
                    number(doc, k).filter(|d| (1..=31).contains(d) && doc.lower(k).len() <= 2)
                };
                let mut before_day = if i > start { day_at(i - 1) } else { None };
                // "from 9 to 12 September", "9-12 March": a range of days is dated by its
                // first.
                let mut range_start = None;
                if before_day.is_some()
                    && i >= start + 3
                    && matches!(doc.lower(i - 2), "to" | "-" | "–" | "and" | "until")
                {
                    if let Some(first) = day_at(i - 3) {
                        before_day = Some(first);
                        range_start = Some(i - 3);
                    }
                }
                if let Some(d) = day {
                    e += 1;
                    let mut ye = e;
                    if doc.lower(ye) == "," {
                        ye += 1;
                    }
                    if let Some(y) = year_at(doc, ye) {
                        if let Some(nd) = NaiveDate::from_ymd_opt(y, month, d) {
                            push(i, ye + 1, DateKind::Full(DateValue::day(nd)));
                            i = ye + 1;
                            continue;
                        }
                    }
                    push(i, e, DateKind::MonthDay(month, d));
                    i = e;
                    continue;
                }
                let s = match (range_start, before_day) {
                    (Some(first), _) => first,
                    (None, Some(_)) => i - 1,
                    (None, None) => i,
                };
                if let Some(y) = year_at(doc, e) {
                    let value = match before_day.and_then(|d| NaiveDate::from_ymd_opt(y, month, d))
                    {
                        Some(nd) => DateValue::day(nd),
                        None => DateValue::month(y, month),
                    };
                    push(s, e + 1, DateKind::Full(value));
                    i = e + 1;
                    continue;
                }
                if let Some(d) = before_day {
                    push(s, e, DateKind::MonthDay(month, d));
                    i = e;
                    continue;
                }
                // "in March last year", "last September"
                let offset = if doc.lower(e) == "last" && doc.lower(e + 1) == "year" {
                    e += 2;
                    Some(-1)
                } else if doc.lower(e) == "next" && doc.lower(e + 1) == "year" {
                    e += 2;
                    Some(1)
                } else if doc.lower(e) == "this" && doc.lower(e + 1) == "year" {
                    e += 2;
                    Some(0)
                } else {
                    None
                };
                if offset.is_none() && month_in_name(doc, i) {
                    i += 1;
                    continue;
                }
                push(s, e, DateKind::Month(month, offset));
                i = e;
                continue;
            }
        }
        // "mid-January", "early-March", "late-October": the month.
        if let Some(month) = ["mid-", "early-", "late-"]
            .iter()
            .find_map(|p| lower.strip_prefix(p))
            .and_then(month_of)
        {
            push(i, i + 1, DateKind::Month(month, None));
            i += 1;
            continue;
        }
        if let Some(w) = WEEKDAYS.iter().position(|d| *d == lower) {
            // "on Monday last week", "on Friday next week": that day of the week named.
            let week = match (doc.lower(i + 1), doc.lower(i + 2)) {
                ("last", "week") => Some(-1),
                ("this", "week") => Some(0),
                ("next", "week") => Some(1),
                _ => None,
            };
            if let Some(offset) = week {
                push(i, i + 3, DateKind::WeekdayOfWeek(w as u32, offset));
                i += 3;
                continue;
            }
            push(i, i + 1, DateKind::Weekday(w as u32));
            i += 1;
            continue;
        }
        let next = doc.lower(i + 1);
        match lower {
            "today" | "tonight" => push(i, i + 1, DateKind::DaysFromPublication(0)),
            "yesterday" => push(i, i + 1, DateKind::DaysFromPublication(-1)),
            "tomorrow" => push(i, i + 1, DateKind::DaysFromPublication(1)),
            "this" if matches!(next, "morning" | "afternoon" | "evening") => {
                push(i, i + 2, DateKind::DaysFromPublication(0));
            }
            // "ratified the following year", "the previous year": from the date told before.
            "following" | "next" | "previous" | "preceding"
                if next == "year" && i > 0 && doc.lower(i - 1) == "the" =>
            {
                let step = if matches!(lower, "following" | "next") {
                    1
                } else {
                    -1
                };
                push(i - 1, i + 2, DateKind::YearsFromPrevious(step));
                i += 2;
                continue;
            }
            "last" | "this" | "next" if matches!(next, "month" | "year") => {
                let step = match lower {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
                let kind = if next == "month" {
                    DateKind::MonthsFromPublication(step)
                } else {
                    DateKind::YearsFromPublication(step)
                };
                push(i, i + 2, kind);
                i += 2;
                continue;
            }
            "that" if matches!(next, "day" | "morning" | "afternoon" | "evening" | "night") => {
                push(i, i + 2, DateKind::SameDay)
            }
            "same" if matches!(next, "day" | "morning" | "afternoon" | "evening" | "night") => {
                push(i, i + 2, DateKind::SameDay)
            }
            "that" if next == "month" => push(i, i + 2, DateKind::SameMonth),
            "same" if next == "month" => push(i, i + 2, DateKind::SameMonth),
            "that" if next == "year" => push(i, i + 2, DateKind::SameYear),
            // "In 2013 ... That December": the month of the year told before.
            "that" if doc.cap(i + 1) && month_of(next).is_some() => {
                if let Some(m) = month_of(next) {
                    push(i, i + 2, DateKind::MonthOfPrevious(m));
                }
                i += 2;
                continue;
            }
            "next" | "following" if next == "day" => push(i, i + 2, DateKind::NextDay),
            "previous" | "preceding" if next == "day" => {
                push(i, i + 2, DateKind::DaysFromPrevious(-1))
            }
            // "the day before", "the day after" (alone, not "the day before the vote").
            "day"
                if matches!(next, "before" | "after")
                    && i > 0
                    && doc.lower(i - 1) == "the"
                    && phrase_end(doc, i + 2) =>
            {
                let step = if next == "before" { -1 } else { 1 };
                push(i - 1, i + 2, DateKind::DaysFromPrevious(step));
                i += 2;
                continue;
            }
            // "a day earlier", "two days later".
            "day" | "days"
                if matches!(next, "earlier" | "later" | "before" | "after")
                    && i > 0
                    && (next == "earlier" || next == "later" || phrase_end(doc, i + 2)) =>
            {
                if let Some(n) = day_count(doc, i - 1) {
                    let step = if matches!(next, "earlier" | "before") {
                        -n
                    } else {
                        n
                    };
                    push(i - 1, i + 2, DateKind::DaysFromPrevious(step));
                    i += 2;
                    continue;
                }
            }
            // "two days ago", "a day ago".
            "day" | "days" if next == "ago" && i > 0 => {
                if let Some(n) = day_count(doc, i - 1) {
                    push(i - 1, i + 2, DateKind::DaysFromPublication(-n));
                    i += 2;
                    continue;
                }
            }
            // "on the 12th"
            "the" if i > 0 && doc.lower(i - 1) == "on" && ORDINALS.contains(&doc.lower(i + 2)) => {
                if let Some(d) = number(doc, i + 1).filter(|d| (1..=31).contains(d)) {
                    if !doc.cap(i + 3) {
                        push(i - 1, i + 3, DateKind::DayOfMonth(d));
                        i += 3;
                        continue;
                    }
                }
            }
            "week" | "weekend"
                if i > 0
                    && matches!(
                        doc.lower(i - 1),
                        "last" | "this" | "next" | "following" | "previous" | "same" | "that"
                    ) =>
            {
                push(i - 1, i + 1, DateKind::Undated)
            }
            "the" if next == "time" && i > 0 && doc.lower(i - 1) == "at" => {
                push(i - 1, i + 2, DateKind::SameDay)
            }
            _ => {
                if let Some(y) = year_at(doc, i) {
                    let prev = if i > 0 { doc.lower(i - 1) } else { "" };
                    if !matches!(prev, "$" | "us$" | "€" | "£")
                        && !doc.lower(i + 1).starts_with("billion")
                        && !year_in_name(doc, i)
                        && !year_of_named_text(doc, i)
                    {
                        push(i, i + 1, DateKind::Full(DateValue::year(y)));
                    }
                }
            }
        }
        i += 1;
    }
    // "veterans of the 1982 war marched on Tuesday": beside another date, a year that tells
    // which thing yields to it.
    let attributive = |m: &DateMention| {
        matches!(m.kind, DateKind::Full(_))
            && m.end == m.start + 1
            && attributive_year(doc, m.start)
    };
    if out.iter().any(|m| !attributive(m)) {
        out.retain(|m| !attributive(m));
    }
    out
}

fn add_months(year: i32, month: u32, delta: i32) -> (i32, u32) {
    let index = year * 12 + month as i32 - 1 + delta;
    (index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
}

/// Resolves a date expression. `forward`: the act is planned, so undated months and
/// weekdays lie ahead of the publication date. `previous`: the last date told before.
pub fn resolve(
    kind: DateKind,
    publication: NaiveDate,
    forward: bool,
    previous: Option<DateValue>,
) -> Option<DateValue> {
    let (py, pm) = (publication.year(), publication.month());
    match kind {
        DateKind::Full(v) => Some(v),
        DateKind::MonthDay(m, d) => {
            let this_year = NaiveDate::from_ymd_opt(py, m, d)?;
            let date = if forward {
                if this_year >= publication {
                    this_year
                } else {
                    NaiveDate::from_ymd_opt(py + 1, m, d)?
                }
            } else if this_year <= publication {
                this_year
            } else {
                NaiveDate::from_ymd_opt(py - 1, m, d)?
            };
            Some(DateValue::day(date))
        }
        DateKind::Month(m, Some(offset)) => Some(DateValue::month(py + offset, m)),
        DateKind::Month(m, None) => {
            let year = if forward {
                if m >= pm { py } else { py + 1 }
            } else if m <= pm {
                py
            } else {
                py - 1
            };
            Some(DateValue::month(year, m))
        }
        DateKind::Weekday(w) => {
            let today = publication.weekday().num_days_from_monday() as i64;
            let delta = if forward {
                (w as i64 - today).rem_euclid(7)
            } else {
                -((today - w as i64).rem_euclid(7))
            };
            Some(DateValue::day(publication + Duration::days(delta)))
        }
        DateKind::WeekdayOfWeek(w, weeks) => {
            let today = publication.weekday().num_days_from_monday() as i64;
            let delta = 7 * weeks + w as i64 - today;
            Some(DateValue::day(publication + Duration::days(delta)))
        }
        DateKind::DaysFromPublication(d) => Some(DateValue::day(publication + Duration::days(d))),
        DateKind::MonthsFromPublication(d) => {
            let (y, m) = add_months(py, pm, d);
            Some(DateValue::month(y, m))
        }
        DateKind::YearsFromPublication(d) => Some(DateValue::year(py + d)),
        DateKind::SameDay => previous,
        DateKind::NextDay => previous
            .and_then(|p| p.naive())
            .map(|d| DateValue::day(d + Duration::days(1))),
        DateKind::SameMonth => previous.and_then(|p| p.month.map(|m| DateValue::month(p.year, m))),
        DateKind::SameYear => previous.map(|p| DateValue::year(p.year)),
        DateKind::MonthOfPrevious(m) => previous.map(|p| DateValue::month(p.year, m)),
        DateKind::YearsFromPrevious(n) => previous.map(|p| DateValue::year(p.year + n)),
        DateKind::DaysFromPrevious(n) => previous
            .and_then(|p| p.naive())
            .map(|d| DateValue::day(d + Duration::days(n))),
        DateKind::DayOfMonth(d) => {
            let (y, m) = match previous {
                Some(DateValue {
                    year,
                    month: Some(m),
                    ..
                }) => (year, m),
                _ => (py, pm),
            };
            let date = NaiveDate::from_ymd_opt(y, m, d)?;
            let back = previous.is_none() && !forward && date > publication;
            if back {
                let (y, m) = add_months(y, m, -1);
                NaiveDate::from_ymd_opt(y, m, d).map(DateValue::day)
            } else {
                Some(DateValue::day(date))
            }
        }
        DateKind::Undated => None,
    }
}

/// Appends the last `width` decimal digits of `n` to `out`, zeros first: `{n:0width$}` for
/// an `n` below `10^width`.
fn push_padded(out: &mut String, n: u32, width: u32) {
    for place in (0..width).rev() {
        let digit = n / 10u32.pow(place) % 10;
        // A digit: below 10.
        out.push(char::from(b'0' + digit as u8));
    }
}

#[cfg(test)]
#[path = "dates_tests.rs"]
mod tests;
