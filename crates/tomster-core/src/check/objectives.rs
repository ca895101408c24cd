//! Objectives: SMART objectives, a known KPI, targets that move the right way and are realistic.

use super::{Context, ids};
use crate::diagnostics::{Argument, Diagnostic};
use crate::knowledge::{Aggregation, Direction, Unit};
use crate::model::{Language, ObjectiveKind};

/// A rate target above this multiple of the benchmark is not realistic.
const BENCHMARK_MULTIPLE: f64 = 3.0;
/// A rate may rise this much above an account's own baseline before the benchmarks judge it.
const BASELINE_RATE_GAIN: f64 = 1.5;

/// Months between two days, at least a tenth of one.
pub(super) fn months_between(from: crate::values::Day, to: crate::values::Day) -> f64 {
    // Whole calendar months, then the days left as a share of the month they fall in.
    let whole = from
        .date()
        .until((jiff::Unit::Month, to.date()))
        .map(|span| span.get_months())
        .unwrap_or(0)
        .max(0);
    let reached = from
        .date()
        .checked_add(jiff::Span::new().months(whole))
        .unwrap_or(from.date());
    let left = reached
        .until((jiff::Unit::Day, to.date()))
        .map(|span| span.get_days())
        .unwrap_or(0);
    let month_length = f64::from(reached.days_in_month());
    (f64::from(whole) + f64::from(left) / month_length).max(0.1)
}

pub(super) fn check_objectives(context: &Context<'_>, diagnostics: &mut Vec<Diagnostic>) {
    let strategy = context.strategy;
    let info = &strategy.strategy;
    if strategy.objectives.is_empty() {
        diagnostics.push(Diagnostic::new("O001", "objectives"));
    }
    for (index, objective) in strategy.objectives.iter().enumerate() {
        let path = format!("objectives[{index}]");
        // The statement the client reads, not the file's id.
        let name = objective.label();
        let kpi = objective
            .kpi
            .as_ref()
            .and_then(|kpi| context.knowledge.kpi(kpi.as_str()));
        if let Some(written) = &objective.kpi
            && kpi.is_none()
        {
            diagnostics.push(unknown_kpi(
                context,
                Diagnostic::new("O015", format!("{path}.kpi")),
                written.as_str(),
            ));
        }
        if objective.kind.is_none() {
            diagnostics
                .push(Diagnostic::new("O011", format!("{path}.kind")).text("objective", name));
        }
        if objective
            .statement
            .as_deref()
            .is_none_or(|statement| statement.trim().is_empty())
        {
            diagnostics
                .push(Diagnostic::new("O012", format!("{path}.statement")).text("objective", name));
        }
        if objective.kpi.is_none() {
            diagnostics
                .push(Diagnostic::new("O002", format!("{path}.kpi")).text("objective", name));
        }
        if objective.target.is_none() {
            diagnostics
                .push(Diagnostic::new("O003", format!("{path}.target")).text("objective", name));
        }
        match objective.deadline {
            None => diagnostics
                .push(Diagnostic::new("O004", format!("{path}.deadline")).text("objective", name)),
            Some(deadline) if deadline < info.start || deadline > info.end => diagnostics.push(
                Diagnostic::new("O005", format!("{path}.deadline"))
                    .text("objective", name)
                    .with("deadline", Argument::Day(deadline))
                    .with("start", Argument::Day(info.start))
                    .with("end", Argument::Day(info.end)),
            ),
            Some(_) => {}
        }
        if objective.personas.is_empty() {
            diagnostics
                .push(Diagnostic::new("O010", format!("{path}.personas")).text("objective", name));
        }
        if objective.baseline.is_none() {
            match objective.target {
                // A change from an unknown starting point says nothing measurable.
                Some(target) if target.is_relative() => diagnostics.push(
                    Diagnostic::new("O016", format!("{path}.baseline")).text("objective", name),
                ),
                Some(_) => diagnostics.push(
                    Diagnostic::new("O013", format!("{path}.baseline")).text("objective", name),
                ),
                None => {}
            }
        }
        if let (Some(kind), Some(kpi)) = (objective.kind, kpi)
            && !kpi.defined_by_strategy
            && !kpi.proves.contains(&kind)
            && !kpi.vanity_for.contains(&kind)
            && !states_its_measure(objective.statement.as_deref(), kpi)
        {
            let usual: Vec<&str> = context
                .knowledge
                .kpis
                .iter()
                .filter(|candidate| candidate.proves.contains(&kind))
                .map(|candidate| candidate.id.as_str())
                .collect();
            diagnostics.push(
                Diagnostic::new("O014", format!("{path}.kpi"))
                    .text("objective", name)
                    .with("kpi", context.kpi_name(&kpi.id))
                    .with("kind", Argument::Translated(kind_key(kind)))
                    .with(
                        "usual",
                        Argument::List(usual.iter().map(|id| context.kpi_name(id)).collect()),
                    )
                    .with("usual_ids", ids(usual)),
            );
        }
        let (Some(target), Some(baseline)) = (objective.target_level(), objective.baseline_value())
        else {
            continue;
        };
        let target_path = format!("{path}.target");
        let Some(kpi) = kpi else {
            if (target - baseline).abs() < f64::EPSILON {
                diagnostics.push(
                    Diagnostic::new("O006", target_path)
                        .text("objective", name)
                        .with("target", Argument::Number(target, 2)),
                );
            }
            continue;
        };
        let currency = context.currency();
        let quantity = |value: f64| Argument::Quantity(value, kpi.unit, currency.clone());
        if (target - baseline).abs() < f64::EPSILON {
            diagnostics.push(
                Diagnostic::new("O006", target_path.clone())
                    .text("objective", name)
                    .with("target", quantity(target)),
            );
            continue;
        }
        let goes_up = target > baseline;
        if goes_up != (kpi.better == Direction::Higher) {
            diagnostics.push(
                Diagnostic::new("O007", target_path.clone())
                    .text("objective", name)
                    .with("kpi", context.kpi_name(&kpi.id))
                    .with("baseline", quantity(baseline))
                    .with("target", quantity(target)),
            );
            continue;
        }
        check_realism(context, index, target, baseline, kpi, diagnostics);
    }
}

