//! One function per subcommand: read the input, call the core, print text or JSON.

use std::fs::File;
use std::io::{Read, Write};
use std::path::Path;

use anyhow::{Context, Result};
use serde::Serialize;
use tomster_core::analysis::{Analysis, CheckReport};
use tomster_core::diagnostics::{rule, rules};
use tomster_core::i18n::language_from_locale;
use tomster_core::knowledge::Knowledge;
use tomster_core::load::{LoadedStrategy, MAX_SOURCE_BYTES, from_toml_bytes};
use tomster_core::model::{Language, StrategyDocument};
use tomster_core::source_map::LineIndex;
use tomster_core::templates::{TEMPLATES, default_template, template};

use crate::{CalendarFormat, DocumentFormat, LanguageArgument, Outcome, OutputFormat};
use crate::{files, output};
use tomster_core::document::{Logo, build_document};
use tomster_core::i18n::text;
use tomster_core::values::Day;
use tomster_render::calendar_files::{
    Labels, hootsuite_files, unwritten_slots, write_csv, write_hootsuite, write_ics,
    write_metricool,
};
use tomster_render::html::render_html;
use tomster_render::markdown::render_markdown;

/// The language to speak: the flag, else the strategy's, else the environment's locale.
fn resolve_language(flag: Option<LanguageArgument>, strategy: Option<Language>) -> Language {
    match flag {
        Some(LanguageArgument::Fr) => Language::French,
        Some(LanguageArgument::En) => Language::English,
        None => strategy.unwrap_or_else(environment_language),
    }
}

pub fn environment_language() -> Language {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .map(|locale| language_from_locale(&locale))
        .unwrap_or(Language::English)
}

