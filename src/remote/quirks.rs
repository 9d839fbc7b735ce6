//! Work-arounds for what servers send that the W3C formats do not allow.
//!
//! Virtuoso writes blank nodes in SPARQL results as `nodeID://b10000`, which is no valid
//! blank node label; [`BlankNodeLabels`] rewrites `nodeID://` to `virtuoso_` (the same
//! length) as the results stream through, so the label stays one node, still distinct.

use std::io::Read;

/// The label prefix Virtuoso gives blank nodes in results.
const VIRTUOSO_PREFIX: &[u8] = b"nodeID://";
/// What replaces it: as long, and valid at the start of a blank node label.
const REPLACEMENT: &[u8] = b"virtuoso_";

/// A reader that rewrites Virtuoso's blank node labels on the way through.
pub struct BlankNodeLabels<R> {
    inner: R,
    /// Bytes read but not handed out yet (a possible prefix split across reads).
    pending: Vec<u8>,
    /// How many bytes of `pending` are settled (cannot start a split prefix).
    ready: usize,
    finished: bool,
}

impl<R: Read> BlankNodeLabels<R> {
    pub fn new(inner: R) -> Self {
        BlankNodeLabels {
            inner,
            pending: Vec::new(),
            ready: 0,
            finished: false,
        }
    }

    /// Reads more, rewrites what is complete, and keeps back a tail that could be the
    /// start of a prefix.
    fn fill(&mut self) -> std::io::Result<()> {
        let mut buffer = [0u8; 16 * 1024];
        let n = self.inner.read(&mut buffer)?;
        if n == 0 {
            self.finished = true;
        }
        self.pending.extend_from_slice(&buffer[..n]);
        let mut i = 0;
        while i + VIRTUOSO_PREFIX.len() <= self.pending.len() {
            if self.pending[i..].starts_with(VIRTUOSO_PREFIX) {
                self.pending[i..i + REPLACEMENT.len()].copy_from_slice(REPLACEMENT);
                i += REPLACEMENT.len();
            } else {
                i += 1;
            }
        }
        self.ready = if self.finished {
            self.pending.len()
        } else {
            i.max(self.ready)
        };
        Ok(())
    }
}

impl<R: Read> Read for BlankNodeLabels<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        while self.ready == 0 && !self.finished {
            self.fill()?;
        }
        let n = self.ready.min(out.len());
        out[..n].copy_from_slice(&self.pending[..n]);
        self.pending.drain(..n);
        self.ready -= n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::BlankNodeLabels;

    /// A reader handing out `chunk` bytes at a time, to split prefixes across reads.
    struct Trickle<'a> {
        data: &'a [u8],
        chunk: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            let n = self.chunk.min(self.data.len()).min(out.len());
            out[..n].copy_from_slice(&self.data[..n]);
            self.data = &self.data[n..];
            Ok(n)
        }
    }

    #[test]
    fn labels_are_rewritten_however_the_stream_is_cut() {
        let input = br#"{"s": {"type": "bnode", "value": "nodeID://b10000"}, "o": {"type": "bnode", "value": "nodeID://b7"}, "t": "nodeID:/"}"#;
        let expected = br#"{"s": {"type": "bnode", "value": "virtuoso_b10000"}, "o": {"type": "bnode", "value": "virtuoso_b7"}, "t": "nodeID:/"}"#;
        for chunk in [1, 2, 3, 5, 8, 9, 10, 64, 1000] {
            let mut out = Vec::new();
            BlankNodeLabels::new(Trickle { data: input, chunk })
                .read_to_end(&mut out)
                .unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                String::from_utf8(expected.to_vec()).unwrap(),
                "chunk {chunk}"
            );
        }
    }
}
