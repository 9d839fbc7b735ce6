//! The working document: a text with its tokens and sentences, and helpers to look at them.

use crate::extract::sentences::{Sentence, split};
use crate::extract::tokens::{Token, tokenize};
use crate::lexicon::Lexicon;

/// A tokenized text (the body, or the headline) ready for extraction.
#[derive(Debug, Clone)]
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Tokens of the dateline place, if the text opens with a dateline.
    pub dateline: Option<(usize, usize)>,
    /// Sentence index of each token (`usize::MAX` for stripped tokens).
    pub sentence_of: Vec<usize>,
    /// Added to character positions so headline mentions sort after the body.
    pub position_base: usize,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str, lex: &Lexicon, position_base: usize) -> Doc<'a> {
        let tokens = tokenize(text);
        let parts = split(&tokens, text, lex);
        let mut sentence_of = vec![usize::MAX; tokens.len()];
        for (si, s) in parts.sentences.iter().enumerate() {
            for slot in &mut sentence_of[s.start..s.end] {
                *slot = si;
            }
        }
        Doc {
            text,
            tokens,
            sentences: parts.sentences,
            dateline: parts.dateline,
            sentence_of,
            position_base,
        }
    }

    pub fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    pub fn lower(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.lower.as_str())
    }

    pub fn cap(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.is_capitalized(self.text))
    }

    /// Text of tokens `start..end` as written.
    pub fn span(&self, start: usize, end: usize) -> &str {
        if start >= end || end > self.tokens.len() {
            return "";
        }
        &self.text[self.tokens[start].start..self.tokens[end - 1].end]
    }

    pub fn position(&self, i: usize) -> usize {
        self.position_base + self.tokens.get(i).map_or(0, |t| t.cstart)
    }

    /// True when tokens `i` and `j` lie in the same sentence.
    pub fn same_sentence(&self, i: usize, j: usize) -> bool {
        let (a, b) = (self.sentence_of.get(i), self.sentence_of.get(j));
        a.is_some() && a == b && *a.unwrap_or(&usize::MAX) != usize::MAX
    }

    /// Whether the lowercase tokens at `i` spell `phrase`.
    pub fn phrase_at(&self, i: usize, phrase: &[String]) -> bool {
        phrase
            .iter()
            .enumerate()
            .all(|(k, w)| self.lower(i + k) == w)
    }

    /// Whether the lowercase tokens ending just before `end` spell `phrase`.
    pub fn phrase_before(&self, end: usize, phrase: &[String]) -> bool {
        end >= phrase.len() && self.phrase_at(end - phrase.len(), phrase)
    }
}
