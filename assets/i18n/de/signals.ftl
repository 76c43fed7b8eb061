## Signale, die sich lohnen, Erinnerungen zum Nachfassen und Jobwechsel.

## Ereignisarten dieses Bereichs, in der Chronik.
signals-event-job-changed = hat den Job gewechselt
signals-event-message-sent = ich habe geschrieben
signals-event-signal-dismissed = Signal verworfen
signals-event-reminder-set = Erinnerung gesetzt
signals-event-reminder-closed = Erinnerung abgeschlossen

## Ein Job, wie die Begründungen ihn schreiben.
signals-job-at = { $position } bei { $company }
signals-job-unknown = kein Job bekannt

## Worum es bei einem Signal geht.
signals-kind-follow-up-due = nachfassen
signals-kind-promotion = befördert
signals-kind-job-change = neuer Job
signals-kind-engagement-jump = reagiert mehr
signals-kind-redirect-not-followed = Umleitung nicht gefolgt
signals-kind-no-touch = lange still

## Warum, in Worten.
signals-reason-promotion = befördert: von { $from } zu { $to } bei { $company }
signals-reason-job-change = Job gewechselt: von { $from } zu { $to }
signals-reason-engagement = { $recent } Reaktionen in den letzten 14 Tagen – sonst { $usual } in 14 Tagen
signals-reason-engagement-new = { $recent } Reaktionen in den letzten 14 Tagen – sonst keine
signals-reason-redirect = vor { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
} zum Folgen eingeladen, aber nie gefolgt
signals-reason-no-touch = vernetzt, und seit { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
} kein Kontakt
signals-reason-follow-up = Ihre Nachricht ist seit { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
} unbeantwortet

## Die Kommandozeile: report signals | reminders.
signals-cli-title = Signale zum { $date }: { $count ->
    [one] { $count } Person, bei der sich eine Nachricht lohnt
   *[other] { $count } Personen, bei denen sich eine Nachricht lohnt
}
signals-cli-name = Name
signals-cli-platform = Plattform
signals-cli-kind = Signal
signals-cli-since = seit
signals-cli-reason = warum
signals-cli-reminders-title = { $count ->
    [one] { $count } Erinnerung
   *[other] { $count } Erinnerungen
}
signals-cli-due = fällig
signals-cli-note = Notiz
signals-cli-done = { $date } erledigt
signals-cli-dismissed = { $date } verworfen
signals-cli-due-now = { $date } fällig
help-report-signals = Signale, die sich lohnen: Jobwechsel, unbeantwortete Nachrichten, Reaktionen, Funkstille
help-report-signals-json = { help-report-summary-json }
help-report-signals-as-of = { help-report-funnel-as-of }
help-report-reminders = Erinnerungen zum Nachfassen: die offenen, die nächste zuerst
help-report-reminders-json = { help-report-summary-json }
help-report-reminders-all = Auch erledigte und verworfene Erinnerungen zeigen

## Heute, Pipeline und die Kontaktseite.
signals-event-reminder-text = fällig am { $date }: { $note }
signals-reminders-due = { $count ->
    [one] { $count } Erinnerung fällig
   *[other] { $count } Erinnerungen fällig
}
signals-reminder-overdue = seit { $date }
signals-reminder-today = heute
signals-reminder-done = Erledigt
signals-reminder-dismiss = Erinnerung verwerfen
signals-worth-a-message = Jetzt eine Nachricht wert: { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
}
signals-none = Gerade niemand: keine Jobwechsel, unbeantworteten Nachrichten, Reaktionssprünge oder Funkstille.
signals-more-in-pipeline = Alle Signale in der Pipeline
signals-act-write = Schreiben
signals-act-follow-up = Nachfassen
signals-dismiss = Signal verwerfen
signals-open-contact = { $name } öffnen
signals-template-copied = Die Nachricht an { $name } liegt in der Zwischenablage; das Senden ist erfasst.
signals-remind-me = Erinnere mich:
signals-remind-note-hint = Notiz (optional)
signals-remind-in-3-days = in 3 Tagen
signals-remind-next-week = nächste Woche
signals-remind-on = oder am
signals-remind-set = An diesem Tag erinnern
signals-remind-bad-date = „{ $value }“ ist kein Datum: bitte als YYYY-MM-DD schreiben.

## Die Diagramme der Pipeline: Kennzahlen, Achsen und was Wärme ist.
charts-kpi-funnel = { $share } innerhalb von 180 Tagen vernetzt · Median { $median }
charts-kpi-funnel-none = Umwandlung innerhalb von 180 Tagen: noch nicht messbar
charts-kpi-cohorts = { $share } von { $entered } Neuzugängen in { $months } Monaten bisher innerhalb von 180 Tagen vernetzt ({ $connected })
charts-kpi-cohorts-none = Keine Neuzugänge in diesen Monaten
charts-kpi-followers = { $followers } Follower jetzt · +{ $gained } / −{ $lost } in den letzten 4 Wochen
charts-kpi-time-to-connect = Median { $median } vom Folgen bis zur Vernetzung ({ $count } Personen)
charts-kpi-time-to-connect-none = Aus der Pipeline hat sich noch niemand vernetzt
charts-axis-people = Personen
charts-axis-cohort-month = Monat, in dem sie folgten oder umgeleitet wurden
charts-axis-per-week = je Woche
charts-warmth-title = Was ist Wärme?
charts-warmth-weights = Jede Reaktion auf Ihre Beiträge zählt: ein Kommentar { $comment }, ein Teilen { $share }, ein Like { $like } Punkte.
charts-warmth-half-life = Punkte halbieren sich alle { $days } Tage, frische Reaktionen zählen also am meisten.
charts-warmth-threshold = Ab { $threshold } Punkten ist eine Person ★ bereit für die Ansprache.

## Die Schwellen, in der Pipeline.
signals-thresholds = Schwellen der Signale
signals-setting-job-days = ein Jobwechsel zählt (Tage)
signals-setting-redirect-days = Umleitung nicht gefolgt nach (Tagen)
signals-setting-redirect-max-days = … und bis (Tage)
signals-setting-engagement-window-days = Zeitraum für frische Reaktionen (Tage)
signals-setting-engagement-baseline-days = das Übliche gemessen über (Tage)
signals-setting-engagement-factor = deutlich über dem Üblichen: mindestens (mal)
signals-setting-engagement-min = … und mindestens (Reaktionen)
signals-setting-no-touch-days = Funkstille bei Kontakten nach (Tagen)
signals-setting-no-touch-max-days = … und bis (Tage)
signals-setting-follow-up-days = nachfassen bei unbeantworteter Nachricht nach (Tagen)
signals-keys = W der ausgewählten Person schreiben · X Signal verwerfen
