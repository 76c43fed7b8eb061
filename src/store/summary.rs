//! The summary report, tallied by the domain from the relationship projection.

use super::StoreError;
use crate::domain::summary::Summary;

impl super::Store {
    /// `followdesk report summary`.
    pub fn summary(&self) -> Result<Summary, StoreError> {
        let mut s = Summary::empty(&self.rules);
        s.contacts = self.contact_count()?;
        self.for_each_relationship(|_, platform, rel| s.add(platform, rel))?;
        Ok(s)
    }
}
