//! `citybadges`: the binary. Reads the configuration, wires the crates together and runs a subcommand.

mod settings;

use anyhow::{anyhow, Context, Result};
use citybadges_app::accounts::NewAccount;
use citybadges_app::demo::{Plan, DEMO_PASSWORD};
use citybadges_app::App;
use citybadges_domain::AccountKind;
use clap::{Args, Parser, Subcommand};
use settings::Overrides;
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "citybadges",
    version,
    about = "CityBadges: activities and verifiable badges for a city's learning network"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone, Default)]
struct Common {
    /// A TOML file layered over the embedded defaults (see config/production.example.toml).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Where embedded mode keeps its database, mail and search index [default: ./data].
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (migrations are applied first).
    Serve {
        /// Seed the demo city first when the database is empty.
        #[arg(long)]
        demo: bool,
        /// Address to listen on [default: 127.0.0.1:8080].
        #[arg(long, value_name = "ADDR")]
        bind: Option<String>,
        #[command(flatten)]
        common: Common,
    },
    /// Apply pending database migrations and exit.
    Migrate {
        #[command(flatten)]
        common: Common,
    },
    /// Seed the demo city into the configured (empty) database.
    Demo {
        #[command(flatten)]
        common: Common,
    },
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Manage organizations' API tokens.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Manage the search index.
    Search {
        #[command(subcommand)]
        command: SearchCommand,
    },
}

#[derive(Subcommand)]
enum SearchCommand {
    /// Rebuild the search index from the database (stop an embedded-mode server first: it holds
    /// the index; with Meilisearch it can run at any time).
    Reindex {
        #[command(flatten)]
        common: Common,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account, for example the first city coordinator.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// youth, guardian, staff, coordinator or platform_admin.
        #[arg(long, default_value_t = AccountKind::Coordinator.to_string())]
        kind: String,
        /// The password; read from CITYBADGES_NEW_PASSWORD when absent (keeps it out of shell history).
        #[arg(long)]
        password: Option<String>,
        #[command(flatten)]
        common: Common,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Create an API token for an organization, acting for one of its administrators or staff.
    /// Prints the token once.
    Create {
        /// The organization's slug.
        #[arg(long)]
        org: String,
        /// Email of the member the token acts for.
        #[arg(long)]
        user: String,
        /// A name to recognise the token by.
        #[arg(long, default_value = "command line")]
        name: String,
        #[command(flatten)]
        common: Common,
    },
}

fn overrides(common: &Common, bind: Option<String>) -> Overrides {
    Overrides {
        config: common.config.clone(),
        bind,
        data_dir: common.data_dir.clone(),
    }
}

async fn start(o: &Overrides) -> Result<App> {
    let settings = settings::load(o)?;
    App::start(settings).await.map_err(|e| anyhow!("{e}"))
}

fn init_tracing() {
    use tracing_subscriber::EnvFilter;
    let mut filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,actix_server=warn"));
    // actix-http logs each malformed request it answers with a 400 (a bad header, say) as an
    // ERROR: the client's mistake, not the server's. Silent unless RUST_LOG asks for it.
    if !std::env::var("RUST_LOG").is_ok_and(|v| v.contains("actix_http")) {
        if let Ok(quiet) = "actix_http::h1::dispatcher=off".parse() {
            filter = filter.add_directive(quiet);
        }
    }
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if std::env::var("CITYBADGES_LOG_FORMAT").is_ok_and(|v| v == "json") {
        builder.json().init();
    } else {
        builder.init();
    }
}

#[actix_web::main]
async fn main() {
    init_tracing();
    if let Err(e) = run(Cli::parse()).await {
        eprintln!("error: {e:#}");
        std::process::exit(2);
    }
}

async fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Serve { demo, bind, common } => serve(&overrides(&common, bind), demo).await,
        Command::Migrate { common } => {
            let app = start(&overrides(&common, None)).await?;
            println!("database is up to date ({})", app.pool().backend().name());
            Ok(())
        }
        Command::Demo { common } => {
            let app = start(&overrides(&common, None)).await?;
            seed_demo(&app).await
        }
        Command::User {
            command:
                UserCommand::Create {
                    email,
                    name,
                    kind,
                    password,
                    common,
                },
        } => {
            let kind: AccountKind = kind.parse().map_err(|e| anyhow!("--kind: {e}"))?;
            let password = match password {
                Some(p) => p,
                None => std::env::var("CITYBADGES_NEW_PASSWORD")
                    .context("give --password or set CITYBADGES_NEW_PASSWORD")?,
            };
            let app = start(&overrides(&common, None)).await?;
            let id = app
                .create_account(
                    None,
                    NewAccount {
                        email: email.clone(),
                        password,
                        display_name: name,
                        kind,
                    },
                )
                .await
                .map_err(|e| anyhow!("{e}"))?;
            println!("created {} account {email} ({id})", kind.as_str());
            Ok(())
        }
        Command::Search {
            command: SearchCommand::Reindex { common },
        } => {
            let app = start(&overrides(&common, None)).await?;
            let n = app
                .rebuild_search_index()
                .await
                .map_err(|e| anyhow!("{e}"))?;
            println!(
                "search index rebuilt: {n} documents ({})",
                app.search_index().name()
            );
            Ok(())
        }
        Command::Token {
            command:
                TokenCommand::Create {
                    org,
                    user,
                    name,
                    common,
                },
        } => {
            let app = start(&overrides(&common, None)).await?;
            let created = app
                .create_api_token_for_member(org.clone(), user, name)
                .await
                .map_err(|e| anyhow!("{e}"))?;
            eprintln!(
                "API token for {org} (id {}); it is shown only this once:",
                created.info.id
            );
            println!("{}", created.token);
            Ok(())
        }
    }
}

