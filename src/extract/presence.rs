//! Presence told with "be": "Owusu is on a two-day visit to Kenya", "was in Nairobi on
//! Tuesday for talks with ...", where a visit or talks noun has no verb of its own but
//! completes a form of "be", whose subject is the one visiting or talking.

use crate::annotation::EntityKind;
use crate::extract::dates::is_calendar_word;
use crate::extract::doc::class;
use crate::extract::roles::Context;
use crate::extract::tokens::TokenKind;

/// Prepositions by which a visit or talks complete "be" ("is on a visit", "is here for
/// talks").
const COMPLETING: [&str; 2] = ["on", "for"];

/// Words of a time told between "be" and the phrase ("was in Nairobi on Tuesday for").
const TIME_WORDS: [&str; 7] = [
    "today",
    "this",
    "week",
    "morning",
    "afternoon",
    "evening",
    "currently",
];

impl Context<'_> {
    /// When the phrase opened by the preposition at `prep` ("on", "for") completes a form
    /// of "be" before it, with only a place (or country) and a time between them: the
    /// position of that form, and the place mention told between them ("is in Kenya on a
    /// visit").
    pub(crate) fn presence_before(
        &self,
        s_start: usize,
        prep: usize,
    ) -> Option<(usize, Option<usize>)> {
        if !COMPLETING.contains(&self.doc.lower(prep)) {
            return None;
        }
        let mut place = None;
        let mut k = prep;
        while k > s_start + 1 && prep - k < 10 {
            k -= 1;
            // Not the possessive "'s" ("docked at Manila's harbour for a port call").
            if self.doc.is(k, class::BE) && self.doc.tokens[k].kind == TokenKind::Word {
                return Some((k, place));
            }
            let word = self.doc.lower(k);
            let owner = self.mentions.owner[k];
            let allowed = match owner {
                Some(m)
                    if self.is_place(m)
                        || self.table.kind(self.mentions.list[m].entity) == EntityKind::Country =>
                {
                    place = place.or(Some(m));
                    true
                }
                Some(_) => false,
                None => {
                    matches!(word, "in" | "at" | "on")
                        || TIME_WORDS.contains(&word)
                        || is_calendar_word(word)
                        || self.doc.tokens[k].kind == TokenKind::Number
                }
            };
            if !allowed {
                return None;
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::annotation::Event;
    use crate::extract::tests::run;

    fn events(text: &str) -> Vec<Event> {
        run(text, "2026-05-14").events
    }

    #[test]
    fn a_visit_completing_be_is_the_subjects() {
        let found = events("Ghana's foreign minister, Ama Owusu, is on a two-day visit to Kenya.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].class, "Visit");
        assert_eq!(found[0].agents, ["person/ama-owusu"]);
        assert_eq!(found[0].targets, ["country/KEN"]);
    }

    #[test]
    fn a_place_between_be_and_the_visit_is_where_it_goes() {
        let found = events("Chile's foreign minister Ana Vidal is in Peru on an official visit.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].class, "Visit");
        assert_eq!(found[0].agents, ["person/ana-vidal"]);
        assert_eq!(found[0].targets, ["country/PER"]);
    }

    #[test]
    fn talks_completing_be_take_the_subject_as_a_side() {
        let found = events(
            "Norway's trade minister Ola Berg was in Riga on Tuesday for talks with \
             Latvia's prime minister.",
        );
        let talks: Vec<_> = found.iter().filter(|e| e.class == "Meeting").collect();
        assert_eq!(talks.len(), 1, "{found:?}");
        assert!(
            talks[0]
                .participants
                .contains(&"person/ola-berg".to_string()),
            "{found:?}"
        );
    }
}
