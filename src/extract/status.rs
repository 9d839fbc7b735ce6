//! Status and modality of a trigger: negated ("did not sign", "no agreement"), planned
//! ("will travel", "is scheduled to"), ongoing ("talks are continuing"), or only
//! hypothetical ("could", "if"), read from the words of its clause.

use crate::annotation::Status;
use crate::extract::doc::Doc;
use crate::extract::tokens::TokenKind;
use crate::lexicon::{Lexicon, PhraseSet};

/// What the clause says about a trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modality {
    Real(Status),
    /// Only a possibility: no event.
    Hypothetical,
}

pub(crate) fn any_phrase_in(
    doc: &Doc,
    from: usize,
    to: usize,
    phrases: &PhraseSet,
) -> Option<usize> {
    (from..to).find(|&i| phrases.longest_at(&doc.tokens, i) > 0)
}

/// Start of the clause holding token `i` (after the nearest barrier before it).
pub fn clause_start(doc: &Doc, lex: &Lexicon, sentence_start: usize, i: usize) -> usize {
    let mut j = i;
    while j > sentence_start {
        let w = doc.lower(j - 1);
        if matches!(w, ";" | ":" | "—" | "–")
            || (lex.sets.barriers.contains(w)
                && !matches!(w, "as" | "after" | "before" | "since" | "following"))
        {
            return j;
        }
        j -= 1;
    }
    sentence_start
}

/// Whether the verb of a noun event ending at `end` calls it off, past a relative clause
/// ("that had been scheduled for Monday") but not inside one ("which was cancelled in 2019").
fn called_off_after(doc: &Doc, lex: &Lexicon, end: usize, s_end: usize) -> bool {
    let limit = s_end.min(end + 25);
    let Some(k) = (end..limit)
        .take_while(|&k| !matches!(doc.lower(k), ";" | ":"))
        .find(|&k| lex.sets.cancel.longest_at(&doc.tokens, k) > 0)
    else {
        return false;
    };
    !(k.saturating_sub(3).max(end)..k).any(|j| matches!(doc.lower(j), "which" | "who" | "that"))
}

/// Whether a noun event at `start` is the object of a verb calling it off: "cancelled a
/// planned trip", "postponed his visit", "called off Friday's talks".
fn called_off_before(doc: &Doc, lex: &Lexicon, c_start: usize, start: usize) -> bool {
    (start.saturating_sub(5).max(c_start)..start).any(|k| {
        let calls_off = lex.sets.cancel_verbs.contains(doc.lower(k))
            || (k > c_start
                && doc.lower(k) == "off"
                && lex.sets.cancel_particle_verbs.contains(doc.lower(k - 1)));
        if !calls_off {
            return false;
        }
        // Only the object's modifiers between: "a planned", "his three-day", "Modi's".
        (k + 1..start).all(|j| {
            let t = &doc.tokens[j];
            matches!(
                t.kind,
                TokenKind::Word | TokenKind::Possessive | TokenKind::Number
            ) && !matches!(doc.lower(j), "and" | "but" | "to" | "after" | "before")
        })
    })
}

/// The first auxiliary after a noun trigger ending at `end`, before any punctuation: the
/// verb of the noun when it is the subject ("talks ... were continuing", "talks ... will
/// be held").
fn subject_verb(doc: &Doc, end: usize, s_end: usize) -> Option<usize> {
    const AUXILIARIES: [&str; 5] = ["is", "are", "was", "were", "will"];
    (end..s_end)
        .take_while(|&k| {
            let w = doc.lower(k);
            // "held talks with Uganda and will host the next round": another verb.
            let next_clause = matches!(w, "and" | "but")
                && (AUXILIARIES.contains(&doc.lower(k + 1))
                    || matches!(doc.lower(k + 1), "has" | "have" | "had" | "also"));
            !next_clause && !matches!(w, "," | ";" | ":" | "\"" | "“" | "”")
        })
        .find(|&k| AUXILIARIES.contains(&doc.lower(k)))
}

