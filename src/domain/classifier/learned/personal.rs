//! A personal model: the shipped corpus plus the rep's own Triage decisions (accept =
//! specific; redirect or decline = unspecific, decline also = pitch), refitted, and used only
//! when it gets more of the rep's held-back decisions right than the shipped model.
//!
//! - Every [`HOLD_BACK_EVERY`]th decision (in time order) is held back for the comparison;
//!   the others join the corpus, each counting [`DECISION_WEIGHT`] corpus lines.
//! - The refit keeps the shipped calibration and thresholds (one fit, fast enough for the
//!   app's worker); only the weights change.
//! - It is kept locally, as a setting ([`PERSONAL_MODEL_SETTING`]); nothing leaves the machine.

use super::corpus::{self, Example};
use super::model::Model;
use super::{Classifier, train};
use crate::domain::PlatformRules;
use crate::domain::classifier::Verdict;

/// The setting that holds the personal model (the model file's text).
pub const PERSONAL_MODEL_SETTING: &str = "classifier_personal_model";
/// How many corpus lines one of the rep's decisions counts for.
pub const DECISION_WEIGHT: f32 = 3.0;
/// Every n-th decision is held back for the comparison.
pub const HOLD_BACK_EVERY: usize = 4;
/// Held-back decisions needed for a fair comparison.
pub const MIN_HELD_BACK: usize = 5;

/// One decision the rep made in Triage on a request's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub message: String,
    pub platform: String,
    pub accepted: bool,
    pub declined: bool,
}

/// What a retraining found.
#[derive(Debug, Clone)]
pub struct RetrainOutcome {
    pub decisions: usize,
    pub held_back: usize,
    /// Held-back decisions each model's verdict agrees with (unclear agrees with none).
    pub personal_right: usize,
    pub shipped_right: usize,
    /// The personal model, when it did better; `None`: keep the shipped one.
    pub model: Option<Model>,
}

impl RetrainOutcome {
    /// Whether there were too few decisions to compare.
    #[must_use]
    pub fn too_few(&self) -> bool {
        self.held_back < MIN_HELD_BACK
    }

    /// What a retraining found, in words of the active language (the app's status line and
    /// Triage, `classifier retrain`).
    #[must_use]
    pub fn in_words(&self) -> String {
        if self.too_few() {
            crate::t!(
                "classifier-retrain-too-few",
                decisions = self.decisions,
                needed = MIN_HELD_BACK * HOLD_BACK_EVERY
            )
        } else if self.model.is_some() {
            crate::t!(
                "classifier-retrain-better",
                personal = self.personal_right,
                shipped = self.shipped_right,
                held = self.held_back
            )
        } else {
            crate::t!(
                "classifier-retrain-not-better",
                personal = self.personal_right,
                shipped = self.shipped_right,
                held = self.held_back
            )
        }
    }
}

/// The classifier to use: the personal model in `setting` when there is a valid one, else the
/// shipped one.
#[must_use]
pub fn active(setting: Option<&str>) -> Classifier {
    setting
        .and_then(|text| Classifier::from_model_tsv(text).ok())
        .unwrap_or_else(Classifier::builtin)
}

fn example(d: &Decision, weight: f32) -> Example {
    Example {
        message: d.message.clone(),
        platform: d.platform.clone(),
        specific: d.accepted,
        pitch: d.declined,
        lang: super::super::Lang::En,
        weight,
    }
}

/// Refits on the shipped corpus plus `decisions` and compares with `shipped` on the
/// held-back decisions.
#[must_use]
pub fn retrain(
    shipped: &Classifier,
    rules: &PlatformRules,
    decisions: &[Decision],
) -> RetrainOutcome {
    let held_back = |i: &usize| i % HOLD_BACK_EVERY == HOLD_BACK_EVERY - 1;
    let held: Vec<&Decision> = decisions
        .iter()
        .enumerate()
        .filter(|(i, _)| held_back(i))
        .map(|(_, d)| d)
        .collect();
    let used: Vec<&Decision> = decisions
        .iter()
        .enumerate()
        .filter(|(i, _)| !held_back(i))
        .map(|(_, d)| d)
        .collect();
    let mut outcome = RetrainOutcome {
        decisions: decisions.len(),
        held_back: held.len(),
        personal_right: 0,
        shipped_right: 0,
        model: None,
    };
    if outcome.too_few() {
        return outcome;
    }
    // The shipped corpus is checked by tests; were it unreadable, the decisions alone train.
    let mut examples = corpus::read(corpus::BUILTIN_TRAIN_JSONL, "train.jsonl").unwrap_or_default();
    examples.extend(used.iter().map(|d| example(d, DECISION_WEIGHT)));
    let comment = vec![format!(
        "personal model: the shipped corpus and {} of the rep's decisions",
        used.len()
    )];
    let model = train::refit(shipped, rules, &examples, &shipped.model().head, comment);
    let personal = Classifier::with_model(model);
    let right = |c: &Classifier| {
        held.iter()
            .filter(|d| {
                rules.get(&d.platform).is_some_and(|rule| {
                    let want = if d.accepted {
                        Verdict::Specific
                    } else {
                        Verdict::Unspecific
                    };
                    c.classify(&d.message, rule).verdict == want
                })
            })
            .count()
    };
    outcome.personal_right = right(&personal);
    outcome.shipped_right = right(shipped);
    if outcome.personal_right > outcome.shipped_right {
        outcome.model = Some(personal.model().clone());
    }
    outcome
}
