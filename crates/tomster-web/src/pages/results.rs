//! A strategy's results area: upload exports, see what each holds before it is stored, confirm
//! or cancel, the list of imports with undo, a form for the figures no export gives, and the
//! figures per month.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::header::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tomster_core::i18n::{Coded, number, text};
use tomster_core::knowledge::Knowledge;
use tomster_core::model::Language;
use tomster_core::results::{Metric, Per};
use tomster_import::Reading;

use super::{Page, StrategyFrame, render};
use crate::access::{CsrfFiles, CsrfForm, Edit, InStrategy, Read, has_csrf};
use crate::results::{ImportAnswer, Upload, WEBSITE};
use crate::secrets::{random_secret, secret_hash};
use crate::store::results::{Filter, ImportRow, StagedFile};
use crate::web::{AppError, AppState};

/// Files one upload form takes.
pub const MAX_FILES: usize = 5;

/// The largest file the page takes (the pages' body limit): larger ones go through the API or
/// the command line, which stream them.
pub const MAX_PAGE_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// A file as the preview shows it.
struct PreviewFile {
    name: String,
    refused: Option<String>,
    recognised: String,
    account: String,
    period: String,
    rows: u64,
    posts: u64,
    figures: u64,
    warnings: Vec<String>,
    errors: Vec<String>,
    /// What happens to rows with errors: left out, or the whole file.
    errors_note: Option<String>,
}

/// An import as the list shows it.
struct ImportView {
    id: i64,
    file: String,
    recognised: String,
    account: String,
    period: String,
    posts: String,
    figures: String,
    by: String,
    when: i64,
    warnings: Vec<String>,
}

/// A network's figures per month: metric columns, month rows.
struct FigureTable {
    network: String,
    metrics: Vec<String>,
    rows: Vec<(String, Vec<String>)>,
}

#[derive(Template)]
#[template(path = "results.html")]
struct ResultsPage {
    page: Page,
    frame: StrategyFrame,
    notice: Option<String>,
    problem: Option<String>,
    preview: Option<(String, Vec<PreviewFile>)>,
    imports: Vec<ImportView>,
    networks: Vec<(String, String)>,
    metrics: Vec<(String, String)>,
    tables: Vec<FigureTable>,
    max_files: usize,
    max_megabytes: u64,
}

#[derive(Deserialize)]
pub struct ResultsQuery {
    preview: Option<String>,
    done: Option<usize>,
    again: Option<i64>,
    undone: Option<u8>,
    saved: Option<u8>,
    problem: Option<String>,
}

fn recognised(language: Language, format: &str, file_language: &str, network: &str) -> String {
    let formats: Vec<String> = format
        .split('+')
        .filter(|f| !f.is_empty())
        .map(|f| text(language, &format!("import-format-{f}"), &[]))
        .collect();
    let knowledge = Knowledge::embedded();
    let networks: Vec<&str> = network
        .split('+')
        .filter(|n| !n.is_empty())
        .map(|n| {
            if n == WEBSITE {
                n
            } else {
                knowledge.platform_name(n)
            }
        })
        .collect();
    let mut line = formats.join(", ");
    if !file_language.is_empty() && file_language != "en" {
        let key = format!("import-language-{file_language}");
        let name = if tomster_core::i18n::has_key(&key) {
            text(language, &key, &[])
        } else {
            file_language.to_owned()
        };
        line.push_str(&format!(" ({name})"));
    }
    if !networks.is_empty() {
        line.push_str(&format!(" · {}", networks.join(", ")));
    }
    line
}

fn period(from: Option<String>, to: Option<String>) -> String {
    match (from, to) {
        (Some(from), Some(to)) if from == to => from,
        (Some(from), Some(to)) => format!("{from} – {to}"),
        _ => "—".to_owned(),
    }
}

