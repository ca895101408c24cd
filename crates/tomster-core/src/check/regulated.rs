//! Regulated sectors and minors: the legal rules a plan must respect, with their references.
//!
//! Each rule applies where its law applies (the strategy's country, or the EU's countries) and
//! cites the reference held in `knowledge/regulations.toml`. A persona is a minor when its age
//! range starts under 18; an operation is aimed at the personas it names, else at those of its
//! objectives, else at every persona. The findings prompt a check with a lawyer; they are not
//! legal advice, and the hints say so.

use super::Context;
use crate::diagnostics::{Argument, Diagnostic};
use crate::fit::strategy_country;
use crate::i18n;
use crate::knowledge::Regulation;
use crate::model::{Operation, OperationKind, Persona, Sector};

/// The age of majority the rules on minors use.
const ADULT_AGE: u8 = 18;

/// Operations whose posts are paid for: advertising, or an influencer paid to speak.
fn is_paid(kind: OperationKind) -> bool {
    matches!(
        kind,
        OperationKind::PaidSocial
            | OperationKind::SearchAds
            | OperationKind::Influence
            | OperationKind::Affiliation
    )
}

/// The message key of a sector's name.
fn sector_key(sector: Sector) -> &'static str {
    match sector {
        Sector::Alcohol => "sector-alcohol",
        Sector::HealthProducts => "sector-health_products",
        Sector::FinancialServices => "sector-financial_services",
        Sector::Gambling => "sector-gambling",
        Sector::FoodForChildren => "sector-food_for_children",
    }
}

/// A regulation's reference, written in the reader's language (`regulation-ID-reference`).
fn reference(regulation: &Regulation) -> Argument {
    Argument::Term(format!("regulation-{}-reference", regulation.id))
}

fn is_minor(persona: &Persona) -> bool {
    persona.age.is_some_and(|age| age.min < ADULT_AGE)
}

/// The personas an operation speaks to, with their positions.
fn audience<'a>(context: &'a Context<'_>, operation: &'a Operation) -> Vec<(usize, &'a Persona)> {
    let strategy = context.strategy;
    let mut ids: Vec<&crate::values::Id> = operation.personas.iter().collect();
    if ids.is_empty() {
        ids = operation
            .objectives
            .iter()
            .filter_map(|objective| strategy.objective(objective))
            .flat_map(|(_, objective)| objective.personas.iter())
            .collect();
    }
    if ids.is_empty() {
        return strategy.personas.iter().enumerate().collect();
    }
    let mut personas: Vec<(usize, &Persona)> = ids
        .into_iter()
        .filter_map(|id| strategy.persona(id))
        .collect();
    personas.sort_by_key(|(index, _)| *index);
    personas.dedup_by_key(|(index, _)| *index);
    personas
}

pub(super) fn check_regulated(context: &Context<'_>, diagnostics: &mut Vec<Diagnostic>) {
    let strategy = context.strategy;
    let regulations = &context.knowledge.regulations;
    let country = strategy_country(strategy);
    let sector = strategy.strategy.sector;
    let evin = regulations.applying("loi-evin", &country);
    let dsa = regulations.applying("dsa-article-28", &country);
    let influencers = regulations.applying("influencer-law", &country);
    let health = regulations.applying("ansm-health-products", &country);

    if let (Some(Sector::Alcohol), Some(evin)) = (sector, evin) {
        diagnostics
            .push(Diagnostic::new("S013", "strategy.sector").with("reference", reference(evin)));
        for (index, persona) in strategy.personas.iter().enumerate() {
            if is_minor(persona) {
                diagnostics.push(
                    Diagnostic::new("S019", format!("personas[{index}].age"))
                        .text("persona", persona.label())
                        .with("reference", reference(evin)),
                );
            }
        }
    }
    if let (Some(Sector::HealthProducts), Some(health)) = (sector, health) {
        diagnostics
            .push(Diagnostic::new("S017", "strategy.sector").with("reference", reference(health)));
    }
    // The sectors whose rules in this country the checks above cite.
    let has_own_rule = match sector {
        Some(Sector::Alcohol) => evin.is_some(),
        Some(Sector::HealthProducts) => health.is_some(),
        _ => false,
    };
    check_sector_rules(context, &country, has_own_rule, diagnostics);

    for (index, operation) in strategy.operations.iter().enumerate() {
        let Some(kind) = operation.kind else {
            continue;
        };
        let path = format!("operations[{index}]");
        let minors: Vec<&Persona> = audience(context, operation)
            .into_iter()
            .filter(|(_, persona)| is_minor(persona))
            .map(|(_, persona)| persona)
            .collect();
        // A paid or influencer operation aimed at minors in a regulated sector is an error where
        // a law to cite applies; elsewhere in the EU, profiling-based ads to minors are banned.
        let minors_rule = match sector {
            Some(Sector::Alcohol) => evin.or(dsa),
            Some(_) => dsa,
            None => None,
        };
        let mut reported_minors = false;
        if is_paid(kind)
            && let (Some(sector), Some(rule)) = (sector, minors_rule)
        {
            for persona in &minors {
                reported_minors = true;
                diagnostics.push(
                    Diagnostic::new("S014", format!("{path}.kind"))
                        .text("operation", operation.label())
                        .text("persona", persona.label())
                        .with("sector", Argument::Translated(sector_key(sector)))
                        .with("reference", reference(rule)),
                );
            }
        }
        if kind == OperationKind::PaidSocial
            && !reported_minors
            && let Some(dsa) = dsa
        {
            for persona in &minors {
                diagnostics.push(
                    Diagnostic::new("S015", format!("{path}.kind"))
                        .text("operation", operation.label())
                        .text("persona", persona.label())
                        .with("reference", reference(dsa)),
                );
            }
        }
        if kind == OperationKind::Influence {
            for rule in regulations.on_influencers(&country) {
                diagnostics.push(
                    Diagnostic::new("S025", format!("{path}.kind"))
                        .text("operation", operation.label())
                        .with(
                            "summary",
                            Argument::Term(format!("regulation-{}-summary", rule.id)),
                        )
                        .with("reference", reference(rule)),
                );
            }
        }
        if kind == OperationKind::Influence
            && let Some(law) = influencers
        {
            diagnostics.push(
                Diagnostic::new("S016", format!("{path}.kind"))
                    .text("operation", operation.label())
                    .with("reference", reference(law)),
            );
            if let Some(
                sector @ (Sector::FinancialServices | Sector::Gambling | Sector::HealthProducts),
            ) = sector
            {
                diagnostics.push(
                    Diagnostic::new("S018", format!("{path}.kind"))
                        .text("operation", operation.label())
                        .with("sector", Argument::Translated(sector_key(sector)))
                        .with("restriction", Argument::Translated(restriction_key(sector)))
                        .with("reference", reference(law)),
                );
            }
        }
    }
}

