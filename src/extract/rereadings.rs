//! Rereadings of a sentence's draft events in the light of each other: talks concluded
//! are an agreement, a call on someone with nothing asked is a meeting, an act named
//! inside an accusation is the accused's, a meeting agreed to is a planned meeting, and the
//! like. Each pass takes the drafts of one sentence and returns them changed or thinned.

use crate::annotation::{EntityKind, Status};
use crate::extract::doc::class;
use crate::extract::events::{Context, Draft, push_unique};

/// Runs every rereading on the drafts of the sentence `s_start..s_end`, in order.
pub(crate) fn reread(ctx: &Context, s_start: usize, s_end: usize, drafts: &mut Vec<Draft>) {
    concluded_talks_are_agreements(ctx, s_start, drafts);
    courtesy_calls(ctx, s_end, drafts);
    forces_of_order(ctx, s_start, s_end, drafts);
    agreements_under_talks(ctx, drafts);
    attributed_acts(drafts);
    complaints_filed_with_a_body(ctx, s_end, drafts);
    protest_as_purpose(ctx, s_start, drafts);
}

/// "concluded negotiations on a trade agreement": talks brought to an end are the
/// agreement they reached.
fn concluded_talks_are_agreements(ctx: &Context, s_start: usize, drafts: &mut [Draft]) {
    let doc = ctx.doc;
    for d in drafts.iter_mut() {
        let concluded = d.class == "Negotiation"
            && d.noun
            && d.phrase_start > s_start
            && (d.phrase_start.saturating_sub(2).max(s_start)..d.phrase_start).any(|k| {
                matches!(
                    doc.lower(k),
                    "concluded"
                        | "completed"
                        | "finalised"
                        | "finalized"
                        | "conclude"
                        | "complete"
                        | "finalise"
                        | "finalize"
                )
            });
        if concluded {
            d.class = "Agreement".to_string();
            d.rule = "agreement.concluded".to_string();
        }
    }
}

/// "called on the navy's flag officer, Rear Admiral X": with nothing asked, a call on
/// someone is a courtesy visit, a meeting of the two.
fn courtesy_calls(ctx: &Context, s_end: usize, drafts: &mut [Draft]) {
    let doc = ctx.doc;
    for d in drafts.iter_mut() {
        let call_on = d.class == "Request"
            && d.verbal
            && doc.lower(d.start).starts_with("call")
            && matches!(doc.lower(d.start + 1), "on" | "upon");
        if call_on && !(d.end..s_end).any(|k| matches!(doc.lower(k), "to" | "for" | "that")) {
            let people = (d.end..s_end.min(d.end + 14))
                .filter_map(|k| ctx.mentions.owner[k])
                .map(|x| ctx.mentions.list[x].entity)
                .filter(|&e| ctx.table.kind(e) == EntityKind::Person);
            let mut sides = d.agents.clone();
            push_unique(&mut sides, people);
            if sides.len() < 2 {
                push_unique(&mut sides, d.targets.iter().copied());
            }
            d.class = "Meeting".to_string();
            d.rule = "meeting.call_on".to_string();
            d.symmetric = true;
            d.participants = sides;
            d.agents.clear();
            d.targets.clear();
        }
    }
}

/// "Police cleared the compound and arrested 43 people": the forces of order of no
/// named country are those of the country where it happens, else of the one whose
/// authorities tell of it ("..., Congo's interior ministry said"), else the article's own.
fn forces_of_order(ctx: &Context, s_start: usize, s_end: usize, drafts: &mut [Draft]) {
    let doc = ctx.doc;
    for d in drafts.iter_mut() {
        if !(d.agents.is_empty() && matches!(d.class.as_str(), "Arrest" | "Coercion")) {
            continue;
        }
        let clause = crate::extract::status::clause_start(doc, ctx.lex, s_start, d.start);
        let police = (clause.saturating_sub(1).max(s_start)..d.start).any(|k| {
            ctx.mentions.owner[k].is_none() && ctx.lex.sets.forces_of_order.contains(doc.lower(k))
        });
        let teller = || {
            (d.end + 1..s_end)
                .filter(|&k| doc.is(k, class::SPEECH))
                .find_map(|k| ctx.mentions.owner[k - 1])
                .and_then(|m| ctx.table.country_of(ctx.mentions.list[m].entity))
        };
        let country = d
            .locations
            .iter()
            .find_map(|&l| ctx.table.country_of(l))
            .or_else(teller)
            .or_else(|| ctx.main.first().copied());
        if let Some(c) = country.filter(|_| police) {
            d.agents.push(c);
        }
    }
}

/// "are negotiating a partnership agreement", "talks on a trade deal": the agreement
/// talked about is what the talks are for, not one reached.
fn agreements_under_talks(ctx: &Context, drafts: &mut Vec<Draft>) {
    let doc = ctx.doc;
    let talks: Vec<(usize, bool)> = drafts
        .iter()
        .filter(|d| d.class == "Negotiation" || d.class == "Meeting" && d.noun)
        .map(|d| (d.end, d.class == "Negotiation"))
        .collect();
    drafts.retain(|d| {
        !(d.class == "Agreement"
            && d.noun
            && !d.own_agent
            && talks.iter().any(|&(e, negotiation)| {
                let between = |allowed: &dyn Fn(&str) -> bool| {
                    (e..d.start).all(|k| {
                        allowed(doc.lower(k))
                            && !matches!(doc.lower(k), "," | "and" | "to" | "after" | "before")
                    })
                };
                // Only the object's article and modifiers stand between ("a comprehensive
                // economic partnership agreement"), after "on" / "about" for a noun.
                let object = negotiation
                    && d.start >= e
                    && d.start <= e + 6
                    && (e..d.start).all(|k| ctx.mentions.owner[k].is_none())
                    && between(&|w| w != "with");
                // "for talks with Museveni on a new trade agreement": the side talked with
                // may come first, the topic after "on".
                let topic = d.start >= e
                    && d.start <= e + 10
                    && d.governed_by
                        .as_deref()
                        .is_some_and(|g| matches!(g, "on" | "about" | "over" | "regarding"))
                    && between(&|_| true);
                object || topic
            }))
    });
}

