//! The safe defaults of SPARQL: `SERVICE` and `LOAD` refused unless allowed, a time limit
//! (a cancellation token, and a watchdog behind it), and a thread with a stack large enough
//! for deeply nested queries.

use std::io::Write;
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

use anyhow::{Context, Result, anyhow, bail};
use oxigraph::sparql::{CancellationToken, SparqlEvaluator};
use spargebra::algebra::{AggregateExpression, Expression, GraphPattern, OrderExpression};
use spargebra::term::NamedNodePattern;
use spargebra::{GraphUpdateOperation, Query, Update};

use crate::config::SparqlConfig;
use crate::sparql::evaluator;

/// Refuses a query reaching the network (`SERVICE`) unless `--allow-service` was given.
pub fn check_query(query: &Query, config: &SparqlConfig) -> Result<()> {
    let pattern = match query {
        Query::Select { pattern, .. }
        | Query::Ask { pattern, .. }
        | Query::Construct { pattern, .. }
        | Query::Describe { pattern, .. } => pattern,
    };
    check_service(pattern, config)
}

/// Refuses an update using `SERVICE` (unless `--allow-service`) or `LOAD` (unless
/// `--allow-load`).
pub fn check_update(update: &Update, config: &SparqlConfig) -> Result<()> {
    for operation in &update.operations {
        match operation {
            GraphUpdateOperation::DeleteInsert { pattern, .. } => {
                check_service(pattern, config)?;
            }
            GraphUpdateOperation::Load { source, .. } if !config.allow_load => bail!(
                "the update uses LOAD {source}, which reads files or the network; pass --allow-load to allow it"
            ),
            _ => {}
        }
    }
    Ok(())
}

fn check_service(pattern: &GraphPattern, config: &SparqlConfig) -> Result<()> {
    if config.allow_service {
        return Ok(());
    }
    if let Some(name) = first_service(pattern) {
        let name = match name {
            NamedNodePattern::NamedNode(node) => node.to_string(),
            NamedNodePattern::Variable(variable) => variable.to_string(),
        };
        bail!(
            "the query uses SERVICE {name}, a federated query that reaches the network; pass --allow-service to allow it"
        );
    }
    Ok(())
}

/// The name of the first `SERVICE` anywhere in a pattern, `EXISTS` filters included.
pub fn first_service(pattern: &GraphPattern) -> Option<&NamedNodePattern> {
    match pattern {
        GraphPattern::Service { name, .. } => Some(name),
        GraphPattern::Bgp { .. } | GraphPattern::Path { .. } | GraphPattern::Values { .. } => None,
        GraphPattern::Join { left, right }
        | GraphPattern::Lateral { left, right }
        | GraphPattern::Union { left, right }
        | GraphPattern::Minus { left, right } => {
            first_service(left).or_else(|| first_service(right))
        }
        GraphPattern::LeftJoin {
            left,
            right,
            expression,
        } => first_service(left)
            .or_else(|| first_service(right))
            .or_else(|| expression.as_ref().and_then(service_in_expression)),
        GraphPattern::Filter { expr, inner } => {
            service_in_expression(expr).or_else(|| first_service(inner))
        }
        GraphPattern::Extend {
            inner, expression, ..
        } => first_service(inner).or_else(|| service_in_expression(expression)),
        GraphPattern::OrderBy { inner, expression } => first_service(inner).or_else(|| {
            expression.iter().find_map(|order| match order {
                OrderExpression::Asc(e) | OrderExpression::Desc(e) => service_in_expression(e),
            })
        }),
        GraphPattern::Group {
            inner, aggregates, ..
        } => first_service(inner).or_else(|| {
            aggregates
                .iter()
                .find_map(|(_, aggregate)| match aggregate {
                    AggregateExpression::CountSolutions { .. } => None,
                    AggregateExpression::FunctionCall { expr, .. } => service_in_expression(expr),
                })
        }),
        GraphPattern::Graph { inner, .. }
        | GraphPattern::Project { inner, .. }
        | GraphPattern::Distinct { inner }
        | GraphPattern::Reduced { inner }
        | GraphPattern::Slice { inner, .. } => first_service(inner),
    }
}

