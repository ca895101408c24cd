//! Execution: the plan against what was published, per network and ISO week, and per
//! operation. The plan is the editorial calendar's slots (operations included); what was
//! published is the `posts` figure of the imports, and its formats the `posts:FORMAT` figures
//! (each post's format read from the type its export gives: `results::post_format`).

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;
use serde::Serialize;

use super::kpi::DayFigures;
use crate::calendar::Calendar;
use crate::model::Format;
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
    /// The formats published, with their counts, as far as the exports tell a post's format
    /// (posts whose export does not are in `published` only): none when the week's posts are
    /// not known or the network's exports never tell a format (X's); empty for a silent week.
    pub published_formats: Option<BTreeMap<String, f64>>,
}

/// A network's format over several weeks: posts planned and published in it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FormatExecution {
    pub network: String,
    /// None: the posts published whose format the exports do not tell, or tell as one the
    /// strategy has no name for.
    pub format: Option<Format>,
    pub planned: u32,
    /// None when the network's exports tell no format for these weeks, or do not reach them.
    pub published: Option<f64>,
    /// Whether the network's imports reach any of these weeks.
    pub imported: bool,
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
        // The network's posts per format and day, looked up once rather than every week.
        let format_days: Vec<(Format, &[(Date, f64)])> = Format::ALL
            .iter()
            .filter_map(|format| {
                figures
                    .days(network, &Metric::PostsAs(*format))
                    .map(|days| (*format, days))
            })
            .collect();
        let mut monday = first_monday;
        while monday <= to {
            let sunday = monday
                .checked_add(jiff::Span::new().days(6))
                .unwrap_or(monday);
            let (count, formats) = planned_index
                .and_then(|index| planned.remove(&(index, monday)))
                .unwrap_or_default();
            let published = published_until(figures, network, until, monday, sunday);
            let published_formats = match published {
                Some(_) if !format_days.is_empty() => Some(
                    format_days
                        .iter()
                        .filter_map(|(format, days)| {
                            let start = days.partition_point(|(day, _)| *day < monday);
                            let end = days.partition_point(|(day, _)| *day <= sunday);
                            let count: f64 = days.get(start..end)?.iter().map(|(_, n)| n).sum();
                            (count > 0.0).then(|| (format.as_str().to_owned(), count))
                        })
                        .collect(),
                ),
                _ => None,
            };
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
                    published_formats,
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

/// The formats planned and published per network over the weeks given (those of a month, or
/// the last ones shown), ordered by network then format, the posts of no known format last.
pub fn formats(weeks: &[&WeekExecution]) -> Vec<FormatExecution> {
    let mut networks: Vec<&str> = weeks.iter().map(|week| week.network.as_str()).collect();
    networks.sort_unstable();
    networks.dedup();
    let mut rows = Vec::new();
    for network in networks {
        let of_network = || weeks.iter().filter(|week| week.network == network);
        let told = of_network().any(|week| week.published_formats.is_some());
        let imported = of_network().any(|week| week.published.is_some());
        let mut counts: BTreeMap<Format, (u32, f64)> = BTreeMap::new();
        let mut untold = 0.0;
        for week in of_network() {
            for (format, planned) in &week.formats {
                if let Some(format) = Format::parse(format) {
                    counts.entry(format).or_default().0 += planned;
                }
            }
            if let Some(published) = &week.published_formats {
                let mut known = 0.0;
                for (format, count) in published {
                    if let Some(format) = Format::parse(format) {
                        counts.entry(format).or_default().1 += count;
                        known += count;
                    }
                }
                untold += (week.published.unwrap_or(0.0) - known).max(0.0);
            }
        }
        for (format, (planned, published)) in counts {
            rows.push(FormatExecution {
                network: network.to_owned(),
                format: Some(format),
                planned,
                published: told.then_some(published),
                imported,
            });
        }
        if untold > 0.0 {
            rows.push(FormatExecution {
                network: network.to_owned(),
                format: None,
                planned: 0,
                published: Some(untold),
                imported,
            });
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
