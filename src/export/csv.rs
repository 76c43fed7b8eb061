//! CSV export: one row per contact, a URL column per platform, tags joined by `; `.
//! Cells that begin with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'`,
//! so a spreadsheet shows them as text instead of running them as formulas (CSV
//! injection); followdesk's CSV import takes the `'` off again.

use std::path::Path;

use crate::domain::PlatformRules;
use crate::store::{FullContact, Store};

use super::{ExportError, write_atomically};

/// Writes every live contact to `path`; returns how many.
pub fn export(store: &Store, path: &Path) -> Result<usize, ExportError> {
    let contacts = store.full_contacts()?;
    let bytes = to_csv(&contacts, store.rules()).map_err(|e| ExportError::io(path, e))?;
    write_atomically(path, &bytes)?;
    Ok(contacts.len())
}

/// The CSV text (UTF-8 with a byte-order mark, so spreadsheets read umlauts right).
pub fn to_csv(contacts: &[FullContact], rules: &PlatformRules) -> std::io::Result<Vec<u8>> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        let mut header: Vec<String> = [
            "First Name",
            "Last Name",
            "Company",
            "Position",
            "Email",
            "Phone",
            "Notes",
            "Tags",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        header.extend(rules.all().iter().map(|r| format!("{} URL", r.name)));
        w.write_record(&header)?;
        for c in contacts {
            let f = &c.fields;
            let mut row: Vec<String> = [
                &f.first_name,
                &f.last_name,
                &f.company,
                &f.position,
                &f.email,
                &f.phone,
                &f.notes,
            ]
            .iter()
            .map(|s| neutralise(s))
            .collect();
            row.push(neutralise(&c.tags.join("; ")));
            for r in rules.all() {
                let url = c
                    .profiles
                    .iter()
                    .find(|(p, _)| *p == r.key)
                    .and_then(|(_, u)| u.as_deref())
                    .map(crate::domain::identity::browser_url)
                    .unwrap_or_default();
                row.push(neutralise(&url));
            }
            w.write_record(&row)?;
        }
        w.flush()?;
    }
    Ok(out)
}

/// A cell a spreadsheet will not run as a formula.
#[must_use]
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        for bad in [
            "=HYPERLINK(\"x\")",
            "+49 30",
            "-2",
            "@SUM(A1)",
            "\tx",
            "\rx",
        ] {
            assert!(neutralise(bad).starts_with('\''), "{bad:?}");
        }
        assert_eq!(neutralise("Anna"), "Anna");
    }
}
