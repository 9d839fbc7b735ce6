//! Plain-text articles, scraped pages included: the title, then header lines in any
//! order (bylines, date lines, labels, blank lines, the title repeated, an "author" label
//! followed by a name), then the body from the first line that is not a header line.
//!
//! The title is the first non-blank line, unless masthead lines (section paths,
//! breadcrumbs, letterheads) stand above the headline over the byline or date, or the
//! first line is itself a header line (a lone field label such as "author" or "Press
//! Releases", a byline, a date): then the header lines at the top are read and the title
//! is the headline under them, when there is one (a line repeated at once, or a line
//! shaped like a headline with text after it). A site's name after a `|` goes from the
//! title (and a date after dashes, with the site's name before it). A standfirst right under the title, over the byline or date,
//! is passed over by the header and kept as the body's first paragraph.

use crate::reader::body::{finish_body, link_list_len};
use crate::reader::bylines::{
    bare_byline, is_bare_author_name, is_names_list, is_outlet_line, is_person_name, is_role_line,
};
use crate::reader::dateline::{dateline, lead_dateline};
use crate::reader::header::{HeaderItem, classify, is_plausible_name};
use crate::reader::masthead::{
    headline_under_letterhead, headline_under_masthead, signed_date, without_site_name,
};
use crate::reader::name_case::normal_case_name;
use crate::reader::normalize::{normalize_chars, normalize_inline, same_text};
use crate::reader::{Article, Problem, problem};

/// Longest headline, in words; a longer line under leading header lines is prose.
const MAX_TITLE_WORDS: usize = 40;

/// Reads a plain-text article from its decoded text.
pub fn read_text(path: &str, text: &str) -> Result<Article, Problem> {
    let normalized = normalize_chars(text);
    let lines: Vec<&str> = normalized.split('\n').map(str::trim).collect();
    let Some(first_index) = lines.iter().position(|line| !line.is_empty()) else {
        return Err(problem(path, None, "empty file"));
    };
    let (title_index, mut header) = locate_title(&lines, first_index);
    let after_title = &lines[title_index + 1..];
    let title = normalize_inline(without_site_name(lines[title_index], after_title));
    let header_len = header.scan(after_title, &title);
    let standfirst = header.standfirst.map(|index| [after_title[index], ""]);
    let body_lines = standfirst
        .iter()
        .flatten()
        .chain(&after_title[header_len..]);
    let text = finish_body(body_lines.copied(), &title);
    if text.is_empty() {
        return Err(problem(
            path,
            Some(title_index + 1),
            "title but no body text",
        ));
    }
    Ok(Article {
        source_path: path.to_string(),
        title,
        author: header.author.or(header.source),
        // With no date over the body, the wire dateline opening it dates the article.
        published: header
            .published
            .or(header.updated)
            .or_else(|| lead_dateline(&text).map(|date| date.value))
            .or_else(|| signed_date(&lines)),
        url: header.url,
        text,
    })
}

/// The title's line index and what the header lines above it said. The first non-blank
/// line (`first_index`) is the title unless masthead or header lines stand above a
/// headline.
fn locate_title(lines: &[&str], first_index: usize) -> (usize, Header) {
    if let Some(headline) = headline_under_masthead(lines, first_index) {
        // Only labels and furniture stand above it, and perhaps a release's date line
        // ("Press release | Date: 05/11/2026"): only dates are kept.
        let mut header = Header::default();
        for line in &lines[first_index..headline] {
            for item in classify(line).into_iter().flatten() {
                if matches!(item, HeaderItem::Date(_)) {
                    header.take(item);
                }
            }
        }
        return (headline, header);
    }
    if let Some(headline) = headline_under_letterhead(lines, first_index) {
        return (headline, Header::default());
    }
    let mut header = Header::default();
    let leading = header.scan_before_title(&lines[first_index..]);
    let candidate = first_index + leading;
    if leading > 0 && candidate < lines.len() && is_headline_over_a_body(&lines[candidate..]) {
        return (candidate, header);
    }
    (first_index, Header::default())
}

