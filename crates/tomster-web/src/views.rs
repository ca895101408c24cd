//! What the pages and the API compute from a stored strategy text, off the async threads: the
//! load errors, or the analysis written in a language (the document's sections, the checker's
//! report, the downloads).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde::Serialize;
use tomster_core::analysis::{Analysis, CheckReport};
use tomster_core::document::{Block, Document, Section, build_document};
use tomster_core::knowledge::Knowledge;
use tomster_core::load::{LoadError, LoadedStrategy, from_toml_str};
use tomster_core::model::Language;
use tomster_core::values::Day;

/// A load error as the pages and the API show it.
#[derive(Clone, Debug, Serialize)]
pub struct WrittenLoadError {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

pub fn written_load_errors(errors: &[LoadError], language: Language) -> Vec<WrittenLoadError> {
    errors
        .iter()
        .map(|error| WrittenLoadError {
            message: error.text(language),
            line: error.location.line,
            column: error.location.column,
        })
        .collect()
}

/// Loads a stored or submitted text, with its errors written in `language`.
pub fn load(text: &str, language: Language) -> Result<LoadedStrategy, Vec<WrittenLoadError>> {
    from_toml_str(text).map_err(|errors| written_load_errors(&errors, language))
}

/// The language to write a strategy's analysis in: the strategy's own, else the reader's.
pub fn strategy_language(loaded: &LoadedStrategy, reader: Language) -> Language {
    loaded.strategy.strategy.language.unwrap_or(reader)
}

/// Today in UTC, for the document's version line.
pub fn today() -> Day {
    Day(jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date())
}

pub use tomster_core::diagnostics::Step;

/// A step from its name in an address (`target`, `objectives`...).
pub fn parse_step(text: &str) -> Option<Step> {
    Step::ALL.into_iter().find(|step| step.as_str() == text)
}

/// A part of a document section: the blocks under one heading (or before the first).
fn parts(section: &Section) -> Vec<Vec<Block>> {
    let mut parts: Vec<Vec<Block>> = vec![Vec::new()];
    for block in &section.blocks {
        if matches!(block, Block::Heading { .. })
            && parts.last().is_some_and(|part| !part.is_empty())
        {
            parts.push(Vec::new());
        }
        if let Some(part) = parts.last_mut() {
            part.push(block.clone());
        }
    }
    parts
}

fn heading_of(part: &[Block]) -> Option<&str> {
    match part.first() {
        Some(Block::Heading { text }) => Some(text),
        _ => None,
    }
}

/// A strategy analysed and written in one language, for one page.
pub struct StrategyView {
    pub language: Language,
    pub name: String,
    pub document: Document,
    pub report: CheckReport,
    persona_labels: Vec<String>,
    /// Each step's HTML (what the strategy says, then the help), written once per view: a
    /// version never changes, so neither do they.
    pub(crate) step_html: [std::sync::OnceLock<(String, String)>; 7],
    /// The report as JSON, as the API serves it.
    pub(crate) report_json: std::sync::OnceLock<String>,
}

impl StrategyView {
    /// Runs the one analysis pass and writes its document and report.
    pub fn new(loaded: &LoadedStrategy, reader: Language, today: Day) -> StrategyView {
        let language = strategy_language(loaded, reader);
        let analysis = Analysis::new(&loaded.strategy, Knowledge::embedded());
        let document = build_document(&analysis, language, today);
        let report = CheckReport::new(loaded, &analysis.diagnostics, reader);
        let persona_labels = loaded
            .strategy
            .personas
            .iter()
            .map(|persona| loaded.strategy.persona_label(persona.id.as_str()))
            .collect();
        StrategyView {
            language,
            name: loaded.strategy.strategy.name.clone(),
            document,
            report,
            persona_labels,
            step_html: Default::default(),
            report_json: std::sync::OnceLock::new(),
        }
    }

    fn section(&self, id: &str) -> Option<&Section> {
        self.document
            .sections
            .iter()
            .find(|section| section.id == id)
    }

