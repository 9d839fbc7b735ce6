//! Subjects: who acts before a trigger (the nearest actor not governed by a preposition),
//! through coordination, relative clauses, appositions and verbs sharing a subject.

use crate::annotation::EntityKind;
use crate::extract::doc::class;
use crate::extract::entities::MentionKind;
use crate::extract::roles::{Context, DETERMINERS, SUBORDINATORS};
use crate::extract::tokens::TokenKind;

/// Words opening a participle clause whose subject is the clause's it hangs on ("after
/// meeting X", "while visiting Y", "by signing ...").
const PARTICIPLE_OPENERS: [&str; 9] = [
    "after", "before", "while", "when", "since", "by", "upon", "without", "during",
];

impl Context<'_> {
    /// The person or body named right before an apposition ", a/an/the ..." that ends at
    /// token `end` (exclusive): "Quesada, a Costa Rican journalist" → Quesada.
    fn named_before_apposition(&self, s_start: usize, end: usize) -> Option<usize> {
        // "Ruben Vardanyan, a former state minister of the Karabakh Armenians' breakaway
        // administration, who": an apposition of a dozen words.
        let comma = (end.saturating_sub(16).max(s_start + 1)..end)
            .rev()
            .find(|&k| self.doc.lower(k) == ",")?;
        if !matches!(self.doc.lower(comma + 1), "a" | "an" | "the") {
            return None;
        }
        let m = self.mentions.owner[comma - 1]?;
        let kind = self.table.kind(self.mentions.list[m].entity);
        matches!(kind, EntityKind::Person | EntityKind::Organization).then_some(m)
    }

    /// Whether a title of the lexicon ends right before `end` ("the Emir| of").
    pub(crate) fn title_ends_at(&self, end: usize, s_start: usize) -> bool {
        (end.saturating_sub(4).max(s_start)..end)
            .any(|i| usize::from(self.doc.title_len[i]) == end - i)
    }

    /// Whether token `k` is a verb in the past, in lowercase ("handed", "summoned").
    fn is_lowercase_past(&self, k: usize) -> bool {
        self.doc.tokens[k].kind == TokenKind::Word
            && !self.doc.cap(k)
            && self.lex.is_past_form(self.doc.lower(k))
    }

    /// The subject before token `pos`: the nearest actor not governed by a preposition.
    pub(crate) fn subject_before(&self, s_start: usize, pos: usize) -> Vec<usize> {
        // "After meeting his Kenyan counterpart, Uganda's foreign minister said": a
        // participle clause opening the sentence has the main clause's subject.
        if let Some(m) = self.subject_after_opening_clause(s_start, pos) {
            return vec![m];
        }
        // "Ana Ruiz, speaking to reporters after the vote, urged": a participle clause in
        // commas between the subject and its verb is an aside, whatever it holds.
        if pos > s_start + 3 && self.doc.lower(pos - 1) == "," {
            let open = (s_start + 1..pos - 1)
                .rev()
                .find(|&k| self.doc.lower(k) == ",");
            if let Some(c) = open {
                let participle = self.doc.lower(c + 1);
                if participle.ends_with("ing")
                    && !self.doc.cap(c + 1)
                    && self.mentions.owner[c + 1].is_none()
                {
                    if let Some(m) = self.phrase_owner(c, s_start).filter(|&m| !self.is_place(m)) {
                        // "Kenya's president, speaking ...": the possessor of the title.
                        if self.mentions.owner[c - 1].is_none() {
                            return vec![m];
                        }
                        return self.subject_before(s_start, c);
                    }
                }
            }
        }
        // "La Paz's decision last month to ban imports": the owner of the decision, move
        // or plan is the subject of the verb it leads to.
        if pos > s_start + 3 && self.doc.lower(pos - 1) == "to" {
            let noun = (pos.saturating_sub(5).max(s_start + 2)..pos - 1).find(|&k| {
                self.lex.sets.intent_nouns.contains(self.doc.lower(k))
                    && self.doc.possessive_at(k - 1)
            });
            if let Some(owner) = noun.and_then(|k| self.mentions.owner[k - 2]) {
                if !self.is_place(owner) {
                    return vec![owner];
                }
            }
        }
        // "Tusk called Nausėda on Thursday and expressed ...": a verb right after "and"
        // shares the subject of the clause's first verb, not the object before it.
        // "Georgia demanded ..., accusing Moscow of ...": a participle after a comma shares
        // the subject of the sentence's first clause too.
        let participle = pos > s_start + 2
            && self.doc.lower(pos - 1) == ","
            && self.doc.lower(pos).ends_with("ing");
        // "... and separately met", "... and later signed": adverbs between the "and" and
        // its verb.
        let mut conjunction = pos;
        while conjunction > s_start + 2 && self.is_adverb(conjunction - 1) {
            conjunction -= 1;
        }
        // "..., and announced a ban": the noun's verb right after "and" shares the subject.
        if conjunction > s_start + 3
            && self.doc.lower(conjunction - 2) == "and"
            && self.mentions.owner[conjunction - 1].is_none()
            && !self.doc.cap(conjunction - 1)
            && self.lex.is_past_form(self.doc.lower(conjunction - 1))
        {
            conjunction -= 1;
        }
        // "... to its headquarters in Baghdad and handed him": a place ending the clause
        // before "and" is no coordinated subject.
        let coordinated = |k: usize| {
            self.mentions.owner[k].is_none_or(|m| {
                self.is_place(m)
                    && self
                        .prep_before(self.mentions.list[m].start, s_start)
                        .is_some()
            })
        };
        if conjunction > s_start + 2
            && (participle
                || self.doc.lower(conjunction - 1) == "and" && coordinated(conjunction - 2))
        {
            let first = self.mentions.starting_in(s_start, pos).find(|&m| {
                !self.is_place(m)
                    && self
                        .prep_before(self.mentions.list[m].start, s_start)
                        .is_none()
                    && self
                        .relative_antecedent(s_start, self.mentions.list[m].start)
                        .is_none()
            });
            if let Some(m) = first {
                // The verb that subject governs: the first word after the subject's names,
                // titles and coordinations ("A and his counterpart B met").
                let mut v = self.mentions.list[m].start;
                while v < pos
                    && (self.mentions.owner[v].is_some()
                        || self.title_word(v)
                        || self.plural_title_word(v)
                        || matches!(self.doc.lower(v), "and" | "," | "the" | "his" | "her"))
                {
                    v += 1;
                }
                if v + 1 < conjunction && self.doc.lower(v - 1) != "and" {
                    return self.subject_before(s_start, v);
                }
            }
        }
        // "Russia, which has not held talks since 2019, deployed ...", "Ghana, whose
        // president visited Togo, expelled ...": the verb after a relative clause in commas
        // has the noun before the clause as its subject.
        if pos > s_start + 3 && self.doc.lower(pos - 1) == "," {
            // "whose director-general, Noan Pakop, said": a comma inside a "whose" clause
            // ends an apposition of its own subject, not the clause.
            let opener = (s_start + 2..pos - 1).rev().find(|&k| {
                let word = self.doc.lower(k);
                self.doc.lower(k - 1) == ","
                    && (matches!(word, "which" | "who")
                        || word == "whose" && !(k..pos - 1).any(|j| self.doc.lower(j) == ","))
            });
            if let Some(r) = opener {
                // The comma before the pronoun closes the subject's phrase.
                if let Some(m) = self.phrase_owner(r - 1, s_start) {
                    if !self.is_place(m) {
                        return self.subject_before(s_start, r - 1);
                    }
                }
            }
        }
        let mut j = pos;
        // "after meeting X", "while visiting Y": the participle's subject is the clause's.
        let gerund = self.doc.lower(pos).ends_with("ing");
        let mut skip_barrier =
            gerund && pos > s_start && PARTICIPLE_OPENERS.contains(&self.doc.lower(pos - 1));
        let participle = skip_barrier;
        while j > s_start {
            j -= 1;
            // "X summoned Togo's ambassador, Kodjo Adedze, and handed him a letter
            // demanding": a verb after "and" shares the subject of the clause's first verb
            // ("demanded the release of Y, who has been held since May, and threatened").
            if self.doc.lower(j) == "and" && j < pos && self.is_lowercase_past(j + 1) {
                let first_verb = (s_start + 1..j).find(|&v| self.is_lowercase_past(v));
                if let Some(v) = first_verb {
                    return self.subject_before(s_start, v);
                }
            }
            if let Some(m) = self.mentions.owner[j] {
                let mention = &self.mentions.list[m];
                let governs = |p: &str| p != "by" && !SUBORDINATORS.contains(&p);
                // "Hundreds of Kenyans marched": the people counted are the subject.
                let counted =
                    mention.start >= s_start + 2 && self.doc.lower(mention.start - 1) == "of" && {
                        let w = self.doc.lower(mention.start - 2);
                        self.lex.sets.number_words.contains(w)
                            || self.lex.sets.crowd_nouns.contains(w)
                    };
                let mut governed = !counted
                    && (self
                        .prep_before(mention.start, s_start)
                        .is_some_and(governs)
                        || self.agent_of_reduced_relative(mention.start, s_start));
                // "Chile's Minister of Foreign Affairs Ana Duarte urged": the "of" belongs to
                // the title; the person is governed only if the whole titled phrase is.
                if governed && self.is_person(m) {
                    let title_start = self.title_start_before(mention.start, s_start);
                    governed = title_start == mention.start
                        || self.prep_before(title_start, s_start).is_some_and(governs);
                }
                // "The Emir of Qatar visited", "the Secretary-General of the UN said", "the
                // board of the IAEA passed": the body after a title's or a part's "of" stands
                // for its official or itself, unless the whole phrase is governed.
                let of =
                    if mention.start >= s_start + 2 && self.doc.lower(mention.start - 1) == "the" {
                        mention.start - 2
                    } else {
                        mention.start.saturating_sub(1)
                    };
                if governed
                    && !self.is_person(m)
                    && of > s_start
                    && self.doc.lower(of) == "of"
                    && (self.title_ends_at(of, s_start)
                        || self
                            .lex
                            .sets
                            .body_part_nouns
                            .contains(self.doc.lower(of - 1)))
                {
                    let mut phrase_start = self.title_start_before(of, s_start).min(of - 1);
                    if phrase_start > s_start && self.doc.lower(phrase_start - 1) == "the" {
                        phrase_start -= 1;
                    }
                    // "Mahmoud Ali Youssouf, chairperson of the African Union Commission,
                    // urged": in apposition, the phrase describes the one named before it.
                    let apposition =
                        phrase_start > s_start && self.doc.lower(phrase_start - 1) == ",";
                    governed =
                        apposition || self.prep_before(phrase_start, s_start).is_some_and(governs);
                }
                let possessive_pronoun = mention.kind == MentionKind::Anaphor && mention.possessive;
                // "Britain, Belize's former colonial ruler, offered": a possessor inside an
                // apposition closed before the verb describes the subject, it is not one.
                // "Algeria, the Polisario's main backer, responded": after "the" too.
                let open =
                    if mention.start > s_start + 1 && self.doc.lower(mention.start - 1) == "the" {
                        mention.start - 1
                    } else {
                        mention.start
                    };
                let possessor_in_apposition = mention.possessive
                    && open > s_start
                    && self.doc.lower(open - 1) == ","
                    && (mention.end..pos)
                        .find(|&k| self.doc.lower(k) == ",")
                        .is_some_and(|close| {
                            (mention.end..close).all(|k| self.mentions.owner[k].is_none())
                        });
                // "answered Macron's remarks by recalling its ambassador": a possessor
                // right after a verb is inside that verb's object, and the participle's
                // subject is the clause's.
                let possessor_in_object =
                    participle && mention.possessive && mention.start > s_start && {
                        let before = self.doc.lower(mention.start - 1);
                        self.doc.tokens[mention.start - 1].kind == TokenKind::Word
                            && !self.doc.cap(mention.start - 1)
                            && !DETERMINERS.contains(&before)
                            && !self.lex.sets.prepositions.contains(before)
                            && !matches!(before, "and" | "or" | "but")
                    };
                // "handed him a note demanding ...": a pronoun in the object case is no
                // subject.
                let object_pronoun = mention.kind == MentionKind::Anaphor
                    && matches!(self.doc.lower(mention.start), "him" | "them" | "us" | "me");
                if self.is_place(m)
                    || governed
                    || possessive_pronoun
                    || possessor_in_apposition
                    || possessor_in_object
                    || object_pronoun
                {
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
                // "Myanmar's military and the Kachin Independence Army (KIA) agreed": an
                // acronym in brackets stands for the name before it, and a list goes on
                // before that name.
                if k == mention.start
                    && k >= s_start + 2
                    && self.doc.lower(k - 1) == "("
                    && self.mentions.owner[k - 2]
                        .is_some_and(|named| self.mentions.list[named].entity == mention.entity)
                {
                    if let Some(named) = self.mentions.owner[k - 2] {
                        k = self.title_start_before(self.mentions.list[named].start, s_start);
                    }
                }
                // "his Tajik counterpart, Rustam Nazarov": the title in apposition before.
                if k == mention.start
                    && k >= s_start + 2
                    && self.doc.lower(k - 1) == ","
                    && matches!(self.doc.lower(k - 2), "counterpart" | "colleague")
                {
                    k = self.title_start_before(k - 1, s_start);
                }
                // "Neither Ghana nor Togo": both are the subject.
                // "Unlike Canada, Chile signed": a comma alone before the last subject ends
                // a phrase; a list closes with "and" ("Canada, Peru and Chile").
                while k >= s_start + 2
                    && matches!(self.doc.lower(k - 1), "and" | "," | "nor")
                    && !(list.len() == 1 && self.doc.lower(k - 1) == ",")
                {
                    // "A, who heads the border service, and his counterpart B": the first
                    // subject stands before its relative clause.
                    let mut before = k - 2;
                    if self.doc.lower(k - 1) == "and" && self.doc.lower(before) == "," {
                        if let Some(who) = (before.saturating_sub(14).max(s_start + 1)..before)
                            .rev()
                            .find(|&r| {
                                matches!(self.doc.lower(r), "who" | "which")
                                    && self.doc.lower(r - 1) == ","
                            })
                        {
                            if who >= s_start + 2 {
                                before = who - 2;
                            }
                        }
                    }
                    // "A, Spain's foreign minister, and B": the first subject stands before
                    // its apposition.
                    if self.doc.lower(k - 1) == "and" && self.doc.lower(before) == "," {
                        if let Some(open) = self.apposition_open(before, s_start) {
                            before = open - 1;
                        }
                    }
                    match self.mentions.owner[before] {
                        Some(n) if !self.is_place(n) && n != m => {
                            let n = self.of_person(n).unwrap_or(n);
                            list.push(n);
                            k = self.title_start_before(self.mentions.list[n].start, s_start);
                        }
                        _ => break,
                    }
                }
                return list;
            }
            let w = self.doc.lower(j);
            // "..., and the two leaders will meet": a subject of its own that names no one
            // here (the context fills it), not the subject of the clause before.
            if w == "two" && j > s_start && self.doc.lower(j - 1) == "the" {
                return Vec::new();
            }
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
                // "Tanzania's president, who arrived": the possessor of the title.
                let antecedent = if k > s_start {
                    self.phrase_owner(k, s_start).filter(|&m| !self.is_place(m))
                } else {
                    None
                };
                // "X, a former minister of the breakaway administration, who was detained":
                // "who" stands for the person, not the body that ends the apposition.
                let person_described = (w == "who"
                    && antecedent.is_some_and(|m| !self.is_person(m)))
                .then(|| self.named_before_apposition(s_start, k))
                .flatten()
                .filter(|&m| self.is_person(m));
                if let Some(m) = person_described {
                    return vec![m];
                }
                if let Some(m) = antecedent {
                    return vec![self.appositive_head(m, s_start)];
                }
                // "Daniela Quesada, a Costa Rican journalist who was detained": the noun
                // before the pronoun describes the one named before its apposition.
                if let Some(m) = self.named_before_apposition(s_start, k) {
                    return vec![m];
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

    /// Whether the mention at `start` follows "by" after a participle that describes an
    /// actor named before it ("fishermen captured by Peruvian marines were freed"): the agent of
    /// a reduced relative, no subject of the verb after it.
    fn agent_of_reduced_relative(&self, start: usize, floor: usize) -> bool {
        let b = self.doc.articles_start(floor, start);
        if b < floor + 3 || self.doc.lower(b - 1) != "by" {
            return false;
        }
        let participle = self.doc.lower(b - 2);
        let before = self.doc.lower(b - 3);
        (participle.ends_with("ed") || self.lex.irregular_past.contains(participle))
            && !self.doc.cap(b - 2)
            && !self.lex.sets.be.contains(before)
            && !matches!(before, "got" | "get" | "gets")
            // An actor described ("Kenya, backed by Uganda,"); not a thing, whose
            // operator acts ("trucks operated by the WFP delivered").
            && {
                let head = if before == "," && b >= floor + 4 { b - 4 } else { b - 3 };
                self.mentions.owner[head].is_some_and(|m| !self.is_place(m))
            }
    }

    /// When the mention at `start` is the object inside a relative clause ("who back the
    /// bloc"), the noun the clause describes.
    pub(crate) fn relative_antecedent(&self, s_start: usize, start: usize) -> Option<usize> {
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
                let m = self.phrase_owner(a, s_start)?;
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

    /// The subject of the main clause after a participle clause that opens the sentence
    /// with its verb at `pos` ("After meeting X, Uganda's minister said"): the actor right
    /// after the comma closing it.
    fn subject_after_opening_clause(&self, s_start: usize, pos: usize) -> Option<usize> {
        let opens = pos == s_start + 1
            && self.doc.lower(pos).ends_with("ing")
            && PARTICIPLE_OPENERS.contains(&self.doc.lower(s_start));
        if !opens {
            return None;
        }
        let sentence = self.doc.sentence_of[pos];
        let comma = (pos + 1..(pos + 16).min(self.doc.tokens.len()))
            .take_while(|&k| self.doc.sentence_of[k] == sentence)
            .find(|&k| self.doc.lower(k) == ",")?;
        let mut first = comma + 1;
        if first < self.doc.tokens.len() && self.doc.lower(first) == "the" {
            first += 1;
        }
        let m = self.mentions.owner.get(first).copied().flatten()?;
        (self.mentions.list[m].start == first && !self.is_place(m)).then_some(m)
    }

    /// The mention heading the noun phrase that ends right before token `end`: a mention
    /// ending there, or the possessor of a title ("Tanzania's president", "Kenya's foreign
    /// minister").
    pub(crate) fn phrase_owner(&self, end: usize, floor: usize) -> Option<usize> {
        let last = end.checked_sub(1).filter(|&k| k >= floor)?;
        if let Some(m) = self.mentions.owner[last] {
            return Some(m);
        }
        let mut k = end;
        while k > floor
            && self.title_word(k - 1)
            && !self.doc.possessive_at(k - 1)
            && self.mentions.owner[k - 1].is_none()
        {
            k -= 1;
        }
        if k == end || k < floor + 2 || !self.doc.possessive_at(k - 1) {
            return None;
        }
        self.mentions.owner[k - 2]
    }

    /// The comma opening an apposition that describes a person or body by title and
    /// closes with the comma at `close` ("Ana Ruiz|, Spain's foreign minister,"; "X|, the
    /// head of the agency,"), when the name it describes stands right before it.
    fn apposition_open(&self, close: usize, floor: usize) -> Option<usize> {
        let open = (close.saturating_sub(10).max(floor + 1)..close)
            .rev()
            .find(|&k| matches!(self.doc.lower(k), "," | "and" | "(" | ")"))
            .filter(|&k| self.doc.lower(k) == ",")?;
        let titled = (open + 1..close).any(|k| {
            self.doc.title_len[k] > 0 || self.lex.sets.counterpart_nouns.contains(self.doc.lower(k))
        });
        let named = self.mentions.owner[open - 1].is_some_and(|n| {
            matches!(
                self.table.kind(self.mentions.list[n].entity),
                EntityKind::Person | EntityKind::Organization
            )
        });
        (titled && named).then_some(open)
    }

    /// "Kevin Marsh, a senior U.S. border adviser, said": the person the apposition describes.
    pub(crate) fn appositive_head(&self, m: usize, floor: usize) -> usize {
        let mention = &self.mentions.list[m];
        if self.table.kind(mention.entity) == EntityKind::Person {
            return m;
        }
        let mut k = mention.start;
        // "Karl Berg, her Swedish counterpart,": a possessive pronoun may open it too.
        while k > floor
            && ((self.title_word(k - 1)
                || matches!(
                    self.doc.lower(k - 1),
                    "a" | "an" | "the" | "senior" | "former" | "top"
                ))
                && self.mentions.owner[k - 1].is_none()
                || matches!(self.doc.lower(k - 1), "his" | "her" | "their"))
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
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::run;

    /// The sorted participants of the first event of `class` in `text`.
    fn sides(text: &str, class: &str) -> Vec<String> {
        let annotation = run(text, "2026-05-14");
        let mut who = annotation
            .events
            .into_iter()
            .find(|e| e.class == class)
            .map(|e| e.participants)
            .unwrap_or_default();
        who.sort();
        who
    }

    #[test]
    fn subjects_each_in_apposition_are_both_sides() {
        assert_eq!(
            sides(
                "Ana Ruiz, Spain's foreign minister, and Karl Berg, Sweden's trade minister, \
                 signed the accord in Madrid.",
                "Agreement"
            ),
            ["person/ana-ruiz", "person/karl-berg"]
        );
        assert_eq!(
            sides(
                "Ana Ruiz, the Spanish foreign minister, and Sweden's Karl Berg met in \
                 Madrid on Tuesday.",
                "Meeting"
            ),
            ["person/ana-ruiz", "person/karl-berg"]
        );
    }

    #[test]
    fn a_counterpart_in_apposition_is_the_person_named_before_it() {
        // Not "Swedish": the apposition describes Berg.
        assert_eq!(
            sides(
                "Ana Ruiz, Spain's foreign minister, and Karl Berg, her Swedish counterpart, \
                 met in Madrid on Tuesday.",
                "Meeting"
            ),
            ["person/ana-ruiz", "person/karl-berg"]
        );
    }

    #[test]
    fn a_titled_subject_before_a_relative_clause_acts_in_both_clauses() {
        let annotation = run(
            "Tanzania's president, who arrived in Nairobi on Sunday, met Kenya's president \
             on Monday.",
            "2026-05-14",
        );
        let classes: Vec<(&str, Vec<String>, Vec<String>)> = annotation
            .events
            .iter()
            .map(|e| (e.class.as_str(), e.agents.clone(), e.participants.clone()))
            .collect();
        assert_eq!(
            classes,
            [
                ("Visit", vec!["country/TZA".to_string()], vec![]),
                (
                    "Meeting",
                    vec![],
                    vec!["country/TZA".to_string(), "country/KEN".to_string()]
                ),
            ]
        );
    }

    #[test]
    fn a_participle_clause_opening_the_sentence_has_the_main_subject() {
        assert_eq!(
            sides(
                "After meeting his Kenyan counterpart, Uganda's foreign minister said the \
                 talks had been productive.",
                "Meeting"
            ),
            ["country/KEN", "country/UGA"]
        );
    }

    #[test]
    fn a_participle_aside_between_subject_and_verb_is_skipped() {
        for (text, expected) in [
            (
                "Tomas Ruiz, speaking to reporters after the vote, urged Peru to free the crew.",
                vec!["country/PER", "person/tomas-ruiz"],
            ),
            (
                "Chile's president, speaking after talks in Lima, urged Peru to free the crew.",
                vec!["country/CHL", "country/PER"],
            ),
        ] {
            let annotation = run(text, "2026-05-14");
            let request = annotation.events.iter().find(|e| e.class == "Request");
            let mut who: Vec<&str> = request
                .iter()
                .flat_map(|e| e.agents.iter().chain(&e.targets))
                .map(String::as_str)
                .collect();
            who.sort_unstable();
            assert_eq!(who, expected, "{text}");
        }
    }

    #[test]
    fn a_possessor_in_apposition_is_no_subject_even_after_the() {
        let annotation = run(
            "Sudan, the Polisario's oldest backer, answered Macron's remarks by recalling its \
             ambassador from France.",
            "2026-05-14",
        );
        let recall = annotation.events.iter().find(|e| e.class == "Expulsion");
        assert_eq!(
            recall.map(|e| e.agents.clone()),
            Some(vec!["country/SDN".to_string()]),
            "{:?}",
            annotation.events
        );
    }

    #[test]
    fn the_agent_of_a_reduced_relative_is_no_subject_of_the_verb_after_it() {
        let agents_of = |text: &str, class: &str| {
            run(text, "2026-05-14")
                .events
                .into_iter()
                .find(|e| e.class == class)
                .map(|e| e.agents)
        };
        assert_eq!(
            agents_of(
                "Kenya, backed by Uganda, accused Sudan of arming rebels.",
                "Accusation"
            ),
            Some(vec!["country/KEN".to_string()])
        );
        let freed = run(
            "Two Chilean fishermen captured by Peruvian marines were freed on Monday.",
            "2026-05-14",
        );
        let release = freed.events.iter().find(|e| e.class == "Retreat");
        assert_eq!(
            release.map(|e| e.targets.clone()),
            Some(vec!["group/two-chilean-fishermen".to_string()]),
            "{:?}",
            freed.events
        );
    }
}
