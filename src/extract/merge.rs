//! One event per happening: merges drafts of the same class with compatible actors and
//! dates (within a sentence and across the article), fills roles the text leaves to
//! context (the counterpart country, the side whose accusation is rejected), and drops
//! drafts with no actor at all.

use crate::annotation::{EntityKind, Status};
use crate::extract::entities::EntityTable;
use crate::extract::events::{Draft, push_unique};
use crate::lexicon::Lexicon;

/// A merged event: the first draft plus the evidence of every mention.
#[derive(Debug, Clone)]
pub struct Merged {
    pub draft: Draft,
    /// (sentence, rule id) of every mention, first one first.
    pub evidence: Vec<(usize, String)>,
}

fn same_actor(table: &EntityTable, a: usize, b: usize) -> bool {
    if a == b {
        return true;
    }
    let specific = |x: usize| {
        matches!(
            table.kind(x),
            EntityKind::Person | EntityKind::Group | EntityKind::Organization
        )
    };
    (specific(a) && table.kind(b) == EntityKind::Country && table.country_of(a) == Some(b))
        || (specific(b) && table.kind(a) == EntityKind::Country && table.country_of(b) == Some(a))
        || (table.kind(a) == EntityKind::Group
            && table.kind(b) == EntityKind::Group
            && table.country_of(a).is_some()
            && table.country_of(a) == table.country_of(b))
}

fn overlap(table: &EntityTable, x: &[usize], y: &[usize]) -> bool {
    x.iter()
        .any(|&a| y.iter().any(|&b| same_actor(table, a, b)))
}

fn compatible_set(table: &EntityTable, x: &[usize], y: &[usize]) -> bool {
    x.is_empty() || y.is_empty() || overlap(table, x, y)
}

/// Whether every actor of `x` has a counterpart in `y`.
fn covered(table: &EntityTable, x: &[usize], y: &[usize]) -> bool {
    x.iter()
        .all(|&a| y.iter().any(|&b| same_actor(table, a, b)))
}

fn mergeable(table: &EntityTable, a: &Draft, b: &Draft) -> bool {
    if a.class != b.class || (a.status == Status::NotOccurred) != (b.status == Status::NotOccurred)
    {
        return false;
    }
    // A planned act and one that happened are two happenings, unless a noun tells of it.
    if a.status != b.status && !(a.noun || b.noun) {
        return false;
    }
    // "closed the crossing" and "deported 4,000 Afghans": coercion gathers acts of many
    // kinds, and two told by verbs of different rules are two happenings.
    if a.class == "Coercion" && a.verbal && b.verbal && a.rule != b.rule {
        return false;
    }
    // Talks going on and the next round planned are two.
    if matches!(
        (a.status, b.status),
        (Status::Planned, Status::Ongoing) | (Status::Ongoing, Status::Planned)
    ) {
        return false;
    }
    // "rejected the protest within hours" (dated by its paragraph) and "rejected the award
    // when it was published in 2017": two acts told by verbs on days apart are two. A date
    // guessed from the article's lead tells no meeting of the same sides apart ("met in
    // July. ... They met in Asunción").
    let told_apart = a.verbal
        && b.verbal
        && a.date_inherited != b.date_inherited
        && !(matches!(a.class.as_str(), "Meeting" | "Negotiation" | "PhoneCall")
            && (a.date_from_lead || b.date_from_lead))
        && matches!((a.date, b.date), (Some(x), Some(y)) if !x.compatible(&y));
    if told_apart {
        return false;
    }
    if let (Some(x), Some(y), false, false) = (a.date, b.date, a.date_inherited, b.date_inherited) {
        // A visit lasts days: "arrived on Tuesday" and "the second day of the visit".
        let same_visit = a.class == "Visit" && x.within_days(&y, 7);
        if !(x.compatible(&y) || same_visit) {
            return false;
        }
    }
    // "In a joint statement" (dated only by its context) after a treaty initialled last
    // year: a new happening, not the one dated otherwise.
    let new_one = |x: &Draft, y: &Draft| {
        x.indefinite
            && x.date_inherited
            && !y.date_inherited
            && matches!((x.date, y.date), (Some(p), Some(q)) if !p.compatible(&q))
    };
    if new_one(a, b) || new_one(b, a) {
        return false;
    }
    if a.symmetric {
        // A directed act of the same class ("extradited X to Y" after "held joint
        // exercises") is another happening.
        let directed_only =
            |d: &Draft| d.participants.is_empty() && !(d.agents.is_empty() && d.targets.is_empty());
        if directed_only(a) != directed_only(b) {
            return false;
        }
        if a.participants.is_empty() || b.participants.is_empty() {
            return true;
        }
        return covered(table, &a.participants, &b.participants)
            && covered(table, &b.participants, &a.participants);
    }
    let agents_ok = compatible_set(table, &a.agents, &b.agents);
    let targets_ok = compatible_set(table, &a.targets, &b.targets);
    // With no agent named on one side, only the very same target ties the two: "12 Chinese
    // nationals accused of spying" is not the United States' accusation of China.
    let shared = if a.agents.is_empty() || b.agents.is_empty() {
        a.targets.iter().any(|t| b.targets.contains(t))
    } else {
        overlap(table, &a.agents, &b.agents) || overlap(table, &a.targets, &b.targets)
    };
    agents_ok && targets_ok && shared
}

