//! `followdesk classify`: JSON Lines in, one verdict per line out, in order. No database.
//!
//! Input: `{"message": "...", "platform": "linkedin"}` per line (`platform` optional, default
//! `linkedin`; other fields are ignored). Output: `{"verdict": ..., "score": ..., "reasons":
//! [...], "lang": ..., "tone": ..., "proposal": ..., "probability": ...}`, or `{"error": "line N: ..."}` for a line that cannot be
//! classified; the lines after it still run.
//!
//! The output is a machine format: its words (reasons, errors) are English whatever the
//! user's language.

use std::io::{BufRead, BufWriter, Write};

use serde::{Deserialize, Serialize};

use crate::domain::PlatformRules;
use crate::domain::classifier::{Classification, RequestClassifier, Tone};
use crate::i18n::{self, Lang};

/// The platform a line without `platform` was received on.
pub const DEFAULT_PLATFORM: &str = "linkedin";

#[derive(Debug, Deserialize)]
struct Request {
    message: String,
    #[serde(default)]
    platform: Option<String>,
}

#[derive(Debug, Serialize)]
struct Answer<'a> {
    verdict: &'static str,
    score: f64,
    reasons: Vec<&'a str>,
    lang: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    tone: Option<&'static str>,
    proposal: &'static str,
    /// The calibrated probability of "specific", when the model scored the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    probability: Option<f64>,
}

#[derive(Debug, Serialize)]
struct Failure {
    error: String,
}

/// What a run did, for the caller to report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ClassifyTally {
    pub classified: usize,
    pub failed: usize,
}

/// Classifies every line of `input`, writing one JSON line per input line to `output`
/// (buffered), in English. Only I/O errors stop it; a bad line gets an error line.
pub fn classify_lines(
    classifier: &dyn RequestClassifier,
    rules: &PlatformRules,
    input: impl BufRead,
    output: impl Write,
) -> std::io::Result<ClassifyTally> {
    i18n::with_lang(Lang::En, || {
        classify_lines_en(classifier, rules, input, output)
    })
}

fn classify_lines_en(
    classifier: &dyn RequestClassifier,
    rules: &PlatformRules,
    input: impl BufRead,
    output: impl Write,
) -> std::io::Result<ClassifyTally> {
    let mut out = BufWriter::with_capacity(64 * 1024, output);
    let mut tally = ClassifyTally::default();
    let mut input = input;
    let mut buf = Vec::with_capacity(1024);
    let mut number = 0_usize;
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        number += 1;
        let line = trim_line_end(&buf);
        match classify_line(classifier, rules, line) {
            Ok(c) => {
                serde_json::to_writer(&mut out, &answer(&c))?;
                tally.classified += 1;
            }
            Err(reason) => {
                serde_json::to_writer(
                    &mut out,
                    &Failure {
                        error: format!("line {number}: {reason}"), // i18n: not user-facing (JSON output, English)
                    },
                )?;
                tally.failed += 1;
            }
        }
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(tally)
}

fn classify_line(
    classifier: &dyn RequestClassifier,
    rules: &PlatformRules,
    line: &[u8],
) -> Result<Classification, String> {
    let text = std::str::from_utf8(line).map_err(|e| format!("not UTF-8: {e}"))?; // i18n: not user-facing (JSON output, English)
    let request: Request = serde_json::from_str(text).map_err(|e| json_reason(&e))?;
    let platform = request.platform.as_deref().unwrap_or(DEFAULT_PLATFORM);
    let rule = rules.require(platform).map_err(|e| e.to_string())?;
    Ok(classifier.classify(&request.message, rule))
}

fn answer(c: &Classification) -> Answer<'_> {
    Answer {
        verdict: c.verdict.code(),
        // Two decimals: more digits would be float noise.
        score: (f64::from(c.score) * 100.0).round() / 100.0,
        reasons: c.reason_texts().collect(),
        lang: c.lang.code(),
        tone: c.tone.map(Tone::code),
        proposal: c.proposal.code(),
        probability: c
            .probability
            .map(|p| (f64::from(p) * 1000.0).round() / 1000.0),
    }
}

/// `serde_json`'s message without its "at line 1 column N" (each input line is one document;
/// the line number that matters is ours).
fn json_reason(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let what = text
        .rfind(" at line ") // i18n: not user-facing (serde_json's words)
        .map_or(text.as_str(), |at| &text[..at]);
    match e.classify() {
        serde_json::error::Category::Data => what.to_owned(),
        _ => format!("not a JSON object ({what} at column {})", e.column()), // i18n: not user-facing (JSON output, English)
    }
}

fn trim_line_end(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::classifier::Classifier;

    fn run(input: &str) -> (Vec<serde_json::Value>, ClassifyTally) {
        let mut out = Vec::new();
        let tally = classify_lines(
            &Classifier::builtin(),
            &PlatformRules::builtin(),
            input.as_bytes(),
            &mut out,
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        (lines, tally)
    }

    #[test]
    fn one_answer_per_line_in_order_with_errors_in_place() {
        let input = concat!(
            r#"{"message": ""}"#,
            "\n",
            r#"{"message": "", "platform": "xing"}"#,
            "\n",
            "{not json\n",
            r#"{"message": "hi", "platform": "myspace"}"#,
            "\n",
            r#"{"platform": "xing"}"#,
            "\r\n",
            r#"{"message": "Hi Jo, we met at the Web Summit on Friday.", "id": 7}"#,
        );
        let (lines, tally) = run(input);
        assert_eq!(lines.len(), 6);
        assert_eq!(lines[0]["verdict"], "unspecific");
        assert_eq!(lines[0]["reasons"][0], "empty message");
        assert_eq!(lines[1]["verdict"], "unclear");
        assert_eq!(lines[1]["lang"], "de");
        assert_eq!(lines[1]["tone"], "sie");
        assert!(
            lines[2]["error"]
                .as_str()
                .unwrap()
                .starts_with("line 3: not a JSON object")
        );
        assert_eq!(
            lines[3]["error"],
            "line 4: unknown platform 'myspace' (known: linkedin, xing)"
        );
        assert_eq!(lines[4]["error"], "line 5: missing field `message`");
        assert_eq!(lines[5]["verdict"], "specific");
        assert!(lines[5]["score"].as_f64().unwrap() >= 1.0);
        assert_eq!(
            tally,
            ClassifyTally {
                classified: 3,
                failed: 3
            }
        );
    }

    #[test]
    fn an_empty_line_is_an_error_line_not_a_skipped_one() {
        let (lines, _) = run("\n{\"message\": \"\"}\n");
        assert_eq!(lines.len(), 2);
        assert!(lines[0]["error"].as_str().unwrap().starts_with("line 1:"));
    }

    #[test]
    fn invalid_utf8_is_reported_on_its_line() {
        let mut out = Vec::new();
        let input: &[u8] = b"{\"message\": \"\xff\"}\n{\"message\": \"\"}\n";
        classify_lines(
            &Classifier::builtin(),
            &PlatformRules::builtin(),
            input,
            &mut out,
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert!(
            lines[0].starts_with(r#"{"error":"line 1: not UTF-8"#),
            "{}",
            lines[0]
        );
        assert!(lines[1].starts_with(r#"{"verdict":"unspecific""#));
    }
}
