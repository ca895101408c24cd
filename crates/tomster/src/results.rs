//! `tomster results`: reads analytics exports as the server would, without any database, and
//! prints what was recognised in each, the figures per network and period, and what they say
//! against the strategy as of a day: each objective's progress, the plan's execution, the
//! findings.

use std::collections::HashSet;
use std::fs::File;
use std::hash::{Hash, Hasher};
use std::io::{BufReader, Write};
use std::path::{Path, PathBuf};

use anyhow::Result;
use jiff::civil::Date;
use serde::Serialize;
use tomster_core::i18n::{Coded, number, quantity, text};
use tomster_core::knowledge::Knowledge;
use tomster_core::model::Language;
use tomster_core::progress::execution::{OperationExecution, WeekExecution};
use tomster_core::progress::kpi::DayFigures;
use tomster_core::progress::{Evaluation, FindingLine, ProgressLine, evaluate};
use tomster_core::results::{
    Changes, Figure, ImportChanges, Metric, Month, Observation, Per, Post, ResultSet, Tally,
    regroup,
};
use tomster_core::strategy::Strategy;
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
    /// The day the progress, execution and findings are read as of.
    as_of: Date,
    progress: Vec<ProgressLine>,
    execution: Vec<WeekExecution>,
    operations: Vec<OperationExecution>,
    findings: Vec<FindingLine>,
}

/// How `results` reads and prints.
pub struct Options<'a> {
    pub format: OutputFormat,
    pub language: Language,
    pub skip_invalid: bool,
    pub per: Per,
    pub strategy: &'a Strategy,
    pub as_of: Date,
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
///
/// Memory stays bounded whatever the files' size: a first pass reads each file once, adds its
/// posts' figures up (kept only if the whole file is accepted) and keeps one 8-byte key per
/// post. A post that comes twice (overlapping exports) is merged as the server does, the newer
/// figure winning; only then does a second pass read the accepted files again, to count each
/// post seen once directly and merge the others whole.
/// The exports read: each file's line, the figures per day, and whether a file was refused
/// (`unreadable`) or rows were left out for errors (`skipped`).
pub struct ReadExports {
    imports: Vec<ImportJson>,
    pub days: Vec<Figure>,
    /// The posts published in the days asked (`read_exports`' `keep_posts`), each once.
    pub posts: Vec<Post>,
    pub unreadable: bool,
    pub skipped: bool,
}

impl ReadExports {
    /// What the command exits with for these files.
    pub fn outcome(&self) -> Outcome {
        if self.unreadable {
            Outcome::BadInput
        } else if self.skipped {
            Outcome::StrategyHasErrors
        } else {
            Outcome::Success
        }
    }

    /// What each file was recognised as, its counts, warnings and errors, as text.
    pub fn write_imports(&self, out: &mut impl Write, language: Language) -> Result<()> {
        write_text(out, language, &self.imports, &[])
    }
}

pub fn results(
    out: &mut impl Write,
    context: &Context,
    exports: &[PathBuf],
    options: Options,
) -> Result<Outcome> {
    let read = read_exports(
        context,
        exports,
        options.language,
        options.skip_invalid,
        None,
    );
    let outcome = read.outcome();
    let ReadExports { imports, days, .. } = read;
    print_results(out, options, imports, days)?;
    Ok(outcome)
}

