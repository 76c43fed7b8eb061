//! vCard files (2.1, 3.0 and 4.0; several cards per file): unfolding, quoted-printable
//! with soft line breaks, `CHARSET=` parameters, `\,` `\;` `\n` escapes, UTF-8 or
//! ISO-8859-1 files.
//!
//! Hand-written on purpose: the maintained Rust vCard crates read 4.0 only, or leave
//! quoted-printable and foreign character sets to the caller, which is most of what
//! XING's 2.1 cards need; a line parser of this size is easier to keep correct here.
//! Anything that is not a vCard line (junk outside a card, a line without a `:`, a card
//! without its `END`) refuses the whole file.

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};

use super::text::{decode_charset, decode_lines};
use super::{FileProblem, ImportError};
use crate::domain::post_line::excerpt;

/// One card, with the properties followdesk keeps.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Card {
    /// 1-based line of `BEGIN:VCARD`.
    pub line: u64,
    pub first_name: String,
    pub last_name: String,
    /// `FN`, used when `N` is missing.
    pub formatted_name: String,
    pub company: String,
    pub title: String,
    /// Preferred first.
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub note: String,
    pub urls: Vec<String>,
    /// `CATEGORIES` (XING's "Schlagwörter").
    pub categories: Vec<String>,
    /// `X-FOLLOWDESK-PROFILE`: platforms the contact is on without a known link.
    pub platforms: Vec<String>,
    /// `REV`, when the card says when it was made.
    pub revised: Option<DateTime<Utc>>,
}

impl Card {
    /// First and last name, from `N` or else split from `FN`.
    #[must_use]
    pub fn name(&self) -> (String, String) {
        if self.first_name.is_empty() && self.last_name.is_empty() {
            super::Person::split_name(&self.formatted_name)
        } else {
            (self.first_name.clone(), self.last_name.clone())
        }
    }
}

/// One unfolded line: where it starts and its text.
struct Logical {
    line: u64,
    text: String,
}

/// Parses every card in `bytes`.
pub fn parse(file: &str, bytes: &[u8]) -> Result<Vec<Card>, ImportError> {
    // XING's cards mix `CHARSET=ISO-8859-1` and `CHARSET=UTF-8` lines in one card: each
    // line is read in its own character set.
    let (text, _) = decode_lines(bytes, line_charset);
    let mut cards = Vec::new();
    let mut current: Option<Card> = None;
    for l in unfold(&text) {
        let t = l.text.trim_end();
        if t.trim().is_empty() {
            continue;
        }
        let Some((head, raw_value)) = split_head(t) else {
            let text = excerpt(t, 60);
            let reason = if current.is_some() {
                FileProblem::NotVcardLine { text }
            } else {
                FileProblem::TextOutsideVcard { text }
            };
            return Err(ImportError::line(file, l.line, reason));
        };
        let mut parts = split_unquoted(head, ';');
        let name_full = parts.remove(0);
        let name = name_full
            .rsplit('.')
            .next()
            .unwrap_or(&name_full)
            .to_ascii_uppercase();
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(ImportError::line(
                file,
                l.line,
                FileProblem::NotVcardLine {
                    text: excerpt(t, 60),
                },
            ));
        }
        let params = Params::new(&parts);
        match (name.as_str(), current.as_mut()) {
            ("BEGIN", None) if raw_value.trim().eq_ignore_ascii_case("VCARD") => {
                current = Some(Card {
                    line: l.line,
                    ..Card::default()
                });
            }
            ("BEGIN", Some(_)) => {
                return Err(ImportError::line(file, l.line, FileProblem::NestedVcard));
            }
            ("END", Some(_)) if raw_value.trim().eq_ignore_ascii_case("VCARD") => {
                cards.extend(current.take());
            }
            (_, None) => {
                return Err(ImportError::line(
                    file,
                    l.line,
                    FileProblem::TextOutsideVcard {
                        text: excerpt(t, 60),
                    },
                ));
            }
            (_, Some(card)) => property(card, &name, &params, raw_value),
        }
    }
    if let Some(card) = current {
        return Err(ImportError::line(
            file,
            card.line,
            FileProblem::UnendedVcard,
        ));
    }
    if cards.is_empty() {
        return Err(ImportError::file(file, FileProblem::NoVcard));
    }
    Ok(cards)
}

/// The character set a property line's `CHARSET=` parameter names, if any.
fn line_charset(line: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &line[..line.iter().position(|b| *b == b':')?];
    let head = String::from_utf8_lossy(head).to_ascii_uppercase();
    let at = head.find("CHARSET=")? + "CHARSET=".len();
    let name = head[at..].split([';', ':']).next()?.trim_matches('"');
    encoding_rs::Encoding::for_label(name.as_bytes())
}

