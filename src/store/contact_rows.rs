//! Loading the contacts table: every live contact with its relationships, tags and last
//! interaction, in three queries joined in memory.

use std::collections::HashMap;

use rusqlite::params;

use super::StoreError;
use crate::domain::contact_row::ContactRow;
use crate::domain::{ContactId, Relationship};

impl super::Store {
    /// Every contact not in the trash, as table rows (unsorted).
    pub fn contact_rows(&self) -> Result<Vec<ContactRow>, StoreError> {
        self.contact_rows_where(None)
    }

    /// One contact's row, if it is live (after a change, to update the table in place).
    pub fn contact_row(&self, id: ContactId) -> Result<Option<ContactRow>, StoreError> {
        Ok(self.contact_rows_where(Some(id))?.pop())
    }

    fn contact_rows_where(&self, only: Option<ContactId>) -> Result<Vec<ContactRow>, StoreError> {
        let mut rows = Vec::new();
        let mut index: HashMap<ContactId, usize> = HashMap::new();
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT id, first_name, last_name, company, position FROM contacts
                 WHERE deleted_at IS NULL AND (?1 IS NULL OR id = ?1)",
            )?;
            let mut q = stmt.query(params![only])?;
            while let Some(r) = q.next()? {
                let id: ContactId = r.get(0)?;
                let first: String = r.get(1)?;
                let last: String = r.get(2)?;
                let name = crate::domain::ContactFields::named(&first, &last).display_name();
                index.insert(id, rows.len());
                rows.push(ContactRow {
                    id,
                    name,
                    sort_name: format!("{last} {first}").to_lowercase(),
                    company: r.get(3)?,
                    position: r.get(4)?,
                    platforms: Vec::new(),
                    tags: Vec::new(),
                    last_interaction: None,
                });
            }
        }
        let mut visit = |id: ContactId, platform: &str, rel: &Relationship| {
            if let Some(&i) = index.get(&id) {
                let row = &mut rows[i];
                row.last_interaction = row.last_interaction.max(rel.last_interaction);
                row.platforms.push((platform.to_owned(), rel.clone()));
            }
        };
        match only {
            Some(id) => {
                for (p, r) in self.relationships(id)? {
                    visit(id, &p, &r);
                }
            }
            None => self.for_each_relationship(|id, p, r| visit(id, p, r))?,
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
             WHERE (?1 IS NULL OR ct.contact_id = ?1) ORDER BY t.name COLLATE NOCASE",
        )?;
        let mut q = stmt.query(params![only])?;
        while let Some(r) = q.next()? {
            let id: ContactId = r.get(0)?;
            if let Some(&i) = index.get(&id) {
                rows[i].tags.push(r.get(1)?);
            }
        }
        // Platforms in a stable order for display.
        for row in &mut rows {
            row.platforms.sort_by(|a, b| a.0.cmp(&b.0));
        }
        Ok(rows)
    }
}
