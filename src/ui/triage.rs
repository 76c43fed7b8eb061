//! Triage: the queue of undecided incoming requests, newest first, decided with one key
//! each — A accept, F redirect to Follow, D decline, L later — with undo.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::app::Action;
use super::theme;
use crate::domain::command::Command;
use crate::domain::tag::REDIRECT_TAG;
use crate::domain::time::now;
use crate::domain::{EventKind, NewEvent};
use crate::store::{PendingRequest, Store};

pub const ACCEPT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::A);
pub const REDIRECT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F);
pub const DECLINE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::D);
pub const LATER: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::L);

/// A decision on a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Accept,
    Redirect,
    Decline,
    Later,
}

impl Decision {
    pub const ALL: [Self; 4] = [Self::Accept, Self::Redirect, Self::Decline, Self::Later];

    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Accept => "Accept",
            Self::Redirect => "Redirect to Follow",
            Self::Decline => "Decline",
            Self::Later => "Later",
        }
    }

    #[must_use]
    pub fn shortcut(self) -> KeyboardShortcut {
        match self {
            Self::Accept => ACCEPT,
            Self::Redirect => REDIRECT,
            Self::Decline => DECLINE,
            Self::Later => LATER,
        }
    }

    /// The command that records this decision on `req`.
    #[must_use]
    pub fn command(self, req: &PendingRequest) -> Command {
        let event = |kind| NewEvent::manual(req.contact, &req.platform, kind, now());
        match self {
            Self::Accept => Command::LogEvent(event(EventKind::RequestAccepted)),
            Self::Redirect => Command::Batch(vec![
                Command::LogEvent(event(EventKind::RedirectedToFollow)),
                Command::AddTag {
                    contact: req.contact,
                    name: REDIRECT_TAG.to_owned(),
                },
            ]),
            Self::Decline => Command::LogEvent(event(EventKind::RequestDeclined)),
            Self::Later => Command::LogEvent(event(EventKind::DecisionDeferred)),
        }
    }
}

/// The queue and the selection.
#[derive(Debug, Default)]
pub struct TriageView {
    queue: Vec<PendingRequest>,
    selected: usize,
    pub dirty: bool,
    loaded: bool,
    error: Option<String>,
}

impl TriageView {
    /// Re-reads the queue (after a decision or an import), keeping the position.
    pub fn refresh(&mut self, store: &Store) {
        match store.pending_requests() {
            Ok(q) => {
                self.queue = q;
                self.error = None;
            }
            Err(e) => self.error = Some(format!("Could not read the requests: {e}")),
        }
        self.selected = self.selected.min(self.queue.len().saturating_sub(1));
        self.dirty = false;
        self.loaded = true;
    }

    /// The request in focus.
    #[must_use]
    pub fn current(&self) -> Option<&PendingRequest> {
        self.queue.get(self.selected)
    }
}

/// Draws Triage.
pub fn triage_ui(
    ui: &mut egui::Ui,
    view: &mut TriageView,
    store: &Store,
    actions: &mut Vec<Action>,
) {
    if view.dirty || !view.loaded {
        view.refresh(store);
    }
    ui.heading("Triage");
    if let Some(e) = &view.error {
        ui.colored_label(ui.visuals().error_fg_color, e);
    }
    if view.queue.is_empty() {
        ui.add_space(40.0);
        ui.vertical_centered(|ui| {
            ui.label(egui::RichText::new("No requests waiting.").size(18.0));
            ui.label("New connection requests arrive with each LinkedIn export you import.");
            if ui.button("Import an export…").clicked() {
                actions.push(Action::Go(super::app::View::Import));
            }
        });
        return;
    }
    keys(ui, view, actions);
    ui.label(
        egui::RichText::new(format!(
            "{} requests waiting. Keys: A accept · F redirect to Follow · D decline · L later · ⬆⬇ move · Ctrl+Z undo",
            view.queue.len()
        ))
        .color(theme::MUTED),
    );
    ui.separator();
    egui::Panel::left("triage-queue")
        .resizable(true)
        .default_size(320.0)
        .show(ui, |ui| queue_ui(ui, view, store));
    egui::CentralPanel::default().show(ui, |ui| {
        if let Some(req) = view.current().cloned() {
            detail_ui(ui, &req, store, actions);
        }
    });
}

