//! entente against servers that fail: a tiny HTTP server in the test (std's TcpListener on
//! 127.0.0.1) answering as a SPARQL endpoint and graph store would, or not at all, or too
//! slowly; and what entente sends it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::util::{Entente, data};

/// One request as the fake server saw it.
#[derive(Debug, Clone)]
struct Seen {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: String,
}

/// What the fake server answers.
struct Answer {
    status: u16,
    content_type: &'static str,
    body: String,
    /// `WWW-Authenticate` to send, if any.
    challenge: Option<String>,
}

fn answer(status: u16, content_type: &'static str, body: &str) -> Answer {
    Answer {
        status,
        content_type,
        body: body.to_string(),
        challenge: None,
    }
}

/// A server on 127.0.0.1 answering each request with `respond`; it records what it saw.
struct FakeServer {
    port: u16,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl FakeServer {
    fn start(respond: impl Fn(&Seen) -> Answer + Send + Sync + 'static) -> FakeServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let respond = Arc::new(respond);
        let log = seen.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let respond = respond.clone();
                let log = log.clone();
                std::thread::spawn(move || serve(stream, &*respond, &log));
            }
        });
        FakeServer { port, seen }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

/// Serves the requests of one connection (keep-alive) until the client closes it.
fn serve(stream: TcpStream, respond: &dyn Fn(&Seen) -> Answer, log: &Mutex<Vec<Seen>>) {
    let mut writer = stream.try_clone().unwrap();
    let mut reader = BufReader::new(stream);
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let mut parts = line.split_whitespace();
        let method = parts.next().unwrap_or_default().to_string();
        let target = parts.next().unwrap_or_default().to_string();
        let mut headers = Vec::new();
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).unwrap_or(0) == 0 {
                return;
            }
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
            }
        }
        let length = headers
            .iter()
            .find(|(name, _)| name == "content-length")
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0);
        let mut body = vec![0; length];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        let seen = Seen {
            method,
            target,
            headers,
            body: String::from_utf8_lossy(&body).into_owned(),
        };
        log.lock().unwrap().push(seen.clone());
        let answer = respond(&seen);
        let challenge = answer
            .challenge
            .map(|c| format!("WWW-Authenticate: {c}\r\n"))
            .unwrap_or_default();
        let head = format!(
            "HTTP/1.1 {} X\r\nContent-Type: {}\r\n{challenge}Content-Length: {}\r\n\r\n",
            answer.status,
            answer.content_type,
            answer.body.len()
        );
        if writer.write_all(head.as_bytes()).is_err()
            || writer.write_all(answer.body.as_bytes()).is_err()
        {
            return;
        }
    }
}

/// The form field `name` of a request body, decoded.
fn form_field(body: &str, name: &str) -> String {
    let encoded = body
        .split('&')
        .find_map(|pair| pair.strip_prefix(&format!("{name}=")))
        .unwrap_or_default();
    let bytes = encoded.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
                out.push(u8::from_str_radix(hex, 16).unwrap());
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap()
}

const JSON: &str = "application/sparql-results+json";

