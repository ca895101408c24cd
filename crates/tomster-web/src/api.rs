//! The JSON API, `/api/v1`: the same strategies, versions and analyses as the pages, for
//! scripts and other tools. Personal access tokens (`Authorization: Bearer`) reach one
//! workspace, read-only or read-write; errors are `application/problem+json` (RFC 9457).

use axum::Router;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::{Deserialize, Serialize};
use serde_json::json;
use tomster_core::analysis::Analysis;
use tomster_core::i18n::text;
use tomster_core::knowledge::Knowledge;
use tomster_core::model::Language;

use crate::pages::{download_response, loaded_name, store_new_strategy};
use crate::secrets::secret_hash;
use crate::store::{NewVersion, Role, StoreError, StrategyRow, Workspace};
use crate::views::WrittenLoadError;
use crate::web::{AppError, AppState, accept_language};

/// Every route of the API, with its method and whether it writes: the OpenAPI document and the
/// authorization tests are built from this list, so a route cannot be added without them.
pub const ROUTES: &[(&str, &str, bool)] = &[
    ("GET", "/api/v1/workspaces", false),
    ("GET", "/api/v1/workspaces/{slug}/strategies", false),
    ("POST", "/api/v1/workspaces/{slug}/strategies", true),
    ("GET", "/api/v1/strategies/{id}", false),
    ("PUT", "/api/v1/strategies/{id}", true),
    ("GET", "/api/v1/strategies/{id}/versions", false),
    ("GET", "/api/v1/strategies/{id}/versions/{version}", false),
    ("GET", "/api/v1/strategies/{id}/diagnostics", false),
    ("GET", "/api/v1/strategies/{id}/recommendations", false),
    ("GET", "/api/v1/strategies/{id}/plan", false),
    ("GET", "/api/v1/strategies/{id}/document.html", false),
    ("GET", "/api/v1/strategies/{id}/document.pdf", false),
    ("GET", "/api/v1/strategies/{id}/document.md", false),
    ("GET", "/api/v1/strategies/{id}/calendar.ics", false),
    ("GET", "/api/v1/strategies/{id}/calendar.csv", false),
];

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi))
        .route("/workspaces", get(workspaces))
        .route(
            "/workspaces/{slug}/strategies",
            get(strategies).post(create_strategy),
        )
        .route("/strategies/{id}", get(strategy).put(replace_strategy))
        .route("/strategies/{id}/versions", get(versions))
        .route("/strategies/{id}/versions/{version}", get(version))
        .route("/strategies/{id}/{file}", get(analysis_or_file))
        .fallback(|| async { Problem::from(AppError::NotFound) })
        .layer(axum::middleware::map_response(problems_only))
}

/// Every error of the API is a problem document, those of the framework too (a body over the
/// limit, a method the route does not take).
async fn problems_only(response: Response) -> Response {
    let status = response.status();
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value == "application/problem+json");
    if (status.is_client_error() || status.is_server_error()) && !is_problem {
        let title = status.canonical_reason().unwrap_or("Error").to_owned();
        return Problem::new(status, title).into_response();
    }
    response
}

/// An error as `application/problem+json`.
pub struct Problem {
    status: StatusCode,
    title: String,
    detail: Option<String>,
    /// Extra members (the load errors of a refused file).
    extra: Option<(&'static str, serde_json::Value)>,
}

impl Problem {
    fn new(status: StatusCode, title: String) -> Problem {
        Problem {
            status,
            title,
            detail: None,
            extra: None,
        }
    }
}

impl From<AppError> for Problem {
    fn from(error: AppError) -> Problem {
        Problem::new(error.status(), text(Language::English, error.key(), &[]))
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let mut body = json!({
            "type": "about:blank",
            "title": self.title,
            "status": self.status.as_u16(),
        });
        if let Some(detail) = self.detail {
            body["detail"] = json!(detail);
        }
        if let Some((name, value)) = self.extra {
            body[name] = value;
        }
        let mut response = (self.status, body.to_string()).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"tomster\""),
            );
        }
        response
    }
}

type ApiResult = Result<Response, Problem>;

/// The token of a request and what it reaches.
pub struct Access {
    pub user_id: i64,
    pub workspace_id: i64,
    pub role: Role,
    pub language: Language,
}

impl Access {
    fn can_write(&self) -> bool {
        self.role.can_edit()
    }
}

