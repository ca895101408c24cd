//! Resources: a team with the hours and skills the plan needs, providers with a scope and a cost, a budget.

use super::{Context, term};
use crate::diagnostics::{Argument, Diagnostic};
use std::collections::BTreeSet;

use crate::model::Skill;
use crate::plan::skills_for_format;

/// Workload above this share of the capacity leaves no room for the unexpected.
const CAPACITY_WARNING: f64 = 0.8;
/// Spending above this share of the budget leaves no margin.
const BUDGET_WARNING: f64 = 0.9;

/// What takes a skill: a format, the community work of the networks, or an operation.
enum Need {
    Format(crate::model::Format),
    Community,
    Operation(String),
}

impl Need {
    /// The selector the texts choose their wording with (never shown), and the thing named.
    fn arguments(&self) -> (&'static str, Argument) {
        match self {
            Need::Format(format) => ("format", term("format", format.as_str())),
            Need::Community => ("community", Argument::Text(String::new())),
            Need::Operation(name) => ("operation", Argument::Text(name.clone())),
        }
    }
}

/// Why the plan needs a skill: the formats, community work and operations that take it.
fn needed_skills(context: &Context<'_>) -> Vec<(Skill, Need, String)> {
    let strategy = context.strategy;
    let knowledge = context.knowledge;
    let mut needs: Vec<(Skill, Need, String)> = Vec::new();
    let mut add = |skill: Skill, reason: Need, path: String| {
        if !needs.iter().any(|(known, _, _)| *known == skill) {
            needs.push((skill, reason, path));
        }
    };
    for (index, always_on) in strategy.always_on.iter().enumerate() {
        for (format, posts) in &always_on.formats {
            if posts.get() > 0.0 {
                for skill in skills_for_format(knowledge, *format) {
                    add(
                        skill,
                        Need::Format(*format),
                        format!("always_on[{index}].formats.{format}"),
                    );
                }
            }
        }
        if always_on.cadence() > 0.0 {
            for skill in &knowledge.effort.community.skills {
                add(*skill, Need::Community, format!("always_on[{index}]"));
            }
        }
    }
    for (index, operation) in strategy.operations.iter().enumerate() {
        if let Some(effort) = operation
            .kind
            .and_then(|kind| knowledge.effort.operation(kind))
        {
            for skill in &effort.skills {
                add(
                    *skill,
                    Need::Operation(operation.label().to_owned()),
                    format!("operations[{index}]"),
                );
            }
        }
    }
    needs
}

