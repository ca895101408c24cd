//! KPI values from the imported figures: each KPI's `computed` method (the catalogue's
//! `kpis.toml`) over the metric vocabulary of `results`, for any period and set of networks.
//!
//! A flow adds its days up; a level reads its last value; a rate is a ratio of sums over the
//! period, never a mean of daily or per-post rates. Reach added up over days or posts counts
//! a person once per day or post, not once in the period: such values are marked approximate,
//! and so is a level added up across networks (one person may follow two of them).

use std::collections::BTreeSet;

use jiff::civil::Date;

use crate::knowledge::{Aggregation, Kpi};
use crate::results::{Figure, Metric};

/// The imported figures per network, metric and day, none after the date they are read as of.
///
/// Each series is a vector sorted by day, found by a scan of the few series a strategy has
/// (no key is allocated to look one up) and cut by binary search: a results view asks it
/// thousands of questions, each over a few years of days.
/// A network's figures of a metric per day: `(network, metric, [(day, value)])`.
pub type DaySeries = (String, Metric, Vec<(Date, f64)>);

#[derive(Clone, Debug, Default, PartialEq)]
pub struct DayFigures {
    series: Vec<Series>,
}

#[derive(Clone, Debug, PartialEq)]
struct Series {
    network: String,
    metric: Metric,
    /// By day, one entry per day (figures of one day added up in the order they came).
    days: Vec<(Date, f64)>,
}

impl Series {
    /// The entries from `from` to `to`.
    fn between(&self, from: Date, to: Date) -> &[(Date, f64)] {
        let start = self.days.partition_point(|(day, _)| *day < from);
        let end = self.days.partition_point(|(day, _)| *day <= to);
        self.days.get(start..end.max(start)).unwrap_or(&[])
    }
}

impl DayFigures {
    /// Figures per day (`results::Per::Day`); those after `as_of` are left out, so a past
    /// reading is the same whatever was imported since.
    pub fn new(figures: impl IntoIterator<Item = Figure>, as_of: Date) -> DayFigures {
        let mut series: Vec<Series> = Vec::new();
        for figure in figures {
            if figure.start > as_of {
                continue;
            }
            // Figures come grouped by network and metric: the last series is the usual one.
            let found = series
                .iter()
                .rposition(|s| s.network == figure.network && s.metric == figure.metric);
            let index = match found {
                Some(index) => index,
                None => {
                    series.push(Series {
                        network: figure.network,
                        metric: figure.metric,
                        days: Vec::new(),
                    });
                    series.len() - 1
                }
            };
            series[index].days.push((figure.start, figure.value));
        }
        DayFigures::gathered(series)
    }

    /// Every network with a figure.
    pub fn networks(&self) -> BTreeSet<&str> {
        self.series.iter().map(|s| s.network.as_str()).collect()
    }

    fn series(&self, network: &str, metric: &Metric) -> Option<&Series> {
        // The metric first: most are plain variants, compared without reading a string.
        self.series
            .iter()
            .find(|s| s.metric == *metric && s.network == network)
    }

    /// The last day a network has a figure of any metric the vocabulary names (a strategy's
    /// own metrics aside): how far its imports reach.
    pub fn last_measured_day(&self, network: &str) -> Option<Date> {
        self.series
            .iter()
            .filter(|s| s.network == network && !matches!(s.metric, Metric::Custom(_)))
            .filter_map(|s| s.days.last().map(|(day, _)| *day))
            .max()
    }

    /// Figures per day already gathered in series (the stored figures of the web
    /// application): `(network, metric, [(day, value)])`, the same as [`DayFigures::new`] of
    /// those figures in that order, without a figure made for each day.
    pub fn from_series(series: impl IntoIterator<Item = DaySeries>, as_of: Date) -> DayFigures {
        let mut all: Vec<Series> = Vec::new();
        for (network, metric, mut days) in series {
            days.retain(|(day, _)| *day <= as_of);
            if days.is_empty() {
                continue;
            }
            match all
                .iter_mut()
                .find(|s| s.metric == metric && s.network == network)
            {
                Some(same) => same.days.extend(days),
                None => all.push(Series {
                    network,
                    metric,
                    days,
                }),
            }
        }
        DayFigures::gathered(all)
    }

