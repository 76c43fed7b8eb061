## Pipeline: Follower und umgeleitete Personen nach Wärme geordnet, mit Schnellaktionen.

pipeline-reading = Der Verlauf wird gelesen …
pipeline-empty = Noch niemand in der Pipeline.
pipeline-empty-hint = Hier landen Personen, die Ihnen folgen, ohne mit Ihnen vernetzt zu sein, und Personen, deren Kontaktanfrage Sie zum Folgen umgeleitet haben.
pipeline-open-triage = Sichten öffnen
pipeline-summary = { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
}, die wärmsten zuerst · { $ready } bereit für die Ansprache
pipeline-threshold = Bereit ab Wärme
pipeline-threshold-tooltip = Wärme: Kommentare zählen 3, geteilte Beiträge 2, Likes 1; der Wert halbiert sich alle 30 Tage
pipeline-keys = Tasten für die ausgewählte Person: L Like · C Kommentar · S geteilt · M Nachricht · K vernetzt · P Profil öffnen · T Ansprache-Vorlage kopieren · ⬆⬇ wechseln · Enter öffnen
pipeline-quick-liked = Beitrag gelikt
pipeline-quick-commented = Kommentiert
pipeline-quick-shared = Geteilt
pipeline-quick-message = Nachricht
pipeline-quick-connected = Als vernetzt markieren
pipeline-quick-open-profile = Profil öffnen
pipeline-quick-copy-template = Ansprache-Vorlage kopieren
pipeline-no-profile = Kein Profil-Link für { $name }.
pipeline-template-copied = Ansprache-Vorlage für { $name } kopiert.
pipeline-no-template = Keine Ansprache-Vorlage gefunden.
pipeline-ready = ★ bereit für die Ansprache
pipeline-why-redirected-following = zum Folgen umgeleitet und folgt Ihnen
pipeline-why-redirected = zum Folgen umgeleitet, folgt noch nicht
pipeline-why-follows = folgt Ihnen, nicht vernetzt
pipeline-warmth-line = Wärme { $score }: { $parts } · { $why }
pipeline-part-comments = { $count ->
    [one] { $count } Kommentar
   *[other] { $count } Kommentare
} ({ $points })
pipeline-part-shares = { $count }-mal geteilt ({ $points })
pipeline-part-likes = { $count ->
    [one] { $count } Like
   *[other] { $count } Likes
} ({ $points })
pipeline-no-engagement = noch keine Interaktion
pipeline-no-interaction = bisher keine Interaktion
pipeline-row-warmth = Wärme { $score }
pipeline-open-contact = Kontakt öffnen

## Die Diagramme der Pipeline.

pipeline-chart-funnel = Trichter
pipeline-stage-requests = Anfragen
pipeline-stage-redirected = umgeleitet
pipeline-stage-following = folgen
pipeline-stage-engaged = interagieren
pipeline-stage-connected = vernetzt
pipeline-stage-opportunity = Verkaufschance
pipeline-not-measurable = noch nicht messbar
pipeline-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
pipeline-funnel-caption = Von der Anfrage zur Vernetzung. Von denen, die vor mindestens 180 Tagen gefolgt sind oder umgeleitet wurden, haben sich { $conversion } innerhalb von 180 Tagen vernetzt (Median { $median }). { $later ->
    [one] { $later } umgeleitete Person hat sich später vernetzt.
   *[other] { $later } umgeleitete Personen haben sich später vernetzt.
} Wenn wenige Follower interagieren, posten Sie mehr Inhalte, die einen Kommentar wert sind.
pipeline-chart-cohorts = Umwandlung nach Kohortenmonat
pipeline-cohorts-entered = neu (gefolgt oder umgeleitet)
pipeline-cohorts-connected = innerhalb von 180 Tagen vernetzt
pipeline-cohorts-caption = Die Neuzugänge jedes Monats in der Pipeline und wie viele davon sich innerhalb von 180 Tagen vernetzt haben. Die letzten Monate füllen sich noch. Sinkende Balken bedeuten, dass aus Followern keine Kontakte mehr werden: Sprechen Sie die wärmsten an.
pipeline-chart-followers = { $platform }: Follower im Zeitverlauf (wöchentlich)
pipeline-followers-line = Follower
pipeline-followers-gained = gewonnen
pipeline-followers-lost = verloren
pipeline-followers-caption = Follower (nicht vernetzt) am Ende jeder Woche; darunter die Zugänge und Abgänge jeder Woche in eigenem Maßstab. { $lost } in zwei Jahren verloren – Follower gehen verloren, ohne dass es jemand sagt; eine Reihe von Verlusten folgt meist auf werbliche Beiträge.
pipeline-chart-time-to-connect = Zeit vom Folgen bis zur Vernetzung
pipeline-bucket = { $from }–{ $to } Tage
pipeline-bucket-open = { $from } Tage und mehr
pipeline-time-to-connect-bars = Personen, die sich vernetzt haben
pipeline-time-to-connect-caption = Wie lange Personen gefolgt sind (oder umgeleitet waren), bevor sie sich vernetzt haben. Die meisten Umwandlungen geschehen innerhalb von Monaten: Haben Sie Geduld mit neuen Followern, und sprechen Sie langjährige an, die interagieren.
