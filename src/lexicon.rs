//! Lexicons: the actor, title, event and topic vocabularies kept as data in `ontology/`.
//!
//! The files are compiled into the binary; `--lexicons DIR` loads a user's copies instead.

use std::path::Path;

use anyhow::Result;

/// Every lexicon the extractor uses, parsed and indexed.
#[derive(Debug, Default)]
pub struct Lexicon {}

impl Lexicon {
    /// The lexicons compiled into the binary.
    pub fn embedded() -> Result<Lexicon> {
        Ok(Lexicon {})
    }

    /// Lexicons read from a folder holding the same files as `ontology/`.
    pub fn from_dir(dir: &Path) -> Result<Lexicon> {
        let _ = dir;
        Ok(Lexicon {})
    }
}
