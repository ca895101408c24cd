//! The differences between two versions of a strategy, written in words.
//!
//! The web application keeps every save of a strategy as a version and shows what changed
//! between any two of them: "Objective `rdv`: target 30 → 40; persona `julie` added". `diff`
//! walks the two documents as TOML trees and gives language-free `Change`s (a path and what
//! happened there, values already written as text); `Change::text` and `summary` write them in
//! a language through the Fluent catalogues (`diff-*` messages).
//!
//! Tables are compared key by key (the top-level sections in the order of the file format,
//! fields in alphabetical order). Lists of tables are matched by `id`, or by the list's natural
//! key (an always-on presence by its `platform`, a tool or a team member by its `name`...) when
//! it is unique on both sides, and an entry whose place among the entries kept changed is
//! reported as moved; else the unchanged entries are matched and the others paired by
//! position. A list of plain values (`channels = ["instagram", "facebook"]`) changes as a
//! whole. Field names stay as they are written in the file. The same two documents always give
//! the same changes, in the same order.

use std::collections::{BTreeSet, HashMap, HashSet};

use toml::{Table, Value};

use crate::i18n;
use crate::model::{Language, StrategyDocument};

/// One step of the path to a change.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// A top-level table: `strategy`, `resources`, `assumptions`.
    Section(String),
    /// An entry of a list of tables, known by its id or natural key (`personas`, `julie`).
    Item { list: String, id: String },
    /// An entry of a list of tables without a usable key, by its position from 0 (written
    /// from 1): in the old list for a removed entry, else in the new one.
    Index { list: String, index: usize },
    /// A field of a table, as written in the file.
    Field(String),
}

/// What happened at a path. Values are written for people (see `diff`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ChangeKind {
    /// A list entry or a field that only the new version has. For a list entry, the value is
    /// its name (or id) when it has one that its path does not show already, else empty.
    Added { value: String },
    /// A list entry or a field that only the old version has (value as for `Added`).
    Removed { value: String },
    /// A value written differently in the two versions.
    Changed { old: String, new: String },
    /// A list entry that changed places among the entries of both versions: its positions
    /// from 0 in the old and the new list (written from 1).
    Moved { from: usize, to: usize },
}

/// One difference between two versions of a strategy.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Change {
    pub path: Vec<Step>,
    pub kind: ChangeKind,
}

/// The top-level sections in the order of the file format; a section the list does not know
/// comes after them, in alphabetical order.
const SECTION_ORDER: &[&str] = &[
    "schema_version",
    "strategy",
    "personas",
    "objectives",
    "pillars",
    "messages",
    "always_on",
    "operations",
    "platforms",
    "tools",
    "kpis",
    "custom_kpis",
    "custom_networks",
    "resources",
    "assumptions",
];

/// The field that names an entry of a list that has no `id`; used to match entries when it is
/// unique on both sides.
const NATURAL_KEYS: &[(&str, &str)] = &[
    ("always_on", "platform"),
    ("tools", "name"),
    ("team", "name"),
    ("outsourcing", "provider"),
    ("training", "topic"),
    ("milestones", "name"),
];

/// The longest value written in full, in characters; longer ones are shortened with `…`.
const LONGEST_VALUE: usize = 80;

/// The differences from `old` to `new`, in a stable order: sections in the order of the file
/// format, then within each table its fields in alphabetical order; within a list matched by
/// key, its old entries in their order (moved, changed or removed) and then the new ones;
/// within a list matched by position, its entries in order.
///
/// Values are written as in the file, for people: text as it is (on one line, `""` when
/// empty), numbers without a trailing `.0`, dates as `2027-01-01`, a list of values joined by
/// commas; text longer than 80 characters is shortened with `…` around its first difference.
pub fn diff(old: &StrategyDocument, new: &StrategyDocument) -> Vec<Change> {
    let old = as_table(old);
    let new = as_table(new);
    let keys: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    let mut keys: Vec<&String> = keys.into_iter().collect();
    keys.sort_by_key(|key| {
        SECTION_ORDER
            .iter()
            .position(|known| *known == key.as_str())
            .unwrap_or(SECTION_ORDER.len())
    });
    let mut changes = Vec::new();
    for key in keys {
        compare_entry(&[], key, old.get(key), new.get(key), &mut changes);
    }
    changes
}

