//! Header lines of plain-text articles: bylines ("By X", "Written by X in Colombo",
//! "Issued by: Ministry of …"), date lines (with the place beside them: "Accra | 3 May
//! 2026", "3 May 2026 - Accra - Ministry of Trade"; two labelled dates with only spaces
//! between), the office named as source ("Source: Press Office", "From: Press Office"),
//! labels ("author", "Live updates", "Author: X", "URL: …", breadcrumbs) and bare URLs. A
//! header line is short, matches one of these shapes whole, and may hold several of them
//! separated by `|`, `·` or `•`; beside a date, a short rubric ("Live coverage") or a time
//! alone ("Last update 20:40") is a label.

use crate::reader::bylines::{is_any_role_word, is_person_name, is_role};
use crate::reader::dateline::{date_among_names, place_and_date};
use crate::reader::masthead::{is_breadcrumb, is_rubric};
use crate::reader::published::{DateLine, is_time_line, parse_date_line, parse_labelled_dates};

/// What one header line (or one segment of it) says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderItem {
    /// "author" standing alone: the next line names the author.
    AuthorLabel,
    Author(String),
    Date(DateLine),
    Url(String),
    /// The office or agency named as the source ("Source: Public Affairs Unit"): the
    /// author when no byline names one.
    Source(String),
    /// A page or section label with nothing to keep ("Live updates", "Analysis").
    Label,
}

/// Longest header segment, in words; longer lines are prose.
const MAX_HEADER_WORDS: usize = 14;
/// Longest author name, in words.
const MAX_NAME_WORDS: usize = 10;
/// Words that may stand before "by" in a byline.
const BYLINE_VERBS: &[&str] = &[
    "written",
    "reported",
    "reporting",
    "interview",
    "interviewed",
    "compiled",
    "story",
    "words",
    "text",
    "posted",
    "edited",
    "produced",
    "issued",
    "published",
    "released",
];
/// Bylines naming an institution: the whole value is the author.
const INSTITUTION_VERBS: &[&str] = &["issued", "published", "released"];
const AUTHOR_KEYS: &[&str] = &[
    "author",
    "authors",
    "byline",
    "by",
    "writer",
    "reporter",
    "written by",
];
const URL_KEYS: &[&str] = &["url", "link", "source url", "canonical url"];
/// Keys naming the issuing office ("From: Department of Fisheries").
const SOURCE_KEYS: &[&str] = &["source", "sources", "from"];
const IGNORED_KEYS: &[&str] = &[
    "section",
    "category",
    "categories",
    "tags",
    "topics",
    "filed under",
    "photo",
    "image",
    "location",
    "language",
    "reading time",
];
const PAGE_LABELS: &[&str] = &[
    "live",
    "live updates",
    "live blog",
    "updates",
    "analysis",
    "opinion",
    "comment",
    "news",
    "breaking",
    "breaking news",
    "exclusive",
    "explainer",
    "editorial",
    "feature",
    "press release",
    "media release",
    "news release",
    "statement",
    "press statement",
    "media statement",
    "for immediate release",
    "immediate release",
    "business",
    "economy",
    "national",
    "international",
    "regional",
    "diplomacy",
    "africa",
    "asia",
    "europe",
    "americas",
    "middle east",
    "asia pacific",
    "latin america",
    "readout",
    "world",
    "politics",
    "share",
    "save",
    "share this article",
    "print",
    "listen",
    "listen to this article",
    "follow",
    "advertisement",
    "full screen image",
    "date",
    "published",
    "posted",
    "updated",
];

/// The items of a header line, or `None` when the line is not a header line.
/// A rubric of signed pieces, before the name of their writer ("Opinion | Name").
fn is_column_rubric(segment: &str) -> bool {
    const COLUMNS: [&str; 8] = [
        "opinion",
        "analysis",
        "comment",
        "commentary",
        "column",
        "perspective",
        "viewpoint",
        "essay",
    ];
    COLUMNS.iter().any(|c| segment.eq_ignore_ascii_case(c))
}

