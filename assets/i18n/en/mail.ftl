# Invitation e-mails from LinkedIn and XING (import mail).

mail-error-no-mail = no mail here: give a saved mail (.eml), an mbox file (Thunderbird's, a mail export's), a Maildir folder or a folder of .eml files
