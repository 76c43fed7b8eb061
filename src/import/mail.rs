//! Connection-request e-mails from LinkedIn and XING: read from `.eml` files, mbox files
//! (Thunderbird's, a mail export's) or Maildir folders with `mail-parser`, recognised by
//! their sender and wording, and turned into [`MailInvitation`]s — who asked, their
//! headline, their note, their profile and invitation links, when. Every other mail in a
//! mailbox is counted and left alone.
//!
//! What the mails look like (English and German, 2016 to 2026) is written down in the
//! fixtures' README (`tests/fixtures/mail/README.md`). The recognisers below read only
//! what those mails share: the platform's sender address, the inviter's name in the
//! sender's display name or the subject, the accept link, and the lines around the name.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use chrono::{DateTime, Utc};
use mail_parser::{Message, MessageParser};
use regex::Regex;

use super::input::{MAX_ENTRY_BYTES, read_capped, read_file};
use super::{FileProblem, ImportError};

/// One connection request found in a mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailInvitation {
    /// The platform's key (`linkedin`, `xing`).
    pub platform: &'static str,
    /// The person who sent the request.
    pub name: String,
    /// Their headline (position, company), when the mail shows it.
    pub headline: Option<String>,
    /// The note they wrote, when the mail carries one.
    pub note: Option<String>,
    /// A link to their profile (`/in/…`, `/profile/…`), when the mail has one.
    pub profile_url: Option<String>,
    /// The link that accepts or opens the invitation.
    pub invitation_url: Option<String>,
    /// When the mail was sent.
    pub received: DateTime<Utc>,
    /// Where it was found: the file, and its place in an mbox (`inbox.mbox #3`).
    pub found_in: String,
    /// The mail's `Message-ID`, to read a mail found twice once.
    pub message_id: Option<String>,
}

impl MailInvitation {
    /// The request as every way in captures it; the mail's date is its exact time.
    #[must_use]
    pub fn captured(&self) -> crate::domain::capture::CapturedRequest {
        let (first_name, last_name) = super::Person::split_name(&self.name);
        crate::domain::capture::CapturedRequest {
            platform: self.platform.to_owned(),
            first_name,
            last_name,
            headline: self.headline.clone().unwrap_or_default(),
            profile_url: self.profile_url.clone(),
            invitation_url: self.invitation_url.clone(),
            received_at: self.received,
            exact_time: true,
            note: self.note.clone().unwrap_or_default(),
            mutual_connections: None,
            source: crate::domain::capture::CaptureSource::Mail,
        }
    }
}

/// What a scan of mail files found.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct MailScan {
    /// Requests, in the order found; a mail found twice (same `Message-ID`) once.
    pub invitations: Vec<MailInvitation>,
    /// Mails that are no connection request (newsletters, other notifications): counted.
    pub other_mails: u64,
    /// Mails that could not be read as mail, or that have no date: where, and why.
    pub unreadable: Vec<(String, MailProblem)>,
}

/// Why one mail of a mailbox was passed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailProblem {
    /// Not a MIME message at all.
    NotAMail,
    /// A request without a `Date` header: there is no day to file it under.
    NoDate,
}

/// Reads every path (an `.eml`, an mbox, a Maildir folder, or a folder of `.eml` files)
/// and recognises the connection requests in them. A path that holds no mail at all is
/// refused, naming it; nothing is half read.
pub fn scan(paths: &[PathBuf]) -> Result<MailScan, ImportError> {
    if paths.is_empty() {
        return Err(ImportError::NoFile);
    }
    let mut scan = MailScan::default();
    let mut seen_ids = std::collections::HashSet::new();
    for path in paths {
        for (found_in, raw) in messages_at(path)? {
            match recognise(&found_in, &raw) {
                Recognised::Invitation(inv) => {
                    let fresh = inv
                        .message_id
                        .as_ref()
                        .is_none_or(|id| seen_ids.insert(id.clone()));
                    if fresh {
                        scan.invitations.push(*inv);
                    }
                }
                Recognised::Other => scan.other_mails += 1,
                Recognised::Unreadable(problem) => scan.unreadable.push((found_in, problem)),
            }
        }
    }
    Ok(scan)
}

/// The raw messages at `path`, each with where it was found.
fn messages_at(path: &Path) -> Result<Vec<(String, Vec<u8>)>, ImportError> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| ImportError::io(path, e))?;
    if meta.is_dir() {
        if path.join("cur").is_dir() && path.join("new").is_dir() {
            return maildir(path);
        }
        return eml_folder(path);
    }
    let bytes = read_file(path)?;
    if bytes.starts_with(b"From ") {
        let messages = mbox(&shown, &bytes);
        if messages.is_empty() {
            return Err(ImportError::file(shown, FileProblem::NoMail));
        }
        return Ok(messages);
    }
    if !looks_like_mail(&bytes) {
        return Err(ImportError::file(shown, FileProblem::NoMail));
    }
    Ok(vec![(shown, bytes)])
}

