//! Actors and places named by the lexicons or by the shape of their names: countries (by
//! name, alias, demonym, capital), organizations, known people and places, and the
//! capitalized names ending in an organization or place head ("Law Society of Kenya",
//! "Yellow Sea").

use unicode_normalization::UnicodeNormalization;

use crate::annotation::{EntityKind, slug};
use crate::extract::doc::Doc;
use crate::extract::entities::{EntityTable, Mention, MentionKind, Mentions};
use crate::extract::tokens::TokenKind;
use crate::lexicon::{Lexicon, NameTarget};

/// Lowercase words that join the parts of a name ("Bank of Korea", "Casa de Bolsa").
pub const CONNECTORS: [&str; 14] = [
    "of", "for", "and", "the", "de", "du", "da", "la", "el", "al", "bin", "on", "des", "del",
];

/// Which lexicon names a pass looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pass {
    /// Organizations, places and known people: they may contain country names.
    Named,
    /// Countries, demonyms and capitals.
    Countries,
}

fn token_matches(doc: &Doc, i: usize, lexical: &str) -> bool {
    let Some(token) = doc.tokens.get(i) else {
        return false;
    };
    let text = token.text(doc.text);
    if token.is_ascii() && lexical.is_ascii() {
        // Nothing to fold: the same tests as below, without copies. Each compares strings
        // of one length (an ASCII token's lowercase form is as long as its text).
        if text.len() != lexical.len() {
            return false;
        }
        if text == lexical {
            return true;
        }
        if !token.lower.eq_ignore_ascii_case(lexical) {
            return false;
        }
        if !lexical.bytes().any(|b| b.is_ascii_uppercase()) {
            return true;
        }
        return token.is_all_caps(doc.text) && lexical.bytes().any(|b| b.is_ascii_lowercase());
    }
    if token.is_ascii() && ascii_token_misses_name_word(text, lexical, token.is_all_caps(doc.text))
    {
        return false;
    }
    // The tests of `fold`ed and lowercased strings, made on their characters as they
    // come: no string is built for a token that does not match.
    let written = || text.chars().map(|c| if c == '’' { '\'' } else { c });
    if written().eq(lexical.chars())
        || (!written().all(|c| c.is_ascii()) || !lexical.is_ascii())
            && folded(written()).eq(folded(lexical.chars()))
    {
        return true;
    }
    // `str::to_lowercase` lowers a final sigma its own way: that case is left to it.
    let same_lowered = if lexical.contains('Σ') {
        folded(token.lower.chars()).eq(folded(lexical.to_lowercase().chars()))
    } else {
        folded(token.lower.chars()).eq(folded(lexical.chars().flat_map(char::to_lowercase)))
    };
    if !same_lowered {
        return false;
    }
    if !lexical.chars().any(char::is_uppercase) {
        return true;
    }
    // Shouted text (datelines, headlines in capitals) matches a mixed-case name.
    token.is_all_caps(doc.text) && lexical.chars().any(char::is_lowercase)
}

/// For an ASCII token (`text`, all in capitals or not) and a name word `lexical` that is
/// not ASCII: true when [`token_matches`] is false, told without folding a character.
/// False when folding must tell. ("to" against "Tō" is asked at every "to" of a text.)
///
/// The token's text, being ASCII, is its own folded form, so it can equal the folded
/// name word only if it starts with the name word's first character where that is ASCII
/// (folding keeps an ASCII character as it is); and it can equal it lowercased only as a
/// token in capitals, or for a name word without capitals.
fn ascii_token_misses_name_word(text: &str, lexical: &str, all_caps: bool) -> bool {
    let first_differs = lexical
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii() && text.as_bytes().first() != Some(&(c as u8)));
    let case_fits = !lexical.chars().any(char::is_uppercase)
        || all_caps && lexical.chars().any(char::is_lowercase);
    first_differs && !case_fits
}

/// The characters of [`fold`](crate::lexicon::fold) of the characters `chars`, without
/// building the string.
fn folded(chars: impl Iterator<Item = char>) -> impl Iterator<Item = char> {
    chars
        .nfd()
        .filter(|&c| !unicode_normalization::char::is_combining_mark(c))
}

/// The country entity for lexicon country `index`.
pub fn country_entity(
    lex: &Lexicon,
    table: &mut EntityTable,
    index: usize,
    position: usize,
) -> usize {
    let c = &lex.countries[index];
    // Held inline (short): no allocation when the country is known already; put together
    // without the formatting machinery, asked for every mention of a country.
    let mut key = compact_str::CompactString::const_new("country/");
    key.push_str(&c.iso);
    if let Some(id) = table.get(&key) {
        // Known already: what `intern` would do, without building the entity again.
        table.note_mention(id, position);
        table.records[id].country = Some(index);
        return id;
    }
    let mut entity = EntityTable::blank(key.into(), EntityKind::Country, c.name.clone());
    entity.iso_code = Some(c.iso.clone());
    entity.wikidata = c.wikidata.clone();
    let id = table.intern(entity, position);
    table.records[id].country = Some(index);
    id
}

/// The country with ISO code `iso`, added to the table if the lexicon knows it.
pub fn country_by_iso(
    lex: &Lexicon,
    table: &mut EntityTable,
    iso: &str,
    position: usize,
) -> Option<usize> {
    lex.country(iso)
        .map(|i| country_entity(lex, table, i, position))
}

