//! Acts named again: a speech act whose object is "the launch", "the accusation" or "the
//! sanctions" ("a charge Caracas dismissed", "welcomed Monday's agreement") targets the
//! author of the latest such act told before, by another side (the parties, for an
//! agreement); a request for the release of someone detained, of their holders; and an
//! accusation made at home by an unnamed ministry, of the host country.

use crate::annotation::EntityKind;
use crate::calendar::WEEKDAYS;
use crate::extract::belongings::detainers;
use crate::extract::doc::class;
use crate::extract::events::{Context, Draft};

/// Classes whose object may name an earlier act as what they are about.
const SPEECH_ACTS: [&str; 4] = ["Accusation", "Rejection", "Protest", "Support"];

/// Sets the targets of the speech acts in `current` that name an act told in `earlier`
/// (or before them in `current`).
pub(crate) fn target_named_acts(ctx: &Context, earlier: &[Draft], current: &mut [Draft]) {
    for i in 0..current.len() {
        if !SPEECH_ACTS.contains(&current[i].class.as_str()) {
            continue;
        }
        let Some(classes) = named_act(ctx, &current[i]) else {
            continue;
        };
        // "The Foreign Office rejected it": what is rejected is most often words aimed at
        // the rejecter (a protest, a demand), which `merge` finds as what it answers.
        if classes.is_empty() && current[i].class == "Rejection" {
            continue;
        }
        let own: Vec<Option<usize>> = current[i]
            .agents
            .iter()
            .map(|&a| ctx.table.country_of(a))
            .collect();
        // The author of an act; the parties of an agreement.
        let authors = |d: &Draft| -> Vec<usize> {
            if d.symmetric {
                d.participants.clone()
            } else {
                d.agents.clone()
            }
        };
        let fits = |d: &Draft| {
            let by = authors(d);
            !by.is_empty()
                && (classes.iter().any(|c| c == "*" || *c == d.class)
                    // "it": any act but another's words about one.
                    || classes.is_empty() && !SPEECH_ACTS.contains(&d.class.as_str()))
                && by
                    .iter()
                    .all(|&a| !own.contains(&ctx.table.country_of(a)) || own.is_empty())
        };
        let (before, _) = current.split_at(i);
        // "denied the charge" made by a spokesman: the target is the accuser's side.
        let author = before
            .iter()
            .rev()
            .chain(earlier.iter().rev())
            .find(|d| fits(d))
            .map(|d| {
                authors(d)
                    .iter()
                    .map(|&a| match ctx.table.kind(a) {
                        EntityKind::Person => ctx.table.country_of(a).unwrap_or(a),
                        _ => a,
                    })
                    .collect::<Vec<usize>>()
            });
        if let Some(author) = author {
            current[i].targets = author;
        }
    }
}

/// The classes of the act named right after the trigger ("condemned the launch"), when
/// that object is a definite act noun with no actor of its own, or named before its
/// subject ("a charge Caracas dismissed"); none (any act) for "it" blamed or rejected
/// ("called it a grave provocation", "condemned it").
fn named_act<'a>(ctx: &Context<'a>, d: &Draft) -> Option<&'a [String]> {
    let doc = ctx.doc;
    let s_end = doc.sentences[d.sentence].end;
    let it_object = |k: usize| {
        doc.lower(k) == "it"
            && !matches!(
                doc.lower(k + 1),
                "is" | "was" | "has" | "had" | "would" | "will"
            )
    };
    let blame = matches!(d.class.as_str(), "Accusation" | "Rejection");
    if blame && d.verbal && (it_object(d.start + 1) || it_object(d.end)) {
        return Some(&[]);
    }
    // "called the sanctions \"a hostile step\"": a pattern with a gap holds the act it
    // names right after its verb.
    if d.verbal && d.end > d.start + 2 {
        if let Some(classes) = act_after(ctx, d.start + 1, s_end) {
            return Some(classes);
        }
    }
    act_after(ctx, d.end, s_end).or_else(|| named_before_subject(ctx, d))
}

/// The classes of the definite act noun starting at token `k` ("the launch", "Monday's
/// agreement"), when no actor of its own is named with it.
fn act_after<'a>(ctx: &Context<'a>, mut k: usize, s_end: usize) -> Option<&'a [String]> {
    let doc = ctx.doc;
    // "\"strongly condemns\" the test": past the quote that closes the verb.
    while matches!(doc.lower(k), "\"" | "”" | "'" | "’") && k < s_end {
        k += 1;
    }
    // "Monday's agreement", "yesterday's attack": a day's possessive stands for "the".
    let day = doc.lower(k);
    if (WEEKDAYS.contains(&day) || day == "yesterday") && doc.possessive_at(k + 1) {
        k += 2;
    } else if matches!(doc.lower(k), "the" | "this" | "these" | "that") {
        k += 1;
    } else {
        return None;
    }
    // Up to two modifiers: "the British allegations", "the latest missile launch".
    for _ in 0..3 {
        if k >= s_end || ctx.mentions.owner[k].is_some() {
            return None;
        }
        if let Some(classes) = ctx.lex.words.act_nouns.get(doc.lower(k)) {
            // "the charges against X": the act's author is named with it.
            let named_after = matches!(doc.lower(k + 1), "of" | "by" | "against" | "on")
                && ctx.mentions.owner.get(k + 2).copied().flatten().is_some();
            return (!named_after).then_some(classes.as_slice());
        }
        k += 1;
    }
    None
}

