//! People introduced by their bare name and told again by its last word as a speaker or
//! after an honorific: "Ahmed Riza Shaheem does not look like a man ... Shaheem said": the
//! full name is a person, though no title or speech verb stands beside it.

use crate::extract::doc::{Doc, class};
use crate::extract::entities::{EntityTable, Mentions};
use crate::extract::people::{add_person, title_head_at};
use crate::extract::tokens::TokenKind;
use crate::lexicon::Lexicon;

/// The most words a bare name opening a sentence may have.
const MAX_NAME_WORDS: usize = 4;

/// Adds as people the capitalized runs of two to four words, opening a sentence or standing
/// among lowercase words and punctuation ("three individuals: Renel Destinvil, Marc-Arthur
/// Pierrelus and ..."), whose last word is told again elsewhere as a speaker ("Shaheem
/// said") or after an honorific ("Mr. Destinvil").
pub fn bare_names_told_again(
    doc: &Doc,
    lex: &Lexicon,
    table: &mut EntityTable,
    mentions: &mut Mentions,
) {
    let name_word = |k: usize, mentions: &Mentions| {
        doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
            && doc.cap(k)
            && mentions.owner[k].is_none()
            && !lex.sets.not_names.contains(doc.lower(k))
            && title_head_at(doc, lex, k) == 0
            && !doc.is(k, class::HONORIFIC)
            && !lex.org_heads.contains(doc.word(k))
            && !lex.place_heads.contains(doc.word(k))
    };
    // "Mr. Vastes", "Ms Pardella": every token of an honorific, its full stop too, is
    // marked as one (`Doc::new`).
    let honorific_before = |k: usize| k > 0 && doc.is(k - 1, class::HONORIFIC);
    // The capitalized words told as a speaker or after an honorific, found once: the
    // candidates' last words are looked up among them.
    let told: Vec<usize> = (0..doc.tokens.len())
        .filter(|&k| {
            doc.cap(k)
                && doc.sentence_of[k] != usize::MAX
                && (doc.is(k + 1, class::SPEECH) && !(k > 0 && doc.cap(k - 1))
                    || honorific_before(k))
        })
        .collect();
    if told.is_empty() {
        return;
    }
    let mut start = 0;
    while start < doc.tokens.len() {
        let opens = doc.sentence_of[start] != usize::MAX
            && name_word(start, mentions)
            && (start == 0
                || !doc.same_sentence(start - 1, start)
                || !doc.cap(start - 1) && doc.tokens[start - 1].kind != TokenKind::Possessive);
        if !opens {
            start += 1;
            continue;
        }
        let mut end = start;
        while end < start + MAX_NAME_WORDS + 1
            && doc.same_sentence(start, end)
            && name_word(end, mentions)
        {
            end += 1;
        }
        let closed = !(doc.same_sentence(start, end) && doc.cap(end));
        if !(2..=MAX_NAME_WORDS).contains(&(end - start)) || !closed {
            start = end.max(start + 1);
            continue;
        }
        let last = doc.lower(end - 1);
        let told_again = told.iter().any(|&k| k != end - 1 && doc.lower(k) == last);
        if told_again {
            add_person(doc, lex, table, mentions, start, end, None, None);
        }
        start = end;
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::{has_entity, run};

    #[test]
    fn a_bare_name_told_again_as_a_speaker_is_a_person() {
        let a = run(
            "Tomasz Wiśniewski Nowak does not look like a man in trouble. Nowak said he would \
             travel to Berlin in March.",
            "2026-02-11",
        );
        assert!(
            has_entity(&a, "person/tomasz-wisniewski-nowak"),
            "{:?}",
            a.entities
        );
        let visit = a.events.iter().find(|e| e.class == "Visit");
        assert_eq!(
            visit.map(|v| v.agents.clone()),
            Some(vec!["person/tomasz-wisniewski-nowak".to_string()])
        );
        // Names listed mid-sentence, told again after an honorific.
        let c = run(
            "Chile sanctioned three men: Rolando Vastes, Ivo Pardella and Teo Marín. The \
             United States imposed sanctions on Mr. Vastes in 2025.",
            "2026-02-11",
        );
        assert!(has_entity(&c, "person/rolando-vastes"), "{:?}", c.entities);
        // "Mr." with its stop is an honorific before the name, which is the one sanctioned.
        let sanctioned: Vec<_> = c
            .events
            .iter()
            .filter(|e| e.agents == ["country/USA"])
            .flat_map(|e| e.targets.clone())
            .collect();
        assert_eq!(sanctioned, ["person/rolando-vastes"], "{:?}", c.events);
        // A run whose last word is never told again as a speaker is no one.
        let b = run(
            "Grand Bay Harbour opened in March. Officials said it was busy.",
            "2026-02-11",
        );
        assert!(
            b.entities
                .iter()
                .all(|e| e.kind != crate::annotation::EntityKind::Person)
        );
    }
}
