//! The `followdesk` binary: parse the command line, then run a subcommand or the app.
//! Errors are printed once, in words, to stderr, with a non-zero exit code.

use std::process::ExitCode;

use clap::FromArgMatches as _;
use followdesk::cli::{self, Cli};

fn main() -> ExitCode {
    // The language first: `--help` is written in it.
    followdesk::i18n::set_process_lang(followdesk::i18n::Lang::system());
    // What `Cli::parse()` does, with the help in the user's language.
    let cli = Cli::from_arg_matches_mut(&mut cli::command().get_matches())
        .map_err(|e| e.format(&mut cli::command()))
        .unwrap_or_else(|e| e.exit());
    let result = match &cli.command {
        Some(cmd) => cli::run(&cli, cmd, &mut std::io::stdout().lock()),
        None => run_app(&cli),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("followdesk: {}", cli::error_text(&e));
            ExitCode::FAILURE
        }
    }
}

/// Opens the desktop app on the database the command line names.
#[cfg(feature = "gui")]
fn run_app(cli: &Cli) -> anyhow::Result<()> {
    cli::db_path(cli).and_then(|db| followdesk::ui::run_native(&db, cli.view.as_deref()))
}

/// This build has no desktop app: say so instead of doing nothing.
#[cfg(not(feature = "gui"))]
fn run_app(_cli: &Cli) -> anyhow::Result<()> {
    anyhow::bail!("{}", followdesk::t!("cli-no-gui"))
}
