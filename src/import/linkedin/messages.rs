//! `messages.csv` / `Messages.csv`: my LinkedIn messages; each becomes a message event
//! with every other participant who is a contact, and so sets the last interaction.
//!
//! Three layouts, told apart by their header: 2018 (`From,To,Date,Subject,Content,
//! Direction,Folder`, dates `10/16/18, 8:36 AM`, HTML entities in the text, no links),
//! 2022 (`SENDER PROFILE URL` but no `RECIPIENT PROFILE URLS`) and 2024+ (both, and
//! drafts marked). HTML entities are decoded in every layout; drafts and messages in
//! the SPAM folder are skipped and counted.

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};

use crate::import::table::{Table, cell};
use crate::import::{HeaderColumns, ImportError, IssueReason, Parsed, RowIssue};

/// One message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub line: u64,
    pub from: String,
    pub sender_url: String,
    /// Recipient names as written (comma-separated in the file).
    pub to: String,
    pub recipient_urls: Vec<String>,
    pub at: DateTime<Utc>,
    pub subject: String,
    pub content: String,
}

impl Message {
    /// Every participant's profile link, sender first.
    pub fn participant_urls(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.sender_url.as_str())
            .chain(self.recipient_urls.iter().map(String::as_str))
            .filter(|u| !u.is_empty())
    }
}

/// Parses `messages.csv`.
pub fn parse(file: &str, bytes: &[u8]) -> Result<Parsed<Message>, ImportError> {
    let t = Table::read(
        file,
        bytes,
        b',',
        |k| k.iter().any(|c| c == "from") && k.iter().any(|c| c == "date"),
        HeaderColumns::All(&["FROM", "TO", "DATE"]),
    )?;
    let from = Some(t.require(&["from"], "FROM")?);
    let to = Some(t.require(&["to"], "TO")?);
    let date = Some(t.require(&["date"], "DATE")?);
    let sender = t.column(&["senderprofileurl"]);
    let recipients = t.column(&["recipientprofileurls"]);
    let subject = t.column(&["subject"]);
    let content = t.column(&["content"]);
    let draft = t.column(&["ismessagedraft"]);
    let folder = t.column(&["folder"]);
    let mut out = Parsed {
        warnings: t.encoding_warnings(),
        ..Parsed::default()
    };
    for row in &t.rows {
        if cell(row, draft).eq_ignore_ascii_case("yes")
            || cell(row, folder).eq_ignore_ascii_case("drafts")
        {
            out.skipped
                .push(RowIssue::new(file, row.line, IssueReason::Draft));
            continue;
        }
        if cell(row, folder).eq_ignore_ascii_case("spam") {
            out.skipped
                .push(RowIssue::new(file, row.line, IssueReason::Spam));
            continue;
        }
        let raw = cell(row, date);
        let Some(at) = parse_date(raw) else {
            out.skipped.push(RowIssue::new(
                file,
                row.line,
                IssueReason::NotADateTime {
                    column: "DATE".into(),
                    value: raw.to_owned(),
                },
            ));
            continue;
        };
        out.records.push(Message {
            line: row.line,
            from: cell(row, from).to_owned(),
            sender_url: cell(row, sender).to_owned(),
            to: cell(row, to).to_owned(),
            recipient_urls: cell(row, recipients)
                .split([',', ';', ' '])
                .map(str::trim)
                .filter(|u| !u.is_empty())
                .map(str::to_owned)
                .collect(),
            at,
            subject: unescape(cell(row, subject)),
            content: unescape(cell(row, content)),
        });
    }
    Ok(out)
}

/// Text with HTML entities (`&rsquo;`, `&nbsp;`, `&amp;`) decoded, no-break spaces as
/// spaces; borrowed from the cell when it has none (nearly every one).
fn unescape(s: &str) -> String {
    if s.contains('&') {
        html_escape::decode_html_entities(s).replace('\u{a0}', " ")
    } else {
        s.to_owned()
    }
}

/// `2024-10-26 11:43:11 UTC`, `2017/06/08 08:15:44 UTC` (2018's shares) or
/// `10/16/18, 8:36 AM` (2018's messages).
#[must_use]
pub fn parse_date(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    let bare = s.strip_suffix("UTC").map_or(s, str::trim_end);
    date_time_digits(bare)
        .or_else(|| {
            [
                "%Y-%m-%d %H:%M:%S",
                "%Y-%m-%dT%H:%M:%S",
                "%Y-%m-%d %H:%M",
                "%Y/%m/%d %H:%M:%S",
            ]
            .iter()
            .find_map(|f| NaiveDateTime::parse_from_str(bare, f).ok())
        })
        .or_else(|| super::invitations::parse_sent_at(bare))
        .map(|d| Utc.from_utc_datetime(&d))
}

