//! Relations between the triggers of one sentence: coordinated verbs sharing a subject,
//! acts named by speech, purposes of trips, and one event for several triggers of a class.

use crate::annotation::{EntityKind, Status};
use crate::extract::events::{Context, Draft, push_unique};

pub(crate) const SPEECH_CLASSES: [&str; 4] = ["Accusation", "Support", "Rejection", "Request"];

/// Roles and relations between the triggers of one sentence.
pub(crate) fn relate_in_sentence(ctx: &Context, drafts: &mut Vec<Draft>) {
    let doc = ctx.doc;
    for d in drafts.iter_mut() {
        fronted_sides(ctx, d);
    }
    for i in 0..drafts.len() {
        let (before, rest) = drafts.split_at_mut(i);
        let d = &mut rest[0];
        let has_subject =
            |p: &&Draft| p.verbal && (!p.agents.is_empty() || !p.participants.is_empty());
        // "Georgia demanded the release of villagers detained by Russian guards, accusing
        // Moscow ...": a participle after a comma goes on from the first clause, not from
        // a reduced passive inside it.
        let participle = d.coordinated && d.start > 0 && doc.lower(d.start - 1) == ",";
        let prev_verbal = if participle {
            before
                .iter()
                .find(|p| has_subject(p) && !p.own_agent)
                .or_else(|| before.iter().rev().find(has_subject))
        } else {
            before.iter().rev().find(has_subject)
        };
        // "X detained them and then deported them": the second verb has the first's subject.
        if d.coordinated && !d.symmetric {
            if let Some(p) = prev_verbal {
                let subject: Vec<usize> = if p.symmetric && !p.subject_sides.is_empty() {
                    p.subject_sides.clone()
                } else if p.symmetric {
                    p.participants.clone()
                } else {
                    p.agents.clone()
                };
                d.targets.retain(|t| !subject.contains(t));
                d.agents = subject;
            }
        } else if d.coordinated && d.symmetric && d.participants.len() < 2 {
            if let Some(p) = prev_verbal {
                let subject: Vec<usize> = if p.symmetric {
                    p.participants.clone()
                } else {
                    p.agents.clone()
                };
                let mut merged = subject;
                push_unique(&mut merged, d.participants.iter().copied());
                d.participants = merged;
            }
        }
        // "spoke by phone with X ..., and offered help": the first speaker goes on.
        if d.coordinated && !d.symmetric && prev_verbal.is_none() {
            if let Some(p) = before
                .iter()
                .rev()
                .find(|p| p.symmetric && !p.participants.is_empty())
            {
                let first = p.participants[0];
                d.targets.retain(|&t| t != first);
                d.agents = vec![first];
            }
        }
        // "condemned the air strike by the military": the target is the act's author.
        if d.targets.is_empty() && SPEECH_CLASSES.contains(&d.class.as_str()) {
            if let Some(stop) = d.stopped_at {
                if let Some(act) = before
                    .iter()
                    .chain(rest[1..].iter())
                    .find(|x| x.start == stop)
                {
                    let authors: Vec<usize> = act.agents.clone();
                    rest[0].targets = authors;
                }
            }
        }
        let d = &mut rest[0];
        // "thanked Malaysia for the dispatch": the thanked one did it.
        if d.noun && d.agents.is_empty() && d.governed_by.as_deref() == Some("for") {
            if let Some(p) = before
                .iter()
                .rev()
                .find(|p| SPEECH_CLASSES.contains(&p.class.as_str()) && !p.targets.is_empty())
            {
                d.agents = p.targets.clone();
                d.own_agent = true;
            }
        }
        // "signed a partnership during a visit to Beijing": the visitor is the clause's
        // subject (an official named by country stands for it: "Germany's chancellor");
        // "During a visit to Kyiv, Merz pledged ...": a visit opening the sentence is that
        // of the subject after it.
        if rest[0].noun
            && rest[0].class == "Visit"
            && rest[0].agents.is_empty()
            && matches!(
                rest[0].governed_by.as_deref(),
                Some("during" | "on" | "after")
            )
        {
            let d = &rest[0];
            let opening = d.phrase_start <= doc.sentences[doc.sentence_of[d.start]].start + 1;
            let clause = if opening {
                rest[1..].iter().find(|p| p.verbal)
            } else {
                before.iter().rev().find(|p| p.verbal)
            };
            if let Some(p) = clause {
                let subject: &[usize] = if p.symmetric {
                    &p.participants
                } else {
                    &p.agents
                };
                let visitor: Vec<usize> = subject
                    .iter()
                    .copied()
                    .filter(|&x| {
                        matches!(ctx.table.kind(x), EntityKind::Person | EntityKind::Country)
                            && !d.targets.contains(&x)
                    })
                    .take(1)
                    .collect();
                rest[0].agents = visitor;
            }
        }
        let d = &mut rest[0];
        // "is due in Ankara for a meeting with X": the purpose shares the trip's actor and status.
        if d.noun && d.governed_by.as_deref() == Some("for") && d.own_agent_or_object() {
            if let Some(p) = before.last() {
                if d.symmetric {
                    let mut merged = p.agents.clone();
                    push_unique(&mut merged, d.participants.iter().copied());
                    d.participants = merged;
                }
                if p.status == Status::Planned && d.status == Status::Occurred {
                    d.status = Status::Planned;
                }
            }
        }
        // "arrived in Washington for trade talks": talks a trip is for, with no sides of
        // their own, are between the visitor and the host.
        if d.noun
            && d.symmetric
            && d.participants.is_empty()
            && d.governed_by.as_deref() == Some("for")
        {
            let trip = before
                .last()
                .filter(|p| p.class == "Visit" && !p.agents.is_empty() && !p.targets.is_empty());
            if let Some(p) = trip {
                let mut sides = p.agents.clone();
                push_unique(&mut sides, p.targets.iter().copied());
                // An official's trip for talks is a meeting with the hosts, as "for talks
                // with President Lula" is.
                if d.class == "Negotiation"
                    && sides
                        .iter()
                        .any(|&x| ctx.table.kind(x) == EntityKind::Person)
                {
                    d.class = "Meeting".to_string();
                }
                d.participants = sides;
                if p.status == Status::Planned && d.status == Status::Occurred {
                    d.status = Status::Planned;
                }
            }
        }
        // "talks ... broke up without an agreement": the same sides.
        if d.symmetric && d.participants.is_empty() {
            if let Some(p) = before
                .iter()
                .rev()
                .find(|p| p.symmetric && !p.participants.is_empty())
            {
                d.participants = p.participants.clone();
            }
        }
    }
    // "condemned Iran's seizure of the tanker": the seizure was told before.
    let stops: Vec<usize> = drafts
        .iter()
        .filter(|d| SPEECH_CLASSES.contains(&d.class.as_str()))
        .filter_map(|d| d.stopped_at)
        .collect();
    let speech_ends: Vec<usize> = drafts
        .iter()
        .filter(|d| d.verbal && SPEECH_CLASSES.contains(&d.class.as_str()))
        .map(|d| d.end)
        .collect();
    for d in drafts.iter_mut() {
        let object_of_speech = speech_ends
            .iter()
            .any(|&e| d.phrase_start == e || d.phrase_start == e + 1);
        if d.noun && (stops.contains(&d.start) || object_of_speech) {
            d.referenced = true;
        }
    }
    // "rallied outside the embassy, demanding that ...": what protesters demand is the
    // protest's content, not a request of its own.
    let protest_at = drafts
        .iter()
        .filter(|d| d.class == "Protest")
        .map(|d| d.start)
        .min();
    if let Some(p) = protest_at {
        drafts.retain(|d| {
            !(d.class == "Request"
                && d.verbal
                && d.start > p
                && doc.lower(d.start).ends_with("ing")
                && doc.lower(d.start - 1) == ",")
        });
    }
    // A noun that is only the object or topic of another trigger is part of it
    // ("ratify the agreement", "talks on the review of their trade pact").
    let snapshot: Vec<Draft> = drafts.clone();
    let mut drop_meeting_at: Vec<usize> = Vec::new();
    drafts.retain(|d| {
        // "suspended its friendship treaty with Spain": a pact its owner already has, named
        // as the object of another act, is no new agreement even with its sides named.
        let owned = d.noun
            && d.symmetric
            && (d.phrase_start.saturating_sub(1)..d.start)
                .any(|k| matches!(doc.lower(k), "its" | "their"));
        if !owned && (!d.noun || d.own_agent || !d.participants.is_empty() && d.symmetric) {
            return true;
        }
        let prev = snapshot
            .iter()
            .filter(|p| p.start < d.start && p.class != d.class)
            .max_by_key(|p| p.start);
        let Some(p) = prev else { return true };
        let direct_object = p.verbal && d.phrase_start >= p.end && d.phrase_start <= p.end + 1;
        let topic = d.governed_by.as_deref().is_some_and(|g| {
            matches!(
                g,
                "on" | "of" | "over" | "about" | "regarding" | "for" | "into"
            )
        }) && d.start <= p.end + 8;
        if (direct_object || topic) && !(d.class == "Negotiation" && p.class == "Meeting") {
            return false;
        }
        if topic && d.class == "Negotiation" && p.class == "Meeting" {
            drop_meeting_at.push(p.start);
        }
        true
    });
    drafts.retain(|d| !(d.class == "Meeting" && drop_meeting_at.contains(&d.start)));
    // "will contribute NZ$4 million, to be delivered through ...": one pledge, no aid yet.
    let pledged = drafts
        .iter()
        .any(|d| d.class == "CooperationPledge" && ctx.lex.triggers[d.trigger].future_pledge);
    if pledged {
        drafts.retain(|d| d.class != "Aid");
    }
    // "pledged $3 million in emergency aid to Sudan": the aid named is what was pledged;
    // its recipient is the pledge's.
    let pledge_at = drafts
        .iter()
        .position(|d| d.class == "CooperationPledge" && d.verbal);
    if let Some(p) = pledge_at {
        let start = drafts[p].start;
        let promised = |d: &Draft| d.class == "Aid" && d.noun && !d.own_agent && d.start > start;
        let recipients: Vec<usize> = drafts
            .iter()
            .filter(|d| promised(d))
            .flat_map(|d| d.targets.iter().copied())
            .collect();
        if drafts[p].targets.is_empty() {
            push_unique(&mut drafts[p].targets, recipients);
        }
        drafts.retain(|d| !promised(d));
    }
}

