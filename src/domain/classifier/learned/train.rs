//! Fitting the learned classifier, reproducibly.
//!
//! - **Optimiser**: full-batch gradient descent with Nesterov momentum (step 0.5, momentum
//!   0.9, [`ITERATIONS`] steps from all-zero weights) on the weighted mean log-loss plus an
//!   L2 penalty `λ/2·‖w‖²` ([`L2`]; the intercept is not penalised). No randomness: the
//!   same corpus gives the same weights.
//! - **Vocabulary**: a word, word pair or character n-gram is a feature when it occurs in at
//!   least [`MIN_DOCS`] training messages; every designed signal is one.
//! - **Two regressions** on the same features: specific vs. unspecific, and cold pitch or
//!   spam vs. the rest (the decline proposal, at p ≥ 0.5; its two classes weighted to equal
//!   totals, as pitches are rare).
//! - **Calibration and thresholds** from k-fold cross-validation (folds stratified by label,
//!   shuffled with a `ChaCha8` generator seeded [`SEED`]): Platt scaling fitted on the
//!   out-of-fold scores; then per language (as detected, German or English, since a buyer
//!   redirected costs the same in either): `unspecific_below` is the highest threshold that calls at most
//!   [`MAX_SPECIFIC_CALLED_UNSPECIFIC`] of the specific messages unspecific;
//!   `specific_from` is the lowest that calls at most [`MAX_UNSPECIFIC_CALLED_SPECIFIC`] of
//!   the unspecific messages specific (accepting a vague request costs less than redirecting
//!   a buyer, so that bound is looser), and never below `unspecific_below`. In between: unclear.
//! - **Cross-validated figures** ([`cross_validate`]): each fold is classified with the
//!   calibration and thresholds chosen on the out-of-fold scores of the *other* folds only.

use std::collections::HashMap;

use rand::SeedableRng as _;
use rand::seq::SliceRandom as _;

use super::super::classification::{Proposal, Verdict};
use super::super::language::Lang;
use super::corpus::Example;
use super::model::{Head, Model};
use super::{Classifier, Prepared, proposal, scores, verdict};
use crate::domain::PlatformRules;

pub const ITERATIONS: usize = 300;
pub const STEP: f32 = 0.5;
pub const MOMENTUM: f32 = 0.9;
pub const L2: f32 = 3e-4;
pub const MIN_DOCS: usize = 2;
pub const SEED: u64 = 15;
pub const MAX_SPECIFIC_CALLED_UNSPECIFIC: f64 = 0.02;
pub const MAX_UNSPECIFIC_CALLED_SPECIFIC: f64 = 0.05;

/// The corpus as the trainer sees it: per line, the platform rules' verdict or its features.
pub struct TrainingSet {
    items: Vec<Item>,
    names: HashMap<u64, String>,
}

enum Item {
    Rule {
        verdict: Verdict,
        proposal: Proposal,
    },
    Model {
        features: Vec<(u64, f32)>,
        lang: Lang,
    },
}

/// Extracts every line's features once (for many fits).
#[must_use]
pub fn prepare(base: &Classifier, rules: &PlatformRules, examples: &[Example]) -> TrainingSet {
    let mut names = HashMap::new();
    let items = examples
        .iter()
        .map(|e| {
            let Some(rule) = rules.get(&e.platform) else {
                return Item::Rule {
                    verdict: Verdict::Unclear,
                    proposal: Proposal::Decide,
                };
            };
            match base.prepare(&e.message, rule) {
                Prepared::Rule(c) => Item::Rule {
                    verdict: c.verdict,
                    proposal: c.proposal,
                },
                Prepared::Model { lang, .. } => {
                    let stock = match base.rules.default_text(&e.message, rule) {
                        super::super::DefaultText::WithMore(s) => Some(s),
                        _ => None,
                    };
                    let mut sink = |h: u64, n: &str| {
                        names.entry(h).or_insert_with(|| n.to_owned());
                    };
                    let x = base
                        .featurizer
                        .extract(&e.message, lang, stock, Some(&mut sink));
                    Item::Model {
                        features: x.features.iter().map(|f| (f.hash, f.value)).collect(),
                        lang,
                    }
                }
            }
        })
        .collect();
    TrainingSet { items, names }
}