/// Keeps the most specific actors: a person or group replaces their own country.
fn specific(table: &EntityTable, list: &mut Vec<usize>) {
    let snapshot = list.clone();
    list.retain(|&c| {
        table.kind(c) != EntityKind::Country
            || !snapshot.iter().any(|&p| {
                p != c
                    && matches!(
                        table.kind(p),
                        EntityKind::Person | EntityKind::Group | EntityKind::Organization
                    )
                    && table.country_of(p) == Some(c)
            })
    });
}

fn absorb(table: &EntityTable, into: &mut Merged, from: &Draft) {
    let d = &mut into.draft;
    for (dst, src) in [
        (&mut d.agents, &from.agents),
        (&mut d.targets, &from.targets),
        (&mut d.participants, &from.participants),
        (&mut d.locations, &from.locations),
    ] {
        for &e in src {
            if !dst.contains(&e) {
                dst.push(e);
            }
        }
    }
    specific(table, &mut d.agents);
    specific(table, &mut d.targets);
    specific(table, &mut d.participants);
    if d.date_inherited && from.date.is_some() && !from.date_inherited {
        d.date = from.date;
        d.date_inherited = false;
    }
    d.date = match (d.date, from.date) {
        // An act told undated ("last week") takes no date its later telling inherited.
        (None, x) if !from.date_inherited => x,
        (None, _) => None,
        (Some(x), Some(y)) if x.compatible(&y) && y.day.is_some() && x.day.is_none() => Some(y),
        (x, _) => x,
    };
    if d.noun && !from.noun {
        d.status = from.status;
        d.noun = false;
    }
    if d.forum.is_none() {
        d.forum = from.forum;
    }
    for t in &from.topics {
        if !d.topics.contains(t) {
            d.topics.push(t.clone());
        }
    }
    into.evidence.push((from.sentence, from.rule.clone()));
}

/// Classes whose target is always another side than the agent's.
const ACT_ON_OTHERS: [&str; 11] = [
    "Concession",
    "Aid",
    "Accusation",
    "Rejection",
    "Threat",
    "Request",
    "Support",
    "CooperationPledge",
    "Tariff",
    "Expulsion",
    "Attack",
];

/// Classes of an offer or a plea a side outside a two-country dispute makes to both.
const PLEDGES: [&str; 2] = ["CooperationPledge", "Request"];

