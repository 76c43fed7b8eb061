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
use crate::i18n;
use crate::store::Store;
use crate::t;

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
    pub const ALL: [(Self, KeyboardShortcut); 7] = [
        (Self::Log(EventKind::Liked), LOG_LIKE),
        (Self::Log(EventKind::Commented), LOG_COMMENT),
        (Self::Log(EventKind::Shared), LOG_SHARE),
        (Self::Log(EventKind::Message), LOG_MESSAGE),
        (Self::Connected, MARK_CONNECTED),
        (Self::OpenProfile, OPEN_PROFILE),
        (Self::CopyTemplate, COPY_TEMPLATE),
    ];

    /// The button's text, in the active language.
    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::Log(EventKind::Liked) => t!("pipeline-quick-liked"),
            Self::Log(EventKind::Commented) => t!("pipeline-quick-commented"),
            Self::Log(EventKind::Shared) => t!("pipeline-quick-shared"),
            Self::Log(_) => t!("pipeline-quick-message"),
            Self::Connected => t!("pipeline-quick-connected"),
            Self::OpenProfile => t!("pipeline-quick-open-profile"),
            Self::CopyTemplate => t!("pipeline-quick-copy-template"),
        }
    }
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
    /// The warmth settings as stored, and the log generation they were read at (every
    /// applied change bumps it, a changed setting included).
    stored: Option<(u64, WarmthParams)>,
    charts: charts::Charts,
    /// The "worth a message now" list above the outreach list.
    signals: super::signals::SignalsPanel,
}

/// The day the metrics are seen from.
fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

impl PipelineView {
    /// The warmth settings with the threshold on screen; read from the store only when
    /// the log changed, not every frame.
    fn params(&mut self, generation: u64, store: &Store) -> WarmthParams {
        let mut p = match self.stored {
            Some((at, p)) if at == generation => p,
            _ => {
                let p = store.warmth_params().unwrap_or_default();
                self.stored = Some((generation, p));
                p
            }
        };
        if let Some(t) = self.threshold {
            p.threshold = t;
        } else {
            self.threshold = Some(p.threshold);
        }
        p
    }

    /// Recomputes the list when the log or the threshold changed.
    fn refresh(&mut self, log: &Log, generation: u64, store: &Store) {
        let params = self.params(generation, store);
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
    ui.heading(t!("nav-pipeline"));
    let Some((log, generation)) = log else {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(t!("pipeline-reading"));
        });
        return;
    };
    view.refresh(log, generation, store);
    if view.len() == 0 {
        ui.add_space(30.0);
        ui.vertical_centered(|ui| {
            ui.label(egui::RichText::new(t!("pipeline-empty")).size(18.0));
            ui.label(t!("pipeline-empty-hint"));
            if ui.button(t!("pipeline-open-triage")).clicked() {
                actions.push(Action::Go(super::app::View::Triage));
            }
        });
        return;
    }
    keys(ui, view, store, actions);
    toolbar_ui(ui, view, actions);
    ui.separator();
    if theme::narrow(ui) {
        // Narrow: the person and the list first, the charts under them, all scrolling.
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                super::signals::pipeline_lead_ui(
                    ui,
                    &mut view.signals,
                    store,
                    log,
                    generation,
                    actions,
                );
                selected_ui(ui, view, store, actions);
                ui.separator();
                ui.push_id("pipeline-list", |ui| {
                    ui.set_max_height(320.0);
                    list_ui(ui, view, store);
                });
                ui.separator();
                view.charts.show(ui, log, generation, store);
            });
        return;
    }
    egui::Panel::right("pipeline-charts")
        .resizable(true)
        .default_size(ui.available_width() * 0.45)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                view.charts.show(ui, log, generation, store);
            });
        });
    egui::CentralPanel::default().show(ui, |ui| {
        super::signals::pipeline_lead_ui(ui, &mut view.signals, store, log, generation, actions);
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
        ui.label(t!("pipeline-summary", count = view.len(), ready = ready));
        ui.separator();
        let l = ui.label(t!("pipeline-threshold"));
        let mut t = view.threshold.unwrap_or(WarmthParams::default().threshold);
        let resp = ui
            .add(
                egui::DragValue::new(&mut t)
                    .range(0.5..=100.0)
                    .speed(0.1)
                    .custom_formatter(|v, _| i18n::decimal(v, 1))
                    .custom_parser(parse_decimal),
            )
            .labelled_by(l.id)
            .on_hover_text(t!("pipeline-threshold-tooltip"));
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
    ui.label(egui::RichText::new(t!("pipeline-keys")).color(theme::MUTED));
}

/// A number as typed in either language: `2.5` or `2,5` (no thousands here).
fn parse_decimal(text: &str) -> Option<f64> {
    text.trim().replace(',', ".").parse().ok()
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
    for (q, key) in Quick::ALL {
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
                None => actions.push(Action::Notify(t!(
                    "pipeline-no-profile",
                    name = name.as_str()
                ))),
            }
        }
        Quick::CopyTemplate => match outreach_text(entry, name, store) {
            Some(text) => {
                ctx.copy_text(text);
                actions.push(Action::Notify(t!(
                    "pipeline-template-copied",
                    name = name.as_str()
                )));
            }
            None => actions.push(Action::Notify(t!("pipeline-no-template"))),
        },
    }
}

