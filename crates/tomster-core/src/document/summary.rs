//! The summary: the strategy at a glance, and how many points remain to settle (in the
//! appendix).

use super::*;

pub(super) fn summary_section(inputs: &Inputs<'_>) -> Section {
    let strategy = inputs.strategy;
    // The summary says what the client decided and why; what is still to settle is one
    // sentence pointing to the appendix (or nothing, when the consultant leaves it out).
    let mut blocks = executive_summary(inputs);
    if inputs.options.with_findings() && !inputs.diagnostics.is_empty() {
        blocks.push(paragraph(inputs.t_with(
            "doc-exec-settle",
            &[("count", inputs.diagnostics.len().to_string())],
        )));
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
                Inputs::or_dash(Some(inputs.list(&personas))),
            ),
            (
                inputs.t("doc-networks"),
                Inputs::or_dash(Some(inputs.list(&networks))),
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

/// How many objectives the summary names before it says how many more there are.
const OBJECTIVES_NAMED: usize = 3;

/// The executive summary, written from the data: who the strategy is for, what it aims at by
/// when, where and how often it speaks, what it costs in money and hours.
fn executive_summary(inputs: &Inputs<'_>) -> Vec<Block> {
    let strategy = inputs.strategy;
    let mut paragraphs = Vec::new();
    let personas: Vec<String> = strategy
        .personas
        .iter()
        .map(|persona| persona.label().to_owned())
        .collect();
    if !personas.is_empty() {
        let personas = inputs.list(&personas);
        paragraphs.push(match &strategy.strategy.organisation {
            Some(organisation) if !organisation.trim().is_empty() => inputs.t_with(
                "doc-exec-audience-for",
                &[
                    ("organisation", organisation.clone()),
                    ("personas", personas),
                ],
            ),
            _ => inputs.t_with("doc-exec-audience", &[("personas", personas)]),
        });
    }
    let objectives: Vec<String> = strategy
        .objectives
        .iter()
        .map(|objective| inputs.objective(objective.id.as_str()))
        .collect();
    if !objectives.is_empty() {
        let mut named: Vec<String> = objectives.iter().take(OBJECTIVES_NAMED).cloned().collect();
        let more = objectives.len().saturating_sub(OBJECTIVES_NAMED);
        if more > 0 {
            named.push(inputs.t_with("doc-exec-more", &[("count", more.to_string())]));
        }
        let last_deadline = strategy
            .objectives
            .iter()
            .filter_map(|objective| objective.deadline)
            .max()
            .unwrap_or(strategy.strategy.end);
        paragraphs.push(inputs.t_with(
            "doc-exec-objectives",
            &[
                ("count", objectives.len().to_string()),
                ("deadline", inputs.day(last_deadline)),
                ("objectives", inputs.list(&named)),
            ],
        ));
    }
    if !strategy.always_on.is_empty() {
        let presence: Vec<String> = strategy
            .always_on
            .iter()
            .map(|always_on| {
                inputs.t_with(
                    "doc-exec-network-cadence",
                    &[
                        ("network", inputs.platform(always_on.platform.as_str())),
                        ("posts", {
                            let cadence = always_on.cadence();
                            inputs.number(cadence, if cadence.fract() == 0.0 { 0 } else { 1 })
                        }),
                    ],
                )
            })
            .collect();
        paragraphs.push(inputs.t_with(
            "doc-exec-presence",
            &[
                ("networks", inputs.list(&presence)),
                ("operations", strategy.operations.len().to_string()),
                ("posts", inputs.calendar.slots.len().to_string()),
            ],
        ));
    }
    let cost = &inputs.plan.cost;
    let workload = &inputs.plan.workload;
    let mut cost_arguments = vec![
        ("total", inputs.money(cost.total)),
        ("monthly", inputs.money(cost.monthly_average())),
        ("hours", inputs.number(workload.hours_per_week, 1)),
        (
            "capacity",
            inputs.number(workload.capacity_hours_per_week, 1),
        ),
    ];
    let cost_key = match cost.budget {
        Some(budget) => {
            cost_arguments.push(("budget", inputs.money(budget)));
            "doc-exec-cost-budget"
        }
        None => "doc-exec-cost",
    };
    paragraphs.push(inputs.t_with(cost_key, &cost_arguments));
    paragraphs.into_iter().map(paragraph).collect()
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
