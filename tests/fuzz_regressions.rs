//! Inputs that broke a parser (found by the fuzz targets in `fuzz/` or by reading the
//! parsers while writing them), kept as files in `tests/fixtures/fuzz/<target>/`, and
//! hostile inputs every parser must survive: each call must return records or an error
//! that names the file, never panic or hang. Each entry point is the one its fuzz target
//! calls.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use followdesk::domain::PlatformRules;
use followdesk::domain::classifier::Classifier;
use followdesk::import::{ImportError, IssueReason, analytics, csv_generic, linkedin, vcard};

fn fixture(target: &str, name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(target)
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A refusal must name the file it refuses.
fn names_the_file<T>(result: Result<T, ImportError>, file: &str) {
    if let Err(e) = result {
        assert!(e.to_string().starts_with(file), "{file}: {e}");
    }
}

/// Inputs no CSV reader may panic on.
fn hostile_csv() -> Vec<Vec<u8>> {
    let header = "First Name,Last Name,From,To,Date,Sent At,Direction,Connected On,ShareLink,ShareCommentary\n";
    vec![
        Vec::new(),
        b"\xEF\xBB\xBF".to_vec(),
        b"\0\0\0\0".to_vec(),
        b"\xff\xfe\xfd,\x80\x81\n\xc3\x28,\xe2\x82".to_vec(),
        format!("{header}\"unbalanced,quote\n").into_bytes(),
        format!("{header}a,\"b\"\"\",\"").into_bytes(),
        format!("{header}{}\n", "x".repeat(1 << 20)).into_bytes(),
        format!("{header}{}\n", ",".repeat(100_000)).into_bytes(),
        format!("{header}{}", "\r\n".repeat(10_000)).into_bytes(),
        format!(
            "{header}A,B,C,D,9999-99-99 99:99:99 UTC,\"99/99/99, 99:99 PM\",INCOMING,31 Feb 2026\n"
        )
        .into_bytes(),
        format!("{header}\u{0130},\u{202f},\u{feff},\0,\u{10ffff}\n").into_bytes(),
        "\n\n\nNotes:\n\"\"\"\"\"\"\n".repeat(1000).into_bytes(),
    ]
}

#[test]
fn linkedin_csv_readers_survive_hostile_input() {
    for bytes in hostile_csv() {
        names_the_file(
            linkedin::connections::parse("Connections.csv", &bytes),
            "Connections.csv",
        );
        names_the_file(
            linkedin::invitations::parse("Invitations.csv", &bytes),
            "Invitations.csv",
        );
        names_the_file(
            linkedin::messages::parse("messages.csv", &bytes),
            "messages.csv",
        );
        names_the_file(linkedin::shares::parse("Shares.csv", &bytes), "Shares.csv");
    }
}

#[test]
fn generic_csv_reader_survives_hostile_input() {
    let rules = PlatformRules::builtin();
    for bytes in hostile_csv() {
        names_the_file(
            csv_generic::parse("people.csv", &bytes, &rules),
            "people.csv",
        );
    }
}

#[test]
fn vcard_reader_survives_hostile_input() {
    let inputs: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"\0\0\0".to_vec(),
        b"BEGIN:VCARD\n\xff\xfe:\x80\nEND:VCARD\n".to_vec(),
        b"BEGIN:VCARD\nN;ENCODING=QUOTED-PRINTABLE:=\n=\n=".to_vec(),
        b"BEGIN:VCARD\nNOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=bogus:=ZZ=F\nEND:VCARD\n".to_vec(),
        b"BEGIN:VCARD\nFN;X=\"unbalanced:quote\nEND:VCARD\n".to_vec(),
        b"BEGIN:VCARD\n;:\n.:x\nEND:VCARD\n".to_vec(),
        b" BEGIN:VCARD\n END:VCARD\n".to_vec(),
        b"BEGIN:VCARD\nN:\\\nFN:\\\nCATEGORIES:\\,\\\nEND:VCARD\n".to_vec(),
        b"BEGIN:VCARD\nREV:99999999T999999Z\nEND:VCARD\n".to_vec(),
        format!("BEGIN:VCARD\nNOTE:{}\nEND:VCARD\n", "x".repeat(1 << 20)).into_bytes(),
        "BEGIN:VCARD\nFN:a\nEND:VCARD\n".repeat(10_000).into_bytes(),
        "BEGIN:VCARD\n".repeat(1000).into_bytes(),
    ];
    for bytes in inputs {
        names_the_file(vcard::parse("cards.vcf", &bytes), "cards.vcf");
    }
}

/// Every fold rescanned the whole logical line to see whether it was quoted-printable,
/// so a card of many short folds took quadratic time (minutes for a few MB).
#[test]
fn vcard_with_many_folded_lines_is_read_in_linear_time() {
    let folds = 200_000;
    let card = format!(
        "BEGIN:VCARD\nNOTE;CHARSET=UTF-8:x{}\nX-NO-COLON-YET{}\nEND:VCARD\n",
        "\n y".repeat(folds),
        "\n ;=".repeat(folds)
    );
    let started = std::time::Instant::now();
    let result = vcard::parse("folded.vcf", card.as_bytes());
    assert!(result.is_err(), "the second property has no ':'");
    names_the_file(result, "folded.vcf");
    // Linear: milliseconds; quadratic it took minutes. Generous for a loaded machine.
    assert!(started.elapsed().as_secs() < 30, "{:?}", started.elapsed());

    let qp = format!(
        "BEGIN:VCARD\nNOTE;ENCODING=QUOTED-PRINTABLE:a={}\nc\nEND:VCARD\n",
        "\nb=".repeat(folds)
    );
    let cards = vcard::parse("qp.vcf", qp.as_bytes()).unwrap();
    assert_eq!(cards[0].note.len(), folds + 2);
}

