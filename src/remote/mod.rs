//! A SPARQL server in place of the embedded store: queries and updates over the SPARQL 1.1
//! Protocol, document graphs written with the Graph Store Protocol (or SPARQL Update where
//! the server has none). `client.rs` is the only code in entente that does network I/O.

pub mod client;
pub mod credentials;
pub mod digest;
pub mod ingest;
pub mod quirks;

use std::io::Read;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result, anyhow, bail};
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Quad, Term};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsParser};
use oxigraph::sparql::{QueryEvaluationError, QueryResults, QueryTripleIter};
use ureq::http::Method;

use crate::config::RemoteConfig;
use crate::sparql::{self, QueryForm};
use crate::vocab::ENT;
use client::{Client, Failure, Request};
use credentials::Credentials;

/// A SPARQL server entente talks to; cheap to clone (the client is shared).
#[derive(Clone)]
pub struct Remote {
    config: RemoteConfig,
    client: Arc<Client>,
}

impl std::fmt::Debug for Remote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Remote({})", self.config.endpoint)
    }
}

/// Where a document graph goes on the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteMethod {
    /// Graph Store Protocol `PUT`: the graph replaced in one request.
    GraphStore,
    /// SPARQL Update `DROP SILENT GRAPH` then `INSERT DATA`, in one request.
    Update,
}

impl Remote {
    /// The server described by `config`; credentials come from `config` or, for its user
    /// (or any user) on the endpoint's host, from the netrc file. Nothing is sent yet.
    pub fn new(config: &RemoteConfig, timeout: Option<Duration>) -> Result<Remote> {
        for url in [
            Some(&config.endpoint),
            config.update_endpoint.as_ref(),
            config.graph_store.as_ref(),
        ]
        .into_iter()
        .flatten()
        {
            check_url(url)?;
        }
        let credentials = credentials(config)?;
        Ok(Remote {
            config: config.clone(),
            client: Arc::new(Client::new(timeout, credentials)),
        })
    }

    /// The query endpoint, for messages.
    pub fn endpoint(&self) -> &str {
        &self.config.endpoint
    }

    /// How documents are written: with the graph store when there is one.
    pub fn write_method(&self) -> WriteMethod {
        if self.config.graph_store.is_some() {
            WriteMethod::GraphStore
        } else {
            WriteMethod::Update
        }
    }

