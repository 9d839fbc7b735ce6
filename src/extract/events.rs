//! Events: turns the triggers of a sentence into draft events, filling roles from the
//! actors around each trigger (subject, object, prepositions, possessives, passives),
//! and reading status, location, forum and topics.

use crate::annotation::{EntityKind, Status};
use crate::extract::doc::{Doc, class};
use crate::extract::entities::{EntityTable, MentionKind, Mentions};
use crate::extract::status::{Modality, clause_start, modality};
use crate::extract::tokens::TokenKind;
use crate::extract::triggers::{TriggerMatch, find_triggers};
use crate::lexicon::{Content, Lexicon, Role, Trigger};

/// An event before merging.
#[derive(Debug, Clone)]
pub struct Draft {
    pub class: String,
    pub rule: String,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub agents: Vec<usize>,
    pub targets: Vec<usize>,
    pub participants: Vec<usize>,
    pub locations: Vec<usize>,
    pub forum: Option<usize>,
    pub status: Status,
    pub topics: Vec<String>,
    pub symmetric: bool,
    /// A definite noun with no actors ("the expulsion"): refers to an event told before.
    pub anaphoric: bool,
    /// Trigger index in the lexicon.
    pub trigger: usize,
    pub date: Option<crate::extract::dates::DateValue>,
    /// Told by a noun ("the visit"), so its status comes from context.
    pub noun: bool,
    /// The date comes from an earlier sentence, not this one.
    pub date_inherited: bool,
    /// Its own actors were named at the trigger (possessive, "by X", "that X did").
    pub own_agent: bool,
    /// The preposition governing a noun trigger ("for" in "for the dispatch").
    pub governed_by: Option<String>,
    /// The object search stopped at another trigger starting here.
    pub stopped_at: Option<usize>,
    /// Starts with a verb.
    pub verbal: bool,
    /// Follows "and" / "then" / a comma: a second verb of the same subject.
    pub coordinated: bool,
    /// First token of the noun phrase (or the verb).
    pub phrase_start: usize,
    /// Named as the object of a speech act ("condemned Iran's seizure"): an act told
    /// before, so the speech's date is not its own.
    pub referenced: bool,
}

/// Everything role filling looks at.
pub struct Context<'a> {
    pub doc: &'a Doc<'a>,
    pub lex: &'a Lexicon,
    pub table: &'a EntityTable,
    pub mentions: &'a Mentions,
    pub main: &'a [usize],
}

const DETERMINERS: [&str; 22] = [
    "the", "a", "an", "its", "their", "his", "her", "our", "most", "many", "some", "all",
    "several", "any", "more", "than", "about", "other", "these", "those", "this", "that",
];

