## Safety of the data: files that are refused, errors said once, in words.

## The database file
safety-error-foreign = { $path } belongs to another application (it holds the tables { $tables }); followdesk has not changed it. Choose a new file with --db, or leave out --db to use your followdesk database
safety-error-not-a-file = { $path } is not a regular file (a device, a folder or a pipe); choose a database file with --db, or leave out --db to use your followdesk database
safety-error-cannot-write = { $path } cannot be written: followdesk needs to write the file and its journal in { $folder }, which is read-only for you. Your data is unharmed: copy the file to a folder you can write to and open it there with --db, or make the folder writable
safety-error-busy = { $path } is busy: another program has been writing to it for more than 5 seconds. Nothing was changed; try again when it has finished
safety-error-bad-backup = the backup { $path } failed its check ({ $reason }) and was not kept; is the disk full?
safety-backup-incomplete = the copy is empty or cut off: { $bytes } bytes
safety-error-no-backup = no backup could be made, so nothing was written: { $error }

## Export targets
safety-export-guarded = { $path } is your followdesk database, its journal or one of its backups: an export never writes there, even with --force. Choose another file
safety-export-not-a-file = { $path } is not a regular file; choose a file to export to
safety-export-exists = { $path } exists already; add --force to replace it, or choose another file

## Help of the export options
help-export-csv-force = Replace the file if it exists (never the database or a backup)
help-export-vcard-force = { help-export-csv-force }

## Changes in plain words (status line and Undo button)
safety-place-contact-page = contact page
safety-did = Done: { $what }
safety-did-for = Done: { $what } for { $who }
safety-did-decision = { $kind ->
    [request_accepted] Accepted { $who }
    [redirected_to_follow] Asked { $who } to follow instead
    [request_declined] Declined { $who }
   *[decision_deferred] Put { $who } off until later
}
safety-done-undoable = { $what } — { $keys } undoes
safety-undo-decision = { $kind ->
    [request_accepted] acceptance of { $who }
    [redirected_to_follow] redirect of { $who }
    [request_declined] decline of { $who }
   *[decision_deferred] “later” for { $who }
}
safety-undo-for = { $what } for { $who }
safety-undo-button = Undo: { $what } ({ $place })
safety-undone = Undone: { $what } ({ $place })
safety-undo-elsewhere = The last change was made in { $place }: { $what }. Press { $keys } again to undo it, or use the Undo button.

## The worker
safety-worker-restarted = The background worker stopped unexpectedly and was started again. Nothing saved was lost.
safety-worker-restarted-change = The background worker stopped unexpectedly and was started again. Nothing saved was lost, but this change was not saved: { $what }. Please make it again.
safety-worker-restarted-import = The background worker stopped unexpectedly and was started again. Nothing saved was lost; the import was not done (nothing of it was written). Please start it again.
safety-worker-restarted-demo = The background worker stopped unexpectedly and was started again. Nothing saved was lost; the demo data were not written. Please load them again.

## Leaving a contact page with unsaved edits
safety-leave-title = Unsaved changes
safety-leave-text = You changed the details of { $name } and did not save them.
safety-leave-save = Save
safety-leave-discard = Discard
safety-leave-stay = Stay

## Reading what can be saved again
safety-template-read-failed = Could not read it, so it is not opened (Save would replace it with an empty text): { $error }

## First use: my name and profile link for the replies
safety-first-use-title = Who signs your replies?
safety-first-use-text = Your name ends every reply ({"{"}my_name{"}"}); your profile link can go in too ({"{"}my_profile{"}"}). Asked once; your name can be changed later under “Edit reply templates…”.
safety-first-use-name = Your name
safety-first-use-link = Your profile link
safety-first-use-save = Save for the replies
safety-first-use-later = Not now
