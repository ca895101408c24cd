//! The monthly review: the document a client reads about one month of results, in the
//! strategy's language and with its identity (logo, colour, prepared by). Built on the same
//! format-neutral model as the strategy document, so HTML, Markdown and PDF render it alike.
//! It shows each objective as of the month's last day, the plan against what was published in
//! the month's weeks, the findings, and the decisions taken (the versions saved that month).

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::{
    Block, Document, Section, Table, Tone, accent, accent_text, paragraph, prepared_by, section,
};
use crate::charts::{ProgressPath, progress_path};
use crate::diagnostics::{Severity, Summary};
use crate::i18n::{self, Locale, long_date, month_year, number, quantity, text};
use crate::knowledge::Knowledge;
use crate::model::Language;
use crate::progress::execution::WeekExecution;
use crate::progress::{Evaluation, ObjectiveProgress, Reading, Status};
use crate::strategy::Strategy;
use crate::values::Day;

/// A version saved in the month: its day and its comment.
#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    pub day: Day,
    pub comment: String,
}

/// A post among the month's best by a metric.
#[derive(Clone, Debug, PartialEq)]
pub struct BestPost {
    pub network: String,
    pub published: Option<Date>,
    /// The post's text, as published.
    pub text: Option<String>,
    pub value: f64,
}

/// The month's best posts by the metric an objective's KPI adds up (reach for reach), with the
/// objective they are read for.
#[derive(Clone, Debug, PartialEq)]
pub struct BestPosts {
    /// The objective's id.
    pub objective: String,
    pub metric: crate::results::Metric,
    pub posts: Vec<BestPost>,
}

/// The metric an objective's posts are ranked by: the first one its KPI's method reads, when
/// posts carry it (none for a typed or an account-only KPI).
pub fn ranking_metric(
    objective: &ObjectiveProgress,
    knowledge: &Knowledge,
) -> Option<crate::results::Metric> {
    use crate::progress::kpi::{Method, Operand};
    use crate::results::Metric;
    let kpi = knowledge.kpi(objective.kpi.as_deref()?)?;
    let metric = match Method::of(kpi)? {
        Method::Sum(metric) => metric,
        Method::Ratio { terms, .. } => match terms.first()? {
            Operand::Sum(metric) => metric.clone(),
            Operand::Latest(_) => return None,
        },
        _ => return None,
    };
    let per_post = !matches!(
        metric,
        Metric::Followers | Metric::Sessions | Metric::KeyEvents | Metric::Custom(_)
    );
    per_post.then_some(metric)
}

/// The most posts listed per objective.
pub const BEST_POSTS: usize = 5;

/// Each objective's best posts among `posts` (those published in the month, as the command
/// line reads them from the files): by its ranking metric, on its networks, the highest first
/// (ties by network and id, so that the list is the same at every run).
pub fn best_posts_among(
    evaluation: &Evaluation,
    knowledge: &Knowledge,
    posts: &[crate::results::Post],
) -> Vec<BestPosts> {
    evaluation
        .progress
        .iter()
        .filter_map(|objective| {
            let metric = ranking_metric(objective, knowledge)?;
            let mut ranked: Vec<(&crate::results::Post, f64)> = posts
                .iter()
                .filter(|post| {
                    objective.networks.is_empty() || objective.networks.contains(&post.network)
                })
                .filter_map(|post| {
                    post.metrics
                        .iter()
                        .find(|(measured, _)| *measured == metric)
                        .map(|(_, value)| (post, *value))
                })
                .collect();
            ranked.sort_by(|(a, x), (b, y)| {
                y.total_cmp(x)
                    .then_with(|| (a.network.as_str(), a.id.as_str()).cmp(&(&b.network, &b.id)))
            });
            Some(BestPosts {
                objective: objective.objective.clone(),
                metric,
                posts: ranked
                    .into_iter()
                    .take(BEST_POSTS)
                    .map(|(post, value)| BestPost {
                        network: post.network.clone(),
                        published: post.published.map(|published| published.at.date()),
                        text: post.text.clone(),
                        value,
                    })
                    .collect(),
            })
        })
        .collect()
}

