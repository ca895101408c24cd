//! The coherence checker: where the seven answers of a strategy contradict each other.
//!
//! One module per TOMSTER step, plus `regulated` for the legal rules of regulated sectors and
//! minors; all of them run and every finding is returned, never just the first. Rules that need
//! the analyses (platform fit, workload, cost) take them as computed once by [`check`]. Each
//! module's thresholds are named constants at its top.

mod evaluate;
mod message;
mod objectives;
mod regulated;
mod resources;
mod strategy;
mod target;
mod technologies;

use std::collections::BTreeSet;

use crate::diagnostics::{Argument, Diagnostic};
use crate::fit::{PersonaFit, platform_fit};
use crate::knowledge::Knowledge;
use crate::plan::{self, Plan};
use crate::strategy::Strategy;

/// Shares must add up to 1 within this tolerance (0.4 + 0.35 + 0.25 written by hand).
const SHARE_TOLERANCE: f64 = 0.011;

/// Everything the rules look at, computed once.
pub(super) struct Context<'a> {
    strategy: &'a Strategy,
    knowledge: &'a Knowledge,
    fits: &'a [PersonaFit],
    plan: &'a Plan,
    chosen: BTreeSet<&'a str>,
}

impl Context<'_> {
    pub(super) fn is_chosen(&self, platform: &str) -> bool {
        self.chosen.contains(platform)
    }

    pub(super) fn currency(&self) -> String {
        self.plan.cost.currency.clone()
    }

    /// A KPI's name for the reader: the catalogue's in their language, a custom KPI's as the
    /// strategy writes it, or the id as written when no KPI has it (an unknown KPI).
    pub(super) fn kpi_name(&self, id: &str) -> Argument {
        match self.knowledge.kpi(id) {
            Some(kpi) => match &kpi.own_name {
                Some(name) => Argument::Text(name.clone()),
                None => Argument::Term(format!("kpi-{}-name", kpi.id)),
            },
            None => Argument::Text(id.to_owned()),
        }
    }

    /// An objective's statement by its id, or the id when it has none (or no objective has it).
    pub(super) fn objective_label(&self, id: &crate::values::Id) -> String {
        self.strategy
            .objective(id)
            .map_or(id.as_str(), |(_, objective)| objective.label())
            .to_owned()
    }
}

/// A value of a closed vocabulary (`stage`, `format`, `aida`...) as the reader's language names
/// it: the messages reach clients, who read "short video", not `short_video`.
pub(super) fn term(family: &str, id: &str) -> Argument {
    Argument::Term(format!("{family}-{id}"))
}

/// Values of one vocabulary, named in the reader's language.
pub(super) fn terms<'a>(family: &str, ids: impl IntoIterator<Item = &'a str>) -> Argument {
    Argument::List(ids.into_iter().map(|id| term(family, id)).collect())
}

/// The ids themselves, for the hints, which tell whoever edits the file what to write.
pub(super) fn ids<'a>(ids: impl IntoIterator<Item = &'a str>) -> Argument {
    Argument::Text(ids.into_iter().collect::<Vec<_>>().join(", "))
}

/// Runs every rule and returns every finding, in step order (computing the fit and the plan;
/// `analysis::Analysis` computes them once for every command).
pub fn check(strategy: &Strategy, knowledge: &Knowledge) -> Vec<Diagnostic> {
    let knowledge = &*strategy.knowledge(knowledge);
    let fits = platform_fit(strategy, knowledge);
    let plan = plan::plan(strategy, knowledge);
    check_with(strategy, knowledge, &fits, &plan)
}

/// Runs every rule on a fit and a plan already computed.
pub fn check_with(
    strategy: &Strategy,
    knowledge: &Knowledge,
    fits: &[PersonaFit],
    plan: &Plan,
) -> Vec<Diagnostic> {
    crate::analysis::count(|counts| counts.checks += 1);
    let context = Context {
        strategy,
        knowledge,
        fits,
        plan,
        chosen: strategy
            .platforms
            .iter()
            .map(|platform| platform.id.as_str())
            .collect(),
    };
    let mut diagnostics = Vec::new();
    target::check_target(&context, &mut diagnostics);
    objectives::check_objectives(&context, &mut diagnostics);
    message::check_message(&context, &mut diagnostics);
    strategy::check_strategy(&context, &mut diagnostics);
    technologies::check_technologies(&context, &mut diagnostics);
    evaluate::check_evaluate(&context, &mut diagnostics);
    resources::check_resources(&context, &mut diagnostics);
    regulated::check_regulated(&context, &mut diagnostics);
    diagnostics
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::rules;

    /// Every code the checker can emit is in the catalogue, and every rule of the catalogue
    /// is emitted somewhere in this file (the corpus tests prove each one triggers).
    #[test]
    fn the_checker_and_the_catalogue_agree() {
        let source = [
            include_str!("target.rs"),
            include_str!("objectives.rs"),
            include_str!("message.rs"),
            include_str!("strategy.rs"),
            include_str!("technologies.rs"),
            include_str!("evaluate.rs"),
            include_str!("resources.rs"),
            include_str!("regulated.rs"),
            include_str!("../progress/findings.rs"),
            include_str!("../calendar.rs"),
        ]
        .concat();
        let code_pattern = |text: &str| {
            let mut codes = BTreeSet::new();
            for (position, _) in text.match_indices("Diagnostic::new(\"") {
                let start = position + "Diagnostic::new(\"".len();
                codes.insert(text[start..start + 4].to_owned());
            }
            codes
        };
        let emitted = code_pattern(&source);
        let catalogued: BTreeSet<String> = rules().iter().map(|rule| rule.code.clone()).collect();
        assert_eq!(emitted, catalogued);
    }
}
