//! The authorization matrix: every page and API route against every kind of visitor. A route
//! added to the router without its row in `pages::ROUTES` or `api::ROUTES` fails the test.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use tomster_web::web::Need;

use crate::support::{Backend, Browser, Reply, World, encode, world};

#[tokio::test]
async fn the_route_table_is_the_router_s_own() {
    // The table is built by the same calls as the router: every route it lists answers with
    // something else than "no such route", and a path it does not list is not found (the API
    // has no catch-all route).
    let world = world(Backend::Sqlite).await;
    let routes = tomster_web::web::route_list();
    let mut seen = std::collections::BTreeSet::new();
    for route in &routes {
        assert!(
            seen.insert((route.method, route.path)),
            "{} {} is listed twice",
            route.method,
            route.path
        );
    }
    for path in [
        format!("/api/v1/strategies/{}/anything", world.strategy),
        format!("/s/{}/anything", world.strategy),
        "/nowhere".to_owned(),
    ] {
        let reply = world.app.send(world.owner.get(&path)).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
    }
    // The API's analyses and files are routes of their own, each in the table.
    for file in [
        "diagnostics",
        "recommendations",
        "plan",
        "document.html",
        "document.md",
        "calendar.ics",
        "calendar.csv",
    ] {
        let path = format!("/api/v1/strategies/{{id}}/{file}");
        assert!(
            routes.iter().any(|route| route.path == path),
            "{path} is not in the table"
        );
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Visitor {
    Anonymous,
    Viewer,
    Editor,
    Owner,
    Stranger,
}

fn browser(world: &World, visitor: Visitor) -> Option<&Browser> {
    match visitor {
        Visitor::Anonymous => None,
        Visitor::Viewer => Some(&world.viewer),
        Visitor::Editor => Some(&world.editor),
        Visitor::Owner => Some(&world.owner),
        Visitor::Stranger => Some(&world.stranger),
    }
}

fn fill(path: &str, world: &World) -> String {
    path.replace("{slug}", "agency")
        .replace("{id}", &world.strategy)
        .replace("{step}", "target")
        .replace("{token}", "0000")
        .replace("{code}", "T001")
        .replace(
            "{file}",
            if path.starts_with("/assets") {
                "app.css"
            } else {
                "strategy.toml"
            },
        )
}

async fn page_request(world: &World, visitor: Visitor, method: &str, path: &str) -> Reply {
    let app = &world.app;
    let uri = match path {
        "/s/{id}/diff" => format!("{}?from=1&to=1", fill(path, world)),
        "/s/{id}/review" => format!("{}?month=2027-06&format=html", fill(path, world)),
        _ => fill(path, world),
    };
    let browser = browser(world, visitor);
    let cookie = browser.map(|browser| browser.cookie.clone());
    let csrf = browser
        .map(|browser| browser.csrf.clone())
        .unwrap_or_default();
    let current = app.strategy_as("owner@a.test", &world.strategy).await;
    let source = app
        .version_text("owner@a.test", &world.strategy, current.current_version)
        .await;
    let mut builder = Request::builder().method(method).uri(&uri);
    if let Some(cookie) = &cookie {
        builder = builder.header(header::COOKIE, cookie);
    }
    let request = if method == "GET" {
        builder.body(Body::empty()).unwrap()
    } else if path == "/w/{slug}/upload"
        || path == "/s/{id}/logo"
        || path == "/s/{id}/results/upload"
    {
        let body = format!(
            "--B\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n--B\r\n\
             Content-Disposition: form-data; name=\"file\"; filename=\"s.toml\"\r\n\r\n{source}\r\n--B--\r\n"
        );
        builder
            .header(header::CONTENT_TYPE, "multipart/form-data; boundary=B")
            .body(Body::from(body))
            .unwrap()
    } else {
        let body = format!(
            "csrf={csrf}&example=boulangerie&name=Matrix&language=fr&version=1&base={}&source={}&email=x%40y.z&password=wrong&confirm=wrong&workspace=agency&user_id=3&role=viewer&current=wrong&token=0&code=000000&secret=AAAAAAAA&import=1&network=instagram&metric=likes&per=day&date=2026-03-01&value=1&job=0",
            current.current_version,
            encode(&source)
        );
        builder
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap()
    };
    app.send(request).await
}

fn allowed(status: StatusCode) -> bool {
    status.is_success() || status.is_redirection()
}

#[tokio::test]
async fn every_page_route_answers_each_visitor_as_its_rule_says() {
    let world = world(Backend::Sqlite).await;
    let visitors = [
        Visitor::Anonymous,
        Visitor::Viewer,
        Visitor::Editor,
        Visitor::Owner,
        Visitor::Stranger,
    ];
    for visitor in visitors {
        // Logout last: it ends the visitor's session.
        for route in tomster_web::pages::routes().routes() {
            let (method, path, need) = (route.method, route.path, route.need);
            let reply = page_request(&world, visitor, method, path).await;
            let status = reply.status;
            let context = format!(
                "{visitor:?} {method} {path}: {status} {}",
                &reply.body.chars().take(300).collect::<String>()
            );
            let is_login = path == "/login" && method == "POST";
            // Forms that refuse the matrix's wrong password or code, as such.
            let is_password = matches!(
                path,
                "/account/password" | "/account/totp/confirm" | "/account/totp/disable"
            );
            match (need, visitor) {
                (Need::SetupToken | Need::InviteToken | Need::FeedToken, _) => {
                    assert_eq!(status, StatusCode::NOT_FOUND, "{context}")
                }
                (Need::Anyone, _) if is_login => {
                    assert_eq!(
                        status,
                        StatusCode::UNAUTHORIZED,
                        "wrong password: {context}"
                    )
                }
                (Need::Anyone, _) => assert!(allowed(status), "{context}"),
                (_, Visitor::Anonymous) if method == "GET" => {
                    assert_eq!(status, StatusCode::SEE_OTHER, "{context}");
                    assert!(
                        reply.location().is_some_and(|to| to.starts_with("/login")),
                        "{context}"
                    );
                }
                (_, Visitor::Anonymous) => {
                    assert_eq!(status, StatusCode::UNAUTHORIZED, "{context}")
                }
                // The form posts no current password: refused as such, not for its visitor.
                (Need::SignedIn, _) if is_password => {
                    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{context}")
                }
                // A token is made for one of the visitor's workspaces, and revoked among the
                // visitor's tokens: another workspace, or a token not theirs, is not found.
                (Need::SignedIn, Visitor::Stranger) if path == "/account/tokens" => {
                    assert_eq!(status, StatusCode::NOT_FOUND, "{context}")
                }
                (Need::SignedIn, _) if path == "/account/tokens/revoke" => {
                    assert_eq!(status, StatusCode::NOT_FOUND, "{context}")
                }
                (Need::SignedIn, _) => assert!(allowed(status), "{context}"),
                (Need::Owner, Visitor::Stranger) => {
                    assert_eq!(status, StatusCode::NOT_FOUND, "{context}")
                }
                (Need::Owner, Visitor::Viewer | Visitor::Editor) => {
                    assert_eq!(status, StatusCode::FORBIDDEN, "{context}")
                }
                (Need::Owner, _) => assert!(allowed(status), "{context}"),
                (Need::Reader | Need::Editor, Visitor::Stranger) => {
                    assert_eq!(status, StatusCode::NOT_FOUND, "{context}")
                }
                (Need::Editor, Visitor::Viewer) => {
                    assert_eq!(status, StatusCode::FORBIDDEN, "{context}")
                }
                (Need::Reader | Need::Editor, _) => assert!(allowed(status), "{context}"),
            }
        }
    }
}

#[tokio::test]
async fn another_workspace_s_strategy_is_not_found_in_pages_and_api() {
    let world = world(Backend::Sqlite).await;
    let theirs = &world.stranger_strategy;
    for path in [
        format!("/s/{theirs}/step/target"),
        format!("/s/{theirs}/download/document.html"),
    ] {
        let reply = world.app.send(world.owner.get(&path)).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
    }
    let request = Request::get(format!("/api/v1/strategies/{theirs}"))
        .header(header::AUTHORIZATION, format!("Bearer {}", world.token))
        .body(Body::empty())
        .unwrap();
    assert_eq!(world.app.send(request).await.status, StatusCode::NOT_FOUND);
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Bearer {
    None,
    ReadOnly,
    Viewer,
    Editor,
    Owner,
    OtherWorkspace,
}

#[tokio::test]
async fn every_api_route_answers_each_token_as_its_rule_says() {
    let world = world(Backend::Sqlite).await;
    let db = &world.app.state.db;
    let viewer_token = tomster_web::admin::create_token(db, "viewer@a.test", "agency", "v", false)
        .await
        .unwrap();
    let owner_token = tomster_web::admin::create_token(db, "owner@a.test", "agency", "o", false)
        .await
        .unwrap();
    let bearers = [
        Bearer::None,
        Bearer::ReadOnly,
        Bearer::Viewer,
        Bearer::Editor,
        Bearer::Owner,
        Bearer::OtherWorkspace,
    ];
    for bearer in bearers {
        let token = match bearer {
            Bearer::None => None,
            Bearer::ReadOnly => Some(world.read_only_token.clone()),
            Bearer::Viewer => Some(viewer_token.clone()),
            Bearer::Editor => Some(world.token.clone()),
            Bearer::Owner => Some(owner_token.clone()),
            Bearer::OtherWorkspace => Some(world.stranger_token.clone()),
        };
        for route in tomster_web::api::routes().routes() {
            let (method, path) = (route.method, route.path);
            let writes = route.need == Need::Editor;
            if route.need == Need::Anyone {
                continue;
            }
            let current = world.app.strategy_as("owner@a.test", &world.strategy).await;
            let source = world
                .app
                .version_text("owner@a.test", &world.strategy, current.current_version)
                .await;
            // An import of the strategy's own for the routes that name one (a DELETE undoes it).
            let import = if path.contains("{import}") {
                fresh_import(&world, &format!("{bearer:?}{method}")).await
            } else {
                0
            };
            let mut uri = path
                .replace("{slug}", "agency")
                .replace("{id}", &world.strategy)
                .replace("{version}", "1")
                .replace("{import}", &import.to_string());
            if (path.ends_with("document.pdf") || path.ends_with("review.pdf"))
                && !cfg!(feature = "pdf")
            {
                continue;
            }
            // A review is of a month, which the address must say.
            if path.contains("/review.") {
                uri.push_str("?month=2027-06");
            }
            let mut builder = Request::builder().method(method).uri(&uri);
            if let Some(token) = &token {
                builder = builder.header(header::AUTHORIZATION, format!("Bearer {token}"));
            }
            let body = if path.ends_with("/imports") && method == "POST" {
                builder = builder.header(header::CONTENT_TYPE, "text/csv");
                Body::from(tiktok_overview(&format!("{bearer:?}")))
            } else if path.ends_with("/observations") && method == "POST" {
                builder = builder
                    .header(header::CONTENT_TYPE, "application/json")
                    .header("idempotency-key", format!("{bearer:?}"));
                Body::from(
                    r#"[{"date": "2026-03-01", "network": "instagram", "metric": "likes", "value": 3}]"#,
                )
            } else if writes && method != "DELETE" {
                builder = builder
                    .header(header::CONTENT_TYPE, "application/toml")
                    .header(header::IF_MATCH, format!("\"{}\"", current.current_version));
                Body::from(source)
            } else {
                Body::empty()
            };
            let reply = world.app.send(builder.body(body).unwrap()).await;
            let status = reply.status;
            let context = format!("{bearer:?} {method} {path}: {status} {}", reply.body);
            match bearer {
                Bearer::None => assert_eq!(status, StatusCode::UNAUTHORIZED, "{context}"),
                // The list of workspaces answers every token, with its own workspace only.
                Bearer::OtherWorkspace if path == "/api/v1/workspaces" => {
                    assert_eq!(status, StatusCode::OK, "{context}");
                    assert!(!reply.body.contains("agency"), "{context}");
                }
                Bearer::OtherWorkspace => assert_eq!(status, StatusCode::NOT_FOUND, "{context}"),
                Bearer::ReadOnly | Bearer::Viewer if writes => {
                    assert_eq!(status, StatusCode::FORBIDDEN, "{context}")
                }
                _ => assert!(status.is_success(), "{context}"),
            }
            if !status.is_success() {
                assert_eq!(
                    reply.headers.get(header::CONTENT_TYPE).unwrap(),
                    "application/problem+json",
                    "{context}"
                );
            }
        }
    }
}

#[tokio::test]
async fn the_openapi_document_lists_every_route() {
    let world = world(Backend::Sqlite).await;
    let reply = world
        .app
        .send(
            Request::get("/api/v1/openapi.json")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    let document: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
    assert_eq!(document["openapi"], "3.1.0");
    // Every schema an operation names is in the document.
    let text = document.to_string();
    for reference in text.split("\"$ref\":\"#/components/schemas/").skip(1) {
        let name = reference.split('"').next().unwrap();
        assert!(
            document["components"]["schemas"][name].is_object(),
            "{name} is named but not described"
        );
    }
    for route in tomster_web::api::routes().routes() {
        let (method, path) = (route.method, route.path);
        if path == "/api/v1/openapi.json" {
            continue;
        }
        let relative = path.trim_start_matches("/api/v1");
        let operation = &document["paths"][relative][method.to_ascii_lowercase()];
        assert!(operation.is_object(), "{method} {path} is not described");
        assert_ne!(operation["operationId"], "unknown", "{method} {path}");
        let responses = operation["responses"].as_object().unwrap();
        // A success with its body's type, and the errors every route can answer.
        let success = responses
            .iter()
            .find(|(status, _)| status.starts_with('2'))
            .unwrap_or_else(|| panic!("{method} {path}: no success"));
        // A body, but for a 204 (an undo answers nothing).
        assert!(
            success.0 == "204" || success.1["content"].is_object(),
            "{method} {path}"
        );
        for status in ["401", "503"] {
            assert!(
                responses.contains_key(status),
                "{method} {path}: no {status}"
            );
        }
        if method == "DELETE" {
            assert!(responses.contains_key("403"), "{method} {path}: no 403");
        } else if method != "GET" {
            let content = &operation["requestBody"]["content"];
            assert!(content.is_object(), "{method} {path}: no request body");
            let mut statuses = vec!["400", "403", "413", "422"];
            // Strategies come as TOML or JSON: anything else is 415.
            if content["application/toml"].is_object() {
                statuses.push("415");
            }
            for status in statuses {
                assert!(
                    responses.contains_key(status),
                    "{method} {path}: no {status}"
                );
            }
        }
    }
}

/// A small TikTok overview, different for each `seed` (so that no two are the same bytes).
fn tiktok_overview(seed: &str) -> String {
    let views = seed.len() * 7 + seed.bytes().map(usize::from).sum::<usize>();
    format!("Date,Video Views,Profile Views,Likes,Comments,Shares\n2026-03-01,{views},1,2,0,0\n")
}

/// An import of the world's strategy, made through the store: its number.
async fn fresh_import(world: &World, seed: &str) -> i64 {
    let db = &world.app.state.db;
    let strategy = world.app.strategy_as("owner@a.test", &world.strategy).await;
    let reading = tomster_import::read(
        tiktok_overview(seed).as_bytes(),
        &tomster_import::Context {
            today: jiff::civil::date(2026, 12, 4),
            networks: vec![],
            custom_metrics: vec![],
            network: None,
            figures_only: false,
            workbook_worker: None,
        },
    )
    .unwrap();
    let record = tomster_web::store::results::NewImport {
        file_name: "seed.csv",
        size: 10,
        sha256: &format!("seed-{seed}-{}", world.app.state.now()),
        format: &reading.format,
        language: &reading.language,
        network: &reading.network,
        account: None,
        from: reading.from,
        to: reading.to,
        rows: reading.rows,
        skipped_rows: 0,
        warnings: &[],
        user: world.app.user_id("owner@a.test").await,
        now: world.app.state.now(),
    };
    world.app.advance(1);
    match db
        .results()
        .import(
            &strategy.id,
            &record,
            &reading.posts,
            &reading.observations,
            jiff::civil::date(2026, 3, 1),
        )
        .await
        .unwrap()
    {
        tomster_web::store::results::Imported::New(row)
        | tomster_web::store::results::Imported::Again(row) => row.id,
    }
}
