## Triage: the queue of undecided incoming requests, each decided with one key.

triage-decision-accept = Accept
triage-decision-redirect = Redirect to Follow
triage-decision-decline = Decline
triage-decision-later = Later
triage-read-failed = Could not read the requests: { $error }
triage-empty = No requests waiting.
triage-empty-hint = New connection requests arrive with each LinkedIn export you import.
triage-import = Import an export…
triage-waiting = { $count ->
    [one] { $count } request waiting.
   *[other] { $count } requests waiting.
} Keys: A accept · F redirect to Follow · D decline · L later · C copy reply · ⬆⬇ move · { $undo } undo
triage-redirect-all = { $count ->
    [one] Redirect the { $count } unspecific…
   *[other] Redirect all { $count } unspecific…
}
triage-redirect-all-tooltip = Lists them first and asks before doing anything
triage-bulk-title = Redirect to Follow?
triage-bulk-text = { $count ->
    [one] This request reads as unspecific. It gets “redirected to Follow” and the tag { $tag }; undo takes it back.
   *[other] These { $count } requests read as unspecific. Each gets “redirected to Follow” and the tag { $tag }; undo takes them all back.
}
triage-bulk-confirm = { $count ->
    [one] Redirect { $count } request
   *[other] Redirect { $count } requests
}
triage-cancel = Cancel
triage-no-message = (no message)
triage-queue-later = later
triage-verdict-specific = specific
triage-verdict-unspecific = unspecific
triage-verdict-unclear = unclear
triage-proposal-specific = Proposed: accept — the request names a concrete reason.
triage-proposal-unspecific = Proposed: redirect to Follow — nothing concrete yet; they can follow your posts.
triage-proposal-unclear = No proposal: read it and decide. When in doubt, don't redirect a possible buyer.
triage-position-at = { $position } at { $company }
triage-open-contact = Open contact

## The reply offered after a redirect.

triage-reply-to = Reply to { $name }
triage-reply-copied = Reply to { $name } copied.
triage-no-follow-notice = On { $platform } people cannot follow you without connecting. The reply offers to follow you on another platform instead.
triage-reply-language = Write in:
triage-reply-lang-en = English
triage-reply-lang-de-sie = German (Sie)
triage-reply-lang-de-du = German (du)
triage-reply-from-template = from template { $template }
triage-copy-reply = Copy reply
triage-copy-reply-tooltip = Copy the reply to the clipboard

## The reply-template editor.

templates-open = Edit reply templates…
templates-close = Close templates
templates-title = Reply templates
templates-your-name = Your name
templates-save-name = Save name
templates-pick = Pick a template to edit it.
templates-text-of = Text of { $name }
templates-placeholders = Placeholders: { $list }
templates-save = Save template
templates-reset = Reset to default
