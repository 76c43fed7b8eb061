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
    [requests] requests
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

## Choosing the file, and where the files come from.

import-choose-file = Choose file…
import-choose-folder = Choose folder…
import-howto-title = How to get your data
import-howto-linkedin-title = LinkedIn: your connections, invitations and messages
import-howto-linkedin = On linkedin.com: Me > Settings & Privacy > Data privacy > Get a copy of your data. Choose “Download larger data archive” (everything, including your posts) or pick Connections, Invitations and Messages, then Request archive. LinkedIn e-mails you a link, usually within minutes for the small archive and within 24 hours for the large one. Download Basic_LinkedInDataExport_MM-DD-YYYY.zip (or Complete_…) and import the zip as it is, or the folder you unpacked it into.
import-howto-xing-title = XING: your contacts
import-howto-xing = XING has no export of the whole contact list. On a contact's profile, More > Download vCard saves one .vcf per person; import any number of them at once (choose several, or the folder they are in). A contact list saved by a XING tool (Name; Vorname; Firma; Titel; Notiz; Xing-Profil) as CSV or .xlsx is read too.
import-howto-analytics-title = LinkedIn: your followers over time
import-howto-analytics = On linkedin.com: Me > Posts & Activity > Analytics (or the creator analytics of your profile) > Export. The .xlsx workbook holds your daily new followers and engagement.
import-howto-mail-title = Today's requests from your mailbox
import-howto-mail = LinkedIn and XING e-mail you each new connection request (“I want to connect”, “… möchte Sie als Kontakt hinzufügen”). Save those mails (in most mail programs: select them, then Save as, which gives .eml files), or give the mailbox itself: Thunderbird keeps each folder as one mbox file in its profile folder (Inbox, with no ending), other programs export an mbox or keep a Maildir folder. Only the invitation mails are read; the rest is counted and left alone. The requests land in Triage; the later data export adds nothing twice.
import-report-other-mails = other mails: { $count } left alone
