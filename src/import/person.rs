//! A person as any importer reads them, before the loader decides whether they are a
//! contact already: the fields, profiles on platforms and tags, with where they were read.

use crate::domain::ContactFields;

/// One person read from a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Person {
    pub fields: ContactFields,
    /// `(platform key, profile URL as written)`; a `None` URL says "on this platform,
    /// link unknown".
    pub profiles: Vec<(String, Option<String>)>,
    pub tags: Vec<String>,
    /// Where the person was read (file and 1-based line), for the report.
    pub file: String,
    pub line: u64,
}

impl Person {
    /// Splits "Anna Maria Müller" into first name "Anna" and last name "Maria Müller"
    /// (the export gives only the full name for invitations and messages).
    #[must_use]
    pub fn split_name(full: &str) -> (String, String) {
        let full = full.trim();
        match full.split_once(char::is_whitespace) {
            Some((first, rest)) => (first.to_owned(), rest.trim().to_owned()),
            None => (full.to_owned(), String::new()),
        }
    }
}
