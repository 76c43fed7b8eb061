//! Bytes to text the way users' files need it: a UTF-8 byte-order mark dropped, UTF-8 when
//! the bytes are valid UTF-8, otherwise ISO-8859-1 (read as Windows-1252, its superset, as
//! browsers do), which is what older XING vCards and spreadsheet CSVs are written in.

use std::borrow::Cow;

/// Decodes a whole file.
#[must_use]
pub fn decode(bytes: &[u8]) -> Cow<'_, str> {
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
    fn header_keys_ignore_case_spaces_and_punctuation() {
        assert_eq!(header_key("Email Address"), "emailaddress");
        assert_eq!(header_key(" E-Mail "), "email");
        assert_eq!(header_key("inviterProfileUrl"), "inviterprofileurl");
    }
}
