## Import: Datei wählen, Fortschrittsbalken, Bericht, frühere Importe.
## Die Überschrift der Ansicht ist nav-import in app.ftl.

import-intro = Holen Sie Ihr Netzwerk herein: das LinkedIn-Archiv aus „Kopie Ihrer Daten anfordern“, XING-vCards, die LinkedIn-Analytics-Arbeitsmappe oder beliebige vCards und CSV-Dateien. Ein erneuter Import aktualisiert und ergänzt – doppelt wird nichts.
import-kind = Art der Datei:
import-path = Datei oder Ordner
import-path-hint = Pfad eingeben oder eine Datei auf das Fenster ziehen
import-start = Import starten
import-progress = { $step } – { $done } von { $total }
import-starting = Wird gestartet …
import-cancel = Import abbrechen
import-nothing-changed = Es wurde nichts geändert.

import-report-title = Importiert: { $kind }
import-report-counts = { $unit ->
    [days] Tage
    [requests] Anfragen
   *[contacts] Kontakte
}: { $added } neu, { $updated } aktualisiert, { $unchanged } unverändert · Ereignisse: { $events_added } neu, { $events_existing } schon bekannt
import-report-posts = Beiträge: { $added } neu{ $updated ->
        [0] {""}
       *[other] , { $updated } mit neuer Zielgruppe
    }, { $existing } schon bekannt
import-report-files = gelesen: { $files }
import-open-contacts = Kontakte öffnen
import-skipped-rows = Übersprungene Zeilen ({ $count })
import-warning-rows = Mit Warnungen importiert ({ $count })
import-earlier = Frühere Importe
import-journal-counts = { $added } neu, { $updated } aktualisiert, { $unchanged } unverändert, { $skipped } übersprungen

## Der Hintergrund-Arbeiter: seine Fehler und die Schritte eines Imports im Fortschrittsbalken.

worker-db-not-opened = die Datenbank konnte nicht geöffnet werden

## Der Wiederherstellungsbildschirm, der statt der App erscheint, wenn sich die Datenbank
## nicht öffnen lässt, und die Fehler beim Öffnen des Fensters.

recovery-heading = followdesk kann seine Datenbank nicht öffnen
recovery-nothing-changed = Es wurde nichts geändert oder überschrieben.
recovery-restore-heading = Eine Sicherung wiederherstellen
recovery-no-backups = Neben dieser Datenbank wurden keine Sicherungen gefunden.
recovery-restore = Diese Sicherung wiederherstellen
recovery-kept-as = Die alte Datei wurde als { $path } aufbewahrt.
recovery-not-restored = Nicht wiederhergestellt: { $error }
recovery-other-heading = Oder eine andere Datenbankdatei öffnen
recovery-other-path = Datenbankdatei
recovery-open = Öffnen
recovery-try-again = Erneut versuchen
recovery-unknown-view = unbekannte Ansicht „{ $name }“ (bekannt: { $known })
recovery-no-window = das Fenster kann nicht geöffnet werden: { $error }

## Datei wählen, und woher die Dateien kommen.

import-choose-file = Datei wählen…
import-choose-folder = Ordner wählen…
import-howto-title = So kommen Sie an Ihre Daten
import-howto-linkedin-title = LinkedIn: Kontakte, Einladungen und Nachrichten
import-howto-linkedin = Auf linkedin.com: Sie > Einstellungen & Datenschutz > Datenschutz > Kopie Ihrer Daten anfordern. Wählen Sie „Größeres Datenarchiv herunterladen“ (alles, auch Ihre Beiträge) oder Kontakte, Einladungen und Nachrichten, dann Archiv anfordern. LinkedIn schickt Ihnen einen Link per E-Mail, für das kleine Archiv meist nach wenigen Minuten, für das große innerhalb von 24 Stunden. Laden Sie Basic_LinkedInDataExport_MM-DD-YYYY.zip (oder Complete_…) herunter und importieren Sie die ZIP-Datei, wie sie ist, oder den entpackten Ordner.
import-howto-xing-title = XING: Ihre Kontakte
import-howto-xing = XING bietet keinen Export der ganzen Kontaktliste. Im Profil eines Kontakts speichert Mehr > vCard herunterladen eine .vcf-Datei je Person; importieren Sie beliebig viele auf einmal (mehrere wählen oder den Ordner, in dem sie liegen). Eine mit einem XING-Werkzeug gespeicherte Kontaktliste (Name; Vorname; Firma; Titel; Notiz; Xing-Profil) als CSV oder .xlsx wird ebenfalls gelesen.
import-howto-analytics-title = LinkedIn: Ihre Follower im Zeitverlauf
import-howto-analytics = Auf linkedin.com: Sie > Beiträge & Aktivitäten > Analysen (oder die Creator-Analysen Ihres Profils) > Exportieren. Die .xlsx-Arbeitsmappe enthält Ihre täglichen neuen Follower und Interaktionen.
import-howto-mail-title = Die Anfragen von heute aus Ihrem Postfach
import-howto-mail = LinkedIn und XING schicken Ihnen zu jeder neuen Kontaktanfrage eine E-Mail („I want to connect“, „… möchte Sie als Kontakt hinzufügen“). Speichern Sie diese E-Mails (in den meisten Mailprogrammen: markieren, dann Speichern unter, das ergibt .eml-Dateien), oder geben Sie das Postfach selbst an: Thunderbird hält jeden Ordner als eine mbox-Datei in seinem Profilordner (Inbox, ohne Endung), andere Programme exportieren eine mbox oder führen einen Maildir-Ordner. Nur die Einladungs-E-Mails werden gelesen; der Rest wird gezählt und nicht angerührt. Die Anfragen landen in der Triage; der spätere Datenexport fügt nichts doppelt hinzu.
import-report-other-mails = andere E-Mails: { $count } nicht angerührt
