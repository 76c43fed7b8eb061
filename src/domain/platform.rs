//! Platform rules as data: what each platform lets people do, loaded from
//! `assets/platforms.toml` at start. Code asks the rules; it never names a platform.

use serde::{Deserialize, Serialize};

use super::DomainError;

/// What an empty request message tells us on a platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EmptyMessageMeaning {
    /// Anyone could have written a message and didn't: the request is unspecific.
    Unspecific,
    /// Most members cannot write one at all: an empty message says nothing.
    NoSignal,
}

/// One platform's capabilities (DOMAIN.md, "Platform rules").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlatformRule {
    /// Stable key stored in the database (`linkedin`, `xing`).
    pub key: String,
    /// Name shown to people.
    pub name: String,
    pub follow_without_connecting: bool,
    pub followers_see_posts: bool,
    pub connections_see_posts: bool,
    pub silent_hide: bool,
    pub shows_new_followers: bool,
    pub request_message: bool,
    #[serde(default)]
    pub request_message_max_chars: Option<u32>,
    pub empty_message_means: EmptyMessageMeaning,
    #[serde(default)]
    pub default_request_texts: Vec<String>,
    #[serde(default)]
    pub bulk_export: String,
    #[serde(default)]
    pub follower_export: String,
    #[serde(default)]
    pub connection_limit: Option<u32>,
    /// Host part of profile URLs (`linkedin.com`), used to recognise profile links.
    #[serde(default)]
    pub profile_host: String,
    /// The path segment before a person's name in a profile URL (`in`, `profile`).
    #[serde(default)]
    pub profile_path: String,
    /// Subdomains of `profile_host` that show the same profiles (`www`, `m`).
    #[serde(default)]
    pub profile_subdomains: Vec<String>,
    /// Whether two-letter country subdomains (`de.linkedin.com`) show them too.
    #[serde(default)]
    pub country_subdomains: bool,
    /// Whether the name in a profile link is the same name in any case (`/in/Anna` = `/in/anna`).
    #[serde(default)]
    pub profile_name_ignores_case: bool,
    /// Where to find a person whose profile link is not known: an https link on the
    /// platform's own host with `{name}` for the URL-encoded name.
    #[serde(default)]
    pub people_search_url: String,
}

/// All platforms followdesk knows, in the order they are shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlatformRules {
    #[serde(rename = "platform")]
    platforms: Vec<PlatformRule>,
}

/// The rules that ship with followdesk.
pub const BUILTIN_RULES_TOML: &str = include_str!("../../assets/platforms.toml");

/// Why a rules file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum RulesError {
    #[error("platform rules: {0}")]
    Parse(#[from] toml::de::Error),
    #[error("platform rules: {0}")]
    Invalid(String),
}

impl PlatformRules {
    /// Parses and checks a rules file (unique, non-empty keys; at least one platform).
    pub fn from_toml(text: &str) -> Result<Self, RulesError> {
        let rules: Self = toml::from_str(text)?;
        if rules.platforms.is_empty() {
            return Err(RulesError::Invalid("no [[platform]] defined".into()));
        }
        let mut seen = std::collections::HashSet::new();
        for p in &rules.platforms {
            if p.key.is_empty() || !p.key.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                return Err(RulesError::Invalid(format!(
                    "platform key '{}' must be lowercase letters",
                    p.key
                )));
            }
            if !seen.insert(p.key.clone()) {
                return Err(RulesError::Invalid(format!(
                    "platform '{}' defined twice",
                    p.key
                )));
            }
        }
        Ok(rules)
    }

    /// The rules shipped in `assets/platforms.toml`.
    #[must_use]
    pub fn builtin() -> Self {
        // The shipped file is checked by a unit test; failing here is a build defect.
        Self::from_toml(BUILTIN_RULES_TOML).expect("assets/platforms.toml is valid")
    }

    /// Every platform, in display order.
    #[must_use]
    pub fn all(&self) -> &[PlatformRule] {
        &self.platforms
    }

    /// The keys, in display order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.platforms.iter().map(|p| p.key.as_str())
    }

    /// The name people know a platform by ("LinkedIn"), or its key when no rule has it.
    #[must_use]
    pub fn name_of<'a>(&'a self, key: &'a str) -> &'a str {
        self.get(key).map_or(key, |r| r.name.as_str())
    }

    /// Where `key` stands in display order: the index that compact tables (the metrics
    /// snapshot, the importer's maps) use for a platform instead of its key.
    #[must_use]
    pub fn index_of(&self, key: &str) -> Option<usize> {
        self.platforms.iter().position(|p| p.key == key)
    }

    /// The rule for `key`, if that platform exists.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&PlatformRule> {
        self.platforms.iter().find(|p| p.key == key)
    }

    /// The rule for `key`, or an error naming the known platforms.
    pub fn require(&self, key: &str) -> Result<&PlatformRule, DomainError> {
        self.get(key).ok_or_else(|| {
            DomainError::UnknownPlatform(key.to_owned(), self.keys().collect::<Vec<_>>().join(", "))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_platform_is_named_by_its_rule_or_else_by_its_key() {
        let rules = PlatformRules::builtin();
        assert_eq!(rules.name_of("linkedin"), "LinkedIn");
        assert_eq!(rules.name_of("mastodon"), "mastodon");
    }

    #[test]
    fn a_platform_is_indexed_in_display_order() {
        let rules = PlatformRules::builtin();
        assert_eq!(rules.index_of("linkedin"), Some(0));
        assert_eq!(rules.index_of("xing"), Some(1));
        assert_eq!(rules.index_of("mastodon"), None);
    }

    #[test]
    fn builtin_rules_load_with_linkedin_and_xing() {
        let rules = PlatformRules::builtin();
        let li = rules.require("linkedin").unwrap();
        let xing = rules.require("xing").unwrap();
        assert!(li.follow_without_connecting && li.followers_see_posts);
        assert!(!xing.follow_without_connecting && !xing.followers_see_posts);
        assert_eq!(xing.empty_message_means, EmptyMessageMeaning::NoSignal);
        assert_eq!(li.connection_limit, Some(30_000));
    }

    #[test]
    fn unknown_platform_is_refused_with_the_known_ones() {
        let rules = PlatformRules::builtin();
        let e = rules.require("myspace").unwrap_err();
        assert_eq!(
            e.to_string(),
            "unknown platform 'myspace' (known: linkedin, xing)"
        );
    }

    #[test]
    fn a_new_platform_is_a_data_change() {
        let extra = format!(
            "{BUILTIN_RULES_TOML}\n[[platform]]\nkey = \"mastodon\"\nname = \"Mastodon\"\n\
             follow_without_connecting = true\nfollowers_see_posts = true\nconnections_see_posts = true\n\
             silent_hide = true\nshows_new_followers = true\nrequest_message = false\n\
             empty_message_means = \"no_signal\"\n"
        );
        let rules = PlatformRules::from_toml(&extra).unwrap();
        assert_eq!(
            rules.keys().collect::<Vec<_>>(),
            ["linkedin", "xing", "mastodon"]
        );
    }

    #[test]
    fn duplicate_keys_are_refused() {
        let twice = format!("{BUILTIN_RULES_TOML}\n{BUILTIN_RULES_TOML}");
        assert!(PlatformRules::from_toml(&twice).is_err());
    }
}
