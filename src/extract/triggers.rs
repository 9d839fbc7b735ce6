//! Trigger matching: finds the event patterns of `events.toml` in a sentence (verbs in
//! every inflection, nouns, light-verb phrases with gaps) and keeps the best of
//! overlapping matches.

use crate::extract::doc::{Doc, class};
use crate::extract::roles::DETERMINERS;
use crate::extract::tokens::TokenKind;
use crate::lexicon::{Lexicon, PatternWord};

/// One pattern match.
#[derive(Debug, Clone)]
pub struct TriggerMatch {
    pub trigger: usize,
    pub pattern: usize,
    pub start: usize,
    pub end: usize,
    /// End of the pattern's first token: objects inside a gap follow it.
    pub head_end: usize,
    /// The pattern starts with a verb.
    pub verbal: bool,
}

/// Whether a pattern's gap stops at token `i`: clause punctuation, "without" ("talks
/// ended without agreement" ends no agreement), words opening a cause or a time, and a
/// second verb.
fn gap_breaker(doc: &Doc, i: usize) -> bool {
    let t = &doc.tokens[i];
    t.kind == TokenKind::Punct
        && !matches!(
            t.lower.as_str(),
            "-" | "$" | "%" | "'" | "’" | "\"" | "“" | "”"
        )
        // "imposed duties on pork in retaliation for US tariffs": a gap does not run into
        // the cause or time of the act, which may name an act of its own.
        || matches!(
            t.lower.as_str(),
            "without" | "retaliation" | "response" | "because" | "after" | "following" | "amid"
        )
        // "suspended Mali and threatened sanctions": nor into a second verb.
        || t.lower == "and"
            && doc.tokens.get(i + 1).is_some_and(|next| {
                next.kind == TokenKind::Word && next.lower.ends_with("ed") && !doc.cap(i + 1)
            })
}

/// The closing comma of a name in apposition opened by the comma at `open` ("declared the
/// ambassador, Raquel Serur, persona non grata"): one to five capitalized words between two
/// commas. A gap may run across it.
fn apposition_end(doc: &Doc, open: usize, s_end: usize) -> Option<usize> {
    if doc.lower(open) != "," {
        return None;
    }
    let close = (open + 2..(open + 7).min(s_end)).find(|&k| doc.lower(k) == ",")?;
    (open + 1..close)
        .all(|k| doc.tokens[k].kind == TokenKind::Word && doc.cap(k))
        .then_some(close)
}

/// Matches `pattern` at token `i`; returns the end of the match.
fn match_at(doc: &Doc, pattern: &[PatternWord], i: usize, s_end: usize) -> Option<(usize, usize)> {
    fn go(
        doc: &Doc,
        pattern: &[PatternWord],
        p: usize,
        i: usize,
        s_end: usize,
        head_end: &mut usize,
    ) -> Option<usize> {
        if p == pattern.len() {
            return Some(i);
        }
        match &pattern[p] {
            PatternWord::Forms(forms) => {
                if i >= s_end || !doc.tokens.get(i).is_some_and(|t| forms.contains(&t.word)) {
                    return None;
                }
                if p == 0 {
                    *head_end = i + 1;
                }
                go(doc, pattern, p + 1, i + 1, s_end, head_end)
            }
            PatternWord::Gap(longest) => {
                let mut j = i;
                loop {
                    if let Some(end) = go(doc, pattern, p + 1, j, s_end, head_end) {
                        return Some(end);
                    }
                    if j >= s_end || j >= i + longest {
                        return None;
                    }
                    if gap_breaker(doc, j) {
                        match apposition_end(doc, j, s_end) {
                            Some(close) => j = close,
                            None => return None,
                        }
                    }
                    j += 1;
                }
            }
        }
    }
    let mut head_end = i + 1;
    go(doc, pattern, 0, i, s_end, &mut head_end).map(|end| (end, head_end))
}

