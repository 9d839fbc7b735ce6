//! Description references: "the bloc", "the alliance", "the kingdom", "the island" refer
//! back to the latest actor named before that the description fits (`descriptions` in
//! `words.toml` says which actors each noun may stand for).

use crate::annotation::EntityKind;
use crate::extract::doc::Doc;
use crate::extract::entities::{EntityTable, Mention, MentionKind, Mentions};
use crate::extract::tokens::TokenKind;
use crate::lexicon::Lexicon;

/// How many sentences back a description may reach for its actor.
const REACH: usize = 6;
/// Modifiers allowed between "the" and the noun ("the 27-member bloc", "the oil-rich kingdom").
const MAX_MODIFIERS: usize = 3;

/// What a description may stand for, as written in the lexicon.
fn fits(table: &EntityTable, lex: &Lexicon, entity: usize, accepted: &[String]) -> bool {
    let record = &table.records[entity];
    accepted.iter().any(|a| match a.as_str() {
        // An international body: an organization that belongs to no one country.
        "organization" => {
            record.entity.kind == EntityKind::Organization && record.entity.based_in.is_none()
        }
        "company" => {
            record.entity.kind == EntityKind::Organization && record.entity.based_in.is_some()
        }
        "country" => record.entity.kind == EntityKind::Country,
        // "al-Shabaab fighters attacked ... The group claimed": a group named before.
        "group" => record.entity.kind == EntityKind::Group,
        // "the army" → "Sudanese Armed Forces", "Uganda People's Defence Force".
        "military" => is_military(lex, record),
        iso => {
            record.entity.kind == EntityKind::Country
                && record
                    .country
                    .is_some_and(|c| lex.countries[c].iso.eq_ignore_ascii_case(iso))
        }
    })
}

/// A country's armed forces: a body whose name holds one of `military_name_words`.
fn is_military(lex: &Lexicon, record: &crate::extract::entities::EntityRecord) -> bool {
    record.entity.kind == EntityKind::Organization
        && record
            .name_tokens
            .iter()
            .any(|t| lex.sets.military_name_words.contains(t))
}

/// The description noun phrase after "the" at `i`: (end, accepted kinds), if any.
fn description_at<'l>(doc: &Doc, lex: &'l Lexicon, i: usize) -> Option<(usize, &'l [String])> {
    let phrases = &lex.description_phrases;
    // Most words open no description: the phrases are not tried then (an empty one,
    // sorted first, would fit anywhere).
    let empty_phrase = phrases.first().is_some_and(|(words, _)| words.is_empty());
    for j in i + 1..=i + 1 + MAX_MODIFIERS {
        if !doc.same_sentence(i, j) {
            return None;
        }
        // The longest description phrase starting here.
        let found = if empty_phrase || lex.description_firsts.contains(doc.lower(j)) {
            phrases
                .iter()
                .filter(|(words, _)| doc.phrase_at(j, words))
                .max_by_key(|(words, _)| words.len())
        } else {
            None
        };
        if let Some((words, accepted)) = found {
            let end = j + words.len();
            // "the Union of ...", "the Alliance Party": a name, not a description.
            // "accused the bloc of protectionism" is still the bloc.
            let named_after = doc.lower(end) == "of" && doc.cap(j)
                || (doc.cap(end)
                    && doc
                        .tokens
                        .get(end)
                        .is_some_and(|t| t.kind == TokenKind::Word));
            if named_after || !doc.same_sentence(i, end.saturating_sub(1)) {
                return None;
            }
            return Some((end, accepted.as_slice()));
        }
        let t = doc.tokens.get(j)?;
        let modifier = matches!(t.kind, TokenKind::Word | TokenKind::Number)
            && !doc.cap(j)
            && !matches!(
                t.lower.as_str(),
                "and" | "or" | "of" | "to" | "said" | "that"
            );
        let hyphen = t.lower == "-";
        if !(modifier || hyphen) {
            return None;
        }
    }
    None
}

