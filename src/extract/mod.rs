//! Extraction: turns one article into an annotation (entities, events, dates, figures).
//!
//! Pure and total: no I/O, never panics on any input; problems become warnings. The
//! pipeline: tokens and sentences → actors and places from the lexicons and name shapes
//! → people → coreference → events per sentence (triggers, roles, status, dates) →
//! merging into one event per happening → trade-share figures.

pub mod actors;
mod acts;
pub mod affiliation;
mod bare_names;
mod belongings;
mod buffers;
mod calls;
pub mod companies;
pub mod coref;
pub mod dates;
pub mod descriptions;
pub mod doc;
pub mod ellipsis;
pub mod entities;
pub mod events;
pub mod explain;
pub mod figures;
mod forces;
pub mod frames;
pub mod groups;
mod guests;
mod hedges;
mod implied;
mod joint_bodies;
pub mod members;
pub mod merge;
pub mod pairs;
pub mod people;
mod presence;
mod quotes;
pub mod relations;
mod rereadings;
pub mod roles;
pub mod sentences;
pub mod status;
pub mod subjects;
pub mod tokens;
pub mod triggers;

use crate::annotation::{
    Annotation, DocumentMeta, EntityKind, Event, Evidence, Status, TradeShare,
};
use crate::extract::actors::Pass;
use crate::extract::dates::{DateValue, find_dates, publication_date, resolve};
use crate::extract::doc::Doc;
use crate::extract::entities::{EntityTable, Mentions};
use crate::extract::events::{Context, Draft, sentence_events};
use crate::extract::explain::SentenceTrace;
use crate::extract::merge::{Merged, merge};
use crate::extract::roles::DETERMINERS;
use crate::lexicon::{Content, Lexicon};
use crate::reader::Article;
use chrono::Datelike;

/// Headline mentions sort after every body mention.
const TITLE_BASE: usize = 1 << 40;

/// Words of direction before a place ("moved troops to southern Lebanon"): no infinitive.
const DIRECTIONS: [&str; 5] = ["northern", "southern", "eastern", "western", "central"];

/// Everything found in one article, before it becomes an annotation.
struct Analysis<'a> {
    body: Doc<'a>,
    body_mentions: Mentions,
    title_mentions: Mentions,
    table: EntityTable,
    drafts: Vec<Draft>,
    /// What an act with no named target is aimed at ([`coref::counterparts`]).
    counterparts: Vec<usize>,
    /// The countries the article is most about ([`coref::main_countries`]).
    main: Vec<usize>,
}

