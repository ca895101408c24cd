//! The smaller holes a probe of the previous release found, each kept shut: an off-site
//! redirect after sign-in, a client-written forwarded address believed, a strategy over the
//! size limit stored through the API or the editor, damaged logos stored (every PDF then
//! failed), anyone able to lock an account, a calendar feed outliving its creator's access.

use std::net::SocketAddr;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use tomster_core::load::MAX_SOURCE_BYTES;

use crate::support::{Backend, PASSWORD, TestApp, backends, encode, form_request, world};

#[tokio::test]
async fn after_sign_in_only_a_path_of_this_site_is_followed() {
    let world = world(Backend::Sqlite).await;
    let app = &world.app;
    // Browsers drop a tab from an address: `/%09/host/x` would be `//host/x`, another site.
    for next in [
        "/%09/evil.example/x",
        "//evil.example",
        "/%5Cevil.example",
        "/%0A/evil.example",
    ] {
        let reply = app
            .send(world.owner.get(&format!("/login?next={next}")))
            .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{next}");
        assert_eq!(reply.location(), Some("/w"), "{next}");
        let login = app
            .send(form_request(
                Method::POST,
                "/login",
                None,
                &format!(
                    "email=owner%40a.test&password={}&next={next}",
                    encode(PASSWORD)
                ),
            ))
            .await;
        assert_eq!(login.location(), Some("/w"), "{next}");
    }
    let reply = app.send(world.owner.get("/login?next=/s/abc")).await;
    assert_eq!(reply.location(), Some("/s/abc"));
}

/// A failed sign-in sent through a proxy at `peer` with `X-Forwarded-For: forwarded`, and the
/// address the audit log recorded for it.
async fn recorded_address(app: &TestApp, peer: SocketAddr, forwarded: &str) -> String {
    let mut request = form_request(
        Method::POST,
        "/login",
        None,
        "email=someone%40a.test&password=wrong-password",
    );
    request
        .headers_mut()
        .insert("x-forwarded-for", forwarded.parse().unwrap());
    let reply = app.send_from(request, peer).await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    let events = app.state.db.audit().latest(1).await.unwrap();
    events[0].2.clone()
}

#[tokio::test]
async fn the_client_address_is_the_right_most_one_no_trusted_proxy_added() {
    let app = TestApp::with_config(Backend::Sqlite, |config| {
        config.public_url = Some("https://tomster.example.com".to_owned());
        config.trusted_proxies = vec!["127.0.0.1".parse().unwrap(), "10.0.0.0/8".parse().unwrap()];
    })
    .await;
    let proxy = SocketAddr::from(([127, 0, 0, 1], 50000));
    // The client wrote the left-most entry itself: it proves nothing.
    assert_eq!(
        recorded_address(&app, proxy, "198.51.100.7, 203.0.113.9").await,
        "203.0.113.9"
    );
    // Entries added by trusted proxies on the way are skipped.
    assert_eq!(
        recorded_address(&app, proxy, "198.51.100.7, 203.0.113.9, 10.1.2.3").await,
        "203.0.113.9"
    );
    // A connection from elsewhere is not a proxy: its header is ignored.
    let stranger = SocketAddr::from(([192, 0, 2, 44], 50000));
    assert_eq!(
        recorded_address(&app, stranger, "203.0.113.9").await,
        "192.0.2.44"
    );
    // Without a public address no proxy is believed.
    let direct = TestApp::new(Backend::Sqlite).await;
    assert_eq!(
        recorded_address(&direct, proxy, "203.0.113.9").await,
        "127.0.0.1"
    );
}

