//! The CSV-of-people reader (delimiter sniffing, platform URL columns).
#![no_main]

use std::sync::LazyLock;

use followdesk::domain::PlatformRules;
use libfuzzer_sys::fuzz_target;

static RULES: LazyLock<PlatformRules> = LazyLock::new(PlatformRules::builtin);

fuzz_target!(|data: &[u8]| {
    let _ = followdesk::import::csv_generic::parse("fuzz.csv", data, &RULES);
});
