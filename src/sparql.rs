//! Preparing SPARQL: the predeclared prefixes, `--param` bindings, the evaluator options,
//! and the safe defaults: no `SERVICE`, no `LOAD`, an optional time limit.

use std::io::Write;
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

use anyhow::{Context, Result, anyhow, bail};
use oxigraph::model::vocab::xsd;
use oxigraph::model::{Literal, NamedNode, Term};
use oxigraph::sparql::{CancellationToken, SparqlEvaluator, Variable};
use spargebra::algebra::{AggregateExpression, Expression, GraphPattern, OrderExpression};
use spargebra::term::{GroundTerm, NamedNodePattern};
use spargebra::{GraphUpdateOperation, Query, SparqlParser, Update};

use crate::config::SparqlConfig;
use crate::vocab::PREFIXES;

/// A variable bound from the command line (`--param country=ent:country/CAN`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub variable: Variable,
    pub value: Term,
}

/// What kind of result a query gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryForm {
    Select,
    Ask,
    Construct,
    Describe,
}

/// The form of a parsed query.
pub fn form(query: &Query) -> QueryForm {
    match query {
        Query::Select { .. } => QueryForm::Select,
        Query::Ask { .. } => QueryForm::Ask,
        Query::Construct { .. } => QueryForm::Construct,
        Query::Describe { .. } => QueryForm::Describe,
    }
}

fn parser() -> SparqlParser {
    let mut parser = SparqlParser::new();
    for (name, iri) in PREFIXES {
        parser = parser
            .with_prefix(*name, *iri)
            .expect("the predeclared prefixes are valid IRIs");
    }
    parser
}

/// Parses a query with the predeclared prefixes and binds the parameters.
pub fn parse_query(text: &str, params: &[Param]) -> Result<Query> {
    if text.trim().is_empty() {
        bail!("the query is empty");
    }
    check_nesting(text)?;
    let mut query = parser()
        .parse_query(text)
        .map_err(|e| anyhow!("{}", describe_syntax_error(text, &e.to_string())))?;
    if !params.is_empty() {
        bind(&mut query, params);
    }
    Ok(query)
}

/// Parses an update with the predeclared prefixes.
pub fn parse_update(text: &str) -> Result<Update> {
    if text.trim().is_empty() {
        bail!("the update is empty");
    }
    check_nesting(text)?;
    parser()
        .parse_update(text)
        .map_err(|e| anyhow!("{}", describe_syntax_error(text, &e.to_string())))
}

/// The evaluator used for every query and update.
pub fn evaluator() -> SparqlEvaluator {
    SparqlEvaluator::new()
}

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

/// Joins `VALUES (?a ?b) { (…) }` with the query's pattern, below any projection, ordering
/// or slicing, so the bound variables need not be projected.
fn bind(query: &mut Query, params: &[Param]) {
    let values = GraphPattern::Values {
        variables: params.iter().map(|p| p.variable.clone()).collect(),
        bindings: vec![params.iter().map(|p| ground(&p.value)).collect()],
    };
    let pattern = match query {
        Query::Select { pattern, .. }
        | Query::Ask { pattern, .. }
        | Query::Construct { pattern, .. }
        | Query::Describe { pattern, .. } => pattern,
    };
    let mut target: &mut GraphPattern = pattern;
    while let GraphPattern::Project { inner, .. }
    | GraphPattern::Distinct { inner }
    | GraphPattern::Reduced { inner }
    | GraphPattern::Slice { inner, .. }
    | GraphPattern::OrderBy { inner, .. } = target
    {
        target = inner;
    }
    let inner = std::mem::replace(
        target,
        GraphPattern::Bgp {
            patterns: Vec::new(),
        },
    );
    *target = GraphPattern::Join {
        left: Box::new(values),
        right: Box::new(inner),
    };
}

fn ground(term: &Term) -> Option<GroundTerm> {
    match term {
        Term::NamedNode(n) => Some(GroundTerm::NamedNode(n.clone())),
        Term::Literal(l) => Some(GroundTerm::Literal(l.clone())),
        _ => None,
    }
}

/// Parses `NAME=VALUE`: VALUE is `<iri>`, a prefixed name (`ent:country/CAN`), a quoted
/// literal, an integer, or else a plain string.
pub fn parse_param(spec: &str) -> Result<Param> {
    let Some((name, value)) = spec.split_once('=') else {
        bail!("parameter {spec:?} is not NAME=VALUE");
    };
    let name = name.trim().trim_start_matches(['?', '$']);
    let variable = Variable::new(name)
        .map_err(|_| anyhow!("parameter name {name:?} is not a SPARQL variable name"))?;
    Ok(Param {
        variable,
        value: parse_term(value.trim())?,
    })
}

