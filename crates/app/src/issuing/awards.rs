//! Awarding and revoking badges. One transaction per request: the awards, their signed
//! credentials, their status-list bits and the emails to recipients are written together.

use super::{documents, keys, status, Urls};
use crate::audit;
use crate::catalog::paging;
use crate::context::App;
use crate::error::{Error, Result};
use crate::manage::scoped;
use crate::outbox::{self, Effect};
use crate::views::PageOf;
use chrono::{DateTime, NaiveDateTime, Utc};
use citybadges_credentials::identity::{hash_email, new_salt, normalize_email};
use citybadges_credentials::ob3::{self, CredentialDraft, Evidence};
use citybadges_credentials::proof::{self, ProofOptions};
use citybadges_credentials::status_list::{StatusListEntry, StatusPurpose};
use citybadges_domain::policy::{Action, Actor, OrgScope};
use citybadges_domain::validate::FieldError;
use citybadges_domain::{
    AchievementId, AuditTarget, AwardId, AwardStatus, OrgStatus, PublicationStatus, UserId,
};
use citybadges_i18n::{Locale, Msg};
use citybadges_store::models::{AchievementRow, AwardRow, CredentialRow, OrganizationRow, UserRow};
use citybadges_store::{repo, AnyConnection};
use ed25519_dalek::SigningKey;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use utoipa::ToSchema;

/// The statuses the award list filters by.
pub const STATUS_FILTERS: &[AwardStatus] = &[AwardStatus::Issued, AwardStatus::Revoked];

/// Most awards in one batch request.
pub const MAX_BATCH: usize = 10_000;

/// The limits on an award's fields, in characters unless said (the API document states them
/// from here).
pub mod limits {
    pub const EMAIL: usize = 254;
    pub const ACHIEVEMENT: usize = 200;
    pub const NARRATIVE: usize = 5_000;
    /// An evidence URL, in bytes.
    pub const EVIDENCE_URL: usize = 2_000;
    /// A revocation reason, once trimmed.
    pub const REASON: usize = 500;
    /// An `Idempotency-Key` header: visible ASCII.
    pub const IDEMPOTENCY_KEY: usize = 255;
}