fn org_entity(lex: &Lexicon, table: &mut EntityTable, index: usize, position: usize) -> usize {
    let o = &lex.organizations[index];
    let mut entity =
        EntityTable::blank(lex.org_key(index), EntityKind::Organization, o.name.clone());
    entity.wikidata = o.wikidata.clone();
    entity.based_in = o
        .based_in
        .as_ref()
        .filter(|iso| lex.country(iso).is_some())
        .map(|iso| format!("country/{iso}"));
    // A state body's country is known to the table, as its affiliation.
    let acts_for = o.acts_for.as_deref().and_then(|iso| lex.country(iso));
    if let Some(c) = acts_for {
        let country = country_entity(lex, table, c, position);
        entity.affiliation = Some(table.records[country].entity.key.clone());
    }
    let id = table.intern(entity, position);
    table.records[id].forum = o.forum;
    id
}

/// The body of the lexicon seated in capital `city` of country `c`, when the article has
/// named that body and not the country ("Brussels" after "the European Union").
fn seated_body(lex: &Lexicon, table: &EntityTable, c: usize, city: &str) -> Option<usize> {
    let country_named = table
        .get(&format!("country/{}", lex.countries[c].iso))
        .is_some();
    if country_named {
        return None;
    }
    lex.organizations
        .iter()
        .enumerate()
        .filter(|(_, o)| o.seat.as_deref() == Some(city))
        .find_map(|(index, _)| table.get(&lex.org_key(index)))
}

fn place_entity(lex: &Lexicon, table: &mut EntityTable, index: usize, position: usize) -> usize {
    let p = &lex.places[index];
    let mut entity = EntityTable::blank(
        format!("place/{}", slug(&p.name)),
        EntityKind::Place,
        p.name.clone(),
    );
    entity.located_in = match (&p.within, &p.country) {
        (Some(within), _) => Some(format!("place/{}", slug(within))),
        (None, Some(iso)) if lex.country(iso).is_some() => Some(format!("country/{iso}")),
        _ => None,
    };
    if let Some(iso) = &p.country {
        country_by_iso(lex, table, iso, position);
    }
    table.intern(entity, position)
}

/// A place named `label` (not in the lexicon), lying in `located_in` if known.
pub fn new_place(
    table: &mut EntityTable,
    label: &str,
    located_in: Option<String>,
    position: usize,
) -> usize {
    let mut entity = EntityTable::blank(
        format!("place/{}", slug(label)),
        EntityKind::Place,
        label.to_string(),
    );
    entity.located_in = located_in;
    table.intern(entity, position)
}

/// A capital used as a place.
pub fn capital_place(
    lex: &Lexicon,
    table: &mut EntityTable,
    country: usize,
    position: usize,
) -> Option<usize> {
    let c = &lex.countries[country];
    let capital = c.capital.as_ref()?;
    // The country a capital lies in is known, so events at the capital can name it.
    country_entity(lex, table, country, position);
    Some(new_place(
        table,
        capital,
        Some(format!("country/{}", c.iso)),
        position,
    ))
}

/// An affiliation written as an ISO code or an organization name, as an entity key.
pub fn affiliation_key(
    lex: &Lexicon,
    table: &mut EntityTable,
    affiliation: &str,
    position: usize,
) -> Option<String> {
    if let Some(id) = country_by_iso(lex, table, affiliation, position) {
        return Some(table.key(id).to_string());
    }
    let index = lex
        .organizations
        .iter()
        .position(|o| o.name == affiliation || o.aliases.iter().any(|a| a == affiliation))?;
    let id = org_entity(lex, table, index, position);
    Some(table.key(id).to_string())
}

fn person_entity(lex: &Lexicon, table: &mut EntityTable, index: usize, position: usize) -> usize {
    let p = &lex.people[index];
    let affiliation = p
        .affiliation
        .as_ref()
        .and_then(|a| affiliation_key(lex, table, a, position));
    let mut entity = EntityTable::blank(
        format!("person/{}", slug(&p.name)),
        EntityKind::Person,
        p.name.clone(),
    );
    entity.title = p.title.clone();
    entity.affiliation = affiliation;
    let id = table.intern(entity, position);
    let title = p.title.clone().unwrap_or_default().to_lowercase();
    table.records[id].leader = lex.leader_heads.iter().any(|h| title.ends_with(h.as_str()));
    id
}

/// Whether a name in the lexicon is preceded by a locative preposition ("in Beijing").
/// A word of direction that may open a region's name ("Northern", "South", "Central").
fn compass(word: &str) -> bool {
    ["central", "north", "south", "east", "west"]
        .iter()
        .any(|w| word.starts_with(w))
}

pub fn after_locative(doc: &Doc, lex: &Lexicon, start: usize) -> bool {
    let mut j = start;
    let mut steps = 0;
    while j > 0 && steps < 3 {
        j -= 1;
        steps += 1;
        let w = doc.lower(j);
        if lex.sets.locative.contains(w) && w != "of" {
            return true;
        }
        let adjective = w == "the" || compass(w) || w == "downtown" || w == "greater";
        if !adjective || !doc.same_sentence(j, start) {
            return false;
        }
    }
    false
}

