# contact_page (en)
