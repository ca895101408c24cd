//! The coverage of the message matrix: which persona x stage cells have a message.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::knowledge::Knowledge;
use crate::model::Stage;
use crate::strategy::Strategy;

/// Messages for one persona, by stage.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct PersonaCoverage {
    pub persona: String,
    /// Number of messages by stage.
    pub cells: BTreeMap<Stage, usize>,
    /// Stages that matter for the persona (its stage mix, or the buying stages) with no message.
    pub gaps: Vec<Stage>,
}

/// The persona x stage message matrix.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Coverage {
    pub stages: Vec<Stage>,
    pub personas: Vec<PersonaCoverage>,
    pub gaps: usize,
}

/// Stages that matter for a persona: those its stage mix weighs, or the three buying stages.
pub fn stages_that_matter(persona: &crate::model::Persona, knowledge: &Knowledge) -> Vec<Stage> {
    let threshold = knowledge.method.stage_that_matters;
    match &persona.stage_mix {
        Some(mix) if mix.total() > 0.0 => Stage::ALL
            .iter()
            .copied()
            .filter(|stage| mix.share(*stage) >= threshold)
            .collect(),
        _ => vec![Stage::Awareness, Stage::Consideration, Stage::Decision],
    }
}

pub fn coverage(strategy: &Strategy, knowledge: &Knowledge) -> Coverage {
    let mut personas = Vec::new();
    let mut total_gaps = 0;
    for persona in &strategy.personas {
        let mut cells: BTreeMap<Stage, usize> =
            Stage::ALL.iter().map(|stage| (*stage, 0)).collect();
        for message in strategy
            .messages
            .iter()
            .filter(|message| message.persona == persona.id)
        {
            if let Some(stage) = message.stage {
                *cells.entry(stage).or_default() += 1;
            }
        }
        let gaps: Vec<Stage> = stages_that_matter(persona, knowledge)
            .into_iter()
            .filter(|stage| cells.get(stage).copied().unwrap_or(0) == 0)
            .collect();
        total_gaps += gaps.len();
        personas.push(PersonaCoverage {
            persona: persona.id.as_str().to_owned(),
            cells,
            gaps,
        });
    }
    Coverage {
        stages: Stage::ALL.to_vec(),
        personas,
        gaps: total_gaps,
    }
}
