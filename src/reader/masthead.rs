//! The masthead of a page: lines above the headline that are not the article's own
//! (section paths "Economy | Shipping", breadcrumbs "Home > World > Africa", letterheads
//! in capitals "MINISTRY OF TRADE", an issuing body with its section "Ministry of Trade |
//! Press Releases", the headline with the site's name "Headline | The Courier", the site's
//! name among its navigation or over a section path, an institution over its section
//! label), and where the headline stands under them: right above the first line naming
//! the author or the date, or above a standfirst over that line.

use crate::reader::bylines::{bare_byline, is_bare_author_name, is_role_line};
use crate::reader::dateline::dateline;
use crate::reader::header::{HeaderItem, classify};
use crate::reader::navigation::is_navigation;
use crate::reader::normalize::same_text;
use crate::reader::published::parse_date_line;
use crate::reader::text::is_headline_shaped;

/// Most masthead lines above a headline.
const MAX_MASTHEAD_LINES: usize = 6;
/// Most words in one part of a section path, a breadcrumb or an issuing body's name.
const MAX_SECTION_WORDS: usize = 8;
/// Most words in a letterhead line in capitals ("OFFICE OF THE PRIME MINISTER").
const MAX_LETTERHEAD_WORDS: usize = 8;
/// Separators of breadcrumb parts, besides `/` with spaces around it (not "and/or").
const BREADCRUMB_MARKS: &[char] = &['>', '»', '›'];
/// Most words in a site's name standing alone above the headline ("The Harbour Courier").
const MAX_SITE_NAME_WORDS: usize = 6;
/// Most words in a rubric beside a section name or a date ("World | In brief").
const MAX_RUBRIC_WORDS: usize = 4;
/// First words of institutions' names: the kinds of body that issue releases.
const INSTITUTION_WORDS: &[&str] = &[
    "ministry",
    "department",
    "office",
    "embassy",
    "consulate",
    "mission",
    "government",
    "presidency",
    "agency",
    "commission",
    "council",
    "secretariat",
    "parliament",
    "directorate",
    "authority",
];
/// Short lower-case words a breadcrumb's part may hold besides `NAME_PARTICLES` ("News in
/// English", "Back to School").
const CRUMB_PARTICLES: &[&str] = &["in", "at", "to", "by", "from", "with"];
/// Short lower-case words inside section and office names ("Ministry of Trade and Industry").
const NAME_PARTICLES: &[&str] = &["of", "and", "the", "for", "on", "&", "de", "la"];

/// How a line near the top of a page reads, for finding the headline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TopLine {
    /// Names the author or the date: the headline stands above it.
    Metadata,
    /// A page or section label, a breadcrumb: furniture anywhere in the header.
    Label,
    Other,
}

/// The index of the headline when the first non-blank line (`lines[first_index]`) is
/// masthead: the headline is the line right above the first line that names the author
/// or the date (with only label lines between them), and every line above it is masthead
/// furniture or a label. `None` when the first line is the headline or no such block is
/// found.
///
/// A name standing alone above a date line may be the byline ("Chanda Mwila" over
/// "2026-05-04") or a headline in title case: it is read as a byline only when the
/// headline cannot be found otherwise.
pub fn headline_under_masthead(lines: &[&str], first_index: usize) -> Option<usize> {
    let top: Vec<usize> = (first_index..lines.len())
        .filter(|&index| !lines[index].is_empty())
        .take(MAX_MASTHEAD_LINES + 4)
        .collect();
    let top_lines: Vec<&str> = top.iter().map(|&index| lines[index]).collect();
    // Each line is read once (date parsing is the costly part), for both readings.
    let facts: Vec<LineFacts> = top_lines.iter().map(|line| LineFacts::of(line)).collect();
    [false, true]
        .into_iter()
        .find_map(|bare_names_are_bylines| {
            let kinds: Vec<TopLine> = (0..facts.len())
                .map(|position| top_line(&facts[position..], bare_names_are_bylines))
                .collect();
            headline_position(&top_lines, &facts, &kinds)
                .or_else(|| headline_below_header(&top_lines, &facts, &kinds))
        })
        .map(|position| top[position])
}

