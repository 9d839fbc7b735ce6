//! Coreference within one article: surnames and other short forms of people and
//! organizations named before, role nouns ("the prime minister", "the two leaders"),
//! pronouns, and phrases for the article's two main countries ("both countries").

use crate::annotation::EntityKind;
use crate::extract::actors::capital_place;
use crate::extract::doc::{Doc, class};
use crate::extract::entities::{EntityTable, Mention, MentionKind, Mentions};
use crate::extract::members::{
    group_anaphor, noun_anaphor, recent_mentions, resolve_plural, together_before,
};
use crate::extract::people::title_head_at;
use crate::extract::tokens::TokenKind;
use crate::lexicon::{FastSet, Lexicon};

/// The article's two main countries: most mentioned first, ties by first mention.
pub fn main_countries(table: &EntityTable, counts: &[usize]) -> Vec<usize> {
    let mut countries: Vec<usize> = (0..table.records.len())
        .filter(|&i| table.kind(i) == EntityKind::Country && counts[i] > 0)
        .collect();
    countries.sort_by_key(|&i| (std::cmp::Reverse(counts[i]), table.records[i].first));
    countries.truncate(2);
    countries
}

/// The countries an act with no named target is aimed at: the two main countries when no
/// third is named as often as the second ("Kenya and Uganda", a word on Somalia); the
/// first alone when it stands out from the others (donors and one country hit by a
/// cyclone); none in an article on many alike (a summit of a bloc).
pub fn counterparts(table: &EntityTable, counts: &[usize], main: &[usize]) -> Vec<usize> {
    if main.len() < 2 {
        return main.to_vec();
    }
    let third = (0..table.records.len())
        .filter(|&i| table.kind(i) == EntityKind::Country && !main.contains(&i))
        .map(|i| counts[i])
        .max()
        .unwrap_or(0);
    if third < counts[main[1]] {
        main.to_vec()
    } else if counts[main[0]] >= counts[main[1]] + 2 {
        vec![main[0]]
    } else {
        Vec::new()
    }
}

/// How often each entity is mentioned as an actor (people count for their country).
pub fn country_counts(table: &EntityTable, mentions: &[&Mentions]) -> Vec<usize> {
    let mut counts = vec![0usize; table.records.len()];
    for ms in mentions {
        for m in ms.list.iter().filter(|m| m.start < m.end) {
            if m.kind == MentionKind::Place {
                continue;
            }
            if let Some(c) = table.country_of(m.entity) {
                counts[c] += 1;
            }
        }
    }
    counts
}

/// "both countries", "the two sides" → the two main countries.
pub fn pair_phrases(doc: &Doc, lex: &Lexicon, mentions: &mut Mentions, main: &[usize]) {
    if main.len() < 2 {
        return;
    }
    for i in 0..doc.tokens.len() {
        if doc.sentence_of[i] == usize::MAX {
            continue;
        }
        let mut n = lex.sets.both_sides.longest_at(&doc.tokens, i);
        if n == 0 {
            n = pair_with_modifiers(doc, lex, i);
        }
        if n > 0 && mentions.free(i, i + n) {
            let possessive = doc.possessive_at(i + n);
            mentions.add(Mention {
                start: i,
                end: i + n,
                entity: main[0],
                other: Some(main[1]),
                kind: MentionKind::Pair,
                possessive,
            });
        }
    }
}

/// "the two Central Asian neighbours", "both Gulf monarchies": a phrase of `both_sides`
/// with capitalized modifiers before its noun; the length, 0 if none.
fn pair_with_modifiers(doc: &Doc, lex: &Lexicon, i: usize) -> usize {
    let opener = match doc.lower(i) {
        "both" => 1,
        "the" if doc.lower(i + 1) == "two" => 2,
        _ => return 0,
    };
    let mut k = i + opener;
    while k < i + opener + 3 && doc.cap(k) && doc.same_sentence(i, k) {
        k += 1;
    }
    if k == i + opener {
        return 0;
    }
    // The noun ends a listed phrase ("the two neighbours" → "neighbours").
    let noun = doc.lower(k);
    let listed = lex
        .words
        .both_sides
        .iter()
        .any(|p| p.rsplit(' ').next() == Some(noun) && p.contains(' '));
    if listed { k + 1 - i } else { 0 }
}

