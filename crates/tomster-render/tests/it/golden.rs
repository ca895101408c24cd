//! Golden files: compare output with a file under `test_data/`, or rewrite it with
//! `UPDATE_EXPECT=1 cargo test`.

use std::path::{Path, PathBuf};

use tomster_core::load::{LoadedStrategy, from_toml_str};
use tomster_core::templates::TEMPLATES;

pub fn test_data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("test_data")
}

/// Each example strategy, loaded, with its name.
pub fn examples() -> Vec<(&'static str, LoadedStrategy)> {
    TEMPLATES
        .iter()
        .map(|template| (template.name, from_toml_str(template.text).unwrap()))
        .collect()
}

/// Asserts that `actual` equals the content of `expected_file`, or rewrites the file.
pub fn check_golden(expected_file: &Path, actual: &[u8]) {
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::create_dir_all(expected_file.parent().unwrap()).unwrap();
        std::fs::write(expected_file, actual).unwrap();
        return;
    }
    let expected = std::fs::read(expected_file).unwrap_or_else(|_| {
        panic!(
            "missing {}: run with UPDATE_EXPECT=1 to create it",
            expected_file.display()
        )
    });
    if expected != actual {
        let expected = String::from_utf8_lossy(&expected);
        let actual = String::from_utf8_lossy(actual);
        let first_difference = expected
            .lines()
            .zip(actual.lines())
            .position(|(left, right)| left != right)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{} differs from line {} (rerun with UPDATE_EXPECT=1 to accept):\n--- expected\n{}\n--- actual\n{}",
            expected_file.display(),
            first_difference + 1,
            expected
                .lines()
                .skip(first_difference)
                .take(5)
                .collect::<Vec<_>>()
                .join("\n"),
            actual
                .lines()
                .skip(first_difference)
                .take(5)
                .collect::<Vec<_>>()
                .join("\n"),
        );
    }
}
