//! People nobody listed: a title before a capitalized name ("Foreign Minister Wang Yi"), an
//! apposition ("Aiko Tanaka, Japan's foreign minister"; "the Prime Minister of Fiji,
//! Sitiveni Rabuka") or a name before a speech verb ("Kevin Marsh said").

use crate::annotation::{EntityKind, slug};
use crate::extract::actors::caps_run;
use crate::extract::doc::Doc;
use crate::extract::entities::{EntityTable, Mention, MentionKind, Mentions};
use crate::extract::tokens::TokenKind;
use crate::lexicon::Lexicon;

/// Particles that may stand inside a person's name.
const PARTICLES: [&str; 16] = [
    "bin", "binti", "al", "de", "da", "van", "von", "der", "den", "le", "la", "du", "dos", "ibn",
    "abu", "el",
];

/// Length of the longest title head at `i` (case-insensitive), 0 if none.
pub fn title_head_at(doc: &Doc, lex: &Lexicon, i: usize) -> usize {
    let _ = lex;
    match doc.title_len.get(i) {
        Some(&n) if n > 0 => n as usize,
        _ if doc.lower(i) == "counterpart" => 1,
        _ => 0,
    }
}

fn honorific_at(doc: &Doc, lex: &Lexicon, i: usize) -> usize {
    lex.honorifics.longest_at(&doc.tokens, i)
}

/// End of a person's name starting at `i` (exclusive); `i` when there is none.
fn name_run(doc: &Doc, lex: &Lexicon, mentions: &Mentions, i: usize) -> usize {
    let mut end = i;
    let free = |j: usize| mentions.owner.get(j).is_some_and(Option::is_none);
    while end < doc.tokens.len() && end < i + 6 && doc.same_sentence(i, end) && free(end) {
        let token = &doc.tokens[end];
        if token.kind != TokenKind::Word {
            break;
        }
        let lower = token.lower.as_str();
        if token.is_capitalized(doc.text) {
            // "spokesman He Yadong": a family name that is also a word, right after a
            // title and before a given name.
            let after_title = end == i
                && (1..=3).any(|n| i >= n && title_head_at(doc, lex, i - n) == n)
                && doc.capitalized_word_after(end)
                && !lex.sets.not_names.contains(doc.lower(end + 1));
            if lex.sets.not_names.contains(lower)
                && !after_title
                && !(end > i && lower.len() <= 4 && lower.chars().all(|c| "ivx".contains(c)))
            {
                break;
            }
            // "Hassan Sheikh Mohamud": an honorific between two names belongs to the name.
            let inner_honorific = honorific_at(doc, lex, end) == 1
                && doc.capitalized_word_after(end)
                && free(end + 1)
                && title_head_at(doc, lex, end + 1) == 0;
            // "naval chief, Rear Admiral X": a title opens no name; nor does the head of a
            // body's name ("chairperson of the African Union Commission").
            if end == i
                && (title_head_at(doc, lex, end) > 1 || lex.org_heads.contains(doc.word(end)))
            {
                break;
            }
            if title_head_at(doc, lex, end) > 0 && end > i && !inner_honorific {
                break;
            }
            end += 1;
            continue;
        }
        // "al-Sharaa", "el-Sisi": a family name with its article.
        let article_name = (lower.starts_with("al-") || lower.starts_with("el-"))
            && token
                .text(doc.text)
                .chars()
                .nth(3)
                .is_some_and(char::is_uppercase);
        if article_name {
            end += 1;
            continue;
        }
        // "Juan Ramón de la Fuente": one or more particles before a family name.
        if PARTICLES.contains(&lower) && end > i {
            let mut p = end + 1;
            while p < end + 3 && PARTICLES.contains(&doc.lower(p)) {
                p += 1;
            }
            if doc.cap(p) && doc.same_sentence(i, p) && (end..=p).all(free) {
                end = p;
                continue;
            }
        }
        break;
    }
    // Trim trailing particles.
    while end > i && PARTICLES.contains(&doc.lower(end - 1)) {
        end -= 1;
    }
    end
}

fn affiliation_of(doc: &Doc, table: &EntityTable, mentions: &Mentions, i: usize) -> Option<String> {
    let m = mentions.at(i)?;
    let _ = doc;
    match table.kind(m.entity) {
        EntityKind::Country | EntityKind::Organization => Some(table.key(m.entity).to_string()),
        _ => None,
    }
}