/// Surnames and short forms of people, and "the Air Force" for an organization named before.
pub fn short_forms(doc: &Doc, lex: &Lexicon, table: &EntityTable, mentions: &mut Mentions) {
    // The table does not change here: its people and bodies are listed once, not sought
    // among all its records for each capitalized word.
    let people = table.of_kind(EntityKind::Person);
    let organizations = table.of_kind(EntityKind::Organization);
    // Every word of those bodies' names: "the" before any other word names none again.
    let organization_words: FastSet<&str> = organizations
        .iter()
        .flat_map(|&o| table.records[o].name_tokens.iter().map(String::as_str))
        .collect();
    for i in 0..doc.tokens.len() {
        if mentions.owner[i].is_some() || doc.sentence_of[i] == usize::MAX {
            continue;
        }
        let token = &doc.tokens[i];
        if token.kind != TokenKind::Word {
            continue;
        }
        let lower = token.lower.as_str();
        let name_like =
            token.is_capitalized(doc.text) || lower.starts_with("al-") || lower.starts_with("el-");
        if name_like && lower.len() > 1 && !lex.sets.not_names.contains(lower) {
            let mut people = people.iter().copied().filter(|&p| {
                let r = &table.records[p];
                // "Sisi" for "Abdel Fattah al-Sisi": the family name without its article.
                let article_dropped = |t: &String| {
                    t.strip_prefix("al-").or_else(|| t.strip_prefix("el-")) == Some(lower)
                };
                r.entity.kind == EntityKind::Person
                    && r.name_tokens.iter().any(|t| t == lower || article_dropped(t))
                    // "Sugiono" again: a one-word name is its own short form.
                    && (r.name_tokens.len() > 1 || r.first < doc.position(i))
            });
            // Exactly one person (no list built for each capitalized word).
            if let (Some(person), None) = (people.next(), people.next()) {
                let possessive = doc.possessive_at(i + 1);
                mentions.add(Mention {
                    start: i,
                    end: i + 1,
                    entity: person,
                    other: None,
                    kind: MentionKind::Short,
                    possessive,
                });
                continue;
            }
        }
        // "Golden Lotus denied" → "Golden Lotus Petroleum" named before: the first words of
        // a body's name.
        if name_like {
            let mut end = i;
            while end < i + 4
                && doc.same_sentence(i, end)
                && doc.tokens[end].kind == TokenKind::Word
                && doc.tokens[end].is_capitalized(doc.text)
                && mentions.owner[end].is_none()
            {
                end += 1;
            }
            // At most four words: held on the stack, not collected for each capitalized word.
            let mut held = [""; 4];
            for (slot, k) in held.iter_mut().zip(i..end) {
                *slot = doc.lower(k);
            }
            let words = &held[..end - i];
            // "Kourouma rejected": one word alone opens only a company's name ("Kourouma
            // Resources").
            let org = table
                .organization_opening_among(organizations.iter().copied(), words, doc.position(i))
                .filter(|&o| end - i >= 2 || is_company(lex, table, o));
            if let Some(org) = org {
                mentions.add(Mention {
                    start: i,
                    end,
                    entity: org,
                    other: None,
                    kind: MentionKind::Short,
                    possessive: doc.possessive_at(end),
                });
                continue;
            }
        }
        // "urged council members to act": the members of a body named before are the body.
        if doc.lower(i + 1) == "members" && mentions.free(i, i + 2) && doc.same_sentence(i, i + 1) {
            let org = organizations.iter().copied().find(|&o| {
                let r = &table.records[o];
                r.entity.kind == EntityKind::Organization
                    && r.first < doc.position(i)
                    && r.name_tokens.len() > 1
                    && r.name_tokens.last().is_some_and(|t| t == lower)
            });
            if let Some(org) = org {
                mentions.add(Mention {
                    start: i,
                    end: i + 2,
                    entity: org,
                    other: None,
                    kind: MentionKind::Short,
                    possessive: doc.possessive_at(i + 2),
                });
                continue;
            }
        }
        // "the navy" → "Sri Lanka Navy", "the court" → "International Court of Justice"
        // named before (the word after "the" is then a word of the name).
        if lower == "the" && organization_words.contains(doc.lower(i + 1)) {
            for n in [2usize, 1] {
                if !mentions.free(i + 1, i + 1 + n) || !doc.same_sentence(i, i + n) {
                    continue;
                }
                let words: Vec<&str> = (i + 1..i + 1 + n).map(|k| doc.lower(k)).collect();
                let org = organizations.iter().copied().find(|&o| {
                    let r = &table.records[o];
                    r.entity.kind == EntityKind::Organization
                        && r.first < doc.position(i)
                        && r.name_tokens.len() > n
                        && (r.name_tokens[r.name_tokens.len() - n..]
                            .iter()
                            .zip(&words)
                            .all(|(a, b)| a == b)
                            // "the court" → "International Court of Justice": the head
                            // before "of".
                            || (n == 1
                                && r.name_tokens
                                    .windows(2)
                                    .any(|w| w[0] == words[0] && w[1] == "of")))
                });
                if let Some(org) = org {
                    let possessive = doc.possessive_at(i + 1 + n);
                    mentions.add(Mention {
                        start: i + 1,
                        end: i + 1 + n,
                        entity: org,
                        other: None,
                        kind: MentionKind::Short,
                        possessive,
                    });
                    break;
                }
            }
        }
    }
}

