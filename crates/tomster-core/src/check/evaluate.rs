//! Evaluate: a followed, known KPI for every objective, with its source, review and alert.

use super::Context;
use super::objectives::{kind_key, unknown_kpi};
use crate::diagnostics::{Argument, Diagnostic};

pub(super) fn check_evaluate(context: &Context<'_>, diagnostics: &mut Vec<Diagnostic>) {
    let strategy = context.strategy;
    let knowledge = context.knowledge;
    for (index, objective) in strategy.objectives.iter().enumerate() {
        let Some(kpi) = &objective.kpi else {
            continue;
        };
        let followed = strategy.kpis.iter().any(|kpi_plan| {
            kpi_plan.metric.as_ref() == Some(kpi)
                && kpi_plan
                    .objective
                    .as_ref()
                    .is_none_or(|linked| *linked == objective.id)
        });
        if !followed {
            diagnostics.push(
                Diagnostic::new("E001", format!("objectives[{index}].kpi"))
                    .text("objective", objective.label())
                    .with("kpi", context.kpi_name(kpi.as_str()))
                    // The hint writes the entry to add, which needs the ids.
                    .text("objective_id", objective.id.as_str())
                    .text("kpi_id", kpi.as_str()),
            );
        }
        if let (Some(kind), Some(record)) = (objective.kind, knowledge.kpi(kpi.as_str()))
            && record.vanity_for.contains(&kind)
        {
            diagnostics.push(
                Diagnostic::new("E004", format!("objectives[{index}].kpi"))
                    .with("kpi", context.kpi_name(kpi.as_str()))
                    .with("kind", Argument::Translated(kind_key(kind)))
                    .text("objective", objective.label()),
            );
        }
    }
    for (index, kpi_plan) in strategy.kpis.iter().enumerate() {
        let path = format!("kpis[{index}]");
        let Some(metric) = &kpi_plan.metric else {
            // An entry without a metric has nothing to name it but its id.
            diagnostics.push(
                Diagnostic::new("E008", format!("{path}.metric")).text("kpi", kpi_plan.id.as_str()),
            );
            continue;
        };
        // An entry has no name of its own: the client knows it by the KPI it follows.
        let name = context.kpi_name(metric.as_str());
        let record = knowledge.kpi(metric.as_str());
        if record.is_none() {
            diagnostics.push(unknown_kpi(
                context,
                Diagnostic::new("E009", format!("{path}.metric")),
                metric.as_str(),
            ));
        }
        match &kpi_plan.objective {
            None => diagnostics.push(
                Diagnostic::new("E002", format!("{path}.objective")).with("kpi", name.clone()),
            ),
            Some(objective_id) => {
                let kind = strategy
                    .objective(objective_id)
                    .and_then(|(_, objective)| objective.kind);
                let objective_uses_it = strategy
                    .objective(objective_id)
                    .is_some_and(|(_, objective)| objective.kpi.as_ref() == Some(metric));
                // The objective's own KPI is reported once, on the objective.
                if let (Some(kind), Some(record)) = (kind, record)
                    && record.vanity_for.contains(&kind)
                    && !objective_uses_it
                {
                    diagnostics.push(
                        Diagnostic::new("E004", format!("{path}.metric"))
                            .with("kpi", name.clone())
                            .with("kind", Argument::Translated(kind_key(kind)))
                            .text("objective", context.objective_label(objective_id)),
                    );
                }
            }
        }
        if let (Some(platform), Some(record)) = (&kpi_plan.platform, record)
            && !record.platforms.is_empty()
            && !record.reported_by(platform.as_str())
        {
            diagnostics.push(
                Diagnostic::new("E003", format!("{path}.platform"))
                    .with("kpi", name.clone())
                    .text("platform", knowledge.platform_name(platform.as_str())),
            );
        }
        if kpi_plan.review.is_none() {
            diagnostics
                .push(Diagnostic::new("E005", format!("{path}.review")).with("kpi", name.clone()));
        }
        if kpi_plan
            .source
            .as_deref()
            .is_none_or(|source| source.trim().is_empty())
        {
            diagnostics
                .push(Diagnostic::new("E006", format!("{path}.source")).with("kpi", name.clone()));
        }
        // A supporting KPI (another than the one its objective states with a target) has no
        // pace: it needs no threshold, and one it has cannot fire. Where the objective has no
        // KPI or target, or the KPI is unknown, other findings say so first.
        let supporting =
            record.is_some()
                && kpi_plan
                    .objective
                    .as_ref()
                    .and_then(|id| strategy.objective(id))
                    .is_some_and(|(_, objective)| {
                        objective.kpi.as_ref().is_some_and(|kpi| {
                            kpi != metric && knowledge.kpi(kpi.as_str()).is_some()
                        }) && objective.target.is_some()
                    });
        if kpi_plan.alert_below.is_none() && strategy.is_paced(kpi_plan) {
            diagnostics
                .push(Diagnostic::new("E007", format!("{path}.alert_below")).with("kpi", name));
        } else if kpi_plan.alert_below.is_some() && supporting {
            diagnostics
                .push(Diagnostic::new("E010", format!("{path}.alert_below")).with("kpi", name));
        }
    }
}