/// `stated_total` found "total followers on" in the lowercased cell and sliced the
/// original text at that offset; `İ` grows by a byte when lowercased, so the slice ran
/// past the end of the cell and panicked.
#[test]
fn analytics_total_after_a_dotted_capital_i_does_not_panic() {
    let bytes = fixture("xlsx", "dotted-capital-i-before-total.xlsx");
    let wb = analytics::parse("analytics.xlsx", bytes).unwrap();
    assert_eq!(wb.stated_total, None);
    assert_eq!(wb.followers.records.len(), 1);
}

/// Totals were reconstructed with plain `+`/`-`: a stated total near `i64::MAX` and huge
/// daily counts overflowed (a panic in debug builds, wrong totals in release). Since counts
/// no real workbook can hold are refused, the stated total is not believed (so no total is
/// reconstructed) and the day whose count is impossible is skipped, named by its row; the
/// workbook is read without a panic.
#[test]
fn analytics_follower_total_overflow_leaves_totals_unknown() {
    let bytes = fixture("xlsx", "follower-total-overflow.xlsx");
    let wb = analytics::parse("analytics.xlsx", bytes).unwrap();
    assert_eq!(wb.stated_total, None);
    let totals: Vec<Option<i64>> = wb.followers.records.iter().map(|d| d.total).collect();
    assert_eq!(totals, [None, None]);
    assert_eq!(wb.followers.skipped.len(), 1, "{:?}", wb.followers.skipped);
    let skipped = &wb.followers.skipped[0];
    assert!(skipped.file.starts_with("analytics.xlsx"), "{skipped}");
    assert!(
        matches!(skipped.reason, IssueReason::CountOutOfRange { .. }),
        "{skipped}"
    );
}

/// Found by the `xlsx` fuzz target in its first seconds: a cell reference of many letters
/// (`r="MMMMMMMMMMMMA3"`) overflows calamine 0.35's column arithmetic, a panic with
/// overflow checks on (debug builds, tests). The workbook is now refused.
/// `overlong-cell-reference.fuzz-input` is the fuzzer's input, which the `xlsx` target
/// wraps into this workbook.
#[test]
fn analytics_overlong_cell_reference_is_refused_not_a_panic() {
    let bytes = fixture("xlsx", "overlong-cell-reference.xlsx");
    match analytics::parse("analytics.xlsx", bytes) {
        // Release builds wrap around instead of panicking; any answer but a panic will do.
        Ok(_) => {}
        Err(e) => assert!(
            e.to_string()
                .starts_with("analytics.xlsx: is not a readable Excel workbook"),
            "{e}"
        ),
    }
}

#[test]
fn analytics_reader_survives_hostile_input() {
    let good = fixture("xlsx", "follower-total-overflow.xlsx");
    let mut inputs: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"PK".to_vec(),
        b"PK\x03\x04\0\0\0\0".to_vec(),
        b"PK\x05\x06".to_vec(),
        b"\0\0\0\0".to_vec(),
        b"%PDF-1.7\n".to_vec(),
    ];
    // The workbook cut off anywhere, and with bytes flipped throughout.
    for len in (0..good.len()).step_by(7) {
        inputs.push(good[..len].to_vec());
    }
    for at in (0..good.len()).step_by(13) {
        let mut flipped = good.clone();
        flipped[at] ^= 0xff;
        inputs.push(flipped);
    }
    for bytes in inputs {
        names_the_file(analytics::parse("analytics.xlsx", bytes), "analytics.xlsx");
    }
}

#[test]
fn classifier_survives_hostile_messages() {
    let classifier = Classifier::builtin();
    let rules = PlatformRules::builtin();
    let messages = [
        String::new(),
        "\0".repeat(100),
        " \u{3000}\u{202f}\t\r\n".repeat(100),
        "\u{0130}".repeat(1000),
        "ß\u{0130}ﬁ\u{1e9e}".repeat(500),
        "x".repeat(1 << 20),
        "Sie du Sie du ".repeat(10_000),
        "\u{10ffff}\u{fffd}\u{feff}".repeat(100),
    ];
    for rule in rules.all() {
        for message in &messages {
            let c = classifier.classify(message, rule);
            for r in &c.reasons {
                if let Some(span) = &r.span {
                    assert!(message.get(span.clone()).is_some(), "bad span {span:?}");
                }
            }
        }
        // Default texts that case-fold into more bytes than they had.
        let mut rule = rule.clone();
        rule.default_request_texts = vec!["\u{0130}ch möchte".into(), "\u{0130}".into()];
        for message in ["\u{0130}\u{0130}CH MÖCHTE dich", "i\u{307}", "\u{0130}"] {
            let c = classifier.classify(message, &rule);
            for r in &c.reasons {
                if let Some(span) = &r.span {
                    assert!(message.get(span.clone()).is_some(), "bad span {span:?}");
                }
            }
        }
    }
}
