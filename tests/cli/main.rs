//! The one integration-test binary: drives the real `entente` binary.

mod commands;
mod safety;
mod util;
