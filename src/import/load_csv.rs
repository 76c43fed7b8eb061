//! Loading a generic CSV (or the first sheet of an .xlsx contact list, such as XING tools
//! write): every row is a person; no events (a CSV says who, not what happened).

use std::path::Path;

use crate::store::Store;

use super::loader::Loader;
use super::{Control, ImportError, ImportReport, ImportRequest, Step, csv_generic};

pub(super) fn run(
    store: &mut Store,
    request: &ImportRequest,
    path: &Path,
    ctl: &mut Control<'_>,
) -> Result<ImportReport, ImportError> {
    let shown = path.display().to_string();
    ctl.step(&Step::Reading(shown.clone()), 0)?;
    let mut bytes = super::input::read_file(path)?;
    if bytes.starts_with(b"PK")
        && path
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("xlsx"))
    {
        bytes = csv_generic::xlsx_as_csv(&shown, bytes)?;
    }
    let parsed = csv_generic::parse(&shown, &bytes, store.rules())?;
    let mut report = ImportReport::new(request.kind, &request.paths);
    report.files.push(shown);
    report.skipped = parsed.skipped;
    report.warnings = parsed.warnings;
    let rules = store.rules().clone();
    let mut loader = Loader::new(store.bulk()?, rules, report)?;
    let total = parsed.records.len() as u64;
    ctl.step(&Step::Contacts, total)?;
    for (i, p) in parsed.records.into_iter().enumerate() {
        ctl.row(&Step::Contacts, i as u64, total)?;
        loader.person(p)?;
    }
    ctl.step(&Step::Saving, 0)?;
    loader.finish()
}