/// A badge to award to one person.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AwardInput {
    /// The recipient's email address (or give `recipient_user_id`). Stored for the issuer;
    /// the credential carries only a salted hash of it.
    pub recipient_email: Option<String>,
    /// The id of the recipient's CityBadges account (or give `recipient_email`).
    pub recipient_user_id: Option<String>,
    /// The badge: its id or its slug in this organization. It must be published.
    pub achievement: String,
    /// What the person did, in their issuer's words (at most 5,000 characters).
    pub narrative: Option<String>,
    /// A link to the evidence (http or https, at most 2,000 characters).
    pub evidence_url: Option<String>,
    /// When the credential stops being valid; absent: it does not expire.
    pub valid_until: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AwardLinks {
    /// The OB 3.0 credential: JSON-LD for machines, a page for people.
    pub credential: String,
    /// The credential baked into a PNG image (`iTXt` chunk `openbadgecredential`).
    pub credential_png: String,
    /// The credential baked into an SVG image.
    pub credential_svg: String,
    /// The Open Badges 2.0 hosted assertion.
    pub ob2_assertion: String,
    /// The public verification page for this credential.
    pub verify: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AwardView {
    pub id: String,
    /// issued or revoked
    #[schema(value_type = String)]
    pub status: AwardStatus,
    pub achievement_id: String,
    pub achievement_slug: String,
    pub achievement_name: String,
    /// The email the issuer gave (absent when awarded to an account by id). Whether the address
    /// has a CityBadges account is never said: an issuer must not learn who is registered.
    pub recipient_email: Option<String>,
    pub narrative: Option<String>,
    pub evidence_url: Option<String>,
    pub issued_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub revocation_reason: Option<String>,
    pub links: AwardLinks,
}

/// The result of an award request: `replayed` when an Idempotency-Key matched an earlier one.
#[derive(Debug, Clone)]
pub struct Awarded {
    pub award: AwardView,
    pub replayed: bool,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BatchAwarded {
    pub awards: Vec<AwardView>,
    /// How many were created by this request (the others were replays of an earlier one).
    pub created: usize,
}

fn utc(t: Option<NaiveDateTime>) -> Option<DateTime<Utc>> {
    t.map(|t| t.and_utc())
}

pub fn links_for(urls: &Urls, award_id: AwardId) -> AwardLinks {
    let credential = urls.credential(award_id);
    AwardLinks {
        credential_png: format!("{credential}.png"),
        credential_svg: format!("{credential}.svg"),
        verify: format!(
            "{}?url={}",
            urls.verify_page(),
            url::form_urlencoded::byte_serialize(credential.as_bytes()).collect::<String>()
        ),
        ob2_assertion: urls.ob2_assertion(award_id),
        credential,
    }
}

fn view(urls: &Urls, a: AwardRow, badges: &HashMap<AchievementId, AchievementRow>) -> AwardView {
    let badge = badges.get(&a.achievement_id);
    AwardView {
        links: links_for(urls, a.id),
        achievement_slug: badge.map(|b| b.slug.clone()).unwrap_or_default(),
        achievement_name: badge.map(|b| b.name.clone()).unwrap_or_default(),
        id: a.id.to_string(),
        status: a.status,
        achievement_id: a.achievement_id.to_string(),
        recipient_email: a.recipient_email,
        narrative: a.narrative,
        evidence_url: a.evidence_url,
        issued_at: utc(a.issued_at),
        revoked_at: utc(a.revoked_at),
        revocation_reason: a.revocation_reason,
    }
}

/// An input checked against the organization's badges and the accounts.
struct Checked {
    input: AwardInput,
    badge: AchievementRow,
    /// The email the credential identifies (hashed), and where the notice goes.
    email: String,
    user: Option<UserRow>,
    idempotency_key: Option<String>,
    request_hash: String,
}

fn request_hash(input: &AwardInput) -> String {
    let json = serde_json::to_string(input).unwrap_or_default();
    hex::encode(Sha256::digest(json.as_bytes()))
}

/// A problem with input `i`: in a batch the message names the item, alone it is said as is.
fn in_item(batch: bool, i: usize, msg: Msg) -> Msg {
    if batch {
        Msg::new("err-batch-item")
            .with("item", i)
            .with("message", msg)
    } else {
        msg
    }
}

fn check_fields(i: usize, input: &AwardInput, errors: &mut Vec<FieldError>, batch: bool) {
    let field = |name: &str| -> &'static str {
        // Field names are static in FieldError; batches name the item in the message instead.
        match name {
            "recipient" => "recipient_email",
            "narrative" => "narrative",
            "evidence_url" => "evidence_url",
            "valid_until" => "valid_until",
            _ => "achievement",
        }
    };
    let at = |id: &'static str| in_item(batch, i, Msg::new(id));
    match (&input.recipient_email, &input.recipient_user_id) {
        (Some(_), Some(_)) | (None, None) => errors.push(FieldError::new(
            field("recipient"),
            at("err-award-recipient-either"),
        )),
        (Some(email), None) if !plausible_email(email) => errors.push(FieldError::new(
            field("recipient"),
            at("err-award-recipient-email"),
        )),
        _ => {}
    }
    if input.achievement.trim().is_empty()
        || input.achievement.chars().count() > limits::ACHIEVEMENT
    {
        errors.push(FieldError::new(
            field("achievement"),
            at("err-award-achievement"),
        ));
    }
    if input
        .narrative
        .as_ref()
        .is_some_and(|n| n.chars().count() > limits::NARRATIVE)
    {
        errors.push(FieldError::new(
            field("narrative"),
            at("err-award-narrative-long"),
        ));
    }
    if let Some(url) = &input.evidence_url {
        let ok = url.len() <= limits::EVIDENCE_URL
            && url::Url::parse(url).is_ok_and(|u| matches!(u.scheme(), "http" | "https"));
        if !ok {
            errors.push(FieldError::new(
                field("evidence_url"),
                at("err-award-evidence-url"),
            ));
        }
    }
    if input.valid_until.is_some_and(|v| v <= Utc::now()) {
        errors.push(FieldError::new(
            field("valid_until"),
            at("err-award-valid-until"),
        ));
    }
}

fn plausible_email(email: &str) -> bool {
    let e = email.trim();
    e.chars().count() <= limits::EMAIL
        && !e.chars().any(|c| c.is_whitespace() || c.is_control())
        && e.split_once('@')
            .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'))
}

/// Checks every input at once (all problems reported together) and resolves badges and people.
fn check_all(
    conn: &mut AnyConnection,
    scope: &OrgScope,
    org: &OrganizationRow,
    inputs: Vec<AwardInput>,
    idempotency_key: Option<&str>,
) -> Result<Vec<Checked>> {
    let batch = inputs.len() > 1;
    let mut errors = Vec::new();
    for (i, input) in inputs.iter().enumerate() {
        check_fields(i, input, &mut errors, batch);
    }
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    if org.status != OrgStatus::Active {
        return Err(Error::Refused(Msg::new("err-org-not-approved")));
    }
    let badges = repo::achievements::public_of_org(conn, scope.org_id())?;
    let badge_of = |key: &str| {
        let key = key.trim();
        let id = key.parse::<AchievementId>().ok();
        badges
            .iter()
            .find(|b| Some(b.id) == id || b.slug == key)
            .cloned()
    };
    let emails: Vec<String> = inputs
        .iter()
        .filter_map(|i| i.recipient_email.as_deref().map(normalize_email))
        .collect();
    // Text that is no account id names no account.
    let ids: Vec<UserId> = inputs
        .iter()
        .filter_map(|i| i.recipient_user_id.as_deref()?.parse().ok())
        .collect();
    let by_email: HashMap<String, UserRow> = repo::users::by_emails(conn, &emails)?
        .into_iter()
        .map(|u| (u.email.clone(), u))
        .collect();
    let by_id: HashMap<UserId, UserRow> = repo::users::by_ids(conn, &ids)?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let mut checked = Vec::with_capacity(inputs.len());
    for (i, input) in inputs.into_iter().enumerate() {
        let at = |msg: Msg| in_item(batch, i, msg);
        let Some(badge) = badge_of(&input.achievement) else {
            errors.push(FieldError::new(
                "achievement",
                at(Msg::new("err-award-not-a-badge").with(
                    "value",
                    input.achievement.chars().take(40).collect::<String>(),
                )),
            ));
            continue;
        };
        let (email, user) = match (&input.recipient_email, &input.recipient_user_id) {
            (Some(email), _) => {
                let email = normalize_email(email);
                // A child waiting for a guardian's approval receives nothing yet: the award is
                // kept for the address (as for one with no account) and joins the backpack when
                // the guardian approves; the issuer cannot tell the difference.
                let user = by_email
                    .get(&email)
                    .filter(|u| !u.awaiting_guardian())
                    .cloned();
                (email, user)
            }
            (None, Some(id)) => match id.parse::<UserId>().ok().and_then(|id| by_id.get(&id)) {
                Some(user) if user.awaiting_guardian() => {
                    errors.push(FieldError::new(
                        "recipient_user_id",
                        at(Msg::new("err-award-awaiting-guardian")),
                    ));
                    continue;
                }
                Some(user) => (normalize_email(&user.email), Some(user.clone())),
                None => {
                    errors.push(FieldError::new(
                        "recipient_user_id",
                        at(Msg::new("err-award-no-such-user")),
                    ));
                    continue;
                }
            },
            (None, None) => continue,
        };
        checked.push(Checked {
            request_hash: request_hash(&input),
            idempotency_key: idempotency_key.map(|k| {
                if batch {
                    format!("{k}#{i}")
                } else {
                    k.to_owned()
                }
            }),
            input,
            badge,
            email,
            user,
        });
    }
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    Ok(checked)
}

/// Splits inputs into replays of earlier requests (same key, same request) and new awards.
fn split_replays(
    conn: &mut AnyConnection,
    scope: &OrgScope,
    checked: Vec<Checked>,
) -> Result<(Vec<AwardRow>, Vec<Checked>)> {
    let keys: Vec<String> = checked
        .iter()
        .filter_map(|c| c.idempotency_key.clone())
        .collect();
    if keys.is_empty() {
        return Ok((Vec::new(), checked));
    }
    let earlier: HashMap<String, AwardRow> = repo::awards::by_idempotency_keys(conn, scope, &keys)?
        .into_iter()
        .filter_map(|a| a.idempotency_key.clone().map(|k| (k, a)))
        .collect();
    let mut replays = Vec::new();
    let mut fresh = Vec::new();
    for c in checked {
        match c.idempotency_key.as_ref().and_then(|k| earlier.get(k)) {
            Some(a) if a.request_hash.as_deref() == Some(c.request_hash.as_str()) => {
                replays.push(a.clone());
            }
            Some(_) => return Err(Error::Conflict(Msg::new("err-idempotency-reused"))),
            None => fresh.push(c),
        }
    }
    Ok((replays, fresh))
}

fn timestamp(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Signs documents on every core (signing dominates bulk awards).
fn sign_all(documents: Vec<Value>, key: &SigningKey, options: &ProofOptions) -> Result<Vec<Value>> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = documents.len().div_ceil(threads).max(1);
    let sign_chunk = |docs: &[Value]| -> Result<Vec<Value>> {
        docs.iter()
            .map(|d| {
                let mut signed = proof::sign(d, key, options)
                    .map_err(|e| Error::Internal(format!("signing a credential: {e}")))?;
                // The OB 3.0 JSON Schema wants `proof` as an array.
                if signed["proof"].is_object() {
                    signed["proof"] = Value::Array(vec![signed["proof"].take()]);
                }
                Ok(signed)
            })
            .collect()
    };
    if documents.len() < 64 {
        return sign_chunk(&documents);
    }
    std::thread::scope(|s| {
        let handles: Vec<_> = documents
            .chunks(chunk)
            .map(|part| s.spawn(move || sign_chunk(part)))
            .collect();
        let mut out = Vec::with_capacity(documents.len());
        for h in handles {
            out.extend(
                h.join()
                    .map_err(|_| Error::Internal("a signing thread failed".into()))??,
            );
        }
        Ok(out)
    })
}

/// Writes the notice of one award (its recipient, organization and award id).
/// The notice of one award; the locale is the city's default, for an address with no account.
type Notice<'a> =
    &'a dyn Fn(&Checked, &OrganizationRow, AwardId, Locale) -> Result<citybadges_mail::Email>;

struct IssueContext<'a> {
    urls: &'a Urls,
    master: &'a citybadges_credentials::sealed::MasterKey,
    actor: &'a Actor,
    /// The organization issuing, as the policy allowed it.
    scope: &'a OrgScope,
    /// The notice to each recipient; none for the awards the demo city is seeded with.
    mail: Option<Notice<'a>>,
    /// A new award's id: time-ordered for requests, the seeder's stream for the demo city.
    new_id: &'a dyn Fn() -> AwardId,
}

