## Fehler, die Menschen lesen: Eingaben, die eine Regel verletzen, und was Datenbank,
## Demodaten und Antwortvorlagen melden. Die meisten stehen hinter „Nicht möglich (…): “.
## Texte von Bibliotheken (SQLite, TOML) darin bleiben, wie die Bibliothek sie schreibt.

## Die Felder eines Kontakts und anderer Eingaben, wie Fehler sie nennen.
error-field-first-name = Vorname
error-field-last-name = Nachname
error-field-company = Unternehmen
error-field-position = Position
error-field-email = E-Mail
error-field-phone = Telefon
error-field-notes = Notizen
error-field-tag = Schlagwort
error-field-date = Datum

## Eingaben, die eine Regel verletzen.
error-unknown-platform = unbekannte Plattform „{ $platform }“ (bekannt: { $known })
error-empty-name = ein Kontakt braucht einen Vor- oder Nachnamen
error-unknown-event-kind = unbekannte Ereignisart „{ $kind }“
error-unknown-post-kind = unbekannte Beitragsart „{ $kind }“ (relevant, promotional oder profile_update)
error-unknown-post-audience = unbekannte Zielgruppe eines Beitrags „{ $audience }“ (anyone oder connections)
error-invalid-date = ungültiges Datum „{ $value }“ im Feld „{ $field }“: { $reason }
error-invalid-email = ungültige E-Mail-Adresse „{ $value }“
error-invalid-url = ungültige Profil-URL „{ $value }“: nur http- und https-Links sind erlaubt
error-control-character = „{ $field }“ enthält das Steuerzeichen { $code }; bitte entfernen Sie es
error-empty-tag = ein Schlagwort braucht einen Namen
error-invalid-color = ungültige Farbe „{ $value }“: verwenden Sie #rrggbb
error-too-long = „{ $field }“ ist zu lang ({ $len } Zeichen, höchstens { $max })

## Warum ein Datum nicht lesbar war.
error-date-empty = leer
error-date-unreadable = { $reason }; schreiben Sie JJJJ-MM-TT
error-date-out-of-range = ein Wert liegt außerhalb des gültigen Bereichs
error-date-impossible = kein mögliches Datum
error-date-not-enough = unvollständig
error-date-invalid = enthält ungültige Zeichen
error-date-too-short = endet zu früh
error-date-too-long = danach folgt noch weiterer Text
error-date-bad-format = ungültiges Format
error-date-other = kein Datum

## Dateien, die nicht gelesen oder geschrieben werden konnten.
error-io-not-found = Datei oder Ordner nicht gefunden
error-io-permission-denied = keine Berechtigung
error-io-already-exists = die Datei existiert bereits
error-io-storage-full = der Datenträger ist voll
error-io-read-only = das Dateisystem ist schreibgeschützt
error-io-is-a-folder = das ist ein Ordner
error-io-not-a-folder = das ist kein Ordner
error-io-invalid-name = ungültiger Datei- oder Ordnername

## Die Datenbank.
error-store-open = die Datenbank { $path } lässt sich nicht öffnen: { $reason }
error-store-too-new = { $path } wurde von einem neueren followdesk geschrieben (Schema { $found }, dieses kennt { $known }); aktualisieren Sie followdesk oder wählen Sie eine andere Datei
error-store-not-a-database = { $path } ist keine followdesk-Datenbank oder beschädigt: { $reason }
error-store-no-tables = { $path } ist keine followdesk-Datenbank oder beschädigt: sie enthält keine followdesk-Tabellen
error-store-in-use = { $path } ist in einem anderen followdesk-Fenster geöffnet; schließen Sie es zuerst
error-store-in-memory = eine Datenbank im Arbeitsspeicher hat keinen Ordner für Sicherungen
error-store-no-such-contact = kein Kontakt mit der ID { $id }
error-store-no-such-tag = kein Schlagwort mit der ID { $id }
error-store-no-such-post = kein Beitrag mit der ID { $id }
error-store-tag-exists = ein Schlagwort „{ $name }“ gibt es bereits
error-store-profile-taken = das { $platform }-Profil { $url } gehört zu einem anderen Kontakt (ID { $owner })
error-store-no-such-template = keine Vorlage namens „{ $name }“
error-store-invalid-template-name = ungültiger Vorlagenname „{ $name }“: erlaubt sind Kleinbuchstaben, Ziffern, „_“ und „.“
error-store-invalid-setting = die Einstellung { $key } ist „{ $value }“: erwartet wird eine Zahl ab 0
error-store-invalid-day = { $table } enthält den Tag „{ $value }“, der nicht im Format JJJJ-MM-TT ist: { $reason }
error-store-merge-self = ein Kontakt kann nicht mit sich selbst zusammengeführt werden
error-store-sqlite = Datenbank: { $error }
error-store-migration = Datenbankmigration: { $error }

## Die Datei der Antwortvorlagen.
error-templates-parse = Vorlagen: { $error }
error-templates-invalid-name = Vorlagen: Vorlage { $index }: ungültiger Name „{ $name }“ (erlaubt sind Kleinbuchstaben, Ziffern, „_“ und „.“)
error-templates-duplicate = Vorlagen: „{ $name }“ ist doppelt definiert

## Demodaten.
error-demo-not-empty = die Datenbank enthält bereits { $count ->
    [one] { $count } Kontakt
   *[other] { $count } Kontakte
}; Demodaten kommen nur in eine leere Datenbank (wählen Sie mit --db eine andere)
