//! The domain: contacts, platforms and their rules, the event log and everything derived
//! from it. Plain structs and pure functions; no SQL, no egui.

pub mod capture;
pub mod classifier;
pub mod command;
pub mod contact;
pub mod contact_row;
pub mod duplicates;
pub mod error;
pub mod event;
pub mod followers;
pub mod identity;
pub mod ids;
pub mod metrics;
pub mod platform;
pub mod post;
pub mod post_line;
pub mod profile_url;
pub mod relationship;
pub mod signals;
pub mod summary;
pub mod tag;
pub mod team;
pub mod templates;
pub mod time;

pub use contact::{Contact, ContactFields};
pub use error::{DomainError, Field};
pub use event::{Event, EventKind, NewEvent};
pub use ids::{ContactId, EventId, PostId, TagId};
pub use platform::{PlatformRule, PlatformRules};
pub use post::{NewPost, Post, PostAudience, PostKind};
pub use post_line::PostLine;
pub use relationship::{ConnectionState, Relationship};
pub use tag::Tag;
