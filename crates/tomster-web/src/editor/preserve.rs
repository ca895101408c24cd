//! A form's document written into the text the form started from, keeping the file's comments
//! and layout: what did not change stays as it was written (its comments, its quoting, its
//! number style, its order), what changed takes its new value in the same place, and only what
//! is new is added. A person who edits the file by hand and a colleague who uses the forms can
//! share one strategy.

use serde_json::Value;
use toml_edit::{Array, ArrayOfTables, DocumentMut, Item, Table};

/// The document as TOML, merged into `base` (the version's text); the plain writing when
/// `base` does not parse.
pub fn to_toml_keeping(base: &str, document: &Value) -> Result<String, String> {
    let plain = super::to_toml_text(document)?;
    let Ok(mut kept) = base.parse::<DocumentMut>() else {
        return Ok(plain);
    };
    let Ok(new) = plain.parse::<DocumentMut>() else {
        return Ok(plain);
    };
    merge_table(kept.as_table_mut(), new.as_table());
    Ok(kept.to_string())
}

/// Merges `new` into `old` key by key: keys gone are removed, keys kept are merged, new keys
/// are added at the end.
fn merge_table(old: &mut Table, new: &Table) {
    // An empty text the file states ("unknown") reads as no value at all: it stays, with
    // its comment, when the form has no value there either.
    let gone: Vec<String> = old
        .iter()
        .filter(|(key, item)| {
            !new.contains_key(key) && item.as_str().is_none_or(|text| !text.is_empty())
        })
        .map(|(key, _)| key.to_owned())
        .collect();
    for key in gone {
        old.remove(&key);
    }
    for (key, item) in new.iter() {
        match old.get_mut(key) {
            Some(existing) => merge_item(existing, item),
            None => {
                old.insert(key, fresh(item));
            }
        }
    }
}

/// A copy of an item of the plain writing without its place in that text: a table taken from
/// it is written right after its parent in the kept text, not where it stood in the other.
fn fresh(item: &Item) -> Item {
    let mut copy = item.clone();
    forget_positions(&mut copy);
    copy
}

fn forget_positions(item: &mut Item) {
    match item {
        Item::Table(table) => forget_table_positions(table),
        Item::ArrayOfTables(tables) => {
            for table in tables.iter_mut() {
                forget_table_positions(table);
            }
        }
        _ => {}
    }
}

fn forget_table_positions(table: &mut Table) {
    table.set_position(None);
    for (_, item) in table.iter_mut() {
        forget_positions(item);
    }
}

fn merge_item(old: &mut Item, new: &Item) {
    // The same data in the file's own style: an inline table stays inline, a table a table.
    let restyled = restyle(old, new);
    let new = restyled.as_ref().unwrap_or(new);
    match (old, new) {
        (Item::Table(old), Item::Table(new)) => merge_table(old, new),
        (Item::ArrayOfTables(old), Item::ArrayOfTables(new)) => merge_tables(old, new),
        (Item::Value(old_value), Item::Value(new_value)) => {
            match (old_value.as_inline_table_mut(), new_value.as_inline_table()) {
                (Some(old), Some(new)) => {
                    let mut merged = old.clone().into_table();
                    merge_table(&mut merged, &new.clone().into_table());
                    let mut inline = merged.into_inline_table();
                    *inline.decor_mut() = old.decor().clone();
                    *old = inline;
                }
                _ => match (old_value.as_array_mut(), new_value.as_array()) {
                    (Some(old), Some(new)) => merge_array(old, new),
                    _ => {
                        if !same_value(old_value, new_value) {
                            let decor = old_value.decor().clone();
                            *old_value = new_value.clone();
                            *old_value.decor_mut() = decor;
                        }
                    }
                },
            }
        }
        (old, new) => *old = fresh(new),
    }
}

/// `new` in the style `old` was written in, when they differ only in style.
fn restyle(old: &Item, new: &Item) -> Option<Item> {
    use toml_edit::Value::{Array, InlineTable};
    match (old, new) {
        (Item::Value(InlineTable(_)), Item::Table(table)) => {
            Some(Item::Value(InlineTable(table.clone().into_inline_table())))
        }
        (Item::Table(_), Item::Value(InlineTable(inline))) => {
            Some(Item::Table(inline.clone().into_table()))
        }
        (Item::Value(Array(_)), Item::ArrayOfTables(tables)) => {
            Some(Item::Value(Array(tables.clone().into_array())))
        }
        _ => None,
    }
}

/// Lists of tables element by element, so that each keeps its comments; extra ones added,
/// missing ones removed.
fn merge_tables(old: &mut ArrayOfTables, new: &ArrayOfTables) {
    while old.len() > new.len() {
        old.remove(old.len() - 1);
    }
    for (index, table) in new.iter().enumerate() {
        match old.get_mut(index) {
            Some(existing) => merge_table(existing, table),
            None => {
                let mut table = table.clone();
                forget_table_positions(&mut table);
                old.push(table);
            }
        }
    }
}

/// Inline arrays: kept whole when equal, else written anew in the old one's place.
fn merge_array(old: &mut Array, new: &Array) {
    let equal = old.len() == new.len()
        && old
            .iter()
            .zip(new.iter())
            .all(|(left, right)| same_value(left, right));
    if !equal {
        let decor = old.decor().clone();
        *old = new.clone();
        *old.decor_mut() = decor;
    }
}

