//! Groups and institutions: unnamed people of a country ("two Canadians", "three Kenyan
//! activists", "officers from X") and a country's institutions acting for it ("Iran's
//! judiciary", "the Greek navy", "police in Karachi").

use crate::annotation::{EntityKind, slug};
use crate::extract::doc::{Doc, class};
use crate::extract::entities::{EntityTable, Mention, MentionKind, Mentions};
use crate::extract::tokens::TokenKind;
use crate::lexicon::Lexicon;

fn is_number_like(doc: &Doc, lex: &Lexicon, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.kind == TokenKind::Number)
        || lex.sets.number_words.contains(doc.lower(i))
}

/// "a French national was detained", "freed the Canadian national": one person of a
/// country; but "the French national team", "Kenya's national carrier" are no people.
fn lone_national(doc: &Doc, lex: &Lexicon, i: usize) -> bool {
    if doc.lower(i) != "national" {
        return false;
    }
    let next = i + 1;
    next >= doc.tokens.len()
        || !doc.same_sentence(i, next)
        || doc.tokens[next].kind != TokenKind::Word
        || lex.sets.prepositions.contains(doc.lower(next))
        || doc.is(next, class::TRIGGER)
        || matches!(
            doc.lower(next),
            "who" | "whose" | "was" | "is" | "had" | "has" | "and" | "named" | "identified"
        )
}

/// Length of an institution noun phrase at `i`, 0 if none.
fn institution_at(doc: &Doc, lex: &Lexicon, i: usize) -> usize {
    lex.sets.institutions.longest_at(&doc.tokens, i)
}