/// Finds the lexicon names of one pass in the whole text.
pub fn lexicon_names(
    doc: &Doc,
    lex: &Lexicon,
    table: &mut EntityTable,
    mentions: &mut Mentions,
    pass: Pass,
) {
    let mut i = 0;
    while i < doc.tokens.len() {
        if mentions.owner[i].is_some() || doc.sentence_of[i] == usize::MAX && !in_dateline(doc, i) {
            i += 1;
            continue;
        }
        let Some(candidates) = doc.names_at(lex, i) else {
            i += 1;
            continue;
        };
        let mut matched = None;
        for phrase in candidates {
            let is_country = matches!(
                phrase.target,
                NameTarget::Country(_)
                    | NameTarget::Demonym(_)
                    | NameTarget::Capital(_)
                    | NameTarget::Seat(_)
            );
            if (pass == Pass::Countries) != is_country {
                continue;
            }
            let n = phrase.tokens.len();
            if i + n > doc.tokens.len() || !mentions.free(i, i + n) {
                continue;
            }
            if (1..n).any(|k| !doc.same_sentence(i, i + k) && !in_dateline(doc, i + k)) {
                continue;
            }
            if phrase
                .tokens
                .iter()
                .enumerate()
                .all(|(k, w)| token_matches(doc, i + k, w))
            {
                matched = Some((phrase.target, n));
                break;
            }
        }
        let Some((target, n)) = matched else {
            i += 1;
            continue;
        };
        // "President Santiago Peña": a city's name between a title and a family name is a
        // first name.
        if n == 1
            && matches!(target, NameTarget::Capital(_) | NameTarget::Place(_))
            && first_name_slot(doc, i)
            || n == 1 && given_name_before_family_name(doc, lex, i)
        {
            i += 1;
            continue;
        }
        // "Germany's Foreign Office", "the German Foreign Office": another country's body
        // of the same name.
        if matches!(target, NameTarget::Seat(_))
            && i > 0
            && (mentions.owner[i - 1].is_some() || doc.tokens[i - 1].kind == TokenKind::Possessive)
        {
            i += n;
            continue;
        }
        // "500 million US dollars", "Japanese yen", "US$65 million": a currency, not the
        // country.
        if matches!(target, NameTarget::Country(_) | NameTarget::Demonym(_))
            && (lex.sets.currencies.contains(doc.lower(i + n)) || doc.lower(i + n) == "$")
        {
            i += n;
            continue;
        }
        let position = doc.position(i);
        let possessive = doc.possessive_at(i + n);
        let (entity, kind) = match target {
            NameTarget::Country(c) => (country_entity(lex, table, c, position), MentionKind::Name),
            NameTarget::Demonym(c) => (
                country_entity(lex, table, c, position),
                MentionKind::Demonym,
            ),
            NameTarget::Capital(c) => {
                // "sent a protest note to London": what is sent to a capital goes to its
                // government.
                let addressed = i >= 2
                    && doc.lower(i - 1) == "to"
                    && lex.sets.addressed_things.contains(doc.lower(i - 2));
                if in_dateline(doc, i)
                    || after_locative(doc, lex, i) && !addressed
                    || followed_by_place_noun(doc, lex, i + n)
                {
                    match capital_place(lex, table, c, position) {
                        Some(p) => (p, MentionKind::Place),
                        None => (
                            country_entity(lex, table, c, position),
                            MentionKind::Government,
                        ),
                    }
                } else if let Some(body) = seated_body(lex, table, c, doc.span(i, i + n)) {
                    // "unless Brussels withdraws" in an article on the EU: the body.
                    (body, MentionKind::Government)
                } else {
                    let id = country_entity(lex, table, c, position);
                    let label = doc.span(i, i + n).to_string();
                    table.add_alt_label(id, &label);
                    (id, MentionKind::Government)
                }
            }
            NameTarget::Seat(c) => (
                country_entity(lex, table, c, position),
                MentionKind::Government,
            ),
            NameTarget::Organization(o) => {
                let id = org_entity(lex, table, o, position);
                let label = doc.span(i, i + n).to_string();
                table.add_alt_label(id, &label);
                (id, MentionKind::Name)
            }
            NameTarget::Person(p) => {
                let id = person_entity(lex, table, p, position);
                // "Abdel Fattah el-Sisi" for the lexicon's "Abdel Fattah al-Sisi": the
                // article's spelling of the whole name is a name too (not a lone "Sisi").
                let spelled = doc.span(i, i + n);
                if spelled.contains(' ') {
                    table.add_alt_label(id, spelled);
                }
                (id, MentionKind::Name)
            }
            NameTarget::Place(p) => (place_entity(lex, table, p, position), MentionKind::Place),
        };
        mentions.add(Mention {
            start: i,
            end: i + n,
            entity,
            other: None,
            kind,
            possessive,
        });
        i += n;
    }
}

/// Whether token `i` stands right after a title and before a capitalized word of its
/// sentence, where a person's first name goes ("President Santiago Peña").
fn first_name_slot(doc: &Doc, i: usize) -> bool {
    let after_title = (i.saturating_sub(4)..i).any(|j| {
        let n = doc.title_len.get(j).copied().unwrap_or(0) as usize;
        n > 0 && j + n == i
    });
    after_title && doc.capitalized_word_after(i) && doc.title_len.get(i + 1).is_none_or(|&n| n == 0)
}

/// Whether token `i` is a place's name that is also a given name, followed by a family
/// name: one more capitalized word of its sentence, closing the run, that no lexicon knows as
/// a name, a head of a body or place, a title or an act ("Sofia Haddad", not "Sofia
/// Airport" or "Jordan Valley").
fn given_name_before_family_name(doc: &Doc, lex: &Lexicon, i: usize) -> bool {
    let next = i + 1;
    if !lex.sets.given_name_places.contains(doc.lower(i))
        || next >= doc.tokens.len()
        || !doc.same_sentence(i, next)
        || doc.tokens[next].kind != TokenKind::Word
        || !doc.cap(next)
        || doc.possessive_at(next)
    {
        return false;
    }
    let word = doc.word(next);
    let lower = doc.lower(next);
    let known = doc.names_at(lex, next).is_some()
        || doc.title_len.get(next).is_some_and(|&n| n > 0)
        || lex.org_heads.contains(word)
        || lex.place_heads.contains(word)
        || lex.venue_heads.contains(word)
        || lex.sets.company_heads.contains(lower)
        || lex.sets.not_names.contains(lower)
        || lex.words.act_nouns.contains_key(lower);
    // "Sofia Haddad's lawyer" and "Sofia Haddad said" close the run; a third capitalized
    // word ("Victoria Harbour Authority") makes it a longer name.
    let closes =
        doc.possessive_at(next + 1) || !(doc.cap(next + 1) && doc.same_sentence(next, next + 1));
    !known && closes
}

