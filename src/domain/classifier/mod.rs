//! The connection-request classifier: message + platform rule → `specific`, `unspecific` or
//! `unclear`, with a score, its reasons in words, a proposal (accept, redirect, decline or
//! decide), and the message's language and tone.
//!
//! [`Classifier`] is the learned one (`learned`: a logistic regression over readable
//! features, trained by `followdesk classifier train`). [`RulesClassifier`] is the earlier
//! hand-written rules engine, kept for comparison (`followdesk classify --engine rules`) and
//! for what both share: the platform rules, language and tone. Phrase lists, patterns,
//! weights and thresholds of the rules are data in `assets/classifier.toml` (built in with
//! `include_str!`; a tuned copy can be loaded with [`RulesClassifier::from_toml`]). What an empty message or the platform's default
//! text means comes from the platform rules (`empty_message_means`, `default_request_texts`),
//! never from the platform's name. When in doubt it says `unclear`: redirecting a real buyer
//! to Follow is the costly mistake.

mod classification;
mod config;
mod error;
mod language;
pub mod learned;
mod signal;

use std::collections::HashSet;

pub use classification::{Classification, Proposal, Reason, Verdict};
pub use error::ClassifierError;
pub use language::{Lang, Tone};
pub use learned::Classifier;

use config::RulesFile;
use language::{LanguageDetector, ToneDetector};
use signal::Signal;

use super::platform::{EmptyMessageMeaning, PlatformRule};

/// Anything that classifies a request: the learned classifier or the rules engine.
pub trait RequestClassifier {
    fn classify(&self, message: &str, rule: &PlatformRule) -> Classification;
}

impl RequestClassifier for Classifier {
    fn classify(&self, message: &str, rule: &PlatformRule) -> Classification {
        Classifier::classify(self, message, rule)
    }
}

impl RequestClassifier for RulesClassifier {
    fn classify(&self, message: &str, rule: &PlatformRule) -> Classification {
        RulesClassifier::classify(self, message, rule)
    }
}

/// The rules that ship with followdesk.
pub const BUILTIN_CLASSIFIER_TOML: &str = include_str!("../../../assets/classifier.toml");

/// Compiled classifier rules. Build once, classify many messages.
#[derive(Debug, Clone)]
pub struct RulesClassifier {
    thresholds: Thresholds,
    empty: config::EmptySection,
    default_text: config::DefaultTextSection,
    language: LanguageDetector,
    tone: ToneDetector,
    signals: Vec<Signal>,
    /// Platforms' default texts as written and as folded for the search (folded once, not
    /// for every message).
    needles: std::cell::RefCell<Vec<(Vec<String>, Vec<String>)>>,
}

#[derive(Debug, Clone)]
struct Thresholds {
    specific_at: f32,
    unspecific_at: f32,
    protecting_weight: f32,
    no_trigger_weight: f32,
    no_trigger_reason: String,
    no_trigger_reason_de: String,
}

impl RulesClassifier {
    /// The rules shipped in `assets/classifier.toml`.
    #[must_use]
    pub fn builtin() -> Self {
        // The shipped file is checked by a unit test; failing here is a build defect.
        Self::from_toml(BUILTIN_CLASSIFIER_TOML).expect("assets/classifier.toml is valid")
    }

