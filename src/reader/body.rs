//! The body's final shape, shared by every article form: page furniture ("Full screen
//! image", "Share this article", "Advertisement", "Related: …") dropped wherever it
//! stands alone on a line, end markers ("ENDS", "###") and the title repeated at the
//! start or the end dropped, then lines joined into the normalized body.

use crate::reader::bylines::{is_outlet_line, is_person_name, is_role_line};
use crate::reader::normalize::{join_paragraphs, same_text};

/// Lines of a page's own furniture, compared ignoring case and a final `:` or `.` (with
/// [`LINK_LIST_HEADINGS`]).
const FURNITURE: &[&str] = &[
    "full screen image",
    "view image in full screen",
    "enlarge image",
    "expand image",
    "share on facebook",
    "share on x",
    "share on twitter",
    "share via email",
    "copy link",
    "link copied",
    "print",
    "advertisement",
    "skip advertisement",
    "story continues below advertisement",
    "article continues below advertisement",
    "continue reading",
    "listen to this article",
    "sign up for our newsletter",
    "subscribe to our newsletter",
];
/// Starts of furniture lines that carry a link text: "Related: Talks stall in Oslo".
const FURNITURE_PREFIXES: &[&str] = &[
    "related:",
    "read more:",
    "also read:",
    "read also:",
    "see also:",
];
/// Longest furniture line with a prefix, in words: longer lines are prose.
const MAX_FURNITURE_WORDS: usize = 20;
/// Markers closing a press release or a wire story; only dropped at the end.
const END_MARKERS: &[&str] = &[
    "ends", "end", "-ends-", "- ends -", "-end-", "###", "-30-", "# # #",
];

/// Furniture lines that head a list of links ("Related articles" and the headlines under it).
const LINK_LIST_HEADINGS: &[&str] = &[
    "related",
    "related articles",
    "related stories",
    "related content",
    "more on this story",
    "recommended",
    "most read",
    "read more",
    "read more below",
    // A live blog's list of links to its main entries.
    "key events",
    // A share bar: the networks' names under it.
    "share",
    "share this",
    "share this article",
    "share this story",
    "share this page",
];
/// Most words of one link of a list given on its heading's line ("Share: Facebook | X").
const MAX_INLINE_LINK_WORDS: usize = 2;

/// The normalized body from its (already character-normalized) lines.
pub fn finish_body<'a>(lines: impl IntoIterator<Item = &'a str>, title: &str) -> String {
    // The headlines listed under "Related articles", up to the next blank line, are links,
    // not the article's sentences.
    let mut in_link_list = false;
    let mut kept: Vec<&str> = Vec::new();
    for line in lines.into_iter().map(str::trim) {
        if in_link_list {
            if line.is_empty() || ends_like_prose(line) {
                in_link_list = false;
            } else {
                continue;
            }
        }
        if is_page_furniture(line) {
            in_link_list = is_link_list_heading(line);
            continue;
        }
        kept.push(line);
    }
    let leading = kept
        .iter()
        .take_while(|line| line.is_empty() || same_text(line, title))
        .count();
    kept.drain(..leading);
    while let Some(last) = kept.last() {
        if last.is_empty() || same_text(last, title) || is_end_marker(last) {
            kept.pop();
        } else {
            break;
        }
    }
    join_paragraphs(kept)
}

/// A line that belongs to the web page, not to the article.
pub fn is_page_furniture(line: &str) -> bool {
    if line.is_empty() || line.len() > 200 {
        return false;
    }
    let lower = line.to_lowercase();
    let key = lower.trim_end_matches([':', '.', '…']).trim_end();
    FURNITURE.contains(&key)
        || LINK_LIST_HEADINGS.contains(&key)
        || is_inline_link_list(&lower)
        || crate::reader::navigation::is_section_menu(line)
        || (FURNITURE_PREFIXES
            .iter()
            .any(|prefix| lower.starts_with(prefix))
            && lower.split_whitespace().count() <= MAX_FURNITURE_WORDS)
}

/// How many lines a list of links takes at the start of `lines`, its heading included:
/// the heading ("Related articles", "Key events", "Share") and the link texts under it up
/// to a blank line or a sentence. 0 when `lines` does not open with such a heading.
pub fn link_list_len(lines: &[&str]) -> usize {
    match lines.split_first() {
        Some((heading, items)) if is_link_list_heading(heading) => {
            // "Share" / "Save" / "Jonathan Head" / "Asia correspondent": the writer's name
            // over their role or outlet ends the list.
            let writer = |at: usize| {
                is_person_name(items[at])
                    && items
                        .get(at + 1)
                        .is_some_and(|next| is_role_line(next) || is_outlet_line(next))
            };
            1 + (0..items.len())
                .take_while(|&at| {
                    !items[at].is_empty() && !ends_like_prose(items[at]) && !writer(at)
                })
                .count()
        }
        _ => 0,
    }
}

