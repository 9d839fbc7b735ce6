//! Preparing SPARQL: the predeclared prefixes, `--param` bindings, the evaluator options,
//! and syntax errors with line and column; the safe defaults (no `SERVICE`, no `LOAD`, a
//! time limit, a large stack) are in `sparql/limits.rs`.

mod limits;

use anyhow::{Result, anyhow, bail};
use oxigraph::model::vocab::xsd;
use oxigraph::model::{Literal, NamedNode, NamedNodeRef, Term};
use oxigraph::sparql::{SparqlEvaluator, Variable};
use spargebra::algebra::GraphPattern;
use spargebra::term::{GroundTerm, NamedNodePattern, TermPattern, TriplePattern};
use spargebra::{Query, SparqlParser, Update};

use crate::vocab::PREFIXES;

pub use limits::{Deadline, Watchdog, check_query, check_update, first_service, on_large_stack};

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

/// Joins `VALUES (?a ?b) { (…) }` with the query's pattern, below any projection, ordering
/// or slicing, so the bound variables need not be projected.
///
/// The values go as deep as they may: next to the first basic graph pattern that binds
/// them all, through filters, `BIND`s of other variables, the left side of `OPTIONAL`s,
/// joins, `GRAPH`, groups and subqueries that project them. There the evaluator looks the
/// bound terms up in the indexes instead of matching the whole pattern first (an actor's
/// events, not every event, are read).
fn bind(query: &mut Query, params: &[Param]) {
    let variables: Vec<Variable> = params.iter().map(|p| p.variable.clone()).collect();
    let values = GraphPattern::Values {
        variables: variables.clone(),
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
    if !join_binding_bgp(target, &values, &variables) {
        join_values(target, values);
    }
}

/// Replaces `pattern` by the join of `values` with it.
fn join_values(pattern: &mut GraphPattern, values: GraphPattern) {
    let inner = std::mem::replace(
        pattern,
        GraphPattern::Bgp {
            patterns: Vec::new(),
        },
    );
    *pattern = GraphPattern::Join {
        left: Box::new(values),
        right: Box::new(inner),
    };
}

/// Joins `values` with the first basic graph pattern below `pattern` whose triples bind
/// every one of `variables`, reached only through patterns where that is the same as
/// joining the whole: filters, `BIND`s of other variables, left sides of `OPTIONAL`, joins.
/// Whether there was one.
fn join_binding_bgp(
    pattern: &mut GraphPattern,
    values: &GraphPattern,
    variables: &[Variable],
) -> bool {
    let binds_all = |patterns: &[TriplePattern]| {
        variables.iter().all(|variable| {
            patterns.iter().any(|triple| {
                [&triple.subject, &triple.object]
                    .into_iter()
                    .any(|term| matches!(term, TermPattern::Variable(v) if v == variable))
                    || matches!(&triple.predicate, NamedNodePattern::Variable(v) if v == variable)
            })
        })
    };
    match pattern {
        GraphPattern::Bgp { patterns } if binds_all(patterns) => {
            join_values(pattern, values.clone());
            true
        }
        GraphPattern::Filter { inner, .. } => join_binding_bgp(inner, values, variables),
        GraphPattern::Extend {
            inner, variable, ..
        } if !variables.contains(variable) => join_binding_bgp(inner, values, variables),
        GraphPattern::LeftJoin { left, .. } => join_binding_bgp(left, values, variables),
        // A parameter is a placeholder, as in a prepared statement: it binds the variable
        // inside a group or a subquery too, so an aggregate counts, and a `LIMIT` keeps, the
        // bound actor's rows (not every actor's, joined afterwards).
        GraphPattern::Group { inner, .. }
        | GraphPattern::OrderBy { inner, .. }
        | GraphPattern::Distinct { inner }
        | GraphPattern::Reduced { inner }
        | GraphPattern::Slice { inner, .. }
        | GraphPattern::Graph { inner, .. } => join_binding_bgp(inner, values, variables),
        GraphPattern::Project { inner, .. } => join_binding_bgp(inner, values, variables),
        GraphPattern::Join { left, right } => {
            join_binding_bgp(left, values, variables) || join_binding_bgp(right, values, variables)
        }
        _ => false,
    }
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
    if let Some(datatype) = date_datatype(value) {
        return Ok(Literal::new_typed_literal(value, datatype).into());
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

/// The datatype of a day (`2026-03-04`, `xsd:date`) or a month (`2026-03`, `xsd:gYearMonth`)
/// written as such, the forms `dip:date` takes.
fn date_datatype(value: &str) -> Option<NamedNodeRef<'static>> {
    let shape: String = value
        .chars()
        .map(|c| if c.is_ascii_digit() { '9' } else { c })
        .collect();
    let (month, day) = value.split_at_checked(5).map_or((0, 0), |(_, rest)| {
        let mut parts = rest.split('-').map(|p| p.parse::<u32>().unwrap_or(0));
        (parts.next().unwrap_or(0), parts.next().unwrap_or(1))
    });
    let valid = (1..=12).contains(&month) && (1..=31).contains(&day);
    match shape.as_str() {
        "9999-99-99" if valid => Some(xsd::DATE),
        "9999-99" if valid => Some(xsd::G_YEAR_MONTH),
        _ => None,
    }
}

/// Brackets (`(`, `{`, `[`) may nest this deep at most: the parser and the evaluator recurse
/// on them, and deeper queries are refused before parsing.
pub const MAX_NESTING: usize = 1000;

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
    use oxigraph::model::vocab::xsd;
    use oxigraph::model::{GraphName, NamedNode, Quad, Term};
    use oxigraph::sparql::QueryResults;
    use oxigraph::store::Store;
    use spargebra::Query;
    use spargebra::algebra::GraphPattern;

    use super::{
        QueryForm, describe_syntax_error, error_position, form, parse_param, parse_query,
        parse_update,
    };

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
            matches!(parse_param("date=2026-03-04").unwrap().value, Term::Literal(l) if l.datatype() == xsd::DATE)
        );
        assert!(
            matches!(parse_param("date=2026-03").unwrap().value, Term::Literal(l) if l.datatype() == xsd::G_YEAR_MONTH)
        );
        assert!(
            matches!(parse_param("date=2026-13").unwrap().value, Term::Literal(l) if l.datatype() == xsd::STRING)
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

    /// The rows of a SELECT over `quads`, each row's first value as a string.
    fn first_column(quads: &[Quad], text: &str, params: &[super::Param]) -> Vec<String> {
        let store = Store::new().unwrap();
        store.extend(quads.iter().cloned()).unwrap();
        let query = parse_query(text, params).unwrap();
        let QueryResults::Solutions(rows) = super::evaluator()
            .for_query(query)
            .on_store(&store)
            .execute()
            .unwrap()
        else {
            panic!("a SELECT")
        };
        rows.map(|row| row.unwrap().values()[0].as_ref().unwrap().to_string())
            .collect()
    }

    #[test]
    fn params_are_placeholders_inside_ranked_subqueries_and_groups() {
        let iri = |local: &str| NamedNode::new(format!("http://example.org/{local}")).unwrap();
        let participant = NamedNode::new("https://w3id.org/entente/ontology#participant").unwrap();
        // Events e1..e6; only e5 and e6 have Canada among their participants.
        let quads: Vec<Quad> = (1..=6)
            .map(|i| {
                let actor = if i >= 5 { "CAN" } else { "USA" };
                Quad::new(
                    iri(&format!("e{i}")),
                    participant.clone(),
                    NamedNode::new(format!("https://w3id.org/entente/id/country/{actor}")).unwrap(),
                    GraphName::DefaultGraph,
                )
            })
            .collect();
        let can = [parse_param("actor=ent:country/CAN").unwrap()];
        // The first two of Canada's events, not the first two events joined with Canada.
        let ranked = "SELECT ?e WHERE { { SELECT ?e ?actor WHERE { ?e dip:participant ?actor } \
                      ORDER BY ?e LIMIT 2 } } ORDER BY ?e";
        assert_eq!(
            first_column(&quads, ranked, &can),
            ["<http://example.org/e5>", "<http://example.org/e6>"]
        );
        assert_eq!(first_column(&quads, ranked, &[]).len(), 2);
        // A count over Canada's events, not over every event.
        let counted = "SELECT (COUNT(?e) AS ?n) WHERE { ?e dip:participant ?actor }";
        assert_eq!(
            first_column(&quads, counted, &can),
            [format!("\"2\"^^<{}>", xsd::INTEGER.as_str())]
        );
        assert_eq!(
            first_column(&quads, counted, &[]),
            [format!("\"6\"^^<{}>", xsd::INTEGER.as_str())]
        );
        // Also in a grouped subquery that does not project the parameter.
        let nested = "SELECT ?n WHERE { { SELECT (COUNT(?e) AS ?n) WHERE \
                      { ?e dip:participant ?actor } } }";
        assert_eq!(
            first_column(&quads, nested, &can),
            [format!("\"2\"^^<{}>", xsd::INTEGER.as_str())]
        );
    }

    #[test]
    fn params_join_the_pattern_that_binds_them() {
        let p = parse_param("c=ent:country/CAN").unwrap();
        let query = parse_query(
            "SELECT DISTINCT ?e ?role WHERE { ?e dip:participant ?c ; dip:status ?s . \
             FILTER(?s != dip:Planned) OPTIONAL { ?e dip:date ?d } \
             BIND(IF(EXISTS { ?e dip:agent ?c }, 1, 0) AS ?role) } ORDER BY ?e",
            &[p],
        )
        .unwrap();
        fn values_next_to_bgp(pattern: &GraphPattern) -> bool {
            match pattern {
                GraphPattern::Join { left, right } => {
                    matches!(**left, GraphPattern::Values { .. })
                        && matches!(**right, GraphPattern::Bgp { .. })
                        || values_next_to_bgp(left)
                        || values_next_to_bgp(right)
                }
                GraphPattern::Project { inner, .. }
                | GraphPattern::Distinct { inner }
                | GraphPattern::OrderBy { inner, .. }
                | GraphPattern::Filter { inner, .. }
                | GraphPattern::Extend { inner, .. } => values_next_to_bgp(inner),
                GraphPattern::LeftJoin { left, .. } => values_next_to_bgp(left),
                _ => false,
            }
        }
        let Query::Select { pattern, .. } = &query else {
            panic!("a SELECT")
        };
        assert!(values_next_to_bgp(pattern), "{query}");
        // A variable no triple binds: the values join the whole pattern.
        let p = parse_param("x=1").unwrap();
        let query = parse_query("SELECT ?e WHERE { ?e a dip:Event BIND(?x AS ?y) }", &[p]).unwrap();
        let Query::Select { pattern, .. } = &query else {
            panic!("a SELECT")
        };
        assert!(!values_next_to_bgp(pattern), "{query}");
        assert!(query.to_string().contains("VALUES"), "{query}");
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
}
