# Einladungs-E-Mails von LinkedIn und XING (import mail).

mail-error-no-mail = keine E-Mail: Geben Sie eine gespeicherte E-Mail (.eml), eine mbox-Datei (von Thunderbird oder einem Mail-Export), einen Maildir-Ordner oder einen Ordner mit .eml-Dateien an
