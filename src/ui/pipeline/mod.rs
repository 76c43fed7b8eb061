//! Pipeline: people who follow me but are not connected, and redirected people, ranked by
//! warmth (shown with its parts), with a "ready for outreach" mark above a threshold the
//! user sets, one-key quick actions on the selected person, and the charts of the funnel.

mod charts;

use chrono::NaiveDate;
use egui::{Key, KeyboardShortcut, Modifiers};

use super::app::Action;
use super::theme;
use crate::domain::command::Command;
use crate::domain::identity::browser_url;
use crate::domain::metrics::{Log, OutreachEntry, WarmthParams, outreach_list};
use crate::domain::time::now;
use crate::domain::{EventKind, NewEvent};
use crate::store::Store;

pub const LOG_LIKE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::L);
pub const LOG_COMMENT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::C);
pub const LOG_SHARE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::S);
pub const LOG_MESSAGE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::M);
pub const MARK_CONNECTED: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::K);
pub const OPEN_PROFILE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::P);
pub const COPY_TEMPLATE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::T);

/// A quick action on the selected person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quick {
    Log(EventKind),
    Connected,
    OpenProfile,
    CopyTemplate,
}

impl Quick {
    pub const ALL: [(Self, KeyboardShortcut, &'static str); 7] = [
        (Self::Log(EventKind::Liked), LOG_LIKE, "Liked a post"),
        (Self::Log(EventKind::Commented), LOG_COMMENT, "Commented"),
        (Self::Log(EventKind::Shared), LOG_SHARE, "Shared"),
        (Self::Log(EventKind::Message), LOG_MESSAGE, "Message"),
        (Self::Connected, MARK_CONNECTED, "Mark as connected"),
        (Self::OpenProfile, OPEN_PROFILE, "Open profile"),
        (Self::CopyTemplate, COPY_TEMPLATE, "Copy outreach template"),
    ];
}

/// The list as computed, with the inputs it was computed from.
struct Ranked {
    generation: u64,
    threshold: f64,
    entries: Vec<(OutreachEntry, String)>,
}

/// The Pipeline view's state.
#[derive(Default)]
pub struct PipelineView {
    ranked: Option<Ranked>,
    selected: usize,
    threshold: Option<f64>,
    charts: charts::Charts,
}

/// The day the metrics are seen from.
fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

impl PipelineView {
    fn params(&mut self, store: &Store) -> WarmthParams {
        let mut p = store.warmth_params().unwrap_or_default();
        if let Some(t) = self.threshold {
            p.threshold = t;
        } else {
            self.threshold = Some(p.threshold);
        }
        p
    }

    /// Recomputes the list when the log or the threshold changed.
    fn refresh(&mut self, log: &Log, generation: u64, store: &Store) {
        let params = self.params(store);
        let fresh = self.ranked.as_ref().is_some_and(|r| {
            r.generation == generation && r.threshold.to_bits() == params.threshold.to_bits()
        });
        if fresh {
            return;
        }
        let list = outreach_list(log, today(), &params, None);
        let ids: Vec<_> = list.iter().map(|e| e.contact).collect();
        let names = store.contact_names(&ids).unwrap_or_default();
        self.ranked = Some(Ranked {
            generation,
            threshold: params.threshold,
            entries: list.into_iter().zip(names).collect(),
        });
        self.selected = self.selected.min(self.len().saturating_sub(1));
    }

    fn len(&self) -> usize {
        self.ranked.as_ref().map_or(0, |r| r.entries.len())
    }

    fn current(&self) -> Option<&(OutreachEntry, String)> {
        self.ranked.as_ref()?.entries.get(self.selected)
    }
}

/// Draws Pipeline.
pub fn pipeline_ui(
    ui: &mut egui::Ui,
    view: &mut PipelineView,
    store: &Store,
    log: Option<(&Log, u64)>,
    actions: &mut Vec<Action>,
) {
    ui.heading("Pipeline");
    let Some((log, generation)) = log else {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label("Reading the history…");
        });
        return;
    };
    view.refresh(log, generation, store);
    if view.len() == 0 {
        ui.add_space(30.0);
        ui.vertical_centered(|ui| {
            ui.label(egui::RichText::new("Nobody in the pipeline yet.").size(18.0));
            ui.label("People land here when they follow you without connecting, or when you redirect a request to Follow.");
            if ui.button("Open Triage").clicked() {
                actions.push(Action::Go(super::app::View::Triage));
            }
        });
        return;
    }
    keys(ui, view, store, actions);
    toolbar_ui(ui, view, actions);
    ui.separator();
    egui::Panel::right("pipeline-charts")
        .resizable(true)
        .default_size(ui.available_width() * 0.45)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                view.charts.show(ui, log, generation, store);
            });
        });
    egui::CentralPanel::default().show(ui, |ui| {
        selected_ui(ui, view, store, actions);
        ui.separator();
        list_ui(ui, view, store);
    });
}

