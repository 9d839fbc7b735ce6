//! The working document: a text with its tokens and sentences, and helpers to look at them.

use crate::extract::buffers::{self, Buffers};
use crate::extract::sentences::{Sentence, split};
use crate::extract::tokens::{Token, TokenKind, tokenize_into};
use crate::lexicon::{FastMap, Lexicon, NO_WORD, WordSet};

/// Word classes of a token, looked up once per document (bit flags).
pub mod class {
    pub const PREPOSITION: u16 = 1;
    pub const BARRIER: u16 = 1 << 1;
    pub const TITLE_MODIFIER: u16 = 1 << 2;
    pub const NOT_NAME: u16 = 1 << 3;
    pub const SPEECH: u16 = 1 << 4;
    pub const TRIGGER: u16 = 1 << 5;
    pub const BE: u16 = 1 << 6;
    pub const HAVE: u16 = 1 << 7;
    pub const CAPITALIZED: u16 = 1 << 8;
    pub const HONORIFIC: u16 = 1 << 9;
}

/// The word classes of every lowercase word in one (all the `class` bits but
/// `CAPITALIZED`), built once per lexicon: [`Doc::new`] then looks each token up once.
pub fn word_classes(lex: &Lexicon) -> FastMap<String, u16> {
    let mut table: FastMap<String, u16> = FastMap::default();
    let sets: [(&WordSet, u16); 7] = [
        (&lex.sets.prepositions, class::PREPOSITION),
        (&lex.sets.barriers, class::BARRIER),
        (&lex.title_modifiers, class::TITLE_MODIFIER),
        (&lex.sets.not_names, class::NOT_NAME),
        (&lex.speech_forms, class::SPEECH),
        (&lex.sets.be, class::BE),
        (&lex.sets.have, class::HAVE),
    ];
    for (set, bit) in sets {
        for word in set {
            *table.entry(word.clone()).or_default() |= bit;
        }
    }
    for word in lex.trigger_index.keys() {
        *table.entry(word.clone()).or_default() |= class::TRIGGER;
    }
    table
}

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
    /// Word classes of each token (`class::…` bits).
    pub classes: Vec<u16>,
    /// Length of the title head starting at each token ("Prime Minister" → 2), 0 if none.
    pub title_len: Vec<u8>,
    /// Index in `Lexicon::name_lists` of the name phrases each token opens (`NO_WORD`: none).
    pub names: Vec<u32>,
}

/// The per-token lists go back to the thread's spare ones, for the next document.
impl Drop for Doc<'_> {
    fn drop(&mut self) {
        buffers::give_back(Buffers {
            tokens: std::mem::take(&mut self.tokens),
            sentence_of: std::mem::take(&mut self.sentence_of),
            classes: std::mem::take(&mut self.classes),
            title_len: std::mem::take(&mut self.title_len),
            names: std::mem::take(&mut self.names),
        });
    }
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str, lex: &Lexicon, position_base: usize) -> Doc<'a> {
        // The lists are those of the thread's previous document, emptied: see `buffers`.
        let Buffers {
            mut tokens,
            mut sentence_of,
            mut classes,
            mut title_len,
            mut names,
        } = buffers::take();
        tokenize_into(text, &mut tokens);
        classes.reserve(tokens.len());
        names.reserve(tokens.len());
        for t in &mut tokens {
            let info = lex.word_info(&t.lower);
            t.word = info.id;
            let mut c = info.classes;
            if t.is_capitalized(text) {
                c |= class::CAPITALIZED;
            }
            classes.push(c);
            let opens_names = t.kind == TokenKind::Word || t.kind == TokenKind::Number;
            names.push(if opens_names { info.names } else { NO_WORD });
        }
        let parts = split(&tokens, text, lex);
        sentence_of.resize(tokens.len(), usize::MAX);
        for (si, s) in parts.sentences.iter().enumerate() {
            for slot in &mut sentence_of[s.start..s.end] {
                *slot = si;
            }
        }
        title_len.resize(tokens.len(), 0);
        let mut doc = Doc {
            text,
            tokens,
            sentences: parts.sentences,
            dateline: parts.dateline,
            sentence_of,
            position_base,
            classes,
            title_len,
            names,
        };
        for i in 0..doc.tokens.len() {
            let n = lex.title_heads.longest_at(&doc.tokens, i);
            if n > 0 && (1..n).all(|k| doc.same_sentence(i, i + k)) && !doc.given_name_at(lex, i, n)
            {
                doc.title_len[i] = n.min(255) as u8;
            }
            // "Mr", and "Mr" "." both: the honorific's full stop is part of it.
            let honorific = lex.honorifics.longest_at(&doc.tokens, i);
            for k in i..(i + honorific).min(doc.classes.len()) {
                doc.classes[k] |= class::HONORIFIC;
            }
        }
        doc
    }

    /// Whether the one-word title head at `i` is a given name opening a name ("Amir Khan
    /// Muttaqi"): a head that is also a given name, capitalized, before a capitalized word
    /// that is no honorific, and after no article, possessive, title word or name word
    /// ("the Amir", "Kuwait's Amir", "Qatari Amir Sheikh Tamim" keep the title).
    fn given_name_at(&self, lex: &Lexicon, i: usize, head_len: usize) -> bool {
        if head_len != 1
            || !self.cap(i)
            || !lex.given_name_titles.contains(self.lower(i))
            || !self.capitalized_word_after(i)
            || lex.honorifics.longest_at(&self.tokens, i + 1) > 0
        {
            return false;
        }
        let opens_sentence = i == 0 || !self.same_sentence(i - 1, i);
        opens_sentence
            || !(self.cap(i - 1)
                || self.possessive_at(i - 1)
                || matches!(self.lower(i - 1), "the" | "his" | "her")
                || lex.title_modifiers.contains(self.lower(i - 1)))
    }

    /// Whether token `i` has all the word-class bits of `bits`.
    #[inline]
    pub fn is(&self, i: usize, bits: u16) -> bool {
        self.classes.get(i).is_some_and(|c| c & bits == bits)
    }

    #[inline]
    pub fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.lower.as_str())
    }

    /// Whether token `i` is a possessive `'s` (false past the end).
    #[inline]
    pub fn possessive_at(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
    }

    /// Whether token `i` starts with an uppercase letter.
    #[inline]
    pub fn cap(&self, i: usize) -> bool {
        self.is(i, class::CAPITALIZED)
    }

    /// Whether the token after `i` is a capitalized word of the same sentence, where a
    /// name may go on.
    pub fn capitalized_word_after(&self, i: usize) -> bool {
        self.same_sentence(i, i + 1)
            && self.cap(i + 1)
            && self
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// Start of the articles ("the", "a", "an") right before token `start`, not before
    /// `floor`: `start` itself when there are none ("to" stands before it in "to the
    /// United States").
    pub fn articles_start(&self, floor: usize, start: usize) -> usize {
        let mut b = start;
        while b > floor && matches!(self.lower(b - 1), "the" | "a" | "an") {
            b -= 1;
        }
        b
    }

    /// Text of tokens `start..end` as written.
    #[inline]
    pub fn span(&self, start: usize, end: usize) -> &str {
        if start >= end || end > self.tokens.len() {
            return "";
        }
        &self.text[self.tokens[start].start..self.tokens[end - 1].end]
    }

    #[inline]
    pub fn position(&self, i: usize) -> usize {
        self.position_base + self.tokens.get(i).map_or(0, |t| t.cstart)
    }

    /// True when tokens `i` and `j` lie in the same sentence.
    #[inline]
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
