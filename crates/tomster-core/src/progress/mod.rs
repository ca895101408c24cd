//! Progress and adjust: the imported figures read against the strategy. Each objective's KPI
//! as of a date (actual, expected, forecast, status), the plan against what was published, and
//! the findings that say what to change. Pure and language-free: day figures and a date in,
//! values and sentence keys out, which the command line, the API and the pages all write.
//!
//! The method, for an objective with a KPI, a target and a deadline (the strategy's end when it
//! has none), over the window from the strategy's start to the deadline:
//! - A KPI that adds up (a flow: bookings, leads, views) is read as a total from the start,
//!   unless the objective says its target is per month or per week (`per`): then the value of
//!   the last complete period counts. A level (followers, a typed rate) counts its last value;
//!   a ratio (an engagement rate) is read per month, as a ratio of the month's sums.
//! - The expected path goes from the baseline (zero for a total) to the target along the share
//!   of the window done: days elapsed over days in the window, or, with a seasonal profile, the
//!   monthly weights of the days elapsed over those of the window.
//! - The pace is the progress made over the progress expected. Under the KPI's `alert_below`
//!   (0.8 when the strategy gives none) the objective is at risk.
//! - The forecast is a least-squares line through the last complete periods (at most twelve,
//!   at least three, else none and the reading says why), with a band of two residual standard
//!   deviations. A total adds the line's values over the periods left (seasonally weighted) to
//!   the actual. When even the band's favourable end misses the target, the objective is off
//!   track.
//! - Figures after the date are ignored; when the imports stop before it, the reading is made as
//!   of their last day and says so.

pub mod execution;
pub mod findings;
mod forecast;
pub mod kpi;

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::Serialize;

pub use forecast::{MAXIMUM_PERIODS, MINIMUM_PERIODS, Trend};
use kpi::{DayFigures, Method};

use crate::diagnostics::Argument;
use crate::i18n;
use crate::knowledge::{Direction, Knowledge, Kpi};
use crate::model::{TargetPeriod, Unit};
use crate::strategy::Strategy;
use crate::values::{Day, Seasonality};

/// The share of the needed pace under which an objective is at risk, when the strategy's KPI
/// table gives none.
pub const DEFAULT_ALERT_BELOW: f64 = 0.8;

/// Where an objective stands.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    serde::Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    OnTrack,
    AtRisk,
    OffTrack,
    NotMeasurable,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::OnTrack => "on_track",
            Status::AtRisk => "at_risk",
            Status::OffTrack => "off_track",
            Status::NotMeasurable => "not_measurable",
        }
    }

    pub const ALL: [Status; 4] = [
        Status::OnTrack,
        Status::AtRisk,
        Status::OffTrack,
        Status::NotMeasurable,
    ];
}

/// How an objective's KPI is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Reading {
    /// A flow added up from the strategy's start.
    Total,
    /// The value over the last complete week.
    PerWeek,
    /// The value over the last complete month.
    PerMonth,
    /// The last value of a level.
    Level,
}