/// The message key of an objective kind's name.
pub(super) fn kind_key(kind: ObjectiveKind) -> &'static str {
    match kind {
        ObjectiveKind::Awareness => "kind-awareness",
        ObjectiveKind::Engagement => "kind-engagement",
        ObjectiveKind::Traffic => "kind-traffic",
        ObjectiveKind::Leads => "kind-leads",
        ObjectiveKind::Sales => "kind-sales",
        ObjectiveKind::Retention => "kind-retention",
        ObjectiveKind::CustomerService => "kind-customer_service",
        ObjectiveKind::EmployerBrand => "kind-employer_brand",
    }
}

/// A KPI id that is neither in the catalogue nor defined by the strategy, with the nearest
/// known KPI when one is close: its name for the message, its id for the hint.
pub(super) fn unknown_kpi(
    context: &Context<'_>,
    diagnostic: Diagnostic,
    written: &str,
) -> Diagnostic {
    let nearest = context.knowledge.nearest_kpi(written);
    let none = Argument::Translated("kpi-no-nearest");
    diagnostic
        .text("kpi", written)
        .with(
            "nearest",
            nearest.map_or(none.clone(), |id| context.kpi_name(id)),
        )
        .with(
            "nearest_id",
            nearest.map_or(none, |id| Argument::Text(id.to_owned())),
        )
}

