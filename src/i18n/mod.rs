//! The user's language: which one is active, the messages in it, and how numbers and dates
//! are written in it.
//!
//! Messages live in Fluent files under `assets/i18n/<lang>/`, one file per area of the app,
//! compiled into the binary. Code asks for a message by id with [`t!`](crate::t); nothing
//! user-facing is written inline. `tests/i18n.rs` checks that both languages have the same
//! messages, that every id the code asks for exists, and that the UI and the command line
//! hold no inline prose.
//!
//! The active language is per thread (the UI thread of each window sets it every frame from
//! its preferences, so tests in parallel threads can use different languages), with a
//! process-wide default for threads that never set one.

mod format;
mod resources;

use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

pub use fluent_bundle::FluentArgs;
pub use format::{date, date_time, decimal, local_date, local_date_time, number, percent};

/// A language followdesk speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    De,
}

impl Lang {
    pub const ALL: [Self; 2] = [Self::En, Self::De];

    /// The language's own name for itself, as the language switch shows it.
    #[must_use]
    pub fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::De => "Deutsch",
        }
    }

    /// The BCP 47 code (`en`, `de`).
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::De => "de",
        }
    }

    /// The language for a locale name such as `de-DE`, `de_AT.UTF-8` or `en_US`:
    /// German for any German locale, English for everything else.
    #[must_use]
    pub fn from_locale(locale: &str) -> Self {
        let lang = locale
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if lang == "de" { Self::De } else { Self::En }
    }

    /// The language of this system: `FOLLOWDESK_LANG` when set, else the system locale
    /// (on Linux `LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
    #[must_use]
    pub fn system() -> Self {
        std::env::var("FOLLOWDESK_LANG")
            .ok()
            .filter(|v| !v.trim().is_empty())
            .or_else(sys_locale::get_locale)
            .map_or(Self::En, |l| Self::from_locale(&l))
    }

    fn index(self) -> u8 {
        match self {
            Self::En => 0,
            Self::De => 1,
        }
    }

    fn from_index(i: u8) -> Self {
        if i == 1 { Self::De } else { Self::En }
    }
}

static DEFAULT_LANG: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static THREAD_LANG: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Makes `lang` the language of this thread.
pub fn set_lang(lang: Lang) {
    THREAD_LANG.with(|l| l.set(Some(lang)));
}

/// Makes `lang` the language of this thread and of every thread that sets none (for the
/// command line, which runs once in one language).
pub fn set_process_lang(lang: Lang) {
    set_lang(lang);
    DEFAULT_LANG.store(lang.index(), Ordering::Relaxed);
}

/// Runs `f` with `lang` as this thread's language and puts back what was set before, also
/// when `f` panics: for text that is the same in every language, such as the English
/// reasons an import report keeps in its journal entry and prints as JSON.
pub fn with_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            THREAD_LANG.with(|l| l.set(self.0));
        }
    }
    let _restore = Restore(THREAD_LANG.with(|l| l.replace(Some(lang))));
    f()
}

/// The active language on this thread.
#[must_use]
pub fn lang() -> Lang {
    THREAD_LANG
        .with(Cell::get)
        .unwrap_or_else(|| Lang::from_index(DEFAULT_LANG.load(Ordering::Relaxed)))
}

struct Bundles {
    en: FluentBundle<FluentResource>,
    de: FluentBundle<FluentResource>,
}

fn bundles() -> &'static Bundles {
    static BUNDLES: OnceLock<Bundles> = OnceLock::new();
    BUNDLES.get_or_init(|| Bundles {
        en: bundle(Lang::En),
        de: bundle(Lang::De),
    })
}

/// The messages of `lang`. The files are part of the binary and checked by tests, so a
/// syntax error here is a bug in the build, not in user input.
fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a valid language code");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: egui draws them as boxes.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::En => format::fluent_en,
        Lang::De => format::fluent_de,
    }));
    for (name, source) in resources::sources(lang) {
        let resource = FluentResource::try_new((*source).to_owned())
            .unwrap_or_else(|(_, errors)| panic!("assets/i18n/{}/{name}: {errors:?}", lang.code()));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("assets/i18n/{}/{name}: {errors:?}", lang.code()));
    }
    bundle
}

/// The message `id` in the active language with `args`; falls back to English, then to the
/// id itself (tests make sure that never happens).
#[must_use]
pub fn message(id: &str, args: Option<&FluentArgs>) -> String {
    message_in(lang(), id, args)
}

/// The message `id` in `lang`.
#[must_use]
pub fn message_in(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    let b = bundles();
    let primary = match lang {
        Lang::En => &b.en,
        Lang::De => &b.de,
    };
    for bundle in [primary, &b.en] {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            debug_assert!(errors.is_empty(), "message {id}: {errors:?}");
            return text.into_owned();
        }
    }
    debug_assert!(false, "no message {id}");
    id.to_owned()
}

/// Whether `lang` has a message `id` (for tests).
#[must_use]
pub fn has_message(lang: Lang, id: &str) -> bool {
    let b = bundles();
    match lang {
        Lang::En => b.en.has_message(id),
        Lang::De => b.de.has_message(id),
    }
}

/// The Fluent sources of `lang`, as (file name, text), for tests.
#[must_use]
pub fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    resources::sources(lang)
}

/// Turns a value into a Fluent argument (used by [`t!`](crate::t)).
pub fn arg<'a>(value: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    value.into()
}

/// The message with this id in the active language, with named arguments:
/// `t!("contacts-count", count = rows.len())`.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::message($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::arg($value)); )+
        $crate::i18n::message($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_map_to_languages() {
        for (locale, lang) in [
            ("de-DE", Lang::De),
            ("de_AT.UTF-8", Lang::De),
            ("DE", Lang::De),
            ("de_CH@euro", Lang::De),
            ("en-US", Lang::En),
            ("fr_FR.UTF-8", Lang::En),
            ("C", Lang::En),
            ("", Lang::En),
            ("deu", Lang::En),
        ] {
            assert_eq!(Lang::from_locale(locale), lang, "{locale}");
        }
    }

    #[test]
    fn plurals_follow_the_language() {
        let n = |lang, count: u64| {
            let mut args = FluentArgs::new();
            args.set("count", count);
            message_in(lang, "contacts-count", Some(&args))
        };
        assert_eq!(n(Lang::De, 1), "1 Kontakt");
        assert_eq!(n(Lang::De, 2), "2 Kontakte");
        assert_eq!(n(Lang::De, 1234), "1.234 Kontakte");
        assert_eq!(n(Lang::En, 1), "1 contact");
        assert_eq!(n(Lang::En, 1234), "1,234 contacts");
    }

    #[test]
    fn the_thread_language_is_the_one_set_on_it() {
        set_lang(Lang::De);
        assert_eq!(t!("nav-contacts"), "Kontakte");
        set_lang(Lang::En);
        assert_eq!(t!("nav-contacts"), "Contacts");
    }
}
