//! CityBadges use cases: the one place where a request becomes a change. Authorization is decided
//! here (through `domain::policy`), transactions are opened here, side effects are queued here.

pub mod accounts;
pub mod activities;
pub mod audit;
pub mod catalog;
pub mod config;
pub mod context;
pub mod demo;
pub mod emails;
pub mod error;
pub mod keys;
pub mod kv;
pub mod manage;
pub mod outbox;
pub mod passwords;
pub mod ratelimit;
pub mod secrets;
pub mod sessions;
pub mod views;

pub use context::App;
pub use error::{Error, Result};
