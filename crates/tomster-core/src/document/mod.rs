//! The strategy document as one format-neutral model: sections of paragraphs, lists, tables,
//! charts and notices. Each output format (HTML, Markdown, PDF) renders this model, so the
//! content is written once, here.

mod analyses;
pub mod review;
mod steps;
mod summary;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::analysis::Analysis;
use crate::calendar::Calendar;
use crate::charts::{Chart, Grid, TimelineBar, bar_chart, heat_map, stacked_columns, timeline};
use crate::diagnostics::{Diagnostic, Step, Summary};
use crate::i18n::{Locale, money, number, percent_points, quantity, source_text, text};
use crate::knowledge::Knowledge;
use crate::model::{DocumentOptions, DocumentSection, Language, Stage, Unit};
use crate::plan::Plan;
use crate::recommend::Recommendations;
use crate::strategy::Strategy;
use crate::values::{Day, Target};

/// A table with a caption; `numeric` columns are right-aligned.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Table {
    pub caption: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub numeric: Vec<bool>,
}

/// How loud a notice is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    Error,
    Warning,
    Success,
    Note,
}

/// One block of a section.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    Heading {
        text: String,
    },
    /// A heading below `Heading`, for a short list inside a subsection.
    Subheading {
        text: String,
    },
    Paragraph {
        text: String,
    },
    Bullets {
        items: Vec<String>,
    },
    /// Label and value pairs.
    Facts {
        items: Vec<(String, String)>,
    },
    Table(Table),
    Chart(Chart),
    Notice {
        tone: Tone,
        text: String,
    },
}

/// A chapter of the document.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Section {
    /// An anchor-safe identifier.
    pub id: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// The whole document.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    pub language: Language,
    pub title: String,
    /// The client.
    pub organisation: Option<String>,
    /// "Prepared by …" with the agency or consultant, when the strategy names one.
    pub prepared_by: Option<String>,
    /// The logo on the cover, set by the caller that can read files (`build_document` leaves
    /// it empty: the core reads nothing).
    #[serde(skip)]
    pub logo: Option<Logo>,
    /// The accent colour, `#rrggbb`.
    pub accent: String,
    /// The accent for text: the accent itself when it is readable on white, else the default.
    pub accent_text: String,
    /// The period in words ("1 January 2027 to 31 December 2027").
    pub period: String,
    /// The date the document was produced, given by the caller.
    pub version_date: String,
    /// Labels the renderers need (table of contents, page, version).
    pub labels: BTreeMap<String, String>,
    /// The checker's verdict shown in the summary, for callers that report it too.
    pub summary: Summary,
    pub sections: Vec<Section>,
}

/// An image the document embeds (the cover's logo), checked by its first bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct Logo {
    /// `image/png`, `image/jpeg` or `image/svg+xml`.
    pub media_type: &'static str,
    pub bytes: Vec<u8>,
}

/// The largest logo a document embeds: a cover image, not a photo album.
pub const MAX_LOGO_BYTES: usize = 2 * 1024 * 1024;

/// Why a logo file cannot be used, as a message key of the catalogues.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogoError {
    TooLarge,
    UnknownType,
    /// The file starts as an image but does not decode as one (cut short, corrupted).
    Damaged,
    /// An image wider or taller than [`MAX_LOGO_PIXELS`] (or with no size at all).
    Dimensions,
}

/// The widest and tallest logo a document takes, in pixels: a cover logo, not a poster.
pub const MAX_LOGO_PIXELS: u32 = 4096;

impl LogoError {
    pub fn key(self) -> &'static str {
        match self {
            LogoError::TooLarge => "error-logo-too-large",
            LogoError::UnknownType => "error-logo-type",
            LogoError::Damaged => "error-logo-damaged",
            LogoError::Dimensions => "error-logo-dimensions",
        }
    }
}

