//! The Fluent files of each language, compiled in. One file per area of the app, so the
//! people who work on an area edit one file per language.

use super::Lang;

/// Defines `EN` and `DE`, the (name, text) lists of the message files, from one list of
/// names: every area has a file in each language, or the build fails.
macro_rules! message_files {
    ($($name:literal),+ $(,)?) => {
        const EN: &[(&str, &str)] =
            &[$(($name, include_str!(concat!("../../assets/i18n/en/", $name)))),+];
        const DE: &[(&str, &str)] =
            &[$(($name, include_str!(concat!("../../assets/i18n/de/", $name)))),+];
    };
}

message_files!(
    "app.ftl",
    "today.ftl",
    "contacts.ftl",
    "contact_page.ftl",
    "triage.ftl",
    "pipeline.ftl",
    "visibility.ftl",
    "import.ftl",
    "cli.ftl",
    "cli_help.ftl",
    "files.ftl",
    "domain.ftl",
    "errors.ftl",
    "formats.ftl",
    "team.ftl",
    "mail.ftl",
    "safety.ftl",
    "signals.ftl",
    "capture.ftl",
    "classifier.ftl",
);

/// The message files of `lang`.
pub(super) fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En => EN,
        Lang::De => DE,
    }
}
