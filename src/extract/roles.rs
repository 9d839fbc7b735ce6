//! Roles: the actors around a trigger in its sentence (subject, objects, prepositions,
//! apposition, relative clauses, coordination) and the speaker of reported speech.

use crate::annotation::EntityKind;
use crate::extract::doc::{Doc, class};
use crate::extract::entities::{EntityTable, MentionKind, Mentions};
use crate::extract::tokens::TokenKind;
use crate::extract::triggers::guest_participle;
use crate::lexicon::{Content, Lexicon, Role, Trigger};

/// Everything role filling looks at.
pub struct Context<'a> {
    pub doc: &'a Doc<'a>,
    pub lex: &'a Lexicon,
    pub table: &'a EntityTable,
    pub mentions: &'a Mentions,
    pub main: &'a [usize],
}

pub(crate) const DETERMINERS: [&str; 22] = [
    "the", "a", "an", "its", "their", "his", "her", "our", "most", "many", "some", "all",
    "several", "any", "more", "than", "about", "other", "these", "those", "this", "that",
];

/// Nouns that count what follows them ("a package of sanctions").
const QUANTITY_NOUNS: [&str; 8] = [
    "package", "round", "wave", "series", "raft", "batch", "set", "slew",
];

/// Classes of a word that cannot modify the noun of a phrase ("the dangerous actions"):
/// a name, a preposition, an act, a verb of being or saying, a clause barrier.
const NOT_A_MODIFIER: u16 = class::CAPITALIZED
    | class::PREPOSITION
    | class::TRIGGER
    | class::BE
    | class::HAVE
    | class::SPEECH
    | class::BARRIER;

/// Prepositions that also open clauses: a name after them may be a subject.
pub(crate) const SUBORDINATORS: [&str; 8] = [
    "after",
    "before",
    "since",
    "until",
    "as",
    "while",
    "because",
    "following",
];

