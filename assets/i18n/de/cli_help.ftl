# cli_help (de)
## `followdesk --help`: wozu jeder Befehl und jede Option da ist, und die Wörter von clap.
## Die Ids folgen der Befehlszeile (src/cli/help.rs): help-<Befehlspfad> und
## help-<Befehlspfad>-<Option>; die der Wurzel heißen help-about und help-<Option>.
## Werte, die man so eintippt (today, linkedin, PATH, YYYY-MM-DD als Eingabeformat), und die
## JSON-Formen bleiben, wie sie sind. Wiederholungen verweisen auf die erste Stelle.

## followdesk
help-about = Desktop-Kontaktverwaltung für Social Selling auf LinkedIn und XING
help-db = Die Datenbankdatei [Standard: followdesk.sqlite3 im Datenverzeichnis des Systems]
help-view = Die Ansicht, mit der die App startet: today (Heute), triage (Sichten), contacts (Kontakte), pipeline (Pipeline), visibility (Sichtbarkeit) oder import (Import)

## demo
help-demo = Eine leere Datenbank mit realistischen Demodaten füllen (bei gleichem Startwert und Tag immer dieselben)
help-demo-contacts = Wie viele Personen erfunden werden
help-demo-seed = Startwert des Zufallsgenerators: derselbe Startwert ergibt dieselben Daten
help-demo-today = Der letzte Tag des erfundenen Verlaufs (YYYY-MM-DD) [Standard: heute]

## report
help-report = Einen Bericht ausgeben
help-report-summary = Kontakte und je Plattform: Vernetzungen, Follower, offene Anfragen, Umleitungen
help-report-summary-json = JSON statt einer Tabelle ausgeben
help-report-followers = Verlauf der Follower-Zahl, importiert aus der Analytics-Arbeitsmappe von LinkedIn
help-report-followers-json = { help-report-summary-json }
help-report-funnel = Der Follower-Trichter: Stufen, Umwandlung nach Kohortenmonat, verlorene Follower
help-report-funnel-json = { help-report-summary-json }
help-report-funnel-as-of = Mit dem Stand zum Ende dieses Tages rechnen (YYYY-MM-DD) [Standard: heute]
help-report-pipeline = Die Ansprache-Liste: Follower und umgeleitete Personen, nach Wärme geordnet
help-report-pipeline-json = { help-report-summary-json }
help-report-pipeline-as-of = { help-report-funnel-as-of }
help-report-pipeline-limit = Höchstens so viele Personen zeigen
help-report-visibility = Wer meine Beiträge auf jeder Plattform sieht, und die Mischung meiner Beiträge
help-report-visibility-json = { help-report-summary-json }
help-report-visibility-as-of = { help-report-funnel-as-of }
help-report-visibility-days = N: Tage ohne Interaktion, und der Zeitraum für Beiträge und ihre Mischung
help-report-visibility-min-posts = K: so viele Beiträge in diesen Tagen, bevor Schweigen als „blendet Sie wahrscheinlich aus“ gilt

## import
help-import = Einen LinkedIn-Export, XING-vCards, die Analytics-Arbeitsmappe, vCards oder eine CSV-Datei importieren
help-import-linkedin = LinkedIns Export aus „Kopie Ihrer Daten anfordern“: die ZIP-Datei (Basic_…, Complete_…, ….zip.zip) oder der entpackte Ordner
help-import-linkedin-path = Die Datei (oder der Ordner), die importiert wird
help-import-linkedin-json = Den Bericht als JSON ausgeben
help-import-xing = XING-vCards: .vcf-Dateien oder Ordner mit solchen. Jede Karte ist eine Vernetzung auf XING
help-import-xing-paths = Dateien oder Ordner, die importiert werden
help-import-xing-json = { help-import-linkedin-json }
help-import-analytics = LinkedIns Creator-Analytics-Arbeitsmappe (.xlsx): Follower-Verlauf, Impressionen, Interaktionen
help-import-analytics-path = { help-import-linkedin-path }
help-import-analytics-json = { help-import-linkedin-json }
help-import-vcard = Beliebige vCards (.vcf-Dateien oder Ordner), ohne Plattform
help-import-vcard-paths = { help-import-xing-paths }
help-import-vcard-json = { help-import-linkedin-json }
help-import-csv = Eine CSV-Datei mit Kopfzeile (Spalten werden am Namen erkannt: Vor-, Nach- oder ganzer Name, E-Mail, Firma, Position, Profil-URL, Schlagwörter)
help-import-csv-path = { help-import-linkedin-path }
help-import-csv-json = { help-import-linkedin-json }

## export
help-export = Alle Kontakte mit Profilen und Schlagwörtern als CSV oder vCard exportieren
help-export-csv = Eine CSV-Datei (UTF-8; Zellen, die eine Tabellenkalkulation als Formel ausführen würde, werden entschärft)
help-export-csv-path = Die Datei, die geschrieben wird
help-export-vcard = Eine vCard-4.0-Datei mit allen Kontakten
help-export-vcard-path = { help-export-csv-path }

## backup, restore
help-backup = Die Datenbank im laufenden Betrieb kopieren: nach PATH oder in den Ordner der Sicherungen daneben
help-backup-path = Wohin die Kopie geschrieben wird (darf noch nicht existieren) [Standard: der Ordner der Sicherungen]
help-restore = Die Datenbank durch eine Sicherung ersetzen (eine Kopie der aktuellen wird vorher aufbewahrt)
help-restore-path = Die Sicherung, die wiederhergestellt wird
help-restore-yes = Bestätigen, dass die aktuellen Daten ersetzt werden dürfen

## classify (die JSON-Formen sind ein Maschinenformat und bleiben; geschweifte Klammern werden {"{"} und {"}"} geschrieben)
help-classify = Kontaktanfragen einstufen: JSON Lines auf stdin, ein Urteil je Zeile auf stdout
help-classify-long =
    Kontaktanfragen einstufen: JSON Lines auf stdin, ein Urteil je Zeile auf stdout.

    Jede Eingabezeile ist `{"{"}"message": "...", "platform": "linkedin"{"}"}` (`platform` ist optional: linkedin oder xing). Jede Ausgabezeile ist `{"{"}"verdict": "specific"|"unspecific"|"unclear", "score": n, "reasons": [...], "lang": "de"|"en", "tone": "sie"|"du", "proposal": "accept"|"redirect"|"decline"|"decide", "probability": p{"}"}` oder `{"{"}"error": "line N: ..."{"}"}`. Braucht keine Datenbank.
help-classify-rules = Eine angepasste Kopie der Regeln für das Einstufen, für --engine rules [Standard: die eingebaute assets/classifier.toml]

## Die Wörter von clap. Überschriften ohne Doppelpunkt (den setzt clap).
cli-help-usage = Aufruf
cli-help-commands = Befehle
cli-help-arguments = Argumente
cli-help-options = Optionen
cli-help-flag-help = Hilfe anzeigen
cli-help-flag-help-more = Hilfe anzeigen (mehr mit „--help“)
cli-help-flag-help-summary = Hilfe anzeigen (Kurzfassung mit „-h“)
cli-help-flag-version = Version anzeigen
cli-help-subcommand = Diese Hilfe oder die Hilfe der angegebenen Unterbefehle anzeigen
## Hinter der Hilfe einer Option: der Wert, den sie hat, wenn sie fehlt.
cli-help-default = [Standard: { $value }]
