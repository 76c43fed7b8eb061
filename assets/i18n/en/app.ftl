## The window frame: navigation, status line, undo, language switch, empty states.

nav-today = Today
nav-triage = Triage
nav-contacts = Contacts
nav-pipeline = Pipeline
nav-visibility = Visibility
nav-import = Import
nav-triage-pending = Triage ({ $count })
nav-language = Language
nav-language-tooltip = The language of followdesk. Takes effect at once and is remembered.

contacts-count = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}

status-working = Working…
status-undo = Undo { $label }
status-undo-tooltip = Undo the last change
status-done = Done: { $label }.
status-nothing-to-undo = Nothing to undo.
status-could-not = Could not { $label }: { $error }
status-rows-failed = Could not load contacts: { $error }
status-metrics-failed = Could not load the metrics: { $error }
status-demo-loading = Loading demo data…
status-demo-loaded = Demo data loaded: { $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
}, { $events ->
    [one] { $events } event
   *[other] { $events } events
}.
status-demo-failed = Demo data not loaded: { $error }
status-imported = Imported { $kind }: { $added } added, { $updated } updated, { $skipped } skipped.
status-import-failed = Import failed: { $error }
status-import-cancelling = Cancelling the import…
status-backup-failed = The daily backup failed: { $error }

empty-no-contacts = No contacts yet
empty-no-contacts-hint = Import your LinkedIn export or XING vCards, or load demo data to look around.
empty-import = Import your LinkedIn export…
empty-load-demo = Load demo data
