//! Reader, extractor and RDF mapping on arbitrary bytes: no panic, and the quads of every
//! document are valid RDF in its own graph (they serialize to N-Quads and parse back).
//!
//! The first byte picks the file name (and so the input form); the rest is the file.

#![no_main]

use std::collections::HashSet;
use std::sync::LazyLock;

use entente::extract::extract;
use entente::lexicon::Lexicon;
use entente::ontology::Ontology;
use entente::rdf::map;
use entente::reader::{Input, read};
use libfuzzer_sys::fuzz_target;
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphName, Quad};

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::embedded().unwrap());
static ONTOLOGY: LazyLock<Ontology> = LazyLock::new(|| Ontology::embedded().unwrap());

const PATHS: [&str; 6] = [
    "in/a.txt",
    "in/a.md",
    "in/a.jsonl",
    "in/a.json",
    "in/a",
    "in/a.ndjson",
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let path = PATHS[usize::from(pick) % PATHS.len()];
    for input in read(path, bytes) {
        let annotation = match input {
            Ok(Input::Article(article)) => extract(&article, &LEXICON),
            Ok(Input::Annotation(annotation)) => *annotation,
            Err(problem) => {
                let line = problem.to_string();
                assert!(line.starts_with(path), "{line}");
                continue;
            }
        };
        let graph = map(&annotation, &ONTOLOGY);
        let name = GraphName::NamedNode(graph.document.clone());
        let mut serializer = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(Vec::new());
        for quad in &graph.quads {
            assert_eq!(quad.graph_name, name);
            serializer.serialize_quad(quad).unwrap();
        }
        let text = serializer.finish().unwrap();
        let parsed: HashSet<Quad> = RdfParser::from_format(RdfFormat::NQuads)
            .for_slice(&text)
            .collect::<Result<_, _>>()
            .expect("the N-Quads parse back");
        assert_eq!(parsed, graph.quads.iter().cloned().collect::<HashSet<_>>());
    }
});
