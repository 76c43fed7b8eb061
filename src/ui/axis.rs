//! Axis ticks of the charts, as the active language writes them: grouped counts and months.

use egui_plot::GridMark;

use crate::domain::metrics::Month;
use crate::i18n;
use crate::t;

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