fn followed_by_place_noun(doc: &Doc, lex: &Lexicon, after: usize) -> bool {
    let mut j = after;
    if doc.possessive_at(j) {
        j += 1;
    }
    // "Seoul's Myeong-dong district"
    let mut k = j;
    while k < j + 3 && doc.cap(k) {
        k += 1;
    }
    k > j && lex.place_nouns.contains(doc.lower(k))
}

/// Whether token `i` lies in the dateline.
pub fn in_dateline(doc: &Doc, i: usize) -> bool {
    doc.dateline.is_some_and(|(a, b)| i >= a && i < b)
}

/// End of the capitalized name run starting at `i` (exclusive); `i` itself when none.
///
/// Inlined: it is asked at most tokens, and most open no run, which is told here without
/// a call; [`caps_run_on`] reads a run.
#[inline]
pub fn caps_run(doc: &Doc, mentions: &Mentions, i: usize, allow_taken: bool) -> usize {
    let opens = doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
        && doc.cap(i)
        && (allow_taken || mentions.owner.get(i).is_some_and(Option::is_none));
    if !opens {
        return i;
    }
    caps_run_on(doc, mentions, i, allow_taken)
}

/// [`caps_run`] from token `i`, a capitalized word that may open a run.
#[inline(never)]
fn caps_run_on(doc: &Doc, mentions: &Mentions, i: usize, allow_taken: bool) -> usize {
    let usable = |j: usize| allow_taken || mentions.owner.get(j).is_some_and(Option::is_none);
    let word_cap = |j: usize| {
        doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word) && doc.cap(j) && usable(j)
    };
    let mut end = i + 1;
    loop {
        if !doc.same_sentence(i, end) {
            break;
        }
        if word_cap(end) {
            end += 1;
            continue;
        }
        let t = &doc.tokens.get(end);
        let joins = t.is_some_and(|t| {
            (t.kind == TokenKind::Word && CONNECTORS.contains(&t.lower.as_str()))
                || t.kind == TokenKind::Possessive
        });
        if joins && usable(end) {
            // "of the People": a connector may be followed by another connector.
            let mut k = end + 1;
            if doc.lower(end) == "of" && doc.lower(k) == "the" && usable(k) {
                k += 1;
            }
            // "Coast Guard on Tuesday": a date is no part of a name.
            let dated = || crate::extract::dates::is_calendar_word(doc.lower(k));
            if word_cap(k) && doc.same_sentence(i, k) && !dated() {
                end = k + 1;
                continue;
            }
        }
        break;
    }
    end
}

/// "companies such as JSR and Tokyo Ohka Kogyo", "three banks, A, B and C": named organizations.
pub fn company_lists(doc: &Doc, lex: &Lexicon, table: &mut EntityTable, mentions: &mut Mentions) {
    for i in 0..doc.tokens.len() {
        if !lex.company_list_nouns.contains(doc.lower(i)) || doc.sentence_of[i] == usize::MAX {
            continue;
        }
        let mut j = i + 1;
        if doc.lower(j) == "such" && doc.lower(j + 1) == "as" {
            j += 2;
        } else if doc.lower(j) == "," || doc.lower(j) == "including" {
            j += 1;
        } else {
            continue;
        }
        loop {
            if doc.lower(j) == "including" {
                j += 1;
            }
            let end = list_item_end(doc, mentions, j);
            if end == j || !doc.same_sentence(i, j) {
                break;
            }
            let label = doc.span(j, end).to_string();
            if !lex.sets.not_names.contains(&label.to_lowercase()) {
                let entity = EntityTable::blank(
                    format!("org/{}", slug(&label)),
                    EntityKind::Organization,
                    label,
                );
                let id = table.intern(entity, doc.position(j));
                mentions.add(Mention {
                    start: j,
                    end,
                    entity: id,
                    other: None,
                    kind: MentionKind::Name,
                    possessive: false,
                });
            }
            match doc.lower(end) {
                "," if doc.lower(end + 1) == "and" => j = end + 2,
                "," | "and" => j = end + 1,
                _ => break,
            }
        }
    }
}

/// End of one capitalized list item ("Vector Casa de Bolsa"), stopping at "and" and commas.
fn list_item_end(doc: &Doc, mentions: &Mentions, i: usize) -> usize {
    let mut end = i;
    while end < doc.tokens.len() && mentions.owner[end].is_none() {
        let t = &doc.tokens[end];
        let cap = t.kind == TokenKind::Word
            && (t.is_capitalized(doc.text) || t.lower.chars().any(char::is_uppercase));
        let joiner = end > i
            && matches!(t.lower.as_str(), "de" | "del" | "la" | "of" | "&")
            && doc.cap(end + 1);
        if cap || joiner {
            end += 1;
        } else {
            break;
        }
    }
    end
}