/// Adds (or finds) a person and a mention of them.
#[allow(clippy::too_many_arguments)]
pub(crate) fn add_person(
    doc: &Doc,
    lex: &Lexicon,
    table: &mut EntityTable,
    mentions: &mut Mentions,
    start: usize,
    end: usize,
    title: Option<String>,
    affiliation: Option<String>,
) {
    let name =
        family_name_first(doc, start, end).unwrap_or_else(|| doc.span(start, end).to_string());
    if name.is_empty() {
        return;
    }
    // A single word names someone already met ("President Lee") when it can, and so do
    // the last words of a longer name ("Minister Alabali Radovan" after "Reem Alabali
    // Radovan").
    let met_before = if end - start == 1 {
        let lower = doc.lower(start).to_string();
        table.records.iter().position(|r| {
            r.entity.kind == EntityKind::Person
                && r.name_tokens.len() > 1
                && r.name_tokens.contains(&lower)
        })
    } else {
        let words: Vec<&str> = (start..end).map(|k| doc.lower(k)).collect();
        table.person_ending_with(&words)
    };
    let (entity, kind) = match met_before {
        Some(existing) => (existing, MentionKind::Short),
        None => {
            let entity =
                EntityTable::blank(format!("person/{}", slug(&name)), EntityKind::Person, name);
            (table.intern(entity, doc.position(start)), MentionKind::Name)
        }
    };
    fill(table, entity, title, affiliation, lex);
    let possessive = doc
        .tokens
        .get(end)
        .is_some_and(|t| t.kind == TokenKind::Possessive);
    mentions.add(Mention {
        start,
        end,
        entity,
        other: None,
        kind,
        possessive,
    });
}

fn fill(
    table: &mut EntityTable,
    id: usize,
    title: Option<String>,
    affiliation: Option<String>,
    lex: &Lexicon,
) {
    let record = &mut table.records[id];
    if record.entity.title.is_none() {
        record.entity.title = title;
    }
    if record.entity.affiliation.is_none() {
        record.entity.affiliation = affiliation;
    }
    if let Some(t) = &record.entity.title {
        let t = t.to_lowercase();
        // "President", "President of the Republic of Ghana": the office before its "of".
        let office = t.split(" of ").next().unwrap_or(&t);
        record.leader = record.leader
            || (lex
                .leader_heads
                .iter()
                .any(|h| office.ends_with(h.as_str()))
                && !t.contains("former")
                && !t.contains("vice")
                && !t.contains("deputy")
                && !t.contains("opposition"));
    }
}

/// Title-cases a title written in lowercase ("foreign ministry spokesman").
fn tidy_title(raw: &str) -> String {
    raw.split_whitespace()
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(c) if w != "of" && w != "and" && w != "for" && w != "the" => {
                    c.to_uppercase().chain(cs).collect()
                }
                Some(c) => std::iter::once(c).chain(cs).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| c == ',' || c.is_whitespace())
        .to_string()
}

/// Finds people by titles, appositions and speech verbs.
pub fn find_people(doc: &Doc, lex: &Lexicon, table: &mut EntityTable, mentions: &mut Mentions) {
    let mut i = 0;
    while i < doc.tokens.len() {
        if doc.sentence_of[i] == usize::MAX {
            i += 1;
            continue;
        }
        if let Some(next) = plural_title_pair(doc, lex, table, mentions, i) {
            i = next;
            continue;
        }
        if let Some(next) = title_first(doc, lex, table, mentions, i) {
            i = next;
            continue;
        }
        if let Some(next) = name_first(doc, lex, table, mentions, i) {
            i = next;
            continue;
        }
        i += 1;
    }
}

/// Whether `word` is the plural of a one-word role noun ("ministers", "envoys").
pub(crate) fn plural_title(lex: &Lexicon, word: &str) -> bool {
    word.strip_suffix('s').is_some_and(|singular| {
        lex.role_noun_phrases
            .iter()
            .any(|(w, _)| w.len() == 1 && w[0] == singular)
    })
}

