# Einladungs-E-Mails von LinkedIn und XING (import mail).

mail-error-no-mail = keine E-Mail: Geben Sie eine gespeicherte E-Mail (.eml), eine mbox-Datei (von Thunderbird oder einem Mail-Export), einen Maildir-Ordner oder einen Ordner mit .eml-Dateien an
mail-kind = Einladungs-E-Mails
mail-skip-not-a-mail = keine E-Mail, ausgelassen
mail-skip-no-date = eine Einladungs-E-Mail ohne Datum, ausgelassen
help-import-mail = Einladungs-E-Mails von LinkedIn und XING: gespeicherte E-Mails (.eml), eine mbox (von Thunderbird, aus einem Mail-Export), ein Maildir-Ordner oder Ordner mit .eml-Dateien. Andere E-Mails werden gezählt und nicht angerührt
help-import-mail-paths = { help-import-xing-paths }
help-import-mail-json = { help-import-linkedin-json }
