//! Possible duplicates: live contacts whose names are equal once normalised. Equal names
//! never merge by themselves (two people may share a name); the app offers these pairs to
//! the user, who decides.

use std::collections::HashMap;

use super::StoreError;
use crate::domain::ContactId;
use crate::domain::identity::normalise_name;

impl super::Store {
    /// Pairs `(a, b)` with `a < b` of live contacts with equal normalised names, ordered.
    pub fn possible_duplicates(&self) -> Result<Vec<(ContactId, ContactId)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, first_name, last_name FROM contacts WHERE deleted_at IS NULL ORDER BY id",
        )?;
        let mut groups: HashMap<String, Vec<ContactId>> = HashMap::new();
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let first: String = r.get(1)?;
            let last: String = r.get(2)?;
            groups
                .entry(normalise_name(&first, &last))
                .or_default()
                .push(r.get(0)?);
        }
        let mut pairs: Vec<(ContactId, ContactId)> = groups
            .into_values()
            .filter(|ids| ids.len() > 1)
            .flat_map(|ids| {
                let mut out = Vec::new();
                for (i, a) in ids.iter().enumerate() {
                    for b in &ids[i + 1..] {
                        out.push((*a, *b));
                    }
                }
                out
            })
            .collect();
        pairs.sort_unstable();
        Ok(pairs)
    }
}
