# cli (de)
## Die Ausgaben der Befehlszeile in Worten. JSON-Ausgaben (--json, classify) sind ein
## Maschinenformat und bleiben englisch. Die --help-Texte stehen in cli_help.ftl.

cli-no-gui = Dieser Build hat keine Desktop-App (ohne das Feature `gui` gebaut); führen Sie einen Unterbefehl aus (siehe --help) oder bauen Sie mit den Standard-Features neu
cli-error-no-home = Kein Benutzerverzeichnis für die Datenbank gefunden; geben Sie --db PFAD an
cli-unknown = unbekannt

## demo, backup, restore, export
cli-demo-written = Demodaten in { $path } geschrieben: { $contacts ->
    [one] { $contacts } Kontakt
   *[other] { $contacts } Kontakte
}, { $events ->
    [one] { $events } Ereignis
   *[other] { $events } Ereignisse
}, { $posts ->
    [one] { $posts } Beitrag
   *[other] { $posts } Beiträge
} in { $seconds } s.
cli-demo-next = Mit `followdesk report summary` sehen Sie, was darin steht; `followdesk` öffnet die App.
cli-backup-written = Sicherung geschrieben nach { $path }
cli-restore-needs-yes = Das Wiederherstellen ersetzt alles in { $path } durch { $backup }; führen Sie den Befehl mit --yes erneut aus, um es zu tun (eine Kopie der aktuellen Daten bleibt im Ordner der Sicherungen)
cli-restored = { $path } aus { $backup } wiederhergestellt. Die ersetzten Daten liegen in { $kept }.
cli-exported = { $count ->
    [one] { $count } Kontakt
   *[other] { $count } Kontakte
} nach { $path } exportiert.

## import
cli-import-done = { $kind } importiert in { $seconds } s (Protokolleintrag { $journal }):
cli-import-read = gelesen: { $files }
cli-import-counts = { $unit ->
    [days] Tage
    [requests] Anfragen
   *[contacts] Kontakte
}: { $added } neu, { $updated } aktualisiert, { $unchanged } unverändert
cli-import-other-mails = andere E-Mails: { $count } nicht angerührt
cli-import-events = Ereignisse: { $added } neu, { $existing } schon im Verlauf
cli-import-posts = Beiträge: { $added } neu{ $updated ->
        [0] {""}
       *[other] , { $updated } mit neuer Zielgruppe
    }, { $existing } schon gespeichert
cli-import-skipped = ausgelassen: { $count ->
    [one] { $count } Zeile
   *[other] { $count } Zeilen
}
cli-import-warnings = Warnungen: { $count }

## report summary
cli-summary-title = { $count ->
    [one] { $count } Kontakt
   *[other] { $count } Kontakte
} in { $path }
cli-summary-connections = Vernetzungen
cli-summary-connections-meaning = jetzt mit mir vernetzt
cli-summary-followers = Follower
cli-summary-followers-meaning = folgen mir, nicht vernetzt
cli-summary-pending-incoming = offene Anfragen an mich
cli-summary-pending-incoming-meaning = ihre Anfrage wartet auf meine Entscheidung
cli-summary-pending-outgoing = meine offenen Anfragen
cli-summary-pending-outgoing-meaning = meine Anfrage wartet auf ihre Antwort
cli-summary-redirected = umgeleitet
cli-summary-redirected-meaning = stattdessen zum Folgen eingeladen, seitdem nicht vernetzt
cli-summary-empty = Die Datenbank ist leer. Probieren Sie `followdesk demo` für Beispieldaten, oder öffnen Sie die App mit `followdesk`.

## report followers
cli-followers-line = { $platform }: { $total } Follower; { $new } neue in { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
} ({ $first } bis { $last })
cli-followers-none = { $platform }: keine Follower-Entwicklung importiert

## report funnel
cli-funnel-title = Follower-Trichter am { $date } (Personen, die die Stufe je erreicht haben)
cli-funnel-all = alle
cli-funnel-requests = Anfragen erhalten
cli-funnel-redirected = zum Folgen umgeleitet
cli-funnel-following = folgen
cli-funnel-engaged = interagieren
cli-funnel-connected = vernetzt
cli-funnel-opportunity = Verkaufschance
cli-funnel-lost = verlorene Follower
cli-funnel-conversion = Umwandlung in 180 Tagen
cli-funnel-median-days = Median Tage bis Vernetzung
cli-funnel-redirects-followed = Umleitungen: folgen
cli-funnel-redirects-connected = Umleitungen: vernetzt
cli-funnel-redirects-nothing = Umleitungen: noch nichts
cli-funnel-redirects-all = Umleitungen insgesamt
cli-cohorts-title = Kohorten: im Monat in die Pipeline gekommen (gefolgt oder umgeleitet), vernetzt innerhalb von …
cli-cohorts-month = Monat
cli-cohorts-platform = Plattform
cli-cohorts-entered = neu
cli-cohorts-within = { $days } Tage

## report pipeline
cli-pipeline-title = Ansprache-Liste am { $date }: Follower, die nicht vernetzt sind, und umgeleitete Personen, die wärmsten zuerst
cli-pipeline-weights = (Wärme: Kommentar { $comment }, Teilen { $share }, Gefällt mir { $like }, Halbierung alle { $days } Tage; bereit ab { $threshold })
cli-pipeline-name = Name
cli-pipeline-platform = Plattform
cli-pipeline-warmth = Wärme
cli-pipeline-parts = n=Punkte: Kommentar Teilen Gefällt
cli-pipeline-last = zuletzt
cli-pipeline-ready = bereit
cli-pipeline-why = warum
cli-pipeline-yes = ja
cli-pipeline-why-redirected-follows = umgeleitet, folgt
cli-pipeline-why-redirected = umgeleitet, folgt noch nicht
cli-pipeline-why-follows = folgt, nicht vernetzt
cli-pipeline-empty = Niemand folgt, ohne vernetzt zu sein, und niemand wurde umgeleitet.

## report visibility
cli-visibility-title = Wer meine Beiträge sieht, am { $date } (Zeitraum: die letzten { $days } Tage)
cli-visibility-engaged = vernetzt, interagieren
cli-visibility-hidden = blenden mich wohl aus (Schätzung)
cli-visibility-quiet = vernetzt, still
cli-visibility-followers-visible = Follower, die Beiträge sehen
cli-visibility-followers-not-visible = Follower, die sie nicht sehen
cli-visibility-pending = offen / umgeleitet
cli-visibility-posts = meine Beiträge im Zeitraum
cli-visibility-promotional = werblicher Anteil
cli-visibility-connections-only = meine Beiträge nur für Kontakte
cli-visibility-estimate-note = „Blenden mich wohl aus“ ist eine Schätzung: vernetzt, aber { $days } Tage lang kein Gefällt mir, Kommentar oder Teilen, während ich dort mindestens { $posts ->
    [one] einen Beitrag
   *[other] { $posts } Beiträge
} veröffentlicht habe.
cli-visibility-promotional-warning = Warnung: Auf { $platform } waren { $share } der Beiträge der letzten { $days } Tage werblich oder Profil-Updates (über { $limit }). Was für sie nicht relevant ist, blenden die Leute aus.
