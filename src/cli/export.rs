//! `followdesk export csv|vcard PATH`: every contact with profiles and tags. An existing
//! file is replaced only with `--force`, and never when it is the open database, its
//! journal or lock, or one of its backups.

use std::path::{Path, PathBuf};

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
        /// Replace the file if it exists (never the database or a backup).
        #[arg(long)]
        force: bool,
    },
    /// One vCard 4.0 file with every contact.
    Vcard {
        /// The file to write.
        path: PathBuf,
        /// Replace the file if it exists (never the database or a backup).
        #[arg(long)]
        force: bool,
    },
}

/// Runs the export and says what it wrote.
pub fn run(store: &Store, cmd: &ExportCmd, out: &mut dyn std::io::Write) -> anyhow::Result<()> {
    let (path, force) = match cmd {
        ExportCmd::Csv { path, force } | ExportCmd::Vcard { path, force } => (path, *force),
    };
    check_target(store.path(), path, force)?;
    let n = match cmd {
        ExportCmd::Csv { .. } => export::csv::export(store, path)?,
        ExportCmd::Vcard { .. } => export::vcard::export(store, path)?,
    };
    writeln!(
        out,
        "{}",
        t!("cli-exported", count = n, path = path.display().to_string())
    )?;
    Ok(())
}

/// Refuses a target that is the database (or its journal, lock or a backup), or any existing
/// file without `force`.
pub fn check_target(db: Option<&Path>, target: &Path, force: bool) -> anyhow::Result<()> {
    let shown = target.display().to_string();
    if db.is_some_and(|db| crate::store::guards(db, target)) {
        anyhow::bail!("{}", t!("safety-export-guarded", path = shown));
    }
    if let Ok(meta) = std::fs::symlink_metadata(target) {
        if !meta.is_file() && !meta.file_type().is_symlink() {
            anyhow::bail!("{}", t!("safety-export-not-a-file", path = shown));
        }
        if !force {
            anyhow::bail!("{}", t!("safety-export-exists", path = shown));
        }
    }
    Ok(())
}