/// A term written on the command line or in the REPL.
pub fn parse_term(value: &str) -> Result<Term> {
    if let Some(iri) = value.strip_prefix('<').and_then(|v| v.strip_suffix('>')) {
        return NamedNode::new(iri)
            .map(Term::from)
            .map_err(|e| anyhow!("{iri:?} is not an IRI: {e}"));
    }
    if let Some(text) = value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
    {
        return Ok(Literal::new_simple_literal(text).into());
    }
    if !value.is_empty() && value.chars().all(|c| c.is_ascii_digit()) {
        return Ok(Literal::new_typed_literal(value, xsd::INTEGER).into());
    }
    if let Some((prefix, local)) = value.split_once(':') {
        if let Some((_, namespace)) = PREFIXES.iter().find(|(p, _)| *p == prefix) {
            return NamedNode::new(format!("{namespace}{local}"))
                .map(Term::from)
                .map_err(|e| anyhow!("{value:?} is not a valid prefixed name: {e}"));
        }
        if local.starts_with("//") {
            return NamedNode::new(value)
                .map(Term::from)
                .map_err(|e| anyhow!("{value:?} is not an IRI: {e}"));
        }
    }
    Ok(Literal::new_simple_literal(value).into())
}

/// Brackets (`(`, `{`, `[`) may nest this deep at most: the parser and the evaluator recurse
/// on them, and deeper queries are refused before parsing.
pub const MAX_NESTING: usize = 1000;

/// Stack of the thread that parses and evaluates SPARQL: long chains of `UNION`, `OPTIONAL`,
/// `&&` or path steps make deep syntax trees, and the parser, optimizer and evaluator all
/// recurse on them. Only the pages used are ever allocated.
const SPARQL_STACK: usize = 512 << 20;

/// Refuses text whose brackets nest deeper than [`MAX_NESTING`], pointing at the first
/// bracket too deep. Strings, IRIs and comments are skipped; unbalanced brackets are left
/// to the parser.
fn check_nesting(text: &str) -> Result<()> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            quote @ (b'"' | b'\'') => {
                let long = bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote);
                i += if long { 3 } else { 1 };
                while i < bytes.len() {
                    if bytes[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if !long && (bytes[i] == quote || bytes[i] == b'\n') {
                        break;
                    }
                    if long && bytes[i..].starts_with(&[quote; 3]) {
                        i += 2;
                        break;
                    }
                    i += 1;
                }
            }
            b'<' => {
                let end = bytes[i + 1..]
                    .iter()
                    .position(|b| b"<>\"{}|^`\\ \t\r\n".contains(b))
                    .map(|n| i + 1 + n);
                if let Some(end) = end.filter(|&end| bytes[end] == b'>') {
                    i = end;
                }
            }
            b'(' | b'{' | b'[' => {
                depth += 1;
                if depth > MAX_NESTING {
                    let (line, column) = position(text, i);
                    bail!(
                        "{}",
                        describe_syntax_error(
                            text,
                            &format!(
                                "error at {line}:{column}: brackets nest more than {MAX_NESTING} deep"
                            )
                        )
                    );
                }
            }
            b')' | b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

/// The 1-based line and column (in characters) of a byte offset.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    (line, before[line_start..].chars().count() + 1)
}

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

/// Turns the parser's "error at L:C: expected …" into a message with the offending line and a
/// caret under the column. A long line is shown around the column; control characters are
/// shown as `�`.
pub fn describe_syntax_error(text: &str, message: &str) -> String {
    let message = printable(message);
    let Some((line, column)) = error_position(&message) else {
        return format!("syntax error: {message}");
    };
    let Some(source_line) = text.split('\n').nth(line.saturating_sub(1)) else {
        return format!("syntax error: {message}");
    };
    let detail = message
        .split_once(": ")
        .map_or(message.as_str(), |(_, rest)| rest);
    let chars: Vec<char> = source_line.trim_end_matches('\r').chars().collect();
    let at = column.saturating_sub(1).min(chars.len());
    let start = at.saturating_sub(SHOWN_AROUND);
    let end = (at + SHOWN_AROUND).min(chars.len());
    let mut shown: String = printable(&chars[start..end].iter().collect::<String>());
    let mut caret_pad: String = chars[start..at]
        .iter()
        .map(|&c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    if start > 0 {
        shown.insert(0, '…');
        caret_pad.insert(0, ' ');
    }
    if end < chars.len() {
        shown.push('…');
    }
    format!("syntax error at line {line}, column {column}: {detail}\n  {shown}\n  {caret_pad}^")
}

/// Characters of the offending line shown on each side of the column.
const SHOWN_AROUND: usize = 60;

/// Text safe to print on a terminal: control characters but tab become `�`.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\t' {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect()
}

