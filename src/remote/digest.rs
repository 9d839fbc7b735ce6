//! HTTP authentication challenges (`WWW-Authenticate`) and the `Authorization` answers to
//! them: Basic, and Digest (RFC 7616: MD5, SHA-256, their `-sess` forms, `qop=auth`).
//! Pure: the caller supplies the client nonce.

use md5::{Digest as _, Md5};
use sha2::Sha256;

/// A challenge a server sent, the one entente answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Challenge {
    Basic,
    Digest(DigestChallenge),
}

/// The parameters of a Digest challenge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigestChallenge {
    pub realm: String,
    pub nonce: String,
    pub opaque: Option<String>,
    pub algorithm: Algorithm,
    /// The server offered `qop=auth` (else the RFC 2069 form is used).
    pub qop_auth: bool,
    /// The server said the nonce went stale (the credentials were right).
    pub stale: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    Md5,
    Md5Sess,
    Sha256,
    Sha256Sess,
}

impl Algorithm {
    fn name(self) -> &'static str {
        match self {
            Algorithm::Md5 => "MD5",
            Algorithm::Md5Sess => "MD5-sess",
            Algorithm::Sha256 => "SHA-256",
            Algorithm::Sha256Sess => "SHA-256-sess",
        }
    }

    fn hash(self, text: &str) -> String {
        match self {
            Algorithm::Md5 | Algorithm::Md5Sess => hex(&Md5::digest(text.as_bytes())),
            Algorithm::Sha256 | Algorithm::Sha256Sess => hex(&Sha256::digest(text.as_bytes())),
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The best challenge among the `WWW-Authenticate` header values: Digest (with an
/// algorithm entente knows) before Basic. `None` when neither is offered.
pub fn best_challenge<'a>(headers: impl IntoIterator<Item = &'a str>) -> Option<Challenge> {
    let mut basic = false;
    for header in headers {
        for (scheme, params) in split_challenges(header) {
            if scheme.eq_ignore_ascii_case("digest") {
                if let Some(digest) = digest_challenge(&params) {
                    return Some(Challenge::Digest(digest));
                }
            } else if scheme.eq_ignore_ascii_case("basic") {
                basic = true;
            }
        }
    }
    basic.then_some(Challenge::Basic)
}

fn digest_challenge(params: &[(String, String)]) -> Option<DigestChallenge> {
    let get = |name: &str| {
        params
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.clone())
    };
    let algorithm = match get("algorithm").as_deref().map(str::to_ascii_uppercase) {
        None => Algorithm::Md5,
        Some(name) => match name.as_str() {
            "MD5" => Algorithm::Md5,
            "MD5-SESS" => Algorithm::Md5Sess,
            "SHA-256" => Algorithm::Sha256,
            "SHA-256-SESS" => Algorithm::Sha256Sess,
            _ => return None,
        },
    };
    let qop = get("qop");
    if qop
        .as_deref()
        .is_some_and(|q| !q.split(',').any(|q| q.trim().eq_ignore_ascii_case("auth")))
    {
        return None; // Only auth-int offered: it would need the body hashed.
    }
    Some(DigestChallenge {
        realm: get("realm").unwrap_or_default(),
        nonce: get("nonce")?,
        opaque: get("opaque"),
        algorithm,
        qop_auth: qop.is_some(),
        stale: get("stale").is_some_and(|s| s.eq_ignore_ascii_case("true")),
    })
}

/// Splits one header value into its challenges: `Digest realm="a", nonce="b", Basic
/// realm="c"` → [("Digest", [realm, nonce]), ("Basic", [realm])].
fn split_challenges(header: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut challenges: Vec<(String, Vec<(String, String)>)> = Vec::new();
    let mut rest = header.trim();
    while !rest.is_empty() {
        rest = rest.trim_start_matches([',', ' ', '\t']);
        let token_end = rest
            .find(|c: char| c == '=' || c == ',' || c.is_whitespace())
            .unwrap_or(rest.len());
        let token = &rest[..token_end];
        let after = rest[token_end..].trim_start();
        if token.is_empty() {
            break;
        }
        if let Some(value_text) = after.strip_prefix('=') {
            // A parameter of the current challenge.
            let value_text = value_text.trim_start();
            let (value, remaining) = if let Some(quoted) = value_text.strip_prefix('"') {
                let mut value = String::new();
                let mut chars = quoted.char_indices();
                let mut end = quoted.len();
                while let Some((i, c)) = chars.next() {
                    match c {
                        '\\' => {
                            if let Some((_, escaped)) = chars.next() {
                                value.push(escaped);
                            }
                        }
                        '"' => {
                            end = i + 1;
                            break;
                        }
                        _ => value.push(c),
                    }
                }
                (value, &quoted[end.min(quoted.len())..])
            } else {
                let end = value_text.find(',').unwrap_or(value_text.len());
                (value_text[..end].trim().to_string(), &value_text[end..])
            };
            if let Some((_, params)) = challenges.last_mut() {
                params.push((token.to_string(), value));
            }
            rest = remaining;
        } else {
            challenges.push((token.to_string(), Vec::new()));
            rest = after;
        }
    }
    challenges
}

/// `Authorization: Basic …` for a user and password.
pub fn basic_authorization(user: &str, password: &str) -> String {
    format!("Basic {}", base64(format!("{user}:{password}").as_bytes()))
}

/// What one Digest answer is computed from.
pub struct DigestRequest<'a> {
    pub user: &'a str,
    pub password: &'a str,
    pub method: &'a str,
    /// The request target: path and query of the URL.
    pub uri: &'a str,
    /// How many requests this nonce has answered, this one included.
    pub count: u32,
    /// The client nonce.
    pub cnonce: &'a str,
}