/// Whether two values hold the same data, whatever their writing (`1_000` and `1000`).
fn same_value(left: &toml_edit::Value, right: &toml_edit::Value) -> bool {
    use toml_edit::Value::{Array, Boolean, Datetime, Float, InlineTable, Integer, String};
    match (left, right) {
        (String(left), String(right)) => left.value() == right.value(),
        (Integer(left), Integer(right)) => left.value() == right.value(),
        (Float(left), Float(right)) => left.value() == right.value(),
        (Integer(left), Float(right)) | (Float(right), Integer(left)) => {
            (*left.value() as f64) == *right.value()
        }
        (Boolean(left), Boolean(right)) => left.value() == right.value(),
        (Datetime(left), Datetime(right)) => left.value() == right.value(),
        (Array(left), Array(right)) => {
            left.len() == right.len()
                && left
                    .iter()
                    .zip(right.iter())
                    .all(|(left, right)| same_value(left, right))
        }
        (InlineTable(left), InlineTable(right)) => {
            left.len() == right.len()
                && left.iter().all(|(key, value)| {
                    right.get(key).is_some_and(|other| same_value(value, other))
                })
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(text: &str) -> Value {
        let loaded = tomster_core::load::from_toml_str(text).unwrap();
        serde_json::to_value(&*loaded.strategy).unwrap()
    }

    const BASE: &str = "schema_version = 2\n\n\
        # Our plan for 2027, agreed with the owner.\n\
        [strategy]\n\
        name = \"Boulangerie\" # the shop's name\n\
        start = 2027-01-01\n\
        end = 2027-12-31\n\n\
        # Who we talk to.\n\
        [[personas]]\n\
        id = \"parents\"\n\
        name = \"Parents\"   # young families\n\n\
        [[personas]]\n\
        id = \"students\"\n\
        name = \"Students\"\n";

    #[test]
    fn comments_and_layout_stay_where_nothing_changed() {
        let document = json(BASE);
        let written = to_toml_keeping(BASE, &document).unwrap();
        assert_eq!(written, BASE);
    }

    #[test]
    fn a_changed_value_keeps_its_place_and_its_comment() {
        let mut document = json(BASE);
        document["personas"][0]["name"] = Value::from("Young parents");
        let written = to_toml_keeping(BASE, &document).unwrap();
        assert!(
            written.contains("name = \"Young parents\"   # young families"),
            "{written}"
        );
        assert!(written.contains("\n# Our plan for 2027, agreed with the owner.\n"));
        assert!(written.contains("# Who we talk to."));
        assert!(written.contains("name = \"Boulangerie\" # the shop's name"));
    }

    #[test]
    fn elements_added_and_removed_leave_the_others_untouched() {
        let mut document = json(BASE);
        let personas = document["personas"].as_array_mut().unwrap();
        personas.remove(1);
        personas.push(serde_json::json!({ "id": "retirees", "name": "Retirees" }));
        let written = to_toml_keeping(BASE, &document).unwrap();
        assert!(
            written.contains("name = \"Parents\"   # young families"),
            "{written}"
        );
        assert!(!written.contains("students"));
        assert!(written.contains("id = \"retirees\""));
        let reloaded = tomster_core::load::from_toml_str(&written).unwrap();
        assert_eq!(reloaded.strategy.personas.len(), 2);
    }
}

#[cfg(test)]
mod examples {
    use super::*;

    /// Every example through a form's round trip: written into its own text, it loads as the
    /// same strategy, and every comment of the example is still there.
    #[test]
    fn every_example_keeps_its_comments_and_loads_the_same() {
        for example in tomster_core::templates::TEMPLATES {
            let loaded = tomster_core::load::from_toml_str(example.text).unwrap();
            let document = serde_json::to_value(&*loaded.strategy).unwrap();
            let written = to_toml_keeping(example.text, &document).unwrap();
            let reloaded = tomster_core::load::from_toml_str(&written)
                .unwrap_or_else(|errors| panic!("{}: {errors:?}\n{written}", example.name));
            assert_eq!(
                serde_json::to_value(&*reloaded.strategy).unwrap(),
                document,
                "{}",
                example.name
            );
            // Unchanged but for the format's version, which a saved strategy states.
            let version = format!("schema_version = {}\n", tomster_core::load::SCHEMA_VERSION);
            assert_eq!(
                written.strip_prefix(&version).unwrap_or(&written),
                example.text,
                "{}: the text changed",
                example.name
            );
            for comment in example
                .text
                .lines()
                .filter(|line| line.trim_start().starts_with('#'))
            {
                assert!(
                    written.contains(comment.trim()),
                    "{}: lost {comment:?}",
                    example.name
                );
            }
        }
    }

    /// A changed deadline lands in its own place: the error it makes is found on its field.
    #[test]
    fn a_changed_value_is_written_where_it_was() {
        let example = tomster_core::templates::template("boulangerie").unwrap();
        let loaded = tomster_core::load::from_toml_str(example.text).unwrap();
        let mut document = serde_json::to_value(&*loaded.strategy).unwrap();
        document["objectives"][0]["deadline"] = Value::from("2027-02-30");
        let written = to_toml_keeping(example.text, &document).unwrap();
        let errors = tomster_core::load::from_toml_str(&written).err().unwrap();
        assert_eq!(errors.len(), 1, "{errors:?}");
        let map = tomster_core::source_map::SourceMap::from_toml(&written);
        let index = tomster_core::source_map::LineIndex::new(&written);
        let offset = index.offset(&written, errors[0].location);
        assert_eq!(map.path_at(offset), Some("objectives[0].deadline"));
    }
}
