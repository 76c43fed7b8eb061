//! Today's requests in Triage: a paste of the invitation page (Ctrl+V) shown before it is
//! saved, "New request" typed in with the verdict as the note is written, the decisions
//! still to be carried out on LinkedIn or XING (open there with P, then "Done on …"), and
//! the reply queue after "redirect all unspecific".

use egui::{Key, KeyboardShortcut, Modifiers};

use super::app::Action;
use super::theme;
use super::triage::Reply;
use crate::domain::capture::{CaptureSource, CapturedRequest, link_to_open, typed_in_time};
use crate::domain::classifier::{Classification, Classifier};
use crate::domain::command::Command;
use crate::domain::time::{DAY_SECS, now};
use crate::domain::{EventKind, NewEvent};
use crate::import::Person;
use crate::import::paste::{PastedPage, parse_paste};
use crate::store::{PlatformTodo, Store};
use crate::t;

/// Opens the newest decision still to be done on the platform.
pub const OPEN_ON_PLATFORM: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::P);

/// How far back decisions wait in the "to do on LinkedIn/XING" list.
const TODO_DAYS: i64 = 14;

/// What capturing shows in Triage.
#[derive(Debug, Default)]
pub struct CaptureView {
    /// A paste waiting for Save or Cancel.
    pub preview: Option<PastedPage>,
    /// Why the last paste was refused.
    pub paste_error: Option<String>,
    /// "New request", while open.
    pub form: Option<RequestForm>,
    /// Decisions still to be done on the platform, newest first.
    pub todos: Vec<PlatformTodo>,
    todo_error: Option<String>,
    /// The replies to send after "redirect all unspecific", one after the other.
    pub replies: Option<ReplyQueue>,
}

/// The redirected requests whose replies are still to be sent.
#[derive(Debug, Clone)]
pub struct ReplyQueue {
    /// Each reply with the platform of its request.
    pub items: Vec<(Reply, String)>,
    pub at: usize,
}

/// "New request": what is typed so far.
#[derive(Debug, Clone)]
pub struct RequestForm {
    pub platform: String,
    pub name: String,
    pub url: String,
    pub headline: String,
    pub note: String,
    /// YYYY-MM-DD; empty is today.
    pub date: String,
    error: Option<String>,
    /// The note the verdict is for, and the verdict.
    verdict: Option<(String, String, Classification)>,
}

impl Default for RequestForm {
    fn default() -> Self {
        Self {
            platform: "linkedin".to_owned(),
            name: String::new(),
            url: String::new(),
            headline: String::new(),
            note: String::new(),
            date: now().date_naive().to_string(),
            error: None,
            verdict: None,
        }
    }
}

impl CaptureView {
    /// Reads the to-do list again (after any change).
    pub fn refresh(&mut self, store: &Store) {
        let since = now() - chrono::Duration::seconds(TODO_DAYS * DAY_SECS);
        match store.platform_todos(since) {
            Ok(t) => {
                self.todos = t;
                self.todo_error = None;
            }
            Err(e) => self.todo_error = Some(e.to_string()),
        }
    }

    /// Reads a paste: a preview to confirm, or why it is no invitation page.
    pub fn pasted(&mut self, text: &str) {
        match parse_paste(text, None, now()) {
            Ok(page) => {
                self.preview = Some(page);
                self.paste_error = None;
            }
            Err(e) => {
                self.preview = None;
                self.paste_error = Some(e.to_string());
            }
        }
    }
}

/// A paste arrived while no text field has focus (egui turns Ctrl+V into it).
fn take_paste(ui: &egui::Ui) -> Option<String> {
    if ui.ctx().memory(|m| m.focused().is_some()) {
        return None;
    }
    ui.input(|i| {
        i.events.iter().find_map(|e| match e {
            egui::Event::Paste(text) => Some(text.clone()),
            _ => None,
        })
    })
}