/// Adds a mention for every description that refers back to an actor named before.
pub fn descriptions(doc: &Doc, lex: &Lexicon, table: &EntityTable, mentions: &mut Mentions) {
    if lex.description_phrases.is_empty() {
        return;
    }
    for i in 0..doc.tokens.len() {
        if doc.lower(i) != "the" || doc.sentence_of[i] == usize::MAX {
            continue;
        }
        let Some((end, accepted)) = description_at(doc, lex, i) else {
            continue;
        };
        if !mentions.free(i + 1, end) {
            continue;
        }
        // "Myanmar's military and the Kachin Independence Army ... the military": a
        // country's institution named before with the same noun is the one named again
        // (`institutions_named_again`), not a body whose name holds the word.
        let noun = doc.lower(end - 1);
        if recent_before(doc, mentions, i)
            .any(|m| m.kind == MentionKind::Institution && doc.lower(m.end - 1) == noun)
        {
            continue;
        }
        // "NATO foreign ministers met ... The alliance": a group stands for its body too.
        let body_of_group = |e: usize| {
            let record = &table.records[e].entity;
            (record.kind == EntityKind::Group)
                .then(|| record.affiliation.as_deref().and_then(|k| table.get(k)))
                .flatten()
        };
        let candidates: Vec<usize> = recent_before(doc, mentions, i)
            .filter(|m| m.kind != MentionKind::Pair)
            .flat_map(|m| [Some(m.entity), body_of_group(m.entity)])
            .flatten()
            .filter(|&e| fits(table, lex, e, accepted))
            .collect();
        // "the agency": a body whose name holds the noun before any other (a body only:
        // "the kingdom" is not the United Kingdom for that).
        let named = |e: &usize| {
            let record = &table.records[*e];
            record.entity.kind == EntityKind::Organization
                && record
                    .name_tokens
                    .iter()
                    .any(|t| t.eq_ignore_ascii_case(noun))
        };
        let antecedent = candidates
            .iter()
            .copied()
            .find(named)
            .or_else(|| candidates.first().copied());
        if let Some(entity) = antecedent {
            refer_back(doc, mentions, i + 1, end, entity);
        }
    }
}

/// "Uganda's foreign ministry said ... The ministry accused Kenya": an institution named
/// again by its head noun alone is the country of the latest one with that head.
pub fn institutions_named_again(doc: &Doc, lex: &Lexicon, mentions: &mut Mentions) {
    for i in 0..doc.tokens.len() {
        if doc.lower(i) != "the" || doc.sentence_of[i] == usize::MAX {
            continue;
        }
        let n = lex.sets.institutions.longest_at(&doc.tokens, i + 1);
        let end = i + 1 + n;
        // "the Government of Ghana", "the Foreign Ministry's spokesman Lin Jian" name their
        // own country or person.
        if n == 0
            || !mentions.free(i + 1, end)
            || !doc.same_sentence(i, end - 1)
            || doc.lower(end) == "of"
            || doc.cap(end)
        {
            continue;
        }
        let head = doc.lower(end - 1);
        let antecedent = recent_before(doc, mentions, i)
            .find(|m| m.kind == MentionKind::Institution && doc.lower(m.end - 1) == head)
            .map(|m| m.entity);
        if let Some(entity) = antecedent {
            refer_back(doc, mentions, i + 1, end, entity);
        }
    }
}

/// The live mentions that end before token `i`, latest first, as far back as `REACH`
/// sentences.
fn recent_before<'m>(
    doc: &Doc,
    mentions: &'m Mentions,
    i: usize,
) -> impl Iterator<Item = &'m Mention> {
    let sentence = doc.sentence_of[i];
    mentions
        .order()
        .iter()
        .rev()
        .map(|&m| &mentions.list[m])
        .filter(move |m| m.end <= i)
        .take_while(move |m| {
            doc.sentence_of
                .get(m.start)
                .is_some_and(|&s| s != usize::MAX && s + REACH >= sentence)
        })
}

/// Adds tokens `start..end` as a mention referring back to `entity`.
fn refer_back(doc: &Doc, mentions: &mut Mentions, start: usize, end: usize, entity: usize) {
    mentions.add(Mention {
        start,
        end,
        entity,
        other: None,
        kind: MentionKind::Anaphor,
        possessive: doc.possessive_at(end),
    });
}

