//! Sentences: splits tokenized news text into sentences, and strips datelines, live-blog
//! time stamps and paragraph numbers from their starts (noting the dateline's place).

use crate::extract::tokens::{Token, TokenKind};
use crate::lexicon::Lexicon;

/// One sentence: a token range of the text it was cut from.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Token range of the content (dateline and stamps excluded).
    pub start: usize,
    pub end: usize,
    /// Paragraph number, from 0.
    pub para: usize,
}

/// Sentences of a text plus the dateline place tokens, if the text opens with one.
#[derive(Debug, Clone, Default)]
pub struct Split {
    pub sentences: Vec<Sentence>,
    pub dateline: Option<(usize, usize)>,
}

fn is_dash(token: &Token) -> bool {
    token.kind == TokenKind::Punct && matches!(token.lower.as_str(), "-" | "—" | "–" | "―")
}

fn is_closer(token: &Token) -> bool {
    token.kind == TokenKind::Punct
        && matches!(token.lower.as_str(), "\"" | "”" | "'" | "’" | ")" | "]")
}

fn is_opener(token: &Token) -> bool {
    token.kind == TokenKind::Punct
        && matches!(token.lower.as_str(), "\"" | "“" | "'" | "‘" | "(" | "[")
}

/// Length of a live-blog stamp ("19:20 GMT -") or paragraph number ("1.") at `i`.
fn stamp_len(tokens: &[Token], text: &str, i: usize) -> usize {
    let Some(first) = tokens.get(i) else { return 0 };
    if first.kind != TokenKind::Number {
        return 0;
    }
    if first.lower.contains(':') {
        let mut j = i + 1;
        while j < tokens.len()
            && j < i + 3
            && tokens[j].kind == TokenKind::Word
            && tokens[j].is_all_caps(text)
        {
            j += 1;
        }
        if tokens.get(j).is_some_and(is_dash) {
            return j + 1 - i;
        }
        return j - i;
    }
    if first.lower.len() <= 3
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.is_punct(".") || t.is_punct(")"))
        && tokens.get(i + 2).is_some_and(|t| !t.line_start)
    {
        return 2;
    }
    0
}

/// A dateline at `i`: returns (place end, content start).
fn dateline_at(tokens: &[Token], text: &str, i: usize, para_end: usize) -> Option<(usize, usize)> {
    let first = tokens.get(i)?;
    if first.kind != TokenKind::Word || !first.is_capitalized(text) {
        return None;
    }
    let mut j = i;
    while j < para_end
        && j < i + 5
        && tokens[j].kind == TokenKind::Word
        && tokens[j].is_capitalized(text)
    {
        j += 1;
    }
    let place_end = j;
    let all_caps = tokens[i..place_end]
        .iter()
        .all(|t| t.is_all_caps(text) || t.lower.len() <= 2);
    // "PLACE —" or "Place –" directly.
    if tokens.get(j).is_some_and(is_dash) && j < para_end {
        return Some((place_end, j + 1));
    }
    if !all_caps {
        return None;
    }
    // "PLACE, Oct 7 (Wire) -" or a paragraph that is only "PLACE, 13 AUGUST 2026".
    if !tokens.get(j).is_some_and(|t| t.is_punct(",")) {
        return None;
    }
    let mut k = j + 1;
    while k < para_end && k < j + 10 {
        if is_dash(&tokens[k]) {
            return Some((place_end, k + 1));
        }
        if tokens[k].is_punct(".") {
            return None;
        }
        k += 1;
    }
    if para_end <= j + 6 {
        return Some((place_end, para_end));
    }
    None
}

