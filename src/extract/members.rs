//! Who a plural phrase stands for: groups named later ("Iran released two Dutch nationals
//! ... pardoned the two, Joris Bakker, a 41-year-old engineer, and Lieke van Dam, ..." —
//! every mention of the group stands for both people), the two people last named
//! together, whom "the two leaders" or "the pair" refers to, and the group or pair that
//! "the men", "the youngest driver" or "they" stands for.

use crate::annotation::EntityKind;
use crate::extract::doc::Doc;
use crate::extract::entities::{EntityTable, Mention, MentionKind, Mentions};
use crate::extract::tokens::TokenKind;
use crate::lexicon::Lexicon;

/// How many sentences back the group may have been told.
const REACH: usize = 3;

/// Words that put two people together: "A and B", "A met B", "A hosted B".
const TOGETHER: [&str; 9] = [
    "and", "met", "meets", "hosted", "hosts", "received", "receives", "welcomed", "with",
];

/// The two people last named together ("President A and Prime Minister B", "A met B")
/// within `reach` sentences before token `i`, first named first.
pub fn together_before(
    doc: &Doc,
    table: &EntityTable,
    mentions: &Mentions,
    i: usize,
    reach: usize,
) -> Option<(usize, usize)> {
    let sentence = *doc.sentence_of.get(i)?;
    let people: Vec<usize> = mentions
        .sorted()
        .into_iter()
        .filter(|&m| {
            let mention = &mentions.list[m];
            mention.end <= i
                && !matches!(mention.kind, MentionKind::Pair | MentionKind::Anaphor)
                && table.kind(mention.entity) == EntityKind::Person
        })
        .collect();
    for pair in people.windows(2).rev() {
        let (a, b) = (&mentions.list[pair[0]], &mentions.list[pair[1]]);
        let s = doc.sentence_of[a.start];
        if s == usize::MAX || s + reach < sentence {
            break;
        }
        if doc.sentence_of[b.start] != s || a.entity == b.entity || b.start - a.end > 8 {
            continue;
        }
        let links = (a.end..b.start)
            .filter(|&k| TOGETHER.contains(&doc.lower(k)))
            .count();
        let only_titles = (a.end..b.start).all(|k| {
            TOGETHER.contains(&doc.lower(k))
                || doc.cap(k)
                || (doc.lower(k) == "of" && mentions.owner[k + 1].is_some())
                || doc.tokens[k].kind == TokenKind::Possessive
                || mentions.owner[k].is_some()
        });
        // "A held talks with B", "A spoke by telephone with his counterpart B": one
        // clause joined by "with".
        let with_in_clause = (a.end..b.start).any(|k| doc.lower(k) == "with")
            && (a.end..b.start).all(|k| {
                // The comma of an apposition ("with her counterpart, B") is no break.
                !matches!(doc.lower(k), "," | ";" | ":" | "who" | "which") || k + 1 == b.start
            });
        if links == 1 && (only_titles || with_in_clause) {
            return Some((a.entity, b.entity));
        }
    }
    None
}

/// The person mention starting at `k`, if any.
fn person_at(table: &EntityTable, mentions: &Mentions, k: usize) -> Option<usize> {
    let m = mentions.owner.get(k).copied().flatten()?;
    let mention = &mentions.list[m];
    (mention.start == k && table.kind(mention.entity) == EntityKind::Person).then_some(m)
}

/// After a person ending at `j`, past a description in commas (", a 41-year-old engineer,").
fn past_description(doc: &Doc, mentions: &Mentions, j: usize) -> usize {
    if doc.lower(j) != "," || !matches!(doc.lower(j + 1), "a" | "an") {
        return j;
    }
    (j + 2..j + 10)
        .take_while(|&k| doc.same_sentence(j, k) && mentions.owner[k].is_none())
        .find(|&k| doc.lower(k) == ",")
        .unwrap_or(j)
}

