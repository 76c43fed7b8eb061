//! Empty states: what a view says when there is nothing to show, with the way forward.

use super::app::{Action, View};

/// "No contacts yet", with buttons to import or load demo data.
pub fn no_contacts_ui(ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    ui.add_space(60.0);
    ui.vertical_centered(|ui| {
        ui.heading("No contacts yet");
        ui.add_space(6.0);
        ui.label("Import your LinkedIn export or XING vCards, or load demo data to look around.");
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            // Centre the two buttons.
            ui.add_space((ui.available_width() - 330.0).max(0.0) / 2.0);
            if ui.button("Import your LinkedIn export…").clicked() {
                actions.push(Action::Go(View::Import));
            }
            if ui.button("Load demo data").clicked() {
                actions.push(Action::LoadDemo);
            }
        });
    });
}
