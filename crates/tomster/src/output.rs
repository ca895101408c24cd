//! Text output for people: compiler-style diagnostics, recommendations and the plan.
//!
//! Styles are ANSI codes written through `anstream`, which drops them when the output is not a
//! terminal or when `NO_COLOR` is set. Every label comes from the core's message catalogue.

use std::borrow::Cow;
use std::io::Write;

use anstyle::{AnsiColor, Style};
use tomster_core::analysis::Analysis;
use tomster_core::diagnostics::{Diagnostic, Rule, Severity, Summary};
use tomster_core::fit;
use tomster_core::i18n::{long_date, money, month_year, number, source_text, text};
use tomster_core::load::{LoadError, LoadedStrategy};
use tomster_core::model::{Language, Stage};
use tomster_core::plan::COST_CATEGORIES;
use tomster_core::recommend::Recommendations;
use tomster_core::source_map::LineIndex;
use tomster_core::values::Day;

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();
const BLUE: Style = AnsiColor::Blue.on_default().bold();
const GREEN: Style = AnsiColor::Green.on_default().bold();

/// Text as it may reach a terminal: control characters (escape sequences that clear the screen
/// or retitle the window, from a file name or a raw source line) are shown as `\u{1b}`, never
/// sent. Tabs stay: they keep the caret under its column.
pub fn terminal_safe(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|character| character.is_control() && character != '\t')
    {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|character| {
                if character.is_control() && character != '\t' {
                    character.escape_unicode().to_string()
                } else {
                    character.to_string()
                }
            })
            .collect(),
    )
}

fn severity_style(severity: Severity) -> Style {
    match severity {
        Severity::Error => AnsiColor::Red.on_default().bold(),
        Severity::Warning => AnsiColor::Yellow.on_default().bold(),
        Severity::Advice => AnsiColor::Cyan.on_default().bold(),
    }
}

fn severity_label(language: Language, severity: Severity) -> String {
    text(language, &format!("severity-{}", severity.as_str()), &[])
}

/// `error: message` for problems that have no place in a file.
pub fn write_plain_error(
    out: &mut impl Write,
    language: Language,
    message: &str,
) -> std::io::Result<()> {
    let style = severity_style(Severity::Error);
    writeln!(
        out,
        "{style}{}{style:#}{BOLD}{} {}{BOLD:#}",
        severity_label(language, Severity::Error),
        language.colon(),
        terminal_safe(message)
    )
}

/// The `--> file:line:column` pointer, the source line and a caret under the column.
///
/// The line index is built once per file by the caller: building it per diagnostic made the
/// output of a large strategy quadratic.
fn write_snippet(
    out: &mut impl Write,
    file: &str,
    source: &str,
    line_index: &LineIndex,
    line: usize,
    column: usize,
    caret: Style,
) -> std::io::Result<()> {
    let gutter = line.to_string().len();
    let pad = " ".repeat(gutter);
    writeln!(
        out,
        "{pad}{BLUE}-->{BLUE:#} {}:{line}:{column}",
        terminal_safe(file)
    )?;
    let raw_line = line_index.line_text(source, line);
    // The caret counts characters of the raw line; an escaped control character is wider.
    let column = column.min(raw_line.chars().count() + 1);
    let lead: String = raw_line
        .chars()
        .take(column.saturating_sub(1))
        .map(|character| match character {
            '\t' => "\t".to_owned(),
            other => " ".repeat(terminal_safe(&other.to_string()).chars().count()),
        })
        .collect();
    let line_text = terminal_safe(raw_line);
    if line_text.is_empty() {
        return Ok(());
    }
    writeln!(out, "{pad} {BLUE}|{BLUE:#}")?;
    writeln!(out, "{BLUE}{line}{BLUE:#} {BLUE}|{BLUE:#} {line_text}")?;
    // Tabs keep their width so the caret lines up under the column.
    writeln!(out, "{pad} {BLUE}|{BLUE:#} {lead}{caret}^{caret:#}")
}