pub fn classify(line: &str) -> Option<Vec<HeaderItem>> {
    if let Some(date) = parse_date_line(line)
        .or_else(|| place_and_date(line))
        .or_else(|| date_among_names(line))
    {
        return Some(vec![HeaderItem::Date(date)]);
    }
    if let Some(dates) = parse_labelled_dates(line) {
        return Some(dates.into_iter().map(HeaderItem::Date).collect());
    }
    if let Some(items) = date_then_byline(line) {
        return Some(items);
    }
    let segments: Vec<&str> = segments(line)
        .map(str::trim)
        .filter(|segment| !segment.is_empty())
        .collect();
    let mut items = Vec::new();
    let mut rubrics = 0;
    let mut writer = None;
    let mut column_writer = false;
    for (index, segment) in segments.iter().enumerate() {
        if segments.len() > 1 && is_time_line(segment) {
            // "Last update 20:40" beside the date: a time alone on its line is the body's
            // (a live blog's first entry), not a header line.
            items.push(HeaderItem::Label);
        } else if classify_segment(segment, &mut items).is_none() {
            // "Live coverage | 4 May 2026": a rubric is a label only beside a date.
            is_rubric(segment).then_some(())?;
            let last_after_date = index + 1 == segments.len()
                && items.iter().any(|item| matches!(item, HeaderItem::Date(_)));
            // "Opinion | Andrés Villamil": a column's rubric, then who writes it.
            let after_column = index > 0 && is_column_rubric(segments[index - 1]);
            if (index == 0 && segments.len() > 2 || last_after_date || after_column)
                && is_writer_name(segment)
            {
                writer = Some(segment.to_string());
                column_writer = after_column;
            } else {
                rubrics += 1;
            }
        }
    }
    // "By Jane Mwangi | Reuters": a rubric may stand beside a byline too.
    let has_date_or_byline = || {
        items
            .iter()
            .any(|item| matches!(item, HeaderItem::Date(_) | HeaderItem::Author(_)))
    };
    (rubrics == 0 && writer.is_none() || column_writer || has_date_or_byline()).then(|| {
        items.extend((0..rubrics).map(|_| HeaderItem::Label));
        items.extend(writer.map(HeaderItem::Author));
        items
    })
}

/// "Posted on March 5, 2026 by Jane Okello": a date line, then the writer after "by".
fn date_then_byline(line: &str) -> Option<Vec<HeaderItem>> {
    // A date has a digit: most lines asked are the body's, with none, and are not searched.
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let at = line.rfind(" by ").or_else(|| line.rfind(" By "))?;
    let date = parse_date_line(line[..at].trim())?;
    let mut items = author_value(line[at + 4..].trim(), false)?;
    items.insert(0, HeaderItem::Date(date));
    Some(items)
}

/// Words of a release's reference number ("No. 123/2026", "Ref: MFA/2026/45", "Press
/// Release No. 45").
const REFERENCE_WORDS: &[&str] = &[
    "no.",
    "no",
    "no:",
    "nr:",
    "number",
    "number:",
    "nr.",
    "ref",
    "ref.",
    "ref:",
    "reference",
    "reference:",
    "number",
    "press",
    "release",
    "statement",
    "policy",
    "brief",
    "briefing",
    "paper",
    "working",
    "issue",
];

/// A release's reference number alone: a few reference words, then a number that may hold
/// `/` or `-` ("No. 123/2026").
fn is_reference_number(segment: &str) -> bool {
    let words: Vec<&str> = segment.split_whitespace().take(6).collect();
    let Some((number, before)) = words.split_last() else {
        return false;
    };
    (2..=5).contains(&words.len())
        && number.chars().any(|c| c.is_ascii_digit())
        && number
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '.'))
        && before
            .iter()
            .all(|w| is_any_of(&w.to_lowercase(), REFERENCE_WORDS))
        // "Press release 2026": a year is no reference; "Press release 31/2026" is one.
        && (number.contains('/')
            || before
                .iter()
                .any(|w| !matches!(w.to_lowercase().as_str(), "press" | "release" | "statement")))
}

