//! Affiliations nobody stated: a titled official with no country named beside the title
//! acts for the side the sentence that introduces them puts them on.

use crate::annotation::EntityKind;
use crate::extract::doc::Doc;
use crate::extract::entities::{EntityTable, MentionKind, Mentions};
use crate::extract::triggers::guest_participle;
use crate::lexicon::Lexicon;

/// Prepositions of a place something happened in ("into Chinese waters").
const WHERE: [&str; 8] = [
    "in", "into", "inside", "within", "near", "off", "across", "along",
];

/// Titles that do not speak for a government.
const UNOFFICIAL: [&str; 4] = ["former", "opposition", "executive", "activist"];

/// Gives each titled person without an affiliation the country they most likely act for.
///
/// In the sentence that introduces the person, a country named before them, or as the
/// subject of what they say ("said Russia would respond"), is their own; a country named
/// after them otherwise is the side they act on, so it is ruled out. What remains of the
/// article's two main countries decides, then the dateline's country, then the main one.
pub fn fill_affiliations(
    body: &Doc,
    lex: &Lexicon,
    table: &mut EntityTable,
    mentions: &Mentions,
    main: &[usize],
) {
    let dateline_country = body
        .dateline
        .and_then(|(a, _)| mentions.at(a))
        .and_then(|m| table.country_of(m.entity));
    for p in 0..table.records.len() {
        let r = &table.records[p];
        if r.entity.kind != EntityKind::Person || r.entity.affiliation.is_some() {
            continue;
        }
        let Some(title) = r.entity.title.as_ref() else {
            continue;
        };
        let unofficial = {
            let title = title.to_lowercase();
            UNOFFICIAL.iter().any(|w| title.contains(w))
        };
        let Some(first) = mentions
            .list
            .iter()
            .filter(|m| m.entity == p && m.start < m.end)
            .min_by_key(|m| m.start)
        else {
            continue;
        };
        let si = body.sentence_of[first.start];
        if si == usize::MAX {
            continue;
        }
        let s = &body.sentences[si];
        // "Its spokesman, X", "Kourouma's chief executive, X": the body the possessive
        // stands for (a company's executive too, but no country's).
        if let Some(owner) = possessor_of_title(body, table, mentions, s.start, first.start)
            .filter(|&o| !unofficial || table.kind(o) == EntityKind::Organization)
        {
            let key = table.key(owner).to_string();
            table.records[p].entity.affiliation = Some(key);
            continue;
        }
        if unofficial {
            continue;
        }
        // "X, the leader of the rebels, accused Colombia": the verb follows the apposition.
        let name_end = after_apposition(body, s.end, first.end);
        let mut own: Vec<usize> = Vec::new();
        let mut others: Vec<usize> = Vec::new();
        let mut acted_on: Vec<usize> = Vec::new();
        // Countries taken as their own only as the subject of what they say.
        let mut told_of: Vec<usize> = Vec::new();
        let mut after_speech = false;
        let mut k = s.start;
        while k < s.end {
            let w = body.lower(k);
            if k > first.start && (lex.speech_forms.contains(w) || w == "that") {
                after_speech = true;
            }
            let Some(m) = mentions.at(k) else {
                k += 1;
                continue;
            };
            let (m_start, m_end, entity, kind) = (m.start, m.end, m.entity, m.kind);
            k = m_end.max(k + 1);
            // "In Caracas, Foreign Minister X said": an official speaking at home.
            if kind == MentionKind::Place
                && m_start == s.start + 1
                && body.lower(s.start) == "in"
                && m_end < first.start
            {
                if let Some(c) = table.country_of(entity) {
                    own.push(c);
                }
                continue;
            }
            // "Deputy Minister X is expected to travel to Jakarta": where an official goes
            // is the other side's ground.
            if kind == MentionKind::Place
                && m_start > first.start
                && travelled_to(body, lex, m_start)
            {
                if let Some(c) = table.country_of(entity) {
                    others.push(c);
                    acted_on.push(c);
                }
                continue;
            }
            if kind == MentionKind::Place || table.kind(entity) != EntityKind::Country {
                continue;
            }
            // "had intruded into Chinese waters": a country's ground or sea, where something
            // happened, puts it on no side.
            // The word before the mention and its articles, and whether it governs it.
            let word_before = word_before_articles(body, s.start, m_start);
            let governed = word_before.is_some_and(|w| lex.sets.prepositions.contains(w));
            if kind == MentionKind::Demonym && word_before.is_some_and(|w| WHERE.contains(&w)) {
                continue;
            }
            // "condemned the strikes as a violation of Iraqi sovereignty": the country whose
            // sovereignty an official defends is their own.
            if m_start > first.start
                && (kind == MentionKind::Demonym || body.possessive_at(m_end))
                && lex
                    .sets
                    .sovereignty_nouns
                    .contains(body.lower(m_end + usize::from(body.possessive_at(m_end))))
            {
                own.push(entity);
                continue;
            }
            // "received the visiting Singaporean foreign minister": the guest's country is
            // across from the host.
            if m_start > first.start && m_start > 0 && guest_participle(body, lex, m_start - 1) {
                others.push(entity);
                acted_on.push(entity);
                continue;
            }
            if m_start < first.start {
                // "transferred suspects to the United States, as President X ...": an object.
                if governed {
                    others.push(entity);
                } else {
                    own.push(entity);
                }
                continue;
            }
            // "warned that Turkey would ...": the speaker's own side.
            let subject_of_speech = after_speech
                && matches!(
                    body.lower(m_end),
                    "would" | "will" | "was" | "is" | "had" | "has"
                );
            // "said the envoy had made remarks about Ecuador's security forces": what is
            // said of a country's forces or about it puts it on no side.
            // "wrote to US Trade Representative X": the one addressed is across from them.
            let addressed = matches!(word_before, Some("to" | "with"))
                && verb_then_object(body, name_end, m_start);
            let said_of = after_speech && !addressed && (body.possessive_at(m_end) || governed);
            if subject_of_speech {
                own.push(entity);
                told_of.push(entity);
            } else if !said_of {
                others.push(entity);
                if verb_then_object(body, name_end, m_start)
                    || verb_then_part_of(body, lex, name_end, m_start)
                {
                    acted_on.push(entity);
                }
            }
        }
        own.dedup();
        // "accused Honduras of ... and warned that Tegucigalpa would ...": the side acted on
        // is not their own for being the subject of what they say after.
        own.retain(|c| !(told_of.contains(c) && acted_on.contains(c)));
        // "held talks with Prime Minister X": the one met is on the other side from the
        // official named before them.
        let mut title_start = first.start;
        while title_start > s.start
            && title_start + 5 > first.start
            && body.cap(title_start - 1)
            && mentions.at(title_start - 1).is_none()
        {
            title_start -= 1;
        }
        let met = title_start > s.start
            && matches!(
                body.lower(title_start - 1),
                "with" | "met" | "meet" | "meets" | "by" | "received" | "hosted" | "welcomed"
            );
        if met && own.is_empty() {
            for m in mentions.list.iter().filter(|m| {
                m.start >= s.start && m.end <= title_start && m.entity != p && m.start < m.end
            }) {
                if table.kind(m.entity) == EntityKind::Person {
                    if let Some(c) = table.country_of(m.entity) {
                        others.push(c);
                    }
                }
            }
        }
        let remaining: Vec<usize> = main
            .iter()
            .copied()
            .filter(|c| !others.contains(c))
            .collect();
        // A dateline's country is home to the officials it quotes by title alone, unless
        // the sentence puts them across from it.
        let home = dateline_country.filter(|c| own.is_empty() && !others.contains(c));
        let country = if own.len() == 1 {
            Some(own[0])
        } else if home.is_some() {
            home
        } else if remaining.len() == 1 && !others.is_empty() {
            Some(remaining[0])
        } else {
            // Never the country they act on ("President X visited Chile", "X called on
            // Chile to ..."), even where it is the story's main one.
            dateline_country
                .or(main.first().copied())
                .filter(|c| !acted_on.contains(c))
        };
        if let Some(c) = country {
            let key = table.key(c).to_string();
            table.records[p].entity.affiliation = Some(key);
        }
    }
}

