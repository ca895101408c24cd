//! The guided editor: one form per TOMSTER step, every field of the strategy model, built from
//! the model's JSON Schema so that a field added to the model appears in the form by itself.
//!
//! A form field's name is its place in the document with dots (`personas.0.age.min`), the same
//! place diagnostics name (`personas[0].age.min`), so every finding lands on its field. A posted
//! form becomes the step's sections of the document again; the whole document is then written
//! as TOML and read by the ordinary loader, which validates it: a form can never store what the
//! command line would refuse.

mod choices;
mod preserve;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::OnceLock;

use serde_json::{Map, Value};
use tomster_core::i18n::{has_key, text};
use tomster_core::model::{Language, ObjectiveKind, StrategyDocument};

pub use choices::{Choices, OptionGroup, Source, kind_name};
pub use preserve::to_toml_keeping;

use crate::views::Step;

/// The address's name of the form that holds a document path (`fallback`: the form of the
/// step the finding is about, for a path no form holds).
pub fn form_slug<'a>(path: &str, fallback: &'a str) -> &'a str {
    match form_step(path) {
        Some(step) => step.as_str(),
        None => fallback,
    }
}

/// The step whose form holds a document path (`resources.team[0].skills` is on the Resources
/// form), so that "go to the field" opens the right form.
pub fn form_step(path: &str) -> Option<Step> {
    let section = path.split(['.', '[']).next().unwrap_or("");
    Step::ALL
        .into_iter()
        .find(|step| sections(*step).contains(&section))
}

/// The sections of the document each step's form edits, in the order shown.
pub fn sections(step: Step) -> &'static [&'static str] {
    match step {
        Step::Target => &["strategy", "personas"],
        Step::Objectives => &["objectives"],
        Step::Message => &["pillars", "messages"],
        Step::Strategy => &["always_on", "operations"],
        Step::Technologies => &["platforms", "tools", "custom_networks"],
        Step::Evaluate => &["kpis", "custom_kpis"],
        Step::Resources => &["resources", "assumptions", "document"],
    }
}

fn schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        serde_json::to_value(schemars::schema_for!(StrategyDocument)).unwrap_or(Value::Null)
    })
}

/// Follows `$ref`s to the definition a node stands for.
fn resolve(node: &Value) -> &Value {
    let mut current = node;
    for _ in 0..16 {
        match current
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|reference| reference.strip_prefix("#/$defs/"))
        {
            Some(name) => current = &schema()["$defs"][name],
            None => break,
        }
    }
    current
}

/// The definition's name behind a node, when it is a `$ref` (`Segment`, `Stage`...).
fn definition_name(node: &Value) -> Option<&str> {
    node.get("$ref")
        .and_then(Value::as_str)
        .and_then(|reference| reference.strip_prefix("#/$defs/"))
}

/// What kind of input a schema node calls for.
#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    Text,
    LongText,
    Date,
    Integer,
    Number,
    /// A number or a signed text such as a target (`4000`, `+500`, `+30 %`).
    NumberOrText,
    /// One of fixed values, with the message-key prefix of their labels.
    Choice(Vec<String>, Option<&'static str>),
    /// Several texts (or ids), one per line.
    TextList,
    /// Several numbers, one per line or separated by semicolons (a seasonal profile's twelve
    /// monthly weights).
    NumberList,
    /// Several of fixed values (the days a network posts on, a message's content types), with
    /// the message-key prefix of their labels.
    ChoiceList(Vec<String>, Option<&'static str>),
    /// `key = number` lines (a mix whose keys are not offered as choices).
    NumberMap,
    /// One of the strategy's or the catalogue's things (a network, a persona, a KPI...).
    Reference(Source),
    /// Several of them, as checkboxes.
    ReferenceList(Source),
    /// A share or a ratio, written in percent (40 for 0.4).
    Percent,
    /// A number for each of a source's things (posts per week by format; a pillar's share of
    /// the posts, in percent when `percent`).
    Map(Source, bool),
    /// A free text with the catalogue's names offered (a tool).
    Suggested(Source),
    Object(Vec<(String, Value)>),
    ObjectList(Value),
}

/// The fields shown first in a table, in this order: what names the element.
const FIRST_FIELDS: &[&str] = &[
    "id",
    "name",
    "statement",
    "platform",
    "provider",
    "topic",
    "kind",
    "metric",
    "kpi",
    "persona",
    "stage",
    "start",
    "end",
    "organisation",
    "language",
    "country",
    "currency",
    "min",
    "max",
];

/// The message-key prefix of an enumeration's values, where the catalogue names them.
fn choice_prefix(definition: &str) -> Option<&'static str> {
    Some(match definition {
        "Aida" => "aida",
        "Billing" => "billing",
        "ToolCategory" => "category",
        "Format" => "format",
        "GenderMix" => "gender",
        "ObjectiveKind" => "kind",
        "OperationKind" => "operation",
        "Review" => "review",
        "Sector" => "sector",
        "Segment" => "segment",
        "Skill" => "skill",
        "Stage" => "stage",
        "Technographic" => "technographic",
        "Weekday" => "weekday",
        "CompanySize" => "company-size",
        "Direction" => "direction",
        "Language" => "language",
        "Unit" => "unit",
        "DocumentSection" => "doc",
        _ => return None,
    })
}

/// A node's kind and whether it may be left empty.
pub fn kind_of(node: &Value) -> (Kind, bool) {
    // `Option<T>`: `anyOf: [T, null]` or `type: [t, "null"]`.
    if let Some(alternatives) = node.get("anyOf").and_then(Value::as_array) {
        let non_null: Vec<&Value> = alternatives
            .iter()
            .filter(|alternative| alternative.get("type") != Some(&Value::from("null")))
            .collect();
        let optional = non_null.len() < alternatives.len();
        if non_null.len() == 1 {
            return (kind_of(non_null[0]).0, optional);
        }
        return (Kind::NumberOrText, optional);
    }
    let definition = definition_name(node);
    let resolved = resolve(node);
    if resolved.get("anyOf").is_some() {
        return kind_of(resolved);
    }
    if let Some(values) = resolved.get("enum").and_then(Value::as_array) {
        let values = values
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect();
        return (
            Kind::Choice(values, definition.and_then(choice_prefix)),
            false,
        );
    }
    let (type_name, optional) = match resolved.get("type") {
        Some(Value::String(name)) => (name.as_str(), false),
        Some(Value::Array(names)) => (
            names
                .iter()
                .filter_map(Value::as_str)
                .find(|name| *name != "null")
                .unwrap_or("string"),
            names.iter().any(|name| name == "null"),
        ),
        _ => ("string", false),
    };
    let kind = match type_name {
        "integer" => Kind::Integer,
        "number" => Kind::Number,
        "boolean" => Kind::Choice(vec!["true".into(), "false".into()], Some("boolean")),
        "array" => match resolved.get("items").map(resolve) {
            Some(item) if item.get("type") == Some(&Value::from("object")) => {
                Kind::ObjectList(resolved["items"].clone())
            }
            Some(item) if item.get("enum").is_some() => match kind_of(&resolved["items"]).0 {
                Kind::Choice(values, prefix) => Kind::ChoiceList(values, prefix),
                _ => Kind::TextList,
            },
            Some(item)
                if matches!(
                    item.get("type").and_then(Value::as_str),
                    Some("number" | "integer")
                ) =>
            {
                Kind::NumberList
            }
            _ => Kind::TextList,
        },
        "object" => match resolved.get("properties").and_then(Value::as_object) {
            Some(properties) => {
                let mut fields: Vec<(String, Value)> = properties
                    .iter()
                    .map(|(name, node)| (name.clone(), node.clone()))
                    .collect();
                // What names an element comes first, as people write it; the rest in order.
                fields.sort_by_key(|(name, _)| {
                    FIRST_FIELDS
                        .iter()
                        .position(|first| first == name)
                        .unwrap_or(FIRST_FIELDS.len())
                });
                Kind::Object(fields)
            }
            None => Kind::NumberMap,
        },
        _ if resolved.get("format") == Some(&Value::from("date")) => Kind::Date,
        _ => Kind::Text,
    };
    (kind, optional)
}

