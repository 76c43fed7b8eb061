## Sichten: offene Kontaktanfragen an mich, jede mit einer Taste entschieden.

triage-decision-accept = Annehmen
triage-decision-redirect = Zum Folgen umleiten
triage-decision-decline = Ablehnen
triage-decision-later = Später
triage-read-failed = Die Anfragen konnten nicht gelesen werden: { $error }
triage-empty = Keine Anfragen offen.
triage-empty-hint = Neue Kontaktanfragen kommen mit jedem LinkedIn-Export, den Sie importieren.
triage-import = Export importieren …
triage-waiting = { $count ->
    [one] { $count } Anfrage wartet.
   *[other] { $count } Anfragen warten.
} Tasten: A annehmen · F zum Folgen umleiten · D ablehnen · L später · C Antwort kopieren · ⬆⬇ wechseln · { $undo } rückgängig
triage-redirect-all = { $count ->
    [one] Die { $count } unspezifische Anfrage umleiten …
   *[other] Alle { $count } unspezifischen Anfragen umleiten …
}
triage-redirect-all-tooltip = Listet sie zuerst auf und fragt, bevor etwas geschieht
triage-bulk-title = Zum Folgen umleiten?
triage-bulk-text = { $count ->
    [one] Diese Anfrage wirkt unspezifisch. Sie wird „zum Folgen umgeleitet“ und erhält das Schlagwort { $tag }; Rückgängig nimmt das zurück.
   *[other] Diese { $count } Anfragen wirken unspezifisch. Jede wird „zum Folgen umgeleitet“ und erhält das Schlagwort { $tag }; Rückgängig nimmt alle zurück.
}
triage-bulk-confirm = { $count ->
    [one] { $count } Anfrage umleiten
   *[other] { $count } Anfragen umleiten
}
triage-cancel = Abbrechen
triage-no-message = (keine Nachricht)
triage-queue-later = später
triage-verdict-specific = konkret
triage-verdict-unspecific = unspezifisch
triage-verdict-unclear = unklar
triage-proposal-specific = Vorschlag: annehmen – die Anfrage nennt einen konkreten Anlass.
triage-proposal-unspecific = Vorschlag: zum Folgen umleiten – noch nichts Konkretes; die Person kann Ihren Beiträgen folgen.
triage-proposal-unclear = Kein Vorschlag: Lesen Sie die Anfrage und entscheiden Sie. Im Zweifel keinen möglichen Kunden umleiten.
triage-position-at = { $position } bei { $company }
triage-open-contact = Kontakt öffnen

## Die Antwort, die nach dem Umleiten angeboten wird.

triage-reply-to = Antwort an { $name }
triage-reply-copied = Antwort an { $name } kopiert.
triage-no-follow-notice = Auf { $platform } kann man Ihnen nicht folgen, ohne sich zu vernetzen. Die Antwort bietet stattdessen an, Ihnen auf einer anderen Plattform zu folgen.
triage-reply-language = Schreiben auf:
triage-reply-lang-en = Englisch
triage-reply-lang-de-sie = Deutsch (Sie)
triage-reply-lang-de-du = Deutsch (du)
triage-reply-from-template = aus der Vorlage { $template }
triage-copy-reply = Antwort kopieren
triage-copy-reply-tooltip = Die Antwort in die Zwischenablage kopieren

## Der Editor für Antwortvorlagen.

templates-open = Antwortvorlagen bearbeiten …
templates-close = Vorlagen schließen
templates-title = Antwortvorlagen
templates-your-name = Ihr Name
templates-save-name = Name speichern
templates-pick = Wählen Sie eine Vorlage aus, um sie zu bearbeiten.
templates-text-of = Text von { $name }
templates-placeholders = Platzhalter: { $list }
templates-save = Vorlage speichern
templates-reset = Auf Standard zurücksetzen