fn analyse<'a>(article: &'a Article, lex: &Lexicon) -> Analysis<'a> {
    let body = Doc::new(&article.text, lex, 0);
    let title = Doc::new(&article.title, lex, TITLE_BASE);
    let mut table = EntityTable::default();
    let mut bm = Mentions::new(body.tokens.len());
    actors::lexicon_names(&body, lex, &mut table, &mut bm, Pass::Named);
    actors::company_lists(&body, lex, &mut table, &mut bm);
    companies::described_companies(&body, lex, &mut table, &mut bm);
    actors::head_patterns(&body, lex, &mut table, &mut bm);
    actors::lexicon_names(&body, lex, &mut table, &mut bm, Pass::Countries);
    pairs::hyphenated_pairs(&body, lex, &mut table, &mut bm);
    actors::dateline_place(&body, lex, &mut table, &mut bm);
    people::find_people(&body, lex, &mut table, &mut bm);
    bare_names::bare_names_told_again(&body, lex, &mut table, &mut bm);
    coref::short_forms(&body, lex, &table, &mut bm);
    actors::acronyms(&body, lex, &mut table, &mut bm);
    actors::locative_places(&body, lex, &mut table, &mut bm);
    let mut tm = Mentions::new(title.tokens.len());
    actors::lexicon_names(&title, lex, &mut table, &mut tm, Pass::Named);
    actors::lexicon_names(&title, lex, &mut table, &mut tm, Pass::Countries);
    coref::short_forms(&title, lex, &table, &mut tm);
    let counts = coref::country_counts(&table, &[&bm, &tm]);
    let main = coref::main_countries(&table, &counts);
    let counterparts = coref::counterparts(&table, &counts, &main);
    coref::pair_phrases(&body, lex, &mut bm, &main);
    joint_bodies::joint_body_phrases(&body, lex, &mut bm, &main);
    groups::find_groups(&body, lex, &mut table, &mut bm);
    descriptions::descriptions(&body, lex, &table, &mut bm);
    descriptions::institutions_named_again(&body, lex, &mut bm);
    coref::anaphora(&body, lex, &mut table, &mut bm);
    quotes::first_person(&body, &table, &mut bm);
    quotes::transcript_speakers(&body, &table, &mut bm);
    members::name_members(&body, &table, &mut bm);
    affiliation::fill_affiliations(&body, lex, &mut table, &bm, &main);
    descriptions::demonym_roles(&body, lex, &table, &mut bm);
    let publication = publication_date(article.published.as_deref());
    let ctx = Context {
        doc: &body,
        lex,
        table: &table,
        mentions: &bm,
        main: &main,
    };
    let mut drafts = Vec::new();
    let mut last_date: Option<DateValue> = None;
    let mut lead_date: Option<DateValue> = None;
    let mut para_date: Option<(usize, DateValue)> = None;
    for (si, s) in body.sentences.iter().enumerate() {
        let mut found = find_dates(&body, s.start, s.end);
        // "said this week that Russia moved troops in October": a week gives no date, but
        // it takes none away from an act a dated expression tells of.
        if found.iter().any(|m| m.kind != dates::DateKind::Undated) {
            found.retain(|m| m.kind != dates::DateKind::Undated);
        }
        dates::carry_sentence_year(&mut found);
        // "pledged $10 billion through 2030", "a deal valid until 2030": where a span ends
        // dates no act; but "did not recognise Belize until 1991" tells when it did.
        let negated =
            |end: usize| (s.start..end).any(|k| matches!(body.lower(k), "not" | "n't" | "never"));
        found.retain(|m| {
            m.start == 0
                || !matches!(body.lower(m.start - 1), "through" | "until" | "till")
                || negated(m.start)
        });
        let mut sentence_events = sentence_events(&ctx, si);
        if let Some(publication) = publication {
            let chain_start = last_date;
            // "visited in March and warned at the time": "the time" is the date told just before.
            let mut previous_of: Vec<Option<DateValue>> = Vec::with_capacity(found.len());
            let mut running = chain_start;
            for m in &found {
                previous_of.push(running);
                if let Some(v) = resolve(m.kind, publication, false, running) {
                    running = Some(v);
                }
            }
            let previous_for = |m: &dates::DateMention| {
                found
                    .iter()
                    .position(|x| x.start == m.start)
                    .and_then(|i| previous_of[i])
                    .or(chain_start)
            };
            for d in &mut sentence_events {
                // An act named by a later speech keeps the speech's date only as a hint.
                if d.referenced {
                    d.date_inherited = true;
                }
                // "A summit that was to be held on December 17 has been postponed": an act
                // called off was planned, and its date lies ahead.
                let called_off_plan = d.status == Status::NotOccurred
                    && d.noun
                    && status::any_phrase_in(&body, d.end, s.end, &ctx.lex.sets.planned).is_some();
                // "announced a ban on exports from December 15": the day a measure takes
                // effect may lie ahead; of a day's two readings, the nearer one wins.
                let takes_effect = found.iter().find(|m| {
                    m.start >= d.end
                        && matches!(body.lower(m.start - 1), "from" | "starting")
                        && matches!(m.kind, dates::DateKind::MonthDay(..))
                        && dates::same_clause(&body, m, d.start)
                        && {
                            let days = |forward| {
                                resolve(m.kind, publication, forward, None)
                                    .and_then(|v| v.days_from(publication))
                            };
                            days(true).zip(days(false)).is_some_and(|(f, b)| f < b)
                        }
                });
                // "Vietnam's prime minister arrives in Seoul on Sunday", "the commission meets
                // in Maseru on July 22": a verb in the present with a weekday or a day of a
                // month of its own clause tells of what lies ahead.
                let present_ahead = d.verbal && d.status == Status::Occurred && {
                    let verb = body.lower(d.start);
                    verb.ends_with('s')
                        && !verb.ends_with("ss")
                        && !ctx.lex.is_past_form(verb)
                        && found.iter().any(|m| {
                            matches!(
                                m.kind,
                                dates::DateKind::Weekday(_) | dates::DateKind::MonthDay(..)
                            ) && m.start > d.start
                                && dates::same_clause(&body, m, d.start)
                        })
                };
                // "proposed new sanctions on Wednesday": the day told is the proposal's.
                let proposal = ctx.lex.triggers[d.trigger].proposed;
                let forward = (d.status == Status::Planned && !proposal)
                    || called_off_plan
                    || takes_effect.is_some()
                    || present_ahead;
                let after = if takes_effect.is_some() {
                    takes_effect
                } else if forward {
                    found.iter().find(|m| m.start >= d.start)
                } else {
                    None
                };
                // A date in the trigger's own clause wins ("met on Tuesday, ... since they
                // initialled the treaty in August last year").
                let own_clause = found
                    .iter()
                    .filter(|m| dates::same_clause(&body, m, d.start))
                    .min_by_key(|m| m.start.abs_diff(d.start));
                // "... at the academy, which Turkey has run since 2017": a date in a
                // relative clause after the trigger tells of that clause only.
                // Unless the act is the noun the clause tells of: "the sanctions, which
                // Washington imposed in 2019".
                let head_of_relative = d.noun
                    && d.end + 1 < s.end
                    && (body.lower(d.end) == "which"
                        || body.lower(d.end) == "," && body.lower(d.end + 1) == "which");
                let in_relative_after = |m: &&dates::DateMention| {
                    !head_of_relative
                        && m.start > d.end
                        && (d.end..m.start).any(|k| {
                            matches!(body.lower(k), "which" | "who" | "whose")
                                && body.lower(k.saturating_sub(1)) == ","
                        })
                };
                // "agreed to hold exercises next month", "urged Quito to vote in May": a
                // future date inside the infinitive after the verb is the date of what was
                // agreed or asked, not of the agreeing.
                let infinitive = (d.verbal
                    && ctx.lex.triggers[d.trigger].content == Content::To
                    && d.status == Status::Occurred)
                    .then(|| {
                        (d.end.saturating_sub(1)..(d.end + 6).min(s.end)).find(|&k| {
                            body.lower(k) == "to"
                                && !matches!(
                                    body.lower(k + 1),
                                    "a" | "an" | "the" | "its" | "their" | "his" | "her"
                                )
                        })
                    })
                    .flatten();
                // "thanked Ghana and invited Mubarak to visit Lomé in May": a month or a
                // day of a month told with no year after an infinitive past the act is that
                // verb's, which lies ahead of the act told.
                // A weekday stays the act's ("asked Trump to scrap the tariff during a
                // call on Monday"), and so does the month of what was refused ("refused to
                // attend the summit in November").
                let later_infinitive = |m: &dates::DateMention| {
                    d.status == Status::Occurred
                        && d.class != "Rejection"
                        && matches!(
                            m.kind,
                            dates::DateKind::Month(_, None) | dates::DateKind::MonthDay(..)
                        )
                        && (d.end..m.start).any(|k| {
                            // "moved troops to bases in October": a plural noun is no verb;
                            // "refused to call him, saying in August": the comma ends it.
                            let word = body.lower(k + 1);
                            let plural = word.ends_with('s') && !word.ends_with("ss");
                            body.lower(k) == "to"
                                && !plural
                                && !(k..m.start).any(|j| body.lower(j) == ",")
                                && body.tokens.get(k + 1).is_some_and(|t| {
                                    t.kind == tokens::TokenKind::Word
                                        && !body.cap(k + 1)
                                        && !DETERMINERS.contains(&body.lower(k + 1))
                                        && !DIRECTIONS.contains(&body.lower(k + 1))
                                })
                        })
                };
                let future_in_infinitive = |m: &dates::DateMention| {
                    later_infinitive(m)
                        || infinitive.is_some_and(|to| m.start > to)
                            && resolve(m.kind, publication, false, chain_start)
                                .is_some_and(|v| v.after(publication))
                };
                let own_clause = own_clause.filter(|m| !future_in_infinitive(m));
                // What goes on takes only a date of its own clause.
                let ongoing = d.status == Status::Ongoing;
                let nearest = after.or(own_clause).or_else(|| {
                    if ongoing {
                        return None;
                    }
                    found
                        .iter()
                        .filter(|m| {
                            // "the first visit by a Canadian leader since 2016": the time of
                            // the one before does not date the act ("under sanctions since
                            // 2025" does: it began then).
                            let first_since = m.start > d.end
                                && body.lower(m.start - 1) == "since"
                                && (d.end..m.start).any(|k| body.lower(k) == "first");
                            !first_since
                                && !in_relative_after(m)
                                && !future_in_infinitive(m)
                                && (m.end > d.start
                                    || !dates::in_closed_relative(&body, m, d.start))
                        })
                        .min_by_key(|m| {
                            if m.start >= d.start {
                                m.start - d.start
                            } else {
                                d.start - m.end + 1
                            }
                        })
                });
                // A planned act does not take a past date told before it ("on Thursday ... ahead of the visit").
                let past_before = |m: &dates::DateMention| {
                    m.start < d.start
                        && resolve(m.kind, publication, false, chain_start)
                            .is_some_and(|v| !v.after(publication))
                };
                let nearest = nearest.filter(|m| !(forward && past_before(m)));
                d.date = match nearest {
                    Some(m) => resolve(m.kind, publication, forward, previous_for(m)),
                    // "are still negotiating": what goes on has no date of its own.
                    None if d.status == Status::Ongoing => None,
                    // "The visit comes weeks after Somalia accused Ethiopia": an act set apart
                    // from the told time by an untold span has no date the text gives.
                    None if !forward && dates::after_untold_span(&body, s.start, d.start) => None,
                    None if !forward => {
                        d.date_inherited = true;
                        let own_para = para_date.filter(|(p, _)| *p == s.para).map(|(_, v)| v);
                        d.date_from_lead = own_para.is_none() && lead_date.is_some();
                        own_para.or(lead_date)
                    }
                    None => None,
                };
                if let Some(v) = d.date {
                    if d.status == Status::Occurred && v.after(publication) && nearest.is_some() {
                        d.status = Status::Planned;
                    }
                }
            }
            for m in &found {
                if let Some(v) = resolve(m.kind, publication, false, last_date) {
                    last_date = Some(v);
                    // "the first accord since 2024", "tariffs from March 1": where a span
                    // starts is not when what the paragraph tells happened.
                    if m.start > 0
                        && matches!(
                            body.lower(m.start - 1),
                            "since" | "from" | "starting" | "effective"
                        )
                    {
                        continue;
                    }
                    para_date = Some((s.para, v));
                    if lead_date.is_none() {
                        lead_date = Some(v);
                    }
                }
            }
        }
        acts::target_named_acts(&ctx, &drafts, &mut sentence_events);
        acts::asked_of_holders(&ctx, &drafts, &mut sentence_events);
        acts::made_at_home(&ctx, &mut sentence_events);
        belongings::seized_with_owners(&ctx, &drafts, &mut sentence_events);
        joint_bodies::member_states(&ctx, &mut sentence_events);
        drafts.extend(sentence_events);
    }
    Analysis {
        body,
        body_mentions: bm,
        title_mentions: tm,
        table,
        drafts,
        counterparts,
        main,
    }
}

