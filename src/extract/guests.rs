//! Guests received by a host: "Xi received visiting Pakistani Prime Minister Shehbaz
//! Sharif" or "welcomed the Syrian president to Riyadh" tells of the meeting and of the
//! guest's visit to the host's country.

use crate::extract::events::{Context, Draft};
use crate::extract::triggers::guest_participle;

/// For each meeting whose guest is introduced by "visiting", or welcomed "to" a place,
/// the guest's visit to the host's country (where the host is the other side), or to the
/// place's country.
pub(crate) fn guest_visits(ctx: &Context, drafts: &[Draft]) -> Vec<Draft> {
    let doc = ctx.doc;
    let Some(visit_trigger) = ctx.lex.triggers.iter().position(|t| t.class == "Visit") else {
        return Vec::new();
    };
    let mut visits = Vec::new();
    for d in drafts.iter().filter(|d| d.class == "Meeting" && d.verbal) {
        let s_end = doc.sentences[d.sentence].end;
        let Some((guest, welcomed_to)) = guest_of(ctx, d, s_end) else {
            continue;
        };
        if !d.participants.contains(&guest) {
            continue;
        }
        let guest_country = ctx.table.country_of(guest);
        // The country of the place the guest was welcomed to, else the host's country,
        // else the country of the place where they met.
        let Some(host_country) = welcomed_to
            .iter()
            .chain(d.participants.iter().filter(|&&p| p != guest))
            .chain(&d.locations)
            .find_map(|&p| ctx.table.country_of(p))
        else {
            continue;
        };
        if Some(host_country) == guest_country {
            continue;
        }
        let mut visit = d.clone();
        visit.class = "Visit".to_string();
        visit.rule = "visit.guest".to_string();
        visit.trigger = visit_trigger;
        visit.symmetric = false;
        visit.agents = vec![guest];
        visit.targets = vec![host_country];
        visit.participants.clear();
        visit.subject_sides.clear();
        visits.push(visit);
    }
    visits
}

/// The guest of a meeting told by its host, and the place the guest was welcomed to:
/// "received visiting ..." or "received the visiting ..." (no place), "welcomed X to
/// Riyadh" (Riyadh).
fn guest_of(ctx: &Context, d: &Draft, s_end: usize) -> Option<(usize, Option<usize>)> {
    let doc = ctx.doc;
    if let Some(participle) =
        (d.end..s_end.min(d.end + 2)).find(|&k| guest_participle(doc, ctx.lex, k))
    {
        let first = ctx.mentions.owner.get(participle + 1).copied().flatten()?;
        return Some((
            ctx.mentions.list[ctx.person_after(first, s_end)].entity,
            None,
        ));
    }
    // "welcomed Syrian President Ahmed al-Sharaa to Riyadh": the first actor after the
    // verb, then "to" and a place or country.
    let first = (d.end..s_end.min(d.end + 3)).find_map(|k| ctx.mentions.owner[k])?;
    let guest = ctx.person_after(first, s_end);
    let after = ctx.mentions.list[guest].end;
    if after + 1 >= s_end || doc.lower(after) != "to" {
        return None;
    }
    let place = ctx.mentions.owner[after + 1]?;
    let entity = ctx.mentions.list[place].entity;
    let is_place = matches!(
        ctx.table.kind(entity),
        crate::annotation::EntityKind::Place | crate::annotation::EntityKind::Country
    );
    is_place.then_some((ctx.mentions.list[guest].entity, Some(entity)))
}