/// Organizations and places recognised by their head word.
pub fn head_patterns(doc: &Doc, lex: &Lexicon, table: &mut EntityTable, mentions: &mut Mentions) {
    let mut i = 0;
    while i < doc.tokens.len() {
        // A known place may open an organization's name ("Sinaloa Cartel"), and so may a
        // known body ("African Union Commission", "United Nations Mission in South Sudan").
        let wide = caps_run(doc, mentions, i, true);
        let opening_body = mentions.at(i).filter(|m| {
            m.start == i
                && m.end < wide
                && m.kind == MentionKind::Name
                && table.kind(m.entity) == EntityKind::Organization
        });
        let opening = opening_body.map(|b| (b.start, b.end, b.entity));
        let only_places = (i..wide).all(|k| {
            mentions.at(k).is_none_or(|m| {
                (m.kind == MentionKind::Place || opening_body.is_some_and(|b| b.start == m.start))
                    && m.start >= i
                    && m.end <= wide
            })
        });
        let end = if only_places
            && wide > i
            && (i == 0 || mentions.owner[i - 1].is_none())
            && matches!(
                classify_run(doc, lex, i, wide),
                Some((_, _, EntityKind::Organization))
            ) {
            wide
        } else {
            caps_run(doc, mentions, i, false)
        };
        if end == i {
            i += 1;
            continue;
        }
        let mut start = i;
        while start < end
            && lex.sets.not_names.contains(doc.lower(start))
            && !lex.org_heads.contains(doc.word(start))
        {
            start += 1;
        }
        // "Officers of the General Police Inspectorate": people of the body, not its name.
        if start + 2 < end
            && lex.sets.group_nouns.contains(doc.lower(start))
            && doc.lower(start + 1) == "of"
        {
            start += if doc.lower(start + 2) == "the" { 3 } else { 2 };
        }
        // "Blue Harbour" after "Blue Harbour Shipping": the short form of a body named
        // before, left to the short forms, not a place of its own.
        let short_of_known = end - start >= 2 && {
            let words: Vec<&str> = (start..end).map(|k| doc.lower(k)).collect();
            table
                .organization_opening_with(&words, doc.position(start))
                .is_some()
        };
        if short_of_known {
            i = end;
            continue;
        }
        if let Some((s, e, kind)) = classify_run(doc, lex, start, end) {
            let label = doc.span(s, e).to_string();
            let position = doc.position(s);
            let id = match kind {
                EntityKind::Organization => {
                    let mut entity =
                        EntityTable::blank(format!("org/{}", slug(&label)), kind, label.clone());
                    entity.based_in = country_inside(doc, lex, s, e)
                        .map(|c| format!("country/{}", lex.countries[c].iso));
                    // "China's General Administration of Customs": the possessor is its country.
                    if entity.based_in.is_none()
                        && s >= 2
                        && doc.tokens[s - 1].kind == TokenKind::Possessive
                    {
                        entity.based_in = (1..=3)
                            .filter(|&k| s > k)
                            .find(|&k| is_lexicon_name(doc, lex, s - 1 - k, s - 1))
                            .and_then(|k| country_inside(doc, lex, s - 1 - k, s - 1))
                            .map(|c| format!("country/{}", lex.countries[c].iso));
                    }
                    // A body named after its country acts for it ("Fiji Police Force").
                    entity.affiliation = entity.based_in.clone();
                    // "OAS Permanent Council", "UN Assistance Mission for Iraq": also known
                    // by its own words and under the opening body's full name.
                    if let Some(body) = opening.filter(|&(start, _, _)| start == s) {
                        let (_, body_end, parent) = body;
                        // It is part of the opening body, and acts for it.
                        if entity.affiliation.is_none() {
                            entity.affiliation = Some(table.key(parent).to_string());
                        }
                        let own = doc.span(body_end, e).to_string();
                        let full = format!("{} {own}", table.records[parent].entity.label);
                        // A lone head ("Commission") is no name of its own.
                        let own = (e - body_end >= 2).then_some(own);
                        for name in own.into_iter().chain([full]) {
                            if name != label && !entity.alt_labels.contains(&name) {
                                entity.alt_labels.push(name);
                            }
                        }
                    }
                    if let Some(c) = country_inside(doc, lex, s, e) {
                        country_entity(lex, table, c, position);
                    }
                    let id = table.intern(entity, position);
                    let forum_head = [
                        "Council",
                        "Forum",
                        "Committee",
                        "Assembly",
                        "Summit",
                        "Conference",
                    ];
                    table.records[id].forum = forum_head.contains(&doc.word(e - 1));
                    id
                }
                _ => new_place(table, &label, None, position),
            };
            let possessive = doc.possessive_at(e);
            let mention_kind = if kind == EntityKind::Place {
                MentionKind::Place
            } else {
                MentionKind::Name
            };
            mentions.replace(Mention {
                start: s,
                end: e,
                entity: id,
                other: None,
                kind: mention_kind,
                possessive,
            });
            i = e.max(i + 1);
            continue;
        }
        i = end;
    }
}

/// A country named inside tokens `start..end` ("Sri Lanka Navy" → LKA).
pub fn country_inside(doc: &Doc, lex: &Lexicon, start: usize, end: usize) -> Option<usize> {
    for i in start..end {
        if let Some(list) = doc.names_at(lex, i) {
            for phrase in list {
                if let NameTarget::Country(c) | NameTarget::Demonym(c) = phrase.target {
                    let n = phrase.tokens.len();
                    if i + n <= end
                        && phrase
                            .tokens
                            .iter()
                            .enumerate()
                            .all(|(k, w)| token_matches(doc, i + k, w))
                    {
                        return Some(c);
                    }
                }
            }
        }
    }
    None
}

fn is_lexicon_name(doc: &Doc, lex: &Lexicon, start: usize, end: usize) -> bool {
    doc.names_at(lex, start).is_some_and(|list| {
        list.iter().any(|p| {
            p.tokens.len() == end - start
                && p.tokens
                    .iter()
                    .enumerate()
                    .all(|(k, w)| token_matches(doc, start + k, w))
        })
    })
}