/// The changes written in a language and joined by semicolons, for a version history: "no
/// change" when there is none.
pub fn summary(changes: &[Change], language: Language) -> String {
    if changes.is_empty() {
        return i18n::capitalised(&i18n::text(language, "diff-no-change", &[]));
    }
    let separator = i18n::text(language, "diff-separator", &[]);
    let sentences: Vec<String> = changes
        .iter()
        .map(|change| change.sentence(language))
        .collect();
    i18n::capitalised(&sentences.join(&separator))
}

impl Change {
    /// The change written in a language, as a sentence: "Objective `rdv`: target 30 → 40",
    /// "Ajout : persona `julie`".
    pub fn text(&self, language: Language) -> String {
        i18n::capitalised(&self.sentence(language))
    }

    /// The change written in a language, starting in lower case so that it can follow another.
    fn sentence(&self, language: Language) -> String {
        let (subject, field) = self.subject_and_field(language);
        let mut arguments = vec![("subject", subject)];
        let key = match (&self.kind, field) {
            (ChangeKind::Added { value }, None) if value.is_empty() => "diff-added",
            (ChangeKind::Added { value }, None) => {
                arguments.push(("value", value.clone()));
                "diff-added-named"
            }
            (ChangeKind::Removed { value }, None) if value.is_empty() => "diff-removed",
            (ChangeKind::Removed { value }, None) => {
                arguments.push(("value", value.clone()));
                "diff-removed-named"
            }
            (ChangeKind::Added { value }, Some(field)) => {
                arguments.push(("field", field));
                arguments.push(("value", value.clone()));
                "diff-field-added"
            }
            (ChangeKind::Removed { value }, Some(field)) => {
                arguments.push(("field", field));
                arguments.push(("value", value.clone()));
                "diff-field-removed"
            }
            (ChangeKind::Changed { old, new }, Some(field)) => {
                arguments.push(("field", field));
                arguments.push(("old", old.clone()));
                arguments.push(("new", new.clone()));
                "diff-field-changed"
            }
            (ChangeKind::Changed { old, new }, None) => {
                arguments.push(("old", old.clone()));
                arguments.push(("new", new.clone()));
                "diff-changed"
            }
            (ChangeKind::Moved { from, to }, _) => {
                arguments.push(("from", (from + 1).to_string()));
                arguments.push(("to", (to + 1).to_string()));
                "diff-moved"
            }
        };
        i18n::text(language, key, &arguments)
    }

    /// What the change is about (the last list entry of its path, else its section, else the
    /// document) and the fields below it, joined by dots (none for the entry itself).
    fn subject_and_field(&self, language: Language) -> (String, Option<String>) {
        let entry = self
            .path
            .iter()
            .rposition(|step| matches!(step, Step::Item { .. } | Step::Index { .. }));
        let (subject, rest) = match entry {
            Some(position) => {
                let subject = match &self.path[position] {
                    Step::Item { list, id } => i18n::text(
                        language,
                        "diff-subject-item",
                        &[("noun", list_noun(language, list)), ("id", id.clone())],
                    ),
                    Step::Index { list, index } => i18n::text(
                        language,
                        "diff-subject-index",
                        &[
                            ("noun", list_noun(language, list)),
                            ("index", (index + 1).to_string()),
                        ],
                    ),
                    Step::Section(name) | Step::Field(name) => name.clone(),
                };
                (subject, &self.path[position + 1..])
            }
            None => match self.path.first() {
                Some(Step::Section(section)) => (section_noun(language, section), &self.path[1..]),
                _ => (i18n::text(language, "diff-document", &[]), &self.path[..]),
            },
        };
        let fields: Vec<&str> = rest
            .iter()
            .map(|step| match step {
                Step::Section(name) | Step::Field(name) => name.as_str(),
                Step::Item { id, .. } => id.as_str(),
                Step::Index { list, .. } => list.as_str(),
            })
            .collect();
        let field = (!fields.is_empty()).then(|| fields.join("."));
        (subject, field)
    }
}

/// The singular noun of a list's entries (`diff-list-personas`: "persona"), or the list's
/// name when the catalogues do not know it.
fn list_noun(language: Language, list: &str) -> String {
    let key = format!("diff-list-{list}");
    if i18n::has_key(&key) {
        i18n::text(language, &key, &[])
    } else {
        list.to_owned()
    }
}

/// The name of a top-level section (`diff-section-strategy`: "strategy"), or the section as
/// written when the catalogues do not know it.
fn section_noun(language: Language, section: &str) -> String {
    let key = format!("diff-section-{section}");
    if i18n::has_key(&key) {
        i18n::text(language, &key, &[])
    } else {
        section.to_owned()
    }
}