/// The latest place before token `i` that is some country's capital.
fn latest_capital(
    lex: &Lexicon,
    table: &EntityTable,
    mentions: &Mentions,
    i: usize,
) -> Option<usize> {
    mentions
        .sorted()
        .into_iter()
        .rev()
        .map(|m| &mentions.list[m])
        .filter(|m| m.start < i && m.kind == MentionKind::Place)
        .map(|m| m.entity)
        .find(|&p| {
            let label = &table.records[p].entity.label;
            lex.countries
                .iter()
                .any(|c| c.capital.as_ref() == Some(label))
        })
}

fn person_title_has(table: &EntityTable, p: usize, word: &str) -> bool {
    table.records[p]
        .entity
        .title
        .as_ref()
        .is_some_and(|t| t.to_lowercase().contains(word))
}

/// The latest persons mentioned before token `before`, newest first, distinct.
fn recent_people(table: &EntityTable, mentions: &Mentions, before: usize) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    let mut order = mentions.sorted();
    order.retain(|&m| mentions.list[m].start < before);
    for &m in order.iter().rev() {
        let e = mentions.list[m].entity;
        if table.kind(e) == EntityKind::Person && !out.contains(&e) {
            out.push(e);
        }
    }
    out
}

/// Role nouns, "the two leaders" and pronouns.
pub fn anaphora(doc: &Doc, lex: &Lexicon, table: &mut EntityTable, mentions: &mut Mentions) {
    let role_nouns = &lex.role_noun_phrases;
    // The last pair each plural noun named ("the two ministers" said twice is one pair).
    let mut last_pair: Vec<(String, usize, usize, usize)> = Vec::new();
    for i in 0..doc.tokens.len() {
        if mentions.owner[i].is_some() || doc.sentence_of[i] == usize::MAX {
            continue;
        }
        let lower = doc.lower(i);
        if lower == "the" {
            // "the capital", "the Syrian capital": the capital named or implied before.
            let (country, noun_at) = match mentions.at(i + 1) {
                Some(m) if m.kind == MentionKind::Demonym => (Some(m.entity), m.end),
                _ => (None, i + 1),
            };
            if doc.lower(noun_at) == "capital" && mentions.free(i + 1, noun_at + 1) {
                let place = match country.and_then(|c| table.records[c].country) {
                    Some(index) => capital_place(lex, table, index, doc.position(i)),
                    None => latest_capital(lex, table, mentions, i),
                };
                if let Some(p) = place {
                    mentions.add(Mention {
                        start: i + 1,
                        end: noun_at + 1,
                        entity: p,
                        other: None,
                        kind: MentionKind::Place,
                        possessive: false,
                    });
                    continue;
                }
            }
            // "the pair", "the two", "the men": the last two people or the last group.
            let noun = doc.lower(i + 1);
            let bare_two = noun == "two"
                && !doc.tokens.get(i + 2).is_some_and(|t| {
                    t.kind == crate::extract::tokens::TokenKind::Word
                        && !matches!(t.lower.as_str(), "men" | "women")
                });
            if matches!(noun, "pair" | "duo") || bare_two {
                let end = if noun == "two" && matches!(doc.lower(i + 2), "men" | "women") {
                    i + 3
                } else {
                    i + 2
                };
                let people = recent_people(table, mentions, i);
                if people.len() >= 2 && mentions.free(i, end) {
                    mentions.add(Mention {
                        start: i,
                        end,
                        entity: people[1],
                        other: Some(people[0]),
                        kind: MentionKind::Pair,
                        possessive: false,
                    });
                    continue;
                }
            }
        }
        // "the company", "the operator": the latest company named shortly before.
        if lower == "the" {
            let noun = doc.lower(i + 1);
            // "the company of Ana Ruiz": a name after "of" says whose.
            let owner_named = doc.lower(i + 2) == "of" && doc.cap(i + 3);
            let company_noun = lex.company_nouns.contains(noun)
                && !noun.ends_with('s')
                && !matches!(noun, "group" | "institution");
            if company_noun && !doc.cap(i + 2) && !owner_named && mentions.free(i, i + 2) {
                if let Some(entity) = recent_company(doc, lex, table, mentions, i) {
                    mentions.add(noun_anaphor(doc, i, entity));
                    continue;
                }
            }
        }
        // "the men", "the fishermen", "the youngest driver": the latest group.
        if lower == "the" {
            if let Some(anaphor) = group_anaphor(doc, lex, table, mentions, i) {
                mentions.add(anaphor);
                continue;
            }
        }
        // "the two leaders", "the Leaders", "both ministers"
        if matches!(lower, "the" | "both") {
            let mut j = i + 1;
            if doc.lower(j) == "two" {
                j += 1;
            }
            let noun = doc.lower(j);
            let want: Option<&str> = match noun {
                "leaders" => Some(""),
                // "the two Heads of State", "both heads of government": leaders too.
                "heads"
                    if doc.lower(j + 1) == "of"
                        && matches!(doc.lower(j + 2), "state" | "government") =>
                {
                    Some("")
                }
                "ministers" | "foreign ministers" => Some("minister"),
                "presidents" => Some("president"),
                "prime" if doc.lower(j + 1) == "ministers" => Some("prime minister"),
                // "..., and the two agreed to": the two people just named together.
                _ if lower == "the"
                    && doc.lower(i + 1) == "two"
                    && mentions.owner.get(j).is_some_and(Option::is_none)
                    && !doc.cap(j)
                    && (doc.lower(j).ends_with("ed")
                        || matches!(doc.lower(j), "also" | "will" | "would" | "have" | "had")) =>
                {
                    Some("*")
                }
                _ => None,
            };
            if let Some(word) = want {
                let bare = word == "*";
                let end = if noun == "prime" {
                    j + 2
                } else if noun == "heads" {
                    j + 3
                } else if bare {
                    j
                } else {
                    j + 1
                };
                let sentence = doc.sentence_of[i];
                let remembered = last_pair
                    .iter()
                    .rev()
                    .find(|(n, _, _, s)| !bare && n == noun && s + 2 >= sentence)
                    .map(|x| (x.1, x.2));
                let fits = |p: usize| {
                    if bare {
                        true
                    } else if word.is_empty() {
                        table.records[p].leader
                    } else {
                        person_title_has(table, p, word)
                    }
                };
                // "A and B held talks ... the two leaders": the two named together.
                let together = together_before(doc, table, mentions, i, 3)
                    .filter(|&(a, b)| fits(a) && fits(b));
                let people: Vec<usize> = match remembered.or(together) {
                    Some((a, b)) => vec![b, a],
                    None if bare => Vec::new(),
                    None => recent_people(table, mentions, i)
                        .into_iter()
                        .filter(|&p| fits(p))
                        .take(2)
                        .collect(),
                };
                if people.len() == 2 && mentions.free(i, end) {
                    let possessive = doc.possessive_at(end);
                    mentions.add(Mention {
                        start: i,
                        end,
                        entity: people[1],
                        other: Some(people[0]),
                        kind: MentionKind::Pair,
                        possessive,
                    });
                    last_pair.push((noun.to_string(), people[1], people[0], sentence));
                    continue;
                }
            }
        }
        // "the prime minister", "The President"
        if lower == "the" || lower == "his" || lower == "her" {
            // Most words after "the" open no role noun: the phrases are not tried then (an
            // empty one, sorted last, would fit anywhere).
            let may_open_role = lex.role_noun_firsts.contains(doc.lower(i + 1))
                || role_nouns.last().is_some_and(|(words, _)| words.is_empty());
            let candidates = if may_open_role { &role_nouns[..] } else { &[] };
            for (words, title) in candidates {
                if !doc.phrase_at(i + 1, words) {
                    continue;
                }
                let end = i + 1 + words.len();
                if doc.cap(end) && !lex.sets.not_names.contains(doc.lower(end))
                    || title_head_at(doc, lex, end) > 0
                {
                    break;
                }
                if matches!(doc.lower(end), "of" | "for") || lower != "the" {
                    break;
                }
                let found = recent_people(table, mentions, i)
                    .into_iter()
                    .find(|&p| person_title_has(table, p, title));
                if let Some(p) = found {
                    let possessive = doc.possessive_at(end);
                    mentions.add(Mention {
                        start: i + 1,
                        end,
                        entity: p,
                        other: None,
                        kind: MentionKind::Anaphor,
                        possessive,
                    });
                }
                break;
            }
            if mentions.owner[i].is_some() || lower == "the" {
                continue;
            }
        }
        if lex.sets.pronouns_person.contains(lower) {
            if let Some(p) = resolve_person_pronoun(doc, lex, table, mentions, i) {
                let possessive = matches!(lower, "his" | "her");
                mentions.add(Mention {
                    start: i,
                    end: i + 1,
                    entity: p,
                    other: None,
                    kind: MentionKind::Anaphor,
                    possessive,
                });
            }
        } else if lex.sets.pronouns_actor.contains(lower) {
            if let Some(a) = resolve_actor_pronoun(doc, table, mentions, i) {
                // "Its foreign ministry summoned the ambassador": a country's institution
                // acts for it, as "Burkina Faso's foreign ministry" does.
                let institution = if lower == "its" && table.kind(a) == EntityKind::Country {
                    lex.sets.institutions.longest_at(&doc.tokens, i + 1)
                } else {
                    0
                };
                // "its military aid": a noun of an act after it makes the word a modifier.
                let after = i + 1 + institution;
                let act_noun_after = doc.is(after, class::TRIGGER)
                    && !doc.is(after, class::PREPOSITION)
                    && !doc.lower(after).ends_with("ed");
                let (end, kind) =
                    if institution > 0 && !act_noun_after && mentions.free(i + 1, after) {
                        (i + 1 + institution, MentionKind::Institution)
                    } else {
                        (i + 1, MentionKind::Anaphor)
                    };
                mentions.add(Mention {
                    start: i,
                    end,
                    entity: a,
                    other: None,
                    kind,
                    possessive: lower == "its" && kind == MentionKind::Anaphor,
                });
            }
        } else if matches!(lower, "they" | "them" | "their") {
            if let Some(m) = resolve_plural(doc, lex, table, mentions, i) {
                mentions.add(Mention {
                    start: i,
                    end: i + 1,
                    entity: m.0,
                    other: m.1,
                    kind: if m.1.is_some() {
                        MentionKind::Pair
                    } else {
                        MentionKind::Anaphor
                    },
                    possessive: lower == "their",
                });
            }
        }
    }
}

