//! Findings over the results: the rules that say what to adjust, in the checker's form (a code
//! of the catalogue `rules.toml` marked `reads_results`, a path into the strategy, values for
//! the sentences in both languages).

use jiff::civil::Date;

use super::execution::{self, WeekExecution};
use super::kpi::{self, Method};
use super::{Context, ObjectiveProgress, Status};
use crate::diagnostics::{Argument, Diagnostic};
use crate::model::Review;
use crate::results::{Metric, Per};
use crate::values::Day;

/// Weeks in a row under half the plan before a network is said to fall behind it.
pub const WEEKS_UNDER_PLAN: usize = 3;

/// Months in a row of falling reach per post before it is said.
pub const MONTHS_FALLING: usize = 3;

/// A finding and what it is about: an objective's id, a network's id.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub diagnostic: Diagnostic,
    pub objective: Option<String>,
    pub network: Option<String>,
}

/// Every finding as of `context.as_of`, from the objectives' progress and the plan against
/// published from the strategy's start to that day (`execution::weeks`).
pub fn findings(
    context: &Context,
    progress: &[ObjectiveProgress],
    weeks: &[execution::WeekExecution],
) -> Vec<Finding> {
    raw_findings(context, progress, weeks)
        .into_iter()
        .map(|diagnostic| about(context, diagnostic))
        .collect()
}

/// The objective or network a finding's path and values are about.
fn about(context: &Context, diagnostic: Diagnostic) -> Finding {
    let strategy = context.strategy;
    let index = |prefix: &str| {
        diagnostic
            .path
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix(']'))
            .and_then(|number| number.parse::<usize>().ok())
    };
    let objective = index("objectives[")
        .and_then(|i| strategy.objectives.get(i))
        .map(|objective| objective.id.as_str().to_owned());
    let plan = index("kpis[").and_then(|i| strategy.kpis.get(i));
    let objective = objective.or_else(|| {
        plan.and_then(|plan| plan.objective.as_ref())
            .map(|id| id.as_str().to_owned())
    });
    let network = index("always_on[")
        .and_then(|i| strategy.always_on.get(i))
        .map(|always_on| always_on.platform.as_str().to_owned())
        .or_else(|| {
            plan.and_then(|plan| plan.platform.as_ref())
                .map(|platform| platform.as_str().to_owned())
        })
        .or_else(|| {
            diagnostic
                .arguments
                .iter()
                .find_map(|(name, value)| match (name, value) {
                    (&"network_id", Argument::Text(id)) => Some(id.clone()),
                    _ => None,
                })
        });
    let diagnostic = Diagnostic {
        arguments: diagnostic
            .arguments
            .into_iter()
            .filter(|(name, _)| *name != "network_id")
            .collect(),
        ..diagnostic
    };
    Finding {
        diagnostic,
        objective,
        network,
    }
}

fn raw_findings(
    context: &Context,
    progress: &[ObjectiveProgress],
    weeks: &[execution::WeekExecution],
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    objectives(context, progress, &mut found);
    under_plan(context, weeks, &mut found);
    falling_reach(context, &mut found);
    unmeasured(context, &mut found);
    unplanned_networks(context, &mut found);
    idle_operations(context, &mut found);
    found
}

fn objective_label(context: &Context, index: usize) -> Argument {
    Argument::Text(context.strategy.objectives[index].label().to_owned())
}

fn kpi_name(context: &Context, id: &str) -> Argument {
    context
        .knowledge
        .kpi(id)
        .map_or_else(|| Argument::Text(id.to_owned()), Context::kpi_name)
}

fn network_name(context: &Context, id: &str) -> Argument {
    Argument::Text(context.knowledge.platform_name(id).to_owned())
}

/// E101 at risk, E102 off track: with what it would now take, or the target the data supports.
fn objectives(context: &Context, progress: &[ObjectiveProgress], found: &mut Vec<Diagnostic>) {
    for objective in progress {
        let Some(kpi) = objective.kpi.as_deref() else {
            continue;
        };
        let quantity = |value: f64| context.quantity(value, objective.unit);
        let path = format!("objectives[{}]", objective.index);
        let label = objective_label(context, objective.index);
        match objective.status {
            Status::AtRisk => {
                let (Some(actual), Some(expected), Some(pace)) =
                    (objective.actual, objective.expected, objective.pace)
                else {
                    continue;
                };
                let mut finding = Diagnostic::new("E101", path)
                    .with("objective", label)
                    .with("kpi", kpi_name(context, kpi))
                    .with("actual", quantity(actual))
                    .with("expected", quantity(expected))
                    .with("pace", Argument::Percent(pace));
                finding = finding.with(
                    "needed",
                    quantity(objective.needed_per_month.unwrap_or(0.0).max(0.0)),
                );
                found.push(finding);
            }
            Status::OffTrack if context.as_of < objective.deadline => {
                let (Some(forecast), Some(target)) = (objective.forecast, objective.target) else {
                    continue;
                };
                found.push(
                    Diagnostic::new("E102", path)
                        .with("objective", label)
                        .with("kpi", kpi_name(context, kpi))
                        .with("forecast", quantity(forecast.value))
                        .with("low", quantity(forecast.low))
                        .with("high", quantity(forecast.high))
                        .with("target", quantity(target))
                        .with("deadline", Argument::Day(Day(objective.deadline))),
                );
            }
            _ => {}
        }
    }
}

