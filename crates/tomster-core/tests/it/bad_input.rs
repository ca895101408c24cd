//! Bad files in `test_data/bad_input/`: each gives one precise, located message (golden file).

use tomster_core::load::{MAX_SOURCE_BYTES, from_toml_bytes};

use crate::golden::{check_golden, toml_files};

fn render_errors(bytes: &[u8]) -> String {
    match from_toml_bytes(bytes) {
        Ok(_) => "loaded without error\n".to_owned(),
        Err(errors) => errors
            .iter()
            .map(|error| {
                format!(
                    "{}:{}: {}\n",
                    error.location.line, error.location.column, error.message
                )
            })
            .collect(),
    }
}

#[test]
fn every_bad_file_gets_a_located_message() {
    let cases = toml_files("bad_input");
    assert!(cases.len() >= 9, "{cases:?}");
    for case in cases {
        let bytes = std::fs::read(&case).unwrap();
        let rendered = render_errors(&bytes);
        assert_ne!(rendered, "loaded without error\n", "{}", case.display());
        check_golden(&case.with_extension("expected"), &rendered);
    }
}

#[test]
fn a_fifty_megabyte_file_is_refused_quickly() {
    let mut bytes = b"[strategy]\nname = \"x\"\n".to_vec();
    bytes.resize(50 * 1024 * 1024, b'#');
    let rendered = render_errors(&bytes);
    assert!(
        rendered.starts_with("1:1: the file is 52428800 bytes long"),
        "{rendered}"
    );
    assert!(bytes.len() > MAX_SOURCE_BYTES);
}

/// Words that give an English sentence away (with their spaces, so that `cause` or `found` in a
/// French word does not count).
const ENGLISH_WORDS: &[&str] = &[
    " the ",
    " expected",
    " found ",
    " must ",
    "unknown ",
    " is ",
    " are ",
    " with ",
    " not ",
    " should ",
    " write ",
    " file ",
];

#[test]
fn every_load_error_is_written_in_french_too() {
    // Regression: load errors were English whatever `--lang`.
    let cases = toml_files("bad_input");
    for case in cases {
        let bytes = std::fs::read(&case).unwrap();
        let Err(errors) = from_toml_bytes(&bytes) else {
            panic!("{} loads", case.display());
        };
        for error in errors {
            let french = format!(" {} ", error.text(tomster_core::model::Language::French));
            for word in ENGLISH_WORDS {
                assert!(
                    !french.contains(word),
                    "{}: English in French: {french}",
                    case.display()
                );
            }
            assert_eq!(
                error.text(tomster_core::model::Language::English),
                error.message
            );
        }
    }
}