/// What a review needs besides the evaluation (made as of the month's last day).
pub struct ReviewInputs<'a> {
    pub strategy: &'a Strategy,
    pub knowledge: &'a Knowledge,
    pub evaluation: &'a Evaluation,
    /// The month's first day.
    pub month: Date,
    pub language: Language,
    /// The day the document is produced, printed on the cover.
    pub today: Day,
    /// The versions saved in the month; `None` when there is no history (a file on disk).
    pub decisions: Option<&'a [Decision]>,
    /// The month's best posts per objective; `None` when the posts' texts are not at hand
    /// (the command line reads figures only), and the section is left out.
    pub best_posts: Option<&'a [BestPosts]>,
}

/// The month's last day: what a review is read as of.
pub fn month_end(month: Date) -> Date {
    month.last_of_month()
}

struct Writer<'a> {
    inputs: &'a ReviewInputs<'a>,
    knowledge: std::borrow::Cow<'a, Knowledge>,
    locale: Locale,
    currency: String,
}

impl Writer<'_> {
    fn t(&self, key: &str) -> String {
        text(self.inputs.language, key, &[])
    }

    fn t_with(&self, key: &str, arguments: &[(&str, String)]) -> String {
        text(self.inputs.language, key, arguments)
    }

    fn day(&self, day: Date) -> String {
        long_date(self.locale, Day(day))
    }

    fn value(&self, objective: &ObjectiveProgress, value: f64) -> String {
        quantity(self.inputs.language, value, objective.unit, &self.currency)
    }

    fn kpi_name(&self, objective: &ObjectiveProgress) -> String {
        objective
            .kpi
            .as_deref()
            .and_then(|id| self.knowledge.kpi(id))
            .map_or_else(String::new, |kpi| kpi.name(self.inputs.language))
    }

    fn label(&self, objective: &ObjectiveProgress) -> String {
        self.inputs.strategy.objectives[objective.index]
            .label()
            .to_owned()
    }

    fn status(&self, status: Status) -> String {
        self.t(&format!("progress-status-{}", status.as_str()))
    }
}

/// Builds the review of `inputs.month`.
pub fn build_review(inputs: &ReviewInputs<'_>) -> Document {
    let strategy = inputs.strategy;
    let info = &strategy.strategy;
    let writer = Writer {
        inputs,
        knowledge: strategy.knowledge(inputs.knowledge),
        locale: Locale::new(
            inputs.language,
            Some(&crate::fit::strategy_country(strategy)),
        ),
        currency: info
            .currency
            .as_ref()
            .map_or("EUR", |currency| currency.as_str())
            .to_owned(),
    };
    let labels: BTreeMap<String, String> = [
        "doc-contents",
        "doc-version",
        "doc-page",
        "doc-period",
        "doc-footer",
        "doc-chart-omitted",
    ]
    .iter()
    .map(|key| ((*key).to_owned(), writer.t(key)))
    .collect();
    let month_words = month_year(inputs.language, Day(inputs.month));
    let sections = vec![
        glance(&writer),
        objectives(&writer),
        execution(&writer),
        findings(&writer),
        decisions(&writer),
    ];
    let mut sections = sections;
    if let Some(best) = inputs.best_posts {
        sections.insert(2, best_posts(&writer, best));
    }
    let findings = &inputs.evaluation.findings;
    let count = |severity| {
        findings
            .iter()
            .filter(|f| f.diagnostic.severity() == severity)
            .count()
    };
    Document {
        language: inputs.language,
        title: writer.t_with(
            "review-title",
            &[("month", month_words), ("name", info.name.clone())],
        ),
        organisation: info.organisation.clone(),
        prepared_by: prepared_by(info, inputs.language),
        logo: None,
        accent: accent(info),
        accent_text: accent_text(info),
        period: writer.t_with(
            "doc-period-range",
            &[
                ("start", writer.day(inputs.month)),
                ("end", writer.day(month_end(inputs.month))),
            ],
        ),
        version_date: long_date(writer.locale, inputs.today),
        labels,
        summary: Summary {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            advice: count(Severity::Advice),
        },
        sections,
    }
    .typeset()
}