/// Applies one property to the card.
fn property(card: &mut Card, name: &str, params: &Params, raw: &str) {
    let value = || params.decode(raw);
    match name {
        "N" => {
            let parts = split_components(&value(), ';');
            card.last_name = parts.first().cloned().unwrap_or_default();
            let first = parts.get(1).cloned().unwrap_or_default();
            let middle = parts.get(2).cloned().unwrap_or_default();
            card.first_name = [first, middle]
                .iter()
                .filter(|s| !s.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join(" ");
        }
        "FN" => card.formatted_name = unescape(&value()),
        "ORG" => {
            card.company = split_components(&value(), ';')
                .into_iter()
                .next()
                .unwrap_or_default();
        }
        "TITLE" => card.title = unescape(&value()),
        "EMAIL" => push_pref(&mut card.emails, &unescape(&value()), params.pref),
        "TEL" => push_pref(&mut card.phones, &unescape(&value()), params.pref),
        "NOTE" => card.note = unescape(&value()),
        // `X-SOCIALPROFILE;TYPE=linkedin:https://…` (Apple, Outlook), `SOCIALPROFILE` (4.0):
        // the platform is the link's host.
        "URL" | "X-SOCIALPROFILE" | "SOCIALPROFILE" => card.urls.push(unescape(&value())),
        "CATEGORIES" => card.categories.extend(
            split_components(&value(), ',')
                .into_iter()
                .filter(|c| !c.is_empty()),
        ),
        "X-FOLLOWDESK-PROFILE" => card
            .platforms
            .push(unescape(&value()).trim().to_ascii_lowercase()),
        "REV" => card.revised = parse_rev(&value()),
        n if n.starts_with("X-") && n.contains("URL") => card.urls.push(unescape(&value())),
        _ => {}
    }
}

fn push_pref(list: &mut Vec<String>, v: &str, pref: bool) {
    let v = v.trim().to_owned();
    if v.is_empty() || list.contains(&v) {
        return;
    }
    if pref {
        list.insert(0, v);
    } else {
        list.push(v);
    }
}

/// The parameters followdesk needs.
struct Params {
    quoted_printable: bool,
    charset: Option<String>,
    pref: bool,
}

impl Params {
    fn new(parts: &[String]) -> Self {
        let mut p = Self {
            quoted_printable: false,
            charset: None,
            pref: false,
        };
        for part in parts {
            let (k, v) = part.split_once('=').unwrap_or(("TYPE", part));
            let k = k.trim().to_ascii_uppercase();
            let v = v.trim().trim_matches('"');
            match k.as_str() {
                "ENCODING" if v.eq_ignore_ascii_case("QUOTED-PRINTABLE") => {
                    p.quoted_printable = true;
                }
                "CHARSET" => p.charset = Some(v.to_owned()),
                "PREF" => p.pref = true,
                "TYPE" => {
                    for t in v.split(',') {
                        if t.eq_ignore_ascii_case("QUOTED-PRINTABLE") {
                            p.quoted_printable = true;
                        } else if t.eq_ignore_ascii_case("PREF") {
                            p.pref = true;
                        }
                    }
                }
                _ => {}
            }
        }
        p
    }

    /// The value with quoted-printable and the character set resolved (escapes remain).
    fn decode(&self, raw: &str) -> String {
        if self.quoted_printable {
            // The text was decoded from the file already; QP bytes are ASCII, so recover
            // them and decode them in the property's character set.
            let bytes =
                quoted_printable::decode(raw.as_bytes(), quoted_printable::ParseMode::Robust)
                    .unwrap_or_else(|_| raw.as_bytes().to_vec());
            decode_charset(&bytes, self.charset.as_deref())
        } else {
            raw.to_owned()
        }
    }
}

/// Joins folded lines: a line starting with a space or tab continues the previous one;
/// a quoted-printable line ending in `=` continues on the next line.
///
/// Whether a line is quoted-printable is decided once its head (`NAME;PARAMS:`) is
/// complete, scanning only what each fold adds: rescanning the whole line on every fold
/// made a file of many folds take quadratic time.
fn unfold(text: &str) -> Vec<Logical> {
    let mut out: Vec<Logical> = Vec::new();
    let mut head = HeadScan::default();
    let mut qp_open = false;
    for (i, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let line = i as u64 + 1;
        if let Some(last) = out.last_mut() {
            if qp_open {
                last.text.pop(); // the soft line break '='
                last.text.push_str(raw);
                qp_open = last.text.ends_with('=');
                continue;
            }
            if let Some(rest) = raw.strip_prefix([' ', '\t']) {
                last.text.push_str(rest);
                qp_open = head.is_qp(&last.text) && last.text.ends_with('=');
                continue;
            }
        }
        out.push(Logical {
            line,
            text: raw.to_owned(),
        });
        head = HeadScan::default();
        qp_open = head.is_qp(raw) && raw.ends_with('=');
    }
    out
}

/// How far the head of the current logical line has been scanned for its first `:`
/// outside double quotes (see [`split_head`]), and what it said once found.
#[derive(Default)]
struct HeadScan {
    scanned: usize,
    quoted: bool,
    qp: Option<bool>,
}

impl HeadScan {
    /// Whether `line` (the current logical line, which only grows) is quoted-printable.
    fn is_qp(&mut self, line: &str) -> bool {
        if let Some(qp) = self.qp {
            return qp;
        }
        for (i, c) in line[self.scanned..].char_indices() {
            match c {
                '"' => self.quoted = !self.quoted,
                ':' if !self.quoted => {
                    let head = &line[..self.scanned + i];
                    let qp = head.to_ascii_uppercase().contains("QUOTED-PRINTABLE");
                    self.qp = Some(qp);
                    return qp;
                }
                _ => {}
            }
        }
        self.scanned = line.len();
        false
    }
}

/// Splits `NAME;PARAMS:value` at the first `:` outside double quotes.
fn split_head(line: &str) -> Option<(&str, &str)> {
    let mut quoted = false;
    for (i, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ':' if !quoted => return Some((&line[..i], &line[i + 1..])),
            _ => {}
        }
    }
    None
}

