//! One case per rule over results in `test_data/findings/CODE.csv` (figures per day and the
//! day they are read as of), read against the rule corpus's base strategy, each with its
//! expected findings in `CODE.expected`: code, severity, path, then the message and the advice
//! in English and in French.

use jiff::civil::Date;
use tomster_core::diagnostics::rules;
use tomster_core::knowledge::Knowledge;
use tomster_core::load::from_toml_str;
use tomster_core::model::Language;
use tomster_core::progress::evaluate;
use tomster_core::progress::kpi::DayFigures;
use tomster_core::results::{Figure, Metric};

use crate::golden::{check_golden, test_data};

/// The day a case is read as of, and its figures (`FROM..TO/N` expanded to every N-th day).
fn case(text: &str) -> (Date, Vec<Figure>) {
    let mut as_of = None;
    let mut figures = Vec::new();
    for line in text.lines() {
        if let Some(day) = line.strip_prefix("# as of ") {
            as_of = Some(day.trim().parse::<Date>().unwrap());
            continue;
        }
        if line.starts_with('#') || line.starts_with("date,") || line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split(',').collect();
        let [date, network, metric, value] = cells[..] else {
            panic!("a figure is date,network,metric,value: {line}");
        };
        let metric = Metric::from_id(metric).unwrap_or_else(|| Metric::Custom(metric.to_owned()));
        let value: f64 = value.parse().unwrap();
        let days: Vec<Date> = match date.split_once("..") {
            None => vec![date.parse().unwrap()],
            Some((from, rest)) => {
                let (to, step) = rest.split_once('/').unwrap();
                let (mut day, to): (Date, Date) = (from.parse().unwrap(), to.parse().unwrap());
                let step: i64 = step.parse().unwrap();
                let mut days = Vec::new();
                while day <= to {
                    days.push(day);
                    day = day.checked_add(jiff::Span::new().days(step)).unwrap();
                }
                days
            }
        };
        for start in days {
            figures.push(Figure {
                network: network.to_owned(),
                metric: metric.clone(),
                start,
                value,
            });
        }
    }
    (
        as_of.expect("a case says the day it is read as of"),
        figures,
    )
}

#[test]
fn every_rule_over_results_has_a_case_that_triggers_it() {
    let base = std::fs::read_to_string(test_data().join("rules/_base.toml")).unwrap();
    let strategy = from_toml_str(&base).unwrap().strategy;
    let directory = test_data().join("findings");
    let mut missing = Vec::new();
    for rule in rules().iter().filter(|rule| rule.reads_results) {
        let Ok(text) = std::fs::read_to_string(directory.join(format!("{}.csv", rule.code))) else {
            missing.push(rule.code.clone());
            continue;
        };
        let (as_of, figures) = case(&text);
        let figures = DayFigures::new(figures, as_of);
        let evaluation = evaluate(&strategy, Knowledge::embedded(), &figures, as_of);
        let mut rendered = String::new();
        for finding in &evaluation.findings {
            let diagnostic = &finding.diagnostic;
            rendered.push_str(&format!(
                "{} {} {}\n  en: {}\n  fr: {}\n  en advice: {}\n  fr advice: {}\n",
                diagnostic.code,
                diagnostic.severity().as_str(),
                diagnostic.path,
                diagnostic.message(Language::English),
                diagnostic.message(Language::French),
                diagnostic.advice(Language::English),
                diagnostic.advice(Language::French),
            ));
        }
        assert!(
            evaluation
                .findings
                .iter()
                .any(|f| f.diagnostic.code == rule.code),
            "{}.csv does not trigger {}:\n{rendered}",
            rule.code,
            rule.code
        );
        check_golden(
            &directory.join(format!("{}.expected", rule.code)),
            &rendered,
        );
    }
    assert!(
        missing.is_empty(),
        "rules without a case in test_data/findings: {missing:?}"
    );
}

/// Any day may be asked, before the strategy, within it or long after: every case is read as
/// of days from six months before its start to a year after its end, and each reading holds
/// together (a status for every objective, a reason for each).
#[test]
fn every_day_can_be_read_as_of() {
    let base = std::fs::read_to_string(test_data().join("rules/_base.toml")).unwrap();
    let strategy = from_toml_str(&base).unwrap().strategy;
    let directory = test_data().join("findings");
    for rule in rules().iter().filter(|rule| rule.reads_results) {
        let text = std::fs::read_to_string(directory.join(format!("{}.csv", rule.code))).unwrap();
        let (_, figures) = case(&text);
        let mut day = jiff::civil::date(2026, 7, 1);
        while day < jiff::civil::date(2028, 12, 31) {
            let read = DayFigures::new(figures.clone(), day);
            let evaluation = evaluate(&strategy, Knowledge::embedded(), &read, day);
            assert_eq!(evaluation.progress.len(), strategy.objectives.len());
            for objective in &evaluation.progress {
                assert!(
                    !objective.reason(Language::French).is_empty(),
                    "{} {day}",
                    rule.code
                );
            }
            day = day.checked_add(jiff::Span::new().days(23)).unwrap();
        }
    }
}
