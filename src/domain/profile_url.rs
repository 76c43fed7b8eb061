//! The one normal form of a profile link, per platform: what is stored and compared.
//!
//! A link is on a platform only when its host is the platform's own (`profile_host` in
//! `assets/platforms.toml`, or one of its `profile_subdomains`, or a two-letter country
//! subdomain where `country_subdomains` says so); `linkedin.com@evil.com` and
//! `evil.com/in/x` are not LinkedIn profiles. The normal form is
//! `<profile_host>/<profile_path>/<name>`: scheme, subdomain, query, fragment, trailing
//! slashes and anything after the name (`/cv`, `/details/experience`) dropped,
//! percent-encoding decoded to NFC Unicode (`linn%C3%A9a` = `linnéa`), and the name
//! lower-cased where the platform ignores its case. A link on a platform's host that is not
//! a `/<profile_path>/<name>` link keeps its whole path.

use std::borrow::Cow;
use std::sync::OnceLock;

use unicode_normalization::{IsNormalized, UnicodeNormalization as _, is_nfc_quick};

use super::{DomainError, PlatformRule, PlatformRules};

/// A link taken apart: host (lower case, without port) and path (decoded, NFC), both
/// without the scheme, the query and the fragment.
struct Parts {
    host: String,
    path: String,
}

/// Splits `url` into host and path; refuses other schemes, user info (`a@host`), ports
/// other than the default and hosts that are no host names.
fn parts(url: &str) -> Result<Parts, DomainError> {
    let bad = || DomainError::InvalidUrl(url.to_owned());
    let raw = url.trim();
    let rest = if let Some(r) = strip_prefix_ignore_case(raw, "https://") {
        r
    } else if let Some(r) = strip_prefix_ignore_case(raw, "http://") {
        r
    } else if raw.contains("://")
        || ["javascript:", "file:", "data:"]
            .iter()
            .any(|scheme| strip_prefix_ignore_case(raw, scheme).is_some())
    {
        return Err(bad());
    } else {
        raw
    };
    let rest = rest.split(['?', '#']).next().unwrap_or_default();
    let (authority, path) = rest.split_once(['/', '\\']).unwrap_or((rest, ""));
    if authority.contains('@') {
        return Err(bad());
    }
    let host = match authority.split_once(':') {
        Some((h, "443" | "80" | "")) => h,
        Some(_) => return Err(bad()),
        None => authority,
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let host_ok = host.contains('.')
        && !host.starts_with('.')
        && !host.contains("..")
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
    if !host_ok {
        return Err(bad());
    }
    let decoded = percent_decode(path.trim_end_matches(['/', '\\']));
    if decoded.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(bad());
    }
    let path = if is_nfc_quick(decoded.chars()) == IsNormalized::Yes {
        decoded.into_owned()
    } else {
        decoded.nfc().collect()
    };
    Ok(Parts { host, path })
}

/// `%XX` sequences decoded, when what they decode to is UTF-8; the text as it is otherwise.
fn percent_decode(s: &str) -> Cow<'_, str> {
    if !s.contains('%') {
        return Cow::Borrowed(s);
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%'
            && i + 2 < b.len()
            && let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_or(Cow::Borrowed(s), Cow::Owned)
}

/// `s` without `prefix`, compared ignoring ASCII case.
fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// Whether `host` (lower case) is one of `rule`'s own hosts.
fn is_own_host(rule: &PlatformRule, host: &str) -> bool {
    if rule.profile_host.is_empty() {
        return false;
    }
    if host == rule.profile_host {
        return true;
    }
    let Some(sub) = host
        .strip_suffix(rule.profile_host.as_str())
        .and_then(|h| h.strip_suffix('.'))
    else {
        return false;
    };
    rule.profile_subdomains.iter().any(|s| s == sub)
        || (rule.country_subdomains
            && sub.len() == 2
            && sub.bytes().all(|b| b.is_ascii_lowercase()))
}

