## Signals worth acting on, follow-up reminders and job changes.

## Event kinds this area adds, in the timeline.
signals-event-job-changed = changed jobs
signals-event-message-sent = I sent a message
signals-event-signal-dismissed = signal dismissed
signals-event-reminder-set = reminder set
signals-event-reminder-closed = reminder closed

## A job, as the reasons write it.
signals-job-at = { $position } at { $company }
signals-job-unknown = no job known

## What a signal is about.
signals-kind-follow-up-due = follow-up due
signals-kind-promotion = promoted
signals-kind-job-change = new job
signals-kind-engagement-jump = engaging more
signals-kind-redirect-not-followed = redirect not followed
signals-kind-no-touch = gone quiet

## Why, in words.
signals-reason-promotion = promoted: from { $from } to { $to } at { $company }
signals-reason-job-change = changed jobs: from { $from } to { $to }
signals-reason-engagement = { $recent } reactions in the last 14 days – usually { $usual } a fortnight
signals-reason-engagement-new = { $recent } reactions in the last 14 days – usually none
signals-reason-redirect = redirected to Follow { $days ->
    [one] { $days } day
   *[other] { $days } days
} ago, and never followed
signals-reason-no-touch = connected, and no touch for { $days ->
    [one] { $days } day
   *[other] { $days } days
}
signals-reason-follow-up = your message of { $days ->
    [one] { $days } day
   *[other] { $days } days
} ago is unanswered

## The command line: report signals | reminders.
signals-cli-title = Signals as of { $date }: { $count ->
    [one] { $count } person worth a message
   *[other] { $count } people worth a message
}
signals-cli-name = name
signals-cli-platform = platform
signals-cli-kind = signal
signals-cli-since = since
signals-cli-reason = why
signals-cli-reminders-title = { $count ->
    [one] { $count } reminder
   *[other] { $count } reminders
}
signals-cli-due = due
signals-cli-note = note
signals-cli-done = { $date } done
signals-cli-dismissed = { $date } dismissed
signals-cli-due-now = { $date } due
help-report-signals = Signals worth acting on: job changes, unanswered messages, engagement, silences
help-report-signals-json = { help-report-summary-json }
help-report-signals-as-of = { help-report-funnel-as-of }
help-report-reminders = Follow-up reminders: open ones, soonest due first
help-report-reminders-json = { help-report-summary-json }
help-report-reminders-all = Also list reminders that are done or dismissed

## Today, Pipeline and the contact page.
signals-event-reminder-text = due { $date }: { $note }
signals-reminders-due = { $count ->
    [one] { $count } reminder due
   *[other] { $count } reminders due
}
signals-reminder-overdue = since { $date }
signals-reminder-today = today
signals-reminder-done = Done
signals-reminder-dismiss = Dismiss reminder
signals-worth-a-message = Worth a message now: { $count ->
    [one] { $count } person
   *[other] { $count } people
}
signals-none = Nobody right now: no job changes, unanswered messages, jumps in engagement or silences.
signals-more-in-pipeline = All signals in Pipeline
signals-act-write = Write
signals-act-follow-up = Follow up
signals-dismiss = Dismiss signal
signals-open-contact = Open { $name }
signals-template-copied = The message to { $name } is on the clipboard; sending it is logged.
signals-remind-me = Remind me:
signals-remind-note-hint = note (optional)
signals-remind-in-3-days = in 3 days
signals-remind-next-week = next week
signals-remind-on = or on
signals-remind-set = Remind on this day
signals-remind-bad-date = “{ $value }” is no date: write it as YYYY-MM-DD.

## Pipeline's charts: headline figures, axes, and what warmth is.
charts-kpi-funnel = { $share } connected within 180 days · median { $median }
charts-kpi-funnel-none = Conversion within 180 days: not measurable yet
charts-kpi-cohorts = { $share } of { $entered } newcomers in { $months } months connected within 180 days so far ({ $connected })
charts-kpi-cohorts-none = No newcomers in these months
charts-kpi-followers = { $followers } followers now · +{ $gained } / −{ $lost } in the last 4 weeks
charts-kpi-time-to-connect = Median { $median } from following to connecting ({ $count } people)
charts-kpi-time-to-connect-none = Nobody has connected from the pipeline yet
charts-axis-people = people
charts-axis-cohort-month = month they followed or were redirected
charts-axis-per-week = per week
charts-warmth-title = What is warmth?
charts-warmth-weights = Each reaction to your posts counts: a comment { $comment }, a share { $share }, a like { $like } points.
charts-warmth-half-life = Points halve every { $days } days, so recent reactions count most.
charts-warmth-threshold = From { $threshold } points on, a person is ★ ready for outreach.

## The thresholds, in Pipeline.
signals-thresholds = Signal thresholds
signals-setting-job-days = a job change counts for (days)
signals-setting-redirect-days = redirect not followed after (days)
signals-setting-redirect-max-days = … and until (days)
signals-setting-engagement-window-days = recent engagement window (days)
signals-setting-engagement-baseline-days = their usual measured over (days)
signals-setting-engagement-factor = well above usual: at least (times)
signals-setting-engagement-min = … and at least (reactions)
signals-setting-no-touch-days = connection gone quiet after (days)
signals-setting-no-touch-max-days = … and until (days)
signals-setting-follow-up-days = follow up an unanswered message after (days)
signals-keys = W write to the selected person · X dismiss the signal
