//! The desktop app (egui): the frame with its navigation, and one module per view.
//! Views read through the store and change data only through [`crate::domain::command::Command`]s.

mod app;
mod contact_page;
mod contacts;
mod empty;
mod import;
mod pipeline;
pub mod shortcuts;
pub mod theme;
mod today;
pub mod triage;
mod visibility;
mod worker;

pub use app::{Action, FollowdeskApp, Prefs, View};

use std::path::Path;

/// Opens the window on the database at `db` and runs until it is closed.
pub fn run_native(db: &Path, view: Option<&str>) -> anyhow::Result<()> {
    let start_view = match view {
        Some(name) => Some(View::from_name(name).ok_or_else(|| {
            anyhow::anyhow!(
                "unknown view '{name}' (known: {})",
                View::ALL.map(|v| v.label().to_lowercase()).join(", ")
            )
        })?),
        None => None,
    };
    let store = crate::cli::open_store(db)?;
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("followdesk")
            .with_inner_size([1200.0, 760.0])
            .with_min_inner_size([720.0, 480.0]),
        ..eframe::NativeOptions::default()
    };
    eframe::run_native(
        "followdesk",
        options,
        Box::new(move |cc| {
            let mut app = FollowdeskApp::new(store, &cc.egui_ctx, cc.storage);
            if let Some(v) = start_view {
                app.prefs.view = v;
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}
