//! `followdesk classifier …`: train the learned request classifier, measure it, and fit or
//! drop the rep's personal model.
//!
//! - `train [--corpus FILE] [--out FILE] [--folds K]`: the model file from a corpus
//!   (deterministic; see `domain::classifier::learned::train`).
//! - `evaluate --cv K [--corpus FILE]`: k-fold cross-validated figures of the training
//!   procedure; `evaluate --test FILE [--model FILE]`: a frozen model on labelled lines.
//! - `retrain`: a personal model from the shipped corpus and my Triage decisions, kept only
//!   when it does better on held-back decisions; `reset`: back to the shipped model.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::{Args, Subcommand};

use crate::domain::PlatformRules;
use crate::domain::classifier::learned::corpus;
use crate::domain::classifier::learned::personal::{self, PERSONAL_MODEL_SETTING};
use crate::domain::classifier::learned::train::{self, Evaluation, Tally};
use crate::domain::classifier::{Classifier, RulesClassifier};
use crate::domain::command::Command;
use crate::i18n;
use crate::store::Store;
use crate::t;

#[derive(Debug, Subcommand)]
pub enum ClassifierCmd {
    /// Train the model from a labelled corpus (JSON Lines) and write the model file.
    Train(TrainArgs),
    /// Measure the classifier: k-fold cross-validation, or a frozen model on a test file.
    Evaluate(EvaluateArgs),
    /// Fit a personal model on the shipped corpus and my Triage decisions; keep it if better.
    Retrain,
    /// Go back to the shipped model.
    Reset,
}

#[derive(Debug, Args)]
pub struct TrainArgs {
    /// The labelled corpus [default: the shipped tests/fixtures/classifier/train.jsonl]
    #[arg(long, value_name = "FILE")]
    pub corpus: Option<PathBuf>,
    /// Where to write the model [default: print it]
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Folds of the cross-validation that picks calibration and thresholds
    #[arg(long, default_value_t = 10)]
    pub folds: usize,
}

#[derive(Debug, Args)]
pub struct EvaluateArgs {
    /// k-fold cross-validation of the training procedure on the corpus
    #[arg(long, value_name = "K")]
    pub cv: Option<usize>,
    /// The labelled corpus for --cv [default: the shipped one]
    #[arg(long, value_name = "FILE")]
    pub corpus: Option<PathBuf>,
    /// Labelled lines to classify with the frozen model
    #[arg(long, value_name = "FILE")]
    pub test: Option<PathBuf>,
    /// The model for --test [default: the built-in one]
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
    /// With --test: score the earlier rules engine instead of the model, for comparison
    #[arg(long)]
    pub rules_engine: bool,
}

impl ClassifierCmd {
    /// Whether the command reads or writes the database.
    #[must_use]
    pub fn needs_database(&self) -> bool {
        matches!(self, Self::Retrain | Self::Reset)
    }
}

fn read(file: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(file)
        .map_err(|e| anyhow::anyhow!("{}", crate::import::io_message(file, &e)))
}

fn corpus_of(file: Option<&PathBuf>) -> anyhow::Result<Vec<corpus::Example>> {
    Ok(match file {
        Some(f) => corpus::read(&read(f)?, &f.display().to_string())?,
        None => corpus::read(corpus::BUILTIN_TRAIN_JSONL, "train.jsonl")?,
    })
}

