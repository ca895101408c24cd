//! Golden files: compare output with a file under `test_data/`, or rewrite it with
//! `UPDATE_EXPECT=1 cargo test`.

use std::path::{Path, PathBuf};

pub fn test_data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("test_data")
}

/// The strategy files of a folder under `test_data/`, sorted so failures come in one order.
pub fn toml_files(folder: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(test_data().join(folder))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "toml")
        })
        .collect();
    files.sort();
    files
}

/// Asserts that `actual` equals the content of `expected_file`, or rewrites the file.
pub fn check_golden(expected_file: &Path, actual: &str) {
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(expected_file, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(expected_file).unwrap_or_else(|_| {
        panic!(
            "missing {}: run with UPDATE_EXPECT=1 to create it",
            expected_file.display()
        )
    });
    assert!(
        expected == actual,
        "{} differs (rerun with UPDATE_EXPECT=1 to accept):\n--- expected\n{expected}\n--- actual\n{actual}",
        expected_file.display()
    );
}