fn preview_file(
    name: String,
    reading: Result<Reading, Coded>,
    skip_invalid: bool,
    language: Language,
) -> PreviewFile {
    match reading {
        Err(refusal) => PreviewFile {
            name,
            refused: Some(refusal.text(language)),
            recognised: String::new(),
            account: String::new(),
            period: String::new(),
            rows: 0,
            posts: 0,
            figures: 0,
            warnings: Vec::new(),
            errors: Vec::new(),
            errors_note: None,
        },
        Ok(reading) => {
            let errors = reading
                .errors
                .iter()
                .map(|error| {
                    let mut place = String::new();
                    if let Some(sheet) = &error.sheet {
                        place.push_str(sheet);
                        place.push_str(", ");
                    }
                    place.push_str(&text(
                        language,
                        "web-results-line",
                        &[("line", error.line.to_string())],
                    ));
                    if let Some(column) = &error.column {
                        place.push_str(&format!(", {column}"));
                    }
                    format!("{place}: {}", error.message.text(language))
                })
                .collect();
            let errors_note = (reading.error_count > 0).then(|| {
                if skip_invalid {
                    text(
                        language,
                        "web-results-will-skip",
                        &[("count", reading.skipped_rows.to_string())],
                    )
                } else {
                    text(language, "web-results-nothing-stored", &[])
                }
            });
            PreviewFile {
                name,
                refused: None,
                recognised: recognised(
                    language,
                    &reading.format,
                    &reading.language,
                    &reading.network,
                ),
                account: reading.account.clone().unwrap_or_else(|| "—".to_owned()),
                period: period(
                    reading.from.map(|d| d.to_string()),
                    reading.to.map(|d| d.to_string()),
                ),
                rows: reading.rows,
                posts: reading.post_count,
                figures: reading.observation_count,
                warnings: reading.warnings.iter().map(|w| w.text(language)).collect(),
                errors,
                errors_note,
            }
        }
    }
}

fn import_view(row: &ImportRow, language: Language) -> ImportView {
    let counted = |changes: tomster_core::results::Changes| {
        text(
            language,
            "web-results-added-updated",
            &[
                ("added", changes.added.to_string()),
                ("updated", changes.updated.to_string()),
            ],
        )
    };
    ImportView {
        id: row.id,
        file: row.file_name.clone(),
        recognised: if row.format == "typed" {
            text(language, "web-results-type", &[])
        } else {
            recognised(language, &row.format, &row.language, &row.network)
        },
        account: row.account.clone().unwrap_or_else(|| "—".to_owned()),
        period: period(row.from.clone(), row.to.clone()),
        posts: counted(row.changes.posts),
        figures: counted(row.changes.observations),
        by: row.created_by.clone().unwrap_or_else(|| "—".to_owned()),
        when: row.created_at,
        warnings: row.warnings.iter().map(|w| w.text(language)).collect(),
    }
}

/// The strategy's networks with their names (and the website, for GA4 and typed figures).
async fn networks_of(
    state: &AppState,
    access: &InStrategy<Read>,
) -> Result<Vec<(String, String)>, AppError> {
    let version = crate::service::current_version(state, &access.strategy).await?;
    let ids: Vec<(String, String)> = match tomster_core::load::from_toml_str(&version.toml) {
        Ok(loaded) => {
            let knowledge = Knowledge::embedded();
            loaded
                .strategy
                .platforms
                .iter()
                .map(|p| {
                    (
                        p.id.as_str().to_owned(),
                        knowledge.platform_name(p.id.as_str()).to_owned(),
                    )
                })
                .chain(
                    loaded
                        .strategy
                        .custom_networks
                        .iter()
                        .map(|n| (n.id.as_str().to_owned(), n.name.clone())),
                )
                .collect()
        }
        Err(_) => Vec::new(),
    };
    let mut networks = ids;
    networks.push((
        WEBSITE.to_owned(),
        text(access.language, "web-results-website", &[]),
    ));
    Ok(networks)
}

fn metric_name(language: Language, id: &str) -> String {
    let key = format!("metric-{id}");
    if tomster_core::i18n::has_key(&key) {
        text(language, &key, &[])
    } else {
        id.to_owned()
    }
}

