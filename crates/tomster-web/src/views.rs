//! What the pages and the API show of a version, computed once and kept.
//!
//! A version never changes, so what it shows never changes either, until Tomster itself does
//! (a new release, another knowledge base). When a version is saved, its [`VersionView`] is
//! computed in both languages (the analysis once, the writing twice) and stored with the
//! version under the program's [`fingerprint`]; a request reads the part it shows (one step's
//! HTML, the report, the frame) and nothing more. A version stored by another release is
//! computed again on first read, and in the background at start for every strategy's current
//! version ([`refresh_stale`]). In memory, [`ViewCache`] keeps recently read parts within a
//! byte budget.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use askama::Template;
use serde::{Deserialize, Serialize};
use tomster_core::analysis::{Analysis, CheckReport, WrittenDiagnostic};
use tomster_core::document::{Block, Document, Section, build_document};
use tomster_core::knowledge::Knowledge;
use tomster_core::load::{LoadError, LoadedStrategy, from_toml_str};
use tomster_core::model::Language;
use tomster_core::values::Day;

pub use tomster_core::diagnostics::Step;

use crate::store::StrategyId;

/// A load error as the pages and the API show it.
#[derive(Clone, Debug, Serialize, Deserialize, schemars::JsonSchema)]
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

/// A step from its name in an address (`target`, `objectives`...).
pub fn parse_step(text: &str) -> Option<Step> {
    Step::ALL.into_iter().find(|step| step.as_str() == text)
}

/// A diagnostic as the pages show it.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct ShownDiagnostic {
    pub code: String,
    pub severity: String,
    pub step: String,
    pub path: String,
    /// Where the finding is in the version's text (the file editor links to it).
    pub line: usize,
    pub message: String,
    pub hint: String,
    pub advice: String,
}

impl From<&WrittenDiagnostic> for ShownDiagnostic {
    fn from(diagnostic: &WrittenDiagnostic) -> ShownDiagnostic {
        ShownDiagnostic {
            code: diagnostic.code.to_owned(),
            severity: diagnostic.severity.to_owned(),
            step: diagnostic.step.to_owned(),
            path: diagnostic.path.clone(),
            line: diagnostic.line,
            message: diagnostic.message.clone(),
            hint: diagnostic.hint.clone(),
            advice: diagnostic.advice.clone(),
        }
    }
}

/// What every page of a strategy shows around its content: the name and each step's counts.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Frame {
    pub name: String,
    /// Errors and warnings of each step, in [`Step::ALL`]'s order.
    pub counts: Vec<(usize, usize)>,
    /// How many diagnostics in all.
    pub total: usize,
}

/// One step's page: what the strategy says, the help, the step's findings.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct StepView {
    /// The step's chapter of the document, as HTML written by [`BlocksHtml`] (escaped there).
    pub section_html: String,
    pub help_html: String,
    pub diagnostics: Vec<ShownDiagnostic>,
}

/// What a step page reads: the frame and the step's view, in one part.
#[derive(Serialize)]
struct StepPart<'a> {
    frame: &'a Frame,
    step: &'a StepView,
}

/// A step page's part, read back.
#[derive(Deserialize)]
pub struct StepPage {
    pub frame: Frame,
    pub step: StepView,
}

/// Everything the pages and the API show of one version in one reader's language.
pub struct VersionView {
    pub frame: Frame,
    pub steps: Vec<StepView>,
    /// Every finding (the forms place them on their fields).
    pub report: Vec<ShownDiagnostic>,
    /// The API's `diagnostics`: the command line's JSON report.
    pub report_json: String,
    /// The API's `recommendations` and `plan`.
    pub recommendations_json: String,
    pub plan_json: String,
}

/// A stored part of a view, by its name in the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Frame,
    Step(Step),
    Report,
    ReportJson,
    RecommendationsJson,
    PlanJson,
}

impl Part {
    pub fn name(self) -> &'static str {
        match self {
            Part::Frame => "frame",
            Part::Step(step) => step.as_str(),
            Part::Report => "report",
            Part::ReportJson => "report.json",
            Part::RecommendationsJson => "recommendations.json",
            Part::PlanJson => "plan.json",
        }
    }

    pub const ALL: [Part; 12] = [
        Part::Frame,
        Part::Step(Step::Target),
        Part::Step(Step::Objectives),
        Part::Step(Step::Message),
        Part::Step(Step::Strategy),
        Part::Step(Step::Technologies),
        Part::Step(Step::Evaluate),
        Part::Step(Step::Resources),
        Part::Report,
        Part::ReportJson,
        Part::RecommendationsJson,
        Part::PlanJson,
    ];
}

