## Today: the start screen of the morning routine.

today-requests = Requests to triage
today-requests-none = Nothing waiting. Well done.
today-requests-hint = Decide each with one key: accept, redirect to Follow, decline or later.
today-open-triage = Open Triage
today-ready = Ready for outreach
today-ready-hint = Warm enough to contact now, of { $count ->
    [one] { $count } person who follows you or was redirected and is not connected.
   *[other] { $count } people who follow you or were redirected and are not connected.
}
today-open-pipeline = Open Pipeline
today-open-visibility = Open Visibility
today-promotional-warning = { $platform }: { $share } of your posts in the last { $days } days were promotional or profile updates. People hide such posts — and you are not told.
today-follower-change = Follower change in the last 7 days
today-gained = +{ $count } gained
today-lost = −{ $count } lost
today-net = net { $net }
today-no-follow = { $platform }: people cannot follow you without connecting.
today-followers-lost = Followers can be lost, and nobody tells you. Check Visibility for why.