/// Finds groups and institutions around country mentions.
pub fn find_groups(doc: &Doc, lex: &Lexicon, table: &mut EntityTable, mentions: &mut Mentions) {
    for mi in mentions.sorted() {
        let m = mentions.list[mi].clone();
        let organization = table.kind(m.entity) == EntityKind::Organization;
        if !matches!(
            m.kind,
            MentionKind::Demonym | MentionKind::Name | MentionKind::Government
        ) || !(table.kind(m.entity) == EntityKind::Country || organization)
        {
            continue;
        }
        // "the Indian and Sri Lankan navies": both countries at once.
        if m.kind == MentionKind::Demonym && doc.lower(m.end) == "and" {
            if let Some(m2) = mentions.at(m.end + 1).cloned() {
                let noun = m2.end;
                let is_noun = lex.sets.group_nouns.contains(doc.lower(noun))
                    || institution_at(doc, lex, noun) > 0;
                if m2.kind == MentionKind::Demonym && m2.start == m.end + 1 && is_noun {
                    let len = institution_at(doc, lex, noun).max(1);
                    mentions.replace(Mention {
                        start: m.start,
                        end: noun + len,
                        entity: m.entity,
                        other: Some(m2.entity),
                        kind: MentionKind::Pair,
                        possessive: false,
                    });
                    continue;
                }
            }
        }
        let mut j = m.end;
        if m.possessive {
            j += 1;
        }
        // Lowercase modifiers ("immigration", "human rights").
        let mut k = j;
        let mut found = None;
        while k < j + 4
            && doc.same_sentence(m.start, k)
            && mentions.owner.get(k).is_some_and(Option::is_none)
        {
            let inst = institution_at(doc, lex, k);
            if inst > 0 {
                found = Some((k + inst, true));
                break;
            }
            let lower = doc.lower(k);
            if lex.sets.group_nouns.contains(lower) || lone_national(doc, lex, k) {
                found = Some((k + 1, false));
                break;
            }
            let token = &doc.tokens[k];
            let function_word = lex.sets.prepositions.contains(lower)
                || matches!(
                    lower,
                    "the" | "a" | "an" | "and" | "or" | "of" | "its" | "their"
                );
            // "the Philippine Navy deployed two frigates": a count opens a phrase of its own;
            // "the Houthis launched drones": a past verb of an event is no modifier.
            let past_verb = lower.ends_with("ed") && doc.is(k, class::TRIGGER);
            if token.kind != TokenKind::Word
                || token.is_capitalized(doc.text)
                || function_word
                || past_verb
                || is_number_like(doc, lex, k)
            {
                break;
            }
            k += 1;
        }
        let mut start = m.start;
        while start > 0
            && doc.same_sentence(start - 1, m.start)
            && mentions.owner[start - 1].is_none()
        {
            let lower = doc.lower(start - 1);
            if is_number_like(doc, lex, start - 1)
                || matches!(
                    lower,
                    "the" | "of" | "more" | "than" | "about" | "senior" | "a" | "an"
                )
            {
                start -= 1;
            } else {
                break;
            }
        }
        while start < m.start && matches!(doc.lower(start), "the" | "of" | "a" | "an") {
            start += 1;
        }
        let plural_demonym = m.kind == MentionKind::Demonym
            && doc.word(m.start).ends_with('s')
            && start < m.start
            && is_number_like(doc, lex, m.start - 1);
        let (end, institution) = match found {
            // "EU foreign ministers": people of an organization.
            Some((end, false)) if organization => (end, false),
            Some(_) if organization => continue,
            Some(x) if m.kind == MentionKind::Demonym || m.possessive => x,
            _ if plural_demonym => (m.end, false),
            _ => continue,
        };
        // "three Beninese customs officers": counted people, not the institution.
        let counted = (start..m.start).any(|k| is_number_like(doc, lex, k));
        let institution = institution && !(counted && m.kind == MentionKind::Demonym);
        let country_key = table.key(m.entity).to_string();
        if institution {
            mentions.replace(Mention {
                start: m.start,
                end,
                entity: m.entity,
                other: None,
                kind: MentionKind::Institution,
                possessive: false,
            });
            continue;
        }
        let label = doc.span(start, end).to_string();
        let mut entity =
            EntityTable::blank(format!("group/{}", slug(&label)), EntityKind::Group, label);
        entity.affiliation = Some(country_key);
        let id = table.intern(entity, doc.position(start));
        mentions.replace(Mention {
            start,
            end,
            entity: id,
            other: None,
            kind: MentionKind::Group,
            possessive: false,
        });
    }
    // "officers from X", "detectives from New Zealand Police", "police in Karachi".
    for i in 0..doc.tokens.len() {
        if mentions.owner[i].is_some() || doc.sentence_of[i] == usize::MAX {
            continue;
        }
        // The word after first: it is rarely one of these three.
        if !matches!(doc.lower(i + 1), "from" | "in" | "of") {
            continue;
        }
        let lower = doc.lower(i);
        let is_group = lex.sets.group_nouns.contains(lower) || institution_at(doc, lex, i) == 1;
        if !is_group {
            continue;
        }
        // "withdrew its troops from Niger": an owner's people, not the place's.
        let owned = i > 0
            && (matches!(doc.lower(i - 1), "its" | "their" | "his" | "her" | "our")
                || doc.tokens[i - 1].kind == TokenKind::Possessive);
        if owned {
            continue;
        }
        let mut j = i + 2;
        if matches!(doc.lower(j), "a" | "an" | "the") {
            j += 1;
        }
        // "fighters from the al-Qaeda-linked group JNIM": a description before the name.
        let mut described = j;
        while described < (j + 3).min(doc.tokens.len())
            && doc.same_sentence(i, described)
            && mentions.owner[described].is_none()
            && doc.tokens[described].kind == TokenKind::Word
            && !doc.cap(described)
            && doc.classes[described] & (class::PREPOSITION | class::TRIGGER | class::BARRIER) == 0
        {
            described += 1;
        }
        if described > j
            && mentions.at(described).is_some_and(|m| {
                m.start == described && table.kind(m.entity) == EntityKind::Organization
            })
        {
            j = described;
        }
        let Some(m) = mentions.at(j).cloned() else {
            continue;
        };
        if !doc.same_sentence(i, j) {
            continue;
        }
        let mut start = i;
        while start > 0 && doc.same_sentence(start - 1, i) && mentions.owner[start - 1].is_none() {
            let prev = &doc.tokens[start - 1];
            let lower = prev.lower.as_str();
            // "killed three rebels of X": a verb is no modifier of the group.
            let modifier = prev.kind == TokenKind::Word
                && !doc.is(start - 1, crate::extract::doc::class::TRIGGER)
                && !doc.is(start - 1, crate::extract::doc::class::BE)
                && !doc.is(start - 1, crate::extract::doc::class::HAVE)
                && !lex.sets.prepositions.contains(lower)
                && !lex.sets.not_names.contains(lower)
                && !lex.speech_forms.contains(lower);
            if modifier || is_number_like(doc, lex, start - 1) || lower == "of" {
                start -= 1;
            } else {
                break;
            }
        }
        if doc.lower(i + 1) == "in" {
            // Only an institution in a country or a place of a known country stands for
            // it; an embassy in Tbilisi is another country's.
            let diplomatic_post = lex.sets.diplomatic_posts.contains(lower);
            // "police in Sweden", "police in Karachi", "companies in Russia".
            let resident = lex.sets.resident_nouns.contains(lower);
            if !matches!(
                table.kind(m.entity),
                EntityKind::Place | EntityKind::Country
            ) || (institution_at(doc, lex, i) == 0 && !resident)
                || diplomatic_post
            {
                continue;
            }
            let Some(country) = table.country_of(m.entity) else {
                continue;
            };
            if resident {
                // "banks in Russia, Iran and China": the mention takes the first name, so
                // that the list goes on from it.
                mentions.replace(Mention {
                    start,
                    end: m.end,
                    entity: country,
                    other: None,
                    kind: MentionKind::Institution,
                    possessive: false,
                });
                continue;
            }
            mentions.add(Mention {
                start,
                end: i + 1,
                entity: country,
                other: None,
                kind: MentionKind::Institution,
                possessive: false,
            });
            continue;
        }
        // "the foreign ministers of Kenya and Uganda": the two sides, not a group of one.
        let second = (doc.lower(m.end) == "and")
            .then(|| {
                let k = if doc.lower(m.end + 1) == "the" {
                    m.end + 2
                } else {
                    m.end + 1
                };
                mentions.at(k).cloned()
            })
            .flatten()
            .filter(|n| {
                n.entity != m.entity
                    && doc.same_sentence(i, n.start)
                    && [m.entity, n.entity].iter().all(|&e| {
                        matches!(
                            table.kind(e),
                            EntityKind::Country | EntityKind::Organization
                        )
                    })
            });
        if let Some(n) = second {
            mentions.replace(Mention {
                start,
                end: n.end,
                entity: m.entity,
                other: Some(n.entity),
                kind: MentionKind::Pair,
                possessive: false,
            });
            continue;
        }
        if m.kind == MentionKind::Pair {
            mentions.replace(Mention {
                start,
                end: m.end,
                entity: m.entity,
                other: m.other,
                kind: MentionKind::Pair,
                possessive: false,
            });
            continue;
        }
        if !matches!(
            table.kind(m.entity),
            EntityKind::Country | EntityKind::Organization
        ) {
            continue;
        }
        // "the Government of India", "the Royal Government of Bhutan": a country's
        // institution acts for it, as "the Indian government" does.
        if doc.lower(i + 1) == "of"
            && institution_at(doc, lex, i) == 1
            && table.kind(m.entity) == EntityKind::Country
            && !doc.possessive_at(m.end)
        {
            mentions.replace(Mention {
                start,
                end: m.end,
                entity: m.entity,
                other: None,
                kind: MentionKind::Institution,
                possessive: false,
            });
            continue;
        }
        // "officers of Armenia's State Revenue Committee": the body's people act for it.
        let body = (doc.possessive_at(m.end))
            .then(|| mentions.at(m.end + 1).cloned())
            .flatten()
            .filter(|b| b.start == m.end + 1 && table.kind(b.entity) == EntityKind::Organization);
        if let Some(body) = body {
            mentions.replace(Mention {
                start,
                end: body.end,
                entity: body.entity,
                other: None,
                kind: MentionKind::Institution,
                possessive: false,
            });
            continue;
        }
        let mut end = m.end;
        if doc.lower(end) == "faction" {
            end += 1;
        }
        let label = doc.span(start, end).to_string();
        let mut entity =
            EntityTable::blank(format!("group/{}", slug(&label)), EntityKind::Group, label);
        entity.affiliation = Some(table.key(m.entity).to_string());
        let id = table.intern(entity, doc.position(start));
        mentions.replace(Mention {
            start,
            end,
            entity: id,
            other: None,
            kind: MentionKind::Group,
            possessive: false,
        });
    }
}