/// "the two countries' foreign ministers, Mohamad Hasan and Le Hoai Trung,": two names in
/// apposition after a plural title each hold it.
fn plural_title_pair(
    doc: &Doc,
    lex: &Lexicon,
    table: &mut EntityTable,
    mentions: &mut Mentions,
    i: usize,
) -> Option<usize> {
    let singular = doc.lower(i).strip_suffix('s')?;
    // "Israeli ministers Itamar Ben-Gvir and Bezalel Smotrich": no comma before the names.
    let comma = doc.lower(i + 1) == ",";
    if !plural_title(lex, doc.lower(i)) || !(comma || doc.cap(i + 1)) {
        return None;
    }
    let first = if comma { i + 2 } else { i + 1 };
    let first_end = name_run(doc, lex, mentions, first);
    if first_end < first + 2 || doc.lower(first_end) != "and" {
        return None;
    }
    let second = first_end + 1;
    let second_end = name_run(doc, lex, mentions, second);
    if second_end < second + 2 || (comma && !matches!(doc.lower(second_end), "," | ".")) {
        return None;
    }
    // "foreign ministers" → "Foreign Minister".
    let mut title_start = i;
    while title_start > 0
        && doc.same_sentence(title_start - 1, i)
        && lex.title_modifiers.contains(doc.lower(title_start - 1))
        && mentions.owner[title_start - 1].is_none()
    {
        title_start -= 1;
    }
    let words: Vec<&str> = (title_start..i).map(|k| doc.word(k)).collect();
    let mut title = words.join(" ");
    if !title.is_empty() {
        title.push(' ');
    }
    title.push_str(&doc.word(i)[..singular.len()]);
    let title = tidy_title(&title);
    // "Israeli ministers ...": the country before the title, or the group's own country.
    let affiliation = title_start
        .checked_sub(1)
        .and_then(|k| affiliation_of(doc, table, mentions, k))
        .or_else(|| {
            let group = mentions.at(i)?;
            (table.kind(group.entity) == EntityKind::Group)
                .then(|| table.records[group.entity].entity.affiliation.clone())
                .flatten()
        });
    add_person(
        doc,
        lex,
        table,
        mentions,
        first,
        first_end,
        Some(title.clone()),
        affiliation.clone(),
    );
    add_person(
        doc,
        lex,
        table,
        mentions,
        second,
        second_end,
        Some(title),
        affiliation,
    );
    Some(second_end)
}

/// "KOIZUMI Shinjiro": a family name in capitals before the given name, as Japanese and
/// some other governments write it, is the person "Shinjiro Koizumi".
fn family_name_first(doc: &Doc, start: usize, end: usize) -> Option<String> {
    if end != start + 2 {
        return None;
    }
    let family = doc.word(start);
    let given = doc.word(start + 1);
    let shouted = family.chars().count() >= 2 && doc.tokens[start].is_all_caps(doc.text);
    let given_plain = doc.cap(start + 1) && !doc.tokens[start + 1].is_all_caps(doc.text);
    if !shouted || !given_plain {
        return None;
    }
    let mut chars = family.chars();
    let first = chars.next()?;
    let rest: String = chars.flat_map(char::to_lowercase).collect();
    Some(format!("{given} {first}{rest}"))
}

