//! The contact page: every field editable with validation, the profile and relationship on
//! each platform, the event timeline, tags, logging an event by hand, opening the profile,
//! delete (to the trash, with undo) and merging with another contact.

use super::app::Action;
use super::{shortcuts, theme};
use crate::domain::command::Command;
use crate::domain::identity::browser_url;
use crate::domain::time::{now, parse_user_time};
use crate::domain::{
    ContactFields, ContactId, Event, EventKind, NewEvent, Relationship, Tag, TagId,
};
use crate::store::{ProfileRow, Store};

/// A tag being renamed or recoloured.
#[derive(Debug, Clone)]
struct TagEdit {
    id: TagId,
    name: String,
    color: egui::Color32,
}

/// The page's state: edit buffers and what was loaded.
#[derive(Debug)]
pub struct ContactPage {
    pub id: ContactId,
    pub fields: ContactFields,
    saved: ContactFields,
    trashed: bool,
    profiles: Vec<ProfileRow>,
    url_edits: Vec<(String, String)>,
    relationships: Vec<(String, Relationship)>,
    events: Vec<Event>,
    tags: Vec<Tag>,
    pub error: Option<String>,
    new_tag: String,
    tag_edit: Option<TagEdit>,
    ev_kind: EventKind,
    ev_platform: String,
    ev_date: String,
    ev_message: String,
    merge_query: String,
    merge_candidates: Vec<(ContactId, String)>,
    confirm_merge: Option<(ContactId, String)>,
    /// Same-name contacts were looked up (once per page, not every frame).
    duplicates_checked: bool,
}

impl ContactPage {
    /// Loads the page for `id`.
    pub fn load(store: &Store, id: ContactId) -> Result<Self, String> {
        let contact = store
            .contact(id)
            .map_err(|e| e.to_string())?
            .ok_or_else(|| format!("Contact {id} no longer exists."))?;
        let first_platform = store.rules().keys().next().unwrap_or_default().to_owned();
        let mut page = Self {
            id,
            fields: contact.fields.clone(),
            saved: contact.fields,
            trashed: contact.deleted_at.is_some(),
            profiles: Vec::new(),
            url_edits: Vec::new(),
            relationships: Vec::new(),
            events: Vec::new(),
            tags: Vec::new(),
            error: None,
            new_tag: String::new(),
            tag_edit: None,
            ev_kind: EventKind::Liked,
            ev_platform: first_platform,
            ev_date: now()
                .with_timezone(&chrono::Local)
                .format("%Y-%m-%d")
                .to_string(),
            ev_message: String::new(),
            merge_query: String::new(),
            merge_candidates: Vec::new(),
            confirm_merge: None,
            duplicates_checked: false,
        };
        page.reload_related(store).map_err(|e| e.to_string())?;
        Ok(page)
    }

    /// Re-reads everything but the edit buffer (after a command).
    pub fn reload_related(&mut self, store: &Store) -> Result<(), crate::store::StoreError> {
        if let Some(c) = store.contact(self.id)? {
            if self.fields == self.saved {
                self.fields = c.fields.clone();
            }
            self.saved = c.fields;
            self.trashed = c.deleted_at.is_some();
        }
        self.profiles = store.profiles(self.id)?;
        self.url_edits = store
            .rules()
            .all()
            .iter()
            .map(|r| {
                let url = self
                    .profiles
                    .iter()
                    .find(|p| p.platform == r.key)
                    .and_then(|p| p.url.clone())
                    .unwrap_or_default();
                (r.key.clone(), url)
            })
            .collect();
        self.relationships = store.relationships(self.id)?;
        self.events = store.events(self.id)?;
        self.tags = store.tags_of(self.id)?;
        Ok(())
    }

    /// Unsaved edits exist.
    #[must_use]
    pub fn dirty(&self) -> bool {
        self.fields != self.saved
    }
}

