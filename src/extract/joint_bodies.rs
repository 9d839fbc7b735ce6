//! Joint bodies of two states ("the joint technical committee", "the Pakistan-Iran Joint
//! Border Commission"): where such a body meets, the article's two main countries meet.

use crate::annotation::EntityKind;
use crate::extract::doc::Doc;
use crate::extract::entities::{Mention, MentionKind, Mentions};
use crate::extract::events::Draft;
use crate::extract::roles::Context;
use crate::lexicon::Lexicon;

/// Words that may open the phrase of a body before its joint word ("the", "a", "their").
const OPENERS: [&str; 6] = ["the", "a", "an", "their", "that", "this"];

/// "the joint commission", "a bi-national commission", and the same body noun told again
/// after one ("The commission met once", "That group has not yet met"): mentions of the
/// article's two main countries; one brought in with "a" is not yet a side. A unit "of" a
/// named body ("a joint team of the police")
/// is that body's, and left alone.
pub fn joint_body_phrases(doc: &Doc, lex: &Lexicon, mentions: &mut Mentions, main: &[usize]) {
    let [first, second, ..] = main[..] else {
        return;
    };
    let words = &lex.sets;
    let mut told: Vec<&str> = Vec::new();
    for i in 0..doc.tokens.len() {
        if doc.sentence_of[i] == usize::MAX {
            continue;
        }
        let (start, noun) = if words.joint_words.longest_at(&doc.tokens, i) == 1 && !doc.cap(i) {
            // Up to three lowercase modifiers between: "joint security coordination mechanism".
            let Some(noun) = (i + 1..i + 5)
                .take_while(|&k| doc.same_sentence(i, k) && !doc.cap(k))
                .find(|&k| words.joint_bodies.longest_at(&doc.tokens, k) > 0)
            else {
                continue;
            };
            let start = if i > 0 && OPENERS.contains(&doc.lower(i - 1)) {
                i - 1
            } else {
                i
            };
            (start, noun)
        } else if !told.is_empty()
            && matches!(doc.lower(i), "the" | "that" | "this")
            && told.contains(&doc.lower(i + 1))
            && !doc.cap(i + 1)
        {
            (i, i + 1)
        } else {
            continue;
        };
        let end = noun + words.joint_bodies.longest_at(&doc.tokens, noun);
        if !doc.same_sentence(start, end - 1) || doc.lower(end) == "of" {
            continue;
        }
        if !told.contains(&doc.lower(end - 1)) {
            told.push(doc.lower(end - 1));
        }
        // "agreed to create a joint technical group": a body to come is what was agreed,
        // not a side; told again later ("That group has not yet met"), it is one.
        let indefinite = matches!(doc.lower(start), "a" | "an");
        if !indefinite && mentions.free(start, end) {
            mentions.add(Mention {
                start,
                end,
                entity: first,
                other: Some(second),
                kind: MentionKind::Pair,
                possessive: doc.possessive_at(end),
            });
        }
    }
}

/// "The next meeting of the Pakistan-Iran Joint Border Commission will be held in Quetta":
/// a meeting whose one side is a body named as joint (a joint word or a hyphenated pair in
/// its name) is a meeting of the article's two main countries, in that body.
pub fn member_states(ctx: &Context, drafts: &mut [Draft]) {
    let [first, second, ..] = ctx.main[..] else {
        return;
    };
    for d in drafts.iter_mut() {
        let [body] = d.participants[..] else {
            continue;
        };
        if d.class != "Meeting" || ctx.table.kind(body) != EntityKind::Organization {
            continue;
        }
        let capital = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
        let joint = ctx.table.records[body]
            .entity
            .label
            .split_whitespace()
            .any(|w| {
                ctx.lex.sets.joint_words.has_word(&w.to_lowercase())
                    || w.split_once('-')
                        .is_some_and(|(a, b)| capital(a) && capital(b))
            });
        if joint {
            d.participants = vec![first, second];
            d.forum = d.forum.or(Some(body));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::annotation::{Annotation, Event, Status};

    fn run(text: &str) -> Annotation {
        crate::extract::tests::run(text, "2026-03-04")
    }

    fn meetings(a: &Annotation) -> Vec<&Event> {
        a.events.iter().filter(|e| e.class == "Meeting").collect()
    }

    const LEAD: &str = "Ghana accused Togo of closing the border crossing on Monday. ";

    #[test]
    fn a_joint_body_meeting_is_a_meeting_of_the_two_main_countries() {
        let a = run(&format!(
            "{LEAD}The joint boundary commission will meet in Lomé next month."
        ));
        let found = meetings(&a);
        assert_eq!(found.len(), 1, "{:?}", a.events);
        assert_eq!(found[0].participants, ["country/GHA", "country/TGO"]);
        assert_eq!(found[0].status, Status::Planned);
        // Told again by its noun alone, after one brought in with "a".
        let b = run(&format!(
            "{LEAD}They agreed to create a joint technical committee. The committee has not yet met."
        ));
        let found = meetings(&b);
        assert_eq!(found.len(), 1, "{:?}", b.events);
        assert_eq!(found[0].participants, ["country/GHA", "country/TGO"]);
        assert_eq!(found[0].status, Status::NotOccurred);
        // A body with no joint word is no side of the two.
        let c = run(&format!("{LEAD}The committee has not yet met."));
        assert!(meetings(&c).is_empty(), "{:?}", c.events);
    }

    #[test]
    fn a_named_joint_body_meeting_has_the_countries_and_the_body_as_forum() {
        let a = run(&format!(
            "{LEAD}The Ghana-Togo Joint Border Commission will hold its next session in Accra in June."
        ));
        let found = meetings(&a);
        assert_eq!(found.len(), 1, "{:?}", a.events);
        assert_eq!(found[0].participants, ["country/GHA", "country/TGO"]);
        assert_eq!(
            found[0].forum.as_deref(),
            Some("org/ghana-togo-joint-border-commission")
        );
        assert_eq!(found[0].date.as_deref(), Some("2026-06"));
    }
}
