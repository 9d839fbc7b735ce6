//! Hedged content: a warning of what may happen ("warned that cholera could spread") is
//! no threat, as a warning of what the speaker's side will do is.

use crate::extract::events::Context;

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