/// "the Paraguayan leader", "the Kenyan foreign minister": the latest person named before
/// who holds that office for that country (any leader for "leader").
pub fn demonym_roles(doc: &Doc, lex: &Lexicon, table: &EntityTable, mentions: &mut Mentions) {
    for i in 0..doc.tokens.len() {
        if doc.lower(i) != "the" || doc.sentence_of[i] == usize::MAX {
            continue;
        }
        let Some(demonym) = mentions
            .at(i + 1)
            .filter(|m| {
                matches!(m.kind, MentionKind::Demonym | MentionKind::Institution)
                    && m.start == i + 1
            })
            .cloned()
        else {
            continue;
        };
        // "the Ugandan army": that country's armed forces named before.
        let army_end = match demonym.kind {
            MentionKind::Institution => demonym.end,
            _ => demonym.end + 1,
        };
        if matches!(doc.lower(army_end - 1), "army" | "military") {
            let force = (0..table.records.len()).find(|&o| {
                let record = &table.records[o];
                is_military(lex, record)
                    && record.first < doc.position(i)
                    && table.country_of(o) == table.country_of(demonym.entity)
            });
            if let Some(force) = force.filter(|_| doc.same_sentence(i, army_end - 1)) {
                mentions.replace(Mention {
                    start: i + 1,
                    end: army_end,
                    entity: force,
                    other: None,
                    kind: MentionKind::Anaphor,
                    possessive: doc.possessive_at(army_end),
                });
            }
            continue;
        }
        if demonym.kind != MentionKind::Demonym {
            continue;
        }
        let at = demonym.end;
        let role = if doc.lower(at) == "leader" {
            Some((at + 1, None))
        } else {
            lex.role_noun_phrases
                .iter()
                .filter(|(words, _)| doc.phrase_at(at, words))
                .max_by_key(|(words, _)| words.len())
                .map(|(words, title)| (at + words.len(), Some(title.to_lowercase())))
        };
        let Some((end, title)) = role else {
            continue;
        };
        // "the Kenyan President William Ruto": a title before a name, not a reference.
        if !doc.same_sentence(i, end - 1)
            || doc.cap(end)
            || mentions.owner.get(end).is_some_and(Option::is_some)
        {
            continue;
        }
        let sentence = doc.sentence_of[i];
        let fits = |p: usize| {
            let record = &table.records[p];
            let office = match &title {
                None => record.leader,
                Some(t) => record
                    .entity
                    .title
                    .as_ref()
                    .is_some_and(|x| x.to_lowercase().contains(t.as_str())),
            };
            office && table.country_of(p) == Some(demonym.entity)
        };
        let person = mentions
            .sorted()
            .into_iter()
            .rev()
            .map(|m| &mentions.list[m])
            .filter(|m| m.end <= i && m.start < m.end)
            .take_while(|m| {
                doc.sentence_of
                    .get(m.start)
                    .is_some_and(|&s| s != usize::MAX && s + REACH >= sentence)
            })
            .map(|m| m.entity)
            .find(|&e| table.kind(e) == EntityKind::Person && fits(e));
        if let Some(p) = person {
            mentions.replace(Mention {
                start: i + 1,
                end,
                entity: p,
                other: None,
                kind: MentionKind::Anaphor,
                possessive: doc.possessive_at(end),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::annotation::Annotation;

    fn run(text: &str) -> Annotation {
        crate::extract::tests::run(text, "2026-04-15")
    }

    fn agents_of(a: &Annotation, class: &str) -> Vec<String> {
        a.events
            .iter()
            .filter(|e| e.class == class)
            .flat_map(|e| e.agents.clone())
            .collect()
    }

    #[test]
    fn the_kingdom_is_the_monarchy_named_before_not_the_latest_country() {
        let a = run(
            "Jordan hosted envoys from Iraq on Monday. The kingdom accused Syria of \
             smuggling weapons across the border.",
        );
        assert_eq!(agents_of(&a, "Accusation"), vec!["country/JOR".to_string()]);
    }

    #[test]
    fn the_bloc_is_the_international_body_named_before() {
        let a = run(
            "The African Union suspended Gabon on Tuesday. The regional bloc also \
             condemned Sudan over the killings.",
        );
        assert_eq!(
            agents_of(&a, "Accusation"),
            vec!["org/african-union".to_string()]
        );
    }

    #[test]
    fn the_island_is_an_island_state_and_nothing_fits_nothing() {
        let a = run(
            "Chinese warships circled Taiwan on Sunday. The island accused Beijing of \
             intimidation.",
        );
        assert_eq!(agents_of(&a, "Accusation"), vec!["country/TWN".to_string()]);
        // No monarchy named before: "the kingdom" stays unresolved rather than guessed.
        let b = run("Chile criticized Peru on Monday. The kingdom condemned the vote.");
        assert!(
            agents_of(&b, "Accusation")
                .iter()
                .all(|x| x != "country/PER")
        );
    }

    #[test]
    fn an_institution_named_again_by_its_head_is_the_latest_one_with_that_head() {
        let a = run(
            "Uganda's foreign ministry said on Monday it would reopen the border. Kenya's \
             army moved troops north. The ministry accused Kenya of hosting rebels.",
        );
        assert_eq!(agents_of(&a, "Accusation"), vec!["country/UGA".to_string()]);
        // No institution with that head named before: "the ministry" stays unresolved.
        let b = run(
            "Uganda's army said on Monday it would reopen the border. The ministry accused \
             Kenya of hosting rebels.",
        );
        assert!(agents_of(&b, "Accusation").is_empty());
    }
}

#[cfg(test)]
mod demonym_role_tests {
    #[test]
    fn the_demonym_leader_is_the_leader_of_that_country_named_before() {
        let a = crate::extract::tests::run(
            "Foreign Minister Penny Wong of Australia met President Prabowo Subianto of Indonesia \
             in Jakarta on Monday. The Indonesian leader promised closer cooperation with Australia.",
            "2026-02-11",
        );
        let pledge = a
            .events
            .iter()
            .find(|e| e.class == "CooperationPledge")
            .expect("pledge");
        assert_eq!(pledge.agents, vec!["person/prabowo-subianto".to_string()]);
        // No leader of that country named before: the demonym stays the country.
        let b = crate::extract::tests::run(
            "The Indonesian leader promised closer cooperation with Australia.",
            "2026-02-11",
        );
        let pledge = b
            .events
            .iter()
            .find(|e| e.class == "CooperationPledge")
            .expect("pledge");
        assert_eq!(pledge.agents, vec!["country/IDN".to_string()]);
    }
}
