//! A contact: one person, with the fields a sales rep keeps about them.

use serde::{Deserialize, Serialize};

use super::time::Timestamp;
use super::{ContactId, DomainError, Field};

/// Longest note accepted (characters). Big enough for pasted e-mails, small enough to keep
/// the list fast.
pub const MAX_NOTES_CHARS: usize = 200_000;
/// Longest single-line field accepted (characters).
pub const MAX_FIELD_CHARS: usize = 1_000;

/// The editable fields of a contact.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactFields {
    pub first_name: String,
    pub last_name: String,
    pub company: String,
    pub position: String,
    pub email: String,
    pub phone: String,
    pub notes: String,
}

impl ContactFields {
    /// Convenience for tests and the demo: a person with a name only.
    #[must_use]
    pub fn named(first: &str, last: &str) -> Self {
        Self {
            first_name: first.to_owned(),
            last_name: last.to_owned(),
            ..Self::default()
        }
    }

    /// Trims the single-line fields and checks them; returns the cleaned fields.
    pub fn validated(mut self) -> Result<Self, DomainError> {
        for (field, value) in [
            (Field::FirstName, &mut self.first_name),
            (Field::LastName, &mut self.last_name),
            (Field::Company, &mut self.company),
            (Field::Position, &mut self.position),
            (Field::Email, &mut self.email),
            (Field::Phone, &mut self.phone),
        ] {
            let trimmed = value.trim();
            if trimmed.len() != value.len() {
                *value = trimmed.to_owned();
            }
            if let Some(c) = value.chars().find(|c| c.is_control()) {
                return Err(DomainError::ControlCharacter {
                    field,
                    code: u32::from(c),
                });
            }
            let len = value.chars().count();
            if len > MAX_FIELD_CHARS {
                return Err(DomainError::TooLong {
                    field,
                    len,
                    max: MAX_FIELD_CHARS,
                });
            }
        }
        if let Some(c) = self
            .notes
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        {
            return Err(DomainError::ControlCharacter {
                field: Field::Notes,
                code: u32::from(c),
            });
        }
        let len = self.notes.chars().count();
        if len > MAX_NOTES_CHARS {
            return Err(DomainError::TooLong {
                field: Field::Notes,
                len,
                max: MAX_NOTES_CHARS,
            });
        }
        if self.first_name.is_empty() && self.last_name.is_empty() {
            return Err(DomainError::EmptyName);
        }
        if !self.email.is_empty() && !plausible_email(&self.email) {
            return Err(DomainError::InvalidEmail(self.email));
        }
        Ok(self)
    }

    /// "First Last", or whichever part exists.
    #[must_use]
    pub fn display_name(&self) -> String {
        match (self.first_name.is_empty(), self.last_name.is_empty()) {
            (false, false) => format!("{} {}", self.first_name, self.last_name),
            (false, true) => self.first_name.clone(),
            _ => self.last_name.clone(),
        }
    }
}

/// A loose check that catches typing slips, not a full RFC 5322 parser.
fn plausible_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(char::is_whitespace)
}

/// A contact as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub id: ContactId,
    pub fields: ContactFields,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Set while the contact is in the trash.
    pub deleted_at: Option<Timestamp>,
}

/// A contact's profile on one platform.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub platform: String,
    /// Normalised profile URL, when known.
    pub url: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_name_is_refused() {
        assert_eq!(
            ContactFields::named("  ", "").validated(),
            Err(DomainError::EmptyName)
        );
    }

    #[test]
    fn fields_are_trimmed_and_email_checked() {
        let f = ContactFields {
            email: "anna@example".into(),
            ..ContactFields::named(" Anna ", "Müller")
        };
        assert_eq!(
            f.clone().validated(),
            Err(DomainError::InvalidEmail("anna@example".into()))
        );
        let ok = ContactFields {
            email: "anna@example.de".into(),
            ..f
        }
        .validated()
        .unwrap();
        assert_eq!(ok.first_name, "Anna");
        assert_eq!(ok.display_name(), "Anna Müller");
    }

    #[test]
    fn control_characters_are_refused_but_rtl_and_emoji_are_kept() {
        let bell = ContactFields::named("An\u{7}na", "B")
            .validated()
            .unwrap_err();
        assert_eq!(
            bell.to_string(),
            "first name contains the control character U+0007; remove it"
        );
        let f = ContactFields {
            notes: "line one\nline two\tend".into(),
            ..ContactFields::named("محمد 🚀", "\u{202e}Müller")
        };
        // U+202E (right-to-left override) is a format character, not a control: kept as typed.
        let ok = f.clone().validated().unwrap();
        assert_eq!(ok, f);
    }

    #[test]
    fn huge_notes_are_refused_with_the_field_named() {
        let f = ContactFields {
            notes: "x".repeat(MAX_NOTES_CHARS + 1),
            ..ContactFields::named("A", "B")
        };
        let e = f.validated().unwrap_err();
        assert!(e.to_string().starts_with("notes is too long"), "{e}");
    }
}