/// Whether `lines[0]` is a headline: repeated on the next non-blank line, or shaped like
/// a headline (short, not ending like a sentence); either way with a body under it.
fn is_headline_over_a_body(lines: &[&str]) -> bool {
    let Some((candidate, rest)) = lines.split_first() else {
        return false;
    };
    let has_body = rest
        .iter()
        .any(|line| !line.is_empty() && !same_text(line, candidate));
    has_body && (is_repeated(candidate, rest) || is_headline_shaped(candidate))
}

/// Whether the next non-blank line of `rest` is `line` again.
fn is_repeated(line: &str, rest: &[&str]) -> bool {
    rest.iter()
        .find(|next| !next.is_empty())
        .is_some_and(|next| same_text(next, line))
}

/// Short, opening with a capital or a digit (after an opening quote: "'We will not
/// yield': …"), and not ending in `.`, `:`, `,` or `;` after
/// a full word (abbreviations such as "U.S." or "Jr." do not count).
pub fn is_headline_shaped(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let ends_like_prose = line.ends_with([':', ',', ';'])
        || line.strip_suffix('.').is_some_and(|stem| {
            stem.split_whitespace()
                .next_back()
                .is_some_and(|last| last.chars().count() > 2 && !last.contains('.'))
        });
    (1..=MAX_TITLE_WORDS).contains(&words)
        && line
            .trim_start_matches(['\'', '"', '‘', '“'])
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !ends_like_prose
}

/// What the header lines said; the first of each kind wins.
#[derive(Debug, Default)]
struct Header {
    author: Option<String>,
    published: Option<String>,
    /// An "Updated" date, used only when no publication date is given.
    updated: Option<String>,
    url: Option<String>,
    /// The office named as source: the author when no byline names one.
    source: Option<String>,
    /// An "author" label was seen and no author yet.
    expecting_author: bool,
    /// How many dates the header lines gave.
    dates_seen: usize,
    /// The last header line gave a date: names under it are the byline.
    last_was_date: bool,
    /// The last header line named the author: a role under it is theirs.
    last_was_author: bool,
    /// The index of the standfirst passed over between the title and the byline.
    standfirst: Option<usize>,
    /// The publication date was read from numbers that read either way ("03/05/2026").
    published_is_ambiguous: bool,
}

impl Header {
    /// Reads the header lines above the title (labels, bylines, dates, a name after an
    /// "author" label); returns the index of the first other line. A line repeated at
    /// once is the title, never a name.
    fn scan_before_title(&mut self, lines: &[&str]) -> usize {
        for (index, line) in lines.iter().enumerate() {
            if line.is_empty() {
                continue;
            }
            if let Some(items) = classify(line) {
                items.into_iter().for_each(|item| self.take(item));
            } else if self.expecting_author
                && is_plausible_name(line)
                && !is_repeated(line, &lines[index + 1..])
            {
                self.take(HeaderItem::Author(line.to_string()));
            } else {
                return index;
            }
        }
        lines.len()
    }