/// Reads the modality of the trigger at `start..end` within sentence `s_start..s_end`.
#[allow(clippy::too_many_arguments)]
pub fn modality(
    doc: &Doc,
    lex: &Lexicon,
    s_start: usize,
    s_end: usize,
    start: usize,
    end: usize,
    noun: bool,
    speech_before: bool,
) -> Modality {
    let c_start = clause_start(doc, lex, s_start, start);
    let window_start = c_start.max(start.saturating_sub(10));
    // Negation right before, "no agreement", or "but did not" after.
    let near = start.saturating_sub(3).max(c_start);
    // "Neither Ghana nor Togo signed": a "neither ... nor" subject before the verb.
    let neither_nor = (window_start..start)
        .any(|k| doc.lower(k) == "neither" && (k + 1..start).any(|j| doc.lower(j) == "nor"));
    let negated_before = neither_nor
        || (near..start).any(|k| matches!(doc.lower(k), "not" | "n't" | "never"))
        || (start.saturating_sub(2).max(c_start)..start)
            .any(|k| matches!(doc.lower(k), "no" | "without" | "neither"))
        // "no further direct talks": "no" before two modifiers of the noun.
        || (noun
            && start >= c_start + 3
            && doc.lower(start - 3) == "no"
            && (start - 2..start).all(|k| doc.tokens[k].kind == TokenKind::Word))
        // "reached no agreement", "signed no new accords": "no" in the pattern's gap or
        // opening the verb's object.
        || (!noun && (start + 1..=end).any(|k| doc.lower(k) == "no"))
        // "had no plans to meet", "has no intention of attending": no intent to act.
        || (start >= c_start + 3
            && doc.lower(start - 3) == "no"
            && lex.sets.intent_nouns.contains(doc.lower(start - 2))
            && matches!(doc.lower(start - 1), "to" | "of"))
        || any_phrase_in(doc, window_start, start, &lex.sets.negations).is_some_and(|k| {
            let w = doc.lower(k);
            w == "yet" || w == "failed" || w == "fail" || w == "fails"
        });
    // "met on Monday but did not agree": the negation is this act's, unless the negated
    // verb tells an act of its own ("held talks but did not sign the treaty").
    let negated_after = (end..s_end.min(end + 12)).any(|k| {
        doc.lower(k) == "but"
            && matches!(doc.lower(k + 1), "did" | "was" | "were" | "had" | "has")
            && matches!(doc.lower(k + 2), "not" | "n't")
            && !doc.is(k + 3, crate::extract::doc::class::TRIGGER)
    }) || (end..s_end.min(end + 6)).any(|k| {
        matches!(doc.lower(k), "was" | "were" | "has" | "have" | "had")
            && matches!(doc.lower(k + 1), "not" | "never")
    }) && noun;
    // "A meeting ..., that had been scheduled for Monday, will not take place".
    let called_off = noun
        && (called_off_after(doc, lex, end, s_end) || called_off_before(doc, lex, c_start, start));
    // "did not recognise Belize until 1991": it happened, at that date.
    let until_date = (end..s_end.min(end + 10)).any(|k| {
        doc.lower(k) == "until"
            && (doc
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == TokenKind::Number)
                || crate::extract::dates::is_calendar_word(doc.lower(k + 1)))
    });
    // "which Russia might not oppose": a possibility, denied or not, tells of no act ("could
    // not agree" did fail).
    let possibly_not = (near..start).any(|k| {
        matches!(doc.lower(k), "not" | "never")
            && k > 0
            && matches!(doc.lower(k - 1), "might" | "may")
    });
    if possibly_not {
        return Modality::Hypothetical;
    }
    if (negated_before || negated_after || called_off) && !until_date {
        return Modality::Real(Status::NotOccurred);
    }
    if noun && start > 0 && doc.lower(start - 1) == "any" {
        return Modality::Hypothetical;
    }
    // "a Chinese attack on Taiwan could justify ...": the noun is only a possibility. Not so
    // past "that" or "which" ("told him in a phone call that the border would reopen").
    if noun
        && (end..s_end.min(end + 4))
            .take_while(|&k| !matches!(doc.lower(k), "that" | "which"))
            .any(|k| matches!(doc.lower(k), "could" | "would" | "might"))
    {
        return Modality::Hypothetical;
    }
    // "ahead of the president's visit"
    if noun && (window_start..start).any(|k| doc.lower(k) == "ahead" && doc.lower(k + 1) == "of") {
        return Modality::Real(Status::Planned);
    }
    // "is considering filing a complaint", "weighing sanctions": an act weighed, not done.
    if (start.saturating_sub(2).max(s_start)..start)
        .any(|k| lex.sets.deliberation_verbs.contains(doc.lower(k)))
    {
        return Modality::Hypothetical;
    }
    // "Leaders met every year or two", "has often carried messages": a habit is no one
    // happening. The cue stands in the clause before the trigger or just after it.
    let habit_after = (end..s_end.min(end + 5))
        .take_while(|&k| !lex.sets.barriers.contains(doc.lower(k)) && doc.lower(k) != ",")
        .any(|k| lex.sets.habitual.longest_at(&doc.tokens, k) > 0);
    if any_phrase_in(doc, window_start, start, &lex.sets.habitual).is_some() || habit_after {
        return Modality::Hypothetical;
    }
    // "as he tried to leave the region": an attempt tells of no act.
    if (window_start..start.saturating_sub(1))
        .any(|k| lex.sets.attempt_verbs.contains(doc.lower(k)) && doc.lower(k + 1) == "to")
    {
        return Modality::Hypothetical;
    }
    // Modal words before the trigger in its clause, and the word that opens it ("unless
    // Brussels withdraws").
    for k in window_start.saturating_sub(1).max(s_start)..start {
        let w = doc.lower(k);
        if lex.words.future_in_past.iter().any(|f| f == w) {
            return if speech_before {
                Modality::Real(Status::Planned)
            } else {
                Modality::Hypothetical
            };
        }
        if lex.sets.hypothetical.contains(w) && w != "would" && doc.word(k) != "May" {
            return Modality::Hypothetical;
        }
    }
    // A cue before the trigger or opened by a verbal one ("is due in Ankara"); not one a
    // noun opens itself: "an invitation to visit" is offered now.
    if any_phrase_in(doc, window_start, start + 1, &lex.sets.planned)
        .is_some_and(|k| k < start || !noun)
    {
        return Modality::Real(Status::Planned);
    }
    // A noun subject followed by its verb: "talks are scheduled to resume", "which are continuing".
    let after_end = s_end.min(end + 8);
    if noun {
        if let Some(k) = any_phrase_in(doc, end, after_end, &lex.sets.planned) {
            let w = doc.lower(k);
            if w != "will" || k < end + 4 {
                return Modality::Real(Status::Planned);
            }
        }
    }
    // "The first round of talks between Kenya and Uganda will be held in Kampala": the
    // first verb of a noun subject, past the phrases that follow the noun.
    if noun
        && subject_verb(doc, end, s_end)
            .is_some_and(|k| doc.lower(k) == "will" && !matches!(doc.lower(k + 1), "not" | "n't"))
    {
        return Modality::Real(Status::Planned);
    }
    let relative_ongoing = (end..s_end).any(|k| {
        matches!(doc.lower(k), "which" | "that")
            && matches!(doc.lower(k + 1), "are" | "is")
            && matches!(doc.lower(k + 2), "continuing" | "ongoing" | "under")
    });
    // "talks on the return of civilians held in Russia were continuing": the verb of a
    // noun subject, past the phrases that follow the noun.
    let subject_ongoing = noun
        && subject_verb(doc, end, s_end)
            .filter(|&k| doc.lower(k) != "will")
            .is_some_and(|k| {
                matches!(doc.lower(k + 1), "continuing" | "ongoing" | "under")
                    || doc.lower(k + 1) == "still"
                        && matches!(doc.lower(k + 2), "continuing" | "ongoing" | "under")
            });
    if any_phrase_in(doc, window_start, start, &lex.sets.ongoing).is_some()
        || any_phrase_in(doc, end, after_end, &lex.sets.ongoing).is_some_and(|k| k < end + 6)
        || (noun && relative_ongoing)
        || subject_ongoing
    {
        return Modality::Real(Status::Ongoing);
    }
    // Present progressive: "are meeting", "is negotiating"; and the perfect one: "have
    // been meeting since February".
    let perfect_progressive = start > 1
        && doc.lower(start - 1) == "been"
        && matches!(doc.lower(start - 2), "have" | "has");
    // "are also negotiating", "is still holding".
    let progressive_be = |k: usize| matches!(doc.lower(k), "are" | "is" | "am");
    let adverb = |k: usize| lex.sets.progressive_adverbs.contains(doc.lower(k));
    if start > 0
        && (progressive_be(start - 1)
            || (start > 1 && adverb(start - 1) && progressive_be(start - 2))
            || perfect_progressive)
        && doc.lower(start).ends_with("ing")
    {
        return Modality::Real(Status::Ongoing);
    }
    Modality::Real(Status::Occurred)
}