/// The normal form of `parts` on `rule`'s platform (its host checked already).
fn on_platform(rule: &PlatformRule, parts: &Parts) -> String {
    let mut segments = parts.path.split(['/', '\\']).filter(|s| !s.is_empty());
    let mut out = rule.profile_host.clone();
    match (segments.next(), segments.next()) {
        (Some(kind), Some(name)) if kind.eq_ignore_ascii_case(&rule.profile_path) => {
            out.push('/');
            out.push_str(&rule.profile_path);
            out.push('/');
            if rule.profile_name_ignores_case {
                out.push_str(&name.to_lowercase());
            } else {
                out.push_str(name);
            }
        }
        _ => {
            for s in parts.path.split(['/', '\\']).filter(|s| !s.is_empty()) {
                out.push('/');
                out.push_str(s);
            }
        }
    }
    out
}

/// The normal form of a profile link on `rule`'s platform; a link on any other host (or
/// with user info before the host) is refused.
pub fn normalise_on(rule: &PlatformRule, url: &str) -> Result<String, DomainError> {
    let p = parts(url)?;
    if !is_own_host(rule, &p.host) {
        return Err(DomainError::NotAProfileLink {
            url: url.trim().to_owned(),
            platform: rule.name.clone(),
        });
    }
    Ok(on_platform(rule, &p))
}

/// The platform whose own host `url` is on, by the given rules.
#[must_use]
pub fn platform_of<'r>(rules: &'r PlatformRules, url: &str) -> Option<&'r PlatformRule> {
    let p = parts(url).ok()?;
    rules.all().iter().find(|r| is_own_host(r, &p.host))
}

/// The rules shipped with followdesk, parsed once, for [`normalise_any`].
fn builtin() -> &'static PlatformRules {
    static RULES: OnceLock<PlatformRules> = OnceLock::new();
    RULES.get_or_init(PlatformRules::builtin)
}

/// The normal form of a link whose platform is inferred from its host (by the shipped
/// rules); a link on no platform's host gets the generic form: host without `www.`, `m.`
/// or a country subdomain, path decoded as above, case kept.
pub fn normalise_any(url: &str) -> Result<String, DomainError> {
    let p = parts(url)?;
    if let Some(rule) = builtin().all().iter().find(|r| is_own_host(r, &p.host)) {
        return Ok(on_platform(rule, &p));
    }
    let mut out = strip_local_subdomain(&p.host).to_owned();
    if !p.path.is_empty() {
        out.push('/');
        out.push_str(p.path.trim_start_matches('/'));
    }
    Ok(out)
}

