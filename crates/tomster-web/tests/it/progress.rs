//! The results read against the strategy through the API, on SQLite and PostgreSQL: the wine
//! estate's year of exports (the worked example of `crates/tomster/tests/progress.rs`, whose
//! figures are worked out by hand) imported, then read as of a day; a reading as of a past day
//! unchanged by a later export that updates older posts' totals.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::Value;

use crate::support::{Reply, World, backends, create_from_example, upload, wine_estate, world};

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

async fn read(world: &World, strategy: &str, what: &str, query: &str) -> Value {
    let reply = get(
        world,
        &format!("/api/v1/strategies/{strategy}/{what}?{query}"),
    )
    .await;
    assert_eq!(
        reply.status,
        StatusCode::OK,
        "{what}?{query}: {}",
        reply.body
    );
    serde_json::from_str(&reply.body).unwrap()
}

fn objective<'a>(progress: &'a Value, id: &str) -> &'a Value {
    progress
        .as_array()
        .unwrap()
        .iter()
        .find(|objective| objective["objective"] == id)
        .unwrap_or_else(|| panic!("no {id} in {progress}"))
}

#[track_caller]
fn near(value: &Value, expected: f64) {
    let got = value
        .as_f64()
        .unwrap_or_else(|| panic!("{value} is not a number"));
    assert!((got - expected).abs() < 1e-6, "{got} ≠ {expected}");
}

/// The Instagram export again, as downloaded in January 2028: every post's reach doubled since
/// (lifetime totals grow), and one post of January 2028, so the file is known as of then.
fn later_instagram_export() -> Vec<u8> {
    let text = String::from_utf8(wine_estate("instagram-posts-2027.csv")).unwrap();
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    let reach = header.split(',').position(|cell| cell == "Reach").unwrap();
    let mut out = vec![header.to_owned()];
    for line in lines {
        // The one quoted cell with a comma (the description), written without it.
        let line = line.replace("\"Au domaine, publication", "\"Au domaine publication");
        let mut cells: Vec<String> = line.split(',').map(str::to_owned).collect();
        let doubled = cells[reach].parse::<u64>().unwrap() * 2;
        cells[reach] = doubled.to_string();
        out.push(cells.join(","));
    }
    let mut last: Vec<String> = out.last().unwrap().split(',').map(str::to_owned).collect();
    last[0] = "18000000000099999".to_owned();
    last[6] = "01/10/2028 10:00".to_owned();
    last[7] = "https://www.instagram.com/p/DdC99999/".to_owned();
    out.push(last.join(","));
    (out.join("\n") + "\n").into_bytes()
}

