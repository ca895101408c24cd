//! The summary: the verdict of the checker first, then the strategy at a glance.

use super::*;

pub(super) fn summary_section(inputs: &Inputs<'_>) -> Section {
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

pub(super) fn objectives_table(inputs: &Inputs<'_>, detailed: bool) -> Table {
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
                (Some(Target::Gain(gain)), Some(level)) => {
                    let sign = if gain >= 0.0 { "+" } else { "-" };
                    format!("{sign}{} ({})", figure(gain.abs()), figure(level))
                }
                (Some(Target::Gain(gain)), None) => {
                    let sign = if gain >= 0.0 { "+" } else { "-" };
                    format!("{sign}{}", figure(gain.abs()))
                }
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
