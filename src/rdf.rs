//! RDF mapping: an annotation becomes the quads of one named graph under the contract's IRIs.
//!
//! Pure and deterministic: the same annotation gives the same quads in the same order.
//! Items that cannot be mapped (an unknown event class, a key that is no IRI) are skipped
//! and reported as warnings.

use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};

use crate::annotation::{Annotation, EntityKind, Evidence};
use crate::lexicon::FastMap;
use crate::ontology::{Ontology, hex};
use crate::vocab::{self, OWL, RDFS, SKOS, WD};

/// The quads of one document's graph.
#[derive(Debug, Clone)]
pub struct DocumentGraph {
    /// The document IRI, which is also the graph name.
    pub document: NamedNode,
    /// Full SHA-256 hex of the normalized text.
    pub content_hash: String,
    pub quads: Vec<Quad>,
    /// Items skipped because they could not be mapped.
    pub warnings: Vec<String>,
}

/// The document IRI for a normalized body text: `ent:doc/{first 16 hex of SHA-256}`.
pub fn document_iri(text: &str) -> (NamedNode, String) {
    let hash = hex(&Sha256::digest(text.as_bytes()));
    let mut path = String::with_capacity(vocab::ENT.len() + 4 + 16);
    path.push_str(vocab::ENT);
    path.push_str("doc/");
    path.push_str(&hash[..16]);
    let iri = NamedNode::new_unchecked(path);
    (iri, hash)
}

