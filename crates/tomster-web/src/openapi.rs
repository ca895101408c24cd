//! The OpenAPI 3.1 description of `/api/v1`, built from the API's route table: every request and
//! response body a schema generated from the Rust types the API reads and sends (schemars),
//! every header and parameter (`If-Match`, `?format`, the TOML or JSON a GET answers with as
//! `Accept` asks), and every status each route answers. A route without its description fails
//! the test that reads this document, and CI runs schemathesis against it.

use schemars::generate::{SchemaGenerator, SchemaSettings};
use schemars::{JsonSchema, Schema};
use serde_json::{Map, Value, json};

use crate::api::{
    LIST_LIMIT, ProblemDocument, Stored, StrategyListItem, StrategyVersion, VersionItem,
    WorkspaceItem,
};
use crate::api_results::{FigureItem, ImportItem};
use crate::results::FigureInput;
use crate::web::Need;

/// The schemas of the document, gathered as the operations name them.
struct Schemas {
    generator: SchemaGenerator,
}

impl Schemas {
    fn new() -> Schemas {
        let mut settings = SchemaSettings::draft2020_12();
        settings.definitions_path = "/components/schemas".into();
        settings.meta_schema = None;
        Schemas {
            generator: settings.into_generator(),
        }
    }

    fn of<T: JsonSchema>(&mut self) -> Value {
        let schema: Schema = self.generator.subschema_for::<T>();
        schema.to_value()
    }

    fn take(mut self) -> Map<String, Value> {
        self.generator.take_definitions(true).into_iter().collect()
    }
}

/// A response with a JSON body.
fn json_response(description: &str, schema: Value) -> Value {
    json!({ "description": description, "content": { "application/json": { "schema": schema } } })
}

/// An error answer, with its problem document.
fn problem(description: &str) -> Value {
    json!({
        "description": description,
        "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/ProblemDocument" } } }
    })
}

fn text_response(description: &str, media: &str) -> Value {
    json!({ "description": description, "content": { media: { "schema": { "type": "string" } } } })
}

fn etag() -> Value {
    json!({ "ETag": { "description": "The version, quoted (\"3\"): send it back in If-Match to save on top of it.", "schema": { "type": "string" }, "required": true } })
}

fn path_parameter(name: &str) -> Value {
    let (schema, description) = match name {
        "version" => (
            json!({ "type": "integer", "minimum": 1 }),
            "A version number of the strategy.",
        ),
        "slug" => (json!({ "type": "string" }), "The workspace's address."),
        "import" => (
            json!({ "type": "integer", "minimum": 1 }),
            "An import's number (`id` in its answer).",
        ),
        _ => (json!({ "type": "string" }), "The strategy's id."),
    };
    json!({ "name": name, "in": "path", "required": true, "description": description, "schema": schema })
}

/// A calendar's period: `from` and `to`.
fn period_parameters() -> Vec<Value> {
    ["from", "to"]
        .into_iter()
        .map(|name| {
            json!({
                "name": name, "in": "query", "required": false,
                "description": format!("The calendar's {} day (default: the strategy's).", if name == "from" { "first" } else { "last" }),
                "schema": { "type": "string", "format": "date" }
            })
        })
        .collect()
}

fn format_parameter() -> Value {
    json!({
        "name": "format", "in": "query", "required": false,
        "description": "`toml` for the stored TOML text instead of JSON (as `Accept: application/toml` asks).",
        "schema": { "type": "string", "enum": ["json", "toml"] }
    })
}

/// The request body of a strategy: TOML text, or the JSON document.
fn strategy_body(schemas: &mut Schemas) -> Value {
    let document = schemas.of::<tomster_core::model::StrategyDocument>();
    json!({
        "required": true,
        "description": "The strategy as TOML text (as `tomster init` writes it), or as the JSON document (the `strategy` member of a GET, or the whole answer of a GET). At most 8 MiB.",
        "content": {
            "application/toml": { "schema": { "type": "string" } },
            "application/json": { "schema": document }
        }
    })
}

