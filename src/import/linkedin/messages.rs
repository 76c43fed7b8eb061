//! `messages.csv`: my LinkedIn messages; each becomes a message event with every other
//! participant who is a contact, and so sets the last interaction.

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
    let mut out = Parsed::default();
    for row in &t.rows {
        if cell(row, draft).eq_ignore_ascii_case("yes") {
            out.skipped
                .push(RowIssue::new(file, row.line, IssueReason::Draft));
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
            subject: cell(row, subject).to_owned(),
            content: cell(row, content).to_owned(),
        });
    }
    Ok(out)
}

/// `2024-10-26 11:43:11 UTC`.
#[must_use]
pub fn parse_date(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    let bare = s.strip_suffix("UTC").map_or(s, str::trim_end);
    ["%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(bare, f).ok())
        .map(|d| Utc.from_utc_datetime(&d))
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
}
