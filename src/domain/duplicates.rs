//! What counts as a possible duplicate: live contacts whose names are equal once
//! normalised ([`normalise_name`]). Equal names never merge by themselves (two people may
//! share a name); the app offers these pairs to the user, who decides. Who is *the same*
//! person without asking — the same profile link, an e-mail address, a name with the
//! same connection day — is the importer's rule (`import::loader`).

use std::collections::HashMap;

use super::ContactId;
use super::identity::normalise_name;

/// Pairs `(a, b)` with `a < b` of the given contacts (id, first name, last name) whose
/// names are equal once normalised, ordered.
pub fn possible_duplicates<'a>(
    contacts: impl IntoIterator<Item = (ContactId, &'a str, &'a str)>,
) -> Vec<(ContactId, ContactId)> {
    let mut groups: HashMap<String, Vec<ContactId>> = HashMap::new();
    for (id, first, last) in contacts {
        groups
            .entry(normalise_name(first, last))
            .or_default()
            .push(id);
    }
    let mut pairs: Vec<(ContactId, ContactId)> = Vec::new();
    for mut ids in groups.into_values().filter(|ids| ids.len() > 1) {
        ids.sort_unstable();
        for (i, a) in ids.iter().enumerate() {
            pairs.extend(ids[i + 1..].iter().map(|b| (*a, *b)));
        }
    }
    pairs.sort_unstable();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_names_in_any_form_pair_up_and_others_do_not() {
        let c = |i| ContactId(i);
        let pairs = possible_duplicates([
            (c(3), "Peter", "Fischer"),
            (c(1), " peter ", "FISCHER"),
            (c(2), "Petra", "Fischer"),
            (c(5), "J\u{fc}rgen", "M"),
            (c(4), "Ju\u{308}rgen", "m"),
            (c(6), "peter", "fischer"),
        ]);
        assert_eq!(
            pairs,
            [(c(1), c(3)), (c(1), c(6)), (c(3), c(6)), (c(4), c(5))]
        );
    }
}