/// "attributed a cyberattack ... to a GRU unit", "blamed the blast on X": the act named
/// inside the accusation is the accused's, not the accuser's. "called the incursion a
/// violation", with no one accused named: whose act it was is not told here.
fn attributed_acts(drafts: &mut [Draft]) {
    let accusations: Vec<(usize, usize, Vec<usize>)> = drafts
        .iter()
        .filter(|a| a.class == "Accusation" && a.verbal)
        .map(|a| (a.start, a.end, a.targets.clone()))
        .collect();
    for d in drafts.iter_mut() {
        if !d.noun || d.class == "Accusation" {
            continue;
        }
        if let Some((_, _, accused)) = accusations
            .iter()
            .find(|(start, end, _)| d.start > *start && d.start < *end)
        {
            d.agents = accused.clone();
            d.targets.retain(|t| !accused.contains(t));
            d.referenced = true;
        }
    }
}

/// "filed a complaint with the WTO", "with the bloc's secretariat": the body a complaint
/// is filed with hears it; the one complained of is someone else.
fn complaints_filed_with_a_body(ctx: &Context, s_end: usize, drafts: &mut [Draft]) {
    let doc = ctx.doc;
    for d in drafts.iter_mut() {
        if d.class != "Accusation" {
            continue;
        }
        let filed_with = |t: usize| {
            ctx.table.kind(t) == EntityKind::Organization
                && ctx.mentions.list.iter().any(|m| {
                    m.entity == t
                        && m.start >= d.end
                        && m.start < s_end
                        && (m.start.saturating_sub(3)..m.start).any(|k| doc.lower(k) == "with")
                })
        };
        if let Some(&body) = d.targets.iter().find(|&&t| filed_with(t)) {
            d.targets.retain(|&t| t != body);
            d.forum = d.forum.or(Some(body));
        }
    }
}

/// "summoned the ambassador to protest against the detention": the protest is what the
/// summons was for, the same act, not a demonstration.
fn protest_as_purpose(ctx: &Context, s_start: usize, drafts: &mut Vec<Draft>) {
    let doc = ctx.doc;
    let accused = drafts.iter().any(|d| d.class == "Accusation");
    drafts.retain(|d| {
        !(accused
            && d.class == "Protest"
            && d.verbal
            && d.start > s_start
            && doc.lower(d.start - 1) == "to")
    });
}

/// Classes of a meeting that sides may agree to hold.
const MEETINGS: [&str; 4] = ["Meeting", "Negotiation", "Visit", "PhoneCall"];

/// "agreed to meet again in September", "agreed to resume talks next month": what is agreed
/// is a meeting to come, told in its own right beside the agreement. Makes each such meeting
/// planned (with the agreeing sides when it names none) and returns the meetings' starts.
///
/// "agreed that their trade ministers would meet in Kampala": a meeting agreed on in a
/// "that" clause is the whole of what was agreed. It is the event, held by the agreeing
/// sides' countries when its own sides go unnamed ("officials from both countries"), and
/// no agreement is told besides it.
pub(crate) fn agreed_meetings(ctx: &Context, drafts: &mut Vec<Draft>) -> Vec<usize> {
    let doc = ctx.doc;
    let mut meetings = Vec::new();
    let mut settled = Vec::new();
    for a in 0..drafts.len() {
        let agreement = &drafts[a];
        if !(agreement.verbal && agreement.class == "Agreement") {
            continue;
        }
        let that = (agreement.end..agreement.end + 4)
            .take_while(|&k| doc.sentence_of.get(k) == Some(&doc.sentence_of[agreement.start]))
            .take_while(|&k| !matches!(doc.lower(k), "," | ";" | "to"))
            .find(|&k| doc.lower(k) == "that");
        let after_to = if let Some(that) = that {
            that + 1
        } else if doc.lower(agreement.end.saturating_sub(1)) == "to" {
            agreement.end
        } else if doc.lower(agreement.end) == "to" {
            agreement.end + 1
        } else {
            continue;
        };
        // "that the committee would meet": the act after a modal, a few words on.
        let reach = if that.is_some() { 12 } else { 3 };
        let sides = agreement.participants.clone();
        let Some(meeting) = drafts.iter_mut().find(|d| {
            MEETINGS.contains(&d.class.as_str())
                && (after_to..after_to + reach).contains(&d.start)
                && (that.is_none()
                    || d.verbal
                        && (d.start.saturating_sub(2)..d.start)
                            .any(|k| matches!(doc.lower(k), "would" | "will" | "should" | "shall")))
        }) else {
            continue;
        };
        if meeting.status == Status::Occurred {
            meeting.status = Status::Planned;
        }
        if meeting.symmetric && meeting.participants.is_empty() {
            meeting.participants = match that {
                // Unnamed officials of the two sides are their countries.
                Some(_) => {
                    let mut countries = Vec::new();
                    for &s in &sides {
                        push_unique(&mut countries, [ctx.table.country_of(s).unwrap_or(s)]);
                    }
                    countries
                }
                None => sides,
            };
        }
        meetings.push(meeting.start);
        if that.is_some() {
            settled.push(a);
        }
    }
    // Indices were pushed in order: removing from the back keeps the rest in place.
    for &a in settled.iter().rev() {
        drafts.remove(a);
    }
    meetings
}