/// The document as a TOML table, as it would be saved.
fn as_table(document: &StrategyDocument) -> Table {
    // Every part of the document is made of tables with text keys, lists and plain values,
    // which TOML holds: a test converts every example. Should a future field not convert, the
    // version reads as empty rather than stopping the page that shows the differences.
    match Value::try_from(document) {
        Ok(Value::Table(table)) => table,
        _ => Table::new(),
    }
}

/// The shape of a value, to choose how two versions of it are compared.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Absent, or an empty list: compared as nothing.
    Nothing,
    Table,
    /// A non-empty list whose entries are all tables.
    Tables,
    /// A value, or a list of values, written as a whole.
    Plain,
}

fn shape(value: Option<&Value>) -> Shape {
    match value {
        None => Shape::Nothing,
        Some(Value::Table(_)) => Shape::Table,
        Some(Value::Array(items)) if items.is_empty() => Shape::Nothing,
        Some(Value::Array(items)) if items.iter().all(Value::is_table) => Shape::Tables,
        Some(_) => Shape::Plain,
    }
}

/// The step to a table under a key: a section at the top of the document, else a field.
fn key_step(path: &[Step], key: &str) -> Step {
    if path.is_empty() {
        Step::Section(key.to_owned())
    } else {
        Step::Field(key.to_owned())
    }
}

fn with(path: &[Step], step: Step) -> Vec<Step> {
    let mut path = path.to_vec();
    path.push(step);
    path
}

/// Compares the two versions of the entry `key` of the table at `path`.
fn compare_entry(
    path: &[Step],
    key: &str,
    old: Option<&Value>,
    new: Option<&Value>,
    changes: &mut Vec<Change>,
) {
    if old == new {
        return;
    }
    let empty = Table::new();
    match (shape(old), shape(new)) {
        (Shape::Nothing, Shape::Nothing) => {}
        (Shape::Table | Shape::Nothing, Shape::Table | Shape::Nothing) => {
            let old = old.and_then(Value::as_table).unwrap_or(&empty);
            let new = new.and_then(Value::as_table).unwrap_or(&empty);
            compare_tables(&with(path, key_step(path, key)), old, new, changes);
        }
        (Shape::Tables | Shape::Nothing, Shape::Tables | Shape::Nothing) => {
            let old = old.and_then(Value::as_array).map_or(&[][..], Vec::as_slice);
            let new = new.and_then(Value::as_array).map_or(&[][..], Vec::as_slice);
            compare_lists(path, key, old, new, changes);
        }
        (old_shape, new_shape) => {
            let path = with(path, Step::Field(key.to_owned()));
            let old = (old_shape != Shape::Nothing).then(|| old.map(written).unwrap_or_default());
            let new = (new_shape != Shape::Nothing).then(|| new.map(written).unwrap_or_default());
            let kind = match (old, new) {
                (Some(old), Some(new)) if old == new => return,
                (Some(old), Some(new)) => {
                    let (old, new) = shortened_pair(&old, &new);
                    ChangeKind::Changed { old, new }
                }
                (None, Some(new)) => ChangeKind::Added {
                    value: shortened(&new),
                },
                (Some(old), None) => ChangeKind::Removed {
                    value: shortened(&old),
                },
                (None, None) => return,
            };
            changes.push(Change { path, kind });
        }
    }
}

fn compare_tables(path: &[Step], old: &Table, new: &Table, changes: &mut Vec<Change>) {
    let keys: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    for key in keys {
        compare_entry(path, key, old.get(key), new.get(key), changes);
    }
}

/// Compares two versions of a list of tables, matched by key when the list has one, else by
/// position.
fn compare_lists(
    path: &[Step],
    list: &str,
    old: &[Value],
    new: &[Value],
    changes: &mut Vec<Change>,
) {
    let old: Vec<&Table> = old.iter().filter_map(Value::as_table).collect();
    let new: Vec<&Table> = new.iter().filter_map(Value::as_table).collect();
    let natural_key = NATURAL_KEYS
        .iter()
        .find(|(known, _)| *known == list)
        .map(|(_, field)| *field);
    let key_field = std::iter::once("id")
        .chain(natural_key)
        .find(|field| unique_keys(&old, field).is_some() && unique_keys(&new, field).is_some());
    match key_field {
        Some(field) => compare_keyed(path, list, field, &old, &new, changes),
        None => compare_by_position(path, list, &old, &new, changes),
    }
}