async fn seed_demo(app: &App) -> Result<()> {
    let summary = app
        .seed_demo(Plan::demo())
        .await
        .map_err(|e| anyhow!("{e}"))?;
    println!(
        "demo city seeded: {} organizations, {} activities, {} badges, {} youth, {} staff, {} enrollments, {} awards",
        summary.organizations, summary.activities, summary.badges, summary.youth, summary.staff, summary.enrollments, summary.awards
    );
    println!("demo logins (password for all: {DEMO_PASSWORD}):");
    for (who, email) in &summary.logins {
        println!("  {who:<32} {email}");
    }
    Ok(())
}

async fn serve(o: &Overrides, demo: bool) -> Result<()> {
    let app = start(o).await?;
    if demo {
        let empty = app
            .db(|c| Ok(citybadges_store::repo::orgs::count(c)? == 0))
            .await
            .map_err(|e| anyhow!("{e}"))?;
        if empty {
            seed_demo(&app).await?;
        } else {
            println!("demo: the database already has organizations; not seeding again");
            println!("demo logins (password for all: {DEMO_PASSWORD}): coordinator@demo.citybadges.org, youth00001@demo.citybadges.org");
        }
    }
    match app.ensure_search_index().await {
        Ok(Some(n)) => println!("search index built: {n} documents"),
        Ok(None) => {}
        // Search being down must not stop the site: pages fall back and the outbox catches up.
        Err(e) => eprintln!("warning: search index not ready: {e}"),
    }
    // A node away longer than search changes are kept rebuilds; others catch up by following.
    match app.catch_up_search().await {
        Ok(true) => {
            println!("search index rebuilt: this node was away longer than changes are kept")
        }
        Ok(false) => {}
        Err(e) => eprintln!("warning: search index not caught up: {e}"),
    }
    let settings = app.settings().clone();
    citybadges_app::outbox::spawn_worker(app.clone());
    citybadges_app::catalog::spawn_clock(app.clone());
    citybadges_app::enrolling::reminders::spawn(app.clone());
    spawn_search_refresh(app.clone(), settings.search.refresh_minutes);
    let workers = if settings.server.workers == 0 {
        std::thread::available_parallelism().map_or(2, |n| n.get())
    } else {
        settings.server.workers
    };
    let server = actix_web::HttpServer::new(move || citybadges_web::application(app.clone()))
        .workers(workers)
        .bind(&settings.server.bind)
        .with_context(|| format!("cannot listen on {}", settings.server.bind))?;
    println!(
        "CityBadges is listening on http://{} (database: {}, data dir: {})",
        settings.server.bind,
        settings
            .database_url()
            .split('@')
            .next_back()
            .unwrap_or_default(),
        settings.server.data_dir.display()
    );
    server.run().await.context("server stopped")?;
    Ok(())
}

/// Rebuild the index now and then, so sessions that have passed leave "next session" and dates.
fn spawn_search_refresh(app: App, minutes: u64) {
    if minutes == 0 {
        return;
    }
    actix_web::rt::spawn(async move {
        let period = std::time::Duration::from_secs(minutes * 60);
        loop {
            actix_web::rt::time::sleep(period).await;
            match app.rebuild_search_index().await {
                Ok(n) => tracing::info!(documents = n, "search index refreshed"),
                Err(e) => tracing::warn!(error = %e, "search index refresh failed"),
            }
        }
    });
}
