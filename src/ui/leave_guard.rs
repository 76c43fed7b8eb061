//! Leaving a contact page with unsaved edits asks first: Save (then leave), Discard (leave
//! without them) or Stay. Nothing typed is lost without a word.

use crate::t;

/// What the person chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Save,
    Discard,
    Stay,
}

/// Draws the question for the contact named `name`; returns the choice once made. Esc
/// means Stay.
pub fn leave_ui(ctx: &egui::Context, name: &str) -> Option<Choice> {
    let mut choice = None;
    egui::Modal::new(egui::Id::unique("leave-unsaved")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.heading(t!("safety-leave-title"));
        ui.label(t!("safety-leave-text", name = name));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(t!("safety-leave-save")).clicked() {
                choice = Some(Choice::Save);
            }
            if ui.button(t!("safety-leave-discard")).clicked() {
                choice = Some(Choice::Discard);
            }
            if ui.button(t!("safety-leave-stay")).clicked() {
                choice = Some(Choice::Stay);
            }
        });
    });
    if choice.is_none() && ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
        choice = Some(Choice::Stay);
    }
    choice
}
