//! `Connections.csv`: my LinkedIn connections with the day we connected. Rows with only a
//! date are hidden or closed profiles: they are counted as skipped, not imported.

use chrono::NaiveDate;

use crate::import::table::{Table, cell};
use crate::import::{HeaderColumns, ImportError, IssueReason, Parsed, RowIssue};

/// One connection as the export lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connection {
    pub line: u64,
    pub first_name: String,
    pub last_name: String,
    /// The profile link as written (older exports have none).
    pub url: String,
    pub email: String,
    pub company: String,
    pub position: String,
    pub connected_on: NaiveDate,
}

/// Parses `Connections.csv`.
pub fn parse(file: &str, bytes: &[u8]) -> Result<Parsed<Connection>, ImportError> {
    let t = Table::read(
        file,
        bytes,
        b',',
        |k| k.iter().any(|c| c == "firstname") && k.iter().any(|c| c == "lastname"),
        HeaderColumns::All(&["First Name", "Last Name"]),
    )?;
    let first = Some(t.require(&["firstname"], "First Name")?);
    let last = Some(t.require(&["lastname"], "Last Name")?);
    let date = Some(t.require(&["connectedon"], "Connected On")?);
    let url = t.column(&["url", "profileurl"]);
    let email = t.column(&["emailaddress", "email"]);
    let company = t.column(&["company"]);
    let position = t.column(&["position"]);
    let mut out = Parsed {
        warnings: t.encoding_warnings(),
        ..Parsed::default()
    };
    for row in &t.rows {
        let c = |col| cell(row, col).to_owned();
        let (first_name, last_name) = (c(first), c(last));
        if first_name.is_empty() && last_name.is_empty() {
            let all_else_empty = [url, email, company, position]
                .into_iter()
                .all(|col| cell(row, col).is_empty());
            let reason = if all_else_empty {
                IssueReason::HiddenProfile
            } else {
                IssueReason::NoName
            };
            out.skipped.push(RowIssue::new(file, row.line, reason));
            continue;
        }
        let raw_date = cell(row, date);
        let Some(connected_on) = parse_connected_on(raw_date) else {
            out.skipped.push(RowIssue::new(
                file,
                row.line,
                IssueReason::NotADate {
                    column: "Connected On".into(),
                    value: raw_date.to_owned(),
                },
            ));
            continue;
        };
        out.records.push(Connection {
            line: row.line,
            first_name,
            last_name,
            url: c(url),
            // 2018's exports put the member id where the e-mail address is missing.
            email: Some(c(email))
                .filter(|e| !e.starts_with("urn:li:"))
                .unwrap_or_default(),
            company: c(company),
            position: c(position),
            connected_on,
        });
    }
    Ok(out)
}

/// `08 Feb 2026` as LinkedIn writes it, `7-Feb-22` after a spreadsheet re-saved the
/// file, or `1/8/18, 6:14 PM` (with a time) as the 2018 exports wrote it.
#[must_use]
pub fn parse_connected_on(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    [
        "%d %b %Y", "%d-%b-%y", "%d-%b-%Y", "%d %B %Y", "%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y",
    ]
    .iter()
    .find_map(|f| NaiveDate::parse_from_str(s, f).ok())
    .or_else(|| super::invitations::parse_sent_at(s).map(|t| t.date()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_date_forms_are_read() {
        let d = NaiveDate::from_ymd_opt(2026, 2, 8).unwrap();
        assert_eq!(parse_connected_on("08 Feb 2026"), Some(d));
        assert_eq!(parse_connected_on("8-Feb-26"), Some(d));
        assert_eq!(parse_connected_on("Feb 2026"), None);
        assert_eq!(
            parse_connected_on("09 Sep 2022"),
            NaiveDate::from_ymd_opt(2022, 9, 9)
        );
        assert_eq!(
            parse_connected_on("9-Sep-22"),
            NaiveDate::from_ymd_opt(2022, 9, 9)
        );
        assert_eq!(
            parse_connected_on("1/8/18, 6:14 PM"),
            NaiveDate::from_ymd_opt(2018, 1, 8)
        );
    }

    #[test]
    fn older_export_without_url_and_with_hidden_rows() {
        let csv = "First Name,Last Name,Email Address,Company,Position,Connected On\n\
                   Anna,Müller,,\"Müller, Schmidt & Partner GmbH\",Head of Sales,08 Feb 2026\n\
                   ,,,,,07 Jun 2026\n";
        let p = parse("Connections.csv", csv.as_bytes()).unwrap();
        assert_eq!(p.records.len(), 1);
        assert_eq!(p.records[0].company, "Müller, Schmidt & Partner GmbH");
        assert_eq!(p.records[0].url, "");
        assert_eq!(p.skipped.len(), 1);
        assert_eq!(p.skipped[0].line, 3);
        assert_eq!(p.skipped[0].reason, IssueReason::HiddenProfile);
    }

    #[test]
    fn a_file_without_connected_on_is_refused() {
        let e = parse("Connections.csv", b"First Name,Last Name\nA,B\n").unwrap_err();
        assert!(e.to_string().contains("Connected On"), "{e}");
    }
}
