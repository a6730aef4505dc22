//! Open Badges 2.0 hosted documents: Assertion, BadgeClass and Issuer (Profile), for backpacks and
//! validators that speak 2.0. Hosted verification: the assertion's id is its URL on the issuer's
//! domain, and the host answers a revoked assertion with `revoked: true` (HTTP 410).

use serde_json::{json, Map, Value};

pub const OB2_CONTEXT: &str = "https://w3id.org/openbadges/v2";

#[derive(Debug, Clone, PartialEq)]
pub struct Ob2Issuer {
    pub id: String,
    pub name: String,
    pub url: String,
    pub email: Option<String>,
    pub image: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Ob2BadgeClass {
    pub id: String,
    pub name: String,
    pub description: String,
    pub image: String,
    pub criteria_url: String,
    pub criteria_narrative: String,
    pub issuer: String,
    /// (name, url, framework) of aligned skills.
    pub alignments: Vec<(String, String, Option<String>)>,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Ob2Assertion {
    pub id: String,
    pub badge: String,
    /// `sha256$…` of the recipient email with `salt`.
    pub identity_hash: String,
    pub salt: String,
    /// ISO 8601 with time zone.
    pub issued_on: String,
    pub expires: Option<String>,
    pub image: Option<String>,
    pub narrative: Option<String>,
    pub evidence: Option<String>,
}

fn put(map: &mut Map<String, Value>, key: &str, value: Option<&String>) {
    if let Some(v) = value {
        map.insert(key.into(), json!(v));
    }
}

pub fn issuer_json(i: &Ob2Issuer) -> Value {
    let mut map = Map::new();
    map.insert("@context".into(), json!(OB2_CONTEXT));
    map.insert("type".into(), json!("Issuer"));
    map.insert("id".into(), json!(i.id));
    map.insert("name".into(), json!(i.name));
    map.insert("url".into(), json!(i.url));
    put(&mut map, "email", i.email.as_ref());
    put(&mut map, "image", i.image.as_ref());
    put(&mut map, "description", i.description.as_ref());
    Value::Object(map)
}

pub fn badge_class_json(b: &Ob2BadgeClass) -> Value {
    let mut map = Map::new();
    map.insert("@context".into(), json!(OB2_CONTEXT));
    map.insert("type".into(), json!("BadgeClass"));
    map.insert("id".into(), json!(b.id));
    map.insert("name".into(), json!(b.name));
    map.insert("description".into(), json!(b.description));
    map.insert("image".into(), json!(b.image));
    map.insert(
        "criteria".into(),
        json!({ "id": b.criteria_url, "narrative": b.criteria_narrative }),
    );
    map.insert("issuer".into(), json!(b.issuer));
    if !b.alignments.is_empty() {
        let alignments: Vec<Value> = b
            .alignments
            .iter()
            .map(|(name, url, framework)| {
                let mut a = Map::new();
                a.insert("targetName".into(), json!(name));
                a.insert("targetUrl".into(), json!(url));
                put(&mut a, "targetFramework", framework.as_ref());
                Value::Object(a)
            })
            .collect();
        map.insert("alignment".into(), Value::Array(alignments));
    }
    if !b.tags.is_empty() {
        map.insert("tags".into(), json!(b.tags));
    }
    Value::Object(map)
}

pub fn assertion_json(a: &Ob2Assertion) -> Value {
    let mut map = Map::new();
    map.insert("@context".into(), json!(OB2_CONTEXT));
    map.insert("type".into(), json!("Assertion"));
    map.insert("id".into(), json!(a.id));
    map.insert(
        "recipient".into(),
        json!({ "type": "email", "hashed": true, "salt": a.salt, "identity": a.identity_hash }),
    );
    map.insert("badge".into(), json!(a.badge));
    map.insert("verification".into(), json!({ "type": "hosted" }));
    map.insert("issuedOn".into(), json!(a.issued_on));
    put(&mut map, "expires", a.expires.as_ref());
    put(&mut map, "image", a.image.as_ref());
    put(&mut map, "narrative", a.narrative.as_ref());
    put(&mut map, "evidence", a.evidence.as_ref());
    Value::Object(map)
}

/// What the host answers (with HTTP 410) for a revoked assertion.
pub fn revoked_assertion_json(id: &str, reason: Option<&str>) -> Value {
    let mut map = Map::new();
    map.insert("@context".into(), json!(OB2_CONTEXT));
    map.insert("type".into(), json!("Assertion"));
    map.insert("id".into(), json!(id));
    map.insert("revoked".into(), json!(true));
    if let Some(reason) = reason {
        map.insert("revocationReason".into(), json!(reason));
    }
    Value::Object(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosted_documents_link_up_and_canonicalize_without_undefined_terms() {
        let assertion = assertion_json(&Ob2Assertion {
            id: "https://city.example/ob2/assertions/1".into(),
            badge: "https://city.example/ob2/badges/2".into(),
            identity_hash: crate::identity::hash_email("kid@example.org", "s"),
            salt: "s".into(),
            issued_on: "2026-11-27T10:00:00Z".into(),
            expires: None,
            image: None,
            narrative: Some("Built a robot.".into()),
            evidence: None,
        });
        assert_eq!(assertion["verification"]["type"], "hosted");
        assert!(!assertion.to_string().contains("kid@example.org"));
        let canon = crate::canon::shared();
        assert!(canon.undefined_terms(&assertion).expect("ok").is_empty());
        let revoked =
            revoked_assertion_json("https://city.example/ob2/assertions/1", Some("error"));
        assert_eq!(revoked["revoked"], true);
    }
}
