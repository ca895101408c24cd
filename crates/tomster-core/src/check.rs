//! The coherence checker: where the seven answers of a strategy contradict each other.
//!
//! Each step has its own function; all of them run and every finding is returned, never just
//! the first. Rules that need the analyses (platform fit, workload, cost) take them as computed
//! once by [`check`].

use std::collections::BTreeSet;

use crate::diagnostics::{Argument, Diagnostic};
use crate::fit::{PersonaFit, platform_fit};
use crate::knowledge::{Aggregation, Direction, Knowledge, Unit};
use crate::model::{Aida, Format, ObjectiveKind, Segment, Skill, Stage, ToolCategory};
use crate::plan::{self, Plan, STAGE_THAT_MATTERS, skills_for_format, stages_that_matter};
use crate::strategy::Strategy;
use crate::values::Target;

/// Shares must add up to 1 within this tolerance (0.4 + 0.35 + 0.25 written by hand).
const SHARE_TOLERANCE: f64 = 0.011;
/// Workload above this share of the capacity leaves no room for the unexpected.
const CAPACITY_WARNING: f64 = 0.8;
/// Spending above this share of the budget leaves no margin.
const BUDGET_WARNING: f64 = 0.9;
/// A rate target above this multiple of the benchmark is not realistic.
const BENCHMARK_MULTIPLE: f64 = 3.0;
/// A rate may rise this much above an account's own baseline before the benchmarks judge it.
const BASELINE_RATE_GAIN: f64 = 1.5;
/// Without a scheduling tool, more networks or posts than this get hard to run by hand.
const NETWORKS_WITHOUT_SCHEDULER: usize = 3;
const POSTS_WITHOUT_SCHEDULER: f64 = 10.0;

/// Everything the rules look at, computed once.
struct Context<'a> {
    strategy: &'a Strategy,
    knowledge: &'a Knowledge,
    fits: Vec<PersonaFit>,
    plan: Plan,
    chosen: BTreeSet<&'a str>,
}

impl Context<'_> {
    fn is_chosen(&self, platform: &str) -> bool {
        self.chosen.contains(platform)
    }

    fn currency(&self) -> String {
        self.plan.cost.currency.clone()
    }
}

/// Runs every rule and returns every finding, in step order.
pub fn check(strategy: &Strategy, knowledge: &Knowledge) -> Vec<Diagnostic> {
    // The strategy's own KPIs and networks join the catalogue for this analysis.
    let knowledge = &*strategy.knowledge(knowledge);
    let context = Context {
        strategy,
        knowledge,
        // The fit's reason texts are not used by the rules; the language does not matter here.
        fits: platform_fit(strategy, knowledge),
        plan: plan::plan(strategy, knowledge),
        chosen: strategy
            .platforms
            .iter()
            .map(|platform| platform.id.as_str())
            .collect(),
    };
    let mut diagnostics = Vec::new();
    check_target(&context, &mut diagnostics);
    check_objectives(&context, &mut diagnostics);
    check_message(&context, &mut diagnostics);
    check_strategy(&context, &mut diagnostics);
    check_technologies(&context, &mut diagnostics);
    check_evaluate(&context, &mut diagnostics);
    check_resources(&context, &mut diagnostics);
    diagnostics
}

fn check_target(context: &Context<'_>, diagnostics: &mut Vec<Diagnostic>) {
    let strategy = context.strategy;
    if strategy.personas.is_empty() {
        diagnostics.push(Diagnostic::new("T001", "personas"));
    }
    for (index, persona) in strategy.personas.iter().enumerate() {
        let path = format!("personas[{index}]");
        let mut missing = Vec::new();
        if persona.segment.is_none() {
            missing.push("segment");
        }
        if persona.age.is_none() {
            missing.push("age");
        }
        if !missing.is_empty() {
            diagnostics.push(
                Diagnostic::new("T002", path.clone())
                    .text("persona", persona.label())
                    .text("missing", missing.join(", ")),
            );
        }
        if let Some(age) = persona.age
            && age.min > age.max
        {
            diagnostics.push(
                Diagnostic::new("T003", format!("{path}.age"))
                    .text("persona", persona.label())
                    .with("min", Argument::Number(f64::from(age.min), 0))
                    .with("max", Argument::Number(f64::from(age.max), 0)),
            );
        }
        if let Some(mix) = &persona.stage_mix {
            let total = mix.total();
            if (total - 1.0).abs() > SHARE_TOLERANCE {
                diagnostics.push(
                    Diagnostic::new("T004", format!("{path}.stage_mix"))
                        .text("persona", persona.label())
                        .with("total", Argument::Percent(total)),
                );
            }
        }
        if persona.goals.is_empty() && persona.pain_points.is_empty() {
            diagnostics
                .push(Diagnostic::new("T005", path.clone()).text("persona", persona.label()));
        }
        let blank =
            |value: &Option<String>| value.as_deref().is_none_or(|text| text.trim().is_empty());
        if persona.segment == Some(Segment::B2b)
            && (blank(&persona.industry) || persona.company_size.is_none())
        {
            diagnostics
                .push(Diagnostic::new("T006", path.clone()).text("persona", persona.label()));
        }
        if persona.questions.is_empty() && persona.objections.is_empty() {
            diagnostics.push(Diagnostic::new("T007", path).text("persona", persona.label()));
        }
    }
}

