//! Tidy checks that keep the house in order: module docs, no unwrap in shipped code, docs that
//! mention every command.

use std::path::{Path, PathBuf};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rust_files(directory: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(directory).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            files.push(path);
        }
    }
}

fn all_rust_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(workspace_root().join("crates")).unwrap() {
        let crate_directory = entry.unwrap().path();
        for part in ["src", "tests", "benches"] {
            let directory = crate_directory.join(part);
            if directory.is_dir() {
                rust_files(&directory, &mut files);
            }
        }
    }
    assert!(files.len() > 10);
    files
}

#[test]
fn every_module_opens_with_a_doc_comment() {
    for file in all_rust_files() {
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            text.starts_with("//!"),
            "{} does not start with a `//!` comment",
            file.display()
        );
    }
}

#[test]
fn shipped_code_does_not_unwrap() {
    for file in all_rust_files() {
        if !file
            .components()
            .any(|component| component.as_os_str() == "src")
        {
            continue;
        }
        // A module's unit tests live at the end of its file, after `#[cfg(test)]`, or in a
        // `tests.rs` beside it that is compiled only for tests.
        if file.file_name().is_some_and(|name| name == "tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let shipped = text.split("#[cfg(test)]").next().unwrap_or("");
        for (number, line) in shipped.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            assert!(
                !code.contains(".unwrap()") && !code.contains(".expect("),
                "{}:{}: unwrap/expect in shipped code",
                file.display(),
                number + 1
            );
        }
    }
}

#[test]
fn no_test_expects_a_panic() {
    for file in all_rust_files() {
        let text = std::fs::read_to_string(&file).unwrap();
        let marker = concat!("#[should", "_panic");
        assert!(!text.contains(marker), "{}", file.display());
    }
}

#[test]
fn the_readme_mentions_every_command() {
    let readme = std::fs::read_to_string(workspace_root().join("README.md")).unwrap();
    let main =
        std::fs::read_to_string(workspace_root().join("crates/tomster/src/main.rs")).unwrap();
    let commands = [
        "init",
        "check",
        "explain",
        "recommend",
        "plan",
        "render",
        "calendar",
        "schema",
    ];
    for command in commands {
        assert!(
            main.contains(&format!("Command::{}", capitalised(command))),
            "{command} is not a command any more"
        );
        assert!(
            readme.contains(&format!("tomster {command}")),
            "README.md does not mention `tomster {command}`"
        );
    }
}

fn capitalised(word: &str) -> String {
    let mut characters = word.chars();
    characters
        .next()
        .map(|first| first.to_uppercase().chain(characters).collect())
        .unwrap_or_default()
}

/// The HTML templates of the web pages, which name their messages as literals too.
fn web_templates() -> Vec<PathBuf> {
    let directory = workspace_root().join("crates/tomster-web/templates");
    let mut files: Vec<PathBuf> = std::fs::read_dir(directory)
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .collect()
        })
        .unwrap_or_default();
    files.retain(|file| {
        file.extension()
            .is_some_and(|extension| extension == "html")
    });
    files
}

/// The string literals of shipped code (each file up to its unit tests) and of the web
/// templates.
fn shipped_literals() -> Vec<(PathBuf, String)> {
    let mut literals = Vec::new();
    for file in web_templates() {
        // Only the messages the template asks for, `t.t("key")`, `t.t1("key", ...)` or
        // `t.t2("key", ...)`: its
        // classes and ids share the messages' shape.
        let text = std::fs::read_to_string(&file).unwrap();
        for call in [".t(\"", ".t1(\"", ".t2(\""] {
            for part in text.split(call).skip(1) {
                if let Some((key, _)) = part.split_once('"') {
                    literals.push((file.clone(), key.to_owned()));
                }
            }
        }
    }
    for file in all_rust_files() {
        let in_src = file
            .components()
            .any(|component| component.as_os_str() == "src");
        if !in_src || file.file_name().is_some_and(|name| name == "tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let shipped = text.split("#[cfg(test)]").next().unwrap_or("");
        for (index, part) in shipped.split('"').enumerate() {
            // Odd parts sit between quotes (escaped quotes do not occur in keys).
            if index % 2 == 1 {
                literals.push((file.clone(), part.to_owned()));
            }
        }
    }
    literals
}

/// Prefixes of keys built at run time (`format!("kind-{}", ...)`): `kind-`, `rule-`.
fn dynamic_prefixes(literals: &[(PathBuf, String)]) -> Vec<String> {
    literals
        .iter()
        .filter_map(|(_, literal)| {
            // `format!("kind-{}", ...)`, or `concat!("value-", ...)`.
            let prefix = literal
                .split_once('{')
                .map_or(literal.as_str(), |(prefix, _)| prefix);
            let is_key_prefix = prefix.ends_with('-')
                && prefix.len() > 2
                && prefix
                    .chars()
                    .all(|character| character.is_ascii_lowercase() || character == '-');
            is_key_prefix.then(|| prefix.to_owned())
        })
        .collect()
}

#[test]
fn every_message_used_is_defined_and_every_message_defined_is_used() {
    use tomster_core::i18n::{has_key, message_ids};
    use tomster_core::model::Language;
    let literals = shipped_literals();
    let dynamic = dynamic_prefixes(&literals);
    let defined = message_ids(Language::English);
    let families: std::collections::BTreeSet<&str> = defined
        .iter()
        .filter_map(|id| id.split('-').next())
        .collect();
    // A literal shaped like a key of a known family must be a message of both catalogues.
    let mut missing = Vec::new();
    for (file, literal) in &literals {
        let key_shaped = literal.contains('-')
            && literal.chars().all(|character| {
                character.is_ascii_alphanumeric() || matches!(character, '-' | '_')
            });
        let family = literal.split('-').next().unwrap_or("");
        if key_shaped && families.contains(family) && !literal.ends_with('-') && !has_key(literal) {
            missing.push(format!("{}: {literal}", file.display()));
        }
    }
    // Chart ids and other literals that share a family name but are not messages.
    let not_messages = ["doc-charts"];
    missing.retain(|entry| {
        !not_messages
            .iter()
            .any(|known| entry.ends_with(&format!(": {known}")))
    });
    assert!(missing.is_empty(), "used but not defined: {missing:#?}");
    // Every message is used: written as a literal, or built from a prefix at run time.
    let unused: Vec<&String> = defined
        .iter()
        .filter(|id| {
            !literals.iter().any(|(_, literal)| literal == *id)
                && !dynamic.iter().any(|prefix| id.starts_with(prefix.as_str()))
        })
        .collect();
    assert!(unused.is_empty(), "defined but never used: {unused:#?}");
}