/// An mbox: messages start at lines beginning with `From ` (mail-parser's reader, which
/// also undoes `>From ` quoting).
fn mbox(shown: &str, bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    mail_parser::mailbox::mbox::MessageIterator::new(bytes)
        .filter_map(Result::ok)
        .enumerate()
        .map(|(i, m)| (format!("{shown} #{}", i + 1), m.unwrap_contents()))
        .collect()
}

/// A Maildir folder: the mails in `cur/` and `new/`.
fn maildir(path: &Path) -> Result<Vec<(String, Vec<u8>)>, ImportError> {
    let it = mail_parser::mailbox::maildir::MessageIterator::new(path)
        .map_err(|e| ImportError::io(path, e))?;
    let mut out = Vec::new();
    for m in it {
        let m = m.map_err(|e| ImportError::io(path, e))?;
        if m.contents().len() as u64 > MAX_ENTRY_BYTES {
            return Err(super::input::too_big(
                &m.path().display().to_string(),
                MAX_ENTRY_BYTES,
            ));
        }
        out.push((m.path().display().to_string(), m.contents().to_vec()));
    }
    Ok(out)
}

/// A folder of `.eml` files (a mail client's "save as" of several mails).
fn eml_folder(path: &Path) -> Result<Vec<(String, Vec<u8>)>, ImportError> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(|e| ImportError::io(path, e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("eml")))
        .collect();
    if files.is_empty() {
        return Err(ImportError::file(
            path.display().to_string(),
            FileProblem::NoMail,
        ));
    }
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let f = std::fs::File::open(&p).map_err(|e| ImportError::io(&p, e))?;
            let shown = p.display().to_string();
            let bytes = read_capped(f, MAX_ENTRY_BYTES, 0)
                .map_err(|e| e.into_import_error(&p, &shown, MAX_ENTRY_BYTES))?;
            Ok((shown, bytes))
        })
        .collect()
}

/// Whether `bytes` start like a mail: a header line (`Name: value`) first.
fn looks_like_mail(bytes: &[u8]) -> bool {
    let first = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    let first = String::from_utf8_lossy(first);
    first.split_once(':').is_some_and(|(name, _)| {
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    })
}

/// What one mail is.
#[derive(Debug)]
pub enum Recognised {
    Invitation(Box<MailInvitation>),
    Other,
    Unreadable(MailProblem),
}

/// Recognises one raw mail.
#[must_use]
pub fn recognise(found_in: &str, raw: &[u8]) -> Recognised {
    let Some(msg) = MessageParser::default().parse(raw) else {
        return Recognised::Unreadable(MailProblem::NotAMail);
    };
    if msg.headers().is_empty() {
        return Recognised::Unreadable(MailProblem::NotAMail);
    }
    let sender = Sender::of(&msg);
    let subject = msg.subject().unwrap_or_default().trim().to_owned();
    let text = body_text(&msg);
    let links = links_in(&msg);
    let found = if sender.address.ends_with("@linkedin.com") {
        linkedin(&sender, &subject, &text, &links)
    } else if sender.address.ends_with("xing.com") {
        xing(&sender, &subject, &text, &links)
    } else {
        None
    };
    let Some(found) = found else {
        return Recognised::Other;
    };
    let Some(received) = msg
        .date()
        .and_then(|d| DateTime::from_timestamp(d.to_timestamp(), 0))
    else {
        return Recognised::Unreadable(MailProblem::NoDate);
    };
    Recognised::Invitation(Box::new(MailInvitation {
        platform: found.platform,
        name: found.name,
        headline: found.headline,
        note: found.note,
        profile_url: found.profile_url,
        invitation_url: found.invitation_url,
        received,
        found_in: found_in.to_owned(),
        message_id: msg.message_id().map(str::to_owned),
    }))
}

/// The sender: address (lower case) and display name.
struct Sender {
    address: String,
    name: String,
}

impl Sender {
    fn of(msg: &Message<'_>) -> Self {
        let first = msg.from().and_then(|a| a.first());
        Self {
            address: first
                .and_then(|a| a.address())
                .unwrap_or_default()
                .to_lowercase(),
            name: first
                .and_then(|a| a.name())
                .unwrap_or_default()
                .trim()
                .to_owned(),
        }
    }
}

/// What a recogniser found, before the mail's date and id are added.
struct Found {
    platform: &'static str,
    name: String,
    headline: Option<String>,
    note: Option<String>,
    profile_url: Option<String>,
    invitation_url: Option<String>,
}

/// The plain text of the mail: its text part, else its HTML part as text.
fn body_text(msg: &Message<'_>) -> String {
    msg.body_text(0)
        .map(std::borrow::Cow::into_owned)
        .unwrap_or_default()
        .replace("\r\n", "\n")
}