fn evidence(body: &Doc, sentence: usize, rule: &str) -> Evidence {
    let s = &body.sentences[sentence];
    let (first, last) = (&body.tokens[s.start], &body.tokens[s.end - 1]);
    Evidence {
        text: body.text[first.start..last.end].to_string(),
        start: first.cstart,
        end: last.cend,
        rule: rule.to_string(),
    }
}

fn label(lex: &Lexicon, table: &EntityTable, m: &Merged) -> String {
    let names = |list: &[usize]| -> String {
        let labels: Vec<&str> = list
            .iter()
            .map(|&e| table.records[e].entity.label.as_str())
            .collect();
        match labels.len() {
            0 => "someone".to_string(),
            1 => labels[0].to_string(),
            n => {
                let mut joined = labels[..n - 1].join(", ");
                joined.push_str(" and ");
                joined.push_str(labels[n - 1]);
                joined
            }
        }
    };
    let d = &m.draft;
    let template = lex
        .labels
        .get(&d.class)
        .cloned()
        .unwrap_or_else(|| format!("{{agent}} {}", d.class));
    let mut text = template;
    for (slot, list) in [
        ("{agent}", &d.agents),
        ("{target}", &d.targets),
        ("{participants}", &d.participants),
    ] {
        if let Some(first) = slot_in(&text, slot) {
            text = replace_slot(&text, slot, first, &names(list));
        }
    }
    if d.status == Status::NotOccurred {
        text.insert_str(0, "no event: ");
    } else if d.status == Status::Planned {
        text.insert_str(0, "planned: ");
    }
    text
}

