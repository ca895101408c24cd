//! Recommendations: the networks that fit each persona, the KPIs that prove each objective,
//! and catalogue tools for the kinds of tool the plan needs but lacks.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::fit::{PersonaFit, platform_fit};
use crate::i18n;
use crate::knowledge::{Aggregation, Knowledge, Kpi, PlanBilling, PricedPer, Situation, Unit};
use crate::model::{Format, Language, Objective, OperationKind, ToolCategory};
use crate::strategy::Strategy;
use crate::values::Day;

/// A KPI of the catalogue suggested for an objective.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct SuggestedKpi {
    /// Its id: its name and formula are in the knowledge base, in both languages.
    pub kpi: String,
    pub unit: Unit,
    pub aggregation: Aggregation,
    /// The objective's networks (or, without any, all networks) that report it natively.
    pub reported_by: Vec<String>,
    /// The kind of tool needed to measure it, when the networks do not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub needs_tool: Option<String>,
    /// Whether the objective already uses this KPI.
    pub chosen: bool,
    /// Whether the KPI is chiefly meant for the objective's kind (first of its `proves`).
    pub primary: bool,
    /// A KPI the strategy defines: `source` is where the business reads it.
    pub defined_by_strategy: bool,
    pub source: String,
    pub year: u16,
}

/// The KPIs suggested for one objective, best first.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct KpiSuggestions {
    pub objective: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    pub suggested: Vec<SuggestedKpi>,
}

/// The cheapest paid plan of a catalogue tool, as read on the vendor's page.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct PricedPlan {
    pub name: String,
    pub price: f64,
    pub per: PricedPer,
    pub billing: PlanBilling,
}

/// A catalogue tool offered for a missing kind of tool.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct CatalogueTool {
    pub name: String,
    /// What the free tier gives, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub free_tier: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cheapest_paid_plan: Option<PricedPlan>,
    pub currency: String,
    pub prices_read: Day,
    pub source: String,
    pub year: u16,
}

/// A kind of tool the plan needs and has none of.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ToolSuggestion {
    pub category: ToolCategory,
    /// The message key of why the plan needs it.
    #[serde(skip)]
    pub reason: &'static str,
    /// Catalogue tools of that kind, free tiers first; empty when the catalogue has none.
    pub tools: Vec<CatalogueTool>,
}

/// Everything `tomster recommend` shows.
#[derive(Clone, Debug)]
pub struct Recommendations {
    pub personas: Vec<PersonaFit>,
    pub kpis: Vec<KpiSuggestions>,
    pub tools: Vec<ToolSuggestion>,
}

/// The recommendations written in a language, for JSON output.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct RecommendationsText<'a> {
    pub personas: Vec<crate::fit::PersonaFitText>,
    pub kpis: Vec<KpiSuggestionsText<'a>>,
    pub tools: Vec<ToolSuggestionText<'a>>,
}

/// An objective's suggested KPIs with their names and formulas written out.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct KpiSuggestionsText<'a> {
    pub objective: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'a str>,
    pub suggested: Vec<SuggestedKpiText<'a>>,
}

/// A suggested KPI with its name and formula in a language (its id is the `kpi` of the
/// flattened details: written once).
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct SuggestedKpiText<'a> {
    pub name: String,
    pub formula: String,
    #[serde(flatten)]
    pub details: &'a SuggestedKpi,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ToolSuggestionText<'a> {
    pub reason: String,
    #[serde(flatten)]
    pub suggestion: &'a ToolSuggestion,
}

