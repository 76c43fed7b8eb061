//! LinkedIn's "Download your data" export: finding its files ([`archive`]) and reading
//! `Connections.csv`, `Invitations.csv` and `messages.csv` into records. Pure parsers: no
//! store here; the loader decides what the records mean for contacts and events.

pub mod archive;
pub mod connections;
pub mod invitations;
pub mod messages;