/// "Chinese Foreign Minister Wang Yi", "the Prime Minister of Fiji, Sitiveni Rabuka".
fn title_first(
    doc: &Doc,
    lex: &Lexicon,
    table: &mut EntityTable,
    mentions: &mut Mentions,
    i: usize,
) -> Option<usize> {
    if mentions.owner[i].is_some() {
        return None;
    }
    let head_len = title_head_at(doc, lex, i);
    if head_len == 0 {
        return None;
    }
    // Extend left over title words.
    let mut start = i;
    while start > 0 && doc.same_sentence(start - 1, i) && mentions.owner[start - 1].is_none() {
        let prev = start - 1;
        let lower = doc.lower(prev);
        let cap_word = doc.tokens[prev].kind == TokenKind::Word
            && doc.cap(prev)
            && !lex.sets.not_names.contains(lower);
        let modifier = lex.title_modifiers.contains(lower) || lower == "prime" || lower == "vice";
        let joiner = (lower == "and" || lower == ",")
            && prev > 0
            && doc.cap(prev - 1)
            && mentions.owner[prev - 1].is_none()
            && !lex.sets.not_names.contains(doc.lower(prev - 1));
        if cap_word || modifier || joiner {
            start = prev;
        } else {
            break;
        }
    }
    let mut affiliation = if start > 0 {
        affiliation_of(doc, table, mentions, start - 1)
    } else {
        None
    };
    if affiliation.is_none() && start > 1 && doc.tokens[start - 1].kind == TokenKind::Possessive {
        affiliation = affiliation_of(doc, table, mentions, start - 2);
    }
    // Extend right: "of Fiji", "of Foreign Affairs and Expatriates", "and Minister of ...".
    let mut k = i + head_len;
    // Where the title's words end when a posting's place follows them.
    let mut title_stop = None;
    loop {
        let lower = doc.lower(k);
        // "Deputy Foreign Minister": a head right after a head is one title.
        let next_head = title_head_at(doc, lex, k);
        if next_head > 0 && doc.cap(k) && mentions.owner[k].is_none() {
            k += next_head;
            continue;
        }
        if (lower == "of" || lower == "for") && doc.same_sentence(i, k + 1) {
            let mut j = k + 1;
            if doc.lower(j) == "the" {
                j += 1;
            }
            if let Some(m) = mentions.at(j) {
                if matches!(
                    table.kind(m.entity),
                    EntityKind::Country | EntityKind::Organization
                ) {
                    affiliation = Some(table.key(m.entity).to_string());
                    k = m.end;
                    continue;
                }
                break;
            }
            // "Minister of Trade, Industry and Energy Kim Jung-kwan": fields of office
            // listed, then the name.
            let fields = office_fields(doc, lex, mentions, j);
            if fields > j && named_after_fields(doc, lex, mentions, fields) {
                k = fields;
                continue;
            }
            let run = caps_run(doc, mentions, j, false);
            // "envoy for Pacific affairs, Liu Haitao", "envoy for maritime affairs, X":
            // lowercase words may end the field when the name follows in apposition.
            let field_end = (run..run + 3)
                .take_while(|&x| {
                    doc.tokens.get(x).is_some_and(|t| t.kind == TokenKind::Word)
                        && !doc.cap(x)
                        && mentions.owner[x].is_none()
                })
                .last()
                .map_or(run, |x| x + 1);
            let apposition =
                field_end > run && doc.lower(field_end) == "," && doc.cap(field_end + 1);
            if (run > j || apposition) && title_head_at(doc, lex, j) == 0 {
                k = if apposition { field_end } else { run };
                continue;
            }
            break;
        }
        // "Minister of Trade, Industry and Energy Kim Jung-kwan" with "Minister of Trade"
        // a title of the lexicon: the fields listed after it.
        if matches!(lower, "," | "and") && lex.title_modifiers.contains(doc.lower(k - 1)) {
            let fields = office_fields(doc, lex, mentions, k + 1);
            if fields > k + 1 && named_after_fields(doc, lex, mentions, fields) {
                k = fields;
                continue;
            }
        }
        // "China's ambassador in Maputo, Wang Lei", "Sudan's envoy to the UN, Ana Paz": the
        // post's place or body, then the name in apposition.
        if matches!(lower, "in" | "at" | "to") {
            let at = if doc.lower(k + 1) == "the" {
                k + 2
            } else {
                k + 1
            };
            let posting = mentions.at(at).filter(|m| {
                m.start == at
                    && matches!(
                        table.kind(m.entity),
                        EntityKind::Place | EntityKind::Country | EntityKind::Organization
                    )
                    && doc.lower(m.end) == ","
                    && doc.cap(m.end + 1)
                    && mentions.owner[m.end + 1].is_none()
            });
            if let Some(m) = posting {
                title_stop = Some(k);
                k = m.end;
                continue;
            }
            // "Angola's consul general in Oshakati, Domingos Cahama,": a town no lexicon
            // knows (its place is found later) is the posting too.
            let free = |x: usize| mentions.owner.get(x).is_some_and(Option::is_none);
            let town_end = if free(at) && doc.cap(at) && lower != "to" {
                caps_run(doc, mentions, at, false)
            } else {
                at
            };
            if town_end > at
                && doc.lower(town_end) == ","
                && doc.cap(town_end + 1)
                && free(town_end + 1)
            {
                title_stop = Some(k);
                k = town_end;
                continue;
            }
            break;
        }
        if lower == "and" {
            let mut j = k + 1;
            while j < k + 4 && doc.cap(j) && title_head_at(doc, lex, j) == 0 {
                j += 1;
            }
            let h = title_head_at(doc, lex, j);
            if h > 0 && doc.cap(k + 1) {
                k = j + h;
                continue;
            }
        }
        break;
    }
    let title_end = title_stop.unwrap_or(k);
    let mut n = k;
    if doc.lower(n) == "," {
        n += 1;
        // "The junta's spokesman, Colonel Armando Mendes,": a rank before the name in
        // apposition is no part of it.
        let rank = title_head_at(doc, lex, n);
        if rank > 0 && doc.cap(n + rank) && name_run(doc, lex, mentions, n + rank) > n + rank {
            n += rank;
        }
    }
    loop {
        let h = honorific_at(doc, lex, n);
        if h == 0 {
            break;
        }
        n += h;
    }
    // A person already known right after the title takes it.
    if let Some(m) = mentions.at(n) {
        let m = m.clone();
        if table.kind(m.entity) == EntityKind::Person && m.start == n {
            let title = tidy_title(doc.span(start, title_end));
            fill(table, m.entity, Some(title), affiliation, lex);
            return Some(m.end);
        }
        return None;
    }
    let end = name_run(doc, lex, mentions, n);
    if end == n || !doc.same_sentence(i, n) {
        return None;
    }
    // "Foreign Minister Sergey Lavrov" where "Sergei Lavrov" is known by his surname: the
    // run is the known person's given name, spelt another way.
    if let Some(m) = mentions.at(end).filter(|m| m.start == end && end <= n + 2) {
        if table.kind(m.entity) == EntityKind::Person && doc.same_sentence(n, end) {
            let (entity, known_end) = (m.entity, m.end);
            let title = tidy_title(doc.span(start, title_end));
            fill(table, entity, Some(title), affiliation, lex);
            return Some(known_end);
        }
    }
    // "President Rodrigo Paz of Bolivia": the country after the name is the one served.
    if doc.lower(end) == "of" {
        let j = if doc.lower(end + 1) == "the" {
            end + 2
        } else {
            end + 1
        };
        if let Some(m) = mentions.at(j).filter(|m| m.start == j) {
            if matches!(
                table.kind(m.entity),
                EntityKind::Country | EntityKind::Organization
            ) && m.kind != MentionKind::Place
            {
                affiliation = Some(table.key(m.entity).to_string());
            }
        }
    }
    let mut title = tidy_title(doc.span(start, title_end));
    // "his Vanuatu counterpart Jotham Napat" holds the same office as the person before.
    if doc.lower(i) == "counterpart" {
        let sentence = doc.sentence_of[i];
        let earlier = mentions.list.iter().rev().find(|m| {
            m.start < i
                && doc.sentence_of.get(m.start) == Some(&sentence)
                && table.kind(m.entity) == EntityKind::Person
        });
        if let Some(t) = earlier.and_then(|m| table.records[m.entity].entity.title.clone()) {
            title = t;
        }
    }
    add_person(doc, lex, table, mentions, n, end, Some(title), affiliation);
    Some(end)
}

