//! One chapter per TOMSTER step, with everything the strategy file holds.

use super::summary::objectives_table;
use super::*;

pub(super) fn step_title(inputs: &Inputs<'_>, step: Step, number: usize) -> String {
    format!("{number}. {}", step.name(inputs.language))
}

pub(super) fn target_section(inputs: &Inputs<'_>) -> Section {
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
                .map(|segment| inputs.t(&format!("segment-{}", segment.as_str()))),
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
            persona.company_size.map(|size| {
                inputs.t_with(
                    "doc-employees",
                    &[("size", size.as_str().replace('-', "–"))],
                )
            }),
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
pub(super) fn percent(locale: impl Into<Locale>, share: f64) -> String {
    crate::i18n::share_percent(locale, share)
}

pub(super) fn objectives_section(inputs: &Inputs<'_>) -> Section {
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

pub(super) fn message_section(inputs: &Inputs<'_>) -> Section {
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
                        inputs.pillar(pillar.id.as_str()),
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

pub(super) fn strategy_section(inputs: &Inputs<'_>) -> Section {
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
                                    format!(
                                        "{} {}",
                                        inputs.pillar(pillar.as_str()),
                                        percent(inputs.language, share.get())
                                    )
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
                                .map(|id| inputs.objective(id.as_str()))
                                .collect::<Vec<_>>()
                                .join("; "),
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

pub(super) fn technologies_section(inputs: &Inputs<'_>) -> Section {
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

pub(super) fn evaluate_section(inputs: &Inputs<'_>) -> Section {
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
                    let (name, formula) = match record {
                        Some(record) => (
                            record.name(inputs.language),
                            record.formula(inputs.language),
                        ),
                        None => (kpi_plan.id.as_str().to_owned(), "—".to_owned()),
                    };
                    vec![
                        name,
                        formula,
                        kpi_plan
                            .objective
                            .as_ref()
                            .map(|id| inputs.objective(id.as_str()))
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
                        // A threshold without a target to pace against promises nothing.
                        kpi_plan
                            .alert_below
                            .filter(|_| inputs.strategy.is_paced(kpi_plan))
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

pub(super) fn resources_section(inputs: &Inputs<'_>) -> Section {
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
