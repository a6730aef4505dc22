//! CityBadges use cases: the one place where a request becomes a change. Authorization is decided
//! here (through `domain::policy`), transactions are opened here, side effects are queued here.

pub mod accounts;
pub mod activities;
pub mod audit;
pub mod backpack;
pub mod catalog;
pub mod catalog_cache;
pub mod config;
pub mod context;
pub mod data_rights;
pub mod demo;
pub mod emails;
pub mod enrolling;
pub mod error;
pub mod guardians;
pub mod issuing;
pub mod keys;
pub mod kv;
pub mod mail_lists;
pub mod manage;
pub mod outbox;
pub mod passwords;
pub mod ratelimit;
pub mod saved;
pub mod search;
pub mod secrets;
pub mod sessions;
pub mod sharing;
pub mod verifying;
pub mod views;

pub use context::App;
pub use error::{Error, Result};

/// Meilisearch index uids: letters, digits, hyphens and underscores, at most 400 characters.
pub fn validate_index_uid(uid: &str) -> std::result::Result<(), String> {
    let ok = !uid.is_empty()
        && uid.len() <= 400
        && uid
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if ok {
        Ok(())
    } else {
        Err(format!("'{uid}' may use only letters, digits, - and _"))
    }
}