/// Months between two days, at least a tenth of one.
fn months_between(from: crate::values::Day, to: crate::values::Day) -> f64 {
    (from.days_until(to) as f64 / 30.44).max(0.1)
}

fn check_objectives(context: &Context<'_>, diagnostics: &mut Vec<Diagnostic>) {
    let strategy = context.strategy;
    let info = &strategy.strategy;
    if strategy.objectives.is_empty() {
        diagnostics.push(Diagnostic::new("O001", "objectives"));
    }
    for (index, objective) in strategy.objectives.iter().enumerate() {
        let path = format!("objectives[{index}]");
        let name = objective.id.as_str();
        let kpi = objective
            .kpi
            .as_ref()
            .and_then(|kpi| context.knowledge.kpi(kpi.as_str()));
        if let Some(written) = &objective.kpi
            && kpi.is_none()
        {
            diagnostics.push(unknown_kpi(
                context,
                Diagnostic::new("O015", format!("{path}.kpi")),
                written.as_str(),
            ));
        }
        if objective.kind.is_none() {
            diagnostics
                .push(Diagnostic::new("O011", format!("{path}.kind")).text("objective", name));
        }
        if objective
            .statement
            .as_deref()
            .is_none_or(|statement| statement.trim().is_empty())
        {
            diagnostics
                .push(Diagnostic::new("O012", format!("{path}.statement")).text("objective", name));
        }
        if objective.kpi.is_none() {
            diagnostics
                .push(Diagnostic::new("O002", format!("{path}.kpi")).text("objective", name));
        }
        if objective.target.is_none() {
            diagnostics
                .push(Diagnostic::new("O003", format!("{path}.target")).text("objective", name));
        }
        match objective.deadline {
            None => diagnostics
                .push(Diagnostic::new("O004", format!("{path}.deadline")).text("objective", name)),
            Some(deadline) if deadline < info.start || deadline > info.end => diagnostics.push(
                Diagnostic::new("O005", format!("{path}.deadline"))
                    .text("objective", name)
                    .with("deadline", Argument::Day(deadline))
                    .with("start", Argument::Day(info.start))
                    .with("end", Argument::Day(info.end)),
            ),
            Some(_) => {}
        }
        if objective.personas.is_empty() {
            diagnostics
                .push(Diagnostic::new("O010", format!("{path}.personas")).text("objective", name));
        }
        if objective.baseline.is_none() {
            match objective.target {
                // A change from an unknown starting point says nothing measurable.
                Some(Target::Change(_)) => diagnostics.push(
                    Diagnostic::new("O016", format!("{path}.baseline")).text("objective", name),
                ),
                Some(Target::Level(_)) => diagnostics.push(
                    Diagnostic::new("O013", format!("{path}.baseline")).text("objective", name),
                ),
                None => {}
            }
        }
        if let (Some(kind), Some(kpi)) = (objective.kind, kpi)
            && !kpi.defined_by_strategy
            && !kpi.proves.contains(&kind)
            && !kpi.vanity_for.contains(&kind)
        {
            let usual: Vec<&str> = context
                .knowledge
                .kpis
                .iter()
                .filter(|candidate| candidate.proves.contains(&kind))
                .map(|candidate| candidate.id.as_str())
                .collect();
            diagnostics.push(
                Diagnostic::new("O014", format!("{path}.kpi"))
                    .text("objective", name)
                    .text("kpi", kpi.id.as_str())
                    .with("kind", Argument::Translated(kind_key(kind)))
                    .text("usual", usual.join(", ")),
            );
        }
        let (Some(target), Some(baseline)) = (objective.target_level(), objective.baseline_value())
        else {
            continue;
        };
        let target_path = format!("{path}.target");
        let Some(kpi) = kpi else {
            if (target - baseline).abs() < f64::EPSILON {
                diagnostics.push(
                    Diagnostic::new("O006", target_path)
                        .text("objective", name)
                        .with("target", Argument::Number(target, 2)),
                );
            }
            continue;
        };
        let currency = context.currency();
        let quantity = |value: f64| Argument::Quantity(value, kpi.unit, currency.clone());
        if (target - baseline).abs() < f64::EPSILON {
            diagnostics.push(
                Diagnostic::new("O006", target_path.clone())
                    .text("objective", name)
                    .with("target", quantity(target)),
            );
            continue;
        }
        let goes_up = target > baseline;
        if goes_up != (kpi.better == Direction::Higher) {
            diagnostics.push(
                Diagnostic::new("O007", target_path.clone())
                    .text("objective", name)
                    .text("kpi", kpi.id.as_str())
                    .with("baseline", quantity(baseline))
                    .with("target", quantity(target)),
            );
            continue;
        }
        check_realism(context, index, target, baseline, kpi, diagnostics);
    }
}

