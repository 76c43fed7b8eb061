//! Why an import was refused. Every variant says which file (and line, when one is at
//! fault) and why, in words a user can act on; a refused import has written nothing.
//!
//! The errors keep what went wrong as data and put it into words when shown, in the
//! language active then (`assets/i18n/*/files.ftl`).

use std::fmt;
use std::path::{Path, PathBuf};

use crate::store::StoreError;
use crate::t;

use super::ImportKind;

/// An import that did not happen. Nothing was written.
#[derive(Debug)]
pub enum ImportError {
    /// The file could not be read at all.
    Io {
        path: PathBuf,
        /// Shown in the message (in the system's words when it is no common case), so not
        /// a `source`: chained errors would print it twice.
        error: std::io::Error,
    },
    /// The file is not what it claims to be, or lacks what the import needs.
    Invalid {
        /// The file (or the archive entry) at fault.
        file: String,
        /// The 1-based line, when one line is at fault.
        line: Option<u64>,
        reason: FileProblem,
    },
    /// No file was chosen.
    NoFile,
    /// Several files for an import that reads one.
    OneFileOnly {
        kind: ImportKind,
        given: usize,
    },
    /// The user pressed Cancel; the transaction was rolled back.
    Cancelled,
    Store(StoreError),
}

impl From<StoreError> for ImportError {
    fn from(e: StoreError) -> Self {
        Self::Store(e)
    }
}

impl std::error::Error for ImportError {
    /// The store's error is shown as it is (transparent), so its causes are this one's.
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Store(e) => e.source(),
            _ => None,
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io { path, error } => f.write_str(&io_message(path, error)),
            Self::Invalid { file, line, reason } => {
                f.write_str(&at(file, line.unwrap_or(0), &reason.to_string()))
            }
            Self::NoFile => f.write_str(&t!("file-error-no-file")),
            Self::OneFileOnly { kind, given } => f.write_str(&t!(
                "file-error-one-file-only",
                kind = kind.label(),
                count = *given
            )),
            Self::Cancelled => f.write_str(&t!("file-error-cancelled")),
            // Transparent: the store's own words.
            Self::Store(e) => fmt::Display::fmt(e, f),
        }
    }
}

/// `file: reason`, or `file:line: reason` (`file, Zeile line: reason` in German) when a
/// line is named (`line` > 0).
pub(crate) fn at(file: &str, line: u64, reason: &str) -> String {
    if line == 0 {
        t!("file-in-file", file = file, reason = reason)
    } else {
        // As text: a line number is no quantity to group into thousands.
        t!(
            "file-at-line",
            file = file,
            line = line.to_string(),
            reason = reason
        )
    }
}

/// A file that cannot be read, in the user's language for the common cases and in the
/// system's words otherwise.
pub(crate) fn io_message(path: &Path, error: &std::io::Error) -> String {
    let path = path.display().to_string();
    match error.kind() {
        std::io::ErrorKind::NotFound => t!("file-io-not-found", path = path),
        std::io::ErrorKind::PermissionDenied => t!("file-io-permission-denied", path = path),
        std::io::ErrorKind::IsADirectory => t!("file-io-is-a-folder", path = path),
        _ => t!("file-io-other", path = path, error = error.to_string()),
    }
}

impl ImportError {
    /// A whole file is at fault.
    pub(crate) fn file(file: impl Into<String>, reason: FileProblem) -> Self {
        Self::Invalid {
            file: file.into(),
            line: None,
            reason,
        }
    }

    /// One line of a file is at fault.
    pub(crate) fn line(file: impl Into<String>, line: u64, reason: FileProblem) -> Self {
        Self::Invalid {
            file: file.into(),
            line: Some(line),
            reason,
        }
    }

    pub(crate) fn io(path: &Path, error: std::io::Error) -> Self {
        Self::Io {
            path: path.to_owned(),
            error,
        }
    }
}