impl VersionView {
    /// Every part as stored: its name and its text.
    pub fn parts(&self) -> Vec<(Part, String)> {
        let mut parts = vec![(Part::Frame, json(&self.frame))];
        // A step page reads one part: its step with the frame around it.
        for (step, view) in Step::ALL.into_iter().zip(&self.steps) {
            parts.push((
                Part::Step(step),
                json(&StepPart {
                    frame: &self.frame,
                    step: view,
                }),
            ));
        }
        parts.push((Part::Report, json(&self.report)));
        parts.push((Part::ReportJson, self.report_json.clone()));
        parts.push((Part::RecommendationsJson, self.recommendations_json.clone()));
        parts.push((Part::PlanJson, self.plan_json.clone()));
        parts
    }
}

/// A part written as JSON text. Every part is plain data, so writing cannot fail; an empty
/// text would read back as a missing part, computed again.
fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// A part of a section: the blocks under one heading (or before the first).
fn parts_of(section: &Section) -> Vec<Vec<Block>> {
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

/// Document blocks as HTML, for the parts of a page that are written once per version.
#[derive(Template)]
#[template(
    source = "{% import \"blocks.html\" as b %}{% call b::render_blocks(blocks, level) %}{% endcall %}",
    ext = "html"
)]
struct BlocksHtml<'a> {
    blocks: &'a [Block],
    /// The level of the blocks' headings (their subheadings one below), so that headings
    /// follow the page's outline.
    level: u8,
}

fn blocks_html(blocks: &[Block], level: u8) -> String {
    BlocksHtml { blocks, level }.render().unwrap_or_default()
}

/// The expert help beside a step: the analyses that bear on it, as written in the document.
fn help(document: &Document, persona_labels: &[String], step: Step) -> Vec<Block> {
    let section = |id: &str| document.sections.iter().find(|section| section.id == id);
    let recommendations = section("recommendations").map(parts_of).unwrap_or_default();
    let plan = section("plan").map(parts_of).unwrap_or_default();
    let is_persona = |part: &Vec<Block>| {
        heading_of(part).is_some_and(|heading| persona_labels.iter().any(|label| label == heading))
    };
    // The parts of the recommendations: the fit chart (before any heading), one per persona
    // (networks with their sourced reasons), then the KPIs per objective.
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
        && let Some(sources) = section("sources")
    {
        help.push(Block::Heading {
            text: sources.title.clone(),
        });
        help.extend(sources.blocks.iter().cloned());
    }
    help
}

/// Computes a version's views in each of `readers`' languages: the analysis runs once, the
/// document and the report are written once per language.
pub fn compute(
    loaded: &LoadedStrategy,
    readers: &[Language],
    today: Day,
) -> Vec<(Language, VersionView)> {
    let analysis = Analysis::new(&loaded.strategy, Knowledge::embedded());
    let persona_labels: Vec<String> = loaded
        .strategy
        .personas
        .iter()
        .map(|persona| loaded.strategy.persona_label(persona.id.as_str()))
        .collect();
    let plan_json = serde_json::to_string(&analysis.plan).unwrap_or_default();
    let recommendations = analysis.recommendations();
    let mut documents: Vec<(Language, Document)> = Vec::new();
    readers
        .iter()
        .map(|&reader| {
            let language = strategy_language(loaded, reader);
            // A strategy written in French gives the same document to every reader.
            let document = match documents.iter().find(|(done, _)| *done == language) {
                Some((_, document)) => document.clone(),
                None => {
                    let document = build_document(&analysis, language, today);
                    documents.push((language, document.clone()));
                    document
                }
            };
            let report = CheckReport::new(loaded, &analysis.diagnostics, reader);
            let shown: Vec<ShownDiagnostic> = report
                .diagnostics
                .iter()
                .map(ShownDiagnostic::from)
                .collect();
            let steps = Step::ALL
                .into_iter()
                .map(|step| {
                    let section = document
                        .sections
                        .iter()
                        .find(|section| section.id == step.as_str());
                    StepView {
                        // The chapter sits under the page's h1, the help under the panel's h2.
                        section_html: section
                            .map(|section| blocks_html(&section.blocks, 2))
                            .unwrap_or_default(),
                        help_html: blocks_html(&help(&document, &persona_labels, step), 3),
                        diagnostics: shown
                            .iter()
                            .filter(|diagnostic| diagnostic.step == step.as_str())
                            .cloned()
                            .collect(),
                    }
                })
                .collect::<Vec<_>>();
            let counts = steps
                .iter()
                .map(|step| {
                    let count = |severity: &str| {
                        step.diagnostics
                            .iter()
                            .filter(|diagnostic| diagnostic.severity == severity)
                            .count()
                    };
                    (count("error"), count("warning"))
                })
                .collect();
            let view = VersionView {
                frame: Frame {
                    name: loaded.strategy.strategy.name.clone(),
                    counts,
                    total: shown.len(),
                },
                steps,
                report: shown,
                report_json: serde_json::to_string(&report).unwrap_or_default(),
                recommendations_json: serde_json::to_string(
                    &recommendations.written(&analysis.knowledge, reader),
                )
                .unwrap_or_default(),
                plan_json: plan_json.clone(),
            };
            (reader, view)
        })
        .collect()
}