/// `Authorization: Digest …` answering `challenge`.
pub fn digest_authorization(challenge: &DigestChallenge, request: &DigestRequest<'_>) -> String {
    let algorithm = challenge.algorithm;
    let mut ha1 = algorithm.hash(&format!(
        "{}:{}:{}",
        request.user, challenge.realm, request.password
    ));
    if matches!(algorithm, Algorithm::Md5Sess | Algorithm::Sha256Sess) {
        ha1 = algorithm.hash(&format!("{ha1}:{}:{}", challenge.nonce, request.cnonce));
    }
    let ha2 = algorithm.hash(&format!("{}:{}", request.method, request.uri));
    let nc = format!("{:08x}", request.count);
    let response = if challenge.qop_auth {
        algorithm.hash(&format!(
            "{ha1}:{}:{nc}:{}:auth:{ha2}",
            challenge.nonce, request.cnonce
        ))
    } else {
        algorithm.hash(&format!("{ha1}:{}:{ha2}", challenge.nonce))
    };
    let mut header = format!(
        "Digest username=\"{}\", realm=\"{}\", nonce=\"{}\", uri=\"{}\", algorithm={}, response=\"{response}\"",
        quote(request.user),
        quote(&challenge.realm),
        quote(&challenge.nonce),
        quote(request.uri),
        algorithm.name(),
    );
    if challenge.qop_auth {
        header.push_str(&format!(
            ", qop=auth, nc={nc}, cnonce=\"{}\"",
            quote(request.cnonce)
        ));
    }
    if let Some(opaque) = &challenge.opaque {
        header.push_str(&format!(", opaque=\"{}\"", quote(opaque)));
    }
    header
}

fn quote(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{
        Algorithm, Challenge, DigestChallenge, DigestRequest, basic_authorization, best_challenge,
        digest_authorization,
    };

    #[test]
    fn basic_is_base64_of_user_colon_password() {
        // RFC 7617's example.
        assert_eq!(
            basic_authorization("Aladdin", "open sesame"),
            "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
        );
        assert_eq!(basic_authorization("a", "b"), "Basic YTpi");
    }

    #[test]
    fn digest_answers_the_rfc_2617_example() {
        let challenge = match best_challenge([
            "Basic realm=\"x\"",
            "Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"",
        ]) {
            Some(Challenge::Digest(d)) => d,
            other => panic!("{other:?}"),
        };
        assert_eq!(challenge.algorithm, Algorithm::Md5);
        let header = digest_authorization(
            &challenge,
            &DigestRequest {
                user: "Mufasa",
                password: "Circle Of Life",
                method: "GET",
                uri: "/dir/index.html",
                count: 1,
                cnonce: "0a4f113b",
            },
        );
        assert!(
            header.contains("response=\"6629fae49393a05397450978507c4ef1\""),
            "{header}"
        );
        assert!(header.contains("nc=00000001") && header.contains("opaque=\"5ccc"));
    }

    #[test]
    fn digest_sha256_answers_the_rfc_7616_example() {
        let challenge = DigestChallenge {
            realm: "http-auth@example.org".into(),
            nonce: "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v".into(),
            opaque: Some("FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS".into()),
            algorithm: Algorithm::Sha256,
            qop_auth: true,
            stale: false,
        };
        let header = digest_authorization(
            &challenge,
            &DigestRequest {
                user: "Mufasa",
                password: "Circle of Life",
                method: "GET",
                uri: "/dir/index.html",
                count: 1,
                cnonce: "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ",
            },
        );
        assert!(
            header.contains(
                "response=\"753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1\""
            ),
            "{header}"
        );
    }

    #[test]
    fn challenges_are_parsed_with_quotes_commas_and_case() {
        let challenge = best_challenge([
            "Digest realm=\"SPARQL\", domain=\"/sparql-auth\", nonce=\"a,b\\\"c\", stale=\"TRUE\", qop=\"auth\", algorithm=\"MD5\"",
        ]);
        let Some(Challenge::Digest(d)) = challenge else {
            panic!("{challenge:?}");
        };
        assert_eq!(d.realm, "SPARQL");
        assert_eq!(d.nonce, "a,b\"c");
        assert!(d.stale && d.qop_auth);
        assert_eq!(
            best_challenge(["Basic realm=\"r\""]),
            Some(Challenge::Basic)
        );
        assert_eq!(best_challenge(["Bearer x=1"]), None);
        // Only auth-int: not answerable without hashing bodies; Basic is taken instead.
        assert_eq!(
            best_challenge(["Digest nonce=\"n\", qop=\"auth-int\", Basic realm=\"r\""]),
            Some(Challenge::Basic)
        );
    }
}
