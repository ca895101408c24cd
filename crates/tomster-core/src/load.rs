//! Turns the bytes of a strategy file into a resolved [`Strategy`], or into precise errors.
//!
//! Every error names a line and a column and says what was expected: bad UTF-8, an empty or
//! oversized file, TOML syntax, an unknown field, a wrong type, an impossible date, a value
//! out of range, a duplicate or unknown id. Nothing here panics on any input (a property test
//! feeds it mutated and random files).

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::i18n::Coded;
use crate::model::{Language, StrategyDocument};
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
    /// The message in English.
    pub message: String,
    /// The message, to write in the reader's language.
    pub coded: Coded,
    pub location: Location,
    /// The document path concerned, when the error is about a value.
    pub path: Option<String>,
}

impl LoadError {
    fn new(coded: Coded, location: Location, path: Option<String>) -> LoadError {
        LoadError {
            message: coded.text(Language::English),
            coded,
            location,
            path,
        }
    }

    /// The message in a language.
    pub fn text(&self, language: Language) -> String {
        self.coded.text(language)
    }
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

/// The error of a text over [`MAX_SOURCE_BYTES`].
fn too_large(bytes: usize) -> Vec<LoadError> {
    vec![LoadError::new(
        Coded::new(
            "load-too-large",
            &[
                ("bytes", bytes.to_string()),
                ("limit", (MAX_SOURCE_BYTES / (1024 * 1024)).to_string()),
            ],
        ),
        start_of_file(),
        None,
    )]
}

/// Reads raw bytes: checks size and encoding, then loads the TOML text.
pub fn from_toml_bytes(bytes: &[u8]) -> Result<LoadedStrategy, Vec<LoadError>> {
    from_toml_str(text_of_bytes(bytes)?)
}

/// The text of a file's bytes, when they are within the size limit and UTF-8 (what
/// [`from_toml_bytes`] checks before it parses anything), so that a caller can load the text
/// later, elsewhere.
pub fn text_of_bytes(bytes: &[u8]) -> Result<&str, Vec<LoadError>> {
    if bytes.len() > MAX_SOURCE_BYTES {
        return Err(too_large(bytes.len()));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(error) => {
            let valid = &bytes[..error.valid_up_to()];
            // The valid prefix is UTF-8 by definition, so this conversion cannot fail.
            let prefix = std::str::from_utf8(valid).unwrap_or("");
            let location = LineIndex::new(prefix).location(prefix, prefix.len());
            Err(vec![LoadError::new(
                Coded::new(
                    "load-not-utf8",
                    &[("byte", format!("0x{:02X}", bytes[error.valid_up_to()]))],
                ),
                location,
                None,
            )])
        }
    }
}

/// Loads a TOML text into a resolved strategy.
///
/// The size limit holds here too, so that every way a text comes in (a file, a form, the API)
/// takes the same limit.
pub fn from_toml_str(text: &str) -> Result<LoadedStrategy, Vec<LoadError>> {
    if text.len() > MAX_SOURCE_BYTES {
        return Err(too_large(text.len()));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let line_index = LineIndex::new(text);
    if text.trim().is_empty() {
        return Err(vec![LoadError::new(
            Coded::new("load-empty", &[]),
            start_of_file(),
            None,
        )]);
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
            return Err(vec![LoadError::new(
                message_at(line, decoder_message(error.message())),
                location,
                None,
            )]);
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
                LoadError::new(error.coded, location, Some(error.path))
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
    let error = |coded: Coded| LoadError::new(coded, location, Some("schema_version".to_owned()));
    let version = match value.get_ref() {
        DeValue::Integer(integer) if integer.radix() == 10 => {
            integer.as_str().replace('_', "").parse::<u32>().ok()
        }
        _ => None,
    };
    match version {
        Some(version) if (1..=SCHEMA_VERSION).contains(&version) => Ok(version),
        Some(version) if version > SCHEMA_VERSION => Err(error(Coded::new(
            "load-schema-newer",
            &[
                ("version", version.to_string()),
                ("latest", SCHEMA_VERSION.to_string()),
            ],
        ))),
        _ => Err(error(Coded::new(
            "load-schema-invalid",
            &[("latest", SCHEMA_VERSION.to_string())],
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
            errors.push(LoadError::new(
                Coded::new(
                    "load-control-character",
                    &[("code", format!("U+{:04X}", u32::from(character)))],
                ),
                line_index.location(text, span.start),
                Some(path.to_owned()),
            ));
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

/// The decoder's message as a message to write in the reader's language: our value types'
/// own refusals as they are, the decoder's in words of the file (Rust type names such as
/// `struct AgeRange`, `i128` or `a sequence` mean nothing to the people who write strategies).
fn decoder_message(message: &str) -> Coded {
    let message = message.trim();
    if let Some(coded) = Coded::decode(message) {
        return coded;
    }
    if message.starts_with("missing field `strategy`") {
        return Coded::new("load-missing-strategy", &[]);
    }
    let wrong_type = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "));
    if let Some((found, expected)) = wrong_type.and_then(|rest| rest.split_once(", expected ")) {
        return wrong_type_message(found, expected);
    }
    if let Some(rest) = message.strip_prefix("unknown field `")
        && let Some((field, expected)) = rest.split_once("`, ")
    {
        let expected = expected
            .strip_prefix("expected one of ")
            .or_else(|| expected.strip_prefix("expected "))
            .unwrap_or("—");
        return Coded::new(
            "load-unknown-field",
            &[
                ("field", field.to_owned()),
                ("expected", expected.to_owned()),
            ],
        );
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let field = rest.trim_end_matches('`');
        return Coded::new("load-missing-field", &[("field", field.to_owned())]);
    }
    if let Some(rest) = message.strip_prefix("unknown variant `")
        && let Some((value, expected)) = rest.split_once("`, ")
    {
        let expected = expected
            .strip_prefix("expected one of ")
            .or_else(|| expected.strip_prefix("expected "))
            .unwrap_or(expected);
        return Coded::new(
            "load-unknown-variant",
            &[
                ("value", value.to_owned()),
                ("expected", expected.to_owned()),
            ],
        );
    }
    if message.starts_with("duplicate key") {
        return Coded::new("load-duplicate-key", &[]);
    }
    Coded::new("load-toml", &[("detail", message.to_owned())])
}

/// What the decoder expected, as a key of the catalogue when it names a type of ours.
fn expected_argument(expected: &str) -> String {
    let key = match expected {
        "struct AgeRange" => "expected-age-range",
        "struct StageMix" => "expected-stage-mix",
        "a sequence" => "expected-list",
        "a map" => "expected-table",
        "u8" => "expected-u8",
        "u32" => "expected-u32",
        "i64" => "expected-whole-number",
        "f64" => "expected-number",
        "a boolean" => "expected-boolean",
        "a string" => "expected-text",
        other if other.starts_with("struct ") => "expected-table",
        other => return other.to_owned(),
    };
    Coded::key_argument(key)
}

/// "expected X, found Y" with what was found in words of the file.
fn wrong_type_message(found: &str, expected: &str) -> Coded {
    let expected = expected_argument(expected);
    let found = found
        .replace(" as i128", "")
        .replace(" as u128", "")
        .replace(" as i64", "")
        .replace(" as u64", "");
    for (prefix, key) in [
        ("integer ", "load-wrong-type-number"),
        ("floating point ", "load-wrong-type-number"),
        ("string ", "load-wrong-type-text"),
        ("boolean ", "load-wrong-type-text"),
    ] {
        if let Some(value) = found.strip_prefix(prefix) {
            return Coded::new(
                key,
                &[
                    ("expected", expected),
                    ("value", value.trim_matches('`').to_owned()),
                ],
            );
        }
    }
    let key = match found.as_str() {
        "map" => "load-wrong-type-table",
        "sequence" => "load-wrong-type-list",
        _ => "load-wrong-type-other",
    };
    Coded::new(key, &[("expected", expected), ("found", found)])
}

/// A better message for the few mistakes whose decoder message misleads, read from the line
/// the decoder points at.
fn message_at(line: &str, message: Coded) -> Coded {
    if line.trim_start().starts_with("[[strategy]]") {
        return Coded::new("load-strategy-list", &[]);
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
        // A text that came by another way (a form, the API) takes the same limit.
        let text = String::from_utf8(bytes).unwrap();
        let error = from_toml_str(&text).unwrap_err().remove(0);
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
