## Visibility: who sees my posts on each platform, and why.

visibility-intro = Is your network dead, or are you hidden? Who can see your posts on each platform, and why.
visibility-reading = Reading your history…
visibility-platform = Platform
visibility-params-n = Probably hiding you (an estimate) means: silent for N =
visibility-params-n-tooltip = N: days without a like, comment or share from that connection
visibility-params-k = while you posted at least K =
visibility-params-k-tooltip = K: your posts on that platform within those N days
visibility-params-end = there. Platforms never tell you who hides you.
visibility-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
visibility-posts = { $count ->
    [one] { $count } post
   *[other] { $count } posts
}
visibility-verdict-empty = { $platform }: nobody here yet — no connections, followers or requests.
visibility-verdict-silent = { $platform }: silent because you are. No posts in the last { $days } days, so nobody could react.
visibility-verdict-hidden = { $platform }: not dead, hidden. { $hidden } of { $connections ->
    [one] { $connections } connection
   *[other] { $connections } connections
} probably hide your posts (estimate); { $engaged } engaged in the last { $days } days.
visibility-verdict-alive = { $platform }: alive. { $engaged } of { $connections ->
    [one] { $connections } connection
   *[other] { $connections } connections
} engaged in the last { $days } days; { $hidden ->
    [one] { $hidden } probably hides
   *[other] { $hidden } probably hide
} your posts (estimate).
visibility-verdict-quiet = { $platform }: quiet. Nobody engaged in the last { $days } days, but { $posts ->
    [one] { $posts } post is
   *[other] { $posts } posts are
} too few to tell who hides you.
visibility-unseen-followers = { $count ->
    [one] { $count } follower cannot
   *[other] { $count } followers cannot
} see your posts: on { $platform } followers do not see posts, only connections do.
visibility-promotional-warning = ⚠ On { $platform }, { $share } of your posts in the last { $days } days were promotional or automatic profile updates.
visibility-promotional-explain = Promotional posts and profile-update posts make people hide you. Then nobody reacts, and it looks as if the network were dead. Post what is relevant to your readers instead.
visibility-connections-only-warning = ⚠ On { $platform }, { $count } of { $total ->
    [one] your one post
   *[other] your { $total } posts
} in the last { $days } days { $count ->
    [one] was
   *[other] were
} for connections only: your { $followers ->
    [one] follower who is not a connection
   *[other] { $followers } followers who are not connections
} did not see { $count ->
    [one] it
   *[other] them
}.
visibility-connections-only-explain = Followers see only posts for anyone. If you ask people to follow you instead of connecting, post for anyone, or they never see you.
visibility-empty = Nothing to show yet: no posts and no contacts.
visibility-empty-hint = Log your posts below as you publish them, and import your LinkedIn export or XING vCards: then this page shows who sees your posts and who probably hides them.
visibility-import = Import your contacts…

## How the platforms differ.

visibility-rules-title = How the platforms differ
visibility-yes = yes
visibility-no = no
visibility-rule-follow = Follow a person without connecting
visibility-rule-followers-see = Followers see your posts
visibility-rule-connections-see = Connections see your posts
visibility-rule-silent-hide = A connection can hide you, silently
visibility-rule-new-followers = You see your new followers
visibility-rule-export = Export of connections
visibility-myths-title = Two misconceptions
visibility-myth-followers = “You cannot lose followers.” — You can, and nobody tells you. Connections can hide your posts for good.
visibility-myth-linkedin = “On LinkedIn you must be connected to see someone's posts.” — No: anyone can follow you. Answer a vague request with “follow me instead”.

## The audience segments.

