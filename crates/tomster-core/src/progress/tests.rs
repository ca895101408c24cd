//! The progress method on small strategies whose figures are worked out by hand in comments.

use jiff::civil::{Date, date};

use super::kpi::DayFigures;
use super::*;
use crate::knowledge::Knowledge;
use crate::load::from_toml_str;
use crate::model::Language;
use crate::results::{Figure, Metric};

const HEAD: &str = r#"
[strategy]
name = "Test"
language = "en"
start = 2027-01-01
end = 2027-12-31

[[platforms]]
id = "instagram"
"#;

fn strategy(objectives: &str) -> Strategy {
    let text = format!("{HEAD}\n{objectives}");
    match from_toml_str(&text) {
        Ok(loaded) => loaded.strategy,
        Err(errors) => panic!("{errors:?}"),
    }
}

fn figure(metric: Metric, day: Date, value: f64) -> Figure {
    Figure {
        network: "instagram".to_owned(),
        metric,
        start: day,
        value,
    }
}

/// `value` of `metric` on the last day of each month from January to `months`, as a figure
/// typed for the month is kept.
fn monthly(metric: Metric, months: i8, value: impl Fn(i8) -> f64) -> Vec<Figure> {
    (1..=months)
        .map(|month| {
            figure(
                metric.clone(),
                date(2027, month, 1).last_of_month(),
                value(month),
            )
        })
        .collect()
}

fn read(strategy: &Strategy, figures: Vec<Figure>, as_of: Date) -> Vec<ObjectiveProgress> {
    let knowledge = strategy.knowledge(Knowledge::embedded());
    let figures = DayFigures::new(figures, as_of);
    progress(&Context::new(strategy, &knowledge, &figures, as_of))
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-6)
}

const LEADS: &str = r#"
[[objectives]]
id = "leads"
kpi = "leads"
platforms = ["instagram"]
target = 120
deadline = 2027-12-31
"#;

#[test]
fn a_total_on_pace_with_a_flat_forecast() {
    // Ten leads a month. As of 31 May: 50 leads; 151 of the year's 365 days are done, so
    // 120 × 151 / 365 = 49.644 were expected: 100.7 % of the pace. The five months lie on a
    // flat line: the seven months left add 70, the forecast is 120 with no spread.
    let strategy = strategy(LEADS);
    let read = read(
        &strategy,
        monthly(Metric::Leads, 5, |_| 10.0),
        date(2027, 5, 31),
    );
    let leads = &read[0];
    assert_eq!(leads.reading, Some(Reading::Total));
    assert!(close(leads.actual, 50.0));
    assert!(close(leads.expected, 120.0 * 151.0 / 365.0));
    assert!(close(leads.forecast.map(|f| f.value), 120.0));
    assert_eq!(leads.forecast.map(|f| f.periods), Some(5));
    assert_eq!(leads.status, Status::OnTrack);
}

#[test]
fn a_total_behind_its_pace_is_at_risk_and_has_no_forecast_before_three_months() {
    // Six leads a month: 12 by 28 February, against 120 × 59 / 365 = 19.397 expected, 61.9 %
    // of the pace, under 80 %. Two months only: no forecast, and the reading says so.
    let strategy = strategy(LEADS);
    let read = read(
        &strategy,
        monthly(Metric::Leads, 2, |_| 6.0),
        date(2027, 2, 28),
    );
    let leads = &read[0];
    assert!(close(leads.actual, 12.0));
    assert!(close(leads.pace, 12.0 / (120.0 * 59.0 / 365.0)));
    assert_eq!(leads.status, Status::AtRisk);
    assert_eq!(leads.forecast, None);
    let reason = leads.reason(Language::English);
    assert!(reason.contains("62% of the expected progress"), "{reason}");
    assert!(
        reason.contains("No forecast yet: 2 complete periods"),
        "{reason}"
    );
    // (62 %: French writes the space before the sign.)
    assert!(leads.reason(Language::French).contains("62\u{a0}%"));
}

#[test]
fn a_forecast_that_misses_even_at_its_best_is_off_track() {
    // Six leads a month for four months: 24 by 30 April, and the eight months left add 48 at
    // the same rate: 72, short of 120 with no spread at all.
    let strategy = strategy(LEADS);
    let read = read(
        &strategy,
        monthly(Metric::Leads, 4, |_| 6.0),
        date(2027, 4, 30),
    );
    assert!(close(read[0].forecast.map(|f| f.value), 72.0));
    assert_eq!(read[0].status, Status::OffTrack);
}

#[test]
fn a_seasonal_profile_moves_the_expected_path() {
    // December weighs three months: the year weighs 14 months, and January to May 5 of them.
    let objective = format!("{LEADS}seasonality = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3]\n");
    let strategy = strategy(&objective);
    let read = read(
        &strategy,
        monthly(Metric::Leads, 5, |_| 10.0),
        date(2027, 5, 31),
    );
    assert!(close(read[0].expected, 120.0 * 5.0 / 14.0));
}

