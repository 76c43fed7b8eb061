//! Bytes to text the way users' files need it: a UTF-8 byte-order mark dropped, UTF-16
//! when a UTF-16 byte-order mark says so (LinkedIn's 2018 `Shares.csv`), UTF-8 when the
//! bytes are valid UTF-8, otherwise ISO-8859-1 (read as Windows-1252, its superset, as
//! browsers do), which is what older XING vCards and spreadsheet CSVs are written in.

use std::borrow::Cow;

/// Decodes a whole file.
#[must_use]
pub fn decode(bytes: &[u8]) -> Cow<'_, str> {
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Cow::Owned(encoding_rs::UTF_16LE.decode_without_bom_handling(rest).0.into_owned());
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Cow::Owned(encoding_rs::UTF_16BE.decode_without_bom_handling(rest).0.into_owned());
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => latin1(bytes),
    }
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
    let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or_default();
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
    fn utf16_with_a_byte_order_mark_is_read() {
        let le: Vec<u8> = b"\xFF\xFE".iter().copied().chain("\"Dät\"\t1".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(decode(&le), "\"Dät\"\t1");
        let be: Vec<u8> = b"\xFE\xFF".iter().copied().chain("Ä".encode_utf16().flat_map(u16::to_be_bytes)).collect();
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