impl FromRequestParts<AppState> for Access {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Problem> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .map(str::trim)
            .ok_or(Problem::from(AppError::Unauthorized))?;
        // The member's current role caps the token: a member removed or demoted loses it.
        let token_hash = secret_hash(token);
        let (record, role) = match state.tokens.get(&token_hash) {
            Some(found) => found,
            None => {
                let found = state
                    .db
                    .token_with_role(&token_hash)
                    .await?
                    .ok_or(Problem::from(AppError::Unauthorized))?;
                state.tokens.keep(&token_hash, &found);
                found
            }
        };
        let role = if record.read_only != 0 {
            Role::Viewer
        } else {
            role
        };
        Ok(Access {
            user_id: record.user_id,
            workspace_id: record.workspace_id,
            role,
            language: accept_language(&parts.headers),
        })
    }
}

async fn reachable_workspace(
    state: &AppState,
    access: &Access,
    slug: &str,
) -> Result<Workspace, Problem> {
    let workspace = state.db.workspace_by_slug(slug).await?;
    workspace
        .filter(|workspace| workspace.id == access.workspace_id)
        .ok_or(Problem::from(AppError::NotFound))
}

async fn reachable_strategy(
    state: &AppState,
    access: &Access,
    id: &str,
) -> Result<StrategyRow, Problem> {
    let strategy = state.db.strategy(id).await?;
    strategy
        .filter(|strategy| strategy.workspace_id == access.workspace_id)
        .ok_or(Problem::from(AppError::NotFound))
}

impl From<StoreError> for Problem {
    fn from(error: StoreError) -> Problem {
        Problem::from(AppError::from(error))
    }
}

impl From<crate::work::WorkError> for Problem {
    fn from(error: crate::work::WorkError) -> Problem {
        Problem::from(AppError::from(error))
    }
}

async fn workspaces(State(state): State<AppState>, access: Access) -> ApiResult {
    let workspace = state
        .db
        .workspace_by_id(access.workspace_id)
        .await?
        .ok_or(Problem::from(AppError::NotFound))?;
    Ok(axum::Json(json!([{
        "slug": workspace.slug,
        "name": workspace.name,
        "role": access.role.as_str(),
    }]))
    .into_response())
}

#[derive(Serialize)]
struct StrategyListItem {
    id: String,
    name: String,
    version: i64,
    updated_at: String,
}

fn iso(seconds: i64) -> String {
    jiff::Timestamp::from_second(seconds)
        .map(|time| time.to_string())
        .unwrap_or_default()
}

async fn strategies(
    State(state): State<AppState>,
    access: Access,
    Path(slug): Path<String>,
) -> ApiResult {
    let workspace = reachable_workspace(&state, &access, &slug).await?;
    let list: Vec<StrategyListItem> = state
        .db
        .strategies(workspace.id)
        .await?
        .into_iter()
        .map(|strategy| StrategyListItem {
            id: strategy.id,
            name: strategy.name,
            version: strategy.current_version,
            updated_at: iso(strategy.updated_at),
        })
        .collect();
    Ok(axum::Json(list).into_response())
}

/// Reads a TOML body, loads it off the async threads, and returns its strategy name or the load
/// errors as a 422 problem.
/// Refuses a body that is not TOML (415).
fn require_toml(headers: &HeaderMap) -> Result<(), Problem> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("");
    if content_type.starts_with("application/toml") || content_type.starts_with("text/plain") {
        return Ok(());
    }
    let mut problem = Problem::new(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "Unsupported media type".to_owned(),
    );
    problem.detail = Some("send the strategy as TOML: Content-Type: application/toml".to_owned());
    Err(problem)
}

/// Load errors as a 422 problem with their lines and columns.
fn load_problem(errors: Vec<WrittenLoadError>, language: Language) -> Problem {
    let mut problem = Problem::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        text(language, "web-load-errors", &[]),
    );
    problem.extra = Some(("errors", json!(errors)));
    problem
}

async fn create_strategy(
    State(state): State<AppState>,
    access: Access,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: String,
) -> ApiResult {
    let workspace = reachable_workspace(&state, &access, &slug).await?;
    if !access.can_write() {
        return Err(AppError::Forbidden.into());
    }
    require_toml(&headers)?;
    let stored = store_new_strategy(
        &state,
        &workspace,
        access.user_id,
        &body,
        "API",
        access.language,
    )
    .await?;
    let (id, name) = stored.map_err(|errors| load_problem(errors, access.language))?;
    let location = format!("/api/v1/strategies/{id}");
    Ok((
        StatusCode::CREATED,
        [
            (header::LOCATION, location),
            (header::ETAG, "\"1\"".to_owned()),
        ],
        axum::Json(json!({ "id": id, "version": 1, "name": name })),
    )
        .into_response())
}