/// "he"/"she": the latest person in the same sentence, else the first person (the subject)
/// of the nearest earlier sentence that has one.
fn resolve_person_pronoun(
    doc: &Doc,
    lex: &Lexicon,
    table: &EntityTable,
    mentions: &Mentions,
    i: usize,
) -> Option<usize> {
    let sentence = doc.sentence_of[i];
    let order = mentions.sorted();
    // A person governed by a preposition or met is no subject ("Speaking to Xi, Carney
    // said", "held talks with Y"); nor is one whose aide is named in apposition ("Benali's
    // lawyer, Sofia Haddad, said").
    let governed = |m: usize| {
        let mm = &mentions.list[m];
        let start = mm.start;
        let aide_named = mm.possessive
            && (mm.end + 2..mm.end + 5).any(|k| {
                doc.lower(k - 1) == ","
                    && mentions
                        .at(k)
                        .is_some_and(|a| a.start == k && table.kind(a.entity) == EntityKind::Person)
            });
        aide_named
            || start > 0
                && matches!(
                    doc.lower(start - 1),
                    "to" | "with"
                        | "by"
                        | "for"
                        | "from"
                        | "on"
                        | "at"
                        | "of"
                        | "met"
                        | "meet"
                        | "meeting"
                )
    };
    let people_before = || {
        order.iter().rev().filter(|&&m| {
            let mm = &mentions.list[m];
            mm.start < i
                && doc.sentence_of[mm.start] == sentence
                && table.kind(mm.entity) == EntityKind::Person
        })
    };
    // "X visited Algiers and held talks with Y; he is due in Rabat": a pronoun opening a
    // clause after ";", "and" or "but" goes on with the sentence's subject.
    let clause_opening = i > 0 && matches!(doc.lower(i - 1), ";" | "and" | "but");
    let subject = clause_opening
        .then(|| people_before().rev().find(|&&m| !governed(m)))
        .flatten();
    let in_sentence = subject.or_else(|| people_before().next());
    if let Some(&m) = in_sentence {
        return Some(mentions.list[m].entity);
    }
    // "... charged a 29-year-old Danish man with spying. He was arrested in Aarhus": one
    // person told of but not named since the last name is whom "he" stands for.
    let unnamed_person = |k: usize| {
        lex.sets.unnamed_person_nouns.contains(doc.lower(k))
            && mentions.owner[k].is_none()
            && (k.saturating_sub(5)..k).any(|a| matches!(doc.lower(a), "a" | "an"))
    };
    let mut s = sentence;
    while s > 0 && sentence - s < 4 {
        s -= 1;
        let span = &doc.sentences[s];
        let people_here = order.iter().any(|&m| {
            let mm = &mentions.list[m];
            doc.sentence_of.get(mm.start) == Some(&s) && table.kind(mm.entity) == EntityKind::Person
        });
        if !people_here && (span.start..span.end).any(unnamed_person) {
            return None;
        }
        let people: Vec<usize> = order
            .iter()
            .copied()
            .filter(|&m| {
                let mm = &mentions.list[m];
                doc.sentence_of.get(mm.start) == Some(&s)
                    && table.kind(mm.entity) == EntityKind::Person
            })
            .collect();
        // Prefer a subject: a person not governed by a preposition ("Speaking to Xi, Carney said").
        if let Some(&m) = people.iter().find(|&&m| !governed(m)).or(people.first()) {
            return Some(mentions.list[m].entity);
        }
    }
    None
}

