//! `entente extract FILE`: the facts of one file as JSON or RDF, or the per-sentence trace
//! of why they were found; never touches a store.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result};

use crate::commands::ingest::Pipeline;
use crate::commands::load_lexicon;
use crate::config::{Config, ExtractConfig};
use crate::extract::explain;
use crate::extract::explain::SentenceTrace;
use crate::ontology::Ontology;
use crate::rdf::map;
use crate::reader::{Input, read};
use crate::render::graph::write_quads;

/// Runs `extract` on one file; exit status 1 when part of it was refused.
pub fn run_extract(
    config: &Config,
    options: &ExtractConfig,
    out: &mut dyn Write,
    errors: &mut dyn Write,
) -> Result<ExitCode> {
    let bytes = std::fs::read(&options.file)
        .with_context(|| format!("cannot read {}", options.file.display()))?;
    let ontology = Ontology::embedded()?;
    let lexicon = load_lexicon(config)?;
    let pipeline = Pipeline {
        lexicon: &lexicon,
        ontology: &ontology,
    };
    let shown = options.file.to_string_lossy();
    let mut inputs = Vec::new();
    let mut failed = false;
    for input in read(&shown, &bytes) {
        match input {
            Ok(input) => inputs.push(input),
            Err(problem) => {
                writeln!(errors, "entente: {problem}")?;
                failed = true;
            }
        }
    }
    if options.explain {
        for input in &inputs {
            match input {
                Input::Article(article) => {
                    writeln!(out, "# {}  ({})", article.title, article.source_path)?;
                    write_explanation(&explain(article, &lexicon), out)?;
                }
                Input::Annotation(annotation) => writeln!(
                    out,
                    "# {}: a ready annotation, nothing to explain",
                    annotation.document.source_path
                )?,
            }
        }
    } else {
        let annotations: Vec<_> = inputs.into_iter().map(|i| pipeline.annotate(i)).collect();
        match options.format.graph_format() {
            None => {
                let json = if annotations.len() == 1 {
                    serde_json::to_string_pretty(&annotations[0])?
                } else {
                    serde_json::to_string_pretty(&annotations)?
                };
                writeln!(out, "{json}")?;
            }
            Some(format) => {
                let quads: Vec<_> = annotations
                    .iter()
                    .flat_map(|a| map(a, &ontology).quads)
                    .collect();
                write_quads(&quads, format, out)?;
            }
        }
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Each sentence with what was found in it and the rules that fired, then the sentences
/// that gave no event, so a user sees where to extend the lexicons.
fn write_explanation(traces: &[SentenceTrace], out: &mut dyn Write) -> Result<()> {
    for (n, trace) in traces.iter().enumerate() {
        writeln!(
            out,
            "\n[{}] {}..{}  {}",
            n + 1,
            trace.start,
            trace.end,
            trace.text
        )?;
        if !trace.entities.is_empty() {
            writeln!(out, "    entities: {}", trace.entities.join(", "))?;
        }
        if !trace.triggers.is_empty() {
            writeln!(out, "    events:   {}", rules_listed(&trace.triggers))?;
        }
        if !trace.dropped.is_empty() {
            writeln!(
                out,
                "    dropped:  {} (no sides found, or read as part of another act)",
                rules_listed(&trace.dropped)
            )?;
        }
    }
    let silent: Vec<(usize, &SentenceTrace)> = traces
        .iter()
        .enumerate()
        .filter(|(_, t)| t.triggers.is_empty())
        .collect();
    writeln!(
        out,
        "\nsentences that gave no event ({} of {}):",
        silent.len(),
        traces.len()
    )?;
    for (n, trace) in silent {
        let what = if trace.entities.is_empty() {
            "nothing found"
        } else {
            "actors only"
        };
        writeln!(out, "  [{}] ({what}) {}", n + 1, trace.text)?;
    }
    Ok(())
}

/// "Visit (visit.verb), Meeting (meeting.talks)": triggers by class and rule id.
fn rules_listed(triggers: &[(String, String)]) -> String {
    let listed: Vec<String> = triggers
        .iter()
        .map(|(class, rule)| format!("{class} ({rule})"))
        .collect();
    listed.join(", ")
}