/// The definition a field refers to, through an optional or a list (`PlatformId` for
/// `channels`), and whether it is a list.
fn referred_definition(node: &Value) -> (Option<&str>, bool) {
    if let Some(name) = definition_name(node) {
        return (Some(name), false);
    }
    if let Some(name) = node
        .get("anyOf")
        .and_then(Value::as_array)
        .and_then(|alternatives| alternatives.iter().find_map(definition_name))
    {
        return (Some(name), false);
    }
    if let Some(items) = node.get("items") {
        return (referred_definition(items).0, true);
    }
    (None, false)
}

/// A field's kind in its table: the references to the strategy's own things and the
/// catalogue's are choices, shares are percentages; the rest as [`kind_of`] reads the schema.
pub fn field_kind(parent: Option<&str>, name: &str, node: &Value) -> (Kind, bool) {
    let (kind, optional) = kind_of(node);
    let (definition, is_list) = referred_definition(node);
    let pick = |source| {
        if is_list {
            Kind::ReferenceList(source)
        } else {
            Kind::Reference(source)
        }
    };
    let special = match (parent.unwrap_or(""), name) {
        // Where a network or a KPI is defined, its id is typed.
        ("CustomNetwork" | "CustomKpi", "id") => Some(kind.clone()),
        ("AlwaysOn", "pillars") => Some(Kind::Map(Source::Pillars, true)),
        ("AlwaysOn", "formats") => Some(Kind::Map(Source::Formats, false)),
        ("Message", "persona") | ("Objective", "personas") => Some(pick(Source::Personas)),
        ("KpiPlan", "objective") | ("Operation", "objectives") => Some(pick(Source::Objectives)),
        ("Message", "pillars") => Some(pick(Source::Pillars)),
        ("Tool", "name") => Some(Kind::Suggested(Source::Tools)),
        ("StrategyInfo", "region") => Some(Kind::Reference(Source::Regions)),
        _ => None,
    };
    let kind = special.unwrap_or_else(|| match definition {
        Some("PlatformId") => pick(Source::Networks),
        Some("KpiId") => pick(Source::Kpis),
        Some("Share" | "PaceRatio") if !is_list => Kind::Percent,
        _ => kind,
    });
    (kind, optional)
}

/// Long free texts get a text area.
fn is_long_text(name: &str) -> bool {
    matches!(
        name,
        "statement" | "text" | "key_message" | "definition" | "rationale" | "scope" | "source"
    )
}

/// A field's label: its message in the catalogue, else its name in words.
pub fn field_label(language: Language, name: &str) -> String {
    let key = format!("field-{}", name.replace('_', "-"));
    if has_key(&key) {
        text(language, &key, &[])
    } else {
        name.replace('_', " ")
    }
}

/// One line of the form, in order: the template walks them without recursion.
#[derive(Clone, Debug)]
pub enum Line {
    /// A section or a nested table opens.
    Open {
        legend: String,
        path: String,
        depth: usize,
    },
    Close,
    /// A list of tables opens.
    ListOpen {
        legend: String,
        path: String,
    },
    /// A list of tables closes; `add` is the action that appends an element.
    ListClose {
        add: String,
        label: String,
    },
    /// One element of a list, with its actions.
    ItemOpen {
        title: String,
        path: String,
        remove: String,
        up: Option<String>,
        down: Option<String>,
    },
    Input(Input),
}

/// One input, with its value and what was found about it.
#[derive(Clone, Debug)]
pub struct Input {
    /// The form name: the document path with dots.
    pub name: String,
    /// An HTML id made from the name.
    pub id: String,
    pub label: String,
    pub control: Control,
    pub value: String,
    pub required: bool,
    /// What to enter and why, in the reader's language (empty when the catalogue has none).
    pub help: String,
    /// A page that explains the choices (the KPI catalogue): its address and its link text.
    pub link: Option<(String, String)>,
    /// Findings about this field (load errors and checker diagnostics), written.
    pub findings: Vec<(String, String)>,
}

