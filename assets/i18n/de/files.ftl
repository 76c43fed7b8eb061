# files (de)
## Dateien importieren und exportieren: warum eine Datei abgelehnt, warum eine Zeile
## ausgelassen wird, die Schritte eines Imports und wie jede Importart heißt. Spaltennamen
## und Werte aus einer Datei stehen so da, wie die Datei sie schreibt.

## Eine Datei oder eine Zeile darin, und was dort nicht stimmt.
file-in-file = { $file }: { $reason }
file-at-line = { $file }, Zeile { $line }: { $reason }

## Dateien, die sich nicht lesen lassen.
file-io-not-found = { $path }: Datei oder Ordner nicht gefunden
file-io-permission-denied = { $path }: Zugriff verweigert
file-io-is-a-folder = { $path }: ist ein Ordner, keine Datei
file-io-other = { $path }: { $error }

## Warum ein Import abgelehnt wurde.
file-error-no-file = Es wurde keine Datei angegeben
file-error-one-file-only = Für „{ $kind }“ wird genau eine Datei gelesen (angegeben: { $count })
file-error-cancelled = Der Import wurde abgebrochen; nichts wurde geändert
file-error-no-vcf-in-folder = dieser Ordner enthält keine .vcf-Datei
file-error-not-csv = nicht als CSV lesbar: { $detail }
file-error-no-header = keine Kopfzeile mit { $columns } gefunden; ist das die richtige Datei?
file-error-missing-column = der Kopfzeile fehlt die Spalte „{ $column }“
file-error-not-vcard-line = keine Eigenschaftszeile einer vCard: „{ $text }“
file-error-text-outside-vcard = Text außerhalb einer vCard: „{ $text }“
file-error-nested-vcard = eine vCard beginnt innerhalb einer anderen (davor fehlt END:VCARD)
file-error-unended-vcard = diese vCard hat kein END:VCARD; die Datei ist abgeschnitten oder beschädigt
file-error-no-vcard = enthält keine vCard (kein BEGIN:VCARD)
file-error-not-linkedin-export = enthält weder Connections.csv noch Invitations.csv noch Shares.csv; ist das der LinkedIn-Export „Kopie Ihrer Daten anfordern“?
file-error-not-zip = ist kein Zip-Archiv ({ $looks_like })
file-error-damaged-zip = das Zip-Archiv ist beschädigt oder unvollständig ({ $detail }); laden Sie den Export erneut herunter
file-error-not-xlsx = ist keine Excel-Arbeitsmappe (.xlsx)
file-error-unreadable-xlsx = ist keine lesbare Excel-Arbeitsmappe: { $detail }
file-error-damaged-xlsx = ist keine lesbare Excel-Arbeitsmappe (sie ist beschädigt: das Lesen der xlsx-Datei ist gescheitert)
file-error-no-analytics-sheets = hat weder ein Blatt FOLLOWERS noch ein Blatt ENGAGEMENT (Blätter: { $sheets }); ist das der Analytics-Export von LinkedIn?
file-error-unreadable-sheet = Blatt { $sheet }: { $detail }
file-error-no-date-table = keine Tabelle mit einer Spalte Date

## Wonach eine Datei aussieht, die kein Zip ist.
file-looks-empty = eine leere Datei
file-looks-pdf = ein PDF-Dokument
file-looks-gzip = gzip-komprimiert
file-looks-rar = ein RAR-Archiv
file-looks-text = eine Textdatei
file-looks-unknown = Inhalt unbekannter Art

## Die Spalten, die eine Kopfzeile braucht: „A, B und C“, „A oder B“.
file-list-and = und
file-list-or = oder
file-columns-any-name = einer Namensspalte ({ $names })
file-columns-date-with-link-or-text = { $date } und { $link } oder { $text }

## Warum eine Zeile ausgelassen wurde.
file-skip-no-name = kein Name
file-skip-hidden-profile = verborgenes oder geschlossenes Profil (die Zeile enthält nur ein Datum)
file-skip-draft = ein Entwurf, nie gesendet
file-skip-not-a-date = { $column } „{ $value }“ ist kein Datum
file-skip-not-a-date-time = { $column } „{ $value }“ ist kein Datum mit Uhrzeit
file-skip-bad-direction = { $column } „{ $value }“ ist weder INCOMING noch OUTGOING
file-skip-no-participant = kein Teilnehmer ist ein Kontakt (von { $from } an { $to })
file-skip-first-cell-not-date = die erste Zelle ist kein Datum
file-skip-count-not-number = eine Anzahl ist keine Zahl

## Zeilen, die importiert wurden, aber ohne etwas.
file-warn-field-cut = { $field } auf { $max } Zeichen gekürzt
file-warn-notes-cut = Notizen auf ihre Höchstlänge gekürzt
file-warn-not-an-email = „{ $value }“ ist keine E-Mail-Adresse; ohne sie importiert
file-warn-bad-profile-link = ungültige Profil-URL „{ $url }“: nur http- und https-Links sind erlaubt; ohne den Link importiert
file-warn-profile-taken = hat bereits das { $platform }-Profil { $have }; { $url } wurde nicht hinzugefügt

## Die Schritte eines Imports, unter dem Fortschrittsbalken.
file-step-reading-archive = Archiv wird gelesen
file-step-reading = { $file } wird gelesen
file-step-reading-vcards = vCards werden gelesen
file-step-contacts = Kontakte
file-step-connections = Vernetzungen
file-step-invitations = Kontaktanfragen
file-step-messages = Nachrichten
file-step-posts = Beiträge
file-step-days = Tage
file-step-saving = Wird gespeichert

## Die Importarten.
file-kind-linkedin = LinkedIn-Export
file-kind-xing = XING-vCards
file-kind-analytics = LinkedIn-Analytics-Arbeitsmappe
file-kind-vcard = vCards
file-kind-csv = CSV

## Exportieren.
file-export-error-write = Der Export konnte nicht geschrieben werden: { $reason }