/// Answers as an empty SPARQL endpoint: false to ASK, no rows to SELECT.
fn empty_endpoint(seen: &Seen) -> Answer {
    let query = form_field(&seen.body, "query");
    if query.trim_start().starts_with("ASK") {
        return answer(200, JSON, r#"{"head":{},"boolean":false}"#);
    }
    answer(
        200,
        JSON,
        r#"{"head":{"vars":["g","p"]},"results":{"bindings":[]}}"#,
    )
}

#[test]
fn a_server_that_is_down_gets_one_clear_line_and_a_failure() {
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let entente = Entente::new();
    let endpoint = format!("http://127.0.0.1:{port}/sparql");
    let out = entente
        .run_with_env(
            &["--endpoint", &endpoint, "query", "-e", "ASK {}"],
            &[],
            None,
        )
        .fails();
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(
        out.stderr.starts_with(&format!(
            "entente: the query failed at {endpoint}: cannot reach the server"
        )),
        "{}",
        out.stderr
    );
    // ENTENTE_ENDPOINT does the same as --endpoint.
    let out = entente
        .run_with_env(&["stats"], &[("ENTENTE_ENDPOINT", &endpoint)], None)
        .fails();
    assert!(
        out.stderr.contains("cannot reach the server"),
        "{}",
        out.stderr
    );
    let article = data("articles/ghana-expels.txt");
    let out = entente
        .run_with_env(
            &["--endpoint", &endpoint, "ingest", article.to_str().unwrap()],
            &[],
            None,
        )
        .fails();
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("cannot reach the server"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_document_the_server_refuses_is_reported_and_the_others_are_stored() {
    let server = FakeServer::start(|seen| match seen.method.as_str() {
        "PUT" if seen.body.contains("norway-chile-visit.txt") => {
            answer(500, "text/plain", "Internal failure: disk full\n")
        }
        "PUT" => answer(201, "text/plain", ""),
        _ => empty_endpoint(seen),
    });
    let entente = Entente::new();
    let articles = data("articles");
    let out = entente
        .run_with_env(
            &[
                "--endpoint",
                &server.url("/sparql"),
                "--graph-store",
                &server.url("/store"),
                "ingest",
                articles.to_str().unwrap(),
            ],
            &[],
            None,
        )
        .fails();
    let refused: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(refused.len(), 1, "{}", out.stderr);
    assert!(
        refused[0].contains("norway-chile-visit.txt: not stored on")
            && refused[0].contains("the server answered 500 Internal Server Error: Internal failure: disk full (after 4 tries)"),
        "{}",
        refused[0]
    );
    let puts: Vec<Seen> = server
        .seen()
        .into_iter()
        .filter(|s| s.method == "PUT")
        .collect();
    let failing = puts
        .iter()
        .filter(|s| s.body.contains("norway-chile-visit.txt"))
        .count();
    assert_eq!(failing, 4, "the refused document was tried four times");
    let stored: Vec<&Seen> = puts
        .iter()
        .filter(|s| !s.body.contains("norway-chile-visit.txt"))
        .collect();
    // The ontology graph, and one graph per other article (the JSON Lines file has several).
    let ontology = stored
        .iter()
        .filter(|s| {
            s.target
                .contains("graph=https%3A%2F%2Fw3id.org%2Fentente%2Fid%2Fgraph%2Fontology")
        })
        .count();
    assert_eq!(ontology, 1);
    let documents = stored.len() - ontology;
    assert!(documents >= 3, "{documents} documents stored");
    assert!(
        out.stdout
            .starts_with(&format!("stored {documents} documents ({documents} new")),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("; 1 input refused"), "{}", out.stdout);
    for put in &stored {
        assert!(
            put.target
                .starts_with("/store?graph=https%3A%2F%2Fw3id.org%2Fentente%2Fid%2F"),
            "{}",
            put.target
        );
        let content_type = put
            .headers
            .iter()
            .find(|(n, _)| n == "content-type")
            .map(|(_, v)| v.as_str());
        assert_eq!(content_type, Some("application/n-triples"));
    }
}

#[test]
fn without_a_graph_store_documents_are_written_with_sparql_updates() {
    let server = FakeServer::start(|seen| {
        if seen.body.starts_with("update=") {
            answer(204, "text/plain", "")
        } else {
            empty_endpoint(seen)
        }
    });
    let entente = Entente::new();
    let article = data("articles/ghana-expels.txt");
    let out = entente
        .run_with_env(
            &[
                "--endpoint",
                &server.url("/query"),
                "--update-endpoint",
                &server.url("/update"),
                "ingest",
                article.to_str().unwrap(),
            ],
            &[],
            None,
        )
        .ok();
    assert!(
        out.stdout.starts_with("stored 1 document (1 new"),
        "{}",
        out.stdout
    );
    let updates: Vec<String> = server
        .seen()
        .iter()
        .filter(|s| s.target == "/update")
        .map(|s| form_field(&s.body, "update"))
        .collect();
    assert_eq!(
        updates.len(),
        2,
        "the ontology and the article: {updates:#?}"
    );
    for update in &updates {
        assert!(
            update.starts_with("DROP SILENT GRAPH <https://w3id.org/entente/id/"),
            "{update}"
        );
    }
    // The ontology holds blank nodes (its class unions), which not every server takes in
    // INSERT DATA: an INSERT with one solution writes them.
    assert!(
        updates[0].contains(";\nINSERT { GRAPH <https://w3id.org/entente/id/graph/ontology> {\n")
            && updates[0].contains("_:")
            && updates[0].ends_with("} } WHERE {}"),
        "{}",
        updates[0]
    );
    assert!(
        updates[1].contains(";\nINSERT DATA { GRAPH <https://w3id.org/entente/id/doc/"),
        "{}",
        updates[1]
    );
    assert!(updates[1].contains("ghana-expels.txt"), "{}", updates[1]);
}

#[test]
fn a_slow_server_is_given_up_at_the_timeout() {
    let server = FakeServer::start(|seen| {
        std::thread::sleep(Duration::from_secs(20));
        empty_endpoint(seen)
    });
    let entente = Entente::new();
    let started = Instant::now();
    let out = entente
        .run_with_env(
            &[
                "--endpoint",
                &server.url("/sparql"),
                "--timeout",
                "0.5",
                "query",
                "-e",
                "SELECT * WHERE { ?s ?p ?o }",
            ],
            &[],
            None,
        )
        .fails();
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "gave up after {:?}",
        started.elapsed()
    );
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("stopped after 0.5 s (--timeout)"),
        "{}",
        out.stderr
    );
}

/// The Digest answer a server expects (RFC 7616, MD5, qop=auth).
fn expected_digest(header: &str, password: &str, method: &str) -> bool {
    use md5::{Digest, Md5};
    let field = |name: &str| {
        header
            .split(", ")
            .find_map(|part| {
                part.trim_start_matches("Digest ")
                    .strip_prefix(&format!("{name}="))
            })
            .map(|v| v.trim_matches('"').to_string())
            .unwrap_or_default()
    };
    let hash = |text: String| {
        Md5::digest(text.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    };
    let ha1 = hash(format!(
        "{}:{}:{password}",
        field("username"),
        field("realm")
    ));
    let ha2 = hash(format!("{method}:{}", field("uri")));
    let response = hash(format!(
        "{ha1}:{}:{}:{}:auth:{ha2}",
        field("nonce"),
        field("nc"),
        field("cnonce")
    ));
    field("response") == response && field("nonce") == "abc123" && field("realm") == "SPARQL"
}

/// A server that wants Digest (or Basic) authentication for `analyst` / `s3cret`.
fn guarded(scheme: &'static str) -> FakeServer {
    FakeServer::start(move |seen| {
        let authorization = seen
            .headers
            .iter()
            .find(|(n, _)| n == "authorization")
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
        let fine = match scheme {
            "Basic" => authorization == "Basic YW5hbHlzdDpzM2NyZXQ=",
            _ => {
                authorization.starts_with("Digest username=\"analyst\"")
                    && expected_digest(&authorization, "s3cret", &seen.method)
            }
        };
        if fine {
            return empty_endpoint(seen);
        }
        Answer {
            challenge: Some(match scheme {
                "Basic" => "Basic realm=\"SPARQL\"".to_string(),
                _ => "Digest realm=\"SPARQL\", nonce=\"abc123\", qop=\"auth\", algorithm=\"MD5\""
                    .to_string(),
            }),
            ..answer(401, "text/plain", "")
        }
    })
}

#[test]
fn credentials_answer_basic_and_digest_challenges() {
    let entente = Entente::new();
    for scheme in ["Basic", "Digest"] {
        let server = guarded(scheme);
        let endpoint = server.url("/sparql");
        let ask = [
            "--endpoint",
            endpoint.as_str(),
            "--user",
            "analyst",
            "query",
            "-e",
            "ASK {}",
            "-f",
            "tsv",
        ];
        let out = entente
            .run_with_env(&ask, &[("ENTENTE_PASSWORD", "s3cret")], None)
            .ok();
        assert_eq!(out.stdout.trim(), "false", "{scheme}");

        // A netrc file gives the password when ENTENTE_PASSWORD is unset.
        let netrc = entente.write("netrc", "machine 127.0.0.1 login analyst password s3cret\n");
        let out = entente
            .run_with_env(
                &[
                    "--endpoint",
                    &endpoint,
                    "--netrc",
                    netrc.to_str().unwrap(),
                    "query",
                    "-e",
                    "ASK {}",
                ],
                &[],
                None,
            )
            .ok();
        assert_eq!(out.stdout.trim(), "false", "{scheme} with netrc");

        // A wrong password: the server's refusal, in one line.
        let out = entente
            .run_with_env(&ask, &[("ENTENTE_PASSWORD", "wrong")], None)
            .fails();
        assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
        assert!(
            out.stderr
                .contains("the server answered 401 Unauthorized: the server refused user analyst"),
            "{}",
            out.stderr
        );
    }
    // A user with no password anywhere is told where to put one.
    let out = entente
        .run_with_env(
            &[
                "--endpoint",
                "http://127.0.0.1:9/sparql",
                "--user",
                "nobody",
                "--netrc",
                "/nonexistent-netrc",
                "stats",
            ],
            &[],
            None,
        )
        .fails();
    assert!(
        out.stderr.contains("cannot read /nonexistent-netrc"),
        "{}",
        out.stderr
    );
    let empty = entente.write("empty-netrc", "");
    let out = entente
        .run_with_env(
            &[
                "--endpoint",
                "http://127.0.0.1:9/sparql",
                "--user",
                "nobody",
                "--netrc",
                empty.to_str().unwrap(),
                "stats",
            ],
            &[],
            None,
        )
        .fails();
    assert!(
        out.stderr
            .contains("no password for user nobody: set ENTENTE_PASSWORD"),
        "{}",
        out.stderr
    );
}
