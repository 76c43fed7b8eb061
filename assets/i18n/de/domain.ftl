# domain (de)
