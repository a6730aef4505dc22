//! Open Badges 3.0 documents: the `OpenBadgeCredential` of an award and the issuer profile that
//! publishes the keys verifying it. Plain data in, JSON-LD out; signing is [`crate::proof`].

use serde_json::{json, Map, Value};

pub const VC_V2_CONTEXT: &str = "https://www.w3.org/ns/credentials/v2";
pub const OB3_CONTEXT: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
/// Defines `1EdTechJsonSchemaValidator2019`, the `credentialSchema` type (and `1EdTechRevocationList`).
pub const OB3_EXTENSIONS_CONTEXT: &str = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";
pub const MULTIKEY_CONTEXT: &str = "https://w3id.org/security/multikey/v1";
/// Defines `verificationMethod` and `assertionMethod` for DID documents.
pub const DID_CONTEXT: &str = "https://www.w3.org/ns/did/v1";
/// Defines `verificationMethod` and `assertionMethod` for issuer profiles: Digital Bazaar's
/// verifiers read controller documents through this context.
pub const SECURITY_V2_CONTEXT: &str = "https://w3id.org/security/v2";
/// The official JSON Schema of an `AchievementCredential` / `OpenBadgeCredential`.
pub const OB3_SCHEMA_URL: &str =
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
/// The `credentialSchema` type the OB 3.0 specification uses for its JSON Schema.
pub const OB3_SCHEMA_TYPE: &str = "1EdTechJsonSchemaValidator2019";

/// The organization that issues, as shown inside credentials.
#[derive(Debug, Clone, PartialEq)]
pub struct Issuer {
    /// The profile URL; also the `controller` of its keys.
    pub id: String,
    pub name: String,
    /// The organization's public page.
    pub url: String,
    pub image: Option<String>,
    pub description: Option<String>,
    pub email: Option<String>,
}

/// A public key of an issuer, published in its profile.
#[derive(Debug, Clone, PartialEq)]
pub struct IssuerKey {
    /// Full verification method id: `<issuer id>/keys/<key id>` (or `<issuer id>#<key id>`).
    pub id: String,
    pub public_key_multibase: String,
}

/// An alignment to a skill framework (ESCO and others).
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    pub target_name: String,
    pub target_url: String,
    pub target_framework: Option<String>,
    pub target_code: Option<String>,
}