impl Recommendations {
    /// Everything written in a language, with the names and formulas of the knowledge base.
    pub fn written<'a>(
        &'a self,
        knowledge: &Knowledge,
        language: Language,
    ) -> RecommendationsText<'a> {
        RecommendationsText {
            personas: self
                .personas
                .iter()
                .map(|persona| persona.written(language))
                .collect(),
            kpis: self
                .kpis
                .iter()
                .map(|suggestions| KpiSuggestionsText {
                    objective: &suggestions.objective,
                    kind: suggestions.kind.as_deref(),
                    suggested: suggestions
                        .suggested
                        .iter()
                        .map(|suggested| {
                            let record = knowledge.kpi(&suggested.kpi);
                            SuggestedKpiText {
                                name: record
                                    .map(|kpi| kpi.name(language).to_owned())
                                    .unwrap_or_else(|| suggested.kpi.clone()),
                                formula: record
                                    .map(|kpi| kpi.formula(language).to_owned())
                                    .unwrap_or_default(),
                                details: suggested,
                            }
                        })
                        .collect(),
                })
                .collect(),
            tools: self
                .tools
                .iter()
                .map(|suggestion| ToolSuggestionText {
                    reason: i18n::text(language, suggestion.reason, &[]),
                    suggestion,
                })
                .collect(),
        }
    }
}

/// The recommendations, computing the platform fit.
pub fn recommend(strategy: &Strategy, knowledge: &Knowledge) -> Recommendations {
    recommend_from(strategy, knowledge, platform_fit(strategy, knowledge))
}

/// The recommendations around a platform fit already computed (one analysis pass).
pub fn recommend_from(
    strategy: &Strategy,
    knowledge: &Knowledge,
    fits: Vec<PersonaFit>,
) -> Recommendations {
    // The strategy's own KPIs and networks join the catalogue for this analysis.
    let knowledge = &*strategy.knowledge(knowledge);
    Recommendations {
        personas: fits,
        kpis: strategy
            .objectives
            .iter()
            .map(|objective| {
                suggest_kpis(
                    objective,
                    &situations(strategy, objective, knowledge),
                    knowledge,
                )
            })
            .collect(),
        tools: suggest_tools(strategy, knowledge),
    }
}

/// The kinds of tool the plan needs, each with the reason, in a stable order.
fn needed_tool_categories(
    strategy: &Strategy,
    knowledge: &Knowledge,
) -> Vec<(ToolCategory, &'static str)> {
    let mut needed: Vec<(ToolCategory, &'static str)> = Vec::new();
    let mut need = |category: ToolCategory, reason: &'static str| {
        if !needed.iter().any(|(known, _)| *known == category) {
            needed.push((category, reason));
        }
    };
    if !strategy.always_on.is_empty() {
        need(ToolCategory::Scheduling, "tools-reason-scheduling");
    }
    let designed = [
        Format::Carousel,
        Format::Document,
        Format::Image,
        Format::Story,
    ];
    let has_designed_posts = strategy.always_on.iter().any(|always_on| {
        always_on
            .formats
            .keys()
            .any(|format| designed.contains(format))
    });
    if has_designed_posts {
        need(ToolCategory::Design, "tools-reason-design");
    }
    let measured: BTreeSet<ToolCategory> = strategy
        .kpis
        .iter()
        .filter_map(|kpi| kpi.metric.as_ref())
        .chain(
            strategy
                .objectives
                .iter()
                .filter_map(|objective| objective.kpi.as_ref()),
        )
        .filter_map(|metric| knowledge.kpi(metric.as_str()))
        .filter(|kpi| kpi.platforms.is_empty())
        .filter_map(|kpi| kpi.needs_tool)
        .collect();
    for category in measured {
        need(category, "tools-reason-kpi");
    }
    needed
}