/// Reads at most one byte more than the limit, so a huge file is refused without reading it all.
fn read_limited(path: &Path) -> std::io::Result<Vec<u8>> {
    let file = File::open(path)?;
    let mut bytes = Vec::new();
    file.take(MAX_SOURCE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Loads a strategy file with the language to speak about it, printing every load error
/// (file:line:column) to stderr.
fn load(path: &Path, flag: Option<LanguageArgument>) -> Result<Option<(LoadedStrategy, Language)>> {
    let display = path.display().to_string();
    let language = resolve_language(flag, None);
    let bytes = match read_limited(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            let mut stderr = anstream::stderr();
            output::write_plain_error(
                &mut stderr,
                language,
                &text(
                    language,
                    "error-cannot-read",
                    &[("file", display.clone()), ("error", error.to_string())],
                ),
            )?;
            return Ok(None);
        }
    };
    match from_toml_bytes(&bytes) {
        Ok(loaded) => {
            let language = resolve_language(flag, loaded.strategy.strategy.language);
            Ok(Some((loaded, language)))
        }
        Err(errors) => {
            let text = String::from_utf8_lossy(&bytes);
            let line_index = LineIndex::new(&text);
            let mut stderr = anstream::stderr();
            for error in &errors {
                output::write_load_error(
                    &mut stderr,
                    language,
                    &display,
                    &text,
                    &line_index,
                    error,
                )?;
            }
            Ok(None)
        }
    }
}

pub fn list_examples(out: &mut impl Write) -> Result<Outcome> {
    for template in TEMPLATES {
        writeln!(
            out,
            "{:<14} {} ({})",
            template.name, template.description, template.language
        )?;
    }
    Ok(Outcome::Success)
}

pub fn init(
    out: &mut impl Write,
    file: &Path,
    example: Option<&str>,
    lang: Option<LanguageArgument>,
    force: bool,
) -> Result<Outcome> {
    let language = resolve_language(lang, None);
    let chosen = match example {
        Some(name) => match template(name) {
            Some(template) => template,
            None => {
                let names: Vec<&str> = TEMPLATES.iter().map(|template| template.name).collect();
                let mut stderr = anstream::stderr();
                output::write_plain_error(
                    &mut stderr,
                    language,
                    &text(
                        language,
                        "error-unknown-example",
                        &[("name", name.to_owned()), ("names", names.join(", "))],
                    ),
                )?;
                return Ok(Outcome::BadInput);
            }
        },
        None => default_template(language),
    };
    if file.exists() && !force {
        let mut stderr = anstream::stderr();
        output::write_plain_error(
            &mut stderr,
            language,
            &text(
                language,
                "error-file-exists",
                &[("file", file.display().to_string())],
            ),
        )?;
        return Ok(Outcome::BadInput);
    }
    std::fs::write(file, chosen.text)
        .with_context(|| format!("cannot write {}", file.display()))?;
    writeln!(
        out,
        "{}",
        output::init_done(language, &file.display().to_string(), chosen.name)
    )?;
    Ok(Outcome::Success)
}

pub fn check(
    out: &mut impl Write,
    file: &Path,
    format: OutputFormat,
    lang: Option<LanguageArgument>,
) -> Result<Outcome> {
    let Some((loaded, language)) = load(file, lang)? else {
        return Ok(Outcome::BadInput);
    };
    let analysis = Analysis::new(&loaded.strategy, Knowledge::embedded());
    let diagnostics = &analysis.diagnostics;
    let summary = analysis.summary();
    match format {
        OutputFormat::Json => write_json(out, &CheckReport::new(&loaded, diagnostics, language))?,
        OutputFormat::Text => {
            let display = file.display().to_string();
            for diagnostic in diagnostics {
                output::write_diagnostic(out, language, &display, &loaded, diagnostic)?;
            }
            output::write_summary(out, language, summary)?;
        }
    }
    Ok(if summary.errors > 0 {
        Outcome::StrategyHasErrors
    } else {
        Outcome::Success
    })
}

pub fn explain(
    out: &mut impl Write,
    code: &str,
    lang: Option<LanguageArgument>,
) -> Result<Outcome> {
    let language = resolve_language(lang, None);
    if code.eq_ignore_ascii_case("all") {
        for rule in rules() {
            output::write_rule_line(out, language, rule)?;
        }
        return Ok(Outcome::Success);
    }
    match rule(code) {
        Some(rule) => {
            output::write_explanation(out, language, rule)?;
            Ok(Outcome::Success)
        }
        None => {
            let mut stderr = anstream::stderr();
            output::write_plain_error(
                &mut stderr,
                language,
                &text(language, "error-unknown-code", &[("code", code.to_owned())]),
            )?;
            Ok(Outcome::BadInput)
        }
    }
}

pub fn recommend(
    out: &mut impl Write,
    file: &Path,
    format: OutputFormat,
    lang: Option<LanguageArgument>,
) -> Result<Outcome> {
    let Some((loaded, language)) = load(file, lang)? else {
        return Ok(Outcome::BadInput);
    };
    let analysis = Analysis::new(&loaded.strategy, Knowledge::embedded());
    let recommendations = analysis.recommendations();
    match format {
        OutputFormat::Json => {
            write_json(out, &recommendations.written(&analysis.knowledge, language))?
        }
        OutputFormat::Text => {
            output::write_recommendations(out, language, &analysis, &recommendations)?
        }
    }
    outcome_of(&analysis, language)
}

pub fn plan(
    out: &mut impl Write,
    file: &Path,
    format: OutputFormat,
    lang: Option<LanguageArgument>,
) -> Result<Outcome> {
    let Some((loaded, language)) = load(file, lang)? else {
        return Ok(Outcome::BadInput);
    };
    let analysis = Analysis::new(&loaded.strategy, Knowledge::embedded());
    match format {
        OutputFormat::Json => write_json(out, &analysis.plan)?,
        OutputFormat::Text => output::write_plan(out, language, &analysis)?,
    }
    outcome_of(&analysis, language)
}

/// Writes an output file by the rules of [`files`], with the path in the error.
fn write_file_atomically(
    path: &Path,
    write: impl FnOnce(&mut std::io::BufWriter<File>) -> std::io::Result<()>,
) -> Result<()> {
    files::write_file(path, write).with_context(|| format!("cannot write {}", path.display()))
}

pub fn calendar(
    file: &Path,
    format: CalendarFormat,
    output_path: Option<&Path>,
    from: Option<Day>,
    to: Option<Day>,
    lang: Option<LanguageArgument>,
) -> Result<Outcome> {
    let Some((loaded, language)) = load(file, lang)? else {
        return Ok(Outcome::BadInput);
    };
    let mut stderr = anstream::stderr();
    if let (Some(from), Some(to)) = (from, to)
        && from > to
    {
        let message = text(
            language,
            "error-range-inverted",
            &[("from", from.to_string()), ("to", to.to_string())],
        );
        output::write_plain_error(&mut stderr, language, &message)?;
        return Ok(Outcome::BadInput);
    }
    let analysis = Analysis::new(&loaded.strategy, Knowledge::embedded());
    let calendar = analysis.calendar(from, to);
    let labels = Labels::new(&loaded.strategy, &analysis.knowledge, language);
    if calendar.slots.is_empty() && calendar.operations.is_empty() {
        let message = text(language, "calendar-nothing", &[]);
        output::write_plain_error(&mut stderr, language, &message)?;
        return Ok(Outcome::StrategyHasErrors);
    }
    let file_output = output_path.filter(|_| format != CalendarFormat::Hootsuite);
    if output_would_replace_input(file, file_output, language)? {
        return Ok(Outcome::BadInput);
    }
    let count = calendar.slots.len().to_string();
    // What the calendar could not do as asked goes to stderr first, whatever the output: its
    // findings, with their code and what to change in the file.
    for finding in
        tomster_core::calendar::findings(&calendar, &loaded.strategy, &analysis.knowledge)
    {
        writeln!(
            stderr,
            "{} {} {}",
            finding.code,
            finding.message(language),
            finding.hint(language)
        )?;
    }
    let Some(path) = output_path else {
        if format == CalendarFormat::Hootsuite {
            let message = text(language, "calendar-needs-output", &[]);
            output::write_plain_error(&mut stderr, language, &message)?;
            return Ok(Outcome::BadInput);
        }
        let stdout = std::io::stdout();
        let mut writer = std::io::BufWriter::new(stdout.lock());
        match format {
            CalendarFormat::Ics => write_ics(&mut writer, &calendar, &labels)?,
            CalendarFormat::Csv => write_csv(&mut writer, &calendar, &labels)?,
            _ => {
                let skipped = write_metricool(&mut writer, &calendar, &labels)?;
                report_skipped(&mut stderr, language, &skipped)?;
            }
        }
        writer.flush()?;
        return outcome_of(&analysis, language);
    };
    match format {
        CalendarFormat::Hootsuite => {
            let unwritten = unwritten_slots(&calendar);
            if unwritten > 0 {
                let count = unwritten.to_string();
                let message = text(
                    language,
                    "calendar-hootsuite-unwritten",
                    &[("count", count)],
                );
                writeln!(stderr, "{message}")?;
            }
            let website = calendar.website.as_deref();
            let hootsuite_set = hootsuite_files(&calendar, &analysis.knowledge);
            let labels = &labels;
            let set = hootsuite_set.iter().map(|hootsuite_file| {
                let write: files::WriteFile<'_> = Box::new(move |writer| {
                    write_hootsuite(writer, hootsuite_file, website, labels)
                });
                (hootsuite_file.file_name(), write)
            });
            // Files of an earlier run (a network dropped, fewer parts) go once the new set is in.
            let is_of_set = |name: &str| name.starts_with("hootsuite-") && name.ends_with(".csv");
            files::write_file_set(path, set, is_of_set)
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        CalendarFormat::Ics => {
            write_file_atomically(path, |writer| write_ics(writer, &calendar, &labels))?
        }
        CalendarFormat::Csv => {
            write_file_atomically(path, |writer| write_csv(writer, &calendar, &labels))?
        }
        CalendarFormat::Metricool => {
            let mut skipped = Vec::new();
            write_file_atomically(path, |writer| {
                skipped = write_metricool(writer, &calendar, &labels)?;
                Ok(())
            })?;
            report_skipped(&mut stderr, language, &skipped)?;
        }
    }
    let target = path.display().to_string();
    let written = text(
        language,
        "calendar-written",
        &[("count", count), ("target", target)],
    );
    writeln!(stderr, "{written}")?;
    outcome_of(&analysis, language)
}

