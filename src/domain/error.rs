//! Errors raised when input breaks a domain rule (before anything is written).

/// Input that breaks a domain rule. Each variant names the field at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    #[error("unknown platform '{0}' (known: {1})")]
    UnknownPlatform(String, String),
    #[error("a contact needs a first or a last name")]
    EmptyName,
    #[error("unknown event kind '{0}'")]
    UnknownEventKind(String),
    #[error("unknown post kind '{0}' (relevant, promotional or profile_update)")]
    UnknownPostKind(String),
    #[error("invalid date '{value}' in {field}: {reason}")]
    InvalidDate {
        field: &'static str,
        value: String,
        reason: String,
    },
    #[error("invalid e-mail address '{0}'")]
    InvalidEmail(String),
    #[error("invalid profile URL '{0}': only http and https links are accepted")]
    InvalidUrl(String),
    #[error("{field} contains the control character U+{code:04X}; remove it")]
    ControlCharacter { field: &'static str, code: u32 },
    #[error("a tag needs a name")]
    EmptyTag,
    #[error("invalid colour '{0}': use #rrggbb")]
    InvalidColor(String),
    #[error("{field} is too long ({len} characters, at most {max})")]
    TooLong {
        field: &'static str,
        len: usize,
        max: usize,
    },
}
