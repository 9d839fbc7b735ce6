//! The diplomacy ontology compiled into the binary: its text, its quads, and the class
//! tree and PLOVER categories the RDF mapping needs.

use std::borrow::Cow;
use std::collections::BTreeMap;

use anyhow::{Context, Result};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{BlankNode, GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};

use crate::lexicon::FastMap;
use crate::vocab::{self, DIP, ONTOLOGY_GRAPH, RDFS};

/// The Turtle source of `ontology/diplomacy.ttl`.
pub const TURTLE: &str = include_str!("../ontology/diplomacy.ttl");

/// The parsed ontology.
#[derive(Debug)]
pub struct Ontology {
    /// Every triple of the ontology, placed in the graph `ent:graph/ontology`.
    pub quads: Vec<Quad>,
    /// SHA-256 (hex) of the Turtle source: tells whether a store holds this version.
    pub hash: String,
    /// Direct `rdfs:subClassOf` parents of each `dip:` class, by local name.
    parents: BTreeMap<String, Vec<String>>,
    /// `dip:ploverCategory` of each event class, by local name (`Visit` → `CONSULT`).
    plover: BTreeMap<String, String>,
    /// `class_and_ancestors` of every class the tree names, and their IRIs, computed once:
    /// the RDF mapping asks for them for every entity, event and evidence.
    lineage: FastMap<String, (Vec<String>, Vec<NamedNode>)>,
}

impl Ontology {
    /// The quad a store or server holds when its ontology graph is this version: the
    /// graph's `dip:contentHash`, in the graph itself.
    pub fn version_marker(&self) -> Quad {
        let graph = NamedNode::new_unchecked(ONTOLOGY_GRAPH);
        Quad::new(
            graph.clone(),
            NamedNode::new_unchecked(vocab::dip("contentHash")),
            Literal::new_simple_literal(&self.hash),
            graph,
        )
    }

    /// Parses the ontology compiled into the binary.
    pub fn embedded() -> Result<Ontology> {
        Ontology::parse(TURTLE).context("the ontology compiled into entente is not valid Turtle")
    }

    /// Parses an ontology from Turtle text.
    pub fn parse(turtle: &str) -> Result<Ontology> {
        let graph = GraphName::NamedNode(NamedNode::new_unchecked(ONTOLOGY_GRAPH));
        let mut quads = Vec::new();
        let mut blank_nodes = BlankNodeNames::default();
        for triple in RdfParser::from_format(RdfFormat::Turtle).for_slice(turtle.as_bytes()) {
            let mut quad = triple?;
            quad.graph_name = graph.clone();
            if let NamedOrBlankNode::BlankNode(node) = &quad.subject {
                quad.subject = blank_nodes.stable(node).into();
            }
            if let Term::BlankNode(node) = &quad.object {
                quad.object = blank_nodes.stable(node).into();
            }
            quads.push(quad);
        }
        let sub_class_of = format!("{RDFS}subClassOf");
        let plover_category = vocab::dip("ploverCategory");
        let mut parents: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut plover = BTreeMap::new();
        for quad in &quads {
            let NamedOrBlankNode::NamedNode(subject) = &quad.subject else {
                continue;
            };
            let Some(class) = subject.as_str().strip_prefix(DIP) else {
                continue;
            };
            let Term::NamedNode(object) = &quad.object else {
                continue;
            };
            if quad.predicate.as_str() == sub_class_of {
                if let Some(parent) = object.as_str().strip_prefix(DIP) {
                    parents
                        .entry(class.to_string())
                        .or_default()
                        .push(parent.to_string());
                }
            } else if quad.predicate.as_str() == plover_category {
                if let Some(category) = object.as_str().strip_prefix(vocab::PLOVER) {
                    plover.insert(class.to_string(), category.to_string());
                }
            }
        }
        let hash = hex(&Sha256::digest(turtle.as_bytes()));
        let mut lineage = FastMap::default();
        let subjects = quads.iter().filter_map(|quad| match &quad.subject {
            NamedOrBlankNode::NamedNode(node) => node.as_str().strip_prefix(DIP),
            NamedOrBlankNode::BlankNode(_) => None,
        });
        let classes: Vec<String> = parents
            .keys()
            .chain(parents.values().flatten())
            .map(String::as_str)
            .chain(subjects)
            .map(str::to_string)
            .collect();
        for class in &classes {
            if lineage.contains_key(class) {
                continue;
            }
            let classes = ancestry(&parents, class);
            let nodes = classes
                .iter()
                .map(|c| NamedNode::new_unchecked(vocab::dip(c)))
                .collect();
            lineage.insert(class.clone(), (classes, nodes));
        }
        Ok(Ontology {
            quads,
            hash,
            parents,
            plover,
            lineage,
        })
    }

