//! Diagnostics: what the coherence checker finds, and the catalogue of rules that explains it.
//!
//! A diagnostic has a stable code (the step's letter and a number: `O002`; Technologies uses
//! `T1xx` to stay apart from Target's `T0xx`), a severity, the TOMSTER step, a path into the
//! document, and in French and English a message, a fix hint for whoever edits the file and an
//! advice for whoever reads the strategy document. The rules live in `rules.toml` and their
//! texts in `i18n/*/rules.ftl`; `tomster explain CODE` prints a rule's long explanation.
//!
//! The message and the advice reach the client in the document: they name things by their
//! names (a persona's name, a KPI's name in the reader's language), never by the ids, fields or
//! commands of the file, which only the hint may show.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::i18n;
use crate::model::Language;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
    Advice,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Advice => "advice",
        }
    }
}

/// The seven steps of the TOMSTER method.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Target,
    Objectives,
    Message,
    Strategy,
    Technologies,
    Evaluate,
    Resources,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::Target,
        Step::Objectives,
        Step::Message,
        Step::Strategy,
        Step::Technologies,
        Step::Evaluate,
        Step::Resources,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Step::Target => "target",
            Step::Objectives => "objectives",
            Step::Message => "message",
            Step::Strategy => "strategy",
            Step::Technologies => "technologies",
            Step::Evaluate => "evaluate",
            Step::Resources => "resources",
        }
    }

    /// The step's name in a language ("Cible", "Target").
    pub fn name(self, language: Language) -> String {
        i18n::text(language, &format!("step-{}", self.as_str()), &[])
    }
}

/// One rule of the checker, as the catalogue describes it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub code: String,
    pub severity: Severity,
    pub step: Step,
    /// A rule over the imported results (`progress::findings`), not over the strategy alone.
    #[serde(default)]
    pub reads_results: bool,
    /// A rule over the editorial calendar (`calendar::findings`): the document and the
    /// `calendar` command report it, `check` does not expand the calendar.
    #[serde(default)]
    pub reads_calendar: bool,
}

impl Rule {
    /// One of the rule's texts (`title`, `message`, `hint`, `advice`, `explanation`) in a language, with
    /// its variables left as `{ $name }` when none are given.
    pub fn text(&self, part: &str, language: Language, arguments: &[(&str, String)]) -> String {
        i18n::text(language, &format!("rule-{}-{part}", self.code), arguments)
    }

    pub fn title(&self, language: Language) -> String {
        self.text("title", language, &[])
    }

    pub fn explanation(&self, language: Language) -> String {
        self.text("explanation", language, &[])
    }
}

#[derive(Deserialize)]
struct RulesFile {
    rules: Vec<Rule>,
}

const RULES: &str = include_str!("../rules.toml");

/// Every rule of the checker. The file is part of the program and a test parses it.
pub fn rules() -> &'static [Rule] {
    static CATALOGUE: OnceLock<Vec<Rule>> = OnceLock::new();
    CATALOGUE.get_or_init(|| match toml::from_str::<RulesFile>(RULES) {
        Ok(file) => file.rules,
        Err(error) => panic!("the embedded rule catalogue is invalid: {error}"),
    })
}

/// The rule with a code, case-insensitively.
pub fn rule(code: &str) -> Option<&'static Rule> {
    rules()
        .iter()
        .find(|rule| rule.code.eq_ignore_ascii_case(code))
}

/// A value for a message placeholder, formatted in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub enum Argument {
    Text(String),
    Number(f64, usize),
    Percent(f64),
    Money(f64, String),
    /// A KPI figure in its unit (the currency for money).
    Quantity(f64, crate::model::Unit, String),
    /// A date, written out in the reader's language.
    Day(crate::values::Day),
    /// The month of a date, written out (`March 2027`).
    Month(crate::values::Day),
    /// A number with its sign (`+2.5`, `-4`).
    Signed(f64, usize),
    /// A text of the knowledge base as written there (English), translated by the catalogues'
    /// `source-HASH` messages.
    Knowledge(String),
    /// A knowledge source and its year, written in the reader's language.
    Citation(String, u16),
    /// A key of the message catalogue, translated when shown.
    Translated(&'static str),
    /// A key of the catalogues built at run time: a value of a vocabulary (`stage-awareness`,
    /// `format-short_video`) or a KPI's name (`kpi-reach-name`). The strategy document shows
    /// the messages to clients, who must read words, not the ids the file uses; the key keeps
    /// the diagnostic free of any language until it is written.
    Term(String),
    /// Values written one after the other, separated by commas (the usual KPIs, the formats a
    /// network supports).
    List(Vec<Argument>),
}

