//! Strategy: an always-on plan per network within the usual cadences, and dated operations.

use super::{Context, SHARE_TOLERANCE, ids, term, terms};
use crate::diagnostics::{Argument, Diagnostic};

/// A country's name where the catalogues have one, else its code.
fn country_name(code: &str) -> Argument {
    let key = format!("country-name-{code}");
    if crate::i18n::has_key(&key) {
        Argument::Term(key)
    } else {
        Argument::Text(code.to_owned())
    }
}

pub(super) fn check_strategy(context: &Context<'_>, diagnostics: &mut Vec<Diagnostic>) {
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
    // A region of another country: its holidays are not used, and the country's apply.
    if let Some(region) = &info.region {
        let country = crate::fit::strategy_country(strategy);
        if region.country() != country {
            diagnostics.push(
                Diagnostic::new("S020", "strategy.region")
                    .text("region", region.as_str())
                    .text("country", country),
            );
        }
    }
    // A country Tomster knows little of: say what is missing rather than borrow silently.
    if let Some(country) = &info.country {
        let code = country.as_str();
        let pack = context.knowledge.country(code);
        let missing = match pack {
            None => Some("pack"),
            Some(pack) => match (pack.has_audiences, pack.holidays.is_some()) {
                (true, true) => None,
                (false, true) => Some("audiences"),
                (true, false) => Some("holidays"),
                (false, false) => Some("both"),
            },
        };
        if let Some(missing) = missing {
            diagnostics.push(
                Diagnostic::new("S032", "strategy.country")
                    .with("country", country_name(code))
                    .text("code", code)
                    .text("missing", missing),
            );
        }
    }
    // A persona who lives in another country is scored on that country's figures: say where
    // there are none.
    for (index, persona) in strategy.personas.iter().enumerate() {
        let Some(country) = &persona.country else {
            continue;
        };
        let code = country.as_str();
        let known = context
            .knowledge
            .country(code)
            .is_some_and(|pack| pack.has_audiences);
        if !known && info.country.as_ref() != Some(country) {
            diagnostics.push(
                Diagnostic::new("S032", format!("personas[{index}].country"))
                    .with("country", country_name(code))
                    .text("code", code)
                    .text("persona", persona.label())
                    .text("missing", "persona"),
            );
        }
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
            // The usual cadence of the network, as a place to start.
            let usual = |value: f64| {
                if platform.defined_by_strategy {
                    Argument::Text("—".to_owned())
                } else {
                    Argument::Number(value, 0)
                }
            };
            diagnostics.push(
                Diagnostic::new("S006", format!("{path}.posts_per_week"))
                    .text("platform", &platform.name)
                    .with("default", usual(platform.cadence_posts_per_week))
                    .with("min", usual(platform.cadence_min))
                    .with("max", usual(platform.cadence_max))
                    .with(
                        "source",
                        Argument::Citation(platform.cadence_source.clone(), platform.cadence_year),
                    ),
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
        let supported: Vec<&str> = platform
            .formats
            .iter()
            .map(|format| format.as_str())
            .collect();
        for format in always_on.formats.keys() {
            if !platform.formats.contains(format) {
                diagnostics.push(
                    Diagnostic::new("S008", format!("{path}.formats.{format}"))
                        .text("platform", &platform.name)
                        .with("format", term("format", format.as_str()))
                        .with("supported", terms("format", supported.iter().copied()))
                        .with("supported_ids", ids(supported.iter().copied())),
                );
            }
        }
        // A network the strategy declares has no usual cadence to compare with; the usual
        // cadences are of feed posts, so stories are not counted against them.
        let feed = always_on.feed_cadence();
        if !platform.defined_by_strategy && feed > platform.cadence_max {
            diagnostics.push(
                Diagnostic::new("S010", format!("{path}.posts_per_week"))
                    .text("platform", &platform.name)
                    .with("cadence", Argument::Number(feed, 1))
                    .with("max", Argument::Number(platform.cadence_max, 0))
                    .with(
                        "source",
                        Argument::Citation(platform.cadence_source.clone(), platform.cadence_year),
                    ),
            );
        }
        if let Some(usual) = &platform.stories
            && always_on.stories() > usual.max_per_week
        {
            diagnostics.push(
                Diagnostic::new("S031", format!("{path}.formats.story"))
                    .text("platform", &platform.name)
                    .with("stories", Argument::Number(always_on.stories(), 0))
                    .with("max", Argument::Number(usual.max_per_week, 0))
                    .with(
                        "source",
                        Argument::Citation(usual.source.clone(), usual.year),
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
