//! The languages stay complete: every message exists in English and German with the same
//! arguments, every message id the code asks for exists, no message is left unused, and
//! the UI and the command line write no user-facing text inline.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use followdesk::i18n::{self, Lang};
use regex::Regex;

/// Message id → the variables its text uses, for one language.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let id = Regex::new(r"^([a-z][a-z0-9-]*)\s*=").expect("regex");
    let var = Regex::new(r"\$([a-z_][a-z0-9_]*)").expect("regex");
    let mut out = BTreeMap::new();
    for (file, text) in i18n::sources(lang) {
        let mut current: Option<String> = None;
        for line in text.lines() {
            if let Some(c) = id.captures(line) {
                let name = c[1].to_owned();
                assert!(
                    !out.contains_key(&name),
                    "{}/{file}: message {name} defined twice",
                    lang.code()
                );
                out.insert(name.clone(), BTreeSet::new());
                current = Some(name);
            } else if line.starts_with('#') || line.trim().is_empty() {
                current = None;
                continue;
            }
            if let Some(name) = &current {
                let vars = out.get_mut(name).expect("inserted above");
                vars.extend(var.captures_iter(line).map(|c| c[1].to_owned()));
            }
        }
    }
    out
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_arguments() {
    let en = messages(Lang::En);
    let de = messages(Lang::De);
    assert!(en.len() > 50, "the English messages were not found");
    let only_en: Vec<_> = en.keys().filter(|k| !de.contains_key(*k)).collect();
    let only_de: Vec<_> = de.keys().filter(|k| !en.contains_key(*k)).collect();
    assert!(
        only_en.is_empty(),
        "messages missing in German: {only_en:?}"
    );
    assert!(
        only_de.is_empty(),
        "messages missing in English: {only_de:?}"
    );
    for (id, vars) in &en {
        assert_eq!(
            vars, &de[id],
            "message {id} uses different arguments in German"
        );
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn source_files(under: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join(under),
        &mut files,
    );
    files.sort();
    files
}

#[test]
fn every_message_the_code_asks_for_exists_and_every_message_is_used() {
    let call = Regex::new(r#"\bt!\(\s*"([^"]+)""#).expect("regex");
    let en = messages(Lang::En);
    let mut used = BTreeSet::new();
    let mut missing = Vec::new();
    for file in source_files("src") {
        let text = std::fs::read_to_string(&file).expect("read");
        for c in call.captures_iter(&text) {
            let id = c[1].to_owned();
            if !en.contains_key(&id) {
                missing.push(format!("{}: {id}", file.display()));
            }
            used.insert(id);
        }
    }
    // The help of the command line asks for its messages by ids it derives from the
    // commands and options (`help-report-summary-json`).
    for id in followdesk::cli::help::message_ids() {
        if !en.contains_key(&id) {
            missing.push(format!("src/cli/help.rs: {id}"));
        }
        used.insert(id);
    }
    assert!(
        missing.is_empty(),
        "messages asked for but not defined: {missing:#?}"
    );
    let unused: Vec<_> = en.keys().filter(|k| !used.contains(*k)).collect();
    assert!(
        unused.is_empty(),
        "messages defined but never used: {unused:?}"
    );
}

/// The string literals of Rust source outside comments, attributes and test modules,
/// with their line numbers.
fn literals(source: &str) -> Vec<(usize, String)> {
    let source = source.split("#[cfg(test)]").next().unwrap_or_default();
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let mut attr_depth = 0usize;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied().unwrap_or('\0');
        match c {
            '\n' => line += 1,
            '/' if next == '/' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '/' if next == '*' => {
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
                i += 2;
                continue;
            }
            '#' if next == '[' || (next == '!' && chars.get(i + 2) == Some(&'[')) => {
                attr_depth = 1;
                i += if next == '[' { 2 } else { 3 };
                continue;
            }
            '[' if attr_depth > 0 => attr_depth += 1,
            ']' if attr_depth > 0 => attr_depth -= 1,
            '\'' => {
                // A char literal ('"', '\'', 'x'); lifetimes have no closing quote.
                if next == '\\' {
                    let mut j = i + 2;
                    while j < chars.len() && chars[j] != '\'' {
                        j += 1;
                    }
                    i = j + 1;
                    continue;
                }
                if chars.get(i + 2) == Some(&'\'') {
                    i += 3;
                    continue;
                }
            }
            'r' if (next == '"' || next == '#')
                && !chars
                    .get(i.wrapping_sub(1))
                    .is_some_and(|p| p.is_alphanumeric() || *p == '_') =>
            {
                let mut j = i + 1;
                let mut hashes = 0;
                while chars.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if chars.get(j) == Some(&'"') {
                    let start = line;
                    let mut text = String::new();
                    j += 1;
                    loop {
                        if j >= chars.len() {
                            break;
                        }
                        if chars[j] == '"'
                            && (0..hashes).all(|h| chars.get(j + 1 + h) == Some(&'#'))
                        {
                            j += 1 + hashes;
                            break;
                        }
                        if chars[j] == '\n' {
                            line += 1;
                        }
                        text.push(chars[j]);
                        j += 1;
                    }
                    if attr_depth == 0 {
                        out.push((start, text));
                    }
                    i = j;
                    continue;
                }
            }
            '"' => {
                let start = line;
                let mut text = String::new();
                let mut j = i + 1;
                while j < chars.len() && chars[j] != '"' {
                    if chars[j] == '\\' {
                        text.push(chars[j]);
                        j += 1;
                    }
                    if chars.get(j) == Some(&'\n') {
                        line += 1;
                    }
                    if let Some(ch) = chars.get(j) {
                        text.push(*ch);
                    }
                    j += 1;
                }
                if attr_depth == 0 {
                    out.push((start, text));
                }
                i = j + 1;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Whether a literal reads like text for people: words, once `{placeholders}` are gone,
/// with a space between them or a capitalised word.
fn is_prose(literal: &str) -> bool {
    let placeholder = Regex::new(r"\{[^{}]*\}").expect("regex");
    let text = placeholder.replace_all(literal, "");
    let word = Regex::new(r"\p{L}\p{L}").expect("regex");
    if !word.is_match(&text) {
        return false;
    }
    let capitalised = Regex::new(r"^\P{L}*\p{Lu}\p{Ll}").expect("regex");
    let words = Regex::new(r"\p{L}+[ \u{a0}]+\p{L}+").expect("regex");
    capitalised.is_match(&text) || words.is_match(&text)
}

/// Lines that are not user-facing text though they look like it, each with the reason.
/// Keep this short: text for people belongs in `assets/i18n/`.
const NOT_USER_FACING: &[(&str, &str)] = &[
    // The window title and the app's own name are the brand, the same in every language.
    ("followdesk", "brand"),
];

/// The importers' and exporters' files where text for people is made: their errors, the
/// import report, the progress steps and the loaders. Listed one by one, not by folder:
/// the parsers beside them (`src/import/linkedin/`, `csv_generic.rs`, `analytics.rs`,
/// `src/export/csv.rs`) are full of column names as LinkedIn, XING and spreadsheets
/// write them ("First Name", "Connected On"), which look like prose and are not; what
/// they tell people, they tell through the errors and reasons defined here.
const IMPORT_EXPORT_FILES: &[&str] = &[
    "src/import/mod.rs",
    "src/import/error.rs",
    "src/import/report.rs",
    "src/import/loader.rs",
    "src/import/load_csv.rs",
    "src/import/load_linkedin.rs",
    "src/import/load_shares.rs",
    "src/import/load_vcard.rs",
    "src/import/table.rs",
    "src/import/vcard.rs",
    "src/import/linkedin/archive.rs",
    "src/export/mod.rs",
    "src/export/vcard.rs",
];

#[test]
fn the_ui_and_the_command_line_write_no_text_inline() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let found: Vec<String> = ["src/ui", "src/cli"]
        .into_iter()
        .flat_map(source_files)
        .chain(IMPORT_EXPORT_FILES.iter().map(|f| root.join(f)))
        .chain([root.join("src/main.rs")])
        .flat_map(|f| inline_prose(&f))
        .collect();
    assert_no_inline_prose(&found);
}

/// The files of the domain and the store whose text reaches people: labels, descriptions of
/// changes and errors. Listed one by one rather than whole folders, because the rest of those
/// folders holds text that is not for people and that the scanner would take for prose: SQL
/// (`SELECT id FROM tags WHERE …`), keys of settings, and the errors about broken rules files
/// that ship with the app (`RulesError` in `platform.rs`, `ClassifierError` raised in
/// `classifier/mod.rs` and `signal.rs`), which stay English like the patterns they name.
/// The classifier's reasons are data in `assets/classifier.toml` (`reason` and `reason_de`),
/// checked by the classifier's own tests. `src/demo/mod.rs` (`DemoError`) is not listed: it
/// also looks into the demo's sample request texts for words ("LinkedIn", "Hallo"), data in
/// both languages on purpose. A file added here must stay free of inline prose.
const DOMAIN_FILES: &[&str] = &[
    "src/domain/command.rs",
    "src/domain/contact.rs",
    "src/domain/contact_row.rs",
    "src/domain/error.rs",
    "src/domain/event.rs",
    "src/domain/post_line.rs",
    "src/domain/relationship.rs",
    "src/domain/summary.rs",
    "src/domain/tag.rs",
    "src/domain/templates.rs",
    "src/domain/time.rs",
    "src/domain/classifier/classification.rs",
    "src/store/error.rs",
];

/// The inline prose of one file, as `path:line: "literal"`, by the same rules as for the UI.
fn inline_prose(file: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(file).expect("read");
    let lines: Vec<&str> = text.lines().collect();
    let rel = file
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(file)
        .display()
        .to_string();
    literals(&text)
        .into_iter()
        .filter(|(line, literal)| {
            let source_line = lines.get(line - 1).copied().unwrap_or_default();
            !source_line.contains("i18n: not user-facing")
                && !NOT_USER_FACING.iter().any(|(l, _)| l == literal)
                && is_prose(literal)
        })
        .map(|(line, literal)| format!("{rel}:{line}: {literal:?}"))
        .collect()
}

#[test]
fn the_domain_and_the_store_write_no_text_inline() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let found: Vec<String> = DOMAIN_FILES
        .iter()
        .flat_map(|f| inline_prose(&root.join(f)))
        .collect();
    assert_no_inline_prose(&found);
}

fn assert_no_inline_prose(found: &[String]) {
    assert!(
        found.is_empty(),
        "user-facing text written inline (move it to assets/i18n/*.ftl and use t!): \n{}",
        found.join("\n")
    );
}

#[test]
fn the_scanner_finds_inline_text_and_ignores_the_rest() {
    let src = r##"
        // "A comment with words"
        #[error("an attribute with words")]
        fn f() { ui.label("Save the contact"); ui.label(t!("contact-save")); let c = '"'; }
        fn g() { ui.label(format!("{} ({})", a, b)); ui.label(r#"Raw text here"#); }
        #[cfg(test)]
        mod tests { fn h() { ui.label("Only in tests"); } }
    "##;
    let prose: Vec<String> = literals(src)
        .into_iter()
        .map(|(_, l)| l)
        .filter(|l| is_prose(l))
        .collect();
    assert_eq!(prose, ["Save the contact", "Raw text here"]);
    assert!(is_prose("Today"));
    assert!(is_prose("{n} contacts found"));
    assert!(!is_prose("contacts_table"));
    assert!(!is_prose("nav-today"));
    assert!(!is_prose("%Y-%m-%d"));
    assert!(!is_prose("{}: {}"));
}
