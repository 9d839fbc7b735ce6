//! Ellipsis: a second actor who did (or did not) do the act of the clause before, with
//! the verb left out ("Peru signed the deal but Bolivia did not", "Ghana did not sign,
//! nor did Togo", "Chile signed, as did Peru"): the same act with that actor as its
//! subject, and the status the elided clause gives.

use crate::annotation::{EntityKind, Status};
use crate::extract::events::{Context, Draft};
use crate::extract::tokens::TokenKind;

/// Auxiliaries that stand for an elided verb.
const AUXILIARIES: [&str; 13] = [
    "did", "does", "do", "has", "have", "had", "was", "were", "is", "are", "will", "would", "could",
];

/// An elided clause found in a sentence: its actors and whether it is negated.
struct Elided {
    at: usize,
    actors: Vec<usize>,
    negated: bool,
}

/// Actors of the mention list starting at `k` ("Bolivia", "Bolivia and Paraguay") and the
/// token after it.
fn actor_list(ctx: &Context, k: usize, limit: usize) -> Option<(Vec<usize>, usize)> {
    let m = ctx.mentions.owner.get(k).copied().flatten()?;
    if ctx.mentions.list[m].start != k || ctx.is_place(m) {
        return None;
    }
    let list = ctx.coordinated_after(m, limit);
    let end = list
        .iter()
        .map(|&x| ctx.mentions.list[x].end)
        .max()
        .unwrap_or(k);
    let actors = list
        .iter()
        .flat_map(|&x| ctx.actors(x))
        .filter(|&e| ctx.table.kind(e) != EntityKind::Place)
        .collect();
    Some((actors, end))
}

/// Whether the clause ends at `k` (the elided verb has no words of its own after it).
fn clause_ends(ctx: &Context, k: usize, s_end: usize) -> bool {
    k >= s_end
        || ctx.doc.tokens[k].kind == TokenKind::Punct
        || matches!(ctx.doc.lower(k), "either" | "so" | "too")
}

fn find_elided(ctx: &Context, s_start: usize, s_end: usize) -> Vec<Elided> {
    let doc = ctx.doc;
    let mut out = Vec::new();
    for k in s_start + 1..s_end {
        let w = doc.lower(k);
        // "but Bolivia did not", "while Chile has"
        if matches!(w, "but" | "while" | "whereas" | "although" | "though") {
            let Some((actors, end)) = actor_list(ctx, k + 1, s_end) else {
                continue;
            };
            if !AUXILIARIES.contains(&doc.lower(end)) {
                continue;
            }
            let negated = matches!(doc.lower(end + 1), "not" | "n't" | "never");
            let after = if negated { end + 2 } else { end + 1 };
            if clause_ends(ctx, after, s_end) {
                out.push(Elided {
                    at: k,
                    actors,
                    negated,
                });
            }
        }
        // "nor did Togo", "as did Peru", "and so did Chile"
        let inverted = w == "nor" || w == "as" || (w == "so" && doc.lower(k - 1) == "and");
        if inverted && AUXILIARIES.contains(&doc.lower(k + 1)) {
            let Some((actors, end)) = actor_list(ctx, k + 2, s_end) else {
                continue;
            };
            if clause_ends(ctx, end, s_end) {
                out.push(Elided {
                    at: k,
                    actors,
                    negated: w == "nor",
                });
            }
        }
    }
    out
}

/// "spoke by phone with A on Monday, and with B on Tuesday": the symmetric act before,
/// again, between its first side and the new counterpart.
fn elided_counterparts(
    ctx: &Context,
    s_start: usize,
    s_end: usize,
    drafts: &[Draft],
) -> Vec<Draft> {
    let doc = ctx.doc;
    let mut out = Vec::new();
    for k in s_start + 3..s_end {
        if doc.lower(k) != "with" {
            continue;
        }
        // "and with", "and then with", "and, separately, with": an adverb marks a second
        // act; without one, a comma before the "and" must.
        let mut and_at = k - 1;
        let mut adverb = false;
        while and_at > s_start && (doc.lower(and_at) == "," || ctx.is_adverb(and_at)) {
            adverb |= doc.lower(and_at) != ",";
            and_at -= 1;
        }
        if doc.lower(and_at) != "and" || and_at == 0 {
            continue;
        }
        if !adverb && doc.lower(and_at - 1) != "," {
            continue;
        }
        // The counterpart, behind its title ("with Chinese President Xi Jinping").
        let mut a = k + 1;
        while a < s_end && a < k + 6 && ctx.mentions.owner[a].is_none() && ctx.title_word(a) {
            a += 1;
        }
        // "with Chinese President Xi Jinping": the person the demonym introduces.
        if let Some(m) = ctx.mentions.owner.get(a).copied().flatten() {
            let p = ctx.person_after(m, s_end);
            a = ctx.mentions.list[p].start.max(a);
        }
        let Some((actors, end)) =
            actor_list(ctx, a, s_end).or_else(|| actor_list(ctx, k + 1, s_end))
        else {
            continue;
        };
        let Some(source) = drafts
            .iter()
            .rev()
            .find(|d| d.symmetric && d.start < k && d.participants.len() >= 2)
        else {
            continue;
        };
        let actors: Vec<usize> = actors
            .into_iter()
            .filter(|x| !source.participants.contains(x))
            .collect();
        if actors.is_empty() {
            continue;
        }
        let mut d = source.clone();
        d.participants = vec![source.participants[0]];
        d.participants.extend(actors);
        // Its own date is told after the counterpart.
        d.start = end.min(s_end.saturating_sub(1));
        d.end = d.start + 1;
        d.own_agent = true;
        d.coordinated = false;
        out.push(d);
    }
    out
}

