//! The screen shown instead of the app when the database cannot be opened — damaged, not
//! a database, from a newer followdesk, or open in another window. It says what is wrong
//! and offers the ways out: restore a backup, open another file, or try again.

use std::path::{Path, PathBuf};

use super::theme;
use crate::domain::PlatformRules;
use crate::store::{InstanceLock, Store, StoreError, list_backups, replace_with_backup};
use crate::t;

/// What the recovery screen asks the root to do.
pub enum Outcome {
    /// Keep showing the screen.
    Stay,
    /// The database at this path opened: run the app on it.
    Opened(Box<(Store, InstanceLock)>),
}

/// What the last restore did, put in words when drawn.
enum Notice {
    /// Restored; the damaged file was moved aside to this path.
    KeptAs(PathBuf),
    /// Not restored, for this reason.
    NotRestored(String),
}

impl Notice {
    fn text(&self) -> String {
        match self {
            Self::KeptAs(path) => t!("recovery-kept-as", path = path.display().to_string()),
            Self::NotRestored(error) => t!("recovery-not-restored", error = error.as_str()),
        }
    }
}

/// The recovery screen's state.
pub struct RecoveryScreen {
    db: PathBuf,
    error: String,
    backups: Vec<PathBuf>,
    other_path: String,
    message: Option<Notice>,
    /// Whether restoring a backup in the file's place is a way out: not for a healthy file
    /// that cannot be written, is busy or open elsewhere, nor for another application's
    /// file or something that is not a file.
    restorable: bool,
}

/// Whether `error` leaves a file that a backup may replace (damaged, not a database, …).
fn restorable(error: &StoreError) -> bool {
    !matches!(
        error,
        StoreError::Foreign { .. }
            | StoreError::NotAFile(_)
            | StoreError::CannotWrite(_)
            | StoreError::Busy(_)
            | StoreError::InUse(_)
    )
}

impl RecoveryScreen {
    #[must_use]
    pub fn new(db: &Path, error: &StoreError) -> Self {
        Self {
            db: db.to_owned(),
            error: error.to_string(),
            backups: list_backups(db),
            other_path: String::new(),
            message: None,
            restorable: restorable(error),
        }
    }

    /// Draws the screen.
    pub fn show(&mut self, ui: &mut egui::Ui) -> Outcome {
        let mut outcome = Outcome::Stay;
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading(t!("recovery-heading"));
            ui.add_space(6.0);
            ui.colored_label(ui.visuals().error_fg_color, &self.error);
            ui.label(t!("recovery-nothing-changed"));
            if let Some(m) = &self.message {
                ui.colored_label(theme::WARNING, m.text());
            }
            ui.add_space(theme::SECTION_GAP);
            if self.restorable {
                ui.strong(t!("recovery-restore-heading"));
            }
            if self.restorable && self.backups.is_empty() {
                ui.label(egui::RichText::new(t!("recovery-no-backups")).color(theme::MUTED));
            }
            let backups = if self.restorable {
                self.backups.clone()
            } else {
                Vec::new()
            };
            for b in backups {
                ui.horizontal(|ui| {
                    ui.label(
                        b.file_name()
                            .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
                    );
                    if ui.button(t!("recovery-restore")).clicked() {
                        match replace_with_backup(&self.db, &b) {
                            Ok(aside) => {
                                self.message = Some(Notice::KeptAs(aside));
                                outcome = self.try_open(&self.db.clone());
                            }
                            Err(e) => self.message = Some(Notice::NotRestored(e.to_string())),
                        }
                    }
                });
            }
            ui.add_space(theme::SECTION_GAP);
            ui.strong(t!("recovery-other-heading"));
            ui.horizontal(|ui| {
                let l = ui.label(t!("recovery-other-path"));
                ui.add(egui::TextEdit::singleline(&mut self.other_path).desired_width(400.0))
                    .labelled_by(l.id);
                if ui.button(t!("recovery-open")).clicked() && !self.other_path.trim().is_empty() {
                    outcome = self.try_open(&PathBuf::from(self.other_path.trim()));
                }
            });
            ui.add_space(theme::SECTION_GAP);
            if ui.button(t!("recovery-try-again")).clicked() {
                outcome = self.try_open(&self.db.clone());
            }
        });
        outcome
    }

    fn try_open(&mut self, path: &Path) -> Outcome {
        match open_locked(path) {
            Ok(pair) => Outcome::Opened(Box::new(pair)),
            Err(e) => {
                self.error = e.to_string();
                self.restorable = restorable(&e);
                path.clone_into(&mut self.db);
                self.backups = list_backups(path);
                Outcome::Stay
            }
        }
    }
}

/// Takes the instance lock and opens the store.
pub fn open_locked(path: &Path) -> Result<(Store, InstanceLock), StoreError> {
    let lock = InstanceLock::acquire(path)?;
    let store = Store::open(path, PlatformRules::builtin())?;
    Ok((store, lock))
}
