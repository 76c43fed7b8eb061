# contact_page (de)