/// The first of three segments or more, beside a date, shaped as a person's name in
/// mixed case and not a page's section ("Jane Mwangi | Nairobi | 4 May 2026", "Ana Lima •
/// 4 May 2026 • 3 min read"; not "World News | …", "NAIROBI | …"): the writer. A place
/// has the same shape, but a line of three segments names its writer first.
fn is_writer_name(segment: &str) -> bool {
    is_person_name(segment)
        && segment.chars().any(char::is_lowercase)
        && !segment
            .split_whitespace()
            .any(|word| is_page_label(&word.to_lowercase()))
}

/// `line.split(['|', '·', '•'])`, the separators found on the bytes (`|`, `C2 B7`,
/// `E2 80 A2`) rather than character by character: most lines asked are long paragraphs
/// of the body, with none.
fn segments(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(line);
    std::iter::from_fn(move || {
        let text = rest?;
        match next_separator(text.as_bytes()) {
            Some((at, width)) => {
                rest = text.get(at + width..);
                text.get(..at)
            }
            None => rest.take(),
        }
    })
}

/// The offset and width of the first segment separator in `bytes`. Blocks of bytes with
/// no byte that may open one are passed over whole, without a branch per byte.
fn next_separator(bytes: &[u8]) -> Option<(usize, usize)> {
    const BLOCK: usize = 64;
    let may_open = |seen: bool, &b: &u8| seen | (b == b'|') | (b == 0xc2) | (b == 0xe2);
    let mut start = 0;
    while start < bytes.len() {
        let end = bytes.len().min(start + BLOCK);
        let block = &bytes[start..end];
        // A whole block is read as an array, whose known length lets the test vectorize.
        let whole: Option<&[u8; BLOCK]> = block.try_into().ok();
        let may_hold = whole.map_or_else(
            || block.iter().fold(false, may_open),
            |whole| whole.iter().fold(false, may_open),
        );
        if may_hold {
            for i in start..end {
                match bytes[i] {
                    b'|' => return Some((i, 1)),
                    0xc2 if bytes.get(i + 1) == Some(&0xb7) => return Some((i, 2)),
                    0xe2 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0xa2]) => {
                        return Some((i, 3));
                    }
                    _ => {}
                }
            }
        }
        start = end;
    }
    None
}

/// Words of roles that do not write the article ("Photo editor", "Video producer").
const OTHER_MEDIA_WORDS: &[&str] = &[
    "photo",
    "photos",
    "photography",
    "video",
    "graphics",
    "image",
    "images",
    "illustration",
];

/// A label naming the writer by role ("Staff writer:", "Correspondent:"): at most three
/// words, the last a role word, none naming other media ("Photo editor:").
fn is_role_key(key: &str) -> bool {
    let words: Vec<&str> = key.split_whitespace().take(4).collect();
    (1..=3).contains(&words.len())
        && words.last().is_some_and(|w| is_any_role_word(w))
        && !words.iter().any(|w| is_any_of(w, OTHER_MEDIA_WORDS))
}

/// Whether a line after an "author" label can be the author's name ("DD Staff").
pub fn is_plausible_name(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=MAX_NAME_WORDS).contains(&words)
        && line.chars().next().is_some_and(char::is_uppercase)
        && !ends_like_a_sentence(line)
        && parse_date_line(line).is_none()
}