impl Logo {
    /// Takes a file's bytes as a logo when they start as a PNG, a JPEG or an SVG image. This
    /// only sniffs the type: `tomster_render::logo::checked_logo` decodes the image too, as
    /// every caller that reads a file or an upload must before a document carries it.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Logo, LogoError> {
        if bytes.len() > MAX_LOGO_BYTES {
            return Err(LogoError::TooLarge);
        }
        let media_type = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            "image/png"
        } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
            "image/jpeg"
        } else if Self::is_svg(&bytes) {
            "image/svg+xml"
        } else {
            return Err(LogoError::UnknownType);
        };
        Ok(Logo { media_type, bytes })
    }

    /// An SVG file: text whose first element, after an XML declaration, comments or a doctype,
    /// is `<svg`.
    fn is_svg(bytes: &[u8]) -> bool {
        let Ok(text) = std::str::from_utf8(bytes) else {
            return false;
        };
        let mut rest = text.trim_start_matches('\u{feff}').trim_start();
        loop {
            if rest.starts_with("<svg") {
                return true;
            }
            let skipped = ["<?", "<!--", "<!"].iter().find_map(|opening| {
                let closing = match *opening {
                    "<?" => "?>",
                    "<!--" => "-->",
                    _ => ">",
                };
                rest.strip_prefix(opening)
                    .and_then(|inner| inner.find(closing).map(|end| &inner[end + closing.len()..]))
            });
            match skipped {
                Some(after) => rest = after.trim_start(),
                None => return false,
            }
        }
    }

    /// The file extension that says the logo's type.
    pub fn extension(&self) -> &'static str {
        match self.media_type {
            "image/png" => "png",
            "image/jpeg" => "jpg",
            _ => "svg",
        }
    }
}

impl Document {
    /// Sets every text of the document by its language's typography (`i18n::typeset`):
    /// called once the document is built, so the renderers write the texts as they are.
    pub fn typeset(mut self) -> Document {
        let language = self.language;
        let set = |text: &mut String| *text = crate::i18n::typeset(language, text);
        set(&mut self.title);
        set(&mut self.period);
        for text in [&mut self.organisation, &mut self.prepared_by]
            .into_iter()
            .flatten()
        {
            set(text);
        }
        for section in &mut self.sections {
            set(&mut section.title);
            for block in &mut section.blocks {
                match block {
                    Block::Heading { text }
                    | Block::Subheading { text }
                    | Block::Paragraph { text }
                    | Block::Notice { text, .. } => set(text),
                    Block::Bullets { items } => items.iter_mut().for_each(set),
                    Block::Facts { items } => {
                        for (label, value) in items {
                            set(label);
                            set(value);
                        }
                    }
                    Block::Table(table) => {
                        set(&mut table.caption);
                        table.header.iter_mut().for_each(set);
                        for row in &mut table.rows {
                            row.iter_mut().for_each(set);
                        }
                    }
                    // The chart's drawing keeps its own text; its words are set.
                    Block::Chart(chart) => {
                        set(&mut chart.title);
                        set(&mut chart.description);
                    }
                }
            }
        }
        self
    }

    /// Every chart, in document order.
    pub fn charts(&self) -> Vec<&Chart> {
        self.sections
            .iter()
            .flat_map(|section| &section.blocks)
            .filter_map(|block| match block {
                Block::Chart(chart) => Some(chart),
                _ => None,
            })
            .collect()
    }

    /// A label by key (an empty string when absent).
    pub fn label(&self, key: &str) -> &str {
        self.labels.get(key).map(String::as_str).unwrap_or("")
    }
}

pub use crate::i18n::long_date;

/// The accent when the strategy names none: the Okabe-Ito blue, told apart by colour-blind
/// readers and readable on white.
pub const DEFAULT_ACCENT: &str = "#0072b2";

/// A relative target as written for people: `+30 %`, `-10%`.
fn signed_percent(language: Language, percent: f64) -> String {
    let sign = if percent >= 0.0 { "+" } else { "-" };
    format!("{sign}{}", percent_points(language, percent.abs()))
}