/// Whether the bare word at `i` heads a noun phrase opened by a determiner and one
/// lowercase modifier ("the immediate release", "a formal apology"); not "the minister
/// visited", "a drone struck" (past forms) or "the ministers visit" (a plural before it).
fn modified_noun(doc: &Doc, lex: &Lexicon, i: usize) -> bool {
    let word = doc.lower(i);
    let modifier = &doc.tokens[i - 1];
    let bare = !word.ends_with("ed")
        && !word.ends_with("ing")
        && !word.ends_with('s')
        && !lex.is_past_form(word);
    bare && modifier.kind == TokenKind::Word
        && !doc.cap(i - 1)
        && !modifier.lower.ends_with('s')
        && matches!(
            doc.lower(i - 2),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our"
        )
}

/// Whether the "-ing" word at `i` describes the guest of a meeting named after it ("received
/// visiting Singaporean Foreign Minister X", "talks with the visiting Chinese premier"): a
/// participle between a verb of meeting, "with" or an article and a name is no act of its
/// own, and the name after it is the verb's object.
pub(crate) fn guest_participle(doc: &Doc, lex: &Lexicon, i: usize) -> bool {
    if i == 0 || i + 1 >= doc.tokens.len() || !doc.lower(i).ends_with("ing") || !doc.cap(i + 1) {
        return false;
    }
    let prev = &doc.tokens[i - 1];
    prev.kind == TokenKind::Word
        && !doc.cap(i - 1)
        && (matches!(prev.lower.as_str(), "the" | "a" | "an" | "with")
            || lex
                .trigger_by_word
                .get(prev.word as usize)
                .is_some_and(|candidates| {
                    candidates.iter().any(|&(ti, pi)| {
                        let trigger = &lex.triggers[ti];
                        trigger.class == "Meeting" && trigger.patterns[pi].starts_with("V:")
                    })
                }))
}

/// Whether the token before a word makes that word a noun ("the", "his", "'s", "first").
fn noun_context(doc: &Doc, prev: usize) -> bool {
    let t = &doc.tokens[prev];
    t.kind == TokenKind::Possessive
        || t.kind == TokenKind::Number
        || matches!(
            t.lower.as_str(),
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "first"
                | "last"
                | "previous"
                | "official"
                | "state"
                | "working"
                | "recent"
                | "planned"
                | "formal"
                | "brief"
                | "new"
                | "further"
                | "second"
                | "this"
                | "that"
                | "such"
                | "any"
                | "no"
                | "each"
                | "every"
                | "latest"
                | "two-day"
                | "three-day"
                | "one-day"
                | "video"
                | "phone"
                | "telephone"
                | "conference"
        )
        || t.lower.ends_with("-day")
}

/// The word numbers of a sentence's tokens, as a filter of `WordFilter::BITS` bits: a
/// pattern with a word the sentence lacks ("talks" of "V:hold * talks") is turned away
/// without trying every place its gap may end.
struct WordFilter {
    bits: [u64; WordFilter::BITS / 64],
}

impl WordFilter {
    const BITS: usize = 1024;

    fn of(doc: &Doc, s_start: usize, s_end: usize) -> WordFilter {
        let mut bits = [0u64; WordFilter::BITS / 64];
        for t in doc.tokens.get(s_start..s_end).unwrap_or_default() {
            let slot = t.word as usize % WordFilter::BITS;
            bits[slot / 64] |= 1 << (slot % 64);
        }
        WordFilter { bits }
    }

    /// False when no token of the sentence is word `word`; true when one may be.
    fn may_hold(&self, word: u32) -> bool {
        let slot = word as usize % WordFilter::BITS;
        self.bits[slot / 64] & (1 << (slot % 64)) != 0
    }

    /// False when a word the pattern needs after its first is missing from the sentence.
    fn may_match(&self, pattern: &[PatternWord]) -> bool {
        pattern.iter().skip(1).all(|element| match element {
            PatternWord::Forms(forms) => forms.iter().any(|&w| self.may_hold(w)),
            PatternWord::Gap(_) => true,
        })
    }
}