/// "In a joint statement issued after the talks, the two leaders reaffirmed ...": a
/// symmetric act told in a fronted phrase is the act of the main clause's subject.
fn fronted_sides(ctx: &Context, d: &mut Draft) {
    let doc = ctx.doc;
    let s_start = doc.sentences[d.sentence].start;
    let s_end = doc.sentences[d.sentence].end;
    let fronted = d.noun
        && d.symmetric
        && d.participants.is_empty()
        && d.phrase_start == s_start + 1
        && matches!(doc.lower(s_start), "in" | "through" | "via");
    if !fronted {
        return;
    }
    let Some(comma) = (d.end..s_end.min(d.end + 12)).find(|&k| doc.lower(k) == ",") else {
        return;
    };
    let subject = ctx
        .mentions
        .owner
        .get(comma + 1)
        .copied()
        .flatten()
        .filter(|&m| ctx.mentions.list[m].start == comma + 1 && !ctx.is_place(m));
    if let Some(m) = subject {
        let sides: Vec<usize> = ctx
            .coordinated_after(m, s_end)
            .into_iter()
            .flat_map(|x| ctx.actors(x))
            .collect();
        push_unique(&mut d.participants, sides);
        d.own_agent = true;
    }
}

impl Draft {
    fn own_agent_or_object(&self) -> bool {
        self.own_agent || !self.participants.is_empty() || !self.targets.is_empty()
    }
}

