//! The app frame: navigation and the view shown.

use crate::store::Store;

/// The followdesk window.
pub struct FollowdeskApp {
    store: Store,
}

impl FollowdeskApp {
    #[must_use]
    pub fn new(store: Store, _storage: Option<&dyn eframe::Storage>) -> Self {
        Self { store }
    }

    /// Draws the whole window.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("followdesk");
            match self.store.summary() {
                Ok(s) => {
                    ui.label(format!("{} contacts", s.contacts));
                }
                Err(e) => {
                    ui.colored_label(ui.visuals().error_fg_color, e.to_string());
                }
            }
        });
    }

    /// The store, for tests.
    #[must_use]
    pub fn store(&self) -> &Store {
        &self.store
    }
}

impl eframe::App for FollowdeskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}