impl Reading {
    fn period(self) -> Period {
        match self {
            Reading::PerWeek => Period::Week,
            _ => Period::Month,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Period {
    Week,
    Month,
}

/// The forecast at the deadline, its band, and the periods it rests on.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Forecast {
    pub value: f64,
    pub low: f64,
    pub high: f64,
    pub periods: usize,
}

/// A sentence to write in the reader's language: its catalogue key and its values.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    pub key: &'static str,
    pub arguments: Vec<(&'static str, Argument)>,
}

impl Reason {
    fn new(key: &'static str) -> Reason {
        Reason {
            key,
            arguments: Vec::new(),
        }
    }

    fn with(mut self, name: &'static str, value: Argument) -> Reason {
        self.arguments.push((name, value));
        self
    }

    /// The sentence in a language and its region's conventions.
    pub fn text(&self, locale: impl Into<i18n::Locale>) -> String {
        let locale = locale.into();
        let arguments: Vec<(&str, String)> = self
            .arguments
            .iter()
            .map(|(name, value)| (*name, value.render(locale)))
            .collect();
        i18n::text(locale.language, self.key, &arguments)
    }
}

/// One period of an objective's path, from the strategy's start to the deadline: what was
/// measured (none for the periods to come) and what was expected by its end (a total: since
/// the start).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct PathPoint {
    pub start: Date,
    pub end: Date,
    pub actual: Option<f64>,
    pub expected: Option<f64>,
}

/// One objective as of a date.
#[derive(Clone, Debug, PartialEq)]
pub struct ObjectiveProgress {
    /// The objective's place in the strategy.
    pub index: usize,
    pub objective: String,
    pub kpi: Option<String>,
    /// The networks its KPI was read on.
    pub networks: Vec<String>,
    pub reading: Option<Reading>,
    pub unit: Unit,
    pub better: Direction,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    pub deadline: Date,
    /// The last day the figures reach, when earlier than the date asked.
    pub measured_through: Option<Date>,
    pub actual: Option<f64>,
    /// The days the actual covers (a total: from the start).
    pub actual_period: Option<(Date, Date)>,
    /// Whether the figures only approximate the KPI (reach added up over days or posts).
    pub approximate: bool,
    pub expected: Option<f64>,
    /// Progress made over progress expected (1 is on pace).
    pub pace: Option<f64>,
    pub alert_below: f64,
    pub forecast: Option<Forecast>,
    pub status: Status,
    /// Why the status, then what the reading rests on.
    pub reasons: Vec<Reason>,
    /// What is left to gain per month to reach the target by the deadline.
    pub needed_per_month: Option<f64>,
    pub path: Vec<PathPoint>,
}

impl ObjectiveProgress {
    /// The reasons, one sentence after the other.
    pub fn reason(&self, locale: impl Into<i18n::Locale>) -> String {
        let locale = locale.into();
        self.reasons
            .iter()
            .map(|reason| reason.text(locale))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The share of the path from `start` to `end` done by the end of each day: straight, or
/// following the monthly weights of a seasonal profile.
struct Path<'a> {
    start: Date,
    seasonality: Option<&'a Seasonality>,
    /// The weight of the window's days up to the end of each day, the first day first: built
    /// once, so that a share is a lookup however many periods ask for one.
    done_by: Vec<f64>,
}

impl<'a> Path<'a> {
    fn new(start: Date, end: Date, seasonality: Option<&'a Seasonality>) -> Path<'a> {
        let day_weight = |day: Date| match seasonality {
            None => 1.0,
            Some(profile) => profile.weight(day.month()) / f64::from(day.days_in_month()),
        };
        let mut done_by = Vec::new();
        let mut total = 0.0;
        let mut day = start;
        while day <= end {
            total += day_weight(day);
            done_by.push(total);
            match day.tomorrow() {
                Ok(next) => day = next,
                Err(_) => break,
            }
        }
        Path {
            start,
            seasonality,
            done_by,
        }
    }

    /// The share done by the end of `day` (0 before the start, 1 from the end on).
    fn share(&self, day: Date) -> f64 {
        if day < self.start {
            return 0.0;
        }
        let whole = self.done_by.last().copied().unwrap_or(0.0);
        if whole <= 0.0 {
            return 1.0;
        }
        let elapsed = self.start.until(day).map_or(0, |span| span.get_days());
        let index = usize::try_from(elapsed).unwrap_or(0);
        let done = self.done_by.get(index).copied().unwrap_or(whole);
        (done / whole).min(1.0)
    }

    /// A month's weight relative to an average month (1 without a profile).
    fn seasonal_index(&self, month: i8) -> f64 {
        match self.seasonality {
            None => 1.0,
            Some(profile) => {
                let total: f64 = (1..=12).map(|m| profile.weight(m)).sum();
                if total > 0.0 {
                    profile.weight(month) * 12.0 / total
                } else {
                    1.0
                }
            }
        }
    }
}

/// The periods from `start` to `end`, each clipped to them.
fn periods(start: Date, end: Date, period: Period) -> Vec<(Date, Date)> {
    let mut periods = Vec::new();
    let mut from = start;
    while from <= end {
        let natural_end = match period {
            Period::Month => from.last_of_month(),
            Period::Week => {
                let back = i64::from(from.weekday().to_monday_zero_offset());
                from.checked_add(jiff::Span::new().days(6 - back))
                    .unwrap_or(from)
            }
        };
        let to = natural_end.min(end);
        periods.push((from, to));
        match to.tomorrow() {
            Ok(next) => from = next,
            Err(_) => break,
        }
    }
    periods
}

/// Days from `from` to `to` (a civil date's span is counted in days).
fn days_between(from: Date, to: Date) -> f64 {
    from.until(to)
        .map_or(0.0, |span| f64::from(span.get_days()))
}

/// What reading the objectives needs: the strategy with its own KPIs in the knowledge base.
pub struct Context<'a> {
    pub strategy: &'a Strategy,
    pub knowledge: &'a Knowledge,
    pub figures: &'a DayFigures,
    pub as_of: Date,
    pub currency: String,
}

impl<'a> Context<'a> {
    pub fn new(
        strategy: &'a Strategy,
        knowledge: &'a Knowledge,
        figures: &'a DayFigures,
        as_of: Date,
    ) -> Context<'a> {
        let currency = strategy
            .strategy
            .currency
            .as_ref()
            .map(|currency| currency.as_str().to_owned())
            .unwrap_or_else(|| "EUR".to_owned());
        Context {
            strategy,
            knowledge,
            figures,
            as_of,
            currency,
        }
    }

