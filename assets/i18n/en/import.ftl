## Import: choosing a file, the progress bar, the report, earlier imports.
## The view's heading is nav-import in app.ftl.

import-intro = Bring in your network: LinkedIn's “Download your data” archive, XING vCards, LinkedIn's analytics workbook, or any vCard or CSV. Importing again updates and adds; it never duplicates.
import-kind = What it is:
import-path = File or folder
import-path-hint = type a path, or drop a file on the window
import-start = Start import
import-progress = { $step } — { $done } of { $total }
import-starting = Starting…
import-cancel = Cancel import
import-nothing-changed = Nothing was changed.

import-report-title = Imported: { $kind }
import-report-counts = { $unit ->
    [days] days
   *[contacts] contacts
}: { $added } added, { $updated } updated, { $unchanged } unchanged · events: { $events_added } added, { $events_existing } already known
import-report-posts = posts: { $added } added{ $updated ->
        [0] {""}
       *[other] , { $updated } with a new audience
    }, { $existing } already known
import-report-files = read: { $files }
import-open-contacts = Open Contacts
import-skipped-rows = Skipped rows ({ $count })
import-warning-rows = Imported with warnings ({ $count })
import-earlier = Earlier imports
import-journal-counts = { $added } added, { $updated } updated, { $unchanged } unchanged, { $skipped } skipped

## The worker: its errors and the steps of an import as the progress bar names them.

worker-db-not-opened = the database could not be opened

## The recovery screen, shown instead of the app when the database cannot be opened,
## and the errors of starting the window.

recovery-heading = followdesk cannot open its database
recovery-nothing-changed = Nothing has been changed or overwritten.
recovery-restore-heading = Restore a backup
recovery-no-backups = No backups found beside this database.
recovery-restore = Restore this backup
recovery-kept-as = The old file was kept as { $path }.
recovery-not-restored = Not restored: { $error }
recovery-other-heading = Or open another database file
recovery-other-path = Database file
recovery-open = Open
recovery-try-again = Try again
recovery-unknown-view = unknown view '{ $name }' (known: { $known })
recovery-no-window = cannot open the window: { $error }