/// The position of a headline that stands under the date line of a release, when only
/// the issuer's names stand above that line: "Government.no" / "Ministry of Trade" /
/// "Press release | Date: 05/11/2026 | No: 118/2026" / the headline.
fn headline_below_header(
    top_lines: &[&str],
    facts: &[LineFacts],
    kinds: &[TopLine],
) -> Option<usize> {
    let anchor = kinds.iter().position(|kind| *kind == TopLine::Metadata)?;
    if anchor == 0 || !facts[anchor].date {
        return None;
    }
    let issuer_above = (0..anchor).all(|position| {
        let line = top_lines[position];
        kinds[position] == TopLine::Label
            || is_masthead_line(line, "")
            || is_institution_name(line)
            || is_domain_name(line)
            || is_site_name(position, &top_lines[..anchor], &facts[..anchor])
    });
    if !issuer_above {
        return None;
    }
    let headline = (anchor + 1..kinds.len()).find(|&position| kinds[position] == TopLine::Other)?;
    (headline <= MAX_MASTHEAD_LINES + 1 && is_headline_shaped(top_lines[headline]))
        .then_some(headline)
}

/// A site's address standing as its name: one word with a dot before a short ending of
/// letters ("Government.no", "Regjeringen.dk", "gov.uk").
fn is_domain_name(line: &str) -> bool {
    !line.contains(char::is_whitespace)
        && line.rsplit_once('.').is_some_and(|(name, ending)| {
            !name.is_empty()
                && (2..=6).contains(&ending.len())
                && ending.chars().all(|c| c.is_ascii_alphabetic())
                && name
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
        })
}

/// What a line near the top of a page holds, read once.
struct LineFacts {
    /// Only page or section labels.
    labels_only: bool,
    /// Header items (byline, date, labels) or a whole-line dateline.
    metadata: bool,
    /// Among its header items, a date.
    date: bool,
    /// A bare byline or an author's name standing alone.
    bare_name: bool,
    /// A writer's role alone on the line ("Economics Writer").
    role: bool,
    /// A line of the site's navigation ("Skip to content", "Menu").
    navigation: bool,
}

impl LineFacts {
    fn of(line: &str) -> LineFacts {
        let items = classify(line);
        let metadata = items.is_some() || dateline(line).is_some();
        LineFacts {
            labels_only: items
                .as_ref()
                .is_some_and(|items| items.iter().all(|item| *item == HeaderItem::Label)),
            metadata,
            date: items
                .as_ref()
                .is_some_and(|items| items.iter().any(|item| matches!(item, HeaderItem::Date(_)))),
            bare_name: !metadata && (bare_byline(line).is_some() || is_bare_author_name(line)),
            role: !metadata && is_role_line(line),
            navigation: is_navigation(line),
        }
    }
}

/// The position of the headline among the top lines of a page, read as `kinds`: the
/// last other line above the first metadata line, or the one above it when a standfirst
/// stands between the headline and the byline.
fn headline_position(top_lines: &[&str], facts: &[LineFacts], kinds: &[TopLine]) -> Option<usize> {
    let anchor = kinds.iter().position(|kind| *kind == TopLine::Metadata)?;
    let mut others = kinds[..anchor]
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, kind)| **kind == TopLine::Other)
        .map(|(position, _)| position);
    let last = others.next();
    let above_a_standfirst = others.next();
    [last, above_a_standfirst]
        .into_iter()
        .flatten()
        .find(|&headline| is_headline_at(headline, top_lines, facts, kinds))
}

/// Whether `top_lines[headline]` is shaped like a headline, not too far down, with only
/// masthead lines above it.
fn is_headline_at(
    headline: usize,
    top_lines: &[&str],
    facts: &[LineFacts],
    kinds: &[TopLine],
) -> bool {
    let headline_line = top_lines[headline];
    let is_masthead_above = (0..headline).all(|position| {
        let line = top_lines[position];
        kinds[position] == TopLine::Label
            || same_text(line, headline_line)
            || is_masthead_line(line, headline_line)
            || is_site_name(position, &top_lines[..headline], &facts[..headline])
            || position > 0 && is_letterhead(top_lines[position - 1]) && is_motto(line)
            || is_issuer_name(line)
    });
    headline > 0
        && headline <= MAX_MASTHEAD_LINES
        && is_masthead_above
        && is_headline_shaped(headline_line)
}

