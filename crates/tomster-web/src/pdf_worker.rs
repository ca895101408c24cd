//! PDFs typeset in a child process: `tomster pdf-worker` reads a version's text, the
//! document's language and date and the logo on its standard input and writes the PDF on its
//! standard output. The server waits for it while its job may run, and kills it when the job
//! is cancelled (past its budget, its request gone, the server stopping): typesetting cannot
//! be interrupted from inside, a process can. The child's memory, typst's caches included,
//! goes with it.
//!
//! The request is framed as lines then bytes: `tomster-pdf 1`, the language, the date, the
//! text's kind (`strategy`: a version's text; `markup`: a document already written as typst
//! markup, such as a monthly review), its length, the text, the logo's length (0 for none), the
//! logo.

use std::io::{self, BufRead, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use tomster_core::document::MAX_LOGO_BYTES;
use tomster_core::load::MAX_SOURCE_BYTES;
use tomster_core::model::Language;
use tomster_core::values::Day;

use crate::work::Cancel;

const MAGIC: &str = "tomster-pdf 1";

/// The longest document typeset as a PDF, in bytes of typst markup (about 200 pages of text;
/// charts take more markup a page). The examples take 55 to 70 KB (20 to 30 pages), a
/// strategy with twenty years of calendar 530 KB (37 pages, 1.2 s, 140 MB); the largest the
/// loader accepts takes 11 MB, which typst lays out in 23 s and 3 GB into 2,309 pages (all
/// measured here with the release build). Longer documents are offered as HTML, which prints
/// to PDF from the browser.
pub const MAX_PDF_MARKUP: usize = 1024 * 1024;

/// The child's exit code for a document over [`MAX_PDF_MARKUP`].
const EXIT_TOO_LONG: i32 = 3;

/// Why no PDF came.
#[derive(Debug)]
pub enum PdfFailure {
    /// The document is over [`MAX_PDF_MARKUP`].
    TooLong,
    /// The job was cancelled (budget, request gone, server stopping).
    Cancelled,
    Failed(String),
}

impl std::fmt::Display for PdfFailure {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PdfFailure::TooLong => formatter.write_str("the document is too long for a PDF"),
            PdfFailure::Cancelled => formatter.write_str("the PDF was cancelled"),
            PdfFailure::Failed(error) => formatter.write_str(error),
        }
    }
}

/// What the child typesets: a version's document, or a document already written as markup
/// (a monthly review, built by the server from figures the child has no access to).
#[derive(Debug, PartialEq)]
pub enum PdfSource {
    /// A version's text: the child builds its strategy document.
    Strategy(String),
    /// Typst markup of a document (`tomster_render::pdf::typst_markup`).
    Markup(String),
}

impl PdfSource {
    fn kind(&self) -> &'static str {
        match self {
            PdfSource::Strategy(_) => "strategy",
            PdfSource::Markup(_) => "markup",
        }
    }

    fn text(&self) -> &str {
        match self {
            PdfSource::Strategy(text) | PdfSource::Markup(text) => text,
        }
    }
}

/// What the child typesets.
pub struct PdfRequest {
    pub language: Language,
    pub date: Day,
    pub source: PdfSource,
    pub logo: Option<Vec<u8>>,
}

fn invalid(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, what.to_owned())
}

pub fn write_request(out: &mut impl Write, request: &PdfRequest) -> io::Result<()> {
    let logo: &[u8] = request.logo.as_deref().unwrap_or(&[]);
    let text = request.source.text();
    write!(
        out,
        "{MAGIC}\n{}\n{}\n{}\n{}\n",
        request.language.as_str(),
        request.date.0,
        request.source.kind(),
        text.len()
    )?;
    out.write_all(text.as_bytes())?;
    write!(out, "\n{}\n", logo.len())?;
    out.write_all(logo)?;
    out.flush()
}

fn line(input: &mut impl BufRead) -> io::Result<String> {
    let mut text = String::new();
    input.by_ref().take(64).read_line(&mut text)?;
    Ok(text.trim_end_matches('\n').to_owned())
}

fn bytes(input: &mut impl BufRead, length: usize) -> io::Result<Vec<u8>> {
    let mut buffer = vec![0; length];
    input.read_exact(&mut buffer)?;
    Ok(buffer)
}

pub fn read_request(input: &mut impl BufRead) -> io::Result<PdfRequest> {
    if line(input)? != MAGIC {
        return Err(invalid("not a PDF request"));
    }
    let language = Language::parse(&line(input)?).ok_or_else(|| invalid("language"))?;
    let date = line(input)?
        .parse::<jiff::civil::Date>()
        .map(Day)
        .map_err(|_| invalid("date"))?;
    let kind = line(input)?;
    let length: usize = line(input)?.parse().map_err(|_| invalid("text length"))?;
    let limit = match kind.as_str() {
        "strategy" => MAX_SOURCE_BYTES,
        "markup" => MAX_PDF_MARKUP,
        _ => return Err(invalid("kind")),
    };
    if length > limit {
        return Err(invalid("text too large"));
    }
    let text = String::from_utf8(bytes(input, length)?).map_err(|_| invalid("text"))?;
    let source = if kind == "markup" {
        PdfSource::Markup(text)
    } else {
        PdfSource::Strategy(text)
    };
    let _ = line(input)?;
    let logo_length: usize = line(input)?.parse().map_err(|_| invalid("logo length"))?;
    if logo_length > MAX_LOGO_BYTES {
        return Err(invalid("logo too large"));
    }
    let logo = (logo_length > 0)
        .then(|| bytes(input, logo_length))
        .transpose()?;
    Ok(PdfRequest {
        language,
        date,
        source,
        logo,
    })
}