/// Everything the document shows, computed once.
struct Inputs<'a> {
    strategy: &'a Strategy,
    knowledge: &'a Knowledge,
    language: Language,
    /// The language with the strategy's country's conventions (dates in en-GB or en-US).
    locale: Locale,
    diagnostics: Vec<Diagnostic>,
    recommendations: Recommendations,
    plan: Plan,
    calendar: Calendar,
    currency: String,
    /// Every source the document cites, numbered in order of first use.
    citations: Vec<String>,
    /// The consultant's choices: the strategy's `[document]`, or those of one download.
    options: &'a DocumentOptions,
}

impl Inputs<'_> {
    fn t(&self, key: &str) -> String {
        text(self.language, key, &[])
    }

    fn t_with(&self, key: &str, arguments: &[(&str, String)]) -> String {
        text(self.language, key, arguments)
    }

    fn money(&self, value: f64) -> String {
        money(self.locale, value, &self.currency)
    }

    /// Names joined as a sentence lists them: `A, B and C`, or `A; B and C` when a name holds
    /// a comma of its own (a persona called "Julien, sommelier").
    fn list(&self, items: &[String]) -> String {
        let separator = match (items.iter().any(|item| item.contains(',')), self.language) {
            (false, _) => ", ",
            // French puts a (no-break) space before a semicolon.
            (true, Language::French) => "\u{a0}; ",
            (true, _) => "; ",
        };
        match items {
            [] => String::new(),
            [only] => only.clone(),
            [init @ .., last] => self.t_with(
                "list-and",
                &[("first", init.join(separator)), ("last", last.clone())],
            ),
        }
    }

    fn number(&self, value: f64, decimals: usize) -> String {
        number(self.locale, value, decimals)
    }

    fn platform(&self, id: &str) -> String {
        self.knowledge.platform_name(id).to_owned()
    }

    fn persona(&self, id: &str) -> String {
        self.strategy.persona_label(id)
    }

    /// A content pillar's name, its id only when it has none.
    fn pillar(&self, id: &str) -> String {
        self.strategy
            .pillars
            .iter()
            .find(|pillar| pillar.id.as_str() == id)
            .and_then(|pillar| pillar.name.clone())
            .filter(|name| !name.trim().is_empty())
            .unwrap_or_else(|| id.to_owned())
    }

    /// An objective as the client wrote it (its statement), never its id when it has one.
    fn objective(&self, id: &str) -> String {
        self.strategy.objective_label(id)
    }

    fn stage(&self, stage: Stage) -> String {
        self.t(&format!("stage-{}", stage.as_str()))
    }

    fn day(&self, day: Day) -> String {
        long_date(self.locale, day)
    }

    /// The reference mark of a source: `[3]`.
    fn cite(&self, source: &str, year: u16) -> String {
        let entry = format!("{} ({year})", source_text(self.language, source));
        match self.citations.iter().position(|known| *known == entry) {
            Some(index) => format!("[{}]", index + 1),
            None => format!("[{entry}]"),
        }
    }

    fn or_dash(value: Option<String>) -> String {
        value
            .filter(|value| !value.trim().is_empty())
            .unwrap_or_else(|| "—".to_owned())
    }
}

/// Builds the document of a strategy; `today` is the version date printed on the cover.
pub fn build_document(analysis: &Analysis<'_>, language: Language, today: Day) -> Document {
    build_document_with(analysis, language, today, &analysis.strategy.document)
}

