//! vCard 4.0 export: all contacts in one file, lines folded at 75 octets, text escaped.
//! Each profile link is a `URL`; a profile without a link is kept as
//! `X-FOLLOWDESK-PROFILE:platform` so nothing is lost on the way back in; tags are
//! `CATEGORIES`.

use std::fmt::Write as _;
use std::path::Path;

use crate::domain::identity::browser_url;
use crate::store::{FullContact, Store};

use super::{ExportError, write_atomically};

/// Writes every live contact to `path`; returns how many.
pub fn export(store: &Store, path: &Path) -> Result<usize, ExportError> {
    let contacts = store.full_contacts()?;
    write_atomically(path, to_vcards(&contacts).as_bytes())?;
    Ok(contacts.len())
}

/// The vCard text.
#[must_use]
pub fn to_vcards(contacts: &[FullContact]) -> String {
    let mut out = String::new();
    for c in contacts {
        let f = &c.fields;
        let mut lines = vec!["BEGIN:VCARD".to_owned(), "VERSION:4.0".to_owned()];
        lines.push(format!("FN:{}", escape(&f.display_name())));
        lines.push(format!(
            "N:{};{};;;",
            escape(&f.last_name),
            escape(&f.first_name)
        ));
        let mut put = |name: &str, v: &str| {
            if !v.is_empty() {
                lines.push(format!("{name}:{}", escape(v)));
            }
        };
        put("ORG", &f.company);
        put("TITLE", &f.position);
        put("EMAIL", &f.email);
        put("TEL", &f.phone);
        put("NOTE", &f.notes);
        for (platform, url) in &c.profiles {
            match url {
                Some(u) => lines.push(format!("URL:{}", escape(&browser_url(u)))),
                None => lines.push(format!("X-FOLLOWDESK-PROFILE:{}", escape(platform))),
            }
        }
        if !c.tags.is_empty() {
            let tags: Vec<String> = c.tags.iter().map(|t| escape(t)).collect();
            lines.push(format!("CATEGORIES:{}", tags.join(",")));
        }
        lines.push("END:VCARD".to_owned());
        for l in lines {
            fold_into(&mut out, &l);
        }
    }
    out
}

/// Escapes a text value: backslash, comma, semicolon, line breaks.
#[must_use]
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at 75 octets (never inside a character), with CRLF.
fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    let _ = write!(out, "\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_and_text_is_escaped() {
        let mut out = String::new();
        fold_into(&mut out, &format!("NOTE:{}", "ü".repeat(60)));
        assert!(out.lines().all(|l| l.len() <= 75));
        assert_eq!(escape("a,b;c\\d\r\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
