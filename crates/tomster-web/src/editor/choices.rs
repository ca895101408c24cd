//! What a guided form offers to choose from instead of asking for codes: the networks (the
//! catalogue's and the strategy's own), the strategy's personas, objectives and pillars, the
//! KPIs (grouped by the objective kind they prove, those suggested for the objective first),
//! the formats, and the catalogue's tools; each named in the reader's language.

use std::collections::HashMap;

use serde_json::Value;
use tomster_core::i18n::{capitalised, has_key, text};
use tomster_core::knowledge::Knowledge;
use tomster_core::model::{Format, Language, ObjectiveKind};

/// Where a reference field's choices come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Networks,
    Personas,
    Objectives,
    Pillars,
    Kpis,
    Formats,
    Tools,
    Regions,
}

/// A group of options of a select (`label` empty: no group).
#[derive(Clone, Debug, PartialEq)]
pub struct OptionGroup {
    pub label: String,
    pub options: Vec<(String, String)>,
}

/// A KPI as a choice: its id, its name, and the objective kinds it proves (the first is the
/// one it is chiefly for).
struct KpiChoice {
    id: String,
    name: String,
    proves: Vec<ObjectiveKind>,
    own: bool,
}

/// Everything a strategy's forms offer, read once per page.
pub struct Choices {
    language: Language,
    networks: Vec<(String, String)>,
    personas: Vec<(String, String)>,
    objectives: Vec<(String, String)>,
    /// Each objective's kind, for the KPIs suggested first.
    objective_kinds: HashMap<String, ObjectiveKind>,
    pillars: Vec<(String, String)>,
    kpis: Vec<KpiChoice>,
    tools: Vec<String>,
    /// The strategy's country, whose regions are offered first.
    country: Option<String>,
}

