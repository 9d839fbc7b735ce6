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
    // The country or demonym named by these words ("Japan", "South Korean").
    let country = |words: &[&str]| -> Option<usize> {
        let first = words.first()?;
        if !first.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let list = lex
            .names
            .get(crate::lexicon::fold(&first.to_lowercase()).as_ref())?;
        lex.name_lists[*list as usize]
            .iter()
            .find_map(|phrase| match phrase.target {
                NameTarget::Country(c) | NameTarget::Demonym(c)
                    if phrase.tokens.len() == words.len()
                        && phrase
                            .tokens
                            .iter()
                            .zip(words)
                            .all(|(t, w)| t.eq_ignore_ascii_case(w)) =>
                {
                    Some(c)
                }
                _ => None,
            })
    };
    for i in 0..doc.tokens.len() {
        // "US-South Korean": the lexicon may have read "South Korean" across the hyphen.
        let owned_with_neighbour = mentions.owner[i].is_some_and(|m| {
            let (start, end) = (mentions.list[m].start, mentions.list[m].end);
            end - start == 2 && (start == i || end == i + 1)
        });
        if (mentions.owner[i].is_some() && !owned_with_neighbour)
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
        // "US-South Korean drills", "South Korean-US drills": a name of two words on
        // either side of the hyphen takes the word next to it.
        let free_word = |k: usize| {
            k < doc.tokens.len()
                && mentions.owner[k].is_none_or(|m| {
                    mentions.owner[i] == Some(m)
                        || mentions.list[m].end - mentions.list[m].start == 1
                })
                && doc.same_sentence(i, k)
        };
        let mut span = (i, i + 1);
        let mut pair = (country(&[first]), country(&[second]));
        if pair.0.is_some() && pair.1.is_none() && free_word(i + 1) {
            pair.1 = country(&[second, doc.word(i + 1)]);
            span.1 = i + 2;
        } else if pair.0.is_none() && pair.1.is_some() && i > 0 && free_word(i - 1) {
            pair.0 = country(&[doc.word(i - 1), first]);
            span.0 = i - 1;
        }
        let (Some(a), Some(b)) = pair else {
            continue;
        };
        if a == b {
            continue;
        }
        let position = doc.position(span.0);
        let a = country_entity(lex, table, a, position);
        let b = country_entity(lex, table, b, position);
        mentions.replace(Mention {
            start: span.0,
            end: span.1,
            entity: a,
            other: Some(b),
            kind: MentionKind::Pair,
            possessive: doc.possessive_at(span.1),
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

    #[test]
    fn a_country_of_two_words_on_either_side_of_the_hyphen_is_one_side() {
        for text in [
            "Beijing condemned US-South Korean drills near the peninsula.",
            "Beijing condemned South Korean-US drills near the peninsula.",
        ] {
            let a = run(text, "2026-06-04");
            let accusation = a
                .events
                .iter()
                .find(|e| e.class == "Accusation")
                .unwrap_or_else(|| panic!("{text}: {:?}", a.events));
            let mut targets = accusation.targets.clone();
            targets.sort();
            assert_eq!(targets, ["country/KOR", "country/USA"], "{text}");
        }
        // "US-South" alone, with no name after it, is no pair.
        let b = run("The US-South border talks began.", "2026-06-04");
        assert!(!b.entities.iter().any(|e| e.key == "country/KOR"));
    }
}
