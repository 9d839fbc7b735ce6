//! Queries evaluated on a worker thread, so that Ctrl-C returns to the prompt at once.
//!
//! Oxigraph checks its cancellation token only when it reads the store: a cross join whose
//! inner side is already in memory can run for minutes between two checks. So the query runs
//! on a worker that sends its results over a channel, and the session's side of the channel
//! gives up as soon as the token is cancelled; the worker stops at Oxigraph's next check (or
//! when it finds the channel closed), on its own, holding nothing the session needs.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, SendError, SyncSender, sync_channel};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use oxigraph::model::Triple;
use oxigraph::sparql::{
    CancellationToken, QueryEvaluationError, QueryResults, QuerySolution, QuerySolutionIter,
    QueryTripleIter, Variable,
};
use spargebra::Query;

use crate::backend::Backend;
use crate::sparql;

/// Batches waiting in the channel at most.
const BUFFERED: usize = 16;
/// Results sent together at most: one message per result would cost a thread wake-up each.
const BATCH: usize = 512;
/// A batch goes out when it is this old, however small, so slow results still stream.
const FLUSH: Duration = Duration::from_millis(50);
/// How often the session's side looks at the token while it waits.
const POLL: Duration = Duration::from_millis(20);

/// What the worker sends.
enum Message {
    Boolean(bool),
    Variables(Arc<[Variable]>),
    Solutions(Vec<Result<QuerySolution, QueryEvaluationError>>),
    GraphStart,
    Triples(Vec<Result<Triple, QueryEvaluationError>>),
    Failed(QueryEvaluationError),
    /// Everything was sent.
    Done,
}

/// Evaluates `query` over the union of the graphs of `store` (or by its server) on a
/// worker thread; the results read as if evaluated here, and end with
/// `QueryEvaluationError::Cancelled` as soon as `token` is cancelled.
pub fn evaluate(
    store: &Backend,
    query: Query,
    token: CancellationToken,
) -> Result<QueryResults<'static>> {
    let (sender, receiver) = sync_channel(BUFFERED);
    let worker_token = token.clone();
    let worker = std::thread::Builder::new().name("entente-query".into());
    match store {
        Backend::Embedded(store) => {
            let store = store.oxigraph().clone();
            worker.spawn(move || {
                let mut prepared = sparql::evaluator()
                    .with_cancellation_token(worker_token)
                    .for_query(query);
                prepared.dataset_mut().set_default_graph_as_union();
                send_all(prepared.on_store(&store).execute(), &sender);
            })
        }
        Backend::Remote(remote) => {
            let remote = remote.clone();
            worker.spawn(move || {
                let results = remote.query(&query).map_err(|error| {
                    QueryEvaluationError::Service(Box::new(std::io::Error::other(format!(
                        "{error:#}"
                    ))))
                });
                send_all(results, &sender);
            })
        }
    }
    .context("cannot start the query")?;
    let mut messages = Messages { receiver, token };
    let results = match messages.next_message() {
        Message::Boolean(value) => QueryResults::Boolean(value),
        Message::Variables(variables) => {
            let mut batch = Vec::new().into_iter();
            QueryResults::Solutions(QuerySolutionIter::new(
                variables,
                std::iter::from_fn(move || {
                    loop {
                        if let Some(solution) = batch.next() {
                            return Some(solution);
                        }
                        match messages.next_message() {
                            Message::Solutions(next) => batch = next.into_iter(),
                            Message::Failed(error) => return Some(Err(error)),
                            _ => return None,
                        }
                    }
                }),
            ))
        }
        Message::GraphStart => {
            let mut batch = Vec::new().into_iter();
            QueryResults::Graph(QueryTripleIter::new(std::iter::from_fn(move || {
                loop {
                    if let Some(triple) = batch.next() {
                        return Some(triple);
                    }
                    match messages.next_message() {
                        Message::Triples(next) => batch = next.into_iter(),
                        Message::Failed(error) => return Some(Err(error)),
                        _ => return None,
                    }
                }
            })))
        }
        Message::Failed(error) => return Err(error).context("query evaluation failed"),
        Message::Solutions(_) | Message::Triples(_) | Message::Done => {
            return Err(unexpected()).context("query evaluation failed");
        }
    };
    Ok(results)
}

