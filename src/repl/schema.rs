//! `.schema`: the classes and properties of the ontology with their comments, or one term
//! in detail (everything the ontology graph says of it and about it, and how often the
//! data uses it).

use std::io::Write;

use anyhow::{Result, bail};
use oxigraph::model::{NamedNode, Term};
use oxigraph::sparql::QueryResults;

use crate::backend::Backend;
use crate::render::table::display_term;
use crate::repl::vocabulary::{TermKind, Vocabulary, first_sentence};
use crate::sparql::{self, parse_term};
use crate::vocab::ONTOLOGY_GRAPH;

/// Width used when the output is not a terminal.
const DEFAULT_WIDTH: usize = 100;

/// Lists the classes, then the properties, each with the first sentence of its comment.
pub fn write_overview(
    vocabulary: &Vocabulary,
    width: Option<usize>,
    out: &mut dyn Write,
) -> Result<()> {
    let width = width.unwrap_or(DEFAULT_WIDTH).max(40);
    for (title, kind) in [
        ("Classes", TermKind::Class),
        ("Properties", TermKind::Property),
    ] {
        let terms: Vec<_> = vocabulary
            .terms()
            .iter()
            .filter(|t| t.kind == kind && t.name.starts_with("dip:"))
            .collect();
        let column = terms
            .iter()
            .map(|t| t.name.chars().count())
            .max()
            .unwrap_or(0);
        writeln!(out, "{title} ({})", terms.len())?;
        for term in terms {
            let room = width.saturating_sub(column + 4).max(10);
            let comment = term
                .comment
                .as_deref()
                .map(|c| first_sentence(c, room))
                .unwrap_or_default();
            writeln!(out, "  {:column$}  {comment}", term.name)?;
        }
    }
    writeln!(
        out,
        "(.schema TERM describes one; other terms: plover: categories, dip: statuses)"
    )?;
    Ok(())
}

/// Describes one term: what the ontology says of it, what refers to it, and its use.
pub fn write_term(
    store: &Backend,
    vocabulary: &Vocabulary,
    name: &str,
    width: Option<usize>,
    out: &mut dyn Write,
) -> Result<()> {
    let width = width.unwrap_or(DEFAULT_WIDTH).max(40);
    let iri = match vocabulary.get(name) {
        Some(term) => term.iri.clone(),
        None => match parse_term(name)? {
            Term::NamedNode(node) => node.into_string(),
            _ => bail!("{name:?} is not a prefixed name or an IRI; .schema lists the terms"),
        },
    };
    let node = NamedNode::new(iri.as_str())?;
    let graph = format!("<{ONTOLOGY_GRAPH}>");
    let said = select(
        store,
        &format!(
            "SELECT ?p ?o WHERE {{ GRAPH {graph} {{ {node} ?p ?v .
               OPTIONAL {{ ?v (owl:unionOf|owl:oneOf)/rdf:rest*/rdf:first ?member }}
               BIND(COALESCE(?member, ?v) AS ?o) FILTER(!isBlank(?o)) }} }}"
        ),
    )?;
    let referring = select(
        store,
        &format!(
            "SELECT ?p ?s WHERE {{ GRAPH {graph} {{
               {{ ?s ?p {node} }} UNION {{ ?s ?p ?b . ?b owl:unionOf/rdf:rest*/rdf:first {node} }}
               FILTER(isIRI(?s)) }} }}"
        ),
    )?;
    if said.is_empty() && referring.is_empty() {
        bail!("the ontology says nothing of {name}; .schema lists its terms");
    }
    let term = vocabulary.get(&iri);
    let shown = term.map_or_else(
        || display_term(&Term::NamedNode(node.clone())),
        |t| t.name.clone(),
    );
    writeln!(out, "{shown}  <{iri}>")?;

    let mut facts: Vec<(String, Vec<String>)> = Vec::new();
    for row in &said {
        let (Some(p), Some(o)) = (&row[0], &row[1]) else {
            continue;
        };
        push(&mut facts, display_term(p), display_term(o));
    }
    let rank = |p: &str| match p {
        "rdf:type" => 0,
        "rdfs:label" | "skos:prefLabel" => 1,
        "rdfs:comment" | "skos:definition" => 2,
        _ => 3,
    };
    facts.sort_by(|a, b| (rank(&a.0), &a.0).cmp(&(rank(&b.0), &b.0)));
    let mut incoming: Vec<(String, Vec<String>)> = Vec::new();
    for row in &referring {
        let (Some(p), Some(s)) = (&row[0], &row[1]) else {
            continue;
        };
        push(
            &mut incoming,
            format!("is {} of", display_term(p)),
            display_term(s),
        );
    }
    incoming.sort();
    let column = facts
        .iter()
        .chain(&incoming)
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    for (key, values) in facts.iter().chain(&incoming) {
        let text = values.join(", ");
        let lines = wrap(&text, width.saturating_sub(column + 4).max(20));
        for (i, line) in lines.iter().enumerate() {
            let key = if i == 0 { key.as_str() } else { "" };
            writeln!(out, "  {key:column$}  {line}")?;
        }
    }
    let kind = term.map(|t| t.kind);
    let usage = match kind {
        Some(TermKind::Class) => Some((
            format!("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a {node} }}"),
            "instance",
        )),
        Some(TermKind::Property) => Some((
            format!("SELECT (COUNT(*) AS ?n) WHERE {{ ?s {node} ?o }}"),
            "statement",
        )),
        _ => None,
    };
    if let Some((query, noun)) = usage {
        let count = select(store, &query)?
            .first()
            .and_then(|row| row[0].clone())
            .map(|t| display_term(&t))
            .unwrap_or_else(|| "0".into());
        let plural = if count == "1" { "" } else { "s" };
        writeln!(out, "  in the store: {count} {noun}{plural}")?;
    }
    Ok(())
}

fn push(groups: &mut Vec<(String, Vec<String>)>, key: String, value: String) {
    match groups.iter_mut().find(|(k, _)| *k == key) {
        Some((_, values)) => {
            if !values.contains(&value) {
                values.push(value);
            }
        }
        None => groups.push((key, vec![value])),
    }
}

/// The rows of a SELECT over the store, each a value per projected variable.
fn select(store: &Backend, text: &str) -> Result<Vec<Vec<Option<Term>>>> {
    let query = sparql::parse_query(text, &[])?;
    let QueryResults::Solutions(solutions) = store.query(sparql::evaluator(), query)? else {
        bail!("expected solutions");
    };
    let variables = solutions.variables().to_vec();
    let mut rows = Vec::new();
    for solution in solutions {
        let solution = solution?;
        rows.push(variables.iter().map(|v| solution.get(v).cloned()).collect());
    }
    Ok(rows)
}

/// Splits text into lines of at most `width` characters, at spaces where possible.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = line.chars().count() + word.chars().count() + usize::from(!line.is_empty());
        if needed > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wrapping_keeps_words_whole() {
        assert_eq!(wrap("one two three four", 9), ["one two", "three", "four"]);
        assert_eq!(wrap("", 9), [""]);
        assert_eq!(
            wrap("unbreakablelongword x", 5),
            ["unbreakablelongword", "x"]
        );
    }
}