/// Merges drafts (in text order) into events.
pub fn merge(
    lex: &Lexicon,
    table: &EntityTable,
    drafts: Vec<Draft>,
    main: &[usize],
) -> Vec<Merged> {
    let mut out: Vec<Merged> = Vec::new();
    for mut draft in drafts {
        // Roles the context gives.
        // "The men were released two days later": whoever detained them frees them.
        if draft.class == "Retreat" && draft.agents.is_empty() && !draft.targets.is_empty() {
            let holder = out.iter().rev().find(|m| {
                m.draft.class == "Arrest"
                    && !m.draft.agents.is_empty()
                    && m.draft.targets.iter().any(|t| draft.targets.contains(t))
            });
            if let Some(arrest) = holder {
                draft.agents = arrest.draft.agents.clone();
            }
        }
        if (lex.triggers[draft.trigger].answers || draft.class == "Accusation")
            && draft.targets.is_empty()
        {
            if let Some(source) = answered(table, &out, &draft, main) {
                // "The request was turned down": whoever was asked is the one refusing.
                if draft.agents.is_empty() && draft.class == "Rejection" {
                    draft.agents = source.draft.targets.clone();
                }
                if let Some(&agent) = source.draft.agents.first() {
                    let side = table.country_of(agent).unwrap_or(agent);
                    if !draft.agents.contains(&side) {
                        draft.targets.push(side);
                    }
                }
            }
        }
        // "Benin reopened its side of the border": its own side is no target.
        drop_own_side_targets(table, &mut draft);
        // A government's protest read as its accusation takes the accusation's counterpart.
        let counterpart = lex.triggers[draft.trigger].counterpart
            || draft.class == "Accusation" && lex.triggers[draft.trigger].class == "Protest";
        if !draft.symmetric && draft.targets.is_empty() && counterpart {
            // A body of no country (an armed group) acts on the article's main country.
            let own = draft.agents.first().map(|&a| table.country_of(a));
            if let Some(own) = own {
                // A third side's act ("Tanzania offered mediation") in a story of two is
                // aimed at both.
                let third_side = main.len() == 2 && own.is_none_or(|o| !main.contains(&o));
                if third_side && PLEDGES.contains(&draft.class.as_str()) {
                    draft.targets.extend(main.iter().copied());
                } else if let Some(&other) = main.iter().find(|&&c| Some(c) != own) {
                    draft.targets.push(other);
                }
            }
        }
        // Talks to come or going on with no sides named, in a story of two countries, are
        // theirs ("Talks are continuing"; "The first round of talks will be held in
        // Kampala", unless talks were told before).
        let told_before = || out.iter().any(|m| m.draft.class == draft.class);
        if draft.symmetric
            && draft.participants.is_empty()
            && main.len() == 2
            && matches!(draft.status, Status::Planned | Status::Ongoing)
            && (!draft.anaphoric || !told_before())
        {
            draft.participants = main.to_vec();
        }
        // "We have not yet agreed on the indexation," the minister said: an agreement that
        // did not come about, told by one side's official, is the two sides' ("Latvia did
        // not sign" stays Latvia's own).
        let unreached_by_one = draft.class == "Agreement"
            && draft.verbal
            && draft.status == Status::NotOccurred
            && main.len() == 2
            && matches!(draft.participants[..], [p] if table.kind(p) == EntityKind::Person
                && table.country_of(p).is_some_and(|c| main.contains(&c)));
        if unreached_by_one {
            draft.participants = main.to_vec();
        }
        let no_actors =
            draft.agents.is_empty() && draft.targets.is_empty() && draft.participants.is_empty();
        // "Hundreds of people protested in Mogadishu": a protest told by its verb and place
        // needs no named actor.
        let bare_protest = draft.class == "Protest" && draft.verbal && !draft.locations.is_empty();
        if draft.anaphoric || no_actors && !bare_protest {
            // "The expulsion": the same event as the latest one of its class.
            let consult = |c: &str| matches!(c, "Meeting" | "Negotiation");
            if let Some(prev) = out.iter_mut().rev().find(|m| {
                (m.draft.class == draft.class || consult(&m.draft.class) && consult(&draft.class))
                    && (m.draft.status == Status::NotOccurred)
                        == (draft.status == Status::NotOccurred)
            }) {
                let mut d = draft.clone();
                // Who the earlier telling named stands; actors near a back-reference do not join.
                d.agents.clear();
                d.targets.clear();
                d.participants.clear();
                d.date = d
                    .date
                    .filter(|x| prev.draft.date.is_none_or(|p| p.compatible(x)));
                absorb(table, prev, &d);
                continue;
            }
            // "No agreement was reached at the talks between Chile and Peru": with nothing
            // told before, a reference that names its own sides tells of a happening itself.
            // "Kenya and Somalia held talks. No agreement was reached.": an agreement that
            // did not come about is that of the talks (or the call) told just before.
            let failed_talks =
                (no_actors && draft.class == "Agreement" && draft.status == Status::NotOccurred)
                    .then(|| {
                        out.iter().rev().find(|m| {
                            (consult(&m.draft.class) || m.draft.class == "PhoneCall")
                                && m.draft.participants.len() >= 2
                                && m.evidence
                                    .iter()
                                    .any(|&(s, _)| s <= draft.sentence && s + 1 >= draft.sentence)
                        })
                    })
                    .flatten();
            // "No agreement was reached on the toll", with no talks just before: in a story
            // of two countries, theirs, as talks to come with no sides named are.
            let unreached = no_actors
                && draft.class == "Agreement"
                && draft.status == Status::NotOccurred
                && main.len() == 2;
            match failed_talks {
                Some(talks) => draft.participants = talks.draft.participants.clone(),
                None if unreached => draft.participants = main.to_vec(),
                None if no_actors => continue,
                None => {}
            }
        }
        specific(table, &mut draft.agents);
        specific(table, &mut draft.targets);
        specific(table, &mut draft.participants);
        // Acting on one's own side is no accusation, threat or tariff.
        drop_own_side_targets(table, &mut draft);
        if let Some(prev) = out.iter_mut().find(|m| mergeable(table, &m.draft, &draft)) {
            absorb(table, prev, &draft);
            continue;
        }
        let evidence = vec![(draft.sentence, draft.rule.clone())];
        out.push(Merged { draft, evidence });
    }
    // A meeting, call, negotiation, agreement or joint act with one side only is a
    // misreading more often than not ("were met by relatives", "who helped broker the
    // accord"); a body meeting on its own ("the Security Council will convene", "G20
    // finance ministers met") stays.
    out.retain(|m| {
        let d = &m.draft;
        let mut sides = d.participants.clone();
        push_unique(&mut sides, d.agents.iter().chain(&d.targets).copied());
        // "Estonia signed the pact but Latvia did not": a state's own act told by its verb
        // stands.
        // A clash ("X and Y clashed") is an attack told as a symmetric act.
        let two_sided = ONE_SIDED_IS_DOUBTFUL.contains(&d.class.as_str()) || d.symmetric;
        let one_sided = two_sided
            && sides.len() == 1
            && !table.body_or_its_members(sides[0])
            && !(d.verbal && table.kind(sides[0]) == EntityKind::Country);
        // An act on others with no one acted on, or acted on by no one, is mostly a
        // misreading too; forces mobilize and crowds protest with no one across, and an
        // arrest or release is often told without who made it.
        let directed = !two_sided;
        let no_target = directed
            && d.targets.is_empty()
            && !matches!(d.class.as_str(), "Mobilization" | "Protest" | "Retreat");
        let no_agent = directed
            && d.agents.is_empty()
            && !d.targets.is_empty()
            && !matches!(d.class.as_str(), "Arrest" | "Retreat")
            && !lex.triggers[d.trigger].unnamed_agent;
        !(one_sided || no_target || no_agent)
    });
    out
}