/// End of the fields of an office listed from token `i`: capitalized words that are title
/// modifiers ("Trade", "Natural Resources"), joined by commas and "and".
/// Whether a name follows the fields of office ending at `fields`, right after them
/// ("... and Energy Kim Jung-kwan") or in apposition ("... and Utilities, Lars Aagaard,").
fn named_after_fields(doc: &Doc, lex: &Lexicon, mentions: &Mentions, fields: usize) -> bool {
    name_run(doc, lex, mentions, fields) >= fields + 2
        || doc.lower(fields) == "," && name_run(doc, lex, mentions, fields + 1) >= fields + 3
}

fn office_fields(doc: &Doc, lex: &Lexicon, mentions: &Mentions, i: usize) -> usize {
    let field_word = |k: usize| {
        doc.cap(k)
            && mentions.owner.get(k).is_some_and(Option::is_none)
            && lex.title_modifiers.contains(doc.lower(k))
    };
    // "Climate, Energy and Utilities,": the last field of a list, closed by a comma, may be
    // any capitalized word.
    let last_field = |k: usize| {
        doc.cap(k)
            && doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
            && mentions.owner.get(k).is_some_and(Option::is_none)
            && !lex.sets.not_names.contains(doc.lower(k))
            && doc.lower(k + 1) == ","
    };
    let named_last_field = |k: usize| {
        doc.cap(k)
            && doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
            && mentions.owner.get(k).is_some_and(Option::is_none)
            && !lex.sets.not_names.contains(doc.lower(k))
            && title_head_at(doc, lex, k) == 0
            && name_run(doc, lex, mentions, k + 1) >= k + 3
    };
    // The word after "and" or ", and" at `k`.
    let after_and = |k: usize| match (doc.lower(k), doc.lower(k + 1)) {
        ("and", _) => Some(k + 1),
        (",", "and") => Some(k + 2),
        _ => None,
    };
    let mut end = i;
    let mut k = i;
    while field_word(k) {
        k += 1;
        end = k;
        if matches!(doc.lower(k), "," | "and") && field_word(k + 1) {
            k += 1;
        } else if doc.lower(k) == "," && doc.lower(k + 1) == "and" && field_word(k + 2) {
            k += 2;
        } else if doc.lower(k) == "and" && last_field(k + 1) {
            end = k + 2;
            break;
        } else if let Some(last) = after_and(k).filter(|&x| named_last_field(x)) {
            // "... Industry and Competition Parks Tau": the list's last field, any
            // capitalized word, when a name of two words or more follows it.
            end = last + 1;
            break;
        }
    }
    end
}

