# Profil-Links und Export-Formate (Issue 20).
error-not-a-profile-link = „{ $url }“ ist kein { $platform }-Profil-Link: Der Host gehört nicht zu { $platform }
format-skip-spam = eine Nachricht im SPAM-Ordner
format-skip-unknown-layout = die Datei wurde ausgelassen: Ihr Aufbau ist followdesk nicht bekannt ({ $detail })
format-error-unbalanced-quote = ein in dieser Zeile geöffnetes Anführungszeichen wird nie geschlossen, sodass alle folgenden Zeilen in eine Zelle gelesen würden; schließen (oder entfernen) Sie es und importieren Sie erneut
