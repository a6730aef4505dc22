//! Fetching other issuers' documents for verification, behind an SSRF guard: only http(s), only
//! public addresses (unless configured for tests), the checked address pinned for the connection
//! (no DNS rebinding), redirects re-checked hop by hop, a time limit and a size limit.

use citybadges_i18n::Msg;
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("{0} is not an http(s) URL")]
    BadUrl(String),
    #[error("refused to fetch {0}: it points at a private, loopback or link-local address")]
    Private(String),
    #[error("could not reach {0}: {1}")]
    Unreachable(String, String),
    #[error("{0} answered HTTP {1}")]
    Status(String, u16),
    #[error("{0} sent more than {1} bytes")]
    TooLarge(String, usize),
    #[error("{0} redirected too many times")]
    Redirects(String),
}

impl FetchError {
    /// The sentence for the person who asked for the fetch.
    pub fn msg(&self) -> Msg {
        match self {
            FetchError::BadUrl(url) => Msg::new("err-fetch-bad-url").with("url", url.as_str()),
            FetchError::Private(url) => Msg::new("err-fetch-private").with("url", url.as_str()),
            FetchError::Unreachable(url, why) => Msg::new("err-fetch-unreachable")
                .with("url", url.as_str())
                .with("detail", why.as_str()),
            FetchError::Status(url, status) => Msg::new("err-fetch-status")
                .with("url", url.as_str())
                .with("status", *status),
            FetchError::TooLarge(url, max) => Msg::new("err-fetch-too-large")
                .with("url", url.as_str())
                .with("max", *max),
            FetchError::Redirects(url) => Msg::new("err-fetch-redirects").with("url", url.as_str()),
        }
    }
}

/// What a fetch brought back.
#[derive(Debug, Clone)]
pub struct Fetched {
    pub bytes: Vec<u8>,
    pub content_type: String,
}

#[derive(Debug, Clone)]
pub struct Fetcher {
    pub timeout: Duration,
    pub max_bytes: usize,
    pub allow_private: bool,
}

const MAX_REDIRECTS: usize = 3;

/// Addresses a server-side fetch must never reach from the public internet's point of view.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            !(v4.is_private()
                || v4.is_loopback()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_multicast()
                || v4.is_documentation()
                || a == 0
                || (a == 100 && (64..128).contains(&b)) // shared address space (CGNAT)
                || (a == 198 && (b == 18 || b == 19)) // benchmarking
                || a >= 240)
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(IpAddr::V4(v4));
            }
            let s = v6.segments();
            // Addresses that carry an IPv4 address, and so can reach one: judged by it. NAT64
            // (64:ff9b::/96) and the deprecated IPv4-compatible form (::a.b.c.d) hold it in the
            // last 32 bits, 6to4 (2002::/16) in bits 16-48.
            let v4_at = |hi: u16, lo: u16| {
                IpAddr::V4(std::net::Ipv4Addr::new(
                    (hi >> 8) as u8,
                    hi as u8,
                    (lo >> 8) as u8,
                    lo as u8,
                ))
            };
            if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0]
                || (s[..6] == [0; 6] && !v6.is_loopback() && !v6.is_unspecified())
            {
                return is_public(v4_at(s[6], s[7]));
            }
            if s[0] == 0x2002 {
                return is_public(v4_at(s[1], s[2]));
            }
            let first = s[0];
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00 // unique local
                || (first & 0xffc0) == 0xfe80 // link-local
                || (first & 0xffc0) == 0xfec0 // site-local (deprecated, still routed by some)
                || (first == 0x64 && s[1] == 0xff9b && s[2] == 1) // local-use NAT64 (64:ff9b:1::/48)
                || first == 0x2001 && s[1] == 0x0db8) // documentation
        }
    }
}

impl Fetcher {
    /// GET `url` with `accept`, following at most three redirects.
    pub async fn get(&self, url: &str, accept: &str) -> Result<Fetched, FetchError> {
        let mut current = url.to_owned();
        for _ in 0..=MAX_REDIRECTS {
            let parsed =
                url::Url::parse(&current).map_err(|_| FetchError::BadUrl(current.clone()))?;
            let addr = self.checked_address(&parsed).await?;
            match self.get_once(&parsed, addr, accept).await? {
                Step::Done(fetched) => return Ok(fetched),
                Step::Redirect(next) => {
                    current = parsed
                        .join(&next)
                        .map_err(|_| FetchError::BadUrl(next.clone()))?
                        .to_string();
                }
            }
        }
        Err(FetchError::Redirects(url.to_owned()))
    }

