//! followdesk: a desktop contact manager for social selling on LinkedIn and XING.
//!
//! The crate is layered one way: [`domain`] (plain types and pure rules) ← [`store`]
//! (SQLite, the only place with SQL) ← [`ui`] (egui views). [`demo`] fills a store with
//! realistic data; [`import`] and [`export`] read and write the files users bring
//! (LinkedIn's archive, vCards, CSV, the analytics workbook); [`cli`] is the command line
//! that `main.rs` runs.
//!
//! [`ui`] and its egui stack are built only with the `gui` feature (on by default);
//! without it the crate is the library and the command line, which is what `fuzz/` uses.

pub mod cli;
pub mod demo;
pub mod domain;
pub mod export;
pub mod i18n;
pub mod import;
pub mod store;
pub mod team;
#[cfg(feature = "gui")]
pub mod ui;
