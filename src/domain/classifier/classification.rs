//! What the classifier says about one request: a verdict, a score and the reasons behind them,
//! plus the language and tone it detected (the reply template follows them).

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::language::{Lang, Tone};

/// The classifier's proposal for a connection request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// A concrete trigger: accept the connection.
    Specific,
    /// "Just want to connect": redirect to Follow.
    Unspecific,
    /// Nothing can be told, or the signs disagree: the person decides.
    Unclear,
}

impl Verdict {
    /// The stable code used in JSON and the database.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::Specific => "specific",
            Self::Unspecific => "unspecific",
            Self::Unclear => "unclear",
        }
    }

    /// The verdict for a code, if it is one.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "specific" => Some(Self::Specific),
            "unspecific" => Some(Self::Unspecific),
            "unclear" => Some(Self::Unclear),
            _ => None,
        }
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// What the app proposes to do with a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Proposal {
    /// A specific request: accept.
    Accept,
    /// An unspecific one: redirect to Follow.
    Redirect,
    /// A cold pitch or spam: decline.
    Decline,
    /// Unclear: the rep decides.
    Decide,
}

impl Proposal {
    /// The stable code used in JSON.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::Accept => "accept",
            Self::Redirect => "redirect",
            Self::Decline => "decline",
            Self::Decide => "decide",
        }
    }

    /// The proposal that follows from a verdict alone (no pitch detection).
    #[must_use]
    pub fn of(verdict: Verdict) -> Self {
        match verdict {
            Verdict::Specific => Self::Accept,
            Verdict::Unspecific => Self::Redirect,
            Verdict::Unclear => Self::Decide,
        }
    }
}

/// One reason behind a verdict, in words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    /// What was found, in English, e.g. "names an event: 'Hannover Messe'" (the stable text
    /// of the JSON output and the tests).
    pub text: String,
    /// The same in German, e.g. „nennt eine Veranstaltung: „Hannover Messe““; empty when the
    /// rules file has no German for it.
    #[serde(skip)]
    pub text_de: String,
    /// Byte range in the message the reason points at, for highlighting.
    pub span: Option<Range<usize>>,
    /// What it added to the score (positive: towards specific).
    pub weight: f32,
}

/// The classifier's answer for one request.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Classification {
    pub verdict: Verdict,
    /// The sum of the reasons' weights (positive: specific); the verdict's thresholds are in
    /// the rules file.
    pub score: f32,
    /// Strongest first.
    pub reasons: Vec<Reason>,
    /// The language the message is written in (or likely, when it is empty).
    pub lang: Lang,
    /// Sie or du, for German messages; `None` for English, which has one form.
    pub tone: Option<Tone>,
    /// What the app proposes.
    pub proposal: Proposal,
    /// The calibrated probability that the request is specific, when a model scored it.
    pub probability: Option<f32>,
}

impl Classification {
    /// "Nothing to go by": for a request on a platform the rules do not know.
    #[must_use]
    pub fn unclear() -> Self {
        Self::decided(Verdict::Unclear, 0.0, Vec::new(), Lang::En, None)
    }

    /// A verdict by rules (no probability), proposing what the verdict implies.
    #[must_use]
    pub fn decided(
        verdict: Verdict,
        score: f32,
        reasons: Vec<Reason>,
        lang: Lang,
        tone: Option<Tone>,
    ) -> Self {
        Self {
            verdict,
            score,
            reasons,
            lang,
            tone,
            proposal: Proposal::of(verdict),
            probability: None,
        }
    }

    /// The reasons' English texts, in order.
    pub fn reason_texts(&self) -> impl Iterator<Item = &str> {
        self.reasons.iter().map(|r| r.text.as_str())
    }
}

impl Reason {
    /// The text in the language of the UI at the moment (the classification may be cached
    /// across a switch of language; this picks the text when it is shown).
    #[must_use]
    pub fn localized(&self) -> &str {
        match crate::i18n::lang() {
            crate::i18n::Lang::De if !self.text_de.is_empty() => &self.text_de,
            _ => &self.text,
        }
    }
}
