//! Figures: trade shares stated as a percentage of one country's exports bought by
//! another ("the US bought about 75% of Canadian exports in 2024"). Tariff rates, market
//! shares, growth and other percentages are left alone.

use crate::annotation::EntityKind;
use crate::extract::doc::Doc;
use crate::extract::entities::{EntityTable, MentionKind, Mentions};
use crate::extract::tokens::TokenKind;
use crate::lexicon::Lexicon;

/// A trade share before evidence is attached.
#[derive(Debug, Clone)]
pub struct Share {
    pub sentence: usize,
    pub exporter: usize,
    pub partner: usize,
    pub year: Option<i32>,
    pub percent: String,
    pub comparator: &'static str,
}

const CHANGE_WORDS: [&str; 14] = [
    "fell",
    "rose",
    "grew",
    "declined",
    "dropped",
    "increased",
    "jumped",
    "surged",
    "shrank",
    "slumped",
    "by",
    "tariff",
    "duties",
    "growth",
];

fn country_at(table: &EntityTable, mentions: &Mentions, i: usize) -> Option<usize> {
    let m = mentions.at(i)?;
    if m.kind == MentionKind::Place {
        return None;
    }
    let e = m.entity;
    match table.kind(e) {
        EntityKind::Country => Some(e),
        _ => None,
    }
}

fn comparator(doc: &Doc, lex: &Lexicon, number: usize) -> &'static str {
    let lists: [(&Vec<Vec<String>>, &'static str); 3] = [
        (&lex.sets.more_than, "more than"),
        (&lex.sets.less_than, "less than"),
        (&lex.sets.about, "about"),
    ];
    for (list, name) in lists {
        if list.iter().any(|p| doc.phrase_before(number, p)) {
            return name;
        }
    }
    "exactly"
}

/// Words that stand for the country an article is about, before "'s exports".
const COUNTRY_NOUNS: [&str; 4] = ["country", "nation", "kingdom", "republic"];

/// The end of the unit after a number: "%", "percent" or "per cent".
fn percent_unit_end(doc: &Doc, k: usize) -> Option<usize> {
    match doc.lower(k + 1) {
        "%" | "percent" => Some(k + 2),
        "per" if doc.lower(k + 2) == "cent" => Some(k + 3),
        _ => None,
    }
}

