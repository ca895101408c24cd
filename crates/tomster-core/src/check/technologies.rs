//! Technologies: networks where the personas are, and the tools the plan needs.

use super::{Context, term};
use crate::diagnostics::{Argument, Diagnostic};
use std::collections::BTreeSet;

use crate::model::{Segment, ToolCategory};

/// Without a scheduling tool, more networks or posts than this get hard to run by hand.
const NETWORKS_WITHOUT_SCHEDULER: usize = 3;
const POSTS_WITHOUT_SCHEDULER: f64 = 10.0;

pub(super) fn check_technologies(context: &Context<'_>, diagnostics: &mut Vec<Diagnostic>) {
    let strategy = context.strategy;
    let knowledge = context.knowledge;
    if strategy.platforms.is_empty() {
        diagnostics.push(Diagnostic::new("T106", "platforms"));
    }
    for (index, always_on) in strategy.always_on.iter().enumerate() {
        if !context.chosen.is_empty() && !context.is_chosen(always_on.platform.as_str()) {
            diagnostics.push(
                Diagnostic::new("T101", format!("always_on[{index}].platform")).text(
                    "platform",
                    knowledge.platform_name(always_on.platform.as_str()),
                ),
            );
        }
    }
    for (index, objective) in strategy.objectives.iter().enumerate() {
        for (position, platform) in objective.platforms.iter().enumerate() {
            if !context.chosen.is_empty() && !context.is_chosen(platform.as_str()) {
                diagnostics.push(
                    Diagnostic::new("T110", format!("objectives[{index}].platforms[{position}]"))
                        .text("objective", objective.label())
                        .text("platform", knowledge.platform_name(platform.as_str())),
                );
            }
        }
    }
    // A persona is on a network when the facts recommend it or the persona declares it.
    let persona_is_on = |persona_index: usize, platform: &str| {
        let persona = &strategy.personas[persona_index];
        persona
            .channels
            .iter()
            .any(|channel| channel.as_str() == platform)
            || context.fits[persona_index]
                .fit(platform)
                .is_some_and(|fit| fit.reaches())
    };
    for (index, chosen) in strategy.platforms.iter().enumerate() {
        if chosen
            .rationale
            .as_deref()
            .is_none_or(|rationale| rationale.trim().is_empty())
        {
            diagnostics.push(
                Diagnostic::new("T107", format!("platforms[{index}]"))
                    .text("platform", knowledge.platform_name(chosen.id.as_str())),
            );
        }
    }
    if !strategy.personas.is_empty() {
        for (index, chosen) in strategy.platforms.iter().enumerate() {
            let platform = chosen.id.as_str();
            if !(0..strategy.personas.len())
                .any(|persona_index| persona_is_on(persona_index, platform))
            {
                // A network without audience figures cannot be judged on them.
                let Some(best) = context
                    .fits
                    .iter()
                    .filter_map(|fit| {
                        fit.fit(platform)
                            .and_then(|platform_fit| platform_fit.score)
                    })
                    .max()
                else {
                    continue;
                };
                diagnostics.push(
                    Diagnostic::new("T102", format!("platforms[{index}].id"))
                        .text("platform", knowledge.platform_name(platform))
                        .with("score", Argument::Number(f64::from(best), 0)),
                );
            }
        }
    }
    if !strategy.platforms.is_empty() {
        for (index, persona) in strategy.personas.iter().enumerate() {
            if !context
                .chosen
                .iter()
                .any(|platform| persona_is_on(index, platform))
            {
                let best: Vec<&str> = context.fits[index]
                    .platforms
                    .iter()
                    .filter(|fit| fit.recommended)
                    .take(3)
                    .map(|fit| knowledge.platform_name(&fit.platform))
                    .collect();
                diagnostics.push(
                    Diagnostic::new("T103", format!("personas[{index}]"))
                        .text("persona", persona.label())
                        .with(
                            "best",
                            if best.is_empty() {
                                Argument::Translated("none")
                            } else {
                                Argument::Text(best.join(", "))
                            },
                        ),
                );
            }
            let has_professional_network = context.chosen.iter().any(|platform| {
                knowledge
                    .platform(platform)
                    .is_some_and(|platform| platform.professional)
            });
            // Trade buyers (hospitality, retail, crafts, agriculture) are reached on consumer
            // networks: a professional network is not what they lack.
            if persona.segment == Some(Segment::B2b)
                && !has_professional_network
                && !crate::fit::is_trade_buyer(persona, knowledge)
            {
                diagnostics.push(
                    Diagnostic::new("T104", format!("personas[{index}].segment"))
                        .text("persona", persona.label()),
                );
            }
        }
    }
    let categories: BTreeSet<ToolCategory> = strategy
        .tools
        .iter()
        .filter_map(|tool| tool.category)
        .collect();
    for (index, kpi_plan) in strategy.kpis.iter().enumerate() {
        let Some(kpi) = kpi_plan
            .metric
            .as_ref()
            .and_then(|metric| knowledge.kpi(metric.as_str()))
        else {
            continue;
        };
        let Some(needed) = kpi.needs_tool else {
            continue;
        };
        let native = kpi_plan
            .platform
            .as_ref()
            .is_some_and(|platform| kpi.reported_by(platform.as_str()));
        if !native && !categories.contains(&needed) {
            diagnostics.push(
                Diagnostic::new("T105", format!("kpis[{index}].metric"))
                    .with("kpi", context.kpi_name(&kpi.id))
                    .with("category", term("category", needed.as_str()))
                    .text("category_id", needed.as_str()),
            );
        }
    }
    let networks = strategy
        .always_on
        .iter()
        .map(|always_on| always_on.platform.as_str())
        .collect::<BTreeSet<_>>()
        .len();
    let posts: f64 = strategy
        .always_on
        .iter()
        .map(|always_on| always_on.cadence())
        .sum();
    let busy = networks >= NETWORKS_WITHOUT_SCHEDULER || posts > POSTS_WITHOUT_SCHEDULER;
    if busy && !categories.contains(&ToolCategory::Scheduling) {
        diagnostics.push(
            Diagnostic::new("T109", "tools")
                .with("posts", Argument::Number(posts, 1))
                .with("networks", Argument::Number(networks as f64, 0)),
        );
    }
}
