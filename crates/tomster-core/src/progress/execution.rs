//! Execution: the plan against what was published, per network and ISO week, and per
//! operation. The plan is the editorial calendar's slots (operations included); what was
//! published is the `posts` figure of the imports.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;
use serde::Serialize;

use super::kpi::DayFigures;
use crate::calendar::Calendar;
use crate::results::{Metric, Per};

/// One network's week.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WeekExecution {
    pub network: String,
    /// The week's Monday.
    pub start: Date,
    /// `YYYY-Www`, the ISO week.
    pub week: String,
    pub planned: u32,
    /// Posts imported for the week; none when the network's imports do not reach it.
    pub published: Option<f64>,
    /// The formats planned, with their counts.
    pub formats: BTreeMap<String, u32>,
}

/// An operation's posts: planned in the calendar, and published on its networks in its days.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OperationExecution {
    pub operation: String,
    pub name: String,
    pub start: Date,
    pub end: Date,
    pub networks: Vec<String>,
    pub planned: u32,
    pub published: Option<f64>,
}

/// A date's ISO week, `2027-W05`.
pub fn iso_week(date: Date) -> String {
    let week = date.iso_week_date();
    format!("{:04}-W{:02}", week.year(), week.week())
}

/// The last day any figure of a network reaches: its weeks after that are not known.
fn covered_until(figures: &DayFigures, network: &str) -> Option<Date> {
    figures
        .has(network, &Metric::Posts)
        .then(|| figures.last_measured_day(network))
        .flatten()
}

/// Posts published on a network from `from` to `to`, none when its imports do not reach `from`
/// (`until`: the network's [`covered_until`]).
fn published_until(
    figures: &DayFigures,
    network: &str,
    until: Option<Date>,
    from: Date,
    to: Date,
) -> Option<f64> {
    if until? < from {
        return None;
    }
    figures.sum(network, &Metric::Posts, from, to)
}

fn published(figures: &DayFigures, network: &str, from: Date, to: Date) -> Option<f64> {
    published_until(figures, network, covered_until(figures, network), from, to)
}

/// A week's planned posts on a network, and their count per format.
type WeekPlan<'a> = (u32, BTreeMap<&'a str, u32>);

/// The weeks from the one `from` falls in to the one `to` falls in, for every network planned
/// or published on, ordered by network then week.
pub fn weeks(
    calendar: &Calendar,
    figures: &DayFigures,
    from: Date,
    to: Date,
) -> Vec<WeekExecution> {
    let first_monday = Per::Week.start(from);
    // Per network (its place in `planned_networks`: a calendar has thousands of slots and a
    // handful of networks) and week (its Monday): the slots and their formats.
    let mut planned_networks: Vec<&str> = Vec::new();
    let mut planned: BTreeMap<(usize, Date), WeekPlan<'_>> = BTreeMap::new();
    for slot in &calendar.slots {
        let day = slot.date.0;
        if day < first_monday || day > to {
            continue;
        }
        let network = match planned_networks.iter().position(|n| **n == *slot.platform) {
            Some(index) => index,
            None => {
                planned_networks.push(&slot.platform);
                planned_networks.len() - 1
            }
        };
        let entry = planned.entry((network, Per::Week.start(day))).or_default();
        entry.0 += 1;
        *entry.1.entry(slot.format.as_str()).or_default() += 1;
    }
    let mut networks: BTreeSet<&str> = planned_networks.iter().copied().collect();
    networks.extend(
        figures
            .networks()
            .into_iter()
            .filter(|network| figures.has(network, &Metric::Posts)),
    );
    let mut rows = Vec::new();
    for network in networks {
        let until = covered_until(figures, network);
        let planned_index = planned_networks.iter().position(|n| *n == network);
        let mut monday = first_monday;
        while monday <= to {
            let sunday = monday
                .checked_add(jiff::Span::new().days(6))
                .unwrap_or(monday);
            let (count, formats) = planned_index
                .and_then(|index| planned.remove(&(index, monday)))
                .unwrap_or_default();
            let published = published_until(figures, network, until, monday, sunday);
            if count > 0 || published.is_some() {
                rows.push(WeekExecution {
                    network: network.to_owned(),
                    start: monday,
                    week: iso_week(monday),
                    planned: count,
                    published,
                    formats: formats
                        .into_iter()
                        .map(|(format, count)| (format.to_owned(), count))
                        .collect(),
                });
            }
            match monday.checked_add(jiff::Span::new().days(7)) {
                Ok(next) => monday = next,
                Err(_) => break,
            }
        }
    }
    rows
}

/// Each operation's planned posts and the posts published on its networks in its days (up to
/// `as_of`).
pub fn operations(
    calendar: &Calendar,
    figures: &DayFigures,
    as_of: Date,
) -> Vec<OperationExecution> {
    calendar
        .operations
        .iter()
        .filter(|operation| operation.start.0 <= as_of)
        .map(|operation| {
            let (start, end) = (operation.start.0, operation.end.0);
            let planned = calendar
                .slots
                .iter()
                .filter(|slot| slot.operation.as_deref() == Some(operation.id.as_str()))
                .count();
            let published = operation
                .platforms
                .iter()
                .filter_map(|network| published(figures, network, start, end.min(as_of)))
                .reduce(|a, b| a + b);
            OperationExecution {
                operation: operation.id.clone(),
                name: operation.name.clone(),
                start,
                end,
                networks: operation.platforms.clone(),
                planned: u32::try_from(planned).unwrap_or(u32::MAX),
                published,
            }
        })
        .collect()
}
