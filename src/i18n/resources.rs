//! The Fluent files of each language, compiled in. One file per area of the app, so the
//! people who work on an area edit one file per language.

use super::Lang;

/// Expands to the (name, text) list of the message files of one language.
macro_rules! files {
    ($lang:literal: $($name:literal),+ $(,)?) => {
        &[$(($name, include_str!(concat!("../../assets/i18n/", $lang, "/", $name)))),+]
    };
}

const EN: &[(&str, &str)] = files!("en":
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
);

const DE: &[(&str, &str)] = files!("de":
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
);

/// The message files of `lang`.
pub(super) fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En => EN,
        Lang::De => DE,
    }
}