/// What the influencer law restricts in a sector.
fn restriction_key(sector: Sector) -> &'static str {
    match sector {
        Sector::FinancialServices => "restriction-financial_services",
        Sector::Gambling => "restriction-gambling",
        _ => "restriction-health_products",
    }
}

/// The rules read from the knowledge base for the strategy's sector in its country: the notice
/// (S021), personas under 18 where the rule protects them (S022), the claims it forbids found
/// in the copy (S023), and, where no rule at all is known for the sector there, a finding that
/// says so (S024) rather than silence or another country's law.
fn check_sector_rules(
    context: &Context<'_>,
    country: &str,
    has_own_rule: bool,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let strategy = context.strategy;
    let Some(sector) = strategy.strategy.sector else {
        return;
    };
    let rules: Vec<&Regulation> = context
        .knowledge
        .regulations
        .of_sector(sector, country)
        .collect();
    let sector_name = || Argument::Translated(sector_key(sector));
    let place = || Argument::Term(format!("country-in-{country}"));
    if rules.is_empty() && !has_own_rule {
        // A country the catalogues cannot name is "the strategy's country".
        let country = if i18n::has_key(&format!("country-in-{country}")) {
            place()
        } else {
            Argument::Translated("country-in-other")
        };
        diagnostics.push(
            Diagnostic::new("S024", "strategy.sector")
                .with("sector", sector_name())
                .with("country", country),
        );
        return;
    }
    let copy = copy_of(strategy);
    for rule in rules {
        diagnostics.push(
            Diagnostic::new("S021", "strategy.sector")
                .with("sector", sector_name())
                .with("country", place())
                .with(
                    "summary",
                    Argument::Term(format!("regulation-{}-summary", rule.id)),
                )
                .with(
                    "advice",
                    Argument::Term(format!("regulation-{}-advice", rule.id)),
                )
                .with("reference", reference(rule)),
        );
        if rule.minors {
            for (index, persona) in strategy.personas.iter().enumerate() {
                if is_minor(persona) {
                    diagnostics.push(
                        Diagnostic::new("S022", format!("personas[{index}].age"))
                            .text("persona", persona.label())
                            .with("sector", sector_name())
                            .with("reference", reference(rule)),
                    );
                }
            }
        }
        // One finding per text, naming every claim it makes and the phrase that makes it.
        for (path, text) in &copy {
            let found: Vec<(&str, &str)> = rule
                .claims
                .iter()
                .filter_map(|claim| {
                    claim
                        .found_in(text)
                        .map(|phrase| (claim.id.as_str(), phrase))
                })
                .collect();
            if found.is_empty() {
                continue;
            }
            let claims = found
                .iter()
                .map(|(claim, _)| Argument::Term(format!("claim-{claim}")))
                .collect();
            let phrases = found
                .iter()
                .map(|(_, phrase)| Argument::Text(format!("“{phrase}”")))
                .collect();
            diagnostics.push(
                Diagnostic::new("S023", path.clone())
                    .text("text", text.trim())
                    .with("claim", Argument::List(claims))
                    .with("phrase", Argument::List(phrases))
                    .with("sector", sector_name())
                    .with("reference", reference(rule)),
            );
        }
    }
}

/// The strategy's copy the checker can read for forbidden claims, with where each text is:
/// the messages' key messages, proof points and calls to action, the operations' names, key
/// messages and calls to action.
fn copy_of(strategy: &crate::strategy::Strategy) -> Vec<(String, &str)> {
    let mut copy = Vec::new();
    for (index, message) in strategy.messages.iter().enumerate() {
        let path = format!("messages[{index}]");
        if let Some(text) = &message.key_message {
            copy.push((format!("{path}.key_message"), text.as_str()));
        }
        for (point, text) in message.proof_points.iter().enumerate() {
            copy.push((format!("{path}.proof_points[{point}]"), text.as_str()));
        }
        if let Some(text) = &message.call_to_action {
            copy.push((format!("{path}.call_to_action"), text.as_str()));
        }
    }
    for (index, operation) in strategy.operations.iter().enumerate() {
        let path = format!("operations[{index}]");
        for (field, text) in [
            ("name", &operation.name),
            ("key_message", &operation.key_message),
            ("call_to_action", &operation.call_to_action),
        ] {
            if let Some(text) = text {
                copy.push((format!("{path}.{field}"), text.as_str()));
            }
        }
    }
    copy.retain(|(_, text)| !text.trim().is_empty());
    copy
}