/// A level on the issuing organization's ladder (e.g. rank 2 of "Explorer, Maker, Mentor").
#[derive(Debug, Clone, PartialEq)]
pub struct Level {
    pub name: String,
    pub rank: i32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Achievement {
    /// Dereferenceable: the badge's public page, which also answers JSON-LD.
    pub id: String,
    pub name: String,
    pub description: String,
    pub criteria_narrative: String,
    pub image: Option<String>,
    /// An OB 3.0 achievement type such as `Badge`, `Certificate`, `Competency`.
    pub achievement_type: String,
    pub alignments: Vec<Alignment>,
    pub level: Option<Level>,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    pub id: Option<String>,
    pub narrative: Option<String>,
    pub name: Option<String>,
}

/// Everything an award's credential says, before it is signed.
#[derive(Debug, Clone, PartialEq)]
pub struct CredentialDraft {
    pub id: String,
    pub issuer: Issuer,
    pub achievement: Achievement,
    /// `sha256$…` of the recipient's email with `salt` (see [`crate::identity`]).
    pub identity_hash: String,
    pub salt: String,
    pub narrative: Option<String>,
    pub evidence: Vec<Evidence>,
    /// XML Schema dateTimeStamps, e.g. `2026-11-27T10:00:00Z`.
    pub valid_from: String,
    pub valid_until: Option<String>,
    /// The `credentialStatus` object (see [`crate::status_list::StatusListEntry::to_json`]).
    pub status: Option<Value>,
}

fn image(url: &Option<String>, caption: &str) -> Option<Value> {
    url.as_ref()
        .map(|id| json!({ "id": id, "type": "Image", "caption": caption }))
}

fn insert_some(map: &mut Map<String, Value>, key: &str, value: Option<Value>) {
    if let Some(value) = value {
        map.insert(key.into(), value);
    }
}

/// The issuer as embedded in credentials (`Profile`).
pub fn issuer_json(issuer: &Issuer) -> Value {
    let mut map = Map::new();
    map.insert("id".into(), json!(issuer.id));
    map.insert("type".into(), json!(["Profile"]));
    map.insert("name".into(), json!(issuer.name));
    map.insert("url".into(), json!(issuer.url));
    insert_some(&mut map, "image", image(&issuer.image, &issuer.name));
    insert_some(
        &mut map,
        "description",
        issuer.description.as_ref().map(|d| json!(d)),
    );
    insert_some(&mut map, "email", issuer.email.as_ref().map(|e| json!(e)));
    Value::Object(map)
}

/// The `Achievement` object, also served alone at its id.
pub fn achievement_json(a: &Achievement, issuer: &Issuer) -> Value {
    let mut map = Map::new();
    map.insert("id".into(), json!(a.id));
    map.insert("type".into(), json!(["Achievement"]));
    map.insert("name".into(), json!(a.name));
    map.insert("description".into(), json!(a.description));
    map.insert(
        "criteria".into(),
        json!({ "id": format!("{}#criteria", a.id), "narrative": a.criteria_narrative }),
    );
    map.insert("achievementType".into(), json!(a.achievement_type));
    insert_some(&mut map, "image", image(&a.image, &a.name));
    map.insert(
        "creator".into(),
        json!({ "id": issuer.id, "type": ["Profile"], "name": issuer.name }),
    );
    if !a.alignments.is_empty() {
        let alignments: Vec<Value> = a.alignments.iter().map(alignment_json).collect();
        map.insert("alignment".into(), Value::Array(alignments));
    }
    if let Some(level) = &a.level {
        map.insert(
            "resultDescription".into(),
            json!([{
                "id": format!("{}#level", a.id),
                "type": ["ResultDescription"],
                "name": "Level",
                "resultType": "RubricCriterionLevel",
                "rubricCriterionLevel": [{
                    "id": level_id(a, level),
                    "type": ["RubricCriterionLevel"],
                    "name": level.name,
                    "level": level.rank.to_string(),
                }],
            }]),
        );
    }
    if !a.tags.is_empty() {
        map.insert("tag".into(), json!(a.tags));
    }
    Value::Object(map)
}

fn level_id(a: &Achievement, level: &Level) -> String {
    format!("{}#level-{}", a.id, level.rank)
}

fn alignment_json(al: &Alignment) -> Value {
    let mut map = Map::new();
    map.insert("type".into(), json!(["Alignment"]));
    map.insert("targetName".into(), json!(al.target_name));
    map.insert("targetUrl".into(), json!(al.target_url));
    map.insert("targetType".into(), json!("ceasn:Competency"));
    insert_some(
        &mut map,
        "targetFramework",
        al.target_framework.as_ref().map(|f| json!(f)),
    );
    insert_some(
        &mut map,
        "targetCode",
        al.target_code.as_ref().map(|c| json!(c)),
    );
    Value::Object(map)
}

/// The unsigned `OpenBadgeCredential` (arrays where the official JSON Schema wants arrays).
pub fn credential_json(d: &CredentialDraft) -> Value {
    let mut subject = Map::new();
    subject.insert("type".into(), json!(["AchievementSubject"]));
    subject.insert(
        "identifier".into(),
        json!([{
            "type": "IdentityObject",
            "identityHash": d.identity_hash,
            "identityType": "emailAddress",
            "hashed": true,
            "salt": d.salt,
        }]),
    );
    subject.insert(
        "achievement".into(),
        achievement_json(&d.achievement, &d.issuer),
    );
    if let Some(level) = &d.achievement.level {
        subject.insert(
            "result".into(),
            json!([{
                "type": ["Result"],
                "resultDescription": format!("{}#level", d.achievement.id),
                "achievedLevel": level_id(&d.achievement, level),
            }]),
        );
    }
    insert_some(
        &mut subject,
        "narrative",
        d.narrative.as_ref().map(|n| json!(n)),
    );

    let mut map = Map::new();
    map.insert(
        "@context".into(),
        json!([VC_V2_CONTEXT, OB3_CONTEXT, OB3_EXTENSIONS_CONTEXT]),
    );
    map.insert("id".into(), json!(d.id));
    map.insert(
        "type".into(),
        json!(["VerifiableCredential", "OpenBadgeCredential"]),
    );
    map.insert("name".into(), json!(d.achievement.name));
    map.insert("issuer".into(), issuer_json(&d.issuer));
    map.insert("validFrom".into(), json!(d.valid_from));
    insert_some(
        &mut map,
        "validUntil",
        d.valid_until.as_ref().map(|v| json!(v)),
    );
    map.insert("credentialSubject".into(), Value::Object(subject));
    if !d.evidence.is_empty() {
        let evidence: Vec<Value> = d.evidence.iter().map(evidence_json).collect();
        map.insert("evidence".into(), Value::Array(evidence));
    }
    insert_some(&mut map, "credentialStatus", d.status.clone());
    map.insert(
        "credentialSchema".into(),
        json!([{ "id": OB3_SCHEMA_URL, "type": OB3_SCHEMA_TYPE }]),
    );
    Value::Object(map)
}

fn evidence_json(e: &Evidence) -> Value {
    let mut map = Map::new();
    insert_some(&mut map, "id", e.id.as_ref().map(|v| json!(v)));
    map.insert("type".into(), json!(["Evidence"]));
    insert_some(&mut map, "name", e.name.as_ref().map(|v| json!(v)));
    insert_some(
        &mut map,
        "narrative",
        e.narrative.as_ref().map(|v| json!(v)),
    );
    Value::Object(map)
}

/// The issuer profile served at the issuer id: who the issuer is and which keys sign for it.
/// Every key stays listed after rotation, so credentials signed before still verify.
pub fn issuer_profile_json(issuer: &Issuer, keys: &[IssuerKey]) -> Value {
    let mut profile = issuer_json(issuer);
    let Some(map) = profile.as_object_mut() else {
        return profile;
    };
    map.insert(
        "@context".into(),
        json!([
            VC_V2_CONTEXT,
            OB3_CONTEXT,
            SECURITY_V2_CONTEXT,
            MULTIKEY_CONTEXT
        ]),
    );
    let methods: Vec<Value> = keys
        .iter()
        .map(|k| {
            json!({
                "id": k.id,
                "type": "Multikey",
                "controller": issuer.id,
                "publicKeyMultibase": k.public_key_multibase,
            })
        })
        .collect();
    let ids: Vec<Value> = keys.iter().map(|k| json!(k.id)).collect();
    map.insert("verificationMethod".into(), Value::Array(methods));
    map.insert("assertionMethod".into(), Value::Array(ids));
    profile
}

/// A key's own document, answered at its id: a `Multikey` with its controller, for verifiers
/// that dereference a proof's `verificationMethod` and expect the key itself.
pub fn multikey_document_json(controller: &str, key: &IssuerKey) -> Value {
    json!({
        "@context": [MULTIKEY_CONTEXT],
        "id": key.id,
        "type": "Multikey",
        "controller": controller,
        "publicKeyMultibase": key.public_key_multibase,
    })
}

/// A `did:web` document for the same keys (`did:web:<host>:issuers:<slug>`), with the keys'
/// ids rewritten under the DID.
pub fn did_document_json(did: &str, issuer: &Issuer, keys: &[IssuerKey]) -> Value {
    let methods: Vec<Value> = keys
        .iter()
        .map(|k| {
            // `…/keys/key-1` and `…#key-1` both name the key `key-1`.
            let fragment = k.id.rsplit(['#', '/']).next().unwrap_or("key");
            json!({
                "id": format!("{did}#{fragment}"),
                "type": "Multikey",
                "controller": did,
                "publicKeyMultibase": k.public_key_multibase,
            })
        })
        .collect();
    let ids: Vec<Value> = methods.iter().map(|m| m["id"].clone()).collect();
    json!({
        "@context": [DID_CONTEXT, MULTIKEY_CONTEXT],
        "id": did,
        "alsoKnownAs": [issuer.id],
        "verificationMethod": methods,
        "assertionMethod": ids,
    })
}

/// The `did:web` DID for an issuer profile URL: `https://host[:port]/a/b` → `did:web:host%3Aport:a:b`.
pub fn did_web_for(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let mut did = format!("did:web:{}", host.replace(':', "%3A"));
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        did.push(':');
        did.push_str(segment);
    }
    Some(did)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> CredentialDraft {
        let issuer = Issuer {
            id: "https://city.example/issuers/fab-lab".into(),
            name: "Fab Lab".into(),
            url: "https://city.example/orgs/fab-lab".into(),
            image: Some("https://city.example/static/img/badge.svg".into()),
            description: None,
            email: None,
        };
        CredentialDraft {
            id: "https://city.example/credentials/1".into(),
            achievement: Achievement {
                id: "https://city.example/orgs/fab-lab/badges/laser".into(),
                name: "Laser Cutter".into(),
                description: "Safe use of the laser cutter.".into(),
                criteria_narrative: "Cut a box.".into(),
                image: Some("https://city.example/static/img/badge.svg".into()),
                achievement_type: "Competency".into(),
                alignments: vec![Alignment {
                    target_name: "use laser cutters".into(),
                    target_url: "http://data.europa.eu/esco/skill/x".into(),
                    target_framework: Some("ESCO".into()),
                    target_code: None,
                }],
                level: Some(Level {
                    name: "Maker".into(),
                    rank: 2,
                }),
                tags: vec!["making".into()],
            },
            issuer,
            identity_hash: crate::identity::hash_email("kid@example.org", "salt"),
            salt: "salt".into(),
            narrative: Some("Cut a box with finger joints.".into()),
            evidence: vec![Evidence {
                id: Some("https://example.org/photo".into()),
                narrative: None,
                name: Some("Photo".into()),
            }],
            valid_from: "2026-11-27T10:00:00Z".into(),
            valid_until: None,
            status: None,
        }
    }

