//! The files a version can be downloaded as: the strategy (TOML, JSON), the document (HTML,
//! Markdown, PDF) and the editorial calendar (ICS, CSV, Metricool, Hootsuite). Pages, the API
//! and the calendar feed share them.
//!
//! Calendar files are written to the response as they are made, never built whole: the job
//! writes into a bounded channel whose other end is the response body, so memory holds the
//! calendar and a few chunks whatever the file's size. A calendar of more than
//! [`MAX_DOWNLOAD_POSTS`] posts is refused with the years to ask for instead; a client that
//! goes away, or a job past its time budget, stops the writing at its next chunk.

use std::io::{self, Write};
use std::time::Duration;

use axum::body::Body;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use tokio::sync::{mpsc, oneshot};
use tomster_core::analysis::Analysis;
use tomster_core::document::{Document, Logo, build_document_with};
use tomster_core::knowledge::Knowledge;
use tomster_core::load::LoadedStrategy;
use tomster_core::model::{DocumentOptions, DocumentSection, Language};
use tomster_core::values::Day;
use tomster_render::calendar_files::{
    Labels, hootsuite_files, write_csv, write_hootsuite, write_ics, write_metricool,
};

use crate::pdf_worker::{PdfFailure, PdfRequest};
use crate::store::StrategyRow;
use crate::views::{strategy_language, today};
use crate::web::{AppError, AppState};
use crate::work::Cancel;

/// The most posts a calendar download carries (about 30 MB of ICS): a year of the busiest plan
/// the loader takes fits, twenty do not. Beyond it the answer asks for a period.
pub const MAX_DOWNLOAD_POSTS: usize = 100_000;

/// The size of the chunks sent to the response.
const CHUNK_BYTES: usize = 64 * 1024;
/// Chunks waiting for the client at most: the memory a slow client can hold.
const CHUNKS_IN_FLIGHT: usize = 4;

/// What the consultant ticked for one download of the document, in place of the strategy's
/// `[document]` choices: the chapters, the points to settle, the approval page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentChoice {
    pub chapters: Vec<DocumentSection>,
    pub findings: bool,
    /// Whether the approval page of the strategy's approvers is kept.
    pub approval: bool,
}

impl DocumentChoice {
    /// The choice an address's query makes (`chosen=1&chapter=summary&chapter=plan&findings=1`),
    /// none when it makes none; an unknown chapter is refused.
    pub fn from_query(query: &str) -> Result<Option<DocumentChoice>, AppError> {
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_str(query).map_err(|_| AppError::BadRequest)?;
        let has = |name: &str| pairs.iter().any(|(key, _)| key == name);
        if !has("chosen") {
            return Ok(None);
        }
        let mut chapters = Vec::new();
        for (_, value) in pairs.iter().filter(|(key, _)| key == "chapter") {
            let chapter = DocumentSection::parse(value).ok_or(AppError::BadRequest)?;
            if !chapters.contains(&chapter) {
                chapters.push(chapter);
            }
        }
        Ok(Some(DocumentChoice {
            chapters,
            findings: has("findings"),
            approval: has("approval"),
        }))
    }

    /// The strategy's options with this choice applied: its approvers stay where the page is
    /// kept.
    pub fn applied_to(&self, options: &DocumentOptions) -> DocumentOptions {
        DocumentOptions {
            sections: Some(self.chapters.clone()),
            findings: Some(self.findings),
            approval: if self.approval {
                options.approval.clone()
            } else {
                Vec::new()
            },
        }
    }
}

/// The document of a loaded version in the reader's language (the strategy's own, if it has
/// one), with the consultant's choice for this download where there is one.
fn built_document(
    loaded: &LoadedStrategy,
    reader: Language,
    choice: Option<&DocumentChoice>,
) -> Document {
    let language = strategy_language(loaded, reader);
    let analysis = Analysis::new(&loaded.strategy, Knowledge::embedded());
    let options = match choice {
        Some(choice) => choice.applied_to(&loaded.strategy.document),
        None => loaded.strategy.document.clone(),
    };
    build_document_with(&analysis, language, today(), &options)
}

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

    /// Whether the file is an editorial calendar (streamed, and held to a number of posts).
    pub fn is_calendar(self) -> bool {
        matches!(
            self,
            Download::CalendarIcs
                | Download::CalendarCsv
                | Download::Metricool
                | Download::Hootsuite
        )
    }

    /// Whether the file is the strategy document, whose chapters the consultant may choose.
    pub fn is_document(self) -> bool {
        matches!(
            self,
            Download::DocumentHtml | Download::DocumentMarkdown | Download::DocumentPdf
        )
    }
}

