//! The storage story, the same on SQLite and PostgreSQL: create, edit, version, diff, restore,
//! conflict, through the pages and the API.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};

use crate::support::{backends, encode, world};

#[tokio::test]
async fn create_edit_version_diff_restore_and_conflict_on_every_backend() {
    for backend in backends() {
        let world = world(backend).await;
        let app = &world.app;
        let owner = &world.owner;
        let id = &world.strategy;
        let original = app.version_text("owner@a.test", id, 1).await;

        // Edit: a new version with a comment, its author and the new name.
        let edited = original.replacen("Boulangerie Dupain 2027", "Boulangerie Dupain 2028", 1);
        assert_ne!(edited, original, "{backend:?}: the example's name changed");
        let reply = app
            .send(owner.post(
                &format!("/s/{id}/edit"),
                &format!(
                    "csrf={}&base=1&comment=new+name&source={}",
                    owner.csrf,
                    encode(&edited)
                ),
            ))
            .await;
        assert_eq!(
            reply.status,
            StatusCode::SEE_OTHER,
            "{backend:?}: {}",
            reply.body
        );
        let strategy = app.strategy_as("owner@a.test", id).await;
        assert_eq!(strategy.current_version, 2);
        assert_eq!(strategy.name, "Boulangerie Dupain 2028");

        // History: both versions, newest first, with author and comment.
        let history = app.send(owner.get(&format!("/s/{id}/history"))).await;
        assert_eq!(history.status, StatusCode::OK);
        assert!(history.body.contains("new name"), "{backend:?}");
        assert!(history.body.contains("owner@a.test"), "{backend:?}");
        let versions = app.versions_as("owner@a.test", id).await;
        assert_eq!(
            versions
                .iter()
                .map(|version| version.number)
                .collect::<Vec<_>>(),
            [2, 1]
        );

        // The differences, in words.
        let diff = app
            .send(owner.get(&format!("/s/{id}/diff?from=1&to=2")))
            .await;
        assert_eq!(diff.status, StatusCode::OK);
        let changes = diff
            .body
            .split("<ul class=\"changes\">")
            .nth(1)
            .unwrap_or("");
        assert!(
            changes.contains("Boulangerie Dupain 2027 → Boulangerie Dupain 2028"),
            "{backend:?}: {}",
            diff.body
        );

        // Restore version 1 as version 3.
        let reply = app
            .send(owner.post(
                &format!("/s/{id}/restore"),
                &format!("csrf={}&version=1", owner.csrf),
            ))
            .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER);
        let strategy = app.strategy_as("owner@a.test", id).await;
        assert_eq!(strategy.current_version, 3);
        assert_eq!(app.version_text("owner@a.test", id, 3).await, original);

        // A second editor saving on top of version 2 (stale): refused, nothing lost, both shown.
        let mine = original.replacen("Boulangerie Dupain 2027", "Mine", 1);
        let reply = app
            .send(world.editor.post(
                &format!("/s/{id}/edit"),
                &format!("csrf={}&base=2&source={}", world.editor.csrf, encode(&mine)),
            ))
            .await;
        assert_eq!(reply.status, StatusCode::CONFLICT, "{backend:?}");
        assert!(reply.body.contains("Mine"), "the user's text is kept");
        assert!(reply.body.contains("id=\"conflict\""));
        assert_eq!(app.strategy_as("owner@a.test", id).await.current_version, 3);

        // The same through the API: If-Match names the version replaced.
        let put = |if_match: Option<&str>, body: &str| {
            let mut builder = Request::put(format!("/api/v1/strategies/{id}"))
                .header(header::AUTHORIZATION, format!("Bearer {}", world.token))
                .header(header::CONTENT_TYPE, "application/toml");
            if let Some(version) = if_match {
                builder = builder.header(header::IF_MATCH, version);
            }
            builder.body(Body::from(body.to_owned())).unwrap()
        };
        let reply = app.send(put(Some("\"3\""), &edited)).await;
        assert_eq!(reply.status, StatusCode::OK, "{backend:?}: {}", reply.body);
        assert!(reply.body.contains("\"version\":4"));
        let reply = app.send(put(Some("\"3\""), &edited)).await;
        assert_eq!(reply.status, StatusCode::CONFLICT);
        assert_eq!(
            reply.headers.get(header::CONTENT_TYPE).unwrap(),
            "application/problem+json"
        );
        let reply = app.send(put(None, &edited)).await;
        assert_eq!(reply.status, StatusCode::PRECONDITION_REQUIRED);

        // A text that does not load: 422 with line and column, nothing stored.
        let reply = app.send(put(Some("\"4\""), "[strategy]\nname = \n")).await;
        assert_eq!(
            reply.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            reply.body
        );
        assert!(reply.body.contains("\"line\":2"), "{}", reply.body);
        assert_eq!(app.strategy_as("owner@a.test", id).await.current_version, 4);
    }
}