/// Whether `lines[position]`, above the headline, is the name of the site or of the
/// issuing body: a short name beside the site's navigation ("Menu"), over a section path
/// ("News | Local"), or an institution's name over a section label ("Ministry of Trade"
/// over "Press Releases"). A short name alone reads like a headline, so it needs one of
/// these beside it.
fn is_site_name(position: usize, lines: &[&str], facts: &[LineFacts]) -> bool {
    let line = lines[position];
    // An institution's name may be longer than a site's ("Ministry of Foreign Affairs and
    // International Cooperation").
    let too_long =
        line.split_whitespace().nth(MAX_SITE_NAME_WORDS).is_some() && !is_institution_name(line);
    if !is_short_name(line) || too_long {
        return false;
    }
    let beside_navigation = [position.checked_sub(1), Some(position + 1)]
        .into_iter()
        .flatten()
        .any(|neighbour| facts.get(neighbour).is_some_and(|facts| facts.navigation));
    let next = lines.get(position + 1).copied();
    let over_a_section_path = next.is_some_and(|next| {
        next.contains('|') && is_masthead_line(next, "") || is_breadcrumb(next)
    });
    let over_a_label = facts
        .get(position + 1)
        .is_some_and(|facts| facts.labels_only);
    beside_navigation || over_a_section_path || over_a_label && is_institution_name(line)
}

/// An institution's name: its first word (after "The") names the kind of body ("Ministry
/// of Foreign Affairs", "Office of the President", "The Presidency").
fn is_institution_name(name: &str) -> bool {
    let mut words = name.split_whitespace();
    let first = match words.next() {
        Some(the) if the.eq_ignore_ascii_case("the") => words.next(),
        first => first,
    };
    first.is_some_and(|word| {
        INSTITUTION_WORDS
            .iter()
            .any(|kind| word.eq_ignore_ascii_case(kind))
    })
}

/// The headline without the site's name after (or before) a `|`, when a line of `rest`
/// near the top repeats the headline alone: "Rail Strike Ends | Northern Courier" over
/// "Rail Strike Ends" is "Rail Strike Ends".
pub fn without_site_name<'a>(title: &'a str, rest: &[&str]) -> &'a str {
    let (Some((head, _)), Some((_, tail))) = (title.split_once('|'), title.rsplit_once('|')) else {
        return without_trailing_site_name(title);
    };
    let repeated = |part: &str| {
        rest.iter()
            .filter(|line| !line.is_empty())
            .take(MAX_MASTHEAD_LINES)
            .any(|line| same_text(line, part))
    };
    [head.trim(), tail.trim()]
        .into_iter()
        .find(|part| !part.is_empty() && repeated(part))
        .unwrap_or_else(|| without_trailing_site_name(title))
}

/// Most words of a site's name after a headline's last `|` ("Africa News", "The East
/// African Times").
const MAX_SITE_WORDS: usize = 4;

/// The headline without what a page's title adds after it: the site's name after a `|`
/// ("Rail Strike Ends | Northern Courier"), and a date with the site's name before it after
/// dashes ("Rail Strike Ends – NC – 03/05/2026").
fn without_trailing_site_name(title: &str) -> &str {
    let mut head = title;
    let mut after_date = false;
    loop {
        let Some((at, separator)) = [" | ", " – ", " — ", " - "]
            .into_iter()
            .filter_map(|s| head.rfind(s).map(|at| (at, s)))
            .max_by_key(|&(at, _)| at)
        else {
            return head;
        };
        let (before, tail) = (head[..at].trim_end(), head[at + separator.len()..].trim());
        // A headline of a few words at least stays.
        if before.split_whitespace().nth(2).is_none() {
            return head;
        }
        let is_date = crate::reader::published::parse_date_line(tail).is_some();
        let is_site = (separator == " | " || after_date)
            && tail.split_whitespace().count() <= MAX_SITE_WORDS
            && is_short_name(tail);
        if !(is_date || is_site) {
            return head;
        }
        after_date = is_date;
        head = before;
    }
}

