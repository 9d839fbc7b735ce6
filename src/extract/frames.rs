//! Role frames: builds one draft event from a trigger match, filling agent, target and
//! participants from the actors around it, with passives, possessives, status, location
//! and forum, and the class changes the context calls for.

use crate::annotation::{EntityKind, Status};
use crate::extract::doc::{Doc, class};
use crate::extract::entities::MentionKind;
use crate::extract::events::{Context, Draft, each_of_two, push_unique};
use crate::extract::hedges::{hedged_content, thing_as_subject};
use crate::extract::implied::{self, Site};
use crate::extract::merge;
use crate::extract::status::{Modality, clause_start, modality};
use crate::extract::tokens::TokenKind;
use crate::extract::triggers::TriggerMatch;
use crate::lexicon::{Content, PatternWord, Role, Trigger};

/// Classes of acts done by speaking.
const SPEECH_ACTS: [&str; 6] = [
    "Request",
    "Accusation",
    "Rejection",
    "Threat",
    "Support",
    "CooperationPledge",
];

/// Classes of acts that, promised on a condition, are threats.
const COERCIVE: [&str; 6] = [
    "Tariff",
    "Sanction",
    "Expulsion",
    "Attack",
    "Coercion",
    "Mobilization",
];

pub(crate) fn build(
    ctx: &Context,
    si: usize,
    m: &TriggerMatch,
    trigger: &Trigger,
    stops: &[usize],
    verb_ends: &[usize],
    verb_starts: &[usize],
) -> Option<Draft> {
    let doc = ctx.doc;
    let sentence = &doc.sentences[si];
    let (s_start, s_end) = (sentence.start, sentence.end);
    let noun = !m.verbal;
    // The speech forms carry the `SPEECH` class bit, looked up once per token by `Doc::new`.
    // "agreed that the ministers would meet": a decision's "that" clause tells an act to
    // come, as a speech verb's does.
    let resolved_before = (s_start..m.start).any(|k| {
        doc.lower(k) == "that"
            && (k.saturating_sub(3).max(s_start)..k)
                .any(|j| ctx.lex.sets.resolving_verbs.contains(doc.lower(j)))
    });
    let speech_before = resolved_before
        || (s_start..m.start).any(|k| doc.is(k, class::SPEECH) || doc.lower(k) == "announced");
    let modal = modality(
        doc,
        ctx.lex,
        s_start,
        s_end,
        m.start,
        m.end,
        noun,
        speech_before,
    );
    // "will impose duties on EU chicken unless Brussels withdraws ...", "would close the
    // crossing if Minsk did not cooperate": a coercive act set on a condition is a threat.
    let conditional_threat = COERCIVE.contains(&trigger.class.as_str())
        && matches!(
            modal,
            Modality::Hypothetical | Modality::Real(Status::Planned)
        )
        && (m.end..s_end).any(|k| matches!(doc.lower(k), "unless" | "if"));
    let mut status = match modal {
        _ if conditional_threat => Status::Occurred,
        Modality::Real(s) => s,
        Modality::Hypothetical
            if trigger.modal_ok
                || matches!(trigger.class.as_str(), "Threat" | "CooperationPledge") =>
        {
            Status::Occurred
        }
        Modality::Hypothetical => return None,
    };
    if trigger.volitional_content && hedged_content(ctx, m.end, s_end) {
        return None;
    }
    if trigger.actor_subject && m.verbal && thing_as_subject(ctx, s_start, m.start) {
        return None;
    }
    if (trigger.proposed || trigger.planned) && status == Status::Occurred {
        status = Status::Planned;
    }
    // "We are asking Nicaragua to respect ...", "Kenya is urging ...": a speech act told in
    // the present progressive is made as it is told; "we are not asking for a war" is
    // rhetoric, no act.
    if SPEECH_ACTS.contains(&trigger.class.as_str())
        && m.verbal
        && doc.lower(m.start).ends_with("ing")
    {
        let first_person_denial = m.start >= s_start + 3
            && doc.lower(m.start - 1) == "not"
            && matches!(doc.lower(m.start - 2), "are" | "am")
            && matches!(doc.lower(m.start - 3), "we" | "i");
        if first_person_denial {
            return None;
        }
        if status == Status::Ongoing {
            status = Status::Occurred;
        }
    }
    let mut class = if conditional_threat {
        "Threat".to_string()
    } else {
        trigger.class.clone()
    };
    // "detained a Russian trawler": a ship is seized, not arrested.
    if class == "Arrest" && m.verbal && vessel_object(ctx, m.end, s_end) {
        class = "Coercion".to_string();
    }
    let talks_noun = matches!(
        doc.lower(m.end.saturating_sub(1)),
        "talks" | "discussions" | "negotiations"
    );
    let mut agents: Vec<usize> = Vec::new();
    let mut targets: Vec<usize> = Vec::new();
    let mut participants: Vec<usize> = Vec::new();
    let mut locations: Vec<usize> = Vec::new();
    let mut own_subject = Vec::new();
    let mut that_target: Vec<usize> = Vec::new();
    // The target is the place where the subject is (`presence_before`).
    let mut placed = false;
    let mut call_manner = false;
    // Passive verbs: "were arrested by the navy".
    let passive = m.verbal && {
        let mut k = m.start;
        let mut found = false;
        for _ in 0..3 {
            if k == s_start {
                break;
            }
            k -= 1;
            let w = doc.lower(k);
            if ctx.lex.sets.be.contains(w) || w == "got" {
                found = true;
                break;
            }
            if !(w.ends_with("ly") || w == "also" || w == "not" || w == "reportedly") {
                break;
            }
        }
        // "were arrested", "were taken", "were shot": a regular or irregular participle.
        let participle = doc.lower(m.start).ends_with("ed")
            || doc.lower(m.start).ends_with('n')
            || ctx.lex.irregular_past.contains(doc.lower(m.start));
        // "signed by X", "captured by Mexican marines": a reduced passive; but not the
        // author of a gapped pattern's noun ("blocked a statement by the Council").
        let gapped = || {
            ctx.lex.triggers[m.trigger].parsed_words[m.pattern]
                .iter()
                .any(|w| matches!(w, PatternWord::Gap(_)))
        };
        (found || doc.lower(m.end) == "by" && !gapped()) && participle
    };
    let coordinated = m.start > s_start + 1
        && (matches!(doc.lower(m.start - 1), "and" | "then" | "also" | "but")
            || (doc.lower(m.start - 1) == "," && doc.lower(m.start).ends_with("ing"))
            // "blamed Pakistan for the attack, suspended the treaty, and launched strikes":
            // a list of acts, closed by "and" and a past verb; ", backed by Nigeria," is a
            // reduced passive, "Zakharova, called the seizure" a subject in apposition.
            || (doc.lower(m.start - 1) == ","
                && ctx.lex.is_past_form(doc.lower(m.start))
                && doc.lower(m.end) != "by"
                && !passive
                && verb_starts.iter().any(|&v| v < m.start && v >= s_start)
                && (m.end..s_end.saturating_sub(1)).any(|k| {
                    doc.lower(k) == "and" && ctx.lex.is_past_form(doc.lower(k + 1))
                })))
        && m.verbal;
    // "spoke to the Ethiopian minister by phone": a phrase opening with its preposition
    // heads no noun phrase before it.
    let (np_start, possessor, governed) = if noun && !doc.is(m.start, class::PREPOSITION) {
        ctx.noun_phrase(s_start, m.start)
    } else {
        (m.start, None, false)
    };
    // "..., and launched missile strikes on X": an act's noun after a verb of a list of
    // acts goes on from the list's subject too (the noun phrase may have taken the verb
    // in as a participle: "launched missile").
    let coordinated = coordinated
        || (noun
            && !governed
            && (np_start.saturating_sub(2)..=np_start).any(|v| {
                v > s_start
                    && v <= m.start
                    && ctx.lex.is_past_form(doc.lower(v))
                    && doc.lower(v - 1) == "and"
            }));
    let governed_by = if governed {
        Some(doc.lower(np_start - 1).to_string())
    } else {
        None
    };
    let mut own_agent = possessor.is_some();
    let mut object_from = m.head_end.min(m.end);
    // "attributed a cyberattack that shut down ... to Russia", "fired two shells at X": a
    // pattern with a gap that ends in a preposition names its object right after it; so does
    // one whose last word takes one of the trigger's prepositions ("asked the WTO to open
    // consultations with the EU").
    if m.verbal
        && m.end > m.head_end + 1
        && (ctx.lex.sets.prepositions.contains(doc.lower(m.end - 1))
            || trigger.preps.iter().any(|p| p == doc.lower(m.end)))
    {
        object_from = m.end;
    }
    // "Xi told Biden in a phone call that ...": the clause's speaker and the one spoken to
    // take part in a call told as its manner (and "that" opens what was said, no relative
    // clause of the call).
    let call_phrase = if governed { np_start - 1 } else { m.start };
    let call = (trigger.class == "PhoneCall")
        .then(|| ctx.call_sides(s_start, s_end, call_phrase, m.end, verb_starts))
        .flatten();
    if let Some(p) = possessor {
        own_subject = vec![p];
    } else if noun {
        // "the 25% tariff that Washington imposed", "the sanctions, which Washington
        // imposed on Caracas,"
        let mut k = m.end;
        if k + 1 < s_end && doc.lower(k) == "," && doc.lower(k + 1) == "which" {
            k += 1;
        }
        let mut complement_target = Vec::new();
        if matches!(doc.lower(k), "that" | "which") && call.is_none() {
            k += 1;
            if doc.lower(k) == "the" {
                k += 1;
            }
            if let Some(mm) = ctx.mentions.owner.get(k).copied().flatten() {
                if ctx.mentions.list[mm].start == k && !ctx.is_place(mm) {
                    if trigger.content != Content::None {
                        complement_target = vec![mm];
                    } else {
                        own_subject = vec![mm];
                        own_agent = true;
                        // The relative clause's object follows its verb, past a bracketed
                        // acronym ("that the Economic Community ... (ECOWAS) had imposed on").
                        let mut after = ctx.mentions.list[mm].end;
                        if doc.lower(after) == "(" {
                            if let Some(close) =
                                (after..(after + 6).min(s_end)).find(|&k| doc.lower(k) == ")")
                            {
                                after = close + 1;
                            }
                        }
                        object_from = after + 1;
                    }
                }
            }
        }
        that_target = complement_target;
        // "granted Ukraine a loan": the actor between a verb of giving and the noun receives
        // it; the giver is the verb's subject.
        let receiver = np_start
            .checked_sub(1)
            .filter(|&k| k > s_start)
            .and_then(|k| ctx.mentions.owner[k])
            .filter(|&r| {
                let start = ctx.mentions.list[r].start;
                start > s_start
                    && ctx.lex.sets.giving_verbs.contains(doc.lower(start - 1))
                    && !ctx.is_place(r)
            });
        if let Some(r) = receiver {
            if that_target.is_empty() {
                that_target = vec![r];
            }
            own_subject = ctx.subject_before(s_start, ctx.mentions.list[r].start - 1);
        }
        // A noun that is the object of another trigger's verb has no subject of its own.
        // "offered a loan of $2 million to Chile": a noun inside the span of a verb's
        // pattern is that verb's object too (an act that must have an agent keeps the
        // subject, for `rereadings` to give it the one accused: "attributed the attack on
        // X to Y").
        let object_of_trigger = verb_ends.iter().zip(verb_starts).any(|(&e, &v)| {
            e == np_start
                || e + 1 == np_start
                || !trigger.require_agent && v < np_start && e > m.end
        });
        // "Xi told Biden in a phone call", "In a phone call on Wednesday, Xi told Biden":
        // the clause's speaker and the one spoken to take part in the call.
        if let Some((subject, addressee)) = call.filter(|_| own_subject.is_empty()) {
            own_subject = subject;
            that_target = addressee;
            call_manner = true;
        }
        // "..., the first seizure of a Russian vessel in years": an appositive restating
        // the act before it has no subject of its own.
        let appositive = np_start > s_start && doc.lower(np_start - 1) == ",";
        // "received a phone call from X": a call received is the receiver's own.
        let call_received = trigger.class == "PhoneCall"
            && np_start > s_start
            && matches!(
                doc.lower(np_start - 1),
                "received" | "receives" | "receive" | "receiving" | "took" | "takes" | "take"
            );
        // "Stenergard said the expulsions were a clear signal": a definite act opening the
        // clause after a verb of saying is one told before, not the speaker's own.
        let reported_subject = !trigger.symmetric
            && np_start >= s_start + 2
            && matches!(doc.lower(np_start), "the" | "this" | "these")
            && ctx
                .lex
                .sets
                .clause_speech_verbs
                .contains(doc.lower(np_start - 1));
        // "in retaliation for US tariffs on Mexican steel": a country or body named right
        // before the noun, inside a prepositional phrase, is the one whose act it is.
        let modifier = (own_subject.is_empty() && !trigger.symmetric && np_start > s_start + 1)
            .then(|| ctx.mentions.owner[np_start - 1])
            .flatten()
            .filter(|&x| {
                let mention = &ctx.mentions.list[x];
                mention.kind == MentionKind::Name
                    && !mention.possessive
                    && mention.start > s_start
                    && doc.is(mention.start - 1, class::PREPOSITION)
                    && matches!(
                        ctx.table.kind(mention.entity),
                        EntityKind::Country | EntityKind::Organization
                    )
            });
        if let Some(x) = modifier {
            own_subject = vec![x];
            own_agent = true;
        }
        // "the withdrawal of Togolese troops": forces named after the noun are those of the
        // side that acts (not so where "of" names the target: "the release of soldiers").
        let forces = (own_subject.is_empty()
            && doc.lower(m.end) == "of"
            && !trigger.preps.iter().any(|p| p == "of"))
        .then(|| ctx.forces_owner_at(m.end + 1, s_end))
        .flatten();
        if let Some(x) = forces {
            own_subject = vec![x];
            own_agent = true;
        }
        if own_subject.is_empty()
            && !governed
            && (!object_of_trigger || call_received)
            && !appositive
            && !reported_subject
        {
            own_subject = ctx.subject_before(s_start, np_start);
        }
        // "The Houthis claimed responsibility for an attack on a tanker": who claims an
        // act did it.
        let claimed = governed
            && np_start >= s_start + 3
            && doc.lower(np_start - 1) == "for"
            && doc.lower(np_start - 2) == "responsibility";
        if own_subject.is_empty() && claimed {
            own_subject = ctx.subject_before(s_start, np_start - 2);
        }
        // "it stood in full solidarity with Poland": a light noun in a manner phrase right
        // after its verb takes the verb's subject.
        // "China retaliated with tariffs on", "hit back with sanctions": so does an act
        // after a verb of response and "with".
        let manner = governed
            && np_start >= s_start + 2
            && !doc.is(np_start - 2, class::PREPOSITION)
            && ctx.mentions.owner[np_start - 2].is_none()
            && match doc.lower(np_start - 1) {
                "in" => true,
                "with" => {
                    let before = doc.lower(np_start - 2);
                    before == "back" || ctx.lex.sets.response_verbs.contains(before)
                }
                _ => false,
            };
        if own_subject.is_empty() && trigger.light && manner {
            // "raised it with his Chinese counterpart, Wang Yi, in a phone call": the
            // subject stands before the apposition, and the one named in it takes part.
            let apposition = (doc.lower(np_start - 2) == ",")
                .then(|| (s_start..np_start - 2).rev().find(|&k| doc.lower(k) == ","))
                .flatten();
            match apposition {
                Some(open) => {
                    // Before the noun phrase the apposition names ("told his Iraqi
                    // counterpart, X,": not the counterpart's country).
                    let head = ctx.title_start_before(open, s_start);
                    own_subject = ctx.subject_before(s_start, head);
                    if that_target.is_empty() {
                        that_target.extend(
                            (open..np_start - 2)
                                .find_map(|k| ctx.mentions.owner[k])
                                .filter(|&x| !ctx.is_place(x)),
                        );
                    }
                }
                None => own_subject = ctx.subject_before(s_start, np_start - 1),
            }
        }
        // "Kenya raised the issue at a meeting with Uganda", "NATO allies will discuss it at
        // a meeting in Brussels": the sentence's subject, opening it, takes part in a
        // gathering where it acts (not an object or apposition named on the way).
        let at_gathering = governed
            && trigger.symmetric
            && doc.lower(np_start - 1) == "at"
            && np_start >= s_start + 2;
        if own_subject.is_empty() && at_gathering {
            let subject = ctx.subject_before(s_start, np_start - 1);
            let opens_sentence = !subject.is_empty()
                && subject
                    .iter()
                    .all(|&x| ctx.mentions.list[x].start <= s_start + 1);
            if opens_sentence {
                own_subject = subject;
            }
        }
        // "Owusu is on a visit to Kenya", "was in Riga on Tuesday for talks with ...": a
        // light noun completing "be" takes its subject; a place between them is its target.
        let presence = (own_subject.is_empty() && trigger.light && governed)
            .then(|| ctx.presence_before(s_start, np_start - 1))
            .flatten();
        if let Some((be, place)) = presence {
            own_subject = ctx.subject_before(s_start, be);
            if let Some(place) = place.filter(|_| trigger.place_target) {
                that_target = vec![place];
                placed = true;
            }
        }
        // "Uganda deployed troops to Juba at the request of Kiir": a phrase opening with its
        // preposition, whose own side comes after it, is about the subject of the act it
        // comes after (not a side named on the way); the one after it is its own agent.
        let adjunct_verb = (trigger.subject == Role::Target
            && trigger.object == Role::Agent
            && doc.is(m.start, class::PREPOSITION))
        .then(|| {
            verb_starts
                .iter()
                .copied()
                .filter(|&v| v > s_start && v < m.start)
                .min()
        })
        .flatten();
        if let Some(v) = adjunct_verb {
            own_subject = ctx.subject_before(s_start, v);
            own_agent = true;
        }
    } else if !passive {
        own_subject = ctx.subject_before(s_start, m.start);
    }
    // "reopened the crossing ... and freed three officers": the second verb's object is its own.
    let coordinated_verbs: Vec<usize> = verb_starts
        .iter()
        .copied()
        .filter(|&v| v > m.end && matches!(doc.lower(v - 1), "and" | "but" | "then" | "," | "also"))
        .collect();
    let objects_from = |from: usize| {
        ctx.objects_after(
            trigger,
            from,
            s_end,
            m.start,
            noun,
            m.end,
            stops,
            &coordinated_verbs,
        )
    };
    let mut found = objects_from(object_from);
    // "burned the Swedish flag outside the embassy": with no object after the preposition,
    // the side named inside the pattern's gap is the object.
    let head_object_from = m.head_end.min(m.end);
    if found.0.is_empty() && !found.2 && object_from > head_object_from {
        found = objects_from(head_object_from);
    }
    let (mut objects, by, rejected, stopped_at) = found;
    if rejected {
        // "welcomed the Syrian president": with a person as its object, the act is the one
        // the trigger names for that ("meeting.receive").
        let other = trigger
            .person_object
            .as_deref()
            .and_then(|id| ctx.lex.triggers.iter().position(|t| t.id == id))
            .filter(|&other| other != m.trigger)?;
        // Its first pattern stands for the words matched (a single verb).
        let reread = TriggerMatch {
            trigger: other,
            pattern: 0,
            ..m.clone()
        };
        return build(
            ctx,
            si,
            &reread,
            &ctx.lex.triggers[other],
            stops,
            verb_ends,
            verb_starts,
        );
    }
    // "said the expulsions were a clear signal to Moscow": a noun that is the subject of
    // its clause ends where the verb starts; what follows the verb is no side of it.
    if noun && m.end < s_end && matches!(doc.lower(m.end), "was" | "were" | "is" | "are") {
        objects.clear();
    }
    if trigger.no_object_complement {
        let object_end = objects.iter().map(|&x| ctx.mentions.list[x].end).max();
        // "called him a liar", "called Petro \"a terrorist\"": a name given, no call.
        let quote = |k: usize| matches!(doc.lower(k), "\"" | "“" | "'" | "‘");
        // "left the EU summit": the body's name modifies a gathering, which is the object.
        let venue = |k: usize| ctx.lex.sets.venue_nouns.contains(doc.lower(k));
        if object_end.is_some_and(|end| {
            end < s_end && (matches!(doc.lower(end), "a" | "an") || quote(end) || venue(end))
        }) {
            return None;
        }
    }
    own_agent = own_agent || !by.is_empty();
    let mut subject_entities: Vec<usize> =
        own_subject.iter().flat_map(|&x| ctx.actors(x)).collect();
    let mut object_entities: Vec<usize> = objects
        .iter()
        .flat_map(|&x| {
            ctx.home_country(trigger, x)
                .map_or_else(|| ctx.actors(x), |c| vec![c])
        })
        .collect();
    // A call told as a manner has the one spoken to as its other side, whatever follows
    // the noun ("In a phone call, Peru's minister told ..."); a visit, the place
    // where its subject is ("is in Namibia on a working visit ..., her first to the country").
    if object_entities.is_empty() || call_manner || placed {
        object_entities = that_target.iter().flat_map(|&x| ctx.actors(x)).collect();
    }
    let by_entities: Vec<usize> = by.iter().flat_map(|&x| ctx.actors(x)).collect();
    // "expelled three French diplomats accused of spying": a participle right after the
    // object of an earlier verb tells what was said of that object, by someone unnamed.
    // "a Chinese businessman charged with fraud": the object's head noun may stand between
    // its mention and the participle; "The minister, accused of graft by Chile, resigned":
    // so may the comma opening the participle clause.
    // "two Ugandans detained in Nairobi": a detention may be told so too.
    let detention = class == "Arrest";
    let reduced_relative = (m.verbal && !passive && m.start > s_start)
        .then(|| noun_phrase_before(ctx, s_start, m.start))
        .flatten()
        .filter(|&(x, after_comma)| {
            let before = ctx.mentions.list[x].start;
            // Active "accused Russia of" has its object before "of"; "accused of" has none.
            let of = doc.lower(m.end) == "of"
                && ctx.lex.sets.object_before_of.contains(doc.lower(m.start));
            doc.lower(m.start).ends_with("ed")
                && m.end == m.start + 1
                && ctx.mentions.list[x].kind != MentionKind::Anaphor
                && (matches!(doc.lower(m.end), "of" | "with")
                    || detention && detention_told_after(ctx, m.end))
                && (of || after_comma || {
                    let clause = clause_start(doc, ctx.lex, s_start, m.start);
                    verb_ends.iter().any(|&e| e <= before && e > clause)
                        // "Two Britons arrested in Tehran in January were freed": the
                        // sentence's verb comes after, with its auxiliary.
                        || detention
                            && verb_starts.iter().any(|&v| {
                                let auxiliary = doc.lower(v - 1);
                                v > m.end
                                    && (ctx.lex.sets.be.contains(auxiliary)
                                        || ctx.lex.sets.have.contains(auxiliary))
                            })
                })
        })
        .map(|(x, _)| x);
    // "rescued the crew of a tanker attacked off Yemen": a participle after a common noun
    // that an earlier verb of its clause governs tells what was done to that noun, by no
    // one the sentence names ("an agreement signed with Cambodia" still has its sides).
    let unnamed_relative = reduced_relative.is_none()
        && !passive
        && !trigger.symmetric
        && m.verbal
        && m.end == m.start + 1
        && doc.lower(m.start).ends_with("ed")
        && doc.lower(m.end) != "by"
        && doc.is(m.end, class::PREPOSITION)
        && common_noun_object(ctx, s_start, m.start);
    if let Some(x) = reduced_relative {
        subject_entities = by_entities.clone();
        object_entities = ctx.actors(x);
    } else if unnamed_relative {
        subject_entities.clear();
        object_entities.clear();
    } else if passive {
        // "Mubarak said the patrols would be funded by the EU": one who tells of the act,
        // before a verb of speech, is not what the act was done to.
        let subject: Vec<usize> = ctx
            .subject_before(s_start, m.start)
            .iter()
            .filter(|&&x| {
                let end = ctx.mentions.list[x].end;
                !(end..(end + 3).min(m.start)).any(|k| ctx.lex.speech_forms.contains(doc.lower(k)))
            })
            .flat_map(|&x| ctx.actors(x))
            .collect();
        subject_entities = by_entities.clone();
        if trigger.symmetric {
            push_unique(&mut subject_entities, subject);
        } else if trigger.object == Role::None && subject_entities.is_empty() {
            // "Thai troops were deployed to the border": forces moved are their mover's own.
            subject_entities = subject;
        } else {
            object_entities = subject;
        }
    } else if !by_entities.is_empty()
        && !noun
        && !subject_entities.is_empty()
        && object_entities.is_empty()
        && matches!(class.as_str(), "Rejection" | "Accusation")
    {
        // "rejected a statement issued on Tuesday by China's foreign ministry": the author
        // of what is rejected or condemned is its target.
        object_entities = by_entities.clone();
    } else if !by_entities.is_empty() && (noun || subject_entities.is_empty()) {
        // "the release by the Syrian authorities of 14 detainees"
        if possessor.is_some() && !trigger.symmetric {
            object_entities = subject_entities.clone();
        }
        subject_entities = by_entities.clone();
    }
    // "Belgium, which it accused of siding with Kinshasa": a relative clause whose pronoun
    // is the verb's object acts on the noun before the clause.
    if object_entities.is_empty() && m.verbal && !passive && trigger.object != Role::None {
        if let Some(antecedent) = object_relative_antecedent(ctx, s_start, m.start) {
            object_entities = ctx.actors(antecedent);
        }
    }
    // Places reached as objects are where it happened; their country is the target.
    let mut resolved_objects = Vec::new();
    for e in object_entities {
        if ctx.table.kind(e) == EntityKind::Place {
            push_unique(&mut locations, [e]);
            if trigger.place_target {
                if let Some(c) = ctx.table.country_of(e) {
                    resolved_objects.push(c);
                }
            }
        } else {
            resolved_objects.push(e);
        }
    }
    // "wrote to Jamieson Greer on Tuesday asking for talks": a speech act told by a
    // participle with no object of its own is aimed at the one its clause addressed.
    if resolved_objects.is_empty()
        && m.verbal
        && !passive
        && SPEECH_ACTS.contains(&class.as_str())
        && doc.lower(m.start).ends_with("ing")
    {
        resolved_objects.extend(addressed_before(ctx, s_start, m.start));
    }
    let subject_sides = if trigger.symmetric {
        subject_entities.clone()
    } else {
        Vec::new()
    };
    if trigger.symmetric {
        push_unique(&mut participants, subject_entities.iter().copied());
        push_unique(&mut participants, resolved_objects.iter().copied());
        // "the joint US-Japan drills began": sides named inside the pattern's own words.
        if participants.len() < 2 && m.end > m.start + 2 {
            let inside: Vec<usize> = ctx
                .mentions
                .starting_in(m.start + 1, m.end - 1)
                .filter(|&x| {
                    ctx.mentions.list[x].end < m.end
                        && matches!(
                            ctx.table.kind(ctx.mentions.list[x].entity),
                            EntityKind::Country | EntityKind::Organization
                        )
                })
                .flat_map(|x| ctx.actors(x))
                .collect();
            if participants.len() + inside.len() >= 2 {
                push_unique(&mut participants, inside);
            }
        }
        let adjunct = governed_by
            .as_deref()
            .is_some_and(|g| matches!(g, "during" | "in" | "at" | "after" | "on"));
        if participants.is_empty() && noun && adjunct {
            // "asked Trump to ... during a video call": the call of the people named before.
            let people: Vec<usize> = ctx
                .mentions
                .starting_in(s_start, m.start)
                .map(|x| &ctx.mentions.list[x])
                .filter(|x| x.end <= m.start && ctx.table.kind(x.entity) == EntityKind::Person)
                .flat_map(|x| [Some(x.entity), x.other])
                .flatten()
                .collect();
            let mut people = people;
            people.dedup();
            push_unique(&mut participants, people.into_iter().take(2));
        }
    } else {
        match trigger.subject {
            Role::Participant => push_unique(&mut participants, subject_entities.iter().copied()),
            Role::Target => push_unique(&mut targets, subject_entities.iter().copied()),
            Role::None => {}
            Role::Agent => push_unique(&mut agents, subject_entities.iter().copied()),
        }
        if trigger.object == Role::Agent && !passive {
            // "drew a rebuke from Copenhagen": the one after the verb acts.
            push_unique(&mut agents, resolved_objects.iter().copied());
        } else if trigger.object != Role::None || passive {
            // A target of the agent's own country is the agent's side, not the target.
            let own: Vec<usize> = agents
                .iter()
                .filter_map(|&a| ctx.table.country_of(a))
                .collect();
            let filtered: Vec<usize> = resolved_objects
                .iter()
                .copied()
                .filter(|&o| {
                    !agents.contains(&o)
                        && (passive || !merge::of_own_side(ctx.table, &class, &own, o))
                })
                .collect();
            push_unique(&mut targets, filtered);
        }
    }
    // "The two governments will hold talks": talks between states are negotiations; not so
    // between officials named by title ("Vietnam's prime minister held talks with his
    // Chinese counterpart").
    let officials = own_subject
        .iter()
        .chain(&objects)
        .map(|&x| ctx.mentions.list[x].end)
        .any(|end| end < s_end && ctx.title_word(end));
    if class == "Meeting"
        && talks_noun
        && !officials
        && !participants.is_empty()
        && participants
            .iter()
            .all(|&p| ctx.table.kind(p) != EntityKind::Person)
    {
        class = "Negotiation".to_string();
    }
    // "is due in Brasilia for talks with President Lula", "flew to Lisbon for talks with
    // Portugal's prime minister": the meeting a trip is for.
    if class == "Negotiation"
        && noun
        && doc.lower(m.start) == "talks"
        && governed_by.as_deref() == Some("for")
        && (officials
            || participants
                .iter()
                .any(|&p| ctx.table.kind(p) == EntityKind::Person))
    {
        class = "Meeting".to_string();
    }
    // "announced after talks in New Delhi" by two ministers: people holding talks meet.
    if class == "Negotiation"
        && noun
        && doc.lower(m.start) == "talks"
        && m.end == m.start + 1
        && participants.len() >= 2
        && participants
            .iter()
            .all(|&p| ctx.table.kind(p) == EntityKind::Person)
    {
        class = "Meeting".to_string();
    }
    // "Negotiators are due to meet again": a round of negotiations.
    if class == "Meeting" && m.verbal && (s_start..m.start).any(|k| doc.lower(k) == "negotiators") {
        class = "Negotiation".to_string();
    }
    // Speech acts: the speaker is the most specific agent ("Lin said China was ready").
    let (speaker, listener) = ctx.speaker(s_start, m.start);
    // "said the patrols would be funded by the EU, which pledged 12 million euros": the
    // relative clause's own subject acts, not the one who tells of it.
    let relative_subject = (m.start.saturating_sub(3).max(s_start + 1)..m.start)
        .any(|k| matches!(doc.lower(k), "which" | "who") && doc.lower(k - 1) == ",");
    let speaker = speaker.filter(|_| !relative_subject);
    // A threat or pledge told before its speaker: "X will ... unless ..., Minister Y said".
    let speaker = speaker.or_else(|| {
        matches!(class.as_str(), "Threat" | "CooperationPledge")
            .then(|| ctx.speaker_after(m.end, s_end))
            .flatten()
    });
    let speech_class =
        matches!(class.as_str(), "CooperationPledge" | "Threat") || trigger.speaker_agent;
    if let Some(sp) = speaker {
        let only_countries = agents
            .iter()
            .all(|&a| ctx.table.kind(a) != EntityKind::Person);
        // "X said Reykjavik supported ...": the speaker stands for their own country, or
        // for the body they serve ("Rutte said the alliance stood with Denmark").
        let body = ctx.table.get(
            ctx.table.records[sp]
                .entity
                .affiliation
                .as_deref()
                .unwrap_or(""),
        );
        let own_country = !agents.is_empty()
            && agents.iter().all(|&a| {
                ctx.table.country_of(a) == ctx.table.country_of(sp)
                    && ctx.table.country_of(sp).is_some()
                    || body == Some(a)
            });
        let speech_act = matches!(
            class.as_str(),
            "Support" | "Accusation" | "Rejection" | "Request" | "Concession"
        );
        if (speech_class || speech_act && own_country) && only_countries {
            agents = vec![sp];
        }
    }
    // "Tanzania's foreign ministry said the drivers would be freed": an act told in the
    // passive with no doer named is that of the side who tells of it, unless it is done to
    // that side ("Kenya said its citizens were detained").
    if passive
        && agents.is_empty()
        && matches!(
            class.as_str(),
            "Retreat" | "Arrest" | "Expulsion" | "Sanction" | "Coercion"
        )
    {
        if let Some(sp) = ctx.teller(s_start, m.start, s_end) {
            let side = ctx.table.country_of(sp);
            let done_to_it =
                side.is_some() && targets.iter().any(|&t| ctx.table.country_of(t) == side);
            if !done_to_it && !targets.contains(&sp) {
                agents = vec![sp];
            }
        }
    }
    // A promise of money or help is a pledge that occurred, not aid given: money named,
    // or help someone said their side "would" give ("said Beijing would send tents").
    // Looked at only for a planned act of a pledge trigger: the checks scan the sentence.
    let reported_would = || {
        (m.start.saturating_sub(4).max(s_start)..m.start).any(|k| doc.lower(k) == "would")
            && (speaker.is_some()
                || (s_start..m.start).any(|k| ctx.lex.speech_forms.contains(doc.lower(k)))
                || ctx.speaker_after(m.end, s_end).is_some())
    };
    let mut symmetric = trigger.symmetric;
    if trigger.future_pledge
        && status == Status::Planned
        && (money_in(doc, s_start, s_end) || reported_would())
    {
        class = "CooperationPledge".to_string();
        status = Status::Occurred;
        // "said Malaysia would cooperate with Vietnam": one side promises, to the other.
        if symmetric {
            let (sides, others): (Vec<usize>, Vec<usize>) = participants
                .drain(..)
                .partition(|p| subject_sides.contains(p));
            agents = sides;
            targets = others;
            symmetric = false;
        }
        // "said the patrols would be funded by the EU": the one named after "by" gives.
        if let Some(sp) = speaker.filter(|_| !passive || by_entities.is_empty()) {
            agents = vec![sp];
        }
    }
    if class == "CooperationPledge" && targets.is_empty() {
        if let Some(l) = listener {
            targets.push(l);
        }
    }
    // A symmetric trigger that needs a counterpart needs two sides ("was received by X").
    let too_few = if symmetric {
        participants.len() < 2
    } else {
        targets.is_empty()
    };
    // "Chad hosts 850,000 Sudanese refugees": a country sheltering people meets no one.
    let shelters = class == "Meeting"
        && m.verbal
        && doc.lower(m.start).starts_with("host")
        && (m.end..s_end.min(m.end + 7))
            .take_while(|&k| !matches!(doc.lower(k), "," | ";" | "and" | "for"))
            .any(|k| {
                // "hosts more than 1.2 million Sudanese": people counted by their nation.
                let counted_nation = k > 0
                    && ctx.mentions.owner[k]
                        .is_some_and(|x| ctx.mentions.list[x].kind == MentionKind::Demonym)
                    && (matches!(doc.lower(k - 1), "million" | "thousand" | "hundred")
                        || doc.tokens[k - 1].kind == TokenKind::Number);
                ctx.lex.sets.foreign_crowds.contains(doc.lower(k)) || counted_nation
            });
    // "Russia and Ukraine each released 150 prisoners": each side acts on the other, which
    // `sentence_events` fills in.
    let each_side = each_of_two(doc, m, s_start, &agents, symmetric);
    if shelters || trigger.require_target && too_few && !each_side {
        return None;
    }
    if class == "Sanction" && agents.is_empty() && m.verbal {
        implied::suspending_body(ctx, m.end, s_end, &mut agents, &mut targets);
    }
    // "Hundreds of protesters stormed the embassy": a crowd's assault is a protest.
    let crowd_assault = class == "Attack"
        && agents.is_empty()
        && m.verbal
        && (clause_start(doc, ctx.lex, s_start, m.start)..m.start)
            .any(|k| ctx.lex.sets.protest_crowds.contains(doc.lower(k)));
    // "Argentina protested to Chile": a government's or an official's protest is a
    // diplomatic one, an accusation; a protest by people in the street stays a protest.
    // "summoned the envoy to protest": the purpose of another act, not a protest of its own.
    let purpose = m.start > s_start && doc.lower(m.start - 1) == "to";
    let official_protest = class == "Protest"
        && !purpose
        && !own_subject.is_empty()
        && own_subject.iter().all(|&x| {
            matches!(
                ctx.mentions.list[x].kind,
                MentionKind::Name
                    | MentionKind::Government
                    | MentionKind::Institution
                    | MentionKind::Short
                    | MentionKind::Anaphor
            )
        })
        && agents
            .iter()
            .all(|&a| matches!(ctx.table.kind(a), EntityKind::Country | EntityKind::Person));
    if official_protest {
        class = "Accusation".to_string();
    }
    if crowd_assault {
        class = "Protest".to_string();
    } else if trigger.require_agent && agents.is_empty() {
        return None;
    }
    let no_actors = agents.is_empty() && targets.is_empty() && participants.is_empty();
    // "the next round of talks", "a second meeting": a new happening, not one told before.
    let new_one = (np_start..m.start).any(|k| {
        matches!(
            doc.lower(k),
            "next" | "another" | "second" | "third" | "fresh" | "further" | "upcoming"
        )
    });
    let definite = noun
        && !new_one
        && (np_start..m.start).any(|k| {
            matches!(
                doc.lower(k),
                "the" | "this" | "that" | "its" | "their" | "his" | "her"
            )
        });
    // "after the talks", "at the summit": the meeting told before, whoever is named near it.
    let consult_adjunct = noun
        && definite
        && matches!(class.as_str(), "Meeting" | "Negotiation")
        && !own_agent
        && governed_by.as_deref().is_some_and(|g| {
            matches!(
                g,
                "after" | "at" | "during" | "following" | "before" | "since" | "ahead"
            )
        });
    let anaphoric = (no_actors || consult_adjunct) && noun && definite;
    // Locations: places in the clause after a locative preposition.
    let c_start = clause_start(doc, ctx.lex, s_start, m.start);
    for mi in ctx.mentions.starting_in(c_start, s_end) {
        let mention = &ctx.mentions.list[mi];
        if mention.start < c_start || mention.start >= s_end || !ctx.is_place(mi) {
            continue;
        }
        let prep = ctx.prep_before(mention.start, s_start);
        if prep.is_some_and(|p| {
            ctx.lex.sets.locative.contains(p) && p != "of" && p != "from" && p != "to"
                || p == "at"
                || p == "in"
        }) {
            push_unique(&mut locations, [mention.entity]);
        }
    }
    let mut parents = Vec::new();
    for &l in &locations {
        if let Some(parent) = ctx.table.records[l]
            .entity
            .located_in
            .as_ref()
            .and_then(|k| ctx.table.get(k))
        {
            if ctx.table.kind(parent) == EntityKind::Place {
                parents.push(parent);
            }
        }
    }
    push_unique(&mut locations, parents);
    if class == "Visit" && targets.is_empty() && !trigger.symmetric {
        // "arrived in Seoul": the host is the country the place lies in.
        if let Some(c) = locations.iter().find_map(|&l| ctx.table.country_of(l)) {
            if !agents.iter().any(|&a| ctx.table.country_of(a) == Some(c)) {
                targets.push(c);
            }
        } else if !locations.is_empty() {
            // "arrived in Rarotonga" (a place of no known country): the other side's ground.
            let own = agents.iter().find_map(|&a| ctx.table.country_of(a));
            if let Some(other) = own.and_then(|o| ctx.main.iter().copied().find(|&c| c != o)) {
                targets.push(other);
            }
        }
    }
    implied::implied_actors(
        &Site {
            ctx,
            m,
            class: &class,
            // A detention told in a reduced relative is passive.
            passive: passive || reduced_relative.is_some() && detention,
            named_by: !by_entities.is_empty(),
            locations: &locations,
            clause: (c_start, s_start, s_end),
        },
        &mut agents,
        &mut targets,
    );
    if class == "Agreement" && symmetric && participants.len() < 2 {
        if let Some(seller) = implied::seller(ctx, m.end, s_end) {
            push_unique(&mut participants, [seller]);
        }
    }
    // "the vote breached a treaty", "accused it of violating the accord": an agreement
    // broken is one made before, told of, not reached here.
    if class == "Agreement"
        && noun
        && np_start > s_start
        && (np_start - 1..m.start).any(|k| ctx.lex.sets.breach_verbs.contains(doc.lower(k)))
    {
        return None;
    }
    // "where Benin, Niger and Burkina Faso meet": borders meet, not governments.
    if class == "Meeting"
        && m.verbal
        && (m.start.saturating_sub(8).max(s_start)..m.start).any(|k| doc.lower(k) == "where")
        && participants
            .iter()
            .all(|&p| ctx.table.kind(p) == EntityKind::Country)
    {
        return None;
    }
    // "struck a more cautious tone", "hit a snag": force in words only; but "struck
    // Hezbollah targets", "struck targets in (southern) Lebanon" name whose or where.
    if class == "Attack"
        && m.verbal
        && (m.end..(m.end + 4).min(s_end)).any(|k| {
            let figurative = ctx
                .lex
                .words
                .figurative_objects
                .iter()
                .any(|w| w == doc.lower(k));
            let owner_named = (m.end..k).any(|j| ctx.mentions.owner[j].is_some());
            // "in Lebanon", "in southern Lebanon": a place at most one word on.
            let place_named = ctx.lex.sets.locative.contains(doc.lower(k + 1))
                && (k + 2..(k + 4).min(s_end))
                    .any(|j| ctx.mentions.owner.get(j).is_some_and(Option::is_some));
            figurative && !owner_named && !place_named
        })
    {
        return None;
    }
    // "after a magnitude 7.3 earthquake struck the capital": nature's force, no one's.
    if class == "Attack"
        && m.verbal
        && m.start > s_start
        && ctx
            .lex
            .words
            .natural_forces
            .iter()
            .any(|w| w == doc.lower(m.start - 1))
    {
        return None;
    }
    // "Russia supplied about 30% of Kazakhstan's imports": a share, not aid.
    if class == "Aid"
        && m.verbal
        && (m.end..(m.end + 4).min(s_end)).any(|k| matches!(doc.lower(k), "%" | "percent"))
    {
        return None;
    }
    // "Filipino and American troops will begin the annual drills": forces of two countries
    // training together cooperate.
    let joint_drill = class == "Mobilization"
        && agents.len() >= 2
        && (m.start..m.end).any(|k| matches!(doc.lower(k), "drills" | "exercises" | "exercise"))
        && {
            let mut sides: Vec<usize> = agents
                .iter()
                .filter_map(|&a| ctx.table.country_of(a))
                .collect();
            sides.sort_unstable();
            sides.dedup();
            sides.len() >= 2
        };
    if joint_drill {
        class = "Cooperation".to_string();
        symmetric = true;
        push_unique(&mut participants, agents.drain(..));
    }
    let forum = if matches!(
        class.as_str(),
        "Meeting" | "Negotiation" | "Agreement" | "Visit"
    ) {
        // The first mention added (not the first in the text) of a forum in the sentence:
        // the live mentions starting in it, found by position, not by a scan of them all.
        ctx.mentions
            .starting_in(s_start, s_end)
            .filter(|&x| {
                let e = ctx.mentions.list[x].entity;
                ctx.table.kind(e) == EntityKind::Organization
                    && ctx.table.records[e].forum
                    && !participants.contains(&e)
            })
            .min()
            .map(|x| ctx.mentions.list[x].entity)
    } else {
        None
    };
    Some(Draft {
        class,
        rule: trigger.id.clone(),
        sentence: si,
        start: m.start,
        end: m.end,
        agents,
        targets,
        participants,
        locations,
        forum,
        status,
        topics: Vec::new(),
        symmetric,
        anaphoric,
        trigger: m.trigger,
        date: None,
        noun,
        date_inherited: false,
        date_from_lead: false,
        own_agent,
        governed_by,
        stopped_at,
        referenced: false,
        verbal: m.verbal,
        coordinated,
        phrase_start: np_start,
        indefinite: noun && (np_start..m.start).any(|k| matches!(doc.lower(k), "a" | "an")),
        subject_sides,
    })
}

