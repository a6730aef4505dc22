//! Awards and their signed credentials.

use super::{Page, Paging};
use crate::models::{AchievementRow, AwardRow, CredentialRow, OrganizationRow};
use crate::schema::{achievements, awards, credentials, organizations};
use crate::{AnyConnection, Result};
use chrono::NaiveDateTime;
use citybadges_domain::policy::OrgScope;
use citybadges_domain::{AwardId, AwardStatus, OrgId, UserId};
use diesel::prelude::*;

pub fn insert_many(conn: &mut AnyConnection, rows: &[AwardRow]) -> Result<()> {
    for chunk in rows.chunks(1000) {
        crate::on_backend!(conn, |c| diesel::insert_into(awards::table)
            .values(chunk)
            .execute(c))?;
    }
    Ok(())
}

pub fn insert_credentials(conn: &mut AnyConnection, rows: &[CredentialRow]) -> Result<()> {
    for chunk in rows.chunks(1000) {
        crate::on_backend!(conn, |c| diesel::insert_into(credentials::table)
            .values(chunk)
            .execute(c))?;
    }
    Ok(())
}

/// The awards an earlier request with these idempotency keys created.
pub fn by_idempotency_keys(
    conn: &mut AnyConnection,
    scope: &OrgScope,
    keys: &[String],
) -> Result<Vec<AwardRow>> {
    let mut found = Vec::new();
    for chunk in keys.chunks(1000) {
        found.extend(
            awards::table
                .filter(awards::organization_id.eq(scope.org_id()))
                .filter(awards::idempotency_key.eq_any(chunk))
                .select(AwardRow::as_select())
                .load(conn)?,
        );
    }
    Ok(found)
}

/// One of the organization's awards.
pub fn get(conn: &mut AnyConnection, scope: &OrgScope, id: AwardId) -> Result<Option<AwardRow>> {
    Ok(awards::table
        .filter(awards::id.eq(id))
        .filter(awards::organization_id.eq(scope.org_id()))
        .select(AwardRow::as_select())
        .first(conn)
        .optional()?)
}

/// The organization's awards, newest first, optionally of one status.
pub fn list(
    conn: &mut AnyConnection,
    scope: &OrgScope,
    status: Option<AwardStatus>,
    paging: Paging,
) -> Result<Page<AwardRow>> {
    let org = scope.org_id();
    let mut query = awards::table
        .filter(awards::organization_id.eq(org))
        .into_boxed();
    let mut count = awards::table
        .filter(awards::organization_id.eq(org))
        .into_boxed();
    if let Some(status) = status {
        query = query.filter(awards::status.eq(status));
        count = count.filter(awards::status.eq(status));
    }
    let total = count.count().get_result(conn)?;
    let items = query
        .order((awards::created_at.desc(), awards::id.desc()))
        .offset(paging.offset())
        .limit(paging.limit())
        .select(AwardRow::as_select())
        .load(conn)?;
    Ok(Page { items, total })
}

/// Revoke an issued award of this organization; 0 when it is not one or not issued.
pub fn revoke(
    conn: &mut AnyConnection,
    scope: &OrgScope,
    id: AwardId,
    reason: &str,
    at: NaiveDateTime,
) -> Result<usize> {
    Ok(diesel::update(
        awards::table
            .filter(awards::id.eq(id))
            .filter(awards::organization_id.eq(scope.org_id()))
            .filter(awards::status.eq(AwardStatus::Issued)),
    )
    .set((
        awards::status.eq(AwardStatus::Revoked),
        awards::revoked_at.eq(Some(at)),
        awards::revocation_reason.eq(Some(reason)),
        awards::updated_at.eq(at),
    ))
    .execute(conn)?)
}

/// Everything needed to serve an award's public documents (credential, OB 2.0 assertion).
pub type Published = (CredentialRow, AwardRow, AchievementRow, OrganizationRow);

/// An award's credential and what it refers to, by award id: public to whoever holds the link.
pub fn public_credential(conn: &mut AnyConnection, award_id: AwardId) -> Result<Option<Published>> {
    Ok(credentials::table
        .inner_join(awards::table.inner_join(achievements::table))
        .inner_join(organizations::table)
        .filter(credentials::award_id.eq(award_id))
        .select((
            CredentialRow::as_select(),
            AwardRow::as_select(),
            AchievementRow::as_select(),
            OrganizationRow::as_select(),
        ))
        .first(conn)
        .optional()?)
}

/// The status-list indexes of an organization's revoked awards in one list: what its public
/// status list says (public: no scope).
pub fn public_revoked_indexes(
    conn: &mut AnyConnection,
    org_id: OrgId,
    list_number: i32,
) -> Result<Vec<i32>> {
    Ok(credentials::table
        .inner_join(awards::table)
        .filter(credentials::organization_id.eq(org_id))
        .filter(credentials::status_list.eq(list_number))
        .filter(awards::status.eq(AwardStatus::Revoked))
        .select(credentials::status_index)
        .load(conn)?)
}

/// One award in its recipient's backpack: the award, its badge, the issuer and the signed
/// credential (absent while it is being signed).
pub type HeldRow = (AwardRow, AchievementRow, OrganizationRow, Option<String>);

/// The awards made to this account, newest first, at most `limit`. The person's own data: the
/// use case passes the signed-in person's id.
pub fn held_by(conn: &mut AnyConnection, user: UserId, limit: i64) -> Result<Vec<HeldRow>> {
    Ok(awards::table
        .inner_join(achievements::table)
        .inner_join(organizations::table.on(organizations::id.eq(awards::organization_id)))
        .left_join(credentials::table.on(credentials::award_id.eq(awards::id)))
        .filter(awards::recipient_user_id.eq(user))
        .order((awards::issued_at.desc(), awards::id))
        .limit(limit)
        .select((
            AwardRow::as_select(),
            AchievementRow::as_select(),
            OrganizationRow::as_select(),
            credentials::document.nullable(),
        ))
        .load(conn)?)
}

/// Give this account the awards made to its address before it existed (the caller has just
/// proved the address is theirs); returns how many.
pub fn claim_by_email(conn: &mut AnyConnection, user: UserId, email: &str) -> Result<usize> {
    Ok(diesel::update(
        awards::table
            .filter(awards::recipient_user_id.is_null())
            .filter(awards::recipient_email.eq(email)),
    )
    .set(awards::recipient_user_id.eq(user))
    .execute(conn)?)
}

/// Forget who received these awards (an account being deleted, and its address): the signed
/// credentials stay valid for their holders, with nothing here left to name them.
pub fn forget_recipient(conn: &mut AnyConnection, user: UserId, email: &str) -> Result<usize> {
    Ok(diesel::update(
        awards::table.filter(
            awards::recipient_user_id
                .eq(user)
                .or(awards::recipient_email.eq(email)),
        ),
    )
    .set((
        awards::recipient_user_id.eq(None::<UserId>),
        awards::recipient_email.eq(None::<String>),
    ))
    .execute(conn)?)
}
