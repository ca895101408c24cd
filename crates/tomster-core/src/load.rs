//! Turns the bytes of a strategy file into a resolved [`Strategy`], or into precise errors.
//!
//! Every error names a line and a column and says what was expected: bad UTF-8, an empty or
//! oversized file, TOML syntax, an unknown field, a wrong type, an impossible date, a value
//! out of range, a duplicate or unknown id. Nothing here panics on any input (a property test
//! feeds it mutated and random files).

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::model::StrategyDocument;
use crate::source_map::{LineIndex, Location, SourceMap};
use crate::strategy::Strategy;

/// The version of the strategy file format this Tomster reads and writes (`schema_version`).
///
/// - 1: the first format; files without `schema_version` are of this version.
/// - 2: custom KPIs, relative targets, the `public` segment. Only additions: a version 1 file
///   is a valid version 2 file, so its migration changes nothing but the number.
///
/// A change that renames or reshapes a field raises the version and adds a step to
/// [`migrate`], so that stored strategies keep loading.
pub const SCHEMA_VERSION: u32 = 2;

/// Brings a document of an older format version to the current one.
fn migrate(mut document: StrategyDocument, from_version: u32) -> StrategyDocument {
    // Version 1 -> 2 only added fields: nothing to rewrite. Later steps go here, in order:
    // `if from_version < 3 { ... }`.
    let _ = from_version;
    document.schema_version = Some(SCHEMA_VERSION);
    document
}

/// At most this many misplaced characters are reported: one is enough to act on, a flood of
/// them (a binary file) would drown the message.
const MAX_CHARACTER_ERRORS: usize = 20;

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
    let parsed = DeTable::parse(text);
    let mut version = 1;
    if let Ok(root) = &parsed {
        version = match schema_version(root.get_ref(), text, &line_index) {
            Ok(version) => version,
            Err(error) => return Err(vec![error]),
        };
        let misplaced = control_characters(root.get_ref(), text, &line_index);
        if !misplaced.is_empty() {
            return Err(misplaced);
        }
    }
    let document: StrategyDocument = match toml::from_str(text) {
        Ok(document) => migrate(document, version),
        Err(error) => {
            let location = error
                .span()
                .map(|span: Range<usize>| line_index.location(text, span.start))
                .unwrap_or_else(start_of_file);
            let line = line_index.line_text(text, location.line);
            return Err(vec![LoadError {
                message: message_at(line, decoder_message(error.message())),
                location,
                path: None,
            }]);
        }
    };
    let source_map = parsed
        .map(|root| SourceMap::from_table(root.get_ref()))
        .unwrap_or_default();
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

/// The file's format version: 1 when it does not say, an error when it is newer than this
/// Tomster or not a version at all.
fn schema_version(
    root: &DeTable<'_>,
    text: &str,
    line_index: &LineIndex,
) -> Result<u32, LoadError> {
    let Some(value) = root.get("schema_version") else {
        return Ok(1);
    };
    let location = line_index.location(text, value.span().start);
    let error = |message: String| LoadError {
        message,
        location,
        path: Some("schema_version".to_owned()),
    };
    let version = match value.get_ref() {
        DeValue::Integer(integer) if integer.radix() == 10 => {
            integer.as_str().replace('_', "").parse::<u32>().ok()
        }
        _ => None,
    };
    match version {
        Some(version) if (1..=SCHEMA_VERSION).contains(&version) => Ok(version),
        Some(version) if version > SCHEMA_VERSION => Err(error(format!(
            "this file is written in version {version} of the strategy format, and this Tomster reads versions 1 to {SCHEMA_VERSION}: update Tomster to open it"
        ))),
        _ => Err(error(format!(
            "`schema_version` must be a whole number from 1 to {SCHEMA_VERSION} (the version of the strategy format)"
        ))),
    }
}

/// Whether a character has no place in a strategy's text: control characters other than tab
/// and line breaks (they break PDF and SVG output and can drive a terminal), and Unicode
/// noncharacters such as U+FFFF.
fn is_misplaced(character: char) -> bool {
    let code = u32::from(character);
    (character.is_control() && !matches!(character, '\t' | '\n' | '\r'))
        || (0xFDD0..=0xFDEF).contains(&code)
        || code & 0xFFFE == 0xFFFE
}

