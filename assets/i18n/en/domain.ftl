## Domain labels: relationship states, event kinds and the descriptions of changes
## (shown in the status line as "Done: …", "Undo …" and "Could not …: …", so each
## description is a lower-case phrase that starts with a verb).

## The relationship filter of the contacts table.
domain-filter-connected = connected
domain-filter-follower = follower, not connected
domain-filter-pending-incoming = request waiting for me
domain-filter-pending-outgoing = my request waiting
domain-filter-redirected = redirected to Follow

## A relationship at a glance, as the tables show it.
domain-state-connected = connected
domain-state-request-in = request in
domain-state-request-out = request out
domain-state-follower = follower
domain-state-redirected = redirected
domain-state-removed = removed

## What happened, in the timeline and the event picker.
domain-event-request-received = request received
domain-event-request-sent = request sent
domain-event-request-accepted = request accepted
domain-event-request-declined = request declined
domain-event-redirected-to-follow = redirected to Follow
domain-event-decision-deferred = decision put off
domain-event-started-following = started following me
domain-event-stopped-following = stopped following me
domain-event-i-followed = I followed
domain-event-i-unfollowed = I unfollowed
domain-event-connected = connected
domain-event-disconnected = disconnected
domain-event-i-hid = I hid their posts
domain-event-liked = liked a post
domain-event-commented = commented on a post
domain-event-shared = shared a post
domain-event-message = message
domain-event-meeting = meeting
domain-event-opportunity = opportunity

## Changes, for "Done: …", "Undo …" and "Could not …".
domain-cmd-create-contact = add contact “{ $name }”
domain-cmd-update-contact = edit “{ $name }”
domain-cmd-set-profile = set the profile on { $platform }
domain-cmd-trash-contact = delete the contact
domain-cmd-restore-contact = restore the contact
domain-cmd-log-event = log “{ $kind }”
domain-cmd-log-events = log { $count ->
    [one] { $count } event
   *[other] { $count } events
}
domain-cmd-retract-events = retract { $count ->
    [one] { $count } event
   *[other] { $count } events
}
domain-cmd-add-tag = add tag “{ $name }”
domain-cmd-remove-tag = remove tag “{ $name }”
domain-cmd-rename-tag = rename the tag to “{ $name }”
domain-cmd-recolor-tag = change the tag's colour
domain-cmd-merge-contacts = merge contacts
domain-cmd-add-post = log a post
domain-cmd-delete-post = delete a post
domain-cmd-restore-post = restore a post
domain-cmd-set-post-kind = mark the post as { $kind ->
    [promotional] promotional
    [profile_update] a profile update
   *[relevant] relevant
}
domain-cmd-set-template = edit the reply template “{ $name }”
domain-cmd-set-setting = { $key ->
    [my_name] save your name for the replies
    [my_profile] save your profile link for the replies
   *[other] change a setting
}
# The same change made several times at once.
domain-cmd-repeated = { $label } ×{ $count }
