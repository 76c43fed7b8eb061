//! LinkedIn's "Download your data" export: finding its files ([`archive`]) and reading
//! `Connections.csv`, `Invitations.csv`, `messages.csv` and `Shares.csv` into records.
//! Pure parsers: no store here; the loaders decide what the records mean for contacts,
//! events and my posts.

pub mod archive;
pub mod connections;
pub mod invitations;
pub mod messages;
pub mod shares;
