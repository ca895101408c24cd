//! The plan's cost in hours and money, and the coverage of the message matrix.
//!
//! - `workload`: production (posts per week by format x minutes per format, adapted pieces at
//!   the adaptation time), community management per network and reporting, week by week: what
//!   providers take within their scope and dates leaves the team, operations add their load
//!   during their dates, and the team's capacity follows its members' dates.
//! - `cost`: staff time, tools x seats, always-on ad spend, operations, outsourcing and training,
//!   each booked in the month it is paid, against a total and a monthly budget.
//! - `coverage`: which persona x stage cells of the message matrix have a message.
//!
//! Effort figures come from the knowledge base unless the strategy's `[assumptions]` override
//! them.

mod cost;
mod coverage;
mod workload;

use serde::Serialize;

pub use cost::{CATEGORIES as COST_CATEGORIES, Cost, cost};
pub use coverage::{Coverage, PersonaCoverage, coverage, stages_that_matter};
pub use workload::{CommunityLoad, ProviderWork, WeekLoad, Workload, workload};

use crate::knowledge::Knowledge;
use crate::model::{Format, Operation, Skill};
use crate::strategy::Strategy;
use crate::values::Day;

/// The whole plan estimate.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Plan {
    pub workload: Workload,
    pub cost: Cost,
    pub coverage: Coverage,
}

impl Plan {
    /// What a provider costs over the period, and per hour it saves the team (none when it
    /// saves none): the figures to weigh before outsourcing.
    pub fn provider_cost(&self, work: &ProviderWork) -> (f64, Option<f64>) {
        let paid = self
            .cost
            .by_provider
            .get(&work.provider)
            .copied()
            .unwrap_or(0.0);
        let per_hour = (work.total_hours > 0.0).then(|| paid / work.total_hours);
        (paid, per_hour)
    }
}

pub fn plan(strategy: &Strategy, knowledge: &Knowledge) -> Plan {
    crate::analysis::count(|counts| counts.plans += 1);
    // The strategy's own KPIs and networks join the catalogue for this analysis.
    let knowledge = &*strategy.knowledge(knowledge);
    Plan {
        workload: workload(strategy, knowledge),
        cost: cost(strategy),
        coverage: coverage(strategy, knowledge),
    }
}

/// Minutes to produce one post of a format: the strategy's assumption, else the default.
pub fn minutes_per_post(strategy: &Strategy, knowledge: &Knowledge, format: Format) -> f64 {
    strategy
        .assumptions
        .minutes_per_format
        .get(&format)
        .map(|minutes| minutes.get())
        .or_else(|| knowledge.effort.format(format).map(|effort| effort.minutes))
        .unwrap_or(0.0)
}

/// Minutes to adapt a piece made for another network: the assumption, else the default.
pub fn adaptation_minutes(strategy: &Strategy, knowledge: &Knowledge) -> f64 {
    strategy
        .assumptions
        .adaptation_minutes_per_post
        .map(|minutes| minutes.get())
        .unwrap_or(knowledge.effort.adaptation.minutes_per_post)
}

/// Skills needed to produce a format.
pub fn skills_for_format(knowledge: &Knowledge, format: Format) -> Vec<Skill> {
    knowledge
        .effort
        .format(format)
        .map(|effort| effort.skills.clone())
        .unwrap_or_default()
}

/// Hours a week an operation takes while it runs: the strategy's assumption for its kind,
/// else the knowledge base's default.
pub fn operation_hours_per_week(
    strategy: &Strategy,
    knowledge: &Knowledge,
    operation: &Operation,
) -> f64 {
    let Some(kind) = operation.kind else {
        return 0.0;
    };
    strategy
        .assumptions
        .operation_hours_per_week
        .get(&kind)
        .map(|hours| hours.get())
        .or_else(|| {
            knowledge
                .effort
                .operation(kind)
                .map(|effort| effort.hours_per_week)
        })
        .unwrap_or(0.0)
}

/// Days shared by two periods, both ends included; zero when they do not meet.
fn overlap_days(first: (Day, Day), second: (Day, Day)) -> i64 {
    let start = first.0.max(second.0);
    let end = first.1.min(second.1);
    (start.days_until(end) + 1).max(0)
}

/// A window given by optional dates, within the strategy's period.
fn window(strategy: &Strategy, start: Option<Day>, end: Option<Day>) -> (Day, Day) {
    let info = &strategy.strategy;
    (
        start.unwrap_or(info.start).max(info.start),
        end.unwrap_or(info.end).min(info.end),
    )
}

#[cfg(test)]
mod tests;