    fn quantity(&self, value: f64, unit: Unit) -> Argument {
        Argument::Quantity(value, unit, self.currency.clone())
    }

    /// A KPI's name for the reader (the strategy's own name for its own KPIs).
    pub fn kpi_name(kpi: &Kpi) -> Argument {
        match &kpi.own_name {
            Some(name) => Argument::Text(name.clone()),
            None => Argument::Term(format!("kpi-{}-name", kpi.id)),
        }
    }
}

/// Every objective of the strategy as of `context.as_of`. `context.knowledge` must hold the
/// strategy's own KPIs (`Strategy::knowledge`).
pub fn progress(context: &Context) -> Vec<ObjectiveProgress> {
    context
        .strategy
        .objectives
        .iter()
        .enumerate()
        .map(|(index, _)| objective_progress(context, index))
        .collect()
}

fn objective_progress(context: &Context, index: usize) -> ObjectiveProgress {
    let strategy = context.strategy;
    let objective = &strategy.objectives[index];
    let start = strategy.strategy.start.0;
    let deadline = objective
        .deadline
        .map_or(strategy.strategy.end.0, |day| day.0);
    let plan = strategy
        .kpis
        .iter()
        .find(|plan| plan.objective.as_ref() == Some(&objective.id));
    let kpi = objective
        .kpi
        .as_ref()
        .and_then(|id| context.knowledge.kpi(id.as_str()));
    let mut progress = ObjectiveProgress {
        index,
        objective: objective.id.as_str().to_owned(),
        kpi: objective.kpi.as_ref().map(|id| id.as_str().to_owned()),
        networks: Vec::new(),
        reading: None,
        unit: kpi.map_or(Unit::Count, |kpi| kpi.unit),
        better: kpi.map_or(Direction::Higher, |kpi| kpi.better),
        baseline: objective.baseline_value(),
        target: objective.target_level(),
        deadline,
        measured_through: None,
        actual: None,
        actual_period: None,
        approximate: false,
        expected: None,
        pace: None,
        alert_below: plan
            .and_then(|plan| plan.alert_below)
            .map_or(DEFAULT_ALERT_BELOW, |share| share.get()),
        forecast: None,
        status: Status::NotMeasurable,
        reasons: Vec::new(),
        needed_per_month: None,
        path: Vec::new(),
    };
    let not_measurable = |mut progress: ObjectiveProgress, reason: Reason| {
        progress.reasons = vec![reason];
        progress
    };
    let Some(kpi) = kpi else {
        return not_measurable(progress, Reason::new("progress-no-kpi"));
    };
    let kpi_name = Context::kpi_name(kpi);
    let Some(method) = Method::of(kpi) else {
        let reason = Reason::new("progress-not-computable").with("kpi", kpi_name);
        return not_measurable(progress, reason);
    };
    let Some(target) = progress.target else {
        let key = if objective.target.is_some() {
            "progress-no-baseline"
        } else {
            "progress-no-target"
        };
        return not_measurable(progress, Reason::new(key));
    };
    if context.as_of < start {
        let reason = Reason::new("progress-not-started").with("start", Argument::Day(Day(start)));
        return not_measurable(progress, reason);
    }
    let given: Vec<String> = if objective.platforms.is_empty() {
        plan.and_then(|plan| plan.platform.as_ref())
            .map(|platform| vec![platform.as_str().to_owned()])
            .unwrap_or_default()
    } else {
        objective
            .platforms
            .iter()
            .map(|platform| platform.as_str().to_owned())
            .collect()
    };
    let networks = kpi::networks_for(&method, &given, context.figures);
    let through = kpi::measured_through(&method, &networks, context.figures)
        .map(|day| day.min(context.as_of).min(deadline))
        .filter(|day| *day >= start);
    let Some(through) = through else {
        let names: Vec<Argument> = given
            .iter()
            .map(|network| Argument::Text(context.knowledge.platform_name(network).to_owned()))
            .collect();
        let reason = if names.is_empty() {
            Reason::new("progress-no-figures").with("kpi", kpi_name)
        } else {
            Reason::new("progress-no-figures-on")
                .with("kpi", kpi_name)
                .with("networks", Argument::List(names))
        };
        return not_measurable(progress, reason);
    };
    progress.networks = networks;
    if through < context.as_of.min(deadline) {
        progress.measured_through = Some(through);
    }
    let reading = if method.is_level() {
        Reading::Level
    } else if method.is_flow() && objective.per.is_none() {
        Reading::Total
    } else if objective.per == Some(TargetPeriod::Week) {
        Reading::PerWeek
    } else {
        Reading::PerMonth
    };
    progress.reading = Some(reading);
    let path = Path::new(start, deadline, objective.seasonality.as_ref());
    let all_periods = periods(start, deadline, reading.period());
    let figures = context.figures;
    let networks = &progress.networks;
    let value = |from: Date, to: Date| kpi::value(&method, networks, figures, from, to);
    // The complete periods (their last day reached by the figures), with their place.
    let complete: Vec<(usize, Date, Date)> = all_periods
        .iter()
        .enumerate()
        .filter(|(_, (_, to))| *to <= through)
        .map(|(t, (from, to))| (t, *from, *to))
        .collect();
    let last_t = all_periods.len().saturating_sub(1) as f64;
    let months_left = days_between(through, deadline) / 30.4375;
    let higher = kpi.better == Direction::Higher;
    let baseline;
    match reading {
        Reading::Total => {
            let total = value(start, through);
            progress.approximate = total.is_some_and(|v| v.approximate);
            let actual = total.map_or(0.0, |v| v.value);
            progress.actual = Some(actual);
            progress.actual_period = Some((start, through));
            let expected = target * path.share(through);
            progress.expected = Some(expected);
            if expected > 0.0 {
                progress.pace = Some(if higher {
                    actual / expected
                } else if actual > 0.0 {
                    expected / actual
                } else {
                    1.0
                });
            }
            let mut running = 0.0;
            for (from, to) in &all_periods {
                let actual = (*from <= through).then(|| {
                    running += value(*from, (*to).min(through)).map_or(0.0, |v| v.value);
                    running
                });
                progress.path.push(PathPoint {
                    start: *from,
                    end: *to,
                    actual,
                    expected: Some(target * path.share(*to)),
                });
            }
            // The line goes through the complete periods' values made seasonless.
            let points: Vec<(f64, f64)> = complete
                .iter()
                .filter_map(|(t, from, to)| {
                    let index = path.seasonal_index(from.month());
                    let period_value = value(*from, *to)?.value;
                    (index > 0.0).then(|| (*t as f64, period_value / index))
                })
                .collect();
            if let Some(trend) = Trend::fit(&points) {
                let mut projected = 0.0;
                let mut variance = 0.0;
                for (t, (from, to)) in all_periods.iter().enumerate() {
                    if *to <= through {
                        continue;
                    }
                    let days = days_between(*from, *to) + 1.0;
                    let left_from = if *from > through {
                        *from
                    } else {
                        through.tomorrow().unwrap_or(*to)
                    };
                    let share_left = (days_between(left_from, *to) + 1.0) / days;
                    let index = path.seasonal_index(from.month()) * share_left;
                    projected += index * trend.at(t as f64).max(0.0);
                    variance += index * index;
                }
                let value = actual + projected;
                let half = 2.0 * trend.spread * variance.sqrt();
                progress.forecast = Some(Forecast {
                    value,
                    low: (value - half).max(actual),
                    high: value + half,
                    periods: trend.periods,
                });
            }
            if months_left > 0.0 {
                progress.needed_per_month = Some((target - actual) / months_left.max(1.0));
            }
            baseline = 0.0;
        }
        Reading::PerWeek | Reading::PerMonth => {
            let Some((_, from, to)) = complete.last().copied() else {
                let first_end = all_periods.first().map_or(deadline, |(_, to)| *to);
                let reason = Reason::new("progress-no-complete-period")
                    .with("end", Argument::Day(Day(first_end)));
                progress.reading = Some(reading);
                return not_measurable(progress, reason);
            };
            let values: Vec<(usize, Date, Date, Option<kpi::Value>)> = complete
                .iter()
                .map(|(t, from, to)| (*t, *from, *to, value(*from, *to)))
                .collect();
            let measured = values
                .iter()
                .rev()
                .find_map(|(_, f, t, v)| v.map(|v| (*f, *t, v)));
            let Some((from, to, last)) =
                measured.or_else(|| value(from, to).map(|v| (from, to, v)))
            else {
                let reason = Reason::new("progress-no-figures").with("kpi", kpi_name);
                return not_measurable(progress, reason);
            };
            progress.actual = Some(last.value);
            progress.actual_period = Some((from, to));
            progress.approximate = last.approximate;
            baseline = progress
                .baseline
                .or_else(|| values.iter().find_map(|(_, _, _, v)| v.map(|v| v.value)))
                .unwrap_or(last.value);
            let expected = baseline + (target - baseline) * path.share(to);
            progress.expected = Some(expected);
            for (t, (from, to)) in all_periods.iter().enumerate() {
                let measured = values.iter().find(|(place, ..)| *place == t);
                progress.path.push(PathPoint {
                    start: *from,
                    end: *to,
                    actual: measured.and_then(|(_, _, _, v)| v.map(|v| v.value)),
                    expected: Some(baseline + (target - baseline) * path.share(*to)),
                });
            }
            let points: Vec<(f64, f64)> = values
                .iter()
                .filter_map(|(t, _, _, v)| v.map(|v| (*t as f64, v.value)))
                .collect();
            progress.forecast = line_forecast(&points, last_t);
            if months_left > 0.0 {
                progress.needed_per_month = Some((target - last.value) / months_left.max(1.0));
            }
        }
        Reading::Level => {
            let Some(last) = value(start, through) else {
                let reason = Reason::new("progress-no-figures").with("kpi", kpi_name);
                return not_measurable(progress, reason);
            };
            progress.actual = Some(last.value);
            progress.actual_period = Some((through, through));
            progress.approximate = last.approximate;
            let first_value = all_periods
                .iter()
                .find_map(|(from, to)| value(*from, (*to).min(through)).map(|v| v.value));
            baseline = progress.baseline.or(first_value).unwrap_or(last.value);
            progress.expected = Some(baseline + (target - baseline) * path.share(through));
            let mut points = Vec::new();
            for (t, (from, to)) in all_periods.iter().enumerate() {
                let end = (*to).min(through);
                let actual = (*from <= through)
                    .then(|| value(start, end).map(|v| v.value))
                    .flatten();
                if let (Some(actual), true) = (actual, *to <= through) {
                    points.push((t as f64, actual));
                }
                progress.path.push(PathPoint {
                    start: *from,
                    end: *to,
                    actual,
                    expected: Some(baseline + (target - baseline) * path.share(*to)),
                });
            }
            progress.forecast = line_forecast(&points, last_t);
            if months_left > 0.0 {
                progress.needed_per_month = Some((target - last.value) / months_left.max(1.0));
            }
        }
    }
    if reading != Reading::Total
        && let (Some(actual), Some(expected)) = (progress.actual, progress.expected)
        && (expected - baseline).abs() > 1e-9
    {
        progress.pace = Some((actual - baseline) / (expected - baseline));
    }
    decide(context, kpi, &mut progress, target, through, deadline);
    progress
}

/// The forecast of a value per period (or a level) at the deadline's period.
fn line_forecast(points: &[(f64, f64)], deadline_t: f64) -> Option<Forecast> {
    let trend = Trend::fit(points)?;
    let value = trend.at(deadline_t);
    let half = trend.half_band(deadline_t);
    Some(Forecast {
        value,
        low: value - half,
        high: value + half,
        periods: trend.periods,
    })
}

/// The status and the sentences that explain it.
fn decide(
    context: &Context,
    kpi: &Kpi,
    progress: &mut ObjectiveProgress,
    target: f64,
    through: Date,
    deadline: Date,
) {
    let unit = kpi.unit;
    let quantity = |value: f64| context.quantity(value, unit);
    let higher = kpi.better == Direction::Higher;
    let meets = |value: f64| {
        if higher {
            value >= target
        } else {
            value <= target
        }
    };
    let actual = progress.actual.unwrap_or(0.0);
    let mut reasons = Vec::new();
    if context.as_of >= deadline && through >= deadline {
        let (status, key) = if meets(actual) {
            (Status::OnTrack, "progress-reached")
        } else {
            (Status::OffTrack, "progress-missed")
        };
        progress.status = status;
        reasons.push(
            Reason::new(key)
                .with("actual", quantity(actual))
                .with("target", quantity(target)),
        );
    } else {
        let misses = progress.forecast.filter(|forecast| {
            if higher {
                forecast.high < target
            } else {
                forecast.low > target
            }
        });
        let behind = progress.pace.filter(|pace| *pace < progress.alert_below);
        if let Some(forecast) = misses {
            progress.status = Status::OffTrack;
            reasons.push(
                Reason::new("progress-forecast-misses")
                    .with("forecast", quantity(forecast.value))
                    .with("low", quantity(forecast.low))
                    .with("high", quantity(forecast.high))
                    .with("target", quantity(target))
                    .with("deadline", Argument::Day(Day(deadline))),
            );
        } else if let Some(pace) = behind {
            progress.status = Status::AtRisk;
            reasons.push(
                Reason::new("progress-behind-pace")
                    .with("pace", Argument::Percent(pace))
                    .with("alert", Argument::Percent(progress.alert_below)),
            );
        } else {
            progress.status = Status::OnTrack;
            reasons.push(match progress.pace {
                Some(pace) => Reason::new("progress-on-pace").with("pace", Argument::Percent(pace)),
                None => Reason::new("progress-on-pace-start"),
            });
        }
        if progress.forecast.is_none() {
            let periods = progress
                .path
                .iter()
                .filter(|point| point.end <= through)
                .count();
            reasons.push(
                Reason::new("progress-no-forecast")
                    .with("periods", Argument::Number(periods as f64, 0))
                    .with("needed", Argument::Number(MINIMUM_PERIODS as f64, 0)),
            );
        }
    }
    if progress.approximate {
        reasons.push(Reason::new("progress-approximate"));
    }
    if let Some(day) = progress.measured_through {
        reasons.push(Reason::new("progress-measured-through").with("day", Argument::Day(Day(day))));
    }
    progress.reasons = reasons;
}

/// An objective's progress as the command line and the API write it, its reason in the
/// reader's language.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ProgressLine {
    pub objective: String,
    pub kpi: Option<String>,
    /// The network, when the KPI is read on one only.
    pub network: Option<String>,
    pub networks: Vec<String>,
    pub reading: Option<Reading>,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    #[schemars(with = "String")]
    pub deadline: Date,
    pub actual: Option<f64>,
    pub approximate: bool,
    pub expected: Option<f64>,
    pub pace: Option<f64>,
    pub forecast: Option<Forecast>,
    /// The last day the figures reach, when earlier than the day asked.
    #[schemars(with = "Option<String>")]
    pub measured_through: Option<Date>,
    pub status: Status,
    /// Why the status, and what the reading rests on, in the reader's language.
    pub reason: String,
}