/// The period of a calendar download (`None`: the strategy's).
#[derive(Clone, Copy, Debug, Default)]
pub struct Period {
    pub from: Option<Day>,
    pub to: Option<Day>,
}

/// Why a download gave no file.
#[derive(Debug)]
pub enum DownloadError {
    Failed(AppError),
    /// The calendar has more posts than a download carries: the years of its period, to ask
    /// for one at a time.
    TooManyPosts {
        posts: usize,
        years: Vec<i16>,
    },
    /// The document is too long to typeset as a PDF (the HTML document prints to PDF).
    DocumentTooLong,
}

impl From<AppError> for DownloadError {
    fn from(error: AppError) -> DownloadError {
        DownloadError::Failed(error)
    }
}

impl From<crate::store::StoreError> for DownloadError {
    fn from(error: crate::store::StoreError) -> DownloadError {
        DownloadError::Failed(error.into())
    }
}

impl From<crate::work::WorkError> for DownloadError {
    fn from(error: crate::work::WorkError) -> DownloadError {
        DownloadError::Failed(error.into())
    }
}

/// A version's file as an attachment (the current version when `version` is `None`).
pub async fn download_response(
    state: &AppState,
    strategy: &StrategyRow,
    version: Option<i64>,
    download: Download,
    language: Language,
    period: Period,
    choice: Option<DocumentChoice>,
) -> Result<Response, DownloadError> {
    let number = version.unwrap_or(strategy.current_version);
    let strategies = state.db.strategies();
    let version = crate::service::version_of(state, strategy, number).await?;
    let stem = crate::pages::slugify(&strategy.name);
    let headers = [
        (header::CONTENT_TYPE, download.content_type().to_owned()),
        (
            header::CONTENT_DISPOSITION,
            format!(
                "attachment; filename=\"{stem}-v{number}-{}\"",
                download.file_name()
            ),
        ),
    ];
    if download == Download::StrategyToml {
        return Ok((headers, version.toml).into_response());
    }
    if download.is_calendar() {
        let results_url = format!("{}/s/{}/progress", state.config.base_url(), strategy.id);
        let body =
            stream_calendar(state, version.toml, download, language, period, results_url).await?;
        return Ok((headers, body).into_response());
    }
    // Stored only after it was checked as an image; one that no longer is is left off.
    let logo = strategies
        .logo(&strategy.id)
        .await?
        .and_then(|bytes| Logo::from_bytes(bytes).ok());
    if download == Download::DocumentPdf {
        let worker = state.config.pdf_worker.clone();
        // The strategy's own choices are read by the worker from the version; a choice made
        // for this download is applied here, and the worker typesets its markup.
        let source = match choice {
            None => crate::pdf_worker::PdfSource::Strategy(version.toml),
            Some(choice) => {
                let toml = version.toml;
                let markup = state
                    .workers
                    .run(move |_| {
                        let loaded = tomster_core::load::from_toml_str(&toml)
                            .map_err(|_| "the stored version does not load".to_owned())?;
                        pdf_markup(&built_document(&loaded, language, Some(&choice)))
                    })
                    .await?
                    .map_err(|error| {
                        tracing::error!(%error, "PDF");
                        AppError::Internal
                    })?;
                if markup.len() > crate::pdf_worker::MAX_PDF_MARKUP {
                    return Err(DownloadError::DocumentTooLong);
                }
                crate::pdf_worker::PdfSource::Markup(markup)
            }
        };
        let request = PdfRequest {
            language,
            date: today(),
            source,
            logo: logo.map(|logo| logo.bytes),
        };
        let pdf = state
            .workers
            .run(move |cancel| match worker {
                Some(worker) => crate::pdf_worker::typeset_in_child(&worker, &request, cancel),
                None => typeset_here(request),
            })
            .await?;
        return match pdf {
            Ok(pdf) => Ok((headers, pdf).into_response()),
            Err(PdfFailure::TooLong) => Err(DownloadError::DocumentTooLong),
            Err(PdfFailure::Cancelled) => Err(AppError::Busy.into()),
            Err(PdfFailure::Failed(error)) => {
                tracing::error!(%error, "PDF");
                Err(AppError::Internal.into())
            }
        };
    }
    let produced = state
        .workers
        .run(move |_| {
            let loaded = tomster_core::load::from_toml_str(&version.toml)
                .map_err(|_| "the stored version does not load".to_owned())?;
            document(download, &loaded, language, logo, choice.as_ref())
        })
        .await?;
    let bytes = produced.map_err(|error| {
        tracing::error!(%error, "download");
        AppError::Internal
    })?;
    Ok((headers, bytes).into_response())
}

