# contacts (en)