#[cfg(test)]
mod tests {
    fn sanction_targets(text: &str) -> Vec<String> {
        let a = crate::extract::tests::run(text, "2026-06-04");
        a.events
            .iter()
            .find(|e| e.class == "Sanction")
            .map(|e| e.targets.clone())
            .unwrap_or_default()
    }

    #[test]
    fn companies_in_a_country_stand_for_it_but_tourists_do_not() {
        assert_eq!(
            sanction_targets("Canada sanctioned two banks in Iran and Syria."),
            ["country/IRN", "country/SYR"]
        );
        assert_eq!(
            sanction_targets("Canada froze the assets of three firms in Myanmar."),
            ["country/MMR"]
        );
        let a = crate::extract::tests::run(
            "Police arrested two tourists in Thailand on Monday.",
            "2026-06-04",
        );
        assert!(
            a.entities
                .iter()
                .all(|e| e.kind != crate::annotation::EntityKind::Group
                    || e.affiliation.as_deref() != Some("country/THA"))
        );
    }

    #[test]
    fn fighters_from_a_described_body_are_its_members() {
        let a = crate::extract::tests::run(
            "Fighters from the al-Qaeda-linked group JNIM ambushed a convoy in Burkina Faso.",
            "2026-06-04",
        );
        let attack = a
            .events
            .iter()
            .find(|e| e.class == "Attack")
            .expect("attack");
        let group = a
            .entities
            .iter()
            .find(|e| attack.agents.contains(&e.key))
            .expect("agent entity");
        assert_eq!(group.affiliation.as_deref(), Some("org/jnim"));
        assert_eq!(attack.targets, ["country/BFA"]);
    }
}