fn keys(ui: &egui::Ui, view: &mut TriageView, actions: &mut Vec<Action>) {
    // Letters are decisions only while no text field has focus.
    if ui.ctx().memory(|m| m.focused().is_some()) {
        return;
    }
    let (down, up) = ui.input_mut(|i| {
        (
            i.consume_shortcut(&super::shortcuts::NEXT),
            i.consume_shortcut(&super::shortcuts::PREVIOUS),
        )
    });
    if down {
        view.selected = (view.selected + 1).min(view.queue.len().saturating_sub(1));
    }
    if up {
        view.selected = view.selected.saturating_sub(1);
    }
    for d in Decision::ALL {
        if ui.input_mut(|i| i.consume_shortcut(&d.shortcut()))
            && let Some(req) = view.current()
        {
            actions.push(Action::Apply(d.command(req)));
            view.dirty = true;
        }
    }
}

fn queue_ui(ui: &mut egui::Ui, view: &mut TriageView, store: &Store) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, QUEUE_ROW_HEIGHT, view.queue.len(), |ui, range| {
            for i in range {
                if queue_item_ui(ui, &view.queue[i], view.selected == i, store).clicked() {
                    view.selected = i;
                }
            }
        });
}

/// Height of one request in the queue (two lines).
const QUEUE_ROW_HEIGHT: f32 = 46.0;

/// One request in the queue: name and platform, then the start of the message.
fn queue_item_ui(
    ui: &mut egui::Ui,
    req: &PendingRequest,
    selected: bool,
    store: &Store,
) -> egui::Response {
    let platform = store
        .rules()
        .get(&req.platform)
        .map_or(req.platform.as_str(), |r| r.name.as_str());
    let name = format!("{} {}", req.first_name, req.last_name);
    let (rect, resp) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), QUEUE_ROW_HEIGHT - 2.0),
        egui::Sense::click(),
    );
    resp.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name));
    let visuals = ui.visuals();
    if selected {
        ui.painter()
            .rect_filled(rect, 4.0, visuals.selection.bg_fill);
    } else if resp.hovered() {
        ui.painter()
            .rect_filled(rect, 4.0, visuals.widgets.hovered.weak_bg_fill);
    }
    let mut inner =
        ui.new_child(egui::UiBuilder::new().max_rect(rect.shrink2(egui::vec2(8.0, 3.0))));
    let mut title = format!("{name} · {platform}");
    if req.deferred {
        title.push_str(" · later");
    }
    inner.add(
        egui::Label::new(egui::RichText::new(title).strong())
            .selectable(false)
            .truncate(),
    );
    let preview = if req.message.is_empty() {
        egui::RichText::new("(no message)")
            .italics()
            .color(theme::MUTED)
    } else {
        egui::RichText::new(req.message.replace('\n', " "))
    };
    inner.add(egui::Label::new(preview).selectable(false).truncate());
    resp
}

fn detail_ui(ui: &mut egui::Ui, req: &PendingRequest, store: &Store, actions: &mut Vec<Action>) {
    let rule = store.rules().get(&req.platform);
    ui.heading(format!("{} {}", req.first_name, req.last_name));
    ui.label(format!(
        "{}{}{} · {} · {}",
        req.position,
        if req.position.is_empty() || req.company.is_empty() {
            ""
        } else {
            " at "
        },
        req.company,
        rule.map_or(req.platform.as_str(), |r| r.name.as_str()),
        req.at
            .with_timezone(&chrono::Local)
            .format("%Y-%m-%d %H:%M")
    ));
    ui.add_space(8.0);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        if req.message.is_empty() {
            ui.label(
                egui::RichText::new("(no message)")
                    .italics()
                    .color(theme::MUTED),
            );
        } else {
            ui.label(&req.message);
        }
    });
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        for d in Decision::ALL {
            let tip = super::shortcuts::tooltip(ui.ctx(), d.label(), &d.shortcut());
            if ui.button(d.label()).on_hover_text(tip).clicked() {
                actions.push(Action::Apply(d.command(req)));
            }
        }
        if ui.button("Open contact").clicked() {
            actions.push(Action::Open(req.contact));
        }
    });
}
