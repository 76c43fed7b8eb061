//! Loading my LinkedIn posts (`Shares.csv`): each becomes one of my posts on LinkedIn,
//! once. A post already stored — one with the same link, imported or logged by hand, or
//! one imported before with the same time and text — is counted and left as it is.

use std::collections::HashSet;

use crate::domain::post::link_key;
use crate::domain::time::Timestamp;
use crate::domain::{NewPost, PostKind};

use super::linkedin::shares::Share;
use super::loader::Loader;
use super::{Control, ImportError, Step};

/// What imported posts count as in the content mix until the user marks them otherwise in
/// the Visibility view's posts list: the post form's default. The export does not say, and
/// nothing classifies post texts yet.
const KIND: PostKind = PostKind::Relevant;

/// The posts on one platform already stored, as far as telling them apart goes.
struct Known {
    /// [`link_key`]s of every post with a link.
    links: HashSet<String>,
    /// Time and text of the posts from this source that have no link (the schema's key for
    /// them); a post with a link is told apart by its link alone.
    texts: HashSet<(Timestamp, String)>,
}

impl Known {
    fn has(&self, link: &str, at: Timestamp, text: &str) -> bool {
        if link.is_empty() {
            self.texts.contains(&(at, text.to_owned()))
        } else {
            self.links.contains(link)
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
    let mut known = Known {
        links: HashSet::new(),
        texts: HashSet::new(),
    };
    for k in loader.bulk().post_keys(platform)? {
        if !k.url.is_empty() {
            known.links.insert(link_key(&k.url));
        }
        if k.source == source && k.url.is_empty() {
            known.texts.insert((k.posted_at, k.text));
        }
    }
    let step = &Step::Posts;
    let total = shares.len() as u64;
    ctl.step(step, total)?;
    for (i, s) in shares.iter().enumerate() {
        ctl.row(step, i as u64, total)?;
        let link = link_key(&s.link);
        if known.has(&link, s.posted_at, &s.text) {
            loader.report.posts_existing += 1;
            continue;
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
        };
        loader.bulk().imported_post(&post, source)?;
        if link.is_empty() {
            known.texts.insert((s.posted_at, s.text.clone()));
        } else {
            known.links.insert(link);
        }
        loader.report.posts_added += 1;
    }
    Ok(())
}
