//! Message: a message for every persona and stage that matters, with its AIDA step, content and pillars.

use super::{Context, ids, term, terms};
use crate::diagnostics::{Argument, Diagnostic};
use std::collections::BTreeSet;

use super::SHARE_TOLERANCE;
use crate::model::{Format, Stage};
use crate::plan::stages_that_matter;

pub(super) fn check_message(context: &Context<'_>, diagnostics: &mut Vec<Diagnostic>) {
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
        for stage in stages_that_matter(persona, context.knowledge) {
            if mix.share(stage) >= context.knowledge.method.stage_that_matters
                && !messages.iter().any(|message| message.stage == Some(stage))
            {
                diagnostics.push(
                    Diagnostic::new("M002", format!("personas[{index}].stage_mix.{stage}"))
                        .text("persona", persona.label())
                        .with("stage", term("stage", stage.as_str()))
                        .text("stage_id", stage.as_str())
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
        // A message without a stage is reported by M011; the other rules still name it.
        let stage = message
            .stage
            .map_or(Argument::Translated("rule-stage-unspecified"), |stage| {
                term("stage", stage.as_str())
            });
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
                    .with("stage", stage.clone()),
            );
        }
        if matches!(message.stage, Some(Stage::Consideration | Stage::Decision))
            && message.proof_points.is_empty()
        {
            diagnostics.push(
                Diagnostic::new("M007", format!("{path}.proof_points"))
                    .text("persona", persona)
                    .with("stage", stage.clone()),
            );
        }
        let usual = |stage| context.knowledge.method.aida.usual(stage);
        if let (Some(stage), Some(aida)) = (message.stage, message.aida)
            && !usual(stage).contains(&aida)
        {
            let expected: Vec<&str> = usual(stage).iter().map(|aida| aida.as_str()).collect();
            diagnostics.push(
                Diagnostic::new("M008", format!("{path}.aida"))
                    .text("persona", persona)
                    .with("aida", term("aida", aida.as_str()))
                    .text("aida_id", aida.as_str())
                    .with("stage", term("stage", stage.as_str()))
                    .with("expected", terms("aida", expected.iter().copied()))
                    .with("expected_ids", ids(expected)),
            );
        }
        if !context.chosen.is_empty() {
            for (position, format) in message.content_types.iter().enumerate() {
                if !chosen_formats.contains(format) {
                    diagnostics.push(
                        Diagnostic::new("M009", format!("{path}.content_types[{position}]"))
                            .text("persona", persona)
                            .with("format", term("format", format.as_str()))
                            .text("format_id", format.as_str()),
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