/// The `(line, column)` in a parser message such as "error at 3:14: expected …".
pub fn error_position(message: &str) -> Option<(usize, usize)> {
    let rest = &message[message.find("error at ")? + "error at ".len()..];
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .unwrap_or(rest.len());
    let mut parts = rest[..end].trim_end_matches(':').split(':');
    let line = parts.next()?.parse().ok()?;
    let column = parts.next()?.parse().ok()?;
    Some((line, column))
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use anyhow::{Result, bail};
    use oxigraph::model::Term;

    use super::{
        Deadline, QueryForm, check_query, check_update, describe_syntax_error, error_position,
        form, on_large_stack, parse_param, parse_query, parse_update, seconds,
    };
    use crate::config::SparqlConfig;

    #[test]
    fn predeclared_prefixes_need_no_prefix_lines() {
        let query = parse_query("SELECT ?e WHERE { ?e a dip:Visit ; rdfs:label ?l }", &[]).unwrap();
        assert_eq!(form(&query), QueryForm::Select);
        assert!(
            query
                .to_string()
                .contains("https://w3id.org/entente/ontology#Visit")
        );
    }

    #[test]
    fn params_accept_prefixed_names_with_slashes_iris_literals_and_integers() {
        let p = parse_param("country=ent:country/CAN").unwrap();
        assert_eq!(p.variable.as_str(), "country");
        assert_eq!(
            p.value,
            Term::NamedNode(oxigraph::model::NamedNode::new_unchecked(
                "https://w3id.org/entente/id/country/CAN"
            ))
        );
        assert!(matches!(
            parse_param("x=<http://example.org/a>").unwrap().value,
            Term::NamedNode(_)
        ));
        assert!(
            matches!(parse_param("year=2024").unwrap().value, Term::Literal(l) if l.datatype().as_str().ends_with("integer"))
        );
        assert!(
            matches!(parse_param("name=\"Mark Carney\"").unwrap().value, Term::Literal(l) if l.value() == "Mark Carney")
        );
        assert!(parse_param("novalue").is_err());
        assert!(parse_param("bad name=1").is_err());
    }

    #[test]
    fn params_bind_unprojected_variables() {
        let p = parse_param("c=ent:country/CAN").unwrap();
        let query = parse_query(
            "SELECT ?e WHERE { ?e dip:participant ?c } ORDER BY ?e LIMIT 3",
            &[p],
        )
        .unwrap();
        let text = query.to_string();
        assert!(text.contains("VALUES"), "{text}");
        assert!(text.contains("LIMIT 3") || text.contains("LIMIT"), "{text}");
    }

    #[test]
    fn syntax_errors_point_at_line_and_column() {
        let text = "SELECT ?x\nWHERE { ?x ?y }";
        let err = parse_query(text, &[]).unwrap_err().to_string();
        assert!(err.starts_with("syntax error at line 2, column"), "{err}");
        assert!(err.contains('^'), "{err}");
        assert_eq!(error_position("error at 3:14: expected x"), Some((3, 14)));
        assert!(describe_syntax_error("x", "odd").starts_with("syntax error"));
    }

    #[test]
    fn empty_deep_long_and_garbled_queries_get_one_clear_message() {
        assert_eq!(
            parse_query(" \n\t", &[]).unwrap_err().to_string(),
            "the query is empty"
        );
        assert_eq!(
            parse_update("").unwrap_err().to_string(),
            "the update is empty"
        );
        let deep = format!(
            "SELECT * {{ FILTER({}1{}) }}",
            "(".repeat(5000),
            ")".repeat(5000)
        );
        let err = parse_query(&deep, &[]).unwrap_err().to_string();
        assert!(
            err.starts_with(
                "syntax error at line 1, column 1017: brackets nest more than 1000 deep"
            ),
            "{err}"
        );
        assert!(
            err.len() < 400,
            "a window of the line, not all of it: {err}"
        );
        // Brackets in strings, IRIs and comments do not count.
        let quoted = format!(
            "SELECT * {{ # {}\n BIND(\"{}\" AS ?s) BIND('''{}''' AS ?t) BIND(<http://e.org/{}> AS ?u) }}",
            "(".repeat(2000),
            "{".repeat(2000),
            "[".repeat(2000),
            "(".repeat(2000)
        );
        parse_query(&quoted, &[]).unwrap();
        let garbled = parse_query("SELECT \u{1b}[31m * { ?s ?p ?o }", &[])
            .unwrap_err()
            .to_string();
        assert!(
            garbled.starts_with("syntax error at line 1, column"),
            "{garbled}"
        );
        assert!(
            !garbled.contains('\u{1b}'),
            "no raw control characters: {garbled:?}"
        );
    }

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
