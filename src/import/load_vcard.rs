//! Loading vCards: XING's (each card is a XING connection, source `xing-vcard`) or any
//! (contacts only). Profile links are assigned to platforms by their host, as the
//! platform rules name it; every file is parsed before anything is written, so one bad
//! file refuses the whole import.

use std::path::PathBuf;

use crate::domain::{ContactFields, EventKind, PlatformRules};
use crate::store::Store;

use super::loader::Loader;
use super::vcard::{self, Card};
use super::{Control, FileProblem, ImportError, ImportReport, ImportRequest, Person, Step};

const XING_SOURCE: &str = "xing-vcard";

pub(super) fn run(
    store: &mut Store,
    request: &ImportRequest,
    platform: Option<&str>,
    ctl: &mut Control<'_>,
) -> Result<ImportReport, ImportError> {
    let files = vcf_files(&request.paths)?;
    let mut report = ImportReport::new(request.kind, &request.paths);
    let mut parsed: Vec<(String, Vec<Card>)> = Vec::new();
    let total = files.len() as u64;
    ctl.step(&Step::ReadingVcards, total)?;
    for (i, f) in files.iter().enumerate() {
        ctl.row(&Step::ReadingVcards, i as u64, total)?;
        let shown = f.display().to_string();
        let bytes = super::input::read_file(f)?;
        parsed.push((shown.clone(), vcard::parse(&shown, &bytes)?));
        report.files.push(shown);
    }
    let rules = store.rules().clone();
    let mut loader = Loader::new(store.bulk()?, rules, report)?;
    let total: u64 = parsed.iter().map(|(_, c)| c.len() as u64).sum();
    ctl.step(&Step::Contacts, total)?;
    let mut n = 0;
    for (file, cards) in parsed {
        loader.new_stage();
        for card in cards {
            ctl.row(&Step::Contacts, n, total)?;
            n += 1;
            let at = card.revised.unwrap_or_else(|| loader.started_at());
            let person = person(&card, &file, platform, loader.rules());
            if let (Some(id), Some(p)) = (loader.person(person)?, platform) {
                loader.event_once(id, p, EventKind::Connected, at, XING_SOURCE)?;
            }
        }
    }
    ctl.step(&Step::Saving, 0)?;
    loader.finish()
}

/// The `.vcf` files among `paths` (a folder stands for the ones directly in it).
fn vcf_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, ImportError> {
    if paths.is_empty() {
        return Err(ImportError::NoFile);
    }
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| ImportError::io(p, e))?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|f| {
                    f.is_file() && f.extension().is_some_and(|x| x.eq_ignore_ascii_case("vcf"))
                })
                .collect();
            if found.is_empty() {
                return Err(ImportError::file(
                    p.display().to_string(),
                    FileProblem::NoVcfInFolder,
                ));
            }
            found.sort();
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

/// The platform whose profile host the link is on (`linkedin.com/in/…` → linkedin).
#[must_use]
pub(super) fn platform_of_url<'r>(rules: &'r PlatformRules, url: &str) -> Option<&'r str> {
    crate::domain::profile_url::platform_of(rules, url).map(|r| r.key.as_str())
}

fn person(card: &Card, file: &str, platform: Option<&str>, rules: &PlatformRules) -> Person {
    let (first_name, last_name) = card.name();
    let mut profiles: Vec<(String, Option<String>)> = Vec::new();
    for url in &card.urls {
        if let Some(p) = platform_of_url(rules, url)
            && !profiles.iter().any(|(k, _)| k == p)
        {
            profiles.push((p.to_owned(), Some(url.clone())));
        }
    }
    let mut extra: Vec<&str> = card.platforms.iter().map(String::as_str).collect();
    extra.extend(platform);
    for p in extra {
        if !profiles.iter().any(|(k, _)| k == p) {
            profiles.push((p.to_owned(), None));
        }
    }
    // The import's own platform first: it decides the name-only match.
    if let Some(p) = platform {
        profiles.sort_by_key(|(k, _)| k != p);
    }
    Person {
        fields: ContactFields {
            first_name,
            last_name,
            company: card.company.clone(),
            position: card.title.clone(),
            email: card.emails.first().cloned().unwrap_or_default(),
            phone: card.phones.first().cloned().unwrap_or_default(),
            notes: card.note.clone(),
        },
        profiles,
        tags: card.categories.clone(),
        connected_on: None,
        file: file.to_owned(),
        line: card.line,
    }
}
