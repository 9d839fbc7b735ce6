//! Events: turns the triggers of a sentence into draft events (the role frames are in
//! `frames`, the actors around a trigger in `roles`, relations between the triggers of
//! one sentence in `relations`), and reads what was asked or refused and the topics.

use crate::annotation::{EntityKind, Status};
use crate::extract::doc::{Doc, class};
use crate::extract::ellipsis::elided_events;
use crate::extract::entities::MentionKind;
use crate::extract::frames::build;
use crate::extract::relations::{merge_in_sentence, relate_in_sentence};
use crate::extract::tokens::TokenKind;
use crate::extract::triggers::{TriggerMatch, find_triggers};
use crate::lexicon::{Content, Trigger};

pub use crate::extract::roles::Context;

/// An event before merging.
#[derive(Debug, Clone)]
pub struct Draft {
    pub class: String,
    pub rule: String,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub agents: Vec<usize>,
    pub targets: Vec<usize>,
    pub participants: Vec<usize>,
    pub locations: Vec<usize>,
    pub forum: Option<usize>,
    pub status: Status,
    pub topics: Vec<String>,
    pub symmetric: bool,
    /// A definite noun with no actors ("the expulsion"): refers to an event told before.
    pub anaphoric: bool,
    /// Trigger index in the lexicon.
    pub trigger: usize,
    pub date: Option<crate::extract::dates::DateValue>,
    /// Told by a noun ("the visit"), so its status comes from context.
    pub noun: bool,
    /// The date comes from an earlier sentence, not this one.
    pub date_inherited: bool,
    /// The inherited date is the article's first one, told in another paragraph: a guess.
    pub date_from_lead: bool,
    /// Its own actors were named at the trigger (possessive, "by X", "that X did").
    pub own_agent: bool,
    /// The preposition governing a noun trigger ("for" in "for the dispatch").
    pub governed_by: Option<String>,
    /// The object search stopped at another trigger starting here.
    pub stopped_at: Option<usize>,
    /// Starts with a verb.
    pub verbal: bool,
    /// Follows "and" / "then" / a comma: a second verb of the same subject.
    pub coordinated: bool,
    /// First token of the noun phrase (or the verb).
    pub phrase_start: usize,
    /// Named as the object of a speech act ("condemned Iran's seizure"): an act told
    /// before, so the speech's date is not its own.
    pub referenced: bool,
    /// A noun with an indefinite article ("in a joint statement"): a happening of its own.
    pub indefinite: bool,
    /// Of a symmetric act, the sides named as its subject: A in "A met B", A and B in
    /// "A and B met". A verb after "and" goes on from them alone.
    pub subject_sides: Vec<usize>,
}

/// "Russia and Ukraine each released 150 prisoners": an act told after "each" by two sides
/// (`agents`) is each side's act on the other.
pub(crate) fn each_of_two(
    doc: &Doc,
    m: &TriggerMatch,
    s_start: usize,
    agents: &[usize],
    symmetric: bool,
) -> bool {
    m.verbal
        && m.start > s_start
        && doc.lower(m.start - 1) == "each"
        && agents.len() == 2
        && !symmetric
}

pub(crate) fn push_unique(list: &mut Vec<usize>, items: impl IntoIterator<Item = usize>) {
    for e in items {
        if !list.contains(&e) {
            list.push(e);
        }
    }
}

