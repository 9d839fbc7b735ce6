//! entente: news articles about international relations in, a diplomacy knowledge graph out.

pub mod annotation;
pub mod extract;
pub mod lexicon;
pub mod reader;
