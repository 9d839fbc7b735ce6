//! `.explain`: Oxigraph's evaluation plan of a query, drawn as a tree with IRIs shortened;
//! with `analyze`, the query runs first and each step shows its result count and time.

use std::fmt::Write as _;

use anyhow::{Context, Result};
use oxigraph::sparql::{CancellationToken, QueryResults};
use serde_json::Value;
use spargebra::Query;

use crate::sparql;
use crate::store::GraphStore;
use crate::vocab::{PREFIXES, shorten};

/// The plan of `query` over `store` as an indented tree.
pub fn explain(
    store: &GraphStore,
    query: Query,
    analyze: bool,
    token: CancellationToken,
) -> Result<String> {
    let mut prepared = sparql::evaluator()
        .with_cancellation_token(token)
        .for_query(query);
    prepared.dataset_mut().set_default_graph_as_union();
    let mut bound = prepared.on_store(store.oxigraph());
    if analyze {
        bound = bound.compute_statistics();
    }
    let (results, explanation) = bound.explain();
    if analyze {
        match results.context("query evaluation failed")? {
            QueryResults::Solutions(solutions) => {
                for solution in solutions {
                    solution.context("query evaluation failed")?;
                }
            }
            QueryResults::Graph(triples) => {
                for triple in triples {
                    triple.context("query evaluation failed")?;
                }
            }
            QueryResults::Boolean(_) => {}
        }
    } else {
        drop(results);
    }
    let mut json = Vec::new();
    explanation
        .write_in_json(&mut json)
        .context("cannot write the plan")?;
    let plan: Value = serde_json::from_slice(&json).context("cannot read the plan")?;
    Ok(render(&plan))
}

/// The JSON plan (`{"plan": {"name", "children", …}}`) as a tree.
pub fn render(plan: &Value) -> String {
    let mut out = String::new();
    if let Some(seconds) = plan
        .get("planning duration in seconds")
        .and_then(Value::as_f64)
    {
        let _ = writeln!(out, "planned in {:.1} ms", seconds * 1000.0);
    }
    if let Some(root) = plan.get("plan") {
        node(root, "", "", &mut out);
    }
    out
}

fn node(value: &Value, lead: &str, indent: &str, out: &mut String) {
    let name = value.get("name").and_then(Value::as_str).unwrap_or("?");
    let mut line = format!("{lead}{}", shorten_iris(name));
    if let Some(count) = value.get("number of results").and_then(Value::as_u64) {
        let _ = write!(line, "  [{count} results");
        if let Some(seconds) = value.get("duration in seconds").and_then(Value::as_f64) {
            let _ = write!(line, ", {:.1} ms", seconds * 1000.0);
        }
        line.push(']');
    }
    out.push_str(&line);
    out.push('\n');
    let children = value
        .get("children")
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    for (i, child) in children.iter().enumerate() {
        let last = i + 1 == children.len();
        let lead = format!("{indent}{}", if last { "└─ " } else { "├─ " });
        let next = format!("{indent}{}", if last { "   " } else { "│  " });
        node(child, &lead, &next, out);
    }
}

/// `<https://w3id.org/entente/ontology#Visit>` → `dip:Visit` inside a plan label.
fn shorten_iris(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('>') {
            Some(close) if !after[..close].contains(char::is_whitespace) => {
                let iri = &after[..close];
                match shorten(iri, PREFIXES.iter().copied()) {
                    Some(short) => out.push_str(&short),
                    None => {
                        out.push('<');
                        out.push_str(iri);
                        out.push('>');
                    }
                }
                rest = &after[close + 1..];
            }
            _ => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{render, shorten_iris};

    #[test]
    fn plans_draw_as_trees() {
        let plan = json!({"plan": {"name": "Project", "children": [
            {"name": "HashJoin", "children": [
                {"name": "QuadPattern(?e <https://w3id.org/entente/ontology#agent> ?a)", "children": []},
                {"name": "Values", "number of results": 3, "duration in seconds": 0.002, "children": []}
            ]},
            {"name": "Filter(?x < 3)", "children": []}
        ]}});
        assert_eq!(
            render(&plan),
            "Project\n├─ HashJoin\n│  ├─ QuadPattern(?e dip:agent ?a)\n│  └─ Values  [3 results, 2.0 ms]\n└─ Filter(?x < 3)\n"
        );
    }

    #[test]
    fn only_iris_are_shortened() {
        assert_eq!(
            shorten_iris("<http://example.org/x> < 3 <"),
            "<http://example.org/x> < 3 <"
        );
    }
}