/// Fits both regressions on the lines `train` of `examples` (a head with no calibration).
#[must_use]
pub fn fit(
    prepared: &TrainingSet,
    examples: &[Example],
    train: &[usize],
    comment: Vec<String>,
) -> Model {
    // Vocabulary: features in at least MIN_DOCS of the training messages; signals always.
    let mut docs: HashMap<u64, usize> = HashMap::new();
    let used: Vec<usize> = train
        .iter()
        .copied()
        .filter(|&i| matches!(prepared.items[i], Item::Model { .. }))
        .collect();
    for &i in &used {
        if let Item::Model { features, .. } = &prepared.items[i] {
            let mut seen: Vec<u64> = features.iter().map(|f| f.0).collect();
            seen.sort_unstable();
            seen.dedup();
            for h in seen {
                *docs.entry(h).or_default() += 1;
            }
        }
    }
    let mut vocab: Vec<u64> = docs
        .iter()
        .filter(|(h, n)| {
            **n >= MIN_DOCS || prepared.names.get(h).is_some_and(|s| s.starts_with("s:"))
        })
        .map(|(h, _)| *h)
        .collect();
    vocab.sort_unstable_by(|a, b| prepared.names[a].cmp(&prepared.names[b]));
    let column: HashMap<u64, u32> = vocab
        .iter()
        .enumerate()
        .map(|(c, h)| (*h, c as u32))
        .collect();
    let rows: Vec<Vec<(u32, f32)>> = used
        .iter()
        .map(|&i| {
            let Item::Model { features, .. } = &prepared.items[i] else {
                return Vec::new();
            };
            let mut row: Vec<(u32, f32)> = features
                .iter()
                .filter_map(|(h, v)| column.get(h).map(|c| (*c, *v)))
                .collect();
            row.sort_unstable_by_key(|r| r.0);
            row.dedup_by(|b, a| {
                if a.0 == b.0 {
                    a.1 += b.1;
                    true
                } else {
                    false
                }
            });
            row
        })
        .collect();
    let weights: Vec<f32> = used.iter().map(|&i| examples[i].weight).collect();
    let specific: Vec<f32> = used
        .iter()
        .map(|&i| f32::from(u8::from(examples[i].specific)))
        .collect();
    let pitch: Vec<f32> = used
        .iter()
        .map(|&i| f32::from(u8::from(examples[i].pitch)))
        .collect();
    let (w, bias) = logistic(&rows, &specific, &weights, vocab.len());
    // Pitches and spam are rare: both classes weigh the same in total, so p ≥ 0.5 is not
    // biased towards "no pitch" by their number alone.
    let positive: f32 = pitch.iter().zip(&weights).map(|(y, w)| y * w).sum();
    let total: f32 = weights.iter().sum();
    let balanced: Vec<f32> = pitch
        .iter()
        .zip(&weights)
        .map(|(y, w)| {
            let share = if *y > 0.5 { positive } else { total - positive };
            if share > 0.0 {
                w * total / (2.0 * share)
            } else {
                *w
            }
        })
        .collect();
    let (p, pitch_bias) = logistic(&rows, &pitch, &balanced, vocab.len());
    let features = vocab
        .iter()
        .enumerate()
        .map(|(c, h)| (prepared.names[h].clone(), w[c], p[c]))
        .collect();
    Model::new(
        Head {
            bias,
            pitch_bias,
            ..Head::default()
        },
        features,
        comment,
    )
}