fn classify_segment(segment: &str, items: &mut Vec<HeaderItem>) -> Option<()> {
    // More words than a header has, found without counting a long line's every word.
    if segment.split_whitespace().nth(MAX_HEADER_WORDS).is_some() {
        return None;
    }
    if let Some(date) = parse_date_line(segment)
        .or_else(|| date_among_names(segment))
        .or_else(|| date_of_two_calendars(segment))
    {
        items.push(HeaderItem::Date(date));
    } else if is_url(segment) {
        items.push(HeaderItem::Url(segment.to_string()));
    } else if let Some(byline) = byline(segment) {
        items.extend(byline);
    } else if let Some(item) = labelled_value(segment) {
        items.push(item);
    } else {
        let label = segment.trim_end_matches(':').trim_end().to_lowercase();
        if AUTHOR_KEYS.contains(&label.as_str()) {
            items.push(HeaderItem::AuthorLabel);
        } else if is_page_label(&label)
            // "[Unofficial translation from the Chinese original]": an editor's note.
            || segment.starts_with('[') && segment.ends_with(']')
            || is_reading_time(&label)
            || is_breadcrumb(segment)
            || is_reference_number(segment)
        {
            items.push(HeaderItem::Label);
        } else {
            return None;
        }
    }
    Some(())
}

/// "22 Mehr 1405 – 14 October 2026, 10:40": a date in another calendar, a dash, then the
/// same day in the Gregorian one (or the other way round).
fn date_of_two_calendars(segment: &str) -> Option<DateLine> {
    let (first, second) = [" – ", " — ", " - ", " / "]
        .iter()
        .find_map(|dash| segment.split_once(dash))?;
    let other_calendar = |side: &str| side.chars().any(|c| c.is_ascii_digit());
    match (
        parse_date_line(first.trim()),
        parse_date_line(second.trim()),
    ) {
        (None, Some(date)) if other_calendar(first) => Some(date),
        (Some(date), None) if other_calendar(second) => Some(date),
        _ => None,
    }
}

/// "By X", "by: X", "Written by X in Colombo", "Issued by: Ministry of …".
fn byline(segment: &str) -> Option<Vec<HeaderItem>> {
    let mut rest = segment;
    let mut verb = None;
    for _ in 0..3 {
        let (word, after) = split_first_word(rest)?;
        let bare = word.trim_end_matches(':');
        if bare.eq_ignore_ascii_case("by") {
            let value = after.trim_start_matches(':').trim_start();
            let is_institution = verb.is_some_and(|v| is_any_of(v, INSTITUTION_VERBS));
            return author_value(value, is_institution);
        }
        if !is_any_of(bare, BYLINE_VERBS) || word.ends_with(':') {
            return None;
        }
        verb = Some(bare);
        rest = after;
    }
    None
}

/// "Author: X", "URL: https://…", "Section: World".
fn labelled_value(segment: &str) -> Option<HeaderItem> {
    let (key, value) = segment.split_once(':')?;
    let key = key.trim().to_lowercase();
    let value = value.trim();
    if is_any_of(&key, AUTHOR_KEYS) || is_role_key(&key) {
        if value.is_empty() {
            return Some(HeaderItem::AuthorLabel);
        }
        let mut items = author_value(value, false)?;
        return (items.len() == 1).then(|| items.remove(0));
    }
    if is_any_of(&key, URL_KEYS) && is_url(value) {
        return Some(HeaderItem::Url(value.to_string()));
    }
    if is_any_of(&key, SOURCE_KEYS) {
        return match author_value(value, true).as_deref() {
            Some([HeaderItem::Author(name)]) if !is_url(value) => {
                Some(HeaderItem::Source(name.clone()))
            }
            _ => Some(HeaderItem::Label),
        };
    }
    // "News code: 84219", "Story ID: A-1207": the outlet's number for the piece.
    let is_piece_number = ["code", "id", "no", "number"]
        .iter()
        .any(|word| key.split_whitespace().last() == Some(word))
        && !value.is_empty()
        && value.chars().any(|c| c.is_ascii_digit())
        && !value.contains(char::is_whitespace);
    (is_any_of(&key, IGNORED_KEYS) || is_piece_number).then_some(HeaderItem::Label)
}