impl Argument {
    /// The value written in a language and its region's conventions.
    pub fn render(&self, locale: impl Into<i18n::Locale>) -> String {
        let locale = locale.into();
        let language = locale.language;
        match self {
            Argument::Text(text) => text.clone(),
            Argument::Number(value, decimals) => i18n::number(locale, *value, *decimals),
            Argument::Percent(share) => i18n::share_percent(locale, *share),
            Argument::Money(value, currency) => i18n::money(locale, *value, currency),
            Argument::Quantity(value, unit, currency) => {
                i18n::quantity(locale, *value, *unit, currency)
            }
            Argument::Day(day) => i18n::long_date(locale, *day),
            Argument::Month(day) => i18n::month_year(language, *day),
            Argument::Signed(value, decimals) => {
                let sign = if *value >= 0.0 { "+" } else { "-" };
                format!("{sign}{}", i18n::number(language, value.abs(), *decimals))
            }
            Argument::Citation(source, year) => {
                format!("{}, {year}", i18n::source_text(language, source))
            }
            Argument::Knowledge(text) => i18n::source_text(language, text),
            Argument::Translated(key) => i18n::text(language, key, &[]),
            Argument::Term(key) => i18n::text(language, key, &[]),
            Argument::List(values) => values
                .iter()
                .map(|value| value.render(locale))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

/// One finding of the checker.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub code: &'static str,
    /// Where in the document, such as `objectives[1].deadline`.
    pub path: String,
    pub arguments: Vec<(&'static str, Argument)>,
}

impl Diagnostic {
    pub fn new(code: &'static str, path: impl Into<String>) -> Diagnostic {
        Diagnostic {
            code,
            path: path.into(),
            arguments: Vec::new(),
        }
    }

    /// Adds a placeholder value.
    pub fn with(mut self, name: &'static str, value: Argument) -> Diagnostic {
        self.arguments.push((name, value));
        self
    }

    pub fn text(self, name: &'static str, value: impl Into<String>) -> Diagnostic {
        self.with(name, Argument::Text(value.into()))
    }

    /// The rule of this diagnostic. Every code the checker emits is in the catalogue (tested).
    pub fn rule(&self) -> Option<&'static Rule> {
        rule(self.code)
    }

    pub fn severity(&self) -> Severity {
        self.rule()
            .map(|rule| rule.severity)
            .unwrap_or(Severity::Error)
    }

    pub fn step(&self) -> Step {
        self.rule().map(|rule| rule.step).unwrap_or(Step::Target)
    }

    fn render(&self, part: &str, locale: i18n::Locale) -> String {
        let Some(rule) = self.rule() else {
            return self.code.to_owned();
        };
        let arguments: Vec<(&str, String)> = self
            .arguments
            .iter()
            .map(|(name, value)| (*name, value.render(locale)))
            .collect();
        rule.text(part, locale.language, &arguments)
    }

    /// The message, written in a language with its region's dates.
    pub fn message(&self, locale: impl Into<i18n::Locale>) -> String {
        self.render("message", locale.into())
    }

    /// The fix for whoever edits the file: it names fields and commands.
    pub fn hint(&self, locale: impl Into<i18n::Locale>) -> String {
        self.render("hint", locale.into())
    }

    /// What to do, in plain words for the strategy's reader (a client, a business owner): the
    /// strategy document shows it, so unlike the hint it names no field, syntax or command.
    pub fn advice(&self, locale: impl Into<i18n::Locale>) -> String {
        self.render("advice", locale.into())
    }
}

/// How many diagnostics of each severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub advice: usize,
}

impl Summary {
    pub fn of(diagnostics: &[Diagnostic]) -> Summary {
        let mut summary = Summary::default();
        for diagnostic in diagnostics {
            match diagnostic.severity() {
                Severity::Error => summary.errors += 1,
                Severity::Warning => summary.warnings += 1,
                Severity::Advice => summary.advice += 1,
            }
        }
        summary
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogue_is_complete_and_consistent() {
        let rules = rules();
        assert!(rules.len() >= 30, "{} rules", rules.len());
        let mut codes: Vec<&str> = rules.iter().map(|rule| rule.code.as_str()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), rules.len(), "duplicate codes");
        for rule in rules {
            let letter = match rule.step {
                Step::Target => "T0",
                Step::Objectives => "O",
                Step::Message => "M",
                Step::Strategy => "S",
                Step::Technologies => "T1",
                Step::Evaluate => "E",
                Step::Resources => "R",
            };
            assert!(
                rule.code.starts_with(letter) && rule.code.len() == 4,
                "{} in {:?}",
                rule.code,
                rule.step
            );
            for part in ["title", "message", "hint", "advice", "explanation"] {
                let key = format!("rule-{}-{part}", rule.code);
                assert!(i18n::has_key(&key), "{key} missing in a catalogue");
            }
            // Filled with nothing, a text shows its variables: both languages name the same.
            for part in ["message", "advice"] {
                let variables = |language| variables(&rule.text(part, language, &[]));
                assert_eq!(
                    variables(Language::English),
                    variables(Language::French),
                    "{} {part}",
                    rule.code
                );
            }
        }
        for step in Step::ALL {
            assert!(
                rules.iter().any(|rule| rule.step == step),
                "{step:?} has no rule"
            );
        }
    }

