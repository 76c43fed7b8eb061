//! What the charts of Pipeline and Visibility share: a plot that holds still, its legend
//! on a line of its own above it (never over the data), and axis ticks as the active
//! language writes them (grouped counts, months, bar labels).

use egui_plot::{GridInput, GridMark, Plot};

use crate::domain::metrics::Month;
use crate::i18n;
use crate::t;

/// The height of every chart.
pub const CHART_HEIGHT: f32 = 170.0;

/// A plot that does not move: these charts are read, not explored.
pub fn still_plot<'a>(id: impl egui::AsIdSalt) -> Plot<'a> {
    Plot::new(id)
        .height(CHART_HEIGHT)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_grid([false, true])
}

/// A chart's legend: a coloured square and a name per series, on one line above the plot
/// (wrapping when narrow), so it never covers bars or lines whatever the language's words.
pub fn legend_ui<S: AsRef<str>>(ui: &mut egui::Ui, entries: &[(egui::Color32, S)]) {
    const SQUARE: f32 = 10.0;
    ui.horizontal_wrapped(|ui| {
        for (i, (color, name)) in entries.iter().enumerate() {
            // An entry moves to the next line whole, its square with its name.
            let galley = egui::WidgetText::from(name.as_ref()).into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Body,
            );
            let needed = SQUARE + ui.spacing().item_spacing.x + galley.size().x;
            if i > 0 && ui.available_size_before_wrap().x < needed {
                ui.end_row();
            }
            let (rect, _) =
                ui.allocate_exact_size(egui::vec2(SQUARE, SQUARE), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, *color);
            ui.label(galley);
            ui.add_space(8.0);
        }
    });
}

/// The label of bar `x` when `x` is a whole bar index, else nothing (between grid marks).
pub fn index_label<S: AsRef<str>>(labels: &[S], x: f64) -> String {
    let i = x.round();
    if (x - i).abs() < 1e-6 && i >= 0.0 {
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "checked non-negative and integral"
        )]
        let i = i as usize;
        labels
            .get(i)
            .map_or_else(String::new, |s| s.as_ref().to_owned())
    } else {
        String::new()
    }
}

/// A count on the y axis, grouped (1,000 / 1.000); nothing between whole numbers.
pub fn count_tick(mark: GridMark) -> String {
    let v = mark.value;
    if (v - v.round()).abs() < 1e-6 {
        i18n::number(v.round() as i64)
    } else {
        String::new()
    }
}

/// A month as the language writes it on an axis: `Mar 2026` / `Mär 2026`.
pub fn month_label(m: Month) -> String {
    t!(
        "visibility-month",
        month = m.month,
        year = m.year.to_string()
    )
}

/// Plot units per screen point on an axis, from what a grid spacer is told (`egui_plot`'s
/// `base_step_size` is that ratio times its smallest grid spacing, 8 points by default).
fn units_per_point(input: &GridInput) -> f64 {
    input.base_step_size / 8.0
}

/// Marks at every multiple of `step` within the bounds.
fn marks_every(step: f64, bounds: (f64, f64)) -> Vec<GridMark> {
    if step.is_nan() || step <= 0.0 || !bounds.0.is_finite() || !bounds.1.is_finite() {
        return Vec::new();
    }
    let first = (bounds.0 / step).ceil() as i64;
    let last = (bounds.1 / step).floor() as i64;
    (first..=last.min(first + 200))
        .map(|k| GridMark {
            value: k as f64 * step,
            step_size: step,
        })
        .collect()
}

/// A grid for counts: whole, "round" steps (1, 2, 5 × 10ⁿ) at least `min_points` apart, so
/// an axis shows several labelled values, never a bare 0 and 1,000.
pub fn count_grid(min_points: f64) -> impl Fn(GridInput) -> Vec<GridMark> {
    move |input: GridInput| {
        let raw = (units_per_point(&input) * min_points).max(1.0);
        let power = 10f64.powi(raw.log10().floor() as i32);
        let step = [1.0, 2.0, 5.0, 10.0]
            .into_iter()
            .map(|m| m * power)
            .find(|s| *s >= raw)
            .unwrap_or(10.0 * power);
        marks_every(step, input.bounds)
    }
}

/// A grid for bars at whole indices: every bar when there is room for a label of
/// `min_points`, else every second, third, … bar.
pub fn index_grid(min_points: f64) -> impl Fn(GridInput) -> Vec<GridMark> {
    move |input: GridInput| {
        let every = (units_per_point(&input) * min_points).ceil().max(1.0);
        marks_every(every, input.bounds)
    }
}

/// The headline figure of a chart, in a large line above it.
pub fn kpi_ui(ui: &mut egui::Ui, text: &str) {
    ui.label(egui::RichText::new(text).size(19.0).strong());
}

/// [`count_tick`] for a horizontal axis: nothing for a mark so close to the right edge that
/// its label would be cut in half.
pub fn count_tick_inside(mark: GridMark, range: &std::ops::RangeInclusive<f64>) -> String {
    let width = range.end() - range.start();
    if mark.value > range.end() - 0.04 * width {
        String::new()
    } else {
        count_tick(mark)
    }
}