/// Where `slot` ("{agent}") first stands in `text`, found by its opening brace: as
/// `str::find` would, without setting up a substring search for each slot of every label.
fn slot_in(text: &str, slot: &str) -> Option<usize> {
    text.match_indices('{')
        .map(|(k, _)| k)
        .find(|&k| text[k..].starts_with(slot))
}

/// `text` with `slot` replaced by `value` everywhere from `first` on, as `str::replace`
/// would (left to right, a match resumes the search after it).
fn replace_slot(text: &str, slot: &str, first: usize, value: &str) -> String {
    let mut out = String::with_capacity(text.len() + value.len());
    let mut rest = text;
    let mut at = first;
    loop {
        out.push_str(&rest[..at]);
        out.push_str(value);
        rest = &rest[at + slot.len()..];
        match slot_in(rest, slot) {
            Some(next) => at = next,
            None => break,
        }
    }
    out.push_str(rest);
    out
}

/// Extracts the facts of one article.
pub fn extract(article: &Article, lexicon: &Lexicon) -> Annotation {
    let analysis = analyse(article, lexicon);
    let Analysis {
        body,
        body_mentions,
        title_mentions,
        table,
        drafts,
        counterparts,
        main,
    } = analysis;
    let merged = merge(lexicon, &table, drafts, &counterparts);
    let mut mentioned = vec![false; table.records.len()];
    for m in body_mentions.list.iter().chain(&title_mentions.list) {
        if m.start >= m.end {
            continue;
        }
        // A group ("two Canadians") mentions its country too.
        let group_country = (m.kind == entities::MentionKind::Group)
            .then(|| table.country_of(m.entity))
            .flatten();
        for e in [Some(m.entity), m.other, group_country]
            .into_iter()
            .flatten()
        {
            if let Some(slot) = mentioned.get_mut(e) {
                *slot = true;
            }
        }
    }
    let mut events: Vec<Event> = Vec::with_capacity(merged.len());
    let key = |e: usize| table.key(e).to_string();
    for m in &merged {
        let d = &m.draft;
        events.push(Event {
            class: d.class.clone(),
            label: label(lexicon, &table, m),
            agents: d.agents.iter().map(|&e| key(e)).collect(),
            targets: d.targets.iter().map(|&e| key(e)).collect(),
            participants: d.participants.iter().map(|&e| key(e)).collect(),
            locations: d.locations.iter().map(|&e| key(e)).collect(),
            forum: d.forum.map(key),
            date: d.date.map(|v| v.format()),
            status: d.status,
            topics: d.topics.clone(),
            evidence: m
                .evidence
                .iter()
                .map(|(s, r)| evidence(&body, *s, r))
                .collect(),
        });
    }
    let mut used = mentioned.clone();
    for ev in &events {
        for k in ev
            .agents
            .iter()
            .chain(&ev.targets)
            .chain(&ev.participants)
            .chain(&ev.locations)
        {
            if let Some(e) = table.get(k) {
                used[e] = true;
            }
        }
    }
    // Entities referred to by others (affiliations, locations) are listed too.
    let mut order: Vec<usize> = (0..table.records.len()).filter(|&e| used[e]).collect();
    for e in order.clone() {
        let r = &table.records[e].entity;
        for k in [&r.affiliation, &r.located_in, &r.based_in]
            .into_iter()
            .flatten()
        {
            if let Some(x) = table.get(k) {
                // A country only as the one a state body acts for ("the State Department"):
                // its acts are the country's.
                let acted_for = table.kind(e) == EntityKind::Organization
                    && r.affiliation.as_deref() == Some(k.as_str());
                if !order.contains(&x) && (table.kind(x) != EntityKind::Country || acted_for) {
                    order.push(x);
                }
            }
        }
    }
    order.sort_by_key(|&e| (table.records[e].first, e));
    let mut entities: Vec<_> = order
        .iter()
        .map(|&e| table.records[e].entity.clone())
        .collect();
    // Keys that point outside the list are dropped, so every reference resolves.
    let listed: Vec<String> = entities.iter().map(|e| e.key.clone()).collect();
    for e in &mut entities {
        for field in [&mut e.affiliation, &mut e.located_in, &mut e.based_in] {
            if field.as_ref().is_some_and(|k| !listed.contains(k)) {
                *field = None;
            }
        }
    }
    let published_year = publication_date(article.published.as_deref()).map(|d| d.year());
    let figures = figures::find_shares(
        &body,
        lexicon,
        &table,
        &body_mentions,
        &main,
        published_year,
    )
    .into_iter()
    .map(|s| TradeShare {
        exporter: key(s.exporter),
        partner: key(s.partner),
        year: s.year,
        percent: s.percent,
        comparator: s.comparator.to_string(),
        evidence: vec![evidence(&body, s.sentence, "figure.trade-share")],
    })
    .collect();
    Annotation {
        document: DocumentMeta {
            title: article.title.clone(),
            author: article.author.clone(),
            published: article.published.clone(),
            url: article.url.clone(),
            source_path: article.source_path.clone(),
            text: article.text.clone(),
        },
        entities,
        events,
        figures,
        warnings: Vec::new(),
    }
}

