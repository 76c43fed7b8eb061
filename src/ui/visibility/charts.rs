//! The three charts of Visibility, each with a caption in plain words: who sees my posts
//! (a stacked bar per platform), the content mix per month, and the engagement rate.

use egui_plot::{Bar, BarChart, Line, Points};

use super::super::plot::{count_tick, index_label, legend_ui, month_label, still_plot};
use super::super::theme;
use super::post_form::kind_label;
use super::segments::SegmentKind;
use crate::domain::metrics::{ContentMix, EngagementPoint, Month, PlatformVisibility};
use crate::domain::{PlatformRule, PlatformRules, PostKind};
use crate::i18n;
use crate::t;

/// Reads one kind's count.
type KindCount = fn(&crate::domain::metrics::KindCounts) -> u64;

/// A percentage (0–100) with `digits` decimals: `12.5%` / `12,5 %`.
fn percent_label(value: f64, digits: usize) -> String {
    t!("visibility-percent", value = i18n::decimal(value, digits))
}

fn caption_ui(ui: &mut egui::Ui, text: &str) {
    ui.label(egui::RichText::new(text).color(theme::MUTED));
}

#[expect(clippy::cast_precision_loss, reason = "counts of people and posts")]
fn f(n: u64) -> f64 {
    n as f64
}

/// One stacked bar per platform: how many people are in each segment.
pub fn audience_chart_ui(ui: &mut egui::Ui, vis: &[PlatformVisibility], rules: &PlatformRules) {
    ui.strong(t!("visibility-chart-audience"));
    let names: Vec<String> = vis
        .iter()
        .map(|v| rules.name_of(&v.platform).to_owned())
        .collect();
    let mut charts: Vec<BarChart> = Vec::new();
    let mut legend = Vec::new();
    for kind in SegmentKind::ALL {
        let bars = vis
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let seg = kind.of(v);
                Bar::new(i as f64, f(seg.count()))
                    .name(t!(
                        "visibility-audience-bar",
                        platform = names[i].as_str(),
                        segment = kind.label(seg),
                        count = seg.count()
                    ))
                    .fill(kind.color())
            })
            .collect();
        let label = vis
            .first()
            .map_or_else(|| kind.name(), |v| kind.label(kind.of(v)));
        legend.push((kind.color(), label.clone()));
        let refs: Vec<&BarChart> = charts.iter().collect();
        let chart = BarChart::new(label, bars)
            .color(kind.color())
            .width(0.6)
            .element_formatter(Box::new(|bar, _| bar.name.clone()))
            .stack_on(&refs);
        charts.push(chart);
    }
    legend_ui(ui, &legend);
    still_plot("visibility-audience")
        .include_x(-0.5)
        .include_x(vis.len() as f64 - 0.5)
        .include_y(0.0)
        .x_axis_formatter(move |m, _| index_label(&names, m.value))
        .y_axis_formatter(|m, _| count_tick(m))
        .y_axis_label(t!("visibility-axis-people"))
        .show(ui, |plot| {
            for c in charts {
                plot.add(c);
            }
        });
    caption_ui(ui, &t!("visibility-audience-caption"));
}

/// A kind of post's colour, the same in the mix chart and the posts list: orange and grey
/// for the kinds that make people hide you.
pub(super) fn kind_color(kind: PostKind) -> egui::Color32 {
    match kind {
        PostKind::Relevant => theme::CONNECTED,
        PostKind::Promotional => theme::WARNING,
        PostKind::ProfileUpdate => theme::MUTED,
    }
}