/// Drops `www.`, `m.` and two-letter subdomains of a host with three labels or more.
fn strip_local_subdomain(host: &str) -> &str {
    let Some((first, rest)) = host.split_once('.') else {
        return host;
    };
    let local = first == "www"
        || first == "m"
        || (first.len() == 2 && first.chars().all(|c| c.is_ascii_alphabetic()));
    if local && rest.contains('.') {
        rest
    } else {
        host
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> PlatformRules {
        PlatformRules::builtin()
    }

    fn li(url: &str) -> Result<String, DomainError> {
        normalise_on(rules().require("linkedin").unwrap(), url)
    }

    fn xing(url: &str) -> Result<String, DomainError> {
        normalise_on(rules().require("xing").unwrap(), url)
    }

    #[test]
    fn scheme_www_and_country_subdomains_are_one_host() {
        for f in [
            "https://www.linkedin.com/in/anna",
            "http://linkedin.com/in/anna",
            "linkedin.com/in/anna",
            "https://de.linkedin.com/in/anna",
            "https://m.linkedin.com/in/anna",
            "HTTPS://WWW.LINKEDIN.COM/in/anna",
            "https://www.linkedin.com:443/in/anna",
        ] {
            assert_eq!(li(f).unwrap(), "linkedin.com/in/anna", "{f}");
        }
    }

    #[test]
    fn the_case_of_the_name_does_not_matter() {
        assert_eq!(
            li("https://www.linkedin.com/IN/Upper").unwrap(),
            "linkedin.com/in/upper"
        );
        assert_eq!(
            li("linkedin.com/in/upper").unwrap(),
            "linkedin.com/in/upper"
        );
        assert_eq!(
            li("linkedin.com/in/%C3%9Cnal").unwrap(),
            "linkedin.com/in/ünal"
        );
    }

    #[test]
    fn percent_encoding_is_decoded_to_nfc() {
        let want = "linkedin.com/in/linnéa-berg-hr";
        assert_eq!(
            li("https://www.linkedin.com/in/linn%C3%A9a-berg-hr").unwrap(),
            want
        );
        assert_eq!(
            li("https://www.linkedin.com/in/linnéa-berg-hr").unwrap(),
            want
        );
        // "e" with a combining acute accent is the same name.
        assert_eq!(
            li("https://www.linkedin.com/in/linne\u{301}a-berg-hr").unwrap(),
            want
        );
        assert_eq!(li("linkedin.com/in/linn%c3%a9a-berg-hr/").unwrap(), want);
        // Bytes that are no UTF-8 stay as written.
        assert_eq!(
            li("linkedin.com/in/a%FFb").unwrap(),
            "linkedin.com/in/a%ffb"
        );
        assert_eq!(
            li("linkedin.com/in/m%C3%BCller").unwrap(),
            li("linkedin.com/in/müller").unwrap()
        );
    }

    #[test]
    fn trailing_slash_query_fragment_and_suffixes_are_dropped() {
        for f in [
            "https://www.linkedin.com/in/anna/",
            "https://www.linkedin.com/in/anna?trk=public_profile",
            "https://www.linkedin.com/in/anna#about",
            "https://www.linkedin.com/in/anna/details/experience/",
            "linkedin.com/in/anna//",
        ] {
            assert_eq!(li(f).unwrap(), "linkedin.com/in/anna", "{f}");
        }
        for f in [
            "https://www.xing.com/profile/Anna_Mueller",
            "https://www.xing.com/profile/Anna_Mueller/cv",
            "https://www.xing.com/profile/anna_mueller/cv?sc_o=x",
            "xing.com/profile/Anna_Mueller/",
        ] {
            assert_eq!(xing(f).unwrap(), "xing.com/profile/anna_mueller", "{f}");
        }
    }

    #[test]
    fn other_hosts_and_user_info_are_refused() {
        for bad in [
            "https://www.linkedin.com@evil.com/in/z",
            "https://evil.com/in/x",
            "evil.com/in/x",
            "https://linkedin.com.evil.com/in/x",
            "https://evillinkedin.com/in/x",
            "https://abc.linkedin.com/in/x",
            "https://xing.com/profile/A_B",
            "https://linkedin.com:8080/in/x",
            "javascript:alert(1)",
            "https://linked in.com/in/x",
        ] {
            assert!(li(bad).is_err(), "{bad}");
        }
        assert!(normalise_any("https://www.linkedin.com@evil.com/in/z").is_err());
    }

    #[test]
    fn the_platform_is_inferred_from_the_host() {
        let r = rules();
        assert_eq!(
            platform_of(&r, "https://de.linkedin.com/in/a").unwrap().key,
            "linkedin"
        );
        assert_eq!(
            platform_of(&r, "www.xing.com/profile/A_B/cv").unwrap().key,
            "xing"
        );
        assert!(platform_of(&r, "https://evil.com/in/a").is_none());
        assert_eq!(
            normalise_any("https://www.xing.com/profile/A_B/cv").unwrap(),
            "xing.com/profile/a_b"
        );
        assert_eq!(
            normalise_any("https://www.example.de/Team/").unwrap(),
            "example.de/Team"
        );
    }
}
