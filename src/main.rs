//! The entente binary: parse the command line, run, report errors, return the exit code.

use std::process::ExitCode;

use clap::Parser;

use entente::cli::Cli;

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