    /// Each series in day order, one entry per day, and the series in key order.
    fn gathered(mut series: Vec<Series>) -> DayFigures {
        for one in &mut series {
            let ordered = one.days.windows(2).all(|pair| pair[0].0 < pair[1].0);
            if ordered {
                // `0.0 +`: as a sum of one figure (-0.0 reads 0).
                for (_, value) in &mut one.days {
                    *value += 0.0;
                }
                continue;
            }
            // Stable: the figures of one day keep their order, and are added up in it.
            one.days.sort_by_key(|(day, _)| *day);
            let mut merged: Vec<(Date, f64)> = Vec::with_capacity(one.days.len());
            for (day, value) in one.days.drain(..) {
                match merged.last_mut() {
                    Some((last, sum)) if *last == day => *sum += value,
                    _ => merged.push((day, 0.0 + value)),
                }
            }
            one.days = merged;
        }
        series
            .sort_by(|a, b| (a.network.as_str(), &a.metric).cmp(&(b.network.as_str(), &b.metric)));
        DayFigures { series }
    }

    /// A network's figures of a metric, one per day in day order (none without any).
    pub fn days(&self, network: &str, metric: &Metric) -> Option<&[(Date, f64)]> {
        self.series(network, metric).map(|s| s.days.as_slice())
    }

    /// Whether a network has any figure of a metric.
    pub fn has(&self, network: &str, metric: &Metric) -> bool {
        self.series(network, metric).is_some()
    }

    /// The last day a network has a figure of a metric: how far its imports reach.
    pub fn last_day(&self, network: &str, metric: &Metric) -> Option<Date> {
        self.series(network, metric)
            .and_then(|s| s.days.last().map(|(day, _)| *day))
    }

    /// Whether a network has a figure of a metric on a day from `from` to `to`.
    pub fn any_between(&self, network: &str, metric: &Metric, from: Date, to: Date) -> bool {
        from <= to
            && self
                .series(network, metric)
                .is_some_and(|s| !s.between(from, to).is_empty())
    }

    /// The first day a network has a figure of a metric.
    pub fn first_day(&self, network: &str, metric: &Metric) -> Option<Date> {
        self.series(network, metric)
            .and_then(|s| s.days.first().map(|(day, _)| *day))
    }

    /// The sum of a metric's days from `from` to `to` (none when the network has no figure
    /// of it at all; zero for days without one, such as days without posts).
    pub fn sum(&self, network: &str, metric: &Metric, from: Date, to: Date) -> Option<f64> {
        let series = self.series(network, metric)?;
        if from > to {
            return Some(0.0);
        }
        // `+ 0.0`: an empty float sum is -0.0, which would print as "-0".
        Some(
            series
                .between(from, to)
                .iter()
                .map(|(_, value)| value)
                .sum::<f64>()
                + 0.0,
        )
    }

    /// A level's last value on or before `to`.
    pub fn latest(&self, network: &str, metric: &Metric, to: Date) -> Option<f64> {
        let series = self.series(network, metric)?;
        let end = series.days.partition_point(|(day, _)| *day <= to);
        end.checked_sub(1)
            .and_then(|last| series.days.get(last))
            .map(|(_, value)| *value)
    }
}

/// One term of a ratio.
#[derive(Clone, Debug, PartialEq)]
pub enum Operand {
    /// The metric added up over the period.
    Sum(Metric),
    /// The level at the period's end.
    Latest(Metric),
}

/// How a KPI's value over a period comes from the figures.
#[derive(Clone, Debug, PartialEq)]
pub enum Method {
    Sum(Metric),
    Latest(Metric),
    /// The change of a level over the period, in percent of its value at the start.
    Growth(Metric),
    /// The first term divided by each of the others, times `scale`.
    Ratio {
        terms: Vec<Operand>,
        scale: f64,
    },
    /// A figure no export gives, typed under the KPI's own id: added up when the KPI is a
    /// flow, read as a level otherwise.
    Typed {
        metric: Metric,
        flow: bool,
    },
}