/// A list heading with its links on the same line: "Share: Facebook | X | Email".
fn is_inline_link_list(lower: &str) -> bool {
    let Some((heading, links)) = lower.split_once(':') else {
        return false;
    };
    let links: Vec<&str> = links.split(['|', ',']).map(str::trim).collect();
    LINK_LIST_HEADINGS.contains(&heading.trim())
        && links.len() >= 2
        && links
            .iter()
            .all(|link| (1..=MAX_INLINE_LINK_WORDS).contains(&link.split_whitespace().count()))
}

fn is_link_list_heading(line: &str) -> bool {
    let lower = line.to_lowercase();
    LINK_LIST_HEADINGS.contains(&lower.trim_end_matches([':', '.', '…']).trim_end())
}

/// A line that ends like a sentence of the article, or is too long for a headline.
fn ends_like_prose(line: &str) -> bool {
    line.ends_with(['.', '!', '?', '"', '”', '’'])
        || line.split_whitespace().count() > MAX_FURNITURE_WORDS
}

fn is_end_marker(line: &str) -> bool {
    line.len() <= 12
        && END_MARKERS
            .iter()
            .any(|marker| line.eq_ignore_ascii_case(marker))
}

#[cfg(test)]
mod tests {
    use super::{finish_body, is_page_furniture};

    fn body(text: &str, title: &str) -> String {
        finish_body(text.split('\n'), title)
    }

    #[test]
    fn headlines_listed_under_related_articles_are_dropped() {
        let text = "Ministers met in Oslo.\n\nRelated articles\nGhana and Togo agree to \
                    reopen border\nCocoa prices slip\n\nShare this article";
        assert_eq!(body(text, "Title"), "Ministers met in Oslo.");
        // A sentence right under the heading is the article's again.
        let prose = "Ministers met.\n\nRelated\nThe talks will resume in May.";
        assert_eq!(
            body(prose, "Title"),
            "Ministers met.\n\nThe talks will resume in May."
        );
    }

    #[test]
    fn trailing_furniture_and_repeated_title_are_dropped() {
        let text = "Ministers met in Oslo.\n\nThey agreed to talk again.\n\nFull screen image\nOslo Talks Resume\n";
        assert_eq!(
            body(text, "Oslo talks resume"),
            "Ministers met in Oslo.\n\nThey agreed to talk again."
        );
        let text = "Ministers met in Oslo.\n\nShare this article\n\nRead more:\nRelated: Fishing row flares again";
        assert_eq!(body(text, "Oslo talks resume"), "Ministers met in Oslo.");
    }

    #[test]
    fn furniture_inside_the_body_is_dropped_without_joining_paragraphs() {
        let text = "First paragraph.\n\nAdvertisement\n\nSecond paragraph.";
        assert_eq!(body(text, "T"), "First paragraph.\n\nSecond paragraph.");
    }

    #[test]
    fn repeated_title_at_the_start_is_dropped_but_kept_inside() {
        let text = "\nOslo Talks Resume\n\nThe headline read:\nOslo talks resume\n\nMore text.\n";
        assert_eq!(
            body(text, "Oslo Talks Resume"),
            "The headline read:\nOslo talks resume\n\nMore text."
        );
    }

    #[test]
    fn end_markers_are_dropped_only_at_the_end() {
        assert_eq!(body("The visit ends.\n\nENDS\n", "T"), "The visit ends.");
        assert_eq!(body("Ends\n\nA body.", "T"), "Ends\n\nA body.");
        assert_eq!(body("A body.\n###", "T"), "A body.");
    }

    #[test]
    fn share_bars_and_a_live_blogs_key_events_are_dropped() {
        let text = "Share\nMastodon\nBluesky\nEmail\n\nThe envoy left Quito.";
        assert_eq!(body(text, "T"), "The envoy left Quito.");
        let text = "Share: Mastodon | Bluesky | Email\n\nThe envoy left Quito.";
        assert_eq!(body(text, "T"), "The envoy left Quito.");
        let text = "Key events\nEnvoy leaves Quito\nTalks stall in Lima\nShow all entries\n\n\
                    09.10 ART\nThe envoy left Quito.";
        assert_eq!(body(text, "T"), "09.10 ART\nThe envoy left Quito.");
        assert!(!is_page_furniture(
            "Share: the ministry's stake rose to 40%, officials said"
        ));
    }

    #[test]
    fn prose_that_mentions_furniture_words_is_kept() {
        assert!(!is_page_furniture("Share prices fell."));
        assert!(!is_page_furniture(
            "Advertisement spending rose by 4% in 2025."
        ));
        assert!(is_page_furniture("READ MORE"));
        assert!(is_page_furniture("Related: Talks stall"));
    }
}