/// The month at a glance: how many objectives stand where, and one line for each.
fn glance(writer: &Writer<'_>) -> Section {
    let evaluation = writer.inputs.evaluation;
    let mut blocks = vec![paragraph(writer.t_with(
        "review-glance-intro",
        &[("date", writer.day(evaluation.as_of))],
    ))];
    let facts: Vec<(String, String)> = Status::ALL
        .iter()
        .map(|status| {
            let count = evaluation
                .progress
                .iter()
                .filter(|o| o.status == *status)
                .count();
            (writer.status(*status), count.to_string())
        })
        .filter(|(_, count)| count != "0")
        .collect();
    if !facts.is_empty() {
        blocks.push(Block::Facts { items: facts });
    }
    let lines: Vec<String> = evaluation
        .progress
        .iter()
        .map(|objective| {
            writer.t_with(
                "review-glance-line",
                &[
                    ("objective", writer.label(objective)),
                    ("status", writer.status(objective.status)),
                ],
            )
        })
        .collect();
    if lines.is_empty() {
        blocks.push(paragraph(writer.t("review-no-objective")));
    } else {
        blocks.push(Block::Bullets { items: lines });
    }
    section("glance", writer.t("review-glance"), blocks)
}

/// Each objective: its figures, its reason, its path as a chart.
fn objectives(writer: &Writer<'_>) -> Section {
    let language = writer.inputs.language;
    let mut blocks = Vec::new();
    for objective in &writer.inputs.evaluation.progress {
        blocks.push(Block::Heading {
            text: writer.label(objective),
        });
        let kpi = writer.kpi_name(objective);
        let mut facts = vec![(writer.t("review-status"), writer.status(objective.status))];
        if !kpi.is_empty() {
            facts.push((writer.t("review-kpi"), kpi.clone()));
        }
        if let Some(actual) = objective.actual {
            let period = match (objective.reading, objective.actual_period) {
                (Some(Reading::PerMonth), Some((from, _))) => {
                    format!(" ({})", month_year(language, Day(from)))
                }
                _ => String::new(),
            };
            facts.push((
                writer.t("review-actual"),
                format!("{}{period}", writer.value(objective, actual)),
            ));
        }
        if let Some(expected) = objective.expected {
            facts.push((
                writer.t("review-expected"),
                writer.value(objective, expected),
            ));
        }
        if let Some(target) = objective.target {
            facts.push((
                writer.t("review-target"),
                writer.t_with(
                    "review-target-by",
                    &[
                        ("target", writer.value(objective, target)),
                        ("deadline", writer.day(objective.deadline)),
                    ],
                ),
            ));
        }
        if let Some(forecast) = objective.forecast {
            facts.push((
                writer.t("review-forecast"),
                writer.t_with(
                    "review-forecast-value",
                    &[
                        ("value", writer.value(objective, forecast.value)),
                        ("low", writer.value(objective, forecast.low)),
                        ("high", writer.value(objective, forecast.high)),
                        ("periods", forecast.periods.to_string()),
                    ],
                ),
            ));
        }
        blocks.push(Block::Facts { items: facts });
        blocks.push(paragraph(objective.reason(writer.locale)));
        let id = format!("review-path-{}", objective.index + 1);
        let currency = writer.currency.as_str();
        if let Some(chart) = path_chart(objective, &kpi, writer.locale, currency, &id) {
            blocks.push(Block::Chart(chart));
        }
    }
    if blocks.is_empty() {
        blocks.push(paragraph(writer.t("review-no-objective")));
    }
    section("objectives", writer.t("review-objectives"), blocks)
}

/// The month's best posts, per objective whose KPI posts carry.
fn best_posts(writer: &Writer<'_>, all: &[BestPosts]) -> Section {
    let language = writer.inputs.language;
    let mut blocks = Vec::new();
    for best in all.iter().filter(|best| !best.posts.is_empty()) {
        let Some(objective) = writer
            .inputs
            .evaluation
            .progress
            .iter()
            .find(|objective| objective.objective == best.objective)
        else {
            continue;
        };
        // The KPI's name, as the objective's card says it (Meta's "reach" is the KPI "Portée"
        // in French, where Meta's own interface says "Couverture").
        let metric = Some(writer.kpi_name(objective))
            .filter(|name| !name.is_empty())
            .unwrap_or_else(|| writer.t(&format!("metric-{}", best.metric.id())));
        blocks.push(Block::Table(Table {
            caption: writer.t_with(
                "review-best-caption",
                &[
                    ("objective", writer.label(objective)),
                    ("metric", metric.clone()),
                ],
            ),
            header: vec![
                writer.t("review-best-date"),
                writer.t("review-best-network"),
                writer.t("review-best-post"),
                metric,
            ],
            rows: best
                .posts
                .iter()
                .map(|post| {
                    let excerpt = post.text.as_deref().map_or_else(
                        || writer.t("review-best-no-text"),
                        |text| {
                            let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
                            if line.chars().count() > 80 {
                                format!("{}…", line.chars().take(79).collect::<String>().trim_end())
                            } else {
                                line
                            }
                        },
                    );
                    vec![
                        post.published
                            .map_or_else(|| "–".to_owned(), |day| writer.day(day)),
                        writer.knowledge.platform_name(&post.network).to_owned(),
                        excerpt,
                        number(language, post.value, 0),
                    ]
                })
                .collect(),
            numeric: vec![false, false, false, true],
        }));
    }
    if blocks.is_empty() {
        blocks.push(paragraph(writer.t("review-best-none")));
    }
    section("best-posts", writer.t("review-best"), blocks)
}

