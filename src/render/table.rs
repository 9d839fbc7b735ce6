//! Aligned text tables of query solutions, fitted to the terminal width.

use oxigraph::model::Term;
use oxigraph::model::vocab::{rdf, xsd};

use crate::vocab::{PREFIXES, shorten};

/// Renders a term for reading: IRIs shortened with the known prefixes, literals plainly
/// (language tag and datatype shown only where they matter).
pub fn display_term(term: &Term) -> String {
    match term {
        Term::NamedNode(node) => shorten(node.as_str(), PREFIXES.iter().copied())
            .unwrap_or_else(|| format!("<{}>", node.as_str())),
        Term::BlankNode(node) => format!("_:{}", node.as_str()),
        Term::Literal(literal) => {
            if let Some(language) = literal.language() {
                return format!("{}@{language}", literal.value());
            }
            let datatype = literal.datatype();
            let plain = [
                xsd::STRING,
                xsd::INTEGER,
                xsd::DECIMAL,
                xsd::DOUBLE,
                xsd::BOOLEAN,
                xsd::DATE,
                xsd::DATE_TIME,
                xsd::G_YEAR,
                xsd::G_YEAR_MONTH,
                rdf::LANG_STRING,
            ];
            if plain.contains(&datatype) {
                literal.value().to_string()
            } else {
                let short = shorten(datatype.as_str(), PREFIXES.iter().copied())
                    .unwrap_or_else(|| format!("<{}>", datatype.as_str()));
                format!("{}^^{short}", literal.value())
            }
        }
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

/// Lays out rows under a header, each column as wide as its widest cell, shrinking the
/// widest columns (cells cut with `…`) until the table fits in `max_width` characters.
pub fn render(header: &[String], rows: &[Vec<String>], max_width: Option<usize>) -> String {
    let columns = header.len();
    let clean = |s: &str| s.replace(['\n', '\r', '\t'], " ");
    let header: Vec<String> = header.iter().map(|h| clean(h)).collect();
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| clean(c)).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (i, cell) in row.iter().enumerate().take(columns) {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    if let Some(max_width) = max_width {
        // Borders and padding take 3 characters a column plus one.
        let budget = max_width.saturating_sub(3 * columns + 1);
        while widths.iter().sum::<usize>() > budget {
            let Some((widest, &width)) = widths.iter().enumerate().max_by_key(|(_, w)| **w) else {
                break;
            };
            if width <= 8 {
                break;
            }
            widths[widest] = width - 1;
        }
    }
    let mut out = String::new();
    let rule = |out: &mut String| {
        out.push('+');
        for w in &widths {
            out.push_str(&"-".repeat(w + 2));
            out.push('+');
        }
        out.push('\n');
    };
    let line = |out: &mut String, cells: &[String]| {
        out.push('|');
        for (i, w) in widths.iter().enumerate() {
            let cell = cells.get(i).map(String::as_str).unwrap_or("");
            let fitted = fit(cell, *w);
            let pad = w - fitted.chars().count();
            out.push(' ');
            out.push_str(&fitted);
            out.push_str(&" ".repeat(pad + 1));
            out.push('|');
        }
        out.push('\n');
    };
    rule(&mut out);
    line(&mut out, &header);
    rule(&mut out);
    for row in &rows {
        line(&mut out, row);
    }
    rule(&mut out);
    out
}

/// `cell` cut to `width` characters, ending in `…` when cut.
fn fit(cell: &str, width: usize) -> String {
    if cell.chars().count() <= width {
        return cell.to_string();
    }
    let mut out: String = cell.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// The width of the terminal on standard output, if it is one.
pub fn terminal_width() -> Option<usize> {
    terminal_size::terminal_size().map(|(terminal_size::Width(w), _)| usize::from(w))
}

#[cfg(test)]
mod tests {
    use oxigraph::model::{Literal, NamedNode, Term};

    use super::{display_term, render};

    #[test]
    fn terms_read_plainly() {
        let iri = Term::NamedNode(NamedNode::new_unchecked(
            "https://w3id.org/entente/id/country/CAN",
        ));
        assert_eq!(display_term(&iri), "ent:country/CAN");
        let other = Term::NamedNode(NamedNode::new_unchecked("http://example.org/x"));
        assert_eq!(display_term(&other), "<http://example.org/x>");
        assert_eq!(display_term(&Term::Literal(Literal::from(2024))), "2024");
        assert_eq!(
            display_term(&Term::Literal(
                Literal::new_language_tagged_literal_unchecked("Chine", "fr")
            )),
            "Chine@fr"
        );
        let custom =
            Literal::new_typed_literal("x", NamedNode::new_unchecked("http://example.org/dt"));
        assert_eq!(
            display_term(&Term::Literal(custom)),
            "x^^<http://example.org/dt>"
        );
    }

    #[test]
    fn tables_align_and_fit_the_width() {
        let header = vec!["who".to_string(), "what".to_string()];
        let rows = vec![vec![
            "Canada".to_string(),
            "a very long description that will not fit".to_string(),
        ]];
        let wide = render(&header, &rows, None);
        assert!(
            wide.contains("| Canada | a very long description that will not fit |"),
            "{wide}"
        );
        let narrow = render(&header, &rows, Some(30));
        assert!(narrow.lines().all(|l| l.chars().count() <= 30), "{narrow}");
        assert!(narrow.contains('…'), "{narrow}");
    }
}
