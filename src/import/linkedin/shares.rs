//! `Shares.csv`: my own LinkedIn posts, with the day and time, the post's link and what I
//! wrote. The text is a quoted, multi-line field with `""` escapes; some exports quote it
//! once more — the whole text, or each of its lines — with the quotes inside doubled
//! again, which is undone here. A repost without a comment of mine has no text.

use chrono::{NaiveDate, TimeZone, Utc};

use super::messages;
use crate::domain::time::Timestamp;
use crate::import::table::{Table, cell};
use crate::import::text::{decode, sniff_delimiter};
use crate::import::{HeaderColumns, ImportError, IssueReason, Parsed, RowIssue};

/// One of my posts as the export lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Share {
    pub line: u64,
    /// When I posted it (the export writes UTC).
    pub posted_at: Timestamp,
    /// The post's own link (`ShareLink`); empty when the export has none.
    pub link: String,
    /// What I wrote (`ShareCommentary`), lines separated by `\n`.
    pub text: String,
    /// The link the post shared (`SharedUrl`), if any.
    pub shared_url: String,
    /// Who could see it (`MEMBER_NETWORK`, `PUBLIC`, …), if the export says.
    pub visibility: String,
}

/// Parses `Shares.csv`. Columns are found by name in any order; only `Date` is required,
/// with `ShareLink` or `ShareCommentary` beside it.
pub fn parse(file: &str, bytes: &[u8]) -> Result<Parsed<Share>, ImportError> {
    // 2018's file is UTF-16 and tab-separated; later ones UTF-8 with commas.
    let delimiter = sniff_delimiter(&decode(bytes));
    let t = Table::read(
        file,
        bytes,
        delimiter,
        |k| {
            k.iter().any(|c| c == "date")
                && k.iter().any(|c| c == "sharelink" || c == "sharecommentary")
        },
        HeaderColumns::DateWithLinkOrText("Date", "ShareLink", "ShareCommentary"),
    )?;
    let date = Some(t.require(&["date"], "Date")?);
    let link = t.column(&["sharelink"]);
    let text = t.column(&["sharecommentary"]);
    let shared_url = t.column(&["sharedurl"]);
    let visibility = t.column(&["visibility"]);
    let mut out = Parsed {
        warnings: t.encoding_warnings(),
        ..Parsed::default()
    };
    for row in &t.rows {
        let raw = cell(row, date);
        let Some(posted_at) = parse_posted_at(raw) else {
            out.skipped.push(RowIssue::new(
                file,
                row.line,
                IssueReason::NotADateTime {
                    column: "Date".into(),
                    value: raw.to_owned(),
                },
            ));
            continue;
        };
        out.records.push(Share {
            line: row.line,
            posted_at,
            link: cell(row, link).to_owned(),
            text: commentary(cell(row, text)),
            shared_url: cell(row, shared_url).to_owned(),
            visibility: cell(row, visibility).to_owned(),
        });
    }
    Ok(out)
}

/// `2024-03-05 08:31:07` (with or without ` UTC`), or only the day (taken as midnight).
#[must_use]
pub fn parse_posted_at(s: &str) -> Option<Timestamp> {
    messages::parse_date(s).or_else(|| {
        NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
            .ok()
            .map(|d| Utc.from_utc_datetime(&d.and_time(chrono::NaiveTime::MIN)))
    })
}

/// The text of a `ShareCommentary` cell as I wrote it: line breaks as `\n`, and an extra
/// layer of quoting taken off — around each line, or else around the whole text. The
/// 2022 exports quote each line but let the CSV quotes stand for the first line's opening
/// and the last line's closing one (`line1"\r\n""\r\n"line2`): that is undone too.
#[must_use]
pub fn commentary(cell: &str) -> String {
    let text = cell.trim().replace("\r\n", "\n").replace('\r', "\n");
    let per_line = |text: &str| -> Option<Vec<String>> {
        text.split('\n')
            .map(|l| match l.trim() {
                "" => Some(String::new()),
                l => unquote(l),
            })
            .collect()
    };
    let open_ends = || {
        (text.contains('\n') && text.contains('"'))
            .then(|| per_line(&format!("\"{text}\"")))
            .flatten()
    };
    match per_line(&text)
        .or_else(open_ends)
        .or_else(|| unquote(&text).map(|t| vec![t]))
    {
        Some(lines) => lines.join("\n").trim().to_owned(),
        None => text,
    }
}

