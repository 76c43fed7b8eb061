//! What an import did: counts of added, updated and unchanged contacts (or days, for the
//! analytics workbook), events and my posts added, and every skipped row with its file,
//! line and reason.
//! Printed by the command line, shown in the app, and kept as JSON in the import journal.
//!
//! Reasons are kept as data and put into words when shown, in the language active then.
//! As JSON (the journal, `import --json`) they are the English words, as they always were.

use std::fmt;
use std::path::PathBuf;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::ImportKind;
use crate::domain::Field;
use crate::i18n::{self, Lang};
use crate::t;

/// One row that was not imported (or imported only in part), and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowIssue {
    /// The file (or archive entry) the row is in.
    pub file: String,
    /// 1-based line where the row starts (0 when the issue is not tied to one line).
    pub line: u64,
    pub reason: IssueReason,
}

impl RowIssue {
    pub(crate) fn new(file: &str, line: u64, reason: IssueReason) -> Self {
        Self {
            file: file.to_owned(),
            line,
            reason,
        }
    }
}

/// `file:line: reason` (`file, Zeile line: reason` in German).
impl fmt::Display for RowIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&super::error::at(
            &self.file,
            self.line,
            &self.reason.to_string(),
        ))
    }
}

/// Why a row was skipped or imported in part. Values from the file are kept as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IssueReason {
    /// Neither a first nor a last name.
    NoName,
    /// A LinkedIn connection row with only a date: the person hides their profile.
    HiddenProfile,
    /// A message that was never sent.
    Draft,
    /// A message in the SPAM folder: no interaction.
    Spam,
    /// A value the domain refuses (a control character in a name): the row is left out.
    BadValue {
        person: String,
        problem: crate::domain::DomainError,
    },
    /// A tag the domain refuses: left out, the rest of the row imported.
    BadTag {
        tag: String,
        problem: crate::domain::DomainError,
    },
    /// An analytics count no count can be (`1e308`, `NaN`, negative), in the named column.
    CountOutOfRange { field: String, value: String },
    /// A file mixing UTF-8 and Latin-1 lines: each was read in its own encoding.
    MixedEncoding { latin1_lines: u64 },
    /// A file of the export in a layout this version does not know: left out whole.
    UnknownLayout { problem: super::FileProblem },
    /// The date column holds no date.
    NotADate { column: String, value: String },
    /// The date-and-time column holds no date and time.
    NotADateTime { column: String, value: String },
    /// An invitation's direction is neither `INCOMING` nor `OUTGOING`.
    BadDirection { column: String, value: String },
    /// A message none of whose participants is a contact.
    NoParticipant { from: String, to: String },
    /// An analytics row whose first cell is no date.
    FirstCellNotDate,
    /// An analytics row with a count that is no number.
    CountNotNumber,
    /// A field longer than a contact's field can be, cut.
    FieldCut { field: Field, max: usize },
    /// Notes longer than a contact's notes can be, cut.
    NotesCut,
    /// An e-mail address that is none, left out.
    NotAnEmail { value: String },
    /// A profile link that is not http(s), left out.
    BadProfileLink { url: String },
    /// The contact has another profile on the platform already; the new link was left out.
    ProfileTaken {
        platform: String,
        have: String,
        url: String,
    },
    /// A mail in a mailbox that is no MIME message.
    NotAMail,
    /// An invitation mail without a `Date` header: no day to file the request under.
    MailWithoutDate,
    /// A reason in words only: read back from an older journal entry.
    Text(String),
}