/// Weighted L2-regularised logistic regression by Nesterov gradient descent.
fn logistic(rows: &[Vec<(u32, f32)>], y: &[f32], weight: &[f32], dim: usize) -> (Vec<f32>, f32) {
    let total: f32 = weight.iter().sum::<f32>().max(f32::MIN_POSITIVE);
    let mut w = vec![0.0_f32; dim];
    let mut b = 0.0_f32;
    let mut vw = vec![0.0_f32; dim];
    let mut vb = 0.0_f32;
    let mut look = vec![0.0_f32; dim];
    let mut grad = vec![0.0_f32; dim];
    for _ in 0..ITERATIONS {
        for c in 0..dim {
            look[c] = w[c] + MOMENTUM * vw[c];
        }
        let lb = b + MOMENTUM * vb;
        for c in 0..dim {
            grad[c] = L2 * look[c];
        }
        let mut gb = 0.0_f32;
        for ((row, &yi), &wi) in rows.iter().zip(y).zip(weight) {
            let z = lb + row.iter().map(|&(c, v)| look[c as usize] * v).sum::<f32>();
            let err = (super::sigmoid(z) - yi) * wi / total;
            gb += err;
            for &(c, v) in row {
                grad[c as usize] += err * v;
            }
        }
        for c in 0..dim {
            vw[c] = MOMENTUM * vw[c] - STEP * grad[c];
            w[c] += vw[c];
        }
        vb = MOMENTUM * vb - STEP * gb;
        b += vb;
    }
    (w, b)
}

/// Platt scaling: a and b minimising the log-loss of σ(a·z + b), by Newton's method.
#[must_use]
pub fn platt(scores: &[(f32, bool)]) -> (f32, f32) {
    let (mut slope, mut offset) = (1.0_f64, 0.0_f64);
    for _ in 0..50 {
        let (mut ga, mut gb, mut haa, mut hab, mut hbb) = (0.0, 0.0, 1e-6, 0.0, 1e-6);
        for &(raw, label) in scores {
            let raw = f64::from(raw);
            let prob = 1.0 / (1.0 + (-(slope * raw + offset)).exp());
            let err = prob - f64::from(u8::from(label));
            ga += err * raw;
            gb += err;
            let curv = prob * (1.0 - prob);
            haa += curv * raw * raw;
            hab += curv * raw;
            hbb += curv;
        }
        let det = haa * hbb - hab * hab;
        if det.abs() < 1e-12 {
            break;
        }
        let da = (hbb * ga - hab * gb) / det;
        let db = (haa * gb - hab * ga) / det;
        slope -= da;
        offset -= db;
        if da.abs() + db.abs() < 1e-9 {
            break;
        }
    }
    (slope as f32, offset as f32)
}

/// The two thresholds on calibrated probabilities (see the module docs for the rule).
#[must_use]
pub fn thresholds(probabilities: &[(f32, bool)]) -> (f32, f32) {
    let mut spec: Vec<f32> = probabilities.iter().filter(|p| p.1).map(|p| p.0).collect();
    let mut unspec: Vec<f32> = probabilities.iter().filter(|p| !p.1).map(|p| p.0).collect();
    spec.sort_by(f32::total_cmp);
    unspec.sort_by(|a, b| b.total_cmp(a));
    let k = (MAX_SPECIFIC_CALLED_UNSPECIFIC * spec.len() as f64).floor() as usize;
    // Fewer than k specific messages lie strictly below the k-th smallest.
    let low = spec.get(k).copied().unwrap_or(0.5);
    let m = (MAX_UNSPECIFIC_CALLED_SPECIFIC * unspec.len() as f64).floor() as usize;
    // Only the m highest unspecific messages lie strictly above the m-th highest.
    let high = unspec.get(m).map_or(0.5, |p| (p + 1e-4).min(1.0));
    (low, high.max(low))
}

/// Fold of each line: stratified by label, shuffled with the fixed seed.
#[must_use]
pub fn folds(examples: &[Example], k: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(SEED);
    order.shuffle(&mut rng);
    order.sort_by_key(|&i| !examples[i].specific);
    let mut fold = vec![0; examples.len()];
    for (n, i) in order.into_iter().enumerate() {
        fold[i] = n % k.max(1);
    }
    fold
}

/// Out-of-fold scores of every model-scored line: (raw score, p(pitch)).
fn out_of_fold(
    prepared: &TrainingSet,
    examples: &[Example],
    fold: &[usize],
    k: usize,
) -> Vec<Option<(f32, f32)>> {
    let mut out = vec![None; examples.len()];
    for f in 0..k {
        let train: Vec<usize> = (0..examples.len()).filter(|&i| fold[i] != f).collect();
        let model = fit(prepared, examples, &train, Vec::new());
        for i in (0..examples.len()).filter(|&i| fold[i] == f) {
            if let Item::Model { features, .. } = &prepared.items[i] {
                out[i] = Some(raw_scores(&model, features));
            }
        }
    }
    out
}

