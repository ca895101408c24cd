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
