## Capturing today's requests: paste from the invitation page, quick entry, the triage
## list on the command line, and carrying decisions out on LinkedIn or XING.

capture-event-done-on-platform = done on the platform
capture-cmd-capture = capture { $count ->
    [one] { $count } request
   *[other] { $count } requests
}

## What triage proposes.

## Reading a paste.
capture-paste-empty = The paste is empty.
capture-paste-foreign = This is no copy of an invitation page (LinkedIn's "Manage invitations" or XING's contact requests): no request found. Nothing was saved. It begins: { $start }
capture-paste-unknown-platform = followdesk reads the invitation pages of linkedin and xing, not “{ $platform }”.
capture-mutual = { $count ->
    [one] { $count } mutual connection
   *[other] { $count } mutual connections
}

## The command line.
capture-cli-recognised = Recognised { $count ->
    [one] { $count } request
   *[other] { $count } requests
} on { $platform }:
capture-cli-not-understood = { $count ->
    [one] { $count } line
   *[other] { $count } lines
} not understood:
capture-cli-saved = Saved: { $added } new, { $existing } known already ({ $completed } completed).
capture-cli-pending = { $count ->
    [one] { $count } request waits
   *[other] { $count } requests wait
} for a decision:

## Help of the commands.
help-import-paste = Requests copied from the invitation page (select all, copy): LinkedIn's invitation manager or XING's contact requests
help-import-paste-file = The copied page as a text file; `-` or nothing reads standard input
help-import-paste-platform = The platform the page is from: linkedin or xing [default: the page's words tell]
help-import-paste-dry-run = Show what was recognised without saving anything
help-import-paste-json = Print the result as JSON
help-add = Add something by hand
help-add-request = A connection request received today (or on --at), typed in
help-add-request-platform = The platform: linkedin or xing
help-add-request-name = The person's name as the platform shows it
help-add-request-url = Their profile link
help-add-request-headline = The line under their name (position and company)
help-add-request-message = The note that came with the request
help-add-request-at = The day it came (YYYY-MM-DD) [default: today]
help-triage = The requests waiting for a decision
help-triage-list = The pending requests, newest first, with verdict, proposal and where they came from
help-triage-list-json = Print JSON instead of a list

## Triage: paste and quick entry.
capture-new-request = New request
capture-paste-hint = To capture today's requests: on LinkedIn's "Manage invitations" or XING's contact requests, select all (Ctrl+A), copy, and press Ctrl+V here.
capture-preview-title = Requests pasted
capture-preview-recognised = { $count ->
    [one] { $count } request
   *[other] { $count } requests
} recognised on { $platform }:
capture-preview-not-understood = { $count ->
    [one] { $count } line
   *[other] { $count } lines
} not understood (left out):
capture-preview-save = Save { $count ->
    [one] { $count } request
   *[other] { $count } requests
}
capture-cancel = Cancel
capture-form-platform = Platform
capture-form-name = Name
capture-form-url = Profile link
capture-form-headline = Headline
capture-form-date = Received on
capture-form-note = Note
capture-form-save = Save request
capture-form-verdict = Verdict: { $verdict } — proposal: { $proposal }
capture-form-name-missing = The name is missing.
capture-form-bad-date = “{ $value }” is no date: write it as YYYY-MM-DD.

## Carrying decisions out on the platform.
capture-todo-title = To do on LinkedIn/XING ({ $count })
capture-todo-accept = accept on { $platform }
capture-todo-decline = decline on { $platform }
capture-todo-redirect = send the Follow reply on { $platform }
capture-open-on = Open on { $platform }
capture-done-on = Done on { $platform }
capture-no-link = No profile link known: search for the person on the platform.
capture-open-failed = Could not open { $url }: { $error }
capture-replies-title = Reply { $at } of { $count }: { $name }
capture-replies-text = Reply
capture-replies-next = Next
capture-replies-stop = Stop