impl Input {
    /// The ids of what describes the input: its help, its findings.
    pub fn described_by(&self) -> String {
        let mut ids = Vec::new();
        if !self.help.is_empty() {
            ids.push(format!("{}-help", self.id));
        }
        if !self.findings.is_empty() {
            ids.push(format!("{}-findings", self.id));
        }
        ids.join(" ")
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Control {
    Text,
    Date,
    Number,
    Area,
    /// Choices as (value, label), in groups; an empty value first when optional.
    Select(Vec<OptionGroup>),
    /// One entry per line (with a note on what is allowed, when the values are fixed).
    Lines(String),
    /// Several of fixed values as checkboxes: (value, label, checked).
    Checkboxes(Vec<(String, String, bool)>),
    /// A percentage (the value shown is the share times 100).
    Percent,
    /// A number per thing: (form name, label, value); in percent when the flag says so.
    Numbers(Vec<(String, String, String)>, bool),
    /// A text with names to pick from.
    Suggest(Vec<String>),
}

/// A document path written with brackets (`personas[0].age`) as a form name (`personas.0.age`).
pub fn form_name(path: &str) -> String {
    path.replace('[', ".").replace(']', "")
}

/// The HTML id of a form field, from its form name.
pub fn html_id(name: &str) -> String {
    format!("f-{}", name.replace('.', "-"))
}

/// The HTML id of the field a document path (`objectives[1].deadline`) is about.
pub fn field_anchor(path: &str) -> String {
    html_id(&form_name(path))
}

/// Builds the lines of a step's form from the document as JSON, with the findings by form name.
pub fn form_lines(
    step: Step,
    document: &Value,
    findings: &HashMap<String, Vec<(String, String)>>,
    language: Language,
) -> Vec<Line> {
    let mut lines = Vec::new();
    let root = schema();
    let choices = Choices::of(document, language);
    let context = Context {
        findings,
        language,
        choices: &choices,
    };
    for section in sections(step) {
        let node = &root["properties"][*section];
        let value = document.get(*section).unwrap_or(&Value::Null);
        context.node(
            &mut lines,
            (None, document),
            section,
            section,
            node,
            value,
            0,
        );
    }
    lines
}

struct Context<'a> {
    findings: &'a HashMap<String, Vec<(String, String)>>,
    language: Language,
    choices: &'a Choices,
}

/// A field's help text: `help-DEFINITION-FIELD` (or `help-SECTION` for a section).
fn help_text(language: Language, parent: Option<&str>, name: &str) -> String {
    let field = name.replace('_', "-");
    let key = match parent {
        Some(definition) => format!("help-{}-{field}", kebab(definition)),
        None => format!("help-{field}"),
    };
    if has_key(&key) {
        text(language, &key, &[])
    } else {
        String::new()
    }
}

/// `AlwaysOn` as `always-on`.
fn kebab(name: &str) -> String {
    let mut kebab = String::new();
    for (index, character) in name.chars().enumerate() {
        if character.is_uppercase() && index > 0 {
            kebab.push('-');
        }
        kebab.extend(character.to_lowercase());
    }
    kebab
}

/// A share written as a percentage: 0.4 as `40`, 0.125 as `12.5`.
fn percent_text(value: &Value) -> String {
    match value.as_f64() {
        Some(share) => {
            let percent = (share * 1000.0).round() / 10.0;
            if percent.fract() == 0.0 {
                format!("{percent:.0}")
            } else {
                format!("{percent:.1}")
            }
        }
        None => value.as_str().unwrap_or("").to_owned(),
    }
}

impl Context<'_> {
    /// The lines of one node. `owner` is the table it belongs to: the definition's name and
    /// the table's value (an objective's kind chooses the KPIs suggested first).
    #[allow(clippy::too_many_arguments)]
    fn node(
        &self,
        lines: &mut Vec<Line>,
        owner: (Option<&str>, &Value),
        name: &str,
        path: &str,
        node: &Value,
        value: &Value,
        depth: usize,
    ) {
        let (parent, owner_value) = owner;
        let (kind, optional) = field_kind(parent, name, node);
        match kind {
            Kind::Object(properties) => {
                lines.push(Line::Open {
                    legend: field_label(self.language, name),
                    path: path.to_owned(),
                    depth,
                });
                self.fields(lines, node, &properties, path, value, depth + 1);
                lines.push(Line::Close);
            }
            Kind::ObjectList(item) => {
                let singular = field_label(self.language, &format!("{name}-item"));
                lines.push(Line::ListOpen {
                    legend: field_label(self.language, name),
                    path: path.to_owned(),
                });
                let items = value.as_array().cloned().unwrap_or_default();
                let count = items.len();
                for (index, element) in items.iter().enumerate() {
                    let item_path = format!("{path}.{index}");
                    let title = self
                        .item_title(element)
                        .unwrap_or_else(|| format!("{singular} {}", index + 1));
                    lines.push(Line::ItemOpen {
                        title,
                        path: item_path.clone(),
                        remove: format!("remove:{item_path}"),
                        up: (index > 0).then(|| format!("up:{item_path}")),
                        down: (index + 1 < count).then(|| format!("down:{item_path}")),
                    });
                    if let (Kind::Object(properties), _) = kind_of(&item) {
                        self.fields(lines, &item, &properties, &item_path, element, depth + 2);
                    }
                    lines.push(Line::Close);
                }
                lines.push(Line::ListClose {
                    add: format!("add:{path}"),
                    label: text(self.language, "web-form-add", &[("what", singular)]),
                });
            }
            other => {
                let control = self.control(&other, optional, path, value, owner_value);
                let link = matches!(
                    other,
                    Kind::Reference(Source::Kpis) | Kind::ReferenceList(Source::Kpis)
                )
                .then(|| {
                    (
                        "/kpis".to_owned(),
                        text(self.language, "web-form-kpi-catalogue", &[]),
                    )
                });
                lines.push(Line::Input(Input {
                    name: path.to_owned(),
                    id: html_id(path),
                    label: field_label(self.language, name),
                    value: written_value(&other, value),
                    control,
                    required: false,
                    help: help_text(self.language, parent, name),
                    link,
                    findings: self.findings.get(path).cloned().unwrap_or_default(),
                }));
            }
        }
    }

    /// The fields of a table: simple ones first, then nested tables and lists, as the file
    /// reads; the required ones marked.
    fn fields(
        &self,
        lines: &mut Vec<Line>,
        node: &Value,
        properties: &[(String, Value)],
        path: &str,
        value: &Value,
        depth: usize,
    ) {
        let required = required_names(node);
        let parent = definition_name(node).or_else(|| {
            node.get("anyOf")
                .and_then(Value::as_array)
                .and_then(|alternatives| alternatives.iter().find_map(definition_name))
        });
        let (simple, nested): (Vec<_>, Vec<_>) = properties.iter().partition(|(name, child)| {
            !matches!(
                field_kind(parent, name, child).0,
                Kind::Object(_) | Kind::ObjectList(_)
            )
        });
        for (child_name, child) in simple.into_iter().chain(nested) {
            let child_value = value.get(child_name.as_str()).unwrap_or(&Value::Null);
            let before = lines.len();
            let child_path = format!("{path}.{child_name}");
            self.node(
                lines,
                (parent, value),
                child_name,
                &child_path,
                child,
                child_value,
                depth,
            );
            if required.contains(child_name)
                && let Some(Line::Input(input)) = lines.get_mut(before)
            {
                input.required = true;
            }
        }
    }

    /// What names a list's element in its heading, in words: its name, its statement, its
    /// topic or provider, its network's name, else its id.
    fn item_title(&self, element: &Value) -> Option<String> {
        let text = |field: &str| {
            element
                .get(field)
                .and_then(Value::as_str)
                .filter(|text| !text.trim().is_empty())
        };
        if let Some(title) = ["name", "statement", "topic", "provider", "key_message"]
            .into_iter()
            .find_map(text)
        {
            return Some(choices::shorten(title, 60));
        }
        if let Some(network) = text("platform") {
            let named = self
                .choices
                .options(Source::Networks)
                .into_iter()
                .find(|(id, _)| id == network)
                .map_or_else(|| network.to_owned(), |(_, name)| name);
            return Some(named);
        }
        text("id").map(str::to_owned)
    }

    /// The objective kind whose KPIs a KPI field suggests first: the objective's own (an
    /// objective's KPI), or that of the objective the KPI proves (a followed KPI).
    fn kpi_kind(&self, owner: &Value) -> Option<ObjectiveKind> {
        if let Some(kind) = owner
            .get("kind")
            .and_then(Value::as_str)
            .and_then(ObjectiveKind::parse)
        {
            return Some(kind);
        }
        owner
            .get("objective")
            .and_then(Value::as_str)
            .and_then(|objective| self.choices.objective_kind(objective))
    }