    /// Reads the header lines at the start of `lines`; returns how many there are. A
    /// standfirst right under the title, over the byline or date, is passed over and kept
    /// for the body (`self.standfirst`).
    fn scan(&mut self, lines: &[&str], title: &str) -> usize {
        let mut index = 0;
        while let Some(&line) = lines.get(index) {
            let rest = &lines[index + 1..];
            index += 1;
            // "•" alone between a byline and its date is a separator, as a blank line is.
            if line.is_empty() || same_text(line, title) || is_separator_line(line) {
                continue;
            }
            let list = link_list_len(&lines[index - 1..]);
            if list > 0 {
                // "Share" over the networks' names, "Key events" over links to entries.
                index += list - 1;
                continue;
            }
            let said_author = self.author.is_some();
            let dates_seen = self.dates_seen;
            if let Some(items) = classify(line) {
                items.into_iter().for_each(|item| self.take(item));
            } else if let Some(date) = self.has_no_date().then(|| dateline(line)).flatten() {
                // "Maseru, 2 October 2026": a release's dateline dates it when nothing
                // else does; with a date known, it is the body's start.
                self.take(HeaderItem::Date(date));
            } else if self.expecting_author && is_plausible_name(line) {
                self.take(HeaderItem::Author(line.to_string()));
            } else if let Some(name) = bare_byline(line).filter(|_| self.author.is_none()) {
                self.take(HeaderItem::Author(name));
            } else if self.author.is_none()
                && is_bare_author_name(line)
                && is_over_a_date_or_role(rest)
            {
                // A bare name just above the date line ("Carmela Reyes" / "2026-05-20T…",
                // "AFP" / "Published on …") or above the writer's role ("Economics
                // Writer"): the byline of pages that drop the "By".
                self.take(HeaderItem::Author(line.to_string()));
            } else if is_outlet_line(line) && is_over_a_date_or_role(rest) {
                // "The East African" over the date: the paper's name, no writer.
                self.take(HeaderItem::Label);
            } else if self.author.is_none()
                && (self.last_was_date
                    && (is_names_list(line)
                        || (is_person_name(line)
                            && next_non_blank(rest).is_some_and(|next| classify(next).is_some())))
                    || !self.has_no_date()
                        && is_person_name(line)
                        && next_non_blank(rest)
                            .is_some_and(|next| is_role_line(next) || is_outlet_line(next)))
            {
                // Names under the date line: the writers of a shared piece, or one writer
                // over more header lines ("Jane Okello" / "3 Min Read"); past the date and
                // its page labels, a name over the writer's role or outlet ("Jonas Berg" /
                // "Nordic correspondent").
                self.take(HeaderItem::Author(line.to_string()));
            } else if self.last_was_author && (is_role_line(line) || is_outlet_line(line)) {
                self.take(HeaderItem::Label);
            } else if self.standfirst.is_none() && !self.said_anything() && opens_header(rest) {
                self.standfirst = Some(index - 1);
                continue;
            } else {
                return index - 1;
            }
            self.last_was_author = !said_author && self.author.is_some();
            self.last_was_date = self.dates_seen > dates_seen;
        }
        lines.len()
    }

    /// Whether a header line above named the author or a date.
    fn said_anything(&self) -> bool {
        self.author.is_some() || self.source.is_some() || !self.has_no_date()
    }

    fn has_no_date(&self) -> bool {
        self.published.is_none() && self.updated.is_none()
    }

    fn take(&mut self, item: HeaderItem) {
        match item {
            HeaderItem::AuthorLabel => self.expecting_author = self.author.is_none(),
            HeaderItem::Author(name) => {
                self.expecting_author = false;
                self.author
                    .get_or_insert_with(|| normal_case_name(&normalize_inline(&name)));
            }
            HeaderItem::Source(name) => {
                self.source
                    .get_or_insert_with(|| normal_case_name(&normalize_inline(&name)));
            }
            HeaderItem::Date(date) => {
                self.dates_seen += 1;
                // "03/05/2026" over "March 5, 2026": the date written out says which.
                if !date.is_update
                    && !date.is_ambiguous
                    && self.published_is_ambiguous
                    && self.published.as_deref().is_some_and(|p| {
                        p.get(..10) == day_and_month_swapped(&date.value).as_deref()
                    })
                {
                    self.published = Some(date.value);
                    self.published_is_ambiguous = false;
                    return;
                }
                let slot = if date.is_update {
                    &mut self.updated
                } else {
                    self.published_is_ambiguous |= self.published.is_none() && date.is_ambiguous;
                    &mut self.published
                };
                slot.get_or_insert(date.value);
            }
            HeaderItem::Url(url) => {
                self.url.get_or_insert(url);
            }
            HeaderItem::Label => {}
        }
    }
}

/// A line of separator marks only ("•", "|", "—").
fn is_separator_line(line: &str) -> bool {
    line.chars()
        .all(|c| matches!(c, '•' | '·' | '|' | '-' | '–' | '—' | '*') || c.is_whitespace())
}