/// Maps an annotation to the quads of its document graph.
pub fn map(annotation: &Annotation, ontology: &Ontology) -> DocumentGraph {
    let doc = &annotation.document;
    let (document, content_hash) = document_iri(&doc.text);
    let short_hash = content_hash[..16].to_string();
    // Room for the quads of a typical document, so that the list is not copied as it grows.
    let expected = 16
        + 12 * annotation.entities.len()
        + 40 * annotation.events.len()
        + 30 * annotation.figures.len();
    let mut out = Writer {
        graph: GraphName::NamedNode(document.clone()),
        quads: Vec::with_capacity(expected),
        warnings: Vec::new(),
        ontology,
        entity_nodes: FastMap::default(),
        topic_nodes: FastMap::default(),
    };
    let d: NamedOrBlankNode = document.clone().into();

    out.types(&d, "Document");
    out.literal(&d, "title", Literal::new_simple_literal(&doc.title));
    if let Some(published) = &doc.published {
        match date_time_literal(published) {
            Some(literal) => out.literal(&d, "published", literal),
            None => out.warn(format!(
                "published date {published:?} is not an ISO date; left out"
            )),
        }
    }
    if let Some(author) = &doc.author {
        out.literal(&d, "author", Literal::new_simple_literal(author));
    }
    if let Some(url) = &doc.url {
        match NamedNode::new(url) {
            Ok(url) => out.push(&d, NamedNode::new_unchecked(vocab::dip("url")), url),
            Err(_) => out.warn(format!("url {url:?} is not an IRI; left out")),
        }
    }
    out.literal(
        &d,
        "sourcePath",
        Literal::new_simple_literal(&doc.source_path),
    );
    out.literal(&d, "text", Literal::new_simple_literal(&doc.text));
    out.literal(
        &d,
        "contentHash",
        Literal::new_simple_literal(&content_hash),
    );

    for entity in &annotation.entities {
        let Some(e) = out.entity_node(&entity.key) else {
            continue;
        };
        let subject: NamedOrBlankNode = e.clone().into();
        out.push(&d, vocab_node("mentions"), e);
        let class = match entity.kind {
            EntityKind::Country => "Country",
            EntityKind::Person => "Person",
            EntityKind::Organization => "Organization",
            EntityKind::Group => "Group",
            EntityKind::Place => "Place",
        };
        out.types(&subject, class);
        out.push(
            &subject,
            iri(RDFS, "label"),
            Literal::new_simple_literal(&entity.label),
        );
        for alt in &entity.alt_labels {
            out.push(
                &subject,
                iri(SKOS, "altLabel"),
                Literal::new_simple_literal(alt),
            );
        }
        if let Some(code) = &entity.iso_code {
            out.literal(&subject, "isoCode", Literal::new_simple_literal(code));
        }
        if let Some(qid) = &entity.wikidata {
            match NamedNode::new(vocab::joined(WD, qid)) {
                Ok(item) => out.push(&subject, iri(OWL, "sameAs"), item),
                Err(_) => out.warn(format!("wikidata id {qid:?} is not valid; left out")),
            }
        }
        if let Some(title) = &entity.title {
            out.literal(&subject, "title", Literal::new_simple_literal(title));
        }
        for (property, key) in [
            ("affiliation", &entity.affiliation),
            ("basedIn", &entity.based_in),
            ("locatedIn", &entity.located_in),
        ] {
            if let Some(node) = key.as_ref().and_then(|key| out.entity_node(key)) {
                out.push(&subject, vocab_node(property), node);
            }
        }
    }

    let mut n = 0;
    for event in &annotation.events {
        if !ontology.is_event_class(&event.class) {
            out.warn(format!(
                "unknown event class {:?}; event left out",
                event.class
            ));
            continue;
        }
        n += 1;
        let e = numbered_node("event/", &short_hash, n, None);
        let subject: NamedOrBlankNode = e.clone().into();
        out.types(&subject, &event.class);
        out.push(
            &subject,
            iri(RDFS, "label"),
            Literal::new_simple_literal(&event.label),
        );
        if let Some(category) = ontology.plover_category(&event.class) {
            out.push(
                &subject,
                vocab_node("plover"),
                NamedNode::new_unchecked(vocab::joined(vocab::PLOVER, category)),
            );
        }
        out.push(&subject, vocab_node("source"), document.clone());
        let mut participants: Vec<&String> = Vec::new();
        for (property, keys) in [("agent", &event.agents), ("target", &event.targets)] {
            for key in keys {
                if let Some(node) = out.entity_node(key) {
                    out.push(&subject, vocab_node(property), node);
                    participants.push(key);
                }
            }
        }
        participants.extend(event.participants.iter());
        let mut seen = Vec::new();
        for key in participants {
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            if let Some(node) = out.entity_node(key) {
                out.push(&subject, vocab_node("participant"), node);
            }
        }
        for key in &event.locations {
            if let Some(node) = out.entity_node(key) {
                out.push(&subject, vocab_node("location"), node);
            }
        }
        if let Some(node) = event.forum.as_ref().and_then(|key| out.entity_node(key)) {
            out.push(&subject, vocab_node("forum"), node);
        }
        if let Some(date) = &event.date {
            match partial_date_literal(date) {
                Some((literal, year)) => {
                    out.literal(&subject, "date", literal);
                    out.literal(
                        &subject,
                        "year",
                        Literal::new_typed_literal(year.to_string(), xsd::INTEGER),
                    );
                }
                None => out.warn(format!(
                    "event date {date:?} is not YYYY, YYYY-MM or YYYY-MM-DD; left out"
                )),
            }
        }
        out.push(
            &subject,
            vocab_node("status"),
            vocab_node(event.status.as_str()),
        );
        for topic in &event.topics {
            match out.topic_node(topic) {
                Some(node) => out.push(&subject, vocab_node("topic"), node),
                None => out.warn(format!("topic {topic:?} is not a valid name; left out")),
            }
        }
        out.evidence(&subject, &short_hash, n, &event.evidence);
    }

    for figure in &annotation.figures {
        n += 1;
        let o = numbered_node("event/", &short_hash, n, None);
        let subject: NamedOrBlankNode = o.clone().into();
        out.types(&subject, "TradeShare");
        out.push(&subject, vocab_node("source"), document.clone());
        for (property, key) in [("exporter", &figure.exporter), ("partner", &figure.partner)] {
            if let Some(node) = out.entity_node(key) {
                out.push(&subject, vocab_node(property), node);
            }
        }
        if let Some(year) = figure.year {
            out.literal(
                &subject,
                "year",
                Literal::new_typed_literal(year.to_string(), xsd::INTEGER),
            );
        }
        if is_decimal(&figure.percent) {
            out.literal(
                &subject,
                "percent",
                Literal::new_typed_literal(&figure.percent, xsd::DECIMAL),
            );
        } else {
            out.warn(format!(
                "percent {:?} is not a decimal number; left out",
                figure.percent
            ));
        }
        out.literal(
            &subject,
            "comparator",
            Literal::new_simple_literal(&figure.comparator),
        );
        out.evidence(&subject, &short_hash, n, &figure.evidence);
    }

    let mut warnings = annotation.warnings.clone();
    warnings.extend(out.warnings);
    DocumentGraph {
        document,
        content_hash,
        quads: out.quads,
        warnings,
    }
}

/// Accumulates the quads of one graph.
struct Writer<'a> {
    graph: GraphName,
    quads: Vec<Quad>,
    warnings: Vec<String>,
    ontology: &'a Ontology,
    /// The IRI (or none, when invalid) of each entity key met so far.
    entity_nodes: FastMap<String, Option<NamedNode>>,
    /// The IRI (or none, when invalid) of each topic met so far.
    topic_nodes: FastMap<String, Option<NamedNode>>,
}

