//! Mail a person may stop, by kind ([`MailList`]): one click from the mail itself (RFC 8058
//! `List-Unsubscribe`, which mail apps show as a button) or the account's preferences. The
//! choice belongs to the address, kept as its hash, so it also holds for mail to an address with
//! no account (a badge awarded by email) and outlives a deleted account.
//!
//! The unsubscribe address carries the list, the address's hash and an HMAC of both under the
//! platform's secret: nothing to store per mail, nothing to guess, no plaintext address in a URL.

use crate::context::App;
use crate::error::{Error, Result};
use crate::secrets;
use citybadges_domain::policy::{self, Action, Actor};
use citybadges_domain::MailList;
use citybadges_i18n::Msg;
use citybadges_mail::Email;
use citybadges_store::repo;

/// What an address is known by here.
fn address_hash(email: &str) -> String {
    secrets::token_hash(&email.trim().to_lowercase())
}

/// One list as the preferences page shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListChoice {
    pub list: MailList,
    pub receiving: bool,
}

impl App {
    fn unsubscribe_token(&self, list: MailList, hash: &str) -> String {
        let sig = secrets::sign(self.secret(), &format!("unsubscribe:{list}:{hash}"));
        format!("{list}.{hash}.{sig}")
    }

    /// The list and address hash a token names, if this platform signed it.
    fn read_unsubscribe(&self, token: &str) -> Result<(MailList, String)> {
        let bad = || Error::BadRequest(Msg::new("err-unsubscribe-link"));
        let mut parts = token.trim().splitn(3, '.');
        let (Some(list), Some(hash), Some(sig)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(bad());
        };
        let list: MailList = list.parse().map_err(|_| bad())?;
        if !secrets::verify_signature(self.secret(), &format!("unsubscribe:{list}:{hash}"), sig) {
            return Err(bad());
        }
        Ok((list, hash.to_string()))
    }

    /// Hand a mail to the mailer, unless its recipient left its list; a listed mail carries its
    /// one-click unsubscribe address. Called by the outbox at delivery, so a choice made after
    /// the mail was queued still counts.
    pub(crate) async fn deliver_mail(&self, mut email: Email) -> std::result::Result<(), String> {
        if let Some(list) = email
            .list
            .as_deref()
            .and_then(|l| l.parse::<MailList>().ok())
        {
            let hash = address_hash(&email.to);
            let left = {
                let hash = hash.clone();
                self.db(move |c| Ok(repo::mail_opt_outs::has_left(c, &hash, list)?))
                    .await
                    .map_err(|e| e.to_string())?
            };
            if left {
                return Ok(());
            }
            email.unsubscribe = Some(format!(
                "{}/unsubscribe/{}",
                self.settings().public_url(),
                self.unsubscribe_token(list, &hash)
            ));
        }
        self.mailer().send(&email).await.map_err(|e| e.to_string())
    }

    /// The list an unsubscribe address names (for the page that asks to confirm).
    pub fn unsubscribe_list(&self, token: &str) -> Result<MailList> {
        Ok(self.read_unsubscribe(token)?.0)
    }

    /// Leave the list an unsubscribe address names; doing it twice changes nothing.
    pub async fn unsubscribe(&self, token: String) -> Result<MailList> {
        let (list, hash) = self.read_unsubscribe(&token)?;
        self.db(move |c| {
            repo::mail_opt_outs::set(c, &hash, list, true, citybadges_store::now())?;
            Ok(list)
        })
        .await
    }

    /// The signed-in person's choice for each list.
    pub async fn mail_preferences(&self, actor: Actor) -> Result<Vec<ListChoice>> {
        let me = actor.user_id().ok_or(Error::Unauthenticated)?;
        policy::authorize(&actor, Action::ViewPersonPrivate(me))?;
        self.db(move |c| {
            let user = repo::users::by_id(c, me)?.ok_or(Error::Unauthenticated)?;
            let left = repo::mail_opt_outs::left_by(c, &address_hash(&user.email))?;
            Ok(MailList::ALL
                .iter()
                .map(|l| ListChoice {
                    list: *l,
                    receiving: !left.contains(l),
                })
                .collect())
        })
        .await
    }

    /// Receive exactly the lists in `receiving`.
    pub async fn set_mail_preferences(&self, actor: Actor, receiving: Vec<MailList>) -> Result<()> {
        let me = actor.user_id().ok_or(Error::Unauthenticated)?;
        policy::authorize(&actor, Action::ViewPersonPrivate(me))?;
        self.tx(move |c| {
            let user = repo::users::by_id(c, me)?.ok_or(Error::Unauthenticated)?;
            let hash = address_hash(&user.email);
            let now = citybadges_store::now();
            for list in MailList::ALL {
                repo::mail_opt_outs::set(c, &hash, *list, !receiving.contains(list), now)?;
            }
            Ok(())
        })
        .await
    }
}
