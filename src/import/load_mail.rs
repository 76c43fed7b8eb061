//! Loading invitation e-mails: the requests found in the mails are captured the way a
//! paste or a typed-in request is ([`crate::store::Bulk::capture_requests`]: one request per
//! person however it came in, nothing twice), in the import's one transaction with its
//! journal entry. Other mails are counted, unreadable ones listed.

use crate::store::Store;

use super::loader::Loader;
use super::mail::{self, MailProblem};
use super::{Control, ImportError, ImportReport, ImportRequest, IssueReason, RowIssue, Step};

pub(super) fn run(
    store: &mut Store,
    request: &ImportRequest,
    ctl: &mut Control<'_>,
) -> Result<ImportReport, ImportError> {
    for p in &request.paths {
        ctl.step(&Step::Reading(p.display().to_string()), 0)?;
    }
    let scan = mail::scan(&request.paths)?;
    let mut report = ImportReport::new(request.kind, &request.paths);
    report.files = request
        .paths
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    report.other_mails = scan.other_mails;
    report.skipped = scan
        .unreadable
        .into_iter()
        .map(|(found_in, problem)| {
            let reason = match problem {
                MailProblem::NotAMail => IssueReason::NotAMail,
                MailProblem::NoDate => IssueReason::MailWithoutDate,
            };
            RowIssue::new(&found_in, 0, reason)
        })
        .collect();
    let captured = scan
        .invitations
        .iter()
        .map(mail::MailInvitation::captured)
        .collect();
    let rules = store.rules().clone();
    let mut loader = Loader::new(store.bulk()?, rules, report)?;
    ctl.step(&Step::Saving, 0)?;
    let done = loader.bulk().capture_requests(captured)?;
    loader.report.added = done.added;
    loader.report.unchanged = done.existing.saturating_sub(done.completed);
    loader.report.updated = done.completed;
    loader.report.events_added = done.added;
    loader.report.events_existing = done.existing;
    loader.commit()
}