/// Trade shares of the body. `main` holds the countries the article is most about (what
/// "the country's exports" names); `published_year` resolves "last year" and "this year".
pub fn find_shares(
    doc: &Doc,
    lex: &Lexicon,
    table: &EntityTable,
    mentions: &Mentions,
    main: &[usize],
    published_year: Option<i32>,
) -> Vec<Share> {
    let mut out: Vec<Share> = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        let has_share_noun = (s.start..s.end).any(|k| lex.sets.share_nouns.contains(doc.lower(k)));
        // "Botswana's exports are dominated by diamonds. The UAE bought about 21% of them":
        // the exports of the sentence before.
        // Looked for only when the sentence says "of them" (most sentences do not).
        let of_them =
            (s.start + 1..s.end).any(|k| doc.lower(k) == "them" && doc.lower(k - 1) == "of");
        let earlier_exports = si
            .checked_sub(1)
            .filter(|_| of_them)
            .and_then(|prev| exports_owner(doc, lex, table, mentions, prev));
        if !has_share_noun && earlier_exports.is_none() {
            continue;
        }
        for k in s.start..s.end {
            let t = &doc.tokens[k];
            if t.kind != TokenKind::Number {
                continue;
            }
            let Some(unit_end) = percent_unit_end(doc, k) else {
                continue;
            };
            let before = k.saturating_sub(4).max(s.start);
            if (before..k).any(|j| CHANGE_WORDS.contains(&doc.lower(j))) {
                continue;
            }
            let previous = out.last().cloned();
            let previous_here = previous.as_ref().filter(|p| p.sentence == si);
            // "of Canada's exports", "of Canadian exports", "of its exports", "of the
            // country's exports", "of exports", or nothing.
            let mut j = unit_end;
            let mut exporter = None;
            let mut structured = false;
            // "sent 68% of its exports to India": the subject sells, the buyer follows.
            let mut own_exports = false;
            let mut partner = None;
            if doc.lower(j) == "of" && doc.lower(j + 1) == "them" && earlier_exports.is_some() {
                exporter = earlier_exports;
                structured = true;
            } else if doc.lower(j) == "of" {
                j += 1;
                if doc.lower(j) == "the" && COUNTRY_NOUNS.contains(&doc.lower(j + 1)) {
                    // "of the country's exports": the country the article is about.
                    exporter = main.first().copied();
                    j += 2;
                    if doc
                        .tokens
                        .get(j)
                        .is_some_and(|t| t.kind == TokenKind::Possessive)
                    {
                        j += 1;
                    }
                } else if doc.lower(j) == "our" {
                    // "Q. How exposed is Sri Lanka? A. ... took about 24% of our exports":
                    // the speaker's country, the latest named in the two sentences before
                    // other than the buyers named here; else the one the article is about.
                    let named_here: Vec<usize> = (s.start..s.end)
                        .filter_map(|x| country_at(table, mentions, x))
                        .collect();
                    let from = doc.sentences[si.saturating_sub(2)].start;
                    exporter = (from..s.start)
                        .rev()
                        .find_map(|x| {
                            country_at(table, mentions, x).filter(|c| !named_here.contains(c))
                        })
                        .or(main.first().copied());
                    j += 1;
                } else if matches!(doc.lower(j), "its" | "their") {
                    own_exports = true;
                    j += 1;
                } else {
                    if doc.lower(j) == "the" {
                        j += 1;
                    }
                    if let Some(c) = country_at(table, mentions, j) {
                        exporter = Some(c);
                        j = mentions.at(j).map_or(j + 1, |m| m.end);
                        if doc
                            .tokens
                            .get(j)
                            .is_some_and(|t| t.kind == TokenKind::Possessive)
                        {
                            j += 1;
                        }
                    }
                }
                // Allow one lowercase word before the noun ("total exports").
                let noun_at = if lex.sets.share_nouns.contains(doc.lower(j)) {
                    Some(j)
                } else if lex.sets.share_nouns.contains(doc.lower(j + 1)) && !doc.cap(j) {
                    Some(j + 1)
                } else if exporter.is_some()
                    && doc.tokens[j - 1].kind == TokenKind::Possessive
                    && doc.tokens.get(j).is_none_or(|t| t.kind == TokenKind::Punct)
                    && (s.start..k).any(|x| lex.sets.share_nouns.contains(doc.lower(x)))
                {
                    // "while Finland took about 2% of Norway's": the exports named before.
                    Some(j - 1)
                } else {
                    None
                };
                let Some(noun_at) = noun_at else { continue };
                structured = true;
                // "of the exports of the Republic of Chile": the seller after the noun.
                if exporter.is_none() && !own_exports && doc.lower(noun_at + 1) == "of" {
                    let at = noun_at + 2 + usize::from(doc.lower(noun_at + 2) == "the");
                    exporter = country_at(table, mentions, at);
                }
                // "For Peru, China took about 29% of exports": the country the sentence
                // opens on.
                if exporter.is_none() && !own_exports && doc.lower(s.start) == "for" {
                    exporter = country_at(table, mentions, s.start + 1).filter(|_| {
                        mentions
                            .at(s.start + 1)
                            .is_some_and(|m| doc.lower(m.end) == ",")
                    });
                }
                if own_exports {
                    // The seller is the nearest country before; the buyer is named after
                    // "to" ("to India"), else before the seller ("Romania is Moldova's
                    // largest market, taking 28% of its exports").
                    exporter = (s.start..k)
                        .rev()
                        .find_map(|x| country_at(table, mentions, x));
                    partner = (noun_at + 1..s.end.min(noun_at + 4))
                        .find(|&x| doc.lower(x) == "to")
                        .and_then(|x| {
                            let at = if doc.lower(x + 1) == "the" {
                                x + 2
                            } else {
                                x + 1
                            };
                            country_at(table, mentions, at)
                        });
                }
            } else if let Some((buyer, seller)) =
                share_phrase(doc, lex, table, mentions, (s.start, s.end), (k, unit_end))
            {
                exporter = Some(seller);
                partner = Some(buyer);
                structured = true;
            } else {
                let cue = (k.saturating_sub(6).max(s.start)..k).any(|x| {
                    let w = doc.lower(x);
                    w == "at"
                        || lex.sets.share_verbs.contains(w)
                        || w == "accounted"
                        || w == "took"
                        || w == "bought"
                });
                // "..., and China about 15%", "down from about 6% in 2021": a figure told
                // after a share of the same sentence, with its buyer just before it or
                // the earlier figure's.
                let just_before = k.saturating_sub(3).max(s.start)..k;
                let after_from = just_before.clone().any(|x| doc.lower(x) == "from");
                // "and Belgium, where its diamonds are sold, about 15%": the buyer before a
                // clause in commas.
                let before_clause = just_before
                    .clone()
                    .find(|&x| doc.lower(x) == ",")
                    .and_then(|close| {
                        (close.saturating_sub(12).max(s.start + 1)..close)
                            .rev()
                            .find(|&x| {
                                doc.lower(x) == ","
                                    && matches!(
                                        doc.lower(x + 1),
                                        "where" | "which" | "whose" | "the" | "a" | "an"
                                    )
                            })
                    })
                    .and_then(|open| country_at(table, mentions, open - 1));
                let elided = previous_here.is_some()
                    && (after_from
                        || before_clause.is_some()
                        || just_before
                            .clone()
                            .any(|x| country_at(table, mentions, x).is_some()));
                if !(cue || elided) || out.is_empty() {
                    continue;
                }
                if elided && !cue && after_from {
                    partner = previous_here.map(|p| p.partner);
                } else if elided && !cue {
                    partner = partner.or(before_clause);
                }
            }
            let exporter = exporter.or(previous.as_ref().map(|p| p.exporter));
            let Some(exporter) = exporter else { continue };
            // The buyer: the nearest country before the figure that is not the exporter.
            if partner.is_none() {
                let mut x = k;
                while x > s.start {
                    x -= 1;
                    if let Some(c) = country_at(table, mentions, x) {
                        if c != exporter {
                            partner = Some(c);
                            break;
                        }
                    }
                }
            }
            let Some(partner) = partner else { continue };
            if partner == exporter {
                continue;
            }
            let year = year_after(doc, unit_end, s.end, published_year)
                .or_else(|| year_opening(doc, s.start, k))
                .or_else(|| {
                    previous
                        .as_ref()
                        .and_then(|p| p.year)
                        .filter(|_| structured || !out.is_empty())
                });
            out.push(Share {
                sentence: si,
                exporter,
                partner,
                year,
                percent: t.lower.replace(',', ""),
                comparator: comparator(doc, lex, k),
            });
        }
    }
    out
}