impl Context<'_> {
    /// Whether token `j` closes a clause ("that afternoon" does not).
    pub(crate) fn is_barrier(&self, j: usize) -> bool {
        let w = self.doc.lower(j);
        if matches!(w, ";" | ":" | "—" | "–") {
            return true;
        }
        if w == "that"
            && matches!(
                self.doc.lower(j + 1),
                "day"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "night"
                    | "week"
                    | "month"
                    | "year"
                    | "time"
            )
        {
            return false;
        }
        self.doc.is(j, class::BARRIER) && w != "according"
    }

    /// A clause barrier or a comma.
    pub(crate) fn is_barrier_word(&self, j: usize) -> bool {
        self.doc.lower(j) == "," || self.is_barrier(j)
    }

    pub(crate) fn actors(&self, m: usize) -> Vec<usize> {
        let mention = &self.mentions.list[m];
        let mut out = vec![mention.entity];
        if let Some(o) = mention.other {
            out.push(o);
        }
        out
    }

    pub(crate) fn is_place(&self, m: usize) -> bool {
        let mention = &self.mentions.list[m];
        mention.kind == MentionKind::Place || self.table.kind(mention.entity) == EntityKind::Place
    }

    /// The preposition governing a mention starting at `start`, looking back over determiners.
    /// Whether the "of" at `of` follows a unit acting for a body, after "by" ("by a joint
    /// team of the Namibian Police", "by a patrol boat of the navy").
    fn unit_of_by(&self, of: usize, floor: usize) -> bool {
        let Some(unit) = of
            .checked_sub(1)
            .filter(|&k| k > floor && self.lex.sets.acting_units.contains(self.doc.lower(k)))
        else {
            return false;
        };
        (unit.saturating_sub(4).max(floor)..unit).rev().any(|k| {
            self.doc.lower(k) == "by"
                && (k + 1..unit).all(|x| self.mentions.owner[x].is_none() && !self.doc.cap(x))
        })
    }

    pub(crate) fn prep_before(&self, start: usize, floor: usize) -> Option<&str> {
        let mut j = start;
        let mut steps = 0;
        while j > floor && steps < 4 {
            j -= 1;
            steps += 1;
            let t = &self.doc.tokens[j];
            let w = t.lower.as_str();
            if self.doc.is(j, class::PREPOSITION) {
                if w == "of" && self.unit_of_by(j, floor) {
                    return Some("by");
                }
                return Some(w);
            }
            if matches!(w, "and" | ",") && j > floor {
                if let Some(m) = self.mentions.owner[j - 1] {
                    // "President Paz of Bolivia and President Peña": two people, each with
                    // their country; the "of" is not the second one's preposition.
                    let person_here = self.mentions.owner[start].is_some_and(|c| self.is_person(c));
                    if person_here && self.of_person(m).is_some() {
                        return None;
                    }
                    // "In Moscow, Dmitry Peskov said", "the President of Indonesia, Prabowo
                    // Subianto, arrived": a comma between different kinds of actor ends a
                    // phrase; only a list ("Canada, Mexico and the US") goes on.
                    let kind_of = |x: usize| {
                        (
                            self.is_place(x),
                            self.table.kind(self.mentions.list[x].entity),
                        )
                    };
                    let unlike = w == ","
                        && self.mentions.owner[start].is_some_and(|c| kind_of(c) != kind_of(m));
                    // "Unlike Canada, Chile has signed": a name after a comma goes on a list
                    // only if the list goes on after it ("Canada, Chile and Peru").
                    let list_goes_on = w != ","
                        || self.mentions.owner[j + 1].is_some_and(|next| {
                            matches!(
                                self.doc.lower(self.mentions.list[next].end),
                                "," | "and" | "or"
                            )
                        });
                    if unlike || !list_goes_on {
                        return None;
                    }
                    j = self.mentions.list[m].start;
                    continue;
                }
            }
            // "of India's Eastern Fleet": a possessor before the noun is no break.
            if t.kind == TokenKind::Possessive && j > floor {
                if let Some(m) = self.mentions.owner[j - 1] {
                    j = self.mentions.list[m].start;
                    continue;
                }
            }
            // "wrote to US Trade Representative Jamieson Greer", "with Kenyan President
            // William Ruto": the country or body before a title is part of the titled
            // phrase, whose preposition governs the person.
            if let Some(m) = self.mentions.owner[j] {
                let mention = &self.mentions.list[m];
                if !self.is_place(m)
                    && mention.start > floor
                    && mention.end < start
                    && self.title_ends_at(start, floor)
                    && (mention.end..start).all(|k| self.title_word(k))
                {
                    j = mention.start;
                    continue;
                }
            }
            // "In 2013 Kenya accused ...": a year right after the preposition is its object.
            let year = crate::extract::dates::year_at(self.doc, j).is_some();
            if year && j > floor && self.doc.is(j - 1, class::PREPOSITION) {
                return None;
            }
            let skippable = DETERMINERS.contains(&w)
                || (self.mentions.owner[j].is_none()
                    && steps <= 4
                    && self.title_word(j)
                    && w != "and")
                || t.kind == TokenKind::Number
                || matches!(w, "$" | "%" | "-")
                || (t.kind == TokenKind::Word
                    && steps <= 2
                    && self.mentions.owner[j].is_none()
                    && self.doc.classes[j]
                        & (class::CAPITALIZED
                            | class::TRIGGER
                            | class::SPEECH
                            | class::BE
                            | class::BARRIER)
                        == 0);
            if !skippable {
                return None;
            }
        }
        None
    }

    /// An adverb that may stand between a conjunction and its verb: "also", "then",
    /// "later", or a lowercase "-ly" word ("separately", "jointly").
    pub(crate) fn is_adverb(&self, j: usize) -> bool {
        let t = &self.doc.tokens[j];
        let w = t.lower.as_str();
        t.kind == TokenKind::Word
            && !self.doc.is(j, class::CAPITALIZED)
            && (self.lex.sets.progressive_adverbs.contains(w)
                || self.lex.sets.sequence_adverbs.contains(w)
                || w.len() >= 7 && w.ends_with("ly"))
    }

    /// A title word between an affiliation and a name ("Prime Minister", "counterpart").
    pub(crate) fn title_word(&self, j: usize) -> bool {
        let t = &self.doc.tokens[j];
        let w = t.lower.as_str();
        t.kind == TokenKind::Possessive
            || crate::extract::people::title_head_at(self.doc, self.lex, j) > 0
            || self.doc.is(j, class::TITLE_MODIFIER)
            || self.doc.is(j, class::HONORIFIC)
            || (t.kind == TokenKind::Word
                && self.doc.is(j, class::CAPITALIZED)
                && self.mentions.owner[j].is_none()
                && !self.doc.is(j, class::NOT_NAME))
            || matches!(w, "his" | "her")
            || self.lex.sets.counterpart_nouns.contains(w)
            || (w == "of" && self.doc.cap(j + 1) && self.mentions.owner[j + 1].is_none())
            // "Minister of Trade and Industry X": "and" between two words of a ministry's
            // name, after its "of".
            || (w == "and"
                && j >= 2
                && self.doc.cap(j - 1)
                && self.doc.cap(j + 1)
                && self.mentions.owner[j - 1].is_none()
                && self.mentions.owner[j + 1].is_none()
                && (j.saturating_sub(3)..j).any(|x| self.doc.lower(x) == "of"))
    }

    /// A plural title before the names it is given ("the two countries' foreign ministers,
    /// A and B"): the plural of a one-word role noun.
    pub(crate) fn plural_title_word(&self, j: usize) -> bool {
        crate::extract::people::plural_title(self.lex, self.doc.lower(j))
    }

    pub(crate) fn is_person(&self, m: usize) -> bool {
        self.table.kind(self.mentions.list[m].entity) == EntityKind::Person
    }

    /// Whether a person's mention starts at token `j`.
    fn person_starts_at(&self, j: usize) -> bool {
        self.mentions
            .owner
            .get(j)
            .copied()
            .flatten()
            .is_some_and(|n| self.is_person(n) && self.mentions.list[n].start == j)
    }

    /// "Peña of Paraguay": for the country or body named after a person's "of", that person.
    pub(crate) fn of_person(&self, m: usize) -> Option<usize> {
        let mention = &self.mentions.list[m];
        if self.is_place(m) || self.is_person(m) {
            return None;
        }
        let mut k = mention.start;
        if k > 0 && self.doc.lower(k - 1) == "the" {
            k -= 1;
        }
        if k < 2 || self.doc.lower(k - 1) != "of" {
            return None;
        }
        self.mentions.owner[k - 2]
            .filter(|&p| self.is_person(p) && self.mentions.list[p].end == k - 1)
    }

    /// "NATO Secretary General Mark Rutte", "Qatar's emir, Sheikh Tamim": the person the
    /// affiliation introduces.
    pub(crate) fn person_after(&self, m: usize, limit: usize) -> usize {
        let mention = &self.mentions.list[m];
        if self.table.kind(mention.entity) == EntityKind::Person {
            return m;
        }
        // "American citizen John Pekkala", "Israeli ministers Itamar Ben-Gvir and Bezalel
        // Smotrich": a group named right after.
        if self.table.kind(mention.entity) == EntityKind::Group
            && mention.end > mention.start
            && (self
                .lex
                .person_cues
                .contains(self.doc.lower(mention.end - 1))
                || self.plural_title_word(mention.end - 1))
            && self.person_starts_at(mention.end)
        {
            return self.mentions.owner[mention.end].unwrap_or(m);
        }
        if let Some(org) = self.described_org_after(m, limit) {
            return org;
        }
        let mut j = mention.end;
        let mut saw_title = false;
        while j < limit && j < mention.end + 8 {
            if let Some(n) = self.mentions.owner[j] {
                let next = &self.mentions.list[n];
                if self.table.kind(next.entity) == EntityKind::Person
                    && saw_title
                    && next.start == j
                {
                    return n;
                }
                return m;
            }
            // "Australian writer Yang Hengjun", "French national Lennart Duval": a word
            // that describes a person, right before the name.
            if self.lex.person_cues.contains(self.doc.lower(j)) && self.person_starts_at(j + 1) {
                saw_title = true;
                j += 1;
                continue;
            }
            if self.title_word(j) {
                saw_title =
                    saw_title || crate::extract::people::title_head_at(self.doc, self.lex, j) > 0;
                j += 1;
                continue;
            }
            if self.doc.lower(j) == "," && saw_title {
                j += 1;
                continue;
            }
            break;
        }
        m
    }

    /// "the Belarusian potash producer Belaruskali", "Russia's state nuclear company
    /// Rosatom": after a demonym or a country's possessive, the organization the
    /// description ends in (its head word is a company noun).
    fn described_org_after(&self, m: usize, limit: usize) -> Option<usize> {
        let mention = &self.mentions.list[m];
        let country_possessive =
            mention.possessive && self.table.kind(mention.entity) == EntityKind::Country;
        // "the Russian state energy company Gazprom": "Russian state" is an institution.
        let described = matches!(
            mention.kind,
            MentionKind::Demonym | MentionKind::Institution
        );
        if !described && !country_possessive {
            return None;
        }
        let mut j = mention.end;
        if country_possessive && self.doc.possessive_at(j) {
            j += 1;
        }
        let from = j;
        while j < limit && j < from + 4 {
            if let Some(n) = self.mentions.owner[j] {
                let next = &self.mentions.list[n];
                let org = self.table.kind(next.entity) == EntityKind::Organization;
                let head = j > from
                    && crate::extract::companies::is_company_noun(self.lex, self.doc.lower(j - 1));
                return (org && head && next.start == j).then_some(n);
            }
            let t = &self.doc.tokens[j];
            if t.kind != TokenKind::Word
                || self.doc.cap(j)
                || self.doc.classes[j] & (class::PREPOSITION | class::BARRIER | class::TRIGGER) != 0
            {
                return None;
            }
            j += 1;
        }
        None
    }

    /// Start of the title words before a mention ("President" in "President Erdoğan").
    pub(crate) fn title_start_before(&self, start: usize, floor: usize) -> usize {
        let mut k = start;
        while k > floor && k + 8 > start {
            let prev = k - 1;
            if let Some(n) = self.mentions.owner[prev] {
                let kind = self.table.kind(self.mentions.list[n].entity);
                let pronoun = self.mentions.list[n].kind == MentionKind::Anaphor
                    && self.mentions.list[n].possessive
                    && self.mentions.list[n].end == self.mentions.list[n].start + 1;
                if pronoun
                    || matches!(kind, EntityKind::Country | EntityKind::Organization)
                        && self.mentions.list[n].kind != MentionKind::Place
                {
                    k = self.mentions.list[n].start;
                    continue;
                }
                break;
            }
            if self.title_word(prev) || self.doc.lower(prev) == "the" {
                k = prev;
                continue;
            }
            break;
        }
        k
    }

    /// Coordinated mentions after mention `m` ("X, Y and Z").
    pub(crate) fn coordinated_after(&self, m: usize, limit: usize) -> Vec<usize> {
        let mut out = vec![m];
        let mut j = self.mentions.list[m].end;
        loop {
            j = self.past_description(j, limit);
            // "President Paz of Bolivia and ...": the person's country is not a list item.
            if self.doc.lower(j) == "of" {
                let k = if self.doc.lower(j + 1) == "the" {
                    j + 2
                } else {
                    j + 1
                };
                if let Some(n) = self.mentions.owner.get(k).copied().flatten() {
                    if self.of_person(n).is_some() && k < limit {
                        j = self.mentions.list[n].end;
                    }
                }
            }
            let w = self.doc.lower(j);
            let mut k = j;
            if w == "," {
                k += 1;
                if self.doc.lower(k) == "and" {
                    k += 1;
                }
            } else if w == "and" {
                k += 1;
            } else {
                break;
            }
            if self.doc.lower(k) == "the" {
                k += 1;
            }
            // "... and Prime Minister Pedro Costa": a person behind their title.
            let mut t = k;
            while t < limit && t < k + 5 && self.mentions.owner[t].is_none() && self.title_word(t) {
                t += 1;
            }
            if t > k
                && self
                    .mentions
                    .owner
                    .get(t)
                    .copied()
                    .flatten()
                    .is_some_and(|n| self.is_person(n) && self.mentions.list[n].start == t)
            {
                k = t;
            }
            if k >= limit {
                break;
            }
            match self.mentions.owner[k] {
                Some(n) if self.mentions.list[n].start == k && !self.is_place(n) => {
                    let n = self.person_after(n, limit);
                    out.push(n);
                    j = self.mentions.list[n].end;
                }
                _ => break,
            }
        }
        out
    }

    /// After a person at `j`, the end of a description in commas ("Ana Soto, a 30-year-old
    /// teacher, and Luis Vera"): the comma closing it; else `j`.
    fn past_description(&self, j: usize, limit: usize) -> usize {
        let last_was_person = j > 0
            && self.mentions.owner[j - 1].is_some_and(|m| {
                self.table.kind(self.mentions.list[m].entity) == EntityKind::Person
            });
        if !last_was_person
            || self.doc.lower(j) != ","
            || !matches!(self.doc.lower(j + 1), "a" | "an")
        {
            return j;
        }
        let close = (j + 2..(j + 10).min(limit)).find(|&k| {
            self.doc.lower(k) == "," || self.mentions.owner[k].is_some() || self.is_barrier(k)
        });
        match close {
            Some(k) if self.doc.lower(k) == "," && self.doc.lower(k + 1) == "and" => k,
            _ => j,
        }
    }

    /// Start of the noun phrase ending at the trigger, and whether a preposition governs it.
    pub(crate) fn noun_phrase(&self, s_start: usize, start: usize) -> (usize, Option<usize>, bool) {
        let mut j = start;
        let mut possessor = None;
        while j > s_start {
            let t = &self.doc.tokens[j - 1];
            let w = t.lower.as_str();
            if let Some(m) = self.mentions.owner[j - 1] {
                let mention = &self.mentions.list[m];
                if mention.possessive
                    || mention.kind == MentionKind::Demonym
                    || mention.kind == MentionKind::Group
                {
                    possessor = Some(m);
                    j = mention.start;
                    continue;
                }
                break;
            }
            if t.kind == TokenKind::Possessive {
                j -= 1;
                continue;
            }
            // "a new package of sanctions", "a fresh round of strikes": the quantity is
            // part of the phrase, not a preposition governing it.
            if w == "of" && j >= s_start + 2 && QUANTITY_NOUNS.contains(&self.doc.lower(j - 2)) {
                j -= 2;
                continue;
            }
            let adjective = t.kind == TokenKind::Word
                && self.doc.classes[j - 1] & NOT_A_MODIFIER == 0
                && start - j < 4;
            if (DETERMINERS.contains(&w) && !matches!(w, "that" | "this" | "than" | "about"))
                || t.kind == TokenKind::Number
                || matches!(w, "%" | "$" | "-")
                || adjective
            {
                j -= 1;
                continue;
            }
            break;
        }
        // "handed over a protest note": the particle of a verb governs nothing.
        let particle = j >= s_start + 2
            && matches!(
                self.doc.lower(j - 1),
                "over" | "out" | "up" | "back" | "off"
            )
            && self.lex.is_past_form(self.doc.lower(j - 2));
        let governed = j > s_start && self.doc.is(j - 1, class::PREPOSITION) && !particle;
        (j, possessor, governed)
    }

    /// "visited Museveni's home district": for a trigger whose place gives its target, a
    /// person's place (a possessive person mention) stands for the person's country.
    pub(crate) fn home_country(&self, trigger: &Trigger, m: usize) -> Option<usize> {
        let mention = &self.mentions.list[m];
        (trigger.place_target
            && mention.possessive
            && self.table.kind(mention.entity) == EntityKind::Person)
            .then(|| self.table.country_of(mention.entity))
            .flatten()
    }

    /// Actors after the trigger: (objects, by-agents).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn objects_after(
        &self,
        trigger: &Trigger,
        from: usize,
        s_end: usize,
        floor: usize,
        noun: bool,
        match_end: usize,
        stops: &[usize],
        verbs: &[usize],
    ) -> (Vec<usize>, Vec<usize>, bool, Option<usize>) {
        let mut j = from;
        let mut by = Vec::new();
        // "expressed Poland's solidarity with Vilnius": a possessive inside the trigger's own
        // words is the object only when no object follows it.
        let mut inside_possessive: Option<usize> = None;
        // "condemned the dangerous actions of the Chinese navy": whose acts or words a verb
        // takes as its object is its object, as with "China's actions".
        let of_object = (!noun && trigger.object != Role::None)
            .then(|| (match_end + 2..=match_end + 7).find(|&o| self.phrase_then_of(match_end, o)))
            .flatten();
        while j < s_end {
            if j == match_end {
                if let Some(of_at) = of_object {
                    j = of_at + 1;
                    continue;
                }
            }
            if j >= match_end && stops.contains(&j) {
                return (Vec::new(), by, false, Some(j));
            }
            if j >= match_end && verbs.contains(&j) {
                break;
            }
            // "disbursed a grant for housing, and New Zealand's minister is due": a clause
            // joined after a comma has sides of its own.
            if j >= match_end
                && by.is_empty()
                && self.doc.lower(j) == ","
                && matches!(self.doc.lower(j + 1), "and" | "but" | "while" | "whereas")
            {
                break;
            }
            // "issued a joint statement warning Ethiopia": a participle that tells an act of
            // its own ends the sides of a symmetric one.
            if trigger.symmetric
                && j >= match_end
                && j > 0
                && self.doc.lower(j).ends_with("ing")
                && self.doc.classes[j] & class::TRIGGER != 0
                && !self.doc.is(j - 1, class::PREPOSITION)
                && !guest_participle(self.doc, self.lex, j)
            {
                break;
            }
            if let Some(m) = self.mentions.owner[j] {
                let mention = &self.mentions.list[m];
                if mention.start < j || (mention.kind == MentionKind::Anaphor && mention.possessive)
                {
                    j = mention.end;
                    continue;
                }
                // "agreed to a UN request", "accepted Kenyan demands": so is a name or
                // demonym right before the pattern's last word.
                let modifier = mention.end + 1 == match_end
                    && matches!(
                        mention.kind,
                        MentionKind::Name | MentionKind::Demonym | MentionKind::Government
                    );
                if !noun
                    && (mention.possessive || modifier)
                    && mention.end < match_end
                    && inside_possessive.is_none()
                {
                    inside_possessive = Some(m);
                    j = mention.end;
                    continue;
                }
                let floor = if mention.start >= match_end {
                    match_end
                } else {
                    floor
                };
                let mut prep = self.prep_before(mention.start, floor);
                if prep.is_none()
                    && mention.start > floor
                    && self.doc.lower(mention.start - 1) == ","
                {
                    // "with the Prime Minister of Fiji, Sitiveni Rabuka": the title's preposition.
                    let title_begin = (floor..mention.start).rev().find(|&x| {
                        crate::extract::people::title_head_at(self.doc, self.lex, x) > 0
                    });
                    if let Some(tb) = title_begin {
                        let before = self.title_start_before(tb, floor);
                        prep = self.prep_before(before, floor);
                    }
                }
                if of_object
                    .is_some_and(|of_at| self.doc.articles_start(of_at, mention.start) == of_at + 1)
                {
                    prep = None;
                }
                // "used its water cannon for ten minutes, coast guard spokesman X told
                // reporters": the spokesman who tells it after a comma is no object (a
                // country that tells it is often the one acted on: "..., Vietnam said").
                let speaker = self.person_after(m, s_end);
                let attribution = prep.is_none()
                    && self.is_person(speaker)
                    && (match_end..mention.start).any(|k| self.doc.lower(k) == ",")
                    && self
                        .lex
                        .speech_forms
                        .contains(self.doc.lower(self.mentions.list[speaker].end));
                if attribution {
                    break;
                }
                let direct_ok = !noun || mention.possessive;
                if prep.is_none()
                    && direct_ok
                    && trigger.object_not_person
                    && (self.table.kind(mention.entity) == EntityKind::Person
                        || self.official_at(m))
                {
                    return (Vec::new(), Vec::new(), true, None);
                }
                let accept = match prep {
                    None => direct_ok && (trigger.object != Role::None || trigger.symmetric),
                    Some("by") => {
                        let after_participle = mention.start >= 2
                            && (self.doc.lower(mention.start - 2).ends_with("ed")
                                || self.doc.lower(mention.start - 3).ends_with("ed"));
                        if by.is_empty()
                            && !self.is_place(m)
                            && (!noun || mention.start <= from + 5 || after_participle)
                        {
                            // "signed by Kenya's trade minister Joan Otieno": the person.
                            by = self.coordinated_after(self.person_after(m, s_end), s_end);
                        }
                        false
                    }
                    // "an invitation from President Ruto to Museveni", "a request from
                    // Kenya": who offers or asks follows the noun after "from".
                    Some("from")
                        if noun
                            && by.is_empty()
                            && mention.start <= match_end + 3
                            && matches!(
                                trigger.class.as_str(),
                                "CooperationPledge" | "Request"
                            ) =>
                    {
                        by = self.coordinated_after(self.person_after(m, s_end), s_end);
                        false
                    }
                    Some(p) => {
                        trigger.preps.iter().any(|q| q == p)
                            || (trigger.symmetric && matches!(p, "with" | "between"))
                    }
                };
                // "threatened tariffs on the European Union", "threatened to leave the
                // African Union", "... to withdraw from ECOWAS": a forum body is threatened
                // when it is the one acted on, not where the threat is made.
                let aimed_at_body = trigger.class == "Threat"
                    && matches!(prep, None | Some("on" | "against" | "from"))
                    && self.table.records[self.mentions.list[m].entity].forum;
                if accept && (self.kind_allowed(trigger, m) || aimed_at_body) {
                    let chosen = self.person_after(m, s_end);
                    let objects = self.coordinated_after(chosen, s_end);
                    // "the reception of Safadi by President al-Sharaa": the agent follows.
                    if by.is_empty() && noun {
                        let mut last = objects.last().map_or(j, |&o| self.mentions.list[o].end);
                        // "talks between X and Y mediated by Oman": the go-between takes part.
                        if trigger.symmetric
                            && matches!(
                                self.doc.lower(last),
                                "mediated" | "brokered" | "hosted" | "facilitated" | "chaired"
                            )
                        {
                            last += 1;
                        }
                        if self.doc.lower(last) == "by" {
                            if let Some(b) = (last + 1..(last + 5).min(s_end)).find_map(|k| {
                                self.mentions.owner[k].filter(|&x| {
                                    self.mentions.list[x].start == k && !self.is_place(x)
                                })
                            }) {
                                by = self.coordinated_after(self.person_after(b, s_end), s_end);
                            }
                        }
                    }
                    return (objects, by, false, None);
                }
                j = mention.end;
                continue;
            }
            let w = self.doc.lower(j);
            let content_stop = match trigger.content {
                Content::Of => w == "of",
                Content::To => w == "to" && j > from,
                _ => false,
            };
            let speech_that = w == "that" && trigger.content != Content::None && j < from + 6;
            if content_stop || (!speech_that && self.is_barrier(j)) {
                break;
            }
            j += 1;
        }
        match inside_possessive {
            Some(m) if self.kind_allowed(trigger, m) && trigger.object != Role::None => {
                (self.coordinated_after(m, s_end), by, false, None)
            }
            _ => (Vec::new(), by, false, None),
        }
    }

    /// Whether the words from a verb's end at `from` to an "of" at `of_at` are a short noun
    /// phrase opened by a determiner ("the dangerous actions of", "its conduct of") and a
    /// name follows the "of": the verb's object is whose that phrase is.
    fn phrase_then_of(&self, from: usize, of_at: usize) -> bool {
        if of_at < from + 2 || of_at > from + 7 || self.doc.lower(of_at) != "of" {
            return false;
        }
        let mut next = of_at + 1;
        while matches!(self.doc.lower(next), "the" | "a" | "an") {
            next += 1;
        }
        // "accused of spying": the "of" needs a noun phrase before it.
        matches!(
            self.doc.lower(from),
            "the" | "its" | "their" | "his" | "her"
        ) && (from + 1..of_at).all(|k| {
            // 'the "dangerous and unlawful" actions of'
            matches!(self.doc.lower(k), "\"" | "“" | "”" | "and")
                || self.doc.tokens[k].kind == TokenKind::Word
                    && self.mentions.owner[k].is_none()
                    && !QUANTITY_NOUNS.contains(&self.doc.lower(k))
                    && self.doc.classes[k] & NOT_A_MODIFIER == 0
        }) && self
            .mentions
            .owner
            .get(next)
            .copied()
            .flatten()
            .is_some_and(|m| self.mentions.list[m].start == next && !self.is_place(m))
    }

    /// Whether country mention `m` names an official by title ("the Vietnamese president",
    /// "Vietnam's foreign minister", "his Gambian counterpart").
    pub(crate) fn official_at(&self, m: usize) -> bool {
        self.table.kind(self.mentions.list[m].entity) == EntityKind::Country && {
            let mut j = self.mentions.list[m].end;
            if self.doc.possessive_at(j) {
                j += 1;
            }
            self.doc.title_len.get(j).is_some_and(|&n| n > 0)
                || self.lex.sets.counterpart_nouns.contains(self.doc.lower(j))
        }
    }

    pub(crate) fn kind_allowed(&self, trigger: &Trigger, m: usize) -> bool {
        let e = self.mentions.list[m].entity;
        let kind = self.table.kind(e);
        if kind == EntityKind::Place {
            return trigger.place_target || trigger.target_kinds.iter().any(|k| k == "place");
        }
        if trigger.object_not_person && kind == EntityKind::Person {
            return false;
        }
        if self.home_country(trigger, m).is_some() {
            return true;
        }
        if trigger.target_kinds.is_empty() {
            return true;
        }
        // "received the Vietnamese president", "called Vietnam's foreign minister",
        // "received his Gambian counterpart": an official named by title and country is a
        // person here.
        let official = self.official_at(m);
        // "received the Kenyan delegation", "a delegation from Kenya": met like a person.
        let delegation = kind == EntityKind::Group && {
            let mention = &self.mentions.list[m];
            (mention.start..mention.end)
                .any(|k| self.lex.sets.delegation_nouns.contains(self.doc.lower(k)))
        };
        let name = match kind {
            EntityKind::Country if official => "person",
            EntityKind::Group if delegation => "person",
            EntityKind::Country => "country",
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Group => "group",
            EntityKind::Place => "place",
        };
        // Forum bodies are where things happen, not whom a threat targets.
        if kind == EntityKind::Organization
            && self.table.records[e].forum
            && trigger.class == "Threat"
        {
            return false;
        }
        trigger.target_kinds.iter().any(|k| k == name)
            || (name == "group" && trigger.target_kinds.iter().any(|k| k == "country"))
    }

    /// The speaker of a speech verb before `pos` in the sentence, and whom they told.
    /// The person who says the clause ending the sentence after `pos`: "..., Trade
    /// Minister Lindiwe Mahlangu said on Wednesday", "..., said Foreign Minister X".
    pub(crate) fn speaker_after(&self, pos: usize, s_end: usize) -> Option<usize> {
        let person = |k: usize| {
            self.mentions
                .owner
                .get(k)
                .copied()
                .flatten()
                .map(|m| self.mentions.list[m].entity)
                .filter(|&e| self.table.kind(e) == EntityKind::Person)
        };
        (pos + 1..s_end)
            .filter(|&k| self.lex.speech_forms.contains(self.doc.lower(k)))
            .find_map(|k| person(k - 1).or_else(|| person(k + 1)))
    }

    /// The actor who tells of the act at `pos`, person, country or body: the subject of a
    /// verb of saying before it ("Tanzania's foreign ministry said the drivers would be
    /// freed"), or the one named at a verb of saying after it ("..., Tanzania said").
    pub(crate) fn teller(&self, s_start: usize, pos: usize, s_end: usize) -> Option<usize> {
        let actor = |m: usize| {
            let e = self.mentions.list[m].entity;
            (!self.is_place(m)
                && matches!(
                    self.table.kind(e),
                    EntityKind::Person | EntityKind::Country | EntityKind::Organization
                ))
            .then_some(e)
        };
        if let Some(k) = (s_start..pos)
            .rev()
            .find(|&k| self.lex.speech_forms.contains(self.doc.lower(k)))
        {
            return self.subject_before(s_start, k).into_iter().find_map(actor);
        }
        let k = (pos + 1..s_end).find(|&k| {
            self.lex.speech_forms.contains(self.doc.lower(k)) && self.doc.lower(k - 1) != ","
        })?;
        self.mentions.owner[k - 1].and_then(actor)
    }

    pub(crate) fn speaker(&self, s_start: usize, pos: usize) -> (Option<usize>, Option<usize>) {
        for k in (s_start..pos).rev() {
            let w = self.doc.lower(k);
            if !self.lex.speech_forms.contains(w) {
                continue;
            }
            let mut speaker = self
                .subject_before(s_start, k)
                .into_iter()
                .map(|m| self.mentions.list[m].entity)
                .find(|&e| self.table.kind(e) == EntityKind::Person);
            if speaker.is_none() {
                speaker = self
                    .mentions
                    .at(k + 1)
                    .map(|m| m.entity)
                    .filter(|&e| self.table.kind(e) == EntityKind::Person);
            }
            let listener = if matches!(
                w,
                "told" | "tells" | "tell" | "informed" | "informs" | "assured" | "briefed"
            ) {
                self.mentions.at(k + 1).map(|m| m.entity)
            } else {
                None
            };
            return (speaker, listener);
        }
        (None, None)
    }
}

#[cfg(test)]
#[path = "roles_tests.rs"]
mod tests;
