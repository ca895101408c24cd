//! The OpenAPI 3.1 description of `/api/v1`, built from the API's route table.

use serde_json::json;

use crate::web::Need;

pub fn document() -> serde_json::Value {
    let mut paths = serde_json::Map::new();
    for route in crate::api::routes().routes() {
        let relative = route.path.trim_start_matches("/api/v1");
        if relative == "/openapi.json" {
            continue;
        }
        let writes = route.need == Need::Editor;
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
        if writes {
            responses["403"] = json!({ "description": "Read-only token or viewer role" });
            responses["422"] = json!({ "description": "The TOML does not load: `errors` lists message, line, column" });
        }
        if route.method == "POST" {
            responses["201"] = json!({ "description": "Created; Location names the strategy" });
        }
        if route.method == "PUT" {
            responses["409"] = json!({ "description": "Another version was saved meanwhile" });
            responses["428"] = json!({ "description": "If-Match is missing" });
        }
        let mut operation = json!({
            "parameters": parameters,
            "responses": responses,
            "security": [{ "token": [] }],
        });
        if writes {
            operation["requestBody"] = json!({
                "required": true,
                "content": { "application/toml": { "schema": { "type": "string" } } }
            });
        }
        let entry = paths
            .entry(relative.to_owned())
            .or_insert_with(|| json!({}));
        entry[route.method.to_ascii_lowercase()] = operation;
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
