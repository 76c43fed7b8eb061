//! `followdesk classify` over 100,000 JSON lines, run as a user runs it (the binary, stdin
//! to stdout), timed end to end: the learned model (the default) and, in the same run on the
//! same lines, the earlier rules engine (`--engine rules`) it replaced.
//!
//!     cargo bench --bench classify
//!
//! The lines are the training corpus's 840 messages (German and English, LinkedIn and XING,
//! one to three hundred characters), repeated in order to 100,000.

use std::io::Write as _;
use std::process::{Command, Stdio};
use std::time::Instant;

const CORPUS: &str = include_str!("../tests/fixtures/classifier/train.jsonl");

/// Runs `followdesk classify` with `args` on `input`; the lines per second.
fn run(args: &[&str], input: &str, n: usize) -> anyhow::Result<f64> {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_followdesk"))
        .arg("classify")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| anyhow::anyhow!("no stdin"))?;
    let input = input.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output()?;
    writer
        .join()
        .map_err(|_| anyhow::anyhow!("writer thread panicked"))??;
    let secs = started.elapsed().as_secs_f64();
    let text = String::from_utf8_lossy(&out.stdout);
    let lines = text.lines().count();
    anyhow::ensure!(lines == n, "{lines} answers for {n} lines");
    anyhow::ensure!(!text.contains("\"error\""), "a line failed");
    Ok(n as f64 / secs)
}

fn main() -> anyhow::Result<()> {
    let samples: Vec<String> = CORPUS
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l)?;
            Ok(serde_json::json!({"message": v["message"], "platform": v["platform"]}).to_string())
        })
        .collect::<anyhow::Result<_>>()?;
    let n = 100_000;
    let mut input = String::with_capacity(n * 200);
    for i in 0..n {
        input.push_str(&samples[i % samples.len()]);
        input.push('\n');
    }
    // Each engine twice, alternating, so a burst of load on the shared machine hits both.
    let mut model = Vec::new();
    let mut rules = Vec::new();
    for _ in 0..2 {
        model.push(run(&[], &input, n)?);
        rules.push(run(&["--engine", "rules"], &input, n)?);
    }
    let best = |v: &[f64]| v.iter().copied().fold(0.0_f64, f64::max);
    println!(
        "classify, learned model: {n} lines, {:.0} lines/s (runs: {:.0}, {:.0})",
        best(&model),
        model[0],
        model[1]
    );
    println!(
        "classify --engine rules: {n} lines, {:.0} lines/s (runs: {:.0}, {:.0})",
        best(&rules),
        rules[0],
        rules[1]
    );
    println!(
        "learned model / rules engine: {:.2}x",
        best(&model) / best(&rules)
    );
    Ok(())
}