/// The capture line at the top of Triage, the paste preview, the form, the to-do list
/// and the reply queue.
pub fn triage_capture_ui(
    ui: &mut egui::Ui,
    view: &mut CaptureView,
    classifier: &Classifier,
    store: &Store,
    actions: &mut Vec<Action>,
) {
    if let Some(text) = take_paste(ui) {
        view.pasted(&text);
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(t!("capture-new-request")).clicked() {
            view.form = Some(RequestForm::default());
        }
        ui.label(
            egui::RichText::new(t!("capture-paste-hint"))
                .small()
                .color(theme::MUTED),
        );
    });
    if let Some(e) = &view.paste_error {
        ui.colored_label(ui.visuals().error_fg_color, e.as_str());
    }
    preview_ui(ui.ctx(), view, store, actions);
    form_ui(ui.ctx(), view, classifier, store, actions);
    replies_ui(ui, view, store, actions);
    todo_ui(ui, view, store, actions);
}

fn preview_ui(
    ctx: &egui::Context,
    view: &mut CaptureView,
    store: &Store,
    actions: &mut Vec<Action>,
) {
    let Some(page) = &view.preview else {
        return;
    };
    let mut close = false;
    egui::Window::new(t!("capture-preview-title"))
        .id(egui::Id::unique("capture-preview"))
        .collapsible(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.label(t!(
                "capture-preview-recognised",
                count = page.requests.len(),
                platform = store.rules().name_of(&page.platform)
            ));
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    for r in &page.requests {
                        ui.label(r.summary_line());
                    }
                    if !page.not_understood.is_empty() {
                        ui.add_space(6.0);
                        ui.label(
                            egui::RichText::new(t!(
                                "capture-preview-not-understood",
                                count = page.not_understood.len()
                            ))
                            .strong(),
                        );
                        for l in &page.not_understood {
                            ui.label(egui::RichText::new(l).color(theme::MUTED));
                        }
                    }
                });
            ui.horizontal(|ui| {
                if ui
                    .button(t!("capture-preview-save", count = page.requests.len()))
                    .clicked()
                {
                    actions.push(Action::Apply(Command::CaptureRequests(
                        page.requests.clone(),
                    )));
                    close = true;
                }
                if ui.button(t!("capture-cancel")).clicked() {
                    close = true;
                }
            });
        });
    if close {
        view.preview = None;
    }
}

fn form_ui(
    ctx: &egui::Context,
    view: &mut CaptureView,
    classifier: &Classifier,
    store: &Store,
    actions: &mut Vec<Action>,
) {
    let Some(form) = &mut view.form else {
        return;
    };
    let mut close = false;
    egui::Window::new(t!("capture-new-request"))
        .id(egui::Id::unique("capture-form"))
        .collapsible(false)
        .show(ctx, |ui| {
            egui::Grid::new("capture-form-grid")
                .num_columns(2)
                .show(ui, |ui| {
                    let l = ui.label(t!("capture-form-platform"));
                    egui::ComboBox::from_id_salt("capture-form-platform")
                        .selected_text(store.rules().name_of(&form.platform).to_owned())
                        .show_ui(ui, |ui| {
                            for key in store.rules().keys() {
                                ui.selectable_value(
                                    &mut form.platform,
                                    key.to_owned(),
                                    store.rules().name_of(key),
                                );
                            }
                        })
                        .response
                        .labelled_by(l.id);
                    ui.end_row();
                    for (label, value) in [
                        (t!("capture-form-name"), &mut form.name),
                        (t!("capture-form-url"), &mut form.url),
                        (t!("capture-form-headline"), &mut form.headline),
                        (t!("capture-form-date"), &mut form.date),
                    ] {
                        let l = ui.label(label);
                        ui.text_edit_singleline(value).labelled_by(l.id);
                        ui.end_row();
                    }
                    let l = ui.label(t!("capture-form-note"));
                    ui.add(egui::TextEdit::multiline(&mut form.note).desired_rows(4))
                        .labelled_by(l.id);
                    ui.end_row();
                });
            verdict_ui(ui, form, classifier, store);
            if let Some(e) = &form.error {
                ui.colored_label(ui.visuals().error_fg_color, e.as_str());
            }
            ui.horizontal(|ui| {
                if ui.button(t!("capture-form-save")).clicked() {
                    match form_request(form) {
                        Ok(req) => {
                            actions.push(Action::Apply(Command::CaptureRequests(vec![req])));
                            close = true;
                        }
                        Err(e) => form.error = Some(e),
                    }
                }
                if ui.button(t!("capture-cancel")).clicked() {
                    close = true;
                }
            });
        });
    if close {
        view.form = None;
    }
}