/// The outreach template in the language and tone of their last request (in the user's
/// language when it does not tell), filled in.
fn outreach_text(entry: &OutreachEntry, name: &str, store: &Store) -> Option<String> {
    use crate::domain::templates::{Purpose, TemplateValues, render, template_name};
    let rule = store.rules().get(&entry.platform)?;
    let (lang, tone) = super::triage::answer_language(store, entry.contact, rule);
    let template = template_name(
        Purpose::Outreach,
        lang,
        tone,
        rule.follow_without_connecting,
    );
    let body = store.template(&template).ok()?;
    let contact = store.contact(entry.contact).ok()??;
    let my_name = store.setting(super::triage::MY_NAME).ok().flatten();
    let my_profile = store.setting(super::triage::MY_PROFILE).ok().flatten();
    let _ = name;
    Some(render(
        &body,
        &TemplateValues {
            first_name: Some(&contact.fields.first_name),
            last_name: Some(&contact.fields.last_name),
            my_name: my_name.as_deref(),
            my_profile: my_profile.as_deref(),
            platform: Some(&rule.name),
        },
    ))
}

fn selected_ui(ui: &mut egui::Ui, view: &PipelineView, store: &Store, actions: &mut Vec<Action>) {
    let Some((e, name)) = view.current() else {
        return;
    };
    let platform = store.rules().name_of(&e.platform);
    ui.horizontal(|ui| {
        ui.heading(name);
        ui.label(format!("· {platform}"));
        if e.ready {
            ui.colored_label(theme::CONNECTED, t!("pipeline-ready"));
        }
    });
    super::team::warnings_ui(ui, store, e.contact);
    let why = match (e.follows_me, e.redirected) {
        (true, true) => t!("pipeline-why-redirected-following"),
        (false, true) => t!("pipeline-why-redirected"),
        _ => t!("pipeline-why-follows"),
    };
    ui.label(t!(
        "pipeline-warmth-line",
        score = i18n::decimal(e.warmth.score, 1),
        parts = parts_text(e),
        why = why
    ));
    ui.horizontal_wrapped(|ui| {
        for (q, key) in Quick::ALL {
            let label = q.label();
            let tip = super::shortcuts::tooltip(ui.ctx(), &label, &key);
            if ui.button(label).on_hover_text(tip).clicked() {
                quick(ui.ctx(), view, q, store, actions);
            }
        }
        if ui.button(t!("pipeline-open-contact")).clicked() {
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
            let points = i18n::decimal(p.contribution, 1);
            match p.kind {
                EventKind::Commented => {
                    t!("pipeline-part-comments", count = p.count, points = points)
                }
                EventKind::Shared => t!("pipeline-part-shares", count = p.count, points = points),
                _ => t!("pipeline-part-likes", count = p.count, points = points),
            }
        })
        .collect();
    if parts.is_empty() {
        t!("pipeline-no-engagement")
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
                let platform = store.rules().name_of(&e.platform);
                let last = e
                    .warmth
                    .last_interaction
                    .map_or_else(|| t!("pipeline-no-interaction"), |t| i18n::local_date(&t));
                let star = if e.ready { "★ " } else { "" };
                let warmth = t!(
                    "pipeline-row-warmth",
                    score = i18n::decimal(e.warmth.score, 1)
                );
                let text = format!("{star}{name} · {platform} · {warmth} · {last}");
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