fn is_actor(table: &EntityTable, e: usize) -> bool {
    matches!(
        table.kind(e),
        EntityKind::Country | EntityKind::Organization
    )
}

/// "it"/"its": the latest country or organization in the sentence, else the first one of
/// the sentence before.
fn resolve_actor_pronoun(
    doc: &Doc,
    table: &EntityTable,
    mentions: &Mentions,
    i: usize,
) -> Option<usize> {
    let sentence = doc.sentence_of[i];
    let order = mentions.sorted();
    let candidates = || {
        order.iter().rev().filter(|&&m| {
            let mm = &mentions.list[m];
            mm.start < i
                && doc.sentence_of[mm.start] == sentence
                && is_actor(table, mm.entity)
                && mm.kind != MentionKind::Demonym
        })
    };
    // "The council has not extended the embargo to Sudan, and it has not ...": "it" before
    // a verb is a subject, and refers back to one, not to a name after a preposition.
    let governed = |k: usize| k > 0 && doc.is(k - 1, class::PREPOSITION);
    let subject_pronoun = doc.lower(i) == "it" && !governed(i);
    // "X began ... after Y lifted ..., and it upgraded": after "and" or "but", the subject
    // of the sentence's first clause.
    let second_clause = i > 0 && matches!(doc.lower(i - 1), "and" | "but");
    let subject_like = |m: &&usize| !subject_pronoun || !governed(mentions.list[**m].start);
    // `candidates` runs from the latest back; reversed, it finds the first subject.
    let in_sentence = (subject_pronoun && second_clause)
        .then(|| candidates().rev().find(subject_like))
        .flatten()
        .or_else(|| candidates().find(subject_like))
        .or_else(|| candidates().next());
    if let Some(&m) = in_sentence {
        return Some(mentions.list[m].entity);
    }
    if sentence == 0 {
        return None;
    }
    order
        .iter()
        .find(|&&m| {
            let mm = &mentions.list[m];
            doc.sentence_of.get(mm.start) == Some(&(sentence - 1))
                && is_actor(table, mm.entity)
                && mm.kind != MentionKind::Demonym
        })
        .map(|&m| mentions.list[m].entity)
}

