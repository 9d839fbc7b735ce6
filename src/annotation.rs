//! The annotation model: the extracted facts of one article as plain serde structs.
//!
//! This is entente's published interchange format. `entente extract` prints it as JSON,
//! `entente ingest` accepts it back (hand-corrected, or produced by another tool), and
//! `rdf` maps it to quads. Entity and event references are *keys*: the IRI path below
//! `ent:` (`country/CAN`, `person/mark-carney`, `org/huawei`, `place/beijing`,
//! `group/…`), so the model stays readable and the IRIs stay stable.

use serde::{Deserialize, Serialize};

/// Everything extracted from one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    pub document: DocumentMeta,
    #[serde(default)]
    pub entities: Vec<Entity>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub figures: Vec<TradeShare>,
    /// Problems met while reading or extracting (never fatal); not stored as RDF.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// The article itself: metadata and the normalized body text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentMeta {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// `YYYY-MM-DD` or an RFC 3339 date-time (`2026-01-16T06:24:00`, with or without offset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The path as given to ingest (`file.jsonl:3` for line 3 of a JSON Lines file).
    pub source_path: String,
    /// The normalized body: header lines and boilerplate removed, `\n` line ends, NFC.
    pub text: String,
}

/// The kinds of entity of the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntityKind {
    Country,
    Person,
    Organization,
    Group,
    Place,
}

/// One actor or place mentioned in the article (once, however often it recurs).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// IRI path below `ent:`, e.g. `country/CAN`, `person/mark-carney`.
    pub key: String,
    pub kind: EntityKind,
    /// Canonical name ("Xi Jinping", "Canada").
    pub label: String,
    /// Other names seen in the text ("Xi", "Beijing" used as the government).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alt_labels: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iso_code: Option<String>,
    /// Wikidata item id ("Q16").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<String>,
    /// A person's title ("Prime Minister").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Key of the country or organization a person or group acts for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// Key of the country an organization is based in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub based_in: Option<String>,
    /// Key of the place or country a place lies in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub located_in: Option<String>,
}

/// Whether an event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Status {
    #[default]
    Occurred,
    Ongoing,
    Planned,
    NotOccurred,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Occurred => "Occurred",
            Status::Ongoing => "Ongoing",
            Status::Planned => "Planned",
            Status::NotOccurred => "NotOccurred",
        }
    }
}

/// One real happening told by the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Most specific class of the contract, without prefix: `Visit`, `Tariff`, …
    pub class: String,
    /// Short readable summary ("Mark Carney visits China").
    pub label: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agents: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<String>,
    /// Further participants (agents and targets are participants too; the mapping says so).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<String>,
    /// Keys of places or countries where it happened.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<String>,
    /// Key of the organization (summit, body) it happened at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forum: Option<String>,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: the precision the text gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default)]
    pub status: Status,
    /// Topic concept names without prefix: `Trade`, `Steel`, …
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

/// The sentence a fact came from, and why it was extracted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub text: String,
    /// Character (not byte) offsets of the sentence in the normalized document text.
    pub start: usize,
    pub end: usize,
    /// Id of the lexicon entry or pattern that fired.
    pub rule: String,
}

/// A stated share of one country's exports going to another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TradeShare {
    /// Country key of the exporter (`country/CAN`).
    pub exporter: String,
    /// Country key of the buyer (`country/USA`).
    pub partner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// The percentage as written, as a decimal string ("75", "3.5").
    pub percent: String,
    /// `about`, `less than`, `more than` or `exactly`.
    pub comparator: String,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

/// The slug used in entity keys: lowercase ASCII letters and digits joined by `-`,
/// accents dropped ("Luiz Inácio Lula da Silva" → `luiz-inacio-lula-da-silva`).
pub fn slug(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(name.len());
    let mut pending_dash = false;
    if name.is_ascii() {
        // No accent to drop: the same steps on the bytes, without decomposing the name.
        for b in name.bytes() {
            if b.is_ascii_alphanumeric() {
                if pending_dash && !out.is_empty() {
                    out.push('-');
                }
                pending_dash = false;
                out.push(char::from(b.to_ascii_lowercase()));
            } else if b != b'\'' {
                pending_dash = true;
            }
        }
        return out;
    }
    for c in name.nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        if c.is_alphanumeric() {
            if pending_dash && !out.is_empty() {
                out.push('-');
            }
            pending_dash = false;
            out.extend(c.to_lowercase());
        } else if c != '\'' && c != '’' {
            pending_dash = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn slug_folds_accents_case_and_punctuation() {
        assert_eq!(
            slug("Luiz Inácio Lula da Silva"),
            "luiz-inacio-lula-da-silva"
        );
        assert_eq!(slug("Great Hall of the People"), "great-hall-of-the-people");
        assert_eq!(slug("  Côte d’Ivoire "), "cote-divoire");
        assert_eq!(slug("Al-Sharaa"), "al-sharaa");
        assert_eq!(slug("JSR"), "jsr");
    }
}