impl ObjectiveProgress {
    pub fn line(&self, locale: impl Into<i18n::Locale>) -> ProgressLine {
        ProgressLine {
            objective: self.objective.clone(),
            kpi: self.kpi.clone(),
            network: match self.networks.as_slice() {
                [one] => Some(one.clone()),
                _ => None,
            },
            networks: self.networks.clone(),
            reading: self.reading,
            baseline: self.baseline,
            target: self.target,
            deadline: self.deadline,
            actual: self.actual,
            approximate: self.approximate,
            expected: self.expected,
            pace: self.pace,
            forecast: self.forecast,
            measured_through: self.measured_through,
            status: self.status,
            reason: self.reason(locale),
        }
    }
}

/// A finding as the command line and the API write it.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct FindingLine {
    pub code: &'static str,
    pub severity: &'static str,
    pub message: String,
    pub advice: String,
    pub objective: Option<String>,
    pub network: Option<String>,
}

impl findings::Finding {
    pub fn line(&self, locale: impl Into<i18n::Locale>) -> FindingLine {
        let locale = locale.into();
        FindingLine {
            code: self.diagnostic.code,
            severity: self.diagnostic.severity().as_str(),
            message: self.diagnostic.message(locale),
            advice: self.diagnostic.advice(locale),
            objective: self.objective.clone(),
            network: self.network.clone(),
        }
    }
}

