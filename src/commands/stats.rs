//! `entente stats`: what the store holds, counted.

use std::io::Write;

use anyhow::{Result, bail};
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;

use crate::backend::Backend;
use crate::render::table::display_term;
use crate::sparql;

const DOCUMENTS: &str = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dip:Document }";
const ENTITIES: &str = "SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE {
  VALUES ?class { dip:Country dip:Person dip:Organization dip:Group dip:Place }
  ?d dip:mentions ?e . ?e a ?class } GROUP BY ?class ORDER BY DESC(?n) ?class";
const EVENTS_BY_CLASS: &str = "SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?e a dip:Event ; a ?class .
  FILTER NOT EXISTS { ?e a ?sub . ?sub rdfs:subClassOf ?class . FILTER(?sub != ?class) }
} GROUP BY ?class ORDER BY DESC(?n) ?class";
const EVENTS_BY_YEAR: &str = "SELECT ?year (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?e a dip:Event . OPTIONAL { ?e dip:year ?y } BIND(COALESCE(STR(?y), \"undated\") AS ?year)
} GROUP BY ?year ORDER BY ?year";

/// Writes the counts as a short report.
pub fn write_stats(store: &Backend, out: &mut dyn Write) -> Result<()> {
    let documents = pairs(store, DOCUMENTS)?.first().map_or(0, |(_, n)| *n);
    writeln!(out, "documents  {documents}")?;
    writeln!(out, "triples    {}", store.len()?)?;
    for (title, query) in [
        ("entities", ENTITIES),
        ("events by class", EVENTS_BY_CLASS),
        ("events by year", EVENTS_BY_YEAR),
    ] {
        let rows = pairs(store, query)?;
        let total: u64 = if title == "entities" {
            rows.iter().map(|(_, n)| n).sum()
        } else {
            event_total(store)?
        };
        writeln!(out, "{title} ({total})")?;
        for (name, n) in rows {
            writeln!(out, "  {name:<24} {n}")?;
        }
    }
    Ok(())
}

fn event_total(store: &Backend) -> Result<u64> {
    Ok(pairs(
        store,
        "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a dip:Event }",
    )?
    .first()
    .map_or(0, |(_, n)| *n))
}

/// Rows of (label, count) from a query whose last column is a count.
fn pairs(store: &Backend, query: &str) -> Result<Vec<(String, u64)>> {
    let parsed = sparql::parse_query(query, &[])?;
    let QueryResults::Solutions(solutions) = store.query(sparql::evaluator(), parsed)? else {
        bail!("statistics query gave no solutions");
    };
    let variables = solutions.variables().to_vec();
    let mut rows = Vec::new();
    for solution in solutions {
        let solution = solution?;
        let label = if variables.len() > 1 {
            solution
                .get(&variables[0])
                .map(|t| display_term(t).trim_start_matches("dip:").to_string())
                .unwrap_or_default()
        } else {
            String::new()
        };
        let n = match solution.get(variables.last().expect("a count column")) {
            Some(Term::Literal(l)) => l.value().parse().unwrap_or(0),
            _ => 0,
        };
        rows.push((label, n));
    }
    Ok(rows)
}