/// A target is unrealistic when a rate is far above the benchmarks of its networks, or when a
/// count must grow faster than the knowledge base's monthly ceiling until the deadline.
fn check_realism(
    context: &Context<'_>,
    index: usize,
    target: f64,
    baseline: f64,
    kpi: &crate::knowledge::Kpi,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let objective = &context.strategy.objectives[index];
    let path = format!("objectives[{index}].target");
    if let Some(method) = kpi.engagement_method {
        // The highest published benchmark of the same method on the objective's networks.
        let best = context
            .knowledge
            .engagement
            .iter()
            .filter(|benchmark| benchmark.method == method)
            .filter(|benchmark| {
                objective.platforms.is_empty()
                    || objective
                        .platforms
                        .iter()
                        .any(|platform| platform.as_str() == benchmark.platform)
            })
            .max_by(|left, right| left.value.total_cmp(&right.value));
        // An account already above the benchmarks is judged against its own record: a target
        // never has to fall below the baseline to be "realistic".
        if let Some(benchmark) = best {
            let ceiling = (benchmark.value * BENCHMARK_MULTIPLE).max(baseline * BASELINE_RATE_GAIN);
            if target > ceiling {
                diagnostics.push(
                    Diagnostic::new("O008", path)
                        .text("objective", objective.label())
                        .with(
                            "target",
                            Argument::Quantity(target, kpi.unit, String::new()),
                        )
                        .with(
                            "benchmark",
                            Argument::Quantity(benchmark.value, kpi.unit, String::new()),
                        )
                        // A median and an average are not the same figure: say which.
                        .with(
                            "statistic",
                            Argument::Translated(match benchmark.statistic {
                                crate::knowledge::Statistic::Median => "statistic-median",
                                crate::knowledge::Statistic::Average => "statistic-average",
                            }),
                        )
                        .with(
                            "ceiling",
                            Argument::Quantity(ceiling, kpi.unit, String::new()),
                        )
                        .text(
                            "platform",
                            context.knowledge.platform_name(&benchmark.platform),
                        )
                        .with("method", context.kpi_name(&kpi.id))
                        .with(
                            "source",
                            Argument::Citation(benchmark.source.clone(), benchmark.year),
                        ),
                );
            }
        }
        return;
    }
    let countable = kpi.unit == Unit::Count
        && matches!(
            kpi.aggregation,
            Aggregation::Cumulative | Aggregation::Level
        );
    if !countable || target <= baseline {
        return;
    }
    let Some(deadline) = objective
        .deadline
        .filter(|deadline| *deadline > context.strategy.strategy.start)
    else {
        return;
    };
    let growth = &context.knowledge.growth;
    let months = months_between(context.strategy.strategy.start, deadline);
    // Small counts grow by steps (6 leads to 12 is not "x2" in any meaningful sense): below
    // the floor, the baseline counts as the floor.
    let multiple = target / baseline.max(growth.small_count_floor);
    let plausible = growth.monthly_multiple_ceiling.powf(months);
    if multiple > plausible {
        diagnostics.push(
            Diagnostic::new("O009", path)
                .text("objective", objective.label())
                .with("multiple", Argument::Number(target / baseline.max(1.0), 0))
                .with("months", Argument::Number(months, 1))
                .with("plausible", Argument::Number(plausible, 0))
                .with(
                    "ceiling",
                    Argument::Quantity(growth.monthly_multiple_ceiling, Unit::Ratio, String::new()),
                )
                .with(
                    "suggested",
                    Argument::Quantity(
                        baseline.max(growth.small_count_floor) * plausible,
                        kpi.unit,
                        context.currency(),
                    ),
                )
                .with(
                    "source",
                    Argument::Citation(growth.source.clone(), growth.year),
                ),
        );
    }
}

/// Whether an objective's statement names its KPI's measure ("from 1,800 to 3,000
/// followers"): the KPI then is the objective itself, not a proxy that might not prove it.
fn states_its_measure(statement: Option<&str>, kpi: &crate::knowledge::Kpi) -> bool {
    let Some(statement) = statement else {
        return false;
    };
    let statement = statement.to_lowercase();
    let mut names: Vec<String> = [Language::English, Language::French]
        .into_iter()
        .map(|language| kpi.name(language).to_lowercase())
        .collect();
    names.push(kpi.id.as_str().replace('_', " "));
    names.iter().any(|name| {
        // "Followers" also names "follower"; a name too short to tell is left out.
        let singular = name.strip_suffix('s').unwrap_or(name);
        singular.chars().count() >= 4 && statement.contains(singular)
    })
}
