//! The files a version can be downloaded as: the strategy (TOML, JSON), the document (HTML,
//! Markdown, PDF) and the editorial calendar (ICS, CSV, Metricool). Pages and API share them.

use tomster_core::analysis::Analysis;
use tomster_core::document::{Logo, build_document};
use tomster_core::knowledge::Knowledge;
use tomster_core::load::LoadedStrategy;
use tomster_core::model::Language;
use tomster_render::calendar_files::{
    Labels, hootsuite_files, write_csv, write_hootsuite, write_ics, write_metricool,
};

use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::store::StrategyRow;
use crate::views::{strategy_language, today};
use crate::web::{AppError, AppState};

/// A downloadable file of a version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Download {
    StrategyToml,
    StrategyJson,
    DocumentHtml,
    DocumentMarkdown,
    DocumentPdf,
    CalendarIcs,
    CalendarCsv,
    Metricool,
    /// Hootsuite's bulk composer files, one per network, in a zip.
    Hootsuite,
}

impl Download {
    pub const ALL: [Download; 9] = [
        Download::DocumentPdf,
        Download::DocumentHtml,
        Download::DocumentMarkdown,
        Download::CalendarIcs,
        Download::CalendarCsv,
        Download::Metricool,
        Download::Hootsuite,
        Download::StrategyToml,
        Download::StrategyJson,
    ];

    /// The file's name in addresses and on disk.
    pub fn file_name(self) -> &'static str {
        match self {
            Download::StrategyToml => "strategy.toml",
            Download::StrategyJson => "strategy.json",
            Download::DocumentHtml => "document.html",
            Download::DocumentMarkdown => "document.md",
            Download::DocumentPdf => "document.pdf",
            Download::CalendarIcs => "calendar.ics",
            Download::CalendarCsv => "calendar.csv",
            Download::Metricool => "metricool.csv",
            Download::Hootsuite => "hootsuite.zip",
        }
    }

    pub fn parse(name: &str) -> Option<Download> {
        Download::ALL
            .into_iter()
            .find(|download| download.file_name() == name)
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Download::StrategyToml => "application/toml; charset=utf-8",
            Download::StrategyJson => "application/json",
            Download::DocumentHtml => "text/html; charset=utf-8",
            Download::DocumentMarkdown => "text/markdown; charset=utf-8",
            Download::DocumentPdf => "application/pdf",
            Download::CalendarIcs => "text/calendar; charset=utf-8",
            Download::CalendarCsv | Download::Metricool => "text/csv; charset=utf-8",
            Download::Hootsuite => "application/zip",
        }
    }

    /// The message key of the file's description on the download list.
    pub fn label_key(self) -> &'static str {
        match self {
            Download::StrategyToml => "web-download-toml",
            Download::StrategyJson => "web-download-json",
            Download::DocumentHtml => "web-download-html",
            Download::DocumentMarkdown => "web-download-md",
            Download::DocumentPdf => "web-download-pdf",
            Download::CalendarIcs => "web-download-ics",
            Download::CalendarCsv => "web-download-csv",
            Download::Metricool => "web-download-metricool",
            Download::Hootsuite => "web-download-hootsuite",
        }
    }

    /// Whether this build can produce the file (PDF needs the `pdf` feature).
    pub fn available(self) -> bool {
        self != Download::DocumentPdf || cfg!(feature = "pdf")
    }
}

