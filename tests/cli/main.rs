//! The one integration-test binary: drives the real `entente` binary.

mod commands;
mod repl;
mod util;
