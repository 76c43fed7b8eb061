//! CSV files with a header somewhere near the top: LinkedIn puts a `Notes:` preamble of
//! varying shape before the header, spreadsheets add a byte-order mark, CRLF and quoted
//! fields with commas, doubled quotes and line breaks. The header row is found by its
//! names, and columns are then read by name, so missing or extra columns do no harm.

use std::collections::HashMap;

use super::text::{decode_lines, header_key};
use super::{FileProblem, HeaderColumns, ImportError, IssueReason, RowIssue};

/// One data row: where it starts and its cells.
#[derive(Debug, Clone)]
pub struct Row {
    /// 1-based line the row starts on.
    pub line: u64,
    /// The cells in one buffer (two allocations a row, not one per cell: an export has
    /// tens of thousands of rows).
    pub cells: csv::StringRecord,
}

/// A CSV table read from one file.
#[derive(Debug, Clone)]
pub struct Table {
    pub file: String,
    /// Header keys (see [`header_key`]) to column index; the first of equal names wins.
    columns: HashMap<String, usize>,
    pub rows: Vec<Row>,
    /// Lines read as Latin-1 in a file whose other lines are UTF-8 (see
    /// [`decode_lines`]); empty when the file has one encoding.
    pub latin1_lines: Vec<u64>,
}

impl Table {
    /// Reads `bytes` as CSV, taking the first row for which `is_header` (given the row's
    /// header keys) says yes as the header. `delimiter` is usually `b','`.
    pub fn read(
        file: &str,
        bytes: &[u8],
        delimiter: u8,
        is_header: impl Fn(&[String]) -> bool,
        wanted: HeaderColumns,
    ) -> Result<Self, ImportError> {
        let (text, latin1_lines) = decode_lines(bytes, |_| None);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        let mut columns: Option<HashMap<String, usize>> = None;
        let mut rows = Vec::new();
        let mut record = csv::StringRecord::new();
        // csv counts no line breaks inside quoted fields; count them from byte offsets.
        let mut lines = LineCounter::new(text.as_bytes());
        let mut last_start: Option<(usize, u64)> = None;
        loop {
            match reader.read_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {}
                Err(e) => {
                    let line = e.position().map_or(0, |p| lines.line_at(p.byte()));
                    return Err(ImportError::line(
                        file,
                        line,
                        FileProblem::NotCsv {
                            detail: e.to_string(),
                        },
                    ));
                }
            }
            let line = record.position().map_or(0, |p| lines.line_at(p.byte()));
            last_start = record.position().map(|p| (p.byte() as usize, line));
            if columns.is_none() {
                let keys: Vec<String> = record.iter().map(header_key).collect();
                if is_header(&keys) {
                    let mut map = HashMap::new();
                    for (i, k) in keys.into_iter().enumerate() {
                        map.entry(k).or_insert(i);
                    }
                    columns = Some(map);
                }
                continue;
            }
            if record.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            rows.push(Row {
                line,
                cells: record.clone(),
            });
        }
        if let Some((start, line)) = last_start
            && ends_in_open_quote(&text.as_bytes()[start.min(text.len())..])
        {
            return Err(ImportError::line(file, line, FileProblem::UnbalancedQuote));
        }
        let Some(columns) = columns else {
            return Err(ImportError::file(
                file,
                FileProblem::NoHeader { columns: wanted },
            ));
        };
        Ok(Self {
            file: file.to_owned(),
            columns,
            rows,
            latin1_lines,
        })
    }

    /// The warning for a file mixing UTF-8 and Latin-1 lines, naming the first Latin-1
    /// one and how many there are; none for a file in one encoding.
    #[must_use]
    pub fn encoding_warnings(&self) -> Vec<RowIssue> {
        match self.latin1_lines.first() {
            Some(&first) => vec![RowIssue::new(
                &self.file,
                first,
                IssueReason::MixedEncoding {
                    latin1_lines: self.latin1_lines.len() as u64,
                },
            )],
            None => Vec::new(),
        }
    }

    /// The index of the first column whose header key is one of `keys`.
    #[must_use]
    pub fn column(&self, keys: &[&str]) -> Option<usize> {
        keys.iter().find_map(|k| self.columns.get(*k).copied())
    }

    /// Like [`Table::column`], but the column must exist.
    pub fn require(&self, keys: &[&str], shown: &str) -> Result<usize, ImportError> {
        self.column(keys).ok_or_else(|| {
            ImportError::file(
                &self.file,
                FileProblem::MissingColumn {
                    column: shown.to_owned(),
                },
            )
        })
    }
}