#[cfg(test)]
mod tests {
    use crate::annotation::Status;

    #[test]
    fn a_perfect_progressive_is_ongoing() {
        let a = crate::extract::tests::run(
            "Negotiators from Kenya and Uganda have been meeting since March on customs rules.",
            "2026-05-04",
        );
        let talks = a.events.iter().find(|e| e.class == "Negotiation");
        assert_eq!(talks.map(|e| e.status), Some(Status::Ongoing));
        let b = crate::extract::tests::run(
            "Negotiators from Kenya and Uganda met in March on customs rules.",
            "2026-05-04",
        );
        assert!(b.events.iter().all(|e| e.status != Status::Ongoing));
    }
}

#[cfg(test)]
mod planned_tests {
    use crate::annotation::Status;

    #[test]
    fn joint_exercises_ahead_are_planned_cooperation() {
        let a = crate::extract::tests::run(
            "Vietnam and India will hold joint naval exercises next month.",
            "2026-02-11",
        );
        let drills = a
            .events
            .iter()
            .find(|e| e.class == "Cooperation")
            .expect("cooperation");
        assert_eq!(drills.status, Status::Planned);
    }
}

#[cfg(test)]
mod subject_verb_tests {
    use crate::annotation::Status;

    fn talks_status(text: &str) -> Option<Status> {
        let a = crate::extract::tests::run(text, "2026-06-04");
        a.events
            .iter()
            .find(|e| e.class == "Negotiation")
            .map(|e| e.status)
    }