    fn control(
        &self,
        kind: &Kind,
        optional: bool,
        path: &str,
        value: &Value,
        owner: &Value,
    ) -> Control {
        let name = path.rsplit('.').next().unwrap_or(path);
        let empty_first = |groups: &mut Vec<OptionGroup>| {
            if optional {
                groups.insert(
                    0,
                    OptionGroup {
                        label: String::new(),
                        options: vec![(String::new(), "—".to_owned())],
                    },
                );
            }
        };
        match kind {
            Kind::Date => Control::Date,
            Kind::Integer | Kind::Number => Control::Number,
            Kind::Text if is_long_text(name) => Control::Area,
            Kind::Percent => Control::Percent,
            Kind::Choice(values, prefix) => {
                let mut groups = vec![OptionGroup {
                    label: String::new(),
                    options: values
                        .iter()
                        .map(|value| (value.clone(), self.choice_label(*prefix, value)))
                        .collect(),
                }];
                empty_first(&mut groups);
                Control::Select(groups)
            }
            Kind::Reference(source) => {
                let kind = (*source == Source::Kpis)
                    .then(|| self.kpi_kind(owner))
                    .flatten();
                let mut groups = self.choices.groups(*source, kind);
                // A value the lists do not hold (a network removed since) stays visible.
                if let Some(current) = value.as_str().filter(|current| !current.is_empty())
                    && !groups
                        .iter()
                        .any(|group| group.options.iter().any(|(id, _)| id == current))
                {
                    groups.push(OptionGroup {
                        label: String::new(),
                        options: vec![(current.to_owned(), current.to_owned())],
                    });
                }
                // A required reference still starts empty when nothing is chosen yet, so that
                // the loader says it is missing instead of the form choosing for the user.
                if optional || value.as_str().is_none_or(str::is_empty) {
                    groups.insert(
                        0,
                        OptionGroup {
                            label: String::new(),
                            options: vec![(String::new(), "—".to_owned())],
                        },
                    );
                }
                Control::Select(groups)
            }
            Kind::ReferenceList(source) => {
                let chosen: Vec<&str> = value
                    .as_array()
                    .map(|items| items.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                let mut boxes: Vec<(String, String, bool)> = self
                    .choices
                    .options(*source)
                    .into_iter()
                    .map(|(id, label)| {
                        let checked = chosen.contains(&id.as_str());
                        (id, label, checked)
                    })
                    .collect();
                for extra in chosen {
                    if !boxes.iter().any(|(id, _, _)| id == extra) {
                        boxes.push((extra.to_owned(), extra.to_owned(), true));
                    }
                }
                Control::Checkboxes(boxes)
            }
            Kind::Map(source, percent) => {
                let entries: Vec<(String, String, String)> = self
                    .choices
                    .options(*source)
                    .into_iter()
                    .map(|(key, label)| {
                        let current = value.get(&key).unwrap_or(&Value::Null);
                        let written = if *percent {
                            percent_text(current)
                        } else {
                            written_value(&Kind::Number, current)
                        };
                        (format!("{path}[{key}]"), label, written)
                    })
                    .collect();
                Control::Numbers(entries, *percent)
            }
            Kind::Suggested(source) => Control::Suggest(
                self.choices
                    .options(*source)
                    .into_iter()
                    .map(|(value, _)| value)
                    .collect(),
            ),
            Kind::TextList | Kind::NumberList => Control::Lines(String::new()),
            Kind::ChoiceList(values, prefix) => {
                let chosen = value.as_array().cloned().unwrap_or_default();
                Control::Checkboxes(
                    values
                        .iter()
                        .map(|choice| {
                            let checked = chosen.iter().any(|item| item.as_str() == Some(choice));
                            (choice.clone(), self.choice_label(*prefix, choice), checked)
                        })
                        .collect(),
                )
            }
            Kind::NumberMap => Control::Lines("id = 0.4".to_owned()),
            _ => Control::Text,
        }
    }

    /// A value's label: the editor's own (`choice-PREFIX-VALUE`, where the general message is
    /// phrased for a sentence), else the catalogue's (`PREFIX-VALUE`), else the value.
    fn choice_label(&self, prefix: Option<&str>, value: &str) -> String {
        let Some(prefix) = prefix else {
            return value.to_owned();
        };
        // Message ids cannot hold `+` (`1000+`).
        let value_key = value.replace('+', "-plus");
        [
            format!("choice-{prefix}-{value_key}"),
            format!("{prefix}-{value_key}"),
        ]
        .into_iter()
        .find(|key| has_key(key))
        .map(|key| text(self.language, &key, &[]))
        .unwrap_or_else(|| value.to_owned())
    }
}

/// A number as people write it: `200`, not `200.0`.
fn written_number(number: &serde_json::Number) -> String {
    match number.as_f64() {
        Some(value) if number.is_f64() && value.fract() == 0.0 && value.abs() < 1e15 => {
            format!("{value:.0}")
        }
        _ => number.to_string(),
    }
}

/// A value as an input shows it.
fn written_value(kind: &Kind, value: &Value) -> String {
    match (kind, value) {
        (_, Value::Null) => String::new(),
        (Kind::Percent, value) => percent_text(value),
        (_, Value::String(text)) => text.clone(),
        (_, Value::Number(number)) => written_number(number),
        (_, Value::Bool(flag)) => flag.to_string(),
        (Kind::NumberMap, Value::Object(entries)) => entries
            .iter()
            .map(|(key, value)| format!("{key} = {value}"))
            .collect::<Vec<_>>()
            .join("\n"),
        (_, Value::Array(items)) => items
            .iter()
            .map(|item| match item {
                Value::String(text) => text.clone(),
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n"),
        (_, other) => other.to_string(),
    }
}

/// A value a form refused before anything is checked: the field's form name and the message
/// key that says what to enter.
#[derive(Clone, Debug, PartialEq)]
pub struct FormProblem {
    pub name: String,
    pub key: &'static str,
}

/// Rebuilds the step's sections from posted fields and puts them into the document. Returns
/// the values refused on the way (a percentage outside 0 to 100): the form is shown again with
/// them, and nothing is saved.
///
/// Linear in the size of the form: the fields are indexed once ([`Posted`]), then each node
/// of the sections looks up its own.
pub fn apply_form(
    step: Step,
    document: &mut Value,
    fields: &[(String, String)],
) -> Vec<FormProblem> {
    let posted = Posted::new(fields);
    let root = schema();
    // The lists of fixed values keep the order they had (a message's content types come in
    // order of preference), which checkboxes cannot show.
    let previous = document.clone();
    let mut problems = Vec::new();
    for section in sections(step) {
        let node = &root["properties"][*section];
        let mut parsing = Parsing {
            posted: &posted,
            previous: &previous,
            problems: &mut problems,
        };
        let value = parsing.node(None, section, node, section, true);
        if let Value::Object(map) = document {
            match value {
                Some(value) => {
                    map.insert((*section).to_owned(), value);
                }
                None => {
                    map.remove(*section);
                }
            }
        }
    }
    problems
}

/// The posted fields, indexed once: each field's value (the last one posted), every value of
/// a name posted several times (ticked checkboxes), the indices of each list's elements, and
/// the keyed numbers of each map (`always_on.0.formats[image]`).
struct Posted<'f> {
    values: HashMap<&'f str, &'f str>,
    all_values: HashMap<&'f str, Vec<&'f str>>,
    /// A list's path to the indices of its elements present in the form, in order. Each
    /// element posts a `PATH.N._item` marker, so an element with every field empty counts.
    indices: HashMap<&'f str, BTreeSet<usize>>,
    maps: HashMap<&'f str, Vec<(&'f str, &'f str)>>,
}

impl<'f> Posted<'f> {
    fn new(fields: &'f [(String, String)]) -> Posted<'f> {
        let mut posted = Posted {
            values: HashMap::with_capacity(fields.len()),
            all_values: HashMap::new(),
            indices: HashMap::new(),
            maps: HashMap::new(),
        };
        for (name, value) in fields {
            posted.values.insert(name, value);
            posted.all_values.entry(name).or_default().push(value);
            if let Some((map, key)) = name
                .strip_suffix(']')
                .and_then(|inner| inner.split_once('['))
            {
                posted.maps.entry(map).or_default().push((key, value));
            }
            // `a.b.3.c.5.d`: element 3 of `a.b`, element 5 of `a.b.3.c`.
            let mut offset = 0;
            for segment in name.split('.') {
                if offset > 0
                    && let Ok(index) = segment.parse::<usize>()
                {
                    posted
                        .indices
                        .entry(&name[..offset - 1])
                        .or_default()
                        .insert(index);
                }
                offset += segment.len() + 1;
            }
        }
        posted
    }

    fn value(&self, name: &str) -> Option<&'f str> {
        self.values.get(name).copied()
    }

    fn all(&self, name: &str) -> &[&'f str] {
        self.all_values.get(name).map_or(&[], Vec::as_slice)
    }

    fn list_indices(&self, path: &str) -> impl Iterator<Item = usize> + '_ {
        self.indices.get(path).into_iter().flatten().copied()
    }

    fn map(&self, path: &str) -> &[(&'f str, &'f str)] {
        self.maps.get(path).map_or(&[], Vec::as_slice)
    }
}

/// The names a table must have (the others may be left out).
fn required_names(node: &Value) -> BTreeSet<String> {
    resolve(node)
        .get("required")
        .and_then(Value::as_array)
        .map(|names| {
            names
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// A posted number (French decimals and spaces allowed), or `None` when it is not one.
fn posted_number(text: &str) -> Option<f64> {
    let normalised = text
        .replace(['\u{a0}', '\u{202f}', ' ', '%'], "")
        .replace(',', ".");
    normalised
        .parse::<f64>()
        .ok()
        .filter(|number| number.is_finite())
}

/// A number as JSON: whole numbers as integers, so that the TOML reads as people write it.
fn json_number(number: f64) -> Option<Value> {
    if number.fract() == 0.0 && number.abs() < 1e15 {
        Some(Value::from(number as i64))
    } else {
        serde_json::Number::from_f64(number).map(Value::Number)
    }
}

/// A posted percentage as the share the model stores (40 as 0.4), or the problem it has.
fn posted_percent(raw: &str) -> Result<Option<Value>, &'static str> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    match posted_number(raw) {
        Some(percent) if (0.0..=100.0).contains(&percent) => {
            // Rounded to a tenth of a percent: 12.5 % is 0.125, never 0.12500000000000001.
            let share = (percent * 10.0).round() / 1000.0;
            Ok(serde_json::Number::from_f64(share).map(Value::Number))
        }
        _ => Err("web-form-percent-range"),
    }
}

/// The state of one form's parsing.
struct Parsing<'p, 'f> {
    posted: &'p Posted<'f>,
    previous: &'p Value,
    problems: &'p mut Vec<FormProblem>,
}

impl Parsing<'_, '_> {
    fn node(
        &mut self,
        parent: Option<&str>,
        name: &str,
        node: &Value,
        path: &str,
        may_be_absent: bool,
    ) -> Option<Value> {
        let (kind, optional) = field_kind(parent, name, node);
        let optional = optional || may_be_absent;
        match kind {
            Kind::Object(properties) => {
                let required = required_names(node);
                let definition = definition_name(node).or_else(|| {
                    node.get("anyOf")
                        .and_then(Value::as_array)
                        .and_then(|alternatives| alternatives.iter().find_map(definition_name))
                });
                let mut map = Map::new();
                for (child_name, child) in &properties {
                    let absent_ok = !required.contains(child_name);
                    if let Some(value) = self.node(
                        definition,
                        child_name,
                        child,
                        &format!("{path}.{child_name}"),
                        absent_ok,
                    ) {
                        map.insert(child_name.clone(), value);
                    }
                }
                (!map.is_empty() || !optional).then_some(Value::Object(map))
            }
            Kind::ChoiceList(values, _) => {
                // Each ticked box posts its value under the list's name. Those the list had keep
                // their place; newly ticked ones follow in the model's order.
                let ticked_now = self.posted.all(path);
                let is_ticked = |value: &str| ticked_now.contains(&value);
                let before = self.previous_strings(path);
                let mut ticked: Vec<String> = before
                    .into_iter()
                    .filter(|value| is_ticked(value))
                    .collect();
                for value in &values {
                    if is_ticked(value) && !ticked.contains(value) {
                        ticked.push(value.clone());
                    }
                }
                (!ticked.is_empty())
                    .then(|| Value::Array(ticked.into_iter().map(Value::from).collect()))
            }
            Kind::ReferenceList(_) => {
                // The same, for the strategy's or the catalogue's things: the order they had,
                // then the newly ticked ones as the form lists them.
                let ticked_now = self.posted.all(path);
                let before = self.previous_strings(path);
                let mut ticked: Vec<String> = before
                    .into_iter()
                    .filter(|value| ticked_now.contains(&value.as_str()))
                    .collect();
                for value in ticked_now {
                    if !value.is_empty() && !ticked.iter().any(|kept| kept == value) {
                        ticked.push((*value).to_owned());
                    }
                }
                (!ticked.is_empty())
                    .then(|| Value::Array(ticked.into_iter().map(Value::from).collect()))
            }
            Kind::Map(_, percent) => {
                let mut map = Map::new();
                for (key, raw) in self.posted.map(path) {
                    let raw = raw.trim();
                    if raw.is_empty() {
                        continue;
                    }
                    let value = if percent {
                        match posted_percent(raw) {
                            Ok(value) => value,
                            Err(key_of_problem) => {
                                self.problems.push(FormProblem {
                                    name: format!("{path}[{key}]"),
                                    key: key_of_problem,
                                });
                                None
                            }
                        }
                    } else {
                        Some(
                            posted_number(raw)
                                .and_then(json_number)
                                .unwrap_or_else(|| Value::from(raw.to_owned())),
                        )
                    };
                    if let Some(value) = value {
                        map.insert((*key).to_owned(), value);
                    }
                }
                (!map.is_empty()).then_some(Value::Object(map))
            }
            Kind::Percent => {
                let raw = self.posted.value(path)?;
                match posted_percent(raw) {
                    Ok(Some(value)) => Some(value),
                    Ok(None) => (!optional).then(|| Value::from("")),
                    Err(key) => {
                        self.problems.push(FormProblem {
                            name: path.to_owned(),
                            key,
                        });
                        // The value read as typed, so that the form shows it again to correct.
                        Some(Value::from(raw.trim().to_owned()))
                    }
                }
            }
            Kind::ObjectList(item) => {
                let indices: Vec<usize> = self.posted.list_indices(path).collect();
                let items: Vec<Value> = indices
                    .into_iter()
                    .map(|index| {
                        self.node(None, "", &item, &format!("{path}.{index}"), false)
                            .unwrap_or(Value::Object(Map::new()))
                    })
                    .collect();
                (!items.is_empty()).then_some(Value::Array(items))
            }
            other => {
                let raw = self.posted.value(path)?.trim();
                parse_scalar(&other, raw, optional)
            }
        }
    }

    /// The strings a list held before the form was posted.
    fn previous_strings(&self, path: &str) -> Vec<String> {
        self.previous
            .pointer(&format!("/{}", path.replace('.', "/")))
            .and_then(Value::as_array)
            .map(|items| {
                items
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// A posted text as the value the model expects; a text that does not parse is kept as it is,
/// so that the loader names the field and says what is expected.
fn parse_scalar(kind: &Kind, raw: &str, optional: bool) -> Option<Value> {
    let number = |text: &str| -> Option<Value> {
        let normalised = text.replace(['\u{a0}', ' '], "").replace(',', ".");
        if let Ok(integer) = normalised.parse::<i64>() {
            return Some(Value::from(integer));
        }
        normalised
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
    };
    match kind {
        Kind::TextList => {
            let items: Vec<Value> = raw
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .map(|line| Value::from(line.to_owned()))
                .collect();
            (!items.is_empty()).then_some(Value::Array(items))
        }
        Kind::NumberList => {
            let items: Vec<Value> = raw
                .split(['\n', ';'])
                .map(str::trim)
                .filter(|item| !item.is_empty())
                .map(|item| number(item).unwrap_or_else(|| Value::from(item.to_owned())))
                .collect();
            (!items.is_empty()).then_some(Value::Array(items))
        }
        Kind::NumberMap => {
            let mut map = Map::new();
            for line in raw.lines().filter(|line| !line.trim().is_empty()) {
                let (key, value) = line.split_once('=').unwrap_or((line, ""));
                let value = value.trim();
                map.insert(
                    key.trim().to_owned(),
                    number(value).unwrap_or_else(|| Value::from(value.to_owned())),
                );
            }
            (!map.is_empty()).then_some(Value::Object(map))
        }
        _ if raw.is_empty() => (!optional).then(|| Value::from("")),
        Kind::Integer | Kind::Number => {
            Some(number(raw).unwrap_or_else(|| Value::from(raw.to_owned())))
        }
        Kind::NumberOrText => Some(
            number(raw)
                .filter(|_| !raw.starts_with(['+', '-']))
                .unwrap_or_else(|| Value::from(raw.to_owned())),
        ),
        Kind::Choice(values, _) if values == &["true", "false"] => Some(Value::Bool(raw == "true")),
        _ => Some(Value::from(raw.to_owned())),
    }
}

/// Applies a list action (`add:`, `remove:`, `up:`, `down:` and a path) to the document.
pub fn apply_action(document: &mut Value, action: &str) {
    let Some((verb, path)) = action.split_once(':') else {
        return;
    };
    let mut parts: Vec<&str> = path.split('.').collect();
    let index = match verb {
        "add" => None,
        _ => match parts.pop().and_then(|index| index.parse::<usize>().ok()) {
            Some(index) => Some(index),
            None => return,
        },
    };
    let Some(list) = pointer_mut(document, &parts) else {
        return;
    };
    if list.is_null() {
        *list = Value::Array(Vec::new());
    }
    let Some(items) = list.as_array_mut() else {
        return;
    };
    match (verb, index) {
        ("add", _) => {
            let name = parts.last().copied().unwrap_or("item");
            items.push(new_item(name, items));
        }
        ("remove", Some(index)) if index < items.len() => {
            items.remove(index);
        }
        ("up", Some(index)) if index > 0 && index < items.len() => items.swap(index, index - 1),
        ("down", Some(index)) if index + 1 < items.len() => items.swap(index, index + 1),
        _ => {}
    }
}

/// A new element: with a fresh id when the list's elements have ids, so that it can be named
/// by the rest of the strategy at once.
fn new_item(list: &str, items: &[Value]) -> Value {
    let mut item = Map::new();
    let has_ids = list_has_ids(list);
    if has_ids {
        let stem = list.trim_end_matches('s').replace('_', "-");
        let taken: BTreeSet<&str> = items
            .iter()
            .filter_map(|item| item.get("id").and_then(Value::as_str))
            .collect();
        let id = (1..)
            .map(|number| format!("{stem}-{number}"))
            .find(|candidate| !taken.contains(candidate.as_str()))
            .unwrap_or_default();
        item.insert("id".to_owned(), Value::from(id));
    }
    Value::Object(item)
}

/// Whether the elements of a list have an `id` field in the model.
fn list_has_ids(list: &str) -> bool {
    let node = &schema()["properties"][list];
    let item = node.get("items").map(resolve);
    item.and_then(|item| item.get("properties"))
        .is_some_and(|properties| properties.get("id").is_some())
}

/// The value at a path, making the tables on the way when they are missing: adding a team
/// member to a strategy without resources makes its resources.
fn pointer_mut<'v>(document: &'v mut Value, parts: &[&str]) -> Option<&'v mut Value> {
    let mut current = document;
    for part in parts {
        if current.is_null() && part.parse::<usize>().is_err() {
            *current = Value::Object(Map::new());
        }
        current = match current {
            Value::Object(map) => map.entry((*part).to_owned()).or_insert(Value::Null),
            Value::Array(items) => items.get_mut(part.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(current)
}

/// Checks that a strategy sent as JSON has the model's shape: a table where a table is
/// expected, a list where a list is, a text, a number or a yes/no where they are, and no field
/// the model does not have. The loader then checks the values. `Err` names the first place
/// that is not as expected.
pub fn check_shape(document: &Value) -> Result<(), String> {
    shape_of(document, schema(), "")
}

fn shape_of(value: &Value, node: &Value, path: &str) -> Result<(), String> {
    let wrong = |expected: &str| {
        Err(format!(
            "{} should be {expected}",
            if path.is_empty() {
                "the strategy"
            } else {
                path
            }
        ))
    };
    if let Some(alternatives) = node.get("anyOf").and_then(Value::as_array) {
        if alternatives
            .iter()
            .any(|alternative| shape_of(value, alternative, path).is_ok())
        {
            return Ok(());
        }
        return shape_of(value, alternatives.first().unwrap_or(&Value::Null), path);
    }
    let node = resolve(node);
    if node.get("anyOf").is_some() {
        return shape_of(value, node, path);
    }
    let types: Vec<&str> = match node.get("type") {
        Some(Value::String(name)) => vec![name.as_str()],
        Some(Value::Array(names)) => names.iter().filter_map(Value::as_str).collect(),
        // No type: any value (a target written as a number or a text).
        _ => return Ok(()),
    };
    let matches = |name: &str| match (name, value) {
        ("null", Value::Null)
        | ("boolean", Value::Bool(_))
        | ("string", Value::String(_))
        | ("array", Value::Array(_))
        | ("object", Value::Object(_)) => true,
        ("number", Value::Number(_)) => true,
        ("integer", Value::Number(number)) => number.is_i64() || number.is_u64(),
        _ => false,
    };
    if !types.iter().any(|name| matches(name)) {
        let expected = match types.iter().find(|name| **name != "null").copied() {
            Some("object") => "a table",
            Some("array") => "a list",
            Some("string") => "a text",
            Some("integer") => "a whole number",
            Some("number") => "a number",
            Some("boolean") => "true or false",
            _ => "empty",
        };
        return wrong(expected);
    }
    match value {
        Value::Object(map) => {
            let properties = node.get("properties").and_then(Value::as_object);
            for (key, child) in map {
                let child_path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                match properties.and_then(|properties| properties.get(key)) {
                    Some(child_node) => shape_of(child, child_node, &child_path)?,
                    None => match node.get("additionalProperties") {
                        Some(Value::Bool(false)) => {
                            return Err(format!("{child_path} is not a field of the strategy"));
                        }
                        Some(extra) if extra.is_object() => shape_of(child, extra, &child_path)?,
                        _ => {}
                    },
                }
            }
            Ok(())
        }
        Value::Array(items) => {
            if let Some(item_node) = node.get("items") {
                for (index, item) in items.iter().enumerate() {
                    shape_of(item, item_node, &format!("{path}[{index}]"))?;
                }
            }
            Ok(())
        }
        Value::Number(number) => {
            let number = number.as_f64().unwrap_or(f64::NAN);
            let below = node
                .get("minimum")
                .and_then(Value::as_f64)
                .is_some_and(|minimum| number < minimum);
            let above = node
                .get("maximum")
                .and_then(Value::as_f64)
                .is_some_and(|maximum| number > maximum);
            if below || above {
                return Err(format!(
                    "{path} should be from {} to {}",
                    node.get("minimum").unwrap_or(&Value::Null),
                    node.get("maximum").unwrap_or(&Value::Null)
                ));
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// The document as TOML text, the format the loader reads and the downloads give: dates as
/// TOML dates, no empty tables.
pub fn to_toml_text(document: &Value) -> Result<String, String> {
    let value = to_toml(document, &schema().clone()).ok_or("an empty document")?;
    toml::to_string(&value).map_err(|error| error.to_string())
}

fn to_toml(value: &Value, node: &Value) -> Option<toml::Value> {
    let resolved = node_without_null(node);
    Some(match value {
        Value::Null => return None,
        Value::Bool(flag) => toml::Value::Boolean(*flag),
        Value::Number(number) => match number.as_i64() {
            Some(integer) => toml::Value::Integer(integer),
            None => toml::Value::Float(number.as_f64()?),
        },
        Value::String(text) => {
            let is_date = resolve(&resolved).get("format") == Some(&Value::from("date"));
            match text.parse::<toml::value::Datetime>() {
                Ok(date) if is_date => toml::Value::Datetime(date),
                _ => toml::Value::String(text.clone()),
            }
        }
        Value::Array(items) => {
            let item_node = resolve(&resolved)
                .get("items")
                .cloned()
                .unwrap_or(Value::Null);
            toml::Value::Array(
                items
                    .iter()
                    .filter_map(|item| to_toml(item, &item_node))
                    .collect(),
            )
        }
        Value::Object(map) => {
            let properties = resolve(&resolved).get("properties").cloned();
            let mut table = toml::map::Map::new();
            // BTreeMap: a stable order of keys whatever the form's order.
            let ordered: BTreeMap<&String, &Value> = map.iter().collect();
            for (key, child) in ordered {
                let child_node = properties
                    .as_ref()
                    .and_then(|properties| properties.get(key.as_str()))
                    .cloned()
                    .unwrap_or(Value::Null);
                // An empty list or table says nothing a missing one does not, and would add
                // lines to a file that had none.
                let empty = |converted: &toml::Value| match converted {
                    toml::Value::Array(items) => items.is_empty(),
                    toml::Value::Table(table) => table.is_empty(),
                    _ => false,
                };
                if let Some(converted) = to_toml(child, &child_node).filter(|value| !empty(value)) {
                    table.insert(key.clone(), converted);
                }
            }
            toml::Value::Table(table)
        }
    })
}

/// The non-null alternative of an optional node (`anyOf: [T, null]`), else the node itself.
fn node_without_null(node: &Value) -> Value {
    if let Some(alternatives) = node.get("anyOf").and_then(Value::as_array) {
        let non_null: Vec<&Value> = alternatives
            .iter()
            .filter(|alternative| alternative.get("type") != Some(&Value::from("null")))
            .collect();
        if non_null.len() == 1 {
            return non_null[0].clone();
        }
    }
    node.clone()
}

#[cfg(test)]
mod tests {
    use super::*;
    use tomster_core::load::from_toml_str;
    use tomster_core::templates::TEMPLATES;

    fn document_of(text: &str) -> Value {
        let loaded = from_toml_str(text).unwrap();
        serde_json::to_value(&*loaded.strategy).unwrap()
    }

    /// The fields a browser would post for a step's form as it is shown.
    fn posted(step: Step, document: &Value) -> Vec<(String, String)> {
        let mut fields = Vec::new();
        for line in form_lines(step, document, &HashMap::new(), Language::English) {
            match line {
                // A browser posts each ticked box under the list's name.
                Line::Input(Input {
                    name,
                    control: Control::Checkboxes(boxes),
                    ..
                }) => fields.extend(
                    boxes
                        .into_iter()
                        .filter(|(_, _, checked)| *checked)
                        .map(|(value, _, _)| (name.clone(), value)),
                ),
                // Each number of a map under its own name.
                Line::Input(Input {
                    control: Control::Numbers(entries, _),
                    ..
                }) => fields.extend(entries.into_iter().map(|(name, _, value)| (name, value))),
                Line::Input(input) => fields.push((input.name, input.value)),
                Line::ItemOpen { path, .. } => fields.push((format!("{path}._item"), "1".into())),
                _ => {}
            }
        }
        fields
    }

    #[test]
    fn every_example_survives_every_step_s_form_unchanged() {
        for example in TEMPLATES {
            let original = from_toml_str(example.text).unwrap();
            let mut document = serde_json::to_value(&*original.strategy).unwrap();
            for step in Step::ALL {
                let fields = posted(step, &document);
                apply_form(step, &mut document, &fields);
            }
            let text = to_toml_text(&document).unwrap();
            let reloaded = from_toml_str(&text)
                .unwrap_or_else(|errors| panic!("{}: {errors:?}\n{text}", example.name));
            // An empty text and no text mean the same (unknown); the form keeps neither.
            fn without_empty_texts(value: Value) -> Value {
                match value {
                    Value::Object(map) => Value::Object(
                        map.into_iter()
                            .filter(|(_, value)| value != &Value::from(""))
                            .map(|(key, value)| (key, without_empty_texts(value)))
                            .collect(),
                    ),
                    Value::Array(items) => {
                        Value::Array(items.into_iter().map(without_empty_texts).collect())
                    }
                    other => other,
                }
            }
            assert_eq!(
                serde_json::to_value(&*reloaded.strategy).unwrap(),
                without_empty_texts(serde_json::to_value(&*original.strategy).unwrap()),
                "{}: the form changed the strategy",
                example.name
            );
        }
    }

    #[test]
    fn a_form_at_the_lists_limits_is_applied_in_time_linear_in_its_size() {
        // 1,000 messages (the limit) of 100 personas and 300,000 fields of no form: 7 MB.
        // Applied by scanning every field for every list it took 22 s here unoptimised;
        // indexed once, 0.5 s. The bound is generous: only a quadratic pass misses it.
        let mut text =
            String::from("[strategy]\nname = \"Large\"\nstart = 2027-01-01\nend = 2027-12-31\n");
        for persona in 0..100 {
            text.push_str(&format!(
                "[[personas]]\nid = \"p{persona}\"\nname = \"Persona {persona}\"\n"
            ));
        }
        for message in 0..1000 {
            text.push_str(&format!(
                "[[messages]]\npersona = \"p{}\"\nstage = \"awareness\"\nkey_message = \"Message number {message} with some words\"\ncontent_types = [\"image\", \"short_video\"]\nproof_points = [\"one\", \"two\"]\n",
                message % 100
            ));
        }
        let document = document_of(&text);
        let mut fields = posted(Step::Message, &document);
        // Fields no form has, as a script may post them (within the body limit, 24 MiB).
        fields.extend(
            (0..300_000).map(|n| (format!("messages.{}.unknown", n % 1000), "x".to_owned())),
        );
        let size: usize = fields
            .iter()
            .map(|(name, value)| name.len() + value.len() + 2)
            .sum();
        assert!(size > 5 * 1024 * 1024, "a form of {size} bytes");
        let started = std::time::Instant::now();
        let mut applied = document.clone();
        apply_form(Step::Message, &mut applied, &fields);
        let elapsed = started.elapsed();
        assert_eq!(applied["messages"].as_array().map(Vec::len), Some(1000));
        assert!(
            elapsed < std::time::Duration::from_secs(5),
            "a form of {size} bytes took {elapsed:?}"
        );
    }

    #[test]
    fn a_field_edited_in_the_form_changes_only_that_value() {
        let example = tomster_core::templates::template("boulangerie").unwrap();
        let mut document = document_of(example.text);
        let mut fields = posted(Step::Objectives, &document);
        let target = fields
            .iter_mut()
            .find(|(name, _)| name == "objectives.0.target")
            .unwrap();
        target.1 = "+30 %".to_owned();
        apply_form(Step::Objectives, &mut document, &fields);
        let reloaded = from_toml_str(&to_toml_text(&document).unwrap()).unwrap();
        let objective = &reloaded.strategy.objectives[0];
        assert_eq!(
            serde_json::to_value(objective.target).unwrap(),
            Value::from("+30 %")
        );
    }

    #[test]
    fn list_actions_add_remove_and_move_elements() {
        let example = tomster_core::templates::template("boulangerie").unwrap();
        let mut document = document_of(example.text);
        let first = document["personas"][0]["id"].clone();
        let second = document["personas"][1]["id"].clone();
        apply_action(&mut document, "down:personas.0");
        assert_eq!(document["personas"][0]["id"], second);
        assert_eq!(document["personas"][1]["id"], first);
        apply_action(&mut document, "add:personas");
        let added = document["personas"]
            .as_array()
            .unwrap()
            .last()
            .unwrap()
            .clone();
        assert_eq!(added["id"], "persona-1");
        apply_action(&mut document, "remove:personas.2");
        assert_eq!(document["personas"].as_array().unwrap().len(), 2);
        apply_action(&mut document, "add:resources.team");
        assert!(
            document["resources"]["team"]
                .as_array()
                .unwrap()
                .last()
                .unwrap()
                .get("id")
                .is_none()
        );
    }

    #[test]
    fn french_decimals_and_empty_optional_fields_are_read_as_meant() {
        assert_eq!(
            parse_scalar(&Kind::Number, "0,4", false),
            Some(Value::from(0.4))
        );
        assert_eq!(
            parse_scalar(&Kind::Number, "1 500", false),
            Some(Value::from(1500))
        );
        assert_eq!(parse_scalar(&Kind::Text, "", true), None);
        assert_eq!(
            parse_scalar(&Kind::Number, "beaucoup", false),
            Some(Value::from("beaucoup"))
        );
        assert_eq!(
            parse_scalar(&Kind::NumberOrText, "+500", false),
            Some(Value::from("+500"))
        );
    }

    #[test]
    fn a_document_of_another_shape_is_refused_where_it_differs() {
        let example = tomster_core::templates::template("b2b-saas").unwrap();
        let mut document = document_of(example.text);
        assert_eq!(check_shape(&document), Ok(()));
        document["resources"] = serde_json::json!([null, null]);
        assert_eq!(
            check_shape(&document),
            Err("resources should be a table".to_owned())
        );
        let mut document = document_of(example.text);
        document["personas"][0]["nickname"] = Value::from("x");
        assert!(
            check_shape(&document)
                .unwrap_err()
                .contains("personas[0].nickname")
        );
        let mut document = document_of(example.text);
        document["objectives"][0]["personas"] = Value::from("everyone");
        assert_eq!(
            check_shape(&document),
            Err("objectives[0].personas should be a list".to_owned())
        );
    }

    #[test]
    fn go_to_the_field_opens_the_form_that_holds_it() {
        assert_eq!(
            form_slug("resources.team[0].skills", "strategy"),
            "resources"
        );
        assert_eq!(form_slug("always_on[0].formats", "resources"), "strategy");
        assert_eq!(form_slug("custom_kpis[1].unit", "objectives"), "evaluate");
        assert_eq!(form_slug("strategy.country", "technologies"), "target");
        assert_eq!(form_slug("somewhere.else", "message"), "message");
    }

    #[test]
    fn every_field_has_a_help_text_in_both_languages() {
        let mut missing = Vec::new();
        let root = schema();
        for (name, _) in root["properties"].as_object().unwrap() {
            if name != "schema_version" && help_text(Language::French, None, name).is_empty() {
                missing.push(name.clone());
            }
        }
        for (definition, node) in root["$defs"].as_object().unwrap() {
            let Some(properties) = node.get("properties").and_then(Value::as_object) else {
                continue;
            };
            for name in properties.keys() {
                for language in [Language::English, Language::French] {
                    if help_text(language, Some(definition), name).is_empty() {
                        missing.push(format!("{definition}.{name} ({language:?})"));
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "fields without a help text: {missing:?}"
        );
    }

    #[test]
    fn a_seasonal_profile_is_written_as_numbers_one_per_line() {
        let written = parse_scalar(&Kind::NumberList, "1\n1 ; 2,5\n\n3", true);
        assert_eq!(written, Some(serde_json::json!([1, 1, 2.5, 3])));
        // A word is kept as written: the loader names the field and says what it expects.
        let written = parse_scalar(&Kind::NumberList, "1\nmany", true);
        assert_eq!(written, Some(serde_json::json!([1, "many"])));
        assert_eq!(parse_scalar(&Kind::NumberList, " ", true), None);
        let root = schema();
        let objective = &root["$defs"]["Objective"]["properties"]["seasonality"];
        assert!(
            matches!(kind_of(objective).0, Kind::NumberList),
            "{objective}"
        );
    }

    #[test]
    fn percentages_read_as_shares_and_out_of_range_ones_are_refused() {
        assert_eq!(posted_percent("40"), Ok(Some(Value::from(0.4))));
        assert_eq!(posted_percent("12,5 %"), Ok(Some(Value::from(0.125))));
        assert_eq!(posted_percent(" "), Ok(None));
        assert_eq!(posted_percent("400"), Err("web-form-percent-range"));
        assert_eq!(posted_percent("-5"), Err("web-form-percent-range"));
        assert_eq!(posted_percent("beaucoup"), Err("web-form-percent-range"));
        assert_eq!(percent_text(&Value::from(0.4)), "40");
        assert_eq!(percent_text(&Value::from(0.125)), "12.5");
    }

    #[test]
    fn every_field_name_has_a_label_in_both_languages() {
        let mut names = BTreeSet::new();
        fn walk(value: &Value, names: &mut BTreeSet<String>) {
            match value {
                Value::Object(map) => {
                    if let Some(Value::Object(properties)) = map.get("properties") {
                        names.extend(properties.keys().cloned());
                    }
                    map.values().for_each(|child| walk(child, names));
                }
                Value::Array(items) => items.iter().for_each(|child| walk(child, names)),
                _ => {}
            }
        }
        walk(schema(), &mut names);
        names.remove("schema_version");
        let missing: Vec<&String> = names
            .iter()
            .filter(|name| !has_key(&format!("field-{}", name.replace('_', "-"))))
            .collect();
        assert!(missing.is_empty(), "fields without a label: {missing:?}");
    }
}