/// Draft events of sentence `si`.
pub fn sentence_events(ctx: &Context, si: usize) -> Vec<Draft> {
    let doc = ctx.doc;
    let sentence = &doc.sentences[si];
    let (s_start, s_end) = (sentence.start, sentence.end);
    let mut matches = find_triggers(doc, ctx.lex, s_start, s_end);
    // "Party of Action and Solidarity": a word of a body's name tells of no event.
    matches.retain(|m| {
        ctx.mentions.owner[m.start].is_none_or(|x| {
            let mention = &ctx.mentions.list[x];
            !(mention.kind == MentionKind::Name
                && mention.end - mention.start >= 2
                && ctx.table.kind(mention.entity) == EntityKind::Organization)
        })
    });
    // Most sentences tell of no act: without a trigger there is no draft, and every step
    // below only reads, keeps or splits drafts (those told elsewhere too need one here).
    if matches.is_empty() {
        return Vec::new();
    }
    let mut drafts: Vec<Draft> = Vec::new();
    // The content region of each act that has one, by the act's trigger start.
    let mut content_regions: Vec<(usize, (usize, usize))> = Vec::new();
    // Acts named in an object ("condemned the attack") end the object search there; one of
    // the verb's own class with its side after it is the verb's own ("signed a deal with X").
    let references: Vec<(usize, usize, &str)> = matches
        .iter()
        .filter(|m| {
            !m.verbal
                && m.start > s_start
                && matches!(
                    doc.lower(m.start - 1),
                    "the" | "a" | "an" | "this" | "that" | "its" | "their" | "his" | "her"
                )
        })
        .map(|m| (m.start, m.end, ctx.lex.triggers[m.trigger].class.as_str()))
        .collect();
    let ends: Vec<usize> = matches.iter().filter(|m| m.verbal).map(|m| m.end).collect();
    let verb_starts: Vec<usize> = matches
        .iter()
        .filter(|m| m.verbal)
        .map(|m| m.start)
        .collect();
    for m in &matches {
        let trigger = &ctx.lex.triggers[m.trigger];
        let stops: Vec<usize> = references
            .iter()
            .filter(|&&(x, end, class)| {
                x != m.start
                    && !(class == trigger.class
                        && trigger.preps.iter().any(|p| p == doc.lower(end)))
            })
            .map(|&(x, _, _)| x)
            .collect();
        if let Some(draft) = build(ctx, si, m, trigger, &stops, &ends, &verb_starts) {
            if trigger.content != Content::None {
                let region = content_region(ctx, m, trigger, &draft, s_end, &verb_starts);
                content_regions.push((m.start, region));
            }
            // "has not ruled out talks": no act, and what it names stays content.
            if trigger.open_when_negated && draft.status == Status::NotOccurred {
                continue;
            }
            // "two workers were killed in a landslide": a death no one caused.
            if draft.class == "Attack"
                && draft.agents.is_empty()
                && (s_start..s_end).any(|k| ctx.lex.sets.mishap_nouns.contains(doc.lower(k)))
            {
                continue;
            }
            // "mutual tariffs": each main country against the other.
            let mutual = draft.noun
                && m.start > s_start
                && matches!(
                    doc.lower(m.start - 1),
                    "mutual" | "reciprocal" | "tit-for-tat"
                );
            // "Russia and Ukraine each released 150 prisoners": each side's act on the other.
            let each = each_of_two(doc, m, s_start, &draft.agents, draft.symmetric);
            // "India and Pakistan exchanged fire", "traded bitter accusations", "accused each
            // other": each side's act on the other too.
            let exchanging = |k: usize| {
                matches!(
                    doc.lower(k),
                    "exchanged" | "exchange" | "exchanging" | "traded" | "trade" | "trading"
                )
            };
            let exchanged_noun =
                draft.noun && (m.start.saturating_sub(2).max(s_start)..m.start).any(exchanging);
            let each_other = m.verbal
                && matches!(
                    (doc.lower(m.end), doc.lower(m.end + 1)),
                    ("each", "other") | ("one", "another")
                )
                // "visit each other's countries": the others' own places, not the others;
                // "expelled each other's diplomats" acts on the others.
                && (trigger.class != "Visit"
                    || doc.tokens.get(m.end + 2).is_none_or(|t| t.kind != TokenKind::Possessive));
            let reciprocal = ((m.verbal && exchanging(m.start)) || exchanged_noun || each_other)
                && draft.agents.len() == 2
                && draft.targets.is_empty()
                && !draft.symmetric;
            let each = each || reciprocal;
            if each {
                drafts.extend(both_ways(&draft, draft.agents[0], draft.agents[1]));
                continue;
            }
            if mutual && !draft.symmetric && ctx.main.len() == 2 {
                let mut draft = draft;
                draft.anaphoric = false;
                drafts.extend(both_ways(&draft, ctx.main[0], ctx.main[1]));
                continue;
            }
            drafts.push(draft);
        }
    }
    // "protested against a trade pact", "a proposal for a truce": an agreement named as
    // what an act is about or for, with no signing or sides of its own, is no happening here.
    drafts.retain(|d| {
        !(d.class == "Agreement"
            && d.noun
            && d.indefinite
            && !d.own_agent
            && matches!(
                d.governed_by.as_deref(),
                Some("against" | "over" | "about" | "for")
            ))
    });
    // "met to discuss joint patrols", "is considering sanctions": what is talked or thought
    // about.
    drafts.retain(|d| {
        // The verb right before the noun phrase (which may have taken it in), with no
        // preposition after it ("discussed the case by phone" is a call).
        let from = d.phrase_start.saturating_sub(1).max(s_start);
        let talked_about = (from..=d.phrase_start.min(d.start)).any(|k| {
            ctx.lex.sets.topic_verbs.contains(doc.lower(k))
                && !(k + 1..=d.start).any(|j| ctx.lex.sets.prepositions.contains(doc.lower(j)))
        });
        d.verbal || !talked_about
    });
    // "cannot work under the threat of a mob": a state lived under, not a threat made.
    drafts
        .retain(|d| !(d.class == "Threat" && d.noun && d.governed_by.as_deref() == Some("under")));
    // "negotiations on pulling the reinforcements back", "talks about lifting sanctions":
    // a gerund after "on", "about" or "over" is what is talked about, not a happening.
    drafts.retain(|d| {
        !(d.verbal
            && d.start > s_start
            && doc.lower(d.start).ends_with("ing")
            && matches!(doc.lower(d.start - 1), "on" | "about" | "over"))
    });
    // "requested his extradition", "demanded the release of": the act named as the object
    // of a request is what was asked for, whether or not the request names whom it asks.
    let request_ends: Vec<usize> = matches
        .iter()
        .filter(|m| m.verbal && ctx.lex.triggers[m.trigger].class == "Request")
        .map(|m| m.end)
        .collect();
    let asked = |d: &Draft, e: usize| !d.verbal && d.phrase_start >= e && d.phrase_start <= e + 1;
    // "called for the withdrawal of Togolese troops": the side whose act is asked for is
    // the one asked, when the request names no one else.
    let asked_sides: Vec<(usize, Vec<usize>)> = drafts
        .iter()
        .filter(|d| d.own_agent && !d.agents.is_empty())
        .filter_map(|d| {
            let e = request_ends.iter().copied().find(|&e| asked(d, e))?;
            // Forces named as a group ("Togo's soldiers") are their country's.
            let sides = d.agents.iter().map(|&a| match ctx.table.kind(a) {
                EntityKind::Group => ctx.table.country_of(a).unwrap_or(a),
                _ => a,
            });
            Some((e, sides.collect()))
        })
        .collect();
    for r in drafts
        .iter_mut()
        .filter(|r| r.verbal && r.class == "Request" && r.targets.is_empty())
    {
        if let Some((_, sides)) = asked_sides.iter().find(|(e, _)| *e == r.end) {
            let sides: Vec<usize> = sides
                .iter()
                .copied()
                .filter(|s| !r.agents.contains(s))
                .collect();
            r.targets = sides;
        }
    }
    drafts.retain(|d| !request_ends.iter().any(|&e| asked(d, e)));
    crate::extract::rereadings::reread(ctx, s_start, s_end, &mut drafts);
    let agreed_meetings = crate::extract::rereadings::agreed_meetings(ctx, &mut drafts);
    refused_with_sides(&mut drafts, &content_regions);
    // What was asked, threatened, offered or refused is no event of its own.
    drafts.retain(|d| {
        agreed_meetings.contains(&d.start)
            || !content_regions
                .iter()
                .any(|&(_, (a, b))| d.start >= a && d.start < b)
    });
    // "Peru's request for extradition was turned down by Bolivia": what is refused in the
    // passive is the subject, no event of its own, as when it is the object ("Bolivia
    // turned down Peru's request").
    let refused_before: Vec<usize> = drafts
        .iter()
        .filter(|r| {
            r.verbal
                && r.class == "Rejection"
                && r.start > s_start
                && doc.is(r.start - 1, crate::extract::doc::class::BE)
        })
        .map(|r| r.start)
        .collect();
    drafts.retain(|d| {
        !(d.noun
            && refused_before.iter().any(|&r| {
                d.end < r
                    && r - d.end <= 8
                    && !(d.end..r).any(|k| matches!(doc.lower(k), "," | ";" | ":"))
            }))
    });
    // "spoke with Putin by phone", "met Macron over the phone": a meeting told with the
    // manner of a call is that call.
    let manner_calls: Vec<Vec<usize>> = drafts
        .iter()
        .filter(|d| d.class == "PhoneCall" && matches!(doc.lower(d.start), "by" | "over" | "on"))
        .map(|d| d.participants.clone())
        .collect();
    drafts.retain(|d| {
        !(d.class == "Meeting"
            && d.verbal
            && manner_calls
                .iter()
                .any(|call| d.participants.iter().all(|p| call.contains(p))))
    });
    // "agreed to continue negotiations on water": the talks go on, and no agreement is
    // told besides them.
    let talks_go_on = drafts
        .iter()
        .any(|d| d.class == "Negotiation" && d.status == Status::Ongoing);
    drafts.retain(|d| {
        !(talks_go_on && d.verbal && d.class == "Agreement" && d.status == Status::Ongoing)
    });
    relate_in_sentence(ctx, &mut drafts);
    let mut drafts = merge_in_sentence(ctx, drafts);
    if (s_start..s_end).any(|k| matches!(doc.lower(k), "separately" | "individually")) {
        drafts = drafts.into_iter().flat_map(one_per_counterpart).collect();
    }
    let elided = elided_events(ctx, si, &drafts);
    drafts.extend(elided);
    let visits = crate::extract::guests::guest_visits(ctx, &drafts);
    drafts.extend(visits);
    if !drafts.is_empty() {
        let sentence_topics = topics(ctx, s_start, s_end);
        for d in &mut drafts {
            d.topics = sentence_topics.clone();
        }
    }
    drafts
}