    #[test]
    fn talks_that_will_be_held_are_planned() {
        assert_eq!(
            talks_status("The next round of talks between Chile and Peru will be held in Lima."),
            Some(Status::Planned)
        );
        // The "will" of a second verb is not the talks' own.
        assert_eq!(
            talks_status("Chile held talks with Peru and will host the next round."),
            Some(Status::Occurred)
        );
    }

    #[test]
    fn no_before_two_modifiers_negates_the_noun() {
        assert_eq!(
            talks_status("No further formal talks between Chile and Peru have taken place."),
            Some(Status::NotOccurred)
        );
    }
}

#[cfg(test)]
mod negated_after_tests {
    use crate::annotation::Status;

    #[test]
    fn a_second_act_negated_after_but_leaves_the_first_one_real() {
        let a = crate::extract::tests::run(
            "Chile and Peru held talks in Lima on Monday but did not sign the treaty.",
            "2026-06-04",
        );
        let status = |class: &str| a.events.iter().find(|e| e.class == class).map(|e| e.status);
        assert_eq!(status("Negotiation"), Some(Status::Occurred));
        assert_eq!(status("Agreement"), Some(Status::NotOccurred));
    }

    #[test]
    fn no_opening_the_object_and_never_after_the_noun_negate() {
        let status = |text: &str, class: &str| {
            let a = crate::extract::tests::run(text, "2026-06-04");
            a.events.iter().find(|e| e.class == class).map(|e| e.status)
        };
        for text in [
            "Chile and Peru reached no agreement at the talks in Lima.",
            "Chile and Peru signed no new agreements during the visit.",
            "The treaty between Chile and Peru was never signed.",
        ] {
            assert_eq!(
                status(text, "Agreement"),
                Some(Status::NotOccurred),
                "{text}"
            );
        }
        // "no" after the object is not the act's.
        assert_eq!(
            status(
                "Chile and Peru signed an agreement that leaves no room for doubt.",
                "Agreement"
            ),
            Some(Status::Occurred)
        );
    }

    #[test]
    fn no_plans_or_intention_to_act_negate_the_act() {
        let status = |text: &str, class: &str| {
            let a = crate::extract::tests::run(text, "2026-06-04");
            a.events.iter().find(|e| e.class == class).map(|e| e.status)
        };
        assert_eq!(
            status("Chile has no plans to impose tariffs on Peru.", "Tariff"),
            Some(Status::NotOccurred)
        );
        assert_eq!(
            status(
                "Peru has no intention of expelling Chile's ambassador.",
                "Expulsion"
            ),
            Some(Status::NotOccurred)
        );
        assert_eq!(
            status("Chile plans to impose tariffs on Peru.", "Tariff"),
            Some(Status::Planned)
        );
    }
}

#[cfg(test)]
mod attempt_tests {
    #[test]
    fn an_attempt_tells_of_no_act() {
        let a = crate::extract::tests::run(
            "Chile's foreign minister Ana Soto tried to travel to Lima on Monday but was turned back.",
            "2026-06-04",
        );
        assert!(
            a.events.iter().all(|e| e.class != "Visit"),
            "{:?}",
            a.events
        );
        let b = crate::extract::tests::run(
            "Chile's foreign minister Ana Soto travelled to Lima on Monday.",
            "2026-06-04",
        );
        assert!(
            b.events.iter().any(|e| e.class == "Visit"),
            "{:?}",
            b.events
        );
    }
}

#[cfg(test)]
mod possibility_tests {
    #[test]
    fn what_a_side_might_not_do_is_no_event_but_what_it_could_not_do_failed() {
        let a = crate::extract::tests::run(
            "Peru drafted a narrower text, which Chile might not reject, officials said.",
            "2026-06-04",
        );
        assert!(
            a.events.iter().all(|e| e.class != "Rejection"),
            "{:?}",
            a.events
        );
        let b = crate::extract::tests::run(
            "Peru and Chile could not agree on the text on Monday.",
            "2026-06-04",
        );
        assert!(
            b.events
                .iter()
                .any(|e| e.class == "Agreement"
                    && e.status == crate::annotation::Status::NotOccurred),
            "{:?}",
            b.events
        );
    }
}