/// The message key of an objective kind's name.
fn kind_key(kind: ObjectiveKind) -> &'static str {
    match kind {
        ObjectiveKind::Awareness => "kind-awareness",
        ObjectiveKind::Engagement => "kind-engagement",
        ObjectiveKind::Traffic => "kind-traffic",
        ObjectiveKind::Leads => "kind-leads",
        ObjectiveKind::Sales => "kind-sales",
        ObjectiveKind::Retention => "kind-retention",
        ObjectiveKind::CustomerService => "kind-customer_service",
        ObjectiveKind::EmployerBrand => "kind-employer_brand",
    }
}

/// A KPI id that is neither in the catalogue nor defined by the strategy, with the nearest
/// known id when one is close.
fn unknown_kpi(context: &Context<'_>, diagnostic: Diagnostic, written: &str) -> Diagnostic {
    let nearest = context.knowledge.nearest_kpi(written);
    diagnostic.text("kpi", written).with(
        "nearest",
        match nearest {
            Some(id) => Argument::Text(id.to_owned()),
            None => Argument::Translated("kpi-no-nearest"),
        },
    )
}

/// A target is unrealistic when a rate is far above the benchmarks of its networks, or when a
/// count must grow faster than the knowledge base's monthly ceiling until the deadline.
fn check_realism(
    context: &Context<'_>,
    index: usize,
    target: f64,
    baseline: f64,
    kpi: &crate::knowledge::Kpi,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let objective = &context.strategy.objectives[index];
    let path = format!("objectives[{index}].target");
    if let Some(method) = kpi.engagement_method {
        // The highest published benchmark of the same method on the objective's networks.
        let best = context
            .knowledge
            .engagement
            .iter()
            .filter(|benchmark| benchmark.method == method)
            .filter(|benchmark| {
                objective.platforms.is_empty()
                    || objective
                        .platforms
                        .iter()
                        .any(|platform| platform.as_str() == benchmark.platform)
            })
            .max_by(|left, right| left.value.total_cmp(&right.value));
        // An account already above the benchmarks is judged against its own record: a target
        // never has to fall below the baseline to be "realistic".
        if let Some(benchmark) = best {
            let ceiling = (benchmark.value * BENCHMARK_MULTIPLE).max(baseline * BASELINE_RATE_GAIN);
            if target > ceiling {
                diagnostics.push(
                    Diagnostic::new("O008", path)
                        .text("objective", objective.id.as_str())
                        .with(
                            "target",
                            Argument::Quantity(target, kpi.unit, String::new()),
                        )
                        .with(
                            "benchmark",
                            Argument::Quantity(benchmark.value, kpi.unit, String::new()),
                        )
                        .with(
                            "ceiling",
                            Argument::Quantity(ceiling, kpi.unit, String::new()),
                        )
                        .text(
                            "platform",
                            context.knowledge.platform_name(&benchmark.platform),
                        )
                        .text("method", kpi.id.as_str())
                        .text(
                            "source",
                            format!("{}, {}", benchmark.source, benchmark.year),
                        ),
                );
            }
        }
        return;
    }
    let countable = kpi.unit == Unit::Count
        && matches!(
            kpi.aggregation,
            Aggregation::Cumulative | Aggregation::Level
        );
    if !countable || target <= baseline {
        return;
    }
    let Some(deadline) = objective
        .deadline
        .filter(|deadline| *deadline > context.strategy.strategy.start)
    else {
        return;
    };
    let growth = &context.knowledge.growth;
    let months = months_between(context.strategy.strategy.start, deadline);
    // Small counts grow by steps (6 leads to 12 is not "x2" in any meaningful sense): below
    // the floor, the baseline counts as the floor.
    let multiple = target / baseline.max(growth.small_count_floor);
    let plausible = growth.monthly_multiple_ceiling.powf(months);
    if multiple > plausible {
        diagnostics.push(
            Diagnostic::new("O009", path)
                .text("objective", objective.id.as_str())
                .with("multiple", Argument::Number(target / baseline.max(1.0), 0))
                .with("months", Argument::Number(months, 1))
                .with("plausible", Argument::Number(plausible, 0))
                .with(
                    "ceiling",
                    Argument::Quantity(growth.monthly_multiple_ceiling, Unit::Ratio, String::new()),
                )
                .with(
                    "suggested",
                    Argument::Quantity(
                        baseline.max(growth.small_count_floor) * plausible,
                        kpi.unit,
                        context.currency(),
                    ),
                )
                .text("source", format!("{}, {}", growth.source, growth.year)),
        );
    }
}

/// The AIDA steps that usually go with a stage of the journey.
fn usual_aida(stage: Stage) -> &'static [Aida] {
    match stage {
        Stage::Awareness => &[Aida::Attention],
        Stage::Consideration => &[Aida::Interest, Aida::Desire],
        Stage::Decision => &[Aida::Desire, Aida::Action],
        Stage::Retention => &[Aida::Interest, Aida::Desire, Aida::Action],
    }
}

