//! The examples `tomster init` writes load, check without error and give useful output.

use tomster_core::check::check;
use tomster_core::diagnostics::{Severity, Summary};
use tomster_core::knowledge::Knowledge;
use tomster_core::load::from_toml_str;
use tomster_core::plan::plan;
use tomster_core::recommend::recommend;
use tomster_core::templates::TEMPLATES;

#[test]
fn every_example_checks_without_error_or_warning() {
    for template in TEMPLATES {
        let loaded = from_toml_str(template.text)
            .unwrap_or_else(|errors| panic!("{}: {errors:?}", template.name));
        assert_eq!(
            loaded.strategy.strategy.language,
            Some(template.language),
            "{}",
            template.name
        );
        let diagnostics = check(&loaded.strategy, Knowledge::embedded());
        // The legal notices of a regulated sector are warnings every such strategy keeps: the
        // wine estate is told about the Loi Evin.
        let expected_notices: &[&str] = match template.name {
            "domaine-viticole" => &["S013"],
            // The distillery is told about the CAP Code and the Portman Group's code.
            "gin-distillery" => &["S021"],
            _ => &[],
        };
        for code in expected_notices {
            assert!(
                diagnostics
                    .iter()
                    .any(|diagnostic| diagnostic.code == *code),
                "{}: {code} expected",
                template.name
            );
        }
        let serious: Vec<String> = diagnostics
            .iter()
            .filter(|diagnostic| diagnostic.severity() != Severity::Advice)
            .filter(|diagnostic| !expected_notices.contains(&diagnostic.code))
            .map(|diagnostic| {
                format!(
                    "{} {} {}",
                    diagnostic.code,
                    diagnostic.path,
                    diagnostic.message(template.language)
                )
            })
            .collect();
        assert!(serious.is_empty(), "{}: {serious:#?}", template.name);
        assert_eq!(Summary::of(&diagnostics).errors, 0);
    }
}

#[test]
fn every_example_gets_sourced_recommendations_and_a_plan() {
    for template in TEMPLATES {
        let loaded = from_toml_str(template.text).unwrap();
        let recommendations = recommend(&loaded.strategy, Knowledge::embedded());
        for persona in &recommendations.personas {
            assert!(
                persona.platforms.iter().any(|fit| fit.recommended),
                "{}: {}",
                template.name,
                persona.persona
            );
            // Every scored network cites a dated source; an unscored one says it has no figure.
            assert!(
                persona.platforms.iter().all(|fit| fit.score.is_none()
                    || fit.reasons.iter().any(|reason| reason.year.is_some()))
            );
        }
        assert!(
            recommendations
                .kpis
                .iter()
                .all(|kpis| !kpis.suggested.is_empty())
        );
        let plan = plan(&loaded.strategy, Knowledge::embedded());
        assert!(plan.workload.hours_per_week > 0.0);
        assert!(plan.workload.hours_per_week <= plan.workload.capacity_hours_per_week);
        assert!(plan.cost.total > 0.0 && plan.cost.total <= plan.cost.budget.unwrap());
        assert_eq!(plan.coverage.gaps, 0, "{}", template.name);
    }
}