/// The text of `field` in every entry, when every entry has one and no two share it.
fn unique_keys<'a>(entries: &[&'a Table], field: &str) -> Option<Vec<&'a str>> {
    let keys: Vec<&str> = entries
        .iter()
        .map(|entry| entry.get(field).and_then(Value::as_str))
        .collect::<Option<_>>()?;
    let distinct: HashSet<&str> = keys.iter().copied().collect();
    (distinct.len() == keys.len()).then_some(keys)
}

fn compare_keyed(
    path: &[Step],
    list: &str,
    field: &str,
    old: &[&Table],
    new: &[&Table],
    changes: &mut Vec<Change>,
) {
    let (Some(old_keys), Some(new_keys)) = (unique_keys(old, field), unique_keys(new, field))
    else {
        return;
    };
    let new_positions: HashMap<&str, usize> = new_keys
        .iter()
        .enumerate()
        .map(|(position, key)| (*key, position))
        .collect();
    // The entries of both versions, in the old order, with their new positions: those outside
    // a longest run in increasing new order are the ones that moved.
    let kept: Vec<usize> = old_keys
        .iter()
        .filter_map(|key| new_positions.get(key).copied())
        .collect();
    let stays = longest_increasing(&kept);
    let mut kept_index = 0;
    for (position, (key, entry)) in old_keys.iter().zip(old).enumerate() {
        let item = with(
            path,
            Step::Item {
                list: list.to_owned(),
                id: (*key).to_owned(),
            },
        );
        match new_positions.get(key) {
            Some(&new_position) => {
                if !stays[kept_index] {
                    changes.push(Change {
                        path: item.clone(),
                        kind: ChangeKind::Moved {
                            from: position,
                            to: new_position,
                        },
                    });
                }
                kept_index += 1;
                compare_tables(&item, entry, new[new_position], changes);
            }
            None => changes.push(Change {
                path: item,
                kind: ChangeKind::Removed {
                    value: entry_name(list, entry, Some(key)),
                },
            }),
        }
    }
    let old_set: HashSet<&str> = old_keys.iter().copied().collect();
    for (key, entry) in new_keys.iter().zip(new) {
        if !old_set.contains(key) {
            changes.push(Change {
                path: with(
                    path,
                    Step::Item {
                        list: list.to_owned(),
                        id: (*key).to_owned(),
                    },
                ),
                kind: ChangeKind::Added {
                    value: entry_name(list, entry, Some(key)),
                },
            });
        }
    }
}

/// Compares two versions of a list whose entries have no key: the entries left unchanged are
/// matched first (a longest common subsequence), then the entries between two matched ones
/// are paired by position, and the rest is added or removed. Removing the first message thus
/// removes one message rather than changing them all.
fn compare_by_position(
    path: &[Step],
    list: &str,
    old: &[&Table],
    new: &[&Table],
    changes: &mut Vec<Change>,
) {
    let step = |index| {
        with(
            path,
            Step::Index {
                list: list.to_owned(),
                index,
            },
        )
    };
    let mut matched = unchanged_pairs(old, new);
    matched.push((old.len(), new.len()));
    let (mut old_start, mut new_start) = (0, 0);
    for (old_end, new_end) in matched {
        let old_gap = old_start..old_end;
        let new_gap = new_start..new_end;
        for offset in 0..old_gap.len().max(new_gap.len()) {
            let old_index = old_start + offset;
            let new_index = new_start + offset;
            match (old_gap.contains(&old_index), new_gap.contains(&new_index)) {
                (true, true) => {
                    compare_tables(&step(new_index), old[old_index], new[new_index], changes);
                }
                (true, false) => changes.push(Change {
                    path: step(old_index),
                    kind: ChangeKind::Removed {
                        value: entry_name(list, old[old_index], None),
                    },
                }),
                (false, true) => changes.push(Change {
                    path: step(new_index),
                    kind: ChangeKind::Added {
                        value: entry_name(list, new[new_index], None),
                    },
                }),
                (false, false) => {}
            }
        }
        (old_start, new_start) = (old_end + 1, new_end + 1);
    }
}

/// The most cells of the table `unchanged_pairs` fills (a list of 1000 messages, the largest
/// list a strategy may have, against another); longer lists match only their unchanged start
/// and end.
const MOST_CELLS: usize = 1 << 21;