/// The plan against what was published, week by week in the month, and the month's operations.
fn execution(writer: &Writer<'_>) -> Section {
    let evaluation = writer.inputs.evaluation;
    let month = writer.inputs.month;
    let end = month_end(month);
    let in_month = |start: Date| {
        start <= end
            && start
                .checked_add(jiff::Span::new().days(6))
                .is_ok_and(|sunday| sunday >= month)
    };
    let mut networks: Vec<&str> = evaluation
        .execution
        .iter()
        .filter(|week| in_month(week.start))
        .map(|week| week.network.as_str())
        .collect();
    networks.sort_unstable();
    networks.dedup();
    let mut weeks: Vec<Date> = evaluation
        .execution
        .iter()
        .filter(|week| in_month(week.start))
        .map(|week| week.start)
        .collect();
    weeks.sort_unstable();
    weeks.dedup();
    let mut blocks = vec![paragraph(writer.t("review-execution-intro"))];
    if weeks.is_empty() {
        blocks.push(paragraph(writer.t("review-no-weeks")));
    } else {
        let mut header = vec![writer.t("review-week")];
        header.extend(
            networks
                .iter()
                .map(|network| writer.knowledge.platform_name(network).to_owned()),
        );
        let rows = weeks
            .iter()
            .map(|start| {
                let mut row =
                    vec![writer.t_with("review-week-label", &[("day", writer.day(*start))])];
                row.extend(networks.iter().map(|network| {
                    evaluation
                        .execution
                        .iter()
                        .find(|week| week.network == *network && week.start == *start)
                        .map_or_else(
                            || "–".to_owned(),
                            |week| {
                                let published = week.published.map_or_else(
                                    || writer.t("review-not-imported"),
                                    |posts| number(writer.inputs.language, posts, 0),
                                );
                                writer.t_with(
                                    "review-published-of",
                                    &[
                                        ("published", published),
                                        ("planned", week.planned.to_string()),
                                    ],
                                )
                            },
                        )
                }));
                row
            })
            .collect();
        let mut numeric = vec![false];
        numeric.extend(networks.iter().map(|_| true));
        blocks.push(Block::Table(Table {
            caption: writer.t("review-execution-caption"),
            header,
            rows,
            numeric,
        }));
        let month_weeks: Vec<&WeekExecution> = evaluation
            .execution
            .iter()
            .filter(|week| in_month(week.start))
            .collect();
        let formats = crate::progress::execution::formats(&month_weeks);
        if !formats.is_empty() {
            let language = writer.inputs.language;
            blocks.push(paragraph(writer.t("review-formats-intro")));
            blocks.push(Block::Table(Table {
                caption: writer.t("review-formats-caption"),
                header: vec![
                    writer.t("review-network"),
                    writer.t("review-format"),
                    writer.t("review-planned"),
                    writer.t("review-published"),
                ],
                rows: formats
                    .iter()
                    .map(|row| {
                        vec![
                            writer.knowledge.platform_name(&row.network).to_owned(),
                            i18n::capitalised(&i18n::format_name(language, row.format)),
                            row.planned.to_string(),
                            match (row.published, row.imported) {
                                (Some(posts), _) => number(language, posts, 0),
                                (None, true) => writer.t("review-format-not-told"),
                                (None, false) => writer.t("review-not-imported"),
                            },
                        ]
                    })
                    .collect(),
                numeric: vec![false, false, true, true],
            }));
        }
    }
    let operations: Vec<Vec<String>> = evaluation
        .operations
        .iter()
        .filter(|operation| operation.start <= end && operation.end >= month)
        .map(|operation| {
            vec![
                operation.name.clone(),
                writer.t_with(
                    "doc-period-range",
                    &[
                        ("start", writer.day(operation.start)),
                        ("end", writer.day(operation.end)),
                    ],
                ),
                operation.planned.to_string(),
                operation.published.map_or_else(
                    || writer.t("review-not-imported"),
                    |posts| number(writer.inputs.language, posts, 0),
                ),
            ]
        })
        .collect();
    if !operations.is_empty() {
        blocks.push(Block::Table(Table {
            caption: writer.t("review-operations-caption"),
            header: vec![
                writer.t("review-operation"),
                writer.t("review-dates"),
                writer.t("review-planned"),
                writer.t("review-published"),
            ],
            rows: operations,
            numeric: vec![false, false, true, true],
        }));
    }
    section("execution", writer.t("review-execution"), blocks)
}

