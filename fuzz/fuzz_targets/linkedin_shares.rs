//! `Shares.csv` of LinkedIn's export: any bytes must give records or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = followdesk::import::linkedin::shares::parse("fuzz.csv", data);
});