/// Whether the last record (`tail`: from its start to the end of the file) is a quoted
/// cell that the file ends in: an odd number of quotes, and lines after its first. The CSV
/// reader takes such a cell to the end of the file, swallowing every row after it.
#[allow(clippy::naive_bytecount)] // the last record only
fn ends_in_open_quote(tail: &[u8]) -> bool {
    let tail = tail
        .strip_prefix(b"\r\n")
        .or_else(|| tail.strip_prefix(b"\n"))
        .unwrap_or(tail);
    let end = tail
        .iter()
        .rposition(|b| !matches!(b, b'\r' | b'\n'))
        .map_or(0, |i| i + 1);
    let body = &tail[..end];
    body.iter().filter(|b| **b == b'"').count() % 2 == 1 && body.contains(&b'\n')
}

/// Line numbers from byte offsets, for offsets that only grow.
struct LineCounter<'a> {
    text: &'a [u8],
    byte: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a [u8]) -> Self {
        Self {
            text,
            byte: 0,
            line: 1,
        }
    }

    /// The 1-based line of the record csv says starts at `byte` (csv's offset may point
    /// at the line break before the record; blank lines before it are skipped too).
    #[allow(clippy::naive_bytecount)] // one pass over one file; not worth another crate
    fn line_at(&mut self, byte: u64) -> u64 {
        let mut to = (byte as usize).min(self.text.len());
        while to < self.text.len() && matches!(self.text[to], b'\r' | b'\n') {
            to += 1;
        }
        if to >= self.byte {
            self.line += self.text[self.byte..to]
                .iter()
                .filter(|b| **b == b'\n')
                .count() as u64;
            self.byte = to;
        }
        self.line
    }
}

/// The trimmed cell at `col` of `row`, or "" when the column or the cell is missing.
#[must_use]
pub fn cell(row: &Row, col: Option<usize>) -> &str {
    col.and_then(|c| row.cells.get(c)).map_or("", str::trim)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIRST_NAME: HeaderColumns = HeaderColumns::All(&["First Name"]);

    fn has_name(keys: &[String]) -> bool {
        keys.iter().any(|k| k == "firstname")
    }

    #[test]
    fn header_is_found_after_a_quoted_multiline_preamble() {
        let csv = "\u{feff}Notes:\r\n\"When exporting, \"\"some\"\" emails,\r\nare missing.\"\r\n\r\nFirst Name,Last Name\r\nAnna,\"Müller, \"\"Jr\"\"\r\nline two\"\r\n";
        let t = Table::read("c.csv", csv.as_bytes(), b',', has_name, FIRST_NAME).unwrap();
        assert_eq!(t.rows.len(), 1);
        assert_eq!(t.rows[0].line, 6);
        assert_eq!(&t.rows[0].cells[1], "Müller, \"Jr\"\r\nline two");
        assert_eq!(t.column(&["lastname"]), Some(1));
    }

    #[test]
    fn an_unbalanced_quote_is_refused_with_its_line() {
        let csv = "First Name,Last Name\nAnna,\"Müller\nBernd,Beispiel\nCarla,Test\n";
        let e = Table::read("c.csv", csv.as_bytes(), b',', has_name, FIRST_NAME).unwrap_err();
        assert!(e.to_string().starts_with("c.csv:2: "), "{e}");
        assert!(e.to_string().contains("never closed"), "{e}");
        // A quote inside an unquoted cell, and a quoted cell over two lines, are fine.
        let ok = "First Name,Last Name\nAnna,5\" Müller\nBernd,\"Bei\nspiel\"\n";
        let t = Table::read("c.csv", ok.as_bytes(), b',', has_name, FIRST_NAME).unwrap();
        assert_eq!(t.rows.len(), 2);
    }

    #[test]
    fn a_file_without_the_header_is_refused() {
        let e = Table::read("x.csv", b"%PDF-1.4 junk", b',', has_name, FIRST_NAME).unwrap_err();
        assert!(
            e.to_string().contains("no header row with First Name"),
            "{e}"
        );
    }
}
