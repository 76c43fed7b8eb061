//! Reply templates: which one fits a request (purpose, language, tone, and whether the
//! platform lets people follow without connecting), the defaults that ship in
//! `assets/templates.toml`, and rendering their placeholders. Storage is the store's job.

use std::sync::LazyLock;

use serde::Deserialize;

use super::classifier::{Lang, Tone};
use crate::t;

/// The templates that ship with followdesk.
pub const BUILTIN_TEMPLATES_TOML: &str = include_str!("../../assets/templates.toml");

/// The placeholders a template may use; others are left as written.
pub const PLACEHOLDERS: [&str; 5] = [
    "first_name",
    "last_name",
    "my_name",
    "my_profile",
    "platform",
];

/// What a template is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Answer an unspecific request: "follow me instead".
    Redirect,
    /// Later, to a warm follower whose need may have become concrete.
    Outreach,
    /// A friendly nudge when my message got no answer.
    FollowUp,
}

/// Why a templates file could not be used (in the active language when shown; the TOML
/// parser's own message stays as it wrote it).
#[derive(Debug, thiserror::Error)]
pub enum TemplatesError {
    Parse(#[from] toml::de::Error),
    InvalidName { index: usize, name: String },
    Duplicate(String),
}

impl std::fmt::Display for TemplatesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::Parse(e) => t!("error-templates-parse", error = e.to_string()),
            Self::InvalidName { index, name } => t!(
                "error-templates-invalid-name",
                index = *index,
                name = name.as_str()
            ),
            Self::Duplicate(name) => t!("error-templates-duplicate", name = name.as_str()),
        };
        f.write_str(&text)
    }
}

/// One named template.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    pub name: String,
    pub body: String,
}

/// A set of templates, in the order they were written.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Templates {
    #[serde(rename = "template")]
    templates: Vec<Template>,
}

static BUILTIN: LazyLock<Templates> = LazyLock::new(|| {
    // The shipped file is checked by a unit test; failing here is a build defect.
    Templates::from_toml(BUILTIN_TEMPLATES_TOML).expect("assets/templates.toml is valid") // i18n: not user-facing
});

impl Templates {
    /// Parses a templates file; names must be valid and unique.
    pub fn from_toml(text: &str) -> Result<Self, TemplatesError> {
        let set: Self = toml::from_str(text)?;
        let mut seen = std::collections::HashSet::new();
        for (i, t) in set.templates.iter().enumerate() {
            if !is_valid_name(&t.name) {
                return Err(TemplatesError::InvalidName {
                    index: i + 1,
                    name: t.name.clone(),
                });
            }
            if !seen.insert(t.name.as_str()) {
                return Err(TemplatesError::Duplicate(t.name.clone()));
            }
        }
        Ok(set)
    }

    /// The defaults shipped in `assets/templates.toml` (parsed once).
    #[must_use]
    pub fn builtin() -> &'static Self {
        &BUILTIN
    }

    /// The body of the template called `name`.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&str> {
        self.templates
            .iter()
            .find(|t| t.name == name)
            .map(|t| t.body.as_str())
    }

    /// Every template, in file order.
    #[must_use]
    pub fn all(&self) -> &[Template] {
        &self.templates
    }

    /// The names, in file order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.templates.iter().map(|t| t.name.as_str())
    }
}

/// A template name: lowercase ASCII letters, digits, `_` and `.`, at most 64 characters.
#[must_use]
pub fn is_valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.')
}

/// The template that fits: `<purpose>.<lang>[.<tone>]`. German takes the tone (`sie` when
/// unknown, the polite default); English has one form. A redirect on a platform where one
/// cannot follow a person uses `redirect_elsewhere` (follow me on LinkedIn instead).
#[must_use]
pub fn template_name(
    purpose: Purpose,
    lang: Lang,
    tone: Option<Tone>,
    follow_without_connecting: bool,
) -> String {
    let stem = match purpose {
        Purpose::Redirect if follow_without_connecting => "redirect",
        Purpose::Redirect => "redirect_elsewhere",
        Purpose::Outreach => "outreach",
        Purpose::FollowUp => "followup",
    };
    match lang {
        Lang::En => format!("{stem}.en"),
        Lang::De => format!("{stem}.de.{}", tone.unwrap_or(Tone::Sie).code()),
    }
}

/// Values for the placeholders; `None` renders as nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TemplateValues<'a> {
    pub first_name: Option<&'a str>,
    pub last_name: Option<&'a str>,
    pub my_name: Option<&'a str>,
    /// The link to my own profile (asked for at first use, with my name).
    pub my_profile: Option<&'a str>,
    pub platform: Option<&'a str>,
}

impl<'a> TemplateValues<'a> {
    /// The text for a known placeholder (empty when it has no value); `None` for an unknown one.
    fn lookup(&self, placeholder: &str) -> Option<&'a str> {
        let value = match placeholder {
            "first_name" => self.first_name,
            "last_name" => self.last_name,
            "my_name" => self.my_name,
            "my_profile" => self.my_profile,
            "platform" => self.platform,
            _ => return None,
        };
        Some(value.unwrap_or(""))
    }
}