    /// `class` and all its `dip:` superclasses, most specific first, each once.
    pub fn class_and_ancestors(&self, class: &str) -> Vec<String> {
        self.lineage_of(class).into_owned()
    }

    /// `class_and_ancestors`, borrowed when the class tree names the class.
    fn lineage_of(&self, class: &str) -> Cow<'_, [String]> {
        match self.lineage.get(class) {
            Some((classes, _)) => Cow::Borrowed(classes),
            None => Cow::Owned(ancestry(&self.parents, class)),
        }
    }

    /// The IRIs of `class_and_ancestors`.
    pub fn class_and_ancestor_nodes(&self, class: &str) -> Cow<'_, [NamedNode]> {
        match self.lineage.get(class) {
            Some((_, nodes)) => Cow::Borrowed(nodes),
            None => Cow::Owned(
                ancestry(&self.parents, class)
                    .iter()
                    .map(|c| NamedNode::new_unchecked(vocab::dip(c)))
                    .collect(),
            ),
        }
    }

    /// Whether `class` is a `dip:` class known to the ontology.
    pub fn is_event_class(&self, class: &str) -> bool {
        class == "Event" || self.lineage_of(class).iter().any(|c| c == "Event")
    }

    /// The PLOVER category of an event class, inherited from its superclasses if need be.
    pub fn plover_category(&self, class: &str) -> Option<&str> {
        self.lineage_of(class)
            .iter()
            .find_map(|c| self.plover.get(c))
            .map(String::as_str)
    }
}

/// `class` and all its superclasses in `parents`, most specific first, each once.
fn ancestry(parents: &BTreeMap<String, Vec<String>>, class: &str) -> Vec<String> {
    let mut out = vec![class.to_string()];
    let mut i = 0;
    while i < out.len() {
        if let Some(list) = parents.get(&out[i]) {
            for parent in list {
                if !out.contains(parent) {
                    out.push(parent.clone());
                }
            }
        }
        i += 1;
    }
    out
}

/// Renames the parser's random blank nodes `_:o1`, `_:o2`, … in order of appearance, so
/// the ontology graph is the same in every store and every export.
#[derive(Default)]
struct BlankNodeNames {
    names: std::collections::HashMap<BlankNode, BlankNode>,
}

impl BlankNodeNames {
    fn stable(&mut self, node: &BlankNode) -> BlankNode {
        let next = self.names.len() + 1;
        self.names
            .entry(node.clone())
            .or_insert_with(|| BlankNode::new_unchecked(format!("o{next}")))
            .clone()
    }
}

/// Lowercase hex of bytes: two digits a byte, taken from a table (the formatting
/// machinery cost more than the hash itself for every document mapped).
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Ontology, hex};

    #[test]
    fn hex_is_two_lowercase_digits_a_byte() {
        assert_eq!(hex(&[]), "");
        assert_eq!(hex(&[0x00, 0x0f, 0xa0, 0xff, 0x5c]), "000fa0ff5c");
        let every: Vec<u8> = (0..=255).collect();
        let expected: String = every.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex(&every), expected);
    }

    #[test]
    fn class_tree_and_plover_categories_come_from_the_turtle() {
        let ontology = Ontology::embedded().unwrap();
        assert_eq!(
            ontology.class_and_ancestors("Tariff"),
            ["Tariff", "Sanction", "Event"]
        );
        assert_eq!(
            ontology.class_and_ancestors("Attack"),
            ["Attack", "MilitaryAction", "Event"]
        );
        assert_eq!(ontology.plover_category("Visit"), Some("CONSULT"));
        assert_eq!(ontology.plover_category("Expulsion"), Some("SANCTION"));
        assert_eq!(ontology.plover_category("MilitaryAction"), None);
        assert!(ontology.is_event_class("Arrest"));
        assert!(!ontology.is_event_class("Country"));
        assert!(!ontology.quads.is_empty());
        let again = Ontology::embedded().unwrap();
        assert_eq!(
            ontology.quads, again.quads,
            "blank nodes are named the same on every parse"
        );
    }
}
