# Invitation e-mails from LinkedIn and XING (import mail).

mail-error-no-mail = no mail here: give a saved mail (.eml), an mbox file (Thunderbird's, a mail export's), a Maildir folder or a folder of .eml files
mail-kind = Invitation e-mails
mail-skip-not-a-mail = not a mail, left out
mail-skip-no-date = an invitation mail without a date, left out
help-import-mail = LinkedIn's and XING's invitation e-mails: saved mails (.eml), an mbox (Thunderbird's, a mail export's), a Maildir folder, or folders of .eml files. Other mails are counted and left alone
help-import-mail-paths = { help-import-xing-paths }
help-import-mail-json = { help-import-linkedin-json }
