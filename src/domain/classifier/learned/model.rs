//! The learned model as data: two logistic regressions over the same named features (specific
//! vs. unspecific; cold pitch or spam vs. the rest), the calibration of the first and the two
//! thresholds of its verdict. Written and read as a tab-separated text file
//! (`assets/classifier_model.tsv`), one feature per line, sorted by name, so a change to the
//! model is a reviewable diff.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::hash::{BuildHasherDefault, Hasher};

use super::super::ClassifierError;
use super::features::{feature_hash, name_hasher};

/// The model that ships with followdesk.
pub const BUILTIN_MODEL_TSV: &str = include_str!("../../../../assets/classifier_model.tsv");

/// A model's numbers besides its feature weights.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Head {
    /// Intercept of the specific-vs-unspecific regression.
    pub bias: f32,
    /// Platt calibration: p = σ(a·z + b) for the raw score z.
    pub calibration_a: f32,
    pub calibration_b: f32,
    /// Per language (German, English): calibrated p(specific) below this: unspecific.
    pub unspecific_below: [f32; 2],
    /// Per language: calibrated p(specific) from this on: specific. Between: unclear.
    pub specific_from: [f32; 2],
    /// Intercept of the pitch-or-spam regression.
    pub pitch_bias: f32,
    /// p(pitch or spam) from this on, with an unspecific verdict: proposed for decline.
    pub pitch_from: f32,
}

impl Default for Head {
    fn default() -> Self {
        Self {
            bias: 0.0,
            calibration_a: 1.0,
            calibration_b: 0.0,
            unspecific_below: [0.5; 2],
            specific_from: [0.5; 2],
            pitch_bias: 0.0,
            pitch_from: 0.5,
        }
    }
}

/// Weights by feature name, and by the name's hash for classifying.
#[derive(Debug, Clone)]
pub struct Model {
    pub head: Head,
    /// (name, weight towards specific, weight towards pitch), sorted by name.
    pub features: Vec<(String, f32, f32)>,
    /// Free text kept at the top of the file (how it was trained).
    pub comment: Vec<String>,
    by_hash: HashMap<u64, [f32; 2], BuildHasherDefault<Prehashed>>,
}

/// The keys are hashes of feature names already: used as they are.
#[derive(Debug, Clone, Copy, Default)]
pub struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only u64 keys are hashed; a byte slice (never used) still gets a hash.
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

impl PartialEq for Model {
    fn eq(&self, other: &Self) -> bool {
        self.head == other.head && self.features == other.features
    }
}

/// Four decimals: the weights' noise is larger than that.
fn round(x: f32) -> f32 {
    (x * 10_000.0).round() / 10_000.0
}

impl Model {
    /// A model from its parts; the numbers are rounded as the file writes them, so that a
    /// model reads back equal to what was written.
    #[must_use]
    pub fn new(head: Head, mut features: Vec<(String, f32, f32)>, comment: Vec<String>) -> Self {
        let head = Head {
            bias: round(head.bias),
            calibration_a: round(head.calibration_a),
            calibration_b: round(head.calibration_b),
            unspecific_below: head.unspecific_below.map(round),
            specific_from: head.specific_from.map(round),
            pitch_bias: round(head.pitch_bias),
            pitch_from: round(head.pitch_from),
        };
        for f in &mut features {
            f.1 = round(f.1);
            f.2 = round(f.2);
        }
        features.retain(|f| f.1 != 0.0 || f.2 != 0.0);
        features.sort_by(|a, b| a.0.cmp(&b.0));
        let hasher = name_hasher();
        let mut by_hash =
            HashMap::with_capacity_and_hasher(features.len(), BuildHasherDefault::default());
        for (name, w, p) in &features {
            by_hash.insert(feature_hash(&hasher, name), [*w, *p]);
        }
        Self {
            head,
            features,
            comment,
            by_hash,
        }
    }

    /// The shipped model.
    #[must_use]
    pub fn builtin() -> Self {
        // A unit test reads the shipped file; failing here is a build defect.
        Self::from_tsv(BUILTIN_MODEL_TSV).expect("assets/classifier_model.tsv is valid")
    }

    /// The two weights of a feature (0 when the model does not know it).
    #[must_use]
    pub fn weights(&self, hash: u64) -> [f32; 2] {
        self.by_hash.get(&hash).copied().unwrap_or([0.0, 0.0])
    }

