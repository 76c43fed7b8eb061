//! Invitation e-mails: `.eml` files, an mbox and a Maildir with LinkedIn's and XING's
//! connection-request mails among other mails (fixtures in `tests/fixtures/mail/`).
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use followdesk::import::mail::{self, MailInvitation};

mod support;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mail")
}

const ALL: &[&str] = &[
    "linkedin-2016-en.eml",
    "linkedin-2024-en.eml",
    "linkedin-2026-de.eml",
    "linkedin-accepted.eml",
    "linkedin-jobs.eml",
    "xing-de.eml",
    "xing-en-empty.eml",
    "newsletter.eml",
];

fn by_name<'a>(found: &'a [MailInvitation], name: &str) -> &'a MailInvitation {
    found
        .iter()
        .find(|i| i.name == name)
        .unwrap_or_else(|| panic!("{name} not found in {found:#?}"))
}

fn check_all(scan: &mail::MailScan) {
    let names: Vec<&str> = scan.invitations.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(scan.invitations.len(), 5, "{names:?}");
    assert_eq!(scan.other_mails, 3, "accepted, job alert, newsletter");
    assert!(scan.unreadable.is_empty(), "{:?}", scan.unreadable);

    let mike = by_name(&scan.invitations, "Mike Mahler");
    assert_eq!(mike.platform, "linkedin");
    assert_eq!(mike.headline.as_deref(), Some("Managing Director"));
    assert_eq!(
        mike.note.as_deref(),
        Some("I'd like to join your LinkedIn network.")
    );
    assert_eq!(mike.received.to_rfc3339(), "2016-03-15T09:12:44+00:00");
    assert!(
        mike.invitation_url
            .as_deref()
            .unwrap()
            .contains("invite-accept?mboxid=I6132985453227360256_500&sharedKey=48j6iM8P"),
        "{mike:?}"
    );
    assert!(
        mike.profile_url
            .as_deref()
            .unwrap()
            .contains("/comm/profile/view?id=")
    );

    let dana = by_name(&scan.invitations, "Dana Schultz");
    assert_eq!(
        dana.headline.as_deref(),
        Some("Head of Procurement @ Nordlicht Logistik | Greater Hamburg Area")
    );
    assert!(
        dana.note
            .as_deref()
            .unwrap()
            .starts_with("Hi Sami, we met at the LogiMAT booth")
    );
    assert!(dana.note.as_deref().unwrap().ends_with("Happy to connect!"));
    assert!(
        dana.profile_url
            .as_deref()
            .unwrap()
            .contains("/in/dana-schultz-4b21a9")
    );
    assert!(
        dana.invitation_url
            .as_deref()
            .unwrap()
            .contains("invitationId=7270001112223334445")
    );

    let juergen = by_name(&scan.invitations, "Jürgen Weiß");
    assert_eq!(
        juergen.headline.as_deref(),
        Some("Leiter Einkauf bei Kessler Maschinenbau GmbH | Stuttgart")
    );
    assert_eq!(juergen.note, None);
    assert_eq!(juergen.received.to_rfc3339(), "2026-12-07T05:41:09+00:00");

    let jana = by_name(&scan.invitations, "Jana Roth");
    assert_eq!(jana.platform, "xing");
    assert_eq!(
        jana.headline.as_deref(),
        Some("Vertriebsleiterin, Roth & Partner Consulting")
    );
    assert!(
        jana.note
            .as_deref()
            .unwrap()
            .contains("Vertriebsforum in Köln")
    );
    assert_eq!(
        jana.profile_url.as_deref(),
        Some("https://www.xing.com/profile/Jana_Roth7/cv")
    );
    assert!(
        jana.invitation_url
            .as_deref()
            .unwrap()
            .contains("op=toconfirm")
    );
    // 18:30 in Germany is 17:30 UTC.
    assert_eq!(jana.received.to_rfc3339(), "2026-12-06T17:30:02+00:00");

    let lukas = by_name(&scan.invitations, "Lukas Brandt");
    assert_eq!(lukas.platform, "xing");
    assert_eq!(lukas.note, None);
    assert_eq!(
        lukas.headline.as_deref(),
        Some("Projektmanager, Hanse Digital GmbH")
    );
}

#[test]
fn eml_files_give_the_requests_and_count_the_other_mails() {
    let paths: Vec<PathBuf> = ALL.iter().map(|f| fixtures().join(f)).collect();
    let scan = mail::scan(&paths).unwrap();
    check_all(&scan);
}

#[test]
fn a_folder_of_eml_files_is_read_whole() {
    let scan = mail::scan(&[fixtures()]).unwrap();
    check_all(&scan);
}

/// Thunderbird's mbox: each mail after a `From - <date>` line; a line in a body that
/// starts with "From " is quoted as ">From ".
fn mbox_of(files: &[&str]) -> Vec<u8> {
    let mut out = Vec::new();
    for f in files {
        out.extend_from_slice(b"From - Mon Dec  7 08:00:00 2026\n");
        let text = std::fs::read_to_string(fixtures().join(f)).unwrap();
        for line in text.lines() {
            if line.starts_with("From ") {
                out.push(b'>');
            }
            out.extend_from_slice(line.as_bytes());
            out.push(b'\n');
        }
        out.push(b'\n');
    }
    out
}

