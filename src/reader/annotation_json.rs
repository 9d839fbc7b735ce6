//! Annotation files (`.json`): an annotation in the interchange format, read back as it
//! is; a parse error is a problem at the line serde reports.

use crate::annotation::Annotation;
use crate::reader::jsonl::describe_json_error;
use crate::reader::{Problem, problem};

/// Reads an annotation from a decoded `.json` file. An empty `source_path` is filled in
/// with `path`; any other is kept, as the annotation's own record of where it came from.
pub fn read_annotation(path: &str, text: &str) -> Result<Annotation, Problem> {
    let mut annotation: Annotation = serde_json::from_str(text).map_err(|error| {
        let line = (error.line() > 0).then_some(error.line());
        let message = format!(
            "invalid annotation: {} at column {}",
            describe_json_error(&error),
            error.column()
        );
        problem(path, line, message)
    })?;
    if annotation.document.source_path.trim().is_empty() {
        annotation.document.source_path = path.to_string();
    }
    Ok(annotation)
}

#[cfg(test)]
mod tests {
    use super::read_annotation;

    const MINIMAL: &str = r#"{
  "document": {"title": "Envoys meet", "source_path": "", "text": "They met."},
  "events": [{"class": "Meeting", "label": "Envoys meet", "status": "Occurred"}]
}"#;

    #[test]
    fn a_minimal_annotation_is_read_and_its_empty_source_path_filled() {
        let annotation = read_annotation("envoys.json", MINIMAL).unwrap();
        assert_eq!(annotation.document.title, "Envoys meet");
        assert_eq!(annotation.document.source_path, "envoys.json");
        assert_eq!(annotation.events.len(), 1);
        assert!(annotation.entities.is_empty());
    }

    #[test]
    fn parse_errors_name_the_line() {
        let broken = MINIMAL.replace("\"status\": \"Occurred\"", "\"status\": \"Maybe\"");
        let problem = read_annotation("envoys.json", &broken).unwrap_err();
        assert_eq!(problem.line, Some(3));
        assert!(
            problem
                .message
                .starts_with("invalid annotation: unknown variant `Maybe`"),
            "{}",
            problem.message
        );
        let problem =
            read_annotation("envoys.json", "{\n  \"document\": {\"title\": \"T\"}\n}").unwrap_err();
        assert_eq!(problem.line, Some(2));
        assert!(
            problem.message.contains("missing field `source_path`"),
            "{}",
            problem.message
        );
        let problem = read_annotation("envoys.json", "{\n\"document\": ").unwrap_err();
        assert_eq!(problem.line, Some(2));
        assert!(
            problem
                .message
                .starts_with("invalid annotation: end of input"),
            "{}",
            problem.message
        );
    }
}
