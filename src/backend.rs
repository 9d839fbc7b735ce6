//! Where the graphs live: the embedded store, or a SPARQL server. Commands and the REPL
//! query, count and dump through this, whichever it is.

use anyhow::{Result, bail};
use oxigraph::model::{NamedNode, Quad};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};

use crate::remote::Remote;
use crate::store::GraphStore;

/// The embedded store or a remote endpoint.
pub enum Backend {
    Embedded(GraphStore),
    Remote(Remote),
}

impl Backend {
    /// Evaluates a query over the union of the graphs (a server's default graph).
    pub fn query(
        &self,
        evaluator: SparqlEvaluator,
        query: spargebra::Query,
    ) -> Result<QueryResults<'static>> {
        match self {
            Backend::Embedded(store) => store.query(evaluator, query),
            Backend::Remote(remote) => remote.query(&query),
        }
    }

    /// Executes an update (the evaluator's limits apply to the embedded store; a server
    /// applies its own, and the client's `--timeout`).
    pub fn update(&self, evaluator: SparqlEvaluator, update: spargebra::Update) -> Result<()> {
        match self {
            Backend::Embedded(store) => store.update(evaluator, update),
            Backend::Remote(remote) => remote.update(&update),
        }
    }

    /// Every quad (of entente's graphs on a server), or of one graph, sorted.
    pub fn quads(&self, graph: Option<&NamedNode>) -> Result<Vec<Quad>> {
        match self {
            Backend::Embedded(store) => store.quads(graph),
            Backend::Remote(remote) => remote.quads(graph),
        }
    }

    /// Whether a named graph exists (holds a quad, on a server).
    pub fn has_graph(&self, graph: &NamedNode) -> Result<bool> {
        match self {
            Backend::Embedded(store) => store.has_graph(graph),
            Backend::Remote(remote) => remote.has_graph(graph),
        }
    }

    /// How many quads there are (in entente's graphs, on a server).
    pub fn len(&self) -> Result<usize> {
        match self {
            Backend::Embedded(store) => store.len(),
            Backend::Remote(remote) => remote.quad_count(),
        }
    }

    /// Whether there is no quad at all.
    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.len()? == 0)
    }

    /// The store folder or the endpoint URL, for messages.
    pub fn describe(&self) -> String {
        match self {
            Backend::Embedded(store) => store.path().display().to_string(),
            Backend::Remote(remote) => remote.endpoint().to_string(),
        }
    }

    /// The embedded store, for what only it can do (query plans); `what` names the
    /// feature in the refusal.
    pub fn embedded(&self, what: &str) -> Result<&GraphStore> {
        match self {
            Backend::Embedded(store) => Ok(store),
            Backend::Remote(remote) => bail!(
                "{what} needs the embedded store; it is not available against {}",
                remote.endpoint()
            ),
        }
    }
}

impl From<GraphStore> for Backend {
    fn from(store: GraphStore) -> Backend {
        Backend::Embedded(store)
    }
}
