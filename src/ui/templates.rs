//! The reply-template editor: my name (for `{my_name}`), and each template's text, edited,
//! saved (as a command, with undo) or reset to the shipped default.

use super::app::Action;
use super::theme;
use crate::domain::command::Command;
use crate::domain::templates::PLACEHOLDERS;
use crate::store::Store;
use crate::t;

/// The editor's state.
#[derive(Debug, Default)]
pub struct TemplateEditor {
    pub open: bool,
    selected: Option<String>,
    body: String,
    my_name: Option<String>,
    /// The template names, read when the editor opens (not every frame).
    names: Option<Vec<String>>,
    /// Whether the selected template differs from the shipped one; read again after the
    /// selection, a save or a reset.
    edited: Option<bool>,
    /// Why a template or my name could not be read: shown instead of an empty text that
    /// Save would write over the stored one.
    read_error: Option<String>,
}

impl TemplateEditor {
    /// Reads again whether the selected template is edited, after a change elsewhere.
    pub fn forget_edited(&mut self) {
        self.edited = None;
    }
}

/// The button that opens and closes the editor.
pub fn templates_button_ui(ui: &mut egui::Ui, editor: &mut TemplateEditor) {
    let text = if editor.open {
        t!("templates-close")
    } else {
        t!("templates-open")
    };
    if ui.button(text).clicked() {
        editor.open = !editor.open;
        editor.names = None;
        editor.edited = None;
    }
}

/// Draws the editor when it is open.
pub fn templates_ui(
    ui: &mut egui::Ui,
    editor: &mut TemplateEditor,
    store: &Store,
    actions: &mut Vec<Action>,
) {
    if !editor.open {
        return;
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.strong(t!("templates-title"));
        if editor.my_name.is_none() {
            match store.setting(super::triage::MY_NAME) {
                Ok(name) => editor.my_name = Some(name.unwrap_or_default()),
                Err(e) => {
                    editor.read_error =
                        Some(t!("safety-template-read-failed", error = e.to_string()));
                }
            }
        }
        if let Some(e) = &editor.read_error {
            ui.colored_label(ui.visuals().error_fg_color, e);
        }
        if let Some(my_name) = editor.my_name.as_mut() {
            ui.horizontal(|ui| {
                let l = ui.label(t!("templates-your-name"));
                ui.add(egui::TextEdit::singleline(my_name).desired_width(200.0))
                    .labelled_by(l.id);
                if ui.button(t!("templates-save-name")).clicked() {
                    actions.push(Action::Apply(Command::SetSetting {
                        key: super::triage::MY_NAME.to_owned(),
                        value: Some(my_name.trim().to_owned()),
                    }));
                }
            });
        }
        let names = editor
            .names
            .get_or_insert_with(|| store.template_names().unwrap_or_default());
        ui.horizontal_wrapped(|ui| {
            for n in names.iter() {
                if ui
                    .selectable_label(editor.selected.as_ref() == Some(n), n)
                    .clicked()
                {
                    // A template that cannot be read is not opened: Save would write the
                    // empty text over it.
                    match store.template(n) {
                        Ok(body) => {
                            editor.body = body;
                            editor.selected = Some(n.clone());
                            editor.read_error = None;
                        }
                        Err(e) => {
                            editor.selected = None;
                            editor.read_error =
                                Some(t!("safety-template-read-failed", error = e.to_string()));
                        }
                    }
                    editor.edited = None;
                }
            }
        });
        let Some(name) = editor.selected.clone() else {
            ui.label(egui::RichText::new(t!("templates-pick")).color(theme::MUTED));
            return;
        };
        let l = ui.label(t!("templates-text-of", name = name.as_str()));
        ui.add(
            egui::TextEdit::multiline(&mut editor.body)
                .desired_rows(4)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
        ui.label(
            egui::RichText::new(t!(
                "templates-placeholders",
                list = PLACEHOLDERS.map(|p| format!("{{{p}}}")).join(" ")
            ))
            .small()
            .color(theme::MUTED),
        );
        ui.horizontal(|ui| {
            if ui.button(t!("templates-save")).clicked() {
                actions.push(Action::Apply(Command::SetTemplate {
                    name: name.clone(),
                    body: Some(editor.body.clone()),
                }));
                editor.edited = None;
            }
            let edited = *editor
                .edited
                .get_or_insert_with(|| store.template_is_edited(&name).unwrap_or(false));
            if edited && ui.button(t!("templates-reset")).clicked() {
                actions.push(Action::Apply(Command::SetTemplate {
                    name: name.clone(),
                    body: None,
                }));
                editor.selected = None;
                editor.edited = None;
            }
        });
    });
}