/// The drafts the elided clauses of sentence `si` add.
pub(crate) fn elided_events(ctx: &Context, si: usize, drafts: &[Draft]) -> Vec<Draft> {
    let sentence = &ctx.doc.sentences[si];
    let mut out = elided_counterparts(ctx, sentence.start, sentence.end, drafts);
    for e in find_elided(ctx, sentence.start, sentence.end) {
        // The act of the clause before: its last verb with actors.
        let Some(source) = drafts.iter().rev().find(|d| {
            d.start < e.at && d.verbal && (!d.agents.is_empty() || !d.participants.is_empty())
        }) else {
            continue;
        };
        // "nor did Y", "but Y did not": it did not happen; "X did not sign but Y did": it
        // did; "as did Y": as the clause before says.
        let status = match ctx.doc.lower(e.at) {
            _ if e.negated => Status::NotOccurred,
            "as" | "so" => source.status,
            _ if source.status == Status::NotOccurred => Status::Occurred,
            _ => source.status,
        };
        let mut d = source.clone();
        if d.symmetric {
            d.participants = e.actors.clone();
        } else {
            d.agents = e.actors.clone();
            d.targets.retain(|t| !e.actors.contains(t));
        }
        d.status = status;
        d.start = e.at;
        d.end = e.at + 1;
        d.own_agent = true;
        d.coordinated = false;
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::annotation::{Annotation, Event, Status};

    fn run(text: &str) -> Annotation {
        crate::extract::tests::run(text, "2026-04-15")
    }

    fn with<'a>(a: &'a Annotation, class: &str, key: &str) -> Vec<&'a Event> {
        a.events
            .iter()
            .filter(|e| {
                e.class == class && e.participants.iter().chain(&e.agents).any(|x| x == key)
            })
            .collect()
    }

    #[test]
    fn but_y_did_not_is_the_same_act_not_occurred() {
        let a = run("Estonia signed the energy pact on Monday but Latvia did not.");
        let estonia = with(&a, "Agreement", "country/EST");
        let latvia = with(&a, "Agreement", "country/LVA");
        assert_eq!(estonia.len(), 1);
        assert_eq!(estonia[0].status, Status::Occurred);
        assert_eq!(latvia.len(), 1);
        assert_eq!(latvia[0].status, Status::NotOccurred);
        assert!(!latvia[0].participants.iter().any(|x| x == "country/EST"));
    }

    #[test]
    fn nor_did_y_and_neither_nor_are_not_occurred_for_everyone() {
        let a = run("Mali did not sign the accord, nor did Chad.");
        for key in ["country/MLI", "country/TCD"] {
            let found = with(&a, "Agreement", key);
            assert_eq!(found.len(), 1, "{key}");
            assert_eq!(found[0].status, Status::NotOccurred, "{key}");
        }
        let b = run("Neither Benin nor Togo signed the border accord.");
        for key in ["country/BEN", "country/TGO"] {
            let found = with(&b, "Agreement", key);
            assert!(!found.is_empty(), "{key}");
            assert!(
                found.iter().all(|e| e.status == Status::NotOccurred),
                "{key}"
            );
        }
    }

    #[test]
    fn a_positive_ellipsis_after_a_negated_act_occurred() {
        let a = run("Norway did not expel any diplomats, but Finland did.");
        let finland = with(&a, "Expulsion", "country/FIN");
        assert_eq!(finland.len(), 1);
        assert_eq!(finland[0].status, Status::Occurred);
        // A verb of its own is no ellipsis: nothing is copied.
        let b = run("Chile signed the deal but Peru rejected it.");
        assert!(with(&b, "Agreement", "country/PER").is_empty());
    }

    #[test]
    fn a_meeting_called_off_did_not_occur() {
        let a = run(
            "A meeting between the two trade ministers of Kenya and Uganda, which had been \
             planned for Friday, will not take place, officials said.",
        );
        let meetings: Vec<&Event> = a.events.iter().filter(|e| e.class == "Meeting").collect();
        assert!(!meetings.is_empty());
        assert!(meetings.iter().all(|e| e.status == Status::NotOccurred));
        // Called off inside a relative clause: the act of the main clause happened.
        let b = run(
            "The talks, which were cancelled in 2019, resumed in Nairobi on Monday between \
             Kenya and Uganda.",
        );
        assert!(
            b.events
                .iter()
                .filter(|e| e.class == "Negotiation" || e.class == "Meeting")
                .all(|e| e.status != Status::NotOccurred)
        );
    }
}

#[cfg(test)]
mod counterpart_tests {
    #[test]
    fn and_with_a_second_counterpart_is_a_second_act() {
        let a = crate::extract::tests::run(
            "President Cyril Ramaphosa spoke by phone with President William Ruto on Monday, and \
             with Nigerian President Bola Tinubu on Wednesday.",
            "2026-02-13",
        );
        let calls: Vec<_> = a.events.iter().filter(|e| e.class == "PhoneCall").collect();
        assert_eq!(calls.len(), 2);
        let second = calls
            .iter()
            .find(|e| e.participants.iter().any(|p| p == "person/bola-tinubu"))
            .expect("second call");
        assert!(
            second
                .participants
                .iter()
                .any(|p| p == "person/cyril-ramaphosa")
        );
        assert_eq!(second.date.as_deref(), Some("2026-02-11"));
        // Without the comma it is one act with both.
        let b = crate::extract::tests::run(
            "President Cyril Ramaphosa met President William Ruto and President Bola Tinubu on Monday.",
            "2026-02-13",
        );
        assert_eq!(b.events.iter().filter(|e| e.class == "Meeting").count(), 1);
    }
}