    /// Sends a parsed query; the results stream in as they arrive.
    pub fn query(&self, query: &spargebra::Query) -> Result<QueryResults<'static>> {
        let form = sparql::form(query);
        let accept = match form {
            QueryForm::Select | QueryForm::Ask => {
                "application/sparql-results+json, application/sparql-results+xml;q=0.9"
            }
            QueryForm::Construct | QueryForm::Describe => {
                "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
            }
        };
        let body = form_body("query", &query.to_string());
        let response = self
            .client
            .send(&Request {
                method: Method::POST,
                url: &self.config.endpoint,
                content_type: Some(FORM),
                accept: Some(accept),
                body: body.as_bytes(),
            })
            .map_err(|failure| self.failed("the query", &self.config.endpoint, failure))?;
        let media_type = media_type(&response);
        let reader = quirks::BlankNodeLabels::new(response.into_body().into_reader());
        match form {
            QueryForm::Select | QueryForm::Ask => {
                let format = QueryResultsFormat::from_media_type(&media_type)
                    .or_else(|| {
                        (media_type == "text/plain" || media_type.is_empty())
                            .then_some(QueryResultsFormat::Json)
                    })
                    .ok_or_else(|| {
                        anyhow!(
                            "{} answered with {media_type}, which is no SPARQL results format",
                            self.config.endpoint
                        )
                    })?;
                let parsed = QueryResultsParser::from_format(format)
                    .for_reader(reader)
                    .with_context(|| {
                        format!("cannot read the results from {}", self.config.endpoint)
                    })?;
                Ok(QueryResults::from(parsed))
            }
            QueryForm::Construct | QueryForm::Describe => {
                let format = RdfFormat::from_media_type(&media_type)
                    .or_else(|| (media_type == "text/plain").then_some(RdfFormat::NTriples))
                    .ok_or_else(|| {
                        anyhow!(
                            "{} answered with {media_type}, which is no RDF syntax entente reads",
                            self.config.endpoint
                        )
                    })?;
                let endpoint = self.config.endpoint.clone();
                let triples = RdfParser::from_format(format)
                    .for_reader(reader)
                    .map(move |quad| {
                        quad.map(|q| oxigraph::model::Triple::new(q.subject, q.predicate, q.object))
                            .map_err(|e| {
                                QueryEvaluationError::Service(Box::new(std::io::Error::other(
                                    format!("cannot read the graph from {endpoint}: {e}"),
                                )))
                            })
                    });
                Ok(QueryResults::Graph(QueryTripleIter::new(triples)))
            }
        }
    }

    /// Sends an update (already parsed and checked) to the update endpoint.
    pub fn update(&self, update: &spargebra::Update) -> Result<()> {
        self.send_update(&update.to_string())
            .map_err(|failure| self.failed("the update", self.update_endpoint(), failure))
    }

    fn update_endpoint(&self) -> &str {
        self.config
            .update_endpoint
            .as_deref()
            .unwrap_or(&self.config.endpoint)
    }

    fn send_update(&self, text: &str) -> Result<(), Failure> {
        let body = form_body("update", text);
        self.client
            .send(&Request {
                method: Method::POST,
                url: self.update_endpoint(),
                content_type: Some(FORM),
                accept: None,
                body: body.as_bytes(),
            })
            .map(drop_body)
    }

    /// Replaces one named graph with `quads` (their own graph names are ignored).
    pub fn replace_graph(&self, graph: &NamedNode, quads: &[Quad]) -> Result<(), Failure> {
        match (&self.config.graph_store, self.write_method()) {
            (Some(store), WriteMethod::GraphStore) => {
                let url = graph_url(store, graph);
                let body = ntriples(quads);
                self.client
                    .send(&Request {
                        method: Method::PUT,
                        url: &url,
                        content_type: Some("application/n-triples"),
                        accept: None,
                        body: &body,
                    })
                    .map(drop_body)
            }
            _ => {
                let body = String::from_utf8(ntriples(quads)).unwrap_or_default();
                // INSERT DATA may not hold blank nodes on every server (Virtuoso refuses
                // them); an INSERT whose WHERE has one solution writes them, once.
                let has_blank_nodes = quads
                    .iter()
                    .any(|q| q.subject.is_blank_node() || q.object.is_blank_node());
                let text = if has_blank_nodes {
                    format!(
                        "DROP SILENT GRAPH <{0}> ;\nINSERT {{ GRAPH <{0}> {{\n{body}}} }} WHERE {{}}",
                        graph.as_str()
                    )
                } else {
                    format!(
                        "DROP SILENT GRAPH <{0}> ;\nINSERT DATA {{ GRAPH <{0}> {{\n{body}}} }}",
                        graph.as_str()
                    )
                };
                self.send_update(&text)
            }
        }
    }

    /// Drops one named graph (no error when it is absent).
    pub fn drop_graph(&self, graph: &NamedNode) -> Result<(), Failure> {
        self.send_update(&format!("DROP SILENT GRAPH <{}>", graph.as_str()))
    }

    /// Removes one quad.
    pub fn delete_quad(&self, quad: &Quad) -> Result<(), Failure> {
        let GraphName::NamedNode(graph) = &quad.graph_name else {
            return Err(Failure::Request(
                "only quads of named graphs are removed".into(),
            ));
        };
        self.send_update(&format!(
            "DELETE DATA {{ GRAPH <{}> {{ {} {} {} }} }}",
            graph.as_str(),
            quad.subject,
            quad.predicate,
            quad.object
        ))
    }

    /// Rows of a SELECT, each a value per projected variable.
    pub fn select(&self, text: &str) -> Result<Vec<Vec<Option<Term>>>> {
        let query = sparql::parse_query(text, &[])?;
        let QueryResults::Solutions(solutions) = self.query(&query)? else {
            bail!("expected solutions from {}", self.config.endpoint);
        };
        let variables = solutions.variables().to_vec();
        let mut rows = Vec::new();
        for solution in solutions {
            let solution = solution
                .with_context(|| format!("cannot read the results from {}", self.endpoint()))?;
            rows.push(variables.iter().map(|v| solution.get(v).cloned()).collect());
        }
        Ok(rows)
    }

    /// Quads of entente's graphs (or of one graph) on the server, sorted as the store
    /// sorts them. Other graphs a server keeps (Virtuoso's own, say) are left out.
    pub fn quads(&self, graph: Option<&NamedNode>) -> Result<Vec<Quad>> {
        let text = match graph {
            Some(graph) => format!(
                "SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} VALUES ?g {{ <{}> }} }}",
                graph.as_str()
            ),
            None => format!(
                "SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{ENT}\")) }}"
            ),
        };
        let mut quads = Vec::new();
        for row in self.select(&text)? {
            let [
                Some(Term::NamedNode(g)),
                Some(s),
                Some(Term::NamedNode(p)),
                Some(o),
            ] = <[Option<Term>; 4]>::try_from(row).map_err(|_| anyhow!("bad row"))?
            else {
                continue;
            };
            let subject = match s {
                Term::NamedNode(n) => NamedOrBlankNode::NamedNode(n),
                Term::BlankNode(b) => NamedOrBlankNode::BlankNode(b),
                _ => continue,
            };
            quads.push(Quad::new(subject, p, o, GraphName::NamedNode(g)));
        }
        quads.sort_by(crate::store::compare_quads);
        Ok(quads)
    }

    /// How many quads entente's graphs hold on the server.
    pub fn quad_count(&self) -> Result<usize> {
        let rows = self.select(&format!(
            "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{ENT}\")) }}"
        ))?;
        Ok(match rows.first().and_then(|row| row.first()) {
            Some(Some(Term::Literal(n))) => n.value().parse().unwrap_or(0),
            _ => 0,
        })
    }

    /// Whether the server holds a named graph.
    pub fn has_graph(&self, graph: &NamedNode) -> Result<bool> {
        let rows = self.select(&format!(
            "SELECT ?s WHERE {{ GRAPH <{}> {{ ?s ?p ?o }} }} LIMIT 1",
            graph.as_str()
        ))?;
        Ok(!rows.is_empty())
    }

    /// An error for a failed request, with the time limit said plainly.
    fn failed(&self, what: &str, url: &str, failure: Failure) -> anyhow::Error {
        match failure {
            Failure::Timeout(limit) => anyhow!(
                "{what} was stopped after {} s (--timeout): {url} had not answered{}; narrow it down or allow it more time",
                limit.as_secs_f64(),
                if what.contains("update") {
                    " (the server may still apply it)"
                } else {
                    ""
                }
            ),
            other => anyhow!("{what} failed at {url}: {other}"),
        }
    }
}

