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
use crate::i18n::{self, Lang};
use crate::store::{ProfileRow, Store};
use crate::t;

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
            .ok_or_else(|| t!("page-gone", id = id.to_string()))?;
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
            ev_date: today_text(),
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

    /// The name as saved (the heading).
    #[must_use]
    pub fn saved_name(&self) -> String {
        self.saved.display_name()
    }

    /// Gives up the edits (they were saved through a command, or discarded).
    pub fn forget_edits(&mut self) {
        self.fields = self.saved.clone();
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
            .button(t!("page-back"))
            .on_hover_text(shortcuts::tooltip(
                ui.ctx(),
                &t!("page-back-tooltip"),
                &shortcuts::BACK,
            ))
            .clicked()
        {
            actions.push(Action::Back);
        }
        ui.heading(page.saved.display_name());
        if page.trashed {
            ui.colored_label(theme::WARNING, t!("page-in-trash"));
        }
    });
    if let Some(e) = &page.error {
        ui.colored_label(ui.visuals().error_fg_color, e);
    }
    super::team::connected_ui(ui, store, page.id);
    let platform = page
        .profiles
        .first()
        .map_or("linkedin", |p| p.platform.as_str());
    super::signals::remind_me_ui(ui, page.id, platform, actions);
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let left = |ui: &mut egui::Ui, page: &mut ContactPage, actions: &mut Vec<Action>| {
                fields_ui(ui, page, actions);
                ui.add_space(theme::SECTION_GAP);
                tags_ui(ui, page, actions);
                ui.add_space(theme::SECTION_GAP);
                danger_ui(ui, page, store, actions);
            };
            let right = |ui: &mut egui::Ui, page: &mut ContactPage, actions: &mut Vec<Action>| {
                profiles_ui(ui, page, store, actions);
                ui.add_space(theme::SECTION_GAP);
                log_event_ui(ui, page, store, actions);
                ui.add_space(theme::SECTION_GAP);
                timeline_ui(ui, page, store);
            };
            // Two columns stack when the window is narrow, so nothing overlaps.
            if super::theme::narrow(ui) {
                left(ui, page, actions);
                ui.add_space(theme::SECTION_GAP);
                right(ui, page, actions);
            } else {
                ui.columns(2, |cols| {
                    left(&mut cols[0], page, actions);
                    right(&mut cols[1], page, actions);
                });
            }
        });
    if let Some((other, name)) = page.confirm_merge.clone() {
        merge_confirm_ui(ui.ctx(), page, other, &name, actions);
    }
}

/// Saves the edits when they are valid (else says why on the page); true when a save was
/// asked for.
pub(super) fn save(page: &mut ContactPage, actions: &mut Vec<Action>) -> bool {
    match page.fields.clone().validated() {
        Ok(fields) => {
            page.error = None;
            actions.push(Action::Apply(Command::UpdateContact {
                id: page.id,
                fields,
            }));
            true
        }
        Err(e) => {
            page.error = Some(t!("page-not-saved", error = e.to_string()));
            false
        }
    }
}

fn fields_ui(ui: &mut egui::Ui, page: &mut ContactPage, actions: &mut Vec<Action>) {
    ui.strong(t!("page-details"));
    egui::Grid::new("contact-fields")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            let f = &mut page.fields;
            for (label, value) in [
                (t!("page-first-name"), &mut f.first_name),
                (t!("page-last-name"), &mut f.last_name),
                (t!("page-company"), &mut f.company),
                (t!("page-position"), &mut f.position),
                (t!("page-email"), &mut f.email),
                (t!("page-phone"), &mut f.phone),
            ] {
                let l = ui.label(label);
                ui.add(egui::TextEdit::singleline(value).desired_width(f32::INFINITY))
                    .labelled_by(l.id);
                ui.end_row();
            }
            let l = ui.label(t!("page-notes"));
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
            .add_enabled(dirty, egui::Button::new(t!("page-save")))
            .on_hover_text(shortcuts::tooltip(
                ui.ctx(),
                &t!("page-save-tooltip"),
                &shortcuts::SAVE,
            ))
            .clicked()
        {
            save(page, actions);
        }
        if dirty && ui.button(t!("page-discard")).clicked() {
            page.fields = page.saved.clone();
            page.error = None;
        }
    });
}

