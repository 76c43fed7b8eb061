//! Text tables for the reports: columns as wide as their (translated) headings, numbers
//! aligned right, the last column left as long as it is.

use std::io::Write;

/// A column: its minimum width and whether its cells align right (numbers).
pub(super) struct Column {
    pub min: usize,
    pub right: bool,
}

pub(super) const fn left(min: usize) -> Column {
    Column { min, right: false }
}

pub(super) const fn right(min: usize) -> Column {
    Column { min, right: true }
}

/// The widths of a table whose headings are `heads`.
pub(super) struct TextTable {
    widths: Vec<(usize, bool)>,
}

impl TextTable {
    /// Each column as wide as its heading, and at least its minimum.
    pub fn new(heads: &[String], columns: &[Column]) -> Self {
        let widths = heads
            .iter()
            .zip(columns)
            .map(|(h, c)| (h.chars().count().max(c.min), c.right))
            .collect();
        Self { widths }
    }

    /// Writes one line of `cells`; cells beyond the columns are written as they are.
    pub fn row(&self, out: &mut dyn Write, cells: &[String]) -> std::io::Result<()> {
        let mut line = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                line.push(' ');
            }
            let padded = match self.widths.get(i) {
                Some(&(w, true)) => format!("{cell:>w$}"),
                Some(&(w, false)) => format!("{cell:<w$}"),
                None => cell.clone(),
            };
            line.push_str(&padded);
        }
        writeln!(out, "{}", line.trim_end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_fit_their_headings_and_numbers_align_right() {
        let heads = [
            "Monat".to_owned(),
            "Eingetreten".to_owned(),
            "Warum".to_owned(),
        ];
        let table = TextTable::new(&heads, &[left(7), right(4)]);
        let mut out = Vec::new();
        table.row(&mut out, &heads).expect("write");
        let cells = ["2026-03", "1.234", "kommentiert"].map(str::to_owned);
        table.row(&mut out, &cells).expect("write");
        assert_eq!(
            String::from_utf8(out).expect("utf-8"),
            "Monat   Eingetreten Warum\n2026-03       1.234 kommentiert\n"
        );
    }
}
