//! Empty states: what a view says when there is nothing to show, with the way forward.

use super::app::{Action, View};
use crate::t;

/// "No contacts yet", with buttons to import or load demo data.
pub fn no_contacts_ui(ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    ui.add_space(60.0);
    ui.vertical_centered(|ui| {
        ui.heading(t!("empty-no-contacts"));
        ui.add_space(6.0);
        ui.label(t!("empty-no-contacts-hint"));
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            // Centre the two buttons.
            ui.add_space((ui.available_width() - 330.0).max(0.0) / 2.0);
            if ui.button(t!("empty-import")).clicked() {
                actions.push(Action::Go(View::Import));
            }
            if ui.button(t!("empty-load-demo")).clicked() {
                actions.push(Action::LoadDemo);
            }
        });
    });
}
