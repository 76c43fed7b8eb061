//! The desktop app (egui): the frame with its navigation, and one module per view.
//! Views read through the store and change data only through [`crate::domain::command::Command`]s.

mod app;
mod capture;
mod change_words;
mod contact_page;
mod contacts;
mod empty;
mod first_use;
mod import;
mod leave_guard;
mod pipeline;
mod plot;
pub mod recovery;
pub mod shortcuts;
mod signals;
mod team;
mod templates;
pub mod theme;
mod today;
pub mod triage;
mod visibility;
mod worker;

pub use app::{Action, FollowdeskApp, Opener, Prefs, View};
pub use import::{FilePicker, Pick};

use std::path::Path;

/// Opens the window on the database at `db` and runs until it is closed.
pub fn run_native(db: &Path, view: Option<&str>) -> anyhow::Result<()> {
    let start_view = match view {
        Some(name) => Some(View::from_name(name).ok_or_else(|| {
            anyhow::anyhow!(crate::t!(
                "recovery-unknown-view",
                name = name,
                known = View::ALL.map(View::name).join(", ")
            ))
        })?),
        None => None,
    };
    let opened = recovery::open_locked(db);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("followdesk")
            .with_inner_size([1200.0, 760.0])
            .with_min_inner_size([720.0, 480.0]),
        ..eframe::NativeOptions::default()
    };
    let db = db.to_owned();
    eframe::run_native(
        "followdesk",
        options,
        Box::new(move |cc| {
            // The recovery screen speaks the user's language too.
            crate::i18n::set_lang(app::remembered_lang(cc.storage));
            let root = match opened {
                Ok((store, lock)) => {
                    let mut app = FollowdeskApp::new(store, &cc.egui_ctx, cc.storage);
                    if let Some(v) = start_view {
                        app.prefs.view = v;
                    }
                    Root::Running {
                        app: Box::new(app),
                        _lock: lock,
                    }
                }
                Err(e) => Root::Recovery(recovery::RecoveryScreen::new(&db, &e), start_view),
            };
            Ok(Box::new(root))
        }),
    )
    .map_err(|e| anyhow::anyhow!(crate::t!("recovery-no-window", error = e.to_string())))
}

/// The window: the app, or the recovery screen when the database could not be opened.
enum Root {
    Running {
        app: Box<FollowdeskApp>,
        _lock: crate::store::InstanceLock,
    },
    Recovery(recovery::RecoveryScreen, Option<View>),
}

impl eframe::App for Root {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        match self {
            Self::Running { app, .. } => {
                app.show(ui);
                // A language chosen is kept even if the app never closes cleanly.
                if app.take_prefs_dirty()
                    && let Some(storage) = frame.storage_mut()
                {
                    app.save(storage);
                    storage.flush();
                }
            }
            Self::Recovery(screen, view) => {
                if let recovery::Outcome::Opened(pair) = screen.show(ui) {
                    let (store, lock) = *pair;
                    // The saved preferences (language, view, sort) carry over; without them
                    // the next save would overwrite the user's choices with defaults.
                    let mut app = FollowdeskApp::new(store, ui.ctx(), frame.storage());
                    if let Some(v) = *view {
                        app.prefs.view = v;
                    }
                    *self = Self::Running {
                        app: Box::new(app),
                        _lock: lock,
                    };
                }
            }
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if let Self::Running { app, .. } = self {
            app.save(storage);
        }
    }
}
