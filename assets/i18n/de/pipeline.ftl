# pipeline (de)