/// Every `http(s)` link in the text and HTML parts, in order, `&amp;` decoded.
fn links_in(msg: &Message<'_>) -> Vec<String> {
    static LINK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"https?://[^\s"'<>()\]]+"#).expect("valid link pattern"));
    let mut texts: Vec<String> = Vec::new();
    if let Some(t) = msg.text_part(0).and_then(|p| p.text_contents()) {
        texts.push(t.to_owned());
    }
    if let Some(h) = msg.html_part(0).and_then(|p| p.text_contents()) {
        texts.push(h.to_owned());
    }
    let mut out: Vec<String> = Vec::new();
    for t in &texts {
        for m in LINK.find_iter(t) {
            let link = html_escape::decode_html_entities(m.as_str().trim_end_matches(['.', ',']))
                .into_owned();
            if !out.contains(&link) {
                out.push(link);
            }
        }
    }
    out
}

/// The display name without what mail clients and the platforms add to it.
fn person_from_display(name: &str, platform: &str) -> Option<String> {
    let lower = name.to_lowercase();
    if lower.is_empty() || lower == platform || lower.ends_with("team") {
        return None;
    }
    let trimmed = [" via ", " über ", " ueber ", " | "]
        .iter()
        .find_map(|sep| lower.find(sep).map(|i| &name[..i]))
        .unwrap_or(name)
        .trim()
        .trim_matches('"');
    (!trimmed.is_empty() && !trimmed.eq_ignore_ascii_case(platform)).then(|| trimmed.to_owned())
}

/// Lines that are the mails' own furniture (buttons, footers), never a note or headline.
fn is_furniture(line: &str) -> bool {
    static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?ix)^(
                accept | annehmen | ignore | ignorieren | view\ profile | profil\ (ansehen|anzeigen)
                | bestätigen | ablehnen | confirm | decline | reply | antworten
                | .*\bconnections?\ in\ common\b.* | .*\bgemeinsame\ kontakte?\b.*
                | .*\bmutual\ connections?\b.*
                | more\ people\ you\ may\ know.* | weitere\ personen.* | people\ you\ may\ know.*
                | you\ are\ receiving .* | sie\ erhalten\ .* | this\ email\ was\ intended .*
                | diese\ e-mail\ war\ für .* | unsubscribe.* | abmelden.* | help.* | hilfe.*
                | ©.* | linkedin(\ corporation)?.* | xing(\ se|\ ag)?\b.*
                | https?://.* | [-_=*\s]*
            )$",
        )
        .expect("valid furniture pattern")
    });
    FURNITURE.is_match(line.trim())
}

fn is_greeting(line: &str) -> bool {
    static GREETING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(hi|hello|hey|dear|hallo|guten tag|liebe[r]?|sehr geehrte[r]?)\b")
            .expect("valid greeting pattern")
    });
    GREETING.is_match(line.trim())
}

/// Lines of the text, trimmed, without empty ones and `[image: …]` placeholders.
fn lines_of(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !(l.is_empty() || l.starts_with('[') && l.ends_with(']')))
        .collect()
}

/// Strips the quotes a mail puts around a note.
fn unquote(s: &str) -> &str {
    s.trim()
        .trim_start_matches(['"', '“', '„', '«', '\''])
        .trim_end_matches(['"', '”', '“', '»', '\''])
        .trim()
}

