# Profile links and export layouts (issue 20).
error-not-a-profile-link = '{ $url }' is not a { $platform } profile link: its host is not { $platform }'s
format-skip-spam = a message in the SPAM folder
format-skip-unknown-layout = the file was left out: its layout is not one followdesk knows ({ $detail })
format-error-unbalanced-quote = a quote opened on this line is never closed, so every row after it would be read into one cell; close the quote (or remove it) and import again
format-warn-mixed-encoding = the file mixes UTF-8 and Latin-1: { $count ->
    [one] this line was
   *[other] { $count } lines (from this one) were
} read as Latin-1; check the names there
format-skip-bad-value = { $person }: { $problem }; the row was left out
format-warn-bad-tag = tag '{ $tag }' left out: { $problem }
format-error-not-a-regular-file = this is not a file (a device, a pipe or a socket); choose the exported file itself
format-error-too-big = the file is bigger than { $max } MiB once read, more than any real export; it was refused and nothing was imported
format-skip-count-out-of-range = { $field } '{ $value }' is no count (a whole number from 0 up, of a believable size); the row was left out