impl fmt::Display for IssueReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::NoName => t!("file-skip-no-name"),
            Self::HiddenProfile => t!("file-skip-hidden-profile"),
            Self::Draft => t!("file-skip-draft"),
            Self::Spam => t!("format-skip-spam"),
            Self::CountOutOfRange { field, value } => t!(
                "format-skip-count-out-of-range",
                field = field.as_str(),
                value = value.as_str()
            ),
            Self::BadValue { person, problem } => t!(
                "format-skip-bad-value",
                person = person.as_str(),
                problem = problem.to_string()
            ),
            Self::BadTag { tag, problem } => t!(
                "format-warn-bad-tag",
                tag = tag.as_str(),
                problem = problem.to_string()
            ),
            Self::MixedEncoding { latin1_lines } => {
                t!("format-warn-mixed-encoding", count = *latin1_lines)
            }
            Self::UnknownLayout { problem } => {
                t!("format-skip-unknown-layout", detail = problem.to_string())
            }
            Self::NotADate { column, value } => t!(
                "file-skip-not-a-date",
                column = column.as_str(),
                value = value.as_str()
            ),
            Self::NotADateTime { column, value } => t!(
                "file-skip-not-a-date-time",
                column = column.as_str(),
                value = value.as_str()
            ),
            Self::BadDirection { column, value } => t!(
                "file-skip-bad-direction",
                column = column.as_str(),
                value = value.as_str()
            ),
            Self::NoParticipant { from, to } => t!(
                "file-skip-no-participant",
                from = from.as_str(),
                to = to.as_str()
            ),
            Self::FirstCellNotDate => t!("file-skip-first-cell-not-date"),
            Self::CountNotNumber => t!("file-skip-count-not-number"),
            Self::FieldCut { field, max } => {
                t!("file-warn-field-cut", field = field.label(), max = *max)
            }
            Self::NotesCut => t!("file-warn-notes-cut"),
            Self::NotAnEmail { value } => t!("file-warn-not-an-email", value = value.as_str()),
            Self::BadProfileLink { url } => t!("file-warn-bad-profile-link", url = url.as_str()),
            Self::ProfileTaken {
                platform,
                have,
                url,
            } => t!(
                "file-warn-profile-taken",
                platform = platform.as_str(),
                have = have.as_str(),
                url = url.as_str()
            ),
            Self::NotAMail => t!("mail-skip-not-a-mail"),
            Self::MailWithoutDate => t!("mail-skip-no-date"),
            Self::Text(text) => text.clone(),
        };
        f.write_str(&text)
    }
}

/// As JSON a reason is its English text, whatever the user's language.
impl Serialize for IssueReason {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&i18n::with_lang(Lang::En, || self.to_string()))
    }
}

/// A reason read back from JSON is its words.
impl<'de> Deserialize<'de> for IssueReason {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Self::Text)
    }
}

/// The outcome of one import.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    pub kind: ImportKind,
    /// What the user chose.
    pub paths: Vec<PathBuf>,
    /// The files that were read (archive entries by name).
    pub files: Vec<String>,
    /// Contacts (or, for analytics, days) that are new.
    pub added: u64,
    /// Contacts (or days) that existed and changed.
    pub updated: u64,
    /// Contacts (or days) that existed and were the same.
    pub unchanged: u64,
    /// Events appended to the log.
    pub events_added: u64,
    /// Events that were already in the log and were not added again.
    pub events_existing: u64,
    /// My posts added (LinkedIn's `Shares.csv`).
    #[serde(default)]
    pub posts_added: u64,
    /// My posts that were stored already (imported before, or logged by hand with the
    /// same link) and were left as they are.
    #[serde(default)]
    pub posts_existing: u64,
    /// My posts imported before whose audience (anyone / connections only) the file
    /// says differently now: only that was changed.
    #[serde(default)]
    pub posts_updated: u64,
    /// Mails in a mailbox that are no connection request (invitation mails): counted.
    #[serde(default)]
    pub other_mails: u64,
    /// Rows left out, with the reason.
    pub skipped: Vec<RowIssue>,
    /// Rows imported, but with something left out (an invalid e-mail address, say).
    pub warnings: Vec<RowIssue>,
    /// The id of this import in the journal (`imports` table).
    pub journal_id: i64,
}

impl ImportReport {
    pub(crate) fn new(kind: ImportKind, paths: &[PathBuf]) -> Self {
        Self {
            kind,
            paths: paths.to_vec(),
            ..Self::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, lang, set_lang};

    #[test]
    fn a_reason_is_shown_in_the_active_language_and_kept_in_english() {
        let issue = RowIssue::new(
            "Connections.csv",
            1234,
            IssueReason::NotADate {
                column: "Connected On".into(),
                value: "someday".into(),
            },
        );
        set_lang(Lang::De);
        assert_eq!(
            issue.to_string(),
            "Connections.csv, Zeile 1234: Connected On „someday“ ist kein Datum"
        );
        let json = serde_json::to_value(&issue).unwrap();
        assert_eq!(json["reason"], "Connected On 'someday' is not a date");
        assert_eq!(lang(), Lang::De, "the language is back after writing JSON");
        let back: RowIssue = serde_json::from_value(json).unwrap();
        assert_eq!(
            back.reason,
            IssueReason::Text("Connected On 'someday' is not a date".into())
        );
        set_lang(Lang::En);
        assert_eq!(
            issue.to_string(),
            "Connections.csv:1234: Connected On 'someday' is not a date"
        );
        let cut = IssueReason::FieldCut {
            field: Field::Company,
            max: 1000,
        };
        assert_eq!(cut.to_string(), "company cut to 1,000 characters");
        set_lang(Lang::De);
        assert_eq!(cut.to_string(), "Unternehmen auf 1.000 Zeichen gekürzt");
        set_lang(Lang::En);
    }
}
