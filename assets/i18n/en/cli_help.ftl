# cli_help (en)
## `followdesk --help`: what each command and option is for, and clap's own words.
## The ids follow the command line (src/cli/help.rs): help-<command path>, and
## help-<command path>-<option> for its options; the root's are help-about and help-<option>.
## The English text is the doc comment in src/cli (a test checks that they agree). Repeats
## refer to the first one, so a translation is made once.

## followdesk
help-about = Desktop contact manager for social selling on LinkedIn and XING
help-db = The database file [default: followdesk.sqlite3 in the platform's data directory]
help-view = The view the app opens on: today, triage, contacts, pipeline, visibility or import

## demo
help-demo = Fill an empty database with realistic demo data (deterministic for a seed and day)
help-demo-contacts = How many people to make up
help-demo-seed = Seed of the random generator: the same seed gives the same data
help-demo-today = The last day of the made-up history (YYYY-MM-DD) [default: today]

## report
help-report = Print a report
help-report-summary = Contacts, and per platform: connections, followers, open requests, redirects
help-report-summary-json = Print JSON instead of a table
help-report-followers = Follower-count history imported from LinkedIn's analytics workbook
help-report-followers-json = { help-report-summary-json }
help-report-funnel = The follower funnel: stages, conversion by cohort month, lost followers
help-report-funnel-json = { help-report-summary-json }
help-report-funnel-as-of = Compute as of the end of this day (YYYY-MM-DD) [default: today]
help-report-pipeline = The outreach list: followers and redirected people, ranked by warmth
help-report-pipeline-json = { help-report-summary-json }
help-report-pipeline-as-of = { help-report-funnel-as-of }
help-report-pipeline-limit = Show at most this many people
help-report-visibility = Who sees my posts on each platform, and the content mix
help-report-visibility-json = { help-report-summary-json }
help-report-visibility-as-of = { help-report-funnel-as-of }
help-report-visibility-days = N: days without engagement, and the window for posts and the content mix
help-report-visibility-min-posts = K: posts in those days before silence counts as "probably hidden"

## import
help-import = Import a LinkedIn export, XING vCards, the analytics workbook, vCards or a CSV
help-import-linkedin = LinkedIn's "Download your data" export: the zip (Basic_…, Complete_…, ….zip.zip) or the unpacked folder
help-import-linkedin-path = The file (or folder) to import
help-import-linkedin-json = Print the report as JSON
help-import-xing = XING vCards: .vcf files, or folders of them. Every card is a XING connection
help-import-xing-paths = Files or folders to import
help-import-xing-json = { help-import-linkedin-json }
help-import-analytics = LinkedIn's creator-analytics workbook (.xlsx): follower history, impressions, engagements
help-import-analytics-path = { help-import-linkedin-path }
help-import-analytics-json = { help-import-linkedin-json }
help-import-vcard = Any vCards (.vcf files or folders), no platform
help-import-vcard-paths = { help-import-xing-paths }
help-import-vcard-json = { help-import-linkedin-json }
help-import-csv = A CSV with a header (columns matched by name: first/last/full name, e-mail, company, position, profile URL, tags)
help-import-csv-path = { help-import-linkedin-path }
help-import-csv-json = { help-import-linkedin-json }

## export
help-export = Export every contact with profiles and tags as CSV or vCard
help-export-csv = A CSV file (UTF-8; cells that a spreadsheet would run as formulas are neutralised)
help-export-csv-path = The file to write
help-export-vcard = One vCard 4.0 file with every contact
help-export-vcard-path = { help-export-csv-path }

## backup, restore
help-backup = Copy the database while it is in use: to PATH, or into the backups folder beside it
help-backup-path = Where to write the copy (must not exist) [default: the backups folder]
help-restore = Replace the database with a backup (a copy of the current one is kept first)
help-restore-path = The backup to restore
help-restore-yes = Confirm that the current data may be replaced

## classify (the JSON shapes are machine format and stay as they are; braces are written {"{"} and {"}"})
help-classify = Classify connection requests: JSON Lines on stdin, one verdict per line on stdout
help-classify-long =
    Classify connection requests: JSON Lines on stdin, one verdict per line on stdout.

    Each input line is `{"{"}"message": "...", "platform": "linkedin"{"}"}` (`platform` is optional: linkedin or xing). Each output line is `{"{"}"verdict": "specific"|"unspecific"|"unclear", "score": n, "reasons": [...], "lang": "de"|"en", "tone": "sie"|"du", "proposal": "accept"|"redirect"|"decline"|"decide", "probability": p{"}"}`, or `{"{"}"error": "line N: ..."{"}"}`. Needs no database.
help-classify-rules = A tuned copy of the classifier rules, for --engine rules [default: the built-in assets/classifier.toml]

## clap's own words. Headings without the colon (clap adds it).
cli-help-usage = Usage
cli-help-commands = Commands
cli-help-arguments = Arguments
cli-help-options = Options
cli-help-flag-help = Print help
cli-help-flag-help-more = Print help (see more with '--help')
cli-help-flag-help-summary = Print help (see a summary with '-h')
cli-help-flag-version = Print version
cli-help-subcommand = Print this message or the help of the given subcommand(s)
## After an option's help: the value it takes when it is not given.
cli-help-default = [default: { $value }]
