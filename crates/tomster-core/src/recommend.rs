//! Recommendations: the networks that fit each persona and the KPIs that prove each objective.

use serde::Serialize;

use crate::fit::{PersonaFit, platform_fit};
use crate::knowledge::{Aggregation, Knowledge, Kpi, Unit};
use crate::model::{Language, Objective};
use crate::strategy::Strategy;

/// A KPI of the catalogue suggested for an objective.
#[derive(Clone, Debug, Serialize)]
pub struct SuggestedKpi {
    pub kpi: String,
    pub name: String,
    pub formula: String,
    pub unit: Unit,
    pub aggregation: Aggregation,
    /// The objective's networks (or, without any, all networks) that report it natively.
    pub reported_by: Vec<String>,
    /// The kind of tool needed to measure it, when the networks do not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub needs_tool: Option<String>,
    /// Whether the objective already uses this KPI.
    pub chosen: bool,
    pub source: String,
    pub year: u16,
}

/// The KPIs suggested for one objective, best first.
#[derive(Clone, Debug, Serialize)]
pub struct KpiSuggestions {
    pub objective: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    pub suggested: Vec<SuggestedKpi>,
}

/// Everything `tomster recommend` shows.
#[derive(Clone, Debug, Serialize)]
pub struct Recommendations {
    pub personas: Vec<PersonaFit>,
    pub kpis: Vec<KpiSuggestions>,
}

pub fn recommend(
    strategy: &Strategy,
    knowledge: &Knowledge,
    language: Language,
) -> Recommendations {
    Recommendations {
        personas: platform_fit(strategy, knowledge, language),
        kpis: strategy
            .objectives
            .iter()
            .map(|objective| suggest_kpis(objective, knowledge, language))
            .collect(),
    }
}

/// Catalogue KPIs that prove the objective's kind; those its networks report natively first.
pub fn suggest_kpis(
    objective: &Objective,
    knowledge: &Knowledge,
    language: Language,
) -> KpiSuggestions {
    let Some(kind) = objective.kind else {
        return KpiSuggestions {
            objective: objective.id.as_str().to_owned(),
            kind: None,
            suggested: Vec::new(),
        };
    };
    let mut suggested: Vec<(usize, SuggestedKpi)> = knowledge
        .kpis
        .iter()
        .enumerate()
        .filter(|(_, kpi)| kpi.proves.contains(&kind))
        .map(|(position, kpi)| (position, suggestion(objective, kpi, language)))
        .collect();
    // Measurable where the objective lives first, then the catalogue's order.
    suggested.sort_by_key(|(position, suggestion)| {
        (
            suggestion.reported_by.is_empty() && suggestion.needs_tool.is_none(),
            suggestion.reported_by.is_empty(),
            *position,
        )
    });
    KpiSuggestions {
        objective: objective.id.as_str().to_owned(),
        kind: Some(kind.as_str().to_owned()),
        suggested: suggested
            .into_iter()
            .map(|(_, suggestion)| suggestion)
            .collect(),
    }
}

fn suggestion(objective: &Objective, kpi: &Kpi, language: Language) -> SuggestedKpi {
    let reported_by: Vec<String> = if objective.platforms.is_empty() {
        kpi.platforms.clone()
    } else {
        objective
            .platforms
            .iter()
            .filter(|platform| kpi.reported_by(platform.as_str()))
            .map(|platform| platform.as_str().to_owned())
            .collect()
    };
    let (name, formula) = match language {
        Language::English => (&kpi.name_en, &kpi.formula_en),
        Language::French => (&kpi.name_fr, &kpi.formula_fr),
    };
    SuggestedKpi {
        kpi: kpi.id.clone(),
        name: name.clone(),
        formula: formula.clone(),
        unit: kpi.unit,
        aggregation: kpi.aggregation,
        reported_by,
        needs_tool: kpi.needs_tool.map(|category| category.as_str().to_owned()),
        chosen: objective
            .kpi
            .as_ref()
            .is_some_and(|chosen| chosen.as_str() == kpi.id),
        source: kpi.source.clone(),
        year: kpi.year,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::from_toml_str;

    fn suggestions(objective: &str) -> KpiSuggestions {
        let text = format!(
            "[strategy]\nname = \"t\"\nstart = 2027-01-01\nend = 2027-12-31\n[[objectives]]\nid = \"o\"\n{objective}\n"
        );
        let loaded = from_toml_str(&text).unwrap();
        recommend(&loaded.strategy, Knowledge::embedded(), Language::French)
            .kpis
            .remove(0)
    }

    #[test]
    fn kpis_prove_the_objective_kind() {
        let awareness = suggestions("kind = \"awareness\"\nplatforms = [\"instagram\"]");
        let ids: Vec<&str> = awareness
            .suggested
            .iter()
            .map(|kpi| kpi.kpi.as_str())
            .collect();
        assert!(
            ids.contains(&"reach") && ids.contains(&"share_of_voice"),
            "{ids:?}"
        );
        assert!(!ids.contains(&"cpa"));
        assert_eq!(awareness.suggested[0].name, "Portée");
        let sales = suggestions("kind = \"sales\"\nkpi = \"roas\"");
        assert!(
            sales
                .suggested
                .iter()
                .any(|kpi| kpi.kpi == "roas" && kpi.chosen)
        );
        assert!(sales.suggested.iter().all(|kpi| kpi.kpi != "likes"));
    }

    #[test]
    fn kpis_reported_by_the_objectives_networks_come_first() {
        let awareness = suggestions("kind = \"awareness\"\nplatforms = [\"instagram\"]");
        let first_unreported = awareness
            .suggested
            .iter()
            .position(|kpi| kpi.reported_by.is_empty());
        let last_reported = awareness
            .suggested
            .iter()
            .rposition(|kpi| !kpi.reported_by.is_empty());
        if let (Some(first_unreported), Some(last_reported)) = (first_unreported, last_reported) {
            assert!(last_reported < first_unreported);
        }
    }

    #[test]
    fn an_objective_without_kind_gets_no_suggestion() {
        assert!(suggestions("").suggested.is_empty());
    }
}
