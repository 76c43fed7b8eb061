## Sichtbarkeit: wer meine Beiträge auf jeder Plattform sieht, und warum.

visibility-intro = Ist Ihr Netzwerk tot, oder werden Sie ausgeblendet? Wer Ihre Beiträge auf jeder Plattform sehen kann, und warum.
visibility-reading = Ihr Verlauf wird gelesen …
visibility-platform = Plattform
visibility-params-n = Blendet Sie wahrscheinlich aus (eine Schätzung) heißt: still seit N =
visibility-params-n-tooltip = N: Tage ohne Like, Kommentar oder Teilen von dieser Vernetzung
visibility-params-k = während Sie mindestens K =
visibility-params-k-tooltip = K: Ihre Beiträge auf dieser Plattform innerhalb dieser N Tage
visibility-params-end = dort gepostet haben. Plattformen sagen Ihnen nie, wer Sie ausblendet.
visibility-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
visibility-posts = { $count ->
    [one] { $count } Beitrag
   *[other] { $count } Beiträge
}
visibility-verdict-empty = { $platform }: noch niemand hier – keine Vernetzungen, Follower oder Anfragen.
visibility-verdict-silent = { $platform }: still, weil Sie es sind. Keine Beiträge in den letzten { $days } Tagen, also konnte niemand reagieren.
visibility-verdict-hidden = { $platform }: nicht tot, sondern ausgeblendet. { $hidden } von { $connections ->
    [one] { $connections } Vernetzung
   *[other] { $connections } Vernetzungen
} { $hidden ->
    [one] blendet
   *[other] blenden
} Ihre Beiträge wahrscheinlich aus (Schätzung); { $engaged ->
    [one] { $engaged } hat
   *[other] { $engaged } haben
} in den letzten { $days } Tagen interagiert.
visibility-verdict-alive = { $platform }: lebendig. { $engaged } von { $connections ->
    [one] { $connections } Vernetzung
   *[other] { $connections } Vernetzungen
} { $engaged ->
    [one] hat
   *[other] haben
} in den letzten { $days } Tagen interagiert; { $hidden ->
    [one] { $hidden } blendet
   *[other] { $hidden } blenden
} Ihre Beiträge wahrscheinlich aus (Schätzung).
visibility-verdict-quiet = { $platform }: ruhig. In den letzten { $days } Tagen hat niemand interagiert, aber { $posts ->
    [one] { $posts } Beitrag ist
   *[other] { $posts } Beiträge sind
} zu wenig, um zu erkennen, wer Sie ausblendet.
visibility-unseen-followers = { $count ->
    [one] { $count } Follower sieht
   *[other] { $count } Follower sehen
} Ihre Beiträge nicht: Auf { $platform } sehen Follower keine Beiträge, nur Vernetzungen.
visibility-promotional-warning = ⚠ Auf { $platform } waren { $share } Ihrer Beiträge der letzten { $days } Tage werblich oder automatische Profil-Updates.
visibility-promotional-explain = Werbliche Beiträge und Profil-Updates bringen Menschen dazu, Sie auszublenden. Dann reagiert niemand, und es sieht aus, als wäre das Netzwerk tot. Posten Sie stattdessen, was für Ihre Leserinnen und Leser relevant ist.
visibility-connections-only-warning = ⚠ Auf { $platform } { $count ->
    [one] war { $count }
   *[other] waren { $count }
} { $total ->
    [one] Ihres einen Beitrags
   *[other] Ihrer { $total } Beiträge
} der letzten { $days } Tage nur für Kontakte: { $followers ->
    [one] Ihr Follower, der kein Kontakt ist, hat
   *[other] Ihre { $followers } Follower, die keine Kontakte sind, haben
} { $count ->
    [one] ihn
   *[other] sie
} nicht gesehen.
visibility-connections-only-explain = Follower sehen nur Beiträge für alle. Wenn Sie Menschen bitten, Ihnen zu folgen statt sich zu vernetzen, posten Sie für alle, sonst sehen diese Sie nie.
visibility-empty = Noch nichts zu zeigen: keine Beiträge und keine Kontakte.
visibility-empty-hint = Erfassen Sie unten Ihre Beiträge, sobald Sie sie veröffentlichen, und importieren Sie Ihren LinkedIn-Export oder XING-vCards: Dann zeigt diese Seite, wer Ihre Beiträge sieht und wer sie wahrscheinlich ausblendet.
visibility-import = Kontakte importieren …

