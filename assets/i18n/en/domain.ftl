# domain (en)
