//! entente against an Oxigraph server (`oxigraph serve --union-default-graph`, from
//! `cargo install oxigraph-cli`) started on 127.0.0.1 in a temporary folder, written to
//! with SPARQL updates (no graph store): the same rows as the embedded store for every
//! saved query, the same export. Skipped, with a message, when `oxigraph` is not on PATH.

use std::io::Write;
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::Entente;
use crate::virtuoso::{articles, assert_export_agrees, assert_saved_queries_agree, free_port};

/// An Oxigraph server, stopped when dropped.
struct OxigraphServer {
    child: Child,
    port: u16,
    _dir: tempfile::TempDir,
}

impl OxigraphServer {
    fn start() -> Result<OxigraphServer, String> {
        let binary = std::env::var_os("PATH")
            .map(|path| {
                std::env::split_paths(&path)
                    .map(|dir| dir.join("oxigraph"))
                    .find(|p| p.is_file())
            })
            .unwrap_or_default()
            .or_else(|| {
                std::env::var_os("HOME")
                    .map(|home| PathBuf::from(home).join(".cargo/bin/oxigraph"))
                    .filter(|p| p.is_file())
            })
            .ok_or("oxigraph is not installed (cargo install oxigraph-cli)")?;
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let port = free_port()?;
        let child = Command::new(binary)
            .arg("serve")
            .arg("--location")
            .arg(dir.path().join("data"))
            .args([
                "--bind",
                &format!("127.0.0.1:{port}"),
                "--union-default-graph",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("oxigraph does not start: {e}"))?;
        let mut server = OxigraphServer {
            child,
            port,
            _dir: dir,
        };
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(30) {
            if let Ok(Some(status)) = server.child.try_wait() {
                return Err(format!("oxigraph serve exited ({status})"));
            }
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Ok(server);
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Err("oxigraph serve did not listen within 30 s".to_string())
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }
}

impl Drop for OxigraphServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn an_oxigraph_server_written_with_updates_answers_as_the_embedded_store() {
    let server = match OxigraphServer::start() {
        Ok(server) => server,
        Err(why) => {
            // Straight to stderr, past the test harness's capture, so the run shows it.
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED an_oxigraph_server_written_with_updates_answers_as_the_embedded_store: {why}"
            );
            return;
        }
    };
    let endpoint = server.url("/query");
    let update = server.url("/update");
    let entente = Entente::new();
    let articles = articles();
    let mut ingest = vec!["ingest", "--quiet"];
    ingest.extend(articles.iter().map(|p| p.to_str().unwrap()));
    let embedded = entente.run(&ingest).ok();
    let mut remote = vec!["--endpoint", &endpoint, "--update-endpoint", &update];
    remote.extend(&ingest);
    let loaded = entente.run_with_env(&remote, &[], None).ok();
    assert_eq!(loaded.stderr, embedded.stderr);

    assert_saved_queries_agree(&entente, &endpoint);

    // The same graphs, quad for quad (the ontology's blank nodes aside), and the same stats.
    let export = entente.run(&["export", "--format", "nquads"]).ok();
    assert_export_agrees(&entente, &endpoint, &export.stdout);
    let stats = entente.run(&["stats"]).ok();
    let served = entente
        .run_with_env(&["--endpoint", &endpoint, "stats"], &[], None)
        .ok();
    assert_eq!(served.stdout, stats.stdout);
}
