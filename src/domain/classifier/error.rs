//! Why a classifier rules file could not be used; each error names the section or signal at fault.

/// A rules file (`assets/classifier.toml` or a tuned copy) that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ClassifierError {
    /// Not valid TOML, or a field is missing or of the wrong type (the message gives the line).
    #[error("classifier rules: {0}")]
    Parse(#[from] toml::de::Error),
    /// A pattern is not a valid regular expression.
    #[error("classifier rules: {section}, pattern {index}: {reason}")]
    Pattern {
        section: String,
        index: usize,
        reason: String,
    },
    /// A value breaks a rule of the file (thresholds in order, unique signal ids, ...).
    #[error("classifier rules: {field}: {reason}")]
    Invalid { field: String, reason: String },
}