/// Whether the object right after a verb ending at `from` is a ship or aircraft
/// ("boarded and detained a Russian trawler"), not its crew ("the ship's crew").
/// The mention of the noun phrase ending right before `at`, past its head noun ("a Chinese
/// businessman"), and whether a comma stands between them ("The minister, accused").
fn noun_phrase_before(ctx: &Context, s_start: usize, at: usize) -> Option<(usize, bool)> {
    let doc = ctx.doc;
    let mut k = at.checked_sub(1).filter(|&k| k >= s_start)?;
    let after_comma = doc.lower(k) == ",";
    if after_comma {
        k = k.checked_sub(1).filter(|&k| k >= s_start)?;
    }
    for _ in 0..2 {
        if let Some(x) = ctx.mentions.owner[k] {
            return Some((x, after_comma));
        }
        let plain_noun = !doc.cap(k)
            && doc.lower(k).chars().all(|c| c.is_ascii_lowercase())
            && ![class::PREPOSITION, class::BE, class::HAVE, class::BARRIER]
                .iter()
                .any(|&bit| doc.is(k, bit));
        if !plain_noun || k == s_start {
            return None;
        }
        k -= 1;
    }
    ctx.mentions.owner[k].map(|x| (x, after_comma))
}

/// Whether the words before a participle at `at` are a noun phrase of common words opened
/// by an article ("a tanker", "the two boats") that a preposition or a verb before it
/// governs: the participle then describes the phrase ("a tanker attacked off Yemen").
fn common_noun_object(ctx: &Context, s_start: usize, at: usize) -> bool {
    let doc = ctx.doc;
    let Some(article) = (at.saturating_sub(4).max(s_start)..at.saturating_sub(1))
        .rev()
        .find(|&k| matches!(doc.lower(k), "a" | "an" | "the"))
    else {
        return false;
    };
    let common = (article + 1..at).all(|k| {
        ctx.mentions.owner[k].is_none()
            && !doc.cap(k)
            && doc
                .lower(k)
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-')
            && !doc.is(k, class::PREPOSITION)
            && !doc.is(k, class::BE)
            && !doc.is(k, class::HAVE)
            && !doc.is(k, class::BARRIER)
            && !doc.is(k, class::SPEECH)
    });
    let governed = article > s_start && {
        let before = doc.lower(article - 1);
        doc.is(article - 1, class::PREPOSITION) || ctx.lex.is_past_form(before)
    };
    common && governed
}