/// Headline, note from the lines around the inviter's name: the line after the name is
/// the headline unless it is furniture; a note is what stands between the greeting and
/// the name (the 2016 layout), or a quoted line after the name (the later ones).
fn around_name(lines: &[&str], name: &str) -> (Option<String>, Option<String>) {
    let Some(at) = lines
        .iter()
        .position(|l| l.eq_ignore_ascii_case(name) || unquote(l).eq_ignore_ascii_case(name))
    else {
        return (None, None);
    };
    let headline = lines
        .get(at + 1)
        .filter(|l| !is_furniture(l) && !l.starts_with(['"', '“', '„']))
        .map(|l| (*l).to_owned());
    let before: Vec<&str> = match lines[..at].iter().rposition(|l| is_greeting(l)) {
        Some(g) => lines[g + 1..at]
            .iter()
            .copied()
            .filter(|l| !is_furniture(l))
            .collect(),
        None => Vec::new(),
    };
    let after_from = at + 1 + usize::from(headline.is_some());
    let quoted: Vec<&str> = lines[after_from.min(lines.len())..]
        .iter()
        .take_while(|l| !is_furniture(l))
        .copied()
        .collect();
    let note = if before.is_empty() {
        quoted
            .first()
            .filter(|l| l.starts_with(['"', '“', '„', '«']))
            .map(|_| {
                quoted
                    .iter()
                    .map(|l| unquote(l))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
    } else {
        Some(before.join(" "))
    };
    (headline, note.filter(|n| !n.is_empty()))
}

/// LinkedIn's invitation mails come from `invitations@linkedin.com`; the inviter is the
/// display name (or, when that is only "LinkedIn", the name in the subject). Accepted
/// invitations come from the same address and are not requests.
fn linkedin(sender: &Sender, subject: &str, text: &str, links: &[String]) -> Option<Found> {
    static ACCEPTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)accepted your invitation|start a conversation with your new connection|hat ihre einladung angenommen|hat deine einladung angenommen")
            .expect("valid pattern")
    });
    static SUBJECT_NAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:invitation from |einladung von )(.+?)$|^(.+?) (?:wants to connect|möchte sich mit (?:ihnen|dir) vernetzen|would like to connect)")
            .expect("valid pattern")
    });
    if !sender.address.starts_with("invitations@") {
        return None;
    }
    if ACCEPTED.is_match(subject) || ACCEPTED.is_match(text) {
        return None;
    }
    let invitation_url = links
        .iter()
        .find(|l| {
            l.contains("invite-accept")
                || l.contains("invitation-manager")
                || l.contains("invitationId=")
        })
        .cloned();
    let name = person_from_display(&sender.name, "linkedin").or_else(|| {
        SUBJECT_NAME
            .captures(subject)
            .and_then(|c| c.get(1).or_else(|| c.get(2)))
            .map(|m| m.as_str().trim().to_owned())
    })?;
    invitation_url.as_ref()?;
    let text_lines = lines_of(text);
    let (headline, note) = around_name(&text_lines, &name);
    // `/comm/in/slug` is the mails' tracked form of the profile `/in/slug`.
    let profile_url = links
        .iter()
        .find(|l| l.contains("linkedin.com/in/") || l.contains("linkedin.com/comm/in/"))
        .map(|l| l.replacen("linkedin.com/comm/in/", "linkedin.com/in/", 1))
        .or_else(|| links.iter().find(|l| l.contains("/profile/view")).cloned());
    Some(Found {
        platform: "linkedin",
        name,
        headline,
        // In the 2016 mails the note is LinkedIn's stock line ("I'd like to join your
        // LinkedIn network.") unless the person wrote one: kept either way, so the
        // classifier sees the default text for what it is.
        note,
        profile_url,
        invitation_url,
    })
}

/// XING's contact-request mails come from an address at `xing.com`; the subject names
/// the person ("Kontaktanfrage von Jana Roth", "Jana Roth möchte Sie als Kontakt
/// hinzufügen", "Contact request from Jana Roth", "Jana Roth wants to add you as a
/// contact"). A note, when the sender wrote one, stands in quotes or after "Nachricht:".
fn xing(sender: &Sender, subject: &str, text: &str, links: &[String]) -> Option<Found> {
    static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?ix)^(?:
                (?:neue\ )?kontaktanfrage\ von\ (?P<a>.+?)
                | contact\ request\ from\ (?P<b>.+?)
                | (?P<c>.+?)\ (?:möchte|moechte)\ (?:sie|dich)\ als\ kontakt\ hinzufügen
                | (?P<d>.+?)\ (?:möchte|moechte)\ (?:mit\ ihnen|mit\ dir)\ in\ kontakt\ treten
                | (?P<e>.+?)\ wants\ to\ (?:add\ you\ as\ a\ contact|connect(?:\ with\ you)?)
                | (?P<f>.+?)\ has\ sent\ you\ a\ contact\ request
            )[.!]?$",
        )
        .expect("valid pattern")
    });
    let caps = SUBJECT.captures(subject)?;
    let name = ["a", "b", "c", "d", "e", "f"]
        .iter()
        .find_map(|g| caps.name(g))
        .map(|m| m.as_str().trim().to_owned())
        .or_else(|| person_from_display(&sender.name, "xing"))?;
    let text_lines = lines_of(text);
    let (headline, mut note) = around_name(&text_lines, &name);
    if note.is_none() {
        note = text_lines.iter().find_map(|l| {
            ["Nachricht:", "Message:", "Persönliche Nachricht:"]
                .iter()
                .find_map(|p| l.strip_prefix(p))
                .map(|rest| unquote(rest).to_owned())
                .filter(|n| !n.is_empty())
        });
    }
    let profile_url = links
        .iter()
        .find(|l| l.contains("xing.com/profile/"))
        .cloned();
    let invitation_url = links
        .iter()
        .find(|l| {
            l.contains("op=toconfirm")
                || l.contains("contact_requests")
                || l.contains("contact-requests")
                || l.contains("/contacts/requests")
        })
        .cloned();
    Some(Found {
        platform: "xing",
        name,
        headline,
        note,
        profile_url,
        invitation_url,
    })
}