/// Decides whether a capitalized run is an organization or a place, and its extent.
fn classify_run(
    doc: &Doc,
    lex: &Lexicon,
    start: usize,
    end: usize,
) -> Option<(usize, usize, EntityKind)> {
    if end <= start || is_lexicon_name(doc, lex, start, end) {
        return None;
    }
    // "Secretary of State Marco Rubio" is a title and a name.
    let possessive_next = doc.possessive_at(start + 1);
    let title_len = crate::extract::people::title_head_at(doc, lex, start);
    // "General Administration of Customs": a title word opening a body's name.
    let body_after_title = title_len > 0
        && start + title_len < end
        && lex.org_heads.contains(doc.word(start + title_len));
    if title_len > 0
        && !lex.org_heads.contains(doc.word(start))
        && !possessive_next
        && !body_after_title
    {
        return None;
    }
    // "Minister of International Relations and Trade Selma Ashipala-Musavyi": the fields of
    // an office named after its title and "of", then the holder's name, not a body's name.
    let mut k = start;
    while k > 0 && lex.title_modifiers.contains(doc.lower(k - 1)) {
        k -= 1;
    }
    let office_of = k >= 2
        && doc.lower(k - 1) == "of"
        && crate::extract::people::title_head_at(doc, lex, k - 2) > 0
        && lex.title_modifiers.contains(doc.lower(start));
    if office_of {
        return None;
    }
    // "International Relations and Cooperation Minister Ronald Lamola": fields of office,
    // a title and the name after it, not a body's name.
    let titled_name = (start + 1..end).any(|j| {
        let len = crate::extract::people::title_head_at(doc, lex, j);
        len > 0 && j + len < end && !(j..end).any(|k| lex.org_heads.contains(doc.word(k)))
    });
    if titled_name {
        return None;
    }
    // "Egypt's Ministry of Water Resources", "Sandu's Party of Action": the possessor is not
    // part of the name.
    // "Uganda People's Defence Force", "Workers' Party": a possessive inside the name.
    let inside_name =
        |p: usize| p > start && lex.sets.possessive_name_words.contains(doc.lower(p - 1));
    // "Woodside Energy and Japan's Osaka Gas": a body listed before the possessive.
    let listed_before = |p: usize| {
        (start + 1..p).any(|j| lex.org_heads.contains(doc.word(j)) && doc.lower(j + 1) == "and")
    };
    if let Some(p) = (start..end)
        .find(|&k| doc.tokens[k].kind == TokenKind::Possessive)
        .filter(|&p| !inside_name(p) && !listed_before(p))
    {
        let short_owner = p - start <= 2 && end > p + 2;
        if short_owner
            || is_lexicon_name(doc, lex, start, p)
            || country_inside(doc, lex, start, p).is_some()
        {
            return classify_run(doc, lex, p + 1, end);
        }
    }
    // The last head word in the run decides; the name ends there unless "of ..." follows.
    let mut best: Option<(usize, EntityKind)> = None;
    let mut listed = false;
    for j in start..end {
        let w = doc.word(j);
        // "Woodside Energy", but not "Minister of Energy", "Climate, Energy and ..." or
        // "Trans-Saharan Gas Pipeline": a company's trade names the company only after a
        // name of its own, closing it ("Bank of Uganda" is named by its "of").
        let trade_alone = lex.sets.company_heads.contains(doc.lower(j))
            && doc.lower(j + 1) != "of"
            && (j == start
                || CONNECTORS.contains(&doc.lower(j - 1))
                || j + 1 < end && doc.tokens[j + 1].kind == TokenKind::Word && doc.cap(j + 1));
        let kind = if lex.org_heads.contains(w) && !trade_alone {
            Some(EntityKind::Organization)
        } else if lex.place_heads.contains(w) || lex.venue_heads.contains(w) {
            Some(EntityKind::Place)
        } else {
            None
        };
        if let Some(kind) = kind {
            best = Some((j, kind));
            // "Woodside Energy and Osaka Gas": two bodies listed, the first of two words or
            // more.
            listed = kind == EntityKind::Organization
                && j > start
                && doc.lower(j + 1) == "and"
                && (j + 3..end).any(|k| lex.org_heads.contains(doc.word(k)));
            if listed {
                break;
            }
            // "Directorate of Maritime Territory", "Gulf of Mexico": a head with its "of"
            // complement names the whole; "House of Representatives" is a body all the
            // same.
            let body_after = || (j + 2..end).any(|k| lex.org_heads.contains(doc.word(k)));
            if doc.lower(j + 1) == "of"
                && j + 1 < end
                && !(kind == EntityKind::Place && body_after())
            {
                break;
            }
        }
    }
    let (head, kind) = best?;
    let head_last = head + 1 == end;
    let of_follows = matches!(doc.lower(head + 1), "of" | "for" | "on" | "and") && head + 1 < end;
    let stop = if (head_last || of_follows) && !listed {
        end
    } else {
        head + 1
    };
    if stop - start < 2 {
        return None;
    }
    // "the Chinese Embassy", "the US Embassy in Tbilisi": a country's post stands for it,
    // as "the Chinese embassy" does; it is no place of its own.
    if kind == EntityKind::Place
        && stop - start == 2
        && head + 1 == stop
        && lex.sets.diplomatic_posts.contains(doc.lower(head))
        && country_inside(doc, lex, start, head).is_some()
    {
        return None;
    }
    // "Foreign Ministry", "High Commission": only a generic part of a government.
    if kind == EntityKind::Organization && stop - start == 2 && head + 1 == stop {
        let first = doc.lower(start);
        // "Spain's National Court", "the Supreme Court" are bodies of their own.
        let generic = (lex.generic_org_heads.contains(doc.word(head))
            || doc.word(head) == "Commission")
            && doc.word(head) != "Court";
        if generic && lex.title_modifiers.contains(first) {
            return None;
        }
    }
    Some((start, stop, kind))
}

impl Doc<'_> {
    /// Lexicon name phrases whose first token is token `i`.
    pub fn names_at<'l>(
        &self,
        lex: &'l Lexicon,
        i: usize,
    ) -> Option<&'l Vec<crate::lexicon::NamePhrase>> {
        let index = *self.names.get(i)?;
        lex.name_lists.get(index as usize)
    }
}