/// The classifier's verdict and reasons on the note as it is typed.
fn verdict_ui(ui: &mut egui::Ui, form: &mut RequestForm, classifier: &Classifier, store: &Store) {
    let Some(rule) = store.rules().get(&form.platform) else {
        return;
    };
    let stale = form
        .verdict
        .as_ref()
        .is_none_or(|(note, platform, _)| *note != form.note || *platform != form.platform);
    if stale {
        let c = classifier.classify(&form.note, rule);
        form.verdict = Some((form.note.clone(), form.platform.clone(), c));
    }
    let Some((_, _, c)) = &form.verdict else {
        return;
    };
    ui.label(
        egui::RichText::new(t!(
            "capture-form-verdict",
            verdict = c.verdict.code(),
            proposal = super::triage::proposal(c.proposal)
        ))
        .strong(),
    );
    for r in &c.reasons {
        let sign = if r.weight > 0.0 { "+" } else { "−" };
        ui.label(format!("  {sign} {}", r.localized()));
    }
}

/// The request the form describes, or what is missing.
fn form_request(form: &RequestForm) -> Result<CapturedRequest, String> {
    if form.name.trim().is_empty() {
        return Err(t!("capture-form-name-missing"));
    }
    let day = if form.date.trim().is_empty() {
        None
    } else {
        Some(
            chrono::NaiveDate::parse_from_str(form.date.trim(), "%Y-%m-%d")
                .map_err(|_| t!("capture-form-bad-date", value = form.date.trim()))?,
        )
    };
    let (first_name, last_name) = Person::split_name(&form.name);
    let url = form.url.trim();
    Ok(CapturedRequest {
        platform: form.platform.clone(),
        first_name,
        last_name,
        headline: form.headline.trim().to_owned(),
        profile_url: (!url.is_empty()).then(|| url.to_owned()),
        invitation_url: None,
        received_at: typed_in_time(day, now()),
        exact_time: false,
        note: form.note.trim().to_owned(),
        mutual_connections: None,
        source: CaptureSource::Manual,
    })
}

/// The platform's name for a to-do's buttons.
fn open_label(store: &Store, platform: &str) -> String {
    t!(
        "capture-open-on",
        platform = store.rules().name_of(platform)
    )
}

/// The link to open for a to-do, if any is safe to open.
fn todo_link(store: &Store, todo: &PlatformTodo) -> Option<String> {
    let rule = store.rules().get(&todo.platform)?;
    link_to_open(
        rule,
        todo.details.invitation_url.as_deref(),
        todo.details.profile_url.as_deref(),
        &format!("{} {}", todo.first_name, todo.last_name),
    )
}

