# Profile links and export layouts (issue 20).
error-not-a-profile-link = '{ $url }' is not a { $platform } profile link: its host is not { $platform }'s
