//! `followdesk export csv|vcard PATH`: every contact with profiles and tags.

use std::path::PathBuf;

use clap::Subcommand;

use crate::export;
use crate::store::Store;
use crate::t;

/// What to export to.
#[derive(Debug, Subcommand)]
pub enum ExportCmd {
    /// A CSV file (UTF-8; cells that a spreadsheet would run as formulas are neutralised).
    Csv {
        /// The file to write.
        path: PathBuf,
    },
    /// One vCard 4.0 file with every contact.
    Vcard {
        /// The file to write.
        path: PathBuf,
    },
}

/// Runs the export and says what it wrote.
pub fn run(store: &Store, cmd: &ExportCmd, out: &mut dyn std::io::Write) -> anyhow::Result<()> {
    let (n, path) = match cmd {
        ExportCmd::Csv { path } => (export::csv::export(store, path)?, path),
        ExportCmd::Vcard { path } => (export::vcard::export(store, path)?, path),
    };
    writeln!(
        out,
        "{}",
        t!("cli-exported", count = n, path = path.display().to_string())
    )?;
    Ok(())
}
