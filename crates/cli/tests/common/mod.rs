//! What the binary's test suites share: running `citybadges` with a clean environment and
//! serving the demo city on a free port.
#![allow(dead_code)]

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_citybadges");

pub struct Server {
    child: Child,
    pub base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

/// A command with a clean environment for settings (nothing inherited from the developer's shell).
pub fn citybadges(env: &[(&str, &str)]) -> Command {
    let mut cmd = Command::new(BIN);
    for var in [
        "DATABASE_URL",
        "REDIS_URL",
        "SMTP_URL",
        "MEILI_URL",
        "MEILI_MASTER_KEY",
    ] {
        cmd.env_remove(var);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

pub fn serve(data_dir: &Path, env: &[(&str, &str)]) -> Server {
    let port = free_port();
    let child = citybadges(env)
        .args([
            "serve",
            "--demo",
            "--bind",
            &format!("127.0.0.1:{port}"),
            "--data-dir",
        ])
        .arg(data_dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn citybadges");
    let server = Server {
        child,
        base: format!("http://127.0.0.1:{port}"),
    };
    let deadline = Instant::now() + Duration::from_secs(90);
    while Instant::now() < deadline {
        if reqwest::blocking::get(format!("{}/healthz", server.base))
            .is_ok_and(|r| r.status().is_success())
        {
            return server;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    panic!("the server did not answer /healthz within 90 s");
}

pub fn get_json(url: &str, bearer: Option<&str>) -> (u16, serde_json::Value) {
    let client = reqwest::blocking::Client::new();
    let mut req = client.get(url);
    if let Some(t) = bearer {
        req = req.bearer_auth(t);
    }
    let resp = req.send().expect("request");
    let status = resp.status().as_u16();
    (status, resp.json().unwrap_or(serde_json::Value::Null))
}

pub fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("run citybadges")
}