/// "Italy's share of Albania's exports was 44%", "44% — Italy's share of Albania's
/// exports": the buyer and the seller of a share phrase told right after or right before
/// the figure at `figure` (number, unit end) in the sentence `sentence`.
fn share_phrase(
    doc: &Doc,
    lex: &Lexicon,
    table: &EntityTable,
    mentions: &Mentions,
    sentence: (usize, usize),
    figure: (usize, usize),
) -> Option<(usize, usize)> {
    let (s_start, s_end) = sentence;
    let (number, unit_end) = figure;
    let window = number.saturating_sub(12).max(s_start + 2)..(unit_end + 4).min(s_end);
    window.into_iter().find_map(|x| {
        if !(doc.lower(x) == "share" && doc.lower(x + 1) == "of") {
            return None;
        }
        if doc.tokens[x - 1].kind != TokenKind::Possessive {
            return None;
        }
        let buyer = country_at(table, mentions, x - 2)?;
        let at = x + 2 + usize::from(doc.lower(x + 2) == "the");
        let seller = country_at(table, mentions, at)?;
        let mut j = mentions.at(at).map_or(at + 1, |m| m.end);
        if doc.tokens.get(j)?.kind != TokenKind::Possessive {
            return None;
        }
        j += 1;
        // One lowercase word may stand before the noun ("total exports").
        if !lex.sets.share_nouns.contains(doc.lower(j)) && !doc.cap(j) {
            j += 1;
        }
        if !lex.sets.share_nouns.contains(doc.lower(j)) {
            return None;
        }
        // The figure right before the phrase ("44% — Italy's share") or a few words after
        // it ("... exports was about 44%"), with no other figure between.
        let before = unit_end <= x - 2 && x - 2 - unit_end <= 3;
        let after = number > j && number - j <= 6;
        let between = if before { unit_end..x } else { j + 1..number };
        let clear = between
            .clone()
            .all(|y| doc.tokens[y].kind != TokenKind::Number && doc.lower(y) != ";");
        ((before || after) && clear && buyer != seller).then_some((buyer, seller))
    })
}

