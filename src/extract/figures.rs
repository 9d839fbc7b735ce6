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

/// Trade shares of the body.
pub fn find_shares(
    doc: &Doc,
    lex: &Lexicon,
    table: &EntityTable,
    mentions: &Mentions,
) -> Vec<Share> {
    let mut out: Vec<Share> = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        let has_share_noun = (s.start..s.end).any(|k| lex.sets.share_nouns.contains(doc.lower(k)));
        if !has_share_noun {
            continue;
        }
        for k in s.start..s.end {
            let t = &doc.tokens[k];
            if t.kind != TokenKind::Number || !matches!(doc.lower(k + 1), "%" | "percent") {
                continue;
            }
            let before = k.saturating_sub(4).max(s.start);
            if (before..k).any(|j| CHANGE_WORDS.contains(&doc.lower(j))) {
                continue;
            }
            // "of Canada's exports", "of Canadian exports", "of exports", or nothing.
            let mut j = k + 2;
            let mut exporter = None;
            let mut structured = false;
            if doc.lower(j) == "of" {
                j += 1;
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
                // Allow one lowercase word before the noun ("total exports").
                let noun_here = lex.sets.share_nouns.contains(doc.lower(j))
                    || (lex.sets.share_nouns.contains(doc.lower(j + 1)) && !doc.cap(j));
                if !noun_here {
                    continue;
                }
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
                if !cue || out.is_empty() {
                    continue;
                }
            }
            let previous = out.last().cloned();
            let exporter = exporter.or(previous.as_ref().map(|p| p.exporter));
            let Some(exporter) = exporter else { continue };
            // The buyer: the nearest country before the figure that is not the exporter.
            let mut partner = None;
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
            let Some(partner) = partner else { continue };
            let year = year_after(doc, k, s.end).or_else(|| {
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

fn year_after(doc: &Doc, from: usize, to: usize) -> Option<i32> {
    for k in from + 2..to {
        if matches!(doc.lower(k), ";" | "%") {
            return None;
        }
        if doc.tokens[k].kind == TokenKind::Number && doc.lower(k).len() == 4 {
            if let Ok(y) = doc.lower(k).parse::<i32>() {
                if (1900..=2100).contains(&y) {
                    return Some(y);
                }
            }
        }
    }
    None
}
