//! Graphs to RDF syntaxes: sorted, grouped by subject, declaring only the prefixes used.

use std::io::Write;

use anyhow::{Context, Result};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, NamedOrBlankNode, Quad, Term};

use crate::render::GraphFormat;
use crate::store::compare_quads;
use crate::vocab::{self, ENT, PREFIXES};

/// Prefixes for exports: the predeclared ones (but `ent:` itself) plus one per kind of
/// minted resource, so `ent:country/CAN` reads `country:CAN`. No namespace nests another.
fn export_prefixes() -> Vec<(String, String)> {
    let mut prefixes: Vec<(String, String)> = PREFIXES
        .iter()
        .filter(|(name, _)| *name != "ent")
        .map(|(name, iri)| (name.to_string(), iri.to_string()))
        .collect();
    prefixes.push((
        "sem".to_string(),
        "http://semanticweb.cs.vu.nl/2009/11/sem/".to_string(),
    ));
    for kind in [
        "doc", "event", "evidence", "country", "person", "org", "place", "group", "graph",
    ] {
        prefixes.push((kind.to_string(), format!("{ENT}{kind}/")));
    }
    prefixes
}

/// Writes quads in `format`. Formats without named graphs get the merged, de-duplicated
/// triples. Output is deterministic: quads are sorted first.
pub fn write_quads(quads: &[Quad], format: GraphFormat, out: impl Write) -> Result<()> {
    let mut quads: Vec<Quad> = if format.keeps_graphs() {
        quads.to_vec()
    } else {
        quads
            .iter()
            .map(|q| {
                Quad::new(
                    q.subject.clone(),
                    q.predicate.clone(),
                    q.object.clone(),
                    GraphName::DefaultGraph,
                )
            })
            .collect()
    };
    quads.sort_by(compare_quads);
    quads.dedup();

    let rdf_format = match format {
        GraphFormat::Turtle => RdfFormat::Turtle,
        GraphFormat::NTriples => RdfFormat::NTriples,
        GraphFormat::NQuads => RdfFormat::NQuads,
        GraphFormat::TriG => RdfFormat::TriG,
        GraphFormat::RdfXml => RdfFormat::RdfXml,
    };
    let mut serializer = RdfSerializer::from_format(rdf_format);
    if matches!(
        format,
        GraphFormat::Turtle | GraphFormat::TriG | GraphFormat::RdfXml
    ) {
        for (name, iri) in used_prefixes(&quads) {
            serializer = serializer
                .with_prefix(name, iri)
                .context("invalid prefix")?;
        }
    }
    let mut writer = serializer.for_writer(out);
    for quad in &quads {
        writer
            .serialize_quad(quad)
            .context("cannot write the graph")?;
    }
    writer.finish().context("cannot write the graph")?;
    Ok(())
}

/// The export prefixes some IRI of `quads` starts with, in declaration order.
fn used_prefixes(quads: &[Quad]) -> Vec<(String, String)> {
    let prefixes = export_prefixes();
    let mut used = vec![false; prefixes.len()];
    let mut mark = |iri: &str| {
        for (i, (_, namespace)) in prefixes.iter().enumerate() {
            if !used[i] && iri.starts_with(namespace.as_str()) {
                used[i] = true;
            }
        }
    };
    for quad in quads {
        if let NamedOrBlankNode::NamedNode(n) = &quad.subject {
            mark(n.as_str());
        }
        mark(quad.predicate.as_str());
        match &quad.object {
            Term::NamedNode(n) => mark(n.as_str()),
            Term::Literal(l) => mark(l.datatype().as_str()),
            _ => {}
        }
        if let GraphName::NamedNode(n) = &quad.graph_name {
            mark(n.as_str());
        }
    }
    prefixes
        .into_iter()
        .zip(used)
        .filter(|(_, u)| *u)
        .map(|(p, _)| p)
        .collect()
}

/// `ent:graph/ontology` and friends as readable text for messages.
pub fn short_iri(iri: &str) -> String {
    vocab::shorten(iri, PREFIXES.iter().copied()).unwrap_or_else(|| format!("<{iri}>"))
}

#[cfg(test)]
mod tests {
    use oxigraph::model::{GraphName, Literal, NamedNode, Quad};

    use super::write_quads;
    use crate::render::GraphFormat;

    fn quad(s: &str, p: &str, o: &str, g: Option<&str>) -> Quad {
        let graph = g.map_or(GraphName::DefaultGraph, |g| {
            NamedNode::new_unchecked(g).into()
        });
        Quad::new(
            NamedNode::new_unchecked(s),
            NamedNode::new_unchecked(p),
            Literal::new_simple_literal(o),
            graph,
        )
    }

    #[test]
    fn turtle_declares_only_used_prefixes_and_groups_by_subject() {
        let quads = vec![
            quad(
                "https://w3id.org/entente/id/country/CAN",
                "http://www.w3.org/2000/01/rdf-schema#label",
                "Canada",
                Some("https://w3id.org/entente/id/doc/a"),
            ),
            quad(
                "https://w3id.org/entente/id/country/CAN",
                "https://w3id.org/entente/ontology#isoCode",
                "CAN",
                Some("https://w3id.org/entente/id/doc/b"),
            ),
        ];
        let mut out = Vec::new();
        write_quads(&quads, GraphFormat::Turtle, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("@prefix country:"), "{text}");
        assert!(
            text.contains("@prefix dip:") && text.contains("@prefix rdfs:"),
            "{text}"
        );
        assert!(
            !text.contains("@prefix skos:") && !text.contains("@prefix doc:"),
            "{text}"
        );
        assert_eq!(text.matches("country:CAN").count(), 1, "{text}");
    }

    #[test]
    fn nquads_keep_graphs_and_are_sorted() {
        let a = quad(
            "http://e.org/b",
            "http://e.org/p",
            "2",
            Some("http://e.org/g"),
        );
        let b = quad(
            "http://e.org/a",
            "http://e.org/p",
            "1",
            Some("http://e.org/g"),
        );
        let mut out = Vec::new();
        write_quads(&[a, b], GraphFormat::NQuads, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(
            lines[0].starts_with("<http://e.org/a>") && lines[0].ends_with("<http://e.org/g> ."),
            "{text}"
        );
    }
}