/// The positions (old, new) of the entries left unchanged, in increasing order: a longest
/// common subsequence of the two lists, the same for the same lists.
fn unchanged_pairs(old: &[&Table], new: &[&Table]) -> Vec<(usize, usize)> {
    let prefix = old
        .iter()
        .zip(new)
        .take_while(|(old, new)| old == new)
        .count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(old, new)| old == new)
        .count();
    let old_middle = &old[prefix..old.len() - suffix];
    let new_middle = &new[prefix..new.len() - suffix];
    let mut pairs: Vec<(usize, usize)> = (0..prefix).map(|index| (index, index)).collect();
    let (rows, columns) = (old_middle.len() + 1, new_middle.len() + 1);
    if rows.saturating_mul(columns) <= MOST_CELLS {
        // `length[a * columns + b]`: the length of the longest common subsequence of the
        // middles from `a` and `b` on; with at most `MOST_CELLS` cells, one side has fewer
        // than 1449 entries, so it fits in 16 bits.
        let mut length = vec![0u16; rows * columns];
        for a in (0..old_middle.len()).rev() {
            for b in (0..new_middle.len()).rev() {
                length[a * columns + b] = if old_middle[a] == new_middle[b] {
                    length[(a + 1) * columns + b + 1].saturating_add(1)
                } else {
                    length[(a + 1) * columns + b].max(length[a * columns + b + 1])
                };
            }
        }
        let (mut a, mut b) = (0, 0);
        while a < old_middle.len() && b < new_middle.len() {
            if old_middle[a] == new_middle[b] {
                pairs.push((prefix + a, prefix + b));
                a += 1;
                b += 1;
            } else if length[(a + 1) * columns + b] >= length[a * columns + b + 1] {
                a += 1;
            } else {
                b += 1;
            }
        }
    }
    let old_suffix_start = old.len() - suffix;
    let new_suffix_start = new.len() - suffix;
    pairs.extend((0..suffix).map(|offset| (old_suffix_start + offset, new_suffix_start + offset)));
    pairs
}

/// Which values belong to one longest strictly increasing subsequence: of several, the one
/// that ends with the lowest values, so the answer is always the same.
fn longest_increasing(values: &[usize]) -> Vec<bool> {
    // `ends[length - 1]` is the index of the smallest last value of an increasing run of
    // that length; `previous` links each value to the one before it in its run.
    let mut ends: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; values.len()];
    for (index, value) in values.iter().enumerate() {
        let length = ends.partition_point(|&end| values[end] < *value);
        previous[index] = length.checked_sub(1).map(|before| ends[before]);
        if length == ends.len() {
            ends.push(index);
        } else {
            ends[length] = index;
        }
    }
    let mut stays = vec![false; values.len()];
    let mut current = ends.last().copied();
    while let Some(index) = current {
        stays[index] = true;
        current = previous[index];
    }
    stays
}

/// How a whole list entry is named when it is added or removed: its `name`, else its `id`,
/// else its natural key; nothing when that is already the key its path shows.
fn entry_name(list: &str, entry: &Table, shown: Option<&str>) -> String {
    let natural_key = NATURAL_KEYS
        .iter()
        .find(|(known, _)| *known == list)
        .map(|(_, field)| *field);
    let name = ["name", "id"]
        .into_iter()
        .chain(natural_key)
        .find_map(|field| entry.get(field).and_then(Value::as_str))
        .map(one_line)
        .unwrap_or_default();
    if name.is_empty() || Some(name.as_str()) == shown {
        String::new()
    } else {
        shortened(&name)
    }
}

/// A value written for people: see `diff`.
fn written(value: &Value) -> String {
    match value {
        Value::String(text) if text.is_empty() => "\"\"".to_owned(),
        Value::String(text) => one_line(text),
        Value::Integer(number) => number.to_string(),
        // `Display` writes whole numbers without `.0`.
        Value::Float(number) => number.to_string(),
        Value::Boolean(flag) => flag.to_string(),
        Value::Datetime(datetime) => datetime.to_string(),
        Value::Array(items) => items.iter().map(written).collect::<Vec<_>>().join(", "),
        Value::Table(table) => ["name", "id"]
            .into_iter()
            .find_map(|field| table.get(field).and_then(Value::as_str))
            .map(one_line)
            .unwrap_or_default(),
    }
}