/// Capitalized names after a locative preposition that nothing else claimed ("in Lautoka").
pub fn locative_places(doc: &Doc, lex: &Lexicon, table: &mut EntityTable, mentions: &mut Mentions) {
    for i in 0..doc.tokens.len() {
        if mentions.owner[i].is_some() || !doc.cap(i) || doc.sentence_of[i] == usize::MAX {
            continue;
        }
        if lex.sets.not_names.contains(doc.lower(i)) {
            continue;
        }
        let place_noun_before =
            i >= 2 && doc.lower(i - 1) == "of" && lex.place_nouns.contains(doc.lower(i - 2));
        let place_noun_after =
            |end: usize| lex.place_nouns.contains(doc.lower(end)) || doc.lower(end) == "border";
        let end = caps_run(doc, mentions, i, false);
        if end == i {
            continue;
        }
        let locative = after_locative(doc, lex, i) && !doc.tokens[i].line_start;
        if !(locative || place_noun_before || place_noun_after(end)) {
            continue;
        }
        let located_in = located_in_from_context(doc, lex, table, mentions, i);
        let label = doc.span(i, end).to_string();
        let id = new_place(table, &label, located_in, doc.position(i));
        let possessive = doc.possessive_at(end);
        mentions.add(Mention {
            start: i,
            end,
            entity: id,
            other: None,
            kind: MentionKind::Place,
            possessive,
        });
        // "in Kuching, Sarawak": an appositive place names the larger one.
        if doc.lower(end) == "," {
            let next_end = caps_run(doc, mentions, end + 1, false);
            // "in Goma, North Kivu", "in Lae, Morobe Province"; but "Angola's consul in
            // Oshakati, Domingos Cahama, said": two names of no place are a person's.
            let first = doc.lower(end + 1);
            let place_like = next_end == end + 2
                || compass(first)
                || matches!(first, "upper" | "lower")
                || next_end > end + 1 && lex.place_nouns.contains(doc.lower(next_end - 1));
            if next_end > end + 1 && place_like && !lex.sets.not_names.contains(doc.lower(end + 1))
            {
                let after = doc.lower(next_end);
                if matches!(after, "," | "." | "on" | "in" | "for" | "and") {
                    let label = doc.span(end + 1, next_end).to_string();
                    let outer = new_place(table, &label, None, doc.position(end + 1));
                    let outer_key = table.key(outer).to_string();
                    if table.records[id].entity.located_in.is_none() {
                        table.records[id].entity.located_in = Some(outer_key);
                    }
                    mentions.add(Mention {
                        start: end + 1,
                        end: next_end,
                        entity: outer,
                        other: None,
                        kind: MentionKind::Place,
                        possessive: false,
                    });
                }
            }
        }
        // "the Torkham and Chaman crossings"
        if doc.lower(end) == "and" {
            let next_end = caps_run(doc, mentions, end + 1, false);
            if next_end > end + 1
                && !lex.sets.not_names.contains(doc.lower(end + 1))
                && !doc.cap(next_end)
            {
                let label = doc.span(end + 1, next_end).to_string();
                let other = new_place(table, &label, None, doc.position(end + 1));
                mentions.add(Mention {
                    start: end + 1,
                    end: next_end,
                    entity: other,
                    other: None,
                    kind: MentionKind::Place,
                    possessive: false,
                });
            }
        }
    }
}

/// The country a new place lies in, from "the Greek island of X" or "Indian state of X".
fn located_in_from_context(
    doc: &Doc,
    _lex: &Lexicon,
    table: &EntityTable,
    mentions: &Mentions,
    i: usize,
) -> Option<String> {
    let from = i.saturating_sub(5);
    for j in (from..i).rev() {
        if let Some(m) = mentions.at(j) {
            if m.kind == MentionKind::Demonym && doc.same_sentence(j, i) {
                return Some(table.key(m.entity).to_string());
            }
            return None;
        }
        if matches!(doc.lower(j), "," | ";" | "and") {
            return None;
        }
    }
    None
}

/// The dateline's place, as a place entity.
pub fn dateline_place(doc: &Doc, lex: &Lexicon, table: &mut EntityTable, mentions: &mut Mentions) {
    let Some((start, end)) = doc.dateline else {
        return;
    };
    if !mentions.free(start, end) {
        return;
    }
    let label: String = doc.tokens[start..end]
        .iter()
        .map(|t| title_case(t.text(doc.text)))
        .collect::<Vec<_>>()
        .join(" ");
    let _ = lex;
    let id = new_place(table, &label, None, doc.position(start));
    mentions.add(Mention {
        start,
        end,
        entity: id,
        other: None,
        kind: MentionKind::Place,
        possessive: false,
    });
}

/// "MEXICO" → "Mexico", "PORT-AU-PRINCE" → "Port-Au-Prince".
pub fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut upper = true;
    for c in word.chars() {
        if upper {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        upper = !c.is_alphanumeric();
    }
    out
}

/// The organization mentioned so far whose name's capitalized words give `acronym`.
fn organization_with_initials(
    table: &EntityTable,
    mentions: &Mentions,
    acronym: &str,
) -> Option<usize> {
    mentions
        .list
        .iter()
        .map(|m| m.entity)
        .filter(|&e| table.kind(e) == EntityKind::Organization)
        .find(|&e| {
            let initials: String = table.records[e]
                .entity
                .label
                .split([' ', '-'])
                .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                .collect();
            initials.len() >= 2 && initials == acronym
        })
}

