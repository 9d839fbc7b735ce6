//! The dot-commands: one table drives their parsing, `.help` and Tab completion.

use std::path::PathBuf;

use anyhow::{Result, anyhow, bail};
use clap::ValueEnum;
use oxigraph::model::NamedNode;

use crate::cli::QueryFormat;
use crate::sparql::{Param, parse_param};

/// What the arguments of a command complete to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completes {
    Nothing,
    /// Names of dot-commands (`.help`).
    Commands,
    /// Output format names.
    Formats,
    OnOff,
    /// Paths of files and folders.
    Files,
    /// Saved queries of `queries/`, then paths.
    SavedQueries,
    /// Classes, properties and other terms of the ontology.
    Terms,
}

/// One dot-command: its name, how it is written, what it does.
#[derive(Debug)]
pub struct Spec {
    /// The name without its dot.
    pub name: &'static str,
    /// Other names it answers to.
    pub aliases: &'static [&'static str],
    /// The arguments, as shown in `.help`.
    pub usage: &'static str,
    /// One line saying what it does.
    pub summary: &'static str,
    pub completes: Completes,
    parse: fn(&[Word]) -> Result<DotCommand>,
}

/// A parsed dot-command with its arguments checked.
#[derive(Debug, Clone, PartialEq)]
pub enum DotCommand {
    Help(Option<String>),
    Prefixes,
    Prefix {
        name: String,
        iri: String,
    },
    /// `None` shows the current format.
    Format(Option<QueryFormat>),
    Timing(Option<bool>),
    /// `Some(None)` removes the limit; `None` shows it.
    Limit(Option<Option<usize>>),
    Run {
        file: String,
        params: Vec<Param>,
    },
    Save {
        name: String,
        description: Option<String>,
        force: bool,
    },
    Queries,
    Ingest(Vec<PathBuf>),
    Export {
        file: PathBuf,
        graph: Option<String>,
        force: bool,
    },
    Stats,
    Schema(Option<String>),
    Graphs,
    Explain {
        analyze: bool,
    },
    Quit,
}