/// E103: a planned network published at under half its plan for the last three complete
/// weeks its imports reach.
fn under_plan(context: &Context, weeks: &[WeekExecution], found: &mut Vec<Diagnostic>) {
    for (index, always_on) in context.strategy.always_on.iter().enumerate() {
        let network = always_on.platform.as_str();
        let complete: Vec<&WeekExecution> = weeks
            .iter()
            .filter(|week| week.network == network && week.published.is_some())
            .filter(|week| {
                week.start
                    .checked_add(jiff::Span::new().days(6))
                    .is_ok_and(|sunday| sunday <= context.as_of)
            })
            .collect();
        let Some(last) = complete.get(complete.len().saturating_sub(WEEKS_UNDER_PLAN)..) else {
            continue;
        };
        let behind = last.len() == WEEKS_UNDER_PLAN
            && last.iter().all(|week| {
                week.planned > 0 && week.published.unwrap_or(0.0) < f64::from(week.planned) / 2.0
            });
        if behind {
            let planned: u32 = last.iter().map(|week| week.planned).sum();
            let published: f64 = last.iter().filter_map(|week| week.published).sum();
            found.push(
                Diagnostic::new("E103", format!("always_on[{index}]"))
                    .with("network", network_name(context, network))
                    .with("weeks", Argument::Number(WEEKS_UNDER_PLAN as f64, 0))
                    .with("planned", Argument::Number(f64::from(planned), 0))
                    .with("published", Argument::Number(published, 0)),
            );
        }
    }
}

/// The complete months from the strategy's start to the date, oldest first.
fn complete_months(context: &Context) -> Vec<(Date, Date)> {
    let mut months = Vec::new();
    let mut first = context.strategy.strategy.start.0.first_of_month();
    while first.last_of_month() <= context.as_of {
        months.push((first, first.last_of_month()));
        match first.last_of_month().tomorrow() {
            Ok(next) => first = next,
            Err(_) => break,
        }
    }
    months
}

/// E104: a network whose posts reach fewer people, per post, month after month.
fn falling_reach(context: &Context, found: &mut Vec<Diagnostic>) {
    let figures = context.figures;
    let months = complete_months(context);
    for network in figures.networks() {
        if !figures.has(network, &Metric::Reach) || !figures.has(network, &Metric::Posts) {
            continue;
        }
        let per_post: Vec<(Date, f64)> = months
            .iter()
            .filter_map(|(from, to)| {
                let posts = figures.sum(network, &Metric::Posts, *from, *to)?;
                let reach = figures.sum(network, &Metric::Reach, *from, *to)?;
                (posts > 0.0).then_some((*from, reach / posts))
            })
            .collect();
        let Some(last) = per_post.get(per_post.len().saturating_sub(MONTHS_FALLING + 1)..) else {
            continue;
        };
        let falling = last.len() == MONTHS_FALLING + 1 && last.windows(2).all(|w| w[1].1 < w[0].1);
        if let (true, Some(first), Some(latest)) = (falling, last.first(), last.last()) {
            found.push(
                Diagnostic::new("E104", "platforms")
                    .with("network", network_name(context, network))
                    .text("network_id", network)
                    .with("months", Argument::Number(MONTHS_FALLING as f64, 0))
                    .with("from", Argument::Number(first.1, 0))
                    .with("to", Argument::Number(latest.1, 0))
                    .with("since", Argument::Month(Day(first.0))),
            );
        }
    }
}

/// The last complete review period before the date: yesterday, last week, last month.
fn last_review_period(review: Review, as_of: Date) -> Option<(Date, Date)> {
    let tomorrow = as_of.tomorrow().ok()?;
    let (per, step) = match review {
        Review::Daily => (Per::Day, jiff::Span::new().days(1)),
        Review::Weekly => (Per::Week, jiff::Span::new().weeks(1)),
        Review::Monthly => (Per::Month, jiff::Span::new().months(1)),
    };
    // The period that ends on the date, or the one before the current.
    let current = per.start(tomorrow);
    let from = current.checked_sub(step).ok()?;
    Some((from, current.yesterday().ok()?))
}

