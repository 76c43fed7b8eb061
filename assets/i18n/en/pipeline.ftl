## Pipeline: followers and redirected people ranked by warmth, with quick actions.

pipeline-reading = Reading the history…
pipeline-empty = Nobody in the pipeline yet.
pipeline-empty-hint = People land here when they follow you without connecting, or when you redirect a request to Follow.
pipeline-open-triage = Open Triage
pipeline-summary = { $count ->
    [one] { $count } person
   *[other] { $count } people
}, warmest first · { $ready } ready for outreach
pipeline-threshold = Ready at warmth
pipeline-threshold-tooltip = Warmth: comments count 3, shares 2, likes 1, halving every 30 days
pipeline-keys = Keys on the selected person: L like · C comment · S share · M message · K connected · P open profile · T copy outreach template · ⬆⬇ move · Enter open
pipeline-quick-liked = Liked a post
pipeline-quick-commented = Commented
pipeline-quick-shared = Shared
pipeline-quick-message = Message
pipeline-quick-connected = Mark as connected
pipeline-quick-open-profile = Open profile
pipeline-quick-copy-template = Copy outreach template
pipeline-no-profile = No profile link for { $name }.
pipeline-template-copied = Outreach template for { $name } copied.
pipeline-no-template = No outreach template found.
pipeline-ready = ★ ready for outreach
pipeline-why-redirected-following = redirected to Follow, and follows you
pipeline-why-redirected = redirected to Follow, not following yet
pipeline-why-follows = follows you, not connected
pipeline-warmth-line = Warmth { $score }: { $parts } · { $why }
pipeline-part-comments = { $count ->
    [one] { $count } comment
   *[other] { $count } comments
} ({ $points })
pipeline-part-shares = { $count ->
    [one] { $count } share
   *[other] { $count } shares
} ({ $points })
pipeline-part-likes = { $count ->
    [one] { $count } like
   *[other] { $count } likes
} ({ $points })
pipeline-no-engagement = no engagement yet
pipeline-no-interaction = no interaction yet
pipeline-row-warmth = warmth { $score }
pipeline-open-contact = Open contact

## The pipeline's charts.

pipeline-chart-funnel = Funnel
pipeline-stage-requests = requests
pipeline-stage-redirected = redirected
pipeline-stage-following = following
pipeline-stage-engaged = engaged
pipeline-stage-connected = connected
pipeline-stage-opportunity = opportunity
pipeline-not-measurable = not measurable yet
pipeline-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
pipeline-funnel-caption = From requests to connections. Of those who followed or were redirected at least 180 days ago, { $conversion } connected within 180 days (median { $median }). { $later ->
    [one] { $later } redirected person connected later.
   *[other] { $later } redirected people connected later.
} If few followers engage, post more that is worth a comment.
pipeline-chart-cohorts = Conversion by cohort month
pipeline-cohorts-entered = entered (followed or redirected)
pipeline-cohorts-connected = connected within 180 days
pipeline-cohorts-caption = Each month's newcomers to the pipeline, and how many of them connected within 180 days. Recent months are still filling. Falling bars mean followers no longer turn into contacts: reach out to the warmest.
pipeline-chart-followers = { $platform } followers over time (weekly)
pipeline-followers-line = followers
pipeline-followers-gained = gained
pipeline-followers-lost = lost
pipeline-followers-caption = Followers (not connected) at the end of each week; below, each week's gains and losses on a scale of their own. { $lost } lost in two years — followers can be lost, and nobody tells you; a run of losses usually follows promotional posts.
pipeline-chart-time-to-connect = Time from following to connecting
pipeline-bucket = { $from }–{ $to } days
pipeline-bucket-open = { $from } days or more
pipeline-time-to-connect-bars = people who connected
pipeline-time-to-connect-caption = How long people followed (or were redirected) before they connected. Most conversions come within months: be patient with new followers, and reach out to long-time ones who engage.
