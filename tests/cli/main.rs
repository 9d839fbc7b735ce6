//! The one integration-test binary: drives the real `entente` binary.

mod commands;
mod corpus;
mod crash;
mod extraction;
mod hostile;
mod oxigraph_server;
mod properties;
mod remote;
mod repl;
mod safety;
mod scale;
mod util;
mod virtuoso;