/// Reads `exports` for the strategy `context` describes; see [`results`] for how memory stays
/// bounded.
pub fn read_exports(
    context: &Context,
    exports: &[PathBuf],
    language: Language,
    skip_invalid: bool,
    keep_posts: Option<(Date, Date)>,
) -> ReadExports {
    let today = context.today;
    // The posts published in `keep_posts`' days, under their keys (a month's: small).
    let mut kept = ResultSet::new();
    // Days first: the progress reads them, and they add up into any period.
    let mut tally = Tally::new(Per::Day);
    // Observations (account series: small) and the posts seen more than once, under their
    // natural keys.
    let mut merged = ResultSet::new();
    let mut keys = PostKeys::default();
    // The accepted files: their place in `imports` and the date they are known as of.
    let mut accepted: Vec<(usize, Date)> = Vec::new();
    let mut imports = Vec::with_capacity(exports.len());
    let mut unreadable = false;
    let mut skipped = false;
    for path in exports {
        let mut file_tally = Tally::new(Per::Day);
        let mut file_keys = Vec::new();
        let mut observations = Vec::new();
        let mut file_posts = Vec::new();
        let reading = scan_file(path, context, &mut |posts, more_observations| {
            for post in &posts {
                file_keys.push(post_key(post));
                file_tally.add_post(post);
            }
            if let Some((from, to)) = keep_posts {
                file_posts.extend(posts.into_iter().filter(|post| {
                    post.published
                        .is_some_and(|published| (from..=to).contains(&published.at.date()))
                }));
            }
            observations.extend(more_observations);
            true
        });
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
                    let as_of = reading.to.unwrap_or(today);
                    keys.add_file(file_keys);
                    tally.absorb(file_tally);
                    kept.add(std::mem::take(&mut file_posts), Vec::new(), as_of);
                    line.changes.posts.added = reading.post_count;
                    line.changes.observations =
                        merged.add(Vec::new(), observations, as_of).observations;
                    accepted.push((imports.len(), as_of));
                }
            }
        }
        imports.push(line);
    }
    if !keys.twice.is_empty() {
        // Some posts came more than once: the files are read again, each post seen once
        // counted as it comes, the others merged under their keys before they count.
        tally.forget_posts();
        for &(index, as_of) in &accepted {
            let line = &mut imports[index];
            let mut posts_changes = Changes::default();
            let second = scan_file(&exports[index], context, &mut |posts, _| {
                let mut again = Vec::new();
                for post in posts {
                    if keys.twice.contains(&post_key(&post)) {
                        again.push(post);
                    } else {
                        tally.add_post(&post);
                        posts_changes.added += 1;
                    }
                }
                posts_changes = sum(posts_changes, merged.add(again, Vec::new(), as_of).posts);
                true
            });
            line.changes.posts = posts_changes;
            if let Err(refusal) = second {
                // The file changed or went between the two readings.
                unreadable = true;
                line.status = "refused";
                line.refused = Some(refusal.text(language));
            }
        }
    }
    merged.add_to(&mut tally);
    ReadExports {
        imports,
        days: tally.figures(),
        posts: kept.posts().cloned().collect(),
        unreadable,
        skipped,
    }
}

/// The rest of `results`: the figures read, printed with their evaluation.
fn print_results(
    out: &mut impl Write,
    options: Options,
    imports: Vec<ImportJson>,
    days: Vec<Figure>,
) -> Result<()> {
    let Options {
        format,
        language,
        per,
        strategy,
        as_of,
        ..
    } = options;
    let evaluation = evaluate(
        strategy,
        Knowledge::embedded(),
        &DayFigures::new(days.iter().cloned(), as_of),
        as_of,
    );
    let figures: Vec<FigureJson> = regroup(days, per)
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
            let json = ResultsJson {
                imports,
                figures,
                as_of,
                progress: evaluation
                    .progress
                    .iter()
                    .map(|objective| objective.line(language))
                    .collect(),
                execution: evaluation.execution,
                operations: evaluation.operations,
                findings: evaluation
                    .findings
                    .iter()
                    .map(|finding| finding.line(language))
                    .collect(),
            };
            serde_json::to_writer_pretty(&mut *out, &json).map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
        OutputFormat::Text => {
            write_text(out, language, &imports, &figures)?;
            write_evaluation(out, language, strategy, &evaluation)?;
        }
    }
    Ok(())
}

/// A post's natural key (network and id) as 8 bytes: 5 million posts take 40 MB. Two posts
/// whose keys collide are merely both merged under their real keys, never mixed up.
fn post_key(post: &Post) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    post.network.hash(&mut hasher);
    post.id.hash(&mut hasher);
    hasher.finish()
}

/// The keys of the posts of the accepted files, and those seen more than once.
#[derive(Default)]
struct PostKeys {
    /// Sorted, each once.
    seen: Vec<u64>,
    twice: HashSet<u64>,
}

