//! The learned request classifier: the platform rules first (an empty message, the default
//! text alone), then a logistic regression over readable features (`features`), calibrated,
//! with two thresholds that leave the doubtful middle "unclear". Its reasons are the
//! features that moved the score most, in words, with the bytes they point at.
//!
//! The model is data (`assets/classifier_model.tsv`, written by `followdesk classifier
//! train`); a personal model (retrained on the rep's own decisions) is the same format.

pub mod corpus;
mod features;
mod model;
pub mod personal;
mod signals;
pub mod train;

use std::ops::Range;

pub use features::{Extracted, Featurizer, Origin};
pub use model::{BUILTIN_MODEL_TSV, Head, Model};
pub use signals::{BUILTIN_SIGNALS_TOML, Signals};

use super::classification::{Classification, Proposal, Reason, Verdict};
use super::language::Lang;
use super::{ClassifierError, DefaultText, RulesClassifier};
use crate::domain::platform::PlatformRule;

/// Reasons shown at most, and the smallest share of the score a reason must move.
const MAX_REASONS: usize = 5;
const MIN_REASON_WEIGHT: f32 = 0.05;
/// The shortest word named as a reason.
const MIN_WORD_CHARS: usize = 4;

/// The learned classifier: rules for what the platform decides, the model for the rest.
#[derive(Debug, Clone)]
pub struct Classifier {
    pub(crate) rules: RulesClassifier,
    pub(crate) featurizer: Featurizer,
    model: Model,
}

/// What the model makes of a message the platform rules leave to it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    /// The raw score (log-odds before calibration).
    pub raw: f32,
    /// Calibrated probability that the request is specific.
    pub specific: f32,
    /// Probability that it is a cold pitch or spam.
    pub pitch: f32,
}

/// How the platform rules or the model see a message before the verdict.
pub enum Prepared {
    /// The platform rules decide (an empty message, the default text alone).
    Rule(Classification),
    /// The model decides, on these features.
    Model { lang: Lang, extracted: Extracted },
}

impl Classifier {
    /// The shipped rules, signals and model.
    #[must_use]
    pub fn builtin() -> Self {
        Self::with_model(Model::builtin())
    }

    /// The shipped rules and signals with no model yet: what the trainer starts from.
    #[must_use]
    pub fn untrained() -> Self {
        Self::with_model(Model::new(Head::default(), Vec::new(), Vec::new()))
    }

    /// The shipped rules and signals with another model (a personal one).
    #[must_use]
    pub fn with_model(model: Model) -> Self {
        Self {
            rules: RulesClassifier::builtin(),
            featurizer: Featurizer::new(Signals::builtin()),
            model,
        }
    }

    /// A classifier on a model file's text.
    pub fn from_model_tsv(text: &str) -> Result<Self, ClassifierError> {
        Ok(Self::with_model(Model::from_tsv(text)?))
    }

    #[must_use]
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// The language of a request when something tells it (see [`RulesClassifier::known_language`]).
    #[must_use]
    pub fn known_language(&self, message: &str, rule: &PlatformRule) -> Option<Lang> {
        self.rules.known_language(message, rule)
    }

    /// The platform rules' verdict, or the features for the model.
    #[must_use]
    pub fn prepare(&self, message: &str, rule: &PlatformRule) -> Prepared {
        let stock = match self.rules.default_text(message, rule) {
            DefaultText::WithMore(span) => Some(span),
            DefaultText::Alone(_) => None,
            DefaultText::Absent if message.trim().is_empty() => None,
            DefaultText::Absent => {
                return self.model_input(message, rule, None);
            }
        };
        match stock {
            Some(span) => self.model_input(message, rule, Some(span)),
            // An empty message or the default text alone: the platform rules decide.
            None => match self.rules.platform_verdict(message, rule) {
                Some(decided) => Prepared::Rule(decided),
                None => self.model_input(message, rule, None),
            },
        }
    }

    fn model_input(
        &self,
        message: &str,
        rule: &PlatformRule,
        stock: Option<Range<usize>>,
    ) -> Prepared {
        let lang = self.rules.language.detect(message, &rule.key);
        let extracted = self.featurizer.extract(message, lang, stock, None);
        Prepared::Model { lang, extracted }
    }

    /// The model's scores for extracted features.
    #[must_use]
    pub fn scores(&self, extracted: &Extracted) -> Scores {
        scores(&self.model, extracted)
    }

    /// Classifies one request message received on the platform `rule` describes.
    #[must_use]
    pub fn classify(&self, message: &str, rule: &PlatformRule) -> Classification {
        let (lang, extracted) = match self.prepare(message, rule) {
            Prepared::Rule(c) => return c,
            Prepared::Model { lang, extracted } => (lang, extracted),
        };
        // One look-up per feature, for the score and the reasons.
        let weights: Vec<[f32; 2]> = extracted
            .features
            .iter()
            .map(|f| self.model.weights(f.hash))
            .collect();
        let s = scores_of(&self.model.head, &extracted, &weights);
        let head = &self.model.head;
        let verdict = verdict(head, s.specific, lang);
        let tone = (lang == Lang::De).then(|| self.rules.tone.detect(message));
        let reasons = self.reasons(message, &extracted, &weights, verdict);
        Classification {
            verdict,
            score: calibrated_logit(head, s.raw),
            reasons,
            lang,
            tone,
            proposal: proposal(head, verdict, s.pitch),
            probability: Some(s.specific),
        }
    }