fn tags_ui(ui: &mut egui::Ui, page: &mut ContactPage, actions: &mut Vec<Action>) {
    ui.strong(t!("page-tags"));
    ui.horizontal_wrapped(|ui| {
        if page.tags.is_empty() {
            ui.label(egui::RichText::new(t!("page-no-tags")).color(theme::MUTED));
        }
        for t in &page.tags {
            let color = theme::tag_color(&t.color);
            let chip = ui
                .add(egui::Button::new(egui::RichText::new(&t.name).color(color)))
                .on_hover_text(t!("page-tag-edit-tooltip"));
            if chip.clicked() {
                page.tag_edit = Some(TagEdit {
                    id: t.id,
                    name: t.name.clone(),
                    color,
                });
            }
            if ui
                .small_button("×")
                .on_hover_text(t!("page-remove-tag", name = t.name.as_str()))
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
        let l = ui.label(t!("page-new-tag"));
        let resp = ui
            .add(egui::TextEdit::singleline(&mut page.new_tag).desired_width(160.0))
            .labelled_by(l.id);
        let enter = resp.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(t!("page-add-tag")).clicked() || enter) && !page.new_tag.trim().is_empty() {
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
                let l = ui.label(t!("page-tag-name"));
                ui.add(egui::TextEdit::singleline(&mut edit.name).desired_width(140.0))
                    .labelled_by(l.id);
                ui.label(t!("page-tag-colour"));
                ui.color_edit_button_srgba(&mut edit.color);
            });
            ui.horizontal(|ui| {
                if ui.button(t!("page-tag-apply")).clicked() {
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
                if ui.button(t!("page-cancel")).clicked() {
                    close = true;
                }
            });
            ui.label(
                egui::RichText::new(t!("page-tag-rename-hint"))
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
    ui.strong(t!("page-platforms"));
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
                            ui.label(format!("· {}", t!("page-follows-me")));
                        }
                        if rel.redirected {
                            ui.label(format!("· {}", t!("page-redirected")));
                        }
                    }
                    None => {
                        ui.label(egui::RichText::new(t!("page-no-history")).color(theme::MUTED));
                    }
                }
            });
            if let Some((_, url)) = page.url_edits.iter_mut().find(|(k, _)| *k == rule.key) {
                ui.horizontal(|ui| {
                    let l = ui.label(t!("page-profile-url", platform = rule.name.as_str()));
                    ui.add(egui::TextEdit::singleline(url).desired_width(220.0))
                        .labelled_by(l.id);
                    let stored = page
                        .profiles
                        .iter()
                        .find(|p| p.platform == rule.key)
                        .and_then(|p| p.url.clone())
                        .unwrap_or_default();
                    if *url != stored && ui.button(t!("page-save-url")).clicked() {
                        let value = url.trim();
                        actions.push(Action::Apply(Command::SetProfile {
                            id: page.id,
                            platform: rule.key.clone(),
                            url: (!value.is_empty()).then(|| value.to_owned()),
                        }));
                    }
                    if !stored.is_empty()
                        && ui
                            .button(t!("page-open-profile"))
                            .on_hover_text(t!("page-open-profile-tooltip"))
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
    ui.strong(t!("page-log-heading"));
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(t!("page-log-kind"));
        egui::ComboBox::from_id_salt("event-kind")
            .selected_text(kind_label(page.ev_kind))
            .show_ui(ui, |ui| {
                for k in EventKind::MANUAL {
                    ui.selectable_value(&mut page.ev_kind, k, kind_label(k));
                }
            })
            .response
            .labelled_by(l.id);
        let l = ui.label(t!("page-log-platform"));
        egui::ComboBox::from_id_salt("event-platform")
            .selected_text(store.rules().name_of(&page.ev_platform).to_owned())
            .show_ui(ui, |ui| {
                for r in store.rules().all() {
                    ui.selectable_value(&mut page.ev_platform, r.key.clone(), &r.name);
                }
            })
            .response
            .labelled_by(l.id);
    });
    ui.horizontal(|ui| {
        let l = ui.label(t!("page-log-date"));
        ui.add(egui::TextEdit::singleline(&mut page.ev_date).desired_width(130.0))
            .labelled_by(l.id)
            .on_hover_text(t!("page-log-date-tooltip"));
        let l = ui.label(t!("page-log-note"));
        ui.add(egui::TextEdit::singleline(&mut page.ev_message).desired_width(180.0))
            .labelled_by(l.id);
    });
    ui.horizontal(|ui| {
        if ui.button(t!("page-log-event")).clicked() {
            match parse_user_time(crate::domain::Field::Date, &iso_date_text(&page.ev_date)) {
                Ok(at) => {
                    page.error = None;
                    actions.push(Action::Apply(Command::LogEvent(
                        NewEvent::manual(page.id, &page.ev_platform, page.ev_kind, at)
                            .with_message(std::mem::take(&mut page.ev_message)),
                    )));
                }
                Err(e) => page.error = Some(t!("page-not-logged", error = e.to_string())),
            }
        }
    });
}

