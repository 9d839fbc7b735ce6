//! Saved queries: the `.rq` files of `queries/`, each opening with a comment line that says
//! what it answers and a `# Parameters:` line. `.queries` lists them, `.run` finds them,
//! `.save` writes one.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::repl::lexer::{Kind, tokenize};

/// The folder of saved queries, relative to the working directory.
pub const QUERIES_DIR: &str = "queries";

/// One saved query file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedQuery {
    /// The file name without `.rq`.
    pub name: String,
    pub path: PathBuf,
    /// The first comment line, without `#`.
    pub description: String,
    /// What follows `# Parameters:`, if the file says.
    pub parameters: Option<String>,
}

/// The saved queries of `dir`, by name; an absent folder has none.
pub fn list(dir: &Path) -> Vec<SavedQuery> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut queries: Vec<SavedQuery> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "rq"))
        .filter_map(|path| {
            let name = path.file_stem()?.to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let (description, parameters) = describe(&text);
            Some(SavedQuery {
                name,
                path,
                description,
                parameters,
            })
        })
        .collect();
    queries.sort_by(|a, b| a.name.cmp(&b.name));
    queries
}

/// The names of the saved queries of `dir`.
pub fn names(dir: &Path) -> Vec<String> {
    list(dir).into_iter().map(|q| q.name).collect()
}

/// The file `.run NAME` means: NAME as a path if it is a file, else `dir/NAME` or
/// `dir/NAME.rq`.
pub fn resolve(dir: &Path, name: &str) -> Result<PathBuf> {
    let candidates = [
        PathBuf::from(name),
        dir.join(name),
        dir.join(format!("{name}.rq")),
    ];
    match candidates.into_iter().find(|p| p.is_file()) {
        Some(path) => Ok(path),
        None => bail!(
            "no saved query {name:?}: not a file, nor in {}/ (see .queries)",
            dir.display()
        ),
    }
}

/// The description and parameters a query's opening comment lines give.
pub fn describe(text: &str) -> (String, Option<String>) {
    let comments: Vec<&str> = text
        .lines()
        .map(str::trim)
        .take_while(|l| l.starts_with('#') || l.is_empty())
        .filter_map(|l| l.strip_prefix('#').map(str::trim))
        .collect();
    let description = comments
        .first()
        .filter(|c| !c.starts_with("Parameters:"))
        .map_or_else(String::new, |c| c.to_string());
    let parameters = comments
        .iter()
        .find_map(|c| c.strip_prefix("Parameters:"))
        .map(|p| p.trim().to_string());
    (description, parameters)
}

/// The parameters a query's `# Parameters:` line names ("actor = the actor's IRI, e.g.
/// ...; date = a day"): the word before each `=`, none for "none.".
pub fn parameter_names(text: &str) -> Vec<String> {
    let (_, parameters) = describe(text);
    parameters
        .iter()
        .flat_map(|p| p.split(';'))
        .filter_map(|part| part.split_once('=').map(|(name, _)| name.trim()))
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_'))
        .map(str::to_string)
        .collect()
}

/// The variables of a query text, each once, in order of appearance (without `?`).
pub fn variables(text: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for token in tokenize(text) {
        if token.kind == Kind::Variable {
            let name = token.text[1..].to_string();
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// Writes `query` as `dir/NAME.rq`, opening with a description and a parameters line
/// unless it has its own comments. Never replaces a file unless `force`.
pub fn save(
    dir: &Path,
    name: &str,
    query: &str,
    description: Option<&str>,
    force: bool,
) -> Result<PathBuf> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let path = dir.join(format!("{name}.rq"));
    let mut text = String::new();
    if !query.trim_start().starts_with('#') || description.is_some() {
        let description = description.unwrap_or("Saved from the entente session.");
        text.push_str(&format!("# {}\n# Parameters: none.\n", description.trim()));
    }
    text.push_str(query.trim());
    text.push('\n');
    let mut options = OpenOptions::new();
    options.write(true);
    if force {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    let mut file = options.open(&path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            anyhow::anyhow!(
                "{} exists; .save {name} --force replaces it",
                path.display()
            )
        } else {
            anyhow::anyhow!("cannot create {}: {e}", path.display())
        }
    })?;
    file.write_all(text.as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::{describe, list, parameter_names, resolve, save, variables};

    #[test]
    fn descriptions_come_from_the_opening_comments() {
        let text = "# Who met whom.\n# more words\n# Parameters: actor = an IRI\nSELECT ?a {}";
        assert_eq!(
            describe(text),
            (
                "Who met whom.".to_string(),
                Some("actor = an IRI".to_string())
            )
        );
        assert_eq!(describe("SELECT * {}"), (String::new(), None));
    }

    #[test]
    fn saved_queries_are_written_listed_and_found() {
        let dir = tempfile::tempdir().unwrap();
        let queries = dir.path().join("queries");
        let path = save(
            &queries,
            "labels",
            "SELECT ?l { ?x rdfs:label ?l }",
            Some("Labels"),
            false,
        )
        .unwrap();
        assert!(save(&queries, "labels", "ASK {}", None, false).is_err());
        save(&queries, "labels", "# Mine.\nASK {}", None, true).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "# Mine.\nASK {}\n");
        let listed = list(&queries);
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].description, "Mine.");
        assert_eq!(resolve(&queries, "labels").unwrap(), path);
        assert!(resolve(&queries, "missing").is_err());
        assert!(list(&dir.path().join("none")).is_empty());
    }

    #[test]
    fn parameter_names_come_from_the_parameters_line() {
        let text = "# Events.\n# Parameters: actor = an IRI, e.g. --param actor=ent:x; date = a day\nASK {}";
        assert_eq!(parameter_names(text), ["actor", "date"]);
        assert!(parameter_names("# Kinds.\n# Parameters: none.\nASK {}").is_empty());
        assert!(parameter_names("ASK {}").is_empty());
    }

    #[test]
    fn variables_are_listed_once_in_order() {
        assert_eq!(variables("SELECT ?b ?a { ?a ?p $b } # ?c"), ["b", "a", "p"]);
    }
}