fn report_skipped(out: &mut impl Write, language: Language, skipped: &[String]) -> Result<()> {
    if !skipped.is_empty() {
        let networks = skipped.join(", ");
        let message = text(
            language,
            "calendar-skipped-networks",
            &[("networks", networks)],
        );
        writeln!(out, "{message}")?;
    }
    Ok(())
}

/// How `tomster results` reads and prints.
pub struct ResultsOptions {
    pub format: OutputFormat,
    pub skip_invalid: bool,
    pub network: Option<String>,
    pub per: crate::PerArgument,
    pub as_of: Option<Day>,
    pub lang: Option<LanguageArgument>,
}

pub fn results(
    out: &mut impl Write,
    strategy: &Path,
    exports: &[std::path::PathBuf],
    options: ResultsOptions,
) -> Result<Outcome> {
    let Some((loaded, language)) = load(strategy, options.lang)? else {
        return Ok(Outcome::BadInput);
    };
    let context = tomster_import::Context {
        // The command prints figures: the posts' texts and links are not kept.
        figures_only: true,
        // Workbooks are read by this same program in a child process with limits.
        workbook_worker: std::env::current_exe().ok(),
        ..tomster_import::Context::for_strategy(&loaded.strategy, today().0, options.network)
    };
    let per = match options.per {
        crate::PerArgument::Day => tomster_core::results::Per::Day,
        crate::PerArgument::Week => tomster_core::results::Per::Week,
        crate::PerArgument::Month => tomster_core::results::Per::Month,
    };
    crate::results::results(
        out,
        &context,
        exports,
        crate::results::Options {
            format: options.format,
            language,
            skip_invalid: options.skip_invalid,
            per,
            strategy: &loaded.strategy,
            as_of: options.as_of.unwrap_or_else(today).0,
        },
    )
}

