//! Acts told of what no one does: a warning of what may happen ("warned that cholera could
//! spread"), and a thing as the subject of a verb of an act ("the dam threatens").

use crate::extract::events::Context;
use crate::extract::roles::DETERMINERS;

/// Pronouns that may stand for the speaker's side in what it warns of ("warned that they
/// could respond").
const SIDE_PRONOUNS: [&str; 4] = ["we", "they", "i", "us"];

/// Whether the content after the first "that" following the trigger (`from`) tells what
/// may happen: its first modal is a hedge of `hedges` ("could", "might"), and no actor
/// or pronoun stands before it to make it someone's act.
pub(crate) fn hedged_content(ctx: &Context, from: usize, sentence_end: usize) -> bool {
    let doc = ctx.doc;
    let Some(that) = (from..sentence_end).find(|&k| doc.lower(k) == "that") else {
        return false;
    };
    for k in that + 1..sentence_end {
        let word = doc.lower(k);
        let actor = ctx.mentions.owner[k].is_some_and(|x| !ctx.is_place(x));
        if actor
            || SIDE_PRONOUNS.contains(&word)
            || ctx.lex.sets.pronouns_person.contains(word)
            || ctx.lex.sets.pronouns_actor.contains(word)
        {
            return false;
        }
        if ctx.lex.sets.hedges.contains(word) {
            return true;
        }
        // "would", "if", "unless", "will": someone's act, or one set on a condition.
        if ctx.lex.sets.hypothetical.contains(word) || matches!(word, "will" | "shall" | "wo") {
            return false;
        }
    }
    false
}

/// Words before a verb that head no noun phrase (forms of "be" and "have" and the modals
/// come from the lexicon).
const NOT_HEADS: [&str; 8] = ["and", "or", "but", "then", "also", "not", "never", "again"];

/// Whether the subject right before the verb at `verb` is a thing, not an actor: a noun
/// phrase of lowercase words after a determiner, none of them a mention, a pronoun or an
/// institution ("the dam threatens", "the new rules threaten"; not "the ministry
/// threatened", "Kenya threatened").
pub(crate) fn thing_as_subject(ctx: &Context, sentence_start: usize, verb: usize) -> bool {
    let doc = ctx.doc;
    let Some(head) = verb.checked_sub(1).filter(|&k| k > sentence_start) else {
        return false;
    };
    let is_plain_word = |k: usize| {
        !doc.cap(k)
            && ctx.mentions.owner[k].is_none()
            && doc.lower(k).chars().all(char::is_alphabetic)
            && !ctx.lex.sets.pronouns_person.contains(doc.lower(k))
            && !ctx.lex.sets.pronouns_actor.contains(doc.lower(k))
            && ctx.lex.sets.institutions.longest_at(&doc.tokens, k) == 0
    };
    // "condemned the attack and threatened": a conjunction, adverb or auxiliary before the
    // verb is no subject's head.
    let word = doc.lower(head);
    if !is_plain_word(head)
        || DETERMINERS.contains(&word)
        || NOT_HEADS.contains(&word)
        || word.ends_with("ly")
        || ctx.lex.sets.be.contains(word)
        || ctx.lex.sets.have.contains(word)
        || ctx.lex.sets.hypothetical.contains(word)
        || word == "will"
    {
        return false;
    }
    let mut k = head;
    for _ in 0..3 {
        if k == sentence_start {
            return false;
        }
        k -= 1;
        if DETERMINERS.contains(&doc.lower(k)) {
            return true;
        }
        if !is_plain_word(k) {
            return false;
        }
    }
    false
}
