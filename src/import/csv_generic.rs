//! Any CSV with a header (a CRM export, a spreadsheet, followdesk's own export): columns
//! are matched by common names in English and German — first/last/full name, e-mail,
//! company, position/title, phone, notes, profile URL (or one URL column per platform,
//! `LinkedIn URL`), tags. Comma, semicolon or tab separated; UTF-8 or ISO-8859-1.

use crate::domain::{ContactFields, PlatformRules};

use super::load_vcard::platform_of_url;
use super::table::{Table, cell};
use super::text::{decode, header_key, sniff_delimiter};
use super::{HeaderColumns, ImportError, IssueReason, Parsed, Person, RowIssue};

const FIRST: &[&str] = &["firstname", "first", "givenname", "vorname"];
const LAST: &[&str] = &["lastname", "last", "surname", "familyname", "nachname"];
const FULL: &[&str] = &["name", "fullname", "displayname", "contact", "kontakt"];
const EMAIL: &[&str] = &["email", "emailaddress", "mail", "emailadresse"];
const COMPANY: &[&str] = &[
    "company",
    "organization",
    "organisation",
    "companyname",
    "firma",
    "unternehmen",
    "employer",
];
const POSITION: &[&str] = &["position", "title", "jobtitle", "role", "funktion", "titel"];
const PHONE: &[&str] = &[
    "phone",
    "telephone",
    "mobile",
    "phonenumber",
    "telefon",
    "handy",
];
const NOTES: &[&str] = &["notes", "note", "notizen", "notiz", "comment", "comments"];
const URL: &[&str] = &[
    "profileurl",
    "url",
    "profile",
    "profil",
    "profilurl",
    "link",
    "website",
];
const TAGS: &[&str] = &[
    "tags",
    "tag",
    "labels",
    "categories",
    "schlagwörter",
    "schlagworte",
];

/// Parses a CSV of people.
pub fn parse(
    file: &str,
    bytes: &[u8],
    rules: &PlatformRules,
) -> Result<Parsed<Person>, ImportError> {
    let delimiter = sniff_delimiter(&decode(bytes));
    let is_header = |keys: &[String]| {
        keys.iter().any(|k| {
            FIRST.contains(&k.as_str()) || LAST.contains(&k.as_str()) || FULL.contains(&k.as_str())
        })
    };
    let t = Table::read(
        file,
        bytes,
        delimiter,
        is_header,
        HeaderColumns::AnyName(&["First Name", "Last Name", "Name"]),
    )?;
    let first = t.column(FIRST);
    let last = t.column(LAST);
    // "Name" beside "Vorname" is the surname, as XING's contact-list tools write it
    // (`Name;Vorname;Firma;Titel;Notiz;Xing-Profil`); alone it is the full name.
    let (last, full) = match (first, last) {
        (Some(_), None) if t.column(&["name"]).is_some() => (t.column(&["name"]), None),
        _ => (last, t.column(FULL)),
    };
    let (email, company, position) = (t.column(EMAIL), t.column(COMPANY), t.column(POSITION));
    let (phone, notes, url, tags) = (
        t.column(PHONE),
        t.column(NOTES),
        t.column(URL),
        t.column(TAGS),
    );
    let platform_urls: Vec<(String, Option<usize>)> = rules
        .all()
        .iter()
        .map(|r| {
            let keys = [
                format!("{}url", r.key),
                format!("{}url", header_key(&r.name)),
                format!("{}profile", r.key),
                format!("{}profil", r.key),
                r.key.clone(),
            ];
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            (r.key.clone(), t.column(&keys))
        })
        .collect();
    let mut out = Parsed {
        warnings: t.encoding_warnings(),
        ..Parsed::default()
    };
    for row in &t.rows {
        let c = |col| unneutralise(cell(row, col));
        let (mut first_name, mut last_name) = (c(first), c(last));
        if first_name.is_empty() && last_name.is_empty() {
            (first_name, last_name) = Person::split_name(&c(full));
        }
        if first_name.is_empty() && last_name.is_empty() {
            out.skipped
                .push(RowIssue::new(file, row.line, IssueReason::NoName));
            continue;
        }
        let mut profiles: Vec<(String, Option<String>)> = Vec::new();
        for (platform, col) in &platform_urls {
            let u = c(*col);
            if !u.is_empty() {
                profiles.push((platform.clone(), Some(u)));
            }
        }
        let u = c(url);
        if let Some(p) = platform_of_url(rules, &u)
            && !profiles.iter().any(|(k, _)| k == p)
        {
            profiles.push((p.to_owned(), Some(u)));
        }
        let tag_cell = c(tags);
        let sep = if tag_cell.contains(';') { ';' } else { ',' };
        out.records.push(Person {
            fields: ContactFields {
                first_name,
                last_name,
                company: c(company),
                position: c(position),
                email: c(email),
                phone: c(phone),
                notes: unneutralise(col_raw(row, notes)),
            },
            profiles,
            tags: tag_cell
                .split(sep)
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect(),
            connected_on: None,
            file: file.to_owned(),
            line: row.line,
        });
    }
    Ok(out)
}