/// The two people named in apposition after "the two" / "the pair" at `i`.
fn named_pair(
    doc: &Doc,
    table: &EntityTable,
    mentions: &Mentions,
    i: usize,
) -> Option<(usize, usize)> {
    if doc.lower(i) != "the"
        || !matches!(doc.lower(i + 1), "two" | "pair")
        || doc.lower(i + 2) != ","
    {
        return None;
    }
    let first = person_at(table, mentions, i + 3)?;
    let mut j = past_description(doc, mentions, mentions.list[first].end);
    if doc.lower(j) == "," {
        j += 1;
    }
    if doc.lower(j) != "and" {
        return None;
    }
    let second = person_at(table, mentions, j + 1)?;
    let (a, b) = (mentions.list[first].entity, mentions.list[second].entity);
    (a != b).then_some((a, b))
}

/// The group mentions starting before token `i`, latest first, as long as they are at most
/// [`REACH`] sentences before `i`'s (the groups a later phrase may stand for).
pub(crate) fn recent_groups<'a>(
    doc: &'a Doc,
    table: &'a EntityTable,
    mentions: &'a Mentions,
    i: usize,
) -> impl Iterator<Item = &'a Mention> + 'a {
    recent_mentions(doc, mentions, i).filter(move |m| table.kind(m.entity) == EntityKind::Group)
}

/// The mentions starting before token `i`, latest first, as long as they are at most
/// [`REACH`] sentences before `i`'s.
pub(crate) fn recent_mentions<'a>(
    doc: &'a Doc,
    mentions: &'a Mentions,
    i: usize,
) -> impl Iterator<Item = &'a Mention> + 'a {
    let sentence = doc.sentence_of[i];
    mentions
        .sorted()
        .into_iter()
        .rev()
        .map(|m| &mentions.list[m])
        .filter(move |m| m.start < i)
        .take_while(move |m| {
            doc.sentence_of
                .get(m.start)
                .is_some_and(|&s| s != usize::MAX && s + REACH >= sentence)
        })
}

/// Every mention of a group of two later named in apposition stands for the two people.
pub fn name_members(doc: &Doc, table: &EntityTable, mentions: &mut Mentions) {
    for i in 0..doc.tokens.len() {
        if doc.sentence_of[i] == usize::MAX {
            continue;
        }
        let Some((a, b)) = named_pair(doc, table, mentions, i) else {
            continue;
        };
        // The latest group of two told shortly before.
        let group = recent_groups(doc, table, mentions, i)
            .filter(|m| m.end <= i)
            .map(|m| m.entity)
            .find(|&g| {
                let label = table.records[g].entity.label.to_lowercase();
                label.starts_with("two ") || label.starts_with("2 ")
            });
        let Some(group) = group else {
            continue;
        };
        for m in mentions.list.iter_mut().filter(|m| m.entity == group) {
            m.entity = a;
            m.other = Some(b);
            m.kind = MentionKind::Pair;
        }
        // "the two" itself, if an earlier pass read it as some other pair.
        if let Some(m) = mentions.owner[i + 1] {
            let mention = &mut mentions.list[m];
            if mention.kind == MentionKind::Pair {
                mention.entity = a;
                mention.other = Some(b);
            }
        }
    }
}

/// "the company", "the men", "the bloc's" at token `i`: two words standing for `entity`.
pub(crate) fn noun_anaphor(doc: &Doc, i: usize, entity: usize) -> Mention {
    Mention {
        start: i,
        end: i + 2,
        entity,
        other: None,
        kind: MentionKind::Anaphor,
        possessive: doc.possessive_at(i + 2),
    }
}

