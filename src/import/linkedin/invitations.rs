//! `Invitations.csv`: connection requests I received and sent, with their messages.

use chrono::NaiveDateTime;

use crate::import::table::{Table, cell};
use crate::import::{HeaderColumns, ImportError, IssueReason, Parsed, RowIssue};

/// Who sent the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// They asked me.
    Incoming,
    /// I asked them.
    Outgoing,
}

/// One invitation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub line: u64,
    pub from: String,
    pub to: String,
    /// As written, no time zone (taken as UTC).
    pub sent_at: NaiveDateTime,
    pub message: String,
    pub direction: Direction,
    pub inviter_url: String,
    pub invitee_url: String,
}

impl Invitation {
    /// The other person's name and profile link (not mine).
    #[must_use]
    pub fn other(&self) -> (&str, &str) {
        match self.direction {
            Direction::Incoming => (&self.from, &self.inviter_url),
            Direction::Outgoing => (&self.to, &self.invitee_url),
        }
    }
}

/// Parses `Invitations.csv`.
pub fn parse(file: &str, bytes: &[u8]) -> Result<Parsed<Invitation>, ImportError> {
    let t = Table::read(
        file,
        bytes,
        b',',
        |k| k.iter().any(|c| c == "direction") && k.iter().any(|c| c == "from"),
        HeaderColumns::All(&["From", "To", "Sent At", "Direction"]),
    )?;
    let from = Some(t.require(&["from"], "From")?);
    let to = Some(t.require(&["to"], "To")?);
    let sent = Some(t.require(&["sentat"], "Sent At")?);
    let dir = Some(t.require(&["direction"], "Direction")?);
    let message = t.column(&["message"]);
    let from_url_col = t.column(&["inviterprofileurl"]);
    let to_url_col = t.column(&["inviteeprofileurl"]);
    let mut out = Parsed {
        warnings: t.encoding_warnings(),
        ..Parsed::default()
    };
    for row in &t.rows {
        let direction = match cell(row, dir).to_ascii_uppercase().as_str() {
            "INCOMING" => Direction::Incoming,
            "OUTGOING" => Direction::Outgoing,
            other => {
                out.skipped.push(RowIssue::new(
                    file,
                    row.line,
                    IssueReason::BadDirection {
                        column: "Direction".into(),
                        value: other.to_owned(),
                    },
                ));
                continue;
            }
        };
        let raw = cell(row, sent);
        let Some(sent_at) = parse_sent_at(raw) else {
            out.skipped.push(RowIssue::new(
                file,
                row.line,
                IssueReason::NotADateTime {
                    column: "Sent At".into(),
                    value: raw.to_owned(),
                },
            ));
            continue;
        };
        let inv = Invitation {
            line: row.line,
            from: cell(row, from).to_owned(),
            to: cell(row, to).to_owned(),
            sent_at,
            message: cell(row, message).to_owned(),
            direction,
            inviter_url: cell(row, from_url_col).to_owned(),
            invitee_url: cell(row, to_url_col).to_owned(),
        };
        if inv.other().0.is_empty() {
            out.skipped
                .push(RowIssue::new(file, row.line, IssueReason::NoName));
            continue;
        }
        out.records.push(inv);
    }
    Ok(out)
}

/// `1/29/26, 2:37 PM`; the space before AM/PM may be a (narrow) no-break space.
#[must_use]
pub fn parse_sent_at(s: &str) -> Option<NaiveDateTime> {
    let s: String = s
        .trim()
        .chars()
        .map(|c| {
            if c == '\u{202F}' || c == '\u{00A0}' {
                ' '
            } else {
                c
            }
        })
        .collect();
    [
        "%m/%d/%y, %I:%M %p",
        "%m/%d/%Y, %I:%M %p",
        "%m/%d/%y %I:%M %p",
        "%m/%d/%Y %I:%M %p",
        "%m/%d/%y, %H:%M",
        "%Y-%m-%d %H:%M:%S",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(&s, f).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sent_at_with_any_space_before_pm() {
        let want = chrono::NaiveDate::from_ymd_opt(2026, 1, 29)
            .unwrap()
            .and_hms_opt(14, 37, 0)
            .unwrap();
        for s in [
            "1/29/26, 2:37 PM",
            "1/29/26, 2:37\u{202F}PM",
            "1/29/26, 2:37\u{a0}PM",
        ] {
            assert_eq!(parse_sent_at(s), Some(want), "{s:?}");
        }
        assert_eq!(parse_sent_at("yesterday"), None);
    }

    #[test]
    fn multiline_message_and_missing_url_columns() {
        let csv = "From,To,Sent At,Message,Direction\r\n\
                   Bernd Beispiel,Me Myself,\"1/29/26, 2:37 PM\",\"Hallo,\r\nwir trafen uns auf der \"\"DMEXCO\"\".\",INCOMING\r\n";
        let p = parse("Invitations.csv", csv.as_bytes()).unwrap();
        let inv = &p.records[0];
        assert_eq!(inv.other(), ("Bernd Beispiel", ""));
        assert_eq!(inv.message, "Hallo,\r\nwir trafen uns auf der \"DMEXCO\".");
    }
}