/// Whether the place mention at `start` is where someone goes: right after a verb of
/// going, or after one (or "due") and "to", "in", "into" or "at".
fn travelled_to(body: &Doc, lex: &Lexicon, start: usize) -> bool {
    let before = |k: usize| start.checked_sub(k).map(|j| body.lower(j));
    let going = |w: &str| lex.sets.travel_verbs.contains(w);
    before(1).is_some_and(going)
        || before(1).is_some_and(|w| matches!(w, "to" | "in" | "into" | "at"))
            && before(2).is_some_and(|w| going(w) || w == "due")
}

/// The word before the mention at `start` and the articles before it, within the sentence
/// opening at `floor` ("to" in "to the United States").
fn word_before_articles<'d>(body: &'d Doc, floor: usize, start: usize) -> Option<&'d str> {
    let b = body.articles_start(floor, start);
    (b > floor).then(|| body.lower(b - 1))
}

/// Where the predicate after a name ending at `name_end` starts: after an apposition
/// between commas (", the leader of the rebels,"), if one follows within the sentence.
fn after_apposition(body: &Doc, sentence_end: usize, name_end: usize) -> usize {
    if name_end >= sentence_end || body.lower(name_end) != "," {
        return name_end;
    }
    (name_end + 2..sentence_end.min(name_end + 12))
        .find(|&k| body.lower(k) == ",")
        .map_or(name_end, |k| k + 1)
}

