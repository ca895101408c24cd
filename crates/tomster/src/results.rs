//! `tomster results`: reads analytics exports as the server would, without any database, and
//! prints what was recognised in each and the figures per network and month.

use std::fs::File;
use std::io::{BufReader, Write};
use std::path::{Path, PathBuf};

use anyhow::Result;
use jiff::civil::Date;
use serde::Serialize;
use tomster_core::i18n::{Coded, number, text};
use tomster_core::model::Language;
use tomster_core::results::{Changes, ImportChanges, Month, Observation, Per, Post, ResultSet};
use tomster_import::{Context, Reading};

use crate::output::terminal_safe;
use crate::{Outcome, OutputFormat};

impl FigureJson {
    /// The period's label: its month, or its first day.
    fn period(&self) -> &str {
        self.month
            .as_deref()
            .or(self.start.as_deref())
            .unwrap_or("")
    }
}

/// One file's line in the JSON output.
#[derive(Serialize)]
struct ImportJson {
    file: String,
    /// `imported`, `rejected` (rows with errors, nothing kept), or `refused` (not an export).
    status: &'static str,
    format: Option<String>,
    language: Option<String>,
    network: Option<String>,
    account: Option<String>,
    from: Option<Date>,
    to: Option<Date>,
    rows: u64,
    skipped_rows: u64,
    #[serde(flatten)]
    changes: ImportChanges,
    warnings: Vec<String>,
    errors: Vec<ErrorJson>,
    /// The sentence that says why a file was refused.
    refused: Option<String>,
}

#[derive(Serialize)]
struct ErrorJson {
    sheet: Option<String>,
    line: u64,
    column: Option<String>,
    message: String,
}

#[derive(Serialize)]
struct ResultsJson {
    imports: Vec<ImportJson>,
    figures: Vec<FigureJson>,
}

fn sum(a: Changes, b: Changes) -> Changes {
    Changes {
        added: a.added + b.added,
        updated: a.updated + b.updated,
        unchanged: a.unchanged + b.unchanged,
    }
}

/// A figure of the output: per month `"month": "YYYY-MM"`, per day or week the period's first
/// day, `"start": "YYYY-MM-DD"` (weeks start on Monday).
#[derive(Serialize)]
struct FigureJson {
    network: String,
    metric: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<String>,
    value: f64,
}

/// Reads `exports` for the strategy `context` describes (its networks, its own KPIs, today).
pub fn results(
    out: &mut impl Write,
    context: &Context,
    exports: &[PathBuf],
    format: OutputFormat,
    language: Language,
    skip_invalid: bool,
    per: Per,
) -> Result<Outcome> {
    let today = context.today;
    let mut set = ResultSet::new();
    let mut imports = Vec::with_capacity(exports.len());
    let mut unreadable = false;
    let mut skipped = false;
    for path in exports {
        // A first pass decides (refused, errors) and keeps nothing but the file's summary.
        let reading = scan_file(path, context, &mut |_, _| true);
        let mut line = ImportJson {
            file: path.display().to_string(),
            status: "imported",
            format: None,
            language: None,
            network: None,
            account: None,
            from: None,
            to: None,
            rows: 0,
            skipped_rows: 0,
            changes: ImportChanges::default(),
            warnings: Vec::new(),
            errors: Vec::new(),
            refused: None,
        };
        match reading {
            Err(refusal) => {
                unreadable = true;
                line.status = "refused";
                line.refused = Some(refusal.text(language));
            }
            Ok(reading) => {
                let has_errors = reading.error_count > 0;
                if has_errors {
                    skipped = true;
                }
                line.errors = reading
                    .errors
                    .iter()
                    .map(|error| ErrorJson {
                        sheet: error.sheet.clone(),
                        line: error.line,
                        column: error.column.clone(),
                        message: error.message.text(language),
                    })
                    .collect();
                line.warnings = reading.warnings.iter().map(|w| w.text(language)).collect();
                line.format = Some(reading.format.clone());
                line.language = Some(reading.language.clone());
                line.network = Some(reading.network.clone());
                line.account = reading.account.clone();
                line.from = reading.from;
                line.to = reading.to;
                line.rows = reading.rows;
                line.skipped_rows = reading.skipped_rows;
                if has_errors && !skip_invalid {
                    // All or nothing: a file with an error adds nothing.
                    line.status = "rejected";
                } else {
                    // The second pass adds the figures batch by batch: the file is never held
                    // whole.
                    let as_of = reading.to.unwrap_or(today);
                    let mut changes = ImportChanges::default();
                    let second = scan_file(path, context, &mut |posts, observations| {
                        let posts = posts.into_iter().map(figures_only).collect();
                        let added = set.add(posts, observations, as_of);
                        changes.posts = sum(changes.posts, added.posts);
                        changes.observations = sum(changes.observations, added.observations);
                        true
                    });
                    if let Err(refusal) = second {
                        unreadable = true;
                        line.status = "refused";
                        line.refused = Some(refusal.text(language));
                    }
                    line.changes = changes;
                }
            }
        }
        imports.push(line);
    }
    let figures: Vec<FigureJson> = set
        .figures(per)
        .into_iter()
        .map(|figure| FigureJson {
            network: figure.network,
            metric: figure.metric.id().to_owned(),
            month: (per == Per::Month).then(|| Month::of(figure.start).to_string()),
            start: (per != Per::Month).then(|| figure.start.to_string()),
            value: figure.value,
        })
        .collect();
    match format {
        OutputFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &ResultsJson { imports, figures })
                .map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
        OutputFormat::Text => write_text(out, language, &imports, &figures)?,
    }
    Ok(if unreadable {
        Outcome::BadInput
    } else if skipped {
        Outcome::StrategyHasErrors
    } else {
        Outcome::Success
    })
}

