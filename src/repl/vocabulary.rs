//! The terms of the ontology graph as the session knows them: every class, property,
//! concept and named individual with a prefixed name, its label and its comment. Completion,
//! hints and `.schema` read from it.

use std::collections::BTreeMap;

use anyhow::{Result, bail};
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;

use crate::backend::Backend;
use crate::sparql;
use crate::vocab::{PREFIXES, shorten};

/// What kind of term a name stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TermKind {
    Class,
    Property,
    /// A SKOS concept (the PLOVER categories).
    Concept,
    /// Anything else with a type (statuses, concept schemes, the ontology).
    Individual,
}

/// One term of the ontology.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VocabularyTerm {
    pub iri: String,
    /// `dip:Visit`.
    pub name: String,
    pub kind: TermKind,
    pub label: Option<String>,
    /// `rdfs:comment`, else `skos:definition`.
    pub comment: Option<String>,
}

/// The terms, sorted by prefixed name.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    terms: Vec<VocabularyTerm>,
}

const TERMS: &str = "SELECT ?term ?type ?label ?comment WHERE {
  GRAPH ent:graph\\/ontology {
    ?term a ?type . FILTER(isIRI(?term))
    OPTIONAL { ?term rdfs:label|skos:prefLabel ?label }
    OPTIONAL { ?term rdfs:comment|skos:definition ?comment }
  }
}";

impl Vocabulary {
    /// Reads the terms of the ontology graph of `store`.
    pub fn load(store: &Backend) -> Result<Vocabulary> {
        let query = sparql::parse_query(TERMS, &[])?;
        let QueryResults::Solutions(solutions) = store.query(sparql::evaluator(), query)? else {
            bail!("the vocabulary query gave no solutions");
        };
        let mut rows = Vec::new();
        for solution in solutions {
            let solution = solution?;
            let text = |name: &str| match solution.get(name) {
                Some(Term::NamedNode(n)) => Some(n.as_str().to_string()),
                Some(Term::Literal(l)) => Some(l.value().to_string()),
                _ => None,
            };
            let (Some(iri), Some(kind)) = (text("term"), text("type")) else {
                continue;
            };
            rows.push((iri, kind, text("label"), text("comment")));
        }
        Ok(Vocabulary::from_rows(rows))
    }

    /// Builds the vocabulary from (term, type, label, comment) rows, several per term.
    pub fn from_rows(
        rows: impl IntoIterator<Item = (String, String, Option<String>, Option<String>)>,
    ) -> Vocabulary {
        let mut by_iri: BTreeMap<String, VocabularyTerm> = BTreeMap::new();
        for (iri, kind, label, comment) in rows {
            let Some(name) = shorten(&iri, PREFIXES.iter().copied()) else {
                continue;
            };
            let kind = kind_of(&kind);
            let term = by_iri.entry(iri.clone()).or_insert(VocabularyTerm {
                iri,
                name,
                kind,
                label: None,
                comment: None,
            });
            term.kind = term.kind.min(kind);
            term.label = term.label.take().or(label);
            term.comment = term.comment.take().or(comment);
        }
        let mut terms: Vec<VocabularyTerm> = by_iri.into_values().collect();
        terms.sort_by(|a, b| a.name.cmp(&b.name));
        Vocabulary { terms }
    }

    /// Every term, by prefixed name.
    pub fn terms(&self) -> &[VocabularyTerm] {
        &self.terms
    }

    /// The term with this prefixed name or full IRI (with or without `<>`).
    pub fn get(&self, name: &str) -> Option<&VocabularyTerm> {
        let iri = name.trim_start_matches('<').trim_end_matches('>');
        self.terms.iter().find(|t| t.name == name || t.iri == iri)
    }
}

fn kind_of(type_iri: &str) -> TermKind {
    let local = type_iri.rsplit(['#', '/']).next().unwrap_or("");
    match local {
        "Class" | "Datatype" => TermKind::Class,
        "ObjectProperty" | "DatatypeProperty" | "AnnotationProperty" | "Property"
        | "FunctionalProperty" | "TransitiveProperty" | "SymmetricProperty" => TermKind::Property,
        "Concept" => TermKind::Concept,
        _ => TermKind::Individual,
    }
}

/// The first sentence of a comment, cut to `max` characters with `…`.
pub fn first_sentence(comment: &str, max: usize) -> String {
    // A sentence ends at ". " before a capital letter (not at "e.g. this").
    let end = comment.match_indices(". ").map(|(i, _)| i).find(|&i| {
        comment[i + 2..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    });
    let sentence = match end {
        Some(end) => &comment[..=end],
        None => comment,
    };
    let sentence = sentence.trim();
    if sentence.chars().count() <= max {
        return sentence.to_string();
    }
    let mut cut: String = sentence.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::{TermKind, Vocabulary, first_sentence};

    fn row(
        iri: &str,
        kind: &str,
        comment: Option<&str>,
    ) -> (String, String, Option<String>, Option<String>) {
        (
            iri.to_string(),
            kind.to_string(),
            None,
            comment.map(str::to_string),
        )
    }

    #[test]
    fn terms_get_prefixed_names_and_their_strongest_kind() {
        let dip = "https://w3id.org/entente/ontology#";
        let owl = "http://www.w3.org/2002/07/owl#";
        let vocabulary = Vocabulary::from_rows([
            row(
                &format!("{dip}published"),
                &format!("{owl}FunctionalProperty"),
                None,
            ),
            row(
                &format!("{dip}published"),
                &format!("{owl}DatatypeProperty"),
                Some("When."),
            ),
            row(
                &format!("{dip}Visit"),
                &format!("{owl}Class"),
                Some("A visit."),
            ),
            row("http://example.org/unknown", &format!("{owl}Class"), None),
        ]);
        let names: Vec<&str> = vocabulary.terms().iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["dip:Visit", "dip:published"]);
        let published = vocabulary.get("dip:published").unwrap();
        assert_eq!(published.kind, TermKind::Property);
        assert_eq!(published.comment.as_deref(), Some("When."));
        assert!(vocabulary.get(&format!("<{dip}Visit>")).is_some());
    }

    #[test]
    fn comments_shorten_to_their_first_sentence() {
        assert_eq!(first_sentence("One. Two.", 40), "One.");
        assert_eq!(first_sentence("A long sentence here", 10), "A long se…");
        assert_eq!(first_sentence("e.g. this", 40), "e.g. this");
    }
}