#[tokio::test]
async fn an_upload_that_does_not_load_stores_nothing_and_says_where() {
    for backend in backends() {
        let world = world(backend).await;
        let app = &world.app;
        let before = app.strategy_count("agency").await as usize;
        let boundary = "XyZ";
        let body = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{}\r\n\
             --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.toml\"\r\n\
             Content-Type: application/toml\r\n\r\n[strategy]\nname = \"x\"\nstart = 2027-13-01\r\n--{boundary}--\r\n",
            world.owner.csrf
        );
        let request = Request::post("/w/agency/upload")
            .header(header::COOKIE, &world.owner.cookie)
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(Body::from(body))
            .unwrap();
        let reply = app.send(request).await;
        assert_eq!(
            reply.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{backend:?}"
        );
        assert!(reply.body.contains("id=\"upload-errors\""));
        assert!(reply.body.contains("line 3"), "{}", reply.body);
        assert_eq!(app.strategy_count("agency").await as usize, before);
    }
}

#[tokio::test]
async fn every_download_of_a_version_is_served_with_its_type() {
    let world = world(crate::support::Backend::Sqlite).await;
    let app = &world.app;
    for download in tomster_web::downloads::Download::ALL {
        if !download.available() {
            continue;
        }
        let path = format!(
            "/s/{}/download/{}?version=1",
            world.strategy,
            download.file_name()
        );
        let reply = app.send(world.viewer.get(&path)).await;
        assert_eq!(reply.status, StatusCode::OK, "{path}");
        assert_eq!(
            reply.headers.get(header::CONTENT_TYPE).unwrap(),
            download.content_type(),
            "{path}"
        );
        assert!(
            reply
                .headers
                .get(header::CONTENT_DISPOSITION)
                .and_then(|value| value.to_str().ok())
                .is_some_and(|value| value.contains("attachment") && value.contains("-v1-")),
            "{path}"
        );
        assert!(!reply.body.is_empty(), "{path}");
    }
    let zip = app
        .send(
            world
                .viewer
                .get(&format!("/s/{}/download/hootsuite.zip", world.strategy)),
        )
        .await;
    assert!(zip.body.starts_with("PK"), "a zip archive");
    assert!(
        zip.body.contains("hootsuite-instagram-01.csv"),
        "one file per network"
    );
}

/// A 1×1 PNG image.
const TINY_PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x77, 0x53,
    0xde, 0x00, 0x00, 0x00, 0x0c, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0x00,
    0x00, 0x03, 0x01, 0x01, 0x00, 0xc9, 0xfe, 0x92, 0xef, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e,
    0x44, 0xae, 0x42, 0x60, 0x82,
];

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

#[tokio::test]
async fn an_uploaded_logo_goes_on_the_documents_and_a_refused_file_changes_nothing() {
    for backend in backends() {
        let world = world(backend).await;
        let app = &world.app;
        let owner = &world.owner;
        let id = &world.strategy;
        let html = || app.send(owner.get(&format!("/s/{id}/download/document.html")));
        assert!(!html().await.body.contains("data:image/png;base64,"));

        // Viewers cannot set it.
        let viewer = &world.viewer;
        let refused = app
            .send(logo_upload(id, &viewer.cookie, &viewer.csrf, TINY_PNG))
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{backend:?}");

        // An editor's PNG is stored and goes on the HTML document's cover.
        let reply = app
            .send(logo_upload(id, &owner.cookie, &owner.csrf, TINY_PNG))
            .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{backend:?}");
        assert_eq!(
            app.logo_as("owner@a.test", id).await.as_deref(),
            Some(TINY_PNG)
        );
        assert!(
            html().await.body.contains("data:image/png;base64,"),
            "{backend:?}"
        );
        let target = app.send(owner.get(&format!("/s/{id}/step/target"))).await;
        assert!(target.body.contains("/logo/remove"), "{backend:?}");

        // A file that is not an image: the page says so, the stored logo stays.
        let reply = app
            .send(logo_upload(
                id,
                &owner.cookie,
                &owner.csrf,
                b"[strategy]\nname = \"x\"\n",
            ))
            .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER);
        let location = reply.headers[header::LOCATION].to_str().unwrap().to_owned();
        assert!(location.contains("logo_error=type"), "{location}");
        let page = app.send(owner.get(&location)).await;
        assert!(page.body.contains("id=\"logo-error\""), "{}", page.body);
        assert_eq!(
            app.logo_as("owner@a.test", id).await.as_deref(),
            Some(TINY_PNG)
        );
        // Over 2 MiB: refused too.
        let mut large = TINY_PNG.to_vec();
        large.resize(2 * 1024 * 1024 + 1, 0);
        let reply = app
            .send(logo_upload(id, &owner.cookie, &owner.csrf, &large))
            .await;
        let location = reply.headers[header::LOCATION].to_str().unwrap();
        assert!(location.contains("logo_error=too-large"), "{location}");
        // Only the known refusals are shown: the address cannot put its own text on the page.
        let forged = app
            .send(owner.get(&format!("/s/{id}/step/target?logo_error=%3Cb%3Ehi")))
            .await;
        assert!(!forged.body.contains("id=\"logo-error\""));

        // Removed: the documents have no logo again.
        let reply = app
            .send(owner.post(
                &format!("/s/{id}/logo/remove"),
                &format!("csrf={}", owner.csrf),
            ))
            .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER);
        assert_eq!(app.logo_as("owner@a.test", id).await, None);
        assert!(!html().await.body.contains("data:image/png;base64,"));
    }
}