/// A document (or the strategy as JSON) of a loaded version, whole: its size is bounded by the
/// loader's limits. The PDF is typeset apart ([`crate::pdf_worker`]).
fn document(
    download: Download,
    loaded: &LoadedStrategy,
    reader: Language,
    logo: Option<Logo>,
    choice: Option<&DocumentChoice>,
) -> Result<Vec<u8>, String> {
    let mut document = built_document(loaded, reader, choice);
    match download {
        Download::StrategyJson => {
            serde_json::to_vec_pretty(&*loaded.strategy).map_err(|error| error.to_string())
        }
        Download::DocumentHtml => {
            document.logo = logo;
            tomster_render::html::render_html(&document)
                .map(String::into_bytes)
                .map_err(|error| error.to_string())
        }
        // A single Markdown file cannot carry the logo: its images are files beside it.
        Download::DocumentMarkdown => {
            Ok(tomster_render::markdown::render_markdown(&document, None)
                .text
                .into_bytes())
        }
        _ => Err(format!("{} is not written here", download.file_name())),
    }
}

/// The Typst markup of a document, which the PDF worker typesets.
#[cfg(feature = "pdf")]
fn pdf_markup(document: &Document) -> Result<String, String> {
    Ok(tomster_render::pdf::typst_markup(document))
}

#[cfg(not(feature = "pdf"))]
fn pdf_markup(_document: &Document) -> Result<String, String> {
    Err("this build has no PDF support (built without the `pdf` feature)".to_owned())
}

/// A PDF typeset in this process (no worker configured: the web crate's own tests).
#[cfg(feature = "pdf")]
fn typeset_here(request: PdfRequest) -> Result<Vec<u8>, PdfFailure> {
    crate::pdf_worker::typeset(request)
}

#[cfg(not(feature = "pdf"))]
fn typeset_here(_request: PdfRequest) -> Result<Vec<u8>, PdfFailure> {
    Err(PdfFailure::Failed(
        "this build has no PDF support (built without the `pdf` feature)".to_owned(),
    ))
}