/// Every dot-command, in the order `.help` lists them.
pub const COMMANDS: &[Spec] = &[
    Spec {
        name: "help",
        aliases: &[],
        usage: "[COMMAND]",
        summary: "list the commands, or explain one",
        completes: Completes::Commands,
        parse: |words| Ok(DotCommand::Help(optional(words, "help")?.map(unquoted))),
    },
    Spec {
        name: "prefixes",
        aliases: &[],
        usage: "",
        summary: "list the prefixes every query knows",
        completes: Completes::Nothing,
        parse: |words| none(words, "prefixes", DotCommand::Prefixes),
    },
    Spec {
        name: "prefix",
        aliases: &[],
        usage: "NAME: <IRI>",
        summary: "declare a prefix for the rest of the session",
        completes: Completes::Nothing,
        parse: parse_prefix,
    },
    Spec {
        name: "format",
        aliases: &[],
        usage: "[table|csv|tsv|json|xml|turtle|ntriples|nquads|trig|rdfxml]",
        summary: "choose how results are written (turtle and the others apply to graphs)",
        completes: Completes::Formats,
        parse: |words| {
            let format = optional(words, "format")?
                .map(|name| {
                    QueryFormat::from_str(&unquoted(name), true).map_err(|_| {
                        anyhow!(
                            "unknown format {name:?}; one of {}",
                            format_names().join(", ")
                        )
                    })
                })
                .transpose()?;
            Ok(DotCommand::Format(format))
        },
    },
    Spec {
        name: "timing",
        aliases: &[],
        usage: "[on|off]",
        summary: "show the time each query takes",
        completes: Completes::OnOff,
        parse: |words| {
            let value = optional(words, "timing")?
                .map(|w| match w.text.to_ascii_lowercase().as_str() {
                    "on" => Ok(true),
                    "off" => Ok(false),
                    other => Err(anyhow!("timing is on or off, not {other:?}")),
                })
                .transpose()?;
            Ok(DotCommand::Timing(value))
        },
    },
    Spec {
        name: "limit",
        aliases: &[],
        usage: "[N|off]",
        summary: "show at most N rows of a table (the count still says how many there were)",
        completes: Completes::Nothing,
        parse: |words| {
            let value = optional(words, "limit")?
                .map(|w| match w.text.to_ascii_lowercase().as_str() {
                    "off" | "none" | "0" => Ok(None),
                    n => n
                        .parse::<usize>()
                        .map(Some)
                        .map_err(|_| anyhow!("the limit is a number of rows or off, not {n:?}")),
                })
                .transpose()?;
            Ok(DotCommand::Limit(value))
        },
    },
    Spec {
        name: "run",
        aliases: &[],
        usage: "FILE [NAME=VALUE…]",
        summary: "run a saved query (queries/FILE.rq or a path), binding its parameters",
        completes: Completes::SavedQueries,
        parse: |words| {
            let Some((file, params)) = words.split_first() else {
                bail!("which query? .run FILE [NAME=VALUE…] (see .queries)");
            };
            let params = params
                .iter()
                .map(|w| parse_param(&w.text))
                .collect::<Result<Vec<_>>>()?;
            Ok(DotCommand::Run {
                file: unquoted(file),
                params,
            })
        },
    },
    Spec {
        name: "save",
        aliases: &[],
        usage: "NAME [DESCRIPTION…] [--force]",
        summary: "save the last query as queries/NAME.rq",
        completes: Completes::SavedQueries,
        parse: |words| {
            let force = words.iter().any(|w| w.text == "--force");
            let mut rest = words.iter().filter(|w| w.text != "--force");
            let Some(name) = rest.next() else {
                bail!("save as what? .save NAME [DESCRIPTION…]");
            };
            let name = unquoted(name);
            if name.is_empty()
                || !name
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
            {
                bail!("a query name is letters, digits, - and _, not {name:?}");
            }
            let description: Vec<String> = rest.map(unquoted).collect();
            Ok(DotCommand::Save {
                name,
                description: (!description.is_empty()).then(|| description.join(" ")),
                force,
            })
        },
    },
    Spec {
        name: "queries",
        aliases: &[],
        usage: "",
        summary: "list the saved queries with what each answers",
        completes: Completes::Nothing,
        parse: |words| none(words, "queries", DotCommand::Queries),
    },
    Spec {
        name: "ingest",
        aliases: &[],
        usage: "PATH…",
        summary: "read articles (files or folders) into the store",
        completes: Completes::Files,
        parse: |words| {
            if words.is_empty() {
                bail!("ingest what? .ingest PATH…");
            }
            Ok(DotCommand::Ingest(
                words.iter().map(|w| PathBuf::from(unquoted(w))).collect(),
            ))
        },
    },
    Spec {
        name: "export",
        aliases: &[],
        usage: "FILE [--graph IRI] [--force]",
        summary: "write the store (or one graph) to FILE; its extension picks the syntax",
        completes: Completes::Files,
        parse: parse_export,
    },
    Spec {
        name: "stats",
        aliases: &[],
        usage: "",
        summary: "count documents, triples, entities and events",
        completes: Completes::Nothing,
        parse: |words| none(words, "stats", DotCommand::Stats),
    },
    Spec {
        name: "schema",
        aliases: &[],
        usage: "[TERM]",
        summary: "list the classes and properties of the ontology, or describe one term",
        completes: Completes::Terms,
        parse: |words| Ok(DotCommand::Schema(optional(words, "schema")?.map(unquoted))),
    },
    Spec {
        name: "graphs",
        aliases: &[],
        usage: "",
        summary: "list the named graphs with their size",
        completes: Completes::Nothing,
        parse: |words| none(words, "graphs", DotCommand::Graphs),
    },
    Spec {
        name: "explain",
        aliases: &[],
        usage: "[analyze]",
        summary: "show Oxigraph's plan of the last query (analyze: run it and count)",
        completes: Completes::Nothing,
        parse: |words| {
            let analyze = match optional(words, "explain")? {
                None => false,
                Some(w) if w.text.eq_ignore_ascii_case("analyze") => true,
                Some(w) => bail!("explain takes nothing or analyze, not {:?}", w.text),
            };
            Ok(DotCommand::Explain { analyze })
        },
    },
    Spec {
        name: "quit",
        aliases: &["exit"],
        usage: "",
        summary: "leave (Ctrl-D does too)",
        completes: Completes::Nothing,
        parse: |words| none(words, "quit", DotCommand::Quit),
    },
];

