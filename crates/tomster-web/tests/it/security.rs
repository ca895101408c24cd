//! Security: login throttling, session rotation and expiry, CSRF refusal, headers, body limits,
//! and HTML escaping of every text a user can write.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};

use crate::support::{Backend, PASSWORD, TestApp, encode, form_request, world};

#[tokio::test]
async fn repeated_login_failures_are_slowed_then_refused_and_say_nothing_of_the_account() {
    let app = TestApp::new(Backend::Sqlite).await;
    app.user("known@a.test").await;
    let attempt = |email: &'static str, password: &'static str| {
        form_request(
            Method::POST,
            "/login",
            None,
            &format!("email={email}&password={password}"),
        )
    };
    let known = app.send(attempt("known@a.test", "wrong-password")).await;
    let unknown = app.send(attempt("nobody@a.test", "wrong-password")).await;
    assert_eq!(known.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    // The same message whether the account exists or not.
    let message = |body: &str| {
        body.split("id=\"login-error\">")
            .nth(1)
            .map(|rest| rest.split('<').next().unwrap_or("").to_owned())
    };
    assert_eq!(message(&known.body), message(&unknown.body));
    let mut last = StatusCode::OK;
    for _ in 0..9 {
        last = app
            .send(attempt("known@a.test", "wrong-password"))
            .await
            .status;
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
    // Even the right password is refused while blocked; after the window it works.
    let right = form_request(
        Method::POST,
        "/login",
        None,
        &format!("email=known%40a.test&password={}", encode(PASSWORD)),
    );
    assert_eq!(app.send(right).await.status, StatusCode::TOO_MANY_REQUESTS);
    app.advance(16 * 60);
    let right = form_request(
        Method::POST,
        "/login",
        None,
        &format!("email=known%40a.test&password={}", encode(PASSWORD)),
    );
    assert_eq!(app.send(right).await.status, StatusCode::SEE_OTHER);
    let events = app.audit_events(50).await;
    assert!(events.iter().any(|(event, _)| event == "login-failed"));
    assert!(events.iter().any(|(event, _)| event == "login-blocked"));
    assert!(events.iter().any(|(event, _)| event == "login"));
}

#[tokio::test]
async fn sessions_rotate_at_login_expire_and_end_at_logout() {
    let app = TestApp::new(Backend::Sqlite).await;
    app.user("a@a.test").await;
    let first = app.login("a@a.test").await;
    let second = app.login("a@a.test").await;
    assert_ne!(
        first.cookie, second.cookie,
        "a new session id at every login"
    );
    assert!(first.cookie.len() > 60);
    // Idle for more than two hours: signed out.
    assert_eq!(app.send(first.get("/w")).await.status, StatusCode::OK);
    app.advance(2 * 60 * 60 + 1);
    let reply = app.send(first.get("/w")).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    // Active but older than twelve hours: signed out too.
    let third = app.login("a@a.test").await;
    for _ in 0..13 {
        app.advance(60 * 60 - 1);
        let _ = app.send(third.get("/w")).await;
    }
    assert_eq!(
        app.send(third.get("/w")).await.status,
        StatusCode::SEE_OTHER
    );
    // Logout ends the session for good.
    let fourth = app.login("a@a.test").await;
    let reply = app
        .send(fourth.post("/logout", &format!("csrf={}", fourth.csrf)))
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert!(
        reply
            .headers
            .get(header::SET_COOKIE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|cookie| cookie.contains("Max-Age=0"))
    );
    assert_eq!(
        app.send(fourth.get("/w")).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn a_changed_password_ends_every_session() {
    let app = TestApp::new(Backend::Sqlite).await;
    let user = app.user("a@a.test").await;
    let browser = app.login("a@a.test").await;
    let hash = tomster_web::secrets::hash_password("another long passphrase").unwrap();
    // Changed by another process sharing the database: sessions are read from it at every
    // request, so the change is seen at once.
    app.state
        .db
        .users()
        .set_password(user, &hash, app.state.now())
        .await
        .unwrap();
    assert_eq!(
        app.send(browser.get("/w")).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn forms_without_the_session_token_or_from_another_site_are_refused() {
    let world = world(Backend::Sqlite).await;
    let app = &world.app;
    let owner = &world.owner;
    let without = app.send(owner.post("/w", "name=Forged")).await;
    // A missing field is a bad request; a wrong token is forbidden.
    assert!(without.status.is_client_error(), "{}", without.status);
    let wrong = app.send(owner.post("/w", "csrf=0000&name=Forged")).await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    let mut foreign = owner.post("/w", &format!("csrf={}&name=Forged", owner.csrf));
    foreign
        .headers_mut()
        .insert(header::ORIGIN, "https://evil.example".parse().unwrap());
    assert_eq!(app.send(foreign).await.status, StatusCode::FORBIDDEN);
    let mut cross_site = form_request(Method::POST, "/login", None, "email=a&password=b");
    cross_site
        .headers_mut()
        .insert("sec-fetch-site", "cross-site".parse().unwrap());
    assert_eq!(app.send(cross_site).await.status, StatusCode::FORBIDDEN);
    let user = app.user_id("owner@a.test").await;
    let memberships = app.state.db.workspaces().memberships(user).await.unwrap();
    assert!(
        memberships
            .iter()
            .all(|membership| membership.workspace.name != "Forged")
    );
}

#[tokio::test]
async fn every_answer_carries_the_security_headers() {
    let world = world(Backend::Sqlite).await;
    for path in ["/login", "/w", "/healthz", "/assets/app.css", "/nowhere"] {
        let reply = world.app.send(world.owner.get(path)).await;
        let csp = reply
            .headers
            .get("content-security-policy")
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}");
        assert!(!csp.contains("unsafe-inline"), "{path}");
        assert_eq!(
            reply.headers.get("x-content-type-options").unwrap(),
            "nosniff"
        );
        assert!(reply.headers.get("referrer-policy").is_some());
        assert!(reply.headers.get("x-request-id").is_some());
    }
    // Cookies: HttpOnly and SameSite=Lax always.
    let app = TestApp::new(Backend::Sqlite).await;
    app.user("a@a.test").await;
    let reply = app
        .send(form_request(
            Method::POST,
            "/login",
            None,
            &format!("email=a%40a.test&password={}", encode(PASSWORD)),
        ))
        .await;
    let cookie = reply
        .headers
        .get(header::SET_COOKIE)
        .unwrap()
        .to_str()
        .unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
}

#[tokio::test]
async fn bodies_over_the_limit_are_refused() {
    let world = world(Backend::Sqlite).await;
    let huge = "x".repeat(tomster_web::web::MAX_BODY_BYTES + 1);
    let request = Request::builder()
        .method(Method::POST)
        .uri("/api/v1/workspaces/agency/strategies")
        .header(header::AUTHORIZATION, format!("Bearer {}", world.token))
        .header(header::CONTENT_TYPE, "application/toml")
        .body(Body::from(huge))
        .unwrap();
    let reply = world.app.send(request).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        reply.headers.get(header::CONTENT_TYPE).unwrap(),
        "application/problem+json"
    );
    // A file over the loader's limit but under the body limit: refused by the loader, with its
    // reason, nothing stored.
    let big = format!("# {}\n", "x".repeat(tomster_core::load::MAX_SOURCE_BYTES));
    let request = Request::builder()
        .method(Method::POST)
        .uri("/api/v1/workspaces/agency/strategies")
        .header(header::AUTHORIZATION, format!("Bearer {}", world.token))
        .header(header::CONTENT_TYPE, "application/toml")
        .body(Body::from(big))
        .unwrap();
    assert_eq!(
        world.app.send(request).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[tokio::test]
async fn html_written_by_users_is_escaped_in_every_page() {
    let world = world(Backend::Sqlite).await;
    let app = &world.app;
    let owner = &world.owner;
    let attack = "<script>alert(1)</script>";
    let toml = format!(
        "[strategy]\nname = \"{attack}\"\nstart = 2027-01-01\nend = 2027-12-31\n\n[[personas]]\nid = \"p\"\nname = \"<img src=x onerror=alert(2)>\"\nsegment = \"b2c\"\n"
    );
    let id = world.strategy.clone();
    let reply = app
        .send(owner.post(
            &format!("/s/{id}/edit"),
            &format!(
                "csrf={}&base=1&comment={}&source={}",
                owner.csrf,
                encode(attack),
                encode(&toml)
            ),
        ))
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let reply = app
        .send(owner.post(
            "/w",
            &format!("csrf={}&name={}", owner.csrf, encode(attack)),
        ))
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let workspace = reply.location().unwrap().to_owned();
    let mut pages = vec![
        "/w".to_owned(),
        "/w/agency".to_owned(),
        workspace,
        format!("/s/{id}/edit"),
        format!("/s/{id}/history"),
        format!("/s/{id}/diff?from=1&to=2"),
    ];
    for step in [
        "target",
        "objectives",
        "message",
        "strategy",
        "technologies",
        "evaluate",
        "resources",
    ] {
        pages.push(format!("/s/{id}/step/{step}"));
    }
    for page in pages {
        let reply = app.send(owner.get(&page)).await;
        assert_eq!(reply.status, StatusCode::OK, "{page}");
        assert!(
            !reply.body.contains("<script>alert"),
            "{page} has raw script"
        );
        assert!(!reply.body.contains("<img src=x"), "{page} has a raw tag");
    }
}

#[tokio::test]
async fn work_over_its_time_budget_answers_503_and_the_server_keeps_serving() {
    let app = TestApp::with_budget(Backend::Sqlite, std::time::Duration::from_millis(1)).await;
    app.user("a@a.test").await;
    // Password verification runs on the bounded pool: with a 1 ms budget it cannot finish.
    let reply = app
        .send(form_request(
            Method::POST,
            "/login",
            None,
            &format!("email=a%40a.test&password={}", encode(PASSWORD)),
        ))
        .await;
    assert_eq!(reply.status, StatusCode::SERVICE_UNAVAILABLE);
    let health = app
        .send(Request::get("/healthz").body(Body::empty()).unwrap())
        .await;
    assert_eq!(health.status, StatusCode::OK);
}