/// Unknown acronyms used as names ("OFAC", "JANAF"): organizations. One in brackets right
/// after an organization's name ("Office of Foreign Assets Control (OFAC)") is its alias.
pub fn acronyms(doc: &Doc, lex: &Lexicon, table: &mut EntityTable, mentions: &mut Mentions) {
    let mut defined: Vec<(String, usize)> = Vec::new();
    // "the Reciprocal Access Agreement (RAA)": initials of an act, not of an actor.
    let mut acts: Vec<&str> = Vec::new();
    for i in 0..doc.tokens.len() {
        let t = &doc.tokens[i];
        if t.kind != TokenKind::Word
            || mentions.owner[i].is_some()
            || doc.sentence_of[i] == usize::MAX
            || in_dateline(doc, i)
        {
            continue;
        }
        // The case bit first: nearly every word is not in capitals, and counting letters
        // for each was 1% of extraction.
        if !t.is_all_caps(doc.text) {
            continue;
        }
        let word = doc.word(i);
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        if letters != word.chars().count()
            || !(2..=8).contains(&letters)
            || !word.chars().next().is_some_and(char::is_alphabetic)
            || lex.sets.not_acronyms.contains(doc.lower(i))
            || lex.sets.not_names.contains(doc.lower(i))
            // "NZ$40 million", "HK$": a currency's prefix.
            || doc.lower(i + 1) == "$"
        {
            continue;
        }
        // A shouted headline or label is no name.
        let shouting = |j: usize| {
            doc.tokens.get(j).is_some_and(|n| {
                n.kind == TokenKind::Word && n.is_all_caps(doc.text) && doc.same_sentence(i, j)
            })
        };
        if (i > 0 && shouting(i - 1)) || shouting(i + 1) {
            continue;
        }
        let bracketed = i >= 2 && doc.lower(i - 1) == "(" && doc.lower(i + 1) == ")";
        if bracketed
            && mentions.owner[i - 2].is_none()
            && lex.words.act_nouns.contains_key(doc.lower(i - 2))
        {
            acts.push(word);
            continue;
        }
        if acts.contains(&word) {
            continue;
        }
        if bracketed {
            if let Some(m) = mentions.owner[i - 2] {
                let entity = mentions.list[m].entity;
                if table.kind(entity) == EntityKind::Organization {
                    table.add_alt_label(entity, word);
                    defined.push((word.to_string(), entity));
                    mentions.add(Mention {
                        start: i,
                        end: i + 1,
                        entity,
                        other: None,
                        kind: MentionKind::Short,
                        possessive: false,
                    });
                }
                continue;
            }
        }
        // "the Hungarian pipeline operator FGSZ": the demonym gives its country. The walk
        // back stays inside the noun phrase: a determiner or a punctuation mark opens it
        // ("the Sudanese army accused the RSF": the army is Sudanese, not the RSF).
        let mut k = i;
        while k > 0
            && i - k < 4
            && mentions.owner[k - 1].is_none()
            && !doc.cap(k - 1)
            && doc.tokens[k - 1].kind == TokenKind::Word
            && !matches!(doc.lower(k - 1), "the" | "a" | "an")
        {
            k -= 1;
        }
        let owner_country = (k > 0 && k < i)
            .then(|| mentions.owner[k - 1])
            .flatten()
            .map(|m| &mentions.list[m])
            .filter(|m| m.kind == MentionKind::Demonym || m.possessive)
            .and_then(|m| table.country_of(m.entity))
            .map(|c| table.key(c).to_string());
        // "asked OFAC": the body defined in brackets before.
        // "the Rapid Support Forces ... RSF": a body named in full before, by its initials.
        let known = defined
            .iter()
            .find(|(w, _)| w == word)
            .map(|&(_, e)| e)
            .or_else(|| {
                let body = organization_with_initials(table, mentions, word)?;
                table.add_alt_label(body, word);
                defined.push((word.to_string(), body));
                Some(body)
            });
        let id = match known {
            Some(e) => e,
            None => {
                let mut entity = EntityTable::blank(
                    format!("org/{}", slug(word)),
                    EntityKind::Organization,
                    word.to_string(),
                );
                entity.based_in.clone_from(&owner_country);
                entity.affiliation = owner_country;
                table.intern(entity, doc.position(i))
            }
        };
        let possessive = doc
            .tokens
            .get(i + 1)
            .is_some_and(|n| n.kind == TokenKind::Possessive);
        mentions.add(Mention {
            start: i,
            end: i + 1,
            entity: id,
            other: None,
            kind: MentionKind::Name,
            possessive,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::{ascii_token_misses_name_word, token_matches};
    use crate::extract::doc::Doc;
    use crate::lexicon::Lexicon;

    #[test]
    fn an_ascii_token_misses_a_name_word_of_another_first_letter_and_case() {
        assert!(ascii_token_misses_name_word("to", "Tō", false));
        assert!(ascii_token_misses_name_word("Helena", "Barthélemy", false));
        // Folding must tell: the same first letter, a token in capitals, no capitals.
        assert!(!ascii_token_misses_name_word("Sao", "São", false));
        assert!(!ascii_token_misses_name_word("TO", "Tō", true));
        assert!(!ascii_token_misses_name_word("to", "tō", false));
        assert!(!ascii_token_misses_name_word("Ecija", "Écija", false));
    }

    #[test]
    fn ascii_tokens_match_name_words_beyond_ascii_as_folding_tells() {
        let lex = Lexicon::embedded().unwrap();
        let text = "to TO Sao Tome Ecija ecija Male";
        let doc = Doc::new(text, &lex, 0);
        let cases = [
            (0, "Tō", false),
            (1, "Tō", true),
            (0, "tō", true),
            (2, "São", true),
            (2, "Tomé", false),
            (3, "Tomé", true),
            (4, "Écija", true),
            (5, "Écija", false),
            (6, "Malé", true),
        ];
        for (i, lexical, expected) in cases {
            assert_eq!(
                token_matches(&doc, i, lexical),
                expected,
                "{} {lexical}",
                doc.word(i)
            );
        }
    }
}
