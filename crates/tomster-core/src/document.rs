//! The strategy document as one format-neutral model: sections of paragraphs, lists, tables,
//! charts and notices. Each output format (HTML, Markdown, PDF) renders this model, so the
//! content is written once, here.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::analysis::Analysis;
use crate::calendar::Calendar;
use crate::charts::{Chart, Grid, bar_chart, heat_map, stacked_columns};
use crate::diagnostics::{Diagnostic, Severity, Step, Summary};
use crate::i18n::{Locale, money, number, percent_points, quantity, text};
use crate::knowledge::Knowledge;
use crate::model::{Language, Stage, Unit};
use crate::plan::Plan;
use crate::recommend::Recommendations;
use crate::strategy::Strategy;
use crate::values::{Day, Target};

/// A table with a caption; `numeric` columns are right-aligned.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Table {
    pub caption: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub numeric: Vec<bool>,
}

/// How loud a notice is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    Error,
    Warning,
    Success,
    Note,
}

/// One block of a section.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    Heading {
        text: String,
    },
    /// A heading below `Heading`, for a short list inside a subsection.
    Subheading {
        text: String,
    },
    Paragraph {
        text: String,
    },
    Bullets {
        items: Vec<String>,
    },
    /// Label and value pairs.
    Facts {
        items: Vec<(String, String)>,
    },
    Table(Table),
    Chart(Chart),
    Notice {
        tone: Tone,
        text: String,
    },
}

/// A chapter of the document.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Section {
    /// An anchor-safe identifier.
    pub id: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// The whole document.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    pub language: Language,
    pub title: String,
    pub organisation: Option<String>,
    /// The period in words ("1 January 2027 to 31 December 2027").
    pub period: String,
    /// The date the document was produced, given by the caller.
    pub version_date: String,
    /// Labels the renderers need (table of contents, page, version).
    pub labels: BTreeMap<String, String>,
    /// The checker's verdict shown in the summary, for callers that report it too.
    pub summary: Summary,
    pub sections: Vec<Section>,
}

impl Document {
    /// Every chart, in document order.
    pub fn charts(&self) -> Vec<&Chart> {
        self.sections
            .iter()
            .flat_map(|section| &section.blocks)
            .filter_map(|block| match block {
                Block::Chart(chart) => Some(chart),
                _ => None,
            })
            .collect()
    }

    /// A label by key (an empty string when absent).
    pub fn label(&self, key: &str) -> &str {
        self.labels.get(key).map(String::as_str).unwrap_or("")
    }
}

pub use crate::i18n::long_date;

/// A relative target as written for people: `+30 %`, `-10%`.
fn signed_percent(language: Language, percent: f64) -> String {
    let sign = if percent >= 0.0 { "+" } else { "-" };
    format!("{sign}{}", percent_points(language, percent.abs()))
}

/// Everything the document shows, computed once.
struct Inputs<'a> {
    strategy: &'a Strategy,
    knowledge: &'a Knowledge,
    language: Language,
    /// The language with the strategy's country's conventions (dates in en-GB or en-US).
    locale: Locale,
    diagnostics: Vec<Diagnostic>,
    recommendations: Recommendations,
    plan: Plan,
    calendar: Calendar,
    currency: String,
    /// Every source the document cites, numbered in order of first use.
    citations: Vec<String>,
}

impl Inputs<'_> {
    fn t(&self, key: &str) -> String {
        text(self.language, key, &[])
    }

    fn t_with(&self, key: &str, arguments: &[(&str, String)]) -> String {
        text(self.language, key, arguments)
    }

    fn money(&self, value: f64) -> String {
        money(self.language, value, &self.currency)
    }

    fn number(&self, value: f64, decimals: usize) -> String {
        number(self.language, value, decimals)
    }

    fn platform(&self, id: &str) -> String {
        self.knowledge.platform_name(id).to_owned()
    }

    fn persona(&self, id: &str) -> String {
        self.strategy.persona_label(id)
    }

    fn stage(&self, stage: Stage) -> String {
        self.t(&format!("stage-{}", stage.as_str()))
    }

    fn day(&self, day: Day) -> String {
        long_date(self.locale, day)
    }

    /// The reference mark of a source: `[3]`.
    fn cite(&self, source: &str, year: u16) -> String {
        let entry = format!("{source} ({year})");
        match self.citations.iter().position(|known| *known == entry) {
            Some(index) => format!("[{}]", index + 1),
            None => format!("[{entry}]"),
        }
    }

    fn or_dash(value: Option<String>) -> String {
        value
            .filter(|value| !value.trim().is_empty())
            .unwrap_or_else(|| "—".to_owned())
    }
}

/// Builds the document of a strategy; `today` is the version date printed on the cover.
pub fn build_document(analysis: &Analysis<'_>, language: Language, today: Day) -> Document {
    let strategy = analysis.strategy;
    let knowledge = &*analysis.knowledge;
    let recommendations = analysis.recommendations();
    let citations = collect_citations(strategy, knowledge, &recommendations);
    let inputs = Inputs {
        strategy,
        knowledge,
        language,
        locale: Locale::new(language, Some(&crate::fit::strategy_country(strategy))),
        diagnostics: analysis.diagnostics.clone(),
        recommendations,
        currency: analysis.plan.cost.currency.clone(),
        plan: analysis.plan.clone(),
        calendar: analysis.calendar(None, None),
        citations,
    };
    let info = &strategy.strategy;
    let labels: BTreeMap<String, String> = [
        "doc-contents",
        "doc-version",
        "doc-page",
        "doc-period",
        "doc-prepared-with",
        "doc-chart-omitted",
    ]
    .iter()
    .map(|key| ((*key).to_owned(), inputs.t(key)))
    .collect();
    let sections = vec![
        summary_section(&inputs),
        target_section(&inputs),
        objectives_section(&inputs),
        message_section(&inputs),
        strategy_section(&inputs),
        technologies_section(&inputs),
        evaluate_section(&inputs),
        resources_section(&inputs),
        recommendations_section(&inputs),
        plan_section(&inputs),
        calendar_section(&inputs),
        findings_section(&inputs),
        sources_section(&inputs),
    ];
    Document {
        language,
        title: info.name.clone(),
        organisation: info.organisation.clone(),
        period: inputs.t_with(
            "doc-period-range",
            &[
                ("start", inputs.day(info.start)),
                ("end", inputs.day(info.end)),
            ],
        ),
        version_date: inputs.day(today),
        labels,
        summary: Summary::of(&inputs.diagnostics),
        sections,
    }
}

