## Sicherheit der Daten: abgelehnte Dateien, Fehler einmal und in Worten.

## Die Datenbankdatei
safety-error-foreign = { $path } gehört zu einem anderen Programm (es enthält die Tabellen { $tables }); followdesk hat die Datei nicht verändert. Wählen Sie mit --db eine neue Datei, oder lassen Sie --db weg, um Ihre followdesk-Datenbank zu nutzen
safety-error-not-a-file = { $path } ist keine normale Datei (ein Gerät, ein Ordner oder eine Pipe); wählen Sie mit --db eine Datenbankdatei, oder lassen Sie --db weg, um Ihre followdesk-Datenbank zu nutzen
safety-error-cannot-write = { $path } kann nicht geschrieben werden: followdesk muss die Datei und ihr Journal in { $folder } schreiben, und dieser Ordner ist für Sie schreibgeschützt. Ihre Daten sind unversehrt: Kopieren Sie die Datei in einen Ordner, in den Sie schreiben dürfen, und öffnen Sie sie dort mit --db, oder machen Sie den Ordner beschreibbar
safety-error-busy = { $path } ist belegt: Ein anderes Programm schreibt seit mehr als 5 Sekunden hinein. Es wurde nichts geändert; versuchen Sie es erneut, wenn es fertig ist
safety-error-bad-backup = die Sicherung { $path } hat die Prüfung nicht bestanden ({ $reason }) und wurde nicht behalten; ist der Datenträger voll?
safety-backup-incomplete = die Kopie ist leer oder unvollständig: { $bytes } Bytes
safety-error-no-backup = es konnte keine Sicherung angelegt werden, daher wurde nichts geschrieben: { $error }

## Exportziele
safety-export-guarded = { $path } ist Ihre followdesk-Datenbank, ihr Journal oder eine ihrer Sicherungen: Ein Export schreibt dort nie hinein, auch nicht mit --force. Wählen Sie eine andere Datei
safety-export-not-a-file = { $path } ist keine normale Datei; wählen Sie eine Datei für den Export
safety-export-exists = { $path } existiert bereits; fügen Sie --force hinzu, um sie zu ersetzen, oder wählen Sie eine andere Datei

## Hilfe der Export-Optionen
help-export-csv-force = Die Datei ersetzen, falls sie existiert (nie die Datenbank oder eine Sicherung)
help-export-vcard-force = { help-export-csv-force }

## Änderungen in Worten (Statuszeile und Rückgängig-Knopf)
safety-place-contact-page = Kontaktseite
safety-did = Erledigt: { $what }
safety-did-for = Erledigt: { $what } für { $who }
safety-did-decision = { $kind ->
    [request_accepted] { $who } angenommen
    [redirected_to_follow] { $who } gebeten, stattdessen zu folgen
    [request_declined] { $who } abgelehnt
   *[decision_deferred] { $who } auf später verschoben
}
safety-done-undoable = { $what } — { $keys } macht es rückgängig
safety-undo-decision = { $kind ->
    [request_accepted] Annahme von { $who }
    [redirected_to_follow] Umleitung von { $who }
    [request_declined] Ablehnung von { $who }
   *[decision_deferred] „Später“ für { $who }
}
safety-undo-for = { $what } für { $who }
safety-undo-button = Rückgängig: { $what } ({ $place })
safety-undone = Rückgängig gemacht: { $what } ({ $place })
safety-undo-elsewhere = Die letzte Änderung wurde in { $place } gemacht: { $what }. Drücken Sie noch einmal { $keys }, um sie rückgängig zu machen, oder nutzen Sie den Rückgängig-Knopf.

## Der Hintergrund-Arbeiter
safety-worker-restarted = Die Hintergrundarbeit hat unerwartet aufgehört und wurde neu gestartet. Nichts Gespeichertes ist verloren.
safety-worker-restarted-change = Die Hintergrundarbeit hat unerwartet aufgehört und wurde neu gestartet. Nichts Gespeichertes ist verloren, aber diese Änderung wurde nicht gespeichert: { $what }. Bitte nehmen Sie sie noch einmal vor.
safety-worker-restarted-import = Die Hintergrundarbeit hat unerwartet aufgehört und wurde neu gestartet. Nichts Gespeichertes ist verloren; der Import wurde nicht ausgeführt (nichts davon wurde geschrieben). Bitte starten Sie ihn noch einmal.
safety-worker-restarted-demo = Die Hintergrundarbeit hat unerwartet aufgehört und wurde neu gestartet. Nichts Gespeichertes ist verloren; die Demodaten wurden nicht geschrieben. Bitte laden Sie sie noch einmal.

## Eine Kontaktseite mit ungespeicherten Änderungen verlassen
safety-leave-title = Ungespeicherte Änderungen
safety-leave-text = Sie haben die Angaben zu { $name } geändert und nicht gespeichert.
safety-leave-save = Speichern
safety-leave-discard = Verwerfen
safety-leave-stay = Bleiben

## Lesen, was wieder gespeichert werden kann
safety-template-read-failed = Konnte nicht gelesen werden und wird daher nicht geöffnet (Speichern würde sie durch einen leeren Text ersetzen): { $error }

## Erster Start: mein Name und Profil-Link für die Antworten
safety-first-use-title = Wer unterschreibt Ihre Antworten?
safety-first-use-text = Ihr Name steht unter jeder Antwort ({"{"}my_name{"}"}); Ihr Profil-Link kann auch hinein ({"{"}my_profile{"}"}). Einmal gefragt; Ihr Name lässt sich später unter „Antwortvorlagen bearbeiten …“ ändern.
safety-first-use-name = Ihr Name
safety-first-use-link = Ihr Profil-Link
safety-first-use-save = Für die Antworten speichern
safety-first-use-later = Nicht jetzt
