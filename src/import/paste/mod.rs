//! Requests pasted from the invitation page: the rep selects all on LinkedIn's invitation
//! manager (received) or XING's contact requests, copies, and pastes into followdesk.
//!
//! A select-all copy is the page's text, one element per line: navigation, tabs, then per
//! request the photo's alternative text ("Anna Becker’s profile picture"), the name, the
//! headline, the mutual connections ("Jonas Weber and 3 other mutual connections", „12
//! gemeinsame Kontakte“), when ("2 days ago", „vor 3 Tagen“), the note where there is one,
//! and the two buttons (Ignore/Accept, Ignorieren/Annehmen, Ablehnen/Bestätigen), then the
//! footer. The buttons end each request; within one, the line before the headline is the
//! name (the photo's text names it too, where copied), and the text after the
//! mutual-connections and time lines is the note. Lines that fit nowhere are returned as
//! not understood, for the preview; a paste without a single request is refused.

mod html;
mod when;
mod words;

use crate::domain::capture::{CaptureSource, CapturedRequest};
use crate::domain::time::Timestamp;
use crate::t;

pub use html::{looks_like_html, parse_paste_html};
pub use when::parse_when;

use super::Person;

/// What a paste held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastedPage {
    /// The platform the page is from (`linkedin`, `xing`).
    pub platform: String,
    pub requests: Vec<CapturedRequest>,
    /// Lines that are neither a request nor known page furniture, in page order.
    pub not_understood: Vec<String>,
}

/// Why a paste was refused (nothing is captured).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasteError {
    /// Nothing but whitespace.
    Empty,
    /// Text without a single request: not a copy of an invitation page.
    Foreign {
        /// The first lines, to show what was pasted.
        start: String,
    },
    /// `--platform` named a platform with no invitation page followdesk reads.
    UnknownPlatform(String),
}

impl std::fmt::Display for PasteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::Empty => t!("capture-paste-empty"),
            Self::Foreign { start } => t!("capture-paste-foreign", start = start.as_str()),
            Self::UnknownPlatform(p) => t!("capture-paste-unknown-platform", platform = p.as_str()),
        };
        f.write_str(&text)
    }
}

/// The kinds of lines in a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    /// The photo's text, naming the person.
    Photo,
    Mutual(u32),
    When(Timestamp),
}

struct Line<'a> {
    text: &'a str,
    kind: Kind,
}

/// Parses a select-all copy of an invitation page, pasted at `now`. `platform` is the
/// platform the rep says it is from; without it the page's words tell (XING's, else
/// LinkedIn).
pub fn parse_paste(
    text: &str,
    platform: Option<&str>,
    now: Timestamp,
) -> Result<PastedPage, PasteError> {
    let lines: Vec<String> = text
        .lines()
        .map(clean_line)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.is_empty() {
        return Err(PasteError::Empty);
    }
    let platform = match platform {
        Some(p @ ("linkedin" | "xing")) => p.to_owned(),
        Some(other) => return Err(PasteError::UnknownPlatform(other.to_owned())),
        None if lines.iter().any(|l| words::says_xing(l)) => "xing".to_owned(),
        None => "linkedin".to_owned(),
    };
    let mut page = PastedPage {
        platform,
        requests: Vec::new(),
        not_understood: Vec::new(),
    };
    let mut card: Vec<Line<'_>> = Vec::new();
    let mut after_buttons = false;
    for l in &lines {
        if words::is_button(l) {
            if !after_buttons {
                let lines = std::mem::take(&mut card);
                read_card(&lines, now, &mut page);
            }
            after_buttons = true;
            continue;
        }
        after_buttons = false;
        if words::is_noise(l) {
            continue;
        }
        // The same line twice in a row (a link's text and its title) counts once.
        if card.last().is_some_and(|prev| prev.text == l) {
            continue;
        }
        let kind = if words::name_in_photo_text(l).is_some() {
            Kind::Photo
        } else if let Some(n) = words::mutual_connections(l) {
            Kind::Mutual(n)
        } else if let Some(at) = parse_when(l, now) {
            Kind::When(at)
        } else {
            Kind::Text
        };
        card.push(Line { text: l, kind });
    }
    page.not_understood
        .extend(card.iter().map(|l| l.text.to_owned()));
    if page.requests.is_empty() {
        let start = lines
            .iter()
            .take(3)
            .cloned()
            .collect::<Vec<_>>()
            .join(" / ");
        let start: String = start.chars().take(120).collect();
        return Err(PasteError::Foreign { start });
    }
    Ok(page)
}