/// The text on one line, its runs of white space made single spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text cut to `LONGEST_VALUE` characters with `…` when it is longer.
fn shortened(text: &str) -> String {
    if text.chars().count() <= LONGEST_VALUE {
        return text.to_owned();
    }
    let kept: String = text.chars().take(LONGEST_VALUE - 1).collect();
    format!("{}…", kept.trim_end())
}

/// Two versions of a text shortened alike, so that their difference shows: when it lies far
/// into long texts, both start with `…` shortly before it.
fn shortened_pair(old: &str, new: &str) -> (String, String) {
    let long = old.chars().count() > LONGEST_VALUE || new.chars().count() > LONGEST_VALUE;
    let common = old
        .chars()
        .zip(new.chars())
        .take_while(|(old, new)| old == new)
        .count();
    // The context kept before the first difference.
    const CONTEXT: usize = 20;
    if !long || common <= LONGEST_VALUE / 2 {
        return (shortened(old), shortened(new));
    }
    // Start at the first word that begins in the context, or in the middle of a word when
    // none does.
    let context: Vec<char> = old.chars().skip(common - CONTEXT).take(CONTEXT).collect();
    let skip = context
        .iter()
        .position(|character| character.is_whitespace())
        .map_or(0, |space| space + 1);
    let start = common - CONTEXT + skip;
    let from_start = |text: &str| {
        let rest: String = text.chars().skip(start).collect();
        format!("…{}", shortened(&rest))
    };
    (from_start(old), from_start(new))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::from_toml_str;
    use crate::templates::TEMPLATES;

    fn document(text: &str) -> StrategyDocument {
        match from_toml_str(text) {
            Ok(loaded) => loaded.strategy.document().clone(),
            Err(errors) => panic!("{errors:?}"),
        }
    }

    fn texts(changes: &[Change], language: Language) -> Vec<String> {
        changes.iter().map(|change| change.text(language)).collect()
    }

    const OLD: &str = r#"
[strategy]
name = "Boulangerie"
start = 2027-01-01
end = 2027-12-31

[[personas]]
id = "julie"
name = "Julie"
channels = ["instagram"]
age = { min = 25, max = 40 }

[[personas]]
id = "marc"
name = "Marc"

[[personas]]
id = "paul"

[[objectives]]
id = "rdv"
target = 30

[[messages]]
persona = "julie"
key_message = "Fresh bread every morning"

[[always_on]]
platform = "instagram"
posts_per_week = 3

[assumptions]
community_minutes_per_network_week = 60
"#;

    const NEW: &str = r#"
[strategy]
name = "Boulangerie Martin"
start = 2027-01-01
end = 2027-12-31

[[personas]]
id = "paul"

[[personas]]
id = "julie"
name = "Julie"
channels = ["instagram", "facebook"]
age = { min = 30, max = 40 }

[[personas]]
id = "lea"

[[objectives]]
id = "rdv"
target = 40
deadline = 2027-06-30

[[messages]]
persona = "julie"
key_message = "Warm bread every morning"

[[always_on]]
platform = "instagram"
posts_per_week = 4.5

[assumptions]
community_minutes_per_network_week = 90
"#;

    #[test]
    fn the_changes_are_written_in_english() {
        let changes = diff(&document(OLD), &document(NEW));
        assert_eq!(
            texts(&changes, Language::English),
            [
                "Strategy: name Boulangerie → Boulangerie Martin",
                "Persona `julie` moved from position 1 to 2",
                "Persona `julie`: age.min 25 → 30",
                "Persona `julie`: channels instagram → instagram, facebook",
                "Persona `marc` removed (Marc)",
                "Persona `lea` added",
                "Objective `rdv`: deadline set to 2027-06-30",
                "Objective `rdv`: target 30 → 40",
                "Message #1: key_message Fresh bread every morning → Warm bread every morning",
                "Always-on presence `instagram`: posts_per_week 3 → 4.5",
                "Assumptions: community_minutes_per_network_week 60 → 90",
            ]
        );
    }

    #[test]
    fn the_changes_are_written_in_french() {
        let changes = diff(&document(OLD), &document(NEW));
        assert_eq!(
            texts(&changes, Language::French),
            [
                "Stratégie : name Boulangerie → Boulangerie Martin",
                "Persona `julie` : déplacement de la position 1 à la position 2",
                "Persona `julie` : age.min 25 → 30",
                "Persona `julie` : channels instagram → instagram, facebook",
                "Suppression : persona `marc` (Marc)",
                "Ajout : persona `lea`",
                "Objectif `rdv` : ajout du champ deadline (2027-06-30)",
                "Objectif `rdv` : target 30 → 40",
                "Message n° 1 : key_message Fresh bread every morning → Warm bread every morning",
                "Présence permanente `instagram` : posts_per_week 3 → 4.5",
                "Hypothèses : community_minutes_per_network_week 60 → 90",
            ]
        );
    }

    #[test]
    fn the_reverse_diff_removes_what_was_added() {
        let changes = diff(&document(NEW), &document(OLD));
        let english = texts(&changes, Language::English);
        assert!(english.contains(&"Persona `lea` removed".to_owned()));
        assert!(english.contains(&"Persona `marc` added (Marc)".to_owned()));
        assert!(english.contains(&"Objective `rdv`: deadline removed (was 2027-06-30)".to_owned()));
        let french = texts(&changes, Language::French);
        assert!(
            french.contains(
                &"Objectif `rdv` : suppression du champ deadline (ancienne valeur : 2027-06-30)"
                    .to_owned()
            )
        );
    }

    #[test]
    fn the_paths_name_sections_entries_and_fields() {
        let changes = diff(&document(OLD), &document(NEW));
        assert_eq!(
            changes[0],
            Change {
                path: vec![
                    Step::Section("strategy".to_owned()),
                    Step::Field("name".to_owned())
                ],
                kind: ChangeKind::Changed {
                    old: "Boulangerie".to_owned(),
                    new: "Boulangerie Martin".to_owned()
                },
            }
        );
        assert_eq!(
            changes[1],
            Change {
                path: vec![Step::Item {
                    list: "personas".to_owned(),
                    id: "julie".to_owned()
                }],
                kind: ChangeKind::Moved { from: 0, to: 1 },
            }
        );
        assert!(changes.iter().any(|change| change.path
            == [
                Step::Index {
                    list: "messages".to_owned(),
                    index: 0
                },
                Step::Field("key_message".to_owned())
            ]));
    }

    #[test]
    fn the_summary_joins_the_changes() {
        let old = document(OLD);
        let mut new = old.clone();
        new.objectives[0].target = Some(crate::values::Target::Level(40.0));
        new.personas.remove(1);
        let changes = diff(&old, &new);
        assert_eq!(
            summary(&changes, Language::English),
            "Persona `marc` removed (Marc); objective `rdv`: target 30 → 40"
        );
        assert_eq!(
            summary(&changes, Language::French),
            "Suppression : persona `marc` (Marc) ; objectif `rdv` : target 30 → 40"
        );
        assert_eq!(summary(&[], Language::English), "No change");
        assert_eq!(summary(&[], Language::French), "Aucune modification");
    }

    #[test]
    fn a_top_level_value_belongs_to_the_document() {
        let change = Change {
            path: vec![Step::Field("schema_version".to_owned())],
            kind: ChangeKind::Changed {
                old: "1".to_owned(),
                new: "2".to_owned(),
            },
        };
        assert_eq!(
            change.text(Language::English),
            "Document: schema_version 1 → 2"
        );
        let mut old = document(OLD);
        old.schema_version = None;
        let mut new = old.clone();
        new.schema_version = Some(2);
        assert_eq!(diff(&old, &new)[0].path, change.path);
    }

    #[test]
    fn identical_documents_have_no_difference() {
        assert!(diff(&document(OLD), &document(OLD)).is_empty());
        assert!(diff(&document(NEW), &document(NEW)).is_empty());
    }

    #[test]
    fn only_the_entries_out_of_order_are_moved() {
        let strategy = "[strategy]\nname = \"t\"\nstart = 2027-01-01\nend = 2027-12-31\n";
        let personas = |ids: &[&str]| {
            let mut text = strategy.to_owned();
            for id in ids {
                text.push_str(&format!("\n[[personas]]\nid = \"{id}\"\n"));
            }
            document(&text)
        };
        let changes = diff(
            &personas(&["a", "b", "c", "d"]),
            &personas(&["d", "a", "b", "c"]),
        );
        assert_eq!(
            texts(&changes, Language::English),
            ["Persona `d` moved from position 4 to 1"]
        );
        // An entry added in front shifts the others without moving them.
        let changes = diff(&personas(&["a", "b"]), &personas(&["z", "a", "b"]));
        assert_eq!(texts(&changes, Language::English), ["Persona `z` added"]);
        // Of two runs as long, the one ending lower stays.
        assert_eq!(longest_increasing(&[1, 0, 2]), [false, true, true]);
    }

    #[test]
    fn entries_without_a_unique_key_are_matched_by_position() {
        let strategy = "[strategy]\nname = \"t\"\nstart = 2027-01-01\nend = 2027-12-31\n";
        let team = |names: &[&str]| {
            let mut text = format!("{strategy}\n[resources]\n");
            for name in names {
                text.push_str(&format!("\n[[resources.team]]\nname = \"{name}\"\n"));
            }
            document(&text)
        };
        // Unique names: matched by name.
        let changes = diff(&team(&["Alice", "Bob"]), &team(&["Bob"]));
        assert_eq!(
            texts(&changes, Language::English),
            ["Team member `Alice` removed"]
        );
        // Two members of the same name: by position.
        let changes = diff(&team(&["Freelance", "Freelance"]), &team(&["Freelance"]));
        assert_eq!(
            texts(&changes, Language::English),
            ["Team member #2 removed (Freelance)"]
        );
        assert_eq!(
            texts(&changes, Language::French),
            ["Suppression : membre de l'équipe n° 2 (Freelance)"]
        );
    }

    #[test]
    fn removing_the_first_entry_of_a_list_without_keys_removes_one_entry() {
        let strategy = "[strategy]\nname = \"t\"\nstart = 2027-01-01\nend = 2027-12-31\n\n[[personas]]\nid = \"p\"\n";
        let messages = |texts: &[&str]| {
            let mut text = strategy.to_owned();
            for key_message in texts {
                text.push_str(&format!(
                    "\n[[messages]]\npersona = \"p\"\nkey_message = \"{key_message}\"\n"
                ));
            }
            document(&text)
        };
        let changes = diff(
            &messages(&["a", "b", "c", "d"]),
            &messages(&["b", "c", "x", "d"]),
        );
        assert_eq!(
            texts(&changes, Language::English),
            ["Message #1 removed", "Message #3 added"]
        );
        let changes = diff(
            &messages(&["a", "b", "c"]),
            &messages(&["a", "x", "c", "y"]),
        );
        assert_eq!(
            texts(&changes, Language::English),
            ["Message #2: key_message b → x", "Message #4 added"]
        );
        assert_eq!(
            unchanged_pairs(&[], &[]),
            [],
            "two empty lists have nothing in common"
        );
    }

    #[test]
    fn values_are_written_for_people() {
        assert_eq!(written(&Value::Float(30.0)), "30");
        assert_eq!(written(&Value::Float(2.5)), "2.5");
        assert_eq!(written(&Value::Integer(-4)), "-4");
        assert_eq!(written(&Value::Boolean(true)), "true");
        assert_eq!(written(&Value::String(String::new())), "\"\"");
        assert_eq!(written(&Value::String("a\n  b".to_owned())), "a b");
        let long = "é".repeat(100);
        let short = shortened(&long);
        assert_eq!(short.chars().count(), LONGEST_VALUE);
        assert!(short.ends_with('…'));
        // A long text changed near its end shows the change.
        let old = format!("{}the end", "word ".repeat(30));
        let new = format!("{}the new end", "word ".repeat(30));
        let (old, new) = shortened_pair(&old, &new);
        assert_eq!(old, "…word word word the end");
        assert_eq!(new, "…word word word the new end");
    }

    #[test]
    fn every_example_differs_from_a_modified_copy_only() {
        for template in TEMPLATES {
            let original = document(template.text);
            assert!(
                diff(&original, &original).is_empty(),
                "{}: {:?}",
                template.name,
                diff(&original, &original)
            );
            assert!(
                !as_table(&original).is_empty(),
                "{} does not convert",
                template.name
            );
            let mut modified = original.clone();
            modified.strategy.name.push_str(" 2");
            modified.personas.reverse();
            modified.resources.team.pop();
            let changes = diff(&original, &modified);
            assert!(!changes.is_empty(), "{}", template.name);
            let english = texts(&changes, Language::English);
            assert!(
                english[0].starts_with("Strategy: name "),
                "{}: {english:?}",
                template.name
            );
            if original.personas.len() > 1 {
                assert!(
                    english.iter().any(|text| text.contains("moved")),
                    "{}: {english:?}",
                    template.name
                );
            }
            // Each change is written in both languages with every variable filled.
            for language in Language::ALL {
                for text in texts(&changes, *language) {
                    assert!(!text.contains("diff-") && !text.contains('{'), "{text}");
                }
            }
        }
    }
}