#[tokio::test]
async fn the_wine_estate_s_progress_execution_and_findings_through_the_api() {
    for backend in backends() {
        let world = world(backend).await;
        let strategy =
            create_from_example(&world.app, &world.owner, "agency", "domaine-viticole").await;
        for file in [
            "instagram-posts-2027.csv",
            "facebook-posts-2027.csv",
            "domaine-2027.csv",
        ] {
            upload(&world, &strategy, wine_estate(file)).await;
        }
        // The same values as the command line's worked example (hand-computed there).
        let june = read(&world, &strategy, "progress", "as_of=2027-06-30").await;
        let tastings = objective(&june, "degustations");
        near(&tastings["actual"], 22.0);
        near(&tastings["expected"], 12.0 + 28.0 * 181.0 / 273.0);
        near(&tastings["forecast"]["value"], 30.57142857142857);
        assert_eq!(tastings["status"], "off_track", "{backend:?}");
        let meetings = objective(&june, "restaurants");
        near(&meetings["actual"], 15.0);
        near(&meetings["forecast"]["high"], 39.390890230020666);
        assert_eq!(meetings["status"], "on_track");
        let reach = objective(&june, "notoriete");
        near(&reach["actual"], 3600.0);
        assert_eq!(reach["status"], "at_risk");
        // The reason is written in the strategy's language (French).
        assert!(
            reach["reason"]
                .as_str()
                .unwrap()
                .contains("de la progression attendue"),
            "{}",
            reach["reason"]
        );

        let execution = read(
            &world,
            &strategy,
            "execution",
            "from=2027-04-19&to=2027-04-25",
        )
        .await;
        let april = execution["weeks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|week| week["network"] == "instagram" && week["week"] == "2027-W16")
            .unwrap_or_else(|| panic!("no W16 in {execution}"));
        assert_eq!(
            (april["planned"].as_u64(), april["published"].as_f64()),
            (Some(3), Some(1.0))
        );
        assert!(
            execution["weeks"]
                .as_array()
                .unwrap()
                .iter()
                .all(|week| week["week"] == "2027-W16"),
            "only the week asked: {execution}"
        );

        let findings = read(&world, &strategy, "findings", "as_of=2027-04-30").await;
        let under_plan = findings
            .as_array()
            .unwrap()
            .iter()
            .find(|finding| finding["code"] == "E103")
            .unwrap_or_else(|| panic!("no E103 in {findings}"));
        assert_eq!(under_plan["network"], "instagram");

        // A later export doubles every post's reach: the reading as of June stays; today's
        // sees the new totals.
        let before = read(&world, &strategy, "progress", "as_of=2027-06-30").await;
        upload(&world, &strategy, later_instagram_export()).await;
        let after = read(&world, &strategy, "progress", "as_of=2027-06-30").await;
        assert_eq!(before, after, "{backend:?}: a past reading is reproduced");
        let now = read(&world, &strategy, "progress", "as_of=2028-01-31").await;
        let reach_now = objective(&now, "notoriete");
        near(&reach_now["actual"], 2.0 * 4900.0);

        // The June review, for the client, in the strategy's language.
        let review = get(
            &world,
            &format!("/api/v1/strategies/{strategy}/review.html?month=2027-06"),
        )
        .await;
        assert_eq!(review.status, StatusCode::OK, "{}", review.body);
        assert!(
            review.body.contains("Bilan mensuel, juin 2027"),
            "{}",
            review.body
        );
        assert!(review.body.contains("Décisions prises"));
        // The month's best Instagram posts by reach: June's 3,600 over 13 posts, 276 each but
        // the last, which takes the rest (288).
        assert!(
            review.body.contains("Les meilleures publications du mois"),
            "{}",
            review.body
        );
        let best = review
            .body
            .split("<section id=\"best-posts\"")
            .nth(1)
            .unwrap_or("");
        // (The later export, imported above, wrote the texts without their comma.)
        assert!(
            best.contains("publication 60</td>"),
            "a post's text: {best}"
        );
        assert!(best.contains("class=\"number\">288</td>"), "{best}");
        let markdown = get(
            &world,
            &format!("/api/v1/strategies/{strategy}/review.md?month=2027-06"),
        )
        .await;
        assert_eq!(markdown.status, StatusCode::OK);
        assert!(
            markdown.body.starts_with("# Bilan mensuel"),
            "{}",
            markdown.body
        );
        let no_month = get(
            &world,
            &format!("/api/v1/strategies/{strategy}/review.html"),
        )
        .await;
        assert_eq!(no_month.status, StatusCode::BAD_REQUEST);
        let bad_month = get(
            &world,
            &format!("/api/v1/strategies/{strategy}/review.html?month=2027-13"),
        )
        .await;
        assert_eq!(bad_month.status, StatusCode::BAD_REQUEST);
        if cfg!(feature = "pdf") {
            let pdf = world
                .app
                .send(
                    Request::get(format!(
                        "/api/v1/strategies/{strategy}/review.pdf?month=2027-06"
                    ))
                    .header(header::AUTHORIZATION, format!("Bearer {}", world.token))
                    .body(Body::empty())
                    .unwrap(),
                )
                .await;
            assert_eq!(pdf.status, StatusCode::OK, "{backend:?}");
        }

        // Bad dates are refused in words.
        let reply = get(
            &world,
            &format!("/api/v1/strategies/{strategy}/progress?as_of=June"),
        )
        .await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST);
        let reply = get(
            &world,
            &format!("/api/v1/strategies/{strategy}/execution?from=2027-05-01&to=2027-04-01"),
        )
        .await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    }
}

