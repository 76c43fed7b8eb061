//! The hand-written vCard reader: any bytes must give cards or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(cards) = followdesk::import::vcard::parse("fuzz.vcf", data) {
        for card in &cards {
            let _ = card.name();
        }
    }
});