/// The worker's side: every result, then `Done`; stops when the session hangs up.
fn send_all(results: Result<QueryResults<'_>, QueryEvaluationError>, sender: &SyncSender<Message>) {
    let sent = match results {
        Err(error) => sender.send(Message::Failed(error)),
        Ok(QueryResults::Boolean(value)) => sender.send(Message::Boolean(value)),
        Ok(QueryResults::Solutions(solutions)) => {
            let variables: Arc<[Variable]> = solutions.variables().into();
            sender
                .send(Message::Variables(variables))
                .and_then(|()| send_batches(solutions, sender, Message::Solutions))
        }
        Ok(QueryResults::Graph(triples)) => sender
            .send(Message::GraphStart)
            .and_then(|()| send_batches(triples, sender, Message::Triples)),
    };
    if sent.is_ok() {
        let _ = sender.send(Message::Done);
    }
}

/// Sends `items` in batches of at most `BATCH`, each at most `FLUSH` old when it goes.
fn send_batches<T>(
    items: impl Iterator<Item = T>,
    sender: &SyncSender<Message>,
    message: fn(Vec<T>) -> Message,
) -> Result<(), SendError<Message>> {
    let mut batch = Vec::with_capacity(BATCH);
    let mut started = Instant::now();
    for item in items {
        if batch.is_empty() {
            started = Instant::now();
        }
        batch.push(item);
        if batch.len() >= BATCH || started.elapsed() >= FLUSH {
            sender.send(message(std::mem::replace(
                &mut batch,
                Vec::with_capacity(BATCH),
            )))?;
        }
    }
    if batch.is_empty() {
        return Ok(());
    }
    sender.send(message(batch))
}

/// The session's side of the channel.
struct Messages {
    receiver: Receiver<Message>,
    token: CancellationToken,
}

impl Messages {
    /// The next message, `Failed(Cancelled)` once the token is cancelled, or `Done`.
    fn next_message(&mut self) -> Message {
        loop {
            if self.token.is_cancelled() {
                return Message::Failed(QueryEvaluationError::Cancelled);
            }
            match self.receiver.recv_timeout(POLL) {
                Ok(message) => return message,
                Err(RecvTimeoutError::Timeout) => {}
                // The worker ended without saying it was done: it failed.
                Err(RecvTimeoutError::Disconnected) => return Message::Failed(unexpected()),
            }
        }
    }
}

fn unexpected() -> QueryEvaluationError {
    QueryEvaluationError::Dataset(Box::new(std::io::Error::other(
        "the query stopped before its end",
    )))
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use oxigraph::sparql::{CancellationToken, QueryResults};

    use super::evaluate;
    use crate::backend::Backend;
    use crate::ontology::Ontology;
    use crate::sparql;
    use crate::store::GraphStore;

    fn store() -> (tempfile::TempDir, Backend) {
        let dir = tempfile::tempdir().unwrap();
        let store = GraphStore::open(dir.path(), &Ontology::embedded().unwrap()).unwrap();
        (dir, Backend::Embedded(store))
    }

    #[test]
    fn results_read_as_if_evaluated_here() {
        let (_dir, store) = store();
        let query = |text: &str| sparql::parse_query(text, &[]).unwrap();
        let token = CancellationToken::new();
        let QueryResults::Solutions(solutions) = evaluate(
            &store,
            query("SELECT ?c WHERE { ?c rdfs:subClassOf dip:Sanction } ORDER BY ?c"),
            token.clone(),
        )
        .unwrap() else {
            panic!("solutions");
        };
        assert_eq!(solutions.variables().len(), 1);
        assert_eq!(solutions.map(Result::unwrap).count(), 2);
        let QueryResults::Boolean(true) = evaluate(
            &store,
            query("ASK { dip:Visit a owl:Class }"),
            token.clone(),
        )
        .unwrap() else {
            panic!("true");
        };
        let QueryResults::Graph(triples) = evaluate(
            &store,
            query("CONSTRUCT { ?c a owl:Class } WHERE { ?c rdfs:subClassOf dip:Sanction }"),
            token,
        )
        .unwrap() else {
            panic!("a graph");
        };
        assert_eq!(triples.map(Result::unwrap).count(), 2);
    }

    #[test]
    fn a_cancelled_cross_join_returns_at_once() {
        let (_dir, store) = store();
        let query = sparql::parse_query(
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
            &[],
        )
        .unwrap();
        let token = CancellationToken::new();
        let canceller = token.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(200));
            canceller.cancel();
        });
        let started = Instant::now();
        // Oxigraph may do this work before the first solution or while producing it.
        let outcome = match evaluate(&store, query, token) {
            Err(error) => format!("{error:#}"),
            Ok(QueryResults::Solutions(mut solutions)) => format!("{:?}", solutions.next()),
            Ok(_) => panic!("solutions"),
        };
        assert!(outcome.contains("ancelled"), "{outcome}");
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
    }
}