/// What the extractor saw in each sentence of the body.
pub fn explain(article: &Article, lexicon: &Lexicon) -> Vec<SentenceTrace> {
    let analysis = analyse(article, lexicon);
    let body = &analysis.body;
    // The (sentence, rule) of every mention an event kept.
    let kept: Vec<(usize, String)> = merge(
        lexicon,
        &analysis.table,
        analysis.drafts.clone(),
        &analysis.counterparts,
    )
    .into_iter()
    .flat_map(|m| m.evidence)
    .collect();
    body.sentences
        .iter()
        .enumerate()
        .map(|(si, s)| {
            let mut entities: Vec<String> = Vec::new();
            for mi in analysis.body_mentions.sorted() {
                let m = &analysis.body_mentions.list[mi];
                if m.start >= s.start && m.start < s.end {
                    for e in [Some(m.entity), m.other].into_iter().flatten() {
                        let k = analysis.table.key(e).to_string();
                        if !entities.contains(&k) {
                            entities.push(k);
                        }
                    }
                }
            }
            let (triggers, dropped): (Vec<_>, Vec<_>) = analysis
                .drafts
                .iter()
                .filter(|d| d.sentence == si)
                .map(|d| (d.class.clone(), d.rule.clone()))
                .partition(|(_, rule)| kept.iter().any(|(k, r)| *k == si && r == rule));
            let e = evidence(body, si, "");
            SentenceTrace {
                start: e.start,
                end: e.end,
                text: e.text,
                entities,
                triggers,
                dropped,
            }
        })
        .collect()
}

#[cfg(test)]
mod clauses_tests;
#[cfg(test)]
mod phrasings_tests;
#[cfg(test)]
mod references_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod wire_tests;