/// `"…"` in which every quote is doubled: the text inside, with its quotes single.
/// `None` when `s` is not quoted that way.
fn unquote(s: &str) -> Option<String> {
    let inner = s.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '"' && chars.next() != Some('"') {
            return None;
        }
        out.push(c);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\r\n";

    #[test]
    fn a_real_shaped_file_with_bom_crlf_and_a_multiline_quoted_post() {
        let csv = format!(
            "\u{feff}{HEADER}\
             2024-03-05 08:31:07,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7171,\"Drei Dinge von der DMEXCO:\r\n\r\n1. \"\"Social Selling\"\" heißt zuhören, nicht senden.\r\n2. Kommas, bitte.\",,,MEMBER_NETWORK\r\n\
             2024-03-09 17:02:44 UTC,https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A7172,,https://example.com/artikel,,PUBLIC\r\n"
        );
        let p = parse("Shares.csv", csv.as_bytes()).unwrap();
        assert!(p.skipped.is_empty(), "{:?}", p.skipped);
        let [first, repost] = p.records.as_slice() else {
            panic!("{:?}", p.records)
        };
        assert_eq!(first.line, 2);
        assert_eq!(first.posted_at.to_rfc3339(), "2024-03-05T08:31:07+00:00");
        assert_eq!(
            first.link,
            "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7171"
        );
        assert_eq!(
            first.text,
            "Drei Dinge von der DMEXCO:\n\n1. \"Social Selling\" heißt zuhören, nicht senden.\n2. Kommas, bitte."
        );
        assert_eq!(first.visibility, "MEMBER_NETWORK");
        assert_eq!(repost.line, 6, "the post before spans four lines");
        assert_eq!(repost.text, "", "a repost without a comment");
        assert_eq!(repost.shared_url, "https://example.com/artikel");
    }

    #[test]
    fn text_wrapped_in_extra_quotes_is_unwrapped() {
        // The first cell reads `"He said ""hi""."`: quoted once more, its quotes doubled
        // again; the second has each line quoted so, and a blank line between.
        let csv = format!(
            "{HEADER}2024-01-01 10:00:00,https://l/1,\"\"\"He said \"\"\"\"hi\"\"\"\".\"\"\",,,PUBLIC\r\n\
             2024-01-02 10:00:00,https://l/2,\"\"\"First line\"\"\n\"\"\"\"\n\"\"Third, \"\"\"\"quoted\"\"\"\"\"\"\",,,PUBLIC\r\n"
        );
        let p = parse("Shares.csv", csv.as_bytes()).unwrap();
        assert_eq!(p.records[0].text, "He said \"hi\".");
        assert_eq!(p.records[1].text, "First line\n\nThird, \"quoted\"");
    }

    #[test]
    fn the_2022_per_line_quoting_comes_out_clean() {
        assert_eq!(commentary("line1\"\r\n\"\"\r\n\"line2"), "line1\n\nline2");
        assert_eq!(
            commentary("Free \"\"Palestine\"\".\"\n\"\"\n\"In my recent post"),
            "Free \"Palestine\".\n\nIn my recent post"
        );
    }

    #[test]
    fn the_2018_file_in_utf16_with_tabs_and_every_field_quoted() {
        let text = "\"Date\"\t\"Share Title\"\t\"Share Description\"\t\"Share Link\"\t\"Share Commentary\"\t\"Shared URL\"\t\"Media URL\"\t\"Type\"\t\"Visibility\"\r\n\
                    \"2017/06/08 08:15:44 UTC\"\t\"\"\t\"\"\t\"https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1\"\t\"Gr\u{fc}\u{df}e, \"\"alle\"\"\"\t\"\"\t\"\"\t\"\"\t\"MEMBER_NETWORK\"\r\n";
        let bytes: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let p = parse("Shares.csv", &bytes).unwrap();
        let [s] = p.records.as_slice() else {
            panic!("{:?} {:?}", p.records, p.skipped)
        };
        assert_eq!(s.posted_at.to_rfc3339(), "2017-06-08T08:15:44+00:00");
        assert_eq!(s.text, "Grüße, \"alle\"");
        assert_eq!(s.visibility, "MEMBER_NETWORK");
    }

    #[test]
    fn quotes_that_are_part_of_the_text_stay() {
        assert_eq!(
            commentary("\"Ship it\" and \"measure it\""),
            "\"Ship it\" and \"measure it\""
        );
        assert_eq!(commentary("  Zwei\r\nZeilen "), "Zwei\nZeilen");
        assert_eq!(commentary("\"\""), "");
        assert_eq!(commentary("\"Eins\"\n\n\"Zwei\" "), "Eins\n\nZwei");
        assert_eq!(commentary("\""), "\"");
    }

    #[test]
    fn columns_in_another_order_and_optional_ones_missing() {
        let csv = "Visibility,ShareCommentary,Date\n\
                   PUBLIC,Nur Text,2024-02-01 12:00:00\n\
                   ,Ohne Uhrzeit,2024-02-02\n";
        let p = parse("Shares.csv", csv.as_bytes()).unwrap();
        assert_eq!(p.records.len(), 2);
        assert_eq!(p.records[0].link, "");
        assert_eq!(p.records[0].text, "Nur Text");
        assert_eq!(p.records[0].visibility, "PUBLIC");
        assert_eq!(
            p.records[1].posted_at.to_rfc3339(),
            "2024-02-02T00:00:00+00:00"
        );
        let links_only = "ShareLink,Date\nhttps://l/9,2024-02-03 08:00:00\n";
        let p = parse("Shares.csv", links_only.as_bytes()).unwrap();
        assert_eq!(
            (p.records[0].link.as_str(), p.records[0].text.as_str()),
            ("https://l/9", "")
        );
    }

    #[test]
    fn a_bad_or_blank_date_skips_that_row_with_its_line() {
        let csv = format!(
            "{HEADER}2024-13-45 99:00:00,https://l/1,\"zwei\nZeilen\",,,PUBLIC\r\n\
             ,https://l/2,Ohne Datum,,,PUBLIC\r\n\
             2024-03-01 09:00:00,https://l/3,Gut,,,PUBLIC\r\n"
        );
        let p = parse("Shares.csv", csv.as_bytes()).unwrap();
        assert_eq!(p.records.len(), 1);
        assert_eq!(p.records[0].line, 5);
        let skipped: Vec<_> = p
            .skipped
            .iter()
            .map(|s| (s.file.as_str(), s.line, s.reason.to_string()))
            .collect();
        assert_eq!(
            skipped,
            [
                (
                    "Shares.csv",
                    2,
                    "Date '2024-13-45 99:00:00' is not a date and time".to_owned()
                ),
                ("Shares.csv", 4, "Date '' is not a date and time".to_owned()),
            ]
        );
    }

    #[test]
    fn a_file_without_a_date_column_is_refused_with_its_name() {
        let e = parse("Shares.csv", b"ShareLink,ShareCommentary\nhttps://l/1,x\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "Shares.csv: no header row with Date and ShareLink or ShareCommentary was found; is this the right file?"
        );
        let e = parse(
            "Shares.csv",
            b"Date,Type,Link\n2024-01-01,LIKE,https://l/1\n",
        )
        .unwrap_err();
        assert!(
            e.to_string().starts_with("Shares.csv: no header row"),
            "{e}"
        );
    }
}
