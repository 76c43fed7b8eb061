//! The pipeline's charts (`egui_plot`): the funnel, conversion by cohort month, followers
//! over time with gains and losses, and the time-to-connect distribution — each with a
//! caption saying what it shows and what to do about it. Data is computed when the log
//! changes, not every frame.

use egui_plot::{Bar, BarChart, HoverPosition, Line, PlotPoints};

use super::today;
use crate::domain::metrics::{
    CohortRow, FollowerPoint, Funnel, Log, Period, TimeToConnectBucket, cohorts, follower_series,
    funnel, time_to_connect,
};
use crate::i18n;
use crate::store::Store;
use crate::t;
use crate::ui::plot::{count_tick, index_label, legend_ui, month_label, still_plot};
use crate::ui::theme;

/// Chart data, and the log generation it was computed from.
#[derive(Default)]
pub struct Charts {
    generation: Option<u64>,
    funnel: Option<Funnel>,
    cohorts: Vec<CohortRow>,
    followers: Vec<(String, Vec<FollowerPoint>)>,
    time_to_connect: Vec<TimeToConnectBucket>,
}

/// The funnel's stages, in the active language.
fn stages() -> [String; 6] {
    [
        t!("pipeline-stage-requests"),
        t!("pipeline-stage-redirected"),
        t!("pipeline-stage-following"),
        t!("pipeline-stage-engaged"),
        t!("pipeline-stage-connected"),
        t!("pipeline-stage-opportunity"),
    ]
}

/// A bar's hover text: its name and its count.
fn bar_hover(bar: &Bar, _: &BarChart) -> String {
    format!(
        "{}\n{}",
        bar.name,
        i18n::number(bar.value.abs().round() as i64)
    )
}

impl Charts {
    fn refresh(&mut self, log: &Log, generation: u64, store: &Store) {
        if self.generation == Some(generation) {
            return;
        }
        let as_of = today();
        self.funnel = Some(funnel(log, as_of));
        self.cohorts = cohorts(log, as_of);
        let from = as_of - chrono::Duration::days(730);
        self.followers = store
            .rules()
            .all()
            .iter()
            .filter(|r| r.follow_without_connecting)
            .map(|r| {
                (
                    r.name.clone(),
                    follower_series(log, &r.key, from, as_of, Period::Week),
                )
            })
            .collect();
        self.time_to_connect = time_to_connect(log, as_of, None);
        self.generation = Some(generation);
    }

    /// Draws the four charts.
    pub fn show(&mut self, ui: &mut egui::Ui, log: &Log, generation: u64, store: &Store) {
        self.refresh(log, generation, store);
        self.funnel_ui(ui, store);
        ui.add_space(theme::SECTION_GAP);
        self.cohorts_ui(ui);
        ui.add_space(theme::SECTION_GAP);
        self.followers_ui(ui);
        ui.add_space(theme::SECTION_GAP);
        self.time_to_connect_ui(ui);
    }

    fn funnel_ui(&self, ui: &mut egui::Ui, store: &Store) {
        let Some(f) = &self.funnel else { return };
        ui.strong(t!("pipeline-chart-funnel"));
        let n = f.platforms.len().max(1) as f64;
        let width = 0.8 / n;
        let colors = [theme::FOLLOWER, theme::PENDING, theme::REDIRECTED];
        let stages = stages();
        let axis = stages.clone();
        let legend: Vec<(egui::Color32, &str)> = f
            .platforms
            .iter()
            .enumerate()
            .map(|(i, p)| (colors[i % colors.len()], store.rules().name_of(&p.platform)))
            .collect();
        legend_ui(ui, &legend);
        still_plot("funnel")
            .x_axis_formatter(move |m, _| index_label(&axis, m.value))
            .y_axis_formatter(|m, _| count_tick(m))
            .show(ui, |plot| {
                for (i, p) in f.platforms.iter().enumerate() {
                    let c = &p.counts;
                    let values = [
                        c.requests,
                        c.redirected,
                        c.following,
                        c.engaged,
                        c.connected,
                        c.opportunity,
                    ];
                    let offset = (i as f64 - (n - 1.0) / 2.0) * width;
                    let bars = values
                        .iter()
                        .enumerate()
                        .map(|(x, v)| {
                            Bar::new(x as f64 + offset, *v as f64)
                                .width(width * 0.95)
                                .name(&stages[x])
                        })
                        .collect();
                    let name = store.rules().name_of(&p.platform).to_owned();
                    plot.bar_chart(
                        BarChart::new(name, bars)
                            .color(colors[i % colors.len()])
                            .element_formatter(Box::new(bar_hover)),
                    );
                }
            });
        let all = &f.all;
        let conversion = all
            .conversion_180d
            .map_or_else(|| t!("pipeline-not-measurable"), i18n::percent);
        let median = all.median_days_to_connect.map_or_else(
            || "—".to_owned(),
            |d| t!("pipeline-days", count = d.round() as i64),
        );
        caption(
            ui,
            &t!(
                "pipeline-funnel-caption",
                conversion = conversion,
                median = median,
                later = all.redirects.connected_later
            ),
        );
    }