/// Drops from an act on others the targets on the agents' own side: the agents, their
/// countries, and the bodies they speak for ("Its spokesman warned that the group ...").
fn drop_own_side_targets(table: &EntityTable, draft: &mut Draft) {
    if !ACT_ON_OTHERS.contains(&draft.class.as_str()) {
        return;
    }
    let own: Vec<usize> = draft
        .agents
        .iter()
        .filter_map(|&a| table.country_of(a))
        .collect();
    let bodies: Vec<usize> = draft
        .agents
        .iter()
        .filter_map(|&a| table.get(table.records[a].entity.affiliation.as_deref()?))
        .collect();
    let agents = draft.agents.clone();
    let class = draft.class.clone();
    draft.targets.retain(|&t| {
        !agents.contains(&t) && !bodies.contains(&t) && !of_own_side(table, &class, &own, t)
    });
}

/// Whether `target` is of the agents' own countries `own`, so no side an act of `class`
/// is aimed at. "Turkish jets struck PKK positions", "missiles hit camps of the Kurdistan
/// Democratic Party of Iran": force turned on a body at home is still an attack on it.
pub(crate) fn of_own_side(table: &EntityTable, class: &str, own: &[usize], target: usize) -> bool {
    let body_attacked = class == "Attack" && table.kind(target) == EntityKind::Organization;
    !body_attacked
        && !AT_HOME.contains(&class)
        && table.country_of(target).is_some_and(|c| own.contains(&c))
}

/// Classes whose target may be of the agent's own country: "Kenyan police detained 20
/// Kenyan students" (and released them), "Romanian farmers protested against the
/// government".
const AT_HOME: [&str; 3] = ["Arrest", "Retreat", "Protest"];

/// Classes that need two sides.
const ONE_SIDED_IS_DOUBTFUL: [&str; 5] = [
    "Meeting",
    "PhoneCall",
    "Negotiation",
    "Agreement",
    "Cooperation",
];

/// Classes of acts no accusation answers.
const FRIENDLY: [&str; 6] = [
    "Support",
    "Aid",
    "CooperationPledge",
    "Cooperation",
    "Concession",
    "Visit",
];