/// Today's date as the date field shows it at first: `26.11.2026` in German, ISO
/// (`2026-11-26`) in English.
fn today_text() -> String {
    let today = now().with_timezone(&chrono::Local).date_naive();
    match i18n::lang() {
        Lang::De => today.format("%d.%m.%Y").to_string(),
        Lang::En => today.format("%Y-%m-%d").to_string(),
    }
}

/// A typed date in the German way (`26.11.2026`, `26.11.2026 14:30`) rewritten as ISO for
/// [`parse_user_time`]; anything else is passed on as typed. Both ways are accepted in
/// either language, so a language switch never invalidates what is in the field.
fn iso_date_text(typed: &str) -> String {
    let v = typed.trim();
    if let Ok(t) = chrono::NaiveDateTime::parse_from_str(v, "%d.%m.%Y %H:%M") {
        return t.format("%Y-%m-%d %H:%M").to_string();
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(v, "%d.%m.%Y") {
        return d.format("%Y-%m-%d").to_string();
    }
    typed.to_owned()
}

/// Words for an event kind (the domain's, in the active language).
#[must_use]
pub fn kind_label(k: EventKind) -> String {
    k.label()
}

fn timeline_ui(ui: &mut egui::Ui, page: &ContactPage, store: &Store) {
    ui.strong(t!("page-history", count = page.events.len()));
    if page.events.is_empty() {
        ui.label(egui::RichText::new(t!("page-nothing-recorded")).color(theme::MUTED));
        return;
    }
    egui::Grid::new("timeline")
        .striped(true)
        .num_columns(3)
        .show(ui, |ui| {
            for e in page.events.iter().rev() {
                ui.label(i18n::local_date_time(&e.at));
                let platform = store.rules().name_of(&e.platform);
                ui.label(format!("{platform}: {}", kind_label(e.kind)));
                let msg: String = crate::domain::signals::event_text(e.kind, &e.message)
                    .chars()
                    .take(120)
                    .collect();
                ui.label(egui::RichText::new(msg).italics());
                ui.end_row();
            }
        });
}

fn danger_ui(ui: &mut egui::Ui, page: &mut ContactPage, store: &Store, actions: &mut Vec<Action>) {
    ui.strong(t!("page-merge-or-delete"));
    ui.horizontal(|ui| {
        let l = ui.label(t!("page-merge-with"));
        let resp = ui
            .add(
                egui::TextEdit::singleline(&mut page.merge_query)
                    .hint_text(t!("page-merge-hint"))
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
            ui.label(egui::RichText::new(t!("page-duplicates")).color(theme::MUTED));
        }
    }
    for (id, name) in page.merge_candidates.clone() {
        ui.horizontal(|ui| {
            ui.label(format!("{name} (#{id})"));
            if ui
                .button(t!("page-merge-candidate", name = name.as_str()))
                .clicked()
            {
                page.confirm_merge = Some((id, name.clone()));
            }
        });
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if page.trashed {
            if ui.button(t!("page-restore")).clicked() {
                actions.push(Action::Apply(Command::RestoreContact(page.id)));
            }
        } else if ui
            .button(t!("page-delete"))
            .on_hover_text(t!(
                "page-delete-tooltip",
                keys = shortcuts::text(ui.ctx(), &shortcuts::UNDO)
            ))
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
    egui::Window::new(t!("page-merge-title"))
        .id(egui::Id::unique("merge-confirm"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.label(t!(
                "page-merge-explain",
                name = name,
                id = other.to_string(),
                keep = page.saved.display_name()
            ));
            ui.horizontal(|ui| {
                if ui.button(t!("page-merge")).clicked() {
                    actions.push(Action::Apply(Command::MergeContacts {
                        keep: page.id,
                        absorb: other,
                    }));
                    page.confirm_merge = None;
                    page.merge_query.clear();
                    page.merge_candidates.clear();
                }
                if ui.button(t!("page-cancel")).clicked() {
                    page.confirm_merge = None;
                }
            });
        });
}
