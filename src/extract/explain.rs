//! Explanations: for each sentence, the entities found in it and the triggers that fired,
//! so `entente extract --explain` can show why every fact was (or was not) extracted.

use serde::Serialize;

/// What the extractor saw in one sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SentenceTrace {
    /// Character offsets of the sentence in the article text.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Keys of the entities mentioned in it, in text order.
    pub entities: Vec<String>,
    /// (event class, rule id) of every trigger whose draft an event kept.
    pub triggers: Vec<(String, String)>,
    /// (event class, rule id) of the triggers whose draft no event kept: no side was
    /// found for them, or they were read as part of another act.
    pub dropped: Vec<(String, String)>,
}