## Wie sich die Plattformen unterscheiden.

visibility-rules-title = Wie sich die Plattformen unterscheiden
visibility-yes = ja
visibility-no = nein
visibility-rule-follow = Einer Person folgen, ohne sich zu vernetzen
visibility-rule-followers-see = Follower sehen Ihre Beiträge
visibility-rule-connections-see = Vernetzungen sehen Ihre Beiträge
visibility-rule-silent-hide = Eine Vernetzung kann Sie unbemerkt ausblenden
visibility-rule-new-followers = Sie sehen Ihre neuen Follower
visibility-rule-export = Export der Vernetzungen
visibility-myths-title = Zwei Irrtümer
visibility-myth-followers = „Follower kann man nicht verlieren.“ – Doch, und niemand sagt es Ihnen. Vernetzungen können Ihre Beiträge dauerhaft ausblenden.
visibility-myth-linkedin = „Auf LinkedIn muss man vernetzt sein, um jemandes Beiträge zu sehen.“ – Nein: Jeder kann Ihnen folgen. Beantworten Sie eine vage Anfrage mit „Folgen Sie mir stattdessen“.

## Die Zielgruppen-Segmente.

visibility-segment-engaged = Interagiert
visibility-segment-hidden = Wahrscheinlich ausgeblendet
visibility-segment-quiet = Ruhig, noch zu früh für ein Urteil
visibility-segment-followers-visible = Follower, die Ihre Beiträge sehen
visibility-segment-followers-not-visible = Follower, die Ihre Beiträge nicht sehen
visibility-segment-pending = Offen, folgen noch nicht
visibility-estimate = { $segment } (Schätzung)
visibility-meaning-engaged = Vernetzungen, die in den letzten N Tagen geliked, kommentiert oder geteilt haben: Sie sehen Ihre Beiträge auf { $platform }.
visibility-meaning-hidden = Eine Schätzung: Vernetzungen, die N Tage still waren, während Sie mindestens K Beiträge gepostet haben. { $platform } sagt es Ihnen nicht; schreiben Sie denen, auf die es ankommt.
visibility-meaning-quiet = Vernetzungen, die noch nicht reagieren – aber zu kurz vernetzt, oder Sie haben zu wenig gepostet, um das zu beurteilen.
visibility-meaning-followers-visible = Folgen Ihnen, ohne vernetzt zu sein; auf { $platform } sehen Follower Ihre Beiträge.
visibility-meaning-followers-not-visible = Folgen Ihnen, ohne vernetzt zu sein, aber auf { $platform } sehen Follower Ihre Beiträge nicht – nur Vernetzungen.
visibility-meaning-pending = Offene Anfragen und Personen, die Sie zum Folgen umgeleitet haben, die aber noch nicht folgen: Sie sehen Ihre Beiträge noch nicht.
visibility-people-on = Personen auf { $platform }
visibility-segment-nobody = Niemand in dieser Gruppe.
visibility-contact-number = Kontakt #{ $id }
visibility-open-contact = Kontakt öffnen

## Die Diagramme.