    /// Parses a rules file and compiles its patterns.
    pub fn from_toml(text: &str) -> Result<Self, ClassifierError> {
        let file: RulesFile = toml::from_str(text)?;
        let v = &file.verdict;
        // Written so that NaN is refused too.
        if v.specific_at.partial_cmp(&v.unspecific_at) != Some(std::cmp::Ordering::Greater) {
            return Err(ClassifierError::Invalid {
                field: "verdict".into(),
                reason: format!(
                    "specific_at ({}) must be above unspecific_at ({})",
                    v.specific_at, v.unspecific_at
                ),
            });
        }
        let mut ids = HashSet::new();
        let mut signals = Vec::with_capacity(file.signals.len());
        for s in &file.signals {
            if s.id.is_empty() || !ids.insert(s.id.as_str()) {
                return Err(ClassifierError::Invalid {
                    field: format!("signal '{}'", s.id),
                    reason: "ids must be present and unique".into(),
                });
            }
            signals.push(Signal::compile(s)?);
        }
        let lower = |words: &[String]| words.iter().map(|w| w.to_lowercase()).collect();
        let tone_patterns = |name: &str, patterns: &[String]| {
            patterns
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    signal::join(&format!("tone.{name}"), std::slice::from_ref(p), true).map_err(
                        |e| match e {
                            ClassifierError::Pattern {
                                section, reason, ..
                            } => ClassifierError::Pattern {
                                section,
                                index: i + 1,
                                reason,
                            },
                            other => other,
                        },
                    )
                })
                .collect::<Result<Vec<_>, _>>()
        };
        Ok(Self {
            thresholds: Thresholds {
                specific_at: v.specific_at,
                unspecific_at: v.unspecific_at,
                protecting_weight: v.protecting_weight,
                no_trigger_weight: v.no_trigger_weight,
                no_trigger_reason: v.no_trigger_reason.clone(),
                no_trigger_reason_de: v.no_trigger_reason_de.clone(),
            },
            language: LanguageDetector {
                de_words: lower(&file.language.de_words),
                en_words: lower(&file.language.en_words),
                fallback: file.language.fallback,
                fallback_by_platform: file.language.fallback_by_platform,
            },
            tone: ToneDetector {
                du: tone_patterns("du", &file.tone.du)?,
                sie: tone_patterns("sie", &file.tone.sie)?,
                fallback: file.tone.fallback,
            },
            empty: file.empty,
            default_text: file.default_text,
            signals,
            needles: std::cell::RefCell::default(),
        })
    }

    /// The language of a request when something tells it: the message's words, or the
    /// platform's usual language. `None` when only the general fallback would decide (an
    /// empty or ambiguous message), so a caller may choose instead, e.g. the user's language.
    #[must_use]
    pub fn known_language(&self, message: &str, rule: &PlatformRule) -> Option<Lang> {
        self.language.evidence(message, &rule.key)
    }

    /// Classifies one request message received on the platform `rule` describes.
    #[must_use]
    pub fn classify(&self, message: &str, rule: &PlatformRule) -> Classification {
        let lang = self.language.detect(message, &rule.key);
        let tone = (lang == Lang::De).then(|| self.tone.detect(message));
        let decided =
            |verdict, score, reasons| Classification::decided(verdict, score, reasons, lang, tone);
        if let Some(c) = self.platform_verdict(message, rule) {
            return c;
        }
        let mut reasons = Vec::new();
        if let DefaultText::WithMore(span) = self.default_text(message, rule) {
            reasons.push(reason(
                [
                    &self.default_text.partial_reason,
                    &self.default_text.partial_reason_de,
                ],
                rule,
                Some(span),
                self.default_text.partial_weight,
            ));
        }
        for s in &self.signals {
            s.collect(message, &mut reasons);
        }
        if !reasons.iter().any(|r| r.weight > 0.0) {
            reasons.push(Reason {
                text: self.thresholds.no_trigger_reason.clone(),
                text_de: self.thresholds.no_trigger_reason_de.clone(),
                span: None,
                weight: self.thresholds.no_trigger_weight,
            });
        }
        // Strongest first; equal weights keep the rules file's order.
        reasons.sort_by(|a, b| b.weight.abs().total_cmp(&a.weight.abs()));
        let score: f32 = reasons.iter().map(|r| r.weight).sum();
        let strongest = reasons.iter().map(|r| r.weight).fold(0.0_f32, f32::max);
        decided(self.verdict(score, strongest), score, reasons)
    }

    /// What the platform rules alone decide: an empty message (what it means comes from the
    /// platform's `empty_message_means`) and the platform's default text alone. `None`: the
    /// message has words of the sender's own.
    #[must_use]
    pub fn platform_verdict(&self, message: &str, rule: &PlatformRule) -> Option<Classification> {
        // Language and tone only for a decided message: most go on to a model.
        let decided = |verdict, score, reasons| {
            let lang = self.language.detect(message, &rule.key);
            let tone = (lang == Lang::De).then(|| self.tone.detect(message));
            Some(Classification::decided(verdict, score, reasons, lang, tone))
        };
        if message.trim().is_empty() {
            return match rule.empty_message_means {
                EmptyMessageMeaning::Unspecific => decided(
                    Verdict::Unspecific,
                    self.empty.score,
                    vec![reason(
                        [&self.empty.reason, &self.empty.reason_de],
                        rule,
                        None,
                        self.empty.score,
                    )],
                ),
                EmptyMessageMeaning::NoSignal => decided(
                    Verdict::Unclear,
                    0.0,
                    vec![reason(
                        [
                            &self.empty.no_signal_reason,
                            &self.empty.no_signal_reason_de,
                        ],
                        rule,
                        None,
                        0.0,
                    )],
                ),
            };
        }

        match self.default_text(message, rule) {
            DefaultText::Alone(span) => {
                let score = self.default_text.score;
                let texts = [&self.default_text.reason, &self.default_text.reason_de];
                let why = reason(texts, rule, Some(span), score);
                decided(Verdict::Unspecific, score, vec![why])
            }
            DefaultText::WithMore(_) | DefaultText::Absent => None,
        }
    }

    fn verdict(&self, score: f32, strongest_positive: f32) -> Verdict {
        let t = &self.thresholds;
        if score >= t.specific_at {
            Verdict::Specific
        } else if score <= t.unspecific_at && strongest_positive < t.protecting_weight {
            Verdict::Unspecific
        } else {
            Verdict::Unclear
        }
    }

    /// Whether the message is one of the platform's default texts, alone (after at most a
    /// short greeting) or with more of the sender's own words.
    pub(crate) fn default_text(&self, message: &str, rule: &PlatformRule) -> DefaultText {
        if rule.default_request_texts.is_empty() {
            return DefaultText::Absent;
        }
        let mut needles = self.needles.borrow_mut();
        let known = needles
            .iter()
            .position(|(texts, _)| *texts == rule.default_request_texts);
        let at_key = known.unwrap_or_else(|| {
            let folded = rule
                .default_request_texts
                .iter()
                .map(|t| fold_with(t, false).0)
                .filter(|n| !n.is_empty())
                .collect();
            needles.push((rule.default_request_texts.clone(), folded));
            needles.len() - 1
        });
        // Folded without the byte map first: most messages hold no default text.
        let (folded, _) = fold_with(message, false);
        for needle in &needles[at_key].1 {
            if let Some(at) = folded.find(needle.as_str()) {
                let (_, map) = fold_with(message, true);
                let last = map[at + needle.len() - 1];
                let end = last + message[last..].chars().next().map_or(0, char::len_utf8);
                let span = map[at]..end;
                let extra = format!("{} {}", &message[..span.start], &message[span.end..]);
                let extra_words = extra.split_whitespace().count();
                return if extra_words <= self.default_text.max_extra_words {
                    DefaultText::Alone(span)
                } else {
                    DefaultText::WithMore(span)
                };
            }
        }
        DefaultText::Absent
    }
}