/// "Home > World > Africa", "Home / Region / Politics": two parts or more, each a short
/// capitalized name.
pub fn is_breadcrumb(text: &str) -> bool {
    let parts: Vec<&str> = text
        .split(" / ")
        .flat_map(|part| part.split(BREADCRUMB_MARKS))
        .map(str::trim)
        .collect();
    parts.len() >= 2
        && parts.iter().all(|part| {
            // "News in English › Politics": a section's name may hold small words that a
            // body's or office's name does not.
            is_short_name(part)
                || (is_short_name(&without_crumb_particles(part))
                    && part.chars().next().is_some_and(char::is_uppercase))
        })
}

/// `part` without the small words a section's name in a breadcrumb may hold ("in", "at").
fn without_crumb_particles(part: &str) -> String {
    part.split_whitespace()
        .filter(|word| !CRUMB_PARTICLES.contains(word))
        .collect::<Vec<_>>()
        .join(" ")
}

/// How `lines[0]` reads; `lines[1]` is the next non-blank line, if any.
fn top_line(lines: &[LineFacts], bare_names_are_bylines: bool) -> TopLine {
    let Some((line, rest)) = lines.split_first() else {
        return TopLine::Other;
    };
    if line.labels_only || line.navigation {
        TopLine::Label
    } else if line.metadata
        || bare_names_are_bylines
            && line.bare_name
            && rest.first().is_some_and(|next| next.date || next.role)
    {
        TopLine::Metadata
    } else {
        TopLine::Other
    }
}

/// A line of a masthead above `headline`: the headline with the site's name, a section
/// path or an issuing body with its section ("Economy | Shipping"), or a letterhead line
/// in capitals. A short name standing alone is not one: it reads like a headline.
fn is_masthead_line(line: &str, headline: &str) -> bool {
    let segments: Vec<&str> = line.split('|').map(str::trim).collect();
    if segments.len() < 2 {
        return is_letterhead(line);
    }
    let is_site_title = [segments.first(), segments.last()]
        .into_iter()
        .flatten()
        .any(|segment| same_text(segment, headline));
    let is_section_path = segments.iter().all(|segment| {
        is_short_name(segment)
            || is_rubric(segment)
            || classify(segment).is_some_and(|items| items == [HeaderItem::Label])
    });
    is_site_title || is_section_path
}

/// A rubric beside a section name or a date: a few words of letters, the first
/// capitalized ("In brief", "At a glance", "Live coverage").
pub fn is_rubric(segment: &str) -> bool {
    // Words counted only up to one too many: most segments asked are whole paragraphs.
    let words = segment
        .split_whitespace()
        .take(MAX_RUBRIC_WORDS + 1)
        .count();
    (1..=MAX_RUBRIC_WORDS).contains(&words)
        && segment.chars().next().is_some_and(char::is_uppercase)
        && segment.split_whitespace().enumerate().all(|(index, word)| {
            // "World, All": sections listed with commas.
            word.strip_suffix(',')
                .unwrap_or(word)
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
                // "Khazar News Agency (KhNA)": an outlet's short name in brackets last.
                || index > 0
                    && word.len() > 3
                    && word.starts_with('(')
                    && word.ends_with(')')
                    && segment.ends_with(word)
                    && word[1..word.len() - 1].chars().all(char::is_alphabetic)
        })
}

/// A state's motto under its letterhead: a few capitalized words and nothing else
/// ("Nation Religion King", "Unity, Work, Progress").
fn is_motto(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words.iter().all(|word| {
            let word = word.trim_end_matches([',', '-', '–']);
            word.chars().next().is_some_and(char::is_uppercase)
                && word.chars().all(|c| c.is_alphabetic() || c == '-')
        })
}