#[derive(Deserialize)]
struct FormatQuery {
    format: Option<String>,
}

fn wants_toml(headers: &HeaderMap, query: &FormatQuery) -> bool {
    query.format.as_deref() == Some("toml")
        || headers
            .get(header::ACCEPT)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|accept| accept.contains("application/toml"))
}

async fn version_response(
    state: &AppState,
    strategy: &StrategyRow,
    number: i64,
    headers: &HeaderMap,
    query: &FormatQuery,
) -> ApiResult {
    let version = state
        .db
        .version(&strategy.id, number)
        .await?
        .ok_or(Problem::from(AppError::NotFound))?;
    let etag = format!("\"{number}\"");
    if wants_toml(headers, query) {
        return Ok((
            [
                (
                    header::CONTENT_TYPE,
                    "application/toml; charset=utf-8".to_owned(),
                ),
                (header::ETAG, etag),
            ],
            version.toml,
        )
            .into_response());
    }
    let toml_text = version.toml;
    let document = state
        .workers
        .run(move || {
            tomster_core::load::from_toml_str(&toml_text)
                .ok()
                .and_then(|loaded| serde_json::to_value(&*loaded.strategy).ok())
        })
        .await?;
    Ok((
        [(header::ETAG, etag)],
        axum::Json(json!({
            "id": strategy.id,
            "version": number,
            "name": strategy.name,
            "author": version.author_email,
            "comment": version.comment,
            "created_at": iso(version.created_at),
            "strategy": document,
        })),
    )
        .into_response())
}

async fn strategy(
    State(state): State<AppState>,
    access: Access,
    Path(id): Path<String>,
    Query(query): Query<FormatQuery>,
    headers: HeaderMap,
) -> ApiResult {
    let strategy = reachable_strategy(&state, &access, &id).await?;
    version_response(
        &state,
        &strategy,
        strategy.current_version,
        &headers,
        &query,
    )
    .await
}

async fn replace_strategy(
    State(state): State<AppState>,
    access: Access,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: String,
) -> ApiResult {
    let strategy = reachable_strategy(&state, &access, &id).await?;
    if !access.can_write() {
        return Err(AppError::Forbidden.into());
    }
    let Some(if_match) = headers
        .get(header::IF_MATCH)
        .and_then(|value| value.to_str().ok())
    else {
        let mut problem = Problem::new(
            StatusCode::PRECONDITION_REQUIRED,
            "Precondition required".to_owned(),
        );
        problem.detail =
            Some("send If-Match: \"<version>\" with the version this text replaces".to_owned());
        return Err(problem);
    };
    let Ok(base) = if_match
        .trim()
        .trim_start_matches("W/")
        .trim_matches('"')
        .parse::<i64>()
    else {
        return Err(Problem::new(
            StatusCode::PRECONDITION_FAILED,
            "If-Match is not a version number".to_owned(),
        ));
    };
    require_toml(&headers)?;
    let name = loaded_name(&state, &body, access.language)
        .await?
        .map_err(|errors| load_problem(errors, access.language))?;
    let saved = state
        .db
        .save_version(
            &strategy.id,
            base,
            &NewVersion {
                name: &name,
                toml: &body,
                author_id: access.user_id,
                comment: "API",
                now: state.now(),
            },
        )
        .await;
    match saved {
        Ok(number) => Ok((
            [(header::ETAG, format!("\"{number}\""))],
            axum::Json(json!({ "id": strategy.id, "version": number, "name": name })),
        )
            .into_response()),
        Err(StoreError::Conflict { current }) => {
            let mut problem = Problem::new(StatusCode::CONFLICT, "Conflict".to_owned());
            problem.detail = Some(format!(
                "version {current} was saved since version {base}: fetch it, merge, and send again"
            ));
            problem.extra = Some(("current_version", json!(current)));
            Err(problem)
        }
        Err(error) => Err(error.into()),
    }
}

async fn versions(
    State(state): State<AppState>,
    access: Access,
    Path(id): Path<String>,
) -> ApiResult {
    let strategy = reachable_strategy(&state, &access, &id).await?;
    let list: Vec<serde_json::Value> = state
        .db
        .versions(&strategy.id)
        .await?
        .into_iter()
        .map(|version| {
            json!({
                "version": version.number,
                "author": version.author_email,
                "comment": version.comment,
                "created_at": iso(version.created_at),
            })
        })
        .collect();
    Ok(axum::Json(list).into_response())
}

