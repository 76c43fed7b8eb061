## The contact page: fields, tags, platforms, logging an event, the timeline, merge and delete.

page-gone = Contact { $id } no longer exists.
page-back = ⏴ Back
page-back-tooltip = Back to the list
page-in-trash = in the trash
page-not-saved = Not saved: { $error }.
page-cancel = Cancel

page-details = Details
page-first-name = First name
page-last-name = Last name
page-company = Company
page-position = Position
page-email = E-mail
page-phone = Phone
page-notes = Notes
page-save = Save changes
page-save-tooltip = Save the fields
page-discard = Discard changes

page-tags = Tags
page-no-tags = No tags yet.
page-tag-edit-tooltip = Click to rename or recolour this tag
page-remove-tag = Remove tag { $name }
page-new-tag = New tag
page-add-tag = Add tag
page-tag-name = Tag name
page-tag-colour = Colour
page-tag-apply = Apply to tag
page-tag-rename-hint = Renaming changes the tag on every contact that has it.

page-platforms = Platforms
page-follows-me = follows me
page-redirected = redirected to Follow
page-no-history = no history
page-profile-url = { $platform } profile URL
page-save-url = Save URL
page-open-profile = Open profile
page-open-profile-tooltip = Opens the profile in your browser (https only)

page-log-heading = Log an event
page-log-kind = Event
page-log-platform = on
page-log-date = Date
page-log-date-tooltip = YYYY-MM-DD, or YYYY-MM-DD HH:MM
page-log-note = Note
page-log-event = Log event
page-not-logged = Event not logged: { $error }.

# Event kinds as the timeline and the event picker name them: "LinkedIn: liked a post".

page-history = History ({ $count ->
    [one] { $count } event
   *[other] { $count } events
})
page-nothing-recorded = Nothing recorded yet.

page-merge-or-delete = Merge or delete
page-merge-with = Merge with
page-merge-hint = search another contact
page-duplicates = Possible duplicates (same name):
page-merge-candidate = Merge { $name } into this contact
page-restore = Restore from trash
page-delete = Delete contact
page-delete-tooltip = Moves the contact to the trash; undo with { $keys }
page-merge-title = Merge contacts?
page-merge-explain = { $name } (#{ $id }) will be merged into { $keep }: its history, profiles and tags move here, empty fields are filled from it, notes are joined, and it goes to the trash.
page-merge = Merge