/// Every key and string value holding a misplaced character, located where it is written.
fn control_characters(root: &DeTable<'_>, text: &str, line_index: &LineIndex) -> Vec<LoadError> {
    let mut errors = Vec::new();
    let mut report = |found: &str, span: Range<usize>, path: &str| {
        if errors.len() >= MAX_CHARACTER_ERRORS {
            return;
        }
        if let Some(character) = found.chars().find(|character| is_misplaced(*character)) {
            errors.push(LoadError {
                message: format!(
                    "the text holds the invisible character U+{:04X}, which is not allowed (it breaks documents and terminals): delete it, or retype the text",
                    u32::from(character)
                ),
                location: line_index.location(text, span.start),
                path: Some(path.to_owned()),
            });
        }
    };
    walk_strings(root, "", &mut report);
    errors
}

/// Calls `visit` with every key and every string value of a table, with its span and path.
fn walk_strings(
    table: &DeTable<'_>,
    prefix: &str,
    visit: &mut dyn FnMut(&str, Range<usize>, &str),
) {
    for (key, value) in table {
        let path = if prefix.is_empty() {
            key.get_ref().to_string()
        } else {
            format!("{prefix}.{}", key.get_ref())
        };
        visit(key.get_ref(), key.span(), &path);
        walk_value(value, &path, visit);
    }
}

fn walk_value(
    value: &Spanned<DeValue<'_>>,
    path: &str,
    visit: &mut dyn FnMut(&str, Range<usize>, &str),
) {
    match value.get_ref() {
        DeValue::String(string) => visit(string, value.span(), path),
        DeValue::Table(table) => walk_strings(table, path, visit),
        DeValue::Array(array) => {
            for (index, item) in array.iter().enumerate() {
                walk_value(item, &format!("{path}[{index}]"), visit);
            }
        }
        _ => {}
    }
}

/// Makes the decoder's wording say what was expected where it can be more helpful: Rust type
/// names (`struct AgeRange`, `i128`, `a sequence`) mean nothing to the people who write
/// strategies, so they become what to write.
fn decoder_message(message: &str) -> String {
    let message = message.trim();
    if message.starts_with("missing field `strategy`") {
        return "missing the [strategy] table: a strategy needs at least `name`, `start` and `end` in a [strategy] table".to_owned();
    }
    let wrong_type = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "));
    if let Some((found, expected)) = wrong_type.and_then(|rest| rest.split_once(", expected ")) {
        return format!(
            "expected {}, found {}",
            expected_words(expected),
            found_words(found)
        );
    }
    message
        .replace("expected u8", "expected a whole number from 0 to 255")
        .replace(
            "expected u32",
            "expected a whole number from 0 to 4294967295",
        )
        .replace("expected f64", "expected a number")
        .replace("expected a boolean", "expected true or false")
}

/// What the decoder expected, in the words of the file.
fn expected_words(expected: &str) -> String {
    match expected {
        "struct AgeRange" => "an age range such as `{ min = 25, max = 40 }`".to_owned(),
        "struct StageMix" => {
            "a stage mix such as `{ awareness = 0.5, consideration = 0.3, decision = 0.2 }`"
                .to_owned()
        }
        "a sequence" => "a list in square brackets, such as `[\"first\", \"second\"]`".to_owned(),
        "a map" => "a table".to_owned(),
        "u8" => "a whole number from 0 to 255".to_owned(),
        "u32" => "a whole number from 0 to 4294967295".to_owned(),
        "f64" => "a number".to_owned(),
        "a boolean" => "true or false".to_owned(),
        other => match other.strip_prefix("struct ") {
            Some(_) => "a table of fields".to_owned(),
            None => other.to_owned(),
        },
    }
}

/// What the decoder found, in the words of the file (`integer `30` as i128` -> `the number 30`).
fn found_words(found: &str) -> String {
    let found = found
        .replace(" as i128", "")
        .replace(" as u128", "")
        .replace(" as i64", "")
        .replace(" as u64", "");
    for (prefix, words) in [
        ("integer ", "the number "),
        ("floating point ", "the number "),
        ("string ", "the text "),
        ("boolean ", ""),
    ] {
        if let Some(value) = found.strip_prefix(prefix) {
            return format!("{words}{}", value.trim_matches('`'));
        }
    }
    match found.as_str() {
        "map" => "a table".to_owned(),
        "sequence" => "a list".to_owned(),
        other => other.to_owned(),
    }
}