fn vessel_object(ctx: &Context, from: usize, s_end: usize) -> bool {
    let doc = ctx.doc;
    for k in from..(from + 6).min(s_end) {
        let w = doc.lower(k);
        if ctx.lex.sets.group_nouns.contains(w) || ctx.is_barrier_word(k) {
            return false;
        }
        // "two truck drivers": a vessel word before a group noun only says which people.
        if ctx.lex.sets.vessels.contains(w) && !ctx.lex.sets.group_nouns.contains(doc.lower(k + 1))
        {
            return doc
                .tokens
                .get(k + 1)
                .is_none_or(|t| t.kind != TokenKind::Possessive);
        }
    }
    false
}

fn money_in(doc: &Doc, s_start: usize, s_end: usize) -> bool {
    (s_start..s_end).any(|k| {
        let w = doc.lower(k);
        w == "$" || w == "€" || w == "£" || w.ends_with('$') || w == "million" || w == "billion"
    })
}

/// Whether the words after a participle of detention tell where, when or by whom the
/// person before it was held ("a Chinese citizen detained in Manila last week").
fn detention_told_after(ctx: &Context, after: usize) -> bool {
    matches!(
        ctx.doc.lower(after),
        "in" | "at" | "by" | "on" | "since" | "last"
    ) || ctx.mentions.at(after).is_some_and(|_| ctx.doc.cap(after))
}

