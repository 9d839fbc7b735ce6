//! Implied actors: the agent or target a role frame gets from the place, the body or the
//! promised act when the text names no one in that role ("was arrested in Tehran",
//! "protesters rallied in Baghdad", "suspended Mali from ECOWAS", "pledged to send troops
//! to Latvia").

use crate::annotation::EntityKind;
use crate::extract::entities::MentionKind;
use crate::extract::events::Context;
use crate::extract::triggers::TriggerMatch;

/// Where a draft event stands: its trigger, class and voice, the places found for it and
/// its clause.
pub(crate) struct Site<'c, 'a> {
    pub ctx: &'c Context<'a>,
    pub m: &'c TriggerMatch,
    pub class: &'c str,
    pub passive: bool,
    /// Someone is named with "by" ("was detained by the navy").
    pub named_by: bool,
    pub locations: &'c [usize],
    /// Start of the trigger's clause, then of its sentence, and the sentence's end.
    pub clause: (usize, usize, usize),
}

/// Fills the agents and targets the text implies but does not name.
pub(crate) fn implied_actors(site: &Site, agents: &mut Vec<usize>, targets: &mut Vec<usize>) {
    let Site {
        ctx,
        m,
        class,
        passive,
        named_by,
        locations,
        clause: (c_start, s_start, s_end),
    } = *site;
    let doc = ctx.doc;
    // "was arrested in Tehran", "was summoned to the ministry in Canberra", "the arrest of
    // two Georgian journalists in Baku": a state's act told in the passive, or as a noun,
    // with no one named is the act of the state where it happened (not a sanction noun,
    // whose place is often where it was announced).
    if (passive || !m.verbal && class != "Sanction")
        && agents.is_empty()
        && !named_by
        && matches!(
            class,
            "Arrest" | "Expulsion" | "Coercion" | "Sanction" | "Accusation" | "Retreat"
        )
    {
        // "in Tanzania": a country named as where it happened.
        let country_in = || country_after(ctx, c_start.max(m.start + 1), s_end, s_start, "in");
        // "was summoned to the Polish foreign ministry": the country whose ministry it is.
        let ministry = || ministry_country(ctx, m.end, s_end.min(m.end + 8), s_start);
        // "Sweden's ambassador to Poland was summoned": the country an envoy is posted to.
        let host = || host_country(ctx, c_start, m.start, s_start);
        if let Some(c) = locations
            .iter()
            .find_map(|&l| ctx.table.country_of(l))
            .or_else(country_in)
            .or_else(ministry)
            .or_else(host)
        {
            agents.push(c);
        }
    }
    // "the expulsion of the French ambassador from Niger", "was expelled from Mali": with no
    // one named as expelling, the country one is sent away from is the expelling side.
    if class == "Expulsion" && agents.is_empty() && !named_by {
        let from = country_after(ctx, m.end, s_end.min(m.end + 11), s_start, "from");
        if let Some(c) = from {
            targets.retain(|&t| t != c);
            agents.push(c);
        }
    }
    // "marched through Avarua to protest against Brown's deal": what is protested against
    // is its owner's, or the side named.
    if class == "Protest" && targets.is_empty() {
        if let Some(k) = (m.end..s_end.min(m.end + 12)).find(|&k| doc.lower(k) == "against") {
            let at = if doc.lower(k + 1) == "the" {
                k + 2
            } else {
                k + 1
            };
            let against = ctx
                .mentions
                .owner
                .get(at)
                .copied()
                .flatten()
                .filter(|&x| ctx.mentions.list[x].start == at && !ctx.is_place(x));
            if let Some(x) = against {
                targets.extend(ctx.actors(x));
            }
        }
    }
    // "Thousands of protesters rallied in Baghdad": a crowd of no named nationality is of
    // the country it protests in, unless it is one of foreigners ("migrants").
    if class == "Protest" && agents.is_empty() {
        let foreigners =
            (c_start..m.start).any(|k| ctx.lex.sets.foreign_crowds.contains(doc.lower(k)));
        if !foreigners {
            if let Some(c) = locations.iter().find_map(|&l| ctx.table.country_of(l)) {
                // "rallied outside parliament in Oslo": a crowd at its own country's
                // institution protests at home, against no other side.
                if targets.iter().all(|&t| t == c) {
                    targets.clear();
                }
                if !targets.contains(&c) {
                    agents.push(c);
                }
            }
        }
    }
    // "sparked protests in South Korea": a crowd in a country named as such is of it.
    if class == "Protest" && agents.is_empty() {
        // Not in what is protested ("against their detention in Sri Lanka").
        let object_opens = (m.end..s_end)
            .find(|&k| {
                matches!(
                    doc.lower(k),
                    "against" | "over" | "about" | "at" | "of" | "to" | "for"
                )
            })
            .unwrap_or(s_end);
        let country_in = country_after(ctx, m.end, object_opens.min(m.end + 8), s_start, "in");
        if let Some(c) = country_in {
            targets.retain(|&t| t != c);
            agents.push(c);
        }
    }
    // "pledged to send more troops to Latvia", "promised to help Tunisia": the side the
    // promised act is for, named inside what was promised.
    if class == "CooperationPledge"
        && targets.is_empty()
        && (doc.lower(m.end) == "to" || doc.lower(m.end - 1) == "to")
    {
        let own: Vec<Option<usize>> = agents.iter().map(|&a| ctx.table.country_of(a)).collect();
        let beneficiary = ctx
            .mentions
            .starting_in(m.end, s_end.min(m.end + 12))
            .filter(|&x| !ctx.is_place(x))
            .flat_map(|x| ctx.actors(x))
            .find(|&e| !own.contains(&ctx.table.country_of(e)) && !agents.contains(&e));
        if let Some(e) = beneficiary {
            targets.push(e);
        }
    }
}