fn check_message(context: &Context<'_>, diagnostics: &mut Vec<Diagnostic>) {
    let strategy = context.strategy;
    for (index, persona) in strategy.personas.iter().enumerate() {
        let messages: Vec<_> = strategy
            .messages
            .iter()
            .filter(|message| message.persona == persona.id)
            .collect();
        if messages.is_empty() {
            diagnostics.push(
                Diagnostic::new("M001", format!("personas[{index}]"))
                    .text("persona", persona.label()),
            );
            continue;
        }
        let Some(mix) = &persona.stage_mix else {
            continue;
        };
        for stage in stages_that_matter(persona) {
            if mix.share(stage) >= STAGE_THAT_MATTERS
                && !messages.iter().any(|message| message.stage == Some(stage))
            {
                diagnostics.push(
                    Diagnostic::new("M002", format!("personas[{index}].stage_mix.{stage}"))
                        .text("persona", persona.label())
                        .text("stage", stage.as_str())
                        .with("share", Argument::Percent(mix.share(stage))),
                );
            }
        }
    }
    let chosen_formats: BTreeSet<Format> = context
        .chosen
        .iter()
        .filter_map(|platform| context.knowledge.platform(platform))
        .flat_map(|platform| platform.formats.iter().copied())
        .collect();
    for (index, message) in strategy.messages.iter().enumerate() {
        let path = format!("messages[{index}]");
        let persona = strategy
            .persona(&message.persona)
            .map(|(_, persona)| persona.label())
            .unwrap_or("?");
        let stage = message.stage.map(Stage::as_str).unwrap_or("?");
        if message.stage.is_none() {
            diagnostics
                .push(Diagnostic::new("M011", format!("{path}.stage")).text("persona", persona));
        }
        let blank =
            |value: &Option<String>| value.as_deref().is_none_or(|text| text.trim().is_empty());
        if message.stage == Some(Stage::Decision) && blank(&message.call_to_action) {
            diagnostics.push(
                Diagnostic::new("M003", format!("{path}.call_to_action")).text("persona", persona),
            );
        }
        if blank(&message.key_message) {
            diagnostics.push(
                Diagnostic::new("M005", format!("{path}.key_message"))
                    .text("persona", persona)
                    .text("stage", stage),
            );
        }
        if matches!(message.stage, Some(Stage::Consideration | Stage::Decision))
            && message.proof_points.is_empty()
        {
            diagnostics.push(
                Diagnostic::new("M007", format!("{path}.proof_points"))
                    .text("persona", persona)
                    .text("stage", stage),
            );
        }
        if let (Some(stage), Some(aida)) = (message.stage, message.aida)
            && !usual_aida(stage).contains(&aida)
        {
            let expected: Vec<&str> = usual_aida(stage).iter().map(|aida| aida.as_str()).collect();
            diagnostics.push(
                Diagnostic::new("M008", format!("{path}.aida"))
                    .text("persona", persona)
                    .text("aida", aida.as_str())
                    .text("stage", stage.as_str())
                    .text("expected", expected.join(", ")),
            );
        }
        if !context.chosen.is_empty() {
            for (position, format) in message.content_types.iter().enumerate() {
                if !chosen_formats.contains(format) {
                    diagnostics.push(
                        Diagnostic::new("M009", format!("{path}.content_types[{position}]"))
                            .text("persona", persona)
                            .text("format", format.as_str()),
                    );
                }
            }
        }
    }
    if strategy.pillars.is_empty() {
        diagnostics.push(Diagnostic::new("M006", "pillars"));
    } else {
        let total: f64 = strategy
            .pillars
            .iter()
            .filter_map(|pillar| pillar.share)
            .map(|share| share.get())
            .sum();
        if (total - 1.0).abs() > SHARE_TOLERANCE {
            diagnostics
                .push(Diagnostic::new("M004", "pillars").with("total", Argument::Percent(total)));
        }
        for (index, pillar) in strategy.pillars.iter().enumerate() {
            let used = strategy
                .messages
                .iter()
                .any(|message| message.pillars.contains(&pillar.id));
            if !used {
                diagnostics.push(Diagnostic::new("M010", format!("pillars[{index}]")).text(
                    "pillar",
                    pillar.name.as_deref().unwrap_or(pillar.id.as_str()),
                ));
            }
        }
    }
}

