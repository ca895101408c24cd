//! Results in through the API, on SQLite and PostgreSQL: imports of real exports, the same bytes
//! twice, overlapping exports in either order, undo, all or nothing and `skip_invalid`, figures
//! sent with an `Idempotency-Key`, and who may do what.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::Value;

use crate::support::{Reply, World, backends, create_from_example, world};

fn export(path: &str) -> Vec<u8> {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tomster-import/tests/exports")
        .join(path);
    std::fs::read(&full).unwrap_or_else(|error| panic!("{}: {error}", full.display()))
}

const WHOLE: &str = "instagram/mbs-ig-posts_es_revista_kairos_Mar-26-2025_Mar-26-2026.csv";
const PART: &str =
    "instagram/mbs-ig-posts_es_revista_kairos_Dec-31-2025_Mar-22-2026_overlapping.csv";

async fn upload(world: &World, token: &str, strategy: &str, bytes: Vec<u8>, query: &str) -> Reply {
    world
        .app
        .send(
            Request::post(format!("/api/v1/strategies/{strategy}/imports?{query}"))
                .header(header::AUTHORIZATION, format!("Bearer {token}"))
                .header(header::CONTENT_TYPE, "text/csv")
                .body(Body::from(bytes))
                .unwrap(),
        )
        .await
}

async fn get(world: &World, path: &str) -> Reply {
    world
        .app
        .send(
            Request::get(path)
                .header(header::AUTHORIZATION, format!("Bearer {}", world.token))
                .body(Body::empty())
                .unwrap(),
        )
        .await
}

fn json(reply: &Reply) -> Value {
    serde_json::from_str(&reply.body).unwrap_or_else(|error| panic!("{error}: {}", reply.body))
}

/// The figures per day the core's own rule gives for these exports read in turn (what
/// `tomster results` prints): the database's standing figures must be the same.
fn core_figures(paths: &[&str]) -> Value {
    let context = tomster_import::Context {
        today: jiff::civil::date(2026, 12, 4),
        networks: vec!["instagram".into()],
        custom_metrics: vec![],
        network: None,
        figures_only: false,
        workbook_worker: None,
    };
    let mut set = tomster_core::results::ResultSet::new();
    for path in paths {
        let reading = tomster_import::read(export(path).as_slice(), &context).unwrap();
        let as_of = reading.to.unwrap_or(context.today);
        set.add(reading.posts, reading.observations, as_of);
    }
    let figures: Vec<Value> = set
        .figures(tomster_core::results::Per::Day)
        .into_iter()
        .map(|f| {
            serde_json::json!({
                "network": f.network,
                "metric": f.metric.id(),
                "start": f.start.to_string(),
                "value": f.value,
            })
        })
        .collect();
    Value::Array(figures)
}

