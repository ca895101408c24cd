//! The `tomster` command: write, check and explain a social media strategy (TOMSTER method).
//!
//! Exit codes: 0 success (warnings allowed), 1 the strategy has errors, 2 bad usage or
//! unreadable input.

mod commands;
mod files;
mod output;
mod results;
mod server;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Plan and measure a social media strategy with the TOMSTER method
/// (Target, Objectives, Message, Strategy, Technologies, Evaluate, Resources).
#[derive(Debug, Parser)]
#[command(name = "tomster", version, about, long_about = None, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
}

/// The periods of `tomster results`' figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PerArgument {
    Day,
    Week,
    Month,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocumentFormat {
    /// One self-contained HTML page (inline CSS and SVG), with a print stylesheet.
    Html,
    /// A4 PDF with embedded fonts and page numbers.
    Pdf,
    /// Markdown; charts as SVG files in a folder next to it (with -o).
    Md,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CalendarFormat {
    /// iCalendar (RFC 5545) for Google Calendar, Outlook, Apple Calendar.
    Ics,
    /// One row per post slot, with a header (columns in the README).
    Csv,
    /// Hootsuite bulk composer files, one per network (needs -o FOLDER).
    Hootsuite,
    /// Metricool bulk upload file.
    Metricool,
}

/// Reads a `YYYY-MM-DD` option, with its error in the environment's language.
/// A month written `YYYY-MM`, as its first day.
fn parse_month(text: &str) -> Result<jiff::civil::Date, String> {
    let (year, month) = text
        .split_once('-')
        .ok_or_else(|| format!("expected a month as YYYY-MM, found {text:?}"))?;
    let year: i16 = year
        .parse()
        .map_err(|_| format!("expected a month as YYYY-MM, found {text:?}"))?;
    let month: i8 = month
        .parse()
        .map_err(|_| format!("expected a month as YYYY-MM, found {text:?}"))?;
    jiff::civil::Date::new(year, month, 1)
        .map_err(|_| format!("expected a month as YYYY-MM, found {text:?}"))
}

fn parse_day(text: &str) -> Result<tomster_core::values::Day, String> {
    tomster_core::values::Day::parse(text).map_err(|error| {
        tomster_core::i18n::Coded::written(&error, commands::environment_language())
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LanguageArgument {
    Fr,
    En,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Write a valid, commented example strategy to FILE.
    Init {
        /// The file to write (refused if it exists, unless --force).
        #[arg(required_unless_present = "list")]
        file: Option<PathBuf>,
        /// The example to start from (see --list); defaults to the one in --lang.
        #[arg(long, value_name = "NAME")]
        example: Option<String>,
        /// Language of the example when --example is not given.
        #[arg(long, value_enum)]
        lang: Option<LanguageArgument>,
        /// Overwrite FILE if it exists.
        #[arg(long)]
        force: bool,
        /// List the examples and exit.
        #[arg(long, conflicts_with_all = ["file", "example", "force"])]
        list: bool,
    },
    /// Check a strategy: where the seven answers contradict each other.
    Check {
        file: PathBuf,
        #[arg(long, value_enum, default_value = "text")]
        format: OutputFormat,
        /// Language of the messages (default: the strategy's, then LANG).
        #[arg(long, value_enum)]
        lang: Option<LanguageArgument>,
    },
    /// Print the long explanation of a diagnostic code, such as O002.
    Explain {
        /// A diagnostic code (T001, O002...); `all` lists every rule.
        code: String,
        #[arg(long, value_enum)]
        lang: Option<LanguageArgument>,
    },
    /// Recommend networks per persona and KPIs per objective, with their sources.
    Recommend {
        file: PathBuf,
        #[arg(long, value_enum, default_value = "text")]
        format: OutputFormat,
        #[arg(long, value_enum)]
        lang: Option<LanguageArgument>,
    },
    /// Estimate the plan: hours per week, costs per month, message coverage.
    Plan {
        file: PathBuf,
        #[arg(long, value_enum, default_value = "text")]
        format: OutputFormat,
        #[arg(long, value_enum)]
        lang: Option<LanguageArgument>,
    },
    /// Write the strategy document: HTML, PDF or Markdown.
    Render {
        file: PathBuf,
        /// The format (default: the output file's extension, `.pdf` or `.md`; else html).
        #[arg(long, value_enum)]
        format: Option<DocumentFormat>,
        /// Where to write (required for pdf). Default: standard output.
        #[arg(short = 'o', long, value_name = "OUT")]
        output: Option<PathBuf>,
        #[arg(long, value_enum)]
        lang: Option<LanguageArgument>,
        /// The version date printed on the cover (default: today).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
        date: Option<tomster_core::values::Day>,
    },
    /// Expand the plan into an editorial calendar: ICS, CSV, Hootsuite or Metricool files.
    Calendar {
        file: PathBuf,
        #[arg(long, value_enum, default_value = "ics")]
        format: CalendarFormat,
        /// Where to write (a file; a folder for hootsuite). Default: standard output.
        #[arg(short = 'o', long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// First day to include (default: the strategy's start).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
        from: Option<tomster_core::values::Day>,
        /// Last day to include (default: the strategy's end).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
        to: Option<tomster_core::values::Day>,
        #[arg(long, value_enum)]
        lang: Option<LanguageArgument>,
    },
    /// Read analytics exports (Meta, LinkedIn, X, TikTok, YouTube, GA4, or date,network,metric,value
    /// columns) and print what was recognised and the figures per network and month.
    ///
    /// Nothing is stored. Exit 0 when every file was read, 1 when rows or files were left out for
    /// errors, 2 when a file is not an export or cannot be read.
    Results {
        /// The strategy the figures belong to: its networks and its own KPIs.
        strategy: PathBuf,
        /// The exports, as downloaded (CSV, XLSX, XLS).
        #[arg(required = true)]
        exports: Vec<PathBuf>,
        #[arg(long, value_enum, default_value = "text")]
        format: OutputFormat,
        /// Keep the good rows of a file that has errors (by default such a file adds nothing).
        #[arg(long)]
        skip_invalid: bool,
        /// The network of a file that does not say (a Meta daily series): instagram, facebook...
        #[arg(long, value_name = "NETWORK")]
        network: Option<String>,
        /// The periods the figures add up over.
        #[arg(long, value_enum, default_value = "month")]
        per: PerArgument,
        /// Read the objectives' progress, the plan's execution and the findings as of this day
        /// (today by default): figures after it are left out, so a past review is reproduced.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
        as_of: Option<tomster_core::values::Day>,
        #[arg(long, value_enum)]
        lang: Option<LanguageArgument>,
    },
    /// Write the monthly review of a month for the client: each objective's progress with its
    /// chart, the plan against what was published, what to adjust (HTML, PDF or Markdown).
    ///
    /// The exports are read as `results` reads them, and the strategy as of the month's last
    /// day. Exit 0 when written, 1 when a file's rows have errors (nothing written, unless
    /// --skip-invalid), 2 when a file is not an export.
    Review {
        strategy: PathBuf,
        /// The exports, as downloaded (CSV, XLSX, XLS).
        #[arg(required = true)]
        exports: Vec<PathBuf>,
        /// The month of the review.
        #[arg(long, value_name = "YYYY-MM", value_parser = parse_month)]
        month: jiff::civil::Date,
        /// Where to write; its extension (.html, .pdf, .md) chooses the format. Default:
        /// standard output, in HTML.
        #[arg(short = 'o', long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// The format, when the output's extension does not say.
        #[arg(long, value_enum)]
        format: Option<DocumentFormat>,
        /// Keep the good rows of a file that has errors (by default nothing is written).
        #[arg(long)]
        skip_invalid: bool,
        /// The network of a file that does not say (a Meta daily series): instagram, facebook...
        #[arg(long, value_name = "NETWORK")]
        network: Option<String>,
        /// The date printed on the cover (default: today).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
        date: Option<tomster_core::values::Day>,
        #[arg(long, value_enum)]
        lang: Option<LanguageArgument>,
    },
    /// Print the JSON Schema of the strategy file, for editor completion.
    Schema,
    /// Run the web application: build, check and hand over strategies in the browser.
    Serve(server::ServeArgs),
    /// Set up accounts, workspaces and tokens from the console (works while the server runs).
    Admin {
        #[command(flatten)]
        database: server::DatabaseArgs,
        #[command(subcommand)]
        command: server::AdminCommand,
    },
    /// The server's PDF typesetter: one request on standard input, the PDF on standard output
    /// (`tomster serve` runs it as a child process it can stop).
    #[command(hide = true)]
    PdfWorker,
    /// Reads one workbook for `tomster serve` and `tomster results`: its bytes on standard
    /// input, its sheets as JSON on standard output, within a memory limit.
    #[command(hide = true)]
    WorkbookWorker,
}

/// How a command ended, mapped to the process exit code.
pub enum Outcome {
    Success,
    StrategyHasErrors,
    BadInput,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            // Help and version are successes; usage errors exit 2 as clap does.
            let _ = error.print();
            return if error.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let mut stdout = anstream::stdout();
    let result = match cli.command {
        Command::Init {
            file,
            example,
            lang,
            force,
            list,
        } => match file {
            Some(file) if !list => {
                commands::init(&mut stdout, &file, example.as_deref(), lang, force)
            }
            _ => commands::list_examples(&mut stdout),
        },
        Command::Check { file, format, lang } => commands::check(&mut stdout, &file, format, lang),
        Command::Explain { code, lang } => commands::explain(&mut stdout, &code, lang),
        Command::Recommend { file, format, lang } => {
            commands::recommend(&mut stdout, &file, format, lang)
        }
        Command::Plan { file, format, lang } => commands::plan(&mut stdout, &file, format, lang),
        Command::Render {
            file,
            format,
            output,
            lang,
            date,
        } => commands::render(
            &file,
            format.unwrap_or_else(|| commands::format_of_output(output.as_deref())),
            output.as_deref(),
            lang,
            date,
        ),
        Command::Calendar {
            file,
            format,
            output,
            from,
            to,
            lang,
        } => commands::calendar(&file, format, output.as_deref(), from, to, lang),
        Command::Results {
            strategy,
            exports,
            format,
            skip_invalid,
            network,
            per,
            as_of,
            lang,
        } => commands::results(
            &mut stdout,
            &strategy,
            &exports,
            commands::ResultsOptions {
                format,
                skip_invalid,
                network,
                per,
                as_of,
                lang,
            },
        ),
        Command::Review {
            strategy,
            exports,
            month,
            output,
            format,
            skip_invalid,
            network,
            date,
            lang,
        } => commands::review(
            &strategy,
            &exports,
            commands::ReviewOptions {
                month,
                format,
                output,
                skip_invalid,
                network,
                date,
                lang,
            },
        ),
        Command::Schema => commands::schema(&mut stdout),
        Command::Serve(arguments) => server::serve(arguments),
        Command::Admin { database, command } => server::admin(&mut stdout, database, command),
        Command::PdfWorker => server::pdf_worker(),
        Command::WorkbookWorker => server::workbook_worker(),
    };
    let _ = stdout.flush();
    match result {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::StrategyHasErrors) => ExitCode::from(1),
        Ok(Outcome::BadInput) => ExitCode::from(2),
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            let mut stderr = anstream::stderr();
            let _ = writeln!(stderr, "tomster: {error:#}");
            ExitCode::from(2)
        }
    }
}

/// A reader that stopped reading (`tomster ... | head`) is not an error.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