/// The author of a byline's value; a person's place ("in Colombo") and a date after a
/// comma or dash are split off. `None` when the value does not look like a name.
fn author_value(value: &str, is_institution: bool) -> Option<Vec<HeaderItem>> {
    let mut items = Vec::new();
    let mut name = value.trim();
    if !is_institution {
        for separator in [", ", " - ", " – ", " — ", " on "] {
            if let Some((before, after)) = name.split_once(separator) {
                if let Some(date) = parse_date_line(after) {
                    items.push(HeaderItem::Date(date));
                    name = before.trim();
                    break;
                }
            }
        }
        if let Some((before, role)) = name.split_once(", ") {
            if is_role(role) {
                name = before.trim_end();
            }
        }
        // "Jane Okello, Reuters", "Ana Lima, Nairobi": the writer's outlet or city.
        if let Some((before, after)) = name.rsplit_once(", ") {
            let one_word = !after.contains(char::is_whitespace)
                && after.chars().next().is_some_and(char::is_uppercase)
                && after.chars().all(char::is_alphabetic);
            if one_word && crate::reader::bylines::is_person_name(before) {
                name = before.trim_end();
            }
        }
        if let Some(at) = name.rfind(" in ") {
            if name[at + 4..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            {
                name = name[..at].trim_end();
            }
        }
    }
    let name = name.trim_end_matches([',', ';']);
    let words = name.split_whitespace().count();
    let looks_like_name = (1..=MAX_NAME_WORDS).contains(&words)
        && name
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !ends_like_a_sentence(name);
    if !looks_like_name {
        return None;
    }
    items.insert(0, HeaderItem::Author(name.to_string()));
    Some(items)
}

/// Ends with `.`, `!` or `?` after a full word (initials and "Jr." do not count).
fn ends_like_a_sentence(text: &str) -> bool {
    if text.ends_with(['!', '?']) {
        return true;
    }
    let Some(stem) = text.strip_suffix('.') else {
        return false;
    };
    let last_word = stem
        .rsplit(|c: char| c.is_whitespace() || c == '.')
        .next()
        .unwrap_or("");
    last_word.chars().count() > 3
}

fn is_url(text: &str) -> bool {
    (text.starts_with("https://") || text.starts_with("http://"))
        && !text.contains(char::is_whitespace)
}

/// A page or section label, singular or plural ("Press Releases", "Updates").
fn is_page_label(label: &str) -> bool {
    PAGE_LABELS.contains(&label)
        || label
            .strip_suffix('s')
            .is_some_and(|singular| PAGE_LABELS.contains(&singular))
}

/// "5 min read", "3 minute read", "4 mins read".
pub fn is_reading_time(label: &str) -> bool {
    let mut words = label.split_whitespace();
    let number = words
        .next()
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()));
    let unit = words
        .next()
        .is_some_and(|w| matches!(w, "min" | "mins" | "minute" | "minutes"));
    // "3 min read", or "3 min" alone under a "Listen to this article" label.
    number && unit && matches!(words.next(), Some("read") | None) && words.next().is_none()
}

fn split_first_word(text: &str) -> Option<(&str, &str)> {
    let text = text.trim_start();
    if text.is_empty() {
        return None;
    }
    let end = text.find(char::is_whitespace).unwrap_or(text.len());
    Some((&text[..end], text[end..].trim_start()))
}

fn is_any_of(word: &str, list: &[&str]) -> bool {
    list.iter()
        .any(|candidate| word.eq_ignore_ascii_case(candidate))
}

