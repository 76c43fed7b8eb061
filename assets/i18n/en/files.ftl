# files (en)
## Importing and exporting files: why a file is refused, why a row is left out, the steps
## of an import, and what each kind of import is called. Column names and values from a
## file are quoted as the file writes them.

## A file, or one line of it, and what is wrong there.
file-in-file = { $file }: { $reason }
file-at-line = { $file }:{ $line }: { $reason }

## Files that cannot be read.
file-io-not-found = { $path }: no such file or folder
file-io-permission-denied = { $path }: permission denied
file-io-is-a-folder = { $path }: is a folder, not a file
file-io-other = { $path }: { $error }

## Why an import was refused.
file-error-no-file = no file was given
file-error-one-file-only = a { $kind } import reads one file at a time ({ $count } were given)
file-error-cancelled = the import was cancelled; nothing was changed
file-error-no-vcf-in-folder = this folder holds no .vcf file
file-error-not-csv = not readable as CSV: { $detail }
file-error-no-header = no header row with { $columns } was found; is this the right file?
file-error-missing-column = the header has no '{ $column }' column
file-error-not-vcard-line = not a vCard property line: '{ $text }'
file-error-text-outside-vcard = text outside a vCard: '{ $text }'
file-error-nested-vcard = a vCard begins inside another (END:VCARD missing before it)
file-error-unended-vcard = this vCard has no END:VCARD; the file is cut off or damaged
file-error-no-vcard = holds no vCard (no BEGIN:VCARD)
file-error-not-linkedin-export = holds none of Connections.csv, Invitations.csv or Shares.csv; is this LinkedIn's "Download your data" export?
file-error-not-zip = is not a zip archive ({ $looks_like })
file-error-damaged-zip = the zip archive is damaged or incomplete ({ $detail }); download the export again
file-error-not-xlsx = is not an Excel workbook (.xlsx)
file-error-unreadable-xlsx = is not a readable Excel workbook: { $detail }
file-error-damaged-xlsx = is not a readable Excel workbook (it is damaged: the xlsx reader failed on it)
file-error-no-analytics-sheets = has neither a FOLLOWERS nor an ENGAGEMENT sheet (sheets: { $sheets }); is this LinkedIn's analytics export?
file-error-unreadable-sheet = sheet { $sheet }: { $detail }
file-error-no-date-table = no table with a Date column

## What a file that is not a zip looks like.
file-looks-empty = it is empty
file-looks-pdf = it is a PDF document
file-looks-gzip = it is gzip-compressed
file-looks-rar = it is a RAR archive
file-looks-text = it is a text file
file-looks-unknown = its content is of an unknown kind

## The columns a header row needs: "A, B and C", "A or B".
file-list-and = and
file-list-or = or
file-columns-any-name = a name column ({ $names })
file-columns-date-with-link-or-text = { $date } and { $link } or { $text }

## Why a row was left out.
file-skip-no-name = no name
file-skip-hidden-profile = hidden or closed profile (the row has only a date)
file-skip-draft = a draft, never sent
file-skip-not-a-date = { $column } '{ $value }' is not a date
file-skip-not-a-date-time = { $column } '{ $value }' is not a date and time
file-skip-bad-direction = { $column } '{ $value }' is neither INCOMING nor OUTGOING
file-skip-no-participant = no participant is a contact (from { $from } to { $to })
file-skip-first-cell-not-date = the first cell is not a date
file-skip-count-not-number = a count is not a number

## Rows imported with something left out.
file-warn-field-cut = { $field } cut to { $max } characters
file-warn-notes-cut = notes cut to their maximum length
file-warn-not-an-email = '{ $value }' is not an e-mail address; imported without it
file-warn-bad-profile-link = invalid profile URL '{ $url }': only http and https links are accepted; imported without the link
file-warn-profile-taken = has the { $platform } profile { $have } already; { $url } was not added

## The steps of an import, under the progress bar.
file-step-reading-archive = Reading the archive
file-step-reading = Reading { $file }
file-step-reading-vcards = Reading vCards
file-step-contacts = Contacts
file-step-connections = Connections
file-step-invitations = Invitations
file-step-messages = Messages
file-step-posts = Posts
file-step-days = Days
file-step-saving = Saving

## The kinds of import.
file-kind-linkedin = LinkedIn export
file-kind-xing = XING vCards
file-kind-analytics = LinkedIn analytics workbook
file-kind-vcard = vCards
file-kind-csv = CSV

## Exporting.
file-export-error-write = the export could not be written: { $reason }
