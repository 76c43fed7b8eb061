//! Bytes to text the way users' files need it: a UTF-8 byte-order mark dropped, UTF-16
//! when a UTF-16 byte-order mark says so (LinkedIn's 2018 `Shares.csv`), UTF-8 when the
//! bytes are valid UTF-8, otherwise ISO-8859-1 (read as Windows-1252, its superset, as
//! browsers do), which is what older XING vCards and spreadsheet CSVs are written in.

use std::borrow::Cow;

/// Decodes a whole file.
#[must_use]
pub fn decode(bytes: &[u8]) -> Cow<'_, str> {
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Cow::Owned(
            encoding_rs::UTF_16LE
                .decode_without_bom_handling(rest)
                .0
                .into_owned(),
        );
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Cow::Owned(
            encoding_rs::UTF_16BE
                .decode_without_bom_handling(rest)
                .0
                .into_owned(),
        );
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => latin1(bytes),
    }
}

/// Decodes a file line by line when its lines disagree: a file that is not UTF-8 as a
/// whole but has lines that are (with letters beyond ASCII) mixes UTF-8 and Latin-1 rows,
/// as files pasted together from two tools do. Each line is then read in its own encoding;
/// the 1-based numbers of the lines read as Latin-1 are returned, for a warning (empty
/// when the file has one encoding). A line not in UTF-8 is read in `charset(line)` when
/// that names one (a vCard property's `CHARSET=`), else as Latin-1.
#[must_use]
pub fn decode_lines(
    bytes: &[u8],
    charset: impl Fn(&[u8]) -> Option<&'static encoding_rs::Encoding>,
) -> (Cow<'_, str>, Vec<u64>) {
    let whole = decode(bytes);
    let utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    if utf16 || matches!(whole, Cow::Borrowed(_)) {
        return (whole, Vec::new());
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let lines: Vec<&[u8]> = body.split(|b| *b == b'\n').collect();
    let some_utf8 = lines
        .iter()
        .any(|l| !l.is_ascii() && std::str::from_utf8(l).is_ok());
    if !some_utf8 {
        return (whole, Vec::new());
    }
    let mut out = String::with_capacity(body.len() + body.len() / 8);
    let mut latin1_lines = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if let Ok(t) = std::str::from_utf8(l) {
            out.push_str(t);
        } else {
            let enc = charset(l).unwrap_or(encoding_rs::WINDOWS_1252);
            out.push_str(&enc.decode_without_bom_handling(l).0);
            latin1_lines.push(i as u64 + 1);
        }
    }
    (Cow::Owned(out), latin1_lines)
}

/// Decodes bytes known to be ISO-8859-1 / Windows-1252.
#[must_use]
pub fn latin1(bytes: &[u8]) -> Cow<'_, str> {
    encoding_rs::WINDOWS_1252
        .decode_without_bom_handling(bytes)
        .0
}

/// Decodes bytes in a named character set (`CHARSET=` of a vCard property); unknown
/// names fall back to [`decode`].
#[must_use]
pub fn decode_charset(bytes: &[u8], charset: Option<&str>) -> String {
    match charset.and_then(|c| encoding_rs::Encoding::for_label(c.trim().as_bytes())) {
        Some(enc) if enc != encoding_rs::UTF_8 => {
            enc.decode_without_bom_handling(bytes).0.into_owned()
        }
        _ => decode(bytes).into_owned(),
    }
}

/// The delimiter of a CSV file by its first line that holds one: a tab when it has more
/// tabs than commas (LinkedIn's 2018 `Shares.csv`), a semicolon when it has more of those
/// (spreadsheets in German), a comma otherwise.
#[must_use]
pub fn sniff_delimiter(text: &str) -> u8 {
    let line = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default();
    let count = |c: char| line.matches(c).count();
    let (commas, tabs, semis) = (count(','), count('\t'), count(';'));
    if tabs > commas && tabs >= semis {
        b'\t'
    } else if semis > commas {
        b';'
    } else {
        b','
    }
}

/// A header cell in the form columns are matched in: lower case, letters and digits only
/// (`"Email Address"` → `emailaddress`).
#[must_use]
pub fn header_key(cell: &str) -> String {
    cell.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_dropped_and_latin1_is_recognised() {
        assert_eq!(decode(b"\xEF\xBB\xBFAnna"), "Anna");
        assert_eq!(decode(b"M\xFCller"), "Müller");
        assert_eq!(decode("Müller".as_bytes()), "Müller");
        assert_eq!(decode_charset(b"M\xFCller", Some("ISO-8859-1")), "Müller");
    }

    #[test]
    fn a_file_mixing_utf8_and_latin1_lines_is_read_line_by_line() {
        let bytes = b"Name\nJ\xC3\xB6rg\nM\xFCller\nPlain\n";
        let (text, latin1) = decode_lines(bytes, |_| None);
        assert_eq!(text, "Name\nJörg\nMüller\nPlain\n");
        assert_eq!(latin1, [3]);
        let (text, latin1) = decode_lines(b"M\xFCller\nPlain", |_| None);
        assert_eq!(
            (text.as_ref(), latin1.len()),
            ("Müller\nPlain", 0),
            "one encoding"
        );
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_read() {
        let le: Vec<u8> = b"\xFF\xFE"
            .iter()
            .copied()
            .chain("\"Dät\"\t1".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&le), "\"Dät\"\t1");
        let be: Vec<u8> = b"\xFE\xFF"
            .iter()
            .copied()
            .chain("Ä".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be), "Ä");
        assert_eq!(sniff_delimiter("\"Date\"\t\"Share Link\"\n"), b'\t');
        assert_eq!(sniff_delimiter("Name;Vorname;Firma\n"), b';');
        assert_eq!(sniff_delimiter("\nDate,ShareLink\n"), b',');
    }

    #[test]
    fn header_keys_ignore_case_spaces_and_punctuation() {
        assert_eq!(header_key("Email Address"), "emailaddress");
        assert_eq!(header_key(" E-Mail "), "email");
        assert_eq!(header_key("inviterProfileUrl"), "inviterprofileurl");
    }
}