impl Method {
    /// Reads a catalogue KPI's `computed` text; `None` when it is not one the grammar knows
    /// (a test parses every KPI's).
    pub fn parse(text: &str, kpi: &Kpi) -> Option<Method> {
        let words: Vec<&str> = text.split_whitespace().collect();
        let metric = |id: &str| Metric::from_id(id);
        match words.as_slice() {
            ["typed"] => Some(Method::Typed {
                metric: Metric::Custom(kpi.id.clone()),
                flow: kpi.aggregation == Aggregation::Cumulative,
            }),
            ["sum", id] => metric(id).map(Method::Sum),
            ["latest", id] => metric(id).map(Method::Latest),
            ["growth", id] => metric(id).map(Method::Growth),
            ["ratio", rest @ ..] => {
                let (rest, scale) = match rest {
                    [terms @ .., "x", scale] => (terms, scale.parse::<f64>().ok()?),
                    terms => (terms, 1.0),
                };
                let mut terms = Vec::new();
                for part in rest.split(|word| *word == "/") {
                    terms.push(match part {
                        [id] => Operand::Sum(metric(id)?),
                        ["latest", id] => Operand::Latest(metric(id)?),
                        _ => return None,
                    });
                }
                (terms.len() >= 2).then_some(Method::Ratio { terms, scale })
            }
            _ => None,
        }
    }

    /// The method of a KPI.
    pub fn of(kpi: &Kpi) -> Option<Method> {
        Method::parse(&kpi.computed, kpi)
    }

    /// The metrics the method reads (for engagements, its parts too).
    pub fn metrics(&self) -> Vec<Metric> {
        let mut metrics = match self {
            Method::Sum(metric)
            | Method::Latest(metric)
            | Method::Growth(metric)
            | Method::Typed { metric, .. } => vec![metric.clone()],
            Method::Ratio { terms, .. } => terms
                .iter()
                .map(|term| match term {
                    Operand::Sum(metric) | Operand::Latest(metric) => metric.clone(),
                })
                .collect(),
        };
        if metrics.contains(&Metric::Engagements) {
            metrics.extend(ENGAGEMENT_PARTS.iter().cloned());
        }
        metrics
    }

    /// Whether the KPI is a level (its last value counts) rather than something over a period.
    pub fn is_level(&self) -> bool {
        matches!(self, Method::Latest(_) | Method::Typed { flow: false, .. })
    }

    /// Whether the KPI adds up over time.
    pub fn is_flow(&self) -> bool {
        matches!(self, Method::Sum(_) | Method::Typed { flow: true, .. })
    }
}

/// What engagements are where a network reports no total: the interactions it counts.
const ENGAGEMENT_PARTS: &[Metric] = &[
    Metric::Likes,
    Metric::Comments,
    Metric::Shares,
    Metric::Saves,
];

/// A KPI's value, and whether the figures only approximate it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Value {
    pub value: f64,
    pub approximate: bool,
}

/// The networks a KPI is read on: those given that have any of its figures, or, when none
/// has, every network that has (a KPI read from web analytics, such as sessions, counts on
/// the website; a figure typed by hand counts wherever it was filed).
pub fn networks_for(method: &Method, given: &[String], figures: &DayFigures) -> Vec<String> {
    let metrics = method.metrics();
    let has_any = |network: &str| metrics.iter().any(|metric| figures.has(network, metric));
    let typed = matches!(method, Method::Typed { .. });
    let chosen: Vec<String> = given
        .iter()
        .filter(|network| !typed && has_any(network))
        .cloned()
        .collect();
    if !chosen.is_empty() {
        return chosen;
    }
    figures
        .networks()
        .into_iter()
        .filter(|network| has_any(network))
        .map(str::to_owned)
        .collect()
}

