//! Money the plan costs, each amount booked in the month it is paid, against the budget.
//!
//! Categories: `staff` (the team's time, when members have a cost), `tools` (price x seats),
//! `ads` (always-on ad spend per network), `operations` (their budgets over their dates),
//! `outsourcing` (monthly within the provider's dates, or once when it starts) and `training`
//! (on its date). A monthly cost is prorated by the days of each month inside its window.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{overlap_days, window};
use crate::model::Billing;
use crate::strategy::Strategy;
use crate::values::Day;

/// Every category, in the order plans and documents show them.
pub const CATEGORIES: [&str; 6] = [
    "staff",
    "tools",
    "ads",
    "operations",
    "outsourcing",
    "training",
];

/// Money the plan costs, against the budget.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Cost {
    pub total: f64,
    /// The budget for the whole period.
    pub budget: Option<f64>,
    /// The budget for each month.
    pub monthly_budget: Option<f64>,
    pub currency: String,
    pub by_category: BTreeMap<String, f64>,
    /// By month, `YYYY-MM`.
    pub by_month: BTreeMap<String, f64>,
    /// Each provider's cost over the period, to set beside the hours it takes.
    pub by_provider: BTreeMap<String, f64>,
    /// Months whose spending is above the monthly budget.
    pub months_over_budget: Vec<String>,
}

impl Cost {
    /// The average cost of a month of the period (the total over the months, so it adds up).
    pub fn monthly_average(&self) -> f64 {
        if self.by_month.is_empty() {
            0.0
        } else {
            self.total / self.by_month.len() as f64
        }
    }
}

/// Days of `[from, to]` in each month, by month key.
fn days_by_month(from: Day, to: Day) -> BTreeMap<String, i64> {
    let mut months = BTreeMap::new();
    let total = from.days_until(to) + 1;
    let mut offset = 0;
    while offset < total {
        let day = from.plus_days(offset);
        let days_in_month = i64::from(day.date().days_in_month());
        let remaining_in_month = days_in_month - i64::from(day.date().day()) + 1;
        let taken = remaining_in_month.min(total - offset);
        *months.entry(day.month_key()).or_default() += taken;
        offset += taken;
    }
    months
}

/// The amounts of a monthly cost paid within `[from, to]`, by month, prorated by days.
fn monthly_amounts(amount: f64, from: Day, to: Day) -> Vec<(String, f64)> {
    if amount <= 0.0 || from > to {
        return Vec::new();
    }
    let mut amounts = Vec::new();
    let mut offset = 0;
    let total = from.days_until(to) + 1;
    while offset < total {
        let day = from.plus_days(offset);
        let days_in_month = i64::from(day.date().days_in_month());
        let month_start = day.plus_days(1 - i64::from(day.date().day()));
        let month_end = month_start.plus_days(days_in_month - 1);
        let days = overlap_days((month_start, month_end), (from, to));
        amounts.push((day.month_key(), amount * days as f64 / days_in_month as f64));
        offset += days.max(1);
    }
    amounts
}

pub fn cost(strategy: &Strategy) -> Cost {
    let info = &strategy.strategy;
    let mut by_category: BTreeMap<String, f64> = CATEGORIES
        .iter()
        .map(|key| ((*key).to_owned(), 0.0))
        .collect();
    let mut by_month: BTreeMap<String, f64> = BTreeMap::new();
    if strategy.period_days() > 0 {
        for month in days_by_month(info.start, info.end).keys() {
            by_month.insert(month.clone(), 0.0);
        }
    }
    let mut by_provider: BTreeMap<String, f64> = BTreeMap::new();
    let mut add = |category: &str, month: String, amount: f64| {
        *by_category.entry(category.to_owned()).or_default() += amount;
        *by_month.entry(month).or_default() += amount;
    };

    for member in &strategy.resources.team {
        let (from, to) = window(strategy, member.start, member.end);
        if let Some(monthly_cost) = member.monthly_cost {
            for (month, amount) in monthly_amounts(monthly_cost.get() * member.people(), from, to) {
                add("staff", month, amount);
            }
        } else if let Some(hourly_cost) = member.hourly_cost {
            // The hours the member gives to the plan, day by day of each month.
            let per_day = hourly_cost.get() * member.weekly_hours() / 7.0;
            for (month, days) in days_by_month(from, to) {
                if from <= to {
                    add("staff", month, per_day * days as f64);
                }
            }
        }
    }
    for tool in &strategy.tools {
        let seats = f64::from(tool.seats.unwrap_or(1));
        let monthly_cost = tool.monthly_cost.map(|cost| cost.get()).unwrap_or(0.0) * seats;
        for (month, amount) in monthly_amounts(monthly_cost, info.start, info.end) {
            add("tools", month, amount);
        }
    }
    for always_on in &strategy.always_on {
        let spend = always_on
            .ad_budget_per_month
            .map(|budget| budget.get())
            .unwrap_or(0.0);
        for (month, amount) in monthly_amounts(spend, info.start, info.end) {
            add("ads", month, amount);
        }
    }
    for operation in &strategy.operations {
        let budget = operation.budget.map(|budget| budget.get()).unwrap_or(0.0);
        if budget == 0.0 {
            continue;
        }
        let from = operation.start.unwrap_or(info.start);
        let to = operation.end.unwrap_or(from).max(from);
        let total_days = (from.days_until(to) + 1) as f64;
        for (month, days) in days_by_month(from, to) {
            add("operations", month, budget * days as f64 / total_days);
        }
    }
    for provider in &strategy.resources.outsourcing {
        let amount = provider.cost.map(|cost| cost.get()).unwrap_or(0.0);
        let (from, to) = window(strategy, provider.start, provider.end);
        let mut paid = 0.0;
        match provider.billing.unwrap_or(Billing::Monthly) {
            Billing::Monthly => {
                for (month, share) in monthly_amounts(amount, from, to) {
                    paid += share;
                    add("outsourcing", month, share);
                }
            }
            // A one-off cost is paid when the work starts.
            Billing::Once => {
                paid = amount;
                add("outsourcing", from.month_key(), amount);
            }
        }
        *by_provider.entry(provider.provider.clone()).or_default() += paid;
    }
    for training in &strategy.resources.training {
        let amount = training.cost.map(|cost| cost.get()).unwrap_or(0.0);
        add(
            "training",
            training.date.unwrap_or(info.start).month_key(),
            amount,
        );
    }

    let monthly_budget = strategy.resources.monthly_budget.map(|budget| budget.get());
    let months_over_budget = match monthly_budget {
        Some(limit) => by_month
            .iter()
            .filter(|(_, spent)| **spent > limit + 0.005)
            .map(|(month, _)| month.clone())
            .collect(),
        None => Vec::new(),
    };
    Cost {
        total: by_category.values().sum(),
        budget: strategy.resources.budget.map(|budget| budget.get()),
        monthly_budget,
        currency: info
            .currency
            .as_ref()
            .map(|currency| currency.as_str().to_owned())
            .unwrap_or_else(|| "EUR".to_owned()),
        by_category,
        by_month,
        by_provider,
        months_over_budget,
    }
}