#[cfg(test)]
mod segments_tests {
    #[test]
    fn segments_split_as_the_separator_characters_do() {
        for line in [
            "Kigali | Mon, Aug 3, 2026 | 6:05 pm",
            "By Ana Lima · 5 min read",
            "World • Africa|",
            "|",
            "",
            "no separator at all, Café “quoted” — x",
            "– · •·|•",
        ] {
            let expected: Vec<&str> = line.split(['|', '·', '•']).collect();
            assert_eq!(
                super::segments(line).collect::<Vec<_>>(),
                expected,
                "{line}"
            );
        }
        let long = format!("{}|{}•{}", "a".repeat(70), "é".repeat(40), "b".repeat(130));
        let expected: Vec<&str> = long.split(['|', '·', '•']).collect();
        assert_eq!(super::segments(&long).collect::<Vec<_>>(), expected);
    }
}

#[cfg(test)]
mod tests {
    use super::{HeaderItem, classify, is_plausible_name};
    use crate::reader::published::DateLine;

    fn author(name: &str) -> HeaderItem {
        HeaderItem::Author(name.to_string())
    }

    fn date(value: &str, is_update: bool) -> HeaderItem {
        HeaderItem::Date(DateLine {
            value: value.to_string(),
            is_update,
            is_ambiguous: false,
        })
    }

    #[test]
    fn bylines_of_every_shape() {
        let cases = [
            ("By Rafael Monteiro", "Rafael Monteiro"),
            ("by DD Staff", "DD Staff"),
            ("Written by Dilani Perera in Colombo", "Dilani Perera"),
            ("Reported by Lucía Ferrández", "Lucía Ferrández"),
            ("Compiled by Farah Naz Qureshi", "Farah Naz Qureshi"),
            (
                "Issued by: Ministry of Foreign Affairs, Malaysia",
                "Ministry of Foreign Affairs, Malaysia",
            ),
            (
                "Published by Office of the President in Suva",
                "Office of the President in Suva",
            ),
            ("BY: J. R. Okafor Jr.", "J. R. Okafor Jr."),
            ("Author: Mere Tuilagi", "Mere Tuilagi"),
            ("By Aino Virtanen, Helsinki correspondent", "Aino Virtanen"),
            ("by Luis Ortega, Senior Andes Reporter", "Luis Ortega"),
            ("Staff writer: Haruto Sato", "Haruto Sato"),
            ("Correspondent: Lwazi Dube", "Lwazi Dube"),
            (
                "Author: Ministry of Foreign Affairs",
                "Ministry of Foreign Affairs",
            ),
        ];
        for (line, expected) in cases {
            let items = classify(line);
            assert_eq!(items.as_deref(), Some(&[author(expected)][..]), "{line}");
        }
    }

    #[test]
    fn byline_with_a_date_and_segmented_lines() {
        assert_eq!(
            classify("By Ana Lima, March 4, 2026"),
            Some(vec![author("Ana Lima"), date("2026-03-04", false)])
        );
        assert_eq!(
            classify("Posted by Ana Lima on Mar 4, 2026 at 9:05 am"),
            Some(vec![author("Ana Lima"), date("2026-03-04T09:05:00", false)])
        );
        assert_eq!(
            classify("Live updates | Last updated 12 May 2026, 19:20 GMT"),
            Some(vec![HeaderItem::Label, date("2026-05-12T19:20:00Z", true)])
        );
        assert_eq!(
            classify("By Ana Lima · 5 min read"),
            Some(vec![author("Ana Lima"), HeaderItem::Label])
        );
    }

    #[test]
    fn labels_and_urls() {
        assert_eq!(classify("author"), Some(vec![HeaderItem::AuthorLabel]));
        assert_eq!(classify("Analysis"), Some(vec![HeaderItem::Label]));
        assert_eq!(classify("Press Releases"), Some(vec![HeaderItem::Label]));
        assert_eq!(classify("Author"), Some(vec![HeaderItem::AuthorLabel]));
        assert_eq!(classify("Photo editor: Ana Lima"), None);
        let url = HeaderItem::Url("https://example.org/a".to_string());
        assert_eq!(classify("https://example.org/a"), Some(vec![url.clone()]));
        assert_eq!(classify("URL: https://example.org/a"), Some(vec![url]));
    }