pub(super) fn check_resources(context: &Context<'_>, diagnostics: &mut Vec<Diagnostic>) {
    let strategy = context.strategy;
    let resources = &strategy.resources;
    let workload = &context.plan.workload;
    let cost = &context.plan.cost;
    let currency = context.currency();
    if resources.team.is_empty() {
        diagnostics.push(Diagnostic::new("R006", "resources.team"));
    } else {
        let capacity = workload.capacity_hours_per_week;
        let hours = workload.hours_per_week;
        if hours > capacity {
            diagnostics.push(
                Diagnostic::new("R001", "resources.team")
                    .with("hours", Argument::Number(hours, 1))
                    .with("capacity", Argument::Number(capacity, 1)),
            );
        } else if hours > capacity * CAPACITY_WARNING {
            diagnostics.push(
                Diagnostic::new("R002", "resources.team")
                    .with("hours", Argument::Number(hours, 1))
                    .with("capacity", Argument::Number(capacity, 1))
                    .with(
                        "percent",
                        Argument::Percent(if capacity > 0.0 {
                            hours / capacity
                        } else {
                            1.0
                        }),
                    ),
            );
        }
        // The week that exceeds its own capacity the most: operations, or members who have
        // not joined yet or have left.
        if hours <= capacity
            && let Some(week) = workload.overload_week_start
            && let Some(load) = workload.weeks.iter().find(|load| load.start == week)
        {
            diagnostics.push(
                Diagnostic::new("R007", "operations")
                    .with("peak", Argument::Number(load.hours, 1))
                    .with("week", Argument::Day(week))
                    .with("capacity", Argument::Number(load.capacity, 1)),
            );
        }
        for (index, member) in resources.team.iter().enumerate() {
            let own = member.weekly_hours();
            let load = workload.by_member.get(&member.name).copied().unwrap_or(0.0);
            if own <= 0.0 {
                diagnostics.push(
                    Diagnostic::new("R009", format!("resources.team[{index}].hours_per_week"))
                        .text("member", &member.name),
                );
            } else if hours <= capacity && load > own + 0.05 {
                diagnostics.push(
                    Diagnostic::new("R010", format!("resources.team[{index}]"))
                        .text("member", &member.name)
                        .with("load", Argument::Number(load, 1))
                        .with("hours", Argument::Number(own, 1)),
                );
            }
        }
    }
    for month in &cost.months_over_budget {
        if let (Some(limit), Some(spent), Ok(first_day)) = (
            cost.monthly_budget,
            cost.by_month.get(month),
            crate::values::Day::parse(&format!("{month}-01")),
        ) {
            diagnostics.push(
                Diagnostic::new("R013", "resources.monthly_budget")
                    .with("month", Argument::Month(first_day))
                    .with("spent", Argument::Money(*spent, currency.clone()))
                    .with("budget", Argument::Money(limit, currency.clone())),
            );
        }
    }
    for (index, provider) in resources.outsourcing.iter().enumerate() {
        let path = format!("resources.outsourcing[{index}]");
        let work = workload
            .providers
            .iter()
            .find(|work| work.provider == provider.provider);
        if !provider.has_scope() {
            if !provider.skills.is_empty() {
                diagnostics
                    .push(Diagnostic::new("R011", path).text("provider", &provider.provider));
            }
            continue;
        }
        let costless = provider.cost.is_none_or(|cost| cost.get() <= 0.0);
        if costless && work.is_some_and(|work| work.total_hours > 0.0) {
            diagnostics.push(
                Diagnostic::new("R012", format!("{path}.cost"))
                    .text("provider", &provider.provider)
                    .with(
                        "hours",
                        Argument::Number(work.map(|work| work.hours_per_week).unwrap_or(0.0), 1),
                    ),
            );
        }
    }
    match resources.budget.or(resources.monthly_budget) {
        None => diagnostics.push(Diagnostic::new("R005", "resources.budget")),
        Some(_) if resources.budget.is_none() => {}
        Some(budget) => {
            let budget = budget.get();
            if cost.total > budget {
                diagnostics.push(
                    Diagnostic::new("R003", "resources.budget")
                        .with("total", Argument::Money(cost.total, currency.clone()))
                        .with("budget", Argument::Money(budget, currency.clone())),
                );
            } else if cost.total > budget * BUDGET_WARNING {
                diagnostics.push(
                    Diagnostic::new("R008", "resources.budget")
                        .with("total", Argument::Money(cost.total, currency.clone()))
                        .with("budget", Argument::Money(budget, currency.clone())),
                );
            }
        }
    }
    let available: BTreeSet<Skill> = resources
        .team
        .iter()
        .flat_map(|member| member.skills.iter().copied())
        // A provider brings its skills only to the work its scope takes.
        .chain(
            resources
                .outsourcing
                .iter()
                .filter(|outsourcing| outsourcing.has_scope())
                .flat_map(|outsourcing| outsourcing.skills.iter().copied()),
        )
        .chain(
            resources
                .training
                .iter()
                .flat_map(|training| training.skills.iter().copied()),
        )
        .collect();
    if !resources.team.is_empty() || !resources.outsourcing.is_empty() {
        for (skill, need, path) in needed_skills(context) {
            if !available.contains(&skill) {
                let (reason, named) = need.arguments();
                diagnostics.push(
                    Diagnostic::new("R004", path)
                        .with("skill", term("skill", skill.as_str()))
                        .text("skill_id", skill.as_str())
                        .text("reason", reason)
                        .with("need", named),
                );
            }
        }
    }
}
