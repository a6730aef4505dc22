//! Repositories: one module per aggregate. Functions take a connection so the caller (a use case in
//! `app`) decides the transaction. Organization-private reads and writes take an [`OrgScope`] from
//! the policy, never a bare organization id from a request. Reads that are public on purpose
//! (published content, public documents) are named `public_*`; the few functions for the
//! platform's own work (seeding, indexing, signing an issuer's public documents) take typed ids of
//! stored rows and say so. Ids and vocabularies are typed (`citybadges_domain`), so a filter is
//! written `.eq(AwardStatus::Issued)`, never with the stored text.
//!
//! [`OrgScope`]: citybadges_domain::policy::OrgScope

pub mod achievements;
pub mod activities;
pub mod audit;
pub mod awards;
pub mod calendar_feeds;
pub mod city;
pub mod email_tokens;
pub mod enrollments;
pub mod guardian_consents;
pub mod issuer_keys;
pub mod mail_opt_outs;
pub mod orgs;
pub mod outbox;
pub mod saved;
pub mod status_lists;
pub mod tokens;
pub mod users;

/// A page of results and the total count before paging.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: i64,
}

/// Offset paging, bounded by the caller (the use case validates `per_page`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    pub page: u32,
    pub per_page: u32,
}

impl Paging {
    pub fn offset(self) -> i64 {
        i64::from(self.page.saturating_sub(1)) * i64::from(self.per_page)
    }
    pub fn limit(self) -> i64 {
        i64::from(self.per_page)
    }
}
