# Profile links and export layouts (issue 20).
error-not-a-profile-link = '{ $url }' is not a { $platform } profile link: its host is not { $platform }'s
format-skip-spam = a message in the SPAM folder
format-skip-unknown-layout = the file was left out: its layout is not one followdesk knows ({ $detail })