/// Every trigger in tokens `s_start..s_end`, overlaps resolved.
pub fn find_triggers(doc: &Doc, lex: &Lexicon, s_start: usize, s_end: usize) -> Vec<TriggerMatch> {
    let mut found: Vec<TriggerMatch> = Vec::new();
    // Made at the first trigger word: most sentences have few or none.
    let mut filter: Option<WordFilter> = None;
    for i in s_start..s_end {
        if !doc.is(i, class::TRIGGER) {
            continue;
        }
        let Some(candidates) = lex
            .trigger_by_word
            .get(doc.tokens[i].word as usize)
            .filter(|candidates| !candidates.is_empty())
        else {
            continue;
        };
        let filter = filter.get_or_insert_with(|| WordFilter::of(doc, s_start, s_end));
        for &(ti, pi) in candidates {
            let trigger = &lex.triggers[ti];
            let pattern = &trigger.parsed_words[pi];
            if !filter.may_match(pattern) {
                continue;
            }
            let Some((end, head_end)) = match_at(doc, pattern, i, s_end) else {
                continue;
            };
            // "meet Togo's demands", "meet their targets": the words after a possessor too
            // (looked for only when the trigger has words to stop before).
            if !trigger.not_before_tokens.is_empty() {
                let after_owner = possessor_end(doc, end, s_end);
                if trigger.not_before_tokens.iter().any(|p| {
                    doc.phrase_at(end, p) || after_owner.is_some_and(|k| doc.phrase_at(k, p))
                }) {
                    continue;
                }
            }
            if !trigger.only_before_tokens.is_empty()
                && !trigger
                    .only_before_tokens
                    .iter()
                    .any(|p| doc.phrase_at(end, p))
            {
                continue;
            }
            if i > s_start && trigger.not_after.iter().any(|w| w == doc.lower(i - 1)) {
                continue;
            }
            if !trigger.not_governed_by.is_empty()
                && (i.saturating_sub(4).max(s_start)..i)
                    .any(|k| trigger.not_governed_by.iter().any(|w| w == doc.lower(k)))
            {
                continue;
            }
            if !trigger.only_after.is_empty() {
                let mut before = i;
                if before > s_start + 1 && doc.is(before - 1, class::HAVE) {
                    before -= 1;
                }
                let word_before = (before > s_start).then(|| doc.lower(before - 1));
                if !word_before.is_some_and(|w| trigger.only_after.iter().any(|o| o == w)) {
                    continue;
                }
            }
            // "Russian-backed", "Turkish-brokered": the second half of a compound.
            if i > s_start
                && doc.tokens[i - 1].is_punct("-")
                && doc.tokens[i - 1].end == doc.tokens[i].start
            {
                continue;
            }
            let verbal =
                trigger.patterns[pi].starts_with("V:") || trigger.patterns[pi].starts_with("v:");
            // "the first visit", "Carney's visit": a noun, not the verb. "Russia and Ukraine
            // each released": a past form after "each" stays the verb.
            let each_past =
                doc.lower(i.saturating_sub(1)) == "each" && doc.lower(i).ends_with("ed");
            // "heads of state demanded": a past form after a modifier word ("state",
            // "official") is still the verb.
            let past_after_word = || {
                doc.tokens[i - 1].kind == TokenKind::Word
                    && !DETERMINERS.contains(&doc.lower(i - 1))
                    && lex.is_past_form(doc.lower(i))
            };
            if verbal && i > s_start && noun_context(doc, i - 1) && !each_past && !past_after_word()
            {
                continue;
            }
            // "the immediate release of", "a formal apology": a bare form after a
            // determiner and a modifier is a noun too.
            if verbal && i > s_start + 1 && modified_noun(doc, lex, i) {
                continue;
            }
            // "delivered a diplomatic note of protest", "delivered an invitation", "handed
            // over a protest note": words handed over, not aid or a handover (and the
            // note's own act keeps its subject).
            let handed = match trigger.class.as_str() {
                "Aid" if end == i + 1 => Some(end),
                "Cooperation" => Some(i + 1),
                _ => None,
            };
            if verbal
                && handed.is_some_and(|from| {
                    (from..(end + 4).min(s_end))
                        .any(|k| lex.sets.message_objects.contains(doc.lower(k)))
                })
            {
                continue;
            }
            // "a note of protest", "the threat of attack": a bare form after "of" is a noun.
            if verbal
                && i > s_start
                && doc.lower(i - 1) == "of"
                && !doc.lower(i).ends_with("ing")
                && !doc.lower(i).ends_with("ed")
            {
                continue;
            }
            // "a Chinese attack", "any Russian strike": a name after an indefinite article
            // is its modifier, and the word after it a noun.
            if verbal
                && i > s_start + 1
                && doc.cap(i - 1)
                && matches!(doc.lower(i - 2), "a" | "an" | "any" | "no")
            {
                continue;
            }
            if verbal && guest_participle(doc, lex, i) {
                continue;
            }
            // "the Asia-Pacific Economic Cooperation (APEC) meeting": a noun after a name.
            if verbal && i > s_start && doc.lower(i - 1) == ")" && doc.lower(i).ends_with("ing") {
                continue;
            }
            // "struck targets", "shelled positions": a word in -s right after a verb in the
            // past is its object, a plural noun, not a verb of its own.
            if verbal && i > s_start && {
                let (word, prev) = (doc.lower(i), doc.lower(i - 1));
                word.ends_with('s')
                    && !word.ends_with("ss")
                    && doc.tokens[i - 1].kind == crate::extract::tokens::TokenKind::Word
                    && !doc.cap(i - 1)
                    && lex.is_past_form(prev)
            } {
                continue;
            }
            // "in March": a capitalized word inside a sentence is a name, not a verb.
            if verbal
                && i > s_start
                && doc.cap(i)
                && !doc.tokens[i - 1].is_punct("\"")
                && !doc.tokens[i - 1].is_punct("“")
            {
                continue;
            }
            found.push(TriggerMatch {
                trigger: ti,
                pattern: pi,
                start: i,
                end,
                head_end,
                verbal,
            });
        }
    }
    // Best first: higher priority, then longer, then earlier.
    found.sort_by(|a, b| {
        let pa = lex.triggers[a.trigger].priority;
        let pb = lex.triggers[b.trigger].priority;
        pb.cmp(&pa)
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(a.start.cmp(&b.start))
            .then(a.trigger.cmp(&b.trigger))
    });
    let mut kept: Vec<TriggerMatch> = Vec::new();
    for m in found {
        let overlaps = kept.iter().any(|k| {
            // Tokens actually used by the pattern (gaps excluded) must not collide.
            let used_a = [
                (m.start, m.head_end),
                (m.end.saturating_sub(1).max(m.head_end), m.end),
            ];
            let used_b = [
                (k.start, k.head_end),
                (k.end.saturating_sub(1).max(k.head_end), k.end),
            ];
            used_a
                .iter()
                .any(|a| used_b.iter().any(|b| a.0 < b.1 && b.0 < a.1))
        });
        if !overlaps {
            kept.push(m);
        }
    }
    kept.sort_by_key(|m| (m.start, m.trigger));
    kept
}

/// Possessive determiners that may stand before a trigger's object.
const POSSESSIVE_DETERMINERS: [&str; 5] = ["its", "their", "his", "her", "our"];

/// The token after a possessor opening at `at` ("Togo's", "South Africa's", "their"): up to
/// four capitalized words and a possessive `'s`, or a possessive determiner.
fn possessor_end(doc: &Doc, at: usize, s_end: usize) -> Option<usize> {
    if at >= s_end {
        return None;
    }
    if POSSESSIVE_DETERMINERS.contains(&doc.lower(at)) {
        return Some(at + 1);
    }
    (at + 1..(at + 5).min(s_end))
        .find(|&k| doc.possessive_at(k))
        .filter(|&k| (at..k).all(|j| doc.cap(j)))
        .map(|k| k + 1)
}