impl Writer<'_> {
    fn push(&mut self, subject: &NamedOrBlankNode, predicate: NamedNode, object: impl Into<Term>) {
        self.quads.push(Quad::new(
            subject.clone(),
            predicate,
            object,
            self.graph.clone(),
        ));
    }

    fn literal(&mut self, subject: &NamedOrBlankNode, property: &str, value: Literal) {
        self.push(subject, vocab_node(property), value);
    }

    /// `rdf:type` for `class` and each of its superclasses.
    fn types(&mut self, subject: &NamedOrBlankNode, class: &str) {
        let ontology = self.ontology;
        for node in ontology.class_and_ancestor_nodes(class).iter() {
            self.push(subject, rdf::TYPE.into_owned(), node.clone());
        }
    }

    fn warn(&mut self, message: String) {
        self.warnings.push(message);
    }

    /// The IRI of a topic, checked once per document.
    fn topic_node(&mut self, topic: &str) -> Option<NamedNode> {
        if let Some(node) = self.topic_nodes.get(topic) {
            return node.clone();
        }
        let node = NamedNode::new(vocab::dip(topic)).ok();
        self.topic_nodes.insert(topic.to_string(), node.clone());
        node
    }

    /// The IRI of an entity key, or a warning when the key makes no valid IRI.
    fn entity_node(&mut self, key: &str) -> Option<NamedNode> {
        // Keys come back for every mention, agent and place: each is checked once.
        let known = match self.entity_nodes.get(key) {
            Some(node) => node.clone(),
            None => {
                let valid = !key.is_empty()
                    && !key.contains(|c: char| c.is_whitespace() || "<>\"{}|^`\\".contains(c));
                let node = if !valid {
                    None
                } else if is_plain_path(key) {
                    Some(NamedNode::new_unchecked(vocab::ent(key)))
                } else {
                    NamedNode::new(vocab::ent(key)).ok()
                };
                self.entity_nodes.insert(key.to_string(), node.clone());
                node
            }
        };
        match known {
            Some(node) => Some(node),
            None => {
                self.warn(format!("entity key {key:?} makes no valid IRI; left out"));
                None
            }
        }
    }

    fn evidence(
        &mut self,
        subject: &NamedOrBlankNode,
        short_hash: &str,
        n: usize,
        evidence: &[Evidence],
    ) {
        for (k, ev) in evidence.iter().enumerate() {
            let node = numbered_node("evidence/", short_hash, n, Some(k + 1));
            self.push(subject, vocab_node("evidence"), node.clone());
            let node: NamedOrBlankNode = node.into();
            self.types(&node, "Evidence");
            self.literal(&node, "text", Literal::new_simple_literal(&ev.text));
            self.literal(
                &node,
                "start",
                Literal::new_typed_literal(ev.start.to_string(), xsd::INTEGER),
            );
            self.literal(
                &node,
                "end",
                Literal::new_typed_literal(ev.end.to_string(), xsd::INTEGER),
            );
            self.literal(&node, "rule", Literal::new_simple_literal(&ev.rule));
        }
    }
}

/// `ent:{kind}{short_hash}-{n}` (`-{k}` appended when given): event and evidence IRIs.
fn numbered_node(kind: &str, short_hash: &str, n: usize, k: Option<usize>) -> NamedNode {
    let mut iri = String::with_capacity(vocab::ENT.len() + kind.len() + short_hash.len() + 12);
    iri.push_str(vocab::ENT);
    iri.push_str(kind);
    iri.push_str(short_hash);
    iri.push('-');
    push_decimal(&mut iri, n);
    if let Some(k) = k {
        iri.push('-');
        push_decimal(&mut iri, k);
    }
    NamedNode::new_unchecked(iri)
}

/// Appends the decimal digits of `n` to `out`, as `write!(out, "{n}")` would, without the
/// formatting machinery (asked twice for every evidence IRI).
fn push_decimal(out: &mut String, n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        // A digit: `rest % 10` is below 10.
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for &digit in &digits[at..] {
        out.push(char::from(digit));
    }
}

/// Whether `path` holds only unreserved ASCII characters (letters, digits, `-._~`) and
/// `/`, as nearly every entity key does ("country/CAN", "person/ana-ruiz"): such a path
/// after the `ent:` namespace always makes a valid IRI, which is then not parsed again.
fn is_plain_path(path: &str) -> bool {
    path.bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/'))
}

fn vocab_node(local: &str) -> NamedNode {
    iri(vocab::DIP, local)
}

/// `namespace` then `local`, written into a string of their size (`concat` goes through
/// the general join, which costs more than the two copies for every quad's predicate).
fn iri(namespace: &str, local: &str) -> NamedNode {
    NamedNode::new_unchecked(vocab::joined(namespace, local))
}