/// The accusation, request or threat a rejection answers.
fn answered<'m>(
    table: &EntityTable,
    earlier: &'m [Merged],
    rejection: &Draft,
    main: &[usize],
) -> Option<&'m Merged> {
    let rejecter: Vec<Option<usize>> = rejection
        .agents
        .iter()
        .map(|&a| table.country_of(a))
        .collect();
    let speech = |m: &&Merged| {
        matches!(
            m.draft.class.as_str(),
            "Accusation" | "Request" | "Threat" | "CooperationPledge"
        )
    };
    let directed = |m: &&Merged| !m.draft.symmetric;
    let aimed = |m: &&Merged| {
        !rejection.agents.is_empty()
            && m.draft
                .targets
                .iter()
                .any(|&t| rejection.agents.contains(&t) || rejecter.contains(&table.country_of(t)))
    };
    let not_own =
        |m: &&Merged| {
            m.draft.agents.iter().all(|&a| {
                !rejection.agents.contains(&a) && !rejecter.contains(&table.country_of(a))
            }) && !m.draft.agents.is_empty()
        };
    // "Beijing rejected the protest" after Manila's protest and Washington's condemnation:
    // the article's other main side spoke first of all.
    let by_main_side = |m: &&Merged| {
        m.draft
            .agents
            .iter()
            .any(|&a| table.country_of(a).is_some_and(|c| main.contains(&c)))
    };
    let aimed_speech = || {
        let mut aimed_speeches = earlier
            .iter()
            .rev()
            .filter(speech)
            .filter(|m| aimed(m) && not_own(m));
        let latest = aimed_speeches.clone().next();
        aimed_speeches.find(by_main_side).or(latest)
    };
    // "condemned the measures": what an accusation answers is a hostile act, not praise,
    // help or an offer.
    let hostile = |m: &&Merged| !FRIENDLY.contains(&m.draft.class.as_str());
    let aimed_act = || {
        earlier
            .iter()
            .rev()
            .filter(directed)
            .filter(hostile)
            .find(|m| aimed(m) && not_own(m))
    };
    let any_speech = || earlier.iter().rev().filter(speech).find(not_own);
    // A rejection answers a demand or accusation aimed at the rejecter; an accusation
    // ("condemned the measures") answers an act aimed at the accuser.
    if rejection.class == "Rejection" {
        aimed_speech().or_else(any_speech).or_else(aimed_act)
    } else {
        aimed_act().or_else(any_speech)
    }
}

#[cfg(test)]
mod tests {
    use crate::annotation::Status;
    #[test]
    fn a_protest_with_a_place_needs_no_named_actor() {
        let a = crate::extract::tests::run(
            "Thousands of people protested in Lima on Sunday.",
            "2026-02-11",
        );
        let protest = a.events.iter().find(|e| e.class == "Protest");
        assert_eq!(
            protest.map(|e| e.locations.clone()),
            Some(vec!["place/lima".to_string()])
        );
        // No place and no actor: nothing to tell it by.
        let b = crate::extract::tests::run("Thousands of people protested.", "2026-02-11");
        assert!(b.events.iter().all(|e| e.class != "Protest"));
    }

    #[test]
    fn an_act_told_undated_takes_no_date_its_later_telling_inherits() {
        let a = crate::extract::tests::run(
            "Uganda and Kenya signed a trade pact on Tuesday. Kenyan police arrested two \
             Ugandan traders last week. The traders were detained and taken to Nairobi.",
            "2026-03-12",
        );
        let arrests: Vec<_> = a.events.iter().filter(|e| e.class == "Arrest").collect();
        assert_eq!(arrests.len(), 1, "{arrests:?}");
        assert_eq!(arrests[0].evidence.len(), 2);
        assert_eq!(arrests[0].date, None);
    }

    #[test]
    fn a_closure_and_a_deportation_by_one_side_are_two_coercions() {
        let a = crate::extract::tests::run(
            "Guatemala deported 300 Honduran migrants on Monday. Guatemalan authorities \
             closed the Agua Caliente crossing to all traffic on Monday.",
            "2026-06-03",
        );
        let coercions: Vec<_> = a.events.iter().filter(|e| e.class == "Coercion").collect();
        assert_eq!(coercions.len(), 2, "{coercions:?}");
    }