pub async fn page(
    State(state): State<AppState>,
    access: InStrategy<Read>,
    Query(query): Query<ResultsQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let language = access.language;
    let strategy = &access.strategy;
    let results = state.db.results();
    let imports = results.imports(&strategy.id).await?;

    let mut notice = None;
    if let Some(count) = query.done {
        notice = Some(text(
            language,
            "web-results-done",
            &[("count", count.to_string())],
        ));
    }
    if let Some(id) = query.again
        && let Some(row) = imports.iter().find(|row| row.id == id)
    {
        let date = jiff::Timestamp::from_second(row.created_at)
            .map(|t| t.to_string()[..10].to_owned())
            .unwrap_or_default();
        notice = Some(text(
            language,
            "web-results-again",
            &[("file", row.file_name.clone()), ("date", date)],
        ));
    }
    if query.undone.is_some() {
        notice = Some(text(language, "web-results-undone", &[]));
    }
    if query.saved.is_some() {
        notice = Some(text(language, "web-results-figure-saved", &[]));
    }
    let problem = query.problem.as_deref().map(|code| match code {
        "too-large" => text(
            language,
            "web-results-too-large",
            &[("size", (MAX_PAGE_FILE_BYTES / (1024 * 1024)).to_string())],
        ),
        "too-many" => text(
            language,
            "web-results-too-many",
            &[("count", MAX_FILES.to_string())],
        ),
        "no-file" => text(language, "web-results-no-file", &[]),
        "figure" => text(language, "web-results-figure-invalid", &[]),
        "gone" => text(language, "web-results-gone", &[]),
        _ => text(language, "web-results-expired", &[]),
    });

    // The files waiting for confirmation, read again for the preview (small: the page's limit).
    let mut preview = None;
    if let Some(token) = query.preview.as_deref()
        && access.role.can_edit()
    {
        let staged = results
            .staged(&strategy.id, access.session.user_id(), &secret_hash(token))
            .await?;
        if staged.is_empty() {
            return Ok(
                Redirect::to(&format!("/s/{}/results?problem=expired", strategy.id))
                    .into_response(),
            );
        }
        let mut files = Vec::with_capacity(staged.len());
        for file in staged {
            let upload = Upload::from_bytes(&file.bytes).map_err(|_| AppError::Internal)?;
            let reading =
                crate::results::read_upload(&state, strategy, &upload, file.network.clone())
                    .await?;
            files.push(preview_file(
                file.file_name,
                reading,
                file.skip_invalid,
                language,
            ));
        }
        preview = Some((token.to_owned(), files));
    }

    let networks = networks_of(&state, &access).await?;
    let mut metrics: Vec<(String, String)> = Metric::vocabulary()
        .filter(|m| **m != Metric::Posts && **m != Metric::Events)
        .map(|m| (m.id().to_owned(), metric_name(language, m.id())))
        .collect();
    if let Ok(Some(version)) = state
        .db
        .strategies()
        .version(&strategy.id, strategy.current_version)
        .await
        && let Ok(loaded) = tomster_core::load::from_toml_str(&version.toml)
    {
        for kpi in &loaded.strategy.custom_kpis {
            metrics.insert(0, (kpi.id.as_str().to_owned(), kpi.name.clone()));
        }
    }

    // The figures per month, a table per network.
    let monthly = results
        .figures(&strategy.id, &Filter::default(), Per::Month)
        .await?;
    let knowledge = Knowledge::embedded();
    let mut tables: Vec<FigureTable> = Vec::new();
    let mut network_ids: Vec<&str> = monthly.iter().map(|f| f.network.as_str()).collect();
    network_ids.dedup();
    for network in network_ids {
        let of_network: Vec<_> = monthly.iter().filter(|f| f.network == network).collect();
        let mut metric_ids: Vec<&str> = of_network.iter().map(|f| f.metric.id()).collect();
        metric_ids.sort_unstable();
        metric_ids.dedup();
        let mut months: Vec<jiff::civil::Date> = of_network.iter().map(|f| f.start).collect();
        months.sort_unstable();
        months.dedup();
        let rows = months
            .iter()
            .map(|month| {
                let cells = metric_ids
                    .iter()
                    .map(|metric| {
                        of_network
                            .iter()
                            .find(|f| f.start == *month && f.metric.id() == *metric)
                            .map(|f| {
                                number(
                                    language,
                                    f.value,
                                    if f.value.fract().abs() > 1e-9 { 1 } else { 0 },
                                )
                            })
                            .unwrap_or_default()
                    })
                    .collect();
                (
                    tomster_core::i18n::month_year(language, tomster_core::values::Day(*month)),
                    cells,
                )
            })
            .collect();
        tables.push(FigureTable {
            network: if network == WEBSITE {
                text(language, "web-results-website", &[])
            } else {
                knowledge.platform_name(network).to_owned()
            },
            metrics: metric_ids
                .iter()
                .map(|m| metric_name(language, m))
                .collect(),
            rows,
        });
    }

    Ok(render(&ResultsPage {
        page: access.page(
            text(
                language,
                "web-results-title",
                &[("name", strategy.name.clone())],
            ),
            &headers,
        ),
        frame: access.frame(None, None),
        notice,
        problem,
        preview,
        imports: imports
            .iter()
            .map(|row| import_view(row, language))
            .collect(),
        networks,
        metrics,
        tables,
        max_files: MAX_FILES,
        max_megabytes: MAX_PAGE_FILE_BYTES / (1024 * 1024),
    }))
}