/// "ruled out talks with Hamas", "refused to sign a deal with the rebels": a refusal that
/// names no one it is aimed at refuses the sides of the joint act it refuses, other than
/// the refuser.
fn refused_with_sides(drafts: &mut [Draft], content_regions: &[(usize, (usize, usize))]) {
    let found: Vec<(usize, Vec<usize>)> = drafts
        .iter()
        .enumerate()
        .filter(|(_, r)| r.class == "Rejection" && r.targets.is_empty() && !r.agents.is_empty())
        .filter_map(|(i, r)| {
            let &(_, (a, b)) = content_regions
                .iter()
                .find(|(start, _)| *start == r.start)?;
            let sides: Vec<usize> = drafts
                .iter()
                .filter(|d| d.symmetric && d.start >= a && d.start < b)
                .flat_map(|d| d.participants.iter().copied())
                .filter(|p| !r.agents.contains(p))
                .collect();
            (!sides.is_empty()).then_some((i, sides))
        })
        .collect();
    for (i, sides) in found {
        push_unique(&mut drafts[i].targets, sides);
    }
}

/// The act of `x` on `y` and the act of `y` on `x` ("mutual tariffs", "each released").
fn both_ways(draft: &Draft, x: usize, y: usize) -> [Draft; 2] {
    [(x, y), (y, x)].map(|(agent, target)| {
        let mut one = draft.clone();
        one.agents = vec![agent];
        one.targets = vec![target];
        one
    })
}

