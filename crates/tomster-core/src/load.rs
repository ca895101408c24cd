//! Turns the bytes of a strategy file into a resolved [`Strategy`], or into precise errors.
//!
//! Every error names a line and a column and says what was expected: bad UTF-8, an empty or
//! oversized file, TOML syntax, an unknown field, a wrong type, an impossible date, a value
//! out of range, a duplicate or unknown id. Nothing here panics on any input (a property test
//! feeds it mutated and random files).

use std::ops::Range;

use crate::model::StrategyDocument;
use crate::source_map::{LineIndex, Location, SourceMap};
use crate::strategy::Strategy;

/// The largest strategy file accepted. A real strategy is a few kilobytes; the limit keeps a
/// wrong file (a video, a database dump) from being read whole.
pub const MAX_SOURCE_BYTES: usize = 8 * 1024 * 1024;

/// A problem that stops a file from loading, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    pub message: String,
    pub location: Location,
    /// The document path concerned, when the error is about a value.
    pub path: Option<String>,
}

/// A strategy and the text it was read from, to point diagnostics at their lines.
#[derive(Clone, Debug)]
pub struct LoadedStrategy {
    pub strategy: Strategy,
    pub text: String,
    pub source_map: SourceMap,
    pub line_index: LineIndex,
}

impl LoadedStrategy {
    /// Where a document path was written, or the first line when it cannot be found.
    pub fn location(&self, path: &str) -> Location {
        self.source_map
            .span(path)
            .map(|span| self.line_index.location(&self.text, span.start))
            .unwrap_or(Location { line: 1, column: 1 })
    }
}

fn start_of_file() -> Location {
    Location { line: 1, column: 1 }
}

/// Reads raw bytes: checks size and encoding, then loads the TOML text.
pub fn from_toml_bytes(bytes: &[u8]) -> Result<LoadedStrategy, Vec<LoadError>> {
    if bytes.len() > MAX_SOURCE_BYTES {
        return Err(vec![LoadError {
            message: format!(
                "the file is {} bytes long, more than the {} MiB a strategy may take: is it the right file?",
                bytes.len(),
                MAX_SOURCE_BYTES / (1024 * 1024)
            ),
            location: start_of_file(),
            path: None,
        }]);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => from_toml_str(text),
        Err(error) => {
            let valid = &bytes[..error.valid_up_to()];
            // The valid prefix is UTF-8 by definition, so this conversion cannot fail.
            let prefix = std::str::from_utf8(valid).unwrap_or("");
            let location = LineIndex::new(prefix).location(prefix, prefix.len());
            Err(vec![LoadError {
                message: format!(
                    "the file is not UTF-8 text: byte 0x{:02X} cannot start a character; save the file as UTF-8",
                    bytes[error.valid_up_to()]
                ),
                location,
                path: None,
            }])
        }
    }
}

/// Loads a TOML text into a resolved strategy.
pub fn from_toml_str(text: &str) -> Result<LoadedStrategy, Vec<LoadError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let line_index = LineIndex::new(text);
    if text.trim().is_empty() {
        return Err(vec![LoadError {
            message: "the file is empty: a strategy needs at least a [strategy] table with `name`, `start` and `end` (try `tomster init`)".to_owned(),
            location: start_of_file(),
            path: None,
        }]);
    }
    let document: StrategyDocument = match toml::from_str(text) {
        Ok(document) => document,
        Err(error) => {
            let location = error
                .span()
                .map(|span: Range<usize>| line_index.location(text, span.start))
                .unwrap_or_else(start_of_file);
            return Err(vec![LoadError {
                message: decoder_message(error.message()),
                location,
                path: None,
            }]);
        }
    };
    let source_map = SourceMap::from_toml(text);
    match Strategy::resolve(document) {
        Ok(strategy) => Ok(LoadedStrategy {
            strategy,
            text: text.to_owned(),
            source_map,
            line_index,
        }),
        Err(reference_errors) => Err(reference_errors
            .into_iter()
            .map(|error| {
                let location = source_map
                    .span(&error.path)
                    .map(|span| line_index.location(text, span.start))
                    .unwrap_or_else(start_of_file);
                LoadError {
                    message: error.message,
                    location,
                    path: Some(error.path),
                }
            })
            .collect()),
    }
}