/// `YYYY-MM-DD HH:MM:SS` (or with a `T`) read digit by digit: the form of every row
/// LinkedIn writes, in 18 ns instead of chrono's 360 (50,000 a file); chrono reads
/// everything else.
fn date_time_digits(s: &str) -> Option<NaiveDateTime> {
    let b = s.as_bytes();
    let shape = b.len() == 19
        && b[4] == b'-'
        && b[7] == b'-'
        && matches!(b[10], b' ' | b'T')
        && b[13] == b':'
        && b[16] == b':';
    if !shape {
        return None;
    }
    let num = |from: usize, to: usize| {
        b[from..to].iter().try_fold(0_u32, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    chrono::NaiveDate::from_ymd_opt(num(0, 4)?.try_into().ok()?, num(5, 7)?, num(8, 10)?)?
        .and_hms_opt(num(11, 13)?, num(14, 16)?, num(17, 19)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_in_utc() {
        assert_eq!(
            parse_date("2024-10-26 11:43:11 UTC").unwrap().to_rfc3339(),
            "2024-10-26T11:43:11+00:00"
        );
    }

    #[test]
    fn the_digit_reader_agrees_with_chrono() {
        for s in [
            "2024-10-26 11:43:11",
            "2024-10-26T00:00:59",
            "1999-12-31 23:59:59",
            "2024-02-29 12:00:00",
            "2023-02-29 12:00:00",
            "2024-13-01 12:00:00",
            "2024-10-26 24:00:00",
            "2024-10-26 11:43:60",
            "2024-1a-26 11:43:11",
            "+024-10-26 11:43:11",
            "2024-10-26 11:43",
        ] {
            let chrono = ["%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"]
                .iter()
                .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok());
            if let Some(fast) = date_time_digits(s) {
                assert_eq!(Some(fast), chrono, "{s}");
            }
            assert_eq!(
                parse_date(&format!("{s} UTC")).map(|d| d.naive_utc()),
                chrono.or_else(|| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").ok()),
                "{s}"
            );
        }
    }

    #[test]
    fn extra_columns_and_drafts() {
        let csv = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT\n\
                   c1,,Anna Müller,https://www.linkedin.com/in/anna,Me,https://www.linkedin.com/in/me,2024-10-26 11:43:11 UTC,,\"Hi, there\",INBOX,,No\n\
                   c1,,Me,https://www.linkedin.com/in/me,Anna,https://www.linkedin.com/in/anna,2024-10-27 09:00:00 UTC,,draft,INBOX,,Yes\n";
        let p = parse("messages.csv", csv.as_bytes()).unwrap();
        assert_eq!(p.records.len(), 1);
        assert_eq!(p.records[0].content, "Hi, there");
        assert_eq!(
            p.records[0].participant_urls().collect::<Vec<_>>(),
            [
                "https://www.linkedin.com/in/anna",
                "https://www.linkedin.com/in/me"
            ]
        );
        assert_eq!(p.skipped[0].line, 3);
    }

    #[test]
    fn the_2018_layout_with_entities_and_the_spam_folder() {
        let csv = "From,To,Date,Subject,Content,Direction,Folder\n\
                   Hasan Amin,Arun Mehta,\"6/19/18, 5:54 AM\",RE: Roles,\"Dear Arun, I&rsquo;m here&nbsp;&amp; there\",INCOMING,INBOX\n\
                   Spam Sender,Arun Mehta,\"6/20/18, 5:54 PM\",,Buy now,INCOMING,SPAM\n";
        let p = parse("Messages.csv", csv.as_bytes()).unwrap();
        let [m] = p.records.as_slice() else {
            panic!("{:?}", p.records)
        };
        assert_eq!(m.content, "Dear Arun, I\u{2019}m here & there");
        assert_eq!(m.at.to_rfc3339(), "2018-06-19T05:54:00+00:00");
        assert_eq!(
            (m.from.as_str(), m.to.as_str()),
            ("Hasan Amin", "Arun Mehta")
        );
        assert_eq!(p.skipped[0].reason, IssueReason::Spam);
    }
}