fn service_in_expression(expression: &Expression) -> Option<&NamedNodePattern> {
    match expression {
        Expression::Exists(pattern) => first_service(pattern),
        Expression::Or(a, b)
        | Expression::And(a, b)
        | Expression::Equal(a, b)
        | Expression::SameTerm(a, b)
        | Expression::Greater(a, b)
        | Expression::GreaterOrEqual(a, b)
        | Expression::Less(a, b)
        | Expression::LessOrEqual(a, b)
        | Expression::Add(a, b)
        | Expression::Subtract(a, b)
        | Expression::Multiply(a, b)
        | Expression::Divide(a, b) => service_in_expression(a).or_else(|| service_in_expression(b)),
        Expression::UnaryPlus(a) | Expression::UnaryMinus(a) | Expression::Not(a) => {
            service_in_expression(a)
        }
        Expression::If(a, b, c) => service_in_expression(a)
            .or_else(|| service_in_expression(b))
            .or_else(|| service_in_expression(c)),
        Expression::In(a, list) => {
            service_in_expression(a).or_else(|| list.iter().find_map(service_in_expression))
        }
        Expression::Coalesce(list) | Expression::FunctionCall(_, list) => {
            list.iter().find_map(service_in_expression)
        }
        Expression::NamedNode(_)
        | Expression::Literal(_)
        | Expression::Variable(_)
        | Expression::Bound(_) => None,
    }
}

/// The time limit of one query or update: a timer thread cancels the evaluation when it
/// runs out. Dropping the deadline stops the timer.
pub struct Deadline {
    operation: &'static str,
    token: CancellationToken,
    timeout: Option<Duration>,
    stop: Option<mpsc::Sender<()>>,
    timer: Option<JoinHandle<()>>,
}

impl Deadline {
    /// Starts the clock for a query (no clock at all without a timeout).
    pub fn for_query(timeout: Option<Duration>) -> Deadline {
        Deadline::start("query", timeout)
    }

    /// Starts the clock for an update.
    pub fn for_update(timeout: Option<Duration>) -> Deadline {
        Deadline::start("update", timeout)
    }

    fn start(operation: &'static str, timeout: Option<Duration>) -> Deadline {
        let token = CancellationToken::new();
        let (stop, timer) = match timeout {
            None => (None, None),
            Some(timeout) => {
                let (stop, stopped) = mpsc::channel::<()>();
                let cancel = token.clone();
                let timer = std::thread::spawn(move || {
                    if stopped.recv_timeout(timeout) == Err(mpsc::RecvTimeoutError::Timeout) {
                        cancel.cancel();
                    }
                });
                (Some(stop), Some(timer))
            }
        };
        Deadline {
            operation,
            token,
            timeout,
            stop,
            timer,
        }
    }

    /// An evaluator that gives up once the deadline has passed.
    pub fn evaluator(&self) -> SparqlEvaluator {
        evaluator().with_cancellation_token(self.token.clone())
    }

    /// Whether the deadline has passed and the evaluation was told to stop.
    pub fn expired(&self) -> bool {
        self.token.is_cancelled()
    }

    /// Replaces the error of a stopped evaluation with one saying why it stopped.
    pub fn explain(&self, error: anyhow::Error) -> anyhow::Error {
        match self.timeout {
            Some(timeout) if self.expired() => {
                anyhow!("{}", stopped_after(self.operation, timeout))
            }
            _ => error,
        }
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        self.stop.take();
        if let Some(timer) = self.timer.take() {
            let _ = timer.join();
        }
    }
}