/// "Martha Karua, a former Kenyan justice minister", "Kevin Marsh said".
fn name_first(
    doc: &Doc,
    lex: &Lexicon,
    table: &mut EntityTable,
    mentions: &mut Mentions,
    i: usize,
) -> Option<usize> {
    // "On Monday Jorge Ruiz, ...": a day or month before the name is no part of it.
    if i > 0
        && doc.cap(i - 1)
        && doc.same_sentence(i - 1, i)
        && mentions.owner[i - 1].is_none()
        && !crate::extract::dates::is_calendar_word(doc.lower(i - 1))
    {
        return None;
    }
    // "Her Excellency Dr Netumbo Nandi-Ndaitwah, President of ...", "Honourable Reem
    // Alabali Radovan": courtesy forms before the name are no part of it.
    let opened = i;
    let mut i = i;
    loop {
        let h = honorific_at(doc, lex, i);
        if h == 0 || !doc.cap(i + h) || !doc.same_sentence(i, i + h) {
            break;
        }
        i += h;
    }
    let honored = i > opened;
    if mentions.owner[i].is_some() || !doc.cap(i) || lex.sets.not_names.contains(doc.lower(i)) {
        return None;
    }
    let end = name_run(doc, lex, mentions, i);
    if end < i + 2 {
        return None;
    }
    // "the Defence Ministry said": an institution, not a person; but after a particle the
    // word is a family name ("Lieke van Dam").
    let institutional = (i..end).any(|k| {
        let w = doc.word(k);
        if k > i && PARTICLES.contains(&doc.lower(k - 1)) {
            return false;
        }
        lex.org_heads.contains(w)
            || lex.place_heads.contains(w)
            || lex.venue_heads.contains(w)
            || lex.title_modifiers.contains(&w.to_lowercase())
    });
    if institutional {
        return None;
    }
    // "Van Leeuwen said" after "Maarten van Leeuwen": the family name of a person named
    // before, left to the short forms.
    let words: Vec<&str> = (i..end).map(|k| doc.lower(k)).collect();
    if table.person_ending_with(&words).is_some() {
        return None;
    }
    // "met Mr. Arvind Kulkarni in Delhi": a courtesy form before a name of two to four
    // words tells a person, when nothing after the name tells more (a title in apposition).
    let by_courtesy = honored && end - i <= 4;
    // "Dutch national Farhad Rostami", "Costa Rican journalist Ana Mora": a person cue
    // right before the name, after the demonym of the country they belong to.
    // "Benali's lawyer, Sofia Haddad, said": the same after the cue and a comma.
    let cue_at = |k: usize| !doc.cap(k) && lex.person_cues.contains(doc.lower(k));
    let cue_before = i >= 1 && doc.same_sentence(i - 1, i) && cue_at(i - 1);
    let cue_in_apposition = i >= 2
        && doc.same_sentence(i - 2, i)
        && doc.lower(i - 1) == ","
        && cue_at(i - 2)
        && matches!(doc.lower(end), "," | ".")
        && end - i <= 3;
    if cue_before || cue_in_apposition {
        let affiliation = i
            .checked_sub(2)
            .and_then(|k| mentions.at(k))
            .filter(|m| m.end == i - 1 && table.kind(m.entity) == EntityKind::Country)
            .map(|m| table.key(m.entity).to_string());
        add_person(doc, lex, table, mentions, i, end, None, affiliation);
        return Some(end);
    }
    let next = doc.lower(end);
    if lex.speech_forms.contains(next) && next != "added" || next == "told" {
        add_person(doc, lex, table, mentions, i, end, None, None);
        return Some(end);
    }
    // "met Jeyhun Bayramov of Azerbaijan": a name of two or three words, then the country
    // it serves after "of" (a body's name has its head word, which `institutional` ruled
    // out above).
    if next == "of" && end - i <= 3 && (i == 0 || doc.lower(i - 1) != "the") {
        let country = mentions
            .at(end + 1)
            .filter(|m| m.start == end + 1 && table.kind(m.entity) == EntityKind::Country)
            .map(|m| table.key(m.entity).to_string());
        if country.is_some() {
            add_person(doc, lex, table, mentions, i, end, None, country);
            return Some(end);
        }
    }
    // "Pierre Haddad accused France": a name of two or three words right before the past
    // tense of a verb of an act.
    // "Brahim Salem on Thursday accused", "Ana Ruiz has accused": a day, an adverb or an
    // auxiliary may stand between.
    let mut verb = end;
    if doc.lower(verb) == "on" && crate::calendar::WEEKDAYS.contains(&doc.lower(verb + 1)) {
        verb += 2;
    }
    if matches!(
        doc.lower(verb),
        "also" | "later" | "earlier" | "yesterday" | "has" | "have" | "had"
    ) {
        verb += 1;
    }
    let act_in_past = doc.is(verb, crate::extract::doc::class::TRIGGER)
        && !doc.cap(verb)
        && doc.same_sentence(end, verb)
        && lex.is_past_form(doc.lower(verb));
    // "Lawyer Sofia Haddad accused": a person cue opening the sentence is no part of it.
    let start = if lex.person_cues.contains(doc.lower(i)) {
        i + 1
    } else {
        i
    };
    // "Golden Lotus denied" after "Golden Lotus Petroleum": the body named before.
    let body_named_before = table
        .organization_opening_with(&words, doc.position(i))
        .is_some();
    if act_in_past && !body_named_before && end >= start + 2 && end - start <= 3 {
        add_person(doc, lex, table, mentions, start, end, None, None);
        return Some(end);
    }
    // "police arrested Ana Ruiz", "Minsk freed Ihar Losik": a name right after the past
    // tense of a verb whose acts fall on people.
    if end - i <= 3 && i > 0 && doc.same_sentence(i - 1, i) && act_on_people_before(doc, lex, i) {
        add_person(doc, lex, table, mentions, i, end, None, None);
        return Some(end);
    }
    // "according to Ana Ruiz", "wrote to Jamieson Greer": one quoted or written to by name
    // is a person, not a place reached.
    if i >= 2
        && doc.lower(i - 1) == "to"
        && (doc.lower(i - 2) == "according" || lex.sets.letter_verbs.contains(doc.lower(i - 2)))
    {
        add_person(doc, lex, table, mentions, i, end, None, None);
        return Some(end);
    }
    if next != "," {
        if by_courtesy {
            add_person(doc, lex, table, mentions, i, end, None, None);
            return Some(end);
        }
        return None;
    }
    // "Ernis Toktorov, who heads the border service": "who" follows a person; so does a
    // speaker's participle ("Ana Ruiz, speaking to reporters, urged ...").
    let after = doc.lower(end + 1);
    let speaking = after.ends_with("ing")
        && (lex.speech_forms.contains(after) || lex.sets.address_verbs.contains(after));
    // "Aivar Kask, 58, from the lakeside village": an age in apposition tells a person.
    let age = doc
        .tokens
        .get(end + 1)
        .is_some_and(|t| t.kind == TokenKind::Number)
        && after.parse::<u32>().is_ok_and(|n| (1..=120).contains(&n))
        && matches!(doc.lower(end + 2), "," | "years")
        && end - i <= 3;
    if after == "who" || age || speaking && end - i <= 3 {
        add_person(doc, lex, table, mentions, i, end, None, None);
        return Some(end);
    }
    // Apposition: look for a title head or person cue before the next comma.
    let mut j = end + 1;
    let mut affiliation = None;
    let limit = (end + 10).min(doc.tokens.len());
    while j < limit && doc.same_sentence(i, j) {
        let lower = doc.lower(j);
        if lower == "," || lower == "." || lower == ";" {
            break;
        }
        if let Some(m) = mentions.at(j) {
            if matches!(
                table.kind(m.entity),
                EntityKind::Country | EntityKind::Organization
            ) {
                affiliation = Some(table.key(m.entity).to_string());
            }
            j = m.end;
            continue;
        }
        let mut h = title_head_at(doc, lex, j);
        // "deputy minister", "vice foreign minister": a head right after a head is one title.
        while h > 0 && doc.same_sentence(j, j + h) && title_head_at(doc, lex, j + h) > 0 {
            h += title_head_at(doc, lex, j + h);
        }
        if h > 0 || lex.person_cues.contains(lower) || lower.ends_with("year-old") {
            let mut title_start = end + 1;
            while matches!(doc.lower(title_start), "a" | "an" | "the") {
                title_start += 1;
            }
            let title = if h > 0 {
                let raw: Vec<&str> = (title_start..j + h)
                    .filter(|&t| {
                        mentions.owner[t].is_none() && doc.tokens[t].kind == TokenKind::Word
                    })
                    .map(|t| doc.word(t))
                    .collect();
                Some(tidy_title(&raw.join(" ")))
            } else {
                None
            };
            // "X, chairperson of the African Union Commission": the body after the title.
            if affiliation.is_none() && h > 0 {
                let mut k = j + h;
                if matches!(doc.lower(k), "of" | "for" | "at") {
                    k += 1;
                    if doc.lower(k) == "the" {
                        k += 1;
                    }
                    affiliation = mentions
                        .at(k)
                        .filter(|m| m.start == k && doc.same_sentence(i, k))
                        .filter(|m| {
                            matches!(
                                table.kind(m.entity),
                                EntityKind::Country | EntityKind::Organization
                            )
                        })
                        .map(|m| table.key(m.entity).to_string());
                } else if doc.lower(k) == "in" {
                    affiliation = institution_of(doc, lex, table, mentions, k + 1);
                }
            }
            add_person(doc, lex, table, mentions, i, end, title, affiliation);
            return Some(end);
        }
        j += 1;
    }
    if by_courtesy {
        add_person(doc, lex, table, mentions, i, end, None, None);
        return Some(end);
    }
    None
}