/// "the men", "the fishermen" after "nine Ghanaian lorry drivers"; "the youngest driver",
/// "the other fisherman": the mention of the latest group a noun phrase opened by "the" at
/// token `i` stands for.
pub(crate) fn group_anaphor(
    doc: &Doc,
    lex: &Lexicon,
    table: &EntityTable,
    mentions: &Mentions,
    i: usize,
) -> Option<Mention> {
    if lex.sets.group_nouns.contains(doc.lower(i + 1))
        && (doc.lower(i + 1).ends_with('s') || doc.lower(i + 1).ends_with("men"))
        && !matches!(doc.lower(i + 2), "of" | "from")
        && !doc.cap(i + 2)
    {
        // "the drivers" after "nine Ghanaian lorry drivers" and "Ivorian farmers": the
        // latest group named by the same noun; "the men", "the detainees": the latest
        // group (not so "the gunmen" after "two Chinese workers").
        let noun = doc.lower(i + 1);
        let latest = lex
            .sets
            .generic_group_nouns
            .contains(noun)
            .then(|| recent_groups(doc, table, mentions, i).next())
            .flatten()
            .map(|g| g.entity);
        if let Some(entity) = group_named_by(doc, table, mentions, i, noun).or(latest) {
            if mentions.free(i, i + 2) {
                return Some(noun_anaphor(doc, i, entity));
            }
        }
    }
    // "the youngest driver", "the other fisherman": one member of the latest group named by
    // that noun in the plural stands for the group.
    let modifier = doc.lower(i + 1);
    let noun_at = if modifier.ends_with("est")
        || matches!(modifier, "other" | "last" | "first" | "second" | "third")
    {
        i + 2
    } else {
        i + 1
    };
    let noun = doc.lower(noun_at);
    let member = lex.sets.group_member_nouns.contains(noun)
        && !matches!(doc.lower(noun_at + 1), "of" | "from")
        && !doc.cap(noun_at + 1)
        && mentions.free(i, noun_at + 1);
    if !member {
        return None;
    }
    let plural = match noun.strip_suffix("man") {
        Some(stem) => format!("{stem}men"),
        None => format!("{noun}s"),
    };
    let entity = group_named_by(doc, table, mentions, i, &plural)?;
    Some(Mention {
        start: i,
        end: noun_at + 1,
        entity,
        other: None,
        kind: MentionKind::Anaphor,
        possessive: false,
    })
}

/// The latest group within reach of token `i` whose name holds `noun` ("drivers" in "nine
/// Ghanaian lorry drivers").
fn group_named_by(
    doc: &Doc,
    table: &EntityTable,
    mentions: &Mentions,
    i: usize,
    noun: &str,
) -> Option<usize> {
    recent_groups(doc, table, mentions, i)
        .find(|g| {
            let label = &table.records[g.entity].entity.label;
            label.split(' ').any(|w| w.eq_ignore_ascii_case(noun))
        })
        .map(|g| g.entity)
}

/// "they"/"them"/"their": the latest group or pair within the last two sentences, else
/// the two people named before it in the sentence ("Xi welcomed Carney ... their meeting").
pub(crate) fn resolve_plural(
    doc: &Doc,
    lex: &Lexicon,
    table: &EntityTable,
    mentions: &Mentions,
    i: usize,
) -> Option<(usize, Option<usize>)> {
    let sentence = doc.sentence_of[i];
    // "called the sanctions a hostile step and warned that they would not go unanswered":
    // plural acts named after the last actor are what "they" stands for.
    let acts_between = (0..i)
        .rev()
        .take_while(|&k| doc.same_sentence(k, i) && mentions.owner[k].is_none())
        .any(|k| {
            let w = doc.lower(k);
            w.ends_with('s') && lex.words.act_nouns.contains_key(w)
        });
    if acts_between {
        return None;
    }
    let order = mentions.sorted();
    let people = people_of_sentence(doc, table, mentions, &order, sentence, i);
    // "the Malaysian agency and the Indonesian agency carried out their patrol"
    let mut j = i;
    while j > 0 && doc.same_sentence(j - 1, i) && i - j < 8 {
        j -= 1;
        if let Some(m) = mentions.owner[j] {
            let b = &mentions.list[m];
            let mut k = b.start;
            if k >= 2 && doc.lower(k - 1) == "the" {
                k -= 1;
            }
            if k >= 2 && doc.lower(k - 1) == "and" {
                if let Some(a) = mentions.owner[k - 2] {
                    let a = &mentions.list[a];
                    if a.entity != b.entity
                        && table.kind(a.entity) != EntityKind::Place
                        && table.kind(b.entity) != EntityKind::Place
                    {
                        return Some((a.entity, Some(b.entity)));
                    }
                }
            }
            break;
        }
    }
    if people.len() == 2 {
        return Some((people[0], Some(people[1])));
    }
    if let Some(pair) = coordinated_subject(doc, table, mentions, i) {
        return Some(pair);
    }
    let pair = order.iter().rev().find(|&&m| {
        let mm = &mentions.list[m];
        let s = doc.sentence_of.get(mm.start).copied().unwrap_or(usize::MAX);
        mm.start < i && s != usize::MAX && s + 2 >= sentence && mm.kind == MentionKind::Pair
    });
    if let Some(&m) = pair {
        return Some((mentions.list[m].entity, mentions.list[m].other));
    }
    order
        .iter()
        .rev()
        .find(|&&m| {
            let mm = &mentions.list[m];
            let s = doc.sentence_of.get(mm.start).copied().unwrap_or(usize::MAX);
            mm.start < i
                && s != usize::MAX
                && s + 2 >= sentence
                && (mm.kind == MentionKind::Pair || table.kind(mm.entity) == EntityKind::Group)
        })
        .map(|&m| (mentions.list[m].entity, mentions.list[m].other))
        .or_else(|| two_people_before(doc, table, mentions, &order, i))
}