fn split_unquoted(s: &str, sep: char) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    for c in s.chars() {
        if c == '"' {
            quoted = !quoted;
        }
        if c == sep && !quoted {
            out.push(String::new());
        } else if let Some(last) = out.last_mut() {
            last.push(c);
        }
    }
    out
}

/// Splits a structured value at unescaped `sep` and unescapes each part.
fn split_components(value: &str, sep: char) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(n) = chars.next()
                && let Some(last) = parts.last_mut()
            {
                last.push('\\');
                last.push(n);
            }
        } else if c == sep {
            parts.push(String::new());
        } else if let Some(last) = parts.last_mut() {
            last.push(c);
        }
    }
    parts
        .iter()
        .map(|p| unescape(p).trim().to_owned())
        .collect()
}

/// Resolves `\\`, `\,`, `\;`, `\:` and `\n`.
#[must_use]
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(n) => out.push(n),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn parse_rev(v: &str) -> Option<DateTime<Utc>> {
    let v = v.trim();
    if let Ok(d) = DateTime::parse_from_rfc3339(v) {
        return Some(d.with_timezone(&Utc));
    }
    for f in ["%Y%m%dT%H%M%SZ", "%Y%m%dT%H%M%S", "%Y-%m-%dT%H:%M:%SZ"] {
        if let Ok(d) = NaiveDateTime::parse_from_str(v, f) {
            return Some(Utc.from_utc_datetime(&d));
        }
    }
    ["%Y%m%d", "%Y-%m-%d"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(v, f).ok())
        .map(|d| Utc.from_utc_datetime(&d.and_time(chrono::NaiveTime::MIN)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vcard_21_with_quoted_printable_latin1_and_soft_breaks() {
        let bytes: &[u8] = b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=F6rg\r\n\
NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Erste Zeile=0D=0A=\r\nzweite Zeile mit =C3=A4\r\n\
ORG:M\xfcller\\, Schmidt & Partner;Vertrieb\r\nEMAIL;PREF;INTERNET:j@x.de\r\nEND:VCARD\r\n";
        let cards = parse("a.vcf", bytes).unwrap();
        let c = &cards[0];
        assert_eq!(
            (c.first_name.as_str(), c.last_name.as_str()),
            ("Jörg", "Müller")
        );
        assert_eq!(c.note, "Erste Zeile\r\nzweite Zeile mit ä");
        assert_eq!(c.company, "Müller, Schmidt & Partner");
        assert_eq!(c.emails, ["j@x.de"]);
    }

    #[test]
    fn vcard_30_folded_lines_escapes_and_two_cards() {
        let text = "BEGIN:VCARD\nVERSION:3.0\nN:Fischer;Peter;;;\nNOTE:a\\, b\\; c\\nd\n  folded\nURL;TYPE=WORK:https://www.xing.com/profile/Peter_Fischer\nCATEGORIES:Kunde,Messe 2025\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Petra Schulz\nEND:VCARD\n";
        let cards = parse("b.vcf", text.as_bytes()).unwrap();
        assert_eq!(cards.len(), 2);
        assert_eq!(cards[0].note, "a, b; c\nd folded");
        assert_eq!(cards[0].categories, ["Kunde", "Messe 2025"]);
        assert_eq!(
            cards[0].urls,
            ["https://www.xing.com/profile/Peter_Fischer"]
        );
        assert_eq!(cards[1].name(), ("Petra".to_owned(), "Schulz".to_owned()));
        assert_eq!(cards[1].line, 9);
    }

    #[test]
    fn junk_and_truncation_are_refused_with_the_line() {
        let e = parse("j.vcf", b"BEGIN:VCARD\nFN:A B\nthis is junk\nEND:VCARD\n").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("j.vcf:3: not a vCard property line"),
            "{e}"
        );
        let e = parse("t.vcf", b"BEGIN:VCARD\nFN:A B\n").unwrap_err();
        assert!(e.to_string().contains("no END:VCARD"), "{e}");
        let e = parse("p.vcf", b"%PDF-1.7\n").unwrap_err();
        assert!(e.to_string().contains("outside a vCard"), "{e}");
        assert!(parse("e.vcf", b"\n\n").is_err());
    }
}
