## Errors a user reads: input that breaks a rule, and what the store, the demo and the
## reply templates report. Most are shown after "Could not …: ", so they start in lower case.
## Texts from libraries (SQLite, TOML) inside them stay as the library wrote them.

## The fields of a contact and of other input, as errors name them.
error-field-first-name = first name
error-field-last-name = last name
error-field-company = company
error-field-position = position
error-field-email = e-mail
error-field-phone = phone
error-field-notes = notes
error-field-tag = tag
error-field-date = date

## Input that breaks a domain rule.
error-unknown-platform = unknown platform '{ $platform }' (known: { $known })
error-empty-name = a contact needs a first or a last name
error-unknown-event-kind = unknown event kind '{ $kind }'
error-unknown-post-kind = unknown post kind '{ $kind }' (relevant, promotional or profile_update)
error-unknown-post-audience = unknown post audience '{ $audience }' (anyone or connections)
error-invalid-date = invalid date '{ $value }' in { $field }: { $reason }
error-invalid-email = invalid e-mail address '{ $value }'
error-invalid-url = invalid profile URL '{ $value }': only http and https links are accepted
error-control-character = { $field } contains the control character { $code }; remove it
error-empty-tag = a tag needs a name
error-invalid-color = invalid colour '{ $value }': use #rrggbb
error-too-long = { $field } is too long ({ $len } characters, at most { $max })

## Why a date could not be read.
error-date-empty = empty
error-date-unreadable = { $reason }; use YYYY-MM-DD
error-date-out-of-range = input is out of range
error-date-impossible = no possible date and time matching input
error-date-not-enough = input is not enough for unique date and time
error-date-invalid = input contains invalid characters
error-date-too-short = premature end of input
error-date-too-long = trailing input
error-date-bad-format = bad or unsupported format string
error-date-other = not a date

## Files the store could not read or write.
error-io-not-found = no such file or folder
error-io-permission-denied = permission denied
error-io-already-exists = file exists already
error-io-storage-full = the disk is full
error-io-read-only = the file system is read-only
error-io-is-a-folder = it is a folder
error-io-not-a-folder = it is not a folder
error-io-invalid-name = invalid file or folder name

## The store.
error-store-open = cannot open the database { $path }: { $reason }
error-store-too-new = { $path } was written by a newer followdesk (schema { $found }, this one knows { $known }); update followdesk or choose another file
error-store-not-a-database = { $path } is not a followdesk database, or it is damaged: { $reason }
error-store-no-tables = { $path } is not a followdesk database, or it is damaged: it has no followdesk tables
error-store-in-use = { $path } is open in another followdesk window; close that one first
error-store-in-memory = an in-memory database has no folder for backups
error-store-no-such-contact = no contact with id { $id }
error-store-no-such-tag = no tag with id { $id }
error-store-no-such-post = no post with id { $id }
error-store-tag-exists = a tag named '{ $name }' exists already
error-store-profile-taken = the { $platform } profile { $url } belongs to another contact (id { $owner })
error-store-no-such-template = no template named '{ $name }'
error-store-invalid-template-name = invalid template name '{ $name }': use lowercase letters, digits, '_' and '.'
error-store-invalid-setting = the setting { $key } is '{ $value }': expected a number of 0 or more
error-store-invalid-day = { $table } holds the day '{ $value }', which is not YYYY-MM-DD: { $reason }
error-store-merge-self = cannot merge a contact into itself
error-store-sqlite = database: { $error }
error-store-migration = database migration: { $error }

## The reply templates file.
error-templates-parse = templates: { $error }
error-templates-invalid-name = templates: template { $index }: invalid name '{ $name }' (use lowercase letters, digits, '_' and '.')
error-templates-duplicate = templates: '{ $name }' is defined twice

## Demo data.
error-demo-not-empty = the database already holds { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}; demo data goes only into an empty database (choose another with --db)