/// What is wrong with a file that is refused. Details from other libraries (the CSV,
/// zip and xlsx readers) are kept in their own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileProblem {
    /// A folder was given for vCards, and it holds none.
    NoVcfInFolder,
    /// The CSV reader gave up on a line.
    NotCsv { detail: String },
    /// No row looks like the header the file should have.
    NoHeader { columns: HeaderColumns },
    /// The header lacks a column the import needs (named as in the file).
    MissingColumn { column: String },
    /// A line inside a vCard that is no property.
    NotVcardLine { text: String },
    /// Text before, between or after the vCards.
    TextOutsideVcard { text: String },
    /// `BEGIN:VCARD` inside a card.
    NestedVcard,
    /// A card without `END:VCARD`.
    UnendedVcard,
    /// Not one `BEGIN:VCARD` in the file.
    NoVcard,
    /// A zip or folder without the files of LinkedIn's export.
    NotLinkedinExport,
    /// Not a zip archive, and what it looks like instead.
    NotZip { looks_like: LooksLike },
    /// A zip archive that cannot be read to the end.
    DamagedZip { detail: String },
    /// Not an .xlsx file.
    NotXlsx,
    /// An .xlsx the reader refuses.
    UnreadableXlsx { detail: String },
    /// An .xlsx the reader fails on.
    DamagedXlsx,
    /// A workbook without LinkedIn's analytics sheets; the sheets it has.
    NoAnalyticsSheets { sheets: String },
    /// A sheet that cannot be read.
    UnreadableSheet { sheet: String, detail: String },
    /// A sheet without a table that starts with a Date column.
    NoDateTable,
    /// A quote opened on the line named and never closed: every row after it would be
    /// read into one cell.
    UnbalancedQuote,
    /// A device, FIFO or socket, not a file.
    NotARegularFile,
    /// Bigger (as read) than an import takes.
    TooBig { max_mib: u64 },
    /// Neither a mail (`.eml`), an mbox, a Maildir folder nor a folder of `.eml` files.
    NoMail,
}

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::NoVcfInFolder => t!("file-error-no-vcf-in-folder"),
            Self::NotCsv { detail } => t!("file-error-not-csv", detail = detail.as_str()),
            Self::NoHeader { columns } => {
                t!("file-error-no-header", columns = columns.to_string())
            }
            Self::MissingColumn { column } => {
                t!("file-error-missing-column", column = column.as_str())
            }
            Self::NotVcardLine { text } => {
                t!("file-error-not-vcard-line", text = text.as_str())
            }
            Self::TextOutsideVcard { text } => {
                t!("file-error-text-outside-vcard", text = text.as_str())
            }
            Self::NestedVcard => t!("file-error-nested-vcard"),
            Self::UnendedVcard => t!("file-error-unended-vcard"),
            Self::NoVcard => t!("file-error-no-vcard"),
            Self::NotLinkedinExport => t!("file-error-not-linkedin-export"),
            Self::NotZip { looks_like } => {
                t!("file-error-not-zip", looks_like = looks_like.to_string())
            }
            Self::DamagedZip { detail } => {
                t!("file-error-damaged-zip", detail = detail.as_str())
            }
            Self::NotXlsx => t!("file-error-not-xlsx"),
            Self::UnreadableXlsx { detail } => {
                t!("file-error-unreadable-xlsx", detail = detail.as_str())
            }
            Self::DamagedXlsx => t!("file-error-damaged-xlsx"),
            Self::NoAnalyticsSheets { sheets } => {
                t!("file-error-no-analytics-sheets", sheets = sheets.as_str())
            }
            Self::UnreadableSheet { sheet, detail } => t!(
                "file-error-unreadable-sheet",
                sheet = sheet.as_str(),
                detail = detail.as_str()
            ),
            Self::NoDateTable => t!("file-error-no-date-table"),
            Self::UnbalancedQuote => t!("format-error-unbalanced-quote"),
            Self::NotARegularFile => t!("format-error-not-a-regular-file"),
            Self::TooBig { max_mib } => t!("format-error-too-big", max = *max_mib),
            Self::NoMail => t!("mail-error-no-mail"),
        };
        f.write_str(&text)
    }
}

/// What a file that is not a zip looks like, judging by its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LooksLike {
    Empty,
    Pdf,
    Gzip,
    Rar,
    Text,
    Unknown,
}

/// How a RAR archive starts.
const RAR_MAGIC: &[u8] = b"Rar!"; // i18n: not user-facing (a RAR file's first bytes)

impl LooksLike {
    /// Judges `bytes` by their start.
    #[must_use]
    pub fn of(bytes: &[u8]) -> Self {
        if bytes.is_empty() {
            Self::Empty
        } else if bytes.starts_with(b"%PDF") {
            Self::Pdf
        } else if bytes.starts_with(b"\x1f\x8b") {
            Self::Gzip
        } else if bytes.starts_with(RAR_MAGIC) {
            Self::Rar
        } else if std::str::from_utf8(&bytes[..bytes.len().min(512)]).is_ok() {
            Self::Text
        } else {
            Self::Unknown
        }
    }
}

impl fmt::Display for LooksLike {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Self::Empty => t!("file-looks-empty"),
            Self::Pdf => t!("file-looks-pdf"),
            Self::Gzip => t!("file-looks-gzip"),
            Self::Rar => t!("file-looks-rar"),
            Self::Text => t!("file-looks-text"),
            Self::Unknown => t!("file-looks-unknown"),
        })
    }
}

/// The columns a file's header row must have, named as in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderColumns {
    /// Every one of these.
    All(&'static [&'static str]),
    /// A name column: one of these.
    AnyName(&'static [&'static str]),
    /// A date column beside a link or a text column: (date, link, text).
    DateWithLinkOrText(&'static str, &'static str, &'static str),
}

impl fmt::Display for HeaderColumns {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Self::All(names) => list(names, &t!("file-list-and")),
            Self::AnyName(names) => {
                t!(
                    "file-columns-any-name",
                    names = list(names, &t!("file-list-or"))
                )
            }
            Self::DateWithLinkOrText(date, link, text) => t!(
                "file-columns-date-with-link-or-text",
                date = *date,
                link = *link,
                text = *text
            ),
        })
    }
}

/// `a, b and c` with the language's word for the last joint.
fn list(names: &[&str], last_joint: &str) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} {last_joint} {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_lang};

    #[test]
    fn a_refusal_names_file_and_line_in_the_active_language() {
        let e = ImportError::line(
            "junk.vcf",
            4,
            FileProblem::NotVcardLine {
                text: "this line is junk".into(),
            },
        );
        set_lang(Lang::En);
        assert_eq!(
            e.to_string(),
            "junk.vcf:4: not a vCard property line: 'this line is junk'"
        );
        set_lang(Lang::De);
        assert_eq!(
            e.to_string(),
            "junk.vcf, Zeile 4: keine Eigenschaftszeile einer vCard: „this line is junk“"
        );
        set_lang(Lang::En);
    }

    #[test]
    fn header_columns_are_listed_with_the_language_s_joints() {
        let cols = HeaderColumns::All(&["From", "To", "Sent At", "Direction"]);
        set_lang(Lang::De);
        assert_eq!(cols.to_string(), "From, To, Sent At und Direction");
        set_lang(Lang::En);
        assert_eq!(cols.to_string(), "From, To, Sent At and Direction");
        assert_eq!(
            HeaderColumns::AnyName(&["First Name", "Last Name", "Name"]).to_string(),
            "a name column (First Name, Last Name or Name)"
        );
    }
}
