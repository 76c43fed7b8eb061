## Kontakte: die Tabelle, Suche und Filter, die Statuszeile; die Beziehungs-Etiketten
## (auch auf der Kontaktseite) und die Tastenkürzel-Zeile der Tooltips.
## Die Zahl aller Kontakte ist contacts-count in app.ftl.

contacts-loading = Kontakte werden geladen …
contacts-matching = { $total ->
    [one] { $shown } von { $total } Kontakt passt
   *[other] { $shown } von { $total } Kontakten { $shown ->
        [one] passt
       *[other] passen
    }
}
contacts-search-failed = Suche fehlgeschlagen: { $error }
contacts-no-match = Kein Kontakt passt zu Suche und Filtern.
contacts-clear-all = Suche und Filter zurücksetzen
contacts-search = Suchen
contacts-search-hint = Name, Unternehmen, Position, Notizen, Schlagwörter
contacts-search-tooltip = Kontakte durchsuchen
contacts-clear = Leeren
contacts-filter = Filter:
contacts-remove-tag-filter = Diesen Schlagwortfilter entfernen
contacts-tag-filter = Schlagwortfilter
contacts-add-tag-filter = Schlagwort wählen …

contacts-col-name = Name
contacts-col-company = Unternehmen
contacts-col-position = Position
contacts-col-tags = Schlagwörter
contacts-col-last-interaction = Letzte Interaktion
contacts-sort-by-name = Nach Name sortieren
contacts-sort-by-company = Nach Unternehmen sortieren
contacts-sort-by-position = Nach Position sortieren
contacts-sort-by-platform = Nach der Beziehung auf { $platform } sortieren
contacts-sort-by-tags = Nach Schlagwörtern sortieren
contacts-sort-by-last-interaction = Nach letzter Interaktion sortieren


# Ein Tooltip: was das Element tut, darunter sein Tastenkürzel (z. B. Strg+F) in eigener Zeile.
contacts-shortcut-tooltip =
    { $what }
    Tastenkürzel: { $keys }