    #[test]
    fn source_offices_places_beside_dates_and_breadcrumbs() {
        assert_eq!(
            classify("Source: Office of Public Information"),
            Some(vec![HeaderItem::Source(
                "Office of Public Information".to_string()
            )])
        );
        assert_eq!(
            classify("Source: https://example.org/release"),
            Some(vec![HeaderItem::Label])
        );
        assert_eq!(
            classify("Kigali | Mon, Aug 3, 2026 | 6:05 pm"),
            Some(vec![date("2026-08-03T18:05:00", false)])
        );
        assert_eq!(
            classify("Home > Africa > East Africa"),
            Some(vec![HeaderItem::Label])
        );
        assert_eq!(
            classify("FOR IMMEDIATE RELEASE"),
            Some(vec![HeaderItem::Label])
        );
        assert_eq!(
            classify("ISSUED BY: MINISTRY OF INFORMATION"),
            Some(vec![author("MINISTRY OF INFORMATION")])
        );
    }

    #[test]
    fn rubrics_and_times_beside_a_date_and_an_office_after_from() {
        let friday = || date("2027-03-12", false);
        assert_eq!(
            classify("Live coverage | Friday 12 March 2027"),
            Some(vec![friday(), HeaderItem::Label])
        );
        assert_eq!(
            classify("Friday 12 March 2027 · Last update 17:55 (GMT+2)"),
            Some(vec![friday(), HeaderItem::Label])
        );
        assert_eq!(
            classify("Published: 12 Mar 2027 09:10   Updated: 12 Mar 2027 11:30"),
            Some(vec![
                date("2027-03-12T09:10:00", false),
                date("2027-03-12T11:30:00", true)
            ])
        );
        assert_eq!(
            classify("From: Office of the Premier"),
            Some(vec![HeaderItem::Source(
                "Office of the Premier".to_string()
            )])
        );
        // Without a date beside them, rubrics and times alone are not header lines.
        for line in [
            "Live coverage | Harbour Talks",
            "17:55 GMT",
            "Live coverage | the talks go on",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
    }

    #[test]
    fn prose_and_datelines_are_not_header_lines() {
        for line in [
            "By the end of the week, the ministers had agreed on a text.",
            "By Tuesday the talks had stalled.",
            "by the numbers",
            "TALLINN — Estonia on Tuesday ordered a Russian diplomat to leave.",
            "KUCHING, 13 AUGUST 2026",
            "Economic Cooperation",
            "Note: the talks resume on Monday",
            "Pressures",
            "Ministers, Copenhagen correspondents said",
            "Kigali | talks resume",
            "Trade grew 4% / 2026",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
    }

    #[test]
    fn plausible_names_after_an_author_label() {
        assert!(is_plausible_name("DD Staff"));
        assert!(!is_plausible_name("the talks resumed"));
        assert!(!is_plausible_name("March 4, 2026"));
        assert!(!is_plausible_name(
            "Officials met for three hours and agreed."
        ));
    }
}
#[cfg(test)]
mod column_tests {
    use super::{HeaderItem, classify};

    #[test]
    fn a_columns_rubric_stands_before_its_writer() {
        assert_eq!(
            classify("Opinion | Andrés Villamil"),
            Some(vec![
                HeaderItem::Label,
                HeaderItem::Author("Andrés Villamil".to_string())
            ])
        );
    }

    #[test]
    fn an_editors_note_and_a_papers_number_are_labels() {
        for line in [
            "[Translated from the Spanish]",
            "POLICY BRIEF No. 41",
            "Working Paper No 7",
        ] {
            assert_eq!(classify(line), Some(vec![HeaderItem::Label]), "{line}");
        }
    }
}