/// "Turkmenistan and Azerbaijan settled the dispute in 2021, when they signed a memorandum":
/// the two sides opening the sentence of "they", as its subject.
fn coordinated_subject(
    doc: &Doc,
    table: &EntityTable,
    mentions: &Mentions,
    i: usize,
) -> Option<(usize, Option<usize>)> {
    let span = doc.sentences.get(doc.sentence_of[i])?;
    let mut k = span.start;
    if doc.lower(k) == "the" {
        k += 1;
    }
    let first = mentions.at(k).filter(|m| m.start == k)?;
    let second = mentions
        .at(first.end + 1)
        .filter(|m| doc.lower(first.end) == "and" && m.start == first.end + 1)?;
    let side = |e: usize| !matches!(table.kind(e), EntityKind::Place | EntityKind::Group);
    (second.end < i && first.entity != second.entity && side(first.entity) && side(second.entity))
        .then_some((first.entity, Some(second.entity)))
}

/// The people named in sentence `sentence` before token `before`, each once, in order.
fn people_of_sentence(
    doc: &Doc,
    table: &EntityTable,
    mentions: &Mentions,
    order: &[usize],
    sentence: usize,
    before: usize,
) -> Vec<usize> {
    let mut people: Vec<usize> = Vec::new();
    for &m in order {
        let mm = &mentions.list[m];
        if mm.start < before
            && doc.sentence_of.get(mm.start) == Some(&sentence)
            && table.kind(mm.entity) == EntityKind::Person
            && !people.contains(&mm.entity)
        {
            people.push(mm.entity);
        }
    }
    people
}