/// Creates the awards, signs their credentials and queues the notices, in the caller's transaction.
fn issue(
    conn: &mut AnyConnection,
    cx: &IssueContext<'_>,
    org: &OrganizationRow,
    fresh: Vec<Checked>,
) -> Result<Vec<AwardRow>> {
    if fresh.is_empty() {
        return Ok(Vec::new());
    }
    let now = citybadges_store::now();
    let issued = timestamp(now);
    let bits = status::allocate(conn, cx.scope, fresh.len())?;
    let signer = keys::signer(conn, cx.master, cx.scope.org_id())?;
    let issuer = documents::issuer(cx.urls, org);
    let city_locale = match cx.mail {
        Some(_) => crate::emails::city_locale(conn)?,
        None => Locale::default(),
    };
    let options = ProofOptions::assertion(
        cx.urls.issuer_key(&org.slug, &signer.key_id),
        issued.clone(),
    );
    let mut awards = Vec::with_capacity(fresh.len());
    let mut drafts = Vec::with_capacity(fresh.len());
    let mut salts = Vec::with_capacity(fresh.len());
    for (c, (list, bit)) in fresh.iter().zip(&bits) {
        let id = (cx.new_id)();
        let salt = new_salt();
        let status_url = cx.urls.status_list(&org.slug, *list);
        drafts.push(ob3::credential_json(&CredentialDraft {
            id: cx.urls.credential(id),
            issuer: issuer.clone(),
            achievement: documents::achievement(cx.urls, &c.badge, org),
            identity_hash: hash_email(&c.email, &salt),
            salt: salt.clone(),
            narrative: c.input.narrative.clone(),
            evidence: c
                .input
                .evidence_url
                .iter()
                .map(|u| Evidence {
                    id: Some(u.clone()),
                    narrative: None,
                    name: Some("Evidence".into()),
                })
                .collect(),
            valid_from: issued.clone(),
            valid_until: c
                .input
                .valid_until
                .map(|v| v.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
            status: Some(
                StatusListEntry::new(&status_url, *bit as usize, StatusPurpose::Revocation)
                    .to_json(),
            ),
        }));
        salts.push(salt);
        awards.push(AwardRow {
            id,
            organization_id: org.id,
            achievement_id: c.badge.id,
            recipient_user_id: c.user.as_ref().map(|u| u.id),
            recipient_email: c.input.recipient_email.as_deref().map(normalize_email),
            status: AwardStatus::Issued,
            narrative: c.input.narrative.clone(),
            evidence_url: c.input.evidence_url.clone(),
            issued_by: cx.actor.user_id(),
            idempotency_key: c.idempotency_key.clone(),
            issued_at: Some(now),
            revoked_at: None,
            revocation_reason: None,
            created_at: now,
            updated_at: now,
            request_hash: c.idempotency_key.as_ref().map(|_| c.request_hash.clone()),
        });
    }
    let signed = sign_all(drafts, &signer.key, &options)?;
    let mut credentials = Vec::with_capacity(awards.len());
    let mut mails = Vec::with_capacity(awards.len());
    for (((award, document), (list, bit)), (c, salt)) in awards
        .iter()
        .zip(signed)
        .zip(&bits)
        .zip(fresh.iter().zip(salts))
    {
        credentials.push(CredentialRow {
            award_id: award.id,
            organization_id: org.id,
            key_id: signer.key_id.clone(),
            status_list: *list,
            status_index: *bit,
            recipient_hash: hash_email(&c.email, &salt),
            recipient_salt: salt,
            document: document.to_string(),
            created_at: now,
        });
        if let Some(mail) = cx.mail {
            mails.push(Effect::Mail(mail(c, org, award.id, city_locale)?));
        }
    }
    repo::awards::insert_many(conn, &awards)?;
    repo::awards::insert_credentials(conn, &credentials)?;
    outbox::enqueue_many(conn, &mails)?;
    Ok(awards)
}

/// An award the demo city is seeded with: a published badge of the organization, to an account.
pub(crate) struct SeededAward {
    pub badge: AchievementRow,
    pub user: UserRow,
    pub narrative: String,
}

/// Issues the demo city's awards as `staff` (a member allowed to issue for `org`) would, in the
/// seeder's transaction: signed credentials and status-list bits, to the accounts' emails, no
/// notices, ids from `new_id`.
pub(crate) fn issue_seeded(
    conn: &mut AnyConnection,
    urls: &Urls,
    master: &citybadges_credentials::sealed::MasterKey,
    org: &OrganizationRow,
    staff: &Actor,
    awards: Vec<SeededAward>,
    new_id: &dyn Fn() -> AwardId,
) -> Result<Vec<AwardRow>> {
    let scope = citybadges_domain::policy::authorize_in_org(staff, Action::IssueAwards(org.id))?;
    let fresh = awards
        .into_iter()
        .map(|a| {
            let email = normalize_email(&a.user.email);
            Checked {
                input: AwardInput {
                    recipient_email: Some(email.clone()),
                    recipient_user_id: None,
                    achievement: a.badge.slug.clone(),
                    narrative: Some(a.narrative),
                    evidence_url: None,
                    valid_until: None,
                },
                badge: a.badge,
                email,
                user: Some(a.user),
                idempotency_key: None,
                request_hash: String::new(),
            }
        })
        .collect();
    let cx = IssueContext {
        urls,
        master,
        actor: staff,
        scope: &scope,
        mail: None,
        new_id,
    };
    issue(conn, &cx, org, fresh)
}

impl App {
    fn badge_mail(
        &self,
    ) -> impl Fn(&Checked, &OrganizationRow, AwardId, Locale) -> Result<citybadges_mail::Email> + '_
    {
        // The recipient's language when they have an account, else the city's.
        move |c, org, award_id, city_locale| {
            let locale = c.user.as_ref().map_or(city_locale, |u| u.locale);
            let name = c
                .user
                .as_ref()
                .map(|u| u.display_name.clone())
                .unwrap_or_default();
            crate::emails::badge_awarded(
                &self.urls(),
                &c.email,
                &name,
                &org.name,
                &c.badge.name,
                award_id,
                locale,
            )
        }
    }

    /// Award one badge. With an idempotency key, a retry of the same request returns the same
    /// award (`replayed`), and the key reused for another request is a conflict.
    pub async fn award(
        &self,
        actor: Actor,
        slug: String,
        input: AwardInput,
        idempotency_key: Option<String>,
    ) -> Result<Awarded> {
        let key = idempotency_key.map(check_idempotency_key).transpose()?;
        let result = self.award_many_in_tx(actor, slug, vec![input], key).await?;
        let (mut views, created) = result;
        let award = views
            .pop()
            .ok_or_else(|| Error::Internal("no award".into()))?;
        Ok(Awarded {
            award,
            replayed: created == 0,
        })
    }

    /// Award badges to up to [`MAX_BATCH`] people in one transaction (all or none).
    pub async fn award_batch(
        &self,
        actor: Actor,
        slug: String,
        inputs: Vec<AwardInput>,
        idempotency_key: Option<String>,
    ) -> Result<BatchAwarded> {
        if inputs.is_empty() || inputs.len() > MAX_BATCH {
            return Err(Error::invalid(
                "awards",
                Msg::new("err-batch-size").with("max", MAX_BATCH),
            ));
        }
        let key = idempotency_key.map(check_idempotency_key).transpose()?;
        let (awards, created) = self.award_many_in_tx(actor, slug, inputs, key).await?;
        Ok(BatchAwarded { awards, created })
    }

    async fn award_many_in_tx(
        &self,
        actor: Actor,
        slug: String,
        inputs: Vec<AwardInput>,
        key: Option<String>,
    ) -> Result<(Vec<AwardView>, usize)> {
        let app = self.clone();
        let result = self
            .tx(move |conn| {
                let (org, scope) = scoped(conn, &actor, &slug, Action::IssueAwards)?;
                let checked = check_all(conn, &scope, &org, inputs, key.as_deref())?;
                let order: Vec<Option<String>> =
                    checked.iter().map(|c| c.idempotency_key.clone()).collect();
                let (replays, fresh) = split_replays(conn, &scope, checked)?;
                let urls = app.urls();
                let mail = app.badge_mail();
                let cx = IssueContext {
                    urls: &urls,
                    master: app.master_key(),
                    actor: &actor,
                    scope: &scope,
                    mail: Some(&mail),
                    new_id: &AwardId::new,
                };
                let created = issue(conn, &cx, &org, fresh)?;
                let count = created.len();
                if count > 0 {
                    audit::record(
                        conn,
                        audit::Entry {
                            actor: &actor,
                            org_id: Some(org.id),
                            action: "award.issue",
                            target_type: AuditTarget::Award,
                            target_id: created[0].id.to_string(),
                            details: serde_json::json!({ "count": count }),
                        },
                    )?;
                }
                let badges = badge_map(conn, &scope)?;
                // Answer in request order: replays first matched by key, then the new ones.
                let mut by_key: HashMap<String, AwardRow> = replays
                    .into_iter()
                    .filter_map(|a| a.idempotency_key.clone().map(|k| (k, a)))
                    .collect();
                let mut created_iter = created.into_iter();
                let views = order
                    .into_iter()
                    .filter_map(|k| {
                        k.and_then(|k| by_key.remove(&k))
                            .or_else(|| created_iter.next())
                    })
                    .map(|a| view(&urls, a, &badges))
                    .collect();
                Ok((views, count))
            })
            .await;
        match result {
            // Two retries raced on one key: the loser's insert hit the unique index; the winner's
            // award is now visible.
            Err(Error::Duplicate(_)) => Err(Error::Conflict(Msg::new("err-idempotency-busy"))),
            other => {
                if other.is_ok() {
                    self.wake_outbox();
                }
                other
            }
        }
    }

    /// The organization's awards, newest first.
    pub async fn list_awards(
        &self,
        actor: Actor,
        slug: String,
        status: Option<String>,
        page: Option<i64>,
        per_page: Option<i64>,
    ) -> Result<PageOf<AwardView>> {
        let paging = paging(page, per_page, 20)?;
        let status = match status {
            None => None,
            Some(s) => match s.parse::<AwardStatus>() {
                Ok(status) if STATUS_FILTERS.contains(&status) => Some(status),
                _ => {
                    return Err(Error::invalid(
                        "status",
                        Msg::new("err-use-either")
                            .with("first", STATUS_FILTERS[0].as_str())
                            .with("second", STATUS_FILTERS[1].as_str()),
                    ));
                }
            },
        };
        let urls = self.urls();
        self.db(move |conn| {
            let (_, scope) = scoped(conn, &actor, &slug, Action::ViewAwards)?;
            let page = repo::awards::list(conn, &scope, status, paging)?;
            let badges = badge_map(conn, &scope)?;
            Ok(PageOf {
                items: page
                    .items
                    .into_iter()
                    .map(|a| view(&urls, a, &badges))
                    .collect(),
                total: page.total,
                page: paging.page,
                per_page: paging.per_page,
            })
        })
        .await
    }

    pub async fn award_detail(&self, actor: Actor, slug: String, id: String) -> Result<AwardView> {
        let urls = self.urls();
        self.db(move |conn| {
            let (_, scope) = scoped(conn, &actor, &slug, Action::ViewAwards)?;
            // Text that is no award id names none of the organization's awards.
            let award = match id.parse::<AwardId>() {
                Ok(id) => repo::awards::get(conn, &scope, id)?,
                Err(_) => None,
            }
            .ok_or(Error::NotFound("award"))?;
            Ok(view(&urls, award, &badge_map(conn, &scope)?))
        })
        .await
    }

    /// Revoke an issued award with a reason: its bit is set and the status list re-signed in the
    /// same transaction, so verifiers see it at once.
    pub async fn revoke_award(
        &self,
        actor: Actor,
        slug: String,
        id: String,
        reason: String,
    ) -> Result<AwardView> {
        let reason = reason.trim().to_owned();
        if reason.is_empty() || reason.chars().count() > limits::REASON {
            return Err(Error::invalid("reason", Msg::new("err-revoke-reason")));
        }
        let app = self.clone();
        self.tx(move |conn| {
            let (org, scope) = scoped(conn, &actor, &slug, Action::IssueAwards)?;
            let id = id
                .parse::<AwardId>()
                .map_err(|_| Error::NotFound("award"))?;
            let now = citybadges_store::now();
            if repo::awards::revoke(conn, &scope, id, &reason, now)? == 0 {
                return match repo::awards::get(conn, &scope, id)? {
                    Some(a) if a.status == AwardStatus::Revoked => {
                        Err(Error::Conflict(Msg::new("err-already-revoked")))
                    }
                    _ => Err(Error::NotFound("award")),
                };
            }
            let urls = app.urls();
            if let Some((credential, ..)) = repo::awards::public_credential(conn, id)? {
                let list = status::OrgList {
                    master: app.master_key(),
                    urls: &urls,
                    org: &org,
                    number: credential.status_list,
                };
                status::refresh(conn, &list)?;
            }
            audit::record(
                conn,
                audit::Entry {
                    actor: &actor,
                    org_id: Some(org.id),
                    action: "award.revoke",
                    target_type: AuditTarget::Award,
                    target_id: id.to_string(),
                    details: serde_json::json!({ "reason": reason }),
                },
            )?;
            let award = repo::awards::get(conn, &scope, id)?.ok_or(Error::NotFound("award"))?;
            Ok(view(&urls, award, &badge_map(conn, &scope)?))
        })
        .await
    }
}

fn badge_map(
    conn: &mut AnyConnection,
    scope: &OrgScope,
) -> Result<HashMap<AchievementId, AchievementRow>> {
    Ok(repo::achievements::all_of_org(conn, scope)?
        .into_iter()
        .map(|b| (b.id, b))
        .collect())
}

/// Idempotency keys: 1 to 255 visible ASCII characters.
fn check_idempotency_key(key: String) -> Result<String> {
    let key = key.trim().to_owned();
    if key.is_empty()
        || key.len() > limits::IDEMPOTENCY_KEY
        || !key.bytes().all(|b| b.is_ascii_graphic())
    {
        return Err(Error::BadRequest(Msg::new("err-idempotency-key")));
    }
    Ok(key)
}

/// The awards page of an organization's dashboard.
#[derive(Debug, Clone, Serialize)]
pub struct AwardsDashboard {
    pub org: crate::views::Named,
    /// Published badges, to award.
    pub badges: Vec<crate::views::Named>,
    pub awards: PageOf<AwardView>,
    /// Whether the viewer may award and revoke (reviewers may only look).
    pub can_issue: bool,
    /// The organization's signing keys, newest first.
    pub keys: Vec<super::key_admin::IssuerKeyView>,
    /// Whether the viewer may rotate the signing key (organization admins).
    pub can_rotate_keys: bool,
}

impl App {
    pub async fn awards_dashboard(
        &self,
        actor: Actor,
        slug: String,
        page: Option<i64>,
    ) -> Result<AwardsDashboard> {
        let paging = paging(page, Some(50), 50)?;
        let urls = self.urls();
        self.db(move |conn| {
            let (org, scope) = scoped(conn, &actor, &slug, Action::ViewAwards)?;
            let can_issue = citybadges_domain::policy::authorize_in_org(
                &actor,
                Action::IssueAwards(scope.org_id()),
            )
            .is_ok();
            let can_rotate_keys = citybadges_domain::policy::authorize_in_org(
                &actor,
                Action::RotateIssuerKey(scope.org_id()),
            )
            .is_ok();
            let keys = super::key_admin::list(conn, &urls, &scope, &org.slug)?;
            let list = repo::awards::list(conn, &scope, None, paging)?;
            let all = badge_map(conn, &scope)?;
            let mut badges: Vec<crate::views::Named> = all
                .values()
                .filter(|b| b.status == PublicationStatus::Published)
                .map(|b| crate::views::Named {
                    slug: b.slug.clone(),
                    name: b.name.clone(),
                })
                .collect();
            badges.sort_by(|a, b| a.name.cmp(&b.name));
            Ok(AwardsDashboard {
                org: crate::views::Named {
                    slug: org.slug,
                    name: org.name,
                },
                badges,
                awards: PageOf {
                    items: list
                        .items
                        .into_iter()
                        .map(|a| view(&urls, a, &all))
                        .collect(),
                    total: list.total,
                    page: paging.page,
                    per_page: paging.per_page,
                },
                can_issue,
                keys,
                can_rotate_keys,
            })
        })
        .await
    }
}