/// Runs a `classifier` subcommand; `store` is there for those that need the database.
pub fn run(
    cmd: &ClassifierCmd,
    store: Option<&mut Store>,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let rules = PlatformRules::builtin();
    match cmd {
        ClassifierCmd::Train(args) => {
            let examples = corpus_of(args.corpus.as_ref())?;
            let name = args
                .corpus
                .as_ref()
                .map_or("tests/fixtures/classifier/train.jsonl".to_owned(), |p| {
                    p.display().to_string()
                });
            let comment = train::header(&name, examples.len(), args.folds);
            let model = train::train(
                &Classifier::builtin(),
                &rules,
                &examples,
                args.folds,
                comment,
            );
            let text = model.to_tsv();
            match &args.out {
                Some(path) => {
                    std::fs::write(path, &text).with_context(|| path.display().to_string())?;
                    writeln!(
                        out,
                        "{}",
                        t!(
                            "classifier-trained",
                            path = path.display().to_string(),
                            lines = examples.len(),
                            features = model.features.len(),
                            low_de = i18n::decimal(f64::from(model.head.unspecific_below[0]), 3),
                            high_de = i18n::decimal(f64::from(model.head.specific_from[0]), 3),
                            low_en = i18n::decimal(f64::from(model.head.unspecific_below[1]), 3),
                            high_en = i18n::decimal(f64::from(model.head.specific_from[1]), 3)
                        )
                    )?;
                }
                None => out.write_all(text.as_bytes())?,
            }
        }
        ClassifierCmd::Evaluate(args) => {
            if let Some(k) = args.cv {
                let examples = corpus_of(args.corpus.as_ref())?;
                let eval = train::cross_validate(&Classifier::untrained(), &rules, &examples, k);
                writeln!(
                    out,
                    "{}",
                    t!("classifier-eval-cv", folds = k, lines = examples.len())
                )?;
                print_evaluation(&eval, out)?;
            }
            if let Some(test) = &args.test {
                let examples = corpus::read(&read(test)?, &test.display().to_string())?;
                let eval = if args.rules_engine {
                    train::evaluate(&RulesClassifier::builtin(), &rules, &examples)
                } else {
                    let classifier = match &args.model {
                        Some(m) => Classifier::from_model_tsv(&read(m)?)
                            .with_context(|| m.display().to_string())?,
                        None => Classifier::builtin(),
                    };
                    train::evaluate(&classifier, &rules, &examples)
                };
                writeln!(
                    out,
                    "{}",
                    if args.rules_engine {
                        t!(
                            "classifier-eval-test-rules",
                            path = test.display().to_string(),
                            lines = examples.len()
                        )
                    } else {
                        t!(
                            "classifier-eval-test",
                            path = test.display().to_string(),
                            lines = examples.len()
                        )
                    }
                )?;
                print_evaluation(&eval, out)?;
            }
            if args.cv.is_none() && args.test.is_none() {
                anyhow::bail!("{}", t!("classifier-eval-what"));
            }
        }
        ClassifierCmd::Retrain => {
            let store = store.context("database")?; // i18n: not user-facing (a programming error)
            let decisions = store.triage_decisions()?;
            let shipped = Classifier::builtin();
            let outcome = personal::retrain(&shipped, &rules, &decisions);
            writeln!(out, "{}", outcome.in_words())?;
            if let Some(model) = &outcome.model {
                store.apply(Command::SetSetting {
                    key: PERSONAL_MODEL_SETTING.to_owned(),
                    value: Some(model.to_tsv()),
                })?;
            }
        }
        ClassifierCmd::Reset => {
            let store = store.context("database")?; // i18n: not user-facing (a programming error)
            store.apply(Command::SetSetting {
                key: PERSONAL_MODEL_SETTING.to_owned(),
                value: None,
            })?;
            writeln!(out, "{}", t!("classifier-reset-done"))?;
        }
    }
    Ok(())
}

fn percent(x: f64) -> String {
    i18n::decimal(100.0 * x, 1)
}

fn print_evaluation(eval: &Evaluation, out: &mut dyn Write) -> anyhow::Result<()> {
    let row = |name: &str, t: &Tally| {
        t!(
            "classifier-eval-row",
            group = name,
            lines = t.lines,
            accuracy = percent(t.accuracy_on_decided()),
            decided = percent(t.decided_share()),
            costly = percent(t.costly_error_rate()),
            costly_n = t.specific_called_unspecific,
            specific = t.specific,
            declined = t.pitch_declined,
            pitch = t.pitch,
            wrongly_declined = t.other_declined,
            specific_declined = t.specific_declined
        )
    };
    writeln!(out, "{}", row("de", &eval.de))?;
    writeln!(out, "{}", row("en", &eval.en))?;
    writeln!(out, "{}", row(&t!("classifier-eval-all"), &eval.all))?;
    Ok(())
}
