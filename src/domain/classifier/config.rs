//! The rules file as written (`assets/classifier.toml`), before its patterns are compiled.
//! Every field is documented in the shipped file itself. Each reason text has a German twin
//! (`*_de`), optional so that a tuned copy may leave it out.

use std::collections::HashMap;

use serde::Deserialize;

use super::language::{Lang, Tone};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RulesFile {
    pub verdict: VerdictSection,
    pub empty: EmptySection,
    pub default_text: DefaultTextSection,
    pub language: LanguageSection,
    pub tone: ToneSection,
    #[serde(rename = "signal")]
    pub signals: Vec<SignalSection>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct VerdictSection {
    pub specific_at: f32,
    pub unspecific_at: f32,
    pub protecting_weight: f32,
    pub no_trigger_weight: f32,
    pub no_trigger_reason: String,
    #[serde(default)]
    pub no_trigger_reason_de: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EmptySection {
    pub score: f32,
    pub reason: String,
    #[serde(default)]
    pub reason_de: String,
    pub no_signal_reason: String,
    #[serde(default)]
    pub no_signal_reason_de: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DefaultTextSection {
    pub score: f32,
    pub reason: String,
    #[serde(default)]
    pub reason_de: String,
    pub max_extra_words: usize,
    pub partial_weight: f32,
    pub partial_reason: String,
    #[serde(default)]
    pub partial_reason_de: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct LanguageSection {
    pub de_words: Vec<String>,
    pub en_words: Vec<String>,
    pub fallback: Lang,
    #[serde(default)]
    pub fallback_by_platform: HashMap<String, Lang>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ToneSection {
    pub du: Vec<String>,
    pub sie: Vec<String>,
    pub fallback: Tone,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SignalSection {
    pub id: String,
    pub reason: String,
    /// The reason in German; empty: the English one is shown in German too.
    #[serde(default)]
    pub reason_de: String,
    pub weight: f32,
    #[serde(default = "one")]
    pub max_hits: usize,
    #[serde(default)]
    pub case_sensitive: bool,
    pub patterns: Vec<String>,
    #[serde(default)]
    pub and_patterns: Vec<String>,
    #[serde(default)]
    pub unless: Vec<String>,
}

fn one() -> usize {
    1
}