visibility-month = { $month ->
    [1] Jan
    [2] Feb
    [3] Mär
    [4] Apr
    [5] Mai
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Okt
    [11] Nov
   *[12] Dez
} { $year }
visibility-percent = { $value } %
visibility-chart-audience = Wer Ihre Beiträge sieht
visibility-audience-bar = { $platform }: { $segment } – { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
}
visibility-axis-people = Personen
visibility-audience-caption = Ein Balken pro Plattform: grün kürzlich interagiert, orange blendet Sie wahrscheinlich aus (eine Schätzung). Ein großer oranger Anteil heißt ausgeblendet, nicht tot: Posten Sie relevante Inhalte und schreiben Sie diesen Personen direkt. Für genaue Zahlen mit der Maus darüberfahren.
visibility-chart-mix = Was Sie auf { $platform } posten
visibility-mix-none = Hier sind noch keine Beiträge erfasst. Erfassen Sie unten Ihre Beiträge, um die Mischung zu sehen.
visibility-mix-bar = { $month }: { $kind } { $share } ({ $count } von { $total ->
    [one] { $total } Beitrag
   *[other] { $total } Beiträgen
})
visibility-mix-caption = Die Beiträge jedes Monats nach Art. Orange und Grau (werblich, automatische Profil-Updates) bringen Menschen dazu, Sie auszublenden: Halten Sie die meisten Beiträge relevant für Ihre Leserinnen und Leser.
visibility-chart-rate = Interaktionsrate auf { $platform }
visibility-rate-none = Hier gibt es noch keine Beiträge oder importierten Analysedaten.
visibility-rate-logged = Aus Ihren erfassten Beiträgen
visibility-rate-imported = Aus importierten Analysedaten
visibility-rate-caption = Reaktionen, Kommentare und Teilen als Anteil der Impressionen (der Follower, wo Impressionen unbekannt sind), pro Monat. Sinkt sie, obwohl Sie gleich oft posten, sehen Sie weniger Menschen: Ändern Sie, was Sie posten, nicht wie oft.

## Einen Beitrag erfassen.

visibility-post-title = Neuer Beitrag
visibility-post-platform = Plattform:
visibility-post-kind = Art:
visibility-post-audience = Für:
visibility-post-audience-tooltip = Wer den Beitrag sehen konnte. Auf LinkedIn sehen Follower, die keine Kontakte sind, einen Beitrag nur für Kontakte nicht.
visibility-audience-anyone = Alle
visibility-audience-connections = Nur Kontakte
visibility-kind-relevant = Relevant
visibility-kind-promotional = Werblich
visibility-kind-profile-update = Profil-Update
visibility-post-date = Datum
visibility-post-date-hint = z. B. 31.03.2026
visibility-post-link = Link
visibility-post-reactions = Reaktionen
visibility-post-comments = Kommentare
visibility-post-shares = Geteilt
visibility-post-impressions = Impressionen
visibility-post-optional = optional
visibility-post-log = Beitrag erfassen
visibility-post-hint = Tab wechselt zwischen den Feldern, Enter erfasst den Beitrag. Kennzeichnen Sie werbliche Beiträge und automatische Profil-Updates ehrlich: Sie erklären, wer Sie ausblendet.
visibility-post-logged = { $kind ->
    [promotional] Werblichen Beitrag
    [profile_update] Profil-Update
   *[relevant] Relevanten Beitrag
} auf { $platform } vom { $date } erfasst.
visibility-post-bad-date = Das Datum ist ungültig: „{ $value }“. Schreiben Sie es wie { $example }.
visibility-post-bad-link = Der Link muss mit https:// beginnen (oder leer bleiben).
visibility-post-bad-impressions = Impressionen müssen eine ganze Zahl sein, oder leer, wenn unbekannt (nicht „{ $value }“).

## Meine Beiträge auf der gewählten Plattform, mit ihrer Art zum Korrigieren.
visibility-posts-title = Ihre Beiträge auf { $platform } ({ $count })
visibility-posts-hint = Die neuesten zuerst. Aus der Shares.csv importierte Beiträge zählen als relevant, bis Sie sie hier anders kennzeichnen; werbliche Beiträge und Profil-Updates erhöhen den Anteil, der Menschen dazu bringt, Sie auszublenden.
visibility-posts-empty = Noch keine Beiträge auf { $platform }. Erfassen Sie sie unten; LinkedIn-Beiträge lassen sich auch aus der Shares.csv Ihrer LinkedIn-Datenkopie importieren.
visibility-posts-failed = Ihre Beiträge konnten nicht gelesen werden: { $error }
visibility-posts-imported = importiert
visibility-posts-by-hand = von Hand erfasst
visibility-posts-connections-only = { $source }, nur Kontakte
visibility-posts-no-text = (kein Text und kein Link)
visibility-posts-delete = Löschen
visibility-posts-delete-tooltip = Diesen Beitrag aus followdesk löschen (Strg+Z holt ihn zurück). Ein importierter Beitrag kommt wieder, wenn Sie dieselbe Datenkopie erneut importieren.
visibility-posts-delete-named = Beitrag vom { $date } löschen: { $what }
