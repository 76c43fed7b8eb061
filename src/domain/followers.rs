//! Follower-count history per platform, as imported from LinkedIn's creator-analytics
//! workbook (`followdesk report followers`). Values are `None` when nothing was imported.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One platform's imported follower history.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlatformFollowers {
    /// The latest known total.
    pub total: Option<u64>,
    /// Days in the history.
    pub days: Option<u64>,
    pub first_day: Option<NaiveDate>,
    pub last_day: Option<NaiveDate>,
    /// New followers summed over the history.
    pub new_followers: Option<u64>,
}

/// `{"platforms": {"linkedin": {...}, "xing": {...}}}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowerHistory {
    pub platforms: BTreeMap<String, PlatformFollowers>,
}
