//! Target: personas that say who they are, what they want and where they are in the journey.

use super::Context;
use super::SHARE_TOLERANCE;
use crate::diagnostics::{Argument, Diagnostic};
use crate::model::Segment;

pub(super) fn check_target(context: &Context<'_>, diagnostics: &mut Vec<Diagnostic>) {
    let strategy = context.strategy;
    if strategy.personas.is_empty() {
        diagnostics.push(Diagnostic::new("T001", "personas"));
    }
    for (index, persona) in strategy.personas.iter().enumerate() {
        let path = format!("personas[{index}]");
        // What is missing, as a selector the texts turn into words (never shown as is).
        let missing = match (persona.segment.is_none(), persona.age.is_none()) {
            (true, true) => Some("both"),
            (true, false) => Some("segment"),
            (false, true) => Some("age"),
            (false, false) => None,
        };
        if let Some(missing) = missing {
            diagnostics.push(
                Diagnostic::new("T002", path.clone())
                    .text("persona", persona.label())
                    .text("missing", missing),
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