/// The program's identity: a digest of its own executable (its code, its knowledge base, its
/// catalogues, all compiled in). Views stored by another build are computed again.
pub fn fingerprint() -> &'static str {
    static FINGERPRINT: OnceLock<String> = OnceLock::new();
    FINGERPRINT.get_or_init(|| {
        use sha2::{Digest, Sha256};
        let mut digest = Sha256::new();
        digest.update(env!("CARGO_PKG_VERSION"));
        match std::env::current_exe().and_then(std::fs::File::open) {
            Ok(mut file) => {
                let _ = std::io::copy(&mut file, &mut digest);
            }
            // Without its own file (an unusual sandbox), the data it embeds still tells
            // releases apart.
            Err(_) => {
                for text in tomster_core::knowledge::embedded_texts() {
                    digest.update(text);
                }
                for (_, _, text) in tomster_core::i18n::CATALOGUES {
                    digest.update(text);
                }
            }
        }
        let hash = digest.finalize();
        hash.iter()
            .take(8)
            .map(|byte| format!("{byte:02x}"))
            .collect()
    })
}

/// The in-memory budget of [`ViewCache`].
pub const VIEW_CACHE_BYTES: usize = 4 * 1024 * 1024;

/// Parts of views read recently, within a byte budget; the least recently used go first.
pub struct ViewCache {
    inner: Mutex<CacheInner>,
    budget: usize,
}

type CacheKey = (StrategyId, i64, Language, Part);

struct CacheInner {
    entries: HashMap<CacheKey, (Arc<str>, u64)>,
    bytes: usize,
    tick: u64,
}

impl ViewCache {
    pub fn new(budget: usize) -> ViewCache {
        ViewCache {
            inner: Mutex::new(CacheInner {
                entries: HashMap::new(),
                bytes: 0,
                tick: 0,
            }),
            budget,
        }
    }

    pub fn get(&self, key: &CacheKey) -> Option<Arc<str>> {
        let mut inner = self.inner.lock().ok()?;
        inner.tick += 1;
        let tick = inner.tick;
        let entry = inner.entries.get_mut(key)?;
        entry.1 = tick;
        Some(Arc::clone(&entry.0))
    }

    pub fn put(&self, key: CacheKey, text: Arc<str>) {
        let size = text.len() + std::mem::size_of::<CacheKey>() + 64;
        if size > self.budget / 8 {
            // A part this large would push out everything else: read it from the database.
            return;
        }
        let Ok(mut inner) = self.inner.lock() else {
            return;
        };
        inner.tick += 1;
        let tick = inner.tick;
        if let Some((old, _)) = inner.entries.insert(key, (text, tick)) {
            inner.bytes -= old.len() + std::mem::size_of::<CacheKey>() + 64;
        }
        inner.bytes += size;
        if inner.bytes > self.budget {
            // Evict the oldest quarter in one pass: a scan per insertion would be quadratic.
            let mut ages: Vec<u64> = inner.entries.values().map(|(_, used)| *used).collect();
            ages.sort_unstable();
            let cut = ages[ages.len() / 4];
            let mut freed = 0;
            inner.entries.retain(|_, (text, used)| {
                if *used <= cut {
                    freed += text.len() + std::mem::size_of::<CacheKey>() + 64;
                    false
                } else {
                    true
                }
            });
            inner.bytes -= freed;
        }
    }

    /// The bytes held, for the benchmark's report.
    pub fn bytes(&self) -> usize {
        self.inner.lock().map(|inner| inner.bytes).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_stays_within_its_budget_and_keeps_what_is_read() {
        let cache = ViewCache::new(64 * 1024);
        let key = |n: usize| {
            (
                crate::store::StrategyId::for_tests(&format!("s{n}")),
                1,
                Language::English,
                Part::Frame,
            )
        };
        let text: Arc<str> = Arc::from("x".repeat(1000));
        cache.put(key(0), Arc::clone(&text));
        for n in 1..1000 {
            cache.put(key(n), Arc::clone(&text));
            // The first entry is read all along: it stays.
            assert!(cache.get(&key(0)).is_some(), "evicted at {n}");
        }
        assert!(cache.bytes() <= 64 * 1024);
        assert!(cache.get(&key(1)).is_none());
        assert!(cache.get(&key(999)).is_some());
    }

    #[test]
    fn every_example_gives_a_view_in_both_languages() {
        for example in tomster_core::templates::TEMPLATES {
            let loaded = from_toml_str(example.text).unwrap();
            let views = compute(
                &loaded,
                &[Language::English, Language::French],
                Day(jiff::civil::date(2027, 1, 1)),
            );
            assert_eq!(views.len(), 2);
            for (_, view) in views {
                assert_eq!(view.steps.len(), 7);
                assert!(!view.steps[0].section_html.is_empty(), "{}", example.name);
                assert_eq!(view.parts().len(), Part::ALL.len());
            }
        }
    }
}