fn col_raw(row: &super::table::Row, col: Option<usize>) -> &str {
    col.and_then(|c| row.cells.get(c)).unwrap_or_default()
}

/// The first sheet of an .xlsx contact list (as XING tools write it:
/// `Name | Vorname | Firma | Titel | Notiz | Xing-Profil`) as CSV text, so it is read
/// by the same column rules as any CSV. Row numbers stay the sheet's.
pub fn xlsx_as_csv(file: &str, bytes: Vec<u8>) -> Result<Vec<u8>, ImportError> {
    use calamine::{Data, Reader as _, Xlsx};
    let unreadable = |e: &dyn std::fmt::Display| {
        ImportError::file(
            file,
            super::FileProblem::UnreadableXlsx {
                detail: e.to_string(),
            },
        )
    };
    let range = super::analytics::calamine_guard(file, || {
        let mut wb: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).map_err(|e| unreadable(&e))?;
        let first = wb.sheet_names().first().cloned().unwrap_or_default();
        wb.worksheet_range(&first).map_err(|e| unreadable(&e))
    })?;
    let mut w = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::new());
    // Blank rows above the table keep the sheet's row numbers in the report.
    for _ in 0..range.start().map_or(0, |(r, _)| r) {
        w.write_record([""]).map_err(|e| unreadable(&e))?;
    }
    for row in range.rows() {
        let cells = row.iter().map(|c| match c {
            Data::Empty => String::new(),
            Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
            other => other.to_string(),
        });
        w.write_record(cells).map_err(|e| unreadable(&e))?;
    }
    w.into_inner().map_err(|e| unreadable(&e))
}

/// Undoes the formula guard followdesk's CSV export puts before risky cells: a `'`
/// followed by `=`, `+`, `-`, `@`, tab or carriage return.
#[must_use]
pub fn unneutralise(s: &str) -> String {
    match s.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest.to_owned(),
        _ => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_semicolon_csv_with_latin1() {
        let bytes = b"Vorname;Nachname;E-Mail;Firma;Schlagw\xf6rter\r\nJ\xf6rg;M\xfcller;j@x.de;ACME;Kunde; Messe\r\n";
        let p = parse("k.csv", bytes, &PlatformRules::builtin()).unwrap();
        // "Schlagwörter" matched in Latin-1; the tags cell is split on the semicolon? No:
        // the semicolon is the separator, so "Messe" is an extra cell and not a tag.
        assert_eq!(p.records[0].fields.first_name, "Jörg");
        assert_eq!(p.records[0].fields.company, "ACME");
        assert_eq!(p.records[0].tags, ["Kunde"]);
    }

    #[test]
    fn full_name_and_profile_url_columns() {
        let csv = "Name,Profile URL,Tags\nAnna Maria Müller,https://www.linkedin.com/in/amm/,\"vip, lead\"\n";
        let p = parse("x.csv", csv.as_bytes(), &PlatformRules::builtin()).unwrap();
        let r = &p.records[0];
        assert_eq!(
            (r.fields.first_name.as_str(), r.fields.last_name.as_str()),
            ("Anna", "Maria Müller")
        );
        assert_eq!(
            r.profiles,
            [(
                "linkedin".to_owned(),
                Some("https://www.linkedin.com/in/amm/".to_owned())
            )]
        );
        assert_eq!(r.tags, ["vip", "lead"]);
    }

    #[test]
    fn a_csv_without_a_name_column_is_refused() {
        let e = parse(
            "n.csv",
            b"Email,Company\na@b.de,X\n",
            &PlatformRules::builtin(),
        )
        .unwrap_err();
        assert!(
            e.to_string().contains("no header row with a name column"),
            "{e}"
        );
    }

    #[test]
    fn the_formula_guard_is_undone() {
        assert_eq!(unneutralise("'=SUM(A1)"), "=SUM(A1)");
        assert_eq!(unneutralise("'+49 30 1234"), "+49 30 1234");
        assert_eq!(unneutralise("'quoted'"), "'quoted'");
    }
}