    /// The model as the file holds it.
    #[must_use]
    pub fn to_tsv(&self) -> String {
        let mut out = String::with_capacity(32 * self.features.len() + 1024);
        for c in &self.comment {
            let _ = writeln!(out, "# {c}");
        }
        let h = &self.head;
        for (key, value) in [
            ("bias", h.bias),
            ("calibration_a", h.calibration_a),
            ("calibration_b", h.calibration_b),
            ("unspecific_below_de", h.unspecific_below[0]),
            ("unspecific_below_en", h.unspecific_below[1]),
            ("specific_from_de", h.specific_from[0]),
            ("specific_from_en", h.specific_from[1]),
            ("pitch_bias", h.pitch_bias),
            ("pitch_from", h.pitch_from),
        ] {
            let _ = writeln!(out, "{key}\t{value}");
        }
        for (name, w, p) in &self.features {
            let _ = writeln!(out, "{name}\t{w}\t{p}");
        }
        out
    }

    /// Reads a model file; a bad line is named by its number.
    pub fn from_tsv(text: &str) -> Result<Self, ClassifierError> {
        let mut head = Head::default();
        let mut features = Vec::new();
        let mut comment = Vec::new();
        let bad = |line: usize, reason: &str| ClassifierError::Invalid {
            field: format!("model line {line}"),
            reason: reason.to_owned(),
        };
        let number = |line: usize, s: &str| {
            s.trim()
                .parse::<f32>()
                .ok()
                .filter(|x| x.is_finite())
                .ok_or_else(|| bad(line, &format!("'{s}' is not a number")))
        };
        let mut seen = 0;
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            if let Some(c) = raw.strip_prefix('#') {
                comment.push(c.strip_prefix(' ').unwrap_or(c).to_owned());
                continue;
            }
            if raw.trim().is_empty() {
                continue;
            }
            let parts: Vec<&str> = raw.split('\t').collect();
            match parts.as_slice() {
                [key, value] => {
                    let v = number(line, value)?;
                    let slot = match *key {
                        "bias" => &mut head.bias,
                        "calibration_a" => &mut head.calibration_a,
                        "calibration_b" => &mut head.calibration_b,
                        "unspecific_below_de" => &mut head.unspecific_below[0],
                        "unspecific_below_en" => &mut head.unspecific_below[1],
                        "specific_from_de" => &mut head.specific_from[0],
                        "specific_from_en" => &mut head.specific_from[1],
                        "pitch_bias" => &mut head.pitch_bias,
                        "pitch_from" => &mut head.pitch_from,
                        other => return Err(bad(line, &format!("unknown key '{other}'"))),
                    };
                    *slot = v;
                    seen += 1;
                }
                [name, w, p] if name.contains(':') => {
                    features.push(((*name).to_owned(), number(line, w)?, number(line, p)?));
                }
                _ => {
                    return Err(bad(
                        line,
                        "expected 'key<TAB>value' or 'feature<TAB>weight<TAB>weight'",
                    ));
                }
            }
        }
        if seen < 7 {
            return Err(bad(
                0,
                "the seven head values (bias, calibration_a, ...) are required",
            ));
        }
        if head.unspecific_below > head.specific_from {
            return Err(bad(0, "unspecific_below must not be above specific_from"));
        }
        Ok(Self::new(head, features, comment))
    }
}

#[cfg(test)]
mod tests {
    use std::hash::BuildHasher as _;

    use super::*;

    #[test]
    fn the_shipped_model_reads() {
        let m = Model::builtin();
        assert!(m.features.len() > 100);
        assert!(m.head.unspecific_below[0] <= m.head.specific_from[0]);
        assert!(m.head.unspecific_below[1] <= m.head.specific_from[1]);
    }

    #[test]
    fn a_saved_model_reads_back_equal() {
        let m = Model::new(
            Head {
                bias: 0.123_456,
                calibration_a: 1.5,
                calibration_b: -0.25,
                unspecific_below: [0.2, 0.25],
                specific_from: [0.7, 0.75],
                pitch_bias: -1.0,
                pitch_from: 0.5,
            },
            vec![
                ("w:meet".into(), 0.812_345, -0.1),
                ("c:<mö".into(), -0.3, 0.0),
                ("s:referral".into(), 1.25, 0.0),
                ("w:zero".into(), 0.0, 0.0),
            ],
            vec!["trained on a test".into()],
        );
        let back = Model::from_tsv(&m.to_tsv()).unwrap();
        assert_eq!(back, m);
        assert_eq!(back.to_tsv(), m.to_tsv());
        assert_eq!(back.features.len(), 3, "zero weights are left out");
        assert!(
            (back.weights(name_hasher().hash_one("w:meet".as_bytes()))[0] - 0.8123).abs() < 1e-6
        );
    }

    #[test]
    fn a_bad_line_is_named() {
        let e = Model::from_tsv("bias\tx\n").unwrap_err().to_string();
        assert!(e.contains("line 1"), "{e}");
    }
}