/// The backstop of a [`Deadline`] for one-shot commands.
///
/// Oxigraph checks for cancellation only when it reads the store, so a query working in
/// memory (an `ORDER BY` over a cross product, say) can run on long after its deadline.
/// When the evaluation has not stopped [`Watchdog::GRACE`] after the deadline, the watchdog
/// says why on standard error and ends the process with status 1. Nothing is lost: a
/// query writes nothing, and an update's transaction is not committed (a store survives
/// a killed process whole, see the crash test).
pub struct Watchdog {
    stop: Option<mpsc::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Watchdog {
    /// How long past its deadline an evaluation may take to stop by itself.
    pub const GRACE: Duration = Duration::from_secs(1);

    /// Arms the watchdog for one query (none without a timeout).
    pub fn for_query(timeout: Option<Duration>) -> Watchdog {
        Watchdog::arm("query", timeout)
    }

    /// Arms the watchdog for one update.
    pub fn for_update(timeout: Option<Duration>) -> Watchdog {
        Watchdog::arm("update", timeout)
    }

    fn arm(operation: &'static str, timeout: Option<Duration>) -> Watchdog {
        let Some(timeout) = timeout else {
            return Watchdog {
                stop: None,
                thread: None,
            };
        };
        let (stop, stopped) = mpsc::channel::<()>();
        let thread = std::thread::spawn(move || {
            if stopped.recv_timeout(timeout + Self::GRACE) == Err(mpsc::RecvTimeoutError::Timeout) {
                eprintln!("entente: {}", stopped_after(operation, timeout));
                std::process::exit(1);
            }
        });
        Watchdog {
            stop: Some(stop),
            thread: Some(thread),
        }
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.stop.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The message for an evaluation stopped by `--timeout`.
fn stopped_after(operation: &str, timeout: Duration) -> String {
    let unchanged = if operation == "update" {
        " and changed nothing"
    } else {
        ""
    };
    format!(
        "the {operation} was stopped after {} s (--timeout){unchanged}; narrow it down or allow it more time",
        seconds(timeout)
    )
}

/// "30", "0.5": seconds as the user would write them.
fn seconds(duration: Duration) -> String {
    let text = format!("{:.3}", duration.as_secs_f64());
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Stack of the thread that parses and evaluates SPARQL: long chains of `UNION`, `OPTIONAL`,
/// `&&` or path steps make deep syntax trees, and the parser, optimizer and evaluator all
/// recurse on them. Only the pages used are ever allocated.
const SPARQL_STACK: usize = 512 << 20;

/// Runs `work` (parsing and evaluating SPARQL) on a thread with a large stack, streaming
/// what it writes to `out` from the calling thread.
pub fn on_large_stack<T: Send>(
    out: &mut dyn Write,
    work: impl FnOnce(&mut dyn Write) -> Result<T> + Send,
) -> Result<T> {
    let (sender, receiver) = mpsc::sync_channel::<Vec<u8>>(16);
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name("sparql".to_string())
            .stack_size(SPARQL_STACK)
            .spawn_scoped(scope, move || {
                let mut writer = ChannelWriter {
                    sender,
                    buffer: Vec::new(),
                };
                let result = work(&mut writer);
                writer.flush().map_err(anyhow::Error::from).and(result)
            })
            .context("cannot start the SPARQL thread")?;
        let mut written = Ok(());
        for chunk in receiver {
            written = out.write_all(&chunk);
            if written.is_err() {
                break; // The receiver goes: the worker's next write fails and it stops.
            }
        }
        let result = match worker.join() {
            Ok(result) => result,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        written?;
        result
    })
}

/// A writer handing its output, in chunks, to another thread.
struct ChannelWriter {
    sender: mpsc::SyncSender<Vec<u8>>,
    buffer: Vec<u8>,
}

impl ChannelWriter {
    const CHUNK: usize = 64 * 1024;
}

impl Write for ChannelWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.buffer.extend_from_slice(bytes);
        if self.buffer.len() >= Self::CHUNK {
            self.flush()?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        self.sender
            .send(std::mem::take(&mut self.buffer))
            .map_err(|_| std::io::Error::from(std::io::ErrorKind::BrokenPipe))
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use anyhow::{Result, bail};

    use super::{Deadline, check_query, check_update, on_large_stack, seconds};
    use crate::config::SparqlConfig;
    use crate::sparql::{parse_query, parse_update};

    #[test]
    fn service_is_found_anywhere_and_refused_unless_allowed() {
        let refused = SparqlConfig::default();
        let allowed = SparqlConfig {
            allow_service: true,
            ..SparqlConfig::default()
        };
        for text in [
            "SELECT * { SERVICE <http://e.org/sparql> { ?s ?p ?o } }",
            "SELECT * { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://e.org/s> { ?s ?q ?r } } }",
            "SELECT * { ?s ?p ?o FILTER NOT EXISTS { SERVICE ?x { ?s ?q ?r } } }",
            "SELECT (COUNT(*) AS ?n) { { SELECT ?s { SERVICE <http://e.org/s> { ?s ?p ?o } } } }",
            "ASK { ?s ?p ?o BIND(IF(EXISTS { SERVICE <http://e.org/s> {} }, 1, 2) AS ?x) }",
            "SELECT * { ?s ?p ?o } ORDER BY (EXISTS { SERVICE <http://e.org/s> {} })",
        ] {
            let query = parse_query(text, &[]).unwrap();
            let err = check_query(&query, &refused).unwrap_err().to_string();
            assert!(err.contains("--allow-service"), "{text}: {err}");
            check_query(&query, &allowed).unwrap();
        }
        let plain = parse_query("SELECT * { ?s <http://e.org/service> ?o }", &[]).unwrap();
        check_query(&plain, &refused).unwrap();
        let update =
            parse_update("INSERT { ?s ?p ?o } WHERE { SERVICE <http://e.org/s> { ?s ?p ?o } }")
                .unwrap();
        assert!(check_update(&update, &refused).is_err());
        check_update(&update, &allowed).unwrap();
    }

    #[test]
    fn load_is_refused_unless_allowed() {
        let update =
            parse_update("CLEAR SILENT GRAPH <http://e.org/g> ; LOAD SILENT <file:///etc/passwd>")
                .unwrap();
        let err = check_update(&update, &SparqlConfig::default())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("LOAD <file:///etc/passwd>") && err.contains("--allow-load"),
            "{err}"
        );
        let allowed = SparqlConfig {
            allow_load: true,
            ..SparqlConfig::default()
        };
        check_update(&update, &allowed).unwrap();
    }

    #[test]
    fn a_deadline_cancels_after_its_timeout_and_says_so() {
        let deadline = Deadline::for_query(Some(Duration::from_millis(20)));
        assert!(!deadline.expired());
        std::thread::sleep(Duration::from_millis(200));
        assert!(deadline.expired());
        assert_eq!(
            deadline.explain(anyhow::anyhow!("cancelled")).to_string(),
            "the query was stopped after 0.02 s (--timeout); narrow it down or allow it more time"
        );
        let none = Deadline::for_update(None);
        assert!(!none.expired());
        assert_eq!(none.explain(anyhow::anyhow!("other")).to_string(), "other");
        assert_eq!(seconds(Duration::from_secs(30)), "30");
        assert_eq!(seconds(Duration::from_millis(1500)), "1.5");
    }

    #[test]
    fn work_on_the_large_stack_streams_its_output_and_errors() {
        let mut out = Vec::new();
        let n = on_large_stack(&mut out, |w| {
            for i in 0..100_000 {
                writeln!(w, "{i}")?;
            }
            Ok(7)
        })
        .unwrap();
        assert_eq!(n, 7);
        assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), 100_000);
        let err = on_large_stack(&mut Vec::new(), |_| -> Result<()> { bail!("no") }).unwrap_err();
        assert_eq!(err.to_string(), "no");
    }
}