/// The notice of a step with nothing written yet.
fn none_yet(inputs: &Inputs<'_>) -> Block {
    Block::Notice {
        tone: Tone::Warning,
        text: inputs.t("doc-none-yet"),
    }
}

fn section(id: &str, title: String, blocks: Vec<Block>) -> Section {
    Section {
        id: id.to_owned(),
        title,
        blocks,
    }
}

fn paragraph(text: String) -> Block {
    Block::Paragraph { text }
}

fn summary_section(inputs: &Inputs<'_>) -> Section {
    let strategy = inputs.strategy;
    let summary = Summary::of(&inputs.diagnostics);
    let mut blocks = Vec::new();
    // The verdict first: a strategy with errors is shown as such, prominently.
    let verdict = inputs.t_with(
        "doc-verdict",
        &[
            ("errors", summary.errors.to_string()),
            ("warnings", summary.warnings.to_string()),
            ("advice", summary.advice.to_string()),
        ],
    );
    let tone = if summary.errors > 0 {
        Tone::Error
    } else if summary.warnings > 0 {
        Tone::Warning
    } else {
        Tone::Success
    };
    blocks.push(Block::Notice {
        tone,
        text: verdict,
    });
    for diagnostic in inputs
        .diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.severity() == Severity::Error)
    {
        blocks.push(Block::Notice {
            tone: Tone::Error,
            text: format!(
                "{} — {}",
                diagnostic.code,
                diagnostic.message(inputs.locale)
            ),
        });
    }
    let networks: Vec<String> = strategy
        .platforms
        .iter()
        .map(|platform| inputs.platform(platform.id.as_str()))
        .collect();
    let personas: Vec<String> = strategy
        .personas
        .iter()
        .map(|persona| persona.label().to_owned())
        .collect();
    blocks.push(Block::Facts {
        items: vec![
            (
                inputs.t("doc-personas"),
                Inputs::or_dash(Some(personas.join(", "))),
            ),
            (
                inputs.t("doc-networks"),
                Inputs::or_dash(Some(networks.join(", "))),
            ),
            (
                inputs.t("doc-monthly-budget"),
                // The total over the months of the period, so that it adds up.
                inputs.money(inputs.plan.cost.monthly_average()),
            ),
            (
                inputs.t("doc-total-cost"),
                inputs.t_with(
                    "doc-cost-against-budget",
                    &[
                        ("total", inputs.money(inputs.plan.cost.total)),
                        (
                            "budget",
                            inputs
                                .plan
                                .cost
                                .budget
                                .map(|budget| inputs.money(budget))
                                .unwrap_or_else(|| "—".to_owned()),
                        ),
                    ],
                ),
            ),
            (
                inputs.t("doc-hours-per-week"),
                inputs.t_with(
                    "doc-hours-against-capacity",
                    &[
                        (
                            "hours",
                            inputs.number(inputs.plan.workload.hours_per_week, 1),
                        ),
                        (
                            "capacity",
                            inputs.number(inputs.plan.workload.capacity_hours_per_week, 1),
                        ),
                    ],
                ),
            ),
        ],
    });
    blocks.push(Block::Table(objectives_table(inputs, false)));
    section("summary", inputs.t("doc-summary"), blocks)
}

fn objectives_table(inputs: &Inputs<'_>, detailed: bool) -> Table {
    let mut header = vec![
        inputs.t("doc-objective"),
        inputs.t("doc-kpi"),
        inputs.t("doc-baseline"),
        inputs.t("doc-target"),
        inputs.t("doc-deadline"),
    ];
    if detailed {
        header.extend([
            inputs.t("doc-kind"),
            inputs.t("doc-personas"),
            inputs.t("doc-networks"),
        ]);
    }
    let rows = inputs
        .strategy
        .objectives
        .iter()
        .map(|objective| {
            let statement = objective
                .statement
                .clone()
                .filter(|text| !text.trim().is_empty())
                .unwrap_or_else(|| objective.id.as_str().to_owned());
            let record = objective
                .kpi
                .as_ref()
                .and_then(|kpi| inputs.knowledge.kpi(kpi.as_str()));
            let kpi = match (record, &objective.kpi) {
                (Some(record), _) => record.name(inputs.language).to_owned(),
                (None, Some(written)) => written.as_str().to_owned(),
                (None, None) => "—".to_owned(),
            };
            // Figures carry the KPI's unit: money in the currency, rates in %.
            let unit = record.map(|record| record.unit).unwrap_or(Unit::Count);
            let figure = |value: f64| quantity(inputs.language, value, unit, &inputs.currency);
            let target = match (objective.target, objective.target_level()) {
                (Some(Target::Change(percent)), Some(level)) => format!(
                    "{} ({})",
                    signed_percent(inputs.language, percent),
                    figure(level)
                ),
                (Some(Target::Change(percent)), None) => signed_percent(inputs.language, percent),
                (_, Some(level)) => figure(level),
                (_, None) => "—".to_owned(),
            };
            let mut row = vec![
                statement,
                kpi,
                objective
                    .baseline_value()
                    .map(figure)
                    .unwrap_or_else(|| "—".to_owned()),
                target,
                objective
                    .deadline
                    .map(|day| inputs.day(day))
                    .unwrap_or_else(|| "—".to_owned()),
            ];
            if detailed {
                row.push(
                    objective
                        .kind
                        .map(|kind| inputs.t(&format!("kind-{}", kind.as_str())))
                        .unwrap_or_else(|| "—".to_owned()),
                );
                row.push(Inputs::or_dash(Some(
                    objective
                        .personas
                        .iter()
                        .map(|id| inputs.persona(id.as_str()))
                        .collect::<Vec<_>>()
                        .join(", "),
                )));
                row.push(Inputs::or_dash(Some(
                    objective
                        .platforms
                        .iter()
                        .map(|id| inputs.platform(id.as_str()))
                        .collect::<Vec<_>>()
                        .join(", "),
                )));
            }
            row
        })
        .collect();
    let mut numeric = vec![false, false, true, true, false];
    if detailed {
        numeric.extend([false, false, false]);
    }
    Table {
        caption: inputs.t("doc-objectives-caption"),
        header,
        rows,
        numeric,
    }
}

fn step_title(inputs: &Inputs<'_>, step: Step, number: usize) -> String {
    format!("{number}. {}", step.name(inputs.language))
}

