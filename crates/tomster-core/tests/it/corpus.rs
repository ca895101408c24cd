//! One strategy per rule in `test_data/rules/CODE.toml`, each with its expected diagnostics in
//! `CODE.expected` (code, severity, path, then the message and the advice in English and in
//! French: the texts a client reads in the strategy document). A rule over the calendar's
//! case adds the calendar's findings after the checker's.

use std::collections::BTreeSet;

use tomster_core::check::check;
use tomster_core::diagnostics::rules;
use tomster_core::knowledge::Knowledge;
use tomster_core::load::from_toml_str;
use tomster_core::model::Language;

use crate::golden::{check_golden, test_data};

/// The findings of a case: the checker's, then, for a rule over the calendar, the calendar's
/// (rules S026 to S030), as the document lists them.
fn render(text: &str, with_calendar: bool) -> (String, BTreeSet<&'static str>) {
    let loaded = from_toml_str(text)
        .unwrap_or_else(|errors| panic!("corpus file does not load: {errors:?}"));
    let knowledge = Knowledge::embedded();
    let mut diagnostics = check(&loaded.strategy, knowledge);
    if with_calendar {
        let calendar = tomster_core::calendar::calendar(&loaded.strategy, knowledge, None, None);
        diagnostics.extend(tomster_core::calendar::findings(
            &calendar,
            &loaded.strategy,
            knowledge,
        ));
    }
    let mut rendered = String::new();
    let mut codes = BTreeSet::new();
    for diagnostic in &diagnostics {
        codes.insert(diagnostic.code);
        let location = loaded.location(&diagnostic.path);
        rendered.push_str(&format!(
            "{} {} {} ({}:{})\n  en: {}\n  fr: {}\n  en advice: {}\n  fr advice: {}\n",
            diagnostic.code,
            diagnostic.severity().as_str(),
            diagnostic.path,
            location.line,
            location.column,
            diagnostic.message(Language::English),
            diagnostic.message(Language::French),
            diagnostic.advice(Language::English),
            diagnostic.advice(Language::French),
        ));
    }
    (rendered, codes)
}

#[test]
fn the_base_strategy_triggers_nothing() {
    let text = std::fs::read_to_string(test_data().join("rules/_base.toml")).unwrap();
    let (rendered, _) = render(&text, false);
    assert_eq!(rendered, "", "the base of the corpus must be clean");
}

#[test]
fn every_rule_has_a_case_that_triggers_it_with_its_expected_diagnostics() {
    let directory = test_data().join("rules");
    let mut missing = Vec::new();
    // The rules over results have their cases in test_data/findings (tests/it/findings.rs).
    for rule in rules().iter().filter(|rule| !rule.reads_results) {
        let case = directory.join(format!("{}.toml", rule.code));
        let Ok(text) = std::fs::read_to_string(&case) else {
            missing.push(rule.code.clone());
            continue;
        };
        let (rendered, codes) = render(&text, rule.reads_calendar);
        assert!(
            codes.contains(rule.code.as_str()),
            "{} does not trigger {}:\n{rendered}",
            case.display(),
            rule.code
        );
        check_golden(
            &directory.join(format!("{}.expected", rule.code)),
            &rendered,
        );
    }
    assert!(
        missing.is_empty(),
        "rules without a case in test_data/rules: {missing:?}"
    );
}
