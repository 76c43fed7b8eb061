//! My own posts: logged by hand, or imported (with their source, added once each).

use rusqlite::{Connection, params};

use super::StoreError;
use super::sql_types::{secs, time};
use crate::domain::time::Timestamp;
use crate::domain::{NewPost, PlatformRules, Post, PostId};

/// What tells one stored post from another on re-import: its link, time, text and source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostKey {
    pub url: String,
    pub posted_at: Timestamp,
    pub text: String,
    /// Empty for posts logged by hand.
    pub source: String,
}

/// Stores a post; `source` is empty for posts logged by hand.
pub(crate) fn insert(
    conn: &Connection,
    rules: &PlatformRules,
    p: &NewPost,
    source: &str,
) -> Result<PostId, StoreError> {
    rules.require(&p.platform)?;
    conn.prepare_cached(
        "INSERT INTO posts (platform, posted_at, kind, url, text, source, reactions, comments,
                            shares, impressions)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        p.platform,
        secs(p.posted_at),
        p.kind,
        p.url,
        p.text,
        source,
        p.reactions,
        p.comments,
        p.shares,
        p.impressions
    ])?;
    Ok(PostId(conn.last_insert_rowid()))
}

/// The keys of every post on `platform`, whatever its source.
pub(crate) fn keys(conn: &Connection, platform: &str) -> Result<Vec<PostKey>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT url, posted_at, text, source FROM posts WHERE platform = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([platform], |r| {
        Ok(PostKey {
            url: r.get(0)?,
            posted_at: time(r.get(1)?),
            text: r.get(2)?,
            source: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

impl super::Store {
    /// Every post, oldest first.
    pub fn posts(&self) -> Result<Vec<Post>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, platform, posted_at, kind, url, text, reactions, comments, shares,
                    impressions, source
             FROM posts ORDER BY posted_at, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Post {
                id: r.get(0)?,
                post: NewPost {
                    platform: r.get(1)?,
                    posted_at: time(r.get(2)?),
                    kind: r.get(3)?,
                    url: r.get(4)?,
                    text: r.get(5)?,
                    reactions: r.get(6)?,
                    comments: r.get(7)?,
                    shares: r.get(8)?,
                    impressions: r.get(9)?,
                },
                source: r.get(10)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