/// Capitals only, a few words, no digits: "REPUBLIC OF MALAWI", "THE PRESIDENCY".
fn is_letterhead(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=MAX_LETTERHEAD_WORDS).contains(&words)
        && line.chars().any(char::is_alphabetic)
        && line
            .chars()
            .all(|c| c.is_uppercase() || (!c.is_alphabetic() && !c.is_ascii_digit()))
        && !line.ends_with(['.', '!', '?', ':', ','])
}

/// Words that make a name a state's ("Arab Republic of Egypt", "Kingdom of Norway").
const STATE_WORDS: &[&str] = &[
    "republic",
    "kingdom",
    "federation",
    "sultanate",
    "emirates",
    "principality",
    "commonwealth",
    "confederation",
];

/// The issuer's name on a letterhead, in title case: an institution's ("Ministry of
/// Foreign Affairs, Emigration and Egyptian Expatriates", "Government of Pakistan") or a
/// state's ("Arab Republic of Egypt"). Only names: every word capitalized but small
/// particles, a comma at most after a word, so "Ministry of Defence under fire" is none.
fn is_issuer_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let names_a_state = words.iter().any(|word| {
        STATE_WORDS
            .iter()
            .any(|state| word.trim_end_matches(',').eq_ignore_ascii_case(state))
    });
    (2..=MAX_SECTION_WORDS + 4).contains(&words.len())
        && (is_institution_name(line) || names_a_state)
        && !line.ends_with([',', '.', ':', ';'])
        && words
            .iter()
            .all(|word| is_name_word(word.strip_suffix(',').unwrap_or(word)))
}

/// The headline under a letterhead that no date or byline line follows: "MINISTRY OF
/// FOREIGN AFFAIRS" / "SINGAPORE" / "MFA PRESS STATEMENT" / the headline, with the date
/// signed at the foot. Only letterhead lines (capitals, or an issuer's name) stand above
/// it, and it is in mixed case and shaped like a headline.
pub fn headline_under_letterhead(lines: &[&str], first_index: usize) -> Option<usize> {
    let mut letterhead = 0;
    for (index, line) in lines.iter().enumerate().skip(first_index) {
        if line.is_empty() {
            continue;
        }
        if is_letterhead(line) || is_issuer_name(line) {
            letterhead += 1;
            if letterhead > MAX_MASTHEAD_LINES {
                return None;
            }
            continue;
        }
        // "MINISTERS AGREE ON FERRY PACT" over "By Jonas Berg": a headline in capitals.
        let headline = letterhead > 0
            && classify(line).is_none()
            && line.chars().any(char::is_lowercase)
            && is_headline_shaped(line)
            && lines[index + 1..].iter().any(|l| !l.is_empty());
        return headline.then_some(index);
    }
    None
}

/// The date signed at the foot of a release, under the issuer's letterhead: "MINISTRY OF
/// FOREIGN AFFAIRS" / "SINGAPORE" / "22 APRIL 2026" as its last lines.
pub fn signed_date(lines: &[&str]) -> Option<String> {
    let mut tail = lines.iter().rev().filter(|line| !line.is_empty());
    let last = tail.next()?;
    let above = tail.next()?;
    let date = parse_date_line(last).filter(|date| !date.is_update)?;
    is_letterhead(above).then_some(date.value)
}

/// A short name: capitalized words, small particles between them, no sentence marks
/// ("Business", "Ministry of Fisheries and Marine Resources", "Asia Pacific").
pub fn is_short_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=MAX_SECTION_WORDS).contains(&words.len())
        && words
            .first()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        && words.iter().all(|word| is_name_word(word))
}

/// A word of a name: capitalized or a small particle, of letters and a few marks.
fn is_name_word(word: &str) -> bool {
    let capitalized = word.chars().next().is_some_and(char::is_uppercase);
    (capitalized || NAME_PARTICLES.contains(&word))
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '&' | '.'))
}

#[cfg(test)]
mod tests {
    use super::{headline_under_masthead, is_breadcrumb, is_masthead_line, without_site_name};