fn raw_scores(model: &Model, features: &[(u64, f32)]) -> (f32, f32) {
    let x = super::Extracted {
        features: features
            .iter()
            .map(|&(hash, value)| super::features::Active {
                hash,
                value,
                origin: super::Origin::StockText,
            })
            .collect(),
        ..super::Extracted::default()
    };
    let s = scores(model, &x);
    (s.raw, s.pitch)
}

/// Calibration and thresholds from out-of-fold scores of the lines `use_line` allows.
fn head_from(
    prepared: &TrainingSet,
    oof: &[Option<(f32, f32)>],
    examples: &[Example],
    use_line: impl Fn(usize) -> bool,
) -> Head {
    let raw: Vec<(f32, bool, Lang)> = oof
        .iter()
        .enumerate()
        .filter(|(i, _)| use_line(*i))
        .filter_map(|(i, s)| match (&prepared.items[i], s) {
            (Item::Model { lang, .. }, Some(s)) => Some((s.0, examples[i].specific, *lang)),
            _ => None,
        })
        .collect();
    let (a, b) = platt(&raw.iter().map(|r| (r.0, r.1)).collect::<Vec<_>>());
    let mut head = Head {
        calibration_a: a,
        calibration_b: b,
        ..Head::default()
    };
    for lang in [Lang::De, Lang::En] {
        let calibrated: Vec<(f32, bool)> = raw
            .iter()
            .filter(|r| r.2 == lang)
            .map(|&(z, y, _)| (super::sigmoid(a * z + b), y))
            .collect();
        let (low, high) = thresholds(&calibrated);
        head.unspecific_below[super::lang_index(lang)] = low;
        head.specific_from[super::lang_index(lang)] = high;
    }
    head
}

/// Trains the model to ship: k-fold cross-validation for calibration and thresholds, then
/// both regressions on every line.
#[must_use]
pub fn train(
    base: &Classifier,
    rules: &PlatformRules,
    examples: &[Example],
    k: usize,
    comment: Vec<String>,
) -> Model {
    let prepared = prepare(base, rules, examples);
    let fold = folds(examples, k);
    let oof = out_of_fold(&prepared, examples, &fold, k);
    let head = head_from(&prepared, &oof, examples, |_| true);
    let all: Vec<usize> = (0..examples.len()).collect();
    let fitted = fit(&prepared, examples, &all, comment);
    Model::new(
        Head {
            bias: fitted.head.bias,
            pitch_bias: fitted.head.pitch_bias,
            ..head
        },
        fitted.features,
        fitted.comment,
    )
}

/// The comment at the top of a trained model file: what it was trained from, and how.
#[must_use]
pub fn header(corpus: &str, lines: usize, folds: usize) -> Vec<String> {
    vec![
        "followdesk request classifier: logistic-regression weights. Do not edit by hand:".into(),
        format!("written by `followdesk classifier train` from {corpus} ({lines} lines),"),
        format!(
            "{ITERATIONS} iterations of Nesterov gradient descent, step {STEP}, momentum {MOMENTUM}, L2 {L2}, features in >= {MIN_DOCS} messages;"
        ),
        format!(
            "calibration and per-language thresholds from {folds}-fold cross-validation (seed {SEED}). Per feature: name, weight towards"
        ),
        "specific, weight towards pitch-or-spam (w: stemmed word, b: word pair, c: character n-gram, s: signal).".into(),
    ]
}

/// Refits the weights on `examples` and keeps `head`'s calibration and thresholds (a
/// personal model: one fit, fast enough for the app).
#[must_use]
pub fn refit(
    base: &Classifier,
    rules: &PlatformRules,
    examples: &[Example],
    head: &Head,
    comment: Vec<String>,
) -> Model {
    let prepared = prepare(base, rules, examples);
    let all: Vec<usize> = (0..examples.len()).collect();
    let fitted = fit(&prepared, examples, &all, comment);
    Model::new(
        Head {
            bias: fitted.head.bias,
            pitch_bias: fitted.head.pitch_bias,
            ..*head
        },
        fitted.features,
        fitted.comment,
    )
}