fn toolbar_ui(ui: &mut egui::Ui, view: &mut PipelineView, actions: &mut Vec<Action>) {
    let ready = view
        .ranked
        .as_ref()
        .map_or(0, |r| r.entries.iter().filter(|(e, _)| e.ready).count());
    ui.horizontal(|ui| {
        ui.label(format!(
            "{} people, warmest first · {ready} ready for outreach",
            view.len()
        ));
        ui.separator();
        let l = ui.label("Ready at warmth");
        let mut t = view.threshold.unwrap_or(WarmthParams::default().threshold);
        let resp = ui
            .add(egui::DragValue::new(&mut t).range(0.5..=100.0).speed(0.1))
            .labelled_by(l.id)
            .on_hover_text("Warmth: comments count 3, shares 2, likes 1, halving every 30 days");
        if resp.changed() {
            view.threshold = Some(t);
        }
        if resp.drag_stopped() || resp.lost_focus() {
            actions.push(Action::Apply(Command::SetSetting {
                key: WarmthParams::THRESHOLD_SETTING.to_owned(),
                value: Some(format!("{t}")),
            }));
        }
    });
    ui.label(
        egui::RichText::new(
            "Keys on the selected person: L like · C comment · S share · M message · K connected · P open profile · T copy outreach template · ⬆⬇ move · Enter open",
        )
        .color(theme::MUTED),
    );
}

fn keys(ui: &egui::Ui, view: &mut PipelineView, store: &Store, actions: &mut Vec<Action>) {
    if ui.ctx().memory(|m| m.focused().is_some()) {
        return;
    }
    let (down, up, open) = ui.input_mut(|i| {
        (
            i.consume_shortcut(&super::shortcuts::NEXT),
            i.consume_shortcut(&super::shortcuts::PREVIOUS),
            i.consume_shortcut(&super::shortcuts::OPEN),
        )
    });
    if down {
        view.selected = (view.selected + 1).min(view.len().saturating_sub(1));
    }
    if up {
        view.selected = view.selected.saturating_sub(1);
    }
    if open && let Some((e, _)) = view.current() {
        actions.push(Action::Open(e.contact));
    }
    for (q, key, _) in Quick::ALL {
        if ui.input_mut(|i| i.consume_shortcut(&key)) {
            quick(ui.ctx(), view, q, store, actions);
        }
    }
}

/// Does a quick action on the selected person.
fn quick(
    ctx: &egui::Context,
    view: &PipelineView,
    q: Quick,
    store: &Store,
    actions: &mut Vec<Action>,
) {
    let Some((entry, name)) = view.current() else {
        return;
    };
    let event = |kind| NewEvent::manual(entry.contact, &entry.platform, kind, now());
    match q {
        Quick::Log(kind) => actions.push(Action::Apply(Command::LogEvent(event(kind)))),
        Quick::Connected => actions.push(Action::Apply(Command::LogEvent(event(
            EventKind::Connected,
        )))),
        Quick::OpenProfile => {
            let url = store
                .profiles(entry.contact)
                .ok()
                .and_then(|ps| ps.into_iter().find(|p| p.platform == entry.platform))
                .and_then(|p| p.url);
            match url {
                Some(u) => ctx.open_url(egui::OpenUrl::new_tab(browser_url(&u))),
                None => actions.push(Action::Notify(format!("No profile link for {name}."))),
            }
        }
        Quick::CopyTemplate => match outreach_text(entry, name, store) {
            Some(text) => {
                ctx.copy_text(text);
                actions.push(Action::Notify(format!(
                    "Outreach template for {name} copied."
                )));
            }
            None => actions.push(Action::Notify("No outreach template found.".into())),
        },
    }
}

