//! Possible duplicates, as the domain defines them ([`crate::domain::duplicates`]), over
//! the live contacts.

use super::StoreError;
use crate::domain::ContactId;
use crate::domain::duplicates;

impl super::Store {
    /// Pairs `(a, b)` with `a < b` of live contacts with equal normalised names, ordered.
    pub fn possible_duplicates(&self) -> Result<Vec<(ContactId, ContactId)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, first_name, last_name FROM contacts WHERE deleted_at IS NULL ORDER BY id",
        )?;
        let names: Vec<(ContactId, String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?;
        Ok(duplicates::possible_duplicates(
            names.iter().map(|(id, f, l)| (*id, f.as_str(), l.as_str())),
        ))
    }
}