/// A GET of a version: JSON, or the TOML text.
fn version_answer(schemas: &mut Schemas) -> Value {
    let version = schemas.of::<StrategyVersion>();
    json!({
        "description": "The version, as JSON with its strategy, or its TOML text (`?format=toml`, `Accept: application/toml`).",
        "headers": etag(),
        "content": {
            "application/json": { "schema": version },
            "application/toml": { "schema": { "type": "string" } }
        }
    })
}

/// The operation of a route.
fn operation(method: &str, path: &str, schemas: &mut Schemas) -> Value {
    let relative = path.trim_start_matches("/api/v1");
    let mut parameters: Vec<Value> = relative
        .split('/')
        .filter_map(|segment| segment.strip_prefix('{')?.strip_suffix('}'))
        .map(path_parameter)
        .collect();
    let mut responses = Map::new();
    responses.insert("401".into(), problem("No valid token."));
    responses.insert(
        "503".into(),
        problem("The work did not fit its time budget (the server is busy): try again."),
    );
    if relative.contains('{') {
        responses.insert(
            "404".into(),
            problem("Not found, or in another workspace than the token's."),
        );
    }
    let mut request_body = None;
    let (operation_id, summary) = match (method, relative) {
        ("GET", "/workspaces") => {
            responses.insert(
                "200".into(),
                json_response("The token's workspace.", schemas.of::<Vec<WorkspaceItem>>()),
            );
            ("listWorkspaces", "The workspace the token reaches")
        }
        ("GET", "/workspaces/{slug}/strategies") => {
            parameters.push(json!({
                "name": "limit", "in": "query", "required": false,
                "description": "How many strategies at most.",
                "schema": { "type": "integer", "minimum": 1, "maximum": LIST_LIMIT }
            }));
            parameters.push(json!({
                "name": "offset", "in": "query", "required": false,
                "description": "How many to skip (the latest changed first).",
                "schema": { "type": "integer", "minimum": 0 }
            }));
            responses.insert(
                "200".into(),
                json_response(
                    "The workspace's strategies, the latest changed first.",
                    schemas.of::<Vec<StrategyListItem>>(),
                ),
            );
            responses.insert("400".into(), problem("A limit or offset out of range."));
            ("listStrategies", "A workspace's strategies")
        }
        ("POST", "/workspaces/{slug}/strategies") => {
            request_body = Some(strategy_body(schemas));
            let stored = schemas.of::<Stored>();
            responses.insert(
                "201".into(),
                json!({
                    "description": "Created: its first version.",
                    "headers": {
                        "Location": { "description": "The strategy's address in the API.", "schema": { "type": "string" }, "required": true },
                        "ETag": etag()["ETag"]
                    },
                    "content": { "application/json": { "schema": stored } },
                    "links": {
                        "GetStrategy": { "operationId": "getStrategy", "parameters": { "id": "$response.body#/id" } },
                        "ReplaceStrategy": { "operationId": "replaceStrategy", "parameters": { "id": "$response.body#/id", "header.If-Match": "$response.header.ETag" } },
                        "ListVersions": { "operationId": "listVersions", "parameters": { "id": "$response.body#/id" } },
                        "GetDiagnostics": { "operationId": "getDiagnostics", "parameters": { "id": "$response.body#/id" } }
                    }
                }),
            );
            writes(&mut responses);
            ("createStrategy", "Create a strategy from its text")
        }
        ("GET", "/strategies/{id}") => {
            parameters.push(format_parameter());
            responses.insert("200".into(), version_answer(schemas));
            responses.insert("400".into(), problem("An unknown format."));
            ("getStrategy", "A strategy's current version")
        }
        ("PUT", "/strategies/{id}") => {
            parameters.push(json!({
                "name": "If-Match", "in": "header", "required": true,
                "description": "The version this text replaces, as its ETag (\"3\"): a version saved meanwhile answers 409.",
                "schema": { "type": "string", "pattern": "^(W/)?\"?[0-9]+\"?$" }
            }));
            request_body = Some(strategy_body(schemas));
            let stored = schemas.of::<Stored>();
            responses.insert(
                "200".into(),
                json!({
                    "description": "Saved as a new version.",
                    "headers": etag(),
                    "content": { "application/json": { "schema": stored } }
                }),
            );
            responses.insert(
                "409".into(),
                problem("Another version was saved meanwhile: `current_version` names it."),
            );
            responses.insert("428".into(), problem("If-Match is missing."));
            writes(&mut responses);
            (
                "replaceStrategy",
                "Save a new version on top of the current one",
            )
        }
        ("GET", "/strategies/{id}/versions") => {
            responses.insert(
                "200".into(),
                json_response(
                    "Every version, the newest first.",
                    schemas.of::<Vec<VersionItem>>(),
                ),
            );
            ("listVersions", "A strategy's history")
        }
        ("GET", "/strategies/{id}/versions/{version}") => {
            parameters.push(format_parameter());
            responses.insert("200".into(), version_answer(schemas));
            responses.insert(
                "400".into(),
                problem("A version that is not a number, or an unknown format."),
            );
            ("getVersion", "One version of a strategy")
        }
        ("GET", "/strategies/{id}/diagnostics") => {
            responses.insert(
                "200".into(),
                json_response(
                    "The checker's findings (what `tomster check --format json` prints).",
                    schemas.of::<tomster_core::analysis::CheckReport>(),
                ),
            );
            responses.insert(
                "500".into(),
                problem("The stored version no longer loads (a defect, logged)."),
            );
            (
                "getDiagnostics",
                "The coherence check of the current version",
            )
        }
        ("GET", "/strategies/{id}/recommendations") => {
            responses.insert(
                "200".into(),
                json_response(
                    "Networks per persona, KPIs per objective, tools (what `tomster recommend --format json` prints).",
                    schemas.of::<tomster_core::recommend::RecommendationsText<'static>>(),
                ),
            );
            responses.insert(
                "500".into(),
                problem("The stored version no longer loads (a defect, logged)."),
            );
            (
                "getRecommendations",
                "The recommendations for the current version",
            )
        }
        ("GET", "/strategies/{id}/plan") => {
            responses.insert(
                "200".into(),
                json_response(
                    "Workload, costs and message coverage (what `tomster plan --format json` prints).",
                    schemas.of::<tomster_core::plan::Plan>(),
                ),
            );
            responses.insert(
                "500".into(),
                problem("The stored version no longer loads (a defect, logged)."),
            );
            ("getPlan", "The plan of the current version")
        }
        ("GET", "/strategies/{id}/document.html") => {
            responses.insert(
                "200".into(),
                text_response("The strategy document.", "text/html"),
            );
            ("getDocumentHtml", "The strategy document, HTML")
        }
        ("GET", "/strategies/{id}/document.md") => {
            responses.insert(
                "200".into(),
                text_response("The strategy document.", "text/markdown"),
            );
            ("getDocumentMarkdown", "The strategy document, Markdown")
        }
        ("GET", "/strategies/{id}/document.pdf") => {
            responses.insert(
                "200".into(),
                json!({ "description": "The strategy document.", "content": { "application/pdf": { "schema": { "type": "string", "contentMediaType": "application/pdf" } } } }),
            );
            responses.insert(
                "413".into(),
                problem("The document is too long to typeset as a PDF: fetch document.html."),
            );
            ("getDocumentPdf", "The strategy document, PDF")
        }
        (
            "GET",
            "/strategies/{id}/review.html"
            | "/strategies/{id}/review.md"
            | "/strategies/{id}/review.pdf",
        ) => {
            parameters.push(json!({ "name": "month", "in": "query", "required": true, "description": "The month of the review, YYYY-MM: the results are read as of its last day.", "schema": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$" } }));
            let (media, id, summary) = if relative.ends_with(".html") {
                ("text/html", "getReviewHtml", "The monthly review, HTML")
            } else if relative.ends_with(".md") {
                (
                    "text/markdown",
                    "getReviewMarkdown",
                    "The monthly review, Markdown",
                )
            } else {
                ("application/pdf", "getReviewPdf", "The monthly review, PDF")
            };
            responses.insert(
                "200".into(),
                json!({ "description": "The monthly review for the client: each objective's progress with its chart, the plan against what was published, what to adjust, the decisions taken (the versions saved in the month), in the strategy's language.", "content": { media: { "schema": { "type": "string" } } } }),
            );
            responses.insert("400".into(), problem("`month` is missing or not YYYY-MM."));
            responses.insert(
                "409".into(),
                problem("The strategy's current version does not load."),
            );
            (id, summary)
        }
        ("GET", "/strategies/{id}/calendar.ics" | "/strategies/{id}/calendar.csv") => {
            parameters.extend(period_parameters());
            let (media, id, summary) = if relative.ends_with(".ics") {
                (
                    "text/calendar",
                    "getCalendarIcs",
                    "The editorial calendar, iCalendar",
                )
            } else {
                ("text/csv", "getCalendarCsv", "The editorial calendar, CSV")
            };
            responses.insert(
                "200".into(),
                text_response("The editorial calendar of the period.", media),
            );
            responses.insert("400".into(), problem("`from` or `to` is not a date."));
            responses.insert(
                "413".into(),
                problem(
                    "More posts than a download carries: ask for a period (`years` lists them).",
                ),
            );
            (id, summary)
        }
        ("POST", "/strategies/{id}/imports") => {
            for (name, schema, description) in [
                (
                    "filename",
                    json!({ "type": "string" }),
                    "The file's name, as the user knows it.",
                ),
                (
                    "skip_invalid",
                    json!({ "type": "boolean" }),
                    "Store the good rows of a file with errors and report the others (by default a file with an error stores nothing).",
                ),
                (
                    "network",
                    json!({ "type": "string" }),
                    "The network of a file that does not say (a Meta daily series): `instagram` or `facebook`.",
                ),
            ] {
                parameters.push(json!({ "name": name, "in": "query", "required": false, "description": description, "schema": schema }));
            }
            request_body = Some(json!({
                "required": true,
                "description": "The export as downloaded from the network (CSV, XLSX, XLS), at most 2 GiB; streamed, never held whole in memory.",
                "content": {
                    "application/octet-stream": { "schema": { "type": "string", "contentMediaType": "application/octet-stream" } },
                    "text/csv": { "schema": { "type": "string" } }
                }
            }));
            let item = schemas.of::<ImportItem>();
            responses.insert(
                "201".into(),
                json!({
                    "description": "Imported: what was recognised and what changed.",
                    "headers": { "Location": { "description": "The import's address.", "schema": { "type": "string" }, "required": true } },
                    "content": { "application/json": { "schema": item.clone() } }
                }),
            );
            responses.insert(
                "200".into(),
                json_response(
                    "The same bytes were imported already: nothing stored, the earlier import.",
                    item,
                ),
            );
            imports_write(&mut responses);
            responses.insert("413".into(), problem("The file is over 2 GiB."));
            ("createImport", "Import an analytics export")
        }
        ("GET", "/strategies/{id}/imports") => {
            responses.insert(
                "200".into(),
                json_response(
                    "Every import, the latest first.",
                    schemas.of::<Vec<ImportItem>>(),
                ),
            );
            ("listImports", "A strategy's imports")
        }
        ("GET", "/strategies/{id}/imports/{import}") => {
            responses.insert(
                "200".into(),
                json_response("The import.", schemas.of::<ImportItem>()),
            );
            ("getImport", "One import")
        }
        ("DELETE", "/strategies/{id}/imports/{import}") => {
            responses.insert(
                "204".into(),
                json!({ "description": "Undone: what it added is gone, what it changed has its earlier value." }),
            );
            responses.insert(
                "403".into(),
                problem("A read-only token, or a viewer's: it cannot write."),
            );
            ("undoImport", "Undo an import")
        }
        ("POST", "/strategies/{id}/observations") => {
            parameters.push(json!({
                "name": "Idempotency-Key", "in": "header", "required": true,
                "description": "Names this request: a retry with the same key answers as the first time and stores nothing twice.",
                "schema": { "type": "string", "minLength": 1, "maxLength": 200 }
            }));
            request_body = Some(json!({
                "required": true,
                "description": "The figures, at most 10,000.",
                "content": { "application/json": { "schema": schemas.of::<Vec<FigureInput>>() } }
            }));
            let item = schemas.of::<ImportItem>();
            responses.insert(
                "201".into(),
                json!({
                    "description": "Stored as an import (the same answer again for a retry with the same key).",
                    "headers": { "Location": { "description": "The import's address.", "schema": { "type": "string" }, "required": true } },
                    "content": { "application/json": { "schema": item } }
                }),
            );
            imports_write(&mut responses);
            responses.insert(
                "413".into(),
                problem("More than 10,000 figures, or a body over the API's limit."),
            );
            ("createObservations", "Send figures")
        }
        ("GET", "/strategies/{id}/observations") => {
            for (name, schema, description) in [
                (
                    "network",
                    json!({ "type": "string" }),
                    "Only this network's figures.",
                ),
                (
                    "metric",
                    json!({ "type": "string" }),
                    "Only this metric's figures (`posts` counts the posts published, `posts:short_video` those of one format).",
                ),
                (
                    "from",
                    json!({ "type": "string", "format": "date" }),
                    "The first day.",
                ),
                (
                    "to",
                    json!({ "type": "string", "format": "date" }),
                    "The last day.",
                ),
                (
                    "per",
                    json!({ "type": "string", "enum": ["day", "week", "month"] }),
                    "The periods figures add up over (default: month).",
                ),
            ] {
                parameters.push(json!({ "name": name, "in": "query", "required": false, "description": description, "schema": schema }));
            }
            responses.insert(
                "200".into(),
                json_response(
                    "The figures per network, metric and period: counts add up, levels keep the period's last value; an account's series wins over its posts' totals. `posts` counts the posts published and `posts:FORMAT` those of each format the exports tell (`posts:image`, `posts:short_video`...).",
                    schemas.of::<Vec<FigureItem>>(),
                ),
            );
            responses.insert(
                "400".into(),
                problem("`per` is not day, week or month, or a date is not a date."),
            );
            ("listObservations", "Figures per day, week or month")
        }
        ("GET", "/strategies/{id}/progress") | ("GET", "/strategies/{id}/findings") => {
            parameters.push(json!({ "name": "as_of", "in": "query", "required": false, "description": "The day the results are read as of (default: today): figures after it, and those imported from files that end after it, are left out, so a past reading is reproduced.", "schema": { "type": "string", "format": "date" } }));
            responses.insert("400".into(), problem("`as_of` is not a date."));
            responses.insert(
                "409".into(),
                problem("The strategy's current version does not load."),
            );
            if relative.ends_with("/progress") {
                responses.insert(
                    "200".into(),
                    json_response(
                        "Each objective as of the day: its KPI's baseline, target and deadline, the actual and expected values, the forecast with its band and the periods it rests on, the status (on_track, at_risk, off_track, not_measurable) and its reason in the strategy's language.",
                        schemas.of::<Vec<tomster_core::progress::ProgressLine>>(),
                    ),
                );
                ("getProgress", "Each objective against its target and pace")
            } else {
                responses.insert(
                    "200".into(),
                    json_response(
                        "What to adjust: the findings over the results (codes E101 to E107), each with its severity, its message and advice in the strategy's language, and the objective or network it is about.",
                        schemas.of::<Vec<tomster_core::progress::FindingLine>>(),
                    ),
                );
                ("getFindings", "What the results say to adjust")
            }
        }
        ("GET", "/strategies/{id}/execution") => {
            for (name, description) in [
                ("from", "The first day: weeks from its Monday."),
                (
                    "to",
                    "The last day (default: today): the plan and the posts up to it.",
                ),
            ] {
                parameters.push(json!({ "name": name, "in": "query", "required": false, "description": description, "schema": { "type": "string", "format": "date" } }));
            }
            responses.insert(
                "200".into(),
                json_response(
                    "Posts planned by the calendar against posts imported, per network and ISO week, and per operation.",
                    schemas.of::<crate::progress::ExecutionItem>(),
                ),
            );
            responses.insert(
                "400".into(),
                problem("A date is not a date, or `from` is after `to`."),
            );
            responses.insert(
                "409".into(),
                problem("The strategy's current version does not load."),
            );
            ("getExecution", "The plan against what was published")
        }
        _ => ("unknown", "Undescribed"),
    };
    let mut operation = json!({
        "operationId": operation_id,
        "summary": summary,
        "parameters": parameters,
        "responses": responses,
        "security": [{ "token": [] }],
    });
    if let Some(body) = request_body {
        operation["requestBody"] = body;
    }
    operation
}

/// What an import or figures sent may answer besides success.
fn imports_write(responses: &mut Map<String, Value>) {
    responses.insert(
        "400".into(),
        problem("A query parameter of the wrong type, a body that is not a list of figures, or no Idempotency-Key."),
    );
    responses.insert(
        "403".into(),
        problem("A read-only token, or a viewer's: it cannot write."),
    );
    responses.insert(
        "422".into(),
        problem("Not an export (`detail` says what it is), or rows with errors (`import_errors` or `figure_errors` locates each): nothing stored."),
    );
}

/// What a route that stores a strategy may answer besides success.
fn writes(responses: &mut Map<String, Value>) {
    responses.insert(
        "400".into(),
        problem("The body is not text (UTF-8), or If-Match is not a version."),
    );
    responses.insert(
        "403".into(),
        problem("A read-only token, or a viewer's: it cannot write."),
    );
    responses.insert(
        "413".into(),
        problem("The body is over the 8 MiB a strategy may take."),
    );
    responses.insert(
        "415".into(),
        problem("The body is neither TOML (application/toml) nor JSON (application/json)."),
    );
    responses.insert(
        "422".into(),
        problem("The strategy does not load: `errors` lists each problem with its line and column. Nothing is stored."),
    );
}

pub fn document() -> Value {
    let mut schemas = Schemas::new();
    let problem_schema = schemas.of::<ProblemDocument>();
    let mut paths = Map::new();
    for route in crate::api::routes().routes() {
        if route.need == Need::Anyone {
            // The description itself.
            continue;
        }
        let relative = route.path.trim_start_matches("/api/v1").to_owned();
        let described = operation(route.method, route.path, &mut schemas);
        let entry = paths.entry(relative).or_insert_with(|| json!({}));
        entry[route.method.to_ascii_lowercase()] = described;
    }
    let mut components = schemas.take();
    // Referred to by every error answer.
    if !components.contains_key("ProblemDocument") {
        components.insert("ProblemDocument".into(), problem_schema);
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Tomster API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Strategies, versions and analyses of one workspace, reached with a personal access token (Authorization: Bearer tomster_...). Errors are application/problem+json (RFC 9457)."
        },
        "servers": [{ "url": "/api/v1" }],
        "paths": paths,
        "components": {
            "schemas": components,
            "securitySchemes": { "token": { "type": "http", "scheme": "bearer" } }
        }
    })
}