/// The `YYYY-DD-MM` of a `YYYY-MM-DD…` value: the date read with day and month the other
/// way round.
fn day_and_month_swapped(value: &str) -> Option<String> {
    let (year, month, day) = (value.get(..4)?, value.get(5..7)?, value.get(8..10)?);
    Some(format!("{year}-{day}-{month}"))
}

/// Whether the next non-blank line is a date line or a writer's role ("Economics Writer"),
/// the writer's outlet perhaps between ("Reuters" / "March 5, 2026").
fn is_over_a_date_or_role(lines: &[&str]) -> bool {
    let Some(at) = lines
        .iter()
        .position(|line| !line.is_empty() && !is_separator_line(line))
    else {
        return false;
    };
    let line = lines[at];
    is_date_line(line)
        || is_role_line(line)
        || (is_outlet_line(line)
            && next_non_blank(&lines[at + 1..])
                .is_some_and(|next| is_date_line(next) || is_role_line(next)))
}

/// Whether the next non-blank line opens the header under a standfirst: a byline, a date
/// line, or a name standing alone over one of them.
fn opens_header(lines: &[&str]) -> bool {
    let Some(index) = lines.iter().position(|line| !line.is_empty()) else {
        return false;
    };
    let line = lines[index];
    let names_or_dates = |items: Vec<HeaderItem>| {
        items
            .iter()
            .any(|item| matches!(item, HeaderItem::Author(_) | HeaderItem::Date(_)))
    };
    classify(line).is_some_and(names_or_dates)
        || bare_byline(line).is_some()
        || is_bare_author_name(line) && is_over_a_date_or_role(&lines[index + 1..])
}

fn next_non_blank<'a>(lines: &[&'a str]) -> Option<&'a str> {
    lines
        .iter()
        .find(|line| !line.is_empty() && !is_separator_line(line))
        .copied()
}

/// A date line and nothing else.
fn is_date_line(line: &str) -> bool {
    classify(line).is_some_and(|items| {
        !items.is_empty() && items.iter().all(|i| matches!(i, HeaderItem::Date(_)))
    })
}

#[cfg(test)]
mod tests {
    use super::read_text;
    use crate::reader::Article;

    fn article(text: &str) -> Article {
        read_text("a.txt", text).expect("should read")
    }

    #[test]
    fn scraped_page_with_label_repeated_title_and_boilerplate() {
        let page = "Harbour Deal Signed as Ministers Meet in Valletta\n\nauthor\nby Island Desk\n\
                    February 2, 2026 04:15 PM\nHarbour Deal Signed as Ministers Meet in Valletta\n\n\
                    The two ministers signed the deal on Monday.\n\nTalks will continue in March.\n\n\
                    Full screen image\nHarbour Deal Signed as Ministers Meet in Valletta\n";
        let read = article(page);
        assert_eq!(
            read.title,
            "Harbour Deal Signed as Ministers Meet in Valletta"
        );
        assert_eq!(read.author.as_deref(), Some("Island Desk"));
        assert_eq!(read.published.as_deref(), Some("2026-02-02T16:15:00"));
        assert_eq!(
            read.text,
            "The two ministers signed the deal on Monday.\n\nTalks will continue in March."
        );
        assert_eq!(read.source_path, "a.txt");
    }

    #[test]
    fn navigation_on_one_line_and_a_breadcrumb_with_small_words_are_masthead() {
        let read = article(
            "Lakeside Herald | News | Politics | Business | Opinion\nSearch    Subscribe    Log in\n\
             News in English › Africa\n\nMalawi and Zambia agree to reopen the Chitipa crossing\n\n\
             Grace Banda\n3 March 2026, 10:05\n\nMalawi and Zambia agreed on Monday to reopen it.",
        );
        assert_eq!(
            read.title,
            "Malawi and Zambia agree to reopen the Chitipa crossing"
        );
        assert_eq!(read.author.as_deref(), Some("Grace Banda"));
        assert_eq!(read.published.as_deref(), Some("2026-03-03T10:05:00"));
    }