/// A metric added up over the networks (none when no network has it). Engagements, where a
/// network has no total, are the sum of the interactions it reports.
fn sum(
    figures: &DayFigures,
    networks: &[String],
    metric: &Metric,
    from: Date,
    to: Date,
) -> Option<f64> {
    let mut total = None;
    for network in networks {
        let value = figures.sum(network, metric, from, to).or_else(|| {
            (*metric == Metric::Engagements)
                .then(|| {
                    ENGAGEMENT_PARTS
                        .iter()
                        .filter_map(|part| figures.sum(network, part, from, to))
                        .reduce(|a, b| a + b)
                })
                .flatten()
        });
        if let Some(value) = value {
            *total.get_or_insert(0.0) += value;
        }
    }
    total
}

/// A level's last value on or before `to`, added up over the networks, with the number of
/// networks that have one.
fn latest(
    figures: &DayFigures,
    networks: &[String],
    metric: &Metric,
    to: Date,
) -> Option<(f64, usize)> {
    let values: Vec<f64> = networks
        .iter()
        .filter_map(|network| figures.latest(network, metric, to))
        .collect();
    (!values.is_empty()).then(|| (values.iter().sum(), values.len()))
}

/// The KPI's value over `[from, to]` on the networks (a level: at `to`), or none when the
/// figures it needs are missing or a divisor is zero.
pub fn value(
    method: &Method,
    networks: &[String],
    figures: &DayFigures,
    from: Date,
    to: Date,
) -> Option<Value> {
    let reach_summed = |metric: &Metric| *metric == Metric::Reach && from < to;
    match method {
        Method::Sum(metric) | Method::Typed { metric, flow: true } => {
            sum(figures, networks, metric, from, to).map(|value| Value {
                value,
                approximate: reach_summed(metric),
            })
        }
        Method::Latest(metric)
        | Method::Typed {
            metric,
            flow: false,
        } => latest(figures, networks, metric, to).map(|(value, count)| Value {
            value,
            approximate: count > 1,
        }),
        Method::Growth(metric) => {
            let before = from.yesterday().ok()?;
            let (start, _) = latest(figures, networks, metric, before)?;
            let (end, count) = latest(figures, networks, metric, to)?;
            (start != 0.0).then(|| Value {
                value: (end - start) / start * 100.0,
                approximate: count > 1,
            })
        }
        Method::Ratio { terms, scale } => {
            let mut approximate = false;
            let mut result: Option<f64> = None;
            for term in terms {
                let value = match term {
                    Operand::Sum(metric) => {
                        approximate |= reach_summed(metric);
                        sum(figures, networks, metric, from, to)?
                    }
                    Operand::Latest(metric) => {
                        let (value, count) = latest(figures, networks, metric, to)?;
                        approximate |= count > 1;
                        value
                    }
                };
                result = Some(match result {
                    None => value,
                    Some(_) if value == 0.0 => return None,
                    Some(so_far) => so_far / value,
                });
            }
            result.map(|value| Value {
                value: value * scale,
                approximate,
            })
        }
    }
}

/// The last day the networks' figures of the KPI reach (the latest over networks and
/// metrics): a reading is made as of then when the imports stop earlier than asked.
pub fn measured_through(
    method: &Method,
    networks: &[String],
    figures: &DayFigures,
) -> Option<Date> {
    let metrics = method.metrics();
    networks
        .iter()
        .flat_map(|network| {
            metrics
                .iter()
                .filter_map(|metric| figures.last_day(network, metric))
        })
        .max()
}

