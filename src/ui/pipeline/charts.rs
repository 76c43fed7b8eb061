//! The pipeline's charts (`egui_plot`): the funnel, conversion by cohort month, followers
//! over time with gains and losses, and the time-to-connect distribution — each under its
//! headline figure in a large line, with values on the bars, every axis named and every
//! category labelled, and a caption saying what to do about it; and "what is warmth", the
//! weights and half-life the outreach list ranks by. Data is computed when the log changes,
//! not every frame.

use egui::Align2;
use egui_plot::{Bar, BarChart, HoverPosition, Line, PlotPoint, PlotPoints, Text};

use super::today;
use crate::domain::metrics::{
    CohortRow, FollowerPoint, Funnel, Log, Month, Period, TimeToConnectBucket, WarmthParams,
    cohorts, follower_series, funnel, time_to_connect,
};
use crate::i18n;
use crate::store::Store;
use crate::t;
use crate::ui::plot::{
    CHART_HEIGHT, count_grid, count_tick, count_tick_inside, index_grid, index_label, kpi_ui,
    legend_ui, month_label, still_plot,
};
use crate::ui::theme;

/// Chart data, and the log generation it was computed from.
#[derive(Default)]
pub struct Charts {
    generation: Option<u64>,
    funnel: Option<Funnel>,
    cohorts: Vec<CohortRow>,
    followers: Vec<(String, Vec<FollowerPoint>)>,
    time_to_connect: Vec<TimeToConnectBucket>,
    /// The warmth settings, for "what is warmth".
    warmth: WarmthParams,
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

/// A count written at the end of a bar.
fn value_label(at: PlotPoint, value: u64, anchor: Align2) -> Text {
    Text::new("", at, format!(" {} ", i18n::number(value)))
        .anchor(anchor)
        .color(theme::MUTED)
}

/// Room for bar values: the largest value and a fifth more.
fn headroom(max: u64) -> f64 {
    (max.max(1) as f64) * 1.2
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
        self.warmth = store.warmth_params().unwrap_or_default();
        self.generation = Some(generation);
    }

