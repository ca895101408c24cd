//! Property tests of the loader: whatever the bytes, it returns a strategy or located errors,
//! never a panic. Cases start from the examples and mutate them (bytes flipped, cut, spliced).
//! Failing seeds are kept in `tests/it/loader_properties.proptest-regressions`.

use proptest::prelude::*;
use tomster_core::check::check;
use tomster_core::knowledge::Knowledge;
use tomster_core::load::from_toml_bytes;
use tomster_core::plan::plan;
use tomster_core::templates::TEMPLATES;

/// Loads, and when the file loads, runs every analysis: none may panic.
fn load_and_analyse(bytes: &[u8]) {
    match from_toml_bytes(bytes) {
        Ok(loaded) => {
            let _ = check(&loaded.strategy, Knowledge::embedded());
            let _ = plan(&loaded.strategy, Knowledge::embedded());
        }
        Err(errors) => {
            assert!(!errors.is_empty());
            let lines = bytes.split(|byte| *byte == b'\n').count();
            for error in errors {
                assert!(
                    error.location.line >= 1 && error.location.line <= lines,
                    "{error:?}"
                );
                assert!(error.location.column >= 1);
                assert!(!error.message.is_empty());
            }
        }
    }
}

fn example_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop::sample::select(
        TEMPLATES
            .iter()
            .map(|template| template.text.as_bytes().to_vec())
            .collect::<Vec<_>>(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn flipped_bytes_never_panic(mut bytes in example_bytes(), flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8)) {
        for (index, value) in flips {
            let position = index.index(bytes.len());
            bytes[position] = value;
        }
        load_and_analyse(&bytes);
    }

    #[test]
    fn truncated_files_never_panic(bytes in example_bytes(), cut in any::<prop::sample::Index>()) {
        let end = cut.index(bytes.len());
        load_and_analyse(&bytes[..end]);
    }

    #[test]
    fn spliced_lines_never_panic(bytes in example_bytes(), from in any::<prop::sample::Index>(), to in any::<prop::sample::Index>()) {
        // Copy one line over another: duplicate keys, ids, tables.
        let text = String::from_utf8(bytes).unwrap();
        let mut lines: Vec<&str> = text.lines().collect();
        let source = lines[from.index(lines.len())];
        let target = to.index(lines.len());
        lines[target] = source;
        load_and_analyse(lines.join("\n").as_bytes());
    }

    #[test]
    fn numbers_replaced_by_extremes_never_panic(bytes in example_bytes(), which in any::<prop::sample::Index>(), value in prop::sample::select(vec!["-1", "0", "1e308", "-1e308", "nan", "inf", "255", "256", "99999999999999999999", "0.0000001", "\"x\"", "[]", "{}"])) {
        let text = String::from_utf8(bytes).unwrap();
        let numbers: Vec<(usize, usize)> = text
            .match_indices(|character: char| character.is_ascii_digit())
            .map(|(position, _)| (position, position + 1))
            .collect();
        let (start, end) = numbers[which.index(numbers.len())];
        let mutated = format!("{}{}{}", &text[..start], value, &text[end..]);
        load_and_analyse(mutated.as_bytes());
    }

    #[test]
    fn random_text_never_panics(text in "\\PC{0,400}") {
        load_and_analyse(text.as_bytes());
    }
}