    /// What the strategy says at a step: the document's chapter of that step.
    pub fn step_section(&self, step: Step) -> Option<&Section> {
        self.section(step.as_str())
    }

    /// The expert help beside a step: the analyses that bear on it, as written in the document.
    pub fn help(&self, step: Step) -> Vec<Block> {
        let recommendations = self
            .section("recommendations")
            .map(parts)
            .unwrap_or_default();
        let plan = self.section("plan").map(parts).unwrap_or_default();
        let is_persona = |part: &Vec<Block>| {
            heading_of(part)
                .is_some_and(|heading| self.persona_labels.iter().any(|label| label == heading))
        };
        // The parts of the recommendations: the fit chart (before any heading), one per
        // persona (networks with their sourced reasons), then the KPIs per objective.
        let fit: Vec<Block> = recommendations
            .iter()
            .filter(|part| heading_of(part).is_none() || is_persona(part))
            .flatten()
            .cloned()
            .collect();
        let kpis: Vec<Block> = recommendations
            .iter()
            .filter(|part| heading_of(part).is_some() && !is_persona(part))
            .flatten()
            .cloned()
            .collect();
        let all_plan: Vec<Block> = plan.iter().flatten().cloned().collect();
        let mut help = match step {
            Step::Target | Step::Technologies => fit,
            Step::Objectives | Step::Evaluate => kpis,
            // The week's load: the plan's introduction and its first chapter, the workload.
            Step::Strategy => plan.iter().take(2).flatten().cloned().collect(),
            Step::Resources => all_plan,
            Step::Message => Vec::new(),
        };
        // The help cites sources by number, as the document does: the list follows it.
        if !help.is_empty()
            && let Some(sources) = self.section("sources")
        {
            help.push(Block::Heading {
                text: sources.title.clone(),
            });
            help.extend(sources.blocks.iter().cloned());
        }
        help
    }

    /// The report as JSON text, written once.
    pub fn report_json(&self) -> &str {
        self.report_json
            .get_or_init(|| serde_json::to_string(&self.report).unwrap_or_default())
    }

    /// Diagnostics of one step (`None`: of every step).
    pub fn diagnostics(
        &self,
        step: Option<Step>,
    ) -> Vec<&tomster_core::analysis::WrittenDiagnostic> {
        self.report
            .diagnostics
            .iter()
            .filter(|diagnostic| step.is_none_or(|step| diagnostic.step == step.as_str()))
            .collect()
    }

    /// Errors and warnings per step, for the step navigation.
    pub fn counts(&self, step: Step) -> (usize, usize) {
        let of_step = self.diagnostics(Some(step));
        let errors = of_step
            .iter()
            .filter(|diagnostic| diagnostic.severity == "error")
            .count();
        let warnings = of_step
            .iter()
            .filter(|diagnostic| diagnostic.severity == "warning")
            .count();
        (errors, warnings)
    }
}

/// Analysed versions, by strategy, version and reader's language. A stored version never
/// changes, so an entry never goes stale; the cache only bounds how many are kept.
pub struct ViewCache {
    entries: Mutex<HashMap<(String, i64, Language), Arc<StrategyView>>>,
    capacity: usize,
}

impl ViewCache {
    pub fn new(capacity: usize) -> ViewCache {
        ViewCache {
            entries: Mutex::new(HashMap::new()),
            capacity: capacity.max(1),
        }
    }

    pub fn get(
        &self,
        strategy: &str,
        version: i64,
        language: Language,
    ) -> Option<Arc<StrategyView>> {
        let entries = self.entries.lock().ok()?;
        entries
            .get(&(strategy.to_owned(), version, language))
            .cloned()
    }

    pub fn put(&self, strategy: &str, version: i64, language: Language, view: Arc<StrategyView>) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= self.capacity {
                // Any entry will do: a miss costs one analysis, a few milliseconds.
                if let Some(key) = entries.keys().next().cloned() {
                    entries.remove(&key);
                }
            }
            entries.insert((strategy.to_owned(), version, language), view);
        }
    }
}