/// Starts writing a calendar file on the blocking pool and answers with its body as soon as
/// the calendar is known to be within [`MAX_DOWNLOAD_POSTS`].
async fn stream_calendar(
    state: &AppState,
    toml: String,
    download: Download,
    reader: Language,
    period: Period,
    results_url: String,
) -> Result<Body, DownloadError> {
    let (ready, is_ready) = oneshot::channel::<Result<(), DownloadError>>();
    let (chunks, body) = mpsc::channel::<io::Result<Vec<u8>>>(CHUNKS_IN_FLIGHT);
    let started = state
        .workers
        .spawn(move |cancel| {
            let Ok(loaded) = tomster_core::load::from_toml_str(&toml) else {
                let _ = ready.send(Err(AppError::Internal.into()));
                return;
            };
            let language = strategy_language(&loaded, reader);
            let analysis = Analysis::new(&loaded.strategy, Knowledge::embedded());
            let stop = cancel.as_check();
            let Some(calendar) = analysis.calendar_until(period.from, period.to, &stop) else {
                let _ = ready.send(Err(AppError::Busy.into()));
                return;
            };
            if calendar.slots.len() > MAX_DOWNLOAD_POSTS {
                let years = (calendar.from.0.year()..=calendar.to.0.year()).collect();
                let _ = ready.send(Err(DownloadError::TooManyPosts {
                    posts: calendar.slots.len(),
                    years,
                }));
                return;
            }
            if ready.send(Ok(())).is_err() {
                // The request went away while the calendar was made.
                return;
            }
            // The KPI reviews link to the results view.
            let labels = Labels::new(&loaded.strategy, &analysis.knowledge, language)
                .with_results_url(results_url);
            let mut out = ChannelWriter::new(chunks, cancel.clone());
            let written = match download {
                Download::CalendarIcs => write_ics(&mut out, &calendar, &labels),
                Download::CalendarCsv => write_csv(&mut out, &calendar, &labels),
                Download::Metricool => write_metricool(&mut out, &calendar, &labels).map(|_| ()),
                _ => write_zip(&mut out, &calendar, &analysis.knowledge, &labels),
            };
            match written.and_then(|()| out.flush()) {
                Ok(()) => {}
                // The body ends with an error: the client sees a broken transfer, never a
                // file that looks whole.
                Err(error) => out.fail(error),
            }
        })
        .await?;
    match tokio::time::timeout(state.config.work_budget, is_ready).await {
        Ok(Ok(Ok(()))) => {}
        Ok(Ok(Err(refused))) => return Err(refused),
        Ok(Err(_)) => return Err(AppError::Internal.into()),
        Err(_) => return Err(AppError::Busy.into()),
    }
    started.keep();
    let mut body = body;
    let stream = futures_util::stream::poll_fn(move |context| body.poll_recv(context));
    Ok(Body::from_stream(stream))
}

/// Hootsuite's files, one CSV per network and row limit, in a zip written as a stream.
fn write_zip(
    out: &mut ChannelWriter,
    calendar: &tomster_core::calendar::Calendar,
    knowledge: &Knowledge,
    labels: &Labels<'_>,
) -> io::Result<()> {
    let mut archive = zip::ZipWriter::new_stream(out);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for file in hootsuite_files(calendar, knowledge) {
        archive
            .start_file(file.file_name(), options)
            .map_err(io::Error::other)?;
        write_hootsuite(&mut archive, &file, calendar.website.as_deref(), labels)?;
    }
    archive.finish().map_err(io::Error::other)?;
    Ok(())
}

/// Bytes written on a blocking thread, sent to the response in chunks. A write fails when the
/// client went away (the channel closed) or the job was cancelled, which stops the writer.
struct ChannelWriter {
    chunks: mpsc::Sender<io::Result<Vec<u8>>>,
    buffer: Vec<u8>,
    cancel: Cancel,
}

impl ChannelWriter {
    fn new(chunks: mpsc::Sender<io::Result<Vec<u8>>>, cancel: Cancel) -> ChannelWriter {
        ChannelWriter {
            chunks,
            buffer: Vec::with_capacity(CHUNK_BYTES),
            cancel,
        }
    }

    /// Sends a chunk, waiting while the client is slow but no longer than the job may run.
    fn send(&mut self, chunk: io::Result<Vec<u8>>) -> io::Result<()> {
        let mut chunk = chunk;
        loop {
            if self.cancel.is_cancelled() {
                return Err(io::Error::new(io::ErrorKind::TimedOut, "cancelled"));
            }
            match self.chunks.try_send(chunk) {
                Ok(()) => return Ok(()),
                Err(mpsc::error::TrySendError::Full(back)) => {
                    chunk = back;
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(mpsc::error::TrySendError::Closed(_)) => {
                    return Err(io::Error::new(
                        io::ErrorKind::BrokenPipe,
                        "the client went away",
                    ));
                }
            }
        }
    }

    /// Ends the body with an error (the writing failed).
    fn fail(&mut self, error: io::Error) {
        if error.kind() != io::ErrorKind::BrokenPipe {
            tracing::warn!(%error, "a calendar download stopped");
            let _ = self.chunks.try_send(Err(error));
        }
    }
}

impl Write for ChannelWriter {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buffer.extend_from_slice(bytes);
        if self.buffer.len() >= CHUNK_BYTES {
            let chunk = std::mem::replace(&mut self.buffer, Vec::with_capacity(CHUNK_BYTES));
            self.send(Ok(chunk))?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.buffer.is_empty() {
            let chunk = std::mem::take(&mut self.buffer);
            self.send(Ok(chunk))?;
        }
        Ok(())
    }
}
