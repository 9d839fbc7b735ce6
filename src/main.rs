//! The entente binary: parse the command line, run, report errors, return the exit code.

use std::process::ExitCode;

use clap::Parser;

use entente::cli::Cli;

/// mimalloc for every allocation of the process: Rust's, and RocksDB's and the C library's
/// too (the `override` feature replaces `malloc`), so memory one side allocates the other
/// may free. Extraction and the bulk loader allocate many small objects, which glibc's
/// allocator serves markedly slower.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.into_config().and_then(|config| entente::run(&config)) {
        Ok(code) => code,
        Err(error) => {
            if entente::is_broken_pipe(&error) {
                return ExitCode::SUCCESS;
            }
            eprintln!("entente: {error:#}");
            ExitCode::FAILURE
        }
    }
}
