//! The words of LinkedIn's invitation manager and XING's contact-requests page, in
//! English and German, that are not a request: navigation, tabs, buttons, footers.
//! Kept as data: the pages change their wording more often than their shape.

use std::sync::OnceLock;

use regex::Regex;

/// The buttons that end each request on the page: every card has its pair.
pub(super) const BUTTONS: &[&str] = &[
    "accept",
    "ignore",
    "annehmen",
    "ignorieren",
    "bestätigen",
    "ablehnen",
    "confirm",
    "decline",
];

/// Lines of the page around the requests, compared in lower case.
const NAVIGATION: &[&str] = &[
    // LinkedIn, English
    "skip to main content",
    "home",
    "my network",
    "jobs",
    "messaging",
    "messages",
    "notifications",
    "me",
    "for business",
    "manage invitations",
    "invitations",
    "received",
    "sent",
    "all",
    "people",
    "newsletters",
    "newsletter",
    "pages",
    "events",
    "groups",
    "manage",
    "see all",
    "show all",
    "see more",
    "show more",
    "show more results",
    "…see more",
    "...see more",
    "…more",
    "more",
    "reply",
    "message",
    "about",
    "accessibility",
    "help center",
    "privacy & terms",
    "ad choices",
    "advertising",
    "business services",
    "get the linkedin app",
    "linkedin",
    "verified",
    "premium",
    "no pending invitations",
    // LinkedIn, German
    "zum hauptinhalt springen",
    "startseite",
    "mein netzwerk",
    "nachrichten",
    "mitteilungen",
    "benachrichtigungen",
    "ich",
    "für unternehmen",
    "einladungen verwalten",
    "einladungen",
    "erhalten",
    "gesendet",
    "alle",
    "personen",
    "seiten",
    "veranstaltungen",
    "gruppen",
    "verwalten",
    "alle anzeigen",
    "mehr anzeigen",
    "weitere ergebnisse anzeigen",
    "…mehr",
    "...mehr",
    "mehr",
    "antworten",
    "nachricht",
    "info",
    "barrierefreiheit",
    "hilfe",
    "kundenservice",
    "datenschutz & nutzungsbedingungen",
    "datenschutz und nutzungsbedingungen",
    "werbeanzeigen",
    "werbung",
    "unternehmenslösungen",
    "linkedin app herunterladen",
    "verifiziert",
    "keine ausstehenden einladungen",
    // XING, German and English
    "zum inhalt springen",
    "xing",
    "netzwerk",
    "kontakte",
    "kontaktanfragen",
    "offene kontaktanfragen",
    "contacts",
    "network",
    "contact requests",
    "open contact requests",
    "inbox",
    "profile",
    "profil",
    "impressum",
    "imprint",
    "datenschutz",
    "privacy",
    "agb",
    "terms and conditions",
    "hilfe & kontakt",
    "help & contact",
    "karriere",
    "careers",
    "news",
    "suche",
    "search",
    "probemitgliedschaft",
    "premium testen",
    "try premium",
];

fn noise_patterns() -> &'static [Regex] {
    static RE: OnceLock<Vec<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        [
            // Tabs with counts: "All (12)", "Invitations (12)", "Erhalten (3)".
            r"^[\p{L} ]{2,40}\s*\(\d+\)$",
            r"^\d+$",
            r"^\d+\s+(notifications?|benachrichtigungen|mitteilungen)(\s+total|\s+insgesamt)?$",
            r"^(linkedin corporation|new work se|xing)\s*©",
            r"©\s*\d{4}",
            r"^(try|premium)\b.*(€|\$|gratis|free|kostenlos|testen)",
            r"^(reply to|antworten an|nachricht an|message)\s+\S",
            r"^(view|profil von)\s.+(profile|anzeigen)$",
            r"^[·•]?\s*(1st|2nd|3rd\+?|[123]\.)(\s+degree connection|\s+grades?)?$",
            r"^(status is|status:)\s",
            r"^page\s+\d+\s+of\s+\d+$",
            r"^seite\s+\d+\s+von\s+\d+$",
            r"^(you have|sie haben)\s+\d+\s",
        ]
        .iter()
        .map(|p| {
            Regex::new(&format!("(?i){p}"))
                .unwrap_or_else(|e| unreachable!("the patterns are fixed: {e}"))
        })
        .collect()
    })
}

/// Whether `line` is page furniture rather than part of a request.
pub(super) fn is_noise(line: &str) -> bool {
    let lower = line.to_lowercase();
    NAVIGATION.contains(&lower.as_str()) || noise_patterns().iter().any(|re| re.is_match(line))
}

