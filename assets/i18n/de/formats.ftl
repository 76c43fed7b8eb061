# Profil-Links und Export-Formate (Issue 20).
error-not-a-profile-link = „{ $url }“ ist kein { $platform }-Profil-Link: Der Host gehört nicht zu { $platform }
