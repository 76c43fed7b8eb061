//! Today: the start screen of the morning routine — requests waiting for triage, people to
//! reach out to, follower change this week per platform — each a click into its view.

use super::app::{Action, View};
use super::theme;
use crate::domain::metrics::{Log, MixParams, content_mix, outreach_list};
use crate::domain::summary::Summary;
use crate::i18n;
use crate::store::{FollowerChange, Store};
use crate::t;

/// What Today shows from the metrics, computed when the log changes.
#[derive(Debug, Default)]
pub struct TodayMetrics {
    generation: Option<u64>,
    /// People whose warmth passed the threshold.
    pub ready: usize,
    /// People in the pipeline: the outreach list, counted as Pipeline counts it.
    pub in_pipeline: usize,
    /// Platforms whose recent posts turned promotional: (platform name, promotional share).
    pub warnings: Vec<(String, f64)>,
    /// The window those shares cover, in days.
    pub window_days: i64,
}

impl TodayMetrics {
    /// Recomputes from `log` when it changed since the last time.
    pub fn refresh(&mut self, log: &Log, generation: u64, store: &Store) {
        if self.generation == Some(generation) {
            return;
        }
        let today = chrono::Local::now().date_naive();
        let params = store.warmth_params().unwrap_or_default();
        let list = outreach_list(log, today, &params, None);
        self.ready = list.iter().filter(|e| e.ready).count();
        self.in_pipeline = list.len();
        let mix = MixParams::default();
        self.warnings = content_mix(log, today, &mix)
            .into_iter()
            .filter(|m| m.turning_promotional)
            .map(|m| {
                let name = store.rules().name_of(&m.platform).to_owned();
                (name, m.recent.promotional_share().unwrap_or(0.0))
            })
            .collect();
        self.window_days = mix.window_days;
        self.generation = Some(generation);
    }
}

/// Draws Today; `lead` draws what comes first (due reminders, signals).
#[allow(clippy::too_many_arguments)] // the inputs of one page, each borrowed from the app
pub fn today_ui(
    ui: &mut egui::Ui,
    summary: Option<&Summary>,
    follower_week: &[FollowerChange],
    metrics: &TodayMetrics,
    store: &Store,
    empty: bool,
    actions: &mut Vec<Action>,
    lead: &mut dyn FnMut(&mut egui::Ui, &mut Vec<Action>),
) {
    ui.heading(t!("nav-today"));
    ui.add_space(4.0);
    if empty {
        super::empty::no_contacts_ui(ui, actions);
        return;
    }
    // Due reminders and signals (src/ui/signals.rs) lead the page.
    lead(ui, actions);
    let Some(s) = summary else {
        ui.spinner();
        return;
    };
    let pending: u64 = s.platforms.values().map(|p| p.pending_incoming).sum();
    let cards = |ui: &mut egui::Ui, actions: &mut Vec<Action>| {
        card_ui(
            ui,
            &t!("today-requests"),
            &i18n::number(pending),
            &if pending == 0 {
                t!("today-requests-none")
            } else {
                t!("today-requests-hint")
            },
            &t!("today-open-triage"),
            View::Triage,
            actions,
        );
        card_ui(
            ui,
            &t!("today-ready"),
            &i18n::number(metrics.ready),
            &t!("today-ready-hint", count = metrics.in_pipeline),
            &t!("today-open-pipeline"),
            View::Pipeline,
            actions,
        );
    };
    // Side by side where both fit, else one under the other: a card is a frame, which a
    // wrapping row would not move to the next line, so it would widen the page instead.
    let pair_width = 2.0 * (CARD_WIDTH + 2.0 * CARD_MARGIN) + ui.spacing().item_spacing.x;
    if ui.available_width() >= pair_width {
        ui.horizontal(|ui| cards(ui, actions));
    } else {
        ui.vertical(|ui| cards(ui, actions));
    }
    for (name, share) in &metrics.warnings {
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            let text = t!(
                "today-promotional-warning",
                platform = name.as_str(),
                share = i18n::percent(*share),
                days = metrics.window_days
            );
            ui.colored_label(theme::WARNING, format!("⚠ {text}"));
            if ui.link(t!("today-open-visibility")).clicked() {
                actions.push(Action::Go(View::Visibility));
            }
        });
    }
    ui.add_space(theme::SECTION_GAP);
    ui.strong(t!("today-follower-change"));
    let (with_followers, without): (Vec<&FollowerChange>, Vec<&FollowerChange>) =
        follower_week.iter().partition(|fc| {
            store
                .rules()
                .get(&fc.platform)
                .is_none_or(|r| r.follow_without_connecting)
        });
    egui::Grid::new("follower-week")
        .num_columns(4)
        .show(ui, |ui| {
            for fc in with_followers {
                let name = store.rules().name_of(&fc.platform);
                ui.label(name);
                ui.colored_label(theme::CONNECTED, t!("today-gained", count = fc.gained));
                ui.colored_label(theme::WARNING, t!("today-lost", count = fc.lost));
                let net = fc.gained as i64 - fc.lost as i64;
                let net = if net > 0 {
                    format!("+{}", i18n::number(net))
                } else {
                    i18n::number(net)
                };
                ui.label(t!("today-net", net = net));
                ui.end_row();
            }
        });
    for fc in without {
        let name = store.rules().name_of(&fc.platform);
        ui.label(egui::RichText::new(t!("today-no-follow", platform = name)).color(theme::MUTED));
    }
    if follower_week.iter().any(|f| f.lost > 0) {
        ui.label(egui::RichText::new(t!("today-followers-lost")).color(theme::MUTED));
        if ui.link(t!("today-open-visibility")).clicked() {
            actions.push(Action::Go(View::Visibility));
        }
    }
}

/// A card's content width and its frame's margin, in points.
const CARD_WIDTH: f32 = 300.0;
const CARD_MARGIN: f32 = 12.0;

fn card_ui(
    ui: &mut egui::Ui,
    title: &str,
    figure: &str,
    text: &str,
    button: &str,
    view: View,
    actions: &mut Vec<Action>,
) {
    egui::Frame::group(ui.style())
        .inner_margin(CARD_MARGIN)
        .show(ui, |ui| {
            ui.vertical(|ui| {
                ui.set_width(CARD_WIDTH);
                ui.set_min_height(130.0);
                ui.label(egui::RichText::new(title).strong());
                ui.label(egui::RichText::new(figure).size(30.0));
                ui.label(text);
                if ui.button(button).clicked() {
                    actions.push(Action::Go(view));
                }
            });
        });
}