    #[test]
    fn credentials_define_every_term_and_never_carry_the_email() {
        let doc = credential_json(&draft());
        let text = doc.to_string();
        assert!(!text.contains("kid@example.org"));
        assert_eq!(doc["type"][1], "OpenBadgeCredential");
        assert!(doc["credentialSchema"].is_array());
        let undefined = crate::canon::shared()
            .undefined_terms(&doc)
            .expect("canonicalizes");
        assert!(undefined.is_empty(), "undefined terms: {undefined:?}");
    }

    #[test]
    fn issuer_profiles_and_did_documents_are_json_ld_without_undefined_terms() {
        let d = draft();
        let keys = [IssuerKey {
            id: format!("{}#key-1", d.issuer.id),
            public_key_multibase: "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi".into(),
        }];
        let profile = issuer_profile_json(&d.issuer, &keys);
        assert_eq!(profile["verificationMethod"][0]["controller"], d.issuer.id);
        let undefined = crate::canon::shared()
            .undefined_terms(&profile)
            .expect("canonicalizes");
        assert!(undefined.is_empty(), "undefined terms: {undefined:?}");
        let did = did_web_for("https://city.example:8443/issuers/fab-lab").expect("did");
        assert_eq!(did, "did:web:city.example%3A8443:issuers:fab-lab");
        let doc = did_document_json(&did, &d.issuer, &keys);
        assert_eq!(doc["assertionMethod"][0], format!("{did}#key-1"));
    }
}