async fn version(
    State(state): State<AppState>,
    access: Access,
    Path((id, number)): Path<(String, i64)>,
    Query(query): Query<FormatQuery>,
    headers: HeaderMap,
) -> ApiResult {
    let strategy = reachable_strategy(&state, &access, &id).await?;
    version_response(&state, &strategy, number, &headers, &query).await
}

/// The analyses (`diagnostics`, `recommendations`, `plan`: the CLI's JSON) and the files
/// (`document.*`, `calendar.*`) of the current version.
async fn analysis_or_file(
    State(state): State<AppState>,
    access: Access,
    Path((id, file)): Path<(String, String)>,
) -> ApiResult {
    let strategy = reachable_strategy(&state, &access, &id).await?;
    let language = access.language;
    let analysis_kind = match file.as_str() {
        "diagnostics" => {
            let view = crate::pages::current_view(&state, &strategy, language)
                .await
                .map_err(Problem::from)?
                .map_err(|_| Problem::from(AppError::Internal))?;
            return Ok((
                [(header::CONTENT_TYPE, "application/json")],
                view.report_json().to_owned(),
            )
                .into_response());
        }
        "recommendations" | "plan" => file.clone(),
        "document.html" | "document.pdf" | "document.md" | "calendar.ics" | "calendar.csv" => {
            return download_response(&state, &strategy, None, &file, language)
                .await
                .map_err(Problem::from);
        }
        _ => return Err(AppError::NotFound.into()),
    };
    let version = state
        .db
        .version(&strategy.id, strategy.current_version)
        .await?
        .ok_or(Problem::from(AppError::NotFound))?;
    let value = state
        .workers
        .run(move || {
            let loaded = tomster_core::load::from_toml_str(&version.toml).ok()?;
            let analysis = Analysis::new(&loaded.strategy, Knowledge::embedded());
            let value = match analysis_kind.as_str() {
                "recommendations" => serde_json::to_value(
                    analysis
                        .recommendations()
                        .written(&analysis.knowledge, language),
                ),
                _ => serde_json::to_value(&analysis.plan),
            };
            value.ok()
        })
        .await?
        .ok_or(Problem::from(AppError::Internal))?;
    Ok(axum::Json(value).into_response())
}

/// The OpenAPI 3.1 description of the API, built from [`ROUTES`].
async fn openapi() -> Response {
    axum::Json(openapi_document()).into_response()
}

pub fn openapi_document() -> serde_json::Value {
    let mut paths = serde_json::Map::new();
    for (method, path, writes) in ROUTES {
        let relative = path.trim_start_matches("/api/v1");
        let parameters: Vec<serde_json::Value> = relative
            .split('/')
            .filter_map(|segment| segment.strip_prefix('{')?.strip_suffix('}'))
            .map(|name| {
                json!({
                    "name": name, "in": "path", "required": true,
                    "schema": { "type": if name == "version" { "integer" } else { "string" } }
                })
            })
            .collect();
        let mut responses = json!({
            "200": { "description": "OK" },
            "401": { "description": "No valid token", "content": { "application/problem+json": {} } },
            "404": { "description": "Not found, or in another workspace", "content": { "application/problem+json": {} } },
        });
        if *writes {
            responses["403"] = json!({ "description": "Read-only token or viewer role" });
            responses["422"] = json!({ "description": "The TOML does not load: `errors` lists message, line, column" });
        }
        if *method == "POST" {
            responses["201"] = json!({ "description": "Created; Location names the strategy" });
        }
        if *method == "PUT" {
            responses["409"] = json!({ "description": "Another version was saved meanwhile" });
            responses["428"] = json!({ "description": "If-Match is missing" });
        }
        let mut operation = json!({
            "parameters": parameters,
            "responses": responses,
            "security": [{ "token": [] }],
        });
        if *writes {
            operation["requestBody"] = json!({
                "required": true,
                "content": { "application/toml": { "schema": { "type": "string" } } }
            });
        }
        let entry = paths
            .entry(relative.to_owned())
            .or_insert_with(|| json!({}));
        entry[method.to_ascii_lowercase()] = operation;
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Tomster API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Strategies, versions and analyses of one workspace, reached with a personal access token."
        },
        "servers": [{ "url": "/api/v1" }],
        "paths": paths,
        "components": {
            "securitySchemes": { "token": { "type": "http", "scheme": "bearer" } }
        }
    })
}
