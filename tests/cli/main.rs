//! The one integration-test binary: drives the real `entente` binary.

mod commands;
mod extraction;
mod repl;
mod safety;
mod scale;
mod util;
