//! The `followdesk` binary: parse the command line, then run a subcommand or the app.
//! Errors are printed once, in words, to stderr, with a non-zero exit code.

use std::process::ExitCode;

use clap::Parser as _;
use followdesk::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Some(cmd) => cli::run(&cli, cmd, &mut std::io::stdout().lock()),
        None => {
            cli::db_path(&cli).and_then(|db| followdesk::ui::run_native(&db, cli.view.as_deref()))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("followdesk: {e:#}");
            ExitCode::FAILURE
        }
    }
}
