//! The one place entente speaks HTTP: requests to SPARQL endpoints and graph stores with
//! the user's credentials (answering Basic and Digest challenges), a time limit, and
//! failures sorted into what a retry may cure and what it may not.

use std::io::Read;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sha2::{Digest as _, Sha256};
use ureq::http::{self, Response, Uri};
use ureq::{Agent, Body};

use crate::remote::credentials::Credentials;
use crate::remote::digest::{
    Challenge, DigestChallenge, DigestRequest, basic_authorization, best_challenge,
    digest_authorization,
};

/// Characters of a server's error text shown at most.
const ERROR_TEXT_CHARS: usize = 400;

/// Why a request failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// No connection, or it broke: the server may be down or restarting.
    Connection(String),
    /// The time limit passed before the server answered in full.
    Timeout(Duration),
    /// The server answered with an error status; `text` is what it said, on one line.
    Status { code: u16, text: String },
    /// The request could not be made (a malformed URL, say): no retry helps.
    Request(String),
}

impl Failure {
    /// Whether trying again later may succeed: connection trouble, a 5xx answer.
    pub fn is_transient(&self) -> bool {
        match self {
            Failure::Connection(_) => true,
            Failure::Status { code, .. } => *code >= 500,
            Failure::Timeout(_) | Failure::Request(_) => false,
        }
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Connection(detail) => write!(f, "cannot reach the server ({detail})"),
            Failure::Timeout(limit) => write!(
                f,
                "the server did not answer within {} s (--timeout)",
                limit.as_secs_f64()
            ),
            Failure::Status { code, text } if text.is_empty() => {
                write!(f, "the server answered {code} {}", reason(*code))
            }
            Failure::Status { code, text } => {
                write!(f, "the server answered {code} {}: {text}", reason(*code))
            }
            Failure::Request(detail) => write!(f, "{detail}"),
        }
    }
}

impl std::error::Error for Failure {}

fn reason(code: u16) -> &'static str {
    http::StatusCode::from_u16(code)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("")
}

/// One request: what is sent, and what is accepted back.
pub struct Request<'a> {
    pub method: http::Method,
    pub url: &'a str,
    pub content_type: Option<&'a str>,
    pub accept: Option<&'a str>,
    pub body: &'a [u8],
}

/// How the client proves who it is, learnt from the server's first challenge.
#[derive(Debug, Clone)]
enum Scheme {
    /// No challenge seen yet: requests go without credentials.
    Unknown,
    Basic,
    Digest(DigestChallenge),
}

/// An HTTP client for one set of endpoints; shared by the threads of an ingest.
pub struct Client {
    agent: Agent,
    timeout: Option<Duration>,
    credentials: Option<Credentials>,
    scheme: Mutex<Scheme>,
    /// Requests answered with the current Digest nonce.
    nonce_count: AtomicU64,
}

impl Client {
    /// A client whose every request must be answered within `timeout`.
    pub fn new(timeout: Option<Duration>, credentials: Option<Credentials>) -> Client {
        let agent: Agent = Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(timeout)
            .timeout_connect(Some(
                timeout.unwrap_or(CONNECT_TIMEOUT).min(CONNECT_TIMEOUT),
            ))
            .user_agent(concat!("entente/", env!("CARGO_PKG_VERSION")))
            .max_idle_connections_per_host(16)
            .build()
            .into();
        Client {
            agent,
            timeout,
            credentials,
            scheme: Mutex::new(Scheme::Unknown),
            nonce_count: AtomicU64::new(0),
        }
    }

    /// Sends a request, answering an authentication challenge once; a response with an
    /// error status is a [`Failure::Status`] carrying the server's text.
    pub fn send(&self, request: &Request<'_>) -> Result<Response<Body>, Failure> {
        let uri: Uri = request
            .url
            .parse()
            .map_err(|e| Failure::Request(format!("{} is not a URL: {e}", request.url)))?;
        let mut response = self.send_once(request, &uri)?;
        if response.status() == http::StatusCode::UNAUTHORIZED && self.credentials.is_some() {
            let challenge = best_challenge(
                response
                    .headers()
                    .get_all(http::header::WWW_AUTHENTICATE)
                    .iter()
                    .filter_map(|value| value.to_str().ok()),
            );
            if let Some(challenge) = challenge {
                *self.scheme.lock().unwrap_or_else(|e| e.into_inner()) = match challenge {
                    Challenge::Basic => Scheme::Basic,
                    Challenge::Digest(digest) => Scheme::Digest(digest),
                };
                self.nonce_count.store(0, Ordering::SeqCst);
                response = self.send_once(request, &uri)?;
            }
        }
        let status = response.status().as_u16();
        if status >= 400 {
            let text = error_text(&mut response);
            let text = match (status, &self.credentials) {
                (401, None) if text.is_empty() => {
                    "the server wants credentials: pass --user (the password from ENTENTE_PASSWORD or a netrc file)".to_string()
                }
                (401, Some(credentials)) if text.is_empty() => {
                    format!("the server refused user {}", credentials.user)
                }
                _ => text,
            };
            return Err(Failure::Status { code: status, text });
        }
        Ok(response)
    }

