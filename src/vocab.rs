//! Namespaces of the contract and the prefixes every query and export knows.

/// `dip:`, the classes and properties of the diplomacy ontology.
pub const DIP: &str = "https://w3id.org/entente/ontology#";
/// `ent:`, resources minted by the converter.
pub const ENT: &str = "https://w3id.org/entente/id/";
/// `plover:`, the PLOVER event categories.
pub const PLOVER: &str = "https://w3id.org/entente/plover#";
/// `wd:`, Wikidata items.
pub const WD: &str = "http://www.wikidata.org/entity/";
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";

/// The graph holding the ontology in every store.
pub const ONTOLOGY_GRAPH: &str = "https://w3id.org/entente/id/graph/ontology";

/// The prefixes predeclared in every query and used by every export, in display order.
pub const PREFIXES: &[(&str, &str)] = &[
    ("dip", DIP),
    ("ent", ENT),
    ("plover", PLOVER),
    ("wd", WD),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("owl", OWL),
    ("xsd", XSD),
    ("skos", SKOS),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("schema", "http://schema.org/"),
    ("dcterms", "http://purl.org/dc/terms/"),
];

/// `dip:{local}` as a full IRI.
pub fn dip(local: &str) -> String {
    joined(DIP, local)
}

/// `ent:{path}` as a full IRI.
pub fn ent(path: &str) -> String {
    joined(ENT, path)
}

/// `namespace` then `local`, in a string of their size: as `format!("{namespace}{local}")`
/// gives, without the formatting machinery (asked for IRIs of every mapped document).
pub fn joined(namespace: &str, local: &str) -> String {
    let mut iri = String::with_capacity(namespace.len() + local.len());
    iri.push_str(namespace);
    iri.push_str(local);
    iri
}

/// The shortest `prefix:local` form of `iri` for display (`ent:country/CAN`), if any.
pub fn shorten<'a>(
    iri: &str,
    prefixes: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    for (name, namespace) in prefixes {
        if let Some(local) = iri.strip_prefix(namespace) {
            let longer = best.as_ref().is_none_or(|(len, _)| namespace.len() > *len);
            if longer && is_readable_local_name(local) {
                best = Some((namespace.len(), format!("{name}:{local}")));
            }
        }
    }
    best.map(|(_, short)| short)
}

/// Whether `local` reads well after `prefix:`: letters, digits, `_ - . /`, no final dot.
fn is_readable_local_name(local: &str) -> bool {
    local
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '/'))
        && !local.ends_with('.')
        && !local.starts_with(['.', '-', '/'])
}

#[cfg(test)]
mod tests {
    use super::{DIP, ENT, PREFIXES, dip, ent, joined, shorten};

    #[test]
    fn namespaces_join_their_local_names_as_formatting_does() {
        assert_eq!(dip("Visit"), format!("{DIP}Visit"));
        assert_eq!(ent("country/CAN"), format!("{ENT}country/CAN"));
        assert_eq!(joined("a#", ""), "a#");
        assert_eq!(joined("", "é"), "é");
    }

    #[test]
    fn shortens_with_the_longest_matching_namespace() {
        let p = PREFIXES.iter().copied();
        assert_eq!(
            shorten("https://w3id.org/entente/ontology#Visit", p.clone()).as_deref(),
            Some("dip:Visit")
        );
        assert_eq!(
            shorten("http://www.wikidata.org/entity/Q16", p.clone()).as_deref(),
            Some("wd:Q16")
        );
        assert_eq!(shorten("https://example.org/x", p.clone()), None);
    }

    #[test]
    fn shortens_paths_for_display_but_not_odd_local_names() {
        let p = PREFIXES.iter().copied();
        assert_eq!(
            shorten("https://w3id.org/entente/id/country/CAN", p.clone()).as_deref(),
            Some("ent:country/CAN")
        );
        assert_eq!(
            shorten("https://w3id.org/entente/ontology#a.", p.clone()),
            None
        );
        assert_eq!(shorten("https://w3id.org/entente/ontology#a b", p), None);
    }
}