/// Prepositions that also open clauses: a name after them may be a subject.
const SUBORDINATORS: [&str; 8] = [
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
    fn is_barrier(&self, j: usize) -> bool {
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
    fn is_barrier_word(&self, j: usize) -> bool {
        self.doc.lower(j) == "," || self.is_barrier(j)
    }

    fn actors(&self, m: usize) -> Vec<usize> {
        let mention = &self.mentions.list[m];
        let mut out = vec![mention.entity];
        if let Some(o) = mention.other {
            out.push(o);
        }
        out
    }

    fn is_place(&self, m: usize) -> bool {
        let mention = &self.mentions.list[m];
        mention.kind == MentionKind::Place || self.table.kind(mention.entity) == EntityKind::Place
    }

    /// The preposition governing a mention starting at `start`, looking back over determiners.
    fn prep_before(&self, start: usize, floor: usize) -> Option<&str> {
        let mut j = start;
        let mut steps = 0;
        while j > floor && steps < 4 {
            j -= 1;
            steps += 1;
            let t = &self.doc.tokens[j];
            let w = t.lower.as_str();
            if self.doc.is(j, class::PREPOSITION) {
                return Some(w);
            }
            if matches!(w, "and" | ",") && j > floor {
                if let Some(m) = self.mentions.owner[j - 1] {
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
                    if unlike {
                        return None;
                    }
                    j = self.mentions.list[m].start;
                    continue;
                }
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

    /// A title word between an affiliation and a name ("Prime Minister", "counterpart").
    fn title_word(&self, j: usize) -> bool {
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
            || matches!(w, "his" | "her" | "counterpart")
            || (w == "of" && self.doc.cap(j + 1) && self.mentions.owner[j + 1].is_none())
    }

    /// "NATO Secretary General Mark Rutte", "Qatar's emir, Sheikh Tamim": the person the
    /// affiliation introduces.
    fn person_after(&self, m: usize, limit: usize) -> usize {
        let mention = &self.mentions.list[m];
        if self.table.kind(mention.entity) == EntityKind::Person {
            return m;
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

    /// Start of the title words before a mention ("President" in "President Erdoğan").
    fn title_start_before(&self, start: usize, floor: usize) -> usize {
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
    fn coordinated_after(&self, m: usize, limit: usize) -> Vec<usize> {
        let mut out = vec![m];
        let mut j = self.mentions.list[m].end;
        loop {
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

    /// The subject before token `pos`: the nearest actor not governed by a preposition.
    fn subject_before(&self, s_start: usize, pos: usize) -> Vec<usize> {
        let mut j = pos;
        // "after meeting X", "while visiting Y": the participle's subject is the clause's.
        let gerund = self.doc.lower(pos).ends_with("ing");
        let mut skip_barrier = gerund
            && pos > s_start
            && matches!(
                self.doc.lower(pos - 1),
                "after"
                    | "before"
                    | "while"
                    | "when"
                    | "since"
                    | "by"
                    | "upon"
                    | "without"
                    | "during"
            );
        while j > s_start {
            j -= 1;
            if let Some(m) = self.mentions.owner[j] {
                let mention = &self.mentions.list[m];
                let governed = self
                    .prep_before(mention.start, s_start)
                    .is_some_and(|p| p != "by" && !SUBORDINATORS.contains(&p));
                let possessive_pronoun = mention.kind == MentionKind::Anaphor && mention.possessive;
                if self.is_place(m) || governed || possessive_pronoun {
                    j = mention.start;
                    continue;
                }
                // "Moldovans who back the bloc rallied": the object of a relative clause
                // is not the subject of the verb after it.
                if let Some(antecedent) = self.relative_antecedent(s_start, mention.start) {
                    return vec![antecedent];
                }
                let m = self.appositive_head(m, s_start);
                let mention = &self.mentions.list[m];
                // Coordinated subjects: "Latvia and Lithuania".
                let mut list = vec![m];
                let mut k = self.title_start_before(mention.start, s_start);
                while k >= s_start + 2 && matches!(self.doc.lower(k - 1), "and" | ",") {
                    match self.mentions.owner[k - 2] {
                        Some(n) if !self.is_place(n) && n != m => {
                            list.push(n);
                            k = self.title_start_before(self.mentions.list[n].start, s_start);
                        }
                        _ => break,
                    }
                }
                return list;
            }
            let w = self.doc.lower(j);
            // "the Caribbean Community (CARICOM) issued": an aside in brackets; an acronym
            // alone in them names the subject ("fighters of ... (JNIM) killed").
            let acronym_inside =
                j >= 2 && self.doc.lower(j - 2) == "(" && self.mentions.owner[j - 1].is_some();
            if w == ")" && acronym_inside {
                continue;
            }
            if w == ")" {
                if let Some(open) = (j.saturating_sub(8).max(s_start)..j)
                    .rev()
                    .find(|&k| self.doc.lower(k) == "(")
                {
                    j = open;
                    continue;
                }
            }
            if (self.lex.sets.relative.contains(w) || w == "whose") && j > s_start {
                // "..., who were taken into custody", "citizens whose relatives ... picketed":
                // the noun before the pronoun.
                let mut k = j;
                while k > s_start && matches!(self.doc.lower(k - 1), "," | "-") {
                    k -= 1;
                }
                let antecedent = if k > s_start {
                    self.mentions.owner[k - 1].filter(|&m| !self.is_place(m))
                } else {
                    None
                };
                if let Some(m) = antecedent {
                    return vec![self.appositive_head(m, s_start)];
                }
                if pos - j <= 5 || w == "whose" {
                    return Vec::new();
                }
            }
            if self.lex.sets.relative.contains(w) && pos - j <= 5 {
                // "..., who were taken into custody": the noun before the pronoun.
                let mut k = j;
                while k > s_start && matches!(self.doc.lower(k - 1), "," | "-") {
                    k -= 1;
                }
                if k > s_start {
                    if let Some(m) = self.mentions.owner[k - 1] {
                        if !self.is_place(m) {
                            return vec![m];
                        }
                    }
                }
                return Vec::new();
            }
            if skip_barrier && j + 1 == pos {
                skip_barrier = false;
                continue;
            }
            if self.is_barrier(j) {
                break;
            }
        }
        Vec::new()
    }

    /// When the mention at `start` is the object inside a relative clause ("who back the
    /// bloc"), the noun the clause describes.
    fn relative_antecedent(&self, s_start: usize, start: usize) -> Option<usize> {
        let mut k = start;
        let mut verb_seen = false;
        while k > s_start && start - k < 8 {
            k -= 1;
            let w = self.doc.lower(k);
            if matches!(w, "who" | "which" | "that") {
                if !verb_seen || k == s_start {
                    return None;
                }
                let mut a = k;
                while a > s_start && matches!(self.doc.lower(a - 1), "," | "-") {
                    a -= 1;
                }
                let m = self.mentions.owner[a.checked_sub(1)?]?;
                if self.is_place(m) {
                    return None;
                }
                return Some(self.appositive_head(m, s_start));
            }
            if self.mentions.owner[k].is_some() || self.is_barrier(k) {
                return None;
            }
            let t = &self.doc.tokens[k];
            if t.kind == TokenKind::Word
                && !DETERMINERS.contains(&w)
                && !self.doc.is(k, class::PREPOSITION)
                && !self.doc.cap(k)
            {
                verb_seen = true;
            }
        }
        None
    }

    /// "Kevin Marsh, a senior U.S. border adviser, said": the person the apposition describes.
    fn appositive_head(&self, m: usize, floor: usize) -> usize {
        let mention = &self.mentions.list[m];
        if self.table.kind(mention.entity) == EntityKind::Person {
            return m;
        }
        let mut k = mention.start;
        while k > floor
            && (self.title_word(k - 1)
                || matches!(
                    self.doc.lower(k - 1),
                    "a" | "an" | "the" | "senior" | "former" | "top"
                ))
            && self.mentions.owner[k - 1].is_none()
        {
            k -= 1;
        }
        if k > floor + 1 && self.doc.lower(k - 1) == "," {
            if let Some(n) = self.mentions.owner[k - 2] {
                if self.table.kind(self.mentions.list[n].entity) == EntityKind::Person {
                    return n;
                }
            }
        }
        m
    }

    /// Start of the noun phrase ending at the trigger, and whether a preposition governs it.
    fn noun_phrase(&self, s_start: usize, start: usize) -> (usize, Option<usize>, bool) {
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
            let adjective = t.kind == TokenKind::Word
                && self.doc.classes[j - 1]
                    & (class::CAPITALIZED
                        | class::PREPOSITION
                        | class::TRIGGER
                        | class::BE
                        | class::HAVE
                        | class::SPEECH
                        | class::BARRIER)
                    == 0
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
        let governed = j > s_start && self.doc.is(j - 1, class::PREPOSITION);
        (j, possessor, governed)
    }

    /// Actors after the trigger: (objects, by-agents).
    #[allow(clippy::too_many_arguments)]
    fn objects_after(
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
        while j < s_end {
            if j >= match_end && stops.contains(&j) {
                return (Vec::new(), by, false, Some(j));
            }
            if j >= match_end && verbs.contains(&j) {
                break;
            }
            if let Some(m) = self.mentions.owner[j] {
                let mention = &self.mentions.list[m];
                if mention.start < j || (mention.kind == MentionKind::Anaphor && mention.possessive)
                {
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
                let direct_ok = !noun || mention.possessive;
                if prep.is_none()
                    && direct_ok
                    && trigger.object_not_person
                    && self.table.kind(mention.entity) == EntityKind::Person
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
                            by = self.coordinated_after(m, s_end);
                        }
                        false
                    }
                    Some(p) => {
                        trigger.preps.iter().any(|q| q == p)
                            || (trigger.symmetric && matches!(p, "with" | "between"))
                    }
                };
                if accept && self.kind_allowed(trigger, m) {
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
        (Vec::new(), by, false, None)
    }

    fn kind_allowed(&self, trigger: &Trigger, m: usize) -> bool {
        let e = self.mentions.list[m].entity;
        let kind = self.table.kind(e);
        if kind == EntityKind::Place {
            return trigger.place_target || trigger.target_kinds.iter().any(|k| k == "place");
        }
        if trigger.object_not_person && kind == EntityKind::Person {
            return false;
        }
        if trigger.target_kinds.is_empty() {
            return true;
        }
        let name = match kind {
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
    fn speaker(&self, s_start: usize, pos: usize) -> (Option<usize>, Option<usize>) {
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

fn push_unique(list: &mut Vec<usize>, items: impl IntoIterator<Item = usize>) {
    for e in items {
        if !list.contains(&e) {
            list.push(e);
        }
    }
}

/// Draft events of sentence `si`.
pub fn sentence_events(ctx: &Context, si: usize) -> Vec<Draft> {
    let doc = ctx.doc;
    let sentence = &doc.sentences[si];
    let (s_start, s_end) = (sentence.start, sentence.end);
    let mut matches = find_triggers(doc, ctx.lex, s_start, s_end);
    // "Party of Action and Solidarity": a word of a body's name tells of no event.
    matches.retain(|m| {
        ctx.mentions.owner[m.start].is_none_or(|x| {
            let mention = &ctx.mentions.list[x];
            !(mention.kind == MentionKind::Name
                && mention.end - mention.start >= 2
                && ctx.table.kind(mention.entity) == EntityKind::Organization)
        })
    });
    let mut drafts: Vec<Draft> = Vec::new();
    let mut content_regions: Vec<(usize, usize)> = Vec::new();
    // Acts named in an object ("condemned the attack") end the object search there.
    let references: Vec<usize> = matches
        .iter()
        .filter(|m| {
            !m.verbal
                && m.start > s_start
                && matches!(
                    doc.lower(m.start - 1),
                    "the" | "a" | "an" | "this" | "that" | "its" | "their" | "his" | "her"
                )
        })
        .map(|m| m.start)
        .collect();
    let ends: Vec<usize> = matches.iter().filter(|m| m.verbal).map(|m| m.end).collect();
    let verb_starts: Vec<usize> = matches
        .iter()
        .filter(|m| m.verbal)
        .map(|m| m.start)
        .collect();
    for m in &matches {
        let trigger = &ctx.lex.triggers[m.trigger];
        let stops: Vec<usize> = references
            .iter()
            .copied()
            .filter(|&x| x != m.start)
            .collect();
        if let Some(draft) = build(ctx, si, m, trigger, &stops, &ends, &verb_starts) {
            if trigger.content != Content::None {
                content_regions.push(content_region(ctx, m, trigger, &draft, s_end, &verb_starts));
            }
            // "mutual tariffs": each main country against the other.
            let mutual = draft.noun
                && m.start > s_start
                && matches!(
                    doc.lower(m.start - 1),
                    "mutual" | "reciprocal" | "tit-for-tat"
                );
            if mutual && !draft.symmetric && ctx.main.len() == 2 {
                let mut a = draft.clone();
                a.agents = vec![ctx.main[0]];
                a.targets = vec![ctx.main[1]];
                a.anaphoric = false;
                let mut b = a.clone();
                b.agents = vec![ctx.main[1]];
                b.targets = vec![ctx.main[0]];
                drafts.push(a);
                drafts.push(b);
                continue;
            }
            drafts.push(draft);
        }
    }
    // What was asked, threatened, offered or refused is no event of its own.
    drafts.retain(|d| {
        !content_regions
            .iter()
            .any(|&(a, b)| d.start >= a && d.start < b)
    });
    relate_in_sentence(ctx, &mut drafts);
    let mut drafts = merge_in_sentence(ctx, drafts);
    if !drafts.is_empty() {
        let sentence_topics = topics(ctx, s_start, s_end);
        for d in &mut drafts {
            d.topics = sentence_topics.clone();
        }
    }
    drafts
}

const SPEECH_CLASSES: [&str; 4] = ["Accusation", "Support", "Rejection", "Request"];

/// Roles and relations between the triggers of one sentence.
fn relate_in_sentence(ctx: &Context, drafts: &mut Vec<Draft>) {
    let doc = ctx.doc;
    for i in 0..drafts.len() {
        let (before, rest) = drafts.split_at_mut(i);
        let d = &mut rest[0];
        let prev_verbal = before
            .iter()
            .rev()
            .find(|p| p.verbal && (!p.agents.is_empty() || !p.participants.is_empty()));
        // "X detained them and then deported them": the second verb has the first's subject.
        if d.coordinated && !d.symmetric {
            if let Some(p) = prev_verbal {
                let subject: Vec<usize> = if p.symmetric {
                    p.participants.clone()
                } else {
                    p.agents.clone()
                };
                d.targets.retain(|t| !subject.contains(t));
                d.agents = subject;
            }
        } else if d.coordinated && d.symmetric && d.participants.len() < 2 {
            if let Some(p) = prev_verbal {
                let subject: Vec<usize> = if p.symmetric {
                    p.participants.clone()
                } else {
                    p.agents.clone()
                };
                let mut merged = subject;
                push_unique(&mut merged, d.participants.iter().copied());
                d.participants = merged;
            }
        }
        // "spoke by phone with X ..., and offered help": the first speaker goes on.
        if d.coordinated && !d.symmetric && prev_verbal.is_none() {
            if let Some(p) = before
                .iter()
                .rev()
                .find(|p| p.symmetric && !p.participants.is_empty())
            {
                let first = p.participants[0];
                d.targets.retain(|&t| t != first);
                d.agents = vec![first];
            }
        }
        // "condemned the air strike by the military": the target is the act's author.
        if d.targets.is_empty() && SPEECH_CLASSES.contains(&d.class.as_str()) {
            if let Some(stop) = d.stopped_at {
                if let Some(act) = before
                    .iter()
                    .chain(rest[1..].iter())
                    .find(|x| x.start == stop)
                {
                    let authors: Vec<usize> = act.agents.clone();
                    rest[0].targets = authors;
                }
            }
        }
        let d = &mut rest[0];
        // "thanked Malaysia for the dispatch": the thanked one did it.
        if d.noun && d.agents.is_empty() && d.governed_by.as_deref() == Some("for") {
            if let Some(p) = before
                .iter()
                .rev()
                .find(|p| SPEECH_CLASSES.contains(&p.class.as_str()) && !p.targets.is_empty())
            {
                d.agents = p.targets.clone();
                d.own_agent = true;
            }
        }
        // "signed a partnership during a visit to Beijing": the visitor is the clause's subject.
        if d.noun
            && d.class == "Visit"
            && d.agents.is_empty()
            && matches!(d.governed_by.as_deref(), Some("during" | "on" | "after"))
        {
            if let Some(p) = before.iter().rev().find(|p| p.verbal) {
                let subject: Vec<usize> = if p.symmetric {
                    p.participants.clone()
                } else {
                    p.agents.clone()
                };
                let people: Vec<usize> = subject
                    .into_iter()
                    .filter(|&x| ctx.table.kind(x) == EntityKind::Person)
                    .take(1)
                    .collect();
                d.agents = people;
            }
        }
        // "is due in Ankara for a meeting with X": the purpose shares the trip's actor and status.
        if d.noun && d.governed_by.as_deref() == Some("for") && d.own_agent_or_object() {
            if let Some(p) = before.last() {
                if d.symmetric {
                    let mut merged = p.agents.clone();
                    push_unique(&mut merged, d.participants.iter().copied());
                    d.participants = merged;
                }
                if p.status == Status::Planned && d.status == Status::Occurred {
                    d.status = Status::Planned;
                }
            }
        }
        // "talks ... broke up without an agreement": the same sides.
        if d.symmetric && d.participants.is_empty() {
            if let Some(p) = before
                .iter()
                .rev()
                .find(|p| p.symmetric && !p.participants.is_empty())
            {
                d.participants = p.participants.clone();
            }
        }
    }
    // "condemned Iran's seizure of the tanker": the seizure was told before.
    let stops: Vec<usize> = drafts
        .iter()
        .filter(|d| SPEECH_CLASSES.contains(&d.class.as_str()))
        .filter_map(|d| d.stopped_at)
        .collect();
    let speech_ends: Vec<usize> = drafts
        .iter()
        .filter(|d| d.verbal && SPEECH_CLASSES.contains(&d.class.as_str()))
        .map(|d| d.end)
        .collect();
    for d in drafts.iter_mut() {
        let object_of_speech = speech_ends
            .iter()
            .any(|&e| d.phrase_start == e || d.phrase_start == e + 1);
        if d.noun && (stops.contains(&d.start) || object_of_speech) {
            d.referenced = true;
        }
    }
    // "rallied outside the embassy, demanding that ...": what protesters demand is the
    // protest's content, not a request of its own.
    let protest_at = drafts
        .iter()
        .filter(|d| d.class == "Protest")
        .map(|d| d.start)
        .min();
    if let Some(p) = protest_at {
        drafts.retain(|d| {
            !(d.class == "Request"
                && d.verbal
                && d.start > p
                && doc.lower(d.start).ends_with("ing")
                && doc.lower(d.start - 1) == ",")
        });
    }
    // A noun that is only the object or topic of another trigger is part of it
    // ("ratify the agreement", "talks on the review of their trade pact").
    let snapshot: Vec<Draft> = drafts.clone();
    let mut drop_meeting_at: Vec<usize> = Vec::new();
    drafts.retain(|d| {
        if !d.noun || d.own_agent || !d.participants.is_empty() && d.symmetric {
            return true;
        }
        let prev = snapshot
            .iter()
            .filter(|p| p.start < d.start && p.class != d.class)
            .max_by_key(|p| p.start);
        let Some(p) = prev else { return true };
        let direct_object = p.verbal && d.phrase_start >= p.end && d.phrase_start <= p.end + 1;
        let topic = d.governed_by.as_deref().is_some_and(|g| {
            matches!(
                g,
                "on" | "of" | "over" | "about" | "regarding" | "for" | "into"
            )
        }) && d.start <= p.end + 8;
        if (direct_object || topic) && !(d.class == "Negotiation" && p.class == "Meeting") {
            return false;
        }
        if topic && d.class == "Negotiation" && p.class == "Meeting" {
            drop_meeting_at.push(p.start);
        }
        let _ = doc;
        true
    });
    drafts.retain(|d| !(d.class == "Meeting" && drop_meeting_at.contains(&d.start)));
    // "will contribute NZ$4 million, to be delivered through ...": one pledge, no aid yet.
    let pledged = drafts
        .iter()
        .any(|d| d.class == "CooperationPledge" && ctx.lex.triggers[d.trigger].future_pledge);
    if pledged {
        drafts.retain(|d| d.class != "Aid");
    }
}

impl Draft {
    fn own_agent_or_object(&self) -> bool {
        self.own_agent || !self.participants.is_empty() || !self.targets.is_empty()
    }
}

/// Several triggers of one class in a sentence tell of one happening ("signed the
/// agreement"); a negation on any of them holds for all.
fn merge_in_sentence(ctx: &Context, drafts: Vec<Draft>) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    for d in drafts {
        let same = out.iter_mut().find(|o| {
            if o.class != d.class {
                return false;
            }
            let fits = |x: &[usize], y: &[usize]| {
                x.is_empty()
                    || y.is_empty()
                    || x.iter().any(|a| y.contains(a))
                    || x.iter().any(|&a| {
                        y.iter().any(|&b| {
                            ctx.table.country_of(a).is_some()
                                && ctx.table.country_of(a) == ctx.table.country_of(b)
                        })
                    })
            };
            (if o.symmetric {
                let sub = |x: &[usize], y: &[usize]| x.iter().all(|a| y.contains(a));
                o.participants.is_empty()
                    || d.participants.is_empty()
                    || sub(&o.participants, &d.participants)
                    || sub(&d.participants, &o.participants)
            } else {
                fits(&o.agents, &d.agents) && fits(&o.targets, &d.targets)
            }) && (o.status == d.status
                || o.noun
                || d.noun
                || d.status == Status::NotOccurred
                || o.status == Status::NotOccurred)
        });
        match same {
            Some(o) => {
                for (dst, src) in [
                    (&mut o.agents, &d.agents),
                    (&mut o.targets, &d.targets),
                    (&mut o.participants, &d.participants),
                    (&mut o.locations, &d.locations),
                ] {
                    push_unique(dst, src.iter().copied());
                }
                if d.status == Status::NotOccurred
                    || (o.noun && !d.noun && o.status != Status::NotOccurred)
                {
                    o.status = d.status;
                }
                o.noun = o.noun && d.noun;
                o.anaphoric = o.anaphoric && d.anaphoric;
                if o.forum.is_none() {
                    o.forum = d.forum;
                }
            }
            None => out.push(d),
        }
    }
    out
}

fn content_region(
    ctx: &Context,
    m: &TriggerMatch,
    trigger: &Trigger,
    draft: &Draft,
    s_end: usize,
    verb_starts: &[usize],
) -> (usize, usize) {
    let doc = ctx.doc;
    let after_roles = draft
        .targets
        .iter()
        .chain(&draft.participants)
        .filter_map(|&e| {
            ctx.mentions
                .list
                .iter()
                .filter(|x| x.entity == e && x.start >= m.end && x.start < s_end)
                .map(|x| x.end)
                .min()
        })
        .max()
        .unwrap_or(m.end);
    // "denied starting the clash and accused Thailand": a second verb ends the content.
    let clause_end = (m.end..s_end)
        .find(|&k| {
            matches!(doc.lower(k), ";" | ":" | "during" | "amid" | "following")
                || (doc.lower(k) == "," && doc.lower(k + 1) == "and")
                || (doc.lower(k) == "and"
                    && doc.lower(k + 1) != "to"
                    && verb_starts.iter().any(|&v| v == k + 1 || v == k + 2))
        })
        .unwrap_or(s_end);
    match trigger.content {
        Content::To | Content::Of => {
            let word = if trigger.content == Content::To {
                "to"
            } else {
                "of"
            };
            let pattern_ends_with = doc.lower(m.end.saturating_sub(1)) == word;
            // "demanding that Washington lift ...": the clause right after is the content.
            let that_clause = doc.lower(m.end) == "that";
            let from = if pattern_ends_with || that_clause {
                m.end
            } else {
                (after_roles.min(m.end.max(after_roles))..clause_end)
                    .find(|&k| doc.lower(k) == word || doc.lower(k) == "that")
                    .unwrap_or(clause_end)
            };
            (from, clause_end)
        }
        Content::That => (
            (m.end..s_end)
                .find(|&k| doc.lower(k) == "that" || doc.lower(k) == "to")
                .unwrap_or(m.end),
            s_end,
        ),
        Content::All => (m.end, clause_end),
        Content::None => (m.end, m.end),
    }
}

fn build(
    ctx: &Context,
    si: usize,
    m: &TriggerMatch,
    trigger: &Trigger,
    stops: &[usize],
    verb_ends: &[usize],
    verb_starts: &[usize],
) -> Option<Draft> {
    let doc = ctx.doc;
    let sentence = &doc.sentences[si];
    let (s_start, s_end) = (sentence.start, sentence.end);
    let noun = !m.verbal;
    let speech_before = (s_start..m.start)
        .any(|k| ctx.lex.speech_forms.contains(doc.lower(k)) || doc.lower(k) == "announced");
    let mut status = match modality(
        doc,
        ctx.lex,
        s_start,
        s_end,
        m.start,
        m.end,
        noun,
        speech_before,
    ) {
        Modality::Real(s) => s,
        Modality::Hypothetical
            if trigger.modal_ok
                || matches!(trigger.class.as_str(), "Threat" | "CooperationPledge") =>
        {
            Status::Occurred
        }
        Modality::Hypothetical => return None,
    };
    let mut class = trigger.class.clone();
    // "detained a Russian trawler": a ship is seized, not arrested.
    if class == "Arrest" && m.verbal && vessel_object(ctx, m.end, s_end) {
        class = "Coercion".to_string();
    }
    let talks_noun = matches!(
        doc.lower(m.end.saturating_sub(1)),
        "talks" | "discussions" | "negotiations"
    );
    let mut agents: Vec<usize> = Vec::new();
    let mut targets: Vec<usize> = Vec::new();
    let mut participants: Vec<usize> = Vec::new();
    let mut locations: Vec<usize> = Vec::new();
    let mut own_subject = Vec::new();
    let mut that_target: Vec<usize> = Vec::new();
    // Passive verbs: "were arrested by the navy".
    let passive = m.verbal && {
        let mut k = m.start;
        let mut found = false;
        for _ in 0..3 {
            if k == s_start {
                break;
            }
            k -= 1;
            let w = doc.lower(k);
            if ctx.lex.sets.be.contains(w) || w == "got" {
                found = true;
                break;
            }
            if !(w.ends_with("ly") || w == "also" || w == "not" || w == "reportedly") {
                break;
            }
        }
        let participle = doc.lower(m.start).ends_with("ed")
            || doc.lower(m.start).ends_with('n')
            || doc.lower(m.start) == "held";
        // "signed by X", "captured by Mexican marines": a reduced passive.
        (found || doc.lower(m.end) == "by") && participle
    };
    let coordinated = m.start > s_start + 1
        && (matches!(doc.lower(m.start - 1), "and" | "then" | "also" | "but")
            || (doc.lower(m.start - 1) == "," && doc.lower(m.start).ends_with("ing")))
        && m.verbal;
    let (np_start, possessor, governed) = if noun {
        ctx.noun_phrase(s_start, m.start)
    } else {
        (m.start, None, false)
    };
    let governed_by = if governed {
        Some(doc.lower(np_start - 1).to_string())
    } else {
        None
    };
    let mut own_agent = possessor.is_some();
    let mut object_from = m.head_end.min(m.end);
    if let Some(p) = possessor {
        own_subject = vec![p];
    } else if noun {
        // "the 25% tariff that Washington imposed"
        let mut k = m.end;
        let mut complement_target = Vec::new();
        if matches!(doc.lower(k), "that" | "which") {
            k += 1;
            if doc.lower(k) == "the" {
                k += 1;
            }
            if let Some(mm) = ctx.mentions.owner.get(k).copied().flatten() {
                if ctx.mentions.list[mm].start == k && !ctx.is_place(mm) {
                    if trigger.content != Content::None {
                        complement_target = vec![mm];
                    } else {
                        own_subject = vec![mm];
                        own_agent = true;
                        // The relative clause's object follows its verb, past a bracketed
                        // acronym ("that the Economic Community ... (ECOWAS) had imposed on").
                        let mut after = ctx.mentions.list[mm].end;
                        if doc.lower(after) == "(" {
                            if let Some(close) =
                                (after..(after + 6).min(s_end)).find(|&k| doc.lower(k) == ")")
                            {
                                after = close + 1;
                            }
                        }
                        object_from = after + 1;
                    }
                }
            }
        }
        that_target = complement_target;
        // A noun that is the object of another trigger's verb has no subject of its own.
        let object_of_trigger = verb_ends
            .iter()
            .any(|&e| e == np_start || e + 1 == np_start);
        // "..., the first seizure of a Russian vessel in years": an appositive restating
        // the act before it has no subject of its own.
        let appositive = np_start > s_start && doc.lower(np_start - 1) == ",";
        if own_subject.is_empty() && !governed && !object_of_trigger && !appositive {
            own_subject = ctx.subject_before(s_start, np_start);
        }
    } else if !passive {
        own_subject = ctx.subject_before(s_start, m.start);
    }
    // "reopened the crossing ... and freed three officers": the second verb's object is its own.
    let coordinated_verbs: Vec<usize> = verb_starts
        .iter()
        .copied()
        .filter(|&v| v > m.end && matches!(doc.lower(v - 1), "and" | "but" | "then" | "," | "also"))
        .collect();
    let (objects, by, rejected, stopped_at) = ctx.objects_after(
        trigger,
        object_from,
        s_end,
        m.start,
        noun,
        m.end,
        stops,
        &coordinated_verbs,
    );
    if rejected {
        return None;
    }
    own_agent = own_agent || !by.is_empty();
    let mut subject_entities: Vec<usize> =
        own_subject.iter().flat_map(|&x| ctx.actors(x)).collect();
    let mut object_entities: Vec<usize> = objects.iter().flat_map(|&x| ctx.actors(x)).collect();
    if object_entities.is_empty() {
        object_entities = that_target.iter().flat_map(|&x| ctx.actors(x)).collect();
    }
    let by_entities: Vec<usize> = by.iter().flat_map(|&x| ctx.actors(x)).collect();
    if passive {
        let subject: Vec<usize> = ctx
            .subject_before(s_start, m.start)
            .iter()
            .flat_map(|&x| ctx.actors(x))
            .collect();
        subject_entities = by_entities.clone();
        if trigger.symmetric {
            push_unique(&mut subject_entities, subject);
        } else {
            object_entities = subject;
        }
    } else if !by_entities.is_empty() && (noun || subject_entities.is_empty()) {
        // "the release by the Syrian authorities of 14 detainees"
        if possessor.is_some() && !trigger.symmetric {
            object_entities = subject_entities.clone();
        }
        subject_entities = by_entities.clone();
    }
    // Places reached as objects are where it happened; their country is the target.
    let mut resolved_objects = Vec::new();
    for e in object_entities {
        if ctx.table.kind(e) == EntityKind::Place {
            push_unique(&mut locations, [e]);
            if trigger.place_target {
                if let Some(c) = ctx.table.country_of(e) {
                    resolved_objects.push(c);
                }
            }
        } else {
            resolved_objects.push(e);
        }
    }
    if trigger.symmetric {
        push_unique(&mut participants, subject_entities.iter().copied());
        push_unique(&mut participants, resolved_objects.iter().copied());
        let adjunct = governed_by
            .as_deref()
            .is_some_and(|g| matches!(g, "during" | "in" | "at" | "after" | "on"));
        if participants.is_empty() && noun && adjunct {
            // "asked Trump to ... during a video call": the call of the people named before.
            let people: Vec<usize> = ctx
                .mentions
                .sorted()
                .into_iter()
                .map(|x| &ctx.mentions.list[x])
                .filter(|x| {
                    x.start >= s_start
                        && x.end <= m.start
                        && ctx.table.kind(x.entity) == EntityKind::Person
                })
                .flat_map(|x| [Some(x.entity), x.other])
                .flatten()
                .collect();
            push_unique(&mut participants, people.into_iter().take(2));
        }
    } else {
        match trigger.subject {
            Role::Participant => push_unique(&mut participants, subject_entities.iter().copied()),
            Role::Target => push_unique(&mut targets, subject_entities.iter().copied()),
            Role::None => {}
            Role::Agent => push_unique(&mut agents, subject_entities.iter().copied()),
        }
        if trigger.object != Role::None || passive {
            // A target of the agent's own country is the agent's side, not the target.
            let own: Vec<Option<usize>> = agents.iter().map(|&a| ctx.table.country_of(a)).collect();
            let filtered: Vec<usize> = resolved_objects
                .iter()
                .copied()
                .filter(|&o| {
                    let own_side =
                        ctx.table.country_of(o).is_some() && own.contains(&ctx.table.country_of(o));
                    !agents.contains(&o) && (passive || !own_side)
                })
                .collect();
            push_unique(&mut targets, filtered);
        }
    }
    // "The two governments will hold talks": talks between states are negotiations.
    if class == "Meeting"
        && talks_noun
        && !participants.is_empty()
        && participants
            .iter()
            .all(|&p| ctx.table.kind(p) != EntityKind::Person)
    {
        class = "Negotiation".to_string();
    }
    // "is due in Brasilia for talks with President Lula": the meeting a trip is for.
    if class == "Negotiation"
        && noun
        && doc.lower(m.start) == "talks"
        && governed_by.as_deref() == Some("for")
        && participants
            .iter()
            .any(|&p| ctx.table.kind(p) == EntityKind::Person)
    {
        class = "Meeting".to_string();
    }
    // "Negotiators are due to meet again": a round of negotiations.
    if class == "Meeting" && m.verbal && (s_start..m.start).any(|k| doc.lower(k) == "negotiators") {
        class = "Negotiation".to_string();
    }
    // Speech acts: the speaker is the most specific agent ("Lin said China was ready").
    let (speaker, listener) = ctx.speaker(s_start, m.start);
    let speech_class =
        matches!(class.as_str(), "CooperationPledge" | "Threat") || trigger.speaker_agent;
    if let Some(sp) = speaker {
        let only_countries = agents
            .iter()
            .all(|&a| ctx.table.kind(a) != EntityKind::Person);
        // "X said Reykjavik supported ...": the speaker stands for their own country.
        let own_country = !agents.is_empty()
            && agents.iter().all(|&a| {
                ctx.table.country_of(a) == ctx.table.country_of(sp)
                    && ctx.table.country_of(sp).is_some()
            });
        let speech_act = matches!(
            class.as_str(),
            "Support" | "Accusation" | "Rejection" | "Request" | "Concession"
        );
        if (speech_class || speech_act && own_country) && only_countries {
            agents = vec![sp];
        }
    }
    // A promise of money or help is a pledge that occurred, not aid given.
    if trigger.future_pledge && status == Status::Planned && money_in(doc, s_start, s_end) {
        class = "CooperationPledge".to_string();
        status = Status::Occurred;
        if let Some(sp) = speaker {
            agents = vec![sp];
        }
    }
    if class == "CooperationPledge" && targets.is_empty() {
        if let Some(l) = listener {
            targets.push(l);
        }
    }
    // A symmetric trigger that needs a counterpart needs two sides ("was received by X").
    let too_few = if trigger.symmetric {
        participants.len() < 2
    } else {
        targets.is_empty()
    };
    if trigger.require_target && too_few {
        return None;
    }
    if trigger.require_agent && agents.is_empty() {
        return None;
    }
    let no_actors = agents.is_empty() && targets.is_empty() && participants.is_empty();
    let definite = noun
        && (np_start..m.start).any(|k| {
            matches!(
                doc.lower(k),
                "the" | "this" | "that" | "its" | "their" | "his" | "her"
            )
        });
    // "after the talks", "at the summit": the meeting told before, whoever is named near it.
    let consult_adjunct = noun
        && definite
        && matches!(class.as_str(), "Meeting" | "Negotiation")
        && !own_agent
        && governed_by.as_deref().is_some_and(|g| {
            matches!(
                g,
                "after" | "at" | "during" | "following" | "before" | "since" | "ahead"
            )
        });
    let anaphoric = (no_actors || consult_adjunct) && noun && definite;
    // Locations: places in the clause after a locative preposition.
    let c_start = clause_start(doc, ctx.lex, s_start, m.start);
    for mi in ctx.mentions.sorted() {
        let mention = &ctx.mentions.list[mi];
        if mention.start < c_start || mention.start >= s_end || !ctx.is_place(mi) {
            continue;
        }
        let prep = ctx.prep_before(mention.start, s_start);
        if prep.is_some_and(|p| {
            ctx.lex.sets.locative.contains(p) && p != "of" && p != "from" && p != "to"
                || p == "at"
                || p == "in"
        }) {
            push_unique(&mut locations, [mention.entity]);
        }
    }
    let mut parents = Vec::new();
    for &l in &locations {
        if let Some(parent) = ctx.table.records[l]
            .entity
            .located_in
            .as_ref()
            .and_then(|k| ctx.table.get(k))
        {
            if ctx.table.kind(parent) == EntityKind::Place {
                parents.push(parent);
            }
        }
    }
    push_unique(&mut locations, parents);
    if class == "Visit" && targets.is_empty() && !trigger.symmetric {
        // "arrived in Seoul": the host is the country the place lies in.
        if let Some(c) = locations.iter().find_map(|&l| ctx.table.country_of(l)) {
            if !agents.iter().any(|&a| ctx.table.country_of(a) == Some(c)) {
                targets.push(c);
            }
        } else if !locations.is_empty() {
            // "arrived in Rarotonga" (a place of no known country): the other side's ground.
            let own = agents.iter().find_map(|&a| ctx.table.country_of(a));
            if let Some(other) = own.and_then(|o| ctx.main.iter().copied().find(|&c| c != o)) {
                targets.push(other);
            }
        }
    }
    // "where Benin, Niger and Burkina Faso meet": borders meet, not governments.
    if class == "Meeting"
        && m.verbal
        && (m.start.saturating_sub(8).max(s_start)..m.start).any(|k| doc.lower(k) == "where")
        && participants
            .iter()
            .all(|&p| ctx.table.kind(p) == EntityKind::Country)
    {
        return None;
    }
    // "Russia supplied about 30% of Kazakhstan's imports": a share, not aid.
    if class == "Aid"
        && m.verbal
        && (m.end..(m.end + 4).min(s_end)).any(|k| matches!(doc.lower(k), "%" | "percent"))
    {
        return None;
    }
    let forum = if matches!(
        class.as_str(),
        "Meeting" | "Negotiation" | "Agreement" | "Visit"
    ) {
        ctx.mentions
            .list
            .iter()
            .filter(|x| x.start >= s_start && x.start < s_end && x.start < x.end)
            .map(|x| x.entity)
            .find(|&e| {
                ctx.table.kind(e) == EntityKind::Organization
                    && ctx.table.records[e].forum
                    && !participants.contains(&e)
            })
    } else {
        None
    };
    Some(Draft {
        class,
        rule: trigger.id.clone(),
        sentence: si,
        start: m.start,
        end: m.end,
        agents,
        targets,
        participants,
        locations,
        forum,
        status,
        topics: Vec::new(),
        symmetric: trigger.symmetric,
        anaphoric,
        trigger: m.trigger,
        date: None,
        noun,
        date_inherited: false,
        own_agent,
        governed_by,
        stopped_at,
        referenced: false,
        verbal: m.verbal,
        coordinated,
        phrase_start: np_start,
    })
}

/// Whether the object right after a verb ending at `from` is a ship or aircraft
/// ("boarded and detained a Russian trawler"), not its crew ("the ship's crew").
fn vessel_object(ctx: &Context, from: usize, s_end: usize) -> bool {
    let doc = ctx.doc;
    for k in from..(from + 6).min(s_end) {
        let w = doc.lower(k);
        if ctx.lex.sets.group_nouns.contains(w) || ctx.is_barrier_word(k) {
            return false;
        }
        if ctx.lex.sets.vessels.contains(w) {
            return doc
                .tokens
                .get(k + 1)
                .is_none_or(|t| t.kind != TokenKind::Possessive);
        }
    }
    false
}

fn money_in(doc: &Doc, s_start: usize, s_end: usize) -> bool {
    (s_start..s_end).any(|k| {
        let w = doc.lower(k);
        w == "$" || w == "€" || w == "£" || w.ends_with('$') || w == "million" || w == "billion"
    })
}

fn topics(ctx: &Context, s_start: usize, s_end: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for k in s_start..s_end {
        if let Some(list) = ctx.lex.topic_index.get(ctx.doc.lower(k)) {
            for (phrase, ti) in list {
                if ctx.doc.phrase_at(k, phrase) {
                    let name = &ctx.lex.topics[*ti].name;
                    if !out.contains(name) {
                        out.push(name.clone());
                    }
                }
            }
        }
    }
    out.sort_by_key(|n| ctx.lex.topics.iter().position(|t| &t.name == n));
    out
}
