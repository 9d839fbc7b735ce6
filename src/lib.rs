//! entente: news articles about international relations in, a diplomacy knowledge graph out.

pub mod allocator;
pub mod annotation;
pub mod backend;
pub mod calendar;
pub mod cli;
pub mod commands;
pub mod config;
pub mod extract;
pub mod lexicon;
pub mod ontology;
pub mod rdf;
pub mod reader;
pub mod remote;
pub mod render;
pub mod repl;
pub mod sparql;
pub mod store;
pub mod vocab;

pub use commands::run;

/// Whether an error comes from writing to a closed pipe (`entente query … | head`).
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