pub fn schema(out: &mut impl Write) -> Result<Outcome> {
    let schema = schemars::schema_for!(StrategyDocument);
    write_json(out, &schema)?;
    Ok(Outcome::Success)
}

fn write_json(out: &mut impl Write, value: &impl Serialize) -> Result<()> {
    // Through io::Error, so that a closed pipe (`| head`) is seen as one and not as a failure.
    serde_json::to_writer_pretty(&mut *out, value).map_err(std::io::Error::from)?;
    writeln!(out)?;
    Ok(())
}

/// The exit of a command whose output is written: a strategy with errors says so on stderr
/// and exits 1, as the contract asks of every command.
fn outcome_of(analysis: &Analysis<'_>, language: Language) -> Result<Outcome> {
    let errors = analysis.summary().errors;
    if errors == 0 {
        return Ok(Outcome::Success);
    }
    let message = text(
        language,
        "check-has-errors",
        &[("count", errors.to_string())],
    );
    writeln!(anstream::stderr(), "{message}")?;
    Ok(Outcome::StrategyHasErrors)
}

/// Refuses, with a message, an output that is the strategy file itself, or a folder where a
/// file is expected; checked before anything is written (a Markdown document's charts too).
fn output_would_replace_input(
    input: &Path,
    target: Option<&Path>,
    language: Language,
) -> Result<bool> {
    let Some(target) = target else {
        return Ok(false);
    };
    if let Ok(files::Destination::Folder(_)) = files::destination(target) {
        let file = target.display().to_string();
        let message = text(language, "error-output-is-folder", &[("file", file)]);
        output::write_plain_error(&mut anstream::stderr(), language, &message)?;
        return Ok(true);
    }
    let same = match (input.canonicalize(), target.canonicalize()) {
        (Ok(input), Ok(target)) => input == target,
        _ => false,
    };
    if same {
        let file = target.display().to_string();
        let message = text(language, "error-output-is-input", &[("file", file)]);
        output::write_plain_error(&mut anstream::stderr(), language, &message)?;
    }
    Ok(same)
}

/// The strategy's logo, read relative to the strategy file's folder; a logo that cannot be
/// used is said on stderr (`Err(())`) before anything is written.
fn read_logo(
    strategy_file: &Path,
    loaded: &LoadedStrategy,
    language: Language,
) -> Result<std::result::Result<Option<Logo>, ()>> {
    let Some(written) = loaded
        .strategy
        .strategy
        .logo
        .as_deref()
        .filter(|path| !path.trim().is_empty())
    else {
        return Ok(Ok(None));
    };
    let path = strategy_file
        .parent()
        .unwrap_or_else(|| Path::new(""))
        .join(written);
    let file = path.display().to_string();
    let read = File::open(&path).and_then(|opened| {
        // One byte past the limit is enough to know the file is too large.
        let mut bytes = Vec::new();
        opened
            .take(tomster_core::document::MAX_LOGO_BYTES as u64 + 1)
            .read_to_end(&mut bytes)?;
        Ok(bytes)
    });
    let message = match read.map(tomster_render::logo::checked_logo) {
        Ok(Ok(logo)) => return Ok(Ok(Some(logo))),
        Ok(Err(error)) => text(language, error.key(), &[("file", file)]),
        Err(error) => text(
            language,
            "error-logo-unreadable",
            &[("file", file), ("error", error.to_string())],
        ),
    };
    output::write_plain_error(&mut anstream::stderr(), language, &message)?;
    Ok(Err(()))
}

