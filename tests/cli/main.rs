//! The one integration-test binary: drives the real `entente` binary.

mod commands;
mod corpus;
mod crash;
mod hostile;
mod properties;
mod safety;
mod util;
