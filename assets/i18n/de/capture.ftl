## Heutige Anfragen erfassen: Einfügen aus der Einladungsseite, Schnelleingabe, die
## Triage-Liste auf der Kommandozeile und Entscheidungen auf LinkedIn oder XING umsetzen.

capture-event-done-on-platform = auf der Plattform erledigt
capture-cmd-capture = { $count ->
    [one] { $count } Anfrage
   *[other] { $count } Anfragen
} erfassen

## Was die Triage vorschlägt.

## Eine Einfügung lesen.
capture-paste-empty = Die Einfügung ist leer.
capture-paste-foreign = Das ist keine Kopie einer Einladungsseite („Einladungen verwalten“ auf LinkedIn oder die Kontaktanfragen auf XING): keine Anfrage gefunden. Nichts wurde gespeichert. Der Anfang: { $start }
capture-paste-unknown-platform = followdesk liest die Einladungsseiten von linkedin und xing, nicht „{ $platform }“.
capture-mutual = { $count ->
    [one] { $count } gemeinsamer Kontakt
   *[other] { $count } gemeinsame Kontakte
}

## Die Kommandozeile.
capture-cli-recognised = { $count ->
    [one] { $count } Anfrage
   *[other] { $count } Anfragen
} auf { $platform } erkannt:
capture-cli-not-understood = { $count ->
    [one] { $count } Zeile
   *[other] { $count } Zeilen
} nicht verstanden:
capture-cli-saved = Gespeichert: { $added } neu, { $existing } schon bekannt ({ $completed } ergänzt).
capture-cli-pending = { $count ->
    [one] { $count } Anfrage wartet
   *[other] { $count } Anfragen warten
} auf eine Entscheidung:

## Hilfe der Befehle.
help-import-paste = Anfragen, kopiert aus der Einladungsseite (alles markieren, kopieren): „Einladungen verwalten“ auf LinkedIn oder die Kontaktanfragen auf XING
help-import-paste-file = Die kopierte Seite als Textdatei; `-` oder nichts liest die Standardeingabe
help-import-paste-platform = Die Plattform der Seite: linkedin oder xing [Standard: die Wörter der Seite sagen es]
help-import-paste-dry-run = Zeigen, was erkannt wurde, ohne etwas zu speichern
help-import-paste-json = Das Ergebnis als JSON ausgeben
help-add = Etwas von Hand hinzufügen
help-add-request = Eine heute (oder am --at) erhaltene Kontaktanfrage, eingetippt
help-add-request-platform = Die Plattform: linkedin oder xing
help-add-request-name = Der Name der Person, wie die Plattform ihn zeigt
help-add-request-url = Der Link zu ihrem Profil
help-add-request-headline = Die Zeile unter dem Namen (Position und Firma)
help-add-request-message = Die Nachricht, die mit der Anfrage kam
help-add-request-at = Der Tag, an dem sie kam (JJJJ-MM-TT) [Standard: heute]
help-triage = Die Anfragen, die auf eine Entscheidung warten
help-triage-list = Die offenen Anfragen, neueste zuerst, mit Urteil, Vorschlag und Herkunft
help-triage-list-json = JSON statt einer Liste ausgeben

## Triage: Einfügen und Schnelleingabe.
capture-new-request = Neue Anfrage
capture-paste-hint = Heutige Anfragen erfassen: auf LinkedIn unter „Einladungen verwalten“ oder in den XING-Kontaktanfragen alles markieren (Strg+A), kopieren und hier Strg+V drücken.
capture-preview-title = Eingefügte Anfragen
capture-preview-recognised = { $count ->
    [one] { $count } Anfrage
   *[other] { $count } Anfragen
} auf { $platform } erkannt:
capture-preview-not-understood = { $count ->
    [one] { $count } Zeile
   *[other] { $count } Zeilen
} nicht verstanden (weggelassen):
capture-preview-save = { $count ->
    [one] { $count } Anfrage
   *[other] { $count } Anfragen
} speichern
capture-cancel = Abbrechen
capture-form-platform = Plattform
capture-form-name = Name
capture-form-url = Profil-Link
capture-form-headline = Überschrift
capture-form-date = Erhalten am
capture-form-note = Nachricht
capture-form-save = Anfrage speichern
capture-form-verdict = Urteil: { $verdict } — Vorschlag: { $proposal }
capture-form-name-missing = Der Name fehlt.
capture-form-bad-date = „{ $value }“ ist kein Datum: bitte als JJJJ-MM-TT schreiben.

## Entscheidungen auf der Plattform umsetzen.
capture-todo-title = Auf LinkedIn/XING zu erledigen ({ $count })
capture-todo-accept = auf { $platform } annehmen
capture-todo-decline = auf { $platform } ablehnen
capture-todo-redirect = auf { $platform } die Folgen-Antwort senden
capture-open-on = Auf { $platform } öffnen
capture-done-on = Auf { $platform } erledigt
capture-no-link = Kein Profil-Link bekannt: die Person auf der Plattform suchen.
capture-open-failed = { $url } ließ sich nicht öffnen: { $error }
capture-replies-title = Antwort { $at } von { $count }: { $name }
capture-replies-text = Antwort
capture-replies-next = Weiter
capture-replies-stop = Beenden
