//! The designed signals of the learned classifier (`assets/classifier_signals.toml`): general
//! shapes of a kind of request (a named event, a referral, a generic call to action, ...),
//! each one binary feature whose weight is learned, and the words a reason is given in.

use std::ops::Range;

use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};
use serde::Deserialize;

use super::super::ClassifierError;

/// The signals that ship with followdesk.
pub const BUILTIN_SIGNALS_TOML: &str = include_str!("../../../../assets/classifier_signals.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct SignalsFile {
    words: WordTexts,
    #[serde(rename = "signal")]
    signals: Vec<SignalSection>,
}

/// How words and the default text are named in reasons, in English and German.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WordTexts {
    pub towards_specific: String,
    pub towards_specific_de: String,
    pub towards_unspecific: String,
    pub towards_unspecific_de: String,
    pub stock_text: String,
    pub stock_text_de: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct SignalSection {
    id: String,
    reason: String,
    reason_de: String,
    patterns: Vec<String>,
    #[serde(default)]
    unless: Vec<String>,
}

/// One compiled signal.
#[derive(Debug, Clone)]
pub struct Signal {
    pub id: String,
    pub reason: String,
    pub reason_de: String,
    any: Regex,
    unless: Option<Regex>,
}

/// Every signal, with a set that tells in one pass which of them may match.
#[derive(Debug, Clone)]
pub struct Signals {
    pub list: Vec<Signal>,
    pub words: WordTexts,
    set: RegexSet,
}

/// A signal that matched: its index and the first match's bytes.
#[derive(Debug, Clone)]
pub struct Hit {
    pub index: usize,
    pub span: Range<usize>,
}

impl Signals {
    /// The shipped signals.
    #[must_use]
    pub fn builtin() -> Self {
        // A unit test parses the shipped file; failing here is a build defect.
        Self::from_toml(BUILTIN_SIGNALS_TOML).expect("assets/classifier_signals.toml is valid")
    }

    pub fn from_toml(text: &str) -> Result<Self, ClassifierError> {
        let file: SignalsFile = toml::from_str(text)?;
        let mut list = Vec::with_capacity(file.signals.len());
        let mut joined = Vec::with_capacity(file.signals.len());
        for s in &file.signals {
            if s.id.is_empty() || list.iter().any(|o: &Signal| o.id == s.id) {
                return Err(ClassifierError::Invalid {
                    field: format!("signal '{}'", s.id),
                    reason: "ids must be present and unique".into(),
                });
            }
            let name = format!("signal '{}'", s.id);
            let any = join(&name, &s.patterns)?;
            joined.push(any.as_str().to_owned());
            let unless = if s.unless.is_empty() {
                None
            } else {
                Some(join(&format!("{name}.unless"), &s.unless)?)
            };
            list.push(Signal {
                id: s.id.clone(),
                reason: s.reason.clone(),
                reason_de: s.reason_de.clone(),
                any,
                unless,
            });
        }
        let set = RegexSetBuilder::new(&joined)
            .case_insensitive(true)
            .size_limit(50 << 20)
            // A set of every signal needs a large lazy-DFA cache: with the default one the
            // cache is cleared over and over and matching falls back to a slower engine
            // (measured: 476 µs a message instead of 2 µs).
            .dfa_size_limit(100 << 20)
            .build()
            .map_err(|e| ClassifierError::Pattern {
                section: "signals".into(),
                index: 0,
                reason: e.to_string(),
            })?;
        Ok(Self {
            list,
            words: file.words,
            set,
        })
    }

    /// The signals that match `message`, each with its first counted match.
    pub fn hits(&self, message: &str, out: &mut Vec<Hit>) {
        for index in &self.set.matches(message) {
            let s = &self.list[index];
            let mut from = 0;
            while from <= message.len() {
                let Some(m) = s.any.find_at(message, from) else {
                    break;
                };
                if s.unless.as_ref().is_some_and(|u| u.is_match(m.as_str())) {
                    from = m.end().max(m.start() + 1);
                    while from < message.len() && !message.is_char_boundary(from) {
                        from += 1;
                    }
                    continue;
                }
                // A question's match starts at the end of the sentence before it.
                let text = m.as_str();
                let lead = text.len() - text.trim_start_matches(['.', '!', '?', '\n', ' ']).len();
                out.push(Hit {
                    index,
                    span: m.start() + lead..m.end(),
                });
                break;
            }
        }
    }
}

/// Compiles each pattern alone (to name a broken one by its index), then all as one.
fn join(section: &str, patterns: &[String]) -> Result<Regex, ClassifierError> {
    if patterns.is_empty() {
        return Err(ClassifierError::Invalid {
            field: section.to_owned(),
            reason: "has no patterns".into(),
        });
    }
    for (index, p) in patterns.iter().enumerate() {
        build(&ascii_boundaries(p)).map_err(|e| ClassifierError::Pattern {
            section: section.to_owned(),
            index: index + 1,
            reason: e.to_string(),
        })?;
    }
    let joined = patterns
        .iter()
        .map(|p| format!("(?:{})", ascii_boundaries(p)))
        .collect::<Vec<_>>()
        .join("|");
    build(&joined).map_err(|e| ClassifierError::Pattern {
        section: section.to_owned(),
        index: 0,
        reason: e.to_string(),
    })
}

/// `\b` as an ASCII word boundary: the regex crate's fast engines give up on Unicode ones
/// as soon as a message holds a non-ASCII letter.
fn ascii_boundaries(pattern: &str) -> String {
    pattern.replace(r"\b", r"(?-u:\b)")
}

fn build(pattern: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(pattern)
        .case_insensitive(true)
        .size_limit(50 << 20)
        .dfa_size_limit(20 << 20)
        .build()
}
