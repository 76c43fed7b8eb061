//! One compiled signal: a set of patterns, the weight each match adds, and the reason it gives.

use regex::{Regex, RegexBuilder};

use super::ClassifierError;
use super::classification::Reason;
use super::config::SignalSection;

/// A signal ready to run: its patterns joined into one regular expression, compiled once.
#[derive(Debug, Clone)]
pub(super) struct Signal {
    reason: String,
    reason_de: String,
    weight: f32,
    max_hits: usize,
    any: Regex,
    /// When set, the signal counts only if this matches too.
    also: Option<Regex>,
    /// A match whose text matches this does not count (the regex crate has no look-around).
    unless: Option<Regex>,
}

impl Signal {
    pub fn compile(section: &SignalSection) -> Result<Self, ClassifierError> {
        let name = format!("signal '{}'", section.id);
        if section.patterns.is_empty() {
            return Err(ClassifierError::Invalid {
                field: name,
                reason: "has no patterns".into(),
            });
        }
        if !section.weight.is_finite() || section.weight == 0.0 {
            return Err(ClassifierError::Invalid {
                field: format!("{name}.weight"),
                reason: "must be a non-zero number".into(),
            });
        }
        let any = join(&name, &section.patterns, section.case_sensitive)?;
        let also = if section.and_patterns.is_empty() {
            None
        } else {
            Some(join(
                &format!("{name}.and_patterns"),
                &section.and_patterns,
                section.case_sensitive,
            )?)
        };
        let unless = if section.unless.is_empty() {
            None
        } else {
            Some(join(
                &format!("{name}.unless"),
                &section.unless,
                section.case_sensitive,
            )?)
        };
        Ok(Self {
            reason: section.reason.clone(),
            reason_de: section.reason_de.clone(),
            weight: section.weight,
            max_hits: section.max_hits.max(1),
            any,
            also,
            unless,
        })
    }

    /// Adds one reason per match (at most `max_hits`, distinct texts) to `reasons`.
    pub fn collect(&self, message: &str, reasons: &mut Vec<Reason>) {
        if let Some(also) = &self.also
            && !also.is_match(message)
        {
            return;
        }
        let mut seen: Vec<&str> = Vec::new();
        let mut from = 0;
        while seen.len() < self.max_hits && from <= message.len() {
            let Some(m) = self.any.find_at(message, from) else {
                break;
            };
            if self.unless.as_ref().is_some_and(|u| u.is_match(m.as_str())) {
                // Look again one character later: a real match may start inside this one.
                from = after_char_at(message, m.start());
                continue;
            }
            from = if m.is_empty() {
                after_char_at(message, m.end())
            } else {
                m.end()
            };
            let found = m.as_str().trim();
            if seen.iter().any(|s| s.eq_ignore_ascii_case(found)) {
                continue;
            }
            seen.push(found);
            reasons.push(Reason {
                text: self.reason.replace("{match}", found),
                text_de: self.reason_de.replace("{match}", found),
                span: Some(m.range()),
                weight: self.weight,
            });
        }
    }
}

/// The byte just after the character starting at `at` (past the end when there is none).
fn after_char_at(text: &str, at: usize) -> usize {
    at + text[at..].chars().next().map_or(1, char::len_utf8)
}

/// Compiles each pattern alone first, so a broken one is reported by its index, then all of
/// them as one alternation (one pass over the message instead of one per pattern).
pub(super) fn join(
    section: &str,
    patterns: &[String],
    case_sensitive: bool,
) -> Result<Regex, ClassifierError> {
    for (index, p) in patterns.iter().enumerate() {
        build(p, case_sensitive).map_err(|e| ClassifierError::Pattern {
            section: section.to_owned(),
            index: index + 1,
            reason: e.to_string(),
        })?;
    }
    let joined = patterns
        .iter()
        .map(|p| format!("(?:{p})"))
        .collect::<Vec<_>>()
        .join("|");
    build(&joined, case_sensitive).map_err(|e| ClassifierError::Pattern {
        section: section.to_owned(),
        index: 0,
        reason: e.to_string(),
    })
}

fn build(pattern: &str, case_sensitive: bool) -> Result<Regex, regex::Error> {
    RegexBuilder::new(pattern)
        .case_insensitive(!case_sensitive)
        .multi_line(false)
        .build()
}