/// Receives the files, keeps them until confirmed, and shows what they hold.
pub async fn upload(
    State(state): State<AppState>,
    access: InStrategy<Edit>,
    upload: CsrfFiles<MAX_PAGE_FILE_BYTES>,
) -> Result<Response, AppError> {
    let id = &access.strategy.id;
    if let Some(code) = upload.refused {
        return Ok(Redirect::to(&format!("/s/{id}/results?problem={code}")).into_response());
    }
    if upload.files.is_empty() {
        return Ok(Redirect::to(&format!("/s/{id}/results?problem=no-file")).into_response());
    }
    let mut staged = Vec::with_capacity(upload.files.len());
    for (name, file) in &upload.files {
        staged.push(StagedFile {
            file_name: crate::results::clean_file_name(name),
            skip_invalid: upload.skip_invalid,
            network: upload.network.clone(),
            bytes: file.bytes().map_err(|_| AppError::Internal)?,
        });
    }
    let token = random_secret().map_err(|_| AppError::Internal)?;
    state
        .db
        .results()
        .stage(
            id,
            access.session.user_id(),
            &secret_hash(&token),
            &staged,
            state.now(),
        )
        .await?;
    Ok(Redirect::to(&format!("/s/{id}/results?preview={token}#preview")).into_response())
}

#[derive(Deserialize)]
pub struct StagedForm {
    csrf: String,
    token: String,
}

#[derive(Deserialize)]
pub struct UndoForm {
    csrf: String,
    import: i64,
}

#[derive(Deserialize)]
pub struct FigureForm {
    csrf: String,
    network: String,
    metric: String,
    per: String,
    date: String,
    value: String,
}

has_csrf!(StagedForm, UndoForm, FigureForm);

