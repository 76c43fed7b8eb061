## Die Kontaktseite: Angaben, Schlagwörter, Plattformen, Ereignis erfassen, Verlauf, Zusammenführen und Löschen.

page-gone = Den Kontakt { $id } gibt es nicht mehr.
page-back = ⏴ Zurück
page-back-tooltip = Zurück zur Liste
page-in-trash = im Papierkorb
page-not-saved = Nicht gespeichert: { $error }.
page-cancel = Abbrechen

page-details = Angaben
page-first-name = Vorname
page-last-name = Nachname
page-company = Unternehmen
page-position = Position
page-email = E-Mail
page-phone = Telefon
page-notes = Notizen
page-save = Änderungen speichern
page-save-tooltip = Die Angaben speichern
page-discard = Änderungen verwerfen

page-tags = Schlagwörter
page-no-tags = Noch keine Schlagwörter.
page-tag-edit-tooltip = Klicken, um dieses Schlagwort umzubenennen oder umzufärben
page-remove-tag = Schlagwort { $name } entfernen
page-new-tag = Neues Schlagwort
page-add-tag = Schlagwort hinzufügen
page-tag-name = Name des Schlagworts
page-tag-colour = Farbe
page-tag-apply = Für das Schlagwort übernehmen
page-tag-rename-hint = Das Umbenennen ändert das Schlagwort bei jedem Kontakt, der es trägt.

page-platforms = Plattformen
page-follows-me = folgt mir
page-redirected = zum Folgen umgeleitet
page-no-history = kein Verlauf
page-profile-url = Profil-URL auf { $platform }
page-save-url = URL speichern
page-open-profile = Profil öffnen
page-open-profile-tooltip = Öffnet das Profil in Ihrem Browser (nur https)

page-log-heading = Ein Ereignis erfassen
page-log-kind = Ereignis
page-log-platform = auf
page-log-date = Datum
page-log-date-tooltip = TT.MM.JJJJ oder TT.MM.JJJJ HH:MM (auch JJJJ-MM-TT)
page-log-note = Notiz
page-log-event = Ereignis erfassen
page-not-logged = Ereignis nicht erfasst: { $error }.

# Ereignisarten, wie Verlauf und Auswahl sie nennen: „LinkedIn: hat auf einen Beitrag reagiert“.

page-history = Verlauf ({ $count ->
    [one] { $count } Ereignis
   *[other] { $count } Ereignisse
})
page-nothing-recorded = Noch nichts erfasst.

page-merge-or-delete = Zusammenführen oder löschen
page-merge-with = Zusammenführen mit
page-merge-hint = anderen Kontakt suchen
page-duplicates = Mögliche Dubletten (gleicher Name):
page-merge-candidate = { $name } mit diesem Kontakt zusammenführen
page-restore = Aus dem Papierkorb wiederherstellen
page-delete = Kontakt löschen
page-delete-tooltip = Verschiebt den Kontakt in den Papierkorb; rückgängig mit { $keys }
page-merge-title = Kontakte zusammenführen?
page-merge-explain = { $name } (#{ $id }) wird mit { $keep } zusammengeführt: Verlauf, Profile und Schlagwörter kommen hierher, leere Felder werden daraus gefüllt, Notizen werden zusammengefügt, und der Kontakt wandert in den Papierkorb.
page-merge = Zusammenführen
