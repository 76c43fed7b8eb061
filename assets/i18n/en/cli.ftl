# cli (en)
## The command line's output in words. JSON output (--json, classify) is a machine format
## and stays English. The --help texts are in cli_help.ftl.

cli-no-gui = this build has no desktop app (built without the `gui` feature); run a subcommand (see --help) or rebuild with default features
cli-error-no-home = cannot find a home directory to keep the database in; pass --db PATH
cli-unknown = unknown

## demo, backup, restore, export
cli-demo-written = Demo data written to { $path }: { $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
}, { $events ->
    [one] { $events } event
   *[other] { $events } events
}, { $posts ->
    [one] { $posts } post
   *[other] { $posts } posts
} in { $seconds } s.
cli-demo-next = Run `followdesk report summary` to see what it holds, or `followdesk` to open the app.
cli-backup-written = Backup written to { $path }
cli-restore-needs-yes = restoring replaces everything in { $path } with { $backup }; run again with --yes to do it (a copy of the current data is kept in the backups folder)
cli-restored = Restored { $path } from { $backup }. The data it replaced is kept in { $kept }.
cli-exported = Exported { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
} to { $path }.

## import
cli-import-done = Imported { $kind } in { $seconds } s (journal entry { $journal }):
cli-import-read = read: { $files }
cli-import-counts = { $unit ->
    [days] days
    [requests] requests
   *[contacts] contacts
}: { $added } added, { $updated } updated, { $unchanged } unchanged
cli-import-other-mails = other mails: { $count } left alone
cli-import-events = events: { $added } added, { $existing } already in the log
cli-import-posts = posts: { $added } added{ $updated ->
        [0] {""}
       *[other] , { $updated } with a new audience
    }, { $existing } already stored
cli-import-skipped = skipped: { $count ->
    [one] { $count } row
   *[other] { $count } rows
}
cli-import-warnings = warnings: { $count }

## report summary
cli-summary-title = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
} in { $path }
cli-summary-connections = connections
cli-summary-connections-meaning = connected with me now
cli-summary-followers = followers
cli-summary-followers-meaning = follow me, not connected
cli-summary-pending-incoming = pending incoming
cli-summary-pending-incoming-meaning = their request waits for my decision
cli-summary-pending-outgoing = pending outgoing
cli-summary-pending-outgoing-meaning = my request waits for their answer
cli-summary-redirected = redirected
cli-summary-redirected-meaning = asked to follow instead, not connected since
cli-summary-empty = The database is empty. Try `followdesk demo` for sample data, or open the app with `followdesk`.

## report followers
cli-followers-line = { $platform }: { $total ->
    [one] { $total } follower
   *[other] { $total } followers
}; { $new } new over { $days ->
    [one] { $days } day
   *[other] { $days } days
} ({ $first } to { $last })
cli-followers-none = { $platform }: no follower history imported

## report funnel
cli-funnel-title = Follower funnel as of { $date } (people who ever reached each stage)
cli-funnel-all = all
cli-funnel-requests = requests received
cli-funnel-redirected = redirected to Follow
cli-funnel-following = following
cli-funnel-engaged = engaged
cli-funnel-connected = connected
cli-funnel-opportunity = opportunity
cli-funnel-lost = lost followers
cli-funnel-conversion = conversion in 180 d
cli-funnel-median-days = median days to connect
cli-funnel-redirects-followed = redirects: followed
cli-funnel-redirects-connected = redirects: connected
cli-funnel-redirects-nothing = redirects: nothing yet
cli-funnel-redirects-all = redirects in all
cli-cohorts-title = Cohorts: entered the pipeline (followed or redirected) in a month, connected within…
cli-cohorts-month = month
cli-cohorts-platform = platform
cli-cohorts-entered = entered
cli-cohorts-within = { $days } d

## report pipeline
cli-pipeline-title = Outreach list as of { $date }: followers who are not connected and redirected people, warmest first
cli-pipeline-weights = (warmth: comment { $comment }, share { $share }, like { $like }, halving every { $days } days; ready from { $threshold })
cli-pipeline-name = name
cli-pipeline-platform = platform
cli-pipeline-warmth = warmth
cli-pipeline-parts = n=points: comment share like
cli-pipeline-last = last
cli-pipeline-ready = ready
cli-pipeline-why = why
cli-pipeline-yes = yes
cli-pipeline-why-redirected-follows = redirected, follows
cli-pipeline-why-redirected = redirected, not following yet
cli-pipeline-why-follows = follows, not connected
cli-pipeline-empty = Nobody follows without being connected, and nobody was redirected.

## report visibility
cli-visibility-title = Who sees my posts, as of { $date } (window: the last { $days } days)
cli-visibility-engaged = connected, engaging
cli-visibility-hidden = probably hiding me (estimate)
cli-visibility-quiet = connected, quiet
cli-visibility-followers-visible = followers who see posts
cli-visibility-followers-not-visible = followers who cannot
cli-visibility-pending = pending / redirected
cli-visibility-posts = my posts in the window
cli-visibility-promotional = promotional share
cli-visibility-connections-only = my posts for connections only
cli-visibility-estimate-note = "probably hiding me" is an estimate: connected, no like, comment or share for { $days } days while I posted at least { $posts ->
    [one] once
   *[other] { $posts } times
} there.
cli-visibility-promotional-warning = Warning: on { $platform } { $share } of the last { $days } days' posts were promotional or profile updates (above { $limit }). People hide what is not relevant to them.
