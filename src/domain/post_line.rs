//! One line of the posts list: what tells a post apart at a glance — when, what kind,
//! where it came from and how it began — without its numbers or its whole text.

use super::time::Timestamp;
use super::{PostAudience, PostId, PostKind};

/// What the posts list shows of a post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostLine {
    pub id: PostId,
    pub posted_at: Timestamp,
    pub kind: PostKind,
    pub url: String,
    /// The start of its text on one line (see [`excerpt`]); empty when it has none.
    pub excerpt: String,
    /// Where it came from: empty when logged by hand, else the import.
    pub source: String,
    /// Who could see it.
    pub audience: PostAudience,
}

impl PostLine {
    /// How many characters of a post's text the list shows at most.
    pub const EXCERPT_CHARS: usize = 120;

    /// Whether it came from an import (as opposed to being logged by hand).
    #[must_use]
    pub fn imported(&self) -> bool {
        !self.source.is_empty()
    }
}

/// The start of `text` on one line: every run of white space (line breaks too) becomes
/// one space, and after `max_chars` characters it is cut with "…".
#[must_use]
pub fn excerpt(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    let mut chars = 0;
    for word in text.split_whitespace() {
        for c in (!out.is_empty())
            .then_some(' ')
            .into_iter()
            .chain(word.chars())
        {
            if chars == max_chars {
                out.push('…');
                return out;
            }
            out.push(c);
            chars += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_excerpt_is_one_line_and_cut_at_its_length() {
        assert_eq!(
            excerpt("Drei Dinge:\r\n\r\n1.  „Zuhören“ ", 40),
            "Drei Dinge: 1. „Zuhören“"
        );
        assert_eq!(excerpt("Größe zählt", 5), "Größe…");
        assert_eq!(excerpt("Größe", 5), "Größe");
        assert_eq!(excerpt("  \n ", 5), "");
    }
}
