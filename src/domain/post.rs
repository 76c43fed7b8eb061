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

/// A post to record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewPost {
    pub platform: String,
    pub posted_at: Timestamp,
    pub kind: PostKind,
    pub url: String,
    pub reactions: u32,
    pub comments: u32,
    pub shares: u32,
    pub impressions: Option<u32>,
}

/// A post as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Post {
    pub id: PostId,
    pub post: NewPost,
}