    /// The variables a text shows when none are given (`{$objective}`), sorted.
    fn variables(text: &str) -> Vec<String> {
        let mut names: Vec<String> = text
            .split("{$")
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(name, _)| name.to_owned()))
            .collect();
        names.sort();
        names.dedup();
        names
    }

    /// A token written like an identifier: letters joined by an underscore (`posts_per_week`,
    /// `short_video`).
    fn snake_case_token(text: &str) -> Option<&str> {
        text.split(|character: char| !(character.is_alphanumeric() || character == '_'))
            .find(|token| {
                let characters: Vec<char> = token.chars().collect();
                characters.windows(3).any(|window| {
                    window[0].is_alphabetic() && window[1] == '_' && window[2].is_alphabetic()
                })
            })
    }

    /// The texts a client reads in the strategy document (title, message, advice) say nothing
    /// of the file: no field name, no TOML, no command, no code quoting.
    #[test]
    fn client_texts_name_no_field_syntax_or_command() {
        let mut faults = Vec::new();
        for rule in rules() {
            for language in Language::ALL {
                for part in ["title", "message", "advice"] {
                    let key = format!("rule-{}-{part}", rule.code);
                    let text = rule.text(part, *language, &[]);
                    if text == key {
                        faults.push(format!("{key} ({language}): missing"));
                        continue;
                    }
                    for forbidden in ["`", "[[", "tomster ", "= \""] {
                        if text.contains(forbidden) {
                            faults.push(format!("{key} ({language}): {forbidden:?} in {text}"));
                        }
                    }
                    if let Some(token) = snake_case_token(&text) {
                        faults.push(format!("{key} ({language}): {token} in {text}"));
                    }
                }
            }
        }
        assert!(
            faults.is_empty(),
            "{} faults:\n{}",
            faults.len(),
            faults.join("\n")
        );
    }

    /// T002 and R004 choose their wording with a selector that is never shown: each value has
    /// its own wording, with every placeholder filled.
    #[test]
    fn selectors_choose_a_wording_for_each_value() {
        let cases: [(&str, &str, &[&str]); 3] = [
            ("T002", "missing", &["segment", "age", "both"]),
            ("R004", "reason", &["format", "community", "operation"]),
            (
                "S032",
                "missing",
                &["pack", "audiences", "holidays", "both", "persona"],
            ),
        ];
        for (code, selector, values) in cases {
            for language in Language::ALL {
                let mut messages = Vec::new();
                for value in values.iter().copied() {
                    let diagnostic = Diagnostic::new(code, "")
                        .text("persona", "Young parents")
                        .with("skill", Argument::Term("skill-video".to_owned()))
                        .with("need", Argument::Term("format-short_video".to_owned()))
                        .text("country", "Japan")
                        .text("code", "JP")
                        .text(selector, value);
                    let message = diagnostic.message(*language);
                    let advice = diagnostic.advice(*language);
                    for text in [&message, &advice] {
                        assert!(!text.contains('{'), "{text}");
                    }
                    messages.push(message);
                }
                messages.dedup();
                assert_eq!(messages.len(), values.len(), "{code}: {messages:?}");
            }
        }
    }

    #[test]
    fn messages_fill_their_placeholders_in_both_languages() {
        let diagnostic = Diagnostic::new("R001", "resources.team")
            .with("hours", Argument::Number(31.5, 1))
            .with("capacity", Argument::Number(6.0, 1));
        for language in Language::ALL {
            let message = diagnostic.message(*language);
            assert!(!message.contains('{'), "{message}");
        }
        assert!(diagnostic.message(Language::English).contains("31.5"));
        assert!(diagnostic.message(Language::French).contains("31,5"));
    }
}
