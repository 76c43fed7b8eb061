//! A sales team on one pipeline, through PostgreSQL: the team schema and its migrations
//! (`team init`), linking a database to it (`team join`), the sync of append-only logs
//! (`team sync`) and ownership (`team claim`, `release`, `reassign`). The only module that
//! speaks to PostgreSQL; the rules over the pulled rows are in `domain::team`, the SQLite
//! side in `store::team`.

mod claims;
mod connect;
mod error;
mod schema;
mod sync;

pub use claims::{claim, claim_with, reassign, release};
pub use connect::{TeamUrl, connect};
pub use error::TeamError;
pub use schema::{SCHEMA, init, join};
pub use sync::{SyncOptions, SyncReport, sync};
