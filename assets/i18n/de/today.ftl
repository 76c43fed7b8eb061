## Heute: der Startbildschirm der Morgenroutine.

today-requests = Anfragen zum Sichten
today-requests-none = Nichts wartet. Gut gemacht.
today-requests-hint = Entscheiden Sie jede mit einer Taste: annehmen, zum Folgen umleiten, ablehnen oder später.
today-open-triage = Sichten öffnen
today-ready = Bereit für die Ansprache
today-ready-hint = Warm genug für eine Nachricht – von { $count ->
    [one] { $count } Person, die Ihnen folgt oder umgeleitet wurde und nicht vernetzt ist.
   *[other] { $count } Personen, die Ihnen folgen oder umgeleitet wurden und nicht vernetzt sind.
}
today-open-pipeline = Pipeline öffnen
today-open-visibility = Sichtbarkeit öffnen
today-promotional-warning = { $platform }: { $share } Ihrer Beiträge der letzten { $days } Tage waren Werbung oder Profil-Updates. Solche Beiträge werden ausgeblendet – und niemand sagt es Ihnen.
today-follower-change = Follower-Entwicklung der letzten 7 Tage
today-gained = +{ $count } gewonnen
today-lost = −{ $count } verloren
today-net = netto { $net }
today-no-follow = { $platform }: Man kann Ihnen nicht folgen, ohne sich zu vernetzen.
today-followers-lost = Follower gehen verloren, ohne dass es jemand sagt. Unter Sichtbarkeit sehen Sie, warum.
