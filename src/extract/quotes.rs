//! Quoted speech: "we", "I", "us" and "me" inside a quotation stand for whoever
//! the text says spoke it ("\"We urge Japan to stop,\" said Wang Lei" → Wang Lei; "Kenya's
//! foreign ministry said: \"We will not accept ...\"" → the ministry), and "I", "me" and
//! "my" in a transcript's turn stand for the speaker its label names ("Minister Ruiz:").

use crate::annotation::EntityKind;
use crate::extract::doc::{Doc, class};
use crate::extract::entities::{EntityTable, Mention, MentionKind, Mentions};

/// Longest quotation followed, in tokens: an opening quote left unclosed ends here.
const LONGEST_QUOTE: usize = 150;
/// How far from a quotation its speech verb may stand, in tokens.
const ATTRIBUTION_REACH: usize = 8;

/// Adds a mention of the speaker for each first-person pronoun inside a quotation whose
/// speaker is named beside it, or, for a quotation with no attribution of its own, named
/// beside the one just before it in the same paragraph.
pub fn first_person(doc: &Doc, table: &EntityTable, mentions: &mut Mentions) {
    let mut last: Option<(usize, usize)> = None;
    for (open, close) in quotations(doc) {
        let continued = last
            .filter(|&(end, _)| same_paragraph(doc, end, open))
            .map(|(_, speaker)| speaker);
        let Some(speaker) = speaker_after(doc, table, mentions, close)
            .or_else(|| speaker_before(doc, table, mentions, open))
            .or(continued)
        else {
            last = None;
            continue;
        };
        last = Some((close, speaker));
        for i in open + 1..close {
            let lower = doc.lower(i);
            // Not "our", "my": "our farmers" names no actor.
            let first_person = matches!(lower, "we" | "i" | "me")
                // "us", not "US".
                || lower == "us" && &doc.text[doc.tokens[i].start..doc.tokens[i].end] == "us";
            if first_person && mentions.owner[i].is_none() {
                mentions.add(Mention {
                    start: i,
                    end: i + 1,
                    entity: speaker,
                    other: None,
                    kind: MentionKind::Anaphor,
                    possessive: false,
                });
            }
        }
    }
}

/// The quotations of the text as (opening, closing) token pairs: straight quotes open and
/// close in turn, curly ones by their shape.
fn quotations(doc: &Doc) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut open: Option<usize> = None;
    for i in 0..doc.tokens.len() {
        if open.is_some_and(|o| i - o > LONGEST_QUOTE) {
            open = None;
        }
        match (doc.lower(i), open) {
            ("“", _) | ("\"", None) => open = Some(i),
            ("”" | "\"", Some(o)) => {
                found.push((o, i));
                open = None;
            }
            _ => {}
        }
    }
    found
}

/// Whether nothing but one paragraph lies between tokens `from` and `to`.
fn same_paragraph(doc: &Doc, from: usize, to: usize) -> bool {
    (from + 1..=to).all(|k| !doc.tokens[k].line_start)
}

/// A person, body or country that can speak.
fn speaker_mention(table: &EntityTable, mentions: &Mentions, k: usize) -> Option<usize> {
    let m = mentions.owner[k]?;
    let entity = mentions.list[m].entity;
    matches!(
        table.kind(entity),
        EntityKind::Person | EntityKind::Organization | EntityKind::Country
    )
    .then_some(entity)
}

/// `"...," said Wang Lei` / `"...," Wang Lei said`: a speech verb right after a quotation
/// closed inside its sentence, and the actor beside it.
fn speaker_after(
    doc: &Doc,
    table: &EntityTable,
    mentions: &Mentions,
    close: usize,
) -> Option<usize> {
    let end = doc.tokens.len();
    let goes_on = matches!(doc.lower(close - 1), "," | "?" | "!")
        || close + 1 < end && doc.lower(close + 1) == ",";
    if !goes_on {
        return None;
    }
    let mut reach = (close + 1..(close + 1 + ATTRIBUTION_REACH).min(end))
        .take_while(|&k| !matches!(doc.lower(k), "." | "“" | "\"") && !doc.tokens[k].line_start);
    let verb = reach.find(|&k| doc.is(k, class::SPEECH))?;
    // "said Wang Lei, ...": the name after the verb; "Wang Lei said": the one before it.
    if verb + 1 < end {
        if let Some(speaker) = speaker_mention(table, mentions, verb + 1) {
            return Some(speaker);
        }
    }
    (close + 1..verb)
        .rev()
        .find_map(|k| speaker_mention(table, mentions, k))
}

/// `Wang Lei said: "..."` / `Wang Lei told reporters, "..."`: a speech verb shortly before
/// the opening quote, and the actor before that verb in its sentence.
fn speaker_before(
    doc: &Doc,
    table: &EntityTable,
    mentions: &Mentions,
    open: usize,
) -> Option<usize> {
    if open < 2 || !matches!(doc.lower(open - 1), ":" | ",") {
        return None;
    }
    let sentence = doc.sentence_of[open - 1];
    let verb = (open.saturating_sub(5)..open - 1)
        .rev()
        .find(|&k| doc.is(k, class::SPEECH) && doc.sentence_of[k] == sentence)?;
    (open.saturating_sub(20)..verb)
        .rev()
        .take_while(|&k| doc.sentence_of[k] == sentence)
        .find_map(|k| speaker_mention(table, mentions, k))
}

