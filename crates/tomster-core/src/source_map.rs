//! Where each part of a strategy was written: document paths mapped to lines and columns.
//!
//! Diagnostics and reference errors speak in document paths (`objectives[1].deadline`); this
//! map turns them into `line:column` of the TOML text, falling back to the closest written
//! ancestor when the path itself is absent (a missing deadline points at its objective).

use std::collections::HashMap;
use std::ops::Range;

use serde::Serialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// A place in a text, 1-based, counted in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

/// Converts byte offsets of one text into lines and columns.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(offset, _)| offset + 1));
        LineIndex { line_starts }
    }

    /// The line and column of a byte offset (clamped to the text).
    pub fn location(&self, text: &str, offset: usize) -> Location {
        let offset = offset.min(text.len());
        let line = self
            .line_starts
            .partition_point(|start| *start <= offset)
            .max(1);
        let line_start = self.line_starts[line - 1];
        let column = text
            .get(line_start..offset)
            .map(|prefix| prefix.chars().count())
            .unwrap_or(0)
            + 1;
        Location { line, column }
    }

    /// The byte offset of a location (clamped to the text): the inverse of `location`.
    pub fn offset(&self, text: &str, location: Location) -> usize {
        let line_start = self
            .line_starts
            .get(location.line.saturating_sub(1))
            .copied()
            .unwrap_or(text.len());
        let rest = text.get(line_start..).unwrap_or("");
        let within: usize = rest
            .chars()
            .take(location.column.saturating_sub(1))
            .map(char::len_utf8)
            .sum();
        (line_start + within).min(text.len())
    }

    /// The text of a 1-based line, without its line break.
    pub fn line_text<'t>(&self, text: &'t str, line: usize) -> &'t str {
        let Some(start) = line
            .checked_sub(1)
            .and_then(|index| self.line_starts.get(index))
        else {
            return "";
        };
        let end = self
            .line_starts
            .get(line)
            .map(|next| next - 1)
            .unwrap_or(text.len());
        text.get(*start..end.max(*start))
            .unwrap_or("")
            .trim_end_matches('\r')
    }
}

/// Document paths of a TOML text and the byte range where each was written.
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    spans: HashMap<String, Range<usize>>,
}

impl SourceMap {
    /// Indexes a TOML text; a text that does not parse gives an empty map.
    pub fn from_toml(text: &str) -> SourceMap {
        match DeTable::parse(text) {
            Ok(root) => SourceMap::from_table(root.get_ref()),
            Err(_) => SourceMap::default(),
        }
    }

    /// Indexes a TOML document already parsed with its spans.
    pub fn from_table(root: &DeTable<'_>) -> SourceMap {
        let mut map = SourceMap::default();
        map.add_table("", root);
        map
    }

    fn add_table(&mut self, prefix: &str, table: &DeTable<'_>) {
        for (key, value) in table {
            let path = if prefix.is_empty() {
                key.get_ref().to_string()
            } else {
                format!("{prefix}.{}", key.get_ref())
            };
            // A table's own span can be its whole body; the key is where a reader looks.
            let span = match value.get_ref() {
                DeValue::Table(_) => key.span(),
                _ => value.span(),
            };
            self.spans.insert(path.clone(), span);
            self.add_value(&path, value);
        }
    }

    fn add_value(&mut self, path: &str, value: &Spanned<DeValue<'_>>) {
        match value.get_ref() {
            DeValue::Table(table) => self.add_table(path, table),
            DeValue::Array(array) => {
                for (index, item) in array.iter().enumerate() {
                    let item_path = format!("{path}[{index}]");
                    self.spans.insert(item_path.clone(), item.span());
                    self.add_value(&item_path, item);
                }
            }
            _ => {}
        }
    }

    /// The innermost document path written at a byte offset: where a value that could not be
    /// read sits (the web editor puts such an error on its field).
    pub fn path_at(&self, offset: usize) -> Option<&str> {
        self.spans
            .iter()
            .filter(|(_, span)| span.start <= offset && offset < span.end.max(span.start + 1))
            .min_by_key(|(path, span)| (span.end - span.start, std::cmp::Reverse(path.len())))
            .map(|(path, _)| path.as_str())
    }

    /// The span of a path, or of its closest ancestor that was written.
    pub fn span(&self, path: &str) -> Option<Range<usize>> {
        let mut current = path;
        loop {
            if let Some(span) = self.spans.get(current) {
                return Some(span.clone());
            }
            current = parent_path(current)?;
        }
    }
}

/// `objectives[1].deadline` -> `objectives[1]` -> `objectives` -> none.
fn parent_path(path: &str) -> Option<&str> {
    let cut = path.rfind(['.', '['])?;
    Some(&path[..cut])
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "[strategy]\nname = \"x\"\n\n[[objectives]]\nid = \"a\"\n\n[[objectives]]\nid = \"b\"\npersonas = [\"p\", \"q\"]\n";

    fn location_of(path: &str) -> Location {
        let map = SourceMap::from_toml(TEXT);
        let span = map.span(path).unwrap();
        LineIndex::new(TEXT).location(TEXT, span.start)
    }

    #[test]
    fn paths_point_at_their_value() {
        assert_eq!(
            location_of("strategy.name"),
            Location { line: 2, column: 8 }
        );
        assert_eq!(
            location_of("objectives[1].id"),
            Location { line: 8, column: 6 }
        );
        assert_eq!(
            location_of("objectives[1].personas[1]"),
            Location {
                line: 9,
                column: 18
            }
        );
    }

    #[test]
    fn a_location_leads_back_to_the_path_written_there() {
        let map = SourceMap::from_toml(TEXT);
        let index = LineIndex::new(TEXT);
        for path in [
            "strategy.name",
            "objectives[1].id",
            "objectives[1].personas[1]",
        ] {
            let location = location_of(path);
            let offset = index.offset(TEXT, location);
            assert_eq!(map.path_at(offset), Some(path), "{location:?}");
        }
    }

    #[test]
    fn missing_paths_fall_back_to_their_closest_ancestor() {
        let fallback = location_of("objectives[1].deadline");
        assert!(fallback.line >= 7 && fallback.line <= 8, "{fallback:?}");
    }

    #[test]
    fn line_text_strips_the_line_break() {
        let index = LineIndex::new(TEXT);
        assert_eq!(index.line_text(TEXT, 2), "name = \"x\"");
        assert_eq!(index.line_text(TEXT, 99), "");
    }
}