#[test]
fn a_level_reads_its_latest_value_and_its_line() {
    // Followers 1,100, 1,200, 1,300 at the ends of January, February and March; from 1,000 to 2,200
    // by 31 December. As of 31 March: 1,300, against 1,000 + 1,200 × 90 / 365 = 1,295.9;
    // the line through the three month-ends reaches 2,200 in December.
    let objective = r#"
[[objectives]]
id = "followers"
kpi = "followers"
platforms = ["instagram"]
baseline = 1000
target = 2200
"#;
    let strategy = strategy(objective);
    let figures = monthly(Metric::Followers, 3, |month| {
        1000.0 + 100.0 * f64::from(month)
    });
    let read = read(&strategy, figures, date(2027, 3, 31));
    let followers = &read[0];
    assert_eq!(followers.reading, Some(Reading::Level));
    assert!(close(followers.actual, 1300.0));
    assert!(close(followers.expected, 1000.0 + 1200.0 * 90.0 / 365.0));
    assert!(close(followers.forecast.map(|f| f.value), 2200.0));
    assert_eq!(followers.status, Status::OnTrack);
}

#[test]
fn what_is_missing_is_said() {
    let strategy = strategy(LEADS);
    let before = read(&strategy, Vec::new(), date(2026, 12, 1));
    assert_eq!(before[0].status, Status::NotMeasurable);
    assert!(before[0].reason(Language::English).contains("starts on"));
    let nothing = read(&strategy, Vec::new(), date(2027, 3, 1));
    assert_eq!(nothing[0].status, Status::NotMeasurable);
    assert_eq!(
        nothing[0].reason(Language::English),
        "No figure of Leads has been imported or typed yet for Instagram."
    );
    // Imports that stop early: the reading is made as of their last day, and says so.
    let early = read(
        &strategy,
        monthly(Metric::Leads, 2, |_| 10.0),
        date(2027, 6, 30),
    );
    assert_eq!(early[0].measured_through, Some(date(2027, 2, 28)));
    assert!(early[0].reason(Language::English).contains("Figures up to"));
}

#[test]
fn figures_after_the_date_change_nothing() {
    let strategy = strategy(LEADS);
    let as_of = date(2027, 4, 30);
    let before = read(&strategy, monthly(Metric::Leads, 4, |_| 10.0), as_of);
    let after = read(
        &strategy,
        monthly(
            Metric::Leads,
            9,
            |month| if month <= 4 { 10.0 } else { 99.0 },
        ),
        as_of,
    );
    assert_eq!(before, after);
}

#[test]
fn figures_gathered_in_series_read_as_the_same_figures_one_by_one() {
    let day = |d: i8| date(2027, 3, d);
    let other = |metric: Metric, d: i8, value: f64| Figure {
        network: "facebook".to_owned(),
        ..figure(metric, day(d), value)
    };
    // Out of order, a day twice, a -0.0, a day after the reading, two networks.
    let figures = vec![
        figure(Metric::Reach, day(3), 30.0),
        figure(Metric::Reach, day(1), 10.0),
        figure(Metric::Followers, day(1), 100.0),
        figure(Metric::Reach, day(3), 0.25),
        figure(Metric::Reach, day(2), -0.0),
        other(Metric::Posts, 2, 1.0),
        figure(Metric::Reach, day(20), 99.0),
        other(Metric::Posts, 1, 2.0),
    ];
    let as_of = day(10);
    let mut series: Vec<super::kpi::DaySeries> = Vec::new();
    for f in &figures {
        series.push((
            f.network.clone(),
            f.metric.clone(),
            vec![(f.start, f.value)],
        ));
    }
    let one_by_one = DayFigures::new(figures.clone(), as_of);
    assert_eq!(DayFigures::from_series(series, as_of), one_by_one);
    assert_eq!(
        one_by_one.sum("instagram", &Metric::Reach, day(1), day(31)),
        Some(40.25)
    );
    assert_eq!(
        one_by_one.latest("instagram", &Metric::Reach, day(2)),
        Some(0.0)
    );
    assert!(
        one_by_one
            .latest("instagram", &Metric::Reach, day(2))
            .unwrap()
            .is_sign_positive()
    );
    assert_eq!(
        one_by_one.last_day("instagram", &Metric::Reach),
        Some(day(3))
    );
    assert_eq!(one_by_one.last_measured_day("facebook"), Some(day(2)));
    assert!(!one_by_one.any_between("instagram", &Metric::Reach, day(4), day(31)));
    assert_eq!(
        one_by_one.sum("facebook", &Metric::Posts, day(2), day(1)),
        Some(0.0)
    );
}