/// Catalogue tools for each kind of tool the plan needs and does not have yet.
pub fn suggest_tools(strategy: &Strategy, knowledge: &Knowledge) -> Vec<ToolSuggestion> {
    let owned: BTreeSet<ToolCategory> = strategy
        .tools
        .iter()
        .filter_map(|tool| tool.category)
        .collect();
    needed_tool_categories(strategy, knowledge)
        .into_iter()
        .filter(|(category, _)| !owned.contains(category))
        .map(|(category, reason)| {
            let mut tools: Vec<CatalogueTool> = knowledge
                .tools
                .iter()
                .filter(|tool| tool.category == category)
                .map(|tool| CatalogueTool {
                    name: tool.name.clone(),
                    free_tier: Some(tool.free_tier.clone()).filter(|free| !free.is_empty()),
                    cheapest_paid_plan: tool
                        .plans
                        .iter()
                        .filter(|plan| plan.price > 0.0)
                        .min_by(|left, right| left.price.total_cmp(&right.price))
                        .map(|plan| PricedPlan {
                            name: plan.name.clone(),
                            price: plan.price,
                            per: plan.per,
                            billing: plan.billing,
                        }),
                    currency: tool.currency.clone(),
                    prices_read: tool.prices_read,
                    source: tool.source.clone(),
                    year: tool.year,
                })
                .collect();
            let cheapest = |tool: &CatalogueTool| {
                tool.cheapest_paid_plan
                    .as_ref()
                    .map(|plan| plan.price)
                    .unwrap_or(f64::MAX)
            };
            tools.sort_by(|left, right| {
                right
                    .free_tier
                    .is_some()
                    .cmp(&left.free_tier.is_some())
                    .then(cheapest(left).total_cmp(&cheapest(right)))
            });
            ToolSuggestion {
                category,
                reason,
                tools,
            }
        })
        .collect()
}

/// The situations an objective is in, which put the KPIs made for them first: trade when it
/// speaks to trade buyers, local when it lives on the Google Business Profile, paid when the
/// strategy buys media (an ad budget, a paid operation).
pub fn situations(
    strategy: &Strategy,
    objective: &Objective,
    knowledge: &Knowledge,
) -> Vec<Situation> {
    let mut situations = Vec::new();
    if objective.personas.iter().any(|id| {
        strategy
            .persona(id)
            .is_some_and(|(_, persona)| crate::fit::is_trade_buyer(persona, knowledge))
    }) {
        situations.push(Situation::Trade);
    }
    if objective
        .platforms
        .iter()
        .any(|platform| platform.as_str() == "google_business_profile")
    {
        situations.push(Situation::Local);
    }
    let paid_operation = strategy.operations.iter().any(|operation| {
        matches!(
            operation.kind,
            Some(OperationKind::PaidSocial | OperationKind::SearchAds)
        )
    });
    let ad_budget = strategy.always_on.iter().any(|always_on| {
        always_on
            .ad_budget_per_month
            .is_some_and(|budget| budget.get() > 0.0)
    });
    if paid_operation || ad_budget {
        situations.push(Situation::Paid);
    }
    situations
}

/// Catalogue KPIs that prove the objective's kind; those made for its situations first (a
/// trade objective's enquiries and first orders, a local one's calls and reviews), those its
/// networks report natively next, and cost and return KPIs last where nothing is paid for or
/// the buyers are the trade.
pub fn suggest_kpis(
    objective: &Objective,
    situations: &[Situation],
    knowledge: &Knowledge,
) -> KpiSuggestions {
    let Some(kind) = objective.kind else {
        return KpiSuggestions {
            objective: objective.id.as_str().to_owned(),
            kind: None,
            suggested: Vec::new(),
        };
    };
    let mut suggested: Vec<(usize, SuggestedKpi)> = knowledge
        .kpis
        .iter()
        .enumerate()
        .filter(|(_, kpi)| kpi.proves.contains(&kind))
        .map(|(position, kpi)| (position, suggestion(objective, kpi)))
        .collect();
    let fits = |id: &str| -> (bool, bool) {
        let suits = knowledge
            .kpi(id)
            .map(|kpi| kpi.suits.as_slice())
            .unwrap_or_default();
        let made_for = suits
            .iter()
            .any(|situation| *situation != Situation::Paid && situations.contains(situation));
        let out_of_place = suits.contains(&Situation::Paid)
            && (!situations.contains(&Situation::Paid) || situations.contains(&Situation::Trade));
        (made_for, out_of_place)
    };
    // Measurable where the objective lives first, then the catalogue's order.
    suggested.sort_by_key(|(position, suggestion)| {
        let (made_for, out_of_place) = fits(&suggestion.kpi);
        (
            out_of_place,
            !made_for,
            // A KPI chiefly meant for the objective's kind (a retention rate for retention)
            // comes before one that only also proves it (a response time).
            !suggestion.primary,
            suggestion.reported_by.is_empty() && suggestion.needs_tool.is_none(),
            suggestion.reported_by.is_empty(),
            *position,
        )
    });
    let mut suggested: Vec<SuggestedKpi> = suggested
        .into_iter()
        .map(|(_, suggestion)| suggestion)
        .collect();
    // The KPI the objective already uses comes first, even one the business defines itself.
    if let Some(chosen) = objective
        .kpi
        .as_ref()
        .and_then(|id| knowledge.kpi(id.as_str()))
        && !suggested.iter().any(|suggestion| suggestion.chosen)
    {
        suggested.insert(0, suggestion(objective, chosen));
    }
    KpiSuggestions {
        objective: objective.id.as_str().to_owned(),
        kind: Some(kind.as_str().to_owned()),
        suggested,
    }
}

