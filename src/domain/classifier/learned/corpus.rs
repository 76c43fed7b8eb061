//! Labelled request lines (JSON Lines) for training and evaluating the learned classifier:
//! `{"label": "specific"|"unspecific", "kind": "...", "lang": "de"|"en", "platform": "...",
//! "message": "..."}`. The kinds `cold_pitch` and `spam` are the ones proposed for decline.

use serde::Deserialize;

use super::super::ClassifierError;
use super::super::language::Lang;

/// The shipped training corpus (also what a personal model is trained on, with the rep's
/// own decisions).
pub const BUILTIN_TRAIN_JSONL: &str =
    include_str!("../../../../tests/fixtures/classifier/train.jsonl");

/// The kinds of request proposed for decline.
pub const DECLINE_KINDS: [&str; 2] = ["cold_pitch", "spam"];

/// One labelled request.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub message: String,
    pub platform: String,
    pub specific: bool,
    /// A cold pitch or spam.
    pub pitch: bool,
    /// The language the line is labelled with.
    pub lang: Lang,
    /// How much it counts in training (a corpus line 1).
    pub weight: f32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    label: String,
    #[serde(default)]
    kind: Option<String>,
    lang: String,
    platform: String,
    message: String,
}

/// Reads a corpus; `name` (a file name) goes into the error of a bad line, which names the
/// line and its field.
pub fn read(text: &str, name: &str) -> Result<Vec<Example>, ClassifierError> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        if raw.trim().is_empty() {
            continue;
        }
        let bad = |field: &str, reason: String| ClassifierError::Invalid {
            field: format!("{name} line {}: {field}", i + 1),
            reason,
        };
        let line: Line = serde_json::from_str(raw).map_err(|e| bad("json", e.to_string()))?;
        let specific = match line.label.as_str() {
            "specific" => true,
            "unspecific" => false,
            other => {
                return Err(bad(
                    "label",
                    format!("'{other}' is not specific or unspecific"),
                ));
            }
        };
        let lang = match line.lang.as_str() {
            "de" => Lang::De,
            "en" => Lang::En,
            other => return Err(bad("lang", format!("'{other}' is not de or en"))),
        };
        let pitch = line
            .kind
            .as_deref()
            .is_some_and(|k| DECLINE_KINDS.contains(&k));
        out.push(Example {
            message: line.message,
            platform: line.platform,
            specific,
            pitch,
            lang,
            weight: 1.0,
        });
    }
    Ok(out)
}
