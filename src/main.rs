//! The `followdesk` binary: parse the command line, then run a subcommand or the app.
//! Errors are printed once, in words, to stderr, with a non-zero exit code.

use std::process::ExitCode;

use clap::Parser as _;
use followdesk::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    followdesk::i18n::set_process_lang(followdesk::i18n::Lang::system());
    let result = match &cli.command {
        Some(cmd) => cli::run(&cli, cmd, &mut std::io::stdout().lock()),
        None => run_app(&cli),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("followdesk: {e:#}");
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
