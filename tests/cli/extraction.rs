//! Data-driven extraction cases: `tests/data/extract/NAME.txt` and the facts
//! `NAME.expect.json` says must (or must not) be extracted from it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_json::Value;

use crate::util::{Entente, data};

/// Every key an entity answers to: itself and, for people and groups, its affiliation.
fn keys(annotation: &Value) -> BTreeMap<String, BTreeSet<String>> {
    let mut keys = BTreeMap::new();
    for entity in annotation["entities"].as_array().into_iter().flatten() {
        let key = entity["key"].as_str().unwrap_or_default().to_string();
        let mut answers = BTreeSet::from([key.clone()]);
        if let Some(affiliation) = entity["affiliation"].as_str() {
            answers.insert(affiliation.to_string());
        }
        keys.insert(key, answers);
    }
    keys
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect()
}

/// Whether every expected key is answered by one of the extracted role fillers.
fn covers(
    expected: &[String],
    extracted: &[String],
    keys: &BTreeMap<String, BTreeSet<String>>,
) -> bool {
    expected.iter().all(|want| {
        extracted
            .iter()
            .any(|got| got == want || keys.get(got).is_some_and(|k| k.contains(want)))
    })
}

fn event_matches(want: &Value, got: &Value, keys: &BTreeMap<String, BTreeSet<String>>) -> bool {
    let everyone: Vec<String> = ["agents", "targets", "participants"]
        .iter()
        .flat_map(|r| strings(&got[*r]))
        .collect();
    got["class"] == want["class"]
        && covers(&strings(&want["agents"]), &strings(&got["agents"]), keys)
        && covers(&strings(&want["targets"]), &strings(&got["targets"]), keys)
        && covers(&strings(&want["participants"]), &everyone, keys)
        && (want["date"].is_null() || want["date"] == got["date"])
        && (want["status"].is_null() || want["status"] == got["status"])
}

/// The problems found checking one case, one line each.
fn check_case(e: &Entente, article: &Path, expected: &Value) -> Vec<String> {
    let out = e.run(&["extract", article.to_str().unwrap()]).ok();
    let annotation: Value = serde_json::from_str(&out.stdout).expect("extract prints JSON");
    let keys = keys(&annotation);
    let events = annotation["events"].as_array().cloned().unwrap_or_default();
    let mut problems = Vec::new();
    for want in strings(&expected["entities"]) {
        if !keys.contains_key(&want) {
            problems.push(format!("missing entity {want}"));
        }
    }
    for want in expected["events"].as_array().into_iter().flatten() {
        if !events.iter().any(|got| event_matches(want, got, &keys)) {
            problems.push(format!("missing event {want}"));
        }
    }
    for class in strings(&expected["not_events"]) {
        if events.iter().any(|got| got["class"] == class.as_str()) {
            problems.push(format!("unexpected {class} event"));
        }
    }
    let figures = annotation["figures"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    for want in expected["figures"].as_array().into_iter().flatten() {
        let found = figures.iter().any(|got| {
            ["exporter", "partner", "year", "percent", "comparator"]
                .iter()
                .all(|f| got[*f] == want[*f])
        });
        if !found {
            problems.push(format!("missing figure {want}"));
        }
    }
    problems
}

#[test]
fn extraction_cases_find_their_expected_facts() {
    let e = Entente::new();
    let dir = data("extract");
    let mut report = Vec::new();
    let mut cases = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|d| d.unwrap().path())
        .collect();
    entries.sort();
    for expect_file in entries
        .iter()
        .filter(|p| p.to_string_lossy().ends_with(".expect.json"))
    {
        let name = expect_file
            .file_name()
            .unwrap()
            .to_string_lossy()
            .trim_end_matches(".expect.json")
            .to_string();
        let article = entries
            .iter()
            .find(|p| {
                p.file_stem().is_some_and(|s| s.to_string_lossy() == name)
                    && !p.to_string_lossy().ends_with(".json")
            })
            .unwrap_or_else(|| panic!("no article for {name}"));
        let expected: Value =
            serde_json::from_str(&std::fs::read_to_string(expect_file).unwrap()).unwrap();
        for problem in check_case(&e, article, &expected) {
            report.push(format!("{name}: {problem}"));
        }
        cases += 1;
    }
    assert!(cases >= 5);
    assert!(
        report.is_empty(),
        "{} problems:\n{}",
        report.len(),
        report.join("\n")
    );
}
