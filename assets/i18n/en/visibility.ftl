# visibility (en)