/// Draws the contact page.
pub fn contact_page_ui(
    ui: &mut egui::Ui,
    page: &mut ContactPage,
    store: &Store,
    actions: &mut Vec<Action>,
) {
    if ui.input_mut(|i| i.consume_shortcut(&shortcuts::SAVE)) {
        save(page, actions);
    }
    ui.horizontal(|ui| {
        if ui
            .button("⏴ Back")
            .on_hover_text(shortcuts::tooltip(
                ui.ctx(),
                "Back to the list",
                &shortcuts::BACK,
            ))
            .clicked()
        {
            actions.push(Action::Back);
        }
        ui.heading(page.saved.display_name());
        if page.trashed {
            ui.colored_label(theme::WARNING, "in the trash");
        }
    });
    if let Some(e) = &page.error {
        ui.colored_label(ui.visuals().error_fg_color, e);
    }
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.columns(2, |cols| {
                fields_ui(&mut cols[0], page, actions);
                cols[0].add_space(theme::SECTION_GAP);
                tags_ui(&mut cols[0], page, actions);
                cols[0].add_space(theme::SECTION_GAP);
                danger_ui(&mut cols[0], page, store, actions);
                profiles_ui(&mut cols[1], page, store, actions);
                cols[1].add_space(theme::SECTION_GAP);
                log_event_ui(&mut cols[1], page, store, actions);
                cols[1].add_space(theme::SECTION_GAP);
                timeline_ui(&mut cols[1], page, store);
            });
        });
    if let Some((other, name)) = page.confirm_merge.clone() {
        merge_confirm_ui(ui.ctx(), page, other, &name, actions);
    }
}

fn save(page: &mut ContactPage, actions: &mut Vec<Action>) {
    match page.fields.clone().validated() {
        Ok(fields) => {
            page.error = None;
            actions.push(Action::Apply(Command::UpdateContact {
                id: page.id,
                fields,
            }));
        }
        Err(e) => page.error = Some(format!("Not saved: {e}.")),
    }
}

fn fields_ui(ui: &mut egui::Ui, page: &mut ContactPage, actions: &mut Vec<Action>) {
    ui.strong("Details");
    egui::Grid::new("contact-fields")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            let f = &mut page.fields;
            for (label, value) in [
                ("First name", &mut f.first_name),
                ("Last name", &mut f.last_name),
                ("Company", &mut f.company),
                ("Position", &mut f.position),
                ("E-mail", &mut f.email),
                ("Phone", &mut f.phone),
            ] {
                let l = ui.label(label);
                ui.add(egui::TextEdit::singleline(value).desired_width(f32::INFINITY))
                    .labelled_by(l.id);
                ui.end_row();
            }
            let l = ui.label("Notes");
            ui.add(
                egui::TextEdit::multiline(&mut f.notes)
                    .desired_rows(4)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(l.id);
            ui.end_row();
        });
    ui.horizontal(|ui| {
        let dirty = page.dirty();
        if ui
            .add_enabled(dirty, egui::Button::new("Save changes"))
            .on_hover_text(shortcuts::tooltip(
                ui.ctx(),
                "Save the fields",
                &shortcuts::SAVE,
            ))
            .clicked()
        {
            save(page, actions);
        }
        if dirty && ui.button("Discard changes").clicked() {
            page.fields = page.saved.clone();
            page.error = None;
        }
    });
}

fn tags_ui(ui: &mut egui::Ui, page: &mut ContactPage, actions: &mut Vec<Action>) {
    ui.strong("Tags");
    ui.horizontal_wrapped(|ui| {
        if page.tags.is_empty() {
            ui.label(egui::RichText::new("No tags yet.").color(theme::MUTED));
        }
        for t in &page.tags {
            let color = theme::tag_color(&t.color);
            let chip = ui
                .add(egui::Button::new(egui::RichText::new(&t.name).color(color)))
                .on_hover_text("Click to rename or recolour this tag");
            if chip.clicked() {
                page.tag_edit = Some(TagEdit {
                    id: t.id,
                    name: t.name.clone(),
                    color,
                });
            }
            if ui
                .small_button("×")
                .on_hover_text(format!("Remove tag {}", t.name))
                .clicked()
            {
                actions.push(Action::Apply(Command::RemoveTag {
                    contact: page.id,
                    name: t.name.clone(),
                }));
            }
        }
    });
    ui.horizontal(|ui| {
        let l = ui.label("New tag");
        let resp = ui
            .add(egui::TextEdit::singleline(&mut page.new_tag).desired_width(160.0))
            .labelled_by(l.id);
        let enter = resp.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button("Add tag").clicked() || enter) && !page.new_tag.trim().is_empty() {
            actions.push(Action::Apply(Command::AddTag {
                contact: page.id,
                name: std::mem::take(&mut page.new_tag),
            }));
        }
    });
    let mut close = false;
    if let Some(edit) = &mut page.tag_edit {
        ui.group(|ui| {
            ui.horizontal(|ui| {
                let l = ui.label("Tag name");
                ui.add(egui::TextEdit::singleline(&mut edit.name).desired_width(140.0))
                    .labelled_by(l.id);
                ui.label("Colour");
                ui.color_edit_button_srgba(&mut edit.color);
            });
            ui.horizontal(|ui| {
                if ui.button("Apply to tag").clicked() {
                    let [r, g, b, _] = edit.color.to_array();
                    actions.push(Action::Apply(Command::RenameTag {
                        tag: edit.id,
                        name: edit.name.clone(),
                    }));
                    actions.push(Action::Apply(Command::SetTagColor {
                        tag: edit.id,
                        color: format!("#{r:02x}{g:02x}{b:02x}"),
                    }));
                    close = true;
                }
                if ui.button("Cancel").clicked() {
                    close = true;
                }
            });
            ui.label(
                egui::RichText::new("Renaming changes the tag on every contact that has it.")
                    .small()
                    .color(theme::MUTED),
            );
        });
    }
    if close {
        page.tag_edit = None;
    }
}

