//! Newtype ids, so a contact id is never passed where an event id is meant.

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// A contact: one person, on any number of platforms.
    ContactId
);
id_type!(
    /// One entry of the append-only event log.
    EventId
);
id_type!(
    /// A tag that contacts can carry.
    TagId
);
id_type!(
    /// One of my own posts.
    PostId
);
