//! The chapters Tomster adds: recommendations, workload and costs, the calendar overview, the
//! checker's findings and the sources.

use super::*;

pub(super) fn recommendations_section(inputs: &Inputs<'_>) -> Section {
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
    // The networks the strategy keeps are argued in full; those that suit a persona but were
    // not kept take one sentence (a draft that keeps none yet shows every suited one).
    let kept: Vec<&str> = inputs
        .strategy
        .platforms
        .iter()
        .map(|platform| platform.id.as_str())
        .collect();
    let is_kept = |id: &str| kept.is_empty() || kept.contains(&id);
    for fit in fits {
        blocks.push(Block::Heading {
            text: inputs.persona(&fit.persona),
        });
        let mut items = Vec::new();
        let not_kept: Vec<String> = fit
            .platforms
            .iter()
            .filter(|platform_fit| platform_fit.recommended && !is_kept(&platform_fit.platform))
            .map(|platform_fit| match platform_fit.score {
                Some(score) => format!("{} ({score})", inputs.platform(&platform_fit.platform)),
                None => inputs.platform(&platform_fit.platform),
            })
            .collect();
        // Networks left off a local business's short list for want of time: one sentence
        // with the reason, unless the strategy keeps one anyway (then it is argued).
        let left_off: Vec<&crate::fit::PlatformFit> = fit
            .platforms
            .iter()
            .filter(|platform_fit| {
                platform_fit.left_off && !kept.contains(&platform_fit.platform.as_str())
            })
            .collect();
        let argued = |platform_fit: &&crate::fit::PlatformFit| {
            (platform_fit.recommended && is_kept(&platform_fit.platform))
                || (platform_fit.left_off && kept.contains(&platform_fit.platform.as_str()))
        };
        for platform_fit in fit.platforms.iter().filter(argued) {
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
            blocks.push(paragraph(inputs.t(if not_kept.is_empty() {
                "doc-no-recommended-network"
            } else {
                "doc-no-kept-network"
            })));
        }
        for (network, reasons) in items {
            blocks.push(Block::Subheading { text: network });
            blocks.push(Block::Bullets { items: reasons });
        }
        if !not_kept.is_empty() {
            blocks.push(paragraph(
                inputs.t_with("doc-not-kept", &[("networks", inputs.list(&not_kept))]),
            ));
        }
        // The short list's reason is the one before each left-off network's verdict.
        if let Some(why) = left_off
            .first()
            .and_then(|platform_fit| platform_fit.reasons.iter().rev().nth(1))
        {
            let networks: Vec<String> = left_off
                .iter()
                .map(|platform_fit| {
                    format!(
                        "{} ({})",
                        inputs.platform(&platform_fit.platform),
                        platform_fit.score_or_zero()
                    )
                })
                .collect();
            blocks.push(paragraph(inputs.t_with(
                "doc-left-off",
                &[
                    ("networks", inputs.list(&networks)),
                    ("why", why.text(inputs.language)),
                ],
            )));
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
                        inputs.objective(&suggestions.objective),
                        Inputs::or_dash(Some(names.join(", "))),
                    ]
                })
                .collect(),
            numeric: vec![false, false],
        }));
    }
    section("recommendations", inputs.t("doc-recommendations"), blocks)
}

/// What community management takes on each network, and what it grows with (posts, stories,
/// audience), or the flat time the strategy sets.
fn community_sentence(inputs: &Inputs<'_>) -> Option<String> {
    let community = &inputs.plan.workload.community;
    let first = community.first()?;
    let minutes: f64 = community.iter().map(|load| load.minutes_per_week).sum();
    if first.flat {
        return Some(inputs.t_with(
            "doc-community-flat",
            &[
                ("hours", inputs.number(minutes / 60.0, 1)),
                ("minutes", inputs.number(first.minutes_per_week, 0)),
            ],
        ));
    }
    let networks: Vec<String> = community
        .iter()
        .map(|load| {
            inputs.t_with(
                "doc-community-network",
                &[
                    ("network", inputs.platform(&load.platform)),
                    ("minutes", inputs.number(load.minutes_per_week, 0)),
                ],
            )
        })
        .collect();
    Some(inputs.t_with(
        "doc-community",
        &[
            ("hours", inputs.number(minutes / 60.0, 1)),
            ("networks", inputs.list(&networks)),
        ],
    ))
}

pub(super) fn plan_section(inputs: &Inputs<'_>) -> Section {
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
    if let Some(community) = community_sentence(inputs) {
        blocks.push(paragraph(community));
    }
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
        Language::English | Language::French => inputs.t("effort-note"),
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
                    let (paid, per_hour) = inputs.plan.provider_cost(work);
                    vec![
                        work.provider.clone(),
                        inputs.number(work.hours_per_week, 1),
                        work.weeks.to_string(),
                        inputs.money(paid),
                        per_hour
                            .map(|per_hour| inputs.money(per_hour))
                            .unwrap_or_else(|| "—".to_owned()),
                    ]
                })
                .collect(),
            numeric: vec![false, true, true, true, true],
        }));
    }
    section("plan", inputs.t("doc-plan"), blocks)
}

/// Where a time zone's clocks are, for the reader: `Europe/Paris` is `Paris`,
/// `America/New_York` `New York`; a zone without a place (`UTC`) as it is.
fn time_zone_place(zone: &str) -> String {
    zone.rsplit('/').next().unwrap_or(zone).replace('_', " ")
}

