//! Ctrl-C during a query. While the editor reads a line the terminal is in raw mode and
//! Ctrl-C is a key (it clears the input); while a query runs it is a SIGINT. A handler
//! thread (the `ctrlc` crate) cancels the token of the running query, if any, and Oxigraph
//! stops at its next step with a "cancelled" error; the session goes on.

use std::sync::{Arc, Mutex, PoisonError};

use anyhow::{Context, Result};
use oxigraph::sparql::CancellationToken;

/// The token of the query running now, shared with the signal handler.
#[derive(Clone, Default)]
pub struct Interrupt {
    running: Arc<Mutex<Option<CancellationToken>>>,
}

impl Interrupt {
    pub fn new() -> Interrupt {
        Interrupt::default()
    }

    /// Cancels the running query on every SIGINT from now on. Once per process.
    pub fn install(&self) -> Result<()> {
        let interrupt = self.clone();
        ctrlc::set_handler(move || interrupt.cancel()).context("cannot install the Ctrl-C handler")
    }

    /// A fresh token for a query about to run.
    pub fn begin(&self) -> CancellationToken {
        let token = CancellationToken::new();
        *self.lock() = Some(token.clone());
        token
    }

    /// The query is over: Ctrl-C has nothing to cancel.
    pub fn end(&self) {
        *self.lock() = None;
    }

    /// Cancels the running query, if one runs.
    pub fn cancel(&self) {
        if let Some(token) = self.lock().as_ref() {
            token.cancel();
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<CancellationToken>> {
        self.running.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::Interrupt;

    #[test]
    fn cancel_reaches_only_the_running_query() {
        let interrupt = Interrupt::new();
        interrupt.cancel();
        let token = interrupt.begin();
        assert!(
            !token.is_cancelled(),
            "a cancel before the query does not count"
        );
        interrupt.cancel();
        assert!(token.is_cancelled());
        interrupt.end();
        let next = interrupt.begin();
        assert!(!next.is_cancelled());
    }
}
