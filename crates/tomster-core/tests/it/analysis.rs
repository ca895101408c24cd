//! One analysis pass: every command computes the fit, the plan, the checker and the calendar
//! once each, and reads them from there.

use tomster_core::analysis::{Analysis, Counts, counts};
use tomster_core::document::build_document;
use tomster_core::knowledge::Knowledge;
use tomster_core::load::from_toml_str;
use tomster_core::model::Language;
use tomster_core::templates::TEMPLATES;
use tomster_core::values::Day;

fn runs_since(before: Counts) -> Counts {
    let after = counts();
    Counts {
        fits: after.fits - before.fits,
        plans: after.plans - before.plans,
        checks: after.checks - before.checks,
        calendars: after.calendars - before.calendars,
    }
}

#[test]
fn a_document_computes_each_analysis_once() {
    // Regression: `render` computed the platform fit three times and the plan twice, and ran
    // the checker again for its exit code.
    for template in TEMPLATES {
        let loaded = from_toml_str(template.text).unwrap();
        let before = counts();
        let analysis = Analysis::new(&loaded.strategy, Knowledge::embedded());
        let document = build_document(
            &analysis,
            Language::French,
            Day::parse("2027-01-01").unwrap(),
        );
        let errors = analysis.summary().errors;
        assert_eq!(document.summary.errors, errors);
        assert_eq!(
            runs_since(before),
            Counts {
                fits: 1,
                plans: 1,
                checks: 1,
                calendars: 1
            },
            "{}",
            template.name
        );
    }
}

#[test]
fn recommend_and_calendar_reuse_the_analysis() {
    let loaded = from_toml_str(TEMPLATES[0].text).unwrap();
    let before = counts();
    let analysis = Analysis::new(&loaded.strategy, Knowledge::embedded());
    let recommendations = analysis.recommendations();
    let calendar = analysis.calendar(None, None);
    assert!(!recommendations.personas.is_empty() && !calendar.slots.is_empty());
    assert_eq!(
        runs_since(before),
        Counts {
            fits: 1,
            plans: 1,
            checks: 1,
            calendars: 1
        }
    );
}