/// The findings: what to adjust, each with its advice.
fn findings(writer: &Writer<'_>) -> Section {
    let findings = &writer.inputs.evaluation.findings;
    let mut blocks = Vec::new();
    if findings.is_empty() {
        blocks.push(Block::Notice {
            tone: Tone::Success,
            text: writer.t("review-no-findings"),
        });
    }
    for finding in findings {
        let diagnostic = &finding.diagnostic;
        let tone = match diagnostic.severity() {
            Severity::Error => Tone::Error,
            Severity::Warning => Tone::Warning,
            Severity::Advice => Tone::Note,
        };
        blocks.push(Block::Notice {
            tone,
            text: format!(
                "{} {}",
                diagnostic.message(writer.locale),
                diagnostic.advice(writer.locale)
            ),
        });
    }
    section("findings", writer.t("review-findings"), blocks)
}

/// The decisions taken: the versions saved in the month, with their comments.
fn decisions(writer: &Writer<'_>) -> Section {
    let blocks = match writer.inputs.decisions {
        None => vec![paragraph(writer.t("review-decisions-unknown"))],
        Some([]) => vec![paragraph(writer.t("review-no-decisions"))],
        Some(decisions) => vec![Block::Bullets {
            items: decisions
                .iter()
                .map(|decision| {
                    let comment = if decision.comment.trim().is_empty() {
                        writer.t("review-no-comment")
                    } else {
                        decision.comment.clone()
                    };
                    format!("{}: {comment}", writer.day(decision.day.0))
                })
                .collect(),
        }],
    };
    section("decisions", writer.t("review-decisions"), blocks)
}

/// An objective's path as a chart (none without a target or a path): what was measured, what
/// was expected, the target and the forecast; its text alternative lists the figures measured.
/// The results view and the review draw the same chart.
pub fn path_chart(
    objective: &ObjectiveProgress,
    kpi: &str,
    locale: Locale,
    currency: &str,
    id: &str,
) -> Option<crate::charts::Chart> {
    let language = locale.language;
    let target = objective.target?;
    if objective.path.is_empty() {
        return None;
    }
    let t = |key: &str| text(language, key, &[]);
    let value = |v: f64| quantity(language, v, objective.unit, currency);
    let periods: Vec<String> = objective
        .path
        .iter()
        .map(|point| match objective.reading {
            Some(Reading::PerWeek) => point.start.iso_week_date().week().to_string(),
            _ => t(&format!("month-short-{}", point.start.month())),
        })
        .collect();
    let actual: Vec<Option<f64>> = objective.path.iter().map(|p| p.actual).collect();
    let expected: Vec<Option<f64>> = objective.path.iter().map(|p| p.expected).collect();
    let measured: Vec<String> = objective
        .path
        .iter()
        .filter_map(|point| {
            point
                .actual
                .map(|v| format!("{} {}", month_year(language, Day(point.start)), value(v)))
        })
        .collect();
    let description = text(
        language,
        "review-chart-description",
        &[
            ("kpi", kpi.to_owned()),
            ("target", value(target)),
            ("deadline", long_date(locale, Day(objective.deadline))),
            ("measured", measured.join(", ")),
        ],
    );
    let legend = [
        t("review-legend-actual"),
        t("review-legend-expected"),
        t("review-legend-target"),
        t("review-legend-forecast"),
    ];
    let label = |v: f64| number(language, v, if v.fract().abs() > 1e-9 { 1 } else { 0 });
    Some(progress_path(&ProgressPath {
        id,
        title: kpi,
        description,
        periods: &periods,
        actual: &actual,
        expected: &expected,
        target,
        forecast: objective.forecast.map(|f| (f.value, f.low, f.high)),
        legend: [&legend[0], &legend[1], &legend[2], &legend[3]],
        value_label: &label,
    }))
}