const FORM: &str = "application/x-www-form-urlencoded";

/// Reads what is left of a response so its connection can serve the next request.
fn drop_body(mut response: ureq::http::Response<ureq::Body>) {
    let _ = std::io::copy(
        &mut response.body_mut().as_reader().take(1 << 20),
        &mut std::io::sink(),
    );
}

/// The media type of a response, lower case, without parameters.
fn media_type(response: &ureq::http::Response<ureq::Body>) -> String {
    response
        .headers()
        .get(ureq::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// `name=value` form-encoded.
pub fn form_body(name: &str, value: &str) -> String {
    format!("{name}={}", percent_encode(value))
}

fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// The graph store URL of one graph: `STORE?graph=IRI` (or `&graph=` after a query).
pub fn graph_url(store: &str, graph: &NamedNode) -> String {
    let separator = if store.contains('?') { '&' } else { '?' };
    format!("{store}{separator}graph={}", percent_encode(graph.as_str()))
}

/// Quads as N-Triples (their graph names dropped).
fn ntriples(quads: &[Quad]) -> Vec<u8> {
    let mut serializer = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(Vec::new());
    for quad in quads {
        // Writing to memory cannot fail, and every quad is a valid triple.
        let _ = serializer.serialize_triple(oxigraph::model::TripleRef::new(
            quad.subject.as_ref(),
            quad.predicate.as_ref(),
            quad.object.as_ref(),
        ));
    }
    serializer.finish().unwrap_or_default()
}

/// Refuses anything but an http(s) URL with a host.
fn check_url(url: &str) -> Result<()> {
    let rest = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))
        .with_context(|| format!("{url} is not an http:// or https:// URL"))?;
    if rest.is_empty() || rest.starts_with('/') {
        bail!("{url} has no host");
    }
    Ok(())
}