#[tokio::test]
async fn strangers_cannot_lock_an_account_from_rotating_addresses() {
    let app = TestApp::with_config(Backend::Sqlite, |config| {
        config.public_url = Some("https://tomster.example.com".to_owned());
        config.throttle_step = std::time::Duration::from_millis(5);
    })
    .await;
    app.user("victim@a.test").await;
    let proxy = SocketAddr::from(([127, 0, 0, 1], 50000));
    for n in 0..40 {
        let mut request = form_request(
            Method::POST,
            "/login",
            None,
            "email=victim%40a.test&password=wrong-password",
        );
        request
            .headers_mut()
            .insert("x-forwarded-for", format!("203.0.113.{n}").parse().unwrap());
        // Each address tries once: never refused, only slowed.
        assert_eq!(
            app.send_from(request, proxy).await.status,
            StatusCode::UNAUTHORIZED
        );
    }
    let mut own = form_request(
        Method::POST,
        "/login",
        None,
        &format!("email=victim%40a.test&password={}", encode(PASSWORD)),
    );
    own.headers_mut()
        .insert("x-forwarded-for", "198.51.100.1".parse().unwrap());
    assert_eq!(
        app.send_from(own, proxy).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn every_way_in_takes_the_same_size_limit_and_stores_nothing_over_it() {
    for backend in backends() {
        let world = world(backend).await;
        let app = &world.app;
        let id = &world.strategy;
        let strategies = app.strategy_count("agency").await;
        let versions = app.strategy_as("owner@a.test", id).await.current_version;
        // A valid strategy padded with a comment to one byte over the loader's limit.
        let text = app.version_text("owner@a.test", id, 1).await;
        let padding = MAX_SOURCE_BYTES + 1 - text.len() - 3;
        let over = format!("{text}\n# {}", "a".repeat(padding));
        assert_eq!(over.len(), MAX_SOURCE_BYTES + 1);
        let api = |method: Method, path: String, body: String, content_type: &str| {
            Request::builder()
                .method(method)
                .uri(path)
                .header(header::AUTHORIZATION, format!("Bearer {}", world.token))
                .header(header::CONTENT_TYPE, content_type)
                .header(header::IF_MATCH, format!("\"{versions}\""))
                .body(Body::from(body))
                .unwrap()
        };
        // The API: create and replace, as TOML.
        for request in [
            api(
                Method::POST,
                "/api/v1/workspaces/agency/strategies".to_owned(),
                over.clone(),
                "application/toml",
            ),
            api(
                Method::PUT,
                format!("/api/v1/strategies/{id}"),
                over.clone(),
                "application/toml",
            ),
        ] {
            let reply = app.send(request).await;
            assert_eq!(
                reply.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{backend:?}: {}",
                reply.body
            );
            assert!(reply.body.contains("MiB"), "{}", reply.body);
        }
        // Far over: refused before it is read.
        let reply = app
            .send(api(
                Method::POST,
                "/api/v1/workspaces/agency/strategies".to_owned(),
                "a".repeat(2 * MAX_SOURCE_BYTES),
                "application/toml",
            ))
            .await;
        assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE, "{backend:?}");
        // The file editor.
        let reply = app
            .send(world.owner.post(
                &format!("/s/{id}/edit"),
                &format!(
                    "csrf={}&base={versions}&source={}",
                    world.owner.csrf,
                    encode(&over)
                ),
            ))
            .await;
        assert_eq!(
            reply.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{backend:?}"
        );
        assert!(reply.body.contains("id=\"load-errors\""));
        // Nothing was stored by any of them.
        assert_eq!(
            app.strategy_count("agency").await,
            strategies,
            "{backend:?}"
        );
        assert_eq!(
            app.strategy_as("owner@a.test", id).await.current_version,
            versions,
            "{backend:?}"
        );
    }
}

/// A logo upload as the Target page's form sends it.
fn logo_upload(id: &str, cookie: &str, csrf: &str, file: &[u8]) -> Request<Body> {
    let mut body = format!(
        "--B\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n--B\r\n\
         Content-Disposition: form-data; name=\"file\"; filename=\"logo\"\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(file);
    body.extend_from_slice(b"\r\n--B--\r\n");
    Request::post(format!("/s/{id}/logo"))
        .header(header::COOKIE, cookie)
        .header(header::CONTENT_TYPE, "multipart/form-data; boundary=B")
        .body(Body::from(body))
        .unwrap()
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let picture = image::GrayImage::from_pixel(width, height, image::Luma([90]));
    let mut bytes = Vec::new();
    picture
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .unwrap();
    bytes
}

fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let picture = image::RgbImage::from_pixel(width, height, image::Rgb([20, 90, 160]));
    let mut bytes = Vec::new();
    picture
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Jpeg,
        )
        .unwrap();
    bytes
}