fn profiles_ui(
    ui: &mut egui::Ui,
    page: &mut ContactPage,
    store: &Store,
    actions: &mut Vec<Action>,
) {
    ui.strong("Platforms");
    for rule in store.rules().all() {
        ui.group(|ui| {
            ui.horizontal(|ui| {
                ui.label(egui::RichText::new(&rule.name).strong());
                match page.relationships.iter().find(|(k, _)| *k == rule.key) {
                    Some((_, rel)) => {
                        let (text, color) = theme::relationship_badge(rel);
                        ui.colored_label(color, text);
                        if rel.follows_me && rel.state != crate::domain::ConnectionState::Connected
                        {
                            ui.label("· follows me");
                        }
                        if rel.redirected {
                            ui.label("· redirected to Follow");
                        }
                    }
                    None => {
                        ui.label(egui::RichText::new("no history").color(theme::MUTED));
                    }
                }
            });
            if let Some((_, url)) = page.url_edits.iter_mut().find(|(k, _)| *k == rule.key) {
                ui.horizontal(|ui| {
                    let l = ui.label(format!("{} profile URL", rule.name));
                    ui.add(egui::TextEdit::singleline(url).desired_width(220.0))
                        .labelled_by(l.id);
                    let stored = page
                        .profiles
                        .iter()
                        .find(|p| p.platform == rule.key)
                        .and_then(|p| p.url.clone())
                        .unwrap_or_default();
                    if *url != stored && ui.button("Save URL").clicked() {
                        let value = url.trim();
                        actions.push(Action::Apply(Command::SetProfile {
                            id: page.id,
                            platform: rule.key.clone(),
                            url: (!value.is_empty()).then(|| value.to_owned()),
                        }));
                    }
                    if !stored.is_empty()
                        && ui
                            .button("Open profile")
                            .on_hover_text("Opens the profile in your browser (https only)")
                            .clicked()
                    {
                        ui.ctx()
                            .open_url(egui::OpenUrl::new_tab(browser_url(&stored)));
                    }
                });
            }
        });
    }
}

fn log_event_ui(
    ui: &mut egui::Ui,
    page: &mut ContactPage,
    store: &Store,
    actions: &mut Vec<Action>,
) {
    ui.strong("Log an event");
    ui.horizontal_wrapped(|ui| {
        let l = ui.label("Event");
        egui::ComboBox::from_id_salt("event-kind")
            .selected_text(kind_label(page.ev_kind))
            .show_ui(ui, |ui| {
                for k in EventKind::MANUAL {
                    ui.selectable_value(&mut page.ev_kind, k, kind_label(k));
                }
            })
            .response
            .labelled_by(l.id);
        let l = ui.label("on");
        egui::ComboBox::from_id_salt("event-platform")
            .selected_text(
                store
                    .rules()
                    .get(&page.ev_platform)
                    .map_or(page.ev_platform.clone(), |r| r.name.clone()),
            )
            .show_ui(ui, |ui| {
                for r in store.rules().all() {
                    ui.selectable_value(&mut page.ev_platform, r.key.clone(), &r.name);
                }
            })
            .response
            .labelled_by(l.id);
    });
    ui.horizontal(|ui| {
        let l = ui.label("Date");
        ui.add(egui::TextEdit::singleline(&mut page.ev_date).desired_width(110.0))
            .labelled_by(l.id)
            .on_hover_text("YYYY-MM-DD, or YYYY-MM-DD HH:MM");
        let l = ui.label("Note");
        ui.add(egui::TextEdit::singleline(&mut page.ev_message).desired_width(180.0))
            .labelled_by(l.id);
    });
    ui.horizontal(|ui| {
        if ui.button("Log event").clicked() {
            match parse_user_time(crate::domain::Field::Date, &page.ev_date) {
                Ok(at) => {
                    page.error = None;
                    actions.push(Action::Apply(Command::LogEvent(
                        NewEvent::manual(page.id, &page.ev_platform, page.ev_kind, at)
                            .with_message(std::mem::take(&mut page.ev_message)),
                    )));
                }
                Err(e) => page.error = Some(format!("Event not logged: {e}.")),
            }
        }
    });
}

