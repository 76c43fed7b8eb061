//! Language (German or English) and, for German, tone (Sie or du): detected from word lists
//! and patterns in the rules file, so a reply can answer in kind.

use std::collections::{HashMap, HashSet};

use regex::Regex;
use serde::{Deserialize, Serialize};

/// The languages followdesk classifies and answers in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    De,
    En,
}

impl Lang {
    /// `de` or `en`, as in template names and JSON.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::De => "de",
            Self::En => "en",
        }
    }
}

/// How a German message addresses the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    /// Formal ("Sie").
    Sie,
    /// Casual ("du").
    Du,
}

impl Tone {
    /// `sie` or `du`, as in template names and JSON.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::Sie => "sie",
            Self::Du => "du",
        }
    }
}

/// Tells German from English by counting marker words.
#[derive(Debug, Clone)]
pub(super) struct LanguageDetector {
    pub de_words: HashSet<String>,
    pub en_words: HashSet<String>,
    pub fallback: Lang,
    pub fallback_by_platform: HashMap<String, Lang>,
}

impl LanguageDetector {
    pub fn detect(&self, message: &str, platform_key: &str) -> Lang {
        self.evidence(message, platform_key)
            .unwrap_or(self.fallback)
    }

    /// The language the message's words tell, else the platform's usual language; `None`
    /// when neither says and only the general fallback would decide.
    pub fn evidence(&self, message: &str, platform_key: &str) -> Option<Lang> {
        let (mut de, mut en) = (0_usize, 0_usize);
        for word in message
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .filter(|w| !w.is_empty())
        {
            let word = word.to_lowercase().replace('’', "'");
            de += usize::from(self.de_words.contains(&word));
            en += usize::from(self.en_words.contains(&word));
        }
        match de.cmp(&en) {
            std::cmp::Ordering::Greater => Some(Lang::De),
            std::cmp::Ordering::Less => Some(Lang::En),
            std::cmp::Ordering::Equal => self.fallback_by_platform.get(platform_key).copied(),
        }
    }
}

/// Tells "Sie" from "du" by counting marker matches (case-sensitive: "Sie" is not "sie").
#[derive(Debug, Clone)]
pub(super) struct ToneDetector {
    pub du: Vec<Regex>,
    pub sie: Vec<Regex>,
    pub fallback: Tone,
}

impl ToneDetector {
    pub fn detect(&self, message: &str) -> Tone {
        let count = |patterns: &[Regex]| -> usize {
            patterns.iter().map(|p| p.find_iter(message).count()).sum()
        };
        let (du, sie) = (count(&self.du), count(&self.sie));
        match du.cmp(&sie) {
            std::cmp::Ordering::Greater => Tone::Du,
            std::cmp::Ordering::Less => Tone::Sie,
            std::cmp::Ordering::Equal => self.fallback,
        }
    }
}
