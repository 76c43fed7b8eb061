//! `followdesk classify` over 100,000 JSON lines, run as a user runs it (the binary, stdin
//! to stdout), timed end to end.
//!
//!     cargo bench --bench classify

use std::io::Write as _;
use std::process::{Command, Stdio};
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let samples = [
        r#"{"message": "Hi Ana, we met at the Hannover Messe on Tuesday. Could you send me the quote for 40 units?"}"#,
        r#"{"message": "Hallo, ich würde mich gerne mit Ihnen vernetzen, um mein Netzwerk zu erweitern.", "platform": "xing"}"#,
        r#"{"message": ""}"#,
        r#"{"message": "Hi, we help SaaS companies double their pipeline with done-for-you outreach. Let's connect!"}"#,
    ];
    let n = 100_000;
    let mut input = String::with_capacity(n * 110);
    for i in 0..n {
        input.push_str(samples[i % samples.len()]);
        input.push('\n');
    }
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_followdesk"))
        .arg("classify")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| anyhow::anyhow!("no stdin"))?;
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output()?;
    writer
        .join()
        .map_err(|_| anyhow::anyhow!("writer thread panicked"))??;
    let secs = started.elapsed().as_secs_f64();
    let lines = String::from_utf8_lossy(&out.stdout).lines().count();
    anyhow::ensure!(lines == n, "{lines} answers for {n} lines");
    println!(
        "classify: {n} lines in {secs:.2} s ({:.0} lines/s)",
        n as f64 / secs
    );
    Ok(())
}