impl PostKeys {
    /// Adds an accepted file's keys, noting those already seen (in it or before).
    fn add_file(&mut self, mut keys: Vec<u64>) {
        keys.sort_unstable();
        for pair in keys.windows(2) {
            if pair[0] == pair[1] {
                self.twice.insert(pair[0]);
            }
        }
        keys.dedup();
        if self.seen.is_empty() {
            self.seen = keys;
            return;
        }
        let earlier = std::mem::take(&mut self.seen);
        let mut all = Vec::with_capacity(earlier.len() + keys.len());
        let (mut a, mut b) = (earlier.into_iter().peekable(), keys.into_iter().peekable());
        loop {
            let next = match (a.peek(), b.peek()) {
                (Some(x), Some(y)) if x == y => {
                    self.twice.insert(*x);
                    b.next();
                    a.next()
                }
                (Some(x), Some(y)) if x < y => a.next(),
                (Some(_), Some(_)) | (None, Some(_)) => b.next(),
                (Some(_), None) => a.next(),
                (None, None) => break,
            };
            all.extend(next);
        }
        self.seen = all;
    }
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
        // The posts per format are the execution's (below), not a column each here.
        let mut metrics: Vec<&str> = of_network
            .iter()
            .map(|f| f.metric.as_str())
            .filter(|id| !Metric::from_id(id).is_some_and(|metric| metric.is_format_count()))
            .collect();
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

/// Weeks of the execution table the text output shows per network: the last ones.
const TEXT_WEEKS: usize = 4;

/// The progress, the last weeks' execution and the findings, as text.
fn write_evaluation(
    out: &mut impl Write,
    language: Language,
    strategy: &Strategy,
    evaluation: &Evaluation,
) -> Result<()> {
    let currency = strategy
        .strategy
        .currency
        .as_ref()
        .map_or("EUR", |currency| currency.as_str());
    let day = |date: Date| tomster_core::i18n::long_date(language, tomster_core::values::Day(date));
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        text(
            language,
            "results-progress-heading",
            &[("date", day(evaluation.as_of))]
        )
    )?;
    for objective in &evaluation.progress {
        let quantity = |value: f64| quantity(language, value, objective.unit, currency);
        let label = strategy
            .objectives
            .get(objective.index)
            .map_or(objective.objective.as_str(), |o| o.label());
        let status = text(
            language,
            &format!("progress-status-{}", objective.status.as_str()),
            &[],
        );
        writeln!(out, "\n  [{status}] {}", terminal_safe(label))?;
        if let (Some(actual), Some(expected), Some(target)) =
            (objective.actual, objective.expected, objective.target)
        {
            writeln!(
                out,
                "    {}",
                text(
                    language,
                    "results-progress-figures",
                    &[
                        ("actual", quantity(actual)),
                        ("expected", quantity(expected)),
                        ("target", quantity(target)),
                        ("deadline", day(objective.deadline)),
                    ]
                )
            )?;
        }
        if let Some(forecast) = objective.forecast {
            writeln!(
                out,
                "    {}",
                text(
                    language,
                    "results-progress-forecast",
                    &[
                        ("value", quantity(forecast.value)),
                        ("low", quantity(forecast.low)),
                        ("high", quantity(forecast.high)),
                        ("periods", forecast.periods.to_string()),
                    ]
                )
            )?;
        }
        writeln!(out, "    {}", terminal_safe(&objective.reason(language)))?;
    }
    if !evaluation.execution.is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            text(
                language,
                "results-execution-heading",
                &[("weeks", TEXT_WEEKS.to_string())]
            )
        )?;
        let mut networks: Vec<&str> = evaluation
            .execution
            .iter()
            .map(|week| week.network.as_str())
            .collect();
        networks.dedup();
        for network in networks {
            let weeks: Vec<&WeekExecution> = evaluation
                .execution
                .iter()
                .filter(|week| week.network == network)
                .collect();
            let last_weeks = &weeks[weeks.len().saturating_sub(TEXT_WEEKS)..];
            // Each week, then each format over those weeks: planned, and what went out.
            let line = |indent: &str, key: &str, arguments: &[(&str, String)]| {
                format!("{indent}{}", terminal_safe(&text(language, key, arguments)))
            };
            let published = |posts: Option<f64>| {
                posts.map_or_else(|| "–".to_owned(), |n| number(language, n, 0))
            };
            for week in last_weeks {
                let arguments = [
                    ("network", network.to_owned()),
                    ("week", week.week.clone()),
                    ("planned", week.planned.to_string()),
                    ("published", published(week.published)),
                ];
                writeln!(out, "{}", line("  ", "results-execution-line", &arguments))?;
            }
            for row in tomster_core::progress::execution::formats(last_weeks) {
                let arguments = [
                    (
                        "format",
                        tomster_core::i18n::format_name(language, row.format),
                    ),
                    ("planned", row.planned.to_string()),
                    ("published", published(row.published)),
                ];
                writeln!(
                    out,
                    "{}",
                    line("    ", "results-execution-format-line", &arguments)
                )?;
            }
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", text(language, "results-findings-heading", &[]))?;
    if evaluation.findings.is_empty() {
        writeln!(out, "  {}", text(language, "results-no-findings", &[]))?;
    }
    for finding in &evaluation.findings {
        let line = finding.line(language);
        writeln!(
            out,
            "  {} {} {}",
            line.code,
            line.severity,
            terminal_safe(&line.message)
        )?;
        writeln!(out, "    {}", terminal_safe(&line.advice))?;
    }
    Ok(())
}