/// Splits tokens into sentences.
pub fn split(tokens: &[Token], text: &str, lex: &Lexicon) -> Split {
    let mut out = Split::default();
    let mut para = 0usize;
    let mut i = 0usize;
    let mut first_para_seen = false;
    while i < tokens.len() {
        // One paragraph at a time.
        let para_start = i;
        let mut para_end = i + 1;
        while para_end < tokens.len() && !tokens[para_end].para_start {
            para_end += 1;
        }
        let mut start = para_start;
        let skip = stamp_len(tokens, text, start);
        start += skip;
        if !first_para_seen {
            if let Some((place_end, content)) = dateline_at(tokens, text, start, para_end) {
                out.dateline = Some((start, place_end));
                start = content;
            }
        }
        first_para_seen = true;
        let mut s = start;
        let mut j = start;
        while j < para_end {
            let token = &tokens[j];
            if j > s && token.line_start {
                out.sentences.push(Sentence {
                    start: s,
                    end: j,
                    para,
                });
                s = j;
            }
            if ends_sentence(tokens, text, j, para_end, lex) {
                let mut end = j + 1;
                while end < para_end && is_closer(&tokens[end]) && !tokens[end].line_start {
                    end += 1;
                }
                out.sentences.push(Sentence {
                    start: s,
                    end,
                    para,
                });
                s = end;
                j = end;
                continue;
            }
            j += 1;
        }
        if s < para_end {
            out.sentences.push(Sentence {
                start: s,
                end: para_end,
                para,
            });
        }
        para += 1;
        i = para_end;
    }
    out.sentences.retain(|s| s.start < s.end);
    out
}

fn ends_sentence(tokens: &[Token], text: &str, j: usize, para_end: usize, lex: &Lexicon) -> bool {
    let token = &tokens[j];
    // Only a stop, or a word ending in one, may end a sentence.
    let stop = match token.kind {
        TokenKind::Punct => matches!(token.lower.as_str(), "." | "!" | "?" | "…"),
        TokenKind::Word => token.lower.ends_with('.'),
        _ => false,
    };
    if !stop {
        return false;
    }
    let mut next_index = j + 1;
    while next_index < para_end && is_closer(&tokens[next_index]) {
        next_index += 1;
    }
    let next = tokens.get(next_index).filter(|_| next_index < para_end);
    let next_opens = next.is_none_or(|n| {
        n.is_capitalized(text) || n.kind == TokenKind::Number || is_opener(n) || n.line_start
    });
    match token.kind {
        TokenKind::Punct if matches!(token.lower.as_str(), "." | "!" | "?" | "…") => {
            if !next_opens {
                return false;
            }
            if token.lower == "." && j > 0 {
                let prev = &tokens[j - 1];
                let glued = prev.end == token.start;
                if glued
                    && prev.kind == TokenKind::Word
                    && lex.sets.abbreviations.contains(&prev.lower)
                {
                    // "No. 5", "Jan. 3": an abbreviation, unless a sentence plainly starts next.
                    return next.is_some_and(|n| lex.sets.sentence_starters.contains(&n.lower));
                }
            }
            true
        }
        TokenKind::Word if token.lower.ends_with('.') => next.is_some_and(|n| {
            n.is_capitalized(text) && lex.sets.sentence_starters.contains(&n.lower)
        }),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::split;
    use crate::extract::tokens::tokenize;
    use crate::lexicon::Lexicon;

    fn sentences(text: &str) -> Vec<String> {
        let lex = Lexicon::embedded().expect("lexicons");
        let tokens = tokenize(text);
        let parts = split(&tokens, text, &lex);
        parts
            .sentences
            .iter()
            .map(|s| text[tokens[s.start].start..tokens[s.end - 1].end].to_string())
            .collect()
    }

    #[test]
    fn keeps_abbreviations_and_initialisms_inside_sentences() {
        let got = sentences(
            "Mr. Smith met U.S. envoys on Jan. 3 in St. Louis. He left. Then the U.S. He said no.",
        );
        assert_eq!(
            got,
            [
                "Mr. Smith met U.S. envoys on Jan. 3 in St. Louis.",
                "He left.",
                "Then the U.S.",
                "He said no."
            ]
        );
    }

    #[test]
    fn strips_datelines_and_stamps() {
        let text = "OSLO, May 2 (Wire) - Norway said it agreed.\n\n10:15 GMT - Talks began.\n\n2. The leaders met.";
        assert_eq!(
            sentences(text),
            ["Norway said it agreed.", "Talks began.", "The leaders met."]
        );
        let lex = Lexicon::embedded().expect("lexicons");
        let tokens = tokenize(text);
        let parts = split(&tokens, text, &lex);
        let (a, b) = parts.dateline.expect("dateline");
        assert_eq!(&text[tokens[a].start..tokens[b - 1].end], "OSLO");
    }

    #[test]
    fn headings_without_stops_are_sentences() {
        assert_eq!(
            sentences("Trade Ties\n\nThe two sides met."),
            ["Trade Ties", "The two sides met."]
        );
    }
}