/// E105: a KPI of the table with no figure in its last review period.
fn unmeasured(context: &Context, found: &mut Vec<Diagnostic>) {
    let strategy = context.strategy;
    for (index, plan) in strategy.kpis.iter().enumerate() {
        let (Some(review), Some(metric)) = (plan.review, plan.metric.as_ref()) else {
            continue;
        };
        let Some(kpi) = context.knowledge.kpi(metric.as_str()) else {
            continue;
        };
        let Some(method) = Method::of(kpi) else {
            continue;
        };
        let Some((from, to)) = last_review_period(review, context.as_of) else {
            continue;
        };
        if from < strategy.strategy.start.0 || to > strategy.strategy.end.0 {
            continue;
        }
        let objective = plan
            .objective
            .as_ref()
            .and_then(|id| strategy.objective(id))
            .map(|(_, objective)| objective);
        let given: Vec<String> = plan
            .platform
            .iter()
            .map(|platform| platform.as_str().to_owned())
            .chain(
                objective
                    .into_iter()
                    .flat_map(|objective| objective.platforms.iter())
                    .map(|platform| platform.as_str().to_owned()),
            )
            .collect();
        let networks = kpi::networks_for(&method, &given, context.figures);
        let measured = networks.iter().any(|network| {
            method
                .metrics()
                .iter()
                .any(|metric| context.figures.any_between(network, metric, from, to))
        });
        if !measured {
            found.push(
                Diagnostic::new("E105", format!("kpis[{index}]"))
                    .with("kpi", kpi_name(context, metric.as_str()))
                    .with(
                        "review",
                        Argument::Term(format!("progress-review-{}", review.as_str())),
                    )
                    .with("from", Argument::Day(Day(from)))
                    .with("to", Argument::Day(Day(to))),
            );
        }
    }
}

/// E106: posts published on a network the strategy does not use.
fn unplanned_networks(context: &Context, found: &mut Vec<Diagnostic>) {
    let strategy = context.strategy;
    let used = |network: &str| {
        strategy.platforms.iter().any(|p| p.id.as_str() == network)
            || strategy
                .custom_networks
                .iter()
                .any(|n| n.id.as_str() == network)
    };
    for network in context.figures.networks() {
        if used(network) {
            continue;
        }
        let posts = context.figures.sum(
            network,
            &Metric::Posts,
            strategy.strategy.start.0,
            context.as_of,
        );
        if let Some(posts) = posts.filter(|posts| *posts > 0.0) {
            found.push(
                Diagnostic::new("E106", "platforms")
                    .with("network", network_name(context, network))
                    .text("network_id", network)
                    .with("posts", Argument::Number(posts, 0)),
            );
        }
    }
}

/// E107: an operation over whose days its objective's KPI moved no more than in as many days
/// before it.
fn idle_operations(context: &Context, found: &mut Vec<Diagnostic>) {
    let strategy = context.strategy;
    for (index, operation) in strategy.operations.iter().enumerate() {
        let (Some(start), Some(end)) = (operation.start, operation.end) else {
            continue;
        };
        let (start, end) = (start.0, end.0);
        if end >= context.as_of {
            continue;
        }
        let Ok(span) = start.until(end) else {
            continue;
        };
        let days = span.get_days() + 1;
        let Ok(before_start) = start.checked_sub(jiff::Span::new().days(days)) else {
            continue;
        };
        let Ok(before_end) = start.yesterday() else {
            continue;
        };
        let objective = operation
            .objectives
            .iter()
            .filter_map(|id| strategy.objective(id).map(|(_, objective)| objective))
            .find_map(|objective| {
                let kpi = context.knowledge.kpi(objective.kpi.as_ref()?.as_str())?;
                let method = Method::of(kpi).filter(Method::is_flow)?;
                Some((objective, kpi, method))
            });
        let Some((objective, kpi, method)) = objective else {
            continue;
        };
        let given: Vec<String> = objective
            .platforms
            .iter()
            .map(|platform| platform.as_str().to_owned())
            .collect();
        let networks = kpi::networks_for(&method, &given, context.figures);
        let value = |from, to| kpi::value(&method, &networks, context.figures, from, to);
        let (Some(during), Some(before)) = (value(start, end), value(before_start, before_end))
        else {
            continue;
        };
        // Figures of both windows, each with a day of its own: a KPI typed once a month says
        // nothing of a two-day operation.
        let first_figure = kpi::first_day(&method, &networks, context.figures);
        let seen = |from, to| {
            networks.iter().any(|network| {
                method
                    .metrics()
                    .iter()
                    .any(|metric| context.figures.any_between(network, metric, from, to))
            })
        };
        if first_figure.is_none_or(|first| first > before_start)
            || !seen(start, end)
            || !seen(before_start, before_end)
        {
            continue;
        }
        if during.value <= before.value {
            found.push(
                Diagnostic::new("E107", format!("operations[{index}]"))
                    .text("operation", operation.label())
                    .with("kpi", Context::kpi_name(kpi))
                    .with("during", context.quantity(during.value, kpi.unit))
                    .with("before", context.quantity(before.value, kpi.unit))
                    .with("days", Argument::Number(days as f64, 0)),
            );
        }
    }
}