fn suggestion(objective: &Objective, kpi: &Kpi) -> SuggestedKpi {
    let reported_by: Vec<String> = if objective.platforms.is_empty() {
        kpi.platforms.clone()
    } else {
        objective
            .platforms
            .iter()
            .filter(|platform| kpi.reported_by(platform.as_str()))
            .map(|platform| platform.as_str().to_owned())
            .collect()
    };
    SuggestedKpi {
        kpi: kpi.id.clone(),
        unit: kpi.unit,
        aggregation: kpi.aggregation,
        reported_by,
        needs_tool: kpi.needs_tool.map(|category| category.as_str().to_owned()),
        primary: kpi.proves.first() == objective.kind.as_ref(),
        defined_by_strategy: kpi.defined_by_strategy,
        chosen: objective
            .kpi
            .as_ref()
            .is_some_and(|chosen| chosen.as_str() == kpi.id),
        source: kpi.source.clone(),
        year: kpi.year,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::from_toml_str;

    fn suggestions(objective: &str) -> KpiSuggestions {
        let text = format!(
            "[strategy]\nname = \"t\"\nstart = 2027-01-01\nend = 2027-12-31\n[[objectives]]\nid = \"o\"\n{objective}\n"
        );
        let loaded = from_toml_str(&text).unwrap();
        recommend(&loaded.strategy, Knowledge::embedded())
            .kpis
            .remove(0)
    }

    /// The suggestions for the first objective of a strategy made of `rest` (TOML tables).
    fn suggestions_in(rest: &str) -> Vec<String> {
        let text =
            format!("[strategy]\nname = \"t\"\nstart = 2027-01-01\nend = 2027-12-31\n{rest}");
        let loaded = from_toml_str(&text).unwrap();
        recommend(&loaded.strategy, Knowledge::embedded())
            .kpis
            .remove(0)
            .suggested
            .into_iter()
            .map(|kpi| kpi.kpi)
            .collect()
    }

    // Regression: a distillery's trade-accounts objective got CPA, ROAS and ROI first.
    #[test]
    fn a_trade_objective_gets_the_trade_funnel_and_no_ad_returns_first() {
        let trade = suggestions_in(
            "[[personas]]\nid = \"bars\"\nsegment = \"b2b\"\nindustry = \"bars and restaurants\"\n\
             [[objectives]]\nid = \"o\"\nkind = \"sales\"\npersonas = [\"bars\"]\n\
             [[operations]]\nid = \"ads\"\nkind = \"paid_social\"\n",
        );
        assert_eq!(
            &trade[..2],
            ["first_order_conversion", "trade_enquiries"],
            "{trade:?}"
        );
        let position = |id: &str| trade.iter().position(|kpi| kpi == id).unwrap();
        for paid in ["cpa", "roas", "roi"] {
            assert!(
                position(paid) > position("revenue_from_social"),
                "{trade:?}"
            );
        }
    }

    // Regression: a yoga studio's reviews objective got a repeat-purchase rate.
    #[test]
    fn a_local_objective_gets_the_google_profile_s_figures_first() {
        let reviews = suggestions_in(
            "[[objectives]]\nid = \"o\"\nkind = \"customer_service\"\nplatforms = [\"google_business_profile\"]\n",
        );
        assert_eq!(&reviews[..2], ["reviews", "average_rating"], "{reviews:?}");
        let visits = suggestions_in(
            "[[objectives]]\nid = \"o\"\nkind = \"sales\"\nplatforms = [\"google_business_profile\", \"instagram\"]\n",
        );
        assert_eq!(
            &visits[..2],
            ["gbp_direction_requests", "gbp_calls"],
            "{visits:?}"
        );
    }

    #[test]
    fn kpis_prove_the_objective_kind() {
        let awareness = suggestions("kind = \"awareness\"\nplatforms = [\"instagram\"]");
        let ids: Vec<&str> = awareness
            .suggested
            .iter()
            .map(|kpi| kpi.kpi.as_str())
            .collect();
        assert!(
            ids.contains(&"reach") && ids.contains(&"share_of_voice"),
            "{ids:?}"
        );
        assert!(!ids.contains(&"cpa"));
        assert_eq!(awareness.suggested[0].kpi, "reach");
        let sales = suggestions("kind = \"sales\"\nkpi = \"roas\"");
        assert!(
            sales
                .suggested
                .iter()
                .any(|kpi| kpi.kpi == "roas" && kpi.chosen)
        );
        assert!(sales.suggested.iter().all(|kpi| kpi.kpi != "likes"));
    }

    #[test]
    fn kpis_reported_by_the_objectives_networks_come_first() {
        let awareness = suggestions("kind = \"awareness\"\nplatforms = [\"instagram\"]");
        // The strategy buys no media: the cost KPIs (a CPM) come last, after the others.
        let paid = |kpi: &&SuggestedKpi| {
            Knowledge::embedded()
                .kpi(&kpi.kpi)
                .is_some_and(|record| record.suits.contains(&Situation::Paid))
        };
        let first_paid = awareness.suggested.iter().position(|kpi| paid(&kpi));
        if let Some(first_paid) = first_paid {
            assert!(
                awareness.suggested[first_paid..]
                    .iter()
                    .all(|kpi| paid(&kpi))
            );
        }
        let unpaid: Vec<&SuggestedKpi> = awareness
            .suggested
            .iter()
            .filter(|kpi| !paid(kpi))
            .collect();
        let first_unreported = unpaid.iter().position(|kpi| kpi.reported_by.is_empty());
        let last_reported = unpaid.iter().rposition(|kpi| !kpi.reported_by.is_empty());
        if let (Some(first_unreported), Some(last_reported)) = (first_unreported, last_reported) {
            assert!(last_reported < first_unreported);
        }
    }

    #[test]
    fn missing_kinds_of_tool_get_catalogue_tools_with_their_prices() {
        let text = "[strategy]\nname = \"t\"\nstart = 2027-01-01\nend = 2027-12-31\n\
                    [[always_on]]\nplatform = \"instagram\"\nformats = { carousel = 2 }\n\
                    [[tools]]\nname = \"Canva\"\ncategory = \"design\"\n";
        let loaded = from_toml_str(text).unwrap();
        let tools = recommend(&loaded.strategy, Knowledge::embedded()).tools;
        let categories: Vec<ToolCategory> =
            tools.iter().map(|suggestion| suggestion.category).collect();
        assert_eq!(
            categories,
            vec![ToolCategory::Scheduling],
            "design is owned already"
        );
        let scheduling = &tools[0];
        assert!(
            scheduling
                .tools
                .iter()
                .any(|tool| tool.name == "Buffer" && tool.free_tier.is_some())
        );
        assert!(scheduling.tools[0].free_tier.is_some(), "free tiers first");
        assert!(scheduling.tools.iter().all(|tool| tool.year >= 2026));
    }

    #[test]
    fn retention_objectives_get_retention_kpis_first() {
        // Regression: a retention objective was offered customer-service KPIs only.
        let retention = suggestions("kind = \"retention\"");
        let first: Vec<&str> = retention
            .suggested
            .iter()
            .take(2)
            .map(|kpi| kpi.kpi.as_str())
            .collect();
        assert!(
            first.contains(&"repeat_purchase_rate") && first.contains(&"retention_rate"),
            "{first:?}"
        );
    }

    #[test]
    fn an_objective_without_kind_gets_no_suggestion() {
        assert!(suggestions("").suggested.is_empty());
    }
}
