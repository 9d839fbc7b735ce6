//! The lists of one document per token, kept from one document to the next on each thread.
//!
//! A document's token list is large (64 bytes a token: about 80 KB for a news article),
//! and so are the lists beside it. Freed after each article, their memory went back to
//! the system, and the next article faulted it in again, each fault clearing a 2 MB huge
//! page: about 4% of extraction's time. A [`Doc`](crate::extract::doc::Doc) takes its lists
//! from here and gives them back when dropped, emptied, so they are reused as they are;
//! so do [`Mentions`](crate::extract::entities::Mentions) with their token → mention list.
//!
//! Memory stays bounded: each thread keeps one set of lists at most, and none whose room
//! is beyond [`MAX_KEPT_TOKENS`] tokens; an outsized text's lists are freed as before.

use std::cell::Cell;

use crate::extract::tokens::Token;

/// Room for tokens above which a list is freed rather than kept (4 MB of tokens: texts
/// far longer than any news article).
const MAX_KEPT_TOKENS: usize = 1 << 16;

/// The per-token lists of a document, empty.
#[derive(Debug, Default)]
pub struct Buffers {
    pub tokens: Vec<Token>,
    pub sentence_of: Vec<usize>,
    pub classes: Vec<u16>,
    pub title_len: Vec<u8>,
    pub names: Vec<u32>,
}

thread_local! {
    /// The lists given back last on this thread, if any.
    static SPARE: Cell<Option<Buffers>> = const { Cell::new(None) };
    /// The token → mention list given back last on this thread (empty when none).
    static SPARE_OWNERS: Cell<Vec<Option<usize>>> = const { Cell::new(Vec::new()) };
}

/// Empty lists, the ones given back last on this thread when there are some.
pub fn take() -> Buffers {
    SPARE
        .try_with(Cell::take)
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Keeps `buffers`, emptied, for the next document of this thread, unless the lists kept
/// already have more room (a headline's lists do not replace a body's) or these have
/// outgrown [`MAX_KEPT_TOKENS`].
pub fn give_back(mut buffers: Buffers) {
    let room = buffers.tokens.capacity();
    if room > MAX_KEPT_TOKENS {
        return;
    }
    buffers.tokens.clear();
    buffers.sentence_of.clear();
    buffers.classes.clear();
    buffers.title_len.clear();
    buffers.names.clear();
    // During the thread's teardown the slot may be gone; the lists are then just freed.
    let _ = SPARE.try_with(|spare| {
        let kept = spare.take();
        let keep = match kept {
            Some(kept) if kept.tokens.capacity() >= room => kept,
            _ => buffers,
        };
        spare.set(Some(keep));
    });
}

/// An empty token → mention list, the one given back last on this thread when there is one.
pub fn take_owners() -> Vec<Option<usize>> {
    SPARE_OWNERS.try_with(Cell::take).unwrap_or_default()
}

/// Keeps `owners`, emptied, for the next document of this thread, as [`give_back`] does.
pub fn give_back_owners(mut owners: Vec<Option<usize>>) {
    if owners.capacity() > MAX_KEPT_TOKENS {
        return;
    }
    owners.clear();
    let _ = SPARE_OWNERS.try_with(|spare| {
        let kept = spare.take();
        spare.set(if kept.capacity() >= owners.capacity() {
            kept
        } else {
            owners
        });
    });
}