/// Everything the results say as of a date.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub as_of: Date,
    pub progress: Vec<ObjectiveProgress>,
    /// Per network and week, from the strategy's start to the date (at most its end).
    pub execution: Vec<execution::WeekExecution>,
    pub operations: Vec<execution::OperationExecution>,
    pub findings: Vec<findings::Finding>,
}

/// Reads the figures against the strategy as of a date: progress, execution and findings.
pub fn evaluate(
    strategy: &Strategy,
    knowledge: &Knowledge,
    figures: &DayFigures,
    as_of: Date,
) -> Evaluation {
    let never = || false;
    evaluate_until(strategy, knowledge, figures, as_of, &never).unwrap_or_else(|| Evaluation {
        as_of,
        progress: Vec::new(),
        execution: Vec::new(),
        operations: Vec::new(),
        findings: Vec::new(),
    })
}

/// [`evaluate`], asking `stop` while the calendar is expanded whether to go on: a server
/// stops a reading whose request went away or ran out of time (`None` then).
pub fn evaluate_until(
    strategy: &Strategy,
    knowledge: &Knowledge,
    figures: &DayFigures,
    as_of: Date,
    stop: &dyn Fn() -> bool,
) -> Option<Evaluation> {
    let knowledge = strategy.knowledge(knowledge);
    let context = Context::new(strategy, &knowledge, figures, as_of);
    let progress = progress(&context);
    let fits = crate::fit::platform_fit(strategy, &knowledge);
    let calendar =
        crate::calendar::calendar_from_until(strategy, &knowledge, &fits, None, None, stop)?;
    let start = strategy.strategy.start.0;
    // The findings read the weeks up to the day; the execution shown stops at the strategy's
    // end: the same weeks while it runs, read once.
    let to_day = execution::weeks(&calendar, figures, start, as_of);
    let end = as_of.min(strategy.strategy.end.0);
    let execution = if end < start {
        Vec::new()
    } else if end == as_of {
        to_day.clone()
    } else {
        execution::weeks(&calendar, figures, start, end)
    };
    let operations = execution::operations(&calendar, figures, as_of);
    let findings = findings::findings(&context, &progress, &to_day);
    Some(Evaluation {
        as_of,
        progress,
        execution,
        operations,
        findings,
    })
}

#[cfg(test)]
mod tests;