#[test]
fn an_mbox_gives_the_requests_among_other_mails() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("Inbox");
    std::fs::write(&inbox, mbox_of(ALL)).unwrap();
    let scan = mail::scan(&[inbox]).unwrap();
    check_all(&scan);
    assert!(scan.invitations[0].found_in.ends_with("Inbox #1"));
}

#[test]
fn a_maildir_gives_the_requests_among_other_mails() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("INBOX");
    for sub in ["cur", "new", "tmp"] {
        std::fs::create_dir_all(md.join(sub)).unwrap();
    }
    for (i, f) in ALL.iter().enumerate() {
        let sub = if i % 2 == 0 { "cur" } else { "new" };
        let name = if sub == "cur" {
            format!("17333{i}.M1P1.host:2,S")
        } else {
            format!("17333{i}.M1P1.host")
        };
        std::fs::copy(fixtures().join(f), md.join(sub).join(name)).unwrap();
    }
    let scan = mail::scan(&[md]).unwrap();
    check_all(&scan);
}

#[test]
fn the_same_mail_given_twice_is_read_once() {
    let one = fixtures().join("xing-de.eml");
    let scan = mail::scan(&[one.clone(), one]).unwrap();
    assert_eq!(scan.invitations.len(), 1);
}

#[test]
fn what_is_no_mail_is_refused_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("Connections.csv");
    std::fs::write(&csv, "First Name,Last Name\nAnna,Berger\n").unwrap();
    let err = mail::scan(std::slice::from_ref(&csv))
        .unwrap_err()
        .to_string();
    assert!(err.starts_with(&csv.display().to_string()), "{err}");
    assert!(err.contains("mbox"), "{err}");

    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let err = mail::scan(std::slice::from_ref(&empty))
        .unwrap_err()
        .to_string();
    assert!(err.starts_with(&empty.display().to_string()), "{err}");

    let missing = dir.path().join("nope.eml");
    assert!(mail::scan(&[missing]).is_err());
}

/// Through the binary: `import mail` on a mailbox puts the five requests in Triage (by
/// `triage list`), says how many other mails it left alone, and adds nothing the second
/// time; a later LinkedIn export with the same person (by link) adds no second request.
#[test]
fn import_mail_puts_the_requests_in_triage_once() {
    use support::{followdesk, followdesk_json};
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    let inbox = dir.path().join("Inbox");
    std::fs::write(&inbox, mbox_of(ALL)).unwrap();

    let out = followdesk(&db, &["import", "mail", inbox.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("requests: 5 added"), "{text}");
    assert!(text.contains("other mails: 3 left alone"), "{text}");

    let list = followdesk_json(&db, &["triage", "list", "--json"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 5, "{list:#?}");
    let jana = list.iter().find(|r| r["name"] == "Jana Roth").unwrap();
    assert_eq!(jana["platform"], "xing");
    assert_eq!(jana["source"], "mail");
    assert_eq!(jana["received"], "2026-12-06");
    assert!(
        jana["note"]
            .as_str()
            .unwrap()
            .contains("Vertriebsforum in Köln")
    );
    assert_eq!(jana["verdict"], "specific");
    let dana = list.iter().find(|r| r["name"] == "Dana Schultz").unwrap();
    assert_eq!(
        dana["profile_url"],
        "https://linkedin.com/in/dana-schultz-4b21a9"
    );

    // The same mails again: nothing new.
    let again = followdesk(&db, &["import", "mail", inbox.to_str().unwrap(), "--json"]);
    assert!(again.status.success());
    let report: serde_json::Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(report["added"], 0, "{report:#}");
    assert_eq!(report["other_mails"], 3);
    let list = followdesk_json(&db, &["triage", "list", "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 5);

    // LinkedIn's export brings Dana's invitation with her link: still one request.
    let export = dir.path().join("Basic_LinkedInDataExport_12-08-2024.zip");
    support::write_zip(
        &export,
        &[
            (
                "Connections.csv",
                b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n".to_vec(),
            ),
            (
                "Invitations.csv",
                "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n\
                 Dana Schultz,Sami Saar,\"12/5/24, 6:12 AM\",\"Hi Sami, we met at the LogiMAT booth\",INCOMING,https://www.linkedin.com/in/dana-schultz-4b21a9,https://www.linkedin.com/in/samisaar\n"
                    .as_bytes()
                    .to_vec(),
            ),
        ],
    );
    let out = followdesk(&db, &["import", "linkedin", export.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = followdesk_json(&db, &["triage", "list", "--json"]);
    let list = list.as_array().unwrap();
    assert_eq!(
        list.iter().filter(|r| r["name"] == "Dana Schultz").count(),
        1,
        "{list:#?}"
    );
}

#[test]
fn a_file_that_is_no_mail_is_refused_through_the_binary_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    let csv = dir.path().join("notes.txt");
    std::fs::write(&csv, "just some text\nnot a mail\n").unwrap();
    let out = support::followdesk(&db, &["import", "mail", csv.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("notes.txt"), "{err}");
    assert!(err.contains("no mail here"), "{err}");
    let list = support::followdesk_json(&db, &["triage", "list", "--json"]);
    assert!(list.as_array().unwrap().is_empty());
}