/// Counts for one group of lines (a language, or all).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub lines: usize,
    pub decided: usize,
    pub decided_right: usize,
    pub specific: usize,
    pub specific_called_unspecific: usize,
    /// Lines of the decline kinds, and how many of them were proposed for decline.
    pub pitch: usize,
    pub pitch_declined: usize,
    /// Lines of other kinds proposed for decline (specific ones among them).
    pub other_declined: usize,
    pub specific_declined: usize,
}

impl Tally {
    pub fn add(&mut self, e: &Example, verdict: Verdict, proposal: Proposal) {
        self.lines += 1;
        let label = if e.specific {
            Verdict::Specific
        } else {
            Verdict::Unspecific
        };
        if verdict != Verdict::Unclear {
            self.decided += 1;
            self.decided_right += usize::from(verdict == label);
        }
        if e.specific {
            self.specific += 1;
            self.specific_called_unspecific += usize::from(verdict == Verdict::Unspecific);
        }
        let declined = proposal == Proposal::Decline;
        if e.pitch {
            self.pitch += 1;
            self.pitch_declined += usize::from(declined);
        } else {
            self.other_declined += usize::from(declined);
            self.specific_declined += usize::from(declined && e.specific);
        }
    }

    #[must_use]
    pub fn accuracy_on_decided(&self) -> f64 {
        self.decided_right as f64 / self.decided.max(1) as f64
    }

    #[must_use]
    pub fn decided_share(&self) -> f64 {
        self.decided as f64 / self.lines.max(1) as f64
    }

    #[must_use]
    pub fn costly_error_rate(&self) -> f64 {
        self.specific_called_unspecific as f64 / self.specific.max(1) as f64
    }
}

/// Figures per language (German, English) and for all lines.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Evaluation {
    pub de: Tally,
    pub en: Tally,
    pub all: Tally,
}

impl Evaluation {
    pub fn add(&mut self, e: &Example, verdict: Verdict, proposal: Proposal) {
        match e.lang {
            Lang::De => self.de.add(e, verdict, proposal),
            Lang::En => self.en.add(e, verdict, proposal),
        }
        self.all.add(e, verdict, proposal);
    }
}

/// k-fold cross-validated figures of the training procedure on `examples` (see the module
/// docs: each fold's calibration and thresholds come from the other folds only).
#[must_use]
pub fn cross_validate(
    base: &Classifier,
    rules: &PlatformRules,
    examples: &[Example],
    k: usize,
) -> Evaluation {
    let prepared = prepare(base, rules, examples);
    let fold = folds(examples, k);
    let oof = out_of_fold(&prepared, examples, &fold, k);
    let mut eval = Evaluation::default();
    for f in 0..k {
        let head = head_from(&prepared, &oof, examples, |i| fold[i] != f);
        for i in (0..examples.len()).filter(|&i| fold[i] == f) {
            let (v, p) = match (&prepared.items[i], oof[i]) {
                (Item::Rule { verdict, proposal }, _) => (*verdict, *proposal),
                (Item::Model { lang, .. }, Some((raw, pitch))) => {
                    let p = super::sigmoid(head.calibration_a * raw + head.calibration_b);
                    let v = verdict(&head, p, *lang);
                    (v, proposal(&head, v, pitch))
                }
                (Item::Model { .. }, None) => (Verdict::Unclear, Proposal::Decide),
            };
            eval.add(&examples[i], v, p);
        }
    }
    eval
}

/// Figures of a frozen classifier on labelled lines (the held-out test split), or of the
/// rules engine for comparison.
#[must_use]
pub fn evaluate(
    classifier: &dyn super::super::RequestClassifier,
    rules: &PlatformRules,
    examples: &[Example],
) -> Evaluation {
    let mut eval = Evaluation::default();
    for e in examples {
        let (v, p) = match rules.get(&e.platform) {
            Some(rule) => {
                let c = classifier.classify(&e.message, rule);
                (c.verdict, c.proposal)
            }
            None => (Verdict::Unclear, Proposal::Decide),
        };
        eval.add(e, v, p);
    }
    eval
}
