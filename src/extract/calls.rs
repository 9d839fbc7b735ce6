//! Calls told as a manner phrase: who takes part in "X told Y in a phone call" and in
//! "In a phone call on Wednesday, X told Y ...", where the call noun has no verb of its own.

use crate::annotation::EntityKind;
use crate::extract::doc::class;
use crate::extract::roles::Context;

/// Prepositions that set a call as the manner of the clause's act.
const MANNER: [&str; 4] = ["in", "during", "over", "by"];

impl Context<'_> {
    /// The sides of a call told as the manner of a clause's verb, its phrase running from
    /// the preposition at `phrase` ("in", "during", "over", "by") to `noun_end`: the verb's
    /// subject and the actor it speaks to. `verbs` are the sentence's trigger verbs; speech
    /// verbs and verbs of address count too. `None` when the phrase is no such manner.
    pub(crate) fn call_sides(
        &self,
        s_start: usize,
        s_end: usize,
        phrase: usize,
        noun_end: usize,
        verbs: &[usize],
    ) -> Option<(Vec<usize>, Vec<usize>)> {
        if !MANNER.contains(&self.doc.lower(phrase)) {
            return None;
        }
        let spoken = |k: usize| {
            self.doc.is(k, class::SPEECH)
                || self.lex.sets.address_verbs.contains(self.doc.lower(k))
                || verbs.contains(&k)
        };
        if phrase == s_start {
            // "In a phone call on Wednesday, X told Y that ...": the clause after the comma.
            let comma =
                (noun_end..(noun_end + 8).min(s_end)).find(|&k| self.doc.lower(k) == ",")?;
            let told = (comma + 2..(comma + 12).min(s_end))
                .find(|&k| spoken(k))
                .and_then(|verb| {
                    let subject = self.subject_before(comma + 1, verb);
                    let addressee = self.addressee_after(verb + 1, s_end)?;
                    (!subject.is_empty()).then_some((subject, vec![addressee]))
                });
            // "In a video call on Tuesday, Lula and Modi discussed ...": both sides are the
            // clause's subject.
            return told.or_else(|| self.joint_subject(comma + 1, s_end));
        }
        // "X told Y in a phone call", "X spoke to Y by phone": the one spoken to stands
        // right before the phrase.
        if phrase < s_start + 2 {
            return None;
        }
        // "his South Korean counterpart", "the Ethiopian prime minister": titles after the
        // country that names them.
        let mut end = phrase;
        while end > s_start + 2
            && self.mentions.owner[end - 1].is_none()
            && self.title_word(end - 1)
        {
            end -= 1;
        }
        let addressee = self.mentions.owner[end - 1].filter(|&r| self.actor_mention(r))?;
        let mut head = self.title_start_before(self.mentions.list[addressee].start, s_start);
        if head > s_start + 1 && matches!(self.doc.lower(head - 1), "to" | "with") {
            head -= 1;
        }
        if head <= s_start + 1 || !spoken(head - 1) {
            return None;
        }
        let subject = self.subject_before(s_start, head);
        (!subject.is_empty()).then_some((subject, vec![addressee]))
    }

    /// The sides of a clause from `from` whose subject names two actors or more ("Lula and
    /// Modi discussed"): the first as subject, the others beside it. `None` when one actor
    /// or none leads to the verb.
    fn joint_subject(&self, from: usize, s_end: usize) -> Option<(Vec<usize>, Vec<usize>)> {
        let mut k = from;
        while k < s_end {
            match self.mentions.owner[k] {
                Some(n) => k = self.mentions.list[n].end.max(k + 1),
                None if self.title_word(k)
                    || matches!(self.doc.lower(k), "and" | "," | "the" | "'s" | "’s") =>
                {
                    k += 1
                }
                None => break,
            }
        }
        if k >= s_end || self.doc.cap(k) || self.doc.is(k, class::PREPOSITION) {
            return None;
        }
        let mut subject = self.subject_before(from, k);
        subject.retain(|&n| self.actor_mention(n));
        if subject.len() < 2 {
            return None;
        }
        let others = subject.split_off(1);
        Some((subject, others))
    }

    /// The actor a verb ending right before `from` speaks to: the person its titles lead
    /// to ("told US President Joe Biden"), or the first actor named ("urged Moscow").
    fn addressee_after(&self, from: usize, s_end: usize) -> Option<usize> {
        let mut first = None;
        let mut k = from;
        while k < s_end && k < from + 8 {
            match self.mentions.owner[k] {
                Some(n) => {
                    if !self.actor_mention(n) {
                        return first;
                    }
                    if self.table.kind(self.mentions.list[n].entity) == EntityKind::Person {
                        return Some(n);
                    }
                    first.get_or_insert(n);
                    k = self.mentions.list[n].end;
                }
                None if self.title_word(k)
                    || matches!(self.doc.lower(k), "the" | "to" | "with") =>
                {
                    k += 1
                }
                None => break,
            }
        }
        first
    }

    /// Whether mention `n` names an actor, not a place.
    fn actor_mention(&self, n: usize) -> bool {
        !self.is_place(n)
            && matches!(
                self.table.kind(self.mentions.list[n].entity),
                EntityKind::Person | EntityKind::Country | EntityKind::Organization
            )
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::run;

    /// The sorted sides of every call in `text`.
    fn calls(text: &str) -> Vec<Vec<String>> {
        run(text, "2026-05-14")
            .events
            .into_iter()
            .filter(|e| e.class == "PhoneCall")
            .map(|e| {
                let mut who = e.participants;
                who.sort();
                who
            })
            .collect()
    }

    #[test]
    fn a_call_after_the_one_spoken_to_joins_speaker_and_addressee() {
        assert_eq!(
            calls(
                "Ghana's president told his Togolese counterpart in a phone call that the \
                 border would reopen."
            ),
            [["country/GHA", "country/TGO"]]
        );
        assert_eq!(
            calls("Norway's prime minister spoke to the Danish prime minister by phone."),
            [["country/DNK", "country/NOR"]]
        );
    }

    #[test]
    fn a_call_opening_the_sentence_joins_the_clause_after_it() {
        assert_eq!(
            calls(
                "In a telephone call on Monday, Peru's foreign minister urged Chile's \
                 foreign minister to reopen the crossing."
            ),
            [["country/CHL", "country/PER"]]
        );
    }

    #[test]
    fn a_call_opening_the_sentence_joins_two_subjects_of_the_clause() {
        assert_eq!(
            calls(
                "In a video call on Friday, Chilean President Rosa Vidal and Argentine \
                 President Tomas Ibarra discussed lithium exports."
            ),
            [["person/rosa-vidal", "person/tomas-ibarra"]]
        );
        // One subject and no one addressed: no second side, no call.
        assert!(
            calls("In a video call on Friday, Rosa Vidal discussed lithium exports.").is_empty()
        );
    }

    #[test]
    fn a_call_with_no_one_addressed_has_no_second_side() {
        // Reporters are no side: no call between two actors.
        assert!(calls("Peru's foreign minister said in a phone call with reporters that talks would resume.").is_empty());
    }
}