    #[test]
    fn acts_told_by_verbs_on_days_apart_are_two() {
        let a = crate::extract::tests::run(
            "Ecuador protested on Thursday against the seizure of its trawler.\n\nPeru \
             rejected the protest within hours. Peru rejected the tribunal's ruling when it \
             was published in 2017.",
            "2026-03-07",
        );
        let rejections: Vec<_> = a.events.iter().filter(|e| e.class == "Rejection").collect();
        assert_eq!(rejections.len(), 2, "{rejections:?}");
        assert!(rejections.iter().any(|e| e.date.as_deref() == Some("2017")));
    }

    #[test]
    fn a_joint_act_and_a_directed_act_of_one_class_are_two() {
        let a = crate::extract::tests::run(
            "Australia and Japan held joint naval exercises on Monday. Nigeria extradited a \
             British national to the United Kingdom on Monday.",
            "2026-06-03",
        );
        let cooperation: Vec<_> = a
            .events
            .iter()
            .filter(|e| e.class == "Cooperation")
            .collect();
        assert_eq!(cooperation.len(), 2, "{cooperation:?}");
        assert!(cooperation.iter().any(|e| e.agents == ["country/NGA"]));
        assert!(
            cooperation
                .iter()
                .any(|e| e.participants.len() == 2 && e.agents.is_empty())
        );
    }

    #[test]
    fn the_members_of_a_body_meet_on_their_own() {
        let a = crate::extract::tests::run(
            "Mercosur trade ministers will meet in Asuncion in May. \
             Two Paraguayan farmers were met by relatives.",
            "2026-02-11",
        );
        let meetings: Vec<_> = a.events.iter().filter(|e| e.class == "Meeting").collect();
        assert_eq!(meetings.len(), 1, "{meetings:?}");
        let members = meetings[0].participants.clone();
        assert_eq!(members.len(), 1);
        let group = a.entities.iter().find(|e| e.key == members[0]);
        assert!(
            group.is_some_and(|g| g.affiliation.as_deref() == Some("org/mercosur")),
            "{group:?}"
        );
    }

    #[test]
    fn an_agreement_not_reached_in_a_story_of_two_is_theirs() {
        let agreements = |text: &str| {
            let a = crate::extract::tests::run(text, "2026-03-04");
            a.events
                .into_iter()
                .filter(|e| e.class == "Agreement")
                .map(|mut e| {
                    e.participants.sort();
                    (e.participants, e.status)
                })
                .collect::<Vec<_>>()
        };
        let pair = vec!["country/CHL".to_string(), "country/PER".to_string()];
        let story = "Chile and Peru have argued over the fishing quota for years. \
                     Peruvian boats were turned back on Monday. ";
        // No sides named: the story's two.
        let told = agreements(&format!(
            "{story}Chile protested to Peru on Tuesday. No agreement was reached on the quota."
        ));
        assert_eq!(told, [(pair.clone(), Status::NotOccurred)]);
        // One side's own word for both ("we").
        let told = agreements(&format!(
            "{story}\"We have not yet agreed on the quota,\" Peru's fisheries minister Rosa Quispe said."
        ));
        assert_eq!(told, [(pair, Status::NotOccurred)]);
        // What a side lacks is no happening.
        let told = agreements(&format!(
            "{story}Tariffs hit every country with which Chile has no trade agreement."
        ));
        assert_eq!(told, []);
    }

    #[test]
    fn an_agreement_not_reached_in_a_call_is_the_callers() {
        let a = crate::extract::tests::run(
            "Chile's president Ana Soto spoke by phone with Peru's president Luis Vera on Monday. \
             The call was friendly, officials said, but no agreement on the quota was reached.",
            "2026-03-04",
        );
        let agreement = a.events.iter().find(|e| e.class == "Agreement");
        assert_eq!(
            agreement.map(|e| (e.participants.clone(), e.status)),
            Some((
                vec![
                    "person/ana-soto".to_string(),
                    "person/luis-vera".to_string()
                ],
                Status::NotOccurred
            ))
        );
    }

    #[test]
    fn a_meeting_dated_only_by_the_lead_is_the_same_sides_meeting_told_before() {
        let a = crate::extract::tests::run(
            "Chile and Peru signed a fisheries accord on Tuesday.\n\n\
             President Ana Soto and President Luis Vera met in May in Lima.\n\n\
             They met in Arica and talked for an hour.",
            "2026-03-04",
        );
        let meetings: Vec<_> = a.events.iter().filter(|e| e.class == "Meeting").collect();
        assert_eq!(meetings.len(), 1, "{meetings:?}");
        assert_eq!(meetings[0].date.as_deref(), Some("2025-05"));
    }
}