    #[test]
    fn a_release_dated_above_its_headline_keeps_the_date() {
        let read = article(
            "Regjeringen.dk\nMinistry of Industry, Business and Financial Affairs\n\
             Press release | Date: 14/03/2026 | No: 41/2026\n\n\
             Denmark asks EU to review steel quotas for Nordic partners\n\n\
             The minister met the European Commissioner for Trade in Brussels on Thursday.",
        );
        assert_eq!(
            read.title,
            "Denmark asks EU to review steel quotas for Nordic partners"
        );
        assert_eq!(read.published.as_deref(), Some("2026-03-14"));
        assert!(read.text.starts_with("The minister met"), "{}", read.text);
    }

    #[test]
    fn a_letterhead_with_its_motto_and_a_long_ministry_name_stand_above_the_headline() {
        let read = article(
            "REPUBLIC OF CAMEROON\nPeace Work Fatherland\n\
             Ministry of External Relations and International Cooperation\n\nPRESS RELEASE\n\n\
             Official Visit of the Prime Minister of Chad to the Republic of Cameroon\n\n\
             Yaounde, 9 December 2025\n\n\
             1. At the invitation of the Prime Minister of Cameroon, the Prime Minister of Chad paid \
             an official visit to Cameroon.",
        );
        assert_eq!(
            read.title,
            "Official Visit of the Prime Minister of Chad to the Republic of Cameroon"
        );
        assert_eq!(read.published.as_deref(), Some("2025-12-09"));
    }

    #[test]
    fn a_date_line_with_its_update_in_brackets() {
        let read = article(
            "Chile closes Arica crossing\nAna Rojas | Santiago\n24/09/2026 - 09:15 (updated 13:40)\n\n\
             President Gabriel Boric ordered the closure of the crossing on Monday.",
        );
        assert_eq!(read.published.as_deref(), Some("2026-09-24T09:15:00"));
        assert_eq!(read.author.as_deref(), Some("Ana Rojas"));
    }

    #[test]
    fn author_label_followed_by_a_bare_name() {
        let read = article("Title here\nauthor\nNewsroom Staff\n2026-03-04\n\nBody text.");
        assert_eq!(read.author.as_deref(), Some("Newsroom Staff"));
        assert_eq!(read.published.as_deref(), Some("2026-03-04"));
        assert_eq!(read.text, "Body text.");
    }

    #[test]
    fn byline_then_date_line() {
        let read = article(
            "Ports reopen after strike\nBy Ines Valdivia\nPublished 7 October 2025\n\nLIMA, Oct 7 (Wire) - Ports reopened.",
        );
        assert_eq!(read.author.as_deref(), Some("Ines Valdivia"));
        assert_eq!(read.published.as_deref(), Some("2025-10-07"));
        assert_eq!(read.text, "LIMA, Oct 7 (Wire) - Ports reopened.");
    }

    #[test]
    fn posted_wins_over_updated_in_any_order() {
        let header = "Updated: 2025-11-14 16:40 SLST\nPosted: 2025-11-14 09:20 SLST\nWritten by Amal Fernando in Kandy";
        let read = article(&format!(
            "Fishermen freed\n{header}\n\nThe navy released them."
        ));
        assert_eq!(read.published.as_deref(), Some("2025-11-14T09:20:00"));
        assert_eq!(read.author.as_deref(), Some("Amal Fernando"));
        let read = article(
            "Live blog\nLive updates | Last updated 12 May 2026, 19:20 GMT\n\n19:20 GMT - We pause here.",
        );
        assert_eq!(read.published.as_deref(), Some("2026-05-12T19:20:00Z"));
        assert_eq!(read.text, "19:20 GMT - We pause here.");
    }

    #[test]
    fn parenthesized_date_institution_and_datelines_stay_in_the_body() {
        let read = article(
            "Joint statement\n(September 9, 2026 - 6:30 p.m.)\nIssued by: Ministry of Trade, Fiji\n\nSUVA, 9 SEPTEMBER 2026\n\n1. The parties met.",
        );
        assert_eq!(read.published.as_deref(), Some("2026-09-09T18:30:00"));
        assert_eq!(read.author.as_deref(), Some("Ministry of Trade, Fiji"));
        assert_eq!(read.text, "SUVA, 9 SEPTEMBER 2026\n\n1. The parties met.");
    }

