//! The entente binary: parse the command line, run, report errors, return the exit code.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

use entente::cli::Cli;

/// mimalloc for every allocation of the process: Rust's, and RocksDB's and the C library's
/// too (the `override` feature replaces `malloc`), so memory one side allocates the other
/// may free. Extraction and the bulk loader allocate many small objects, which glibc's
/// allocator serves markedly slower. Rust's word-aligned blocks take mimalloc's shortest
/// path (see `entente::allocator`).
#[global_allocator]
static ALLOCATOR: entente::allocator::Allocator = entente::allocator::Allocator;

unsafe extern "C" {
    /// Ends the process without running `atexit` handlers or C++ static destructors.
    fn _exit(status: std::ffi::c_int) -> !;
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.into_config().and_then(|config| entente::run(&config)) {
        Ok(code) => code,
        Err(error) if entente::is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("entente: {error:#}");
            ExitCode::FAILURE
        }
    };
    // The store is closed by now. RocksDB's background threads outlive it, and the C++
    // static destructors `exit` runs under them abort the process now and then ("pthread
    // lock: Invalid argument", facebook/rocksdb#11349), turning a finished run into a
    // crash; so leave without them, once the standard streams are flushed.
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    let status = if code == ExitCode::SUCCESS { 0 } else { 1 };
    // SAFETY: `_exit` only ends the process; every Rust value that owns a resource
    // (the store, open files, buffered writers) was dropped when `run` returned.
    unsafe { _exit(status) }
}
