//! Companies nobody listed, recognised by the noun that describes them: "the Belarusian
//! potash producer Belaruskali", "Hengtai Glass, a Hong Kong trader".

use crate::annotation::{EntityKind, slug};
use crate::extract::actors::{caps_run, country_entity, country_inside};
use crate::extract::doc::Doc;
use crate::extract::entities::{EntityTable, Mention, MentionKind, Mentions};
use crate::extract::tokens::TokenKind;
use crate::lexicon::Lexicon;

/// Whether `word` is the singular (or plural) of a company noun of the lexicon
/// ("producer" for "producers", "company" for "companies").
pub fn is_company_noun(lex: &Lexicon, word: &str) -> bool {
    lex.company_nouns.contains(word)
}

/// Adds the organizations named right after a company noun or described by one in an
/// apposition.
pub fn described_companies(
    doc: &Doc,
    lex: &Lexicon,
    table: &mut EntityTable,
    mentions: &mut Mentions,
) {
    let mut i = 0;
    while i < doc.tokens.len() {
        if doc.sentence_of[i] == usize::MAX || mentions.owner[i].is_some() {
            i += 1;
            continue;
        }
        let end = if doc.cap(i) {
            caps_run(doc, mentions, i, false)
        } else {
            i
        };
        if end == i || end > i + 4 || !doc.same_sentence(i, end - 1) {
            i += 1;
            continue;
        }
        // "the potash producer Belaruskali"
        let after_noun = i > 0
            && !doc.cap(i - 1)
            && doc.tokens[i - 1].kind == TokenKind::Word
            && doc.same_sentence(i - 1, i)
            && is_company_noun(lex, doc.lower(i - 1))
            && doc.lower(i - 1) != "groups";
        let after = if after_noun {
            None
        } else {
            described_after(doc, lex, end)
        };
        // The label (two copies) only for a run a company noun describes.
        let described = after_noun || after.is_some();
        let label = if described {
            doc.span(i, end).to_string()
        } else {
            String::new()
        };
        let known = described
            && (lex.sets.not_names.contains(&label.to_lowercase())
                || (i..end).any(|k| doc.title_len.get(k).is_some_and(|&n| n > 0)));
        if described && !known {
            // Its country: "the Hungarian pipeline operator X", "X, a Dutch trader".
            let (from, to) = match after {
                Some(noun) => (end + 1, noun),
                None => (i.saturating_sub(5), i - 1),
            };
            let country = (from..to)
                .rev()
                .take_while(|&k| {
                    doc.same_sentence(k, i) && !matches!(doc.lower(k), "," | "." | ";")
                })
                .find_map(|k| country_inside(doc, lex, k, k + 1));
            let mut entity = EntityTable::blank(
                format!("org/{}", slug(&label)),
                EntityKind::Organization,
                label,
            );
            if let Some(c) = country {
                country_entity(lex, table, c, doc.position(i));
                entity.based_in = Some(format!("country/{}", lex.countries[c].iso));
                entity.affiliation = entity.based_in.clone();
            }
            let id = table.intern(entity, doc.position(i));
            mentions.add(Mention {
                start: i,
                end,
                entity: id,
                other: None,
                kind: MentionKind::Name,
                possessive: doc.possessive_at(end),
            });
        }
        i = end;
    }
}

/// "X, a Hong Kong trader": a comma, an article and, within a few words, a company noun
/// (its position).
fn described_after(doc: &Doc, lex: &Lexicon, end: usize) -> Option<usize> {
    if doc.lower(end) != "," || !matches!(doc.lower(end + 1), "a" | "an" | "the") {
        return None;
    }
    (end + 2..end + 7)
        .take_while(|&k| doc.same_sentence(end, k) && !matches!(doc.lower(k), "," | "." | ";"))
        .find(|&k| !doc.cap(k) && is_company_noun(lex, doc.lower(k)))
}

#[cfg(test)]
mod tests {
    use crate::annotation::Annotation;
    use crate::extract::tests::has_entity as has;

    fn run(text: &str) -> Annotation {
        crate::extract::tests::run(text, "2026-02-11")
    }

    #[test]
    fn a_company_noun_names_the_company_after_it_or_before_it() {
        let a = run(
            "Oman's trade ministry suspended the licence of Blue Harbour Logistics, a Dubai \
             trader, on Friday.",
        );
        assert!(has(&a, "org/blue-harbour-logistics"));
        let sanction = a.events.iter().find(|e| e.class == "Sanction");
        assert_eq!(
            sanction.map(|e| e.targets.clone()),
            Some(vec!["org/blue-harbour-logistics".to_string()])
        );
        let b = run("Officials met the Norwegian steel producer Norden Metall in Oslo on Monday.");
        let org = b.entities.iter().find(|e| e.key == "org/norden-metall");
        assert_eq!(org.and_then(|o| o.based_in.as_deref()), Some("country/NOR"));
        // A person described by a job that is no company noun stays a person.
        let c = run("Kevin Marsh, a senior border adviser, said the talks were useful.");
        assert!(!has(&c, "org/kevin-marsh"));
    }

    #[test]
    fn a_trade_word_closing_a_name_makes_a_company_and_lists_split() {
        let a = run(
            "The partners are Canada's Tallpine Energy and Norway's Fjordline Gas, the \
             ministry said.",
        );
        assert!(has(&a, "org/tallpine-energy"));
        assert!(has(&a, "org/fjordline-gas"));
        // A trade word of a title, an "of" name or a longer name is no company of its own.
        let b = run(
            "Kenya's Minister of Energy met officials of the Trans-Sahel Gas Pipeline and the \
             Bank of Uganda.",
        );
        assert!(!b.entities.iter().any(|e| e.key.contains("of-energy")));
        assert!(!has(&b, "org/trans-sahel-gas"));
        assert!(has(&b, "org/bank-of-uganda"));
    }

    #[test]
    fn a_known_body_opening_a_longer_name_is_part_of_it() {
        let a = run("The African Union Commission urged Chad to reopen the border.");
        assert!(has(&a, "org/african-union-commission"));
        let request = a.events.iter().find(|e| e.class == "Request");
        assert_eq!(
            request.map(|e| e.agents.clone()),
            Some(vec!["org/african-union-commission".to_string()])
        );
        // Its own words and the opening body's full name are names of it too.
        let b = run("The UN Assistance Mission for Iraq urged Iran to stop the strikes.");
        let mission = b
            .entities
            .iter()
            .find(|e| e.key == "org/un-assistance-mission-for-iraq");
        let names = mission.map(|m| m.alt_labels.clone()).unwrap_or_default();
        assert!(names.contains(&"Assistance Mission for Iraq".to_string()));
        assert!(names.contains(&"United Nations Assistance Mission for Iraq".to_string()));
    }
}
