## Das gelernte Einstufen von Anfragen: `followdesk classifier …` und das Nachtrainieren in der Triage.

classifier-unknown-engine = Unbekanntes Verfahren „{ $engine }“: model oder rules verwenden.
classifier-trained = { $path } geschrieben: { $lines } Trainingszeilen, { $features } Merkmale; Deutsch: unspezifisch unter p = { $low_de }, spezifisch ab p = { $high_de }; Englisch: unspezifisch unter p = { $low_en }, spezifisch ab p = { $high_en }.
classifier-eval-cv = { $folds }-fache Kreuzvalidierung auf { $lines } Zeilen (jeder Teil mit Schwellen eingestuft, die auf den anderen Teilen gewählt wurden):
classifier-eval-test = Das eingefrorene Modell auf { $path } ({ $lines } Zeilen):
classifier-eval-test-rules = Die frühere Regelmaschine auf { $path } ({ $lines } Zeilen):
classifier-eval-row = { $group }: { $lines } Zeilen; richtig unter den entschiedenen { $accuracy } %, entschieden { $decided } %, spezifische als unspezifisch eingestuft { $costly } % ({ $costly_n } von { $specific }); Werbung oder Spam zum Ablehnen vorgeschlagen { $declined } von { $pitch }, andere Zeilen zum Ablehnen vorgeschlagen { $wrongly_declined } (spezifische: { $specific_declined })
classifier-eval-all = alle
classifier-eval-what = Bitte angeben, was gemessen wird: --cv K, --test DATEI oder beides.
classifier-retrain-too-few = Bisher { $decisions } Entscheidungen in der Triage: Ein fairer Vergleich braucht mindestens { $needed }. Das mitgelieferte Modell bleibt.
classifier-retrain-better = Ihr persönliches Modell hat { $personal } von { $held } zurückgehaltenen Entscheidungen richtig vorhergesagt, das mitgelieferte { $shipped }: followdesk verwendet jetzt Ihres.
classifier-retrain-not-better = Ihr persönliches Modell hat { $personal } von { $held } zurückgehaltenen Entscheidungen richtig vorhergesagt, das mitgelieferte { $shipped }: Das mitgelieferte Modell bleibt.
classifier-reset-done = Wieder das mitgelieferte Modell.

## Triage
classifier-retrain-button = Auf meine Entscheidungen nachtrainieren
classifier-retrain-tooltip = Ein persönliches Modell aus den mitgelieferten Beispielen und Ihren Entscheidungen hier; es wird nur verwendet, wenn es Ihre zurückgehaltenen Entscheidungen besser vorhersagt. Nichts verlässt diesen Rechner.
classifier-retrain-running = Nachtrainieren auf Ihre Entscheidungen …
classifier-retrain-failed = Nachtrainieren fehlgeschlagen: { $error }
classifier-reset-button = Mitgeliefertes Modell verwenden
classifier-personal-in-use = Einstufung durch Ihr persönliches Modell.
classifier-proposal-decline = Vorschlag: ablehnen (Kaltakquise oder Spam)
classifier-probability = zu { $percent } % spezifisch

## Hilfe zu `followdesk classifier`
help-classifier = Das gelernte Einstufen von Anfragen trainieren, messen oder persönlich anpassen
help-classifier-train = Das Modell aus einem beschrifteten Korpus (JSON Lines) trainieren und die Modelldatei schreiben
help-classifier-train-corpus = Der beschriftete Korpus [Standard: der mitgelieferte tests/fixtures/classifier/train.jsonl]
help-classifier-train-out = Wohin das Modell geschrieben wird [Standard: ausgeben]
help-classifier-train-folds = Teile der Kreuzvalidierung, die Kalibrierung und Schwellen wählt
help-classifier-evaluate = Das Einstufen messen: k-fache Kreuzvalidierung oder ein eingefrorenes Modell auf einer Testdatei
help-classifier-evaluate-cv = k-fache Kreuzvalidierung des Trainings auf dem Korpus
help-classifier-evaluate-corpus = Der beschriftete Korpus für --cv [Standard: der mitgelieferte]
help-classifier-evaluate-test = Beschriftete Zeilen, die das eingefrorene Modell einstuft
help-classifier-evaluate-model = Das Modell für --test [Standard: das eingebaute]
help-classifier-evaluate-rules-engine = Mit --test: statt des Modells die frühere Regelmaschine messen, zum Vergleich
help-classifier-retrain = Ein persönliches Modell aus dem mitgelieferten Korpus und meinen Triage-Entscheidungen trainieren; behalten, wenn es besser ist
help-classifier-reset = Zurück zum mitgelieferten Modell
help-classify-engine = model: das gelernte Einstufen; rules: die frühere Regelmaschine (zum Vergleich)
help-classify-model = Eine Modelldatei für --engine model [Standard: die eingebaute `assets/classifier_model.tsv`]
