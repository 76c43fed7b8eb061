//! Loading my LinkedIn posts (`Shares.csv`): each becomes one of my posts on LinkedIn,
//! once, with who it was for (`Visibility`). A post already stored — one with the same
//! link, imported or logged by hand, or one imported before with the same time and text —
//! is counted and left as it is, but for its audience when an earlier import of this
//! source stored another one (posts imported before the audience was kept are "anyone").

use std::collections::HashMap;

use crate::domain::post::link_key;
use crate::domain::time::Timestamp;
use crate::domain::{NewPost, PostAudience, PostId, PostKind};
use crate::store::PostKey;

use super::linkedin::shares::Share;
use super::loader::Loader;
use super::{Control, ImportError, Step};

/// What imported posts count as in the content mix until the user marks them otherwise in
/// the Visibility view's posts list: the post form's default. The export does not say, and
/// nothing classifies post texts yet.
const KIND: PostKind = PostKind::Relevant;

/// A stored post as far as re-importing it goes: its id and audience when this source
/// imported it (its audience is this source's to bring up to date), else nothing.
type Mine = Option<(PostId, PostAudience)>;

/// The posts on one platform already stored, as far as telling them apart goes.
struct Known {
    /// [`link_key`]s of every post with a link.
    links: HashMap<String, Mine>,
    /// Time and text of the posts from this source that have no link (the schema's key for
    /// them); a post with a link is told apart by its link alone.
    texts: HashMap<(Timestamp, String), Mine>,
}

impl Known {
    fn new(keys: Vec<PostKey>, source: &str) -> Self {
        let mut known = Self {
            links: HashMap::new(),
            texts: HashMap::new(),
        };
        for k in keys {
            let mine = (k.source == source).then_some((k.id, k.audience));
            if !k.url.is_empty() {
                // A post of this source wins over a hand-logged one with the same link.
                let slot = known.links.entry(link_key(&k.url)).or_insert(mine);
                if mine.is_some() {
                    *slot = mine;
                }
            } else if mine.is_some() {
                known.texts.insert((k.posted_at, k.text), mine);
            }
        }
        known
    }

    /// `None` when the post is new; else what is stored of it.
    fn get(&self, link: &str, at: Timestamp, text: &str) -> Option<Mine> {
        if link.is_empty() {
            self.texts.get(&(at, text.to_owned())).copied()
        } else {
            self.links.get(link).copied()
        }
    }
}

/// Adds the posts of `shares` on `platform` that are not stored yet, from `source`.
pub(super) fn load(
    loader: &mut Loader<'_>,
    platform: &str,
    source: &str,
    shares: &[Share],
    ctl: &mut Control<'_>,
) -> Result<(), ImportError> {
    let mut known = Known::new(loader.bulk().post_keys(platform)?, source);
    let step = &Step::Posts;
    let total = shares.len() as u64;
    ctl.step(step, total)?;
    for (i, s) in shares.iter().enumerate() {
        ctl.row(step, i as u64, total)?;
        let link = link_key(&s.link);
        let audience = PostAudience::from_linkedin(&s.visibility);
        match known.get(&link, s.posted_at, &s.text) {
            Some(Some((id, stored))) if stored != audience => {
                loader.bulk().set_post_audience(id, audience)?;
                loader.report.posts_updated += 1;
                continue;
            }
            Some(_) => {
                loader.report.posts_existing += 1;
                continue;
            }
            None => {}
        }
        let post = NewPost {
            platform: platform.to_owned(),
            posted_at: s.posted_at,
            kind: KIND,
            url: s.link.clone(),
            text: s.text.clone(),
            reactions: 0,
            comments: 0,
            shares: 0,
            impressions: None,
            audience,
        };
        loader.bulk().imported_post(&post, source)?;
        // Listed as not this source's to update: a second row for the same post in one
        // file is counted as stored, not taken for a change.
        if link.is_empty() {
            known.texts.insert((s.posted_at, s.text.clone()), None);
        } else {
            known.links.insert(link, None);
        }
        loader.report.posts_added += 1;
    }
    Ok(())
}