/// A better message for the few mistakes whose decoder message misleads, read from the line
/// the decoder points at.
fn message_at(line: &str, message: String) -> String {
    if line.trim_start().starts_with("[[strategy]]") {
        return "`[[strategy]]` makes a list of strategies: write `[strategy]`, with single brackets (a file holds one strategy)".to_owned();
    }
    message
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
    fn control_characters_are_refused_where_they_are_written() {
        // Regression: "Julie\u000c" loaded, then broke the PDF and wrote invalid SVG charts;
        // an escape sequence in a name drove the terminal.
        for escaped in ["\\u000c", "\\u0000", "\\uFFFF", "\\u001b[2J", "\\u009b"] {
            let text = format!("{MINIMAL}[[personas]]\nid = \"a\"\nname = \"Julie{escaped}\"\n");
            let error = first_error(&text);
            assert!(
                error.message.contains("invisible character"),
                "{escaped}: {error:?}"
            );
            assert_eq!(error.location, Location { line: 7, column: 8 }, "{escaped}");
            assert_eq!(error.path.as_deref(), Some("personas[0].name"));
        }
        // Tabs and line breaks are text.
        let text = format!("{MINIMAL}[[personas]]\nid = \"a\"\ngoals = [\"\"\"one\n\ttwo\"\"\"]\n");
        assert!(from_toml_str(&text).is_ok());
    }

    #[test]
    fn the_format_version_is_checked_and_older_files_are_migrated() {
        let current =
            from_toml_str(&format!("schema_version = {SCHEMA_VERSION}\n{MINIMAL}")).unwrap();
        assert_eq!(current.strategy.schema_version, Some(SCHEMA_VERSION));
        let older = from_toml_str(&format!("schema_version = 1\n{MINIMAL}")).unwrap();
        assert_eq!(older.strategy.schema_version, Some(SCHEMA_VERSION));
        let unversioned = from_toml_str(MINIMAL).unwrap();
        assert_eq!(unversioned.strategy.schema_version, Some(SCHEMA_VERSION));
        let newer = first_error(&format!("schema_version = 99\n{MINIMAL}"));
        assert!(
            newer.message.contains("update Tomster"),
            "{}",
            newer.message
        );
        assert_eq!(
            newer.location,
            Location {
                line: 1,
                column: 18
            }
        );
        let wrong = first_error(&format!("schema_version = \"2\"\n{MINIMAL}"));
        assert!(wrong.message.contains("whole number"), "{}", wrong.message);
    }

    #[test]
    fn messages_say_what_to_write_not_rust_type_names() {
        // Regression: "expected struct AgeRange", "as i128, expected i64", and `[[strategy]]`
        // answered "expected a string".
        let cases = [
            (
                "[[personas]]\nid = \"a\"\nage = 30\n",
                "expected an age range such as `{ min = 25, max = 40 }`, found the number 30",
            ),
            (
                "[[personas]]\nid = \"a\"\npriority = 99999999999999999999\n",
                "expected a whole number from 0 to 255, found the number 99999999999999999999",
            ),
            (
                "[[personas]]\nid = \"a\"\ngoals = \"be happy\"\n",
                "expected a list in square brackets",
            ),
            (
                "[[personas]]\nid = \"a\"\nstage_mix = \"half\"\n",
                "expected a stage mix such as",
            ),
            (
                "[[objectives]]\nid = \"a\"\nbaseline = \"high\"\n",
                "expected a number, found the text \"high\"",
            ),
        ];
        for (lines, expected) in cases {
            let error = first_error(&format!("{MINIMAL}{lines}"));
            assert!(
                error.message.starts_with(expected),
                "{lines}: {}",
                error.message
            );
            for rust in ["struct", "i128", "i64", "sequence", "map,"] {
                assert!(!error.message.contains(rust), "{}", error.message);
            }
        }
        let error = first_error("[[strategy]]\nname = \"x\"\n");
        assert!(
            error.message.contains("write `[strategy]`"),
            "{}",
            error.message
        );
    }

    #[test]
    fn a_missing_strategy_table_is_explained() {
        let error = first_error("[[personas]]\nid = \"a\"\n");
        assert!(error.message.contains("[strategy]"), "{}", error.message);
    }
}