/// Adds a mention of the speaker for each first-person pronoun of a transcript's turn:
/// a line opening with a person's name (after a title) and a colon ("Minister Mirzoyan:
/// ...", "Chairperson-in-Office Cassis:") gives the turn, up to the next such label
/// ("Question:" gives a turn to no one known).
pub fn transcript_speakers(doc: &Doc, table: &EntityTable, mentions: &mut Mentions) {
    let mut speaker: Option<usize> = None;
    for i in 0..doc.tokens.len() {
        if doc.tokens[i].line_start {
            if let Some(label) = turn_label(doc, table, mentions, i) {
                speaker = label;
            }
        }
        let Some(person) = speaker else { continue };
        let lower = doc.lower(i);
        let first_person = matches!(lower, "i" | "me" | "my")
            && &doc.text[doc.tokens[i].start..doc.tokens[i].end] != "ME";
        if first_person && mentions.owner[i].is_none() {
            mentions.add(Mention {
                start: i,
                end: i + 1,
                entity: person,
                other: None,
                kind: MentionKind::Anaphor,
                possessive: lower == "my",
            });
        }
    }
}

/// Most tokens before the colon of a transcript's speaker label ("Deputy Foreign Minister
/// Ana Ruiz:").
const LONGEST_LABEL: usize = 8;

/// At the start of a line, a speaker's label: `Some(Some(person))` for a person named
/// before a colon, `Some(None)` for a label of someone unknown ("Question:", "Reporter:"),
/// `None` when the line opens with no label.
fn turn_label(
    doc: &Doc,
    table: &EntityTable,
    mentions: &Mentions,
    start: usize,
) -> Option<Option<usize>> {
    let end = doc.tokens.len();
    let colon = (start + 1..(start + LONGEST_LABEL).min(end))
        .take_while(|&k| k == start || !doc.tokens[k].line_start)
        .find(|&k| doc.lower(k) == ":")?;
    // Every word of the label is capitalized: a title and a name, or a role.
    if !(start..colon).all(|k| doc.cap(k) || doc.lower(k) == "-") {
        return None;
    }
    let person = mentions.owner[colon - 1]
        .map(|m| mentions.list[m].entity)
        .filter(|&e| table.kind(e) == EntityKind::Person);
    Some(person)
}

#[cfg(test)]
mod tests {
    use crate::annotation::Event;
    use crate::extract::tests::run;

    fn events(text: &str) -> Vec<Event> {
        run(text, "2026-05-14").events
    }

    #[test]
    fn we_in_a_quotation_is_the_speaker_named_after_it() {
        let found = events(
            "\"We urge Japan to stop hyping the issue,\" said Wang Lei, China's foreign \
             ministry spokesman.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].class, "Request");
        assert_eq!(found[0].agents, ["person/wang-lei"]);
        assert_eq!(found[0].targets, ["country/JPN"]);
    }

    #[test]
    fn we_in_a_quotation_is_the_speaker_named_before_it() {
        let found = events(
            "Chile's foreign minister Ana Vidal said: \"We reject Bolivia's claim to the \
             coast.\"",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].class, "Rejection");
        assert_eq!(found[0].agents, ["person/ana-vidal"]);
    }

    #[test]
    fn a_request_made_as_it_is_told_is_no_ongoing_one_and_its_denial_is_none() {
        let found = events(
            "\"We are not asking for favours. We are asking Peru to free them,\" Chile's \
             foreign minister Ana Vidal told reporters.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].class, "Request");
        assert_eq!(found[0].agents, ["person/ana-vidal"]);
        assert_eq!(found[0].targets, ["country/PER"]);
        assert_eq!(found[0].status, crate::annotation::Status::Occurred);
    }

    #[test]
    fn a_quotation_with_no_speaker_named_gives_we_no_actor() {
        let found = events("\"We urge Japan to stop hyping the issue.\"");
        assert!(found.iter().all(|e| e.agents.is_empty()), "{found:?}");
    }

    #[test]
    fn the_first_person_of_a_transcript_turn_is_its_speaker() {
        let found = events(
            "Minister Varga:\nThis morning Prime Minister Peter Kovacs received \
             Chairperson-in-Office Elena Rossi.\n\nChairperson-in-Office Rossi:\nThank you, \
             Minister. I will travel to Bratislava tomorrow to meet Prime Minister Jan Novak.\n\n\
             Question: Will the OSCE send observers?\n\nI hope so, said a reporter.",
        );
        let visits: Vec<&Event> = found.iter().filter(|e| e.class == "Visit").collect();
        assert_eq!(visits.len(), 1, "{found:?}");
        assert_eq!(visits[0].agents, ["person/elena-rossi"]);
        assert_eq!(visits[0].targets, ["country/SVK"]);
        // The title with "-in-Office" is no part of her name.
        assert!(
            found.iter().any(|e| e.class == "Meeting"
                && e.participants.contains(&"person/jan-novak".to_string())
                && e.participants.contains(&"person/elena-rossi".to_string())),
            "{found:?}"
        );
    }
}