/// "..., a charge Caracas dismissed", "an accusation Quito denies": the act noun right
/// before the subject of the trigger, after a comma.
fn named_before_subject<'a>(ctx: &Context<'a>, d: &Draft) -> Option<&'a [String]> {
    let doc = ctx.doc;
    let s_start = doc.sentences[d.sentence].start;
    let mut k = d.start;
    // Back over the subject and the words between it and the verb ("has repeatedly").
    let mut subject_seen = false;
    while k > s_start + 2 {
        let before = k - 1;
        if ctx.mentions.owner[before].is_some() {
            subject_seen = true;
        } else if !matches!(
            doc.lower(before),
            "has"
                | "have"
                | "had"
                | "also"
                | "again"
                | "repeatedly"
                | "flatly"
                | "strongly"
                | "quickly"
                | "promptly"
                | "swiftly"
                | "firmly"
                | "the"
        ) {
            break;
        }
        k = before;
    }
    let noun = k.checked_sub(1)?;
    if !subject_seen || noun < s_start + 2 {
        return None;
    }
    let classes = ctx.lex.words.act_nouns.get(doc.lower(noun))?;
    (matches!(doc.lower(noun - 1), "a" | "an") && doc.lower(noun - 2) == ",")
        .then_some(classes.as_slice())
}

/// "Estonia demanded Kask's immediate release": the one whose release (or other act) is
/// asked for is not the one asked, but whoever detained them in an act told before; with
/// no one else named, the request goes to the other side (the trigger's counterpart).
pub(crate) fn asked_of_holders(ctx: &Context, earlier: &[Draft], current: &mut [Draft]) {
    // The person or group whose act is asked for, named by a possessive right after the
    // verb ("Kask's immediate release", "the fishermen's return").
    let possessor_of_act = |d: &Draft| {
        (d.end..d.end + 3).find_map(|k| {
            let m = ctx
                .mentions
                .at(k)
                .filter(|m| m.start == k && m.possessive)?;
            let kind = ctx.table.kind(m.entity);
            let act_after = (m.end + 1..m.end + 4).any(|j| ctx.doc.is(j, class::TRIGGER));
            (act_after && matches!(kind, EntityKind::Person | EntityKind::Group))
                .then_some(m.entity)
        })
    };
    for i in 0..current.len() {
        let d = &current[i];
        if !(d.verbal && d.class == "Request") {
            continue;
        }
        let Some(held) = possessor_of_act(d) else {
            continue;
        };
        let holders = detainers(current, i, earlier, |targets| targets.contains(&held));
        let d = &mut current[i];
        d.targets.retain(|&t| t != held);
        for h in holders.into_iter().flatten() {
            if !d.targets.contains(&h) && !d.agents.contains(&h) {
                d.targets.push(h);
            }
        }
    }
}

/// "The foreign ministry summoned Russia's chargé d'affaires in Tallinn": an accusation
/// told by an active verb whose subject names no side, made in a place of one of the
/// article's two main countries and aimed at the other, is that place's country's.
pub(crate) fn made_at_home(ctx: &Context, current: &mut [Draft]) {
    let [first, second, ..] = ctx.main[..] else {
        return;
    };
    for d in current.iter_mut() {
        if d.class != "Accusation" || !d.verbal || !d.agents.is_empty() || d.start == 0 {
            continue;
        }
        // "was summoned", "had been charged": the passive names no accuser.
        if ctx.doc.is(d.start - 1, class::BE) {
            continue;
        }
        let host = d.locations.iter().find_map(|&l| ctx.table.country_of(l));
        let Some(host) = host.filter(|&h| h == first || h == second) else {
            continue;
        };
        let other = if host == first { second } else { first };
        let aimed = !d.targets.is_empty()
            && d.targets
                .iter()
                .all(|&t| ctx.table.country_of(t) == Some(other));
        if aimed {
            d.agents = vec![host];
        }
    }
}

#[cfg(test)]
mod tests {
    fn accusations(text: &str) -> Vec<(Vec<String>, Vec<String>)> {
        let a = crate::extract::tests::run(text, "2026-05-07");
        a.events
            .into_iter()
            .filter(|e| e.class == "Accusation")
            .map(|e| (e.agents, e.targets))
            .collect()
    }

    #[test]
    fn a_summons_by_an_unnamed_ministry_is_the_host_countrys() {
        let story = "Peruvian coast guards seized a Chilean trawler on Monday. ";
        let found = accusations(&format!(
            "{story}The foreign ministry summoned Peru's ambassador in Santiago on Tuesday."
        ));
        assert_eq!(
            found,
            [(
                vec!["country/CHL".to_string()],
                vec!["country/PER".to_string()]
            )]
        );
        // In a third country's city, the place tells no side.
        let found = accusations(&format!(
            "{story}The foreign ministry summoned Peru's ambassador in Geneva on Tuesday."
        ));
        assert!(
            found.iter().all(|(agents, _)| agents.is_empty()),
            "{found:?}"
        );
    }
}