/// Whether `line` is one of the buttons that end a request.
pub(super) fn is_button(line: &str) -> bool {
    let lower = line.to_lowercase();
    BUTTONS.contains(&lower.as_str())
}

/// The name in a photo's alternative text ("Anna Becker’s profile picture",
/// „Profilbild von Anna Becker“, "Photo of Anna Becker").
pub(super) fn name_in_photo_text(line: &str) -> Option<&str> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            r"(?i)^(?:(?P<a>.+?)[’']s?\s+(?:profile\s+)?(?:picture|photo)|(?:profilbild|profilfoto|foto|bild|photo)\s+(?:von|of)\s+(?P<b>.+))$",
        )
        .unwrap_or_else(|e| unreachable!("the pattern is fixed: {e}"))
    });
    let c = re.captures(line)?;
    c.name("a")
        .or_else(|| c.name("b"))
        .map(|m| m.as_str().trim())
}

/// The number of mutual connections a line names ("Anna Becker and 3 other mutual
/// connections" = 4, „12 gemeinsame Kontakte“ = 12); `None` when the line says none.
pub(super) fn mutual_connections(line: &str) -> Option<u32> {
    static RE: OnceLock<Vec<(Regex, u32)>> = OnceLock::new();
    let patterns = RE.get_or_init(|| {
        [
            // (pattern, added to the number found; a pattern without a number counts 1 or 2)
            (r"^.+?\s+and\s+(\d+)\s+others?\s+mutual\s+connections?$", 1),
            (
                r"^.+?\s+und\s+(\d+)\s+weitere(n)?\s+gemeinsame(n)?\s+kontakte?$",
                1,
            ),
            (r"^(\d+)\s+(mutual|shared)\s+(connections?|contacts?)$", 0),
            (r"^(\d+)\s+contacts?\s+in\s+common$", 0),
            (r"^(\d+)\s+gemeinsamer?\s+kontakte?$", 0),
            (r"^.+?\s+(and|&)\s+.+?\s+are\s+mutual\s+connections$", 2),
            (r"^.+?\s+und\s+.+?\s+sind\s+gemeinsame\s+kontakte$", 2),
            (r"^.+?\s+is\s+a\s+mutual\s+connection$", 1),
            (r"^.+?\s+ist\s+ein\s+gemeinsamer\s+kontakt$", 1),
        ]
        .iter()
        .map(|(p, add)| {
            (
                Regex::new(&format!("(?i){p}"))
                    .unwrap_or_else(|e| unreachable!("the patterns are fixed: {e}")),
                *add,
            )
        })
        .collect()
    });
    for (re, add) in patterns {
        if let Some(c) = re.captures(line) {
            let n: u32 = c
                .get(1)
                .and_then(|m| m.as_str().parse().ok())
                .unwrap_or_default();
            return Some(n + add);
        }
    }
    None
}

/// Words only XING's page has.
pub(super) fn says_xing(line: &str) -> bool {
    let lower = line.to_lowercase();
    lower == "xing"
        || lower.contains("kontaktanfrage")
        || lower.contains("contact request")
        || lower == "bestätigen"
        || lower == "confirm"
        || lower.contains("xing.com")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutual_connections_are_counted_in_both_languages() {
        assert_eq!(
            mutual_connections("Jonas Weber and 3 other mutual connections"),
            Some(4)
        );
        assert_eq!(mutual_connections("12 mutual connections"), Some(12));
        assert_eq!(mutual_connections("12 gemeinsame Kontakte"), Some(12));
        assert_eq!(mutual_connections("1 gemeinsamer Kontakt"), Some(1));
        assert_eq!(
            mutual_connections("Jonas Weber und 3 weitere gemeinsame Kontakte"),
            Some(4)
        );
        assert_eq!(
            mutual_connections("Marta Lopez is a mutual connection"),
            Some(1)
        );
        assert_eq!(mutual_connections("4 contacts in common"), Some(4));
        assert_eq!(mutual_connections("Head of Sales at Example GmbH"), None);
    }

    #[test]
    fn photo_texts_name_the_person() {
        assert_eq!(
            name_in_photo_text("Anna Becker’s profile picture"),
            Some("Anna Becker")
        );
        assert_eq!(
            name_in_photo_text("Profilbild von Anna Becker"),
            Some("Anna Becker")
        );
        assert_eq!(name_in_photo_text("Anna Becker"), None);
    }
}