/// Makes the decoder's wording say what was expected where it can be more helpful.
fn decoder_message(message: &str) -> String {
    let message = message.trim();
    if message.starts_with("missing field `strategy`") {
        return "missing the [strategy] table: a strategy needs at least `name`, `start` and `end` in a [strategy] table".to_owned();
    }
    // Rust type names mean nothing to the people who write strategies.
    message
        .replace("expected u8", "expected a whole number from 0 to 255")
        .replace(
            "expected u32",
            "expected a whole number from 0 to 4294967295",
        )
        .replace("expected f64", "expected a number")
        .replace("expected a boolean", "expected true or false")
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = "[strategy]\nname = \"x\"\nstart = 2027-01-01\nend = 2027-12-31\n";

    fn first_error(text: &str) -> LoadError {
        from_toml_bytes(text.as_bytes()).unwrap_err().remove(0)
    }

    #[test]
    fn a_minimal_strategy_loads() {
        let loaded = from_toml_str(MINIMAL).unwrap();
        assert_eq!(loaded.strategy.strategy.name, "x");
        assert_eq!(loaded.strategy.period_days(), 365);
    }

    #[test]
    fn an_impossible_date_is_located() {
        let error = first_error("[strategy]\nname = \"x\"\nstart = 2027-02-30\nend = 2027-12-31\n");
        assert_eq!(error.location.line, 3, "{error:?}");
        assert!(
            error.message.contains("day between 01 and 28"),
            "{}",
            error.message
        );
    }

    #[test]
    fn an_unknown_field_is_named() {
        let error = first_error(&format!("{MINIMAL}colour = \"blue\"\n"));
        assert!(
            error.message.contains("unknown field `colour`"),
            "{}",
            error.message
        );
        assert_eq!(error.location.line, 5);
    }

    #[test]
    fn a_negative_budget_is_refused() {
        let error = first_error(&format!("{MINIMAL}[resources]\nbudget = -5\n"));
        assert!(error.message.contains("at least 0"), "{}", error.message);
        assert_eq!(
            error.location,
            Location {
                line: 6,
                column: 10
            }
        );
    }

    #[test]
    fn a_share_above_one_is_refused() {
        let error = first_error(&format!("{MINIMAL}[[pillars]]\nid = \"a\"\nshare = 1.5\n"));
        assert!(
            error.message.contains("between 0 and 1"),
            "{}",
            error.message
        );
        assert_eq!(error.location.line, 7);
    }

    #[test]
    fn an_unknown_reference_points_at_the_reference() {
        let text = format!(
            "{MINIMAL}[[personas]]\nid = \"a\"\n[[objectives]]\nid = \"o\"\npersonas = [\"a\", \"ghost\"]\n"
        );
        let error = first_error(&text);
        assert_eq!(error.path.as_deref(), Some("objectives[0].personas[1]"));
        assert_eq!(
            error.location,
            Location {
                line: 9,
                column: 18
            }
        );
        assert!(
            error.message.contains("unknown persona `ghost`"),
            "{}",
            error.message
        );
    }

    #[test]
    fn a_duplicate_id_is_an_error() {
        let text = format!("{MINIMAL}[[personas]]\nid = \"a\"\n[[personas]]\nid = \"a\"\n");
        let error = first_error(&text);
        assert_eq!(error.path.as_deref(), Some("personas[1].id"));
        assert_eq!(error.location.line, 8);
    }

    #[test]
    fn non_utf8_bytes_are_located() {
        let mut bytes = b"[strategy]\nname = \"caf".to_vec();
        bytes.push(0xE9);
        bytes.extend_from_slice(b"\"\n");
        let error = from_toml_bytes(&bytes).unwrap_err().remove(0);
        assert!(error.message.contains("not UTF-8"), "{}", error.message);
        assert_eq!(
            error.location,
            Location {
                line: 2,
                column: 12
            }
        );
    }

    #[test]
    fn an_empty_file_says_what_is_expected() {
        assert!(first_error("").message.contains("empty"));
        assert!(first_error("  \n\n").message.contains("[strategy]"));
    }

    #[test]
    fn an_oversized_file_is_refused_before_parsing() {
        let bytes = vec![b'#'; MAX_SOURCE_BYTES + 1];
        let error = from_toml_bytes(&bytes).unwrap_err().remove(0);
        assert!(error.message.contains("MiB"), "{}", error.message);
    }

    #[test]
    fn a_wrong_type_says_what_was_expected() {
        let error = first_error(&format!(
            "{MINIMAL}[[personas]]\nid = \"a\"\npriority = \"high\"\n"
        ));
        assert!(error.message.contains("expected"), "{}", error.message);
        assert_eq!(error.location.line, 7);
    }

    #[test]
    fn a_missing_strategy_table_is_explained() {
        let error = first_error("[[personas]]\nid = \"a\"\n");
        assert!(error.message.contains("[strategy]"), "{}", error.message);
    }
}