pub fn write_load_error(
    out: &mut impl Write,
    language: Language,
    file: &str,
    source: &str,
    line_index: &LineIndex,
    error: &LoadError,
) -> std::io::Result<()> {
    let style = severity_style(Severity::Error);
    writeln!(
        out,
        "{style}{}{style:#}{BOLD}{} {}{BOLD:#}",
        severity_label(language, Severity::Error),
        language.colon(),
        terminal_safe(&error.text(language))
    )?;
    write_snippet(
        out,
        file,
        source,
        line_index,
        error.location.line,
        error.location.column,
        style,
    )?;
    if let Some(path) = &error.path {
        writeln!(
            out,
            "{}{BLUE}={BLUE:#} {}{} {path}",
            " ".repeat(error.location.line.to_string().len() + 1),
            text(language, "label-path", &[]),
            language.colon(),
            path = terminal_safe(path)
        )?;
    }
    writeln!(out)
}

pub fn write_diagnostic(
    out: &mut impl Write,
    language: Language,
    file: &str,
    loaded: &LoadedStrategy,
    diagnostic: &Diagnostic,
) -> std::io::Result<()> {
    let severity = diagnostic.severity();
    let style = severity_style(severity);
    let location = loaded.location(&diagnostic.path);
    writeln!(
        out,
        "{style}{}[{}]{style:#}{BOLD}{} {}{BOLD:#}",
        severity_label(language, severity),
        diagnostic.code,
        language.colon(),
        terminal_safe(&diagnostic.message(strategy_locale(&loaded.strategy, language)))
    )?;
    write_snippet(
        out,
        file,
        &loaded.text,
        &loaded.line_index,
        location.line,
        location.column,
        style,
    )?;
    let pad = " ".repeat(location.line.to_string().len() + 1);
    writeln!(
        out,
        "{pad}{BLUE}={BLUE:#} {}{} {}",
        text(language, "label-hint", &[]),
        language.colon(),
        terminal_safe(&diagnostic.hint(strategy_locale(&loaded.strategy, language)))
    )?;
    writeln!(
        out,
        "{pad}{BLUE}={BLUE:#} {}{} {} · {} · tomster explain {}",
        text(language, "label-path", &[]),
        language.colon(),
        diagnostic.path,
        diagnostic.step().name(language),
        diagnostic.code
    )?;
    writeln!(out)
}

/// "1 error" / "2 errors", by the language's plural rules.
fn counted(language: Language, count: usize, key: &str) -> String {
    text(language, key, &[("count", count.to_string())])
}

pub fn write_summary(
    out: &mut impl Write,
    language: Language,
    summary: Summary,
) -> std::io::Result<()> {
    let line = [
        counted(language, summary.errors, "count-errors"),
        counted(language, summary.warnings, "count-warnings"),
        counted(language, summary.advice, "count-advice"),
    ]
    .join(", ");
    let style = if summary.errors > 0 {
        severity_style(Severity::Error)
    } else if summary.warnings > 0 {
        severity_style(Severity::Warning)
    } else {
        GREEN
    };
    let verdict_key = if summary.errors > 0 {
        "check-verdict-errors"
    } else {
        "check-verdict-ok"
    };
    writeln!(
        out,
        "{style}{}{style:#}{} {line}",
        text(language, verdict_key, &[]),
        language.colon()
    )
}

pub fn write_rule_line(
    out: &mut impl Write,
    language: Language,
    rule: &Rule,
) -> std::io::Result<()> {
    let style = severity_style(rule.severity);
    writeln!(
        out,
        "{style}{}{style:#}  {:<13} {:<14} {}",
        rule.code,
        severity_label(language, rule.severity),
        rule.step.name(language),
        rule.title(language)
    )
}

