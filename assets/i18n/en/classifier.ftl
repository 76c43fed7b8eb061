## The learned request classifier: `followdesk classifier …` and Triage's retraining.

classifier-unknown-engine = Unknown engine “{ $engine }”: use model or rules.
classifier-trained = Wrote { $path }: { $lines } training lines, { $features } features; German: unspecific below p = { $low_de }, specific from p = { $high_de }; English: unspecific below p = { $low_en }, specific from p = { $high_en }.
classifier-eval-cv = { $folds }-fold cross-validation on { $lines } lines (each fold classified with thresholds chosen on the other folds):
classifier-eval-test = The frozen model on { $path } ({ $lines } lines):
classifier-eval-test-rules = The earlier rules engine on { $path } ({ $lines } lines):
classifier-eval-row = { $group }: { $lines } lines; accuracy on decided { $accuracy } %, decided { $decided } %, specific called unspecific { $costly } % ({ $costly_n } of { $specific }); pitch or spam proposed for decline { $declined } of { $pitch }, other lines proposed for decline { $wrongly_declined } (specific: { $specific_declined })
classifier-eval-all = all
classifier-eval-what = Say what to evaluate: --cv K, --test FILE, or both.
classifier-retrain-too-few = { $decisions } Triage decisions so far: a fair comparison needs at least { $needed }. The shipped model stays.
classifier-retrain-better = Your personal model got { $personal } of { $held } held-back decisions right, the shipped model { $shipped }: followdesk now uses yours.
classifier-retrain-not-better = Your personal model got { $personal } of { $held } held-back decisions right, the shipped model { $shipped }: the shipped model stays.
classifier-reset-done = Back to the shipped model.

## Triage
classifier-retrain-button = Retrain on my decisions
classifier-retrain-tooltip = Fit a personal model on the shipped examples and your decisions here; it is used only if it predicts your held-back decisions better. Nothing leaves this computer.
classifier-retrain-running = Retraining on your decisions…
classifier-retrain-failed = Retraining failed: { $error }
classifier-reset-button = Use the shipped model
classifier-personal-in-use = Verdicts from your personal model.
classifier-proposal-decline = Proposal: decline (a cold pitch or spam)
classifier-probability = { $percent } % likely specific

## Help of `followdesk classifier`
help-classifier = Train, evaluate or personalise the learned request classifier
help-classifier-train = Train the model from a labelled corpus (JSON Lines) and write the model file
help-classifier-train-corpus = The labelled corpus [default: the shipped tests/fixtures/classifier/train.jsonl]
help-classifier-train-out = Where to write the model [default: print it]
help-classifier-train-folds = Folds of the cross-validation that picks calibration and thresholds
help-classifier-evaluate = Measure the classifier: k-fold cross-validation, or a frozen model on a test file
help-classifier-evaluate-cv = k-fold cross-validation of the training procedure on the corpus
help-classifier-evaluate-corpus = The labelled corpus for --cv [default: the shipped one]
help-classifier-evaluate-test = Labelled lines to classify with the frozen model
help-classifier-evaluate-model = The model for --test [default: the built-in one]
help-classifier-evaluate-rules-engine = With --test: score the earlier rules engine instead of the model, for comparison
help-classifier-retrain = Fit a personal model on the shipped corpus and my Triage decisions; keep it if better
help-classifier-reset = Go back to the shipped model
help-classify-engine = model: the learned classifier; rules: the earlier rules engine (for comparison)
help-classify-model = A model file for --engine model [default: the built-in `assets/classifier_model.tsv`]