/// Whether the words between a name ending at `name_end` and a mention at `start` are a
/// verb and at most one particle or preposition, articles aside ("visited", "called on
/// the", "flew to"): the mention is what the named one acts on.
fn verb_then_object(body: &Doc, name_end: usize, start: usize) -> bool {
    let words = name_end..body.articles_start(name_end, start);
    (1..=2).contains(&words.len())
        && (name_end..start).all(|k| !body.cap(k))
        && words
            .into_iter()
            .all(|k| body.lower(k).chars().all(char::is_alphabetic))
}

/// Whether the words between a name ending at `name_end` and a mention at `start` are a
/// verb, then a noun phrase ending in "of", articles aside ("condemned the dangerous
/// actions of", "praised the people of"): what the named one acts on is the mention's.
fn verb_then_part_of(body: &Doc, lex: &Lexicon, name_end: usize, start: usize) -> bool {
    let words = name_end..body.articles_start(name_end, start);
    (3..=5).contains(&words.len())
        && body.lower(words.end - 1) == "of"
        && !lex.sets.be.contains(body.lower(name_end))
        && !lex.sets.have.contains(body.lower(name_end))
        && (name_end..start).all(|k| !body.cap(k))
        && words
            .into_iter()
            .all(|k| body.lower(k).chars().all(char::is_alphabetic))
}

