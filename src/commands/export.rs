//! `entente export`: the store, or one graph, as RDF.

use std::fs::OpenOptions;
use std::io::Write;

use anyhow::{Context, Result, bail};
use oxigraph::model::{NamedNode, Term};

use crate::backend::Backend;
use crate::config::ExportConfig;
use crate::render::graph::write_quads;
use crate::sparql::parse_term;

/// Writes the export to the output file (never overwriting one without `--force`) or `out`.
pub fn run_export(store: &Backend, config: &ExportConfig, out: &mut dyn Write) -> Result<()> {
    let graph = match &config.graph {
        None => None,
        Some(name) => {
            let Term::NamedNode(node) = parse_term(name)? else {
                bail!("--graph {name:?} is not an IRI or prefixed name");
            };
            if !store.has_graph(&node)? {
                bail!("the store has no graph {name}");
            }
            Some(node)
        }
    };
    let quads = store.quads(graph.as_ref().map(|g: &NamedNode| g))?;
    match &config.output {
        None => write_quads(&quads, config.format, out),
        Some(path) => {
            let mut options = OpenOptions::new();
            options.write(true);
            if config.overwrite {
                options.create(true).truncate(true);
            } else {
                options.create_new(true);
            }
            let file = options.open(path).map_err(|e| {
                if e.kind() == std::io::ErrorKind::AlreadyExists {
                    anyhow::anyhow!("{} exists; pass --force to overwrite it", path.display())
                } else {
                    anyhow::anyhow!("cannot create {}: {e}", path.display())
                }
            })?;
            let mut writer = std::io::BufWriter::new(file);
            write_quads(&quads, config.format, &mut writer)?;
            writer
                .flush()
                .with_context(|| format!("cannot write {}", path.display()))
        }
    }
}
