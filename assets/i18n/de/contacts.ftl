# contacts (de)
