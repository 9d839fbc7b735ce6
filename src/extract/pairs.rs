//! Pairs of countries named in one hyphenated word ("Russia-Ukraine talks", "the
//! Norwegian-Russian commission"): one mention that stands for both.

use crate::extract::actors::country_entity;
use crate::extract::doc::Doc;
use crate::extract::entities::{EntityTable, Mention, MentionKind, Mentions};
use crate::lexicon::{Lexicon, NameTarget};

/// "Russia-Ukraine talks", "the Norwegian-Russian commission", "US-China trade": a word
/// of two countries joined by a hyphen names the pair.
pub fn hyphenated_pairs(
    doc: &Doc,
    lex: &Lexicon,
    table: &mut EntityTable,
    mentions: &mut Mentions,
) {
    let country = |part: &str| -> Option<usize> {
        if !part.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let list = lex
            .names
            .get(crate::lexicon::fold(&part.to_lowercase()).as_ref())?;
        lex.name_lists[*list as usize]
            .iter()
            .find_map(|phrase| match phrase.target {
                NameTarget::Country(c) | NameTarget::Demonym(c)
                    if phrase.tokens.len() == 1 && phrase.tokens[0].eq_ignore_ascii_case(part) =>
                {
                    Some(c)
                }
                _ => None,
            })
    };
    for i in 0..doc.tokens.len() {
        if mentions.owner[i].is_some()
            || doc.sentence_of[i] == usize::MAX
            || !doc.cap(i)
            || !doc.lower(i).as_bytes().contains(&b'-')
        {
            continue;
        }
        let text = doc.span(i, i + 1);
        let Some((first, second)) = text.split_once('-') else {
            continue;
        };
        let (Some(a), Some(b)) = (country(first), country(second)) else {
            continue;
        };
        if a == b {
            continue;
        }
        let position = doc.position(i);
        let a = country_entity(lex, table, a, position);
        let b = country_entity(lex, table, b, position);
        mentions.add(Mention {
            start: i,
            end: i + 1,
            entity: a,
            other: Some(b),
            kind: MentionKind::Pair,
            possessive: doc.possessive_at(i + 1),
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::run;

    #[test]
    fn two_countries_joined_by_a_hyphen_are_both_sides() {
        let a = run(
            "Russia-Ukraine talks resumed in Istanbul on Monday.",
            "2026-06-04",
        );
        let talks: Vec<_> = a
            .events
            .iter()
            .filter(|e| e.class == "Negotiation")
            .collect();
        assert_eq!(talks.len(), 1);
        let mut sides = talks[0].participants.clone();
        sides.sort();
        assert_eq!(sides, vec!["country/RUS", "country/UKR"]);
        // One country's hyphenated name is that country alone.
        let b = run(
            "Guinea-Bissau and Senegal signed a fisheries deal.",
            "2026-06-04",
        );
        let deal = b.events.iter().find(|e| e.class == "Agreement").unwrap();
        assert!(deal.participants.iter().any(|p| p == "country/GNB"));
        assert_eq!(deal.participants.len(), 2);
    }
}