/// The `id` and a name for each element of a list of the document (the name when it has one,
/// else the id).
fn named(document: &Value, list: &str, name_fields: &[&str]) -> Vec<(String, String)> {
    document
        .get(list)
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|item| {
                    let id = item.get("id").and_then(Value::as_str)?.to_owned();
                    let name = name_fields
                        .iter()
                        .find_map(|field| item.get(*field).and_then(Value::as_str))
                        .filter(|name| !name.trim().is_empty())
                        .map_or_else(|| id.clone(), |name| shorten(name, 80));
                    Some((id, name))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A text cut to `limit` characters, with an ellipsis (an objective's statement as a label).
pub(super) fn shorten(text: &str, limit: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= limit {
        return text;
    }
    let cut: String = text.chars().take(limit - 1).collect();
    format!("{}…", cut.trim_end())
}

impl Choices {
    /// The choices of a strategy (its document as JSON) in a language.
    pub fn of(document: &Value, language: Language) -> Choices {
        let knowledge = Knowledge::embedded();
        let mut networks: Vec<(String, String)> = knowledge
            .platforms
            .iter()
            .map(|platform| (platform.id.clone(), platform.name.clone()))
            .collect();
        networks.sort_by_key(|(_, name)| name.to_lowercase());
        networks.extend(named(document, "custom_networks", &["name"]));
        let objective_kinds = document
            .get("objectives")
            .and_then(Value::as_array)
            .map(|items| {
                items
                    .iter()
                    .filter_map(|item| {
                        let id = item.get("id").and_then(Value::as_str)?;
                        let kind = item
                            .get("kind")
                            .and_then(Value::as_str)
                            .and_then(ObjectiveKind::parse)?;
                        Some((id.to_owned(), kind))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut kpis: Vec<KpiChoice> = knowledge
            .kpis
            .iter()
            .map(|kpi| KpiChoice {
                id: kpi.id.clone(),
                name: kpi.name(language),
                proves: kpi.proves.clone(),
                own: false,
            })
            .collect();
        kpis.extend(
            named(document, "custom_kpis", &["name"])
                .into_iter()
                .map(|(id, name)| KpiChoice {
                    id,
                    name,
                    proves: Vec::new(),
                    own: true,
                }),
        );
        Choices {
            language,
            networks,
            personas: named(document, "personas", &["name"]),
            objectives: named(document, "objectives", &["statement"]),
            objective_kinds,
            pillars: named(document, "pillars", &["name"]),
            kpis,
            tools: knowledge
                .tools
                .iter()
                .map(|tool| tool.name.clone())
                .collect(),
            country: document
                .get("strategy")
                .and_then(|strategy| strategy.get("country"))
                .and_then(Value::as_str)
                .map(str::to_owned),
        }
    }

    /// The plain choices of a source: (value, label).
    pub fn options(&self, source: Source) -> Vec<(String, String)> {
        match source {
            Source::Networks => self.networks.clone(),
            Source::Personas => self.personas.clone(),
            Source::Objectives => self.objectives.clone(),
            Source::Pillars => self.pillars.clone(),
            Source::Kpis => self
                .kpis
                .iter()
                .map(|kpi| (kpi.id.clone(), kpi.name.clone()))
                .collect(),
            Source::Formats => Format::ALL
                .iter()
                .map(|format| {
                    let key = format!("format-{}", format.as_str());
                    let label = if has_key(&key) {
                        capitalised(&text(self.language, &key, &[]))
                    } else {
                        format.as_str().to_owned()
                    };
                    (format.as_str().to_owned(), label)
                })
                .collect(),
            Source::Tools => self
                .tools
                .iter()
                .map(|tool| (tool.clone(), tool.clone()))
                .collect(),
            Source::Regions => self
                .region_groups()
                .into_iter()
                .flat_map(|group| group.options)
                .collect(),
        }
    }

    /// The regions the knowledge base names, grouped by country, the strategy's country first.
    fn region_groups(&self) -> Vec<OptionGroup> {
        let mut groups: Vec<(bool, OptionGroup)> = Knowledge::embedded()
            .countries
            .iter()
            .filter(|(_, pack)| !pack.regions.is_empty())
            .map(|(country, regions)| {
                let label = text(self.language, &format!("country-name-{country}"), &[]);
                let mut options: Vec<(String, String)> = regions
                    .regions
                    .iter()
                    .map(|code| {
                        (
                            code.clone(),
                            text(self.language, &format!("region-{code}"), &[]),
                        )
                    })
                    .collect();
                options.sort_by_key(|(_, name)| name.to_lowercase());
                let own = self.country.as_deref() == Some(country.as_str());
                (own, OptionGroup { label, options })
            })
            .collect();
        groups.sort_by_key(|(own, group)| (!own, group.label.clone()));
        groups.into_iter().map(|(_, group)| group).collect()
    }

    /// The kind of an objective of the strategy, by id.
    pub fn objective_kind(&self, id: &str) -> Option<ObjectiveKind> {
        self.objective_kinds.get(id).copied()
    }

    /// The options of a select of `source`, grouped where it helps: the KPIs suggested for
    /// `kind` first, then every KPI under the objective kind it chiefly proves, then the
    /// strategy's own.
    pub fn groups(&self, source: Source, kind: Option<ObjectiveKind>) -> Vec<OptionGroup> {
        if source == Source::Regions {
            return self.region_groups();
        }
        if source != Source::Kpis {
            return vec![OptionGroup {
                label: String::new(),
                options: self.options(source),
            }];
        }
        let language = self.language;
        let option = |kpi: &KpiChoice| (kpi.id.clone(), kpi.name.clone());
        let mut groups = Vec::new();
        if let Some(kind) = kind {
            let mut suggested: Vec<&KpiChoice> = self
                .kpis
                .iter()
                .filter(|kpi| kpi.proves.contains(&kind))
                .collect();
            // Those chiefly for this kind first.
            suggested.sort_by_key(|kpi| kpi.proves.first() != Some(&kind));
            if !suggested.is_empty() {
                groups.push(OptionGroup {
                    label: text(
                        language,
                        "web-form-kpi-suggested",
                        &[("kind", kind_name(language, kind))],
                    ),
                    options: suggested.into_iter().map(option).collect(),
                });
            }
        }
        for kind in ObjectiveKind::ALL {
            let options: Vec<(String, String)> = self
                .kpis
                .iter()
                .filter(|kpi| !kpi.own && kpi.proves.first() == Some(kind))
                .map(option)
                .collect();
            if !options.is_empty() {
                groups.push(OptionGroup {
                    label: kind_name(language, *kind),
                    options,
                });
            }
        }
        let others: Vec<(String, String)> = self
            .kpis
            .iter()
            .filter(|kpi| !kpi.own && kpi.proves.is_empty())
            .map(option)
            .collect();
        if !others.is_empty() {
            groups.push(OptionGroup {
                label: text(language, "web-form-kpi-other", &[]),
                options: others,
            });
        }
        let own: Vec<(String, String)> =
            self.kpis.iter().filter(|kpi| kpi.own).map(option).collect();
        if !own.is_empty() {
            groups.push(OptionGroup {
                label: text(language, "web-form-kpi-own", &[]),
                options: own,
            });
        }
        groups
    }
}

/// An objective kind's name in a language.
pub fn kind_name(language: Language, kind: ObjectiveKind) -> String {
    text(language, &format!("kind-{}", kind.as_str()), &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document() -> Value {
        let example = tomster_core::templates::template("domaine-viticole").unwrap();
        let loaded = tomster_core::load::from_toml_str(example.text).unwrap();
        serde_json::to_value(&*loaded.strategy).unwrap()
    }

    #[test]
    fn references_are_offered_by_name() {
        let choices = Choices::of(&document(), Language::French);
        let networks = choices.options(Source::Networks);
        assert!(
            networks
                .iter()
                .any(|(id, name)| id == "instagram" && name == "Instagram")
        );
        let personas = choices.options(Source::Personas);
        assert!(!personas.is_empty());
        assert!(
            personas
                .iter()
                .all(|(id, name)| !id.is_empty() && !name.is_empty())
        );
        let formats = choices.options(Source::Formats);
        assert!(formats.iter().any(|(id, _)| id == "short_video"));
    }

    #[test]
    fn the_kpis_suggested_for_an_objective_come_first() {
        let choices = Choices::of(&document(), Language::English);
        let groups = choices.groups(Source::Kpis, Some(ObjectiveKind::Awareness));
        assert!(groups.len() > 2);
        assert!(groups[0].label.contains("wareness"), "{}", groups[0].label);
        assert!(groups[0].options.iter().any(|(id, _)| id == "reach"));
        // Every KPI of the catalogue is offered once outside the suggestions.
        let offered: usize = groups[1..].iter().map(|group| group.options.len()).sum();
        assert_eq!(offered, choices.options(Source::Kpis).len());
    }
}