/// Words for an event kind (the domain's, in the active language).
#[must_use]
pub fn kind_label(k: EventKind) -> String {
    k.label()
}

fn timeline_ui(ui: &mut egui::Ui, page: &ContactPage, store: &Store) {
    ui.strong(format!("History ({} events)", page.events.len()));
    if page.events.is_empty() {
        ui.label(egui::RichText::new("Nothing recorded yet.").color(theme::MUTED));
        return;
    }
    egui::Grid::new("timeline")
        .striped(true)
        .num_columns(3)
        .show(ui, |ui| {
            for e in page.events.iter().rev() {
                ui.label(
                    e.at.with_timezone(&chrono::Local)
                        .format("%Y-%m-%d %H:%M")
                        .to_string(),
                );
                let platform = store
                    .rules()
                    .get(&e.platform)
                    .map_or(e.platform.as_str(), |r| r.name.as_str());
                ui.label(format!("{platform}: {}", kind_label(e.kind)));
                let msg: String = e.message.chars().take(120).collect();
                ui.label(egui::RichText::new(msg).italics());
                ui.end_row();
            }
        });
}

fn danger_ui(ui: &mut egui::Ui, page: &mut ContactPage, store: &Store, actions: &mut Vec<Action>) {
    ui.strong("Merge or delete");
    ui.horizontal(|ui| {
        let l = ui.label("Merge with");
        let resp = ui
            .add(
                egui::TextEdit::singleline(&mut page.merge_query)
                    .hint_text("search another contact")
                    .desired_width(200.0),
            )
            .labelled_by(l.id);
        if resp.changed() {
            page.merge_candidates = merge_candidates(store, page.id, &page.merge_query);
            // An emptied search shows the same-name duplicates again.
            page.duplicates_checked = !page.merge_query.trim().is_empty();
        }
    });
    if page.merge_query.trim().is_empty() {
        // Possible duplicates: same name, offered, never merged on their own.
        if !page.duplicates_checked {
            page.duplicates_checked = true;
            page.merge_candidates = merge_candidates(store, page.id, &page.saved.display_name())
                .into_iter()
                .filter(|(_, n)| n.eq_ignore_ascii_case(&page.saved.display_name()))
                .collect();
        }
        if !page.merge_candidates.is_empty() {
            ui.label(egui::RichText::new("Possible duplicates (same name):").color(theme::MUTED));
        }
    }
    for (id, name) in page.merge_candidates.clone() {
        ui.horizontal(|ui| {
            ui.label(format!("{name} (#{id})"));
            if ui
                .button(format!("Merge {name} into this contact"))
                .clicked()
            {
                page.confirm_merge = Some((id, name.clone()));
            }
        });
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if page.trashed {
            if ui.button("Restore from trash").clicked() {
                actions.push(Action::Apply(Command::RestoreContact(page.id)));
            }
        } else if ui
            .button("Delete contact")
            .on_hover_text("Moves the contact to the trash; undo with Ctrl+Z")
            .clicked()
        {
            actions.push(Action::Apply(Command::TrashContact(page.id)));
            actions.push(Action::Back);
        }
    });
}

fn merge_candidates(store: &Store, me: ContactId, query: &str) -> Vec<(ContactId, String)> {
    store
        .search_ids(query)
        .unwrap_or_default()
        .into_iter()
        .filter(|id| *id != me)
        .take(8)
        .filter_map(|id| {
            store
                .contact(id)
                .ok()
                .flatten()
                .map(|c| (id, c.fields.display_name()))
        })
        .collect()
}

fn merge_confirm_ui(
    ctx: &egui::Context,
    page: &mut ContactPage,
    other: ContactId,
    name: &str,
    actions: &mut Vec<Action>,
) {
    egui::Window::new("Merge contacts?")
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.label(format!(
                "{name} (#{other}) will be merged into {}: its history, profiles and tags move here, \
                 empty fields are filled from it, notes are joined, and it goes to the trash.",
                page.saved.display_name()
            ));
            ui.horizontal(|ui| {
                if ui.button("Merge").clicked() {
                    actions.push(Action::Apply(Command::MergeContacts {
                        keep: page.id,
                        absorb: other,
                    }));
                    page.confirm_merge = None;
                    page.merge_query.clear();
                    page.merge_candidates.clear();
                }
                if ui.button("Cancel").clicked() {
                    page.confirm_merge = None;
                }
            });
        });
}
