//! Properties of the pure core, over generated input: reading never panics and reports one
//! line per problem; extraction never panics, is deterministic, and what it gives (like
//! any annotation a user hands in) maps to valid RDF: the quads serialize to N-Quads and
//! parse back to the same set, all in the document's graph.

use std::collections::HashSet;
use std::sync::LazyLock;

use entente::annotation::{
    Annotation, DocumentMeta, Entity, EntityKind, Event, Evidence, Status, TradeShare,
};
use entente::extract::extract;
use entente::lexicon::Lexicon;
use entente::ontology::Ontology;
use entente::rdf::{DocumentGraph, map};
use entente::reader::{Input, read};
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphName, Quad};
use proptest::prelude::*;

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::embedded().unwrap());
static ONTOLOGY: LazyLock<Ontology> = LazyLock::new(|| Ontology::embedded().unwrap());

/// Cases per property; `PROPTEST_CASES` overrides it for a longer run.
fn config() -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(256),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

const WORDS: &[&str] = &[
    "Canada",
    "Norway",
    "China",
    "the United States",
    "Côte d’Ivoire",
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Mark Carney",
    "Xi Jinping",
    "said",
    "met",
    "visited",
    "signed",
    "agreement",
    "sanctions",
    "expelled",
    "ambassador",
    "talks",
    "summit",
    "in",
    "Beijing",
    "Geneva",
    "on",
    "Tuesday",
    "March 3, 2024",
    "2024-03-03",
    "last year",
    "45%",
    "$2.5 billion",
    "NATO",
    "the UN",
    "will",
    "not",
    "planned",
    "he",
    "she",
    "they",
    "its",
    "外交部",
    "北京",
    "وزير الخارجية",
    "Москва",
    "🤝",
    "👩🏽‍💼",
    "e\u{301}",
];
const MARKS: &[&str] = &[
    ".", ",", "\"", "“", "”", "'", "’", "(", ")", ":", ";", "—", "-", "…", "\n", "\n\n", "\t",
    "\r\n", "#", "*", "|", "<", ">", "&", "\\", "{", "}",
];

/// Text that looks a little like news, with hostile bits mixed in.
fn newsy(max_parts: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            6 => prop::sample::select(WORDS).prop_map(str::to_string),
            3 => prop::sample::select(MARKS).prop_map(str::to_string),
            1 => "\\PC{0,16}",
            1 => any::<char>().prop_map(String::from),
        ],
        0..max_parts,
    )
    .prop_map(|parts| parts.join(" "))
}

/// A file as ingest might meet it: path (telling the form) and bytes.
fn file() -> impl Strategy<Value = (String, Vec<u8>)> {
    prop_oneof![
        (newsy(12), newsy(300)).prop_map(|(title, body)| (
            "in/a.txt".to_string(),
            format!("{title}\n\n{body}").into_bytes()
        )),
        (newsy(12), newsy(20), newsy(300)).prop_map(|(title, date, body)| (
            "in/a.md".to_string(),
            format!("---\ntitle: {title}\npublished: {date}\n---\n\n{body}").into_bytes()
        )),
        prop::collection::vec((newsy(12), newsy(100), newsy(6)), 1..5).prop_map(|lines| {
            let text: Vec<String> = lines
                .into_iter()
                .map(|(title, text, published)| {
                    serde_json::json!({"title": title, "text": text, "published": published})
                        .to_string()
                })
                .collect();
            ("in/a.jsonl".to_string(), text.join("\n").into_bytes())
        }),
        (
            prop::sample::select(&["in/a.txt", "in/a.md", "in/a.jsonl", "in/a.json", "in/a"][..]),
            prop::collection::vec(any::<u8>(), 0..600)
        )
            .prop_map(|(path, bytes)| (path.to_string(), bytes)),
    ]
}