visibility-segment-engaged = Engaged
visibility-segment-hidden = Probably hide you
visibility-segment-quiet = Quiet, too early to judge
visibility-segment-followers-visible = Followers who see your posts
visibility-segment-followers-not-visible = Followers who cannot see your posts
visibility-segment-pending = Pending, not following yet
visibility-estimate = { $segment } (estimate)
visibility-meaning-engaged = Connections who liked, commented or shared within the last N days: they see your posts on { $platform }.
visibility-meaning-hidden = An estimate: connections silent for N days while you posted at least K times. { $platform } does not tell you; write to the ones who matter.
visibility-meaning-quiet = Connections who do not react yet, but too recently connected, or you posted too little, to judge.
visibility-meaning-followers-visible = Follow you without being connected; on { $platform } followers see your posts.
visibility-meaning-followers-not-visible = Follow you without being connected, but on { $platform } followers do not see your posts: only connections do.
visibility-meaning-pending = Undecided requests, and people you redirected to Follow who do not follow yet: they do not see your posts yet.
visibility-people-on = People on { $platform }
visibility-segment-nobody = Nobody in this group.
visibility-contact-number = Contact #{ $id }
visibility-open-contact = Open the contact

## The charts.

visibility-month = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $year }
visibility-percent = { $value }%
visibility-chart-audience = Who sees your posts
visibility-audience-bar = { $platform }: { $segment } — { $count ->
    [one] { $count } person
   *[other] { $count } people
}
visibility-axis-people = people
visibility-audience-caption = One bar per platform: green engaged recently, orange probably hides you (an estimate). A big orange part means hidden, not dead: post relevant content and write to those people directly. Hover for exact numbers.
visibility-chart-mix = What you post on { $platform }
visibility-mix-none = No posts logged here yet. Log your posts below to see the mix.
visibility-mix-bar = { $month }: { $kind } { $share } ({ $count } of { $total ->
    [one] { $total } post
   *[other] { $total } posts
})
visibility-mix-caption = Each month's posts by kind. Orange and grey (promotional, automatic profile updates) make people hide you: keep most posts relevant to your readers.
visibility-chart-rate = Engagement rate on { $platform }
visibility-rate-none = No posts or imported analytics here yet.
visibility-rate-logged = From your logged posts
visibility-rate-imported = From imported analytics
visibility-rate-caption = Reactions, comments and shares as a share of impressions (of followers where impressions are unknown), per month. Falling while you post as often means fewer people see you: change what you post, not how often.

## Logging a post.

visibility-post-title = Log a post
visibility-post-platform = Platform:
visibility-post-kind = Kind:
visibility-post-audience = For:
visibility-post-audience-tooltip = Who could see the post. On LinkedIn a post for connections only is not shown to your followers who are not connections.
visibility-audience-anyone = Anyone
visibility-audience-connections = Connections only
visibility-kind-relevant = Relevant
visibility-kind-promotional = Promotional
visibility-kind-profile-update = Profile update
visibility-post-date = Date
visibility-post-date-hint = e.g. Mar 31, 2026
visibility-post-link = Link
visibility-post-reactions = Reactions
visibility-post-comments = Comments
visibility-post-shares = Shares
visibility-post-impressions = Impressions
visibility-post-optional = optional
visibility-post-log = Log post
visibility-post-hint = Tab moves between fields, Enter logs the post. Mark promotional posts and automatic profile updates honestly: they explain who hides you.
visibility-post-logged = Logged a { $kind ->
    [promotional] promotional
    [profile_update] profile update
   *[relevant] relevant
} post on { $platform } for { $date }.
visibility-post-bad-date = The date is not valid: “{ $value }”. Write it like { $example } or 2026-03-31.
visibility-post-bad-link = The link must start with https:// (or leave it empty).
visibility-post-bad-impressions = Impressions must be a whole number, or empty when unknown (not “{ $value }”).

## My posts on the selected platform, with their kinds to correct.
visibility-posts-title = Your posts on { $platform } ({ $count })
visibility-posts-hint = Newest first. Posts imported from Shares.csv count as relevant until you mark them here; promotional posts and profile updates raise the share that makes people hide you.
visibility-posts-empty = No posts on { $platform } yet. Log them below; LinkedIn posts can also come from Shares.csv in LinkedIn's data export.
visibility-posts-failed = Your posts could not be read: { $error }
visibility-posts-imported = imported
visibility-posts-by-hand = logged by hand
visibility-posts-connections-only = { $source }, connections only
visibility-posts-no-text = (no text or link)
visibility-posts-delete = Delete
visibility-posts-delete-tooltip = Delete this post from followdesk (Ctrl+Z brings it back). A post deleted from an import comes back if you import the same export again.
visibility-posts-delete-named = Delete the post of { $date }: { $what }
