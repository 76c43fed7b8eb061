//! Today: the start screen of the morning routine — requests waiting for triage, people to
//! reach out to, follower change this week per platform — each a click into its view.

use super::app::{Action, View};
use super::theme;
use crate::domain::metrics::{Log, MixParams, content_mix, outreach_list};
use crate::domain::summary::Summary;
use crate::store::{FollowerChange, Store};

/// What Today shows from the metrics, computed when the log changes.
#[derive(Debug, Default)]
pub struct TodayMetrics {
    generation: Option<u64>,
    /// People whose warmth passed the threshold.
    pub ready: usize,
    /// One line per platform whose recent posts turned promotional.
    pub warnings: Vec<String>,
}

impl TodayMetrics {
    /// Recomputes from `log` when it changed since the last time.
    pub fn refresh(&mut self, log: &Log, generation: u64, store: &Store) {
        if self.generation == Some(generation) {
            return;
        }
        let today = chrono::Local::now().date_naive();
        let params = store.warmth_params().unwrap_or_default();
        self.ready = outreach_list(log, today, &params, None)
            .iter()
            .filter(|e| e.ready)
            .count();
        let mix = MixParams::default();
        self.warnings = content_mix(log, today, &mix)
            .into_iter()
            .filter(|m| m.turning_promotional)
            .map(|m| {
                let name = store.rules().get(&m.platform).map_or(m.platform.clone(), |r| r.name.clone());
                let share = m.recent.promotional_share().unwrap_or(0.0) * 100.0;
                format!(
                    "{name}: {share:.0} % of your posts in the last {} days were promotional or profile updates. People hide such posts — and you are not told.",
                    mix.window_days
                )
            })
            .collect();
        self.generation = Some(generation);
    }
}

/// Draws Today.
pub fn today_ui(
    ui: &mut egui::Ui,
    summary: Option<&Summary>,
    follower_week: &[FollowerChange],
    metrics: &TodayMetrics,
    store: &Store,
    empty: bool,
    actions: &mut Vec<Action>,
) {
    ui.heading("Today");
    ui.add_space(4.0);
    if empty {
        super::empty::no_contacts_ui(ui, actions);
        return;
    }
    let Some(s) = summary else {
        ui.spinner();
        return;
    };
    let pending: u64 = s.platforms.values().map(|p| p.pending_incoming).sum();
    let followers: u64 = s.platforms.values().map(|p| p.followers).sum();
    let redirected: u64 = s.platforms.values().map(|p| p.redirected).sum();
    ui.horizontal_wrapped(|ui| {
        card_ui(
            ui,
            "Requests to triage",
            &pending.to_string(),
            if pending == 0 {
                "Nothing waiting. Well done."
            } else {
                "Decide each with one key: accept, redirect to Follow, decline or later."
            },
            "Open Triage",
            View::Triage,
            actions,
        );
        card_ui(
            ui,
            "Ready for outreach",
            &metrics.ready.to_string(),
            &format!(
                "Warm enough to contact now, of {} people who follow you or were redirected and are not connected.",
                followers + redirected
            ),
            "Open Pipeline",
            View::Pipeline,
            actions,
        );
    });
    for w in &metrics.warnings {
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(theme::WARNING, format!("⚠ {w}"));
            if ui.link("Open Visibility").clicked() {
                actions.push(Action::Go(View::Visibility));
            }
        });
    }
    ui.add_space(theme::SECTION_GAP);
    ui.strong("Follower change in the last 7 days");
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
                let name = store
                    .rules()
                    .get(&fc.platform)
                    .map_or(fc.platform.as_str(), |r| r.name.as_str());
                ui.label(name);
                ui.colored_label(theme::CONNECTED, format!("+{} gained", fc.gained));
                ui.colored_label(theme::WARNING, format!("−{} lost", fc.lost));
                let net = fc.gained as i64 - fc.lost as i64;
                ui.label(format!("net {net:+}"));
                ui.end_row();
            }
        });
    for fc in without {
        let name = store
            .rules()
            .get(&fc.platform)
            .map_or(fc.platform.as_str(), |r| r.name.as_str());
        ui.label(
            egui::RichText::new(format!(
                "{name}: people cannot follow you without connecting."
            ))
            .color(theme::MUTED),
        );
    }
    if follower_week.iter().any(|f| f.lost > 0) {
        ui.label(
            egui::RichText::new(
                "Followers can be lost, and nobody tells you. Check Visibility for why.",
            )
            .color(theme::MUTED),
        );
        if ui.link("Open Visibility").clicked() {
            actions.push(Action::Go(View::Visibility));
        }
    }
}

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
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.vertical(|ui| {
                ui.set_width(300.0);
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