/// The strategy document with the chapters, appendix and approval page of `options` instead of
/// the strategy's own `[document]` choices (a download where the consultant ticks chapters).
pub fn build_document_with(
    analysis: &Analysis<'_>,
    language: Language,
    today: Day,
    options: &DocumentOptions,
) -> Document {
    let strategy = analysis.strategy;
    let knowledge = &*analysis.knowledge;
    let recommendations = analysis.recommendations();
    let citations = collect_citations(strategy, knowledge, &recommendations, language, options);
    let calendar = analysis.calendar(None, None);
    // What the calendar cannot do as asked is a finding like the checker's: listed with them.
    let mut diagnostics = analysis.diagnostics.clone();
    diagnostics.extend(crate::calendar::findings(&calendar, strategy, knowledge));
    let inputs = Inputs {
        strategy,
        knowledge,
        language,
        locale: Locale::new(language, Some(&crate::fit::strategy_country(strategy))),
        diagnostics,
        recommendations,
        currency: analysis.plan.cost.currency.clone(),
        plan: analysis.plan.clone(),
        calendar,
        citations,
        options,
    };
    let info = &strategy.strategy;
    let labels: BTreeMap<String, String> = [
        "doc-contents",
        "doc-version",
        "doc-page",
        "doc-period",
        "doc-footer",
        "doc-chart-omitted",
    ]
    .iter()
    .map(|key| ((*key).to_owned(), inputs.t(key)))
    .collect();
    // The consultant's choices: the chapters kept, the points to settle in an appendix or
    // out of the client's copy, an approval page.
    let chapters: [(DocumentSection, Chapter); 11] = [
        (DocumentSection::Summary, summary::summary_section),
        (DocumentSection::Target, steps::target_section),
        (DocumentSection::Objectives, steps::objectives_section),
        (DocumentSection::Message, steps::message_section),
        (DocumentSection::Strategy, steps::strategy_section),
        (DocumentSection::Technologies, steps::technologies_section),
        (DocumentSection::Evaluate, steps::evaluate_section),
        (DocumentSection::Resources, steps::resources_section),
        (
            DocumentSection::Recommendations,
            analyses::recommendations_section,
        ),
        (DocumentSection::Plan, analyses::plan_section),
        (DocumentSection::Calendar, analyses::calendar_section),
    ];
    let mut sections: Vec<Section> = chapters
        .iter()
        .filter(|(chapter, _)| options.includes(*chapter))
        .map(|(_, build)| build(&inputs))
        .collect();
    if !options.approval.is_empty() {
        sections.push(analyses::approval_section(&inputs, &options.approval));
    }
    if options.with_findings() && !inputs.diagnostics.is_empty() {
        sections.push(analyses::findings_section(&inputs));
    }
    sections.push(analyses::sources_section(&inputs));
    Document {
        language,
        title: info.name.clone(),
        organisation: info.organisation.clone(),
        logo: None,
        prepared_by: prepared_by(info, language),
        accent: accent(info),
        accent_text: accent_text(info),
        period: inputs.t_with(
            "doc-period-range",
            &[
                ("start", inputs.day(info.start)),
                ("end", inputs.day(info.end)),
            ],
        ),
        version_date: inputs.day(today),
        labels,
        summary: Summary::of(&inputs.diagnostics),
        sections,
    }
    .typeset()
}

/// "Prepared by …" on the cover, when the strategy names who prepared it.
fn prepared_by(info: &crate::model::StrategyInfo, language: Language) -> Option<String> {
    info.prepared_by
        .as_ref()
        .filter(|who| !who.trim().is_empty())
        .map(|who| text(language, "doc-prepared-by", &[("who", who.clone())]))
}

/// The strategy's accent colour, or the default.
fn accent(info: &crate::model::StrategyInfo) -> String {
    info.accent_colour
        .as_ref()
        .map_or(DEFAULT_ACCENT, |colour| colour.as_str())
        .to_owned()
}

/// The accent for text: the strategy's when it reads on white, else the default.
fn accent_text(info: &crate::model::StrategyInfo) -> String {
    info.accent_colour
        .as_ref()
        .filter(|colour| colour.readable_on_white())
        .map_or(DEFAULT_ACCENT, |colour| colour.as_str())
        .to_owned()
}