/// Today's date from the system clock, in the local zone (the edge is where the clock is read).
fn today() -> Day {
    let zone = jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC);
    Day(jiff::Timestamp::now().to_zoned_datetime(zone).date())
}

pub fn render(
    file: &Path,
    format: DocumentFormat,
    output_path: Option<&Path>,
    lang: Option<LanguageArgument>,
    date: Option<Day>,
) -> Result<Outcome> {
    let Some((loaded, language)) = load(file, lang)? else {
        return Ok(Outcome::BadInput);
    };
    let mut stderr = anstream::stderr();
    let Ok(logo) = document_output_checked(file, &loaded, format, output_path, language)? else {
        return Ok(Outcome::BadInput);
    };
    let analysis = Analysis::new(&loaded.strategy, Knowledge::embedded());
    let mut document = build_document(&analysis, language, date.unwrap_or_else(today));
    document.logo = logo;
    let errors = document.summary.errors;
    write_document(&document, format, output_path, language)?;
    if errors > 0 {
        let message = text(
            language,
            "render-has-errors",
            &[("count", errors.to_string())],
        );
        writeln!(stderr, "{message}")?;
        return Ok(Outcome::StrategyHasErrors);
    }
    Ok(Outcome::Success)
}

/// Checks where a document goes before anything is computed (a PDF needs a file, the output
/// must not replace the strategy) and reads the strategy's logo: `Err(())` when something was
/// said on stderr and the command stops with exit 2.
fn document_output_checked(
    file: &Path,
    loaded: &LoadedStrategy,
    format: DocumentFormat,
    output_path: Option<&Path>,
    language: Language,
) -> Result<std::result::Result<Option<Logo>, ()>> {
    if format == DocumentFormat::Pdf && output_path.is_none() {
        output::write_plain_error(
            &mut anstream::stderr(),
            language,
            &text(language, "render-pdf-needs-output", &[]),
        )?;
        return Ok(Err(()));
    }
    if output_would_replace_input(file, output_path, language)? {
        return Ok(Err(()));
    }
    read_logo(file, loaded, language)
}

/// Writes a document (the strategy's or a review) in a format, to a file or standard output;
/// Markdown written to a file puts its charts in a folder beside it.
fn write_document(
    document: &tomster_core::document::Document,
    format: DocumentFormat,
    output_path: Option<&Path>,
    language: Language,
) -> Result<()> {
    match (format, output_path) {
        (DocumentFormat::Html, _) => {
            let html = render_html(document).context("cannot render the HTML document")?;
            write_output(output_path, html.as_bytes())?;
        }
        (DocumentFormat::Md, None) => {
            let markdown = render_markdown(document, None);
            write_output(None, markdown.text.as_bytes())?;
        }
        (DocumentFormat::Md, Some(path)) => {
            let stem = path
                .file_stem()
                .map(|stem| stem.to_string_lossy().into_owned())
                .unwrap_or_default();
            let folder_name = format!("{stem}-charts");
            let markdown = render_markdown(document, Some(&folder_name));
            let folder = path.with_file_name(&folder_name);
            std::fs::create_dir_all(&folder)
                .with_context(|| format!("cannot create {}", folder.display()))?;
            for (name, svg) in &markdown.charts {
                write_file_atomically(&folder.join(name), |writer| {
                    writer.write_all(svg.as_bytes())
                })?;
            }
            if let Some((name, bytes)) = &markdown.logo {
                write_file_atomically(&folder.join(name), |writer| writer.write_all(bytes))?;
            }
            write_output(Some(path), markdown.text.as_bytes())?;
        }
        (DocumentFormat::Pdf, _) => {
            let pdf = render_pdf_or_explain(document)?;
            write_output(output_path, &pdf)?;
        }
    }
    if let Some(path) = output_path {
        let done = text(
            language,
            "render-written",
            &[("file", path.display().to_string())],
        );
        writeln!(anstream::stderr(), "{done}")?;
    }
    Ok(())
}