/// "X met Y on Tuesday. They agreed to ...": the two people, and no others, named in the
/// latest of the three sentences before the one "they" opens that names more than one.
fn two_people_before(
    doc: &Doc,
    table: &EntityTable,
    mentions: &Mentions,
    order: &[usize],
    i: usize,
) -> Option<(usize, Option<usize>)> {
    let sentence = doc.sentence_of[i];
    let opens = i == 0 || !doc.same_sentence(i - 1, i);
    if !opens || sentence == 0 {
        return None;
    }
    // "Q: Orsi and Milei met in July. Did that help? Olivera: It did. They met ...": one
    // person named between is no plural referent; the latest sentence of several is.
    let several = (sentence.saturating_sub(3)..sentence)
        .rev()
        .map(|s| people_of_sentence(doc, table, mentions, order, s, i))
        .find(|people| people.len() >= 2)?;
    match several[..] {
        [a, b] => Some((a, Some(b))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::annotation::Annotation;

    fn run(text: &str) -> Annotation {
        crate::extract::tests::run(text, "2026-04-15")
    }

    #[test]
    fn a_group_of_two_named_later_is_the_two_people() {
        let a = run(
            "Peru freed two Chilean nationals on Wednesday. On Tuesday, a Peruvian court \
             pardoned the two, Ana Soto, a 30-year-old teacher, and Lieke van Dam, a \
             36-year-old travel writer.",
        );
        let freed = a
            .events
            .iter()
            .find(|e| e.class == "Retreat")
            .expect("the release");
        for key in ["person/ana-soto", "person/lieke-van-dam"] {
            assert!(freed.targets.iter().any(|t| t == key), "{key}: {freed:?}");
        }
        let pardon = a
            .events
            .iter()
            .find(|e| e.class == "Concession")
            .expect("the pardon");
        assert_eq!(pardon.targets.len(), 2, "{pardon:?}");
    }

    #[test]
    fn a_group_of_three_or_no_apposition_stays_a_group() {
        let a = run(
            "Peru freed three Chilean nationals on Wednesday. The two countries, Chile and \
             Peru, later met.",
        );
        let freed = a
            .events
            .iter()
            .find(|e| e.class == "Retreat")
            .expect("the release");
        assert!(
            freed.targets.iter().all(|t| t.starts_with("group/")),
            "{freed:?}"
        );
    }

    #[test]
    fn the_two_leaders_are_the_two_named_together_not_the_latest_host() {
        let a = run(
            "Chilean President Ana Duarte and Peruvian Prime Minister Tomas Ferro held \
             talks in Lima on Monday. Each leader was later received by Portuguese President \
             Rui Gomes. The two leaders signed a fisheries accord.",
        );
        let accord = a
            .events
            .iter()
            .find(|e| e.class == "Agreement")
            .expect("the accord");
        for key in ["person/ana-duarte", "person/tomas-ferro"] {
            assert!(
                accord.participants.iter().any(|p| p == key),
                "{key}: {accord:?}"
            );
        }
        assert!(
            !accord.participants.iter().any(|p| p == "person/rui-gomes"),
            "{accord:?}"
        );
    }

    #[test]
    fn they_after_a_sentence_naming_two_people_is_the_two() {
        let a = run(
            "Foreign Minister Lena Varga of Hungary met her Slovak counterpart Peter Kollar in \
             Bratislava on Monday. They agreed to set up a joint commission on river traffic.",
        );
        let accord = a.events.iter().find(|e| e.class == "Agreement");
        let accord = accord.expect("an agreement");
        assert_eq!(
            accord.participants,
            ["person/lena-varga", "person/peter-kollar"]
        );
        // With three people named before, "they" is left open.
        let b = run(
            "Lena Varga met Peter Kollar and Jan Novak in Bratislava on Monday. They agreed to \
             set up a joint commission on river traffic.",
        );
        assert!(
            b.events
                .iter()
                .all(|e| e.class != "Agreement" || e.participants.len() != 2)
        );
    }

    #[test]
    fn they_past_sentences_naming_one_person_is_the_two_named_before() {
        let a = run(
            "Q: President Lena Varga and President Peter Kollar met in May. Did it help? \
             Novak: It did. They met again in Bratislava and agreed to set up a joint \
             commission on river traffic.",
        );
        let accord = a.events.iter().find(|e| e.class == "Agreement");
        assert_eq!(
            accord.map(|e| e.participants.clone()),
            Some(vec![
                "person/lena-varga".to_string(),
                "person/peter-kollar".to_string()
            ])
        );
        // Meeting again, with no date of their own, is the meeting told before.
        let meetings = a.events.iter().filter(|e| e.class == "Meeting").count();
        assert_eq!(meetings, 1);
    }

    #[test]
    fn they_later_in_a_sentence_opened_by_two_sides_is_the_two() {
        let a = run(
            "Ghana and Togo ended a long quarrel over the lagoon in March 2021, when they \
             signed a memorandum on joint fishing.",
        );
        let accord = a.events.iter().find(|e| e.class == "Agreement");
        let accord = accord.expect("an agreement");
        assert_eq!(accord.participants, ["country/GHA", "country/TGO"]);
    }
}