    async fn checked_address(&self, url: &url::Url) -> Result<SocketAddr, FetchError> {
        let shown = url.to_string();
        if !matches!(url.scheme(), "http" | "https") || !url.username().is_empty() {
            return Err(FetchError::BadUrl(shown));
        }
        let host = url
            .host_str()
            .ok_or_else(|| FetchError::BadUrl(shown.clone()))?;
        let port = url
            .port_or_known_default()
            .ok_or_else(|| FetchError::BadUrl(shown.clone()))?;
        let host = host.trim_start_matches('[').trim_end_matches(']');
        let addrs: Vec<SocketAddr> = match host.parse::<IpAddr>() {
            Ok(ip) => vec![SocketAddr::new(ip, port)],
            Err(_) => tokio::time::timeout(self.timeout, tokio::net::lookup_host((host, port)))
                .await
                .map_err(|_| FetchError::Unreachable(shown.clone(), "DNS timed out".into()))?
                .map_err(|e| FetchError::Unreachable(shown.clone(), e.to_string()))?
                .collect(),
        };
        // Every address must be public: an attacker's name may resolve to several.
        if !self.allow_private && addrs.iter().any(|a| !is_public(a.ip())) {
            return Err(FetchError::Private(shown));
        }
        addrs
            .into_iter()
            .next()
            .ok_or_else(|| FetchError::Unreachable(shown, "no address".into()))
    }

    async fn get_once(
        &self,
        url: &url::Url,
        addr: SocketAddr,
        accept: &str,
    ) -> Result<Step, FetchError> {
        let shown = url.to_string();
        let unreachable = |e: reqwest::Error| FetchError::Unreachable(shown.clone(), e.to_string());
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(self.timeout)
            .connect_timeout(self.timeout)
            .resolve(url.host_str().unwrap_or_default(), addr)
            .user_agent("CityBadges verifier")
            .build()
            .map_err(unreachable)?;
        let mut response = client
            .get(url.clone())
            .header(reqwest::header::ACCEPT, accept)
            .send()
            .await
            .map_err(unreachable)?;
        let status = response.status();
        if status.is_redirection() {
            let location = response
                .headers()
                .get(reqwest::header::LOCATION)
                .and_then(|v| v.to_str().ok())
                .ok_or_else(|| FetchError::Status(shown.clone(), status.as_u16()))?;
            return Ok(Step::Redirect(location.to_owned()));
        }
        if !status.is_success() {
            return Err(FetchError::Status(shown, status.as_u16()));
        }
        if response
            .content_length()
            .is_some_and(|n| n > self.max_bytes as u64)
        {
            return Err(FetchError::TooLarge(shown, self.max_bytes));
        }
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let mut bytes = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(unreachable)? {
            if bytes.len() + chunk.len() > self.max_bytes {
                return Err(FetchError::TooLarge(shown, self.max_bytes));
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok(Step::Done(Fetched {
            bytes,
            content_type,
        }))
    }
}

enum Step {
    Done(Fetched),
    Redirect(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_and_special_addresses_are_not_public() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fe80::1",
            "fd00::1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            // IPv4 inside IPv6: NAT64, IPv4-compatible, 6to4; and site-local.
            "64:ff9b::7f00:1",
            "64:ff9b::a9fe:a9fe",
            "64:ff9b:1::a00:1",
            "::127.0.0.1",
            "::10.0.0.1",
            "2002:7f00:1::",
            "2002:c0a8:101::1",
            "fec0::1",
        ] {
            assert!(!is_public(ip.parse().expect(ip)), "{ip}");
        }
        for ip in [
            "93.184.215.14",
            "2606:2800:21f:cb07:6820:80da:af6b:8b2c",
            "8.8.8.8",
            "64:ff9b::808:808",
            "2002:808:808::1",
        ] {
            assert!(is_public(ip.parse().expect(ip)), "{ip}");
        }
    }

    #[tokio::test]
    async fn internal_targets_are_refused_before_any_connection() {
        let fetcher = Fetcher {
            timeout: Duration::from_secs(2),
            max_bytes: 1024,
            allow_private: false,
        };
        for url in [
            "http://127.0.0.1:9/",
            "http://169.254.169.254/latest/meta-data/",
            "http://[::1]/",
            "http://localhost/",
            "http://10.0.0.1/x",
        ] {
            let err = fetcher.get(url, "*/*").await.expect_err(url);
            assert!(matches!(err, FetchError::Private(_)), "{url}: {err}");
        }
        for url in [
            "file:///etc/passwd",
            "ftp://example.org/",
            "http://user:pw@example.org/",
            "not a url",
        ] {
            let err = fetcher.get(url, "*/*").await.expect_err(url);
            assert!(matches!(err, FetchError::BadUrl(_)), "{url}: {err}");
        }
    }
}
