//! Conversions between domain types and SQLite values.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use crate::domain::time::{Timestamp, from_secs};
use crate::domain::{ContactId, EventId, EventKind, PostId, PostKind, TagId};

macro_rules! sql_id {
    ($t:ty) => {
        impl ToSql for $t {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.0))
            }
        }
        impl FromSql for $t {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                i64::column_result(value).map(Self)
            }
        }
    };
}
sql_id!(ContactId);
sql_id!(EventId);
sql_id!(TagId);
sql_id!(PostId);

macro_rules! sql_code {
    ($t:ty) => {
        impl ToSql for $t {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.code()))
            }
        }
        impl FromSql for $t {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                let s = value.as_str()?;
                <$t>::from_code(s).map_err(|e| FromSqlError::Other(Box::new(e)))
            }
        }
    };
}
sql_code!(EventKind);
sql_code!(PostKind);
sql_code!(crate::domain::PostAudience);
sql_code!(crate::domain::ConnectionState);

/// Seconds for storage.
pub(crate) fn secs(t: Timestamp) -> i64 {
    t.timestamp()
}

/// A stored time.
pub(crate) fn time(secs: i64) -> Timestamp {
    from_secs(secs)
}

/// A stored optional time.
pub(crate) fn opt_time(secs: Option<i64>) -> Option<Timestamp> {
    secs.map(from_secs)
}