fn target_section(inputs: &Inputs<'_>) -> Section {
    let mut blocks = vec![paragraph(inputs.t("doc-target-intro"))];
    if inputs.strategy.personas.is_empty() {
        blocks.push(none_yet(inputs));
    }
    for persona in &inputs.strategy.personas {
        blocks.push(Block::Heading {
            text: persona.label().to_owned(),
        });
        let mut facts = Vec::new();
        let mut fact = |key: &str, value: Option<String>| {
            if let Some(value) = value.filter(|value| !value.trim().is_empty()) {
                facts.push((inputs.t(key), value));
            }
        };
        fact(
            "doc-segment",
            persona
                .segment
                .map(|segment| segment.as_str().to_uppercase()),
        );
        fact(
            "doc-age",
            persona.age.map(|age| {
                inputs.t_with(
                    "doc-age-range",
                    &[("min", age.min.to_string()), ("max", age.max.to_string())],
                )
            }),
        );
        fact(
            "doc-gender",
            persona
                .gender
                .map(|gender| inputs.t(&format!("gender-{}", gender.as_str()))),
        );
        fact("doc-location", persona.location.clone());
        fact("doc-occupation", persona.occupation.clone());
        fact("doc-industry", persona.industry.clone());
        fact(
            "doc-company-size",
            persona.company_size.map(|size| size.as_str().to_owned()),
        );
        fact(
            "doc-channels",
            Some(
                persona
                    .channels
                    .iter()
                    .map(|id| inputs.platform(id.as_str()))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        );
        fact(
            "doc-technographics",
            Some(
                persona
                    .technographics
                    .iter()
                    .map(|profile| inputs.t(&format!("technographic-{}", profile.as_str())))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        );
        fact(
            "doc-stage-mix",
            persona.stage_mix.map(|mix| {
                Stage::ALL
                    .iter()
                    .filter(|stage| mix.share(**stage) > 0.0)
                    .map(|stage| {
                        format!(
                            "{} {}",
                            inputs.stage(*stage),
                            percent(inputs.language, mix.share(*stage))
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            }),
        );
        fact(
            "doc-priority",
            persona.priority.map(|priority| priority.to_string()),
        );
        blocks.push(Block::Facts { items: facts });
        for (key, items) in [
            ("doc-goals", &persona.goals),
            ("doc-pain-points", &persona.pain_points),
            ("doc-questions", &persona.questions),
            ("doc-objections", &persona.objections),
        ] {
            if !items.is_empty() {
                blocks.push(Block::Subheading {
                    text: inputs.t(key),
                });
                blocks.push(Block::Bullets {
                    items: items.clone(),
                });
            }
        }
    }
    section("target", step_title(inputs, Step::Target, 1), blocks)
}

/// A share as a percentage in the language ("40%", "40 %").
fn percent(language: Language, share: f64) -> String {
    match language {
        Language::English => format!("{}%", number(language, share * 100.0, 0)),
        Language::French => format!("{}\u{a0}%", number(language, share * 100.0, 0)),
    }
}

fn objectives_section(inputs: &Inputs<'_>) -> Section {
    let mut blocks = vec![paragraph(inputs.t("doc-objectives-intro"))];
    if inputs.strategy.objectives.is_empty() {
        blocks.push(none_yet(inputs));
    } else {
        blocks.push(Block::Table(objectives_table(inputs, true)));
    }
    section(
        "objectives",
        step_title(inputs, Step::Objectives, 2),
        blocks,
    )
}

fn message_section(inputs: &Inputs<'_>) -> Section {
    let strategy = inputs.strategy;
    let mut blocks = vec![paragraph(inputs.t("doc-message-intro"))];
    if !strategy.pillars.is_empty() {
        blocks.push(Block::Table(Table {
            caption: inputs.t("doc-pillars-caption"),
            header: vec![inputs.t("doc-pillar"), inputs.t("doc-share")],
            rows: strategy
                .pillars
                .iter()
                .map(|pillar| {
                    vec![
                        pillar
                            .name
                            .clone()
                            .unwrap_or_else(|| pillar.id.as_str().to_owned()),
                        pillar
                            .share
                            .map(|share| percent(inputs.language, share.get()))
                            .unwrap_or_else(|| "—".to_owned()),
                    ]
                })
                .collect(),
            numeric: vec![false, true],
        }));
    }
    if strategy.messages.is_empty() {
        blocks.push(none_yet(inputs));
    } else {
        blocks.push(Block::Table(Table {
            caption: inputs.t("doc-messages-caption"),
            header: vec![
                inputs.t("doc-persona"),
                inputs.t("doc-stage"),
                "AIDA".to_owned(),
                inputs.t("doc-key-message"),
                inputs.t("doc-proof-points"),
                inputs.t("doc-content-types"),
                inputs.t("doc-call-to-action"),
            ],
            rows: strategy
                .messages
                .iter()
                .map(|message| {
                    vec![
                        inputs.persona(message.persona.as_str()),
                        message
                            .stage
                            .map(|stage| inputs.stage(stage))
                            .unwrap_or_else(|| "—".to_owned()),
                        message
                            .aida
                            .map(|aida| inputs.t(&format!("aida-{}", aida.as_str())))
                            .unwrap_or_else(|| "—".to_owned()),
                        Inputs::or_dash(message.key_message.clone()),
                        Inputs::or_dash(Some(message.proof_points.join("; "))),
                        Inputs::or_dash(Some(
                            message
                                .content_types
                                .iter()
                                .map(|format| inputs.t(&format!("format-{}", format.as_str())))
                                .collect::<Vec<_>>()
                                .join(", "),
                        )),
                        Inputs::or_dash(message.call_to_action.clone()),
                    ]
                })
                .collect(),
            numeric: vec![false; 7],
        }));
    }
    let coverage = &inputs.plan.coverage;
    if !coverage.personas.is_empty() {
        let mut header = vec![inputs.t("doc-persona")];
        header.extend(coverage.stages.iter().map(|stage| inputs.stage(*stage)));
        blocks.push(Block::Table(Table {
            caption: inputs.t("doc-coverage-caption"),
            header,
            rows: coverage
                .personas
                .iter()
                .map(|persona| {
                    let mut row = vec![inputs.persona(&persona.persona)];
                    row.extend(coverage.stages.iter().map(|stage| {
                        let count = persona.cells.get(stage).copied().unwrap_or(0);
                        if persona.gaps.contains(stage) {
                            format!("{count} ⚠")
                        } else {
                            count.to_string()
                        }
                    }));
                    row
                })
                .collect(),
            numeric: std::iter::once(false)
                .chain(coverage.stages.iter().map(|_| true))
                .collect(),
        }));
    }
    section("message", step_title(inputs, Step::Message, 3), blocks)
}

fn strategy_section(inputs: &Inputs<'_>) -> Section {
    let strategy = inputs.strategy;
    let info = &strategy.strategy;
    let mut blocks = vec![paragraph(inputs.t("doc-strategy-intro"))];
    blocks.push(Block::Facts {
        items: vec![
            (
                inputs.t("doc-website"),
                Inputs::or_dash(info.website.as_ref().map(|address| address.to_string())),
            ),
            (
                inputs.t("doc-blog"),
                Inputs::or_dash(info.blog.as_ref().map(|address| address.to_string())),
            ),
            (
                inputs.t("doc-newsletter"),
                Inputs::or_dash(info.newsletter.clone()),
            ),
        ],
    });
    blocks.push(Block::Heading {
        text: inputs.t("doc-always-on"),
    });
    if strategy.always_on.is_empty() {
        blocks.push(none_yet(inputs));
    } else {
        blocks.push(Block::Table(Table {
            caption: inputs.t("doc-always-on-caption"),
            header: vec![
                inputs.t("doc-network"),
                inputs.t("doc-posts-per-week"),
                inputs.t("doc-formats"),
                inputs.t("doc-pillars"),
            ],
            rows: strategy
                .always_on
                .iter()
                .map(|always_on| {
                    vec![
                        inputs.platform(always_on.platform.as_str()),
                        inputs.number(always_on.cadence(), 1),
                        Inputs::or_dash(Some(
                            always_on
                                .formats
                                .iter()
                                .map(|(format, posts)| {
                                    format!(
                                        "{} {}",
                                        inputs.t(&format!("format-{}", format.as_str())),
                                        inputs.number(posts.get(), 1)
                                    )
                                })
                                .collect::<Vec<_>>()
                                .join(", "),
                        )),
                        Inputs::or_dash(Some(
                            always_on
                                .pillars
                                .iter()
                                .map(|(pillar, share)| {
                                    format!("{pillar} {}", percent(inputs.language, share.get()))
                                })
                                .collect::<Vec<_>>()
                                .join(", "),
                        )),
                    ]
                })
                .collect(),
            numeric: vec![false, true, false, false],
        }));
    }
    blocks.push(Block::Heading {
        text: inputs.t("doc-operations"),
    });
    if strategy.operations.is_empty() {
        blocks.push(paragraph(inputs.t("doc-no-operation")));
    } else {
        blocks.push(Block::Table(Table {
            caption: inputs.t("doc-operations-caption"),
            header: vec![
                inputs.t("doc-operation"),
                inputs.t("doc-kind"),
                inputs.t("doc-dates"),
                inputs.t("doc-budget"),
                inputs.t("doc-objectives"),
                inputs.t("doc-networks"),
            ],
            rows: strategy
                .operations
                .iter()
                .map(|operation| {
                    let dates = match (operation.start, operation.end) {
                        (Some(start), Some(end)) => {
                            format!("{} → {}", inputs.day(start), inputs.day(end))
                        }
                        _ => "—".to_owned(),
                    };
                    vec![
                        operation.label().to_owned(),
                        operation
                            .kind
                            .map(|kind| inputs.t(&format!("operation-{}", kind.as_str())))
                            .unwrap_or_else(|| "—".to_owned()),
                        dates,
                        operation
                            .budget
                            .map(|budget| inputs.money(budget.get()))
                            .unwrap_or_else(|| "—".to_owned()),
                        Inputs::or_dash(Some(
                            operation
                                .objectives
                                .iter()
                                .map(|id| id.as_str())
                                .collect::<Vec<_>>()
                                .join(", "),
                        )),
                        Inputs::or_dash(Some(
                            operation
                                .platforms
                                .iter()
                                .map(|id| inputs.platform(id.as_str()))
                                .collect::<Vec<_>>()
                                .join(", "),
                        )),
                    ]
                })
                .collect(),
            numeric: vec![false, false, false, true, false, false],
        }));
    }
    section("strategy", step_title(inputs, Step::Strategy, 4), blocks)
}

fn technologies_section(inputs: &Inputs<'_>) -> Section {
    let strategy = inputs.strategy;
    let mut blocks = vec![paragraph(inputs.t("doc-technologies-intro"))];
    if strategy.platforms.is_empty() {
        blocks.push(none_yet(inputs));
    } else {
        let mut header = vec![inputs.t("doc-network"), inputs.t("doc-rationale")];
        header.extend(
            strategy
                .personas
                .iter()
                .map(|persona| persona.label().to_owned()),
        );
        blocks.push(Block::Table(Table {
            caption: inputs.t("doc-networks-caption"),
            header,
            rows: strategy
                .platforms
                .iter()
                .map(|chosen| {
                    let mut row = vec![
                        inputs.platform(chosen.id.as_str()),
                        Inputs::or_dash(chosen.rationale.clone()),
                    ];
                    row.extend(inputs.recommendations.personas.iter().map(|persona| {
                        persona
                            .fit(chosen.id.as_str())
                            .and_then(|fit| fit.score)
                            .map(|score| score.to_string())
                            .unwrap_or_else(|| "—".to_owned())
                    }));
                    row
                })
                .collect(),
            numeric: [false, false]
                .into_iter()
                .chain(strategy.personas.iter().map(|_| true))
                .collect(),
        }));
    }
    blocks.push(Block::Heading {
        text: inputs.t("doc-tools"),
    });
    if strategy.tools.is_empty() {
        blocks.push(paragraph(inputs.t("doc-no-tool")));
    } else {
        blocks.push(Block::Table(Table {
            caption: inputs.t("doc-tools-caption"),
            header: vec![
                inputs.t("doc-tool"),
                inputs.t("doc-category"),
                inputs.t("doc-tool-plan"),
                inputs.t("doc-monthly-cost"),
                inputs.t("doc-seats"),
            ],
            rows: strategy
                .tools
                .iter()
                .map(|tool| {
                    vec![
                        tool.name.clone(),
                        tool.category
                            .map(|category| inputs.t(&format!("category-{}", category.as_str())))
                            .unwrap_or_else(|| "—".to_owned()),
                        Inputs::or_dash(tool.plan.clone()),
                        tool.monthly_cost
                            .map(|cost| inputs.money(cost.get()))
                            .unwrap_or_else(|| "—".to_owned()),
                        tool.seats
                            .map(|seats| seats.to_string())
                            .unwrap_or_else(|| "—".to_owned()),
                    ]
                })
                .collect(),
            numeric: vec![false, false, false, true, true],
        }));
    }
    section(
        "technologies",
        step_title(inputs, Step::Technologies, 5),
        blocks,
    )
}

fn evaluate_section(inputs: &Inputs<'_>) -> Section {
    let strategy = inputs.strategy;
    let mut blocks = vec![paragraph(inputs.t("doc-evaluate-intro"))];
    if strategy.kpis.is_empty() {
        blocks.push(none_yet(inputs));
    } else {
        blocks.push(Block::Table(Table {
            caption: inputs.t("doc-kpis-caption"),
            header: vec![
                inputs.t("doc-kpi"),
                inputs.t("doc-formula"),
                inputs.t("doc-objective"),
                inputs.t("doc-network"),
                inputs.t("doc-data-source"),
                inputs.t("doc-review"),
                inputs.t("doc-alert"),
            ],
            rows: strategy
                .kpis
                .iter()
                .map(|kpi_plan| {
                    let record = kpi_plan
                        .metric
                        .as_ref()
                        .and_then(|metric| inputs.knowledge.kpi(metric.as_str()));
                    let (name, formula) = match (record, inputs.language) {
                        (Some(record), Language::English) => {
                            (record.name_en.clone(), record.formula_en.clone())
                        }
                        (Some(record), Language::French) => {
                            (record.name_fr.clone(), record.formula_fr.clone())
                        }
                        (None, _) => (kpi_plan.id.as_str().to_owned(), "—".to_owned()),
                    };
                    vec![
                        name,
                        formula,
                        kpi_plan
                            .objective
                            .as_ref()
                            .map(|id| id.as_str().to_owned())
                            .unwrap_or_else(|| "—".to_owned()),
                        kpi_plan
                            .platform
                            .as_ref()
                            .map(|id| inputs.platform(id.as_str()))
                            .unwrap_or_else(|| "—".to_owned()),
                        Inputs::or_dash(kpi_plan.source.clone()),
                        kpi_plan
                            .review
                            .map(|review| inputs.t(&format!("review-{}", review.as_str())))
                            .unwrap_or_else(|| "—".to_owned()),
                        kpi_plan
                            .alert_below
                            .map(|ratio| {
                                inputs.t_with(
                                    "doc-alert-below",
                                    &[("percent", percent(inputs.language, ratio.get()))],
                                )
                            })
                            .unwrap_or_else(|| "—".to_owned()),
                    ]
                })
                .collect(),
            numeric: vec![false; 7],
        }));
    }
    section("evaluate", step_title(inputs, Step::Evaluate, 6), blocks)
}

fn resources_section(inputs: &Inputs<'_>) -> Section {
    let resources = &inputs.strategy.resources;
    let mut blocks = vec![paragraph(inputs.t("doc-resources-intro"))];
    blocks.push(Block::Facts {
        items: vec![(
            inputs.t("doc-budget"),
            resources
                .budget
                .map(|budget| inputs.money(budget.get()))
                .unwrap_or_else(|| "—".to_owned()),
        )],
    });
    if resources.team.is_empty() {
        blocks.push(Block::Notice {
            tone: Tone::Warning,
            text: inputs.t("doc-no-team"),
        });
    } else {
        blocks.push(Block::Table(Table {
            caption: inputs.t("doc-team-caption"),
            header: vec![
                inputs.t("doc-member"),
                inputs.t("doc-role"),
                inputs.t("doc-hours"),
                inputs.t("doc-skills"),
            ],
            rows: resources
                .team
                .iter()
                .map(|member| {
                    vec![
                        member.name.clone(),
                        Inputs::or_dash(member.role.clone()),
                        member
                            .hours_per_week
                            .map(|hours| inputs.number(hours.get(), 1))
                            .unwrap_or_else(|| "—".to_owned()),
                        Inputs::or_dash(Some(
                            member
                                .skills
                                .iter()
                                .map(|skill| inputs.t(&format!("skill-{}", skill.as_str())))
                                .collect::<Vec<_>>()
                                .join(", "),
                        )),
                    ]
                })
                .collect(),
            numeric: vec![false, false, true, false],
        }));
    }
    if !resources.outsourcing.is_empty() {
        blocks.push(Block::Table(Table {
            caption: inputs.t("doc-outsourcing-caption"),
            header: vec![
                inputs.t("doc-provider"),
                inputs.t("doc-scope"),
                inputs.t("doc-skills"),
                inputs.t("doc-cost"),
            ],
            rows: resources
                .outsourcing
                .iter()
                .map(|outsourcing| {
                    let billing = outsourcing
                        .billing
                        .unwrap_or(crate::model::Billing::Monthly);
                    vec![
                        outsourcing.provider.clone(),
                        Inputs::or_dash(outsourcing.scope.clone()),
                        Inputs::or_dash(Some(
                            outsourcing
                                .skills
                                .iter()
                                .map(|skill| inputs.t(&format!("skill-{}", skill.as_str())))
                                .collect::<Vec<_>>()
                                .join(", "),
                        )),
                        outsourcing
                            .cost
                            .map(|cost| {
                                format!(
                                    "{} {}",
                                    inputs.money(cost.get()),
                                    inputs.t(&format!("cost-per-{}", billing.as_str()))
                                )
                            })
                            .unwrap_or_else(|| "—".to_owned()),
                    ]
                })
                .collect(),
            numeric: vec![false, false, false, true],
        }));
    }
    if !resources.training.is_empty() {
        blocks.push(Block::Table(Table {
            caption: inputs.t("doc-training-caption"),
            header: vec![
                inputs.t("doc-topic"),
                inputs.t("doc-skills"),
                inputs.t("doc-cost"),
                inputs.t("doc-date"),
            ],
            rows: resources
                .training
                .iter()
                .map(|training| {
                    vec![
                        training.topic.clone(),
                        Inputs::or_dash(Some(
                            training
                                .skills
                                .iter()
                                .map(|skill| inputs.t(&format!("skill-{}", skill.as_str())))
                                .collect::<Vec<_>>()
                                .join(", "),
                        )),
                        training
                            .cost
                            .map(|cost| inputs.money(cost.get()))
                            .unwrap_or_else(|| "—".to_owned()),
                        training
                            .date
                            .map(|day| inputs.day(day))
                            .unwrap_or_else(|| "—".to_owned()),
                    ]
                })
                .collect(),
            numeric: vec![false, false, true, false],
        }));
    }
    if !resources.milestones.is_empty() {
        blocks.push(Block::Heading {
            text: inputs.t("doc-milestones"),
        });
        blocks.push(Block::Bullets {
            items: resources
                .milestones
                .iter()
                .map(|milestone| format!("{} — {}", inputs.day(milestone.date), milestone.name))
                .collect(),
        });
    }
    section("resources", step_title(inputs, Step::Resources, 7), blocks)
}

fn recommendations_section(inputs: &Inputs<'_>) -> Section {
    let mut blocks = vec![paragraph(inputs.t_with(
        "doc-recommendations-intro",
        &[(
            "threshold",
            inputs.number(inputs.knowledge.fit.recommended_threshold, 0),
        )],
    ))];
    let fits = &inputs.recommendations.personas;
    if !fits.is_empty() {
        let columns: Vec<String> = inputs
            .knowledge
            .platforms
            .iter()
            .map(|platform| platform.name.clone())
            .collect();
        let rows: Vec<String> = fits
            .iter()
            .map(|fit| inputs.persona(&fit.persona))
            .collect();
        let values: Vec<Vec<u8>> = fits
            .iter()
            .map(|fit| {
                inputs
                    .knowledge
                    .platforms
                    .iter()
                    .map(|platform| {
                        fit.fit(&platform.id)
                            .map(|platform_fit| platform_fit.score_or_zero())
                            .unwrap_or(0)
                    })
                    .collect()
            })
            .collect();
        blocks.push(Block::Chart(heat_map(
            "platform-fit",
            &inputs.t("doc-chart-fit"),
            &inputs.t("doc-chart-fit-note"),
            &inputs.t("doc-networks"),
            Grid {
                rows: &rows,
                columns: &columns,
                values: &values,
                threshold: inputs.knowledge.fit.recommended_threshold as u8,
            },
        )));
    }
    for fit in fits {
        blocks.push(Block::Heading {
            text: inputs.persona(&fit.persona),
        });
        let mut items = Vec::new();
        for platform_fit in fit
            .platforms
            .iter()
            .filter(|platform_fit| platform_fit.recommended)
        {
            let reasons: Vec<String> = platform_fit
                .reasons
                .iter()
                .map(|reason| match (&reason.source, reason.year) {
                    (Some(source), Some(year)) => {
                        format!(
                            "{} {}",
                            reason.text(inputs.language),
                            inputs.cite(source, year)
                        )
                    }
                    _ => reason.text(inputs.language),
                })
                .collect();
            items.push((
                match platform_fit.score {
                    Some(score) => format!("{} — {score}", inputs.platform(&platform_fit.platform)),
                    None => inputs.platform(&platform_fit.platform),
                },
                reasons,
            ));
        }
        if items.is_empty() {
            blocks.push(paragraph(inputs.t("doc-no-recommended-network")));
        }
        for (network, reasons) in items {
            blocks.push(Block::Subheading { text: network });
            blocks.push(Block::Bullets { items: reasons });
        }
    }
    if !inputs.recommendations.kpis.is_empty() {
        blocks.push(Block::Heading {
            text: inputs.t("doc-kpi-suggestions"),
        });
        blocks.push(Block::Table(Table {
            caption: inputs.t("doc-kpi-suggestions-caption"),
            header: vec![inputs.t("doc-objective"), inputs.t("doc-suggested-kpis")],
            rows: inputs
                .recommendations
                .kpis
                .iter()
                .map(|suggestions| {
                    let names: Vec<String> = suggestions
                        .suggested
                        .iter()
                        .take(5)
                        .map(|kpi| {
                            let name = inputs
                                .knowledge
                                .kpi(&kpi.kpi)
                                .map(|record| record.name(inputs.language).to_owned())
                                .unwrap_or_else(|| kpi.kpi.clone());
                            if kpi.chosen {
                                format!("{name} ★")
                            } else {
                                name
                            }
                        })
                        .collect();
                    vec![
                        suggestions.objective.clone(),
                        Inputs::or_dash(Some(names.join(", "))),
                    ]
                })
                .collect(),
            numeric: vec![false, false],
        }));
    }
    section("recommendations", inputs.t("doc-recommendations"), blocks)
}

fn plan_section(inputs: &Inputs<'_>) -> Section {
    let workload = &inputs.plan.workload;
    let cost = &inputs.plan.cost;
    let language = inputs.language;
    let mut blocks = vec![paragraph(inputs.t("doc-plan-intro"))];
    blocks.push(Block::Heading {
        text: inputs.t("doc-workload"),
    });
    blocks.push(Block::Facts {
        items: vec![
            (
                inputs.t("doc-hours-per-week"),
                inputs.number(workload.hours_per_week, 1),
            ),
            (
                inputs.t("doc-capacity"),
                inputs.number(workload.capacity_hours_per_week, 1),
            ),
            (
                inputs.t("doc-peak"),
                match workload.peak_week_start {
                    Some(week) => inputs.t_with(
                        "doc-peak-value",
                        &[
                            ("hours", inputs.number(workload.peak_hours_per_week, 1)),
                            ("week", inputs.day(week)),
                        ],
                    ),
                    None => "—".to_owned(),
                },
            ),
            (
                inputs.t("doc-outsourced"),
                inputs.number(workload.outsourced_hours_per_week, 1),
            ),
        ],
    });
    let mut by_network: Vec<(String, f64)> = workload
        .by_platform
        .iter()
        .filter(|(platform, _)| platform.as_str() != "reporting")
        .map(|(platform, hours)| (inputs.platform(platform), *hours))
        .collect();
    if let Some(reporting) = workload.by_platform.get("reporting") {
        by_network.push((inputs.t("plan-reporting"), *reporting));
    }
    let hours_unit = inputs.t("doc-hours-unit");
    blocks.push(Block::Chart(bar_chart(
        "hours-by-network",
        &inputs.t("doc-chart-hours"),
        &inputs.t("doc-chart-hours-axis"),
        &by_network,
        &|value| format!("{} {hours_unit}", number(language, value, 1)),
    )));
    if !workload.by_member.is_empty() {
        blocks.push(Block::Table(Table {
            caption: inputs.t("doc-members-caption"),
            header: vec![
                inputs.t("doc-member"),
                inputs.t("doc-load"),
                inputs.t("doc-hours"),
            ],
            rows: workload
                .by_member
                .iter()
                .map(|(member, load)| {
                    let own = inputs.strategy.member_hours(member);
                    vec![
                        member.clone(),
                        inputs.number(*load, 1),
                        inputs.number(own, 1),
                    ]
                })
                .collect(),
            numeric: vec![false, true, true],
        }));
    }
    blocks.push(paragraph(match language {
        Language::English => inputs.knowledge.effort.note_en.clone(),
        Language::French => inputs.knowledge.effort.note_fr.clone(),
    }));
    blocks.push(Block::Heading {
        text: inputs.t("doc-costs"),
    });
    let currency = inputs.currency.clone();
    let categories: Vec<(String, f64)> = crate::plan::COST_CATEGORIES
        .iter()
        .filter_map(|category| {
            let amount = cost.by_category.get(*category).copied().unwrap_or(0.0);
            (amount > 0.0).then(|| (inputs.t(&format!("cost-{category}")), amount))
        })
        .collect();
    blocks.push(Block::Chart(bar_chart(
        "budget-by-category",
        &inputs.t("doc-chart-budget-category"),
        &inputs.t_with("doc-chart-amount-axis", &[("currency", currency.clone())]),
        &categories,
        &|value| money(language, value, &currency),
    )));
    let months: Vec<(String, f64)> = cost
        .by_month
        .iter()
        .map(|(month, amount)| {
            let label = Day::parse(&format!("{month}-01"))
                .map(|first_day| crate::i18n::month_year(language, first_day))
                .unwrap_or_else(|_| month.clone());
            (label, *amount)
        })
        .collect();
    blocks.push(Block::Chart(bar_chart(
        "budget-by-month",
        &inputs.t("doc-chart-budget-month"),
        &inputs.t_with("doc-chart-amount-axis", &[("currency", currency.clone())]),
        &months,
        &|value| money(language, value, &currency),
    )));
    let mut cost_facts = vec![
        (inputs.t("doc-total-cost"), inputs.money(cost.total)),
        (
            inputs.t("doc-budget"),
            cost.budget
                .map(|budget| inputs.money(budget))
                .unwrap_or_else(|| "—".to_owned()),
        ),
    ];
    if let Some(monthly) = cost.monthly_budget {
        cost_facts.push((inputs.t("doc-budget-per-month"), inputs.money(monthly)));
    }
    blocks.push(Block::Facts { items: cost_facts });
    if !workload.providers.is_empty() {
        // What each provider saves the team, beside what it costs.
        blocks.push(Block::Table(Table {
            caption: inputs.t("doc-providers-caption"),
            header: vec![
                inputs.t("doc-provider"),
                inputs.t("doc-provider-hours"),
                inputs.t("doc-provider-weeks"),
                inputs.t("doc-provider-cost"),
                inputs.t("doc-provider-hour-cost"),
            ],
            rows: workload
                .providers
                .iter()
                .map(|work| {
                    let paid = cost.by_provider.get(&work.provider).copied().unwrap_or(0.0);
                    vec![
                        work.provider.clone(),
                        inputs.number(work.hours_per_week, 1),
                        work.weeks.to_string(),
                        inputs.money(paid),
                        if work.total_hours > 0.0 {
                            inputs.money(paid / work.total_hours)
                        } else {
                            "—".to_owned()
                        },
                    ]
                })
                .collect(),
            numeric: vec![false, true, true, true, true],
        }));
    }
    section("plan", inputs.t("doc-plan"), blocks)
}

fn calendar_section(inputs: &Inputs<'_>) -> Section {
    let calendar = &inputs.calendar;
    let mut blocks = vec![paragraph(inputs.t_with(
        "doc-calendar-intro",
        &[
            ("count", calendar.slots.len().to_string()),
            ("timezone", calendar.timezone.clone()),
        ],
    ))];
    let mut months: Vec<String> = Vec::new();
    let mut networks: BTreeSet<String> = BTreeSet::new();
    let mut counts: BTreeMap<(String, String), f64> = BTreeMap::new();
    let mut month = inputs.strategy.strategy.start;
    while month <= inputs.strategy.strategy.end
        && months.len() <= 12 * crate::strategy::MAX_PERIOD_YEARS as usize
    {
        months.push(month.month_key());
        let next = month
            .plus_days(i64::from(month.date().days_in_month()) - i64::from(month.date().day()) + 1);
        month = next;
    }
    for slot in &calendar.slots {
        networks.insert(slot.platform.clone());
        *counts
            .entry((slot.date.month_key(), slot.platform.clone()))
            .or_default() += 1.0;
    }
    let series: Vec<(String, Vec<f64>)> = networks
        .iter()
        .map(|network| {
            (
                inputs.platform(network),
                months
                    .iter()
                    .map(|month| {
                        counts
                            .get(&(month.clone(), network.clone()))
                            .copied()
                            .unwrap_or(0.0)
                    })
                    .collect(),
            )
        })
        .collect();
    if !series.is_empty() {
        blocks.push(Block::Chart(stacked_columns(
            "posts-by-month",
            &inputs.t("doc-chart-posts"),
            &inputs.t("doc-chart-month-axis"),
            &inputs.t("doc-chart-posts-axis"),
            &months,
            &series,
        )));
        let mut header = vec![inputs.t("doc-month")];
        header.extend(series.iter().map(|(name, _)| name.clone()));
        header.push(inputs.t("doc-total"));
        blocks.push(Block::Table(Table {
            caption: inputs.t("doc-calendar-caption"),
            header,
            rows: months
                .iter()
                .enumerate()
                .map(|(index, month)| {
                    let mut row = vec![month.clone()];
                    let mut total = 0.0;
                    for (_, values) in &series {
                        total += values[index];
                        row.push(inputs.number(values[index], 0));
                    }
                    row.push(inputs.number(total, 0));
                    row
                })
                .collect(),
            numeric: std::iter::once(false)
                .chain(series.iter().map(|_| true))
                .chain(std::iter::once(true))
                .collect(),
        }));
    } else {
        blocks.push(Block::Notice {
            tone: Tone::Warning,
            text: inputs.t("doc-no-post"),
        });
    }
    if !calendar.operations.is_empty() {
        blocks.push(Block::Heading {
            text: inputs.t("doc-operations"),
        });
        blocks.push(Block::Bullets {
            items: calendar
                .operations
                .iter()
                .map(|operation| {
                    format!(
                        "{} → {} — {}",
                        inputs.day(operation.start),
                        inputs.day(operation.end),
                        operation.name
                    )
                })
                .collect(),
        });
    }
    section("calendar", inputs.t("doc-calendar"), blocks)
}

fn findings_section(inputs: &Inputs<'_>) -> Section {
    let mut blocks = Vec::new();
    if inputs.diagnostics.is_empty() {
        blocks.push(Block::Notice {
            tone: Tone::Success,
            text: inputs.t("doc-no-finding"),
        });
    } else {
        blocks.push(Block::Table(Table {
            caption: inputs.t("doc-findings-caption"),
            header: vec![
                inputs.t("doc-code"),
                inputs.t("label-severity"),
                inputs.t("label-step"),
                inputs.t("doc-finding"),
                inputs.t("label-hint"),
            ],
            rows: inputs
                .diagnostics
                .iter()
                .map(|diagnostic| {
                    vec![
                        diagnostic.code.to_owned(),
                        inputs.t(&format!("severity-{}", diagnostic.severity().as_str())),
                        diagnostic.step().name(inputs.language),
                        diagnostic.message(inputs.locale),
                        diagnostic.hint(inputs.locale),
                    ]
                })
                .collect(),
            numeric: vec![false; 5],
        }));
    }
    section("findings", inputs.t("doc-findings"), blocks)
}

/// The sources the document relies on, in order of first use, each once.
fn collect_citations(
    strategy: &Strategy,
    knowledge: &Knowledge,
    recommendations: &Recommendations,
) -> Vec<String> {
    let mut citations: Vec<String> = Vec::new();
    let mut add = |source: &str, year: u16| {
        let entry = format!("{source} ({year})");
        if !citations.contains(&entry) {
            citations.push(entry);
        }
    };
    add("Emmanuel Vivier, HUB Institute: the TOMSTER method", 2011);
    for fit in &recommendations.personas {
        for platform_fit in fit
            .platforms
            .iter()
            .filter(|platform_fit| platform_fit.recommended)
        {
            for reason in &platform_fit.reasons {
                if let (Some(source), Some(year)) = (&reason.source, reason.year) {
                    add(source, year);
                }
            }
        }
    }
    for kpi_plan in &strategy.kpis {
        if let Some(record) = kpi_plan
            .metric
            .as_ref()
            .and_then(|metric| knowledge.kpi(metric.as_str()))
        {
            add(&record.source, record.year);
        }
    }
    for effort in &knowledge.effort.formats {
        add(&effort.source, effort.year);
    }
    add(
        &knowledge.effort.community.source,
        knowledge.effort.community.year,
    );
    add(
        &knowledge.effort.reporting.source,
        knowledge.effort.reporting.year,
    );
    let calendar = knowledge.calendar.citation();
    add(&calendar.source, calendar.year);
    citations
}

fn sources_section(inputs: &Inputs<'_>) -> Section {
    let items = inputs
        .citations
        .iter()
        .enumerate()
        .map(|(index, citation)| format!("[{}] {citation}", index + 1))
        .collect();
    section(
        "sources",
        inputs.t("doc-sources"),
        vec![
            paragraph(inputs.t("doc-sources-intro")),
            Block::Bullets { items },
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::from_toml_str;
    use crate::templates::TEMPLATES;

    fn document_of(text: &str, language: Language) -> Document {
        let loaded = from_toml_str(text).unwrap();
        build_document(
            &crate::analysis::Analysis::new(&loaded.strategy, Knowledge::embedded()),
            language,
            Day::parse("2026-11-26").unwrap(),
        )
    }

    #[test]
    fn the_document_has_every_chapter_in_order() {
        let document = document_of(TEMPLATES[0].text, Language::French);
        let ids: Vec<&str> = document
            .sections
            .iter()
            .map(|section| section.id.as_str())
            .collect();
        assert_eq!(
            ids,
            [
                "summary",
                "target",
                "objectives",
                "message",
                "strategy",
                "technologies",
                "evaluate",
                "resources",
                "recommendations",
                "plan",
                "calendar",
                "findings",
                "sources"
            ]
        );
        assert_eq!(document.version_date, "26 novembre 2026");
        assert_eq!(document.period, "du 1er janvier 2027 au 31 décembre 2027");
        assert_eq!(document.charts().len(), 5);
    }

    #[test]
    fn no_text_is_an_untranslated_key() {
        for template in TEMPLATES {
            for language in Language::ALL {
                let document = document_of(template.text, *language);
                let json = serde_json_free_dump(&document);
                for key in [
                    "doc-",
                    "stage-",
                    "kind-",
                    "gender-",
                    "operation-",
                    "review-",
                    "month-",
                    "cost-",
                ] {
                    let needle = format!("\"{key}");
                    let position = json.find(&needle);
                    let context = position.map(|at| json[at..(at + 60).min(json.len())].to_owned());
                    assert!(
                        position.is_none(),
                        "{key} in {}: {context:?}",
                        template.name
                    );
                }
            }
        }
    }

    /// All texts of a document, one per line, without a JSON library.
    fn serde_json_free_dump(document: &Document) -> String {
        // The labels map's keys are keys by design; its values are checked below.
        let labels: Vec<&String> = document.labels.values().collect();
        format!("{:?} {labels:?}", document.sections).replace("\\\"", "'")
    }

    #[test]
    fn a_strategy_with_errors_shows_them_first() {
        let document = document_of(
            "[strategy]\nname = \"x\"\nstart = 2027-01-01\nend = 2027-12-31\n",
            Language::English,
        );
        let Block::Notice { tone, text } = &document.sections[0].blocks[0] else {
            panic!("the summary starts with the verdict");
        };
        assert_eq!(*tone, Tone::Error);
        assert!(text.contains("error"), "{text}");
        assert!(matches!(
            &document.sections[0].blocks[1],
            Block::Notice {
                tone: Tone::Error,
                ..
            }
        ));
    }

    #[test]
    fn dates_are_written_in_each_language() {
        let day = Day::parse("2027-03-01").unwrap();
        assert_eq!(long_date(Language::English, day), "March 1, 2027");
        assert_eq!(long_date(Language::French, day), "1er mars 2027");
        // A UK client gets British dates.
        let british = Locale::new(Language::English, Some("GB"));
        assert_eq!(long_date(british, day), "1 March 2027");
        assert_eq!(british.tag(), "en-GB");
    }
}
