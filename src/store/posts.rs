//! My own posts.

use rusqlite::{Connection, params};

use super::StoreError;
use super::sql_types::{secs, time};
use crate::domain::{NewPost, PlatformRules, Post, PostId};

pub(crate) fn insert(
    conn: &Connection,
    rules: &PlatformRules,
    p: &NewPost,
) -> Result<PostId, StoreError> {
    rules.require(&p.platform)?;
    conn.prepare_cached(
        "INSERT INTO posts (platform, posted_at, kind, url, reactions, comments, shares, impressions)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        p.platform,
        secs(p.posted_at),
        p.kind,
        p.url,
        p.reactions,
        p.comments,
        p.shares,
        p.impressions
    ])?;
    Ok(PostId(conn.last_insert_rowid()))
}

impl super::Store {
    /// Every post, oldest first.
    pub fn posts(&self) -> Result<Vec<Post>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, platform, posted_at, kind, url, reactions, comments, shares, impressions
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
                    reactions: r.get(5)?,
                    comments: r.get(6)?,
                    shares: r.get(7)?,
                    impressions: r.get(8)?,
                },
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