    fn send_once(&self, request: &Request<'_>, uri: &Uri) -> Result<Response<Body>, Failure> {
        let mut builder = http::Request::builder()
            .method(request.method.clone())
            .uri(uri.clone());
        if let Some(content_type) = request.content_type {
            builder = builder.header(http::header::CONTENT_TYPE, content_type);
        }
        if let Some(accept) = request.accept {
            builder = builder.header(http::header::ACCEPT, accept);
        }
        if let Some(authorization) = self.authorization(request.method.as_str(), uri) {
            builder = builder.header(http::header::AUTHORIZATION, authorization);
        }
        let http_request = builder
            .body(request.body)
            .map_err(|e| Failure::Request(format!("cannot make a request to {uri}: {e}")))?;
        self.agent
            .run(http_request)
            .map_err(|error| self.explain(error))
    }

    /// The `Authorization` header for the scheme the server asked for, if any.
    fn authorization(&self, method: &str, uri: &Uri) -> Option<String> {
        let credentials = self.credentials.as_ref()?;
        let scheme = self
            .scheme
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        match scheme {
            Scheme::Unknown => None,
            Scheme::Basic => Some(basic_authorization(
                &credentials.user,
                &credentials.password,
            )),
            Scheme::Digest(challenge) => {
                let count = self.nonce_count.fetch_add(1, Ordering::SeqCst) + 1;
                let target = uri.path_and_query().map_or("/", |p| p.as_str());
                Some(digest_authorization(
                    &challenge,
                    &DigestRequest {
                        user: &credentials.user,
                        password: &credentials.password,
                        method,
                        uri: target,
                        count: u32::try_from(count).unwrap_or(u32::MAX),
                        cnonce: &client_nonce(count),
                    },
                ))
            }
        }
    }

    fn explain(&self, error: ureq::Error) -> Failure {
        match error {
            ureq::Error::Timeout(_) => Failure::Timeout(self.timeout.unwrap_or(CONNECT_TIMEOUT)),
            ureq::Error::Io(e) => Failure::Connection(e.to_string()),
            ureq::Error::HostNotFound => Failure::Connection("host not found".to_string()),
            ureq::Error::ConnectionFailed => Failure::Connection("connection failed".to_string()),
            ureq::Error::Protocol(e) => Failure::Connection(format!("bad HTTP: {e}")),
            ureq::Error::BadUri(e) => Failure::Request(format!("bad URL: {e}")),
            other => Failure::Connection(other.to_string()),
        }
    }
}

/// Connections that take longer than this to open are given up.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(30);

/// A client nonce: unpredictable enough for Digest, different on every request.
fn client_nonce(count: u64) -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_nanos();
    let seed = format!("{now}:{}:{count}", std::process::id());
    Sha256::digest(seed.as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What a server said with an error status, on one line: HTML tags dropped, white space
/// collapsed, cut to [`ERROR_TEXT_CHARS`] characters.
fn error_text(response: &mut Response<Body>) -> String {
    // The first 64 KiB: a server may echo a long update back after its message.
    let mut body = Vec::new();
    let _ = response
        .body_mut()
        .as_reader()
        .take(64 * 1024)
        .read_to_end(&mut body);
    one_line_text(&String::from_utf8_lossy(&body))
}

/// Text (or HTML) as one line of at most [`ERROR_TEXT_CHARS`] characters.
pub fn one_line_text(body: &str) -> String {
    let mut text = String::with_capacity(body.len());
    let mut in_tag = false;
    let looks_html = body.trim_start().starts_with('<');
    for c in body.chars() {
        match c {
            '<' if looks_html => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if in_tag => {}
            c if c.is_control() => text.push(' '),
            c => text.push(c),
        }
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let line = words.join(" ");
    if line.chars().count() > ERROR_TEXT_CHARS {
        let cut: String = line.chars().take(ERROR_TEXT_CHARS).collect();
        format!("{cut}…")
    } else {
        line
    }
}

#[cfg(test)]
mod tests {
    use super::{Failure, one_line_text};

    #[test]
    fn server_error_text_becomes_one_short_line() {
        assert_eq!(
            one_line_text("Virtuoso 37000 Error SP030: SPARQL compiler, line 1:\n syntax error\n"),
            "Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error"
        );
        assert_eq!(
            one_line_text("<html><body><h1>Oops</h1>\n<p>bad\tthing</p></body></html>"),
            "Oops bad thing"
        );
        assert!(one_line_text(&"x ".repeat(1000)).chars().count() <= 401);
    }

    #[test]
    fn only_connection_trouble_and_server_errors_are_worth_a_retry() {
        assert!(Failure::Connection("refused".into()).is_transient());
        assert!(
            Failure::Status {
                code: 503,
                text: String::new()
            }
            .is_transient()
        );
        assert!(
            !Failure::Status {
                code: 400,
                text: "syntax".into()
            }
            .is_transient()
        );
        assert_eq!(
            Failure::Status {
                code: 500,
                text: "boom".into()
            }
            .to_string(),
            "the server answered 500 Internal Server Error: boom"
        );
    }
}