/// Produces a file of a loaded version. `text` is the version's stored TOML, served as it is;
/// `logo` is the one uploaded for the strategy, on the cover of the HTML and PDF documents (a
/// Markdown file cannot carry it: its images are files beside it).
pub fn produce(
    download: Download,
    loaded: &LoadedStrategy,
    text: &str,
    reader: Language,
    logo: Option<Logo>,
) -> Result<Vec<u8>, String> {
    let language = strategy_language(loaded, reader);
    let analysis = || Analysis::new(&loaded.strategy, Knowledge::embedded());
    let document = |analysis: &Analysis<'_>| {
        let mut document = build_document(analysis, language, today());
        document.logo = logo.clone();
        document
    };
    match download {
        Download::StrategyToml => Ok(text.as_bytes().to_vec()),
        Download::StrategyJson => {
            serde_json::to_vec_pretty(&*loaded.strategy).map_err(|error| error.to_string())
        }
        Download::DocumentHtml => tomster_render::html::render_html(&document(&analysis()))
            .map(String::into_bytes)
            .map_err(|error| error.to_string()),
        Download::DocumentMarkdown => {
            let document = build_document(&analysis(), language, today());
            Ok(tomster_render::markdown::render_markdown(&document, None)
                .text
                .into_bytes())
        }
        Download::DocumentPdf => pdf(&document(&analysis())),
        Download::Hootsuite => {
            let analysis = analysis();
            let calendar = analysis.calendar(None, None);
            let labels = Labels::new(&loaded.strategy, &analysis.knowledge, language);
            let mut archive = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            for file in hootsuite_files(&calendar, &analysis.knowledge) {
                let mut bytes = Vec::new();
                write_hootsuite(&mut bytes, &file, calendar.website.as_deref(), &labels)
                    .map_err(|error| error.to_string())?;
                archive
                    .start_file(file.file_name(), options)
                    .map_err(|error| error.to_string())?;
                std::io::Write::write_all(&mut archive, &bytes)
                    .map_err(|error| error.to_string())?;
            }
            archive
                .finish()
                .map(std::io::Cursor::into_inner)
                .map_err(|error| error.to_string())
        }
        Download::CalendarIcs | Download::CalendarCsv | Download::Metricool => {
            let analysis = analysis();
            let calendar = analysis.calendar(None, None);
            let labels = Labels::new(&loaded.strategy, &analysis.knowledge, language);
            let mut bytes = Vec::new();
            let written = match download {
                Download::CalendarIcs => write_ics(&mut bytes, &calendar, &labels),
                Download::CalendarCsv => write_csv(&mut bytes, &calendar, &labels),
                _ => write_metricool(&mut bytes, &calendar, &labels).map(|_| ()),
            };
            written.map_err(|error| error.to_string())?;
            Ok(bytes)
        }
    }
}

#[cfg(feature = "pdf")]
fn pdf(document: &tomster_core::document::Document) -> Result<Vec<u8>, String> {
    tomster_render::pdf::render_pdf(document)
}

#[cfg(not(feature = "pdf"))]
fn pdf(_document: &tomster_core::document::Document) -> Result<Vec<u8>, String> {
    Err("this build has no PDF support (built without the `pdf` feature)".to_owned())
}

/// A version's file as an attachment (the current version when `version` is `None`); shared by
/// the pages, the API and the calendar feed.
pub async fn download_response(
    state: &AppState,
    strategy: &StrategyRow,
    version: Option<i64>,
    download: Download,
    language: Language,
) -> Result<Response, AppError> {
    let number = version.unwrap_or(strategy.current_version);
    let strategies = state.db.strategies();
    let version = strategies
        .version(&strategy.id, number)
        .await?
        .ok_or(AppError::NotFound)?;
    // Stored only after it was checked as an image; one that no longer is is left off.
    let logo = strategies
        .logo(&strategy.id)
        .await?
        .and_then(|bytes| Logo::from_bytes(bytes).ok());
    let produced = state
        .workers
        .run(move |_| {
            let loaded = tomster_core::load::from_toml_str(&version.toml)
                .map_err(|_| "the stored version does not load".to_owned())?;
            produce(download, &loaded, &version.toml, language, logo)
        })
        .await?;
    let bytes = produced.map_err(|error| {
        tracing::error!(%error, "download");
        AppError::Internal
    })?;
    let stem = crate::pages::slugify(&strategy.name);
    let disposition = format!(
        "attachment; filename=\"{stem}-v{number}-{}\"",
        download.file_name()
    );
    Ok((
        [
            (header::CONTENT_TYPE, download.content_type().to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        bytes,
    )
        .into_response())
}
