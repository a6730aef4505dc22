//! Liveness and readiness for load balancers and orchestrators.

use actix_web::{web, HttpResponse};
use citybadges_app::App;
use serde::Serialize;
use std::time::Instant;

pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({ "status": "ok" }))
}

#[derive(Serialize)]
struct Component {
    status: &'static str,
    backend: String,
    latency_ms: u128,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

fn component(backend: String, started: Instant, result: Result<(), String>) -> Component {
    let latency_ms = started.elapsed().as_millis();
    match result {
        Ok(()) => Component {
            status: "ok",
            backend,
            latency_ms,
            error: None,
        },
        Err(e) => Component {
            status: "down",
            backend,
            latency_ms,
            error: Some(e),
        },
    }
}

/// 200 when the database, the cache and the search index all answer; 503 with the failing part otherwise.
pub async fn readyz(app: web::Data<App>) -> HttpResponse {
    let a = app.get_ref().clone();
    let checks = web::block(move || {
        let t = Instant::now();
        let db = component(
            a.pool().backend().name().into(),
            t,
            a.pool().ping().map_err(|e| e.to_string()),
        );
        let t = Instant::now();
        let cache = component(
            a.kv().name().into(),
            t,
            a.kv().ping().map_err(|e| e.to_string()),
        );
        (db, cache)
    })
    .await;
    let Ok((database, cache)) = checks else {
        return HttpResponse::ServiceUnavailable().json(serde_json::json!({ "status": "down" }));
    };
    let t = Instant::now();
    let index = app.search_index();
    let search = component(
        index.name().into(),
        t,
        index.health().await.map_err(|e| e.to_string()),
    );
    let ready = [&database, &cache, &search]
        .iter()
        .all(|c| c.status == "ok");
    let body = serde_json::json!({
        "status": if ready { "ok" } else { "down" },
        "database": database,
        "cache": cache,
        "search": search,
    });
    if ready {
        HttpResponse::Ok().json(body)
    } else {
        HttpResponse::ServiceUnavailable().json(body)
    }
}