/// Any annotation a user could hand in as `.json`: strings of every kind everywhere.
fn annotation() -> impl Strategy<Value = Annotation> {
    let text = || prop_oneof![newsy(6), "\\PC{0,24}", ".{0,12}"];
    let key = || {
        prop_oneof![
            prop::sample::select(&["country/CAN", "person/mark-carney", "org/un", "place/x"][..])
                .prop_map(str::to_string),
            "\\PC{0,16}",
        ]
    };
    let date = || {
        prop_oneof![
            prop::sample::select(
                &[
                    "2024",
                    "2024-03",
                    "2024-03-03",
                    "2024-02-30",
                    "2024-03-03T10:00:00Z",
                    "2024-01-01T1234567é",
                    "0000-00-00",
                ][..]
            )
            .prop_map(str::to_string),
            "\\PC{0,24}",
        ]
    };
    let evidence =
        (text(), any::<usize>(), any::<usize>(), text()).prop_map(|(text, start, end, rule)| {
            Evidence {
                text,
                start,
                end,
                rule,
            }
        });
    let kind = prop::sample::select(
        &[
            EntityKind::Country,
            EntityKind::Person,
            EntityKind::Organization,
            EntityKind::Group,
            EntityKind::Place,
        ][..],
    );
    let entity = (
        key(),
        kind,
        text(),
        prop::collection::vec(text(), 0..3),
        prop::option::of(text()),
        prop::option::of(text()),
        prop::option::of(text()),
        prop::option::of(key()),
        prop::option::of(key()),
    )
        .prop_map(
            |(key, kind, label, alt_labels, iso_code, wikidata, title, affiliation, based_in)| {
                Entity {
                    key,
                    kind,
                    label,
                    alt_labels,
                    iso_code,
                    wikidata,
                    title,
                    affiliation,
                    based_in: based_in.clone(),
                    located_in: based_in,
                }
            },
        );
    let status = prop::sample::select(
        &[
            Status::Occurred,
            Status::Ongoing,
            Status::Planned,
            Status::NotOccurred,
        ][..],
    );
    let class = prop_oneof![
        prop::sample::select(&["Visit", "Meeting", "Sanction", "Expulsion", "Event"][..])
            .prop_map(str::to_string),
        "\\PC{0,12}",
    ];
    let event = (
        class,
        text(),
        prop::collection::vec(key(), 0..3),
        prop::collection::vec(key(), 0..2),
        prop::option::of(key()),
        prop::option::of(date()),
        status,
        prop::collection::vec(text(), 0..2),
        prop::collection::vec(evidence.clone(), 0..2),
    )
        .prop_map(
            |(class, label, agents, targets, forum, date, status, topics, evidence)| Event {
                class,
                label,
                agents: agents.clone(),
                targets: targets.clone(),
                participants: agents,
                locations: targets,
                forum,
                date,
                status,
                topics,
                evidence,
            },
        );
    let figure = (
        key(),
        key(),
        prop::option::of(any::<i32>()),
        prop_oneof![Just("12.5".to_string()), "\\PC{0,6}"],
        text(),
        prop::collection::vec(evidence, 0..2),
    )
        .prop_map(
            |(exporter, partner, year, percent, comparator, evidence)| TradeShare {
                exporter,
                partner,
                year,
                percent,
                comparator,
                evidence,
            },
        );
    let document = (
        text(),
        prop::option::of(text()),
        prop::option::of(date()),
        prop::option::of(prop_oneof![
            Just("https://example.org/news/1".to_string()),
            "\\PC{0,20}"
        ]),
        text(),
        newsy(60),
    )
        .prop_map(
            |(title, author, published, url, source_path, text)| DocumentMeta {
                title,
                author,
                published,
                url,
                source_path,
                text,
            },
        );
    (
        document,
        prop::collection::vec(entity, 0..4),
        prop::collection::vec(event, 0..3),
        prop::collection::vec(figure, 0..2),
    )
        .prop_map(|(document, entities, events, figures)| Annotation {
            document,
            entities,
            events,
            figures,
            warnings: Vec::new(),
        })
}

/// The graph's quads are valid RDF, all in the document's graph, and survive a round trip
/// through N-Quads unchanged.
fn assert_valid_rdf(graph: &DocumentGraph) -> Result<(), TestCaseError> {
    let name = GraphName::NamedNode(graph.document.clone());
    for quad in &graph.quads {
        prop_assert_eq!(&quad.graph_name, &name);
    }
    let mut serializer = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(Vec::new());
    for quad in &graph.quads {
        serializer.serialize_quad(quad).unwrap();
    }
    let text = serializer.finish().unwrap();
    let parsed: HashSet<Quad> = RdfParser::from_format(RdfFormat::NQuads)
        .for_slice(&text)
        .collect::<Result<_, _>>()
        .map_err(|e| {
            TestCaseError::fail(format!(
                "the N-Quads do not parse back: {e}\n{}",
                String::from_utf8_lossy(&text)
            ))
        })?;
    let original: HashSet<Quad> = graph.quads.iter().cloned().collect();
    prop_assert_eq!(parsed, original);
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn reading_any_file_never_panics_and_each_problem_is_one_line((path, bytes) in file()) {
        for input in read(&path, &bytes) {
            if let Err(problem) = input {
                let line = problem.to_string();
                prop_assert!(line.starts_with(&path), "{}", line);
                prop_assert!(!line.contains('\n'), "{:?}", line);
            }
        }
    }

    #[test]
    fn extraction_never_panics_is_deterministic_and_maps_to_valid_rdf((path, bytes) in file()) {
        for input in read(&path, &bytes).into_iter().flatten() {
            let annotation = match input {
                Input::Article(article) => {
                    let first = extract(&article, &LEXICON);
                    prop_assert_eq!(&first, &extract(&article, &LEXICON));
                    first
                }
                Input::Annotation(annotation) => *annotation,
            };
            let graph = map(&annotation, &ONTOLOGY);
            assert_valid_rdf(&graph)?;
            prop_assert_eq!(&graph.quads, &map(&annotation, &ONTOLOGY).quads);
        }
    }

    #[test]
    fn any_annotation_handed_in_maps_to_valid_rdf(annotation in annotation()) {
        let graph = map(&annotation, &ONTOLOGY);
        assert_valid_rdf(&graph)?;
    }
}