/// Every figure of a strategy, per day: what two orders of imports must agree on.
async fn figures(world: &World, strategy: &str) -> Value {
    let reply = get(
        world,
        &format!("/api/v1/strategies/{strategy}/observations?per=day"),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    json(&reply)
}

async fn undo(world: &World, strategy: &str, import: i64) -> StatusCode {
    world
        .app
        .send(
            Request::delete(format!("/api/v1/strategies/{strategy}/imports/{import}"))
                .header(header::AUTHORIZATION, format!("Bearer {}", world.token))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .status
}

#[tokio::test]
async fn imports_are_counted_idempotent_order_free_and_undone() {
    for backend in backends() {
        let world = world(backend).await;
        let token = world.token.clone();
        let strategy = world.strategy.clone();

        let first = upload(
            &world,
            &token,
            &strategy,
            export(WHOLE),
            "filename=kairos.csv",
        )
        .await;
        assert_eq!(
            first.status,
            StatusCode::CREATED,
            "{backend:?}: {}",
            first.body
        );
        let first = json(&first);
        assert_eq!(first["format"], "instagram_posts");
        assert_eq!(first["language"], "es");
        assert_eq!(first["file"], "kairos.csv");
        assert_eq!(first["posts"]["added"], 53);
        assert_eq!(first["rows"], 53);
        let first_id = first["id"].as_i64().unwrap_or_default();
        let after_first = figures(&world, &strategy).await;

        // The same bytes again: 200, the earlier import, nothing stored.
        let again = upload(
            &world,
            &token,
            &strategy,
            export(WHOLE),
            "filename=again.csv",
        )
        .await;
        assert_eq!(again.status, StatusCode::OK, "{}", again.body);
        assert_eq!(json(&again)["id"].as_i64(), Some(first_id));
        assert_eq!(figures(&world, &strategy).await, after_first);

        // The overlapping export: no post added twice.
        let second = upload(&world, &token, &strategy, export(PART), "").await;
        assert_eq!(second.status, StatusCode::CREATED, "{}", second.body);
        let second = json(&second);
        assert_eq!(second["posts"]["added"], 0);
        let seen = second["posts"]["updated"].as_u64().unwrap_or(0)
            + second["posts"]["unchanged"].as_u64().unwrap_or(0);
        assert_eq!(seen, 15);
        let both = figures(&world, &strategy).await;
        assert_eq!(
            both,
            core_figures(&[WHOLE, PART]),
            "{backend:?}: the standing figures are the core's"
        );
        let list = json(&get(&world, &format!("/api/v1/strategies/{strategy}/imports")).await);
        assert_eq!(list.as_array().map(Vec::len), Some(2));

        // Posts published per month, counted from the posts.
        let posts = json(
            &get(
                &world,
                &format!(
                    "/api/v1/strategies/{strategy}/observations?metric=posts&network=instagram"
                ),
            )
            .await,
        );
        let march = posts
            .as_array()
            .and_then(|l| l.iter().find(|f| f["start"] == "2026-03-01"))
            .map(|f| f["value"].clone());
        assert_eq!(march, Some(Value::from(13.0)));

        // The other order, in another strategy: the same figures.
        let other = create_from_example(&world.app, &world.owner, "agency", "boulangerie").await;
        let part_first = upload(&world, &token, &other, export(PART), "").await;
        assert_eq!(part_first.status, StatusCode::CREATED);
        let part_alone = figures(&world, &other).await;
        assert_eq!(
            upload(&world, &token, &other, export(WHOLE), "")
                .await
                .status,
            StatusCode::CREATED
        );
        assert_eq!(
            figures(&world, &other).await,
            both,
            "{backend:?}: the order changes nothing"
        );

        // Undo the later import: the figures are the first's again.
        let second_id = second["id"].as_i64().unwrap_or_default();
        assert_eq!(
            undo(&world, &strategy, second_id).await,
            StatusCode::NO_CONTENT
        );
        assert_eq!(
            figures(&world, &strategy).await,
            after_first,
            "{backend:?}: undo restores"
        );
        assert_eq!(
            undo(&world, &strategy, second_id).await,
            StatusCode::NOT_FOUND
        );

        // Undo the earlier import under a later one: what is left is the later one alone.
        let whole_id = json(&get(&world, &format!("/api/v1/strategies/{other}/imports")).await)[0]
            ["id"]
            .as_i64()
            .unwrap_or_default();
        let part_id =
            json(&get(&world, &format!("/api/v1/strategies/{other}/imports")).await)[1]["id"]
                .as_i64()
                .unwrap_or_default();
        assert_eq!(undo(&world, &other, part_id).await, StatusCode::NO_CONTENT);
        let whole_alone = figures(&world, &other).await;
        assert_eq!(
            whole_alone, after_first,
            "{backend:?}: undoing the earlier import leaves the later whole"
        );
        assert_eq!(undo(&world, &other, whole_id).await, StatusCode::NO_CONTENT);
        assert_eq!(figures(&world, &other).await, Value::Array(vec![]));
        assert_ne!(part_alone, both);
    }
}

#[tokio::test]
async fn a_file_with_errors_stores_nothing_unless_told_to_skip_them() {
    for backend in backends() {
        let world = world(backend).await;
        let csv = "Date,Video Views,Profile Views,Likes,Comments,Shares\n2026-03-01,10,1,2,0,0\n2026-03-02,lots,1,2,0,0\n";
        let strict = upload(
            &world,
            &world.token.clone(),
            &world.strategy.clone(),
            csv.into(),
            "",
        )
        .await;
        assert_eq!(
            strict.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            strict.body
        );
        assert_eq!(
            strict
                .headers
                .get(header::CONTENT_TYPE)
                .map(|v| v.as_bytes()),
            Some(&b"application/problem+json"[..])
        );
        let problem = json(&strict);
        assert_eq!(problem["import_errors"][0]["line"], 3);
        assert_eq!(problem["import_errors"][0]["column"], "Video Views");
        let list = json(
            &get(
                &world,
                &format!("/api/v1/strategies/{}/imports", world.strategy),
            )
            .await,
        );
        assert_eq!(
            list.as_array().map(Vec::len),
            Some(0),
            "{backend:?}: nothing stored"
        );

        let lenient = upload(
            &world,
            &world.token.clone(),
            &world.strategy.clone(),
            csv.into(),
            "skip_invalid=true",
        )
        .await;
        assert_eq!(lenient.status, StatusCode::CREATED, "{}", lenient.body);
        let stored = json(&lenient);
        assert_eq!(
            (stored["rows"].as_i64(), stored["skipped_rows"].as_i64()),
            (Some(2), Some(1))
        );
        assert_eq!(stored["observations"]["added"], 5);

        // Not an export: refused with the sentence.
        let image = upload(
            &world,
            &world.token.clone(),
            &world.strategy.clone(),
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
            "",
        )
        .await;
        assert_eq!(image.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            json(&image)["detail"]
                .as_str()
                .unwrap_or("")
                .contains("image"),
            "{}",
            image.body
        );
    }
}

#[tokio::test]
async fn figures_sent_twice_with_one_key_are_stored_once() {
    for backend in backends() {
        let world = world(backend).await;
        let strategy = world.strategy.clone();
        let send = |key: Option<&str>, body: &str| {
            let mut builder = Request::post(format!("/api/v1/strategies/{strategy}/observations"))
                .header(header::AUTHORIZATION, format!("Bearer {}", world.token))
                .header(header::CONTENT_TYPE, "application/json");
            if let Some(key) = key {
                builder = builder.header("idempotency-key", key);
            }
            builder.body(Body::from(body.to_owned())).unwrap()
        };
        let body = r#"[{"date": "2026-03-01", "network": "instagram", "metric": "reach", "value": 120},
                      {"date": "2026-03-01", "to": "2026-03-31", "network": "instagram", "metric": "follows", "value": 14}]"#;
        let first = world.app.send(send(Some("march-1"), body)).await;
        assert_eq!(
            first.status,
            StatusCode::CREATED,
            "{backend:?}: {}",
            first.body
        );
        let retry = world.app.send(send(Some("march-1"), body)).await;
        assert_eq!(retry.status, StatusCode::CREATED);
        assert_eq!(json(&retry)["id"], json(&first)["id"]);
        let list = json(&get(&world, &format!("/api/v1/strategies/{strategy}/imports")).await);
        assert_eq!(list.as_array().map(Vec::len), Some(1));
        let reach = json(
            &get(
                &world,
                &format!("/api/v1/strategies/{strategy}/observations?metric=reach"),
            )
            .await,
        );
        assert_eq!(reach[0]["value"], 120.0);

        assert_eq!(
            world.app.send(send(None, body)).await.status,
            StatusCode::BAD_REQUEST
        );
        let wrong = world
            .app
            .send(send(Some("bad"), r#"[{"date": "2026-02-30", "network": "myspace", "metric": "happiness", "value": 1}]"#))
            .await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        let errors = json(&wrong)["figure_errors"].clone();
        let fields: Vec<&str> = errors
            .as_array()
            .map(|l| l.iter().filter_map(|e| e["field"].as_str()).collect())
            .unwrap_or_default();
        assert_eq!(fields, vec!["date", "to", "network", "metric"]);
    }
}

/// A write that cannot get SQLite's one writer in time (a large import holds it until it
/// commits) is answered 503 "busy, try again", not 500; once the writer is free it goes through.
#[tokio::test]
async fn a_write_kept_waiting_by_another_is_answered_busy() {
    let world = world(crate::support::Backend::Sqlite).await;
    let holder = sqlx::AnyPool::connect(&world.app.url).await.unwrap();
    let mut held = holder.acquire().await.unwrap();
    sqlx::query("BEGIN IMMEDIATE")
        .execute(&mut *held)
        .await
        .unwrap();
    let (token, strategy) = (world.token.clone(), world.strategy.clone());
    let waited = upload(&world, &token, &strategy, export(PART), "").await;
    assert_eq!(
        waited.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        waited.body
    );
    assert!(waited.body.contains("busy"), "{}", waited.body);
    sqlx::query("ROLLBACK").execute(&mut *held).await.unwrap();
    let after = upload(&world, &token, &strategy, export(PART), "").await;
    assert_eq!(after.status, StatusCode::CREATED, "{}", after.body);
}

#[tokio::test]
async fn readers_read_results_and_cannot_import() {
    let world = world(crate::support::Backend::Sqlite).await;
    let read_only = upload(
        &world,
        &world.read_only_token.clone(),
        &world.strategy.clone(),
        export(WHOLE),
        "",
    )
    .await;
    assert_eq!(read_only.status, StatusCode::FORBIDDEN);
    let stranger = upload(
        &world,
        &world.stranger_token.clone(),
        &world.strategy.clone(),
        export(WHOLE),
        "",
    )
    .await;
    assert_eq!(stranger.status, StatusCode::NOT_FOUND);
    let reply = world
        .app
        .send(
            Request::get(format!("/api/v1/strategies/{}/imports", world.strategy))
                .header(
                    header::AUTHORIZATION,
                    format!("Bearer {}", world.read_only_token),
                )
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK);
}

/// The results page as an editor uses it: upload two files, see them before they are stored,
/// confirm, see them listed, undo one; a viewer sees the list without the forms.
#[tokio::test]
async fn the_results_page_previews_confirms_lists_and_undoes() {
    for backend in backends() {
        let world = world(backend).await;
        let app = &world.app;
        let editor = &world.editor;
        let strategy = &world.strategy;
        let mut body = Vec::new();
        body.extend_from_slice(
            format!(
                "--B\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{}\r\n",
                editor.csrf
            )
            .as_bytes(),
        );
        for (name, path) in [
            ("kairos.csv", WHOLE),
            ("overview.csv", "tiktok/es-Overview.csv"),
        ] {
            body.extend_from_slice(format!("--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: text/csv\r\n\r\n").as_bytes());
            body.extend_from_slice(&export(path));
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(b"--B--\r\n");
        let upload = app
            .send(
                Request::post(format!("/s/{strategy}/results/upload"))
                    .header(header::COOKIE, &editor.cookie)
                    .header(header::CONTENT_TYPE, "multipart/form-data; boundary=B")
                    .body(Body::from(body))
                    .unwrap(),
            )
            .await;
        assert_eq!(upload.status, StatusCode::SEE_OTHER, "{}", upload.body);
        let preview_address = upload.location().unwrap_or_default().to_owned();
        let token = preview_address
            .split("preview=")
            .nth(1)
            .and_then(|t| t.split('#').next())
            .unwrap_or_default()
            .to_owned();
        let preview = app.send(editor.get(&preview_address)).await;
        assert_eq!(preview.status, StatusCode::OK);
        assert!(
            preview
                .body
                .contains("Instagram posts (Meta Business Suite) (Spanish)"),
            "{}",
            preview.body
        );
        assert!(preview.body.contains("TikTok overview"), "{}", preview.body);
        // Nothing stored before the confirmation.
        assert!(
            app.state
                .db
                .results()
                .imports(&app.strategy_as("owner@a.test", strategy).await.id)
                .await
                .unwrap()
                .is_empty()
        );

        let confirm = app
            .send(editor.post(
                &format!("/s/{strategy}/results/confirm"),
                &format!("csrf={}&token={token}", editor.csrf),
            ))
            .await;
        assert_eq!(confirm.status, StatusCode::SEE_OTHER, "{}", confirm.body);
        let listed = app
            .send(editor.get(confirm.location().unwrap_or_default()))
            .await;
        assert!(listed.body.contains("2 files imported."), "{}", listed.body);
        assert!(listed.body.contains("kairos.csv") && listed.body.contains("overview.csv"));
        assert!(listed.body.contains("Figures per month"));
        // The same token again: nothing waits any more.
        let twice = app
            .send(editor.post(
                &format!("/s/{strategy}/results/confirm"),
                &format!("csrf={}&token={token}", editor.csrf),
            ))
            .await;
        assert!(
            twice
                .location()
                .unwrap_or_default()
                .contains("problem=expired")
        );

        let id = app.strategy_as("owner@a.test", strategy).await.id;
        let imports = app.state.db.results().imports(&id).await.unwrap();
        assert_eq!(imports.len(), 2);
        let undo = app
            .send(editor.post(
                &format!("/s/{strategy}/results/undo"),
                &format!("csrf={}&import={}", editor.csrf, imports[0].id),
            ))
            .await;
        assert_eq!(undo.status, StatusCode::SEE_OTHER);
        assert_eq!(app.state.db.results().imports(&id).await.unwrap().len(), 1);

        // A typed figure, sent twice (a double click): stored once.
        for _ in 0..2 {
            let typed = app
                .send(editor.post(
                    &format!("/s/{strategy}/results/figure"),
                    &format!(
                        "csrf={}&network=website&metric=leads&per=month&date=2026-03-10&value=12",
                        editor.csrf
                    ),
                ))
                .await;
            assert_eq!(typed.status, StatusCode::SEE_OTHER);
            assert!(
                typed.location().unwrap_or_default().contains("saved=1"),
                "{:?}",
                typed.location()
            );
        }
        assert_eq!(app.state.db.results().imports(&id).await.unwrap().len(), 2);

        // A viewer reads the page, without the forms, and cannot post.
        let read = app
            .send(world.viewer.get(&format!("/s/{strategy}/results")))
            .await;
        assert_eq!(read.status, StatusCode::OK);
        assert!(
            !read.body.contains("/results/upload") && read.body.contains("overview.csv")
                || read.body.contains("kairos.csv")
        );
        let refused = app
            .send(world.viewer.post(
                &format!("/s/{strategy}/results/undo"),
                &format!("csrf={}&import=1", world.viewer.csrf),
            ))
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
    }
}

/// Two overlapping exports imported at once give what they give one after the other.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn overlapping_imports_at_once_equal_imports_in_turn() {
    for backend in backends() {
        let world = world(backend).await;
        let token = world.token.clone();
        let in_turn = world.strategy.clone();
        assert_eq!(
            upload(&world, &token, &in_turn, export(WHOLE), "")
                .await
                .status,
            StatusCode::CREATED
        );
        assert_eq!(
            upload(&world, &token, &in_turn, export(PART), "")
                .await
                .status,
            StatusCode::CREATED
        );
        let expected = figures(&world, &in_turn).await;
        for round in 0..5 {
            let at_once =
                create_from_example(&world.app, &world.owner, "agency", "boulangerie").await;
            let request = |bytes: Vec<u8>| {
                Request::post(format!("/api/v1/strategies/{at_once}/imports"))
                    .header(header::AUTHORIZATION, format!("Bearer {token}"))
                    .header(header::CONTENT_TYPE, "text/csv")
                    .body(Body::from(bytes))
                    .unwrap()
            };
            let replies = world
                .app
                .send_all(vec![request(export(WHOLE)), request(export(PART))])
                .await;
            for reply in &replies {
                assert_eq!(
                    reply.status,
                    StatusCode::CREATED,
                    "{backend:?} round {round}: {}",
                    reply.body
                );
            }
            assert_eq!(
                figures(&world, &at_once).await,
                expected,
                "{backend:?} round {round}"
            );
            let added: u64 = replies
                .iter()
                .map(|r| json(r)["posts"]["added"].as_u64().unwrap_or(0))
                .sum();
            assert_eq!(
                added, 53,
                "{backend:?} round {round}: every post added once"
            );
        }
    }
}

/// The same bytes uploaded several times at once, and one `Idempotency-Key` sent several times
/// at once, each store one import: every answer names it.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_same_file_or_key_sent_at_once_is_stored_once() {
    for backend in backends() {
        let world = world(backend).await;
        let strategy = world.strategy.clone();
        let token = world.token.clone();
        let file = |_: usize| {
            Request::post(format!("/api/v1/strategies/{strategy}/imports"))
                .header(header::AUTHORIZATION, format!("Bearer {token}"))
                .header(header::CONTENT_TYPE, "text/csv")
                .body(Body::from(export(PART)))
                .unwrap()
        };
        let figures = |_: usize| {
            Request::post(format!("/api/v1/strategies/{strategy}/observations"))
                .header(header::AUTHORIZATION, format!("Bearer {token}"))
                .header(header::CONTENT_TYPE, "application/json")
                .header("idempotency-key", "once")
                .body(Body::from(r#"[{"date": "2026-03-01", "network": "instagram", "metric": "reach", "value": 7}]"#))
                .unwrap()
        };
        for make in [&file as &dyn Fn(usize) -> Request<Body>, &figures] {
            let replies = world.app.send_all((0..6).map(make).collect()).await;
            let ids: std::collections::BTreeSet<i64> = replies
                .iter()
                .map(|reply| {
                    assert!(
                        reply.status.is_success(),
                        "{backend:?}: {} {}",
                        reply.status,
                        reply.body
                    );
                    json(reply)["id"].as_i64().unwrap_or_default()
                })
                .collect();
            assert_eq!(ids.len(), 1, "{backend:?}: one import for six requests");
        }
        let list = json(&get(&world, &format!("/api/v1/strategies/{strategy}/imports")).await);
        assert_eq!(list.as_array().map(Vec::len), Some(2), "{backend:?}");
    }
}