pub fn write_explanation(
    out: &mut impl Write,
    language: Language,
    rule: &Rule,
) -> std::io::Result<()> {
    let separator = language.colon();
    let style = severity_style(rule.severity);
    writeln!(
        out,
        "{style}{}{style:#} {BOLD}{}{BOLD:#}",
        rule.code,
        rule.title(language)
    )?;
    writeln!(
        out,
        "{DIM}{}{separator} {} · {}{separator} {}{DIM:#}",
        text(language, "label-severity", &[]),
        severity_label(language, rule.severity),
        text(language, "label-step", &[]),
        rule.step.name(language)
    )?;
    writeln!(out)?;
    writeln!(out, "{}", rule.explanation(language).trim())?;
    writeln!(out)?;
    // Placeholders have no value here: show them as <name>.
    let hint = rule
        .text("hint", language, &[])
        .replace("{$", "<")
        .replace('}', ">");
    writeln!(
        out,
        "{BOLD}{}{BOLD:#}{separator} {hint}",
        text(language, "label-hint", &[])
    )
}

pub fn init_done(language: Language, file: &str, example: &str) -> String {
    text(
        language,
        "init-done",
        &[("file", file.to_owned()), ("example", example.to_owned())],
    )
}

/// A source and its year, in brackets, written in the reader's language.
fn citation(language: Language, source: &Option<String>, year: Option<u16>) -> String {
    match (source, year) {
        (Some(source), Some(year)) => format!("[{}, {year}]", source_text(language, source)),
        (Some(source), None) => format!("[{}]", source_text(language, source)),
        _ => String::new(),
    }
}

