//! Full-text search over contacts (FTS5): the user's words become prefix terms, so typing
//! "mül" or "mul" finds "Müller" and nothing a user types can break the query.

use super::StoreError;
use crate::domain::ContactId;

/// Turns what a user typed into an FTS5 query: each word quoted (quotes doubled) and
/// matched as a prefix; all words must match. `None` when nothing searchable is left.
#[must_use]
pub fn fts_query(input: &str) -> Option<String> {
    let terms: Vec<String> = input
        .split(|c: char| !c.is_alphanumeric() && c != '@' && c != '.' && c != '-' && c != '_')
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

impl super::Store {
    /// Ids of contacts (not in the trash) matching `input`, best match first.
    pub fn search_ids(&self, input: &str) -> Result<Vec<ContactId>, StoreError> {
        let Some(q) = fts_query(input) else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT f.rowid FROM contacts_fts f JOIN contacts c ON c.id = f.rowid
             WHERE contacts_fts MATCH ?1 AND c.deleted_at IS NULL ORDER BY rank",
        )?;
        let rows = stmt.query_map([q], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Ids of contacts matching `input` in ascending id order, unranked and trashed ones
    /// included: for intersecting with rows already loaded (the Contacts view), where the
    /// table's own sort decides the order. Ranking every hit costs more than the search
    /// itself when a one-letter prefix matches half the contacts.
    pub fn search_ids_unranked(&self, input: &str) -> Result<Vec<ContactId>, StoreError> {
        let Some(q) = fts_query(input) else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?1 ORDER BY rowid",
        )?;
        let rows = stmt.query_map([q], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_become_quoted_prefix_terms() {
        assert_eq!(fts_query("  anna  mül ").unwrap(), "\"anna\"* \"mül\"*");
        assert_eq!(fts_query("a\"b").unwrap(), "\"a\"* \"b\"*");
        assert_eq!(fts_query(" \" ( ) "), None);
    }
}