pub(super) fn calendar_section(inputs: &Inputs<'_>) -> Section {
    let calendar = &inputs.calendar;
    let mut blocks = vec![paragraph(inputs.t_with(
        "doc-calendar-intro",
        &[
            ("count", calendar.slots.len().to_string()),
            ("timezone", time_zone_place(&calendar.timezone)),
        ],
    ))];
    // What the calendar could not do as asked is among the findings, not notes here.
    // Months are keyed `YYYY-MM` for counting, written out for the reader.
    let mut months: Vec<String> = Vec::new();
    let mut month_names: Vec<String> = Vec::new();
    let mut month_starts: Vec<Day> = Vec::new();
    let mut axis_labels: Vec<String> = Vec::new();
    let mut networks: BTreeSet<String> = BTreeSet::new();
    let mut counts: BTreeMap<(String, String), f64> = BTreeMap::new();
    let mut month = inputs.strategy.strategy.start;
    while month <= inputs.strategy.strategy.end
        && months.len() <= 12 * crate::strategy::MAX_PERIOD_YEARS as usize
    {
        months.push(month.month_key());
        month_starts.push(month);
        month_names.push(crate::i18n::month_year(inputs.language, month));
        let short = inputs.t(&format!("month-short-{}", month.month()));
        // The year under the first column and under each January, as a timeline reads.
        axis_labels.push(if axis_labels.is_empty() || month.month() == 1 {
            format!("{short}\n{}", month.year())
        } else {
            short
        });
        let next = month
            .plus_days(i64::from(month.date().days_in_month()) - i64::from(month.date().day()) + 1);
        month = next;
    }
    // Counted by network and (year, month) without a string per post: a 20-year calendar
    // holds over a million of them.
    let mut by_month: BTreeMap<(&str, i16, i8), (Day, f64)> = BTreeMap::new();
    for slot in &calendar.slots {
        let date = slot.date.date();
        by_month
            .entry((slot.platform.as_str(), date.year(), date.month()))
            .or_insert((slot.date, 0.0))
            .1 += 1.0;
    }
    for ((network, _, _), (day, count)) in by_month {
        networks.insert(network.to_owned());
        counts.insert((day.month_key(), network.to_owned()), count);
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
            &month_names,
            &axis_labels,
            &series,
        )));
        let mut header = vec![inputs.t("doc-month")];
        header.extend(series.iter().map(|(name, _)| name.clone()));
        header.push(inputs.t("doc-total"));
        blocks.push(Block::Table(Table {
            caption: inputs.t("doc-calendar-caption"),
            header,
            rows: month_names
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
        let bars: Vec<TimelineBar> = calendar
            .operations
            .iter()
            .map(|operation| TimelineBar {
                label: operation.name.clone(),
                when: inputs.t_with(
                    "doc-from-to",
                    &[
                        ("start", inputs.day(operation.start)),
                        ("end", inputs.day(operation.end)),
                    ],
                ),
                start: operation.start,
                end: operation.end,
            })
            .collect();
        let info = &inputs.strategy.strategy;
        let ticks: Vec<(Day, String)> = month_starts
            .iter()
            .copied()
            .zip(axis_labels.iter().cloned())
            .collect();
        blocks.push(Block::Chart(timeline(
            "operations-timeline",
            &inputs.t("doc-chart-operations"),
            (info.start, info.end),
            &bars,
            &ticks,
        )));
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

/// The points to settle: the checker's and the calendar's findings, worst first, each with
/// what to do. An appendix, so that the chapters hold what was decided.
pub(super) fn findings_section(inputs: &Inputs<'_>) -> Section {
    let mut findings: Vec<&Diagnostic> = inputs.diagnostics.iter().collect();
    findings.sort_by_key(|diagnostic| diagnostic.severity());
    let blocks = vec![
        paragraph(inputs.t("doc-findings-intro")),
        Block::Table(Table {
            caption: inputs.t("doc-findings-caption"),
            header: vec![
                inputs.t("doc-finding"),
                inputs.t("doc-finding-severity"),
                inputs.t("doc-finding-step"),
                inputs.t("doc-finding-advice"),
            ],
            // The rule's code stays out: it means something to the tool, not to the client.
            rows: findings
                .iter()
                .map(|diagnostic| {
                    vec![
                        diagnostic.message(inputs.locale),
                        crate::i18n::capitalised(
                            &inputs.t(&format!("severity-{}", diagnostic.severity().as_str())),
                        ),
                        diagnostic.step().name(inputs.language),
                        diagnostic.advice(inputs.locale),
                    ]
                })
                .collect(),
            numeric: vec![false; 4],
        }),
    ];
    section("findings", inputs.t("doc-findings"), blocks)
}

/// The approval page: each approver's name and role, a date and a signature line.
pub(super) fn approval_section(
    inputs: &Inputs<'_>,
    approvers: &[crate::model::Approver],
) -> Section {
    let mut blocks = vec![paragraph(inputs.t("doc-approval-intro"))];
    for approver in approvers {
        blocks.push(Block::Subheading {
            text: match &approver.role {
                Some(role) if !role.trim().is_empty() => {
                    format!("{}, {}", approver.name.trim(), role.trim())
                }
                _ => approver.name.trim().to_owned(),
            },
        });
        blocks.push(Block::Facts {
            items: vec![
                (
                    inputs.t("doc-approval-date"),
                    "______________________".to_owned(),
                ),
                (
                    inputs.t("doc-approval-signature"),
                    "________________________________________".to_owned(),
                ),
            ],
        });
    }
    section("approval", inputs.t("doc-approval"), blocks)
}

/// The sources the document relies on, in order of first use, each once.
pub(super) fn sources_section(inputs: &Inputs<'_>) -> Section {
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