/// The country whose exports sentence `si` names ("Botswana's exports", "Chilean
/// exports"), when it names one and holds no figure of its own.
fn exports_owner(
    doc: &Doc,
    lex: &Lexicon,
    table: &EntityTable,
    mentions: &Mentions,
    si: usize,
) -> Option<usize> {
    let s = &doc.sentences[si];
    if (s.start..s.end).any(|k| percent_unit_end(doc, k).is_some()) {
        return None;
    }
    (s.start + 1..s.end)
        .filter(|&k| lex.sets.share_nouns.contains(doc.lower(k)))
        .find_map(|k| {
            let before = if doc.tokens[k - 1].kind == TokenKind::Possessive {
                k.checked_sub(2)?
            } else {
                k - 1
            };
            country_at(table, mentions, before)
        })
}

/// The year a sentence opens on before its figure: "In 2025, Chile took ...", "In 2025
/// Kenya took ...".
fn year_opening(doc: &Doc, s_start: usize, figure: usize) -> Option<i32> {
    if doc.lower(s_start) != "in" || s_start + 1 >= figure {
        return None;
    }
    let w = doc.lower(s_start + 1);
    let y = w.parse::<i32>().ok().filter(|_| w.len() == 4)?;
    (1900..=2100).contains(&y).then_some(y)
}

