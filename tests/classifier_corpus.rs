//! The classifier measured on the labelled corpus in tests/fixtures/requests.jsonl.
//!
//! Prints accuracy (verdict == label) and the share of specific requests called unspecific
//! (a real buyer redirected to Follow: the costly mistake), with every miss, and fails below
//! the bar: at least 90 % correct, at most 3 % of specific requests called unspecific.
//! Run with `cargo test --test classifier_corpus -- --nocapture` to see the figures.
#![allow(clippy::unwrap_used)]

use followdesk::domain::PlatformRules;
use followdesk::domain::classifier::{Classifier, Lang, Verdict};
use serde::Deserialize;

const CORPUS: &str = include_str!("fixtures/requests.jsonl");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Labelled {
    label: String,
    lang: String,
    platform: String,
    message: String,
}

struct Tally {
    total: usize,
    correct: usize,
    specific: usize,
    specific_called_unspecific: usize,
}

impl Tally {
    fn new() -> Self {
        Self {
            total: 0,
            correct: 0,
            specific: 0,
            specific_called_unspecific: 0,
        }
    }
    fn accuracy(&self) -> f64 {
        self.correct as f64 / self.total.max(1) as f64
    }
    fn redirected_buyers(&self) -> f64 {
        self.specific_called_unspecific as f64 / self.specific.max(1) as f64
    }
    fn line(&self, name: &str) -> String {
        format!(
            "{name:<22} n={:>3}  accuracy {:>5.1} %  specific called unspecific {:>4.1} % ({}/{})",
            self.total,
            100.0 * self.accuracy(),
            100.0 * self.redirected_buyers(),
            self.specific_called_unspecific,
            self.specific
        )
    }
}

fn corpus() -> Vec<Labelled> {
    CORPUS
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("requests.jsonl line {}: {e}", i + 1))
        })
        .collect()
}

#[test]
fn corpus_is_large_and_varied() {
    let rows = corpus();
    assert!(rows.len() >= 150, "{} messages", rows.len());
    for (what, n) in [
        ("de", rows.iter().filter(|r| r.lang == "de").count()),
        ("en", rows.iter().filter(|r| r.lang == "en").count()),
        ("xing", rows.iter().filter(|r| r.platform == "xing").count()),
        (
            "specific",
            rows.iter().filter(|r| r.label == "specific").count(),
        ),
        (
            "unspecific",
            rows.iter().filter(|r| r.label == "unspecific").count(),
        ),
    ] {
        assert!(n >= 40, "only {n} {what} messages");
    }
    for r in &rows {
        assert!(Verdict::from_code(&r.label).is_some(), "label {}", r.label);
        // Only an empty XING message may be labelled unclear: nothing can be told.
        if r.label == "unclear" {
            assert!(r.message.trim().is_empty() && r.platform == "xing");
        }
    }
}

#[test]
fn classifier_meets_the_quality_bar_on_the_corpus() {
    let rules = PlatformRules::builtin();
    let classifier = Classifier::builtin();
    let rows = corpus();
    let mut all = Tally::new();
    let mut groups: Vec<(String, Tally)> = Vec::new();
    let mut lang_right = 0;
    let mut misses = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        let c = classifier.classify(&r.message, rules.require(&r.platform).unwrap());
        let label = Verdict::from_code(&r.label).unwrap();
        let lang = if r.lang == "de" { Lang::De } else { Lang::En };
        lang_right += usize::from(r.message.trim().is_empty() || c.lang == lang);
        // Even and odd lines: the rules were tuned looking at misses on even lines only, so
        // the odd lines show how they do on messages they were not fitted to.
        let half = if i % 2 == 0 {
            "tuning half (even)"
        } else {
            "held-out half (odd)"
        };
        for key in [
            format!("{} / {}", r.lang, r.platform),
            format!("label {}", r.label),
            half.to_owned(),
        ]
        .into_iter()
        .chain(std::iter::once("all".to_owned()))
        {
            let tally = if key == "all" {
                &mut all
            } else if let Some((_, t)) = groups.iter_mut().find(|(k, _)| *k == key) {
                t
            } else {
                groups.push((key, Tally::new()));
                &mut groups.last_mut().unwrap().1
            };
            tally.total += 1;
            tally.correct += usize::from(c.verdict == label);
            if label == Verdict::Specific {
                tally.specific += 1;
                tally.specific_called_unspecific += usize::from(c.verdict == Verdict::Unspecific);
            }
        }
        if c.verdict != label {
            misses.push(format!(
                "line {:>3} {:<10} -> {:<10} {:+.1} [{}] {}",
                i + 1,
                r.label,
                c.verdict.code(),
                c.score,
                c.reason_texts().collect::<Vec<_>>().join("; "),
                r.message
            ));
        }
    }
    groups.sort_by(|a, b| a.0.cmp(&b.0));
    println!("{}", all.line("all"));
    for (k, t) in &groups {
        println!("{}", t.line(k));
    }
    println!(
        "language detected right on {lang_right} of {} messages",
        rows.len()
    );
    println!("misses:\n{}", misses.join("\n"));
    assert!(
        all.accuracy() >= 0.90,
        "accuracy {:.1} % is below 90 %",
        100.0 * all.accuracy()
    );
    assert!(
        all.redirected_buyers() <= 0.03,
        "{:.1} % of specific requests called unspecific (at most 3 %)",
        100.0 * all.redirected_buyers()
    );
}
