//! The desktop app (egui): the frame with its navigation, and one module per view.
//! Views read through the store and change data only through [`crate::domain::command::Command`]s.

mod app;

pub use app::FollowdeskApp;

use std::path::Path;

/// Opens the window on the database at `db` and runs until it is closed.
pub fn run_native(db: &Path) -> anyhow::Result<()> {
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
        Box::new(move |cc| Ok(Box::new(FollowdeskApp::new(store, cc.storage)))),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}
