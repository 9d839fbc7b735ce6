//! People introduced by their bare name and told again by its last word as a speaker:
//! "Ahmed Riza Shaheem does not look like a man ... Shaheem said": the full name is a
//! person, though no title or speech verb stands beside it.

use crate::extract::doc::{Doc, class};
use crate::extract::entities::{EntityTable, Mentions};
use crate::extract::people::{add_person, title_head_at};
use crate::extract::tokens::TokenKind;
use crate::lexicon::Lexicon;

/// The most words a bare name opening a sentence may have.
const MAX_NAME_WORDS: usize = 4;

/// Adds as people the capitalized runs of two to four words that open a sentence and whose
/// last word is told again elsewhere as a speaker ("Shaheem said") or after an honorific
/// ("Mr. Shaheem").
pub fn bare_names_told_again(
    doc: &Doc,
    lex: &Lexicon,
    table: &mut EntityTable,
    mentions: &mut Mentions,
) {
    for s in doc.sentences.iter() {
        let start = s.start;
        let name_word = |k: usize| {
            k < s.end
                && doc.tokens[k].kind == TokenKind::Word
                && doc.cap(k)
                && mentions.owner[k].is_none()
                && !lex.sets.not_names.contains(doc.lower(k))
                && title_head_at(doc, lex, k) == 0
                && !lex.org_heads.contains(doc.word(k))
                && !lex.place_heads.contains(doc.word(k))
        };
        let mut end = start;
        while end < start + MAX_NAME_WORDS + 1 && name_word(end) {
            end += 1;
        }
        // The run is followed by a lowercase word (its verb), not more of a name.
        let verb_after = doc
            .tokens
            .get(end)
            .is_some_and(|t| t.kind == TokenKind::Word)
            && !doc.cap(end)
            && doc.same_sentence(start, end);
        if !(2..=MAX_NAME_WORDS).contains(&(end - start)) || !verb_after {
            continue;
        }
        let last = doc.lower(end - 1);
        let told_again = (0..doc.tokens.len()).any(|k| {
            k != end - 1
                && doc.lower(k) == last
                && doc.cap(k)
                && doc.sentence_of[k] != usize::MAX
                && !(k > 0 && doc.cap(k - 1) && !doc.is(k - 1, class::HONORIFIC))
                && (doc.is(k + 1, class::SPEECH) || k > 0 && doc.is(k - 1, class::HONORIFIC))
        });
        if told_again {
            add_person(doc, lex, table, mentions, start, end, None, None);
        }
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