pub fn write_recommendations(
    out: &mut impl Write,
    language: Language,
    analysis: &Analysis<'_>,
    recommendations: &Recommendations,
) -> std::io::Result<()> {
    let strategy = analysis.strategy;
    // The catalogue with the strategy's own networks and KPIs, for their names.
    let knowledge = &analysis.knowledge;
    writeln!(
        out,
        "{BOLD}{}{BOLD:#}",
        text(language, "recommend-networks-title", &[])
    )?;
    if recommendations.personas.is_empty() {
        writeln!(out, "  {}", text(language, "recommend-no-persona", &[]))?;
    }
    for persona_fit in &recommendations.personas {
        let label = strategy
            .personas
            .iter()
            .find(|persona| persona.id.as_str() == persona_fit.persona)
            .map(|persona| persona.label().to_owned())
            .unwrap_or_else(|| persona_fit.persona.clone());
        writeln!(out)?;
        writeln!(
            out,
            "{BOLD}{label}{BOLD:#} {DIM}({}){DIM:#}",
            persona_fit.persona
        )?;
        for fit in persona_fit.platforms.iter().filter(|fit| fit.recommended) {
            writeln!(
                out,
                "  {GREEN}✓{GREEN:#} {:<10} {:>3}",
                knowledge.platform_name(&fit.platform),
                score_text(fit.score)
            )?;
            for reason in &fit.reasons {
                let cited = citation(language, &reason.source, reason.year);
                if cited.is_empty() {
                    writeln!(out, "      · {}", reason.text(language))?;
                } else {
                    writeln!(out, "      · {} {DIM}{cited}{DIM:#}", reason.text(language))?;
                }
            }
        }
        // Networks left off a short list come first, with the reason in one line: the persona
        // is there, the team has no time for them.
        let left_off: Vec<&fit::PlatformFit> = persona_fit
            .platforms
            .iter()
            .filter(|fit| fit.left_off)
            .collect();
        if let Some(first) = left_off.first() {
            writeln!(
                out,
                "  {DIM}{}{} {}{DIM:#}",
                text(language, "recommend-left-off", &[]),
                language.colon(),
                scored_names(knowledge, &left_off)
            )?;
            // The short list's reason, just before the verdict.
            if let Some(reason) = first.reasons.iter().rev().nth(1) {
                writeln!(out, "      {DIM}· {}{DIM:#}", reason.text(language))?;
            }
        }
        let others: Vec<&fit::PlatformFit> = persona_fit
            .platforms
            .iter()
            .filter(|fit| !fit.recommended && !fit.left_off)
            .collect();
        if !others.is_empty() {
            writeln!(
                out,
                "  {DIM}{}{} {}{DIM:#}",
                text(language, "recommend-not-recommended", &[]),
                language.colon(),
                scored_names(knowledge, &others)
            )?;
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "{BOLD}{}{BOLD:#}",
        text(language, "recommend-kpis-title", &[])
    )?;
    for suggestions in &recommendations.kpis {
        writeln!(out)?;
        let kind = suggestions
            .kind
            .as_deref()
            .map(|kind| text(language, &format!("kind-{kind}"), &[]))
            .unwrap_or_else(|| "?".to_owned());
        writeln!(
            out,
            "{BOLD}{}{BOLD:#} {DIM}({kind}){DIM:#}",
            suggestions.objective
        )?;
        if suggestions.suggested.is_empty() {
            writeln!(out, "  {}", text(language, "recommend-no-kind", &[]))?;
        }
        for kpi in &suggestions.suggested {
            let marker = if kpi.chosen {
                format!("{GREEN}★{GREEN:#}")
            } else {
                " ".to_owned()
            };
            let measured = if !kpi.reported_by.is_empty() {
                text(
                    language,
                    "recommend-reported-by",
                    &[("platforms", kpi.reported_by.join(", "))],
                )
            } else if let Some(tool) = &kpi.needs_tool {
                text(
                    language,
                    "recommend-needs-tool",
                    &[("category", text(language, &format!("category-{tool}"), &[]))],
                )
            } else {
                text(language, "recommend-not-reported", &[])
            };
            let (name, formula) = knowledge
                .kpi(&kpi.kpi)
                .map(|record| (record.name(language), record.formula(language)))
                .unwrap_or_else(|| (kpi.kpi.clone(), String::new()));
            writeln!(out, "  {marker} {:<28} {name} — {formula}", kpi.kpi)?;
            if kpi.defined_by_strategy {
                // The business's own KPI: where it is read, not a publication.
                let read_in = text(
                    language,
                    "recommend-own-kpi",
                    &[("source", kpi.source.clone())],
                );
                writeln!(out, "      {DIM}{read_in}{DIM:#}")?;
            } else {
                writeln!(
                    out,
                    "      {DIM}{measured} [{}, {}]{DIM:#}",
                    source_text(language, &kpi.source),
                    kpi.year
                )?;
            }
        }
    }
    write_tool_suggestions(out, language, recommendations)
}

fn write_tool_suggestions(
    out: &mut impl Write,
    language: Language,
    recommendations: &Recommendations,
) -> std::io::Result<()> {
    writeln!(out)?;
    writeln!(
        out,
        "{BOLD}{}{BOLD:#}",
        text(language, "recommend-tools-title", &[])
    )?;
    if recommendations.tools.is_empty() {
        writeln!(out, "  {}", text(language, "recommend-tools-none", &[]))?;
    }
    for suggestion in &recommendations.tools {
        writeln!(out)?;
        writeln!(
            out,
            "{BOLD}{}{BOLD:#} {DIM}— {}{DIM:#}",
            suggestion.category.as_str(),
            text(language, suggestion.reason, &[])
        )?;
        if suggestion.tools.is_empty() {
            writeln!(
                out,
                "  {}",
                text(language, "recommend-tools-catalogue-empty", &[])
            )?;
        }
        for tool in &suggestion.tools {
            let mut offers = Vec::new();
            if let Some(free) = &tool.free_tier {
                offers.push(text(
                    language,
                    "recommend-free-tier",
                    &[("free", free.clone())],
                ));
            }
            if let Some(plan) = &tool.cheapest_paid_plan {
                let per = format!("per-{}", serde_plain(&plan.per));
                let billing = format!("billing-{}", serde_plain(&plan.billing));
                offers.push(text(
                    language,
                    "recommend-paid-from",
                    &[
                        ("price", number(language, plan.price, 0)),
                        ("currency", tool.currency.clone()),
                        ("per", text(language, &per, &[])),
                        ("plan", plan.name.clone()),
                        ("billing", text(language, &billing, &[])),
                    ],
                ));
            }
            writeln!(out, "  · {:<14} {}", tool.name, offers.join("; "))?;
            writeln!(
                out,
                "      {DIM}[{}, {}; {}]{DIM:#}",
                source_text(language, &tool.source),
                tool.year,
                tool.prices_read
            )?;
        }
    }
    Ok(())
}

/// The snake_case name serde gives a unit enum value (`channel`, `annual`).
fn serde_plain(value: &impl serde::Serialize) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|value| value.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The language with the conventions of the strategy's country (British or US dates).
pub use tomster_core::analysis::strategy_locale;

/// `2027-03` written out: `March 2027`, `mars 2027`.
fn month_label(language: Language, month: &str) -> String {
    Day::parse(&format!("{month}-01"))
        .map(|first_day| month_year(language, first_day))
        .unwrap_or_else(|_| month.to_owned())
}

/// A fit score, or a dash for a network that is not scored (no audience figure).
/// Networks with their scores, as one comma-separated line.
fn scored_names(
    knowledge: &tomster_core::knowledge::Knowledge,
    fits: &[&fit::PlatformFit],
) -> String {
    fits.iter()
        .map(|fit| {
            format!(
                "{} {}",
                knowledge.platform_name(&fit.platform),
                score_text(fit.score)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn score_text(score: Option<u8>) -> String {
    score
        .map(|score| score.to_string())
        .unwrap_or_else(|| "-".to_owned())
}

fn hours(language: Language, value: f64) -> String {
    text(
        language,
        "unit-hours-per-week",
        &[("hours", number(language, value, 1))],
    )
}

pub fn write_plan(
    out: &mut impl Write,
    language: Language,
    analysis: &Analysis<'_>,
) -> std::io::Result<()> {
    let strategy = analysis.strategy;
    let plan = &analysis.plan;
    // The catalogue with the strategy's own networks, for their names.
    let knowledge = &analysis.knowledge;
    let workload = &plan.workload;
    writeln!(
        out,
        "{BOLD}{}{BOLD:#}",
        text(language, "plan-workload-title", &[])
    )?;
    let capacity = workload.capacity_hours_per_week;
    let percent = if capacity > 0.0 {
        number(language, workload.hours_per_week / capacity * 100.0, 0)
    } else {
        "-".to_owned()
    };
    writeln!(
        out,
        "  {}",
        text(
            language,
            "plan-workload-line",
            &[
                ("hours", hours(language, workload.hours_per_week)),
                ("capacity", hours(language, capacity)),
                ("percent", percent),
            ],
        )
    )?;
    if let Some(week) = workload.peak_week_start
        && workload.peak_hours_per_week > workload.hours_per_week + 0.05
    {
        writeln!(
            out,
            "  {}",
            text(
                language,
                "plan-peak-line",
                &[
                    ("hours", hours(language, workload.peak_hours_per_week)),
                    ("week", long_date(strategy_locale(strategy, language), week))
                ]
            )
        )?;
    }
    // Networks first, reporting (not a network) last.
    let mut by_platform: Vec<String> = workload
        .by_platform
        .iter()
        .filter(|(platform, _)| platform.as_str() != "reporting")
        .map(|(platform, value)| {
            format!(
                "{} {}",
                knowledge.platform_name(platform),
                number(language, *value, 1)
            )
        })
        .collect();
    if let Some(reporting) = workload.by_platform.get("reporting") {
        by_platform.push(format!(
            "{} {}",
            text(language, "plan-reporting", &[]),
            number(language, *reporting, 1)
        ));
    }
    writeln!(
        out,
        "  {}{} {}",
        text(language, "plan-by-network", &[]),
        language.colon(),
        by_platform.join(", ")
    )?;
    for (member, load) in &workload.by_member {
        let own = strategy.member_hours(member);
        writeln!(
            out,
            "  {member:<16} {} / {}",
            number(language, *load, 1),
            hours(language, own)
        )?;
    }
    if workload.outsourced_hours_per_week > 0.0 {
        writeln!(
            out,
            "  {}{} {}",
            text(language, "plan-outsourced", &[]),
            language.colon(),
            hours(language, workload.outsourced_hours_per_week)
        )?;
        // Each provider's hours beside its cost, so that outsourcing is never free advice.
        for work in &workload.providers {
            let (paid, per_hour) = plan.provider_cost(work);
            let per_hour = per_hour
                .map(|per_hour| money(language, per_hour, &plan.cost.currency))
                .unwrap_or_else(|| "-".to_owned());
            writeln!(
                out,
                "    {}",
                text(
                    language,
                    "plan-provider-line",
                    &[
                        ("provider", work.provider.clone()),
                        ("hours", number(language, work.hours_per_week, 1)),
                        ("weeks", work.weeks.to_string()),
                        ("cost", money(language, paid, &plan.cost.currency)),
                        ("per_hour", per_hour),
                    ],
                )
            )?;
        }
    }
    if workload.unassigned_hours_per_week > 0.0 {
        writeln!(
            out,
            "  {}{} {}",
            text(language, "plan-unassigned", &[]),
            language.colon(),
            hours(language, workload.unassigned_hours_per_week)
        )?;
    }
    writeln!(
        out,
        "  {DIM}{}{DIM:#}",
        match language {
            Language::English | Language::French => text(language, "effort-note", &[]),
        }
    )?;

    let cost = &plan.cost;
    writeln!(out)?;
    writeln!(
        out,
        "{BOLD}{}{BOLD:#}",
        text(language, "plan-cost-title", &[])
    )?;
    let budget = cost
        .budget
        .map(|budget| money(language, budget, &cost.currency))
        .unwrap_or_else(|| "-".to_owned());
    writeln!(
        out,
        "  {}",
        text(
            language,
            "plan-cost-line",
            &[
                ("total", money(language, cost.total, &cost.currency)),
                ("budget", budget)
            ]
        )
    )?;
    if let Some(limit) = cost.monthly_budget {
        let months: Vec<String> = cost
            .months_over_budget
            .iter()
            .map(|month| month_label(language, month))
            .collect();
        writeln!(
            out,
            "  {}",
            text(
                language,
                "plan-monthly-budget-line",
                &[
                    ("budget", money(language, limit, &cost.currency)),
                    (
                        "months",
                        if months.is_empty() {
                            "-".to_owned()
                        } else {
                            months.join(", ")
                        }
                    ),
                ]
            )
        )?;
    }
    for category in COST_CATEGORIES {
        let amount = cost.by_category.get(category).copied().unwrap_or(0.0);
        if amount <= 0.0 {
            continue;
        }
        writeln!(
            out,
            "  {:<24} {:>12}",
            text(language, &format!("cost-{category}"), &[]),
            money(language, amount, &cost.currency)
        )?;
    }
    writeln!(
        out,
        "  {}{}",
        text(language, "plan-by-month", &[]),
        language.colon()
    )?;
    for (month, amount) in &cost.by_month {
        writeln!(
            out,
            "    {:<16} {:>12}",
            month_label(language, month),
            money(language, *amount, &cost.currency)
        )?;
    }

    let coverage = &plan.coverage;
    writeln!(out)?;
    writeln!(
        out,
        "{BOLD}{}{BOLD:#}",
        text(language, "plan-coverage-title", &[])
    )?;
    let width = coverage
        .personas
        .iter()
        .map(|persona| persona.persona.chars().count())
        .max()
        .unwrap_or(8)
        .max(8);
    let header: Vec<String> = coverage
        .stages
        .iter()
        .map(|stage| format!("{:>14}", stage_name(language, *stage)))
        .collect();
    writeln!(out, "  {:<width$} {}", "", header.join(""))?;
    for persona in &coverage.personas {
        let cells: Vec<String> = coverage
            .stages
            .iter()
            .map(|stage| {
                let count = persona.cells.get(stage).copied().unwrap_or(0);
                let cell = format!("{count:>14}");
                if persona.gaps.contains(stage) {
                    let style = severity_style(Severity::Warning);
                    format!("{style}{cell}{style:#}")
                } else {
                    cell
                }
            })
            .collect();
        writeln!(out, "  {:<width$} {}", persona.persona, cells.join(""))?;
    }
    writeln!(
        out,
        "  {}",
        text(
            language,
            "plan-coverage-gaps",
            &[("count", coverage.gaps.to_string())]
        )
    )
}

fn stage_name(language: Language, stage: Stage) -> String {
    text(language, &format!("stage-{}", stage.as_str()), &[])
}