/// The share of relevant, promotional and profile-update posts, month by month.
pub fn mix_chart_ui(ui: &mut egui::Ui, mix: &ContentMix, rule: &PlatformRule) {
    ui.strong(t!("visibility-chart-mix", platform = rule.name.as_str()));
    if mix.months.is_empty() {
        ui.label(t!("visibility-mix-none"));
        return;
    }
    let labels: Vec<String> = mix.months.iter().map(|m| month_label(m.month)).collect();
    let kinds: [(PostKind, egui::Color32, KindCount); 3] = [
        (PostKind::Relevant, kind_color(PostKind::Relevant), |c| {
            c.relevant
        }),
        (
            PostKind::Promotional,
            kind_color(PostKind::Promotional),
            |c| c.promotional,
        ),
        (
            PostKind::ProfileUpdate,
            kind_color(PostKind::ProfileUpdate),
            |c| c.profile_update,
        ),
    ];
    let legend: Vec<(egui::Color32, String)> = kinds
        .iter()
        .map(|(kind, color, _)| (*color, kind_label(*kind)))
        .collect();
    legend_ui(ui, &legend);
    let mut charts: Vec<BarChart> = Vec::new();
    for (kind, color, get) in kinds {
        let name = kind_label(kind);
        let bars = mix
            .months
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let total = m.counts.total().max(1);
                let n = get(&m.counts);
                let pct = 100.0 * f(n) / f(total);
                Bar::new(i as f64, pct)
                    .name(t!(
                        "visibility-mix-bar",
                        month = labels[i].as_str(),
                        kind = name.as_str(),
                        share = percent_label(pct, 0),
                        count = n,
                        total = total
                    ))
                    .fill(color)
            })
            .collect();
        let refs: Vec<&BarChart> = charts.iter().collect();
        let chart = BarChart::new(name, bars)
            .color(color)
            .width(0.8)
            .element_formatter(Box::new(|bar, _| bar.name.clone()))
            .stack_on(&refs);
        charts.push(chart);
    }
    still_plot(format!("visibility-mix-{}", rule.key))
        .include_y(0.0)
        .include_y(100.0)
        .x_axis_formatter(move |m, _| index_label(&labels, m.value))
        .y_axis_formatter(|m, _| percent_label(m.value, 0))
        .show(ui, |plot| {
            for c in charts {
                plot.add(c);
            }
        });
    caption_ui(ui, &t!("visibility-mix-caption"));
}

/// Engagements ÷ impressions (or ÷ followers) per month.
pub fn engagement_chart_ui(ui: &mut egui::Ui, points: &[EngagementPoint], rule: &PlatformRule) {
    ui.strong(t!("visibility-chart-rate", platform = rule.name.as_str()));
    if points.is_empty() {
        ui.label(t!("visibility-rate-none"));
        return;
    }
    let labels: Vec<String> = points.iter().map(|p| month_label(p.month)).collect();
    let from_posts: Vec<[f64; 2]> = points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.rate_from_posts.map(|r| [i as f64, r * 100.0]))
        .collect();
    let from_daily: Vec<[f64; 2]> = points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.rate_from_daily.map(|r| [i as f64, r * 100.0]))
        .collect();
    let months: Vec<Month> = points.iter().map(|p| p.month).collect();
    let mut legend = vec![(theme::FOLLOWER, t!("visibility-rate-logged"))];
    if !from_daily.is_empty() {
        legend.push((theme::REDIRECTED, t!("visibility-rate-imported")));
    }
    legend_ui(ui, &legend);
    still_plot(format!("visibility-rate-{}", rule.key))
        .include_y(0.0)
        .x_axis_formatter(move |m, _| index_label(&labels, m.value))
        .y_axis_formatter(|m, _| percent_label(m.value, 1))
        .label_formatter(move |pos| match pos {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => {
                let i = position.x.round();
                #[expect(
                    clippy::cast_possible_truncation,
                    clippy::cast_sign_loss,
                    reason = "rounded, clamped below"
                )]
                let month = months
                    .get(i.max(0.0) as usize)
                    .map(|m| month_label(*m))
                    .unwrap_or_default();
                Some(format!(
                    "{plot_name}\n{month}: {}",
                    percent_label(position.y, 2)
                ))
            }
            egui_plot::HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot| {
            let logged = t!("visibility-rate-logged");
            plot.line(
                Line::new(logged.as_str(), from_posts.clone())
                    .color(theme::FOLLOWER)
                    .width(2.0),
            );
            plot.points(
                Points::new(logged, from_posts)
                    .color(theme::FOLLOWER)
                    .radius(2.5),
            );
            if !from_daily.is_empty() {
                plot.line(
                    Line::new(t!("visibility-rate-imported"), from_daily)
                        .color(theme::REDIRECTED)
                        .width(2.0),
                );
            }
        });
    caption_ui(ui, &t!("visibility-rate-caption"));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_lang};

    #[test]
    fn months_and_percentages_per_language() {
        let march = Month {
            year: 2026,
            month: 3,
        };
        let december = Month {
            year: 2026,
            month: 12,
        };
        set_lang(Lang::De);
        assert_eq!(month_label(march), "Mär 2026");
        assert_eq!(month_label(december), "Dez 2026");
        assert_eq!(percent_label(12.5, 1), "12,5\u{a0}%");
        set_lang(Lang::En);
        assert_eq!(month_label(march), "Mar 2026");
        assert_eq!(month_label(december), "Dec 2026");
        assert_eq!(percent_label(12.5, 1), "12.5%");
    }
}