/// Several triggers of one class in a sentence tell of one happening ("signed the
/// agreement"); a negation on any of them holds for all.
/// How far after a verb the head noun of its object may stand ("signed a ceasefire deal").
const OBJECT_REACH: usize = 4;
/// How far after a verb an act's noun may stand as its manner ("killed a senior commander
/// in an air strike").
const MANNER_REACH: usize = 10;

pub(crate) fn merge_in_sentence(ctx: &Context, drafts: Vec<Draft>) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    for d in drafts {
        // "Thailand and Cambodia signed a ceasefire deal, brokered by Malaysia": the deal is
        // the object of the signing, so one agreement; the sides are those who signed.
        let signed = out.iter_mut().find(|o| {
            o.class == d.class
                && o.symmetric
                && d.noun
                && !o.noun
                && o.participants.len() >= 2
                && d.start > o.end
                && d.start <= o.end + OBJECT_REACH
        });
        if let Some(o) = signed {
            push_unique(&mut o.locations, d.locations.iter().copied());
            if o.forum.is_none() {
                o.forum = d.forum;
            }
            continue;
        }
        // "killed a Hezbollah commander in an air strike in southern Lebanon": the act's
        // noun as the manner of a verb of its class is that verb's act; where it struck is
        // the place, the verb's object the target.
        let manner = out.iter_mut().find(|o| {
            o.class == d.class
                && !o.symmetric
                && !o.noun
                && d.noun
                && d.agents.iter().all(|a| o.agents.contains(a))
                && matches!(d.governed_by.as_deref(), Some("in" | "with" | "by"))
                && d.start > o.end
                && d.start <= o.end + MANNER_REACH
                && !(o.end..d.start).any(|k| matches!(ctx.doc.lower(k), "," | ";" | ":" | "and"))
        });
        if let Some(o) = manner {
            push_unique(&mut o.locations, d.locations.iter().copied());
            if o.targets.is_empty() {
                push_unique(&mut o.targets, d.targets.iter().copied());
            }
            continue;
        }
        let same = out.iter_mut().find(|o| {
            if o.class != d.class {
                return false;
            }
            let fits = |x: &[usize], y: &[usize]| {
                x.is_empty()
                    || y.is_empty()
                    || x.iter().any(|a| y.contains(a))
                    || x.iter().any(|&a| {
                        y.iter().any(|&b| {
                            ctx.table.country_of(a).is_some()
                                && ctx.table.country_of(a) == ctx.table.country_of(b)
                        })
                    })
            };
            (if o.symmetric {
                let sub = |x: &[usize], y: &[usize]| x.iter().all(|a| y.contains(a));
                o.participants.is_empty()
                    || d.participants.is_empty()
                    || sub(&o.participants, &d.participants)
                    || sub(&d.participants, &o.participants)
            } else {
                fits(&o.agents, &d.agents) && fits(&o.targets, &d.targets)
            }) && !matches!(
                (o.status, d.status),
                // "are negotiating ..., with the next round of talks due in October".
                (Status::Planned, Status::Ongoing) | (Status::Ongoing, Status::Planned)
            ) && (o.status == d.status
                || o.noun
                || d.noun
                || d.status == Status::NotOccurred
                || o.status == Status::NotOccurred)
        });
        match same {
            Some(o) => {
                for (dst, src) in [
                    (&mut o.agents, &d.agents),
                    (&mut o.targets, &d.targets),
                    (&mut o.participants, &d.participants),
                    (&mut o.locations, &d.locations),
                ] {
                    push_unique(dst, src.iter().copied());
                }
                if d.status == Status::NotOccurred
                    || (o.noun && !d.noun && o.status != Status::NotOccurred)
                {
                    o.status = d.status;
                }
                o.noun = o.noun && d.noun;
                o.anaphoric = o.anaphoric && d.anaphoric;
                if o.forum.is_none() {
                    o.forum = d.forum;
                }
            }
            None => out.push(d),
        }
    }
    out
}
