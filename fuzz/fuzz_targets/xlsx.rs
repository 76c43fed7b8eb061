//! The analytics workbook reader (calamine). Random bytes rarely get past the zip
//! container, so two modes: a first byte of 0 feeds the rest as the file as it is; any
//! other first byte splits the rest at `0xFF` bytes into the FOLLOWERS sheet, the
//! ENGAGEMENT sheet and the shared strings, and wraps them in a valid workbook, so the
//! fuzzer mutates the XML that calamine and the parser actually read.
//!
//! `analytics::parse` turns a panic inside calamine into a refusal (calamine 0.35 has a
//! known one), but libfuzzer-sys's panic hook would abort before that; the hook is
//! replaced by a silent one. A panic anywhere else still reaches libfuzzer-sys's
//! `catch_unwind` and is reported as a crash.
#![no_main]

use std::io::{Cursor, Write as _};

use libfuzzer_sys::fuzz_target;
use zip::write::SimpleFileOptions;

const WORKBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="FOLLOWERS" sheetId="1" r:id="rId1"/><sheet name="ENGAGEMENT" sheetId="2" r:id="rId2"/></sheets></workbook>"#;
const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#;

fn workbook(parts: &[&[u8]]) -> Option<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let part = |i: usize| parts.get(i).copied().unwrap_or_default();
    let files: [(&str, &[u8]); 5] = [
        ("xl/workbook.xml", WORKBOOK.as_bytes()),
        ("xl/_rels/workbook.xml.rels", RELS.as_bytes()),
        ("xl/worksheets/sheet1.xml", part(0)),
        ("xl/worksheets/sheet2.xml", part(1)),
        ("xl/sharedStrings.xml", part(2)),
    ];
    for (name, bytes) in files {
        zip.start_file(name, options).ok()?;
        zip.write_all(bytes).ok()?;
    }
    Some(zip.finish().ok()?.into_inner())
}

fuzz_target!(
    init: std::panic::set_hook(Box::new(|_| {})),
    |data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let bytes = if mode == 0 {
        rest.to_vec()
    } else {
        let parts: Vec<&[u8]> = rest.split(|b| *b == 0xFF).collect();
        let Some(bytes) = workbook(&parts) else {
            return;
        };
        bytes
    };
    let _ = followdesk::import::analytics::parse("fuzz.xlsx", bytes);
});
