# Profile links and export layouts (issue 20).
error-not-a-profile-link = '{ $url }' is not a { $platform } profile link: its host is not { $platform }'s
format-skip-spam = a message in the SPAM folder
format-skip-unknown-layout = the file was left out: its layout is not one followdesk knows ({ $detail })
format-error-unbalanced-quote = a quote opened on this line is never closed, so every row after it would be read into one cell; close the quote (or remove it) and import again