    #[test]
    fn weekday_and_abbreviated_dates_and_no_metadata() {
        let read =
            article("Summit ends\nWednesday, March 4, 2026\nBy Staff\n\nTALLINN — Leaders left.");
        assert_eq!(read.published.as_deref(), Some("2026-03-04"));
        assert_eq!(read.text, "TALLINN — Leaders left.");
        let read = article("Summit ends\nMar. 4, 2026\n\nLeaders left.");
        assert_eq!(read.published.as_deref(), Some("2026-03-04"));
        let read = article("Summit ends\nLeaders left on Friday.");
        assert_eq!((read.author, read.published), (None, None));
        assert_eq!(read.text, "Leaders left on Friday.");
    }

    #[test]
    fn bylines_without_by_and_dates_after_times_or_in_numbers() {
        let read = article(
            "Border reopens\nAmara Diallo in Bamako\nFri 6 Mar 2026 08.15 GMT\n\nThe border reopened.",
        );
        assert_eq!(read.author.as_deref(), Some("Amara Diallo"));
        assert_eq!(read.published.as_deref(), Some("2026-03-06T08:15:00Z"));
        assert_eq!(read.text, "The border reopened.");
        let read = article("Talks end\n06.03.2026 | 17:05\nAuthor: Jonas Berg\n\nThe talks ended.");
        assert_eq!(read.author.as_deref(), Some("Jonas Berg"));
        assert_eq!(read.published.as_deref(), Some("2026-03-06T17:05:00"));
        let read = article(
            "Aid arrives\nJonas Berg, Nordic Affairs Correspondent\n9:30 am on 6 March 2026\nShare this\n\nAid arrived.",
        );
        assert_eq!(read.author.as_deref(), Some("Jonas Berg"));
        assert_eq!(read.published.as_deref(), Some("2026-03-06T09:30:00"));
        assert_eq!(read.text, "Aid arrived.");
    }

    #[test]
    fn a_bare_name_above_the_date_line_is_the_author() {
        let read = article(
            "Ferry talks resume\nTomasz Wiśniewski\n2027-01-14T06:10:00+01:00\n\nThe talks resumed.",
        );
        assert_eq!(read.author.as_deref(), Some("Tomasz Wiśniewski"));
        assert_eq!(read.published.as_deref(), Some("2027-01-14T06:10:00+01:00"));
        assert_eq!(read.text, "The talks resumed.");
        let read = article("Grain deal\nNoor Haddad\n\nSat 9 Jan 2027 17.05 AST\n\nThe deal held.");
        assert_eq!(read.author.as_deref(), Some("Noor Haddad"));
        assert_eq!(read.published.as_deref(), Some("2027-01-09T17:05:00"));
        // Without a date line under it, a short capitalized line is the body's start.
        let read = article("Grain deal\nNoor Haddad\nThe deal held on Friday.");
        assert_eq!(read.author, None);
        assert!(read.text.starts_with("Noor Haddad"), "{}", read.text);
    }

    #[test]
    fn field_labels_before_the_title_are_header_lines() {
        let page = "author\nby Nadia Okoro\nJune 3, 2027 09:50 PM\n\
                    Rail Link Talks Open in Windhoek\nRail Link Talks Open in Windhoek\n\n\
                    Namibia and Botswana opened talks on Thursday.\n";
        let read = article(page);
        assert_eq!(read.title, "Rail Link Talks Open in Windhoek");
        assert_eq!(read.author.as_deref(), Some("Nadia Okoro"));
        assert_eq!(read.published.as_deref(), Some("2027-06-03T21:50:00"));
        assert_eq!(read.text, "Namibia and Botswana opened talks on Thursday.");
        let read = article(
            "Press Releases\nMinister Receives Envoy of Chile\nDate: 2026-09-24 17:30\n\
             Author: Ministry of Foreign Affairs\n\nThe minister received the envoy.",
        );
        assert_eq!(read.title, "Minister Receives Envoy of Chile");
        assert_eq!(read.author.as_deref(), Some("Ministry of Foreign Affairs"));
        assert_eq!(read.published.as_deref(), Some("2026-09-24T17:30:00"));
        assert_eq!(read.text, "The minister received the envoy.");
        let read = article("World\n\nNews\nGrain Corridor Reopens\n\nShips left Odesa on Monday.");
        assert_eq!(read.title, "Grain Corridor Reopens");
        assert_eq!(read.text, "Ships left Odesa on Monday.");
    }

