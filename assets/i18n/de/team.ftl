## Ein Vertriebsteam in einer Pipeline: Team-Abgleich, Zuständigkeit und Überschneidungen.

## Überschneidungen: Jemand anderes im Team betreut die Person oder hatte kürzlich Kontakt.
team-collision-owns = { $rep } betreut { $person } seit { $since }
team-collision-last-message = letzte Nachricht { $days ->
    [0] heute
    [one] vor { $days } Tag
   *[other] vor { $days } Tagen
}
team-collision-last-contact = letzter Kontakt { $days ->
    [0] heute
    [one] vor { $days } Tag
   *[other] vor { $days } Tagen
}
team-collision-talked = { $rep } hatte Kontakt mit { $person } { $days ->
    [0] heute
    [one] vor { $days } Tag
   *[other] vor { $days } Tagen
}

## Fehler der Team-Befehle.
team-error-bad-url = die Team-Adresse „{ $url }“ ist keine postgres://-Adresse ({ $reason })
team-error-offline = der Team-Server unter { $url } ist nicht erreichbar: { $reason }
team-error-server = der Team-Server hat abgelehnt: { $reason }
team-error-not-joined = diese Datenbank gehört zu keinem Team (ausführen: followdesk team join URL --rep NAME)
team-error-no-team = der Server unter { $url } hat kein followdesk-Team dieser Version (ausführen: followdesk team init URL)
team-error-too-new = der Team-Server hat die Schema-Version { $found }; dieses followdesk kennt bis { $known }
team-error-already-owned = { $person } wird von { $owner } betreut
team-error-not-owner = Sie betreuen { $person } nicht
team-error-unknown-person = „{ $person }“ ist weder eine Profil-URL noch eine E-Mail-Adresse noch eine Kontakt-Nummer dieser Datenbank
team-error-interrupted = der Abgleich hat wie verlangt nach { $batches } Paketen angehalten

## Ausgaben der Team-Befehle.
team-cli-initialised = Team-Schema Version { $version } bereit unter { $url }.
team-cli-joined = Dem Team unter { $url } beigetreten als { $rep } (Rolle { $role }).
team-cli-password-not-stored = Das Passwort wurde nur für diese Verbindung verwendet; für den Abgleich PGPASSWORD, ~/.pgpass oder FOLLOWDESK_TEAM_URL setzen.
team-cli-synced = Abgeglichen: { $pushed } Ereignisse und { $retractions } Rücknahmen gesendet, { $pulled } empfangen; { $claims } Personen im Team betreut.
team-cli-status = Team-Server: { $url } (Rolle { $role })
team-cli-status-sync = Letzter Abgleich: { $last }; noch zu senden: { $pending }
team-cli-status-error = Letzter Fehler: { $error }
team-status-never = noch nie
team-cli-claimed = Sie betreuen jetzt { $person }.
team-cli-released = Sie haben { $person } freigegeben.
team-cli-reassigned = { $person } wird jetzt von { $rep } betreut.
team-cli-no-collision = Niemand sonst im Team betreut { $person } oder hatte kürzlich Kontakt.
team-cli-connected-reps = Im Team vernetzt: { $reps }

## report team
team-report-title = Team-Trichter zum { $date }
team-report-rep = Vertrieb
team-report-team = Team
team-report-collisions = Offene Überschneidungen (Kontakte der letzten { $days } Tage):
team-report-no-collisions = Keine offenen Überschneidungen in den letzten { $days } Tagen.
team-report-collision = { $person }: betreut von { $owner }; Kontakt durch { $reps }

## Hilfe der Team-Befehle.
help-team = Eine Pipeline mit einem Vertriebsteam über einen PostgreSQL-Server teilen
help-team-init = Das Team-Schema auf einem PostgreSQL-Server anlegen oder erneuern (als Eigentümer der Datenbank)
help-team-init-url = Der Server: postgres://BENUTZER@HOST:PORT/DATENBANK[?sslmode=…]
help-team-join = Diese Datenbank mit einem Team verbinden, unter dem angegebenen Namen
help-team-join-url = Der Server: postgres://ROLLE@HOST:PORT/DATENBANK[?sslmode=…]
help-team-join-rep = Mein Name im Team, wie die anderen ihn sehen
help-team-sync = Meine neuen Ereignisse an den Team-Server senden und die der anderen holen
help-team-status = Mit welchem Team diese Datenbank abgleicht, der letzte Abgleich und was noch zu senden ist
help-team-claim = Eine Person übernehmen: eine Profil-URL, eine E-Mail-Adresse oder eine Kontakt-Nummer
help-team-claim-person = Eine Profil-URL, eine E-Mail-Adresse oder eine Kontakt-Nummer
help-team-release = Eine Person freigeben, die ich betreue
help-team-release-person = { help-team-claim-person }
help-team-reassign = Eine Person an jemand anderen im Team übergeben (nur Vertriebsleitung)
help-team-reassign-person = { help-team-claim-person }
help-team-reassign-to = Die Rolle der Person, die übernimmt
help-team-check = Wer sonst im Team eine Person betreut oder kürzlich Kontakt hatte
help-team-check-person = { help-team-claim-person }
help-team-check-days = Kontakte der letzten N Tage zählen
help-report-team = Das Team: Trichter, Kohorten und Zeit bis zur Vernetzung je Person und gesamt, offene Überschneidungen
help-report-team-json = { help-report-summary-json }
help-report-team-as-of = { help-report-funnel-as-of }
help-report-team-days = Kontakte der letzten N Tage zählen als Überschneidung

## Die App: die Team-Zeile in der Statusleiste, Warnungen und Kontakte im Team.
team-line-syncing = Team: Abgleich läuft…
team-line-synced = Team: abgeglichen { $last } · { $pending } noch zu senden
team-line-offline = Team: nicht erreichbar (letzter Abgleich { $last })
team-line-error = Team: Abgleich fehlgeschlagen (letzter Abgleich { $last })
team-sync-now = Jetzt abgleichen
team-warning = ⚠ { $text }
team-connected-on-team = Im Team vernetzt: { $reps }
