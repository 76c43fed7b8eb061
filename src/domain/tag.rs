//! Tags: short labels with a colour that contacts carry.

use serde::{Deserialize, Serialize};

use super::{DomainError, Field, TagId};

/// The colour new tags get.
pub const DEFAULT_TAG_COLOR: &str = "#6b7f99";
/// The tag that "redirect to Follow" puts on a contact.
pub const REDIRECT_TAG: &str = "redirect-to-follow";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tag {
    pub id: TagId,
    pub name: String,
    /// `#rrggbb`
    pub color: String,
}

/// Trims a tag name and refuses an empty one, or one with a control character (as names
/// are refused).
pub fn clean_tag_name(name: &str) -> Result<String, DomainError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(DomainError::EmptyTag);
    }
    if let Some(c) = name.chars().find(|c| c.is_control()) {
        return Err(DomainError::ControlCharacter {
            field: Field::Tag,
            code: u32::from(c),
        });
    }
    if name.chars().count() > 60 {
        return Err(DomainError::TooLong {
            field: Field::Tag,
            len: name.chars().count(),
            max: 60,
        });
    }
    Ok(name.to_owned())
}

/// Checks a `#rrggbb` colour.
pub fn clean_color(color: &str) -> Result<String, DomainError> {
    let c = color.trim();
    let ok = c.len() == 7 && c.starts_with('#') && c[1..].chars().all(|ch| ch.is_ascii_hexdigit());
    if ok {
        Ok(c.to_ascii_lowercase())
    } else {
        Err(DomainError::InvalidColor(color.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_names_and_colours_are_checked() {
        assert_eq!(clean_tag_name("  vip ").unwrap(), "vip");
        assert!(clean_tag_name(" ").is_err());
        assert_eq!(
            clean_tag_name("vip\u{7}"),
            Err(DomainError::ControlCharacter {
                field: Field::Tag,
                code: 7
            })
        );
        assert!(clean_tag_name("a\nb").is_err());
        assert_eq!(clean_color("#AABBCC").unwrap(), "#aabbcc");
        assert!(clean_color("red").is_err());
    }
}