/// Reads a file as an export, handing its posts and observations to `each` as they come (a
/// file's summary only, when `each` keeps nothing).
fn scan_file(
    path: &Path,
    context: &Context,
    each: &mut dyn FnMut(Vec<Post>, Vec<Observation>) -> bool,
) -> Result<Reading, Coded> {
    let file = File::open(path).map_err(|error| {
        Coded::new(
            "import-refused-unreadable",
            &[("reason", error.to_string())],
        )
    })?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(Coded::new(
            "import-refused-unreadable",
            &[("reason", "it is a folder".to_owned())],
        ));
    }
    tomster_import::scan(BufReader::with_capacity(256 * 1024, file), context, each)
}

/// A post as the figures need it: its texts dropped, which a large export is mostly made of.
fn figures_only(mut post: Post) -> Post {
    post.text = None;
    post.permalink = None;
    post.kind = None;
    post
}

fn write_text(
    out: &mut impl Write,
    language: Language,
    imports: &[ImportJson],
    figures: &[FigureJson],
) -> Result<()> {
    for import in imports {
        writeln!(out, "{}", terminal_safe(&import.file))?;
        if let Some(refused) = &import.refused {
            writeln!(
                out,
                "  {}",
                terminal_safe(&text(
                    language,
                    "results-refused",
                    &[("reason", refused.clone())]
                ))
            )?;
            continue;
        }
        let format = import.format.as_deref().unwrap_or_default();
        let names: Vec<String> = format
            .split('+')
            .map(|f| text(language, &format!("import-format-{f}"), &[]))
            .collect();
        writeln!(
            out,
            "  {}",
            text(
                language,
                "results-recognised",
                &[
                    ("format", names.join(", ")),
                    ("language", import.language.clone().unwrap_or_default()),
                    ("network", import.network.clone().unwrap_or_default()),
                ]
            )
        )?;
        let period = match (import.from, import.to) {
            (Some(from), Some(to)) => format!("{from} – {to}"),
            _ => "–".to_owned(),
        };
        writeln!(
            out,
            "  {}",
            terminal_safe(&text(
                language,
                "results-summary",
                &[
                    (
                        "account",
                        import.account.clone().unwrap_or_else(|| "–".into())
                    ),
                    ("period", period),
                    ("rows", import.rows.to_string()),
                    ("added", import.changes.posts.added.to_string()),
                    ("updated", import.changes.posts.updated.to_string()),
                    ("unchanged", import.changes.posts.unchanged.to_string()),
                    (
                        "figures",
                        (import.changes.observations.added + import.changes.observations.updated)
                            .to_string()
                    ),
                ]
            ))
        )?;
        for warning in &import.warnings {
            writeln!(out, "  ! {}", terminal_safe(warning))?;
        }
        for error in &import.errors {
            let place = match (&error.sheet, &error.column) {
                (Some(sheet), Some(column)) => format!("{sheet}, {}:{}", error.line, column),
                (Some(sheet), None) => format!("{sheet}, {}", error.line),
                (None, Some(column)) => format!("{}:{}", error.line, column),
                (None, None) => error.line.to_string(),
            };
            writeln!(
                out,
                "  x {}: {}",
                terminal_safe(&place),
                terminal_safe(&error.message)
            )?;
        }
        if import.status == "rejected" {
            writeln!(out, "  {}", text(language, "results-rejected", &[]))?;
        }
    }
    if figures.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(out, "{}", text(language, "results-figures-heading", &[]))?;
    // Per network, a table: one row per month, one column per metric.
    let mut networks: Vec<&str> = figures.iter().map(|f| f.network.as_str()).collect();
    networks.dedup();
    for network in networks {
        let of_network: Vec<&FigureJson> =
            figures.iter().filter(|f| f.network == network).collect();
        let mut metrics: Vec<&str> = of_network.iter().map(|f| f.metric.as_str()).collect();
        metrics.sort_unstable();
        metrics.dedup();
        let mut months: Vec<String> = of_network.iter().map(|f| f.period().to_owned()).collect();
        months.sort_unstable();
        months.dedup();
        let cell = |month: &str, metric: &str| {
            of_network
                .iter()
                .find(|f| f.metric == metric && f.period() == month)
                .map(|f| {
                    let decimals = if f.value.fract().abs() > 1e-9 { 1 } else { 0 };
                    number(language, f.value, decimals)
                })
                .unwrap_or_default()
        };
        let widths: Vec<usize> = metrics
            .iter()
            .map(|metric| {
                months
                    .iter()
                    .map(|month| cell(month, metric).chars().count())
                    .chain([metric.chars().count()])
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        writeln!(out, "\n  {}", terminal_safe(network))?;
        write!(out, "    {:<10}", text(language, "results-period", &[]))?;
        for (metric, width) in metrics.iter().zip(&widths) {
            write!(out, "  {metric:>width$}")?;
        }
        writeln!(out)?;
        for month in &months {
            write!(out, "    {month:<10}")?;
            for (metric, width) in metrics.iter().zip(&widths) {
                write!(out, "  {:>width$}", cell(month, metric))?;
            }
            writeln!(out)?;
        }
    }
    Ok(())
}