#[tokio::test]
async fn the_results_view_shows_each_objective_and_offers_editors_the_adjustment() {
    let world = world(crate::support::Backend::Sqlite).await;
    let strategy =
        create_from_example(&world.app, &world.owner, "agency", "domaine-viticole").await;
    for file in [
        "instagram-posts-2027.csv",
        "facebook-posts-2027.csv",
        "domaine-2027.csv",
    ] {
        upload(&world, &strategy, wine_estate(file)).await;
    }
    let path = format!("/s/{strategy}/progress?as_of=2027-06-30");
    let page = world.app.send(world.editor.get(&path)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("off track · 2"), "{}", page.body);
    assert!(page.body.contains("<svg"), "a chart per objective");
    let link = page
        .body
        .split("href=\"")
        .skip(1)
        .filter_map(|part| {
            part.split_once('"')
                .map(|(href, _)| href.replace("&amp;", "&").replace("&#38;", "&"))
        })
        .find(|href| href.contains("/form/objectives?set="))
        .unwrap_or_else(|| panic!("no adjustment link in {}", page.body));
    assert!(
        link.contains("set=objectives%5B0%5D.target&value=31"),
        "{link}"
    );
    // The form opens filled in, not saved: the version stays the same until it is.
    let form = world.app.send(world.editor.get(&link)).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    assert!(form.body.contains("value=\"31\""), "the target filled in");
    assert!(
        form.body.contains("After finding E102"),
        "the comment filled in"
    );
    // Only a field an adjustment may set is set.
    let other = world
        .app
        .send(world.editor.get(&format!(
            "/s/{strategy}/form/objectives?set=strategy.name&value=3&comment=x"
        )))
        .await;
    assert_eq!(other.status, StatusCode::OK);
    assert!(
        other
            .body
            .contains("id=\"comment\" name=\"comment\" type=\"text\" maxlength=\"500\" value=\"\""),
        "no comment without an adjustment"
    );
    // The review is downloaded from the view, by viewers too.
    let review = world
        .app
        .send(
            world
                .viewer
                .get(&format!("/s/{strategy}/review?month=2027-06&format=html")),
        )
        .await;
    assert_eq!(review.status, StatusCode::OK);
    assert!(review.body.contains("Bilan mensuel, juin 2027"));
    let bad = world
        .app
        .send(
            world
                .viewer
                .get(&format!("/s/{strategy}/review?month=juin")),
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    // A viewer reads the view without the adjustment links; a bad date is said, not fatal.
    let viewed = world.app.send(world.viewer.get(&path)).await;
    assert_eq!(viewed.status, StatusCode::OK);
    assert!(!viewed.body.contains("/form/objectives?set="));
    let bad = world
        .app
        .send(
            world
                .viewer
                .get(&format!("/s/{strategy}/progress?as_of=soon")),
        )
        .await;
    assert_eq!(bad.status, StatusCode::OK);
    assert!(
        bad.body.contains("That date could not be read"),
        "{}",
        bad.body
    );
}

/// The workspace overview reads stored summaries: each strategy's objectives by status once its
/// summary is computed (in the background after an import), and strategies without results.
#[tokio::test]
async fn the_overview_lists_every_objective_by_status() {
    for backend in backends() {
        let world = world(backend).await;
        let strategy =
            create_from_example(&world.app, &world.owner, "agency", "domaine-viticole").await;
        for file in [
            "instagram-posts-2027.csv",
            "facebook-posts-2027.csv",
            "domaine-2027.csv",
        ] {
            upload(&world, &strategy, wine_estate(file)).await;
        }
        let mut body = String::new();
        for _ in 0..100 {
            let reply = world.app.send(world.viewer.get("/w/agency/overview")).await;
            assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
            body = reply.body;
            if body.contains("Faire réserver 40 dégustations") && !body.contains("Being read") {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        // Read as of today (the year 2027 lies ahead of the machine's clock in 2026, so the
        // objectives are not started yet and say so), under their status.
        assert!(
            body.contains("Faire réserver 40 dégustations"),
            "{backend:?}: {body}"
        );
        assert!(body.contains("not measurable yet (4)"), "{body}");
        assert!(body.contains(&format!("/s/{strategy}/progress")), "{body}");
        // The world's own strategy has nothing imported.
        assert!(body.contains("No results imported yet"), "{body}");
    }
}

/// The calendar's KPI reviews link to the results view, in the downloaded file and the feed.
#[tokio::test]
async fn the_kpi_reviews_of_the_calendar_link_to_the_results_view() {
    let world = world(crate::support::Backend::Sqlite).await;
    let strategy =
        create_from_example(&world.app, &world.owner, "agency", "domaine-viticole").await;
    let ics = world
        .app
        .send(
            world
                .viewer
                .get(&format!("/s/{strategy}/download/calendar.ics")),
        )
        .await;
    assert_eq!(ics.status, StatusCode::OK);
    // Long lines of an iCalendar file are folded: unfold them first.
    let unfolded = ics.body.replace("\r\n ", "");
    let link = format!("/s/{strategy}/progress");
    assert!(
        unfolded
            .lines()
            .any(|line| line.starts_with("URL:http") && line.ends_with(&link)),
        "{link} in the calendar"
    );
}

/// The figures per day stored at each import and undo are those read from the imports
/// themselves: after three imports, after two at once, after an undo; and a reading as of an
/// earlier day than they cover reads the imports (the June reading above).
#[tokio::test]
async fn the_stored_figures_per_day_equal_those_read_from_the_imports() {
    use tomster_core::results::Per;
    use tomster_web::store::results::Filter;
    let far = Some("2100-01-01".parse().unwrap());
    for backend in backends() {
        let world = world(backend).await;
        let strategy =
            create_from_example(&world.app, &world.owner, "agency", "domaine-viticole").await;
        let id = world.app.strategy_as("owner@a.test", &strategy).await.id;
        let results = world.app.state.db.results();
        let same = |label: &'static str| {
            let results = world.app.state.db.results();
            let id = id.clone();
            async move {
                let stored = results
                    .figures(
                        &id,
                        &Filter {
                            to: far,
                            known_by: far,
                            ..Filter::default()
                        },
                        Per::Day,
                    )
                    .await
                    .unwrap();
                // A `from` the stored figures do not answer: read from the imports.
                let read = results
                    .figures(
                        &id,
                        &Filter {
                            from: Some("1900-01-01".parse().unwrap()),
                            to: far,
                            known_by: far,
                            ..Filter::default()
                        },
                        Per::Day,
                    )
                    .await
                    .unwrap();
                assert!(!read.is_empty() || label == "none", "{label}");
                assert_eq!(stored, read, "{backend:?} {label}");
                stored.len()
            }
        };
        assert_eq!(results.stored_through(&id).await.unwrap(), None);
        upload(&world, &strategy, wine_estate("domaine-2027.csv")).await;
        same("one import").await;
        // Two imports at once: the second to commit stores what both give.
        let replies = world
            .app
            .send_all(
                ["instagram-posts-2027.csv", "facebook-posts-2027.csv"]
                    .into_iter()
                    .map(|file| {
                        Request::post(format!("/api/v1/strategies/{strategy}/imports"))
                            .header(header::AUTHORIZATION, format!("Bearer {}", world.token))
                            .header(header::CONTENT_TYPE, "text/csv")
                            .body(Body::from(wine_estate(file)))
                            .unwrap()
                    })
                    .collect(),
            )
            .await;
        let ids: Vec<i64> = replies
            .iter()
            .map(|reply| {
                assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
                serde_json::from_str::<Value>(&reply.body).unwrap()["id"]
                    .as_i64()
                    .unwrap()
            })
            .collect();
        let all = same("three imports, two at once").await;
        let through = results.stored_through(&id).await.unwrap().unwrap();
        assert!(through.as_str() >= "2027-12-31", "{through}");
        // The stored figures answer today's reading: the June reading above read the imports.
        let undone = world
            .app
            .send(
                Request::delete(format!("/api/v1/strategies/{strategy}/imports/{}", ids[1]))
                    .header(header::AUTHORIZATION, format!("Bearer {}", world.token))
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert!(undone.status.is_success(), "{}", undone.body);
        let fewer = same("after an undo").await;
        assert!(fewer < all, "{fewer} < {all}");
    }
}
