# triage (de)
