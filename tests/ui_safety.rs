//! No stale panels, no lost edits, one writer (issue 17).
#![allow(clippy::unwrap_used)] // Test helpers panic on failure by design.

mod ui_support;
