//! My own posts on a platform: the content mix explains who still sees me.

use serde::{Deserialize, Serialize};

use super::time::Timestamp;
use super::{DomainError, PostId};

/// What kind of post it was (the article: promotional posts and automatic profile updates
/// make people hide you).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PostKind {
    Relevant,
    Promotional,
    ProfileUpdate,
}

impl PostKind {
    pub const ALL: [Self; 3] = [Self::Relevant, Self::Promotional, Self::ProfileUpdate];

    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::Relevant => "relevant",
            Self::Promotional => "promotional",
            Self::ProfileUpdate => "profile_update",
        }
    }

    pub fn from_code(code: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|k| k.code() == code)
            .ok_or_else(|| DomainError::UnknownPostKind(code.to_owned()))
    }
}

/// Who a post was shared with. On LinkedIn a post for connections only is not shown to
/// followers who are not connections: redirecting people to Follow reaches them only with
/// posts for anyone. (`Shares.csv` says `MEMBER_NETWORK` or `PUBLIC`.)
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PostAudience {
    #[default]
    Anyone,
    Connections,
}

impl PostAudience {
    pub const ALL: [Self; 2] = [Self::Anyone, Self::Connections];

    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::Anyone => "anyone",
            Self::Connections => "connections",
        }
    }

    pub fn from_code(code: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|a| a.code() == code)
            .ok_or_else(|| DomainError::UnknownPostAudience(code.to_owned()))
    }

    /// The audience a LinkedIn export's `Visibility` value stands for: `MEMBER_NETWORK`
    /// (and `CONNECTIONS`) is connections only; `PUBLIC`, anything else or nothing is anyone.
    #[must_use]
    pub fn from_linkedin(visibility: &str) -> Self {
        let v = visibility.trim();
        if v.eq_ignore_ascii_case("MEMBER_NETWORK") || v.eq_ignore_ascii_case("CONNECTIONS") {
            Self::Connections
        } else {
            Self::Anyone
        }
    }
}

/// A post to record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewPost {
    pub platform: String,
    pub posted_at: Timestamp,
    pub kind: PostKind,
    pub url: String,
    /// What the post said (imported posts; the post form leaves it empty).
    #[serde(default)]
    pub text: String,
    pub reactions: u32,
    pub comments: u32,
    pub shares: u32,
    pub impressions: Option<u32>,
    /// Who could see it (posts logged before this was kept count as for anyone).
    #[serde(default)]
    pub audience: PostAudience,
}

/// A post as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Post {
    pub id: PostId,
    pub post: NewPost,
    /// Where it came from: empty when logged by hand, else the import (`linkedin-export`).
    pub source: String,
}

/// A post's link in the form in which two links to the same post are equal: no scheme,
/// `www.`, query, fragment or trailing slash, the host in lower case, and `%3A` decoded
/// (LinkedIn's export writes `urn%3Ali%3Ashare%3A…` where the browser shows
/// `urn:li:share:…`). Empty for an empty link.
#[must_use]
pub fn link_key(url: &str) -> String {
    fn strip<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
        s.get(..prefix.len())
            .filter(|p| p.eq_ignore_ascii_case(prefix))
            .map(|_| &s[prefix.len()..])
    }
    let url = url.trim();
    let url = url.split(['?', '#']).next().unwrap_or(url);
    let url = strip(url, "https://")
        .or_else(|| strip(url, "http://"))
        .unwrap_or(url);
    let url = strip(url, "www.").unwrap_or(url);
    let (host, path) = url.split_once('/').unwrap_or((url, ""));
    let path = path.replace("%3A", ":").replace("%3a", ":");
    let path = path.trim_end_matches('/');
    if path.is_empty() {
        host.to_ascii_lowercase()
    } else {
        format!("{}/{path}", host.to_ascii_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linkedins_visibility_values_name_the_audience() {
        for v in ["MEMBER_NETWORK", "member_network", " CONNECTIONS "] {
            assert_eq!(
                PostAudience::from_linkedin(v),
                PostAudience::Connections,
                "{v}"
            );
        }
        for v in ["PUBLIC", "", "LOGGED_IN_MEMBERS"] {
            assert_eq!(PostAudience::from_linkedin(v), PostAudience::Anyone, "{v}");
        }
        for a in PostAudience::ALL {
            assert_eq!(PostAudience::from_code(a.code()).unwrap(), a);
        }
        assert!(PostAudience::from_code("friends").is_err());
    }

    #[test]
    fn links_to_the_same_post_have_one_key() {
        let key = "linkedin.com/feed/update/urn:li:share:7171";
        for url in [
            "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7171",
            "https://www.LinkedIn.com/feed/update/urn:li:share:7171/",
            " http://linkedin.com/feed/update/urn%3ali%3ashare%3a7171?utm_source=share#x ",
        ] {
            assert_eq!(link_key(url), key, "{url}");
        }
        assert_eq!(link_key(""), "");
        assert_ne!(
            link_key("https://www.linkedin.com/feed/update/urn:li:share:7172"),
            key
        );
    }
}