/// "received A and B separately": a symmetric act of one side with several others is one
/// act per counterpart, each with the side named first.
fn one_per_counterpart(d: Draft) -> Vec<Draft> {
    if !d.symmetric || d.participants.len() < 3 {
        return vec![d];
    }
    let first = d.participants[0];
    d.participants[1..]
        .iter()
        .map(|&other| {
            let mut one = d.clone();
            one.participants = vec![first, other];
            one
        })
        .collect()
}

fn content_region(
    ctx: &Context,
    m: &TriggerMatch,
    trigger: &Trigger,
    draft: &Draft,
    s_end: usize,
    verb_starts: &[usize],
) -> (usize, usize) {
    let doc = ctx.doc;
    let after_roles = draft
        .targets
        .iter()
        .chain(&draft.participants)
        .filter_map(|&e| {
            ctx.mentions
                .list
                .iter()
                .filter(|x| x.entity == e && x.start >= m.end && x.start < s_end)
                .map(|x| x.end)
                .min()
        })
        .max()
        .unwrap_or(m.end);
    // "demanded that they identify and hand over the suspects": a bare verb after "and"
    // goes on with the asked-for clause; "accused" or "says" would be an act of its own.
    let bare_in_clause = |v: usize| {
        let word = doc.lower(v);
        trigger.content != Content::All
            && !word.ends_with("ed")
            && !word.ends_with('s')
            && !ctx.lex.irregular_past.contains(word)
    };
    // "denied starting the clash and accused Thailand": a second verb ends the content.
    let clause_end = (m.end..s_end)
        .find(|&k| {
            matches!(doc.lower(k), ";" | ":" | "during" | "amid" | "following")
                // "free Quesada, a journalist who was detained ...": a relative clause
                // tells what happened to someone, not what was asked.
                || (matches!(doc.lower(k), "who" | "which" | "whose") && k > m.end)
                || (doc.lower(k) == "," && doc.lower(k + 1) == "and")
                // "blamed Pakistan for the attack, suspended the treaty and ...": a verb
                // of an act after a comma is the next of a list of acts.
                || (doc.lower(k) == ","
                    && ctx.lex.is_past_form(doc.lower(k + 1))
                    && verb_starts.contains(&(k + 1)))
                // "rejected the accusation and said it would respond": what is said next
                // is an act of its own.
                || (doc.lower(k) == "and" && doc.is(k + 1, class::SPEECH))
                // "accused X of arming rebels, a charge Caracas denies": the act named
                // again opens a clause of its own.
                || (doc.lower(k) == ","
                    && matches!(doc.lower(k + 1), "a" | "an")
                    && ctx.lex.words.act_nouns.contains_key(doc.lower(k + 2)))
                // "agreed to resume talks, after meeting on the sidelines": a new clause.
                || (doc.lower(k) == ","
                    && matches!(doc.lower(k + 1), "after" | "before" | "while" | "when"))
                // "the talks ended when Italy and Austria failed to agree", "refused since
                // Russia's invasion": a clause of time with a subject of its own tells an act
                // of its own. (Not so a cause, "because Palau had invited Taiwan", or a
                // time ahead, "before the three begin the review": both are often reasons.)
                || (k > m.end
                    && matches!(doc.lower(k), "when" | "since")
                    && (ctx.mentions.owner.get(k + 1).is_some_and(Option::is_some)
                        || matches!(doc.lower(k + 1), "they" | "he" | "she" | "we" | "it")))
                || (doc.lower(k) == "and"
                    && doc.lower(k + 1) != "to"
                    && verb_starts
                        .iter()
                        .any(|&v| (v == k + 1 || v == k + 2) && !bare_in_clause(v)))
        })
        .unwrap_or(s_end);
    // "Kenya, which accused Uganda of harbouring rebels, closed the border": inside a
    // relative clause in commas, the content ends at the comma closing it.
    let sentence = doc.sentence_of[m.start];
    let relative_opened = (m.start.saturating_sub(12)..m.start)
        .rev()
        .take_while(|&k| doc.sentence_of[k] == sentence && doc.lower(k) != ",")
        .any(|k| matches!(doc.lower(k), "who" | "which") && k > 0 && doc.lower(k - 1) == ",");
    let clause_end = if relative_opened {
        (m.end..clause_end)
            .find(|&k| doc.lower(k) == ",")
            .unwrap_or(clause_end)
    } else {
        clause_end
    };
    match trigger.content {
        Content::To | Content::Of => {
            let word = if trigger.content == Content::To {
                "to"
            } else {
                "of"
            };
            // "blamed Caracas for the attack", "held Caracas responsible for it": the charge
            // after "for" too; "asked Uganda for talks": and what a verb asks for.
            let for_opens =
                trigger.content == Content::Of || trigger.class == "Request" && m.verbal;
            let opens = |k: usize| doc.lower(k) == word || (for_opens && doc.lower(k) == "for");
            let pattern_ends_with = opens(m.end.saturating_sub(1));
            // "demanding that Washington lift ...", "demanded on Monday that Manila
            // withdraw ...": the clause right after the verb (and its adjunct) is the content.
            let that_clause = (m.end..clause_end.min(m.end + 5))
                .take_while(|&k| doc.lower(k) != ",")
                .find(|&k| doc.lower(k) == "that");
            // "demanded the fishermen's immediate release": an act named as the verb's
            // object is what is asked for (and only it: "the release of four villagers
            // detained by Russian border guards" tells of a detention).
            let act_asked = (trigger.class == "Request" && m.verbal && that_clause.is_none())
                .then(|| {
                    (m.end..clause_end.min(m.end + 7))
                        .take_while(|&k| {
                            !matches!(doc.lower(k), "," | "to" | "that" | "from" | "of")
                        })
                        .find(|&k| doc.is(k, class::TRIGGER))
                })
                .flatten();
            if let Some(act) = act_asked {
                let told = (act + 1..clause_end).find(|&k| {
                    k + 1 < clause_end
                        && doc.lower(k + 1) == "by"
                        && ctx.lex.is_past_form(doc.lower(k))
                });
                return (m.end, told.unwrap_or(clause_end));
            }
            let from = if let Some(that) = that_clause {
                that
            } else if pattern_ends_with {
                m.end
            } else {
                (after_roles.min(m.end.max(after_roles))..clause_end)
                    .find(|&k| opens(k) || doc.lower(k) == "that")
                    .unwrap_or(clause_end)
            };
            (from, clause_end)
        }
        Content::That => (
            (m.end..s_end)
                .find(|&k| doc.lower(k) == "that" || doc.lower(k) == "to")
                .unwrap_or(m.end),
            s_end,
        ),
        Content::All => (m.end, clause_end),
        Content::None => (m.end, m.end),
    }
}

fn topics(ctx: &Context, s_start: usize, s_end: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for k in s_start..s_end {
        if let Some(list) = ctx.lex.topic_index.get(ctx.doc.lower(k)) {
            for (phrase, ti) in list {
                if ctx.doc.phrase_at(k, phrase) {
                    let name = &ctx.lex.topics[*ti].name;
                    if !out.contains(name) {
                        out.push(name.clone());
                    }
                }
            }
        }
    }
    out.sort_by_key(|n| ctx.lex.topics.iter().position(|t| &t.name == n));
    out
}