    /// Draws "what is warmth" and the four charts.
    pub fn show(&mut self, ui: &mut egui::Ui, log: &Log, generation: u64, store: &Store) {
        self.refresh(log, generation, store);
        warmth_ui(ui, &self.warmth);
        ui.add_space(theme::SECTION_GAP);
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
        let all = &f.all;
        let median = all.median_days_to_connect.map_or_else(
            || "—".to_owned(),
            |d| t!("pipeline-days", count = d.round() as i64),
        );
        kpi_ui(
            ui,
            &all.conversion_180d.map_or_else(
                || t!("charts-kpi-funnel-none"),
                |share| {
                    t!(
                        "charts-kpi-funnel",
                        share = i18n::percent(share),
                        median = median.as_str()
                    )
                },
            ),
        );
        let n = f.platforms.len().max(1) as f64;
        let width = 0.8 / n;
        let colors = [theme::FOLLOWER, theme::PENDING, theme::REDIRECTED];
        let stages = stages();
        // Horizontal bars, the first stage on top: every stage's name fits on the axis.
        let top = (stages.len() - 1) as f64;
        let axis: Vec<String> = stages.iter().rev().cloned().collect();
        let legend: Vec<(egui::Color32, &str)> = f
            .platforms
            .iter()
            .enumerate()
            .map(|(i, p)| (colors[i % colors.len()], store.rules().name_of(&p.platform)))
            .collect();
        legend_ui(ui, &legend);
        let max = f
            .platforms
            .iter()
            .map(|p| p.counts.requests.max(p.counts.following))
            .max()
            .unwrap_or(0);
        still_plot("funnel")
            .height((6.0 * (14.0 * n as f32 + 12.0) + 40.0).max(CHART_HEIGHT))
            .show_grid([true, false])
            .include_x(0.0)
            .include_x(headroom(max))
            .y_grid_spacer(index_grid(14.0))
            .x_grid_spacer(count_grid(70.0))
            .y_axis_formatter(move |m, _| index_label(&axis, m.value))
            .x_axis_formatter(count_tick_inside)
            .x_axis_label(t!("charts-axis-people"))
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
                    let offset = -(i as f64 - (n - 1.0) / 2.0) * width;
                    let bars = values
                        .iter()
                        .enumerate()
                        .map(|(x, v)| {
                            Bar::new(top - x as f64 + offset, *v as f64)
                                .width(width * 0.9)
                                .name(&stages[x])
                        })
                        .collect();
                    let name = store.rules().name_of(&p.platform).to_owned();
                    let color = colors[i % colors.len()];
                    plot.bar_chart(
                        BarChart::new(name, bars)
                            .color(color)
                            .horizontal()
                            .element_formatter(Box::new(bar_hover)),
                    );
                    for (x, v) in values.iter().enumerate() {
                        let at = PlotPoint::new(*v as f64, top - x as f64 + offset);
                        plot.text(value_label(at, *v, Align2::LEFT_CENTER));
                    }
                }
            });
        caption(
            ui,
            &t!(
                "pipeline-funnel-caption",
                conversion = all
                    .conversion_180d
                    .map_or_else(|| t!("pipeline-not-measurable"), i18n::percent),
                median = median,
                later = all.redirects.connected_later
            ),
        );
    }

    fn cohorts_ui(&self, ui: &mut egui::Ui) {
        ui.strong(t!("pipeline-chart-cohorts"));
        let mut months: Vec<(Month, u64, u64)> = Vec::new();
        for row in &self.cohorts {
            match months.last_mut() {
                Some((last, entered, connected)) if *last == row.month => {
                    *entered += row.entered;
                    *connected += row.connected_180d;
                }
                _ => months.push((row.month, row.entered, row.connected_180d)),
            }
        }
        // As many months as fit with their values written on the bars (6 to 18).
        let fit = ((ui.available_width() - 70.0) / 34.0)
            .floor()
            .clamp(6.0, 18.0) as usize;
        let recent: Vec<_> = months.iter().rev().take(fit).rev().copied().collect();
        let entered_sum: u64 = recent.iter().map(|m| m.1).sum();
        let connected_sum: u64 = recent.iter().map(|m| m.2).sum();
        kpi_ui(
            ui,
            &if entered_sum == 0 {
                t!("charts-kpi-cohorts-none")
            } else {
                t!(
                    "charts-kpi-cohorts",
                    connected = connected_sum,
                    entered = entered_sum,
                    share = i18n::percent(connected_sum as f64 / entered_sum as f64),
                    months = recent.len()
                )
            },
        );
        let labels: Vec<String> = recent.iter().map(|m| month_label(m.0)).collect();
        let entered: Vec<Bar> = recent
            .iter()
            .zip(&labels)
            .enumerate()
            .map(|(i, (m, l))| Bar::new(i as f64, m.1 as f64).width(0.7).name(l))
            .collect();
        let connected: Vec<Bar> = recent
            .iter()
            .zip(&labels)
            .enumerate()
            .map(|(i, (m, l))| Bar::new(i as f64, m.2 as f64).width(0.4).name(l))
            .collect();
        legend_ui(
            ui,
            &[
                (theme::FOLLOWER, t!("pipeline-cohorts-entered")),
                (theme::CONNECTED, t!("pipeline-cohorts-connected")),
            ],
        );
        let max = recent.iter().map(|m| m.1).max().unwrap_or(0);
        still_plot("cohorts")
            .include_y(0.0)
            .include_y(headroom(max))
            .x_grid_spacer(index_grid(70.0))
            .y_grid_spacer(count_grid(34.0))
            .x_axis_formatter(move |m, _| index_label(&labels, m.value))
            .y_axis_formatter(|m, _| count_tick(m))
            .x_axis_label(t!("charts-axis-cohort-month"))
            .y_axis_label(t!("charts-axis-people"))
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
                for (i, m) in recent.iter().enumerate() {
                    let at = PlotPoint::new(i as f64, m.1 as f64);
                    plot.text(value_label(at, m.1, Align2::CENTER_BOTTOM));
                    if m.2 > 0 {
                        let at = PlotPoint::new(i as f64, m.2 as f64);
                        plot.text(
                            Text::new("", at, i18n::number(m.2))
                                .anchor(Align2::CENTER_TOP)
                                .color(theme::CONNECTED),
                        );
                    }
                }
            });
        caption(ui, &t!("pipeline-cohorts-caption"));
    }

    fn followers_ui(&self, ui: &mut egui::Ui) {
        for (name, points) in &self.followers {
            ui.strong(t!("pipeline-chart-followers", platform = name.as_str()));
            let Some(first) = points.first().map(|p| p.start) else {
                continue;
            };
            let recent = &points[points.len().saturating_sub(4)..];
            kpi_ui(
                ui,
                &t!(
                    "charts-kpi-followers",
                    followers = points.last().map_or(0, |p| p.followers),
                    gained = recent.iter().map(|p| p.gained).sum::<u64>(),
                    lost = recent.iter().map(|p| p.lost).sum::<u64>()
                ),
            );
            // The x axis counts weeks from the first; its marks show the week's month.
            let week_start = move |x: f64| first + chrono::Duration::days((x * 7.0).round() as i64);
            let x = |p: &FollowerPoint| (p.start - first).num_days() as f64 / 7.0;
            let count: PlotPoints = points.iter().map(|p| [x(p), p.followers as f64]).collect();
            let week_axis = move |m: egui_plot::GridMark, _: &std::ops::RangeInclusive<f64>| {
                if (m.value - m.value.round()).abs() < 1e-6 && m.value >= 0.0 {
                    month_label(Month::of(week_start(m.value)))
                } else {
                    String::new()
                }
            };
            let hover = move |pos: &HoverPosition<'_>| match pos {
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
            };
            legend_ui(ui, &[(theme::FOLLOWER, t!("pipeline-followers-line"))]);
            let max = points.iter().map(|p| p.followers).max().unwrap_or(0);
            still_plot(format!("followers-{name}"))
                .include_y(0.0)
                .include_y(max.max(1) as f64 * 1.1)
                .x_grid_spacer(index_grid(80.0))
                .y_grid_spacer(count_grid(34.0))
                .x_axis_formatter(week_axis)
                .y_axis_formatter(|m, _| count_tick(m))
                .y_axis_label(t!("pipeline-followers-line"))
                .label_formatter(hover)
                .show(ui, |plot| {
                    plot.line(
                        Line::new(t!("pipeline-followers-line"), count).color(theme::FOLLOWER),
                    );
                });
            // Gains and losses on a scale of their own: visible however many followers.
            let gained: Vec<Bar> = points
                .iter()
                .map(|p| {
                    Bar::new(x(p), p.gained as f64)
                        .width(0.8)
                        .name(i18n::date(p.start))
                })
                .collect();
            let lost: Vec<Bar> = points
                .iter()
                .map(|p| {
                    Bar::new(x(p), -(p.lost as f64))
                        .width(0.8)
                        .name(i18n::date(p.start))
                })
                .collect();
            let swing = points
                .iter()
                .map(|p| p.gained.max(p.lost))
                .max()
                .unwrap_or(0)
                .max(1) as f64;
            legend_ui(
                ui,
                &[
                    (theme::CONNECTED, t!("pipeline-followers-gained")),
                    (theme::WARNING, t!("pipeline-followers-lost")),
                ],
            );
            still_plot(format!("follower-changes-{name}"))
                .height(CHART_HEIGHT * 0.7)
                .include_y(swing * 1.1)
                .include_y(-swing * 1.1)
                .x_grid_spacer(index_grid(80.0))
                .y_grid_spacer(count_grid(24.0))
                .x_axis_formatter(week_axis)
                .y_axis_formatter(|m, _| count_tick(m))
                .y_axis_label(t!("charts-axis-per-week"))
                .show(ui, |plot| {
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
            let total_lost: u64 = points.iter().map(|p| p.lost).sum();
            caption(ui, &t!("pipeline-followers-caption", lost = total_lost));
        }
    }

    fn time_to_connect_ui(&self, ui: &mut egui::Ui) {
        ui.strong(t!("pipeline-chart-time-to-connect"));
        let total: u64 = self.time_to_connect.iter().map(|b| b.count).sum();
        let median = self
            .funnel
            .as_ref()
            .and_then(|f| f.all.median_days_to_connect);
        kpi_ui(
            ui,
            &match median {
                Some(d) if total > 0 => t!(
                    "charts-kpi-time-to-connect",
                    median = t!("pipeline-days", count = d.round() as i64),
                    count = total
                ),
                _ => t!("charts-kpi-time-to-connect-none"),
            },
        );
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
        // Horizontal bars, the shortest times on top: every bucket's name fits on the axis.
        let top = self.time_to_connect.len().saturating_sub(1) as f64;
        let axis: Vec<String> = labels.iter().rev().cloned().collect();
        let bars: Vec<Bar> = self
            .time_to_connect
            .iter()
            .zip(&labels)
            .enumerate()
            .map(|(i, (b, l))| Bar::new(top - i as f64, b.count as f64).width(0.7).name(l))
            .collect();
        let max = self
            .time_to_connect
            .iter()
            .map(|b| b.count)
            .max()
            .unwrap_or(0);
        // Rows tall enough that egui_plot writes every bucket's name.
        let rows = self.time_to_connect.len().max(1) as f32;
        still_plot("time-to-connect")
            .height((rows * 26.0 + 40.0).max(CHART_HEIGHT))
            .show_grid([true, false])
            .include_x(0.0)
            .include_x(headroom(max))
            .y_grid_spacer(index_grid(14.0))
            .x_grid_spacer(count_grid(70.0))
            .y_axis_formatter(move |m, _| index_label(&axis, m.value))
            .x_axis_formatter(count_tick_inside)
            .x_axis_label(t!("pipeline-time-to-connect-bars"))
            .show(ui, |plot| {
                plot.bar_chart(
                    BarChart::new(t!("pipeline-time-to-connect-bars"), bars)
                        .color(theme::CONNECTED)
                        .horizontal()
                        .element_formatter(Box::new(bar_hover)),
                );
                for (i, b) in self.time_to_connect.iter().enumerate() {
                    let at = PlotPoint::new(b.count as f64, top - i as f64);
                    plot.text(value_label(at, b.count, Align2::LEFT_CENTER));
                }
            });
        caption(ui, &t!("pipeline-time-to-connect-caption"));
    }
}

/// What warmth is made of: the weights, the half-life and the threshold in use.
fn warmth_ui(ui: &mut egui::Ui, p: &WarmthParams) {
    egui::CollapsingHeader::new(t!("charts-warmth-title"))
        .default_open(true)
        .show(ui, |ui| {
            ui.label(t!(
                "charts-warmth-weights",
                comment = i18n::decimal(p.comment, 1),
                share = i18n::decimal(p.share, 1),
                like = i18n::decimal(p.like, 1)
            ));
            ui.label(t!(
                "charts-warmth-half-life",
                days = i18n::decimal(p.half_life_days, 0)
            ));
            ui.label(t!(
                "charts-warmth-threshold",
                threshold = i18n::decimal(p.threshold, 1)
            ));
        });
}

fn caption(ui: &mut egui::Ui, text: &str) {
    ui.label(egui::RichText::new(text).small().color(theme::MUTED));
}