/// The host of an http(s) URL (no port, no user info).
fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let authority = authority.rsplit('@').next().unwrap_or_default();
    if let Some(v6) = authority.strip_prefix('[') {
        return v6.split(']').next().unwrap_or_default();
    }
    authority.split(':').next().unwrap_or_default()
}

/// The credentials for the endpoint: `--user` with `ENTENTE_PASSWORD`, else the netrc
/// entry for its host.
fn credentials(config: &RemoteConfig) -> Result<Option<Credentials>> {
    if let (Some(user), Some(password)) = (&config.user, &config.password) {
        return Ok(Some(Credentials {
            user: user.clone(),
            password: password.clone(),
        }));
    }
    let netrc = match &config.netrc {
        Some(path) => Some(read_netrc(path)?),
        None => dirs::home_dir()
            .map(|home| home.join(".netrc"))
            .filter(|path| path.is_file())
            .and_then(|path| std::fs::read_to_string(path).ok()),
    };
    let found = netrc.and_then(|text| {
        credentials::from_netrc(&text, host(&config.endpoint), config.user.as_deref())
    });
    match (found, &config.user) {
        (Some(found), _) => Ok(Some(found)),
        (None, Some(user)) => bail!(
            "no password for user {user}: set ENTENTE_PASSWORD, or add a line `machine {} login {user} password …` to a netrc file (--netrc FILE, default ~/.netrc)",
            host(&config.endpoint)
        ),
        (None, None) => Ok(None),
    }
}

fn read_netrc(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
}

#[cfg(test)]
mod tests {
    use oxigraph::model::NamedNode;

    use super::{check_url, form_body, graph_url, host};

    #[test]
    fn graph_urls_and_forms_are_percent_encoded() {
        let graph = NamedNode::new_unchecked("https://w3id.org/entente/id/doc/ab");
        assert_eq!(
            graph_url("http://h:8890/sparql-graph-crud-auth", &graph),
            "http://h:8890/sparql-graph-crud-auth?graph=https%3A%2F%2Fw3id.org%2Fentente%2Fid%2Fdoc%2Fab"
        );
        assert!(graph_url("http://h/store?x=1", &graph).starts_with("http://h/store?x=1&graph="));
        assert_eq!(
            form_body("query", "ASK {} # é&="),
            "query=ASK%20%7B%7D%20%23%20%C3%A9%26%3D"
        );
    }

    #[test]
    fn urls_are_checked_and_hosts_found() {
        assert!(check_url("http://127.0.0.1:8890/sparql").is_ok());
        assert!(check_url("ftp://x/sparql").is_err());
        assert!(check_url("http:///sparql").is_err());
        assert_eq!(
            host("http://user@db.example.org:8890/sparql"),
            "db.example.org"
        );
        assert_eq!(host("https://[::1]:7878/query"), "::1");
    }
}