/// The one addressed by "to" after a verb of address ("wrote to US Trade Representative
/// Jamieson Greer", "spoke to Kenya") between `s_start` and `before`: the person behind
/// the titled phrase, or the actor named.
fn addressed_before(ctx: &Context, s_start: usize, before: usize) -> Option<usize> {
    let doc = ctx.doc;
    let to = (s_start + 1..before)
        .rev()
        .find(|&k| doc.lower(k) == "to" && ctx.lex.sets.address_verbs.contains(doc.lower(k - 1)))?;
    let first = to + 1 + usize::from(doc.lower(to + 1) == "the");
    ctx.mentions
        .starting_in(first, before)
        .take_while(|&x| ctx.title_start_before(ctx.mentions.list[x].start, to) <= first)
        .filter(|&x| !ctx.is_place(x))
        .last()
        .map(|x| ctx.mentions.list[x].entity)
}

/// The mention before ", which" (or "whom", "who") when the relative clause that follows
/// has its own subject before the verb at `verb` ("Belgium, which it accused", "the envoy,
/// whom Lima had expelled"): the pronoun is the verb's object, and stands for that mention.
fn object_relative_antecedent(ctx: &Context, s_start: usize, verb: usize) -> Option<usize> {
    let doc = ctx.doc;
    let r = (verb.saturating_sub(6).max(s_start + 2)..verb)
        .rev()
        .find(|&k| matches!(doc.lower(k), "which" | "whom" | "who") && doc.lower(k - 1) == ",")?;
    let subject = ctx.mentions.owner.get(r + 1).copied().flatten()?;
    let subject_end = ctx.mentions.list[subject].end;
    if ctx.mentions.list[subject].start != r + 1 || subject_end > verb {
        return None;
    }
    // Only auxiliaries and adverbs between the clause's subject and its verb.
    let between_ok = (subject_end..verb).all(|k| {
        doc.is(k, class::HAVE)
            || doc.is(k, class::BE)
            || matches!(doc.lower(k), "also" | "repeatedly" | "then" | "now")
    });
    let antecedent = ctx.mentions.owner.get(r - 2).copied().flatten()?;
    (between_ok && ctx.mentions.list[antecedent].end == r - 1).then_some(antecedent)
}