/// `YYYY-MM-DD` as `xsd:date`; anything longer that starts so as `xsd:dateTime`.
fn date_time_literal(value: &str) -> Option<Literal> {
    let date = value.get(..10)?;
    partial_date_literal(date).filter(|_| date.len() == 10)?;
    if value.len() == 10 {
        return Some(Literal::new_typed_literal(value, xsd::DATE));
    }
    let time = value.get(10..)?;
    // `get`, not indexing: byte 9 may fall inside a character of a hostile annotation.
    let valid = time.starts_with('T')
        && time.get(1..9).is_some_and(|clock| {
            clock.chars().enumerate().all(|(i, c)| {
                if i == 2 || i == 5 {
                    c == ':'
                } else {
                    c.is_ascii_digit()
                }
            })
        });
    valid.then(|| Literal::new_typed_literal(value, xsd::DATE_TIME))
}

/// A date at the precision given: `xsd:date`, `xsd:gYearMonth` or `xsd:gYear`, with its year.
fn partial_date_literal(value: &str) -> Option<(Literal, i32)> {
    let parts: Vec<&str> = value.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_digit());
    let year: i32 = parts.first().filter(|y| digits(y, 4))?.parse().ok()?;
    let datatype = match parts.as_slice() {
        [_] => xsd::G_YEAR,
        [_, m] if digits(m, 2) && (1..=12).contains(&m.parse::<u32>().ok()?) => xsd::G_YEAR_MONTH,
        [_, m, d] if digits(m, 2) && digits(d, 2) => {
            chrono::NaiveDate::from_ymd_opt(year, m.parse().ok()?, d.parse().ok()?)?;
            xsd::DATE
        }
        _ => return None,
    };
    Some((Literal::new_typed_literal(value, datatype), year))
}

fn is_decimal(value: &str) -> bool {
    let digits = value.strip_prefix('-').unwrap_or(value);
    let mut parts = digits.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    !whole.is_empty()
        && whole.chars().all(|c| c.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::{date_time_literal, is_decimal, partial_date_literal, push_decimal};
    use crate::vocab;
    use oxigraph::model::NamedNode;

    #[test]
    fn dates_keep_their_precision() {
        let datatype = |v: &str| {
            partial_date_literal(v).map(|(l, y)| {
                (
                    l.datatype()
                        .as_str()
                        .rsplit('#')
                        .next()
                        .unwrap()
                        .to_string(),
                    y,
                )
            })
        };
        assert_eq!(datatype("2026-01-16"), Some(("date".into(), 2026)));
        assert_eq!(datatype("2025-10"), Some(("gYearMonth".into(), 2025)));
        assert_eq!(datatype("2018"), Some(("gYear".into(), 2018)));
        assert_eq!(datatype("2026-02-30"), None);
        assert_eq!(datatype("2026-13"), None);
        assert_eq!(datatype("18"), None);
    }

    #[test]
    fn published_is_a_date_or_a_date_time() {
        assert!(date_time_literal("2026-01-16").is_some());
        assert!(date_time_literal("2026-01-16T06:24:00").is_some());
        assert!(date_time_literal("2026-02-11T13:45:00Z").is_some());
        assert!(date_time_literal("January 16").is_none());
        assert!(date_time_literal("2026-01-16 06:24").is_none());
    }

    #[test]
    fn a_date_time_cut_inside_a_character_is_no_date_time() {
        assert_eq!(date_time_literal("2024-01-01T1234567é"), None);
        assert_eq!(date_time_literal("2024-01-01Té2:00:00"), None);
    }

    #[test]
    fn plain_paths_make_valid_iris() {
        for path in [
            "country/CAN",
            "person/ana-ruiz",
            "org/a.b_c~d",
            "place//x",
            "../.",
        ] {
            assert!(super::is_plain_path(path), "{path}");
            assert!(NamedNode::new(vocab::ent(path)).is_ok(), "{path}");
        }
        for path in ["person/josé", "a b", "x%20y", "q?r", "s#t"] {
            assert!(!super::is_plain_path(path), "{path}");
        }
    }

    #[test]
    fn decimals_are_written_as_formatting_writes_them() {
        for n in [0, 1, 9, 10, 42, 99, 100, 12_345, 1_000_000, usize::MAX] {
            let mut out = String::from("x-");
            push_decimal(&mut out, n);
            assert_eq!(out, format!("x-{n}"));
        }
    }

    #[test]
    fn percentages_must_be_decimals() {
        assert!(is_decimal("75") && is_decimal("3.5") && is_decimal("-1.25"));
        assert!(!is_decimal("") && !is_decimal("7.") && !is_decimal("75%") && !is_decimal("1e3"));
    }
}
