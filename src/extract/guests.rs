//! Guests received by a host: "Xi received visiting Pakistani Prime Minister Shehbaz
//! Sharif" tells of the meeting and of the guest's visit to the host's country.

use crate::extract::events::{Context, Draft};
use crate::extract::triggers::guest_participle;

/// For each meeting whose guest is introduced by "visiting", the guest's visit to the
/// host's country (where the host is the other side).
pub(crate) fn guest_visits(ctx: &Context, drafts: &[Draft]) -> Vec<Draft> {
    let doc = ctx.doc;
    let Some(visit_trigger) = ctx.lex.triggers.iter().position(|t| t.class == "Visit") else {
        return Vec::new();
    };
    let mut visits = Vec::new();
    for d in drafts.iter().filter(|d| d.class == "Meeting" && d.verbal) {
        let s_end = doc.sentences[d.sentence].end;
        // "received visiting ...", "received the visiting ...".
        let Some(participle) =
            (d.end..s_end.min(d.end + 2)).find(|&k| guest_participle(doc, ctx.lex, k))
        else {
            continue;
        };
        let Some(first) = ctx.mentions.owner.get(participle + 1).copied().flatten() else {
            continue;
        };
        let guest = ctx.mentions.list[ctx.person_after(first, s_end)].entity;
        if !d.participants.contains(&guest) {
            continue;
        }
        let guest_country = ctx.table.country_of(guest);
        // The host's country, else the country of the place where they met.
        let Some(host_country) = d
            .participants
            .iter()
            .filter(|&&p| p != guest)
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