    fn cohorts_ui(&self, ui: &mut egui::Ui) {
        ui.strong(t!("pipeline-chart-cohorts"));
        let mut months: Vec<(String, u64, u64)> = Vec::new();
        for row in &self.cohorts {
            let m = month_label(row.month);
            match months.last_mut() {
                Some((last, entered, connected)) if *last == m => {
                    *entered += row.entered;
                    *connected += row.connected_180d;
                }
                _ => months.push((m, row.entered, row.connected_180d)),
            }
        }
        let recent: Vec<_> = months.iter().rev().take(18).rev().cloned().collect();
        let labels: Vec<String> = recent.iter().map(|m| m.0.clone()).collect();
        let entered: Vec<Bar> = recent
            .iter()
            .enumerate()
            .map(|(i, m)| Bar::new(i as f64, m.1 as f64).width(0.7).name(&m.0))
            .collect();
        let connected: Vec<Bar> = recent
            .iter()
            .enumerate()
            .map(|(i, m)| Bar::new(i as f64, m.2 as f64).width(0.4).name(&m.0))
            .collect();
        legend_ui(
            ui,
            &[
                (theme::FOLLOWER, t!("pipeline-cohorts-entered")),
                (theme::CONNECTED, t!("pipeline-cohorts-connected")),
            ],
        );
        still_plot("cohorts")
            .x_axis_formatter(move |m, _| index_label(&labels, m.value))
            .y_axis_formatter(|m, _| count_tick(m))
            .show(ui, |plot| {
                plot.bar_chart(
                    BarChart::new(t!("pipeline-cohorts-entered"), entered)
                        .color(theme::FOLLOWER)
                        .element_formatter(Box::new(bar_hover)),
                );
                plot.bar_chart(
                    BarChart::new(t!("pipeline-cohorts-connected"), connected)
                        .color(theme::CONNECTED)
                        .element_formatter(Box::new(bar_hover)),
                );
            });
        caption(ui, &t!("pipeline-cohorts-caption"));
    }

    fn followers_ui(&self, ui: &mut egui::Ui) {
        for (name, points) in &self.followers {
            ui.strong(t!("pipeline-chart-followers", platform = name.as_str()));
            let Some(first) = points.first().map(|p| p.start) else {
                continue;
            };
            // The x axis counts weeks from the first; its marks show the week's first day.
            let week_start = move |x: f64| first + chrono::Duration::days((x * 7.0).round() as i64);
            let x = |p: &FollowerPoint| (p.start - first).num_days() as f64 / 7.0;
            let count: PlotPoints = points.iter().map(|p| [x(p), p.followers as f64]).collect();
            let gained: Vec<Bar> = points
                .iter()
                .map(|p| Bar::new(x(p), p.gained as f64).width(0.8))
                .collect();
            let lost: Vec<Bar> = points
                .iter()
                .map(|p| Bar::new(x(p), -(p.lost as f64)).width(0.8))
                .collect();
            let total_lost: u64 = points.iter().map(|p| p.lost).sum();
            legend_ui(
                ui,
                &[
                    (theme::FOLLOWER, t!("pipeline-followers-line")),
                    (theme::CONNECTED, t!("pipeline-followers-gained")),
                    (theme::WARNING, t!("pipeline-followers-lost")),
                ],
            );
            still_plot(format!("followers-{name}"))
                .x_axis_formatter(move |m, _| {
                    if (m.value - m.value.round()).abs() < 1e-6 && m.value >= 0.0 {
                        i18n::date(week_start(m.value))
                    } else {
                        String::new()
                    }
                })
                .y_axis_formatter(|m, _| count_tick(m))
                .label_formatter(move |pos| match pos {
                    HoverPosition::NearDataPoint {
                        plot_name,
                        position,
                        ..
                    } => Some(format!(
                        "{plot_name}\n{}: {}",
                        i18n::date(week_start(position.x)),
                        i18n::number(position.y.round() as i64)
                    )),
                    HoverPosition::Elsewhere { .. } => None,
                })
                .show(ui, |plot| {
                    plot.line(
                        Line::new(t!("pipeline-followers-line"), count).color(theme::FOLLOWER),
                    );
                    plot.bar_chart(
                        BarChart::new(t!("pipeline-followers-gained"), gained)
                            .color(theme::CONNECTED)
                            .element_formatter(Box::new(bar_hover)),
                    );
                    plot.bar_chart(
                        BarChart::new(t!("pipeline-followers-lost"), lost)
                            .color(theme::WARNING)
                            .element_formatter(Box::new(bar_hover)),
                    );
                });
            caption(ui, &t!("pipeline-followers-caption", lost = total_lost));
        }
    }

    fn time_to_connect_ui(&self, ui: &mut egui::Ui) {
        ui.strong(t!("pipeline-chart-time-to-connect"));
        let labels: Vec<String> = self
            .time_to_connect
            .iter()
            .map(|b| {
                b.to_days.map_or_else(
                    || t!("pipeline-bucket-open", from = b.from_days),
                    |to| t!("pipeline-bucket", from = b.from_days, to = to),
                )
            })
            .collect();
        let bars: Vec<Bar> = self
            .time_to_connect
            .iter()
            .zip(&labels)
            .enumerate()
            .map(|(i, (b, l))| Bar::new(i as f64, b.count as f64).width(0.7).name(l))
            .collect();
        still_plot("time-to-connect")
            .x_axis_formatter(move |m, _| index_label(&labels, m.value))
            .y_axis_formatter(|m, _| count_tick(m))
            .show(ui, |plot| {
                plot.bar_chart(
                    BarChart::new(t!("pipeline-time-to-connect-bars"), bars)
                        .color(theme::CONNECTED)
                        .element_formatter(Box::new(bar_hover)),
                );
            });
        caption(ui, &t!("pipeline-time-to-connect-caption"));
    }
}

fn caption(ui: &mut egui::Ui, text: &str) {
    ui.label(egui::RichText::new(text).small().color(theme::MUTED));
}
