//! Changing a strategy: the guided form of each step (built from the model by
//! [`crate::editor`]) and, for those who prefer it, the whole strategy as a file; both checked
//! as the user types and saved as a new version through [`crate::service::save_version`].
//!
//! A posted form is read, applied to the version it started from and written as TOML on the
//! blocking pool, in time linear in its size: a large form cannot hold the async threads.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tomster_core::i18n::text;
use tomster_core::model::Language;

use super::{Page, StrategyFrame, render};
use crate::access::{CsrfForm, Edit, Fields, InStrategy, has_csrf};
use crate::editor::{Control, Line};
use crate::service::{Saved, report_view, save_version, version_document};
use crate::store::StrategyRow;
use crate::views::{ShownDiagnostic, Step, WrittenLoadError, load, parse_step};
use crate::web::{AppError, AppState};

#[derive(Template)]
#[template(path = "form.html")]
struct FormPage {
    page: Page,
    frame: StrategyFrame,
    step: &'static str,
    step_name: String,
    base: i64,
    lines: Vec<Line>,
    /// Findings to reach from the top: (the field's HTML id or empty, the message).
    problems: Vec<(String, String)>,
    /// The form shows changes not saved yet (after adding, removing or moving an element).
    unsaved: bool,
    conflict: Option<i64>,
    comment: String,
}

/// What the form page shows, besides the strategy's frame.
struct FormState {
    document: serde_json::Value,
    base: i64,
    findings: HashMap<String, Vec<(String, String)>>,
    problems: Vec<(String, String)>,
    unsaved: bool,
    conflict: Option<i64>,
    comment: String,
}

/// The checker's findings on a version, by form field.
fn findings_by_field(report: &[ShownDiagnostic]) -> HashMap<String, Vec<(String, String)>> {
    let mut findings: HashMap<String, Vec<(String, String)>> = HashMap::new();
    for diagnostic in report {
        // The guided forms speak in words: the advice, not the file's syntax.
        let message = if diagnostic.advice.is_empty() {
            format!("{} {}", diagnostic.code, diagnostic.message)
        } else {
            format!(
                "{} {} {}",
                diagnostic.code, diagnostic.message, diagnostic.advice
            )
        };
        findings
            .entry(crate::editor::form_name(&diagnostic.path))
            .or_default()
            .push((diagnostic.severity.clone(), message));
    }
    findings
}

fn render_form(
    access: &InStrategy<Edit>,
    step: Step,
    headers: &HeaderMap,
    state: FormState,
    status: StatusCode,
) -> Response {
    let language = access.language;
    let lines = crate::editor::form_lines(step, &state.document, &state.findings, language);
    let page = FormPage {
        page: access.page(
            format!("{} — {}", step.name(language), access.strategy.name),
            headers,
        ),
        frame: access.frame(None, Some(step)),
        step: step.as_str(),
        step_name: step.name(language),
        base: state.base,
        lines,
        problems: state.problems,
        unsaved: state.unsaved,
        conflict: state.conflict,
        comment: state.comment,
    };
    (status, render(&page)).into_response()
}

/// An adjustment the results view suggests, shown filled in and not saved yet: the form opens
/// with `set` (`objectives[0].target`, `always_on[1].posts_per_week`) at `value`, and the
/// version's comment says which finding it answers.
#[derive(Deserialize, Default)]
pub struct Adjustment {
    set: Option<String>,
    value: Option<f64>,
    comment: Option<String>,
}

/// The fields an adjustment may set: a list's element by its place, then a number field.
const ADJUSTABLE: &[(&str, &str)] = &[("objectives", "target"), ("always_on", "posts_per_week")];

/// Sets `path` (`list[index].field`, one of [`ADJUSTABLE`]) to `value` in the document; false
/// when the path is not one an adjustment may set or names no element.
fn adjust(document: &mut serde_json::Value, path: &str, value: f64) -> bool {
    let Some((list, rest)) = path.split_once('[') else {
        return false;
    };
    let Some((index, field)) = rest.split_once("].") else {
        return false;
    };
    if !ADJUSTABLE.contains(&(list, field)) || !value.is_finite() {
        return false;
    }
    let Ok(index) = index.parse::<usize>() else {
        return false;
    };
    let Some(element) = document
        .get_mut(list)
        .and_then(|items| items.get_mut(index))
        .and_then(serde_json::Value::as_object_mut)
    else {
        return false;
    };
    let number = if value.fract() == 0.0 && value.abs() < 1e15 {
        serde_json::Value::from(value as i64)
    } else {
        serde_json::Value::from(value)
    };
    element.insert(field.to_owned(), number);
    true
}