/// The first day the networks' figures of the KPI start.
pub fn first_day(method: &Method, networks: &[String], figures: &DayFigures) -> Option<Date> {
    let metrics = method.metrics();
    networks
        .iter()
        .flat_map(|network| {
            metrics
                .iter()
                .filter_map(|metric| figures.first_day(network, metric))
        })
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Knowledge;
    use jiff::civil::date;

    fn day(network: &str, metric: Metric, d: Date, value: f64) -> Figure {
        Figure {
            network: network.to_owned(),
            metric,
            start: d,
            value,
        }
    }

    #[test]
    fn every_catalogue_kpi_says_how_it_is_computed() {
        for kpi in &Knowledge::embedded().kpis {
            let method = Method::of(kpi);
            assert!(method.is_some(), "{}: {:?}", kpi.id, kpi.computed);
            // A level is read, a flow adds up: the method agrees with the catalogue's kind.
            if let Some(method) = method {
                if kpi.aggregation == Aggregation::Level {
                    assert!(
                        method.is_level() || matches!(method, Method::Typed { .. }),
                        "{}",
                        kpi.id
                    );
                }
                if kpi.aggregation == Aggregation::Rate {
                    assert!(!method.is_flow(), "{}", kpi.id);
                }
            }
        }
    }

    #[test]
    fn a_rate_is_a_ratio_of_sums_never_a_mean_of_rates() {
        let kpi = Knowledge::embedded().kpi("engagement_rate_reach").cloned();
        let Some(kpi) = kpi else {
            panic!("catalogue KPI")
        };
        let method = Method::of(&kpi).unwrap_or(Method::Typed {
            metric: Metric::Reach,
            flow: true,
        });
        // Day 1: 10 engagements for 100 reached (10 %); day 2: 90 for 300 (30 %). The mean of
        // the rates is 20 %; the rate of the two days is 100 / 400 = 25 %.
        let figures = DayFigures::new(
            [
                day("instagram", Metric::Engagements, date(2027, 1, 1), 10.0),
                day("instagram", Metric::Reach, date(2027, 1, 1), 100.0),
                day("instagram", Metric::Engagements, date(2027, 1, 2), 90.0),
                day("instagram", Metric::Reach, date(2027, 1, 2), 300.0),
            ],
            date(2027, 12, 31),
        );
        let networks = vec!["instagram".to_owned()];
        let value = value(
            &method,
            &networks,
            &figures,
            date(2027, 1, 1),
            date(2027, 1, 2),
        );
        assert_eq!(
            value,
            Some(Value {
                value: 25.0,
                approximate: true
            })
        );
    }

    #[test]
    fn engagements_are_the_interactions_where_a_network_gives_no_total() {
        let figures = DayFigures::new(
            [
                day("facebook", Metric::Likes, date(2027, 1, 1), 4.0),
                day("facebook", Metric::Comments, date(2027, 1, 1), 2.0),
                day("instagram", Metric::Engagements, date(2027, 1, 1), 7.0),
                day("instagram", Metric::Likes, date(2027, 1, 1), 5.0),
            ],
            date(2027, 1, 1),
        );
        let networks = vec!["facebook".to_owned(), "instagram".to_owned()];
        let got = value(
            &Method::Sum(Metric::Engagements),
            &networks,
            &figures,
            date(2027, 1, 1),
            date(2027, 1, 1),
        );
        assert_eq!(got.map(|v| v.value), Some(13.0));
    }

    #[test]
    fn a_level_reads_its_last_value_and_figures_after_the_date_do_not_count() {
        let figures = DayFigures::new(
            [
                day("instagram", Metric::Followers, date(2027, 1, 10), 1000.0),
                day("instagram", Metric::Followers, date(2027, 2, 10), 1100.0),
                day("instagram", Metric::Followers, date(2027, 3, 10), 1300.0),
            ],
            date(2027, 2, 28),
        );
        let networks = vec!["instagram".to_owned()];
        let method = Method::Latest(Metric::Followers);
        let got = value(
            &method,
            &networks,
            &figures,
            date(2027, 1, 1),
            date(2027, 12, 31),
        );
        assert_eq!(got.map(|v| v.value), Some(1100.0));
        let growth = value(
            &Method::Growth(Metric::Followers),
            &networks,
            &figures,
            date(2027, 2, 1),
            date(2027, 2, 28),
        );
        assert_eq!(growth.map(|v| v.value), Some(10.0));
    }
}
