//! My own posts: logged by hand, or imported (with their source, added once each).

use rusqlite::{Connection, OptionalExtension, params};

use super::StoreError;
use super::sql_types::{secs, time};
use crate::domain::post_line::excerpt;
use crate::domain::time::Timestamp;
use crate::domain::{NewPost, PlatformRules, Post, PostAudience, PostId, PostKind, PostLine};

/// What tells one stored post from another on re-import: its link, time, text and source;
/// with its id and audience, for an import to bring the audience up to date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostKey {
    pub id: PostId,
    pub audience: PostAudience,
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
    write(conn, rules, None, p, source)
}

/// Puts a deleted post back as it was, under its old id. An imported post that the same
/// import brought back meanwhile (under a new id) is there already: that one is kept.
pub(crate) fn restore(
    conn: &Connection,
    rules: &PlatformRules,
    p: &Post,
) -> Result<PostId, StoreError> {
    match write(conn, rules, Some(p.id), &p.post, &p.source) {
        Err(StoreError::Sqlite(e))
            if !p.source.is_empty()
                && e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) =>
        {
            let again: Option<PostId> = conn
                .prepare_cached(
                    "SELECT id FROM posts WHERE source = ?1 AND platform = ?2
                       AND ((url = ?3 AND url <> '')
                            OR (url = '' AND ?3 = '' AND posted_at = ?4 AND text = ?5))",
                )?
                .query_row(
                    params![
                        p.source,
                        p.post.platform,
                        p.post.url,
                        secs(p.post.posted_at),
                        p.post.text
                    ],
                    |r| r.get(0),
                )
                .optional()?;
            again.ok_or(StoreError::Sqlite(e))
        }
        other => other,
    }
}

/// Inserts a post under `id`, or under a new id when `None`.
fn write(
    conn: &Connection,
    rules: &PlatformRules,
    id: Option<PostId>,
    p: &NewPost,
    source: &str,
) -> Result<PostId, StoreError> {
    rules.require(&p.platform)?;
    conn.prepare_cached(
        "INSERT INTO posts (id, platform, posted_at, kind, url, text, source, reactions, comments,
                            shares, impressions, audience)
         VALUES (?11, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?12)",
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
        p.impressions,
        id,
        p.audience
    ])?;
    Ok(PostId(conn.last_insert_rowid()))
}

/// Deletes post `id` and returns it as it was, for undo.
pub(crate) fn delete(conn: &Connection, id: PostId) -> Result<Post, StoreError> {
    let post = conn
        .prepare_cached(&format!("SELECT {POST_COLUMNS} FROM posts WHERE id = ?1"))?
        .query_row([id], row_to_post)
        .optional()?
        .ok_or(StoreError::NoSuchPost(id.0))?;
    conn.prepare_cached("DELETE FROM posts WHERE id = ?1")?
        .execute([id])?;
    Ok(post)
}

/// The columns [`row_to_post`] reads, in its order.
const POST_COLUMNS: &str = "id, platform, posted_at, kind, url, text, reactions, comments, shares,
    impressions, source, audience";

fn row_to_post(r: &rusqlite::Row<'_>) -> rusqlite::Result<Post> {
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
            audience: r.get(11)?,
        },
        source: r.get(10)?,
    })
}

/// Sets who post `id` was shared with (an import knows better than the default).
pub(crate) fn set_audience(
    conn: &Connection,
    id: PostId,
    audience: PostAudience,
) -> Result<(), StoreError> {
    conn.prepare_cached("UPDATE posts SET audience = ?2 WHERE id = ?1")?
        .execute(params![id, audience])?;
    Ok(())
}

/// Sets the kind of post `id`, in place (posts are my own facts, not the append-only
/// event log); returns the kind it had.
pub(crate) fn set_kind(
    conn: &Connection,
    id: PostId,
    kind: PostKind,
) -> Result<PostKind, StoreError> {
    let old: Option<PostKind> = conn
        .prepare_cached("SELECT kind FROM posts WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    let old = old.ok_or(StoreError::NoSuchPost(id.0))?;
    conn.prepare_cached("UPDATE posts SET kind = ?2 WHERE id = ?1")?
        .execute(params![id, kind])?;
    Ok(old)
}

/// The keys of every post on `platform`, whatever its source.
pub(crate) fn keys(conn: &Connection, platform: &str) -> Result<Vec<PostKey>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT url, posted_at, text, source, id, audience FROM posts WHERE platform = ?1
         ORDER BY id",
    )?;
    let rows = stmt.query_map([platform], |r| {
        Ok(PostKey {
            url: r.get(0)?,
            posted_at: time(r.get(1)?),
            text: r.get(2)?,
            source: r.get(3)?,
            id: r.get(4)?,
            audience: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

impl super::Store {
    /// Every post, oldest first.
    pub fn posts(&self) -> Result<Vec<Post>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {POST_COLUMNS} FROM posts ORDER BY posted_at, id"
        ))?;
        let rows = stmt.query_map([], row_to_post)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The posts on `platform` as the posts list shows them, newest first.
    pub fn post_lines(&self, platform: &str) -> Result<Vec<PostLine>, StoreError> {
        // Enough of the text for an excerpt, even where it starts with blank lines.
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, posted_at, kind, url, substr(text, 1, ?2), source, audience
             FROM posts WHERE platform = ?1 ORDER BY posted_at DESC, id DESC",
        )?;
        let read_chars = i64::try_from(PostLine::EXCERPT_CHARS * 4).unwrap_or(i64::MAX);
        let rows = stmt.query_map(params![platform, read_chars], |r| {
            Ok(PostLine {
                id: r.get(0)?,
                posted_at: time(r.get(1)?),
                kind: r.get(2)?,
                url: r.get(3)?,
                excerpt: excerpt(&r.get::<_, String>(4)?, PostLine::EXCERPT_CHARS),
                source: r.get(5)?,
                audience: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
