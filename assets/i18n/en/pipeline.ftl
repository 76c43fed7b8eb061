# pipeline (en)
