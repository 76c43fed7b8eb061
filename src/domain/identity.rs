//! Who is who: profile URLs and e-mail addresses in the one form they are compared in.

use super::{DomainError, PlatformRule};

/// Normalises a profile URL so every form of the same link compares equal (see
/// [`super::profile_url`]): the platform is inferred from the host; a link on no
/// platform's host gets the generic form (scheme, `www.`, query, fragment and trailing
/// slashes dropped, host lower-cased, percent-encoding decoded). Only http(s) links (or
/// bare `host/path`) are accepted.
pub fn normalise_profile_url(url: &str) -> Result<String, DomainError> {
    super::profile_url::normalise_any(url)
}

/// Normalises a profile URL on one platform: a link on another host is refused.
pub fn normalise_profile_url_on(rule: &PlatformRule, url: &str) -> Result<String, DomainError> {
    super::profile_url::normalise_on(rule, url)
}

/// The https link to open for a stored (normalised) profile URL.
#[must_use]
pub fn browser_url(normalised: &str) -> String {
    format!("https://{normalised}")
}

/// An e-mail address in the form it is compared in: trimmed, Unicode-normalised (NFC, so
/// a precomposed "ö" equals "o" with a combining diaeresis) and lower-cased, Unicode-aware.
#[must_use]
pub fn normalise_email(email: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    email.trim().nfc().collect::<String>().to_lowercase()
}

/// A name in the form possible duplicates are found by: first and last name joined,
/// Unicode-normalised (NFKC), lower-cased, inner whitespace collapsed.
#[must_use]
pub fn normalise_name(first: &str, last: &str) -> String {
    use unicode_normalization::{IsNormalized, UnicodeNormalization as _, is_nfkc_quick};
    let joined = format!("{first} {last}");
    // Nearly every name is in NFKC already; the quick check spares composing it again.
    let mut folded = if is_nfkc_quick(joined.chars()) == IsNormalized::Yes {
        joined.to_lowercase()
    } else {
        joined.nfkc().collect::<String>().to_lowercase()
    };
    squeeze_whitespace(&mut folded);
    folded
}

/// Trims `s` and collapses each inner run of whitespace to one space, in place; a string
/// that is so already (nearly every one) is left as it is, without allocating.
pub fn squeeze_whitespace(s: &mut String) {
    let mut after_space = true; // so that a leading space is never "single"
    let single_spaces = s.chars().all(|c| {
        let ok = !c.is_whitespace() || (c == ' ' && !after_space);
        after_space = c.is_whitespace();
        ok
    });
    let squeezed = s.is_empty() || (single_spaces && !after_space);
    if !squeezed {
        *s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_of_a_profile_link_is_the_same() {
        let forms = [
            "https://www.linkedin.com/in/anna-mueller-1a2b3c/",
            "http://linkedin.com/in/anna-mueller-1a2b3c",
            "https://de.linkedin.com/in/anna-mueller-1a2b3c?trk=public_profile",
            "linkedin.com/in/anna-mueller-1a2b3c//",
            "HTTPS://WWW.LINKEDIN.COM/in/anna-mueller-1a2b3c#about",
        ];
        let want = "linkedin.com/in/anna-mueller-1a2b3c";
        for f in forms {
            assert_eq!(normalise_profile_url(f).unwrap(), want, "{f}");
        }
    }

    #[test]
    fn subdomains_and_case_fold_only_where_they_should() {
        for (given, want) in [
            (
                "https://M.LinkedIn.com/in/Anna-X/",
                "linkedin.com/in/anna-x",
            ),
            ("https://xing.com/profile/A_B", "xing.com/profile/a_b"),
            ("https://www.xing.de", "xing.de"),
            ("Https://DE.linkedin.com/in/a?x=1#y", "linkedin.com/in/a"),
            ("https://abc.linkedin.com/in/a", "abc.linkedin.com/in/a"),
            ("https://www.co/in/a", "www.co/in/a"),
        ] {
            assert_eq!(normalise_profile_url(given).unwrap(), want, "{given}");
        }
        assert!(normalise_profile_url("JAVASCRIPT:alert(1)").is_err());
        assert!(normalise_profile_url("https://linked in.com/x").is_err());
    }

    #[test]
    fn dangerous_schemes_are_refused() {
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "ftp://x.org/a",
            "data:text/html,x",
            "nohost",
        ] {
            assert!(normalise_profile_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn emails_compare_case_insensitively_beyond_ascii() {
        assert_eq!(
            normalise_email(" Jörg.Öztürk@Example.DE "),
            "jörg.öztürk@example.de"
        );
        assert_eq!(normalise_email("ÄNNE@X.DE"), normalise_email("änne@x.de"));
    }

    #[test]
    fn whitespace_is_squeezed_only_where_needed() {
        for (given, want) in [
            ("Anna Maria", "Anna Maria"),
            ("  Anna \t Maria\u{a0} ", "Anna Maria"),
            ("Anna  Maria", "Anna Maria"),
            ("Anna\nMaria", "Anna Maria"),
            ("", ""),
            ("   ", ""),
            ("x", "x"),
        ] {
            let mut s = given.to_owned();
            squeeze_whitespace(&mut s);
            assert_eq!(s, want, "{given:?}");
            assert_eq!(s, given.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }

    #[test]
    fn names_compare_by_normal_form() {
        assert_eq!(
            normalise_name(" Peter ", "FISCHER"),
            normalise_name("peter", "fischer")
        );
        // "ü" precomposed and as u + combining diaeresis.
        assert_eq!(
            normalise_name("J\u{fc}rgen", "X"),
            normalise_name("Ju\u{308}rgen", "x")
        );
        assert_ne!(
            normalise_name("Peter", "Fischer"),
            normalise_name("Petra", "Fischer")
        );
        // Compatibility forms fold too: the "ﬁ" ligature, a full-width letter.
        assert_eq!(normalise_name("\u{fb01}nn", "\u{ff21}"), "finn a");
        assert_eq!(normalise_name("", "Müller"), "müller");
    }
}