/// The year a figure is of: a year after it ("in 2024"), or "last year" or "this year"
/// against the publication's, before the next figure or clause.
fn year_after(doc: &Doc, from: usize, to: usize, published_year: Option<i32>) -> Option<i32> {
    for k in from..to {
        if matches!(doc.lower(k), ";" | "%" | "percent" | "cent") {
            return None;
        }
        if doc.tokens[k].kind == TokenKind::Number && doc.lower(k).len() == 4 {
            if let Ok(y) = doc.lower(k).parse::<i32>() {
                if (1900..=2100).contains(&y) {
                    return Some(y);
                }
            }
        }
        if doc.lower(k + 1) == "year" {
            match doc.lower(k) {
                "last" => return published_year.map(|y| y - 1),
                "this" => return published_year,
                _ => {}
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::run;

    /// (exporter, partner, year, percent, comparator) of each trade share of `text`.
    fn shares(text: &str) -> Vec<(String, String, Option<i32>, String, String)> {
        run(text, "2026-04-15")
            .figures
            .into_iter()
            .map(|f| (f.exporter, f.partner, f.year, f.percent, f.comparator))
            .collect()
    }

    fn share(
        exporter: &str,
        partner: &str,
        year: i32,
        percent: &str,
        comparator: &str,
    ) -> (String, String, Option<i32>, String, String) {
        (
            format!("country/{exporter}"),
            format!("country/{partner}"),
            Some(year),
            percent.to_string(),
            comparator.to_string(),
        )
    }

    #[test]
    fn last_year_and_per_cent_and_a_buyer_told_after_and() {
        assert_eq!(
            shares(
                "Japan bought about 31 per cent of Chile's copper exports last year, and Korea \
                 about 9 per cent."
            ),
            [
                share("CHL", "JPN", 2025, "31", "about"),
                share("CHL", "KOR", 2025, "9", "about")
            ]
        );
    }

    #[test]
    fn its_exports_are_the_sellers_and_the_buyer_follows_to() {
        assert_eq!(
            shares("Laos sold nearly 60% of its exports to Thailand in 2024."),
            [share("LAO", "THA", 2024, "60", "about")]
        );
        // No "to": the buyer is the other country before.
        assert_eq!(
            shares("Kenya is Uganda's biggest market, taking about 30% of its exports this year."),
            [share("UGA", "KEN", 2026, "30", "about")]
        );
    }

    #[test]
    fn the_countrys_exports_are_those_of_the_country_the_article_is_about() {
        assert_eq!(
            shares(
                "Peru's copper mines are expanding. Peru's output rose in March. China, the \
                 largest buyer of Peruvian ore, took about 35% of the country's exports in 2025."
            ),
            [share("PER", "CHN", 2025, "35", "about")]
        );
    }

    #[test]
    fn an_earlier_share_told_with_from_keeps_its_sides_and_takes_its_year() {
        assert_eq!(
            shares("Russia took less than 3% of Latvia's exports last year, down from 9% in 2021."),
            [
                share("LVA", "RUS", 2025, "3", "less than"),
                share("LVA", "RUS", 2021, "9", "exactly")
            ]
        );
    }

    #[test]
    fn shares_of_them_are_of_the_exports_named_just_before() {
        assert_eq!(
            shares(
                "Namibia's exports are mostly uranium and diamonds. China bought about 40% of \
                 them in 2025, while South Africa took about 15%."
            ),
            [
                share("NAM", "CHN", 2025, "40", "about"),
                share("NAM", "ZAF", 2025, "15", "about")
            ]
        );
    }

    #[test]
    fn a_year_the_sentence_opens_on_dates_its_figures() {
        assert_eq!(
            shares(
                "In 2024, Chile received about 12% of Bolivia's exports, while Japan received about 30%."
            ),
            [
                share("BOL", "CHL", 2024, "12", "about"),
                share("BOL", "JPN", 2024, "30", "about")
            ]
        );
    }

    #[test]
    fn the_seller_may_open_the_sentence_or_follow_the_noun_or_be_told_before() {
        assert_eq!(
            shares("For Ghana, India took about 22% of exports in 2024 and Switzerland about 15%."),
            [
                share("GHA", "IND", 2024, "22", "about"),
                share("GHA", "CHE", 2024, "15", "about")
            ]
        );
        assert_eq!(
            shares(
                "Peru took less than 2% of the exports of the Republic of Ecuador in 2024, while \
                 Panama, the main buyer of Ecuadorian bananas, took about 20%."
            ),
            [
                share("ECU", "PER", 2024, "2", "less than"),
                share("ECU", "PAN", 2024, "20", "about")
            ]
        );
        assert_eq!(
            shares(
                "Chad took about 3% of Cameroonian exports in 2024, while Cameroon took about 6% of Chad's."
            ),
            [
                share("CMR", "TCD", 2024, "3", "about"),
                share("TCD", "CMR", 2024, "6", "about")
            ]
        );
    }

    #[test]
    fn a_buyer_before_a_clause_in_commas_keeps_its_elided_figure() {
        assert_eq!(
            shares(
                "In 2024 Tanzania took about 18% of Malawi's exports, and Belgium, where its \
                 tobacco is auctioned, about 9%."
            ),
            [
                share("MWI", "TZA", 2024, "18", "about"),
                share("MWI", "BEL", 2024, "9", "about")
            ]
        );
    }

    #[test]
    fn a_buyers_share_of_a_sellers_exports_is_told_before_or_after_its_figure() {
        assert_eq!(
            shares("Egypt's share of Sudan's exports was about 18% in 2025."),
            [share("SDN", "EGY", 2025, "18", "about")]
        );
        assert_eq!(
            shares(
                "About 31% — Brazil's share of Paraguay's exports in 2024, ahead of Argentina at about 14%."
            ),
            [
                share("PRY", "BRA", 2024, "31", "about"),
                share("PRY", "ARG", 2024, "14", "about")
            ]
        );
        // A share of something else is none.
        assert!(shares("Egypt's share of Sudan's debt was about 18% in 2025.").is_empty());
    }

    #[test]
    fn our_exports_are_those_of_the_country_the_speaker_was_asked_about() {
        assert_eq!(
            shares(
                "Q. How exposed is Ghana to its neighbours? A. Less than you think. Togo took \
                 about 9% of our exports in 2025."
            ),
            [share("GHA", "TGO", 2025, "9", "about")]
        );
    }
}
