# visibility (de)
