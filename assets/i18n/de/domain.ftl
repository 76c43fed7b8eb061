## Domänenbegriffe: Beziehungsstände, Ereignisarten und die Beschreibungen von Änderungen
## (in der Statuszeile als „Erledigt: …“, „Rückgängig: …“ und „Nicht möglich (…): …“,
## daher jeweils eine Wortgruppe mit dem Verb am Ende).

## Der Beziehungsfilter der Kontakttabelle.
domain-filter-connected = vernetzt
domain-filter-follower = Follower, nicht vernetzt
domain-filter-pending-incoming = offene Anfrage an mich
domain-filter-pending-outgoing = meine offene Anfrage
domain-filter-redirected = zum Folgen umgeleitet

## Eine Beziehung auf einen Blick, wie die Tabellen sie zeigen.
domain-state-connected = vernetzt
domain-state-request-in = Anfrage an mich
domain-state-request-out = meine Anfrage
domain-state-follower = Follower
domain-state-redirected = umgeleitet
domain-state-removed = entfernt

## Was geschah, im Verlauf und in der Ereignisauswahl.
domain-event-request-received = Kontaktanfrage erhalten
domain-event-request-sent = Kontaktanfrage gesendet
domain-event-request-accepted = Kontaktanfrage angenommen
domain-event-request-declined = Kontaktanfrage abgelehnt
domain-event-redirected-to-follow = zum Folgen umgeleitet
domain-event-decision-deferred = Entscheidung verschoben
domain-event-started-following = folgt Ihnen jetzt
domain-event-stopped-following = folgt Ihnen nicht mehr
domain-event-i-followed = Sie folgen jetzt
domain-event-i-unfollowed = Sie folgen nicht mehr
domain-event-connected = vernetzt
domain-event-disconnected = Vernetzung beendet
domain-event-i-hid = Beiträge ausgeblendet
domain-event-liked = hat auf einen Beitrag reagiert
domain-event-commented = hat einen Beitrag kommentiert
domain-event-shared = hat einen Beitrag geteilt
domain-event-message = Nachricht
domain-event-meeting = Treffen
domain-event-opportunity = Verkaufschance

## Änderungen, für „Erledigt: …“, „Rückgängig: …“ und „Nicht möglich (…)“.
domain-cmd-create-contact = Kontakt „{ $name }“ anlegen
domain-cmd-update-contact = „{ $name }“ bearbeiten
domain-cmd-set-profile = Profil auf { $platform } festlegen
domain-cmd-trash-contact = Kontakt löschen
domain-cmd-restore-contact = Kontakt wiederherstellen
domain-cmd-log-event = Ereignis „{ $kind }“ erfassen
domain-cmd-log-events = { $count ->
    [one] { $count } Ereignis
   *[other] { $count } Ereignisse
} erfassen
domain-cmd-retract-events = { $count ->
    [one] { $count } Ereignis
   *[other] { $count } Ereignisse
} zurücknehmen
domain-cmd-add-tag = Schlagwort „{ $name }“ hinzufügen
domain-cmd-remove-tag = Schlagwort „{ $name }“ entfernen
domain-cmd-rename-tag = Schlagwort in „{ $name }“ umbenennen
domain-cmd-recolor-tag = Farbe des Schlagworts ändern
domain-cmd-merge-contacts = Kontakte zusammenführen
domain-cmd-add-post = Beitrag erfassen
domain-cmd-delete-post = Beitrag löschen
domain-cmd-restore-post = Beitrag wiederherstellen
domain-cmd-set-post-kind = Beitrag als { $kind ->
    [promotional] werblich
    [profile_update] Profil-Update
   *[relevant] relevant
} markieren
domain-cmd-set-template = Antwortvorlage „{ $name }“ bearbeiten
domain-cmd-set-setting = { $key ->
    [my_name] Ihren Namen für die Antworten speichern
    [my_profile] Ihren Profil-Link für die Antworten speichern
   *[other] eine Einstellung ändern
}
# Dieselbe Änderung mehrmals auf einmal.
domain-cmd-repeated = { $label } ×{ $count }