fn check_strategy(context: &Context<'_>, diagnostics: &mut Vec<Diagnostic>) {
    let strategy = context.strategy;
    let info = &strategy.strategy;
    if info.end < info.start {
        diagnostics.push(
            Diagnostic::new("S001", "strategy.end")
                .with("start", Argument::Day(info.start))
                .with("end", Argument::Day(info.end)),
        );
    }
    if strategy.always_on.is_empty() {
        diagnostics.push(Diagnostic::new("S002", "always_on"));
    }
    let blank = |value: &Option<String>| value.as_deref().is_none_or(|text| text.trim().is_empty());
    if info.website.is_none() && info.blog.is_none() && blank(&info.newsletter) {
        diagnostics.push(Diagnostic::new("S005", "strategy.website"));
    }
    for (index, always_on) in strategy.always_on.iter().enumerate() {
        let path = format!("always_on[{index}]");
        let platform_id = always_on.platform.as_str();
        let Some(platform) = context.knowledge.platform(platform_id) else {
            continue;
        };
        let cadence = always_on.cadence();
        if cadence <= 0.0 {
            diagnostics.push(
                Diagnostic::new("S006", format!("{path}.posts_per_week"))
                    .text("platform", &platform.name),
            );
        }
        let formatted: f64 = always_on.formats.values().map(|posts| posts.get()).sum();
        if let Some(posts_per_week) = always_on.posts_per_week
            && !always_on.formats.is_empty()
            && (formatted - posts_per_week.get()).abs() > 0.01
        {
            diagnostics.push(
                Diagnostic::new("S007", format!("{path}.formats"))
                    .text("platform", &platform.name)
                    .with("formats", Argument::Number(formatted, 1))
                    .with("cadence", Argument::Number(posts_per_week.get(), 1)),
            );
        }
        for format in always_on.formats.keys() {
            if !platform.formats.contains(format) {
                diagnostics.push(
                    Diagnostic::new("S008", format!("{path}.formats.{format}"))
                        .text("platform", &platform.name)
                        .text("format", format.as_str())
                        .text(
                            "supported",
                            platform
                                .formats
                                .iter()
                                .map(|format| format.as_str())
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                );
            }
        }
        // A network the strategy declares has no usual cadence to compare with.
        if !platform.defined_by_strategy && cadence > platform.cadence_max {
            diagnostics.push(
                Diagnostic::new("S010", format!("{path}.posts_per_week"))
                    .text("platform", &platform.name)
                    .with("cadence", Argument::Number(cadence, 1))
                    .with("max", Argument::Number(platform.cadence_max, 0))
                    .text(
                        "source",
                        format!("{}, {}", platform.cadence_source, platform.cadence_year),
                    ),
            );
        }
        if !always_on.pillars.is_empty() {
            let total: f64 = always_on.pillars.values().map(|share| share.get()).sum();
            if (total - 1.0).abs() > SHARE_TOLERANCE {
                diagnostics.push(
                    Diagnostic::new("S012", format!("{path}.pillars"))
                        .text("platform", &platform.name)
                        .with("total", Argument::Percent(total)),
                );
            }
        }
    }
    for (index, operation) in strategy.operations.iter().enumerate() {
        let path = format!("operations[{index}]");
        let name = operation.label();
        match (operation.start, operation.end) {
            (Some(start), Some(end)) => {
                if end < start {
                    diagnostics.push(
                        Diagnostic::new("S009", format!("{path}.end"))
                            .text("operation", name)
                            .with("start", Argument::Day(start))
                            .with("end", Argument::Day(end)),
                    );
                } else if start < info.start || end > info.end {
                    let field = if start < info.start { "start" } else { "end" };
                    diagnostics.push(
                        Diagnostic::new("S003", format!("{path}.{field}"))
                            .text("operation", name)
                            .with("from", Argument::Day(start))
                            .with("to", Argument::Day(end))
                            .with("start", Argument::Day(info.start))
                            .with("end", Argument::Day(info.end)),
                    );
                }
            }
            _ => diagnostics.push(Diagnostic::new("S011", path.clone()).text("operation", name)),
        }
        if operation.objectives.is_empty() {
            diagnostics.push(
                Diagnostic::new("S004", format!("{path}.objectives")).text("operation", name),
            );
        }
    }
}

fn check_technologies(context: &Context<'_>, diagnostics: &mut Vec<Diagnostic>) {
    let strategy = context.strategy;
    let knowledge = context.knowledge;
    if strategy.platforms.is_empty() {
        diagnostics.push(Diagnostic::new("T106", "platforms"));
    }
    for (index, always_on) in strategy.always_on.iter().enumerate() {
        if !context.chosen.is_empty() && !context.is_chosen(always_on.platform.as_str()) {
            diagnostics.push(
                Diagnostic::new("T101", format!("always_on[{index}].platform")).text(
                    "platform",
                    knowledge.platform_name(always_on.platform.as_str()),
                ),
            );
        }
    }
    for (index, objective) in strategy.objectives.iter().enumerate() {
        for (position, platform) in objective.platforms.iter().enumerate() {
            if !context.chosen.is_empty() && !context.is_chosen(platform.as_str()) {
                diagnostics.push(
                    Diagnostic::new("T110", format!("objectives[{index}].platforms[{position}]"))
                        .text("objective", objective.id.as_str())
                        .text("platform", knowledge.platform_name(platform.as_str())),
                );
            }
        }
    }
    // A persona is on a network when the facts recommend it or the persona declares it.
    let persona_is_on = |persona_index: usize, platform: &str| {
        let persona = &strategy.personas[persona_index];
        persona
            .channels
            .iter()
            .any(|channel| channel.as_str() == platform)
            || context.fits[persona_index]
                .fit(platform)
                .is_some_and(|fit| fit.recommended)
    };
    for (index, chosen) in strategy.platforms.iter().enumerate() {
        if chosen
            .rationale
            .as_deref()
            .is_none_or(|rationale| rationale.trim().is_empty())
        {
            diagnostics.push(
                Diagnostic::new("T107", format!("platforms[{index}]"))
                    .text("platform", knowledge.platform_name(chosen.id.as_str())),
            );
        }
    }
    if !strategy.personas.is_empty() {
        for (index, chosen) in strategy.platforms.iter().enumerate() {
            let platform = chosen.id.as_str();
            if !(0..strategy.personas.len())
                .any(|persona_index| persona_is_on(persona_index, platform))
            {
                let best = context
                    .fits
                    .iter()
                    .filter_map(|fit| {
                        fit.fit(platform)
                            .map(|platform_fit| platform_fit.score_or_zero())
                    })
                    .max()
                    .unwrap_or(0);
                diagnostics.push(
                    Diagnostic::new("T102", format!("platforms[{index}].id"))
                        .text("platform", knowledge.platform_name(platform))
                        .with("score", Argument::Number(f64::from(best), 0)),
                );
            }
        }
    }
    if !strategy.platforms.is_empty() {
        for (index, persona) in strategy.personas.iter().enumerate() {
            if !context
                .chosen
                .iter()
                .any(|platform| persona_is_on(index, platform))
            {
                let best: Vec<&str> = context.fits[index]
                    .platforms
                    .iter()
                    .filter(|fit| fit.recommended)
                    .take(3)
                    .map(|fit| knowledge.platform_name(&fit.platform))
                    .collect();
                diagnostics.push(
                    Diagnostic::new("T103", format!("personas[{index}]"))
                        .text("persona", persona.label())
                        .with(
                            "best",
                            if best.is_empty() {
                                Argument::Translated("none")
                            } else {
                                Argument::Text(best.join(", "))
                            },
                        ),
                );
            }
            let has_professional_network = context.chosen.iter().any(|platform| {
                knowledge
                    .platform(platform)
                    .is_some_and(|platform| platform.professional)
            });
            // Trade buyers (hospitality, retail, crafts, agriculture) are reached on consumer
            // networks: a professional network is not what they lack.
            if persona.segment == Some(Segment::B2b)
                && !has_professional_network
                && !crate::fit::is_trade_buyer(persona, knowledge)
            {
                diagnostics.push(
                    Diagnostic::new("T104", format!("personas[{index}].segment"))
                        .text("persona", persona.label()),
                );
            }
        }
    }
    let categories: BTreeSet<ToolCategory> = strategy
        .tools
        .iter()
        .filter_map(|tool| tool.category)
        .collect();
    for (index, kpi_plan) in strategy.kpis.iter().enumerate() {
        let Some(kpi) = kpi_plan
            .metric
            .as_ref()
            .and_then(|metric| knowledge.kpi(metric.as_str()))
        else {
            continue;
        };
        let Some(needed) = kpi.needs_tool else {
            continue;
        };
        let native = kpi_plan
            .platform
            .as_ref()
            .is_some_and(|platform| kpi.reported_by(platform.as_str()));
        if !native && !categories.contains(&needed) {
            diagnostics.push(
                Diagnostic::new("T105", format!("kpis[{index}].metric"))
                    .text("kpi", kpi.id.as_str())
                    .text("category", needed.as_str()),
            );
        }
    }
    let networks = strategy
        .always_on
        .iter()
        .map(|always_on| always_on.platform.as_str())
        .collect::<BTreeSet<_>>()
        .len();
    let posts: f64 = strategy
        .always_on
        .iter()
        .map(|always_on| always_on.cadence())
        .sum();
    let busy = networks >= NETWORKS_WITHOUT_SCHEDULER || posts > POSTS_WITHOUT_SCHEDULER;
    if busy && !categories.contains(&ToolCategory::Scheduling) {
        diagnostics.push(
            Diagnostic::new("T109", "tools")
                .with("posts", Argument::Number(posts, 1))
                .with("networks", Argument::Number(networks as f64, 0)),
        );
    }
}

fn check_evaluate(context: &Context<'_>, diagnostics: &mut Vec<Diagnostic>) {
    let strategy = context.strategy;
    let knowledge = context.knowledge;
    for (index, objective) in strategy.objectives.iter().enumerate() {
        let Some(kpi) = &objective.kpi else {
            continue;
        };
        let followed = strategy.kpis.iter().any(|kpi_plan| {
            kpi_plan.metric.as_ref() == Some(kpi)
                && kpi_plan
                    .objective
                    .as_ref()
                    .is_none_or(|linked| *linked == objective.id)
        });
        if !followed {
            diagnostics.push(
                Diagnostic::new("E001", format!("objectives[{index}].kpi"))
                    .text("objective", objective.id.as_str())
                    .text("kpi", kpi.as_str()),
            );
        }
        if let (Some(kind), Some(record)) = (objective.kind, knowledge.kpi(kpi.as_str()))
            && record.vanity_for.contains(&kind)
        {
            diagnostics.push(
                Diagnostic::new("E004", format!("objectives[{index}].kpi"))
                    .text("kpi", kpi.as_str())
                    .text("kind", kind.as_str())
                    .text("objective", objective.id.as_str()),
            );
        }
    }
    for (index, kpi_plan) in strategy.kpis.iter().enumerate() {
        let path = format!("kpis[{index}]");
        let name = kpi_plan.id.as_str();
        let Some(metric) = &kpi_plan.metric else {
            diagnostics.push(Diagnostic::new("E008", format!("{path}.metric")).text("kpi", name));
            continue;
        };
        let record = knowledge.kpi(metric.as_str());
        if record.is_none() {
            diagnostics.push(unknown_kpi(
                context,
                Diagnostic::new("E009", format!("{path}.metric")),
                metric.as_str(),
            ));
        }
        match &kpi_plan.objective {
            None => diagnostics
                .push(Diagnostic::new("E002", format!("{path}.objective")).text("kpi", name)),
            Some(objective_id) => {
                let kind = strategy
                    .objective(objective_id)
                    .and_then(|(_, objective)| objective.kind);
                let objective_uses_it = strategy
                    .objective(objective_id)
                    .is_some_and(|(_, objective)| objective.kpi.as_ref() == Some(metric));
                // The objective's own KPI is reported once, on the objective.
                if let (Some(kind), Some(record)) = (kind, record)
                    && record.vanity_for.contains(&kind)
                    && !objective_uses_it
                {
                    diagnostics.push(
                        Diagnostic::new("E004", format!("{path}.metric"))
                            .text("kpi", metric.as_str())
                            .text("kind", kind.as_str())
                            .text("objective", objective_id.as_str()),
                    );
                }
            }
        }
        if let (Some(platform), Some(record)) = (&kpi_plan.platform, record)
            && !record.platforms.is_empty()
            && !record.reported_by(platform.as_str())
        {
            diagnostics.push(
                Diagnostic::new("E003", format!("{path}.platform"))
                    .text("kpi", metric.as_str())
                    .text("platform", knowledge.platform_name(platform.as_str())),
            );
        }
        if kpi_plan.review.is_none() {
            diagnostics.push(Diagnostic::new("E005", format!("{path}.review")).text("kpi", name));
        }
        if kpi_plan
            .source
            .as_deref()
            .is_none_or(|source| source.trim().is_empty())
        {
            diagnostics.push(Diagnostic::new("E006", format!("{path}.source")).text("kpi", name));
        }
        if kpi_plan.alert_below.is_none() {
            diagnostics
                .push(Diagnostic::new("E007", format!("{path}.alert_below")).text("kpi", name));
        }
    }
}

/// Why the plan needs a skill: the formats, community work and operations that take it.
fn needed_skills(context: &Context<'_>) -> Vec<(Skill, String, String)> {
    let strategy = context.strategy;
    let knowledge = context.knowledge;
    let mut needs: Vec<(Skill, String, String)> = Vec::new();
    let mut add = |skill: Skill, reason: String, path: String| {
        if !needs.iter().any(|(known, _, _)| *known == skill) {
            needs.push((skill, reason, path));
        }
    };
    for (index, always_on) in strategy.always_on.iter().enumerate() {
        for (format, posts) in &always_on.formats {
            if posts.get() > 0.0 {
                for skill in skills_for_format(knowledge, *format) {
                    add(
                        skill,
                        format.as_str().to_owned(),
                        format!("always_on[{index}].formats.{format}"),
                    );
                }
            }
        }
        if always_on.cadence() > 0.0 {
            for skill in &knowledge.effort.community.skills {
                add(
                    *skill,
                    "community".to_owned(),
                    format!("always_on[{index}]"),
                );
            }
        }
    }
    for (index, operation) in strategy.operations.iter().enumerate() {
        if let Some(effort) = operation
            .kind
            .and_then(|kind| knowledge.effort.operation(kind))
        {
            for skill in &effort.skills {
                add(
                    *skill,
                    operation.label().to_owned(),
                    format!("operations[{index}]"),
                );
            }
        }
    }
    needs
}

fn check_resources(context: &Context<'_>, diagnostics: &mut Vec<Diagnostic>) {
    let strategy = context.strategy;
    let resources = &strategy.resources;
    let workload = &context.plan.workload;
    let cost = &context.plan.cost;
    let currency = context.currency();
    if resources.team.is_empty() {
        diagnostics.push(Diagnostic::new("R006", "resources.team"));
    } else {
        let capacity = workload.capacity_hours_per_week;
        let hours = workload.hours_per_week;
        if hours > capacity {
            diagnostics.push(
                Diagnostic::new("R001", "resources.team")
                    .with("hours", Argument::Number(hours, 1))
                    .with("capacity", Argument::Number(capacity, 1)),
            );
        } else if hours > capacity * CAPACITY_WARNING {
            diagnostics.push(
                Diagnostic::new("R002", "resources.team")
                    .with("hours", Argument::Number(hours, 1))
                    .with("capacity", Argument::Number(capacity, 1))
                    .with(
                        "percent",
                        Argument::Percent(if capacity > 0.0 {
                            hours / capacity
                        } else {
                            1.0
                        }),
                    ),
            );
        }
        // The week that exceeds its own capacity the most: operations, or members who have
        // not joined yet or have left.
        if hours <= capacity
            && let Some(week) = workload.overload_week_start
            && let Some(load) = workload.weeks.iter().find(|load| load.start == week)
        {
            diagnostics.push(
                Diagnostic::new("R007", "operations")
                    .with("peak", Argument::Number(load.hours, 1))
                    .with("week", Argument::Day(week))
                    .with("capacity", Argument::Number(load.capacity, 1)),
            );
        }
        for (index, member) in resources.team.iter().enumerate() {
            let own = member.weekly_hours();
            let load = workload.by_member.get(&member.name).copied().unwrap_or(0.0);
            if own <= 0.0 {
                diagnostics.push(
                    Diagnostic::new("R009", format!("resources.team[{index}].hours_per_week"))
                        .text("member", &member.name),
                );
            } else if hours <= capacity && load > own + 0.05 {
                diagnostics.push(
                    Diagnostic::new("R010", format!("resources.team[{index}]"))
                        .text("member", &member.name)
                        .with("load", Argument::Number(load, 1))
                        .with("hours", Argument::Number(own, 1)),
                );
            }
        }
    }
    for month in &cost.months_over_budget {
        if let (Some(limit), Some(spent), Ok(first_day)) = (
            cost.monthly_budget,
            cost.by_month.get(month),
            crate::values::Day::parse(&format!("{month}-01")),
        ) {
            diagnostics.push(
                Diagnostic::new("R013", "resources.monthly_budget")
                    .with("month", Argument::Month(first_day))
                    .with("spent", Argument::Money(*spent, currency.clone()))
                    .with("budget", Argument::Money(limit, currency.clone())),
            );
        }
    }
    for (index, provider) in resources.outsourcing.iter().enumerate() {
        let path = format!("resources.outsourcing[{index}]");
        let work = workload
            .providers
            .iter()
            .find(|work| work.provider == provider.provider);
        if !provider.has_scope() {
            if !provider.skills.is_empty() {
                diagnostics
                    .push(Diagnostic::new("R011", path).text("provider", &provider.provider));
            }
            continue;
        }
        let costless = provider.cost.is_none_or(|cost| cost.get() <= 0.0);
        if costless && work.is_some_and(|work| work.total_hours > 0.0) {
            diagnostics.push(
                Diagnostic::new("R012", format!("{path}.cost"))
                    .text("provider", &provider.provider)
                    .with(
                        "hours",
                        Argument::Number(work.map(|work| work.hours_per_week).unwrap_or(0.0), 1),
                    ),
            );
        }
    }
    match resources.budget.or(resources.monthly_budget) {
        None => diagnostics.push(Diagnostic::new("R005", "resources.budget")),
        Some(_) if resources.budget.is_none() => {}
        Some(budget) => {
            let budget = budget.get();
            if cost.total > budget {
                diagnostics.push(
                    Diagnostic::new("R003", "resources.budget")
                        .with("total", Argument::Money(cost.total, currency.clone()))
                        .with("budget", Argument::Money(budget, currency.clone())),
                );
            } else if cost.total > budget * BUDGET_WARNING {
                diagnostics.push(
                    Diagnostic::new("R008", "resources.budget")
                        .with("total", Argument::Money(cost.total, currency.clone()))
                        .with("budget", Argument::Money(budget, currency.clone())),
                );
            }
        }
    }
    let available: BTreeSet<Skill> = resources
        .team
        .iter()
        .flat_map(|member| member.skills.iter().copied())
        // A provider brings its skills only to the work its scope takes.
        .chain(
            resources
                .outsourcing
                .iter()
                .filter(|outsourcing| outsourcing.has_scope())
                .flat_map(|outsourcing| outsourcing.skills.iter().copied()),
        )
        .chain(
            resources
                .training
                .iter()
                .flat_map(|training| training.skills.iter().copied()),
        )
        .collect();
    if !resources.team.is_empty() || !resources.outsourcing.is_empty() {
        for (skill, reason, path) in needed_skills(context) {
            if !available.contains(&skill) {
                diagnostics.push(
                    Diagnostic::new("R004", path)
                        .text("skill", skill.as_str())
                        .text("need", reason),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::rules;

    /// Every code the checker can emit is in the catalogue, and every rule of the catalogue
    /// is emitted somewhere in this file (the corpus tests prove each one triggers).
    #[test]
    fn the_checker_and_the_catalogue_agree() {
        let source = include_str!("check.rs");
        let code_pattern = |text: &str| {
            let mut codes = BTreeSet::new();
            for (position, _) in text.match_indices("Diagnostic::new(\"") {
                let start = position + "Diagnostic::new(\"".len();
                codes.insert(text[start..start + 4].to_owned());
            }
            codes
        };
        let emitted = code_pattern(source);
        let catalogued: BTreeSet<String> = rules().iter().map(|rule| rule.code.clone()).collect();
        assert_eq!(emitted, catalogued);
    }
}
