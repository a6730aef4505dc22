//! Revocation status lists (W3C Bitstring Status List), one series per issuer.
//!
//! Each credential owns one bit. Positions are handed out in order but mapped to bits through a
//! per-list bijection, so that neighbouring bits do not reveal who was awarded together. The
//! signed list is stored and re-signed in the transaction that changes a bit.

use super::{keys, Urls};
use crate::error::{Error, Result};
use citybadges_credentials::proof::{self, ProofOptions};
use citybadges_credentials::sealed::MasterKey;
use citybadges_credentials::status_list::{
    status_list_credential, StatusList, StatusPurpose, MIN_BITS,
};
use citybadges_domain::policy::OrgScope;
use citybadges_i18n::Msg;
use citybadges_store::models::OrganizationRow;
use citybadges_store::{repo, AnyConnection};
use rand::Rng;

/// Bits per list: the spec's minimum (16 KiB), for herd privacy.
pub const LIST_BITS: i32 = MIN_BITS as i32;
/// Odd, so `position * MULTIPLIER + scramble (mod 2^17)` is a bijection.
const MULTIPLIER: i64 = 92_821;

/// The bit of a position in a list with this scramble.
pub fn bit_of(position: i32, scramble: i32) -> i32 {
    let bits = i64::from(LIST_BITS);
    ((i64::from(position) * MULTIPLIER + i64::from(scramble)).rem_euclid(bits)) as i32
}

/// Reserve `count` bits of the organization's lists: `(list number, bit index)` each.
pub fn allocate(
    conn: &mut AnyConnection,
    scope: &OrgScope,
    count: usize,
) -> Result<Vec<(i32, i32)>> {
    let mut out = Vec::with_capacity(count);
    let mut attempts = 0;
    while out.len() < count {
        attempts += 1;
        if attempts > 1000 {
            return Err(Error::Conflict(Msg::new("err-status-lists-busy")));
        }
        let list = match repo::status_lists::latest(conn, scope)? {
            Some(list) if list.allocated < LIST_BITS => list,
            full_or_none => {
                let number = full_or_none.map_or(1, |l| l.list_number + 1);
                repo::status_lists::create(
                    conn,
                    scope,
                    number,
                    rand::thread_rng().gen_range(0..LIST_BITS),
                    citybadges_store::now(),
                )?;
                continue;
            }
        };
        let want = (count - out.len()).min((LIST_BITS - list.allocated) as usize) as i32;
        let Some(first) =
            repo::status_lists::reserve(conn, scope, list.list_number, want, LIST_BITS)?
        else {
            continue;
        };
        out.extend((first..first + want).map(|p| (list.list_number, bit_of(p, list.scramble))));
    }
    Ok(out)
}

/// List `number` of an organization's series, with what signing it takes.
pub struct OrgList<'a> {
    pub master: &'a MasterKey,
    pub urls: &'a Urls,
    pub org: &'a OrganizationRow,
    pub number: i32,
}

/// Builds, signs and stores the list credential from the organization's revoked awards: after a
/// revocation, or for the first request of a list never signed (the list is public).
pub fn refresh(conn: &mut AnyConnection, list: &OrgList<'_>) -> Result<String> {
    let &OrgList {
        master,
        urls,
        org,
        number,
    } = list;
    let mut bits =
        StatusList::with_len(LIST_BITS as usize).map_err(|e| Error::Internal(e.to_string()))?;
    for index in repo::awards::public_revoked_indexes(conn, org.id, number)? {
        bits.set(index as usize, true)
            .map_err(|e| Error::Internal(e.to_string()))?;
    }
    let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let issuer = urls.issuer(&org.slug);
    let unsigned = status_list_credential(
        &urls.status_list(&org.slug, number),
        &issuer,
        &now,
        StatusPurpose::Revocation,
        &bits,
    );
    let signer = keys::signer(conn, master, org.id)?;
    let options = ProofOptions::assertion(urls.issuer_key(&org.slug, &signer.key_id), now);
    let signed = proof::sign(&unsigned, &signer.key, &options)
        .map_err(|e| Error::Internal(format!("signing the status list: {e}")))?;
    let text = signed.to_string();
    repo::status_lists::set_document(conn, org.id, number, Some(&text), citybadges_store::now())?;
    Ok(text)
}

/// The signed list credential, signing it first when it was never signed.
pub fn document(conn: &mut AnyConnection, list: &OrgList<'_>) -> Result<String> {
    let &OrgList { org, number, .. } = list;
    let row = repo::status_lists::public_get(conn, org.id, number)?
        .ok_or(Error::NotFound("status-list"))?;
    match row.document {
        Some(document) => Ok(document),
        None => refresh(conn, list),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_map_to_distinct_bits_spread_over_the_list() {
        let scramble = 12_345;
        let bits: std::collections::HashSet<i32> =
            (0..LIST_BITS).map(|p| bit_of(p, scramble)).collect();
        assert_eq!(bits.len(), LIST_BITS as usize);
        assert!((bit_of(1, scramble) - bit_of(0, scramble)).abs() > 1_000);
    }
}
