//! The `citybadges` binary as an operator runs it: serve the demo city on embedded defaults and on
//! PostgreSQL + Redis, create tokens and accounts, and refuse bad configuration by name.

mod common;

use common::*;

fn check_demo_city(server: &Server) -> serde_json::Value {
    let (status, ready) = get_json(&format!("{}/readyz", server.base), None);
    assert_eq!(status, 200, "{ready}");
    let (status, list) = get_json(&format!("{}/api/v1/activities", server.base), None);
    assert_eq!(status, 200);
    let total = list["total"].as_i64().expect("total");
    assert!(
        total >= 400,
        "the demo city publishes at least 400 activities, found {total}"
    );
    let (status, doc) = get_json(&format!("{}/api/openapi.json", server.base), None);
    assert_eq!(status, 200);
    assert!(doc["paths"]["/api/v1/activities"].is_object());
    ready
}

#[test]
fn serves_the_demo_city_on_embedded_defaults() {
    let dir = tempfile::tempdir().expect("tempdir");
    let server = serve(dir.path(), &[]);
    let ready = check_demo_city(&server);
    assert_eq!(ready["database"]["backend"], "sqlite");
    assert_eq!(ready["cache"]["backend"], "in-process");
    assert!(
        dir.path().join("citybadges.db").exists(),
        "SQLite file in the data dir"
    );
    let home = reqwest::blocking::get(&server.base)
        .expect("home")
        .text()
        .expect("html");
    assert!(home.contains("Lakeside City of Learning"));
}

#[test]
fn serves_the_demo_city_from_postgres_and_redis_and_issues_tokens() {
    let pg = citybadges_store::testing::TempPgDatabase::create()
        .expect("PostgreSQL must be running for the test suite");
    let redis = std::env::var("REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379".into());
    let prefix = format!("cbtest:{}:", uuid::Uuid::new_v4().simple());
    let env = [
        ("DATABASE_URL", pg.url.as_str()),
        ("REDIS_URL", redis.as_str()),
        ("CITYBADGES_CACHE__KEY_PREFIX", prefix.as_str()),
    ];
    let dir = tempfile::tempdir().expect("tempdir");
    let server = serve(dir.path(), &env);
    let ready = check_demo_city(&server);
    assert_eq!(ready["database"]["backend"], "postgresql");
    assert_eq!(ready["cache"]["backend"], "redis");
    assert!(
        !dir.path().join("citybadges.db").exists(),
        "no SQLite file when PostgreSQL is configured"
    );

    // An operator creates a token for an organization's administrator; it works over HTTP at once.
    let (_, orgs) = get_json(
        &format!("{}/api/v1/organizations?per_page=1", server.base),
        None,
    );
    let slug = orgs["items"][0]["slug"].as_str().expect("slug").to_string();
    let create_token = |user: &str| {
        let args = [
            "token",
            "create",
            "--org",
            &slug,
            "--user",
            user,
            "--data-dir",
        ];
        run(citybadges(&env).args(args).arg(dir.path()))
    };
    let out = create_token(&format!("admin@{slug}.demo.citybadges.org"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let token = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(token.starts_with("cbt_"));
    let (status, me) = get_json(&format!("{}/api/v1/me", server.base), Some(&token));
    assert_eq!(status, 200, "{me}");
    assert_eq!(me["caller"], "api_token");
    let (status, _) = get_json(
        &format!("{}/api/v1/orgs/{slug}/activities", server.base),
        Some(&token),
    );
    assert_eq!(status, 200);

    // A member who is not staff of that organization gets no token.
    let out = create_token("youth00001@demo.citybadges.org");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a member"));
}

#[test]
fn user_create_makes_the_first_coordinator_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let create = || {
        run(
            citybadges(&[("CITYBADGES_NEW_PASSWORD", "coordinator secret 1")])
                .args([
                    "user",
                    "create",
                    "--email",
                    "chief@city.example",
                    "--name",
                    "Chief Coordinator",
                    "--data-dir",
                ])
                .arg(dir.path()),
        )
    };
    let first = create();
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(String::from_utf8_lossy(&first.stdout)
        .contains("created coordinator account chief@city.example"));
    // Reindex works from the command line when no server holds the index.
    let reindex = run(citybadges(&[])
        .args(["search", "reindex", "--data-dir"])
        .arg(dir.path()));
    assert!(
        reindex.status.success(),
        "{}",
        String::from_utf8_lossy(&reindex.stderr)
    );
    assert!(String::from_utf8_lossy(&reindex.stdout).contains("search index rebuilt"));
    let second = create();
    assert_eq!(second.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&second.stderr).contains("already exists"));
    let weak = run(citybadges(&[])
        .args([
            "user",
            "create",
            "--email",
            "x@city.example",
            "--name",
            "X",
            "--password",
            "short",
            "--data-dir",
        ])
        .arg(dir.path()));
    assert!(String::from_utf8_lossy(&weak.stderr).contains("at least 10 characters"));
}

/// Environment, arguments, and the words the error must contain.
type ConfigCase = (
    Vec<(&'static str, &'static str)>,
    Vec<&'static str>,
    &'static str,
);

#[test]
fn bad_configuration_is_refused_by_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases: Vec<ConfigCase> = vec![
        (
            vec![("DATABASE_URL", "mysql://db/x")],
            vec!["migrate"],
            "database.url",
        ),
        (
            vec![("REDIS_URL", "http://cache")],
            vec!["migrate"],
            "cache.url",
        ),
        (
            vec![("CITYBADGES_DATABASE__MAX_CONNECTIONS", "many")],
            vec!["migrate"],
            "max_connections",
        ),
        (
            vec![],
            vec!["migrate", "--config", "/nonexistent/citybadges.toml"],
            "/nonexistent/citybadges.toml",
        ),
        (
            vec![
                ("CITYBADGES_MODE", "production"),
                ("DATABASE_URL", "postgres://db/x"),
                ("REDIS_URL", "redis://cache"),
            ],
            vec!["migrate"],
            "security.secret_key",
        ),
        (
            vec![("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none")],
            vec!["migrate"],
            "cannot connect",
        ),
    ];
    for (env, args, words) in cases {
        let out = run(citybadges(&env)
            .args(&args)
            .arg("--data-dir")
            .arg(dir.path()));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?} {env:?}: {stderr}");
        assert!(
            stderr.to_lowercase().contains(&words.to_lowercase()),
            "{args:?} {env:?}: {stderr} should name {words}"
        );
    }
}

#[test]
fn every_subcommand_has_help() {
    // Walk the command tree as `--help` lists it, so a new subcommand is covered by itself.
    let mut pending = vec![Vec::<String>::new()];
    let mut seen = 0;
    while let Some(path) = pending.pop() {
        let out = run(citybadges(&[]).args(&path).arg("--help"));
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(out.status.success(), "{path:?}");
        assert!(text.contains("Usage"), "{path:?}: {text}");
        seen += 1;
        let commands = text
            .split("Commands:")
            .nth(1)
            .map(|rest| rest.split("\n\n").next().unwrap_or_default().to_owned())
            .unwrap_or_default();
        for line in commands.lines() {
            let Some(name) = line.split_whitespace().next() else {
                continue;
            };
            if name != "help" {
                let mut sub = path.clone();
                sub.push(name.to_owned());
                pending.push(sub);
            }
        }
    }
    // serve, migrate, demo, user create, token create, search reindex and the groups.
    assert!(seen >= 8, "only {seen} commands found");
}