pub async fn form(
    State(state): State<AppState>,
    access: InStrategy<Edit>,
    Path((_, step)): Path<(String, String)>,
    Query(adjustment): Query<Adjustment>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let step = parse_step(&step).ok_or(AppError::NotFound)?;
    let strategy = &access.strategy;
    let report = match report_view(&state, strategy, access.language).await? {
        Ok((_, report)) => report,
        Err(_) => return Ok(Redirect::to(&format!("/s/{}/edit", strategy.id)).into_response()),
    };
    let mut document = version_document(&state, strategy, strategy.current_version)
        .await?
        .ok_or(AppError::Internal)?;
    let base = strategy.current_version;
    let adjusted = match (&adjustment.set, adjustment.value) {
        (Some(path), Some(value)) => adjust(&mut document, path, value),
        _ => false,
    };
    let comment = adjustment
        .comment
        .filter(|_| adjusted)
        .map(|comment| comment.chars().take(500).collect())
        .unwrap_or_default();
    Ok(render_form(
        &access,
        step,
        &headers,
        FormState {
            document,
            base,
            findings: findings_by_field(&report),
            problems: Vec::new(),
            unsaved: adjusted,
            conflict: None,
            comment,
        },
        StatusCode::OK,
    ))
}

/// Load errors of a written form with the form field each is about (`None` when none is).
fn load_errors_by_field(
    written: &str,
    errors: &[tomster_core::load::LoadError],
    language: Language,
) -> Vec<(Option<String>, String)> {
    // A value that could not be read has a place in the written text but no path: the text's
    // map gives the field written there.
    let map = tomster_core::source_map::SourceMap::from_toml(written);
    let index = tomster_core::source_map::LineIndex::new(written);
    errors
        .iter()
        .map(|error| {
            let path = error.path.clone().or_else(|| {
                map.path_at(index.offset(written, error.location))
                    .map(str::to_owned)
            });
            (
                path.as_deref().map(crate::editor::form_name),
                error.text(language),
            )
        })
        .collect()
}

/// A form applied to the version it started from.
struct Applied {
    /// The document with the form's values (shown again when the form is not saved).
    document: serde_json::Value,
    /// Its text: the version's, with the form's changes and the file's comments kept.
    written: Result<String, String>,
    /// Values refused before anything was checked (a percentage over 100).
    problems: Vec<crate::editor::FormProblem>,
}

/// Applies a form to the version it started from and writes it as TOML, on the blocking pool.
async fn applied(
    state: &AppState,
    strategy: &StrategyRow,
    step: Step,
    fields: Fields,
    action: Option<String>,
) -> Result<Applied, AppError> {
    let base: i64 = fields
        .get("base")
        .parse()
        .map_err(|_| AppError::BadRequest)?;
    let version = state
        .db
        .strategies()
        .version(&strategy.id, base)
        .await?
        .ok_or(AppError::NotFound)?;
    state
        .workers
        .run(move |_| {
            let loaded =
                tomster_core::load::from_toml_str(&version.toml).map_err(|_| AppError::Internal)?;
            let mut document =
                serde_json::to_value(&*loaded.strategy).map_err(|_| AppError::Internal)?;
            let problems = crate::editor::apply_form(step, &mut document, &fields.0);
            if let Some(action) = action {
                crate::editor::apply_action(&mut document, &action);
            }
            let written = crate::editor::to_toml_keeping(&version.toml, &document);
            Ok(Applied {
                document,
                written,
                problems,
            })
        })
        .await?
}

/// A refused value's message, in words, with the field's HTML id.
fn problem_message(problem: &crate::editor::FormProblem, language: Language) -> (String, String) {
    (
        crate::editor::html_id(&problem.name),
        text(language, problem.key, &[]),
    )
}

