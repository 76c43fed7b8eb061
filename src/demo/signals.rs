//! Demo signals: a few job changes (promotions and moves) in the last weeks and a few of my
//! messages still unanswered, so the "worth a message now" list shows every kind. Drawn
//! from a stream of their own, so the rest of the demo does not depend on them.

use chrono::Duration;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::{Person, Writer, texts};
use crate::domain::signals::{Job, JobChange};
use crate::domain::{ContactId, EventKind};
use crate::store::StoreError;

/// Adds them for some of `people` (contact, platform key, person); returns how many events.
pub(super) fn add(
    w: &mut Writer<'_, '_>,
    rng: &mut ChaCha8Rng,
    people: &[(ContactId, String, Person)],
) -> Result<u64, StoreError> {
    let mut n = 0;
    for (id, key, p) in people {
        if rng.random_bool(0.012) {
            // They had another job before: the one in their fields is new. Half were
            // promoted from a plain title, half moved from another company.
            let from = if rng.random_bool(0.5) {
                Job::new(p.company, "Referent")
            } else {
                Job::new(
                    texts::COMPANIES[rng.random_range(0..texts::COMPANIES.len())],
                    p.position,
                )
            };
            if let Some(change) = JobChange::detect(&from, &Job::new(p.company, p.position)) {
                let at = w.today - Duration::hours(rng.random_range(24..24 * 25));
                n += w.event(*id, key, EventKind::JobChanged, at, &change.to_message())?;
            }
        }
        if rng.random_bool(0.005) {
            let at = w.today - Duration::hours(rng.random_range(24 * 15..24 * 40));
            n += w.event(*id, key, EventKind::MessageSent, at, "")?;
        }
    }
    Ok(n)
}