/// What `tomster review` is asked.
pub struct ReviewOptions {
    pub month: jiff::civil::Date,
    pub format: Option<DocumentFormat>,
    pub output: Option<std::path::PathBuf>,
    pub skip_invalid: bool,
    pub network: Option<String>,
    pub date: Option<Day>,
    pub lang: Option<LanguageArgument>,
}

/// The document format an output file's extension asks for (`.pdf`, `.md`), HTML otherwise:
/// `-o plan.pdf` writes a PDF without `--format pdf`.
pub fn format_of_output(output: Option<&Path>) -> DocumentFormat {
    match output
        .and_then(|path| path.extension())
        .and_then(|extension| extension.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("pdf") => DocumentFormat::Pdf,
        Some("md") => DocumentFormat::Md,
        _ => DocumentFormat::Html,
    }
}

/// The monthly review of a month, from the strategy and its exports: read as `results` reads
/// them, evaluated as of the month's last day, written as the strategy document is.
pub fn review(
    file: &Path,
    exports: &[std::path::PathBuf],
    options: ReviewOptions,
) -> Result<Outcome> {
    let Some((loaded, language)) = load(file, options.lang)? else {
        return Ok(Outcome::BadInput);
    };
    let mut stderr = anstream::stderr();
    let output_path = options.output.as_deref();
    let format = options
        .format
        .unwrap_or_else(|| format_of_output(output_path));
    let Ok(logo) = document_output_checked(file, &loaded, format, output_path, language)? else {
        return Ok(Outcome::BadInput);
    };
    // The posts' texts are read too: the month's best posts are quoted.
    let context = tomster_import::Context {
        workbook_worker: std::env::current_exe().ok(),
        ..tomster_import::Context::for_strategy(&loaded.strategy, today().0, options.network)
    };
    let month_end = tomster_core::document::review::month_end(options.month);
    let read = crate::results::read_exports(
        &context,
        exports,
        language,
        options.skip_invalid,
        Some((options.month, month_end)),
    );
    // A refused file, or one left out for its errors, leaves the review without its figures:
    // say what went wrong and write nothing.
    if read.unreadable || (read.skipped && !options.skip_invalid) {
        read.write_imports(&mut stderr, language)?;
        return Ok(read.outcome());
    }
    let as_of = month_end;
    let figures = tomster_core::progress::kpi::DayFigures::new(read.days, as_of);
    let evaluation =
        tomster_core::progress::evaluate(&loaded.strategy, Knowledge::embedded(), &figures, as_of);
    let knowledge = loaded.strategy.knowledge(Knowledge::embedded());
    let best_posts =
        tomster_core::document::review::best_posts_among(&evaluation, &knowledge, &read.posts);
    let mut document = tomster_core::document::review::build_review(
        &tomster_core::document::review::ReviewInputs {
            strategy: &loaded.strategy,
            knowledge: Knowledge::embedded(),
            evaluation: &evaluation,
            month: options.month,
            language,
            today: options.date.unwrap_or_else(today),
            // The versions saved are the web application's; files have none.
            decisions: None,
            best_posts: Some(&best_posts),
        },
    );
    document.logo = logo;
    write_document(&document, format, output_path, language)?;
    Ok(Outcome::Success)
}

/// Writes bytes to a file (atomically) or to standard output.
fn write_output(path: Option<&Path>, bytes: &[u8]) -> Result<()> {
    match path {
        Some(path) => write_file_atomically(path, |writer| writer.write_all(bytes)),
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(bytes)?;
            stdout.flush()?;
            Ok(())
        }
    }
}

#[cfg(feature = "pdf")]
fn render_pdf_or_explain(document: &tomster_core::document::Document) -> Result<Vec<u8>> {
    tomster_render::pdf::render_pdf(document)
        .map_err(|error| anyhow::anyhow!("cannot typeset the PDF: {error}"))
}

#[cfg(not(feature = "pdf"))]
fn render_pdf_or_explain(_document: &tomster_core::document::Document) -> Result<Vec<u8>> {
    anyhow::bail!(
        "this tomster was built without PDF support; build it with `cargo build --release --features pdf`"
    )
}