/// The findings of a form being filled, for the live feedback script: nothing is stored.
/// Answers `{"fields": {HTML id: [[severity, message]]}, "count": n}`.
pub async fn check(
    State(state): State<AppState>,
    access: InStrategy<Edit>,
    Path((_, step)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<Fields>,
) -> Result<Response, AppError> {
    let step = parse_step(&step).ok_or(AppError::NotFound)?;
    let language = access.language;
    let Applied {
        written, problems, ..
    } = applied(&state, &access.strategy, step, fields, None).await?;
    let written = written.map_err(|_| AppError::BadRequest)?;
    let refused: Vec<(String, String)> = problems
        .iter()
        .map(|problem| problem_message(problem, language))
        .collect();
    let findings = state
        .workers
        .run(move |_| match tomster_core::load::from_toml_str(&written) {
            Ok(loaded) => {
                let analysis = tomster_core::analysis::Analysis::new(
                    &loaded.strategy,
                    tomster_core::knowledge::Knowledge::embedded(),
                );
                tomster_core::analysis::CheckReport::new(&loaded, &analysis.diagnostics, language)
                    .diagnostics
                    .into_iter()
                    .map(|diagnostic| {
                        let message = if diagnostic.advice.is_empty() {
                            format!("{} {}", diagnostic.code, diagnostic.message)
                        } else {
                            format!(
                                "{} {} {}",
                                diagnostic.code, diagnostic.message, diagnostic.advice
                            )
                        };
                        (
                            Some(crate::editor::form_name(&diagnostic.path)),
                            diagnostic.severity.to_owned(),
                            message,
                        )
                    })
                    .collect::<Vec<_>>()
            }
            Err(errors) => load_errors_by_field(&written, &errors, language)
                .into_iter()
                .map(|(path, message)| (path, "error".to_owned(), message))
                .collect(),
        })
        .await?;
    let mut by_field: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for (id, message) in &refused {
        by_field
            .entry(id.clone())
            .or_default()
            .push(("error".to_owned(), message.clone()));
    }
    for (path, severity, message) in &findings {
        if let Some(path) = path {
            by_field
                .entry(crate::editor::html_id(path))
                .or_default()
                .push((severity.clone(), message.clone()));
        }
    }
    Ok(axum::Json(
        serde_json::json!({ "fields": by_field, "count": findings.len() + refused.len() }),
    )
    .into_response())
}

pub async fn submit(
    State(state): State<AppState>,
    access: InStrategy<Edit>,
    Path((_, step)): Path<(String, String)>,
    headers: HeaderMap,
    CsrfForm(fields): CsrfForm<Fields>,
) -> Result<Response, AppError> {
    let step = parse_step(&step).ok_or(AppError::NotFound)?;
    let language = access.language;
    let base: i64 = fields
        .get("base")
        .parse()
        .map_err(|_| AppError::BadRequest)?;
    let action = fields.get("action").to_owned();
    let comment: String = fields.get("comment").to_owned();
    let list_action = (action != "save").then(|| action.clone());
    // The other steps' sections come from the version the form started from.
    let Applied {
        document,
        written,
        problems,
    } = applied(&state, &access.strategy, step, fields, list_action.clone()).await?;
    let form_state = |document, problems, unsaved, conflict, findings| FormState {
        document,
        base,
        findings,
        problems,
        unsaved,
        conflict,
        comment: comment.clone(),
    };
    if list_action.is_some() {
        let shown = form_state(document, Vec::new(), true, None, HashMap::new());
        return Ok(render_form(&access, step, &headers, shown, StatusCode::OK));
    }
    if !problems.is_empty() {
        // Refused before anything is checked: said on each field, nothing saved.
        let mut findings: HashMap<String, Vec<(String, String)>> = HashMap::new();
        let mut listed = Vec::new();
        for problem in &problems {
            let (id, message) = problem_message(problem, language);
            listed.push((id, message.clone()));
            // A map's entry (`always_on.0.pillars[a]`) shows on the map's group.
            let field = problem
                .name
                .split_once('[')
                .map_or(problem.name.as_str(), |(map, _)| map);
            findings
                .entry(field.to_owned())
                .or_default()
                .push(("error".to_owned(), message));
        }
        let shown = form_state(document, listed, true, None, findings);
        return Ok(render_form(
            &access,
            step,
            &headers,
            shown,
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    let written = written.map_err(|error| {
        tracing::error!(%error, "form to TOML");
        AppError::Internal
    })?;
    let saved = save_version(
        &state,
        &access.strategy,
        base,
        &written,
        access.session.user_id(),
        &comment,
        language,
    )
    .await?;
    match saved {
        Saved::Version { .. } => {
            Ok(
                Redirect::to(&format!("/s/{}/step/{}", access.strategy.id, step.as_str()))
                    .into_response(),
            )
        }
        Saved::Invalid(_) => {
            // The errors again, with the field each is about.
            let checked = written.clone();
            let errors = state
                .workers
                .run(move |_| match tomster_core::load::from_toml_str(&checked) {
                    Ok(_) => Vec::new(),
                    Err(errors) => load_errors_by_field(&checked, &errors, language),
                })
                .await?;
            let mut findings: HashMap<String, Vec<(String, String)>> = HashMap::new();
            let mut problems = Vec::new();
            for (path, message) in errors {
                match path {
                    Some(path) => {
                        problems.push((crate::editor::html_id(&path), message.clone()));
                        findings
                            .entry(path)
                            .or_default()
                            .push(("error".to_owned(), message));
                    }
                    None => problems.push((String::new(), message)),
                }
            }
            let shown = form_state(document, problems, true, None, findings);
            Ok(render_form(
                &access,
                step,
                &headers,
                shown,
                StatusCode::UNPROCESSABLE_ENTITY,
            ))
        }
        Saved::Conflict { current } => {
            // Keep what the user typed; the next save builds on the version saved meanwhile.
            let mut shown = form_state(document, Vec::new(), true, Some(current), HashMap::new());
            shown.base = current;
            Ok(render_form(
                &access,
                step,
                &headers,
                shown,
                StatusCode::CONFLICT,
            ))
        }
    }
}

#[derive(Template)]
#[template(path = "edit.html")]
struct EditPage {
    page: Page,
    frame: StrategyFrame,
    source: String,
    base: i64,
    comment: String,
    load_errors: Vec<WrittenLoadError>,
    diagnostics: Vec<ShownDiagnostic>,
    /// Set when another version was saved meanwhile: the user's text is kept and the other
    /// version's shown beside it.
    conflict: Option<(i64, String)>,
}

impl EditPage {
    fn new(
        access: &InStrategy<Edit>,
        headers: &HeaderMap,
        frame: StrategyFrame,
        source: String,
        base: i64,
    ) -> EditPage {
        EditPage {
            page: Page::zoned(
                access.language,
                text(
                    access.language,
                    "web-edit-title",
                    &[("name", access.strategy.name.clone())],
                ),
                Some(&access.session),
                headers,
            ),
            frame,
            source,
            base,
            comment: String::new(),
            load_errors: Vec::new(),
            diagnostics: Vec::new(),
            conflict: None,
        }
    }
}

pub async fn edit(
    State(state): State<AppState>,
    access: InStrategy<Edit>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let language = access.language;
    let strategy = &access.strategy;
    let version = crate::service::current_version(&state, strategy).await?;
    let shown = report_view(&state, strategy, language).await?;
    let (frame, diagnostics, load_errors) = match shown {
        Ok((frame, report)) => (Some(frame), report, Vec::new()),
        // A text this build refuses: its errors, with their lines.
        Err(errors) => (None, Vec::new(), errors),
    };
    let mut page = EditPage::new(
        &access,
        &headers,
        access.frame(frame.as_ref(), None),
        version.toml,
        strategy.current_version,
    );
    page.diagnostics = diagnostics;
    page.load_errors = load_errors;
    Ok(render(&page))
}

#[derive(Deserialize)]
pub struct EditForm {
    csrf: String,
    source: String,
    base: i64,
    #[serde(default)]
    comment: String,
}

has_csrf!(EditForm);

pub async fn edit_submit(
    State(state): State<AppState>,
    access: InStrategy<Edit>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<EditForm>,
) -> Result<Response, AppError> {
    let language = access.language;
    let source = form.source.replace("\r\n", "\n");
    let plain_frame = || access.frame(None, None);
    match save_version(
        &state,
        &access.strategy,
        form.base,
        &source,
        access.session.user_id(),
        &form.comment,
        language,
    )
    .await?
    {
        Saved::Version { .. } => {
            Ok(Redirect::to(&format!("/s/{}/step/target", access.strategy.id)).into_response())
        }
        Saved::Invalid(errors) => {
            let mut page = EditPage::new(&access, &headers, plain_frame(), source, form.base);
            page.comment = form.comment;
            page.load_errors = errors;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        Saved::Conflict { current } => {
            let theirs = state
                .db
                .strategies()
                .version(&access.strategy.id, current)
                .await?
                .map(|version| version.toml)
                .unwrap_or_default();
            let mut page = EditPage::new(&access, &headers, plain_frame(), source, current);
            page.comment = form.comment;
            page.conflict = Some((current, theirs));
            Ok((StatusCode::CONFLICT, render(&page)).into_response())
        }
    }
}

#[derive(Deserialize)]
pub struct LiveCheckForm {
    csrf: String,
    source: String,
}

has_csrf!(LiveCheckForm);

/// The diagnostics of a text being edited, for the live feedback script (nothing is stored).
pub async fn live_check(
    State(state): State<AppState>,
    access: InStrategy<Edit>,
    CsrfForm(form): CsrfForm<LiveCheckForm>,
) -> Result<Response, AppError> {
    let language = access.language;
    let source = form.source;
    let report = state
        .workers
        .run(move |_| match load(&source, language) {
            Ok(loaded) => {
                let analysis = tomster_core::analysis::Analysis::new(
                    &loaded.strategy,
                    tomster_core::knowledge::Knowledge::embedded(),
                );
                serde_json::json!({
                    "load_errors": [],
                    "check": tomster_core::analysis::CheckReport::new(&loaded, &analysis.diagnostics, language),
                })
            }
            Err(errors) => serde_json::json!({ "load_errors": errors }),
        })
        .await?;
    Ok(axum::Json(report).into_response())
}
