//! Mail through a real SMTP server: aiosmtpd (PyPI), started here on loopback, stores what it
//! receives in a Maildir. The messages must arrive, be well formed (multipart: text and HTML),
//! and their links must work.

use citybadges_tests::*;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The SMTP server, stopped when dropped.
struct Smtp {
    child: Child,
    port: u16,
    maildir: PathBuf,
    _dir: tempfile::TempDir,
}

impl Drop for Smtp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The Python that has aiosmtpd (the interoperability suite's virtualenv, made once).
fn python() -> String {
    let setup = Path::new(env!("CARGO_MANIFEST_DIR")).join("interop/ob2/setup.sh");
    let out = Command::new("bash")
        .arg(setup)
        .output()
        .expect("bash and python3 must be installed for the mail suite");
    assert!(
        out.status.success(),
        "setting up aiosmtpd failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

fn start_smtp() -> Smtp {
    let dir = tempfile::tempdir().expect("tempdir");
    let maildir = dir.path().join("box");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let child = Command::new(python())
        .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}")])
        .args(["-c", "aiosmtpd.handlers.Mailbox"])
        .arg(&maildir)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("aiosmtpd starts");
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "aiosmtpd did not listen within 20 s"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    Smtp {
        child,
        port,
        maildir,
        _dir: dir,
    }
}

/// What the server stored for `to`: headers, text and HTML parts.
fn received(smtp: &Smtp, to: &str) -> Vec<citybadges_mail::Message> {
    let mut out = Vec::new();
    for sub in ["new", "cur"] {
        let Ok(entries) = std::fs::read_dir(smtp.maildir.join(sub)) else {
            continue;
        };
        for e in entries.flatten() {
            let raw = std::fs::read(e.path()).expect("a stored message");
            let m = citybadges_mail::parse_message(&raw).expect("a well-formed message");
            if m.header("To").contains(to) {
                out.push(m);
            }
        }
    }
    out
}

async fn mail_arrives_over_smtp(shape: Shape) {
    let smtp = start_smtp();
    let port = smtp.port;
    let city = TestCity::with(shape, move |s| {
        s.mail.transport = "smtp".into();
        s.mail.smtp_url = format!("smtp://127.0.0.1:{port}?tls=none");
    })
    .await;
    let svc = city.service().await;
    let (child, guardian) = ("smtp.child@example.org", "smtp.parent@example.org");
    let birth = (chrono::Utc::now().date_naive() - chrono::Duration::days(365 * 9)).to_string();
    city.app
        .sign_up(citybadges_app::accounts::SignUp {
            email: child.into(),
            password: "a long child password".into(),
            display_name: "Smtp Child".into(),
            birth_date: birth,
            guardian_email: guardian.into(),
            client: "smtp-test".into(),
            locale: citybadges_i18n::Locale::Fr,
        })
        .await
        .expect("signed up");
    citybadges_app::outbox::deliver_due(&city.app)
        .await
        .expect("delivered");

    // The guardian's request: multipart, in the child's language, its link opens the request.
    let mails = received(&smtp, guardian);
    assert_eq!(mails.len(), 1, "one message to the guardian");
    let m = &mails[0];
    let (text, html) = (&m.text, &m.html);
    assert!(m
        .header("Content-Type")
        .starts_with("multipart/alternative"));
    assert!(
        m.header("Subject").contains("Smtp Child"),
        "{:?}",
        m.headers
    );
    assert!(text.contains("Smtp Child"), "French text: {text}");
    let link = link_in(text, "/consent/");
    assert!(
        html.contains(&format!("{link}\"")),
        "the HTML part links it too: {html}"
    );
    let page = get(&svc, &link, &Auth::default()).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Smtp Child"));

    // The child's confirmation link signs them in.
    let mails = received(&smtp, child);
    assert_eq!(mails.len(), 1, "one message to the child");
    let verify = link_in(&mails[0].text, "/verify-email");
    let r = get(&svc, &verify, &Auth::default()).await;
    assert_eq!(r.status, 303);
    assert_eq!(r.header("location"), "/me?welcome=1");

    // A listed mail (a badge awarded) carries its one-click unsubscribe headers over SMTP too.
    award_first_badge(&svc, &city, "smtp.youth@example.org").await;
    citybadges_app::outbox::deliver_due(&city.app)
        .await
        .expect("delivered");
    let mails = received(&smtp, "smtp.youth@example.org");
    assert_eq!(mails.len(), 1);
    let m = &mails[0];
    assert!(m
        .header("List-Unsubscribe")
        .contains("/unsubscribe/badge_awarded."));
    assert_eq!(
        m.header("List-Unsubscribe-Post"),
        "List-Unsubscribe=One-Click"
    );
    let credential = link_in(&m.text, "/credentials/");
    assert_eq!(get(&svc, &credential, &Auth::default()).await.status, 200);
}

in_both_shapes!(mail_arrives_over_smtp);