pub(crate) enum DefaultText {
    Alone(std::ops::Range<usize>),
    WithMore(std::ops::Range<usize>),
    Absent,
}

/// Lowercases, unifies apostrophes and collapses whitespace, remembering for each byte of
/// the result where the character it came from starts in `text` (to map a match back).
/// The byte map is made only when `mapped` (else it is empty).
fn fold_with(text: &str, mapped: bool) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(if mapped { text.len() } else { 0 });
    let mut last_space = true;
    for (at, c) in text.char_indices() {
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
                if mapped {
                    map.push(at);
                }
            }
            last_space = true;
            continue;
        }
        last_space = false;
        let c = if c == '’' { '\'' } else { c };
        for lc in c.to_lowercase() {
            let before = out.len();
            out.push(lc);
            if mapped {
                map.extend(std::iter::repeat_n(at, out.len() - before));
            }
        }
    }
    if out.ends_with(' ') {
        out.pop();
        map.pop();
    }
    (out, map)
}

/// A reason from its (English, German) templates, with `{platform}` filled in.
fn reason(
    [template, template_de]: [&String; 2],
    rule: &PlatformRule,
    span: Option<std::ops::Range<usize>>,
    weight: f32,
) -> Reason {
    Reason {
        text: template.replace("{platform}", &rule.name),
        text_de: template_de.replace("{platform}", &rule.name),
        span,
        weight,
    }
}

#[cfg(test)]
mod tests;
