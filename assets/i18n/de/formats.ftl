# Profil-Links und Export-Formate (Issue 20).
error-not-a-profile-link = „{ $url }“ ist kein { $platform }-Profil-Link: Der Host gehört nicht zu { $platform }
format-skip-spam = eine Nachricht im SPAM-Ordner
format-skip-unknown-layout = die Datei wurde ausgelassen: Ihr Aufbau ist followdesk nicht bekannt ({ $detail })
format-error-unbalanced-quote = ein in dieser Zeile geöffnetes Anführungszeichen wird nie geschlossen, sodass alle folgenden Zeilen in eine Zelle gelesen würden; schließen (oder entfernen) Sie es und importieren Sie erneut
format-warn-mixed-encoding = die Datei mischt UTF-8 und Latin-1: { $count ->
    [one] diese Zeile wurde
   *[other] { $count } Zeilen (ab dieser) wurden
} als Latin-1 gelesen; prüfen Sie die Namen dort
format-skip-bad-value = { $person }: { $problem }; die Zeile wurde ausgelassen
format-warn-bad-tag = Schlagwort „{ $tag }“ ausgelassen: { $problem }
format-error-not-a-regular-file = dies ist keine Datei (ein Gerät, eine Pipe oder ein Socket); wählen Sie die exportierte Datei selbst
format-error-too-big = die Datei ist gelesen größer als { $max } MiB, mehr als jeder echte Export; sie wurde abgelehnt und nichts importiert
format-skip-count-out-of-range = { $field } „{ $value }“ ist keine Anzahl (eine ganze Zahl ab 0 in glaubhafter Größe); die Zeile wurde ausgelassen