/// The country or body whose possessive opens the title before a name at `name_start`
/// ("Its spokesman, X", "their envoy X"), once pronouns are resolved.
fn possessor_of_title(
    body: &Doc,
    table: &EntityTable,
    mentions: &Mentions,
    sentence_start: usize,
    name_start: usize,
) -> Option<usize> {
    let mut k = name_start;
    if k > sentence_start && body.lower(k - 1) == "," {
        k -= 1;
    }
    let mut words = 0;
    while k > sentence_start && words < 4 && mentions.owner[k - 1].is_none() {
        k -= 1;
        words += 1;
    }
    if words == 0 || k == sentence_start {
        return None;
    }
    let m = mentions.at(k - 1)?;
    let owner = m.entity;
    // A name's possessive was read with the person ("Kenya's foreign minister"), but not
    // one that only coreference found ("Kourouma's", short for a company named before).
    (m.possessive
        && matches!(m.kind, MentionKind::Anaphor | MentionKind::Short)
        && matches!(
            table.kind(owner),
            EntityKind::Country | EntityKind::Organization
        ))
    .then_some(owner)
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_executive_of_a_company_named_by_its_first_word_works_for_it() {
        let a = crate::extract::tests::run(
            "Mali seized a mine run by Tamboura Copper Resources on Monday. Talks between the \
             minister and Tamboura's chief executive, Joan Pereira, failed in May.",
            "2026-06-04",
        );
        let person = a.entities.iter().find(|e| e.key == "person/joan-pereira");
        assert_eq!(
            person.and_then(|p| p.affiliation.as_deref()),
            Some("org/tamboura-copper-resources"),
            "{:?}",
            a.entities
        );
        // An executive of no body named is given no country.
        let b = crate::extract::tests::run(
            "Mali seized the mine on Monday. The chief executive, Joan Pereira, said Mali broke \
             the law.",
            "2026-06-04",
        );
        let person = b.entities.iter().find(|e| e.key == "person/joan-pereira");
        assert!(
            person.is_none_or(|p| p.affiliation.is_none()),
            "{:?}",
            b.entities
        );
    }

    #[test]
    fn an_official_is_not_of_the_country_they_act_on() {
        for text in [
            "President Tomas Ruiz visited Chile on Monday.",
            "President Tomas Ruiz called on the Chileans to reopen the border.",
            "Foreign Minister Tomas Ruiz is visiting Chile this week.",
        ] {
            let a = crate::extract::tests::run(text, "2026-06-04");
            let person = a.entities.iter().find(|e| e.key == "person/tomas-ruiz");
            assert_ne!(
                person.and_then(|p| p.affiliation.as_deref()),
                Some("country/CHL"),
                "{text}: {:?}",
                a.entities
            );
            assert_eq!(a.events.len(), 1, "{text}: {:?}", a.events);
        }
        // A country named after the name but not acted on is still the story's own.
        let b = crate::extract::tests::run(
            "President Tomas Ruiz said on Monday that Chilean farmers would be paid.",
            "2026-06-04",
        );
        let person = b.entities.iter().find(|e| e.key == "person/tomas-ruiz");
        assert_eq!(
            person.and_then(|p| p.affiliation.as_deref()),
            Some("country/CHL"),
            "{:?}",
            b.entities
        );
    }

    #[test]
    fn the_country_accused_stays_the_other_side_when_warned_of_after() {
        let a = crate::extract::tests::run(
            "Peru cut ties with Bolivia on Monday. Foreign ministry spokesman Tomas Ruiz \
             accused Bolivia of lying, and warned that La Paz would pay a price.",
            "2026-06-04",
        );
        let person = a.entities.iter().find(|e| e.key == "person/tomas-ruiz");
        assert_eq!(
            person.and_then(|p| p.affiliation.as_deref()),
            Some("country/PER"),
            "{:?}",
            a.entities
        );
        assert!(
            a.events.iter().any(|e| e.class == "Accusation"
                && e.agents == ["person/tomas-ruiz"]
                && e.targets == ["country/BOL"]),
            "{:?}",
            a.events
        );
    }

    #[test]
    fn an_official_travelling_to_the_datelines_country_is_of_the_other_side() {
        let a = crate::extract::tests::run(
            "LIMA, Feb 11 (Wire) - Peru raised duties on Chilean copper wire. Chile's trade              ministry said it regretted the move. Deputy Minister Rosa Vidal is expected to              travel to Lima next week for consultations.",
            "2026-02-11",
        );
        let person = a.entities.iter().find(|e| e.key == "person/rosa-vidal");
        assert_eq!(
            person.and_then(|p| p.affiliation.as_deref()),
            Some("country/CHL"),
            "{:?}",
            a.entities
        );
        let visit = a.events.iter().find(|e| e.class == "Visit");
        assert_eq!(
            visit.map(|v| v.targets.clone()),
            Some(vec!["country/PER".to_string()])
        );
    }

    #[test]
    fn an_official_defending_a_countrys_sovereignty_speaks_for_it() {
        let a = crate::extract::tests::run(
            "Turkish drones struck camps in northern Iraq on Monday. Foreign Minister Omar Saleh \
             condemned the strikes as a violation of Iraqi sovereignty.",
            "2026-06-04",
        );
        let person = a.entities.iter().find(|e| e.key == "person/omar-saleh");
        assert_eq!(
            person.and_then(|p| p.affiliation.as_deref()),
            Some("country/IRQ"),
            "{:?}",
            a.entities
        );
    }

    #[test]
    fn an_official_is_not_of_the_country_whose_acts_they_condemn() {
        let a = crate::extract::tests::run(
            "Kenya sent more patrol boats to the lake. Kenya has disputed the border for years. \
             Defence Secretary Joan Mwangi condemned the actions of Kenya.",
            "2026-06-04",
        );
        let person = a.entities.iter().find(|e| e.key == "person/joan-mwangi");
        assert_ne!(
            person.and_then(|p| p.affiliation.as_deref()),
            Some("country/KEN"),
            "{:?}",
            a.entities
        );
        assert_eq!(
            a.events.iter().filter(|e| e.class == "Accusation").count(),
            1,
            "{:?}",
            a.events
        );
    }
}