    fn headline(page: &str) -> Option<&str> {
        let lines: Vec<&str> = page.split('\n').collect();
        headline_under_masthead(&lines, 0).map(|index| lines[index])
    }

    #[test]
    fn the_headline_stands_above_the_byline_or_date() {
        let cases = [
            "Politics | Elections\nVoters Return to Polls in Lusaka\nBy Chanda Mwila\n\nVoters returned.",
            "Home » Africa » Zambia\n\nVoters Return to Polls in Lusaka\nAnalysis\n4 May 2026\n\nText.",
            "DEPARTMENT OF HOME AFFAIRS\nMEDIA STATEMENT\nVoters Return to Polls in Lusaka\nLusaka, 4 May 2026\n\nText.",
            "Voters Return to Polls in Lusaka | Zambezi Post\nVoters Return to Polls in Lusaka\nChanda Mwila\n2026-05-04\n\nText.",
        ];
        for page in cases {
            assert_eq!(
                headline(page),
                Some("Voters Return to Polls in Lusaka"),
                "{page}"
            );
        }
        // A headline shaped like a name, over a date line, is still the headline.
        for page in [
            "REPUBLIC OF ZAMBIA\nSTATE HOUSE\nVoters Flock To Polls\nIssued: 4 May 2026\n\nText.",
            "Home | Press Releases\nVoters Flock To Polls\nPosted 4 May 2026\n\nText.",
        ] {
            assert_eq!(headline(page), Some("Voters Flock To Polls"), "{page}");
        }
    }

    #[test]
    fn no_masthead_no_headline_below() {
        for page in [
            // The first line is the headline.
            "Voters Return to Polls\nBy Chanda Mwila\n\nVoters returned.",
            // A standfirst is not a headline.
            "Politics\nVoters returned to the polls on Monday.\nBy Chanda Mwila\n\nText.",
            // Prose above is not masthead.
            "Voters returned on Monday in large numbers to the polls.\nTurnout Rises\nBy Chanda Mwila\n\nText.",
            // A headline in title case over a second one stays the headline.
            "Port Strike Ends\nDockers Return to Work in Durban\nBy Chanda Mwila\n\nText.",
            // No byline or date: nothing says where the header is.
            "Politics | Elections\nVoters Return to Polls\n\nVoters returned.",
        ] {
            assert_eq!(headline(page), None, "{page}");
        }
    }

    #[test]
    fn masthead_lines() {
        let headline = "Port Strike Ends";
        assert!(is_masthead_line(
            "Port Strike Ends | The Harbour Times",
            headline
        ));
        assert!(is_masthead_line(
            "Ministry of Transport | News Releases",
            headline
        ));
        assert!(is_masthead_line("REPUBLIC OF MALAWI", headline));
        assert!(is_masthead_line("Business & Economy | Markets", headline));
        assert!(!is_masthead_line("Dockers Walk Out", headline));
        assert!(!is_masthead_line("Dockers walked out on Monday.", headline));
        assert!(!is_masthead_line("Strike | what we know so far", headline));
        assert!(is_breadcrumb("Home > News > Europe"));
        assert!(is_breadcrumb("Home / Latin America / Trade"));
        assert!(is_breadcrumb("News › Africa » Sahel"));
        assert!(!is_breadcrumb("Trade grew by 4% in 2026 / 2027"));
        assert!(!is_breadcrumb("Oslo"));
    }

    #[test]
    fn the_site_name_goes_when_the_headline_is_repeated() {
        let rest = ["", "Port Strike Ends", "By Ana Lima"];
        assert_eq!(
            without_site_name("Port Strike Ends | The Harbour Times", &rest),
            "Port Strike Ends"
        );
        assert_eq!(
            without_site_name("The Harbour Times | Port Strike Ends", &rest),
            "Port Strike Ends"
        );
        assert_eq!(
            without_site_name("Port Strike Ends | The Harbour Times", &["Body."]),
            "Port Strike Ends"
        );
        assert_eq!(
            without_site_name("Strike | Ends", &["Body."]),
            "Strike | Ends"
        );
    }
}