/// The notice of a step with nothing written yet.
fn none_yet(inputs: &Inputs<'_>) -> Block {
    Block::Notice {
        tone: Tone::Warning,
        text: inputs.t("doc-none-yet"),
    }
}

fn section(id: &str, title: String, blocks: Vec<Block>) -> Section {
    Section {
        id: id.to_owned(),
        title,
        blocks,
    }
}

fn paragraph(text: String) -> Block {
    Block::Paragraph { text }
}

/// Builds one chapter of the document.
type Chapter = fn(&Inputs<'_>) -> Section;

fn collect_citations(
    strategy: &Strategy,
    knowledge: &Knowledge,
    recommendations: &Recommendations,
    language: Language,
    options: &DocumentOptions,
) -> Vec<String> {
    // Only the sources of the chapters the document holds: a copy without the plan does not
    // list the effort assumptions.
    let (fits, kpis, effort, calendar) = (
        options.includes(DocumentSection::Recommendations),
        options.includes(DocumentSection::Evaluate)
            || options.includes(DocumentSection::Recommendations),
        options.includes(DocumentSection::Plan),
        options.includes(DocumentSection::Calendar),
    );
    let mut citations: Vec<String> = Vec::new();
    let mut add = |source: &str, year: u16| {
        // A strategy's own KPI is read where the business keeps it (its booking diary): a
        // source without a publication year, which is not invented.
        let entry = match year {
            0 => source_text(language, source),
            year => format!("{} ({year})", source_text(language, source)),
        };
        if entry.trim().is_empty() {
            return;
        }
        if !citations.contains(&entry) {
            citations.push(entry);
        }
    };
    add("Emmanuel Vivier, HUB Institute: the TOMSTER method", 2011);
    for fit in recommendations.personas.iter().filter(|_| fits) {
        for platform_fit in fit
            .platforms
            .iter()
            .filter(|platform_fit| platform_fit.recommended)
        {
            for reason in &platform_fit.reasons {
                if let (Some(source), Some(year)) = (&reason.source, reason.year) {
                    add(source, year);
                }
            }
        }
    }
    for kpi_plan in strategy.kpis.iter().filter(|_| kpis) {
        if let Some(record) = kpi_plan
            .metric
            .as_ref()
            .and_then(|metric| knowledge.kpi(metric.as_str()))
        {
            add(&record.source, record.year);
        }
    }
    if effort {
        for format in &knowledge.effort.formats {
            add(&format.source, format.year);
        }
        add(
            &knowledge.effort.community.source,
            knowledge.effort.community.year,
        );
        add(
            &knowledge.effort.reporting.source,
            knowledge.effort.reporting.year,
        );
    }
    if calendar {
        let defaults = knowledge.calendar.citation();
        add(&defaults.source, defaults.year);
    }
    citations
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::from_toml_str;
    use crate::templates::TEMPLATES;

    fn document_of(text: &str, language: Language) -> Document {
        let loaded = from_toml_str(text).unwrap();
        build_document(
            &crate::analysis::Analysis::new(&loaded.strategy, Knowledge::embedded()),
            language,
            Day::parse("2026-11-26").unwrap(),
        )
    }

    #[test]
    fn the_document_has_every_chapter_in_order() {
        let document = document_of(TEMPLATES[0].text, Language::French);
        let ids: Vec<&str> = document
            .sections
            .iter()
            .map(|section| section.id.as_str())
            .collect();
        assert_eq!(
            ids,
            [
                "summary",
                "target",
                "objectives",
                "message",
                "strategy",
                "technologies",
                "evaluate",
                "resources",
                "recommendations",
                "plan",
                "calendar",
                "findings",
                "sources"
            ]
        );
        assert_eq!(document.version_date, "26 novembre 2026");
        assert_eq!(document.period, "du 1er janvier 2027 au 31 décembre 2027");
        // Five charts, and the operations' timeline when there are operations.
        let has_operations = TEMPLATES[0].text.contains("[[operations]]");
        assert_eq!(document.charts().len(), 5 + usize::from(has_operations));
    }

    #[test]
    fn no_text_is_an_untranslated_key() {
        for template in TEMPLATES {
            for language in Language::ALL {
                let document = document_of(template.text, *language);
                let json = serde_json_free_dump(&document);
                for key in [
                    "doc-",
                    "stage-",
                    "kind-",
                    "gender-",
                    "operation-",
                    "review-",
                    "month-",
                    "cost-",
                ] {
                    let needle = format!("\"{key}");
                    let position = json.find(&needle);
                    let context = position.map(|at| json[at..(at + 60).min(json.len())].to_owned());
                    assert!(
                        position.is_none(),
                        "{key} in {}: {context:?}",
                        template.name
                    );
                }
            }
        }
    }

    /// All texts of a document, one per line, without a JSON library.
    fn serde_json_free_dump(document: &Document) -> String {
        // The labels map's keys are keys by design; its values are checked below.
        let labels: Vec<&String> = document.labels.values().collect();
        format!("{:?} {labels:?}", document.sections).replace("\\\"", "'")
    }

    #[test]
    fn a_logo_is_known_by_its_first_bytes() {
        let png = b"\x89PNG\r\n\x1a\nrest".to_vec();
        assert_eq!(
            Logo::from_bytes(png).map(|logo| logo.extension()),
            Ok("png")
        );
        let jpeg = vec![0xff, 0xd8, 0xff, 0xe0, 0];
        assert_eq!(
            Logo::from_bytes(jpeg).map(|logo| logo.media_type),
            Ok("image/jpeg")
        );
        let svg = b"<?xml version=\"1.0\"?>\n<!-- made by hand -->\n<!DOCTYPE svg>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>".to_vec();
        assert_eq!(
            Logo::from_bytes(svg).map(|logo| logo.extension()),
            Ok("svg")
        );
        for not_an_image in [
            b"GIF89a".to_vec(),
            b"<html><svg/></html>".to_vec(),
            Vec::new(),
        ] {
            assert_eq!(Logo::from_bytes(not_an_image), Err(LogoError::UnknownType));
        }
        assert_eq!(
            Logo::from_bytes(vec![0xff; MAX_LOGO_BYTES + 1]),
            Err(LogoError::TooLarge)
        );
    }

    #[test]
    fn a_strategy_with_errors_sends_them_to_the_appendix_not_the_summary() {
        let document = document_of(
            "[strategy]\nname = \"x\"\nstart = 2027-01-01\nend = 2027-12-31\n",
            Language::English,
        );
        // Regression: the summary opened with a red "1 error" box the client read first.
        let summary = &document.sections[0];
        assert!(
            !summary.blocks.iter().any(|block| matches!(
                block,
                Block::Notice {
                    tone: Tone::Error,
                    ..
                }
            )),
            "{:?}",
            summary.blocks
        );
        assert!(summary.blocks.iter().any(|block| matches!(
            block,
            Block::Paragraph { text } if text.contains("remain to settle")
        )));
        let appendix = document
            .sections
            .iter()
            .find(|section| section.id == "findings")
            .expect("the points to settle");
        assert!(document.summary.errors > 0);
        assert!(matches!(&appendix.blocks[1], Block::Table(table) if !table.rows.is_empty()));
    }

    #[test]
    fn dates_are_written_in_each_language() {
        let day = Day::parse("2027-03-01").unwrap();
        assert_eq!(long_date(Language::English, day), "March 1, 2027");
        assert_eq!(long_date(Language::French, day), "1er mars 2027");
        // A UK client gets British dates.
        let british = Locale::new(Language::English, Some("GB"));
        assert_eq!(long_date(british, day), "1 March 2027");
        assert_eq!(british.tag(), "en-GB");
    }
}