/// Fills the placeholders in `body`. A known placeholder without a value becomes empty (and a
/// space left doubled by it is closed); an unknown one (`{company}`) stays visible, so the
/// person sees it before copying.
#[must_use]
pub fn render(body: &str, values: &TemplateValues<'_>) -> String {
    let mut out = String::with_capacity(body.len() + 32);
    let mut rest = body;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').map(|close| (&after[..close], close)) {
            Some((name, close)) if values.lookup(name).is_some() => {
                let value = values.lookup(name).unwrap_or("");
                if value.is_empty()
                    && out.ends_with(' ')
                    && after[close + 1..].starts_with([' ', ','])
                {
                    out.pop();
                }
                out.push_str(value);
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_templates_parse_and_cover_every_choice() {
        let t = Templates::from_toml(BUILTIN_TEMPLATES_TOML).unwrap();
        for purpose in [Purpose::Redirect, Purpose::Outreach, Purpose::FollowUp] {
            for follow in [true, false] {
                for (lang, tone) in [
                    (Lang::En, None),
                    (Lang::De, Some(Tone::Sie)),
                    (Lang::De, Some(Tone::Du)),
                ] {
                    let name = template_name(purpose, lang, tone, follow);
                    assert!(t.get(&name).is_some(), "no default for {name}");
                }
            }
        }
        assert_eq!(t.names().count(), 12);
    }

    #[test]
    fn file_errors_read_in_the_active_language() {
        use crate::i18n::{Lang as UiLang, set_lang};
        let twice = "[[template]]\nname = \"a\"\nbody = \"x\"\n".repeat(2);
        let bad = "[[template]]\nname = \"A b\"\nbody = \"x\"\n";
        set_lang(UiLang::De);
        assert_eq!(
            Templates::from_toml(&twice).unwrap_err().to_string(),
            "Vorlagen: „a“ ist doppelt definiert"
        );
        assert!(
            Templates::from_toml(bad)
                .unwrap_err()
                .to_string()
                .starts_with("Vorlagen: Vorlage 1: ungültiger Name „A b“")
        );
        set_lang(UiLang::En);
        assert_eq!(
            Templates::from_toml(&twice).unwrap_err().to_string(),
            "templates: 'a' is defined twice"
        );
    }

    #[test]
    fn shipped_templates_use_only_known_placeholders() {
        for t in Templates::builtin().all() {
            let mut rest = t.body.as_str();
            while let Some(open) = rest.find('{') {
                let close = rest[open..].find('}').unwrap() + open;
                let name = &rest[open + 1..close];
                assert!(PLACEHOLDERS.contains(&name), "{}: {{{name}}}", t.name);
                rest = &rest[close..];
            }
        }
    }

    #[test]
    fn the_name_follows_language_tone_and_platform() {
        assert_eq!(
            template_name(Purpose::Redirect, Lang::De, Some(Tone::Du), true),
            "redirect.de.du"
        );
        assert_eq!(
            template_name(Purpose::Redirect, Lang::De, None, true),
            "redirect.de.sie"
        );
        assert_eq!(
            template_name(Purpose::Redirect, Lang::En, Some(Tone::Du), false),
            "redirect_elsewhere.en"
        );
        assert_eq!(
            template_name(Purpose::Outreach, Lang::De, Some(Tone::Sie), false),
            "outreach.de.sie"
        );
    }

    #[test]
    fn redirect_on_xing_offers_linkedin_from_the_platform_data() {
        let rules = crate::domain::PlatformRules::builtin();
        let xing = rules.require("xing").unwrap();
        let name = template_name(
            Purpose::Redirect,
            Lang::De,
            Some(Tone::Sie),
            xing.follow_without_connecting,
        );
        let body = Templates::builtin().get(&name).unwrap();
        let text = render(
            body,
            &TemplateValues {
                first_name: Some("Jana"),
                last_name: Some("Voss"),
                my_name: Some("Eva Brandt"),
                my_profile: None,
                platform: Some(&xing.name),
            },
        );
        assert!(text.starts_with("Guten Tag Jana Voss,"));
        assert!(
            text.contains("Auf XING kann man einer Person leider nicht folgen"),
            "{text}"
        );
        assert!(text.contains("LinkedIn") && text.trim_end().ends_with("Eva Brandt"));
    }

    #[test]
    fn placeholders_are_filled_missing_values_are_empty_unknown_ones_stay() {
        let values = TemplateValues {
            first_name: Some("Ali"),
            my_name: Some("Eva"),
            ..TemplateValues::default()
        };
        assert_eq!(
            render(
                "Hi {first_name} {last_name}, from {my_name} at {company} {",
                &values
            ),
            "Hi Ali, from Eva at {company} {"
        );
        assert_eq!(render("{platform}{x}{", &values), "{x}{");
        assert_eq!(render("Grüße, {my_name}!", &values), "Grüße, Eva!");
    }
}
