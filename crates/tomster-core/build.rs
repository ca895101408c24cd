//! Embeds every country pack found under `knowledge/countries/`: adding a country is adding a
//! folder, with no code to change (see `knowledge/countries/README.md`).

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge/countries");
    // Cargo scans a directory given here, its files included, for changes.
    println!("cargo::rerun-if-changed={}", root.display());
    let mut files: Vec<(String, String, String)> = Vec::new();
    let folders =
        std::fs::read_dir(&root).unwrap_or_else(|error| panic!("{}: {error}", root.display()));
    for folder in folders.flatten() {
        let code = folder.file_name().to_string_lossy().into_owned();
        if !folder.path().is_dir() {
            continue;
        }
        assert!(
            code.len() == 2 && code.chars().all(|letter| letter.is_ascii_uppercase()),
            "knowledge/countries/{code}: a pack's folder is named by its ISO 3166-1 code (GB, FR)"
        );
        let entries = std::fs::read_dir(folder.path())
            .unwrap_or_else(|error| panic!("knowledge/countries/{code}: {error}"));
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".toml") {
                files.push((code.clone(), name, entry.path().display().to_string()));
            }
        }
    }
    files.sort();
    let mut source = String::from(
        "/// Every file of every country pack: (country, file name, text), sorted.\n\
         pub const COUNTRY_FILES: &[(&str, &str, &str)] = &[\n",
    );
    for (code, name, path) in &files {
        let _ = writeln!(source, "    ({code:?}, {name:?}, include_str!({path:?})),");
    }
    source.push_str("];\n");
    let out = std::env::var("OUT_DIR").unwrap_or_else(|error| panic!("OUT_DIR: {error}"));
    std::fs::write(Path::new(&out).join("country_files.rs"), source)
        .unwrap_or_else(|error| panic!("writing country_files.rs: {error}"));
}
