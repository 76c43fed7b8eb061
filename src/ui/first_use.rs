//! The first reply asks for my name and the link to my profile, so that no reply goes out
//! unsigned: a small form above the reply, saved as settings through one command (with
//! undo), after which the reply is written again with them.

use super::app::Action;
use super::theme;
use super::triage::{MY_NAME, MY_PROFILE};
use crate::domain::command::Command;
use crate::store::Store;
use crate::t;

/// The form's state.
#[derive(Debug, Default)]
pub struct FirstUse {
    /// Whether my name is missing (read once; `None` until then).
    missing: Option<bool>,
    /// Put off for this session.
    dismissed: bool,
    name: String,
    link: String,
    /// Saved: the reply on screen is written again once the change is in.
    saved: bool,
}

impl FirstUse {
    /// Whether the reply should be written again because my name was just saved; resets.
    pub fn take_saved(&mut self) -> bool {
        std::mem::take(&mut self.saved)
    }
}

/// Draws the form when my name was never given.
pub fn ask_ui(ui: &mut egui::Ui, form: &mut FirstUse, store: &Store, actions: &mut Vec<Action>) {
    let missing = *form.missing.get_or_insert_with(|| {
        // A name that cannot be read is not asked for again: it may be there.
        store.setting(MY_NAME).is_ok_and(|n| n.is_none())
    });
    if !missing || form.dismissed {
        return;
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.strong(t!("safety-first-use-title"));
        ui.label(egui::RichText::new(t!("safety-first-use-text")).color(theme::MUTED));
        egui::Grid::new("first-use").num_columns(2).show(ui, |ui| {
            let l = ui.label(t!("safety-first-use-name"));
            ui.add(egui::TextEdit::singleline(&mut form.name).desired_width(240.0))
                .labelled_by(l.id);
            ui.end_row();
            let l = ui.label(t!("safety-first-use-link"));
            ui.add(
                egui::TextEdit::singleline(&mut form.link)
                    .desired_width(240.0)
                    .hint_text("https://www.linkedin.com/in/…"),
            )
            .labelled_by(l.id);
            ui.end_row();
        });
        ui.horizontal(|ui| {
            let name = form.name.trim().to_owned();
            if ui
                .add_enabled(
                    !name.is_empty(),
                    egui::Button::new(t!("safety-first-use-save")),
                )
                .clicked()
            {
                let link = form.link.trim().to_owned();
                let mut batch = vec![Command::SetSetting {
                    key: MY_NAME.to_owned(),
                    value: Some(name),
                }];
                if !link.is_empty() {
                    batch.push(Command::SetSetting {
                        key: MY_PROFILE.to_owned(),
                        value: Some(link),
                    });
                }
                actions.push(Action::Apply(Command::Batch(batch)));
                form.missing = Some(false);
                form.saved = true;
            }
            if ui.button(t!("safety-first-use-later")).clicked() {
                form.dismissed = true;
            }
        });
    });
}