/// Stores the files shown in the preview.
pub async fn confirm(
    State(state): State<AppState>,
    access: InStrategy<Edit>,
    CsrfForm(form): CsrfForm<StagedForm>,
) -> Result<Response, AppError> {
    let strategy = &access.strategy;
    let user = access.session.user_id();
    let token_hash = secret_hash(&form.token);
    let staged = state
        .db
        .results()
        .staged(&strategy.id, user, &token_hash)
        .await?;
    if staged.is_empty() {
        return Ok(
            Redirect::to(&format!("/s/{}/results?problem=expired", strategy.id)).into_response(),
        );
    }
    let mut done = 0;
    let mut again = None;
    for file in staged {
        let upload = Upload::from_bytes(&file.bytes).map_err(|_| AppError::Internal)?;
        let answer = crate::results::import_upload(
            &state,
            strategy,
            user,
            &file.file_name,
            upload,
            file.skip_invalid,
            file.network,
        )
        .await?;
        match answer {
            ImportAnswer::Stored(_) => done += 1,
            ImportAnswer::Again(row) => again = Some(row.id),
            ImportAnswer::Refused(_) | ImportAnswer::Invalid(_) => {}
        }
    }
    state
        .db
        .results()
        .unstage(&strategy.id, user, &token_hash)
        .await?;
    let mut address = format!("/s/{}/results?done={done}", strategy.id);
    if let Some(id) = again {
        address.push_str(&format!("&again={id}"));
    }
    Ok(Redirect::to(&format!("{address}#imports")).into_response())
}

pub async fn cancel(
    State(state): State<AppState>,
    access: InStrategy<Edit>,
    CsrfForm(form): CsrfForm<StagedForm>,
) -> Result<Response, AppError> {
    state
        .db
        .results()
        .unstage(
            &access.strategy.id,
            access.session.user_id(),
            &secret_hash(&form.token),
        )
        .await?;
    Ok(Redirect::to(&format!("/s/{}/results", access.strategy.id)).into_response())
}

pub async fn undo(
    State(state): State<AppState>,
    access: InStrategy<Edit>,
    CsrfForm(form): CsrfForm<UndoForm>,
) -> Result<Response, AppError> {
    let id = &access.strategy.id;
    // Undone already (a second click, another tab): the page says so rather than failing.
    if !state.db.results().undo(id, form.import).await? {
        return Ok(Redirect::to(&format!("/s/{id}/results?problem=gone#imports")).into_response());
    }
    crate::progress::refresh_soon(&state, id, access.strategy.current_version);
    Ok(Redirect::to(&format!("/s/{id}/results?undone=1#imports")).into_response())
}

/// Stores a typed figure; the same form sent twice (a double click) stores it once.
pub async fn figure(
    State(state): State<AppState>,
    access: InStrategy<Edit>,
    CsrfForm(form): CsrfForm<FigureForm>,
) -> Result<Response, AppError> {
    let language = access.language;
    let strategy = &access.strategy;
    let per = match form.per.as_str() {
        "week" => Per::Week,
        "month" => Per::Month,
        _ => Per::Day,
    };
    let value = tomster_import::values::number(&form.value, language == Language::French);
    let date = form.date.trim().parse::<jiff::civil::Date>().ok();
    let (Ok(tomster_import::values::Number::Value(value)), Some(date)) = (value, date) else {
        return Ok(
            Redirect::to(&format!("/s/{}/results?problem=figure#type", strategy.id))
                .into_response(),
        );
    };
    let start = per.start(date);
    let end = match per {
        Per::Day => start,
        Per::Week => start
            .checked_add(jiff::Span::new().days(6))
            .unwrap_or(start),
        Per::Month => start.last_of_month(),
    };
    let input = crate::results::FigureInput {
        date: start.to_string(),
        to: Some(end.to_string()),
        network: form.network.clone(),
        metric: form.metric.clone(),
        value,
        post_id: None,
        account: None,
    };
    let checked =
        crate::results::check_figures(&state, strategy, std::slice::from_ref(&input), language)
            .await?;
    let Ok((posts, observations)) = checked else {
        return Ok(
            Redirect::to(&format!("/s/{}/results?problem=figure#type", strategy.id))
                .into_response(),
        );
    };
    let key = format!(
        "form:{}:{}:{}:{}:{}:{}",
        form.csrf, form.network, form.metric, start, end, value
    );
    crate::results::store_figures(
        &state,
        strategy,
        access.session.user_id(),
        "form",
        &key,
        posts,
        observations,
    )
    .await?;
    Ok(Redirect::to(&format!("/s/{}/results?saved=1#imports", strategy.id)).into_response())
}
