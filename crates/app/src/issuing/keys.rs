//! Issuer signing keys: created on first use, sealed under the master key, rotated on request
//! (old public keys stay published).

use crate::error::{Error, Result};
use chrono::NaiveDateTime;
use citybadges_credentials::sealed::MasterKey;
use citybadges_credentials::{generate_signing_key, public_key_multibase};
use citybadges_domain::policy::OrgScope;
use citybadges_domain::{IssuerKeyId, OrgId};
use citybadges_store::models::IssuerKeyRow;
use citybadges_store::{repo, AnyConnection};
use ed25519_dalek::SigningKey;

/// An opened signing key and the fragment of its verification method id.
pub struct Signer {
    pub key_id: String,
    pub key: SigningKey,
}

/// What a sealed key is bound to: its organization and key id.
fn seal_context(org_id: OrgId, key_id: &str) -> String {
    format!("issuer-key/{org_id}/{key_id}")
}

fn new_key_row(
    master: &MasterKey,
    org_id: OrgId,
    now: NaiveDateTime,
) -> (IssuerKeyRow, SigningKey) {
    let key = generate_signing_key();
    // Key ids name their creation time, so rotations read in order in the profile.
    // A random tail keeps ids apart when several keys are made in the same millisecond.
    let key_id = format!(
        "key-{}-{}",
        now.format("%Y%m%d%H%M%S%3f"),
        &hex::encode(rand::random::<[u8; 3]>())
    );
    let row = IssuerKeyRow {
        id: IssuerKeyId::new(),
        organization_id: org_id,
        secret_sealed: master.seal(&key, &seal_context(org_id, &key_id)),
        key_id,
        public_key_multibase: public_key_multibase(&key.verifying_key()),
        created_at: now,
        retired_at: None,
    };
    (row, key)
}

fn open(master: &MasterKey, row: IssuerKeyRow) -> Result<Signer> {
    let key = master
        .open(
            &row.secret_sealed,
            &seal_context(row.organization_id, &row.key_id),
        )
        .map_err(|e| Error::Internal(format!("issuer key {}: {e}", row.key_id)))?;
    Ok(Signer {
        key_id: row.key_id,
        key,
    })
}

/// The organization's active signing key, created when it has none. Callers hold the right to
/// issue for `org_id`, or sign its public status list (which the platform does on its own).
pub fn signer(conn: &mut AnyConnection, master: &MasterKey, org_id: OrgId) -> Result<Signer> {
    if let Some(row) = repo::issuer_keys::active_of(conn, org_id)? {
        return open(master, row);
    }
    // Two first issues at once may each create a key (ids differ by the millisecond): both are
    // published, the newest signs from then on.
    let (row, key) = new_key_row(master, org_id, citybadges_store::now());
    repo::issuer_keys::insert(conn, &row)?;
    Ok(Signer {
        key_id: row.key_id,
        key,
    })
}

/// Retire the active key and create a new one; returns the new key's id.
pub fn rotate(conn: &mut AnyConnection, master: &MasterKey, scope: &OrgScope) -> Result<String> {
    let now = citybadges_store::now();
    repo::issuer_keys::retire_active(conn, scope, now)?;
    let (row, _) = new_key_row(master, scope.org_id(), now);
    repo::issuer_keys::insert(conn, &row)?;
    Ok(row.key_id)
}