    #[test]
    fn a_prose_line_after_leading_labels_is_never_the_title() {
        // No headline after the label: the label stays the title, the body is whole.
        let read = article("News\nShips left Odesa on Monday.\n\nMore ships followed.");
        assert_eq!(read.title, "News");
        assert_eq!(
            read.text,
            "Ships left Odesa on Monday.\n\nMore ships followed."
        );
        // A byline-shaped first line with only a body after it stays the title.
        let read = article("By Land and Sea\nSupplies arrived by land and sea.");
        assert_eq!(read.title, "By Land and Sea");
        assert_eq!(read.text, "Supplies arrived by land and sea.");
    }

    #[test]
    fn name_and_city_byline_with_an_updated_date_only() {
        let read = article(
            "Ferry Line to Split Resumes\nIvana Kovač | Rijeka\n\
             Updated: 3 October 2026, 09:40 CEST\n\nThe ferry line resumed.",
        );
        assert_eq!(read.author.as_deref(), Some("Ivana Kovač"));
        assert_eq!(read.published.as_deref(), Some("2026-10-03T09:40:00"));
        assert_eq!(read.text, "The ferry line resumed.");
    }

    #[test]
    fn posted_and_updated_day_first_dates_on_one_line() {
        let read = article(
            "Border Crossing Reopens\nPosted: 07/11/2026 06:55 | Updated: 08/11/2026 10:20\n\
             Written by Tesfaye Alemu in Dire Dawa\n\nThe crossing reopened.",
        );
        assert_eq!(read.published.as_deref(), Some("2026-11-07T06:55:00"));
        assert_eq!(read.author.as_deref(), Some("Tesfaye Alemu"));
        assert_eq!(read.text, "The crossing reopened.");
    }

    #[test]
    fn an_agency_name_above_the_date_is_the_author() {
        let read = article(
            "Envoys Meet in Geneva\nEFE\nPublished on 2026-04-12 at 09:05\n\nThe envoys met.",
        );
        assert_eq!(read.author.as_deref(), Some("EFE"));
        assert_eq!(read.published.as_deref(), Some("2026-04-12T09:05:00"));
        assert_eq!(read.text, "The envoys met.");
        // Without a date under it, a capitalized short line is the body's start.
        let read = article("Envoys Meet\nUNHCR\nThe agency said on Friday.");
        assert_eq!(read.author, None);
        assert!(read.text.starts_with("UNHCR"), "{}", read.text);
    }

    #[test]
    fn role_after_the_name_and_role_as_the_label() {
        let read = article(
            "Fishing Pact Renewed\nBy Sigrid Aas, Tromsø correspondent\n2026-08-02\n\nThe pact was renewed.",
        );
        assert_eq!(read.author.as_deref(), Some("Sigrid Aas"));
        let read = article(
            "Typhoon Aid Pledged\n2026/12/05 07:30 KST\nStaff writer: Ji-woo Han\n\nAid was pledged.",
        );
        assert_eq!(read.author.as_deref(), Some("Ji-woo Han"));
        assert_eq!(read.published.as_deref(), Some("2026-12-05T07:30:00"));
        assert_eq!(read.text, "Aid was pledged.");
    }

    #[test]
    fn a_title_without_body_is_a_problem() {
        let problem = read_text(
            "a.txt",
            "\n\nJust a title\nBy Someone\n\nShare this article\n",
        )
        .unwrap_err();
        assert_eq!(
            (problem.line, problem.message.as_str()),
            (Some(3), "title but no body text")
        );
    }
}