/// "heads of state suspended Guinea-Bissau from all African Union activities": a
/// suspension (ending at token `end`) from a body with no one named as suspending is that
/// body's.
pub(crate) fn suspending_body(
    ctx: &Context,
    end: usize,
    s_end: usize,
    agents: &mut Vec<usize>,
    targets: &mut Vec<usize>,
) {
    let doc = ctx.doc;
    let body = (end..s_end.min(end + 8))
        .find(|&k| doc.lower(k) == "from")
        .and_then(|k| {
            let mut j = k + 1;
            while matches!(doc.lower(j), "the" | "all" | "its" | "their") {
                j += 1;
            }
            ctx.mentions.owner.get(j).copied().flatten()
        })
        .map(|x| ctx.mentions.list[x].entity)
        .filter(|&e| ctx.table.kind(e) == EntityKind::Organization);
    if let Some(body) = body {
        targets.retain(|&t| t != body);
        agents.push(body);
    }
}

/// "signed a contract to buy 60 howitzers from Hanwha Aerospace": the side something is
/// bought from after a verb of buying in `from..to`, stopping at the clause's end.
pub(crate) fn seller(ctx: &Context, from: usize, to: usize) -> Option<usize> {
    let doc = ctx.doc;
    let in_clause = |k: &usize| !matches!(doc.lower(*k), "," | ";" | ":");
    let buying = (from..to.min(from + 12))
        .take_while(in_clause)
        .find(|&k| ctx.lex.sets.purchase_verbs.contains(doc.lower(k)))?;
    let source = (buying + 1..to.min(buying + 10))
        .take_while(in_clause)
        .find(|&k| doc.lower(k) == "from")?;
    // "to buy frigates from Spain" may have been read as a group ("frigates from Spain"):
    // the group's country sells.
    let table = ctx.table;
    if let Some(group) = ctx
        .mentions
        .at(source)
        .filter(|g| g.kind == MentionKind::Group)
    {
        return table.records[group.entity]
            .entity
            .affiliation
            .as_deref()
            .and_then(|key| table.get(key));
    }
    ctx.mentions
        .starting_in(source + 1, to.min(source + 4))
        .find(|&x| !ctx.is_place(x))
        .and_then(|x| ctx.actors(x).first().copied())
}

/// The first country named right after `prep` among the mentions that start in `from..to`
/// ("in Tanzania", "from Niger"; modifiers may stand between).
/// The country of a ministry the act was told at or summoned to, in tokens `from..to`:
/// "to the Polish foreign ministry", "at Chile's Ministry of Foreign Affairs".
fn ministry_country(ctx: &Context, from: usize, to: usize, s_start: usize) -> Option<usize> {
    ctx.mentions.starting_in(from, to).find_map(|mi| {
        let mention = &ctx.mentions.list[mi];
        // Its words may be part of the mention ("the Polish foreign ministry").
        let ministry = (mention.start + 1..(mention.end + 3).min(ctx.doc.tokens.len()))
            .any(|k| matches!(ctx.doc.lower(k), "ministry" | "ministries"));
        (ctx.table.kind(mention.entity) == EntityKind::Country
            && ministry
            && matches!(ctx.prep_before(mention.start, s_start), Some("to" | "at")))
        .then_some(mention.entity)
    })
}

/// The country an official named in tokens `from..to` is posted to: a title of the lexicon
/// followed by "to" ("ambassador to Poland", "chargé d'affaires to Chile").
fn host_country(ctx: &Context, from: usize, to: usize, s_start: usize) -> Option<usize> {
    (from + 1..to.saturating_sub(1)).find_map(|k| {
        let posted = ctx.doc.lower(k) == "to" && ctx.title_ends_at(k, s_start);
        posted
            .then(|| ctx.mentions.owner[k + 1])
            .flatten()
            .map(|x| ctx.mentions.list[x].entity)
            .filter(|&e| ctx.table.kind(e) == EntityKind::Country)
    })
}

fn country_after(
    ctx: &Context,
    from: usize,
    to: usize,
    s_start: usize,
    prep: &str,
) -> Option<usize> {
    ctx.mentions.starting_in(from, to).find_map(|mi| {
        let mention = &ctx.mentions.list[mi];
        (ctx.table.kind(mention.entity) == EntityKind::Country
            && ctx.prep_before(mention.start, s_start) == Some(prep))
        .then_some(mention.entity)
    })
}