/// The decisions still to be done on LinkedIn or XING, each with "Open on …" and
/// "Done on …". P opens the newest.
pub fn todo_ui(
    ui: &mut egui::Ui,
    view: &mut CaptureView,
    store: &Store,
    actions: &mut Vec<Action>,
) {
    if let Some(e) = &view.todo_error {
        ui.colored_label(ui.visuals().error_fg_color, e.as_str());
    }
    if view.todos.is_empty() {
        return;
    }
    let typing = ui.ctx().memory(|m| m.focused().is_some());
    if !typing
        && ui.input_mut(|i| i.consume_shortcut(&OPEN_ON_PLATFORM))
        && let Some(link) = view.todos.first().and_then(|t| todo_link(store, t))
    {
        actions.push(Action::OpenLink(link));
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new(t!("capture-todo-title", count = view.todos.len())).strong());
        egui::ScrollArea::vertical()
            .id_salt("capture-todos")
            .max_height(160.0)
            .show(ui, |ui| {
                for todo in &view.todos {
                    ui.horizontal(|ui| {
                        let platform = store.rules().name_of(&todo.platform);
                        ui.label(format!(
                            "{} {} · {}",
                            todo.first_name,
                            todo.last_name,
                            decision_label(todo.decision, platform)
                        ));
                        let link = todo_link(store, todo);
                        let tip = super::shortcuts::tooltip(
                            ui.ctx(),
                            &open_label(store, &todo.platform),
                            &OPEN_ON_PLATFORM,
                        );
                        if ui
                            .add_enabled(
                                link.is_some(),
                                egui::Button::new(open_label(store, &todo.platform)),
                            )
                            .on_hover_text(tip)
                            .on_disabled_hover_text(t!("capture-no-link"))
                            .clicked()
                            && let Some(link) = link
                        {
                            actions.push(Action::OpenLink(link));
                        }
                        if ui
                            .button(t!("capture-done-on", platform = platform))
                            .clicked()
                        {
                            actions.push(Action::Apply(Command::LogEvent(NewEvent::manual(
                                todo.contact,
                                &todo.platform,
                                EventKind::DoneOnPlatform,
                                now(),
                            ))));
                        }
                    });
                }
            });
    });
}

/// What is to be done there: accept, decline, or answer with the Follow reply.
fn decision_label(kind: EventKind, platform: &str) -> String {
    match kind {
        EventKind::RequestAccepted => t!("capture-todo-accept", platform = platform),
        EventKind::RequestDeclined => t!("capture-todo-decline", platform = platform),
        _ => t!("capture-todo-redirect", platform = platform),
    }
}

/// After "redirect all unspecific": each reply in turn — copy, open, next.
fn replies_ui(ui: &mut egui::Ui, view: &mut CaptureView, store: &Store, actions: &mut Vec<Action>) {
    let Some(queue) = &mut view.replies else {
        return;
    };
    let mut close = false;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let count = queue.items.len();
        let Some((reply, platform)) = queue.items.get_mut(queue.at) else {
            close = true;
            return;
        };
        ui.label(
            egui::RichText::new(t!(
                "capture-replies-title",
                at = queue.at + 1,
                count = count,
                name = reply.name.as_str()
            ))
            .strong(),
        );
        let l = ui.label(t!("capture-replies-text"));
        ui.add(
            egui::TextEdit::multiline(&mut reply.text)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id);
        ui.horizontal(|ui| {
            if ui.button(t!("triage-copy-reply")).clicked() {
                ui.ctx().copy_text(reply.text.clone());
                actions.push(Action::Notify(t!(
                    "triage-reply-copied",
                    name = reply.name.as_str()
                )));
            }
            let link = store
                .request_details(reply.contact, platform)
                .ok()
                .and_then(|d| {
                    let rule = store.rules().get(platform)?;
                    link_to_open(
                        rule,
                        d.invitation_url.as_deref(),
                        d.profile_url.as_deref(),
                        &reply.name,
                    )
                });
            if ui
                .add_enabled(
                    link.is_some(),
                    egui::Button::new(open_label(store, platform)),
                )
                .clicked()
                && let Some(link) = link
            {
                actions.push(Action::OpenLink(link));
            }
            if ui.button(t!("capture-replies-next")).clicked() {
                queue.at += 1;
            }
            if ui.button(t!("capture-replies-stop")).clicked() {
                close = true;
            }
        });
    });
    if close || queue.at >= queue.items.len() {
        view.replies = None;
    }
}

/// The to-do list on Today: the same as in Triage, read again after any change.
pub fn today_todo_ui(
    ui: &mut egui::Ui,
    triage: &mut super::triage::TriageView,
    store: &Store,
    actions: &mut Vec<Action>,
) {
    triage.ensure_fresh(store);
    todo_ui(ui, &mut triage.capture, store, actions);
}
