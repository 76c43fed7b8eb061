# triage (en)