/// The outreach template in the language and tone of their last request (English when
/// there is none), filled in.
fn outreach_text(entry: &OutreachEntry, name: &str, store: &Store) -> Option<String> {
    use crate::domain::classifier::{Classifier, Lang};
    use crate::domain::templates::{Purpose, TemplateValues, render, template_name};
    let rule = store.rules().get(&entry.platform)?;
    let last_request = store
        .events(entry.contact)
        .ok()?
        .into_iter()
        .rev()
        .find(|e| e.kind == EventKind::RequestReceived && !e.message.is_empty());
    let (lang, tone) = match last_request {
        Some(e) => {
            let c = Classifier::builtin().classify(&e.message, rule);
            (c.lang, c.tone)
        }
        None => (Lang::En, None),
    };
    let template = template_name(
        Purpose::Outreach,
        lang,
        tone,
        rule.follow_without_connecting,
    );
    let body = store.template(&template).ok()?;
    let contact = store.contact(entry.contact).ok()??;
    let my_name = store.setting(super::triage::MY_NAME).ok().flatten();
    let _ = name;
    Some(render(
        &body,
        &TemplateValues {
            first_name: Some(&contact.fields.first_name),
            last_name: Some(&contact.fields.last_name),
            my_name: my_name.as_deref(),
            platform: Some(&rule.name),
        },
    ))
}

fn selected_ui(ui: &mut egui::Ui, view: &PipelineView, store: &Store, actions: &mut Vec<Action>) {
    let Some((e, name)) = view.current() else {
        return;
    };
    let platform = store
        .rules()
        .get(&e.platform)
        .map_or(e.platform.as_str(), |r| r.name.as_str());
    ui.horizontal(|ui| {
        ui.heading(name);
        ui.label(format!("· {platform}"));
        if e.ready {
            ui.colored_label(theme::CONNECTED, "★ ready for outreach");
        }
    });
    let why = match (e.follows_me, e.redirected) {
        (true, true) => "redirected to Follow, and follows you",
        (false, true) => "redirected to Follow, not following yet",
        _ => "follows you, not connected",
    };
    ui.label(format!(
        "Warmth {:.1}: {} · {why}",
        e.warmth.score,
        parts_text(e)
    ));
    ui.horizontal_wrapped(|ui| {
        for (q, key, label) in Quick::ALL {
            let tip = super::shortcuts::tooltip(ui.ctx(), label, &key);
            if ui.button(label).on_hover_text(tip).clicked() {
                quick(ui.ctx(), view, q, store, actions);
            }
        }
        if ui.button("Open contact").clicked() {
            actions.push(Action::Open(e.contact));
        }
    });
}

/// "3 comments (4.2) · 1 like (0.5)".
fn parts_text(e: &OutreachEntry) -> String {
    let parts: Vec<String> = e
        .warmth
        .parts
        .iter()
        .filter(|p| p.count > 0)
        .map(|p| {
            let what = match p.kind {
                EventKind::Commented => "comment",
                EventKind::Shared => "share",
                _ => "like",
            };
            let plural = if p.count == 1 { "" } else { "s" };
            format!("{} {what}{plural} ({:.1})", p.count, p.contribution)
        })
        .collect();
    if parts.is_empty() {
        "no engagement yet".to_owned()
    } else {
        parts.join(" · ")
    }
}

fn list_ui(ui: &mut egui::Ui, view: &mut PipelineView, store: &Store) {
    let Some(ranked) = &view.ranked else {
        return;
    };
    let mut clicked = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, theme::ROW_HEIGHT, ranked.entries.len(), |ui, range| {
            for i in range {
                let (e, name) = &ranked.entries[i];
                let platform = store
                    .rules()
                    .get(&e.platform)
                    .map_or(e.platform.as_str(), |r| r.name.as_str());
                let last = e.warmth.last_interaction.map_or_else(
                    || "no interaction yet".to_owned(),
                    |t| {
                        t.with_timezone(&chrono::Local)
                            .format("%Y-%m-%d")
                            .to_string()
                    },
                );
                let star = if e.ready { "★ " } else { "" };
                let text = format!(
                    "{star}{name} · {platform} · warmth {:.1} · {last}",
                    e.warmth.score
                );
                if ui
                    .add(egui::Button::selectable(view.selected == i, text).truncate())
                    .clicked()
                {
                    clicked = Some(i);
                }
            }
        });
    if let Some(i) = clicked {
        view.selected = i;
    }
}