#[tokio::test]
async fn a_step_page_says_what_to_do_in_words_not_in_file_syntax() {
    let world = world(crate::support::Backend::Sqlite).await;
    let app = &world.app;
    let owner = &world.owner;
    let id = &world.strategy;
    // A persona with no segment nor age: T002, whose file hint is `segment = "b2c"`.
    let source = "[strategy]\nname = \"x\"\nstart = 2027-01-01\nend = 2027-12-31\n\
                  [[personas]]\nid = \"p\"\nchannels = [\"instagram\"]\n";
    let reply = app
        .send(owner.post(
            &format!("/s/{id}/edit"),
            &format!(
                "csrf={}&base=1&comment=draft&source={}",
                owner.csrf,
                encode(source)
            ),
        ))
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let page = app.send(owner.get(&format!("/s/{id}/step/target"))).await;
    assert!(page.body.contains("T002"), "{}", page.body);
    assert!(
        page.body.contains("Say whether") || page.body.contains("Précisez si"),
        "the advice in words: {}",
        page.body
    );
    assert!(
        !page.body.contains("segment = &quot;b2c&quot;"),
        "{}",
        page.body
    );
}

/// The document page ticks the strategy's own choices, and a download with other chapters
/// holds only those, without changing the strategy; a chapter the document does not know is
/// refused.
#[tokio::test]
async fn a_document_download_holds_the_chapters_ticked_for_it() {
    for backend in backends() {
        let world = world(backend).await;
        let app = &world.app;
        let viewer = &world.viewer;
        let id = &world.strategy;
        let page = app.send(viewer.get(&format!("/s/{id}/document"))).await;
        assert_eq!(page.status, StatusCode::OK, "{backend:?}");
        for chapter in ["summary", "plan", "calendar"] {
            assert!(
                page.body
                    .contains(&format!("name=\"chapter\" value=\"{chapter}\" checked")),
                "{backend:?}: {chapter}"
            );
        }
        assert!(page.body.contains("name=\"findings\" value=\"1\" checked"));

        let whole = app
            .send(viewer.get(&format!("/s/{id}/download/document.html")))
            .await;
        assert!(whole.body.contains("<section id=\"plan\""), "{backend:?}");
        let chosen = app
            .send(viewer.get(&format!(
                "/s/{id}/download/document.html?chosen=1&chapter=summary&chapter=plan"
            )))
            .await;
        assert_eq!(chosen.status, StatusCode::OK, "{backend:?}");
        assert!(chosen.body.contains("<section id=\"summary\""));
        assert!(chosen.body.contains("<section id=\"plan\""));
        for left_out in ["target", "calendar", "findings"] {
            assert!(
                !chosen.body.contains(&format!("<section id=\"{left_out}\"")),
                "{backend:?}: {left_out}"
            );
        }
        // The sources stay: every figure cited is listed.
        assert!(chosen.body.contains("<section id=\"sources\""));
        let markdown = app
            .send(viewer.get(&format!(
                "/s/{id}/download/document.md?chosen=1&chapter=target&findings=1"
            )))
            .await;
        assert_eq!(markdown.status, StatusCode::OK);
        // Its sources are those of the chapters it holds: the plan's effort assumptions
        // (Orbit Media's blog-post time) only with the plan.
        assert!(chosen.body.contains("Orbit Media"), "{backend:?}");
        assert!(!markdown.body.contains("Orbit Media"), "{backend:?}");
        if cfg!(feature = "pdf") {
            let pdf = app
                .send(viewer.get(&format!(
                    "/s/{id}/download/document.pdf?chosen=1&chapter=summary"
                )))
                .await;
            assert_eq!(pdf.status, StatusCode::OK, "{backend:?}");
            assert!(pdf.body.starts_with("%PDF"), "{backend:?}");
        }
        // The strategy keeps its own choices.
        let again = app
            .send(viewer.get(&format!("/s/{id}/download/document.html")))
            .await;
        assert!(again.body.contains("<section id=\"calendar\""));
        let unknown = app
            .send(viewer.get(&format!(
                "/s/{id}/download/document.html?chosen=1&chapter=secrets"
            )))
            .await;
        assert_eq!(unknown.status, StatusCode::BAD_REQUEST, "{backend:?}");
        // The step pages lead to it.
        let step = app.send(viewer.get(&format!("/s/{id}/step/target"))).await;
        assert!(step.body.contains(&format!("href=\"/s/{id}/document\"")));
    }
}
