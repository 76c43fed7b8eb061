## Der Fensterrahmen: Navigation, Statuszeile, Rückgängig, Sprachwahl, leere Zustände.

nav-today = Heute
nav-triage = Sichten
nav-contacts = Kontakte
nav-pipeline = Pipeline
nav-visibility = Sichtbarkeit
nav-import = Import
nav-triage-pending = Sichten ({ $count })
nav-language = Sprache
nav-language-tooltip = Die Sprache von followdesk. Gilt sofort und bleibt gespeichert.

contacts-count = { $count ->
    [one] { $count } Kontakt
   *[other] { $count } Kontakte
}

status-working = Wird bearbeitet …
status-undo = Rückgängig: { $label }
status-undo-tooltip = Die letzte Änderung rückgängig machen
status-done = Erledigt: { $label }.
status-nothing-to-undo = Nichts rückgängig zu machen.
status-could-not = Nicht möglich ({ $label }): { $error }
status-rows-failed = Kontakte konnten nicht geladen werden: { $error }
status-metrics-failed = Die Kennzahlen konnten nicht geladen werden: { $error }
status-demo-loading = Demodaten werden geladen …
status-demo-loaded = Demodaten geladen: { $contacts ->
    [one] { $contacts } Kontakt
   *[other] { $contacts } Kontakte
}, { $events ->
    [one] { $events } Ereignis
   *[other] { $events } Ereignisse
}.
status-demo-failed = Demodaten nicht geladen: { $error }
status-imported = { $kind } importiert: { $added } neu, { $updated } aktualisiert, { $skipped } übersprungen.
status-import-failed = Import fehlgeschlagen: { $error }
status-import-cancelling = Der Import wird abgebrochen …
status-backup-failed = Die tägliche Sicherung ist fehlgeschlagen: { $error }

empty-no-contacts = Noch keine Kontakte
empty-no-contacts-hint = Importieren Sie Ihren LinkedIn-Export oder XING-vCards, oder laden Sie Demodaten, um sich umzusehen.
empty-import = LinkedIn-Export importieren …
empty-load-demo = Demodaten laden