/// The document of a request, typeset: what the child does, and what the server does itself
/// when it has no worker to run (the web crate's own tests).
#[cfg(feature = "pdf")]
pub fn typeset(request: PdfRequest) -> Result<Vec<u8>, PdfFailure> {
    use tomster_core::analysis::Analysis;
    use tomster_core::knowledge::Knowledge;
    let logo = request
        .logo
        .and_then(|bytes| tomster_core::document::Logo::from_bytes(bytes).ok());
    let toml = match request.source {
        PdfSource::Markup(markup) => {
            return tomster_render::pdf::render_markup(markup, logo.as_ref())
                .map_err(PdfFailure::Failed);
        }
        PdfSource::Strategy(toml) => toml,
    };
    let loaded = tomster_core::load::from_toml_str(&toml)
        .map_err(|_| PdfFailure::Failed("the stored version does not load".to_owned()))?;
    let language = crate::views::strategy_language(&loaded, request.language);
    let analysis = Analysis::new(&loaded.strategy, Knowledge::embedded());
    let mut document = tomster_core::document::build_document(&analysis, language, request.date);
    if tomster_render::pdf::typst_markup(&document).len() > MAX_PDF_MARKUP {
        return Err(PdfFailure::TooLong);
    }
    document.logo = logo;
    tomster_render::pdf::render_pdf(&document).map_err(PdfFailure::Failed)
}

/// The child's main: one request from standard input, its PDF to standard output. Returns the
/// process's exit code.
#[cfg(feature = "pdf")]
pub fn serve_one(input: &mut impl BufRead, output: &mut impl Write) -> Result<i32, String> {
    let request = read_request(input).map_err(|error| error.to_string())?;
    match typeset(request) {
        Ok(pdf) => {
            output.write_all(&pdf).map_err(|error| error.to_string())?;
            output.flush().map_err(|error| error.to_string())?;
            Ok(0)
        }
        Err(PdfFailure::TooLong) => Ok(EXIT_TOO_LONG),
        Err(failure) => Err(failure.to_string()),
    }
}

/// Typesets a request in a child process (`worker pdf-worker`), killed when `cancel` fires.
pub fn typeset_in_child(
    worker: &Path,
    request: &PdfRequest,
    cancel: &Cancel,
) -> Result<Vec<u8>, PdfFailure> {
    typeset_child(worker, request, cancel).map_err(|failure| match failure {
        ChildFailure::Exit(Some(EXIT_TOO_LONG), _) => PdfFailure::TooLong,
        ChildFailure::Exit(code, message) => PdfFailure::Failed(format!(
            "the PDF worker failed ({}): {message}",
            code.map_or("a signal".to_owned(), |code| format!("exit code {code}"))
        )),
        ChildFailure::Cancelled => PdfFailure::Cancelled,
        ChildFailure::Other(error) => PdfFailure::Failed(error),
    })
}

/// Why the child gave no PDF.
enum ChildFailure {
    Exit(Option<i32>, String),
    Cancelled,
    Other(String),
}

impl From<String> for ChildFailure {
    fn from(error: String) -> ChildFailure {
        ChildFailure::Other(error)
    }
}

fn typeset_child(
    worker: &Path,
    request: &PdfRequest,
    cancel: &Cancel,
) -> Result<Vec<u8>, ChildFailure> {
    let mut child = Command::new(worker)
        .arg("pdf-worker")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| format!("cannot start the PDF worker {}: {error}", worker.display()))?;
    let (Some(mut stdin), Some(mut stdout), Some(mut stderr)) =
        (child.stdin.take(), child.stdout.take(), child.stderr.take())
    else {
        let _ = child.kill();
        return Err(ChildFailure::Other(
            "the PDF worker has no pipes".to_owned(),
        ));
    };
    // Pipes fill: the request is written, and the answer read, on threads of their own while
    // this one watches the clock.
    let mut framed = Vec::with_capacity(request.source.text().len() + 256);
    write_request(&mut framed, request).map_err(|error| error.to_string())?;
    let writer = std::thread::spawn(move || stdin.write_all(&framed));
    let reader = std::thread::spawn(move || {
        let mut pdf = Vec::new();
        stdout.read_to_end(&mut pdf).map(|_| pdf)
    });
    let errors = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.by_ref().take(16 * 1024).read_to_string(&mut text);
        text
    });
    let status = loop {
        if cancel.is_cancelled() {
            let _ = child.kill();
            let _ = child.wait();
            return Err(ChildFailure::Cancelled);
        }
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(error) => {
                let _ = child.kill();
                return Err(ChildFailure::Other(error.to_string()));
            }
        }
    };
    let _ = writer.join();
    let pdf = reader
        .join()
        .map_err(|_| "the PDF reader failed".to_owned())?
        .map_err(|error| error.to_string())?;
    if !status.success() {
        let message = errors.join().unwrap_or_default();
        return Err(ChildFailure::Exit(status.code(), message));
    }
    Ok(pdf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_reads_back_as_written() {
        let request = PdfRequest {
            language: Language::French,
            date: Day(jiff::civil::date(2027, 3, 1)),
            source: PdfSource::Strategy("[strategy]\nname = \"Été\"\n".to_owned()),
            logo: Some(vec![0x89, b'P', b'N', b'G', 0, 10]),
        };
        let mut framed = Vec::new();
        write_request(&mut framed, &request).unwrap();
        let read = read_request(&mut io::Cursor::new(framed)).unwrap();
        assert_eq!(read.language, Language::French);
        assert_eq!(read.date, request.date);
        assert_eq!(read.source, request.source);
        assert_eq!(read.logo, request.logo);
        assert!(read_request(&mut io::Cursor::new(b"other\n".to_vec())).is_err());
    }
}
