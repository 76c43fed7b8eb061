## A sales team on one pipeline: team sync, ownership and collisions.

## Collisions: another rep owns or recently contacted the person.
team-collision-owns = { $rep } owns { $person } since { $since }
team-collision-last-message = last message { $days ->
    [0] today
    [one] { $days } day ago
   *[other] { $days } days ago
}
team-collision-last-contact = last contact { $days ->
    [0] today
    [one] { $days } day ago
   *[other] { $days } days ago
}
team-collision-talked = { $rep } contacted { $person } { $days ->
    [0] today
    [one] { $days } day ago
   *[other] { $days } days ago
}

## Errors of the team commands.
team-error-bad-url = the team URL '{ $url }' is not a postgres:// URL ({ $reason })
team-error-offline = cannot reach the team server at { $url }: { $reason }
team-error-server = the team server refused: { $reason }
team-error-not-joined = this database has not joined a team (run: followdesk team join URL --rep NAME)
team-error-no-team = the server at { $url } has no followdesk team of this version (run: followdesk team init URL)
team-error-too-new = the team server has schema version { $found }; this followdesk knows up to { $known }
team-error-already-owned = { $person } is owned by { $owner }
team-error-not-owner = you do not own { $person }
team-error-unknown-person = '{ $person }' is neither a profile URL, an e-mail address nor a contact id of this database
team-error-interrupted = the sync stopped as asked after { $batches } batches

## The team commands' output.
team-cli-initialised = Team schema version { $version } ready at { $url }.
team-cli-joined = Joined the team at { $url } as { $rep } (role { $role }).
team-cli-password-not-stored = The password was used for this connection only; for syncing, set PGPASSWORD, ~/.pgpass or FOLLOWDESK_TEAM_URL.
team-cli-synced = Synced: { $pushed } events and { $retractions } retractions pushed, { $pulled } pulled; { $claims } people owned on the team.
team-cli-status = Team server: { $url } (role { $role })
team-cli-status-sync = Last sync: { $last }; waiting to be pushed: { $pending }
team-cli-status-error = Last error: { $error }
team-status-never = never
team-cli-claimed = You own { $person } now.
team-cli-released = You released { $person }.
team-cli-reassigned = { $person } is owned by { $rep } now.
team-cli-no-collision = Nobody else on the team owns or recently contacted { $person }.
team-cli-connected-reps = Connected on the team: { $reps }

## report team
team-report-title = Team funnel as of { $date }
team-report-rep = Rep
team-report-team = Team
team-report-collisions = Open collisions (contacts of the last { $days } days):
team-report-no-collisions = No open collisions in the last { $days } days.
team-report-collision = { $person }: owner { $owner }; contacted by { $reps }

## Help of the team commands.
help-team = Share a pipeline with a sales team through a PostgreSQL server
help-team-init = Create or upgrade the team schema on a PostgreSQL server (as the database's owner)
help-team-init-url = The server: postgres://USER@HOST:PORT/DATABASE[?sslmode=…]
help-team-join = Link this database to a team, as a rep with the given name
help-team-join-url = The server: postgres://ROLE@HOST:PORT/DATABASE[?sslmode=…]
help-team-join-rep = My name on the team, as the others will see it
help-team-sync = Push my new events to the team server and pull the others'
help-team-status = The team this database syncs with, the last sync and what is waiting to be pushed
help-team-claim = Claim a person: a profile URL, an e-mail address or a contact id
help-team-claim-person = A profile URL, an e-mail address or a contact id
help-team-release = Release a person I own
help-team-release-person = { help-team-claim-person }
help-team-reassign = Hand a person to another rep (managers only)
help-team-reassign-person = { help-team-claim-person }
help-team-reassign-to = The role of the rep who takes over
help-team-check = Who else on the team owns or recently contacted a person
help-team-check-person = { help-team-claim-person }
help-team-check-days = Contacts of the last N days count
help-report-team = The team: funnel, cohorts and time to connect per rep and in total, open collisions
help-report-team-json = { help-report-summary-json }
help-report-team-as-of = { help-report-funnel-as-of }
help-report-team-days = Contacts of the last N days count as collisions

## The app: the team line in the status bar, warnings and warm paths.
team-line-syncing = Team: syncing…
team-line-synced = Team: synced { $last } · { $pending } waiting
team-line-offline = Team: offline (last sync { $last })
team-line-error = Team: sync failed (last sync { $last })
team-sync-now = Sync now
team-warning = ⚠ { $text }
team-connected-on-team = Connected on the team: { $reps }