/// Trims a line and drops what copies of web pages carry invisibly (zero-width spaces,
/// no-break spaces as spaces).
fn clean_line(l: &str) -> String {
    l.chars()
        .filter(|c| !matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}'))
        .map(|c| {
            if c == '\u{a0}' || c == '\u{202f}' {
                ' '
            } else {
                c
            }
        })
        .collect::<String>()
        .trim()
        .to_owned()
}

/// One request: the lines between two button pairs.
fn read_card(lines: &[Line<'_>], now: Timestamp, page: &mut PastedPage) {
    if lines.is_empty() {
        return;
    }
    let photo = lines.iter().position(|l| l.kind == Kind::Photo);
    let first_marker = lines
        .iter()
        .position(|l| matches!(l.kind, Kind::Mutual(_) | Kind::When(_)))
        .unwrap_or(lines.len());
    let texts_before: Vec<usize> = (0..first_marker)
        .filter(|&i| lines[i].kind == Kind::Text)
        .collect();
    // The name: the photo's, else the line before the headline (the last line before the
    // first marker), or the only line there is.
    let (name, name_at, headline_at): (String, Option<usize>, Option<usize>) =
        if let Some(p) = photo {
            let named = words::name_in_photo_text(lines[p].text)
                .unwrap_or_default()
                .to_owned();
            let name_line = texts_before
                .iter()
                .copied()
                .find(|&i| i > p && lines[i].text == named);
            let after = name_line.unwrap_or(p);
            let headline = texts_before.iter().copied().find(|&i| i > after);
            (named, name_line, headline)
        } else {
            match texts_before.as_slice() {
                [] => {
                    page.not_understood
                        .extend(lines.iter().map(|l| l.text.to_owned()));
                    return;
                }
                [only] => (lines[*only].text.to_owned(), Some(*only), None),
                [.., n, h] => (lines[*n].text.to_owned(), Some(*n), Some(*h)),
            }
        };
    if !looks_like_a_name(&name) {
        page.not_understood
            .extend(lines.iter().map(|l| l.text.to_owned()));
        return;
    }
    let mut mutual = None;
    let mut at = None;
    let mut note: Vec<&str> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        match l.kind {
            Kind::Mutual(n) => mutual = mutual.or(Some(n)),
            Kind::When(t) => at = at.or(Some(t)),
            Kind::Photo => {}
            Kind::Text if Some(i) == name_at || Some(i) == headline_at => {}
            Kind::Text if i > first_marker => note.push(strip_note(l.text)),
            Kind::Text => page.not_understood.push(l.text.to_owned()),
        }
    }
    let (first_name, last_name) = Person::split_name(&name);
    page.requests.push(CapturedRequest {
        platform: page.platform.clone(),
        first_name,
        last_name,
        headline: headline_at
            .map(|h| lines[h].text.to_owned())
            .unwrap_or_default(),
        profile_url: None,
        invitation_url: None,
        received_at: at.unwrap_or(now),
        exact_time: false,
        note: note.join("\n"),
        mutual_connections: mutual,
        source: CaptureSource::Paste,
    });
}

/// A name is a few words, with letters and no more than a title's punctuation.
fn looks_like_a_name(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (1..=6).contains(&words)
        && s.chars().count() <= 80
        && s.chars().any(char::is_alphabetic)
        && !s
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '|' | '@' | ':' | '?' | '!'))
}

/// A note without the quotes or label the page puts around it.
fn strip_note(s: &str) -> &str {
    let s = ["Message:", "Nachricht:", "Note:", "Notiz:"]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .unwrap_or(s)
        .trim();
    s.trim_matches(|c| matches!(c, '"' | '“' | '”' | '„' | '«' | '»'))
        .trim()
}