/// One whitespace-separated word of a command line; quotes group words and are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub text: String,
    /// Byte offset in the line.
    pub start: usize,
}

/// Parses a line starting with `.`.
pub fn parse(line: &str) -> Result<DotCommand> {
    let words = split_words(line.trim_end());
    let Some((first, args)) = words.split_first() else {
        bail!("empty command; .help lists them");
    };
    let Some(name) = first.text.strip_prefix('.') else {
        bail!("a command starts with a dot: .{}", first.text);
    };
    let spec = find(name)?;
    (spec.parse)(args).map_err(|e| anyhow!("{e}\n  usage: .{} {}", spec.name, spec.usage))
}

/// The command called `name` (without dot), one of its aliases, or the only one it begins.
pub fn find(name: &str) -> Result<&'static Spec> {
    let name = name.to_ascii_lowercase();
    if let Some(spec) = COMMANDS
        .iter()
        .find(|s| s.name == name || s.aliases.contains(&name.as_str()))
    {
        return Ok(spec);
    }
    let starting: Vec<&Spec> = if name.is_empty() {
        Vec::new()
    } else {
        COMMANDS
            .iter()
            .filter(|s| s.name.starts_with(&name))
            .collect()
    };
    match starting.as_slice() {
        [spec] => Ok(spec),
        [] => bail!("unknown command .{name}; .help lists them"),
        many => bail!(
            "ambiguous command .{name}: {}",
            many.iter()
                .map(|s| format!(".{}", s.name))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// Splits a command line into words; `"…"` and `'…'` group words (quotes kept).
pub fn split_words(line: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut current: Option<(usize, String)> = None;
    let mut quote: Option<char> = None;
    for (i, c) in line.char_indices() {
        match quote {
            Some(q) => {
                if let Some((_, text)) = current.as_mut() {
                    text.push(c);
                }
                if c == q {
                    quote = None;
                }
            }
            None if c.is_whitespace() => {
                if let Some((start, text)) = current.take() {
                    words.push(Word { text, start });
                }
            }
            None => {
                if c == '"' || c == '\'' {
                    quote = Some(c);
                }
                current.get_or_insert_with(|| (i, String::new())).1.push(c);
            }
        }
    }
    if let Some((start, text)) = current {
        words.push(Word { text, start });
    }
    words
}

/// A word without its surrounding quotes.
pub fn unquoted(word: &Word) -> String {
    let text = word.text.as_str();
    for q in ['"', '\''] {
        if text.len() >= 2 && text.starts_with(q) && text.ends_with(q) {
            return text[1..text.len() - 1].to_string();
        }
    }
    text.to_string()
}

/// The names `.format` accepts.
pub fn format_names() -> Vec<String> {
    QueryFormat::value_variants()
        .iter()
        .filter_map(|f| f.to_possible_value().map(|v| v.get_name().to_string()))
        .collect()
}

/// The whole `.help` text.
pub fn help() -> String {
    let width = COMMANDS
        .iter()
        .map(|s| s.name.len() + s.usage.chars().count() + 2)
        .max()
        .unwrap_or(0)
        .min(34);
    let mut out = String::from("Commands:\n");
    for spec in COMMANDS {
        let head = if spec.usage.is_empty() {
            format!(".{}", spec.name)
        } else {
            format!(".{} {}", spec.name, spec.usage)
        };
        if head.chars().count() > width {
            out.push_str(&format!("  {head}\n  {:width$}  {}\n", "", spec.summary));
        } else {
            out.push_str(&format!("  {head:width$}  {}\n", spec.summary));
        }
    }
    out.push_str(
        "\nQueries and updates (SPARQL 1.1, prefixes predeclared: .prefixes) run when their \
         braces,\nbrackets and quotes are balanced and the line ends with ;, or on an empty line.\n\
         Tab completes keywords, prefixes, ontology terms, variables, commands and paths.\n\
         Ctrl-C clears the input or cancels a running query; Ctrl-R searches the history; \
         Ctrl-D leaves.\n",
    );
    out
}

/// `.help NAME`: one command in detail.
pub fn help_for(name: &str) -> Result<String> {
    let spec = find(name.trim_start_matches('.'))?;
    let mut out = format!(".{} {}\n  {}\n", spec.name, spec.usage, spec.summary);
    if !spec.aliases.is_empty() {
        out.push_str(&format!(
            "  also: {}\n",
            spec.aliases
                .iter()
                .map(|a| format!(".{a}"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    Ok(out)
}

fn none(words: &[Word], name: &str, command: DotCommand) -> Result<DotCommand> {
    match words.first() {
        None => Ok(command),
        Some(w) => bail!(".{name} takes no argument, not {:?}", w.text),
    }
}

fn optional<'w>(words: &'w [Word], name: &str) -> Result<Option<&'w Word>> {
    match words {
        [] => Ok(None),
        [one] => Ok(Some(one)),
        [_, extra, ..] => bail!(
            ".{name} takes one argument at most, not {:?} too",
            extra.text
        ),
    }
}

fn parse_prefix(words: &[Word]) -> Result<DotCommand> {
    let (name, iri) = match words {
        [name, iri] => (
            name.text.trim_end_matches(':').to_string(),
            iri.text.as_str(),
        ),
        [joined] => match joined.text.split_once(":<") {
            Some((name, _)) => (name.to_string(), &joined.text[name.len() + 1..]),
            None => bail!("declare NAME: <IRI>"),
        },
        _ => bail!("declare NAME: <IRI>"),
    };
    let valid_name = name.chars().enumerate().all(|(i, c)| {
        c.is_alphabetic() || (i > 0 && (c.is_alphanumeric() || matches!(c, '_' | '-' | '.')))
    }) && !name.ends_with('.');
    if !valid_name {
        bail!("{name:?} is not a prefix name (letters and digits, then _ - .)");
    }
    let iri = iri
        .strip_prefix('<')
        .and_then(|i| i.strip_suffix('>'))
        .unwrap_or(iri);
    NamedNode::new(iri).map_err(|e| anyhow!("<{iri}> is not an IRI: {e}"))?;
    Ok(DotCommand::Prefix {
        name,
        iri: iri.to_string(),
    })
}

fn parse_export(words: &[Word]) -> Result<DotCommand> {
    let mut file = None;
    let mut graph = None;
    let mut force = false;
    let mut rest = words.iter();
    while let Some(word) = rest.next() {
        match word.text.as_str() {
            "--force" => force = true,
            "--graph" => match rest.next() {
                Some(iri) => graph = Some(unquoted(iri)),
                None => bail!("--graph needs an IRI or a prefixed name"),
            },
            flag if flag.starts_with("--") => bail!("unknown option {flag}"),
            _ if file.is_some() => bail!("one file at a time, not {:?} too", word.text),
            _ => file = Some(PathBuf::from(unquoted(word))),
        }
    }
    let Some(file) = file else {
        bail!("export to which file?");
    };
    Ok(DotCommand::Export { file, graph, force })
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::{COMMANDS, DotCommand, find, help, help_for, parse, split_words};
    use crate::cli::QueryFormat;

    #[test]
    fn every_command_of_the_table_parses_and_is_in_the_help() {
        let help = help();
        for spec in COMMANDS {
            assert!(help.contains(&format!(".{}", spec.name)), "{}", spec.name);
            assert!(help_for(spec.name).is_ok());
        }
        assert_eq!(parse(".help").unwrap(), DotCommand::Help(None));
        assert_eq!(
            parse(".help run").unwrap(),
            DotCommand::Help(Some("run".into()))
        );
        assert_eq!(parse(".prefixes").unwrap(), DotCommand::Prefixes);
        assert_eq!(parse(".stats").unwrap(), DotCommand::Stats);
        assert_eq!(parse(".graphs").unwrap(), DotCommand::Graphs);
        assert_eq!(parse(".queries").unwrap(), DotCommand::Queries);
        assert_eq!(parse(".quit").unwrap(), DotCommand::Quit);
        assert_eq!(parse(".exit").unwrap(), DotCommand::Quit);
    }

    #[test]
    fn arguments_are_checked() {
        assert_eq!(
            parse(".format CSV").unwrap(),
            DotCommand::Format(Some(QueryFormat::Csv))
        );
        assert_eq!(parse(".format").unwrap(), DotCommand::Format(None));
        assert!(
            parse(".format yaml")
                .unwrap_err()
                .to_string()
                .contains("unknown format")
        );
        assert_eq!(
            parse(".timing off").unwrap(),
            DotCommand::Timing(Some(false))
        );
        assert!(parse(".timing maybe").is_err());
        assert_eq!(
            parse(".limit 20").unwrap(),
            DotCommand::Limit(Some(Some(20)))
        );
        assert_eq!(parse(".limit off").unwrap(), DotCommand::Limit(Some(None)));
        assert!(parse(".limit -3").is_err());
        assert!(parse(".stats now").is_err());
        assert!(parse(".schema a b").is_err());
        assert_eq!(
            parse(".explain analyze").unwrap(),
            DotCommand::Explain { analyze: true }
        );
    }

    #[test]
    fn run_binds_parameters_with_quoted_values() {
        let DotCommand::Run { file, params } =
            parse(".run actor actor=ent:country/CAN name=\"Mark Carney\"").unwrap()
        else {
            panic!("a run command");
        };
        assert_eq!(file, "actor");
        assert_eq!(params.len(), 2);
        assert_eq!(params[1].variable.as_str(), "name");
        assert!(parse(".run").is_err());
        let error = parse(".run actor oops").unwrap_err().to_string();
        assert!(
            error.contains("NAME=VALUE") && error.contains("usage: .run"),
            "{error}"
        );
    }

    #[test]
    fn prefix_save_and_export_take_their_forms() {
        let expected = DotCommand::Prefix {
            name: "ex".into(),
            iri: "http://example.org/".into(),
        };
        assert_eq!(
            parse(".prefix ex: <http://example.org/>").unwrap(),
            expected
        );
        assert_eq!(parse(".prefix ex <http://example.org/>").unwrap(), expected);
        assert_eq!(parse(".prefix ex:<http://example.org/>").unwrap(), expected);
        assert!(parse(".prefix 1x: <http://example.org/>").is_err());
        assert!(parse(".prefix ex: <not an iri>").is_err());
        assert_eq!(
            parse(".save visits Who visited whom --force").unwrap(),
            DotCommand::Save {
                name: "visits".into(),
                description: Some("Who visited whom".into()),
                force: true
            }
        );
        assert!(parse(".save ../escape").is_err());
        assert_eq!(
            parse(".export 'my file.ttl' --graph ent:graph/ontology").unwrap(),
            DotCommand::Export {
                file: PathBuf::from("my file.ttl"),
                graph: Some("ent:graph/ontology".into()),
                force: false
            }
        );
        assert!(parse(".export").is_err());
        assert!(parse(".export a.ttl --graph").is_err());
        assert!(parse(".ingest").is_err());
    }

    #[test]
    fn names_resolve_by_unique_prefix() {
        assert_eq!(find("sch").unwrap().name, "schema");
        assert_eq!(find("EXPL").unwrap().name, "explain");
        let ambiguous = find("q").unwrap_err().to_string();
        assert!(ambiguous.contains(".queries") && ambiguous.contains(".quit"));
        assert!(find("nope").is_err());
        assert!(parse("..").is_err());
        assert!(parse(".").is_err());
    }

    #[test]
    fn words_keep_quotes_and_offsets() {
        let words = split_words(".run q  a=\"x y\" 'b c");
        let texts: Vec<&str> = words.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(texts, [".run", "q", "a=\"x y\"", "'b c"]);
        assert_eq!(words[2].start, 8);
    }
}