/// "permanent secretary in Botswana's agriculture ministry": the country whose institution
/// is named from token `k` (a country's possessive, then an institution noun within two
/// words). A place alone after "in" is a posting ("ambassador in Kenya"), not the side served.
fn institution_of(
    doc: &Doc,
    lex: &Lexicon,
    table: &EntityTable,
    mentions: &Mentions,
    k: usize,
) -> Option<String> {
    let m = mentions
        .at(k)
        .filter(|m| m.start == k && table.kind(m.entity) == EntityKind::Country)?;
    if doc.tokens.get(m.end)?.kind != TokenKind::Possessive {
        return None;
    }
    (m.end + 1..m.end + 4)
        .take_while(|&x| doc.same_sentence(k, x) && doc.lower(x) != ",")
        .any(|x| lex.sets.institutions.longest_at(&doc.tokens, x) > 0)
        .then(|| table.key(m.entity).to_string())
}

/// Classes of acts that fall on people: whoever is named right after their verb in the past
/// ("detained Ana Ruiz") is a person.
const ACTS_ON_PEOPLE: [&str; 4] = ["Arrest", "Retreat", "Expulsion", "Coercion"];

/// Whether token `i - 1` is the past tense of a verb of an act on people.
fn act_on_people_before(doc: &Doc, lex: &Lexicon, i: usize) -> bool {
    let verb = doc.lower(i - 1);
    doc.is(i - 1, crate::extract::doc::class::TRIGGER)
        && !doc.cap(i - 1)
        && lex.is_past_form(verb)
        && !lex.sets.place_taking_verbs.contains(verb)
        && lex.trigger_index.get(verb).is_some_and(|found| {
            found.iter().any(|&(ti, pi)| {
                let trigger = &lex.triggers[ti];
                trigger.parsed_words[pi].len() == 1
                    && ACTS_ON_PEOPLE.contains(&trigger.class.as_str())
            })
        })
}

#[cfg(test)]
#[path = "people_tests.rs"]
mod tests;