#[tokio::test]
async fn damaged_or_enormous_logos_are_refused_and_every_pdf_still_works() {
    let world = world(Backend::Sqlite).await;
    let app = &world.app;
    let owner = &world.owner;
    let id = &world.strategy;
    let whole = png(200, 80);
    let mut flipped = whole.clone();
    let near_end = flipped.len() - 20;
    flipped[near_end] ^= 0xff;
    let photo = jpeg(120, 120);
    // A header claiming 30,000 x 30,000 pixels, its checksum right.
    let mut enormous = png(1, 1);
    enormous[16..20].copy_from_slice(&30_000_u32.to_be_bytes());
    enormous[20..24].copy_from_slice(&30_000_u32.to_be_bytes());
    let checksum = crc32(&enormous[12..29]);
    enormous[29..33].copy_from_slice(&checksum.to_be_bytes());
    let cases: [(&str, Vec<u8>, &str); 5] = [
        (
            "a PNG cut in half",
            whole[..whole.len() / 2].to_vec(),
            "damaged",
        ),
        ("a PNG with a byte changed", flipped, "damaged"),
        (
            "a JPEG cut short",
            photo[..photo.len() / 3].to_vec(),
            "damaged",
        ),
        (
            "an SVG cut short",
            br#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect"#.to_vec(),
            "damaged",
        ),
        ("a PNG of 30,000 pixels a side", enormous, "dimensions"),
    ];
    for (what, bytes, code) in cases {
        let reply = app
            .send(logo_upload(id, &owner.cookie, &owner.csrf, &bytes))
            .await;
        let location = reply.location().unwrap_or_default().to_owned();
        assert!(
            location.contains(&format!("logo_error={code}")),
            "{what}: {location}"
        );
        let page = app.send(owner.get(&location)).await;
        assert!(page.body.contains("id=\"logo-error\""), "{what}");
        assert_eq!(app.logo_as("owner@a.test", id).await, None, "{what}");
    }
    // A sound one is kept, and the documents carry it.
    let reply = app
        .send(logo_upload(id, &owner.cookie, &owner.csrf, &photo))
        .await;
    assert_eq!(
        reply.location(),
        Some(format!("/s/{id}/step/target#logo").as_str())
    );
    if cfg!(feature = "pdf") {
        let pdf = app
            .send(owner.get(&format!("/s/{id}/download/document.pdf")))
            .await;
        assert_eq!(pdf.status, StatusCode::OK);
    }
}

/// The CRC-32 of PNG chunks, for the test's forged header.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffff_u32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[tokio::test]
async fn a_calendar_feed_stops_when_its_creator_loses_access() {
    for backend in backends() {
        let world = world(backend).await;
        let app = &world.app;
        let id = &world.strategy;
        let editor = &world.editor;
        let make_feed = || async {
            let reply = app
                .send(editor.post(&format!("/s/{id}/feed"), &format!("csrf={}", editor.csrf)))
                .await;
            reply
                .body
                .split("<code class=\"link\">")
                .nth(1)
                .and_then(|rest| rest.split('<').next())
                .map(|link| link.trim_start_matches("http://127.0.0.1:8080").to_owned())
                .expect("the feed address")
        };
        let get = |path: &str| Request::get(path).body(Body::empty()).unwrap();
        let editor_id = app.user_id("editor@a.test").await;
        let owner = &world.owner;
        let change = |what: &str| {
            owner.post(
                "/w/agency/members",
                &format!("csrf={}&user_id={editor_id}&{what}", owner.csrf),
            )
        };
        // Demoted to viewer: the feed stops (a viewer could not have made it).
        let feed = make_feed().await;
        assert_eq!(
            app.send(get(&feed)).await.status,
            StatusCode::OK,
            "{backend:?}"
        );
        assert_eq!(
            app.send(change("role=viewer")).await.status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            app.send(get(&feed)).await.status,
            StatusCode::NOT_FOUND,
            "{backend:?}"
        );
        // Back as an editor: a new feed; removed from the workspace: it stops.
        assert_eq!(
            app.send(change("role=editor")).await.status,
            StatusCode::SEE_OTHER
        );
        let feed = make_feed().await;
        assert_eq!(
            app.send(get(&feed)).await.status,
            StatusCode::OK,
            "{backend:?}"
        );
        assert_eq!(
            app.send(change("remove=1")).await.status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            app.send(get(&feed)).await.status,
            StatusCode::NOT_FOUND,
            "{backend:?}"
        );
        // The Strategy step no longer says a feed is active.
        let page = app.send(owner.get(&format!("/s/{id}/step/strategy"))).await;
        assert!(!page.body.contains("/feed/revoke"), "{backend:?}");
    }
}