/// The latest company named in the sentences just before token `i`.
fn recent_company(
    doc: &Doc,
    lex: &Lexicon,
    table: &EntityTable,
    mentions: &Mentions,
    i: usize,
) -> Option<usize> {
    recent_mentions(doc, mentions, i)
        .map(|m| m.entity)
        .find(|&e| is_company(lex, table, e))
}

/// An organization whose name ends in a company word ("Kourouma Resources").
fn is_company(lex: &Lexicon, table: &EntityTable, e: usize) -> bool {
    let record = &table.records[e];
    record.entity.kind == EntityKind::Organization
        && record
            .name_tokens
            .last()
            .is_some_and(|t| lex.sets.company_heads.contains(t))
}

#[cfg(test)]
mod counterpart_tests {
    use crate::extract::tests::run;

    #[test]
    fn an_act_of_no_named_target_is_aimed_at_the_other_side_only_in_a_two_country_story() {
        let text = "Kenya and Uganda traded accusations on Monday. Kenya said Uganda had closed \
                    the border. Uganda denied it. Kenya threatened retaliation.";
        let a = run(text, "2026-06-04");
        let threat = a.events.iter().find(|e| e.class == "Threat").unwrap();
        assert_eq!(threat.targets, vec!["country/UGA".to_string()]);
        // Among many countries named alike, no side is the obvious target.
        let many = "Leaders of Kenya, Ghana, Peru and Chile met in Lima on Monday. Kenya, \
                    Ghana, Peru and Chile are members. Kenya threatened retaliation.";
        let b = run(many, "2026-06-04");
        assert!(
            b.events
                .iter()
                .filter(|e| e.class == "Threat")
                .all(|e| e.targets.is_empty()),
            "{:?}",
            b.events
        );
    }
}

#[cfg(test)]
mod third_side_tests {
    use crate::extract::tests::run;

    #[test]
    fn a_third_sides_offer_in_a_story_of_two_is_to_both_and_the_two_leaders_are_theirs() {
        let a = run(
            "Kenya accused Uganda of killing two fishermen. Kenya and Uganda dispute the \
             island. Tanzania offered mediation, and the two leaders will meet in Arusha later \
             this month.",
            "2026-06-04",
        );
        let offer = a
            .events
            .iter()
            .find(|e| e.class == "CooperationPledge")
            .unwrap();
        let mut targets = offer.targets.clone();
        targets.sort();
        assert_eq!(targets, vec!["country/KEN", "country/UGA"]);
        let meeting = a.events.iter().find(|e| e.class == "Meeting").unwrap();
        let mut sides = meeting.participants.clone();
        sides.sort();
        assert_eq!(sides, vec!["country/KEN", "country/UGA"]);
    }
}
