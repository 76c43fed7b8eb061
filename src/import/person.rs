//! A person as any importer reads them, before the loader decides whether they are a
//! contact already: the fields, profiles on platforms and tags, with where they were read.

use crate::domain::ContactFields;

/// One person read from a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Person {
    pub fields: ContactFields,
    /// `(platform key, profile URL as written)`; a `None` URL says "on this platform,
    /// link unknown".
    pub profiles: Vec<(String, Option<String>)>,
    pub tags: Vec<String>,
    /// The day they became a connection on the platform of their profile, when the file
    /// says (`Connected On`): with the name it tells a person without a profile link.
    pub connected_on: Option<chrono::NaiveDate>,
    /// Where the person was read (file and 1-based line), for the report.
    pub file: String,
    pub line: u64,
}

impl Person {
    /// Splits "Anna Maria Müller" into first name "Anna" and last name "Maria Müller"
    /// (the export gives only the full name for invitations and messages). Academic titles
    /// before the name go with the last name, as in a German address ("Dr. Katrin
    /// Schäfer, MBA" → "Katrin", "Dr. Schäfer, MBA"): never into the first name.
    #[must_use]
    pub fn split_name(full: &str) -> (String, String) {
        let full = full.trim();
        let (first, rest) = match full.split_once(char::is_whitespace) {
            Some((first, rest)) => (first.to_owned(), rest.trim().to_owned()),
            None => (full.to_owned(), String::new()),
        };
        let mut first = first;
        let mut last = rest;
        move_titles(&mut first, &mut last);
        (first, last)
    }
}

/// Titles written before a name.
const TITLES: &[&str] = &[
    "dr.",
    "dr",
    "prof.",
    "prof",
    "dr.-ing.",
    "dipl.-ing.",
    "dipl.-kfm.",
    "dipl.-kff.",
    "dipl.-volksw.",
    "mag.",
    "ing.",
    "med.",
    "rer.",
    "nat.",
    "h.c.",
    "pd",
];

fn is_title(word: &str) -> bool {
    TITLES.iter().any(|t| word.eq_ignore_ascii_case(t))
}

/// Moves titles at the start of `first` ("Dr. Katrin", or "Dr." alone with the name in
/// `last`) to the front of `last`, so the first name is a name.
pub(crate) fn move_titles(first: &mut String, last: &mut String) {
    let words: Vec<&str> = first.split_whitespace().collect();
    let n = words.iter().take_while(|w| is_title(w)).count();
    if n == 0 {
        return;
    }
    let titles = words[..n].join(" ");
    let (new_first, new_last) = if n < words.len() {
        (words[n..].join(" "), format!("{titles} {last}"))
    } else {
        // Only titles in the first name: the name is the next word of the last name that
        // is no title ("Prof." + "Dr. Hans Meier").
        let rest: Vec<&str> = last.split_whitespace().collect();
        let m = rest.iter().take_while(|w| is_title(w)).count();
        let Some(next) = rest.get(m) else { return };
        let titles = words
            .iter()
            .chain(&rest[..m])
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        (
            (*next).to_owned(),
            format!("{titles} {}", rest[m + 1..].join(" ")),
        )
    };
    *first = new_first;
    new_last.trim().clone_into(last);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_stay_out_of_the_first_name() {
        assert_eq!(
            Person::split_name("Dr. Katrin Schäfer, MBA"),
            ("Katrin".to_owned(), "Dr. Schäfer, MBA".to_owned())
        );
        assert_eq!(
            Person::split_name("Prof. Dr. Hans Meier"),
            ("Hans".to_owned(), "Prof. Dr. Meier".to_owned())
        );
        assert_eq!(
            Person::split_name("Anna Maria Müller"),
            ("Anna".to_owned(), "Maria Müller".to_owned())
        );
        assert_eq!(Person::split_name("Dr."), ("Dr.".to_owned(), String::new()));
        let (mut f, mut l) = ("Dr. Katrin".to_owned(), "Schäfer".to_owned());
        move_titles(&mut f, &mut l);
        assert_eq!((f.as_str(), l.as_str()), ("Katrin", "Dr. Schäfer"));
    }
}