    /// The features that moved the score most towards the verdict (either way when it is
    /// unclear), grouped by the word, word pair or signal they come from. Words shorter than
    /// [`MIN_WORD_CHARS`] letters ("the", "am") carry grammar, not a reason: not named.
    fn reasons(
        &self,
        message: &str,
        x: &Extracted,
        weights: &[[f32; 2]],
        verdict: Verdict,
    ) -> Vec<Reason> {
        #[derive(Clone, Copy)]
        enum Item {
            Token(usize),
            Pair(usize),
            Signal(usize),
            Stock,
        }
        // Each feature's share of the calibrated score, summed per word, pair and signal.
        let a = self.model.head.calibration_a;
        let mut token = vec![0.0_f32; x.tokens.len()];
        let mut pair = vec![0.0_f32; x.tokens.len()];
        let mut signal = vec![0.0_f32; x.hits.len()];
        let mut stock = 0.0_f32;
        for (f, [w, _]) in x.features.iter().zip(weights) {
            let w = w * f.value * a;
            match f.origin {
                Origin::Word(i) | Origin::Chars(i) => token[i] += w,
                Origin::Pair(i) => pair[i] += w,
                Origin::Signal(i) => signal[i] += w,
                Origin::StockText => stock += w,
            }
        }
        let mut items: Vec<(Item, f32)> = token
            .iter()
            .enumerate()
            .map(|(i, w)| (Item::Token(i), *w))
            .chain(pair.iter().enumerate().map(|(i, w)| (Item::Pair(i), *w)))
            .chain(
                signal
                    .iter()
                    .enumerate()
                    .map(|(i, w)| (Item::Signal(i), *w)),
            )
            .chain(std::iter::once((Item::Stock, stock)))
            .filter(|(item, w)| {
                let towards = match verdict {
                    Verdict::Specific => *w > 0.0,
                    Verdict::Unspecific => *w < 0.0,
                    Verdict::Unclear => true,
                };
                let named = match item {
                    Item::Token(i) => {
                        message[x.tokens[*i].clone()].chars().count() >= MIN_WORD_CHARS
                    }
                    _ => true,
                };
                towards && named && w.abs() >= MIN_REASON_WEIGHT
            })
            .collect();
        items.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
        items.truncate(MAX_REASONS);
        let words = &self.featurizer.signals.words;
        let word_reason = |span: Range<usize>, w: f32| {
            let text = clip(&message[span.clone()]);
            let (en, de) = if w > 0.0 {
                (&words.towards_specific, &words.towards_specific_de)
            } else {
                (&words.towards_unspecific, &words.towards_unspecific_de)
            };
            Reason {
                text: en.replace("{match}", text),
                text_de: de.replace("{match}", text),
                span: Some(span),
                weight: w,
            }
        };
        items
            .into_iter()
            .filter_map(|(item, w)| match item {
                Item::Token(i) => x.tokens.get(i).map(|s| word_reason(s.clone(), w)),
                Item::Pair(i) => match (x.tokens.get(i), x.tokens.get(i + 1)) {
                    (Some(a), Some(b)) => Some(word_reason(a.start..b.end, w)),
                    _ => None,
                },
                Item::Signal(i) => x.hits.get(i).map(|hit| {
                    let s = &self.featurizer.signals.list[hit.index];
                    let text = clip(&message[hit.span.clone()]);
                    Reason {
                        text: s.reason.replace("{match}", text),
                        text_de: s.reason_de.replace("{match}", text),
                        span: Some(hit.span.clone()),
                        weight: w,
                    }
                }),
                Item::Stock => Some(Reason {
                    text: words.stock_text.clone(),
                    text_de: words.stock_text_de.clone(),
                    span: x.stock_span.clone(),
                    weight: w,
                }),
            })
            .collect()
    }
}

/// At most 60 characters of a match in a reason.
fn clip(text: &str) -> &str {
    let text = text.trim();
    match text.char_indices().nth(60) {
        Some((at, _)) => &text[..at],
        None => text,
    }
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// The model's scores for extracted features.
#[must_use]
pub fn scores(model: &Model, x: &Extracted) -> Scores {
    let weights: Vec<[f32; 2]> = x.features.iter().map(|f| model.weights(f.hash)).collect();
    scores_of(&model.head, x, &weights)
}

/// The scores from the features' looked-up weights.
fn scores_of(head: &Head, x: &Extracted, weights: &[[f32; 2]]) -> Scores {
    let (mut z, mut q) = (head.bias, head.pitch_bias);
    for (f, [w, p]) in x.features.iter().zip(weights) {
        z += w * f.value;
        q += p * f.value;
    }
    Scores {
        raw: z,
        specific: sigmoid(calibrated_logit(head, z)),
        pitch: sigmoid(q),
    }
}

fn calibrated_logit(head: &Head, raw: f32) -> f32 {
    head.calibration_a * raw + head.calibration_b
}

/// The index of a language in the head's per-language thresholds.
#[must_use]
pub fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::De => 0,
        Lang::En => 1,
    }
}

/// The verdict for a calibrated probability of "specific" of a message in `lang`.
#[must_use]
pub fn verdict(head: &Head, p_specific: f32, lang: Lang) -> Verdict {
    let l = lang_index(lang);
    if p_specific < head.unspecific_below[l] {
        Verdict::Unspecific
    } else if p_specific >= head.specific_from[l] {
        Verdict::Specific
    } else {
        Verdict::Unclear
    }
}

/// What the app proposes: accept a specific request, decline an unspecific one that is a
/// pitch or spam, redirect the other unspecific ones, and leave the unclear to the rep.
#[must_use]
pub fn proposal(head: &Head, verdict: Verdict, p_pitch: f32) -> Proposal {
    match verdict {
        Verdict::Specific => Proposal::Accept,
        Verdict::Unclear => Proposal::Decide,
        Verdict::Unspecific if p_pitch >= head.pitch_from => Proposal::Decline,
        Verdict::Unspecific => Proposal::Redirect,
    }
}

#[cfg(test)]
mod tests;
