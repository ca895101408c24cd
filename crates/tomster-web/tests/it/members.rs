//! Members and accounts: invitations by single-use link, roles changed and removed by owners
//! (never the last owner), and a password change that ends every other session.

use axum::http::{Method, StatusCode};

use crate::support::{Backend, PASSWORD, encode, form_request, world};

#[tokio::test]
async fn an_invitation_link_works_once_and_gives_its_role() {
    let world = world(Backend::Sqlite).await;
    let app = &world.app;
    let owner = &world.owner;
    let reply = app
        .send(owner.post(
            "/w/agency/invitations",
            &format!("csrf={}&role=editor", owner.csrf),
        ))
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    let link = reply
        .body
        .split("<code class=\"link\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the invitation link is shown")
        .to_owned();
    let path = link.trim_start_matches("http://127.0.0.1:8080").to_owned();
    assert!(path.starts_with("/invite/"), "{link}");
    // A viewer cannot invite.
    let refused = app
        .send(world.viewer.post(
            "/w/agency/invitations",
            &format!("csrf={}&role=owner", world.viewer.csrf),
        ))
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    let page = app
        .send(
            axum::http::Request::get(&path)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Agency"));
    let body = format!(
        "email=new%40c.test&password={0}&confirm={0}",
        encode(PASSWORD)
    );
    let reply = app
        .send(form_request(Method::POST, &path, None, &body))
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert!(
        reply.session_cookie().is_some(),
        "the new member is signed in"
    );
    assert_eq!(
        app.role_of("agency", "new@c.test").await,
        Some(tomster_web::store::Role::Editor)
    );
    // Used once: the link is gone, for pages and posts alike.
    let again = app
        .send(
            axum::http::Request::get(&path)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    let body = format!(
        "email=other%40c.test&password={0}&confirm={0}",
        encode(PASSWORD)
    );
    let again = app
        .send(form_request(Method::POST, &path, None, &body))
        .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);

    // Expired after seven days.
    let reply = app
        .send(owner.post(
            "/w/agency/invitations",
            &format!("csrf={}&role=viewer", owner.csrf),
        ))
        .await;
    let link = reply
        .body
        .split("<code class=\"link\">")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_owned();
    let path = link.trim_start_matches("http://127.0.0.1:8080").to_owned();
    app.advance(7 * 24 * 60 * 60 + 1);
    let late = app
        .send(
            axum::http::Request::get(&path)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(late.status, StatusCode::NOT_FOUND);
    let events = app.audit_events(20).await;
    assert!(
        events
            .iter()
            .any(|(event, _)| event == "invitation-created")
    );
    assert!(
        events
            .iter()
            .any(|(event, _)| event == "invitation-accepted")
    );
}

#[tokio::test]
async fn owners_change_roles_and_remove_members_but_never_the_last_owner() {
    let world = world(Backend::Sqlite).await;
    let app = &world.app;
    let owner = &world.owner;
    let viewer_id = app.user_id("viewer@a.test").await;
    let owner_id = app.user_id("owner@a.test").await;
    let reply = app
        .send(owner.post(
            "/w/agency/members",
            &format!("csrf={}&user_id={}&role=editor", owner.csrf, viewer_id),
        ))
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.role_of("agency", "viewer@a.test").await,
        Some(tomster_web::store::Role::Editor)
    );
    let reply = app
        .send(owner.post(
            "/w/agency/members",
            &format!("csrf={}&user_id={}&remove=1", owner.csrf, viewer_id),
        ))
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(app.role_of("agency", "viewer@a.test").await, None);
    // The removed member's pages are gone.
    let gone = app.send(world.viewer.get("/w/agency")).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    // The last owner can neither leave nor step down.
    for change in ["remove=1", "role=editor"] {
        let reply = app
            .send(owner.post(
                "/w/agency/members",
                &format!("csrf={}&user_id={owner_id}&{change}", owner.csrf),
            ))
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{change}");
        assert!(reply.body.contains("id=\"member-error\""));
        assert_eq!(
            app.role_of("agency", "owner@a.test").await,
            Some(tomster_web::store::Role::Owner)
        );
    }
    let events = app.audit_events(20).await;
    assert!(events.iter().any(|(event, _)| event == "role-changed"));
    assert!(events.iter().any(|(event, _)| event == "member-removed"));
}

#[tokio::test]
async fn changing_the_password_ends_the_other_sessions_and_keeps_this_one() {
    let world = world(Backend::Sqlite).await;
    let app = &world.app;
    let here = app.login("editor@a.test").await;
    let elsewhere = &world.editor;
    let wrong = app
        .send(here.post(
            "/account/password",
            &format!("csrf={}&current=nope&password=a%20new%20long%20phrase&confirm=a%20new%20long%20phrase", here.csrf),
        ))
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("id=\"password-error\""));
    let reply = app
        .send(here.post(
            "/account/password",
            &format!(
                "csrf={}&current={}&password=a%20new%20long%20phrase&confirm=a%20new%20long%20phrase",
                here.csrf,
                encode(PASSWORD)
            ),
        ))
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let renewed = reply
        .session_cookie()
        .expect("this browser gets a new session");
    assert_eq!(
        app.send(elsewhere.get("/w")).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(app.send(here.get("/w")).await.status, StatusCode::SEE_OTHER);
    let mut fresh = here.clone();
    fresh.cookie = renewed;
    assert_eq!(app.send(fresh.get("/w")).await.status, StatusCode::OK);
    let events = app.audit_events(10).await;
    assert!(events.iter().any(|(event, _)| event == "password-changed"));
}

#[tokio::test]
async fn a_token_made_on_the_account_page_reaches_the_api_until_it_is_revoked() {
    let world = world(Backend::Sqlite).await;
    let app = &world.app;
    let editor = &world.editor;
    let reply = app
        .send(editor.post(
            "/account/tokens",
            &format!(
                "csrf={}&name=reporting&workspace=agency&read_only=1",
                editor.csrf
            ),
        ))
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    let token = reply
        .body
        .split("<code class=\"link\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the new token is shown once")
        .to_owned();
    assert!(token.starts_with("tomster_"));
    let read = |token: &str| {
        axum::http::Request::get("/api/v1/workspaces")
            .header("authorization", format!("Bearer {token}"))
            .body(axum::body::Body::empty())
            .unwrap()
    };
    let reply = app.send(read(&token)).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(
        reply.body.contains("\"role\":\"viewer\""),
        "read-only: {}",
        reply.body
    );
    // The page lists it without its secret, and revokes it.
    let page = app.send(editor.get("/account")).await;
    assert!(page.body.contains("reporting"));
    assert!(!page.body.contains(&token));
    let id = page
        .body
        .split("name=\"token\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    // Someone else cannot revoke it.
    let other = app
        .send(world.owner.post(
            "/account/tokens/revoke",
            &format!("csrf={}&token={id}", world.owner.csrf),
        ))
        .await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);
    assert_eq!(app.send(read(&token)).await.status, StatusCode::OK);
    let reply = app
        .send(editor.post(
            "/account/tokens/revoke",
            &format!("csrf={}&token={id}", editor.csrf),
        ))
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.send(read(&token)).await.status,
        StatusCode::UNAUTHORIZED
    );
    let events = app.audit_events(10).await;
    assert!(events.iter().any(|(event, _)| event == "token-created"));
    assert!(events.iter().any(|(event, _)| event == "token-revoked"));
}

#[tokio::test]
async fn a_calendar_feed_serves_the_current_calendar_until_it_is_replaced_or_revoked() {
    let world = world(Backend::Sqlite).await;
    let app = &world.app;
    let owner = &world.owner;
    let id = &world.strategy;
    let address = |body: &str| {
        body.split("<code class=\"link\">")
            .nth(1)
            .and_then(|rest| rest.split('<').next())
            .map(|link| link.trim_start_matches("http://127.0.0.1:8080").to_owned())
            .expect("the feed address is shown once")
    };
    let get = |path: &str| {
        axum::http::Request::get(path)
            .body(axum::body::Body::empty())
            .unwrap()
    };
    // Viewers cannot make one.
    let refused = app
        .send(world.viewer.post(
            &format!("/s/{id}/feed"),
            &format!("csrf={}", world.viewer.csrf),
        ))
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let reply = app
        .send(owner.post(&format!("/s/{id}/feed"), &format!("csrf={}", owner.csrf)))
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    let first = address(&reply.body);
    let calendar = app.send(get(&first)).await;
    assert_eq!(calendar.status, StatusCode::OK);
    assert!(
        calendar.body.starts_with("BEGIN:VCALENDAR"),
        "{}",
        calendar.body
    );
    assert!(
        calendar
            .headers
            .get("content-type")
            .is_some_and(|value| value.to_str().unwrap_or("").starts_with("text/calendar"))
    );
    // Replaced: the old address stops, the new one works.
    let reply = app
        .send(owner.post(&format!("/s/{id}/feed"), &format!("csrf={}", owner.csrf)))
        .await;
    let second = address(&reply.body);
    assert_eq!(app.send(get(&first)).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.send(get(&second)).await.status, StatusCode::OK);
    // Revoked: gone.
    let reply = app
        .send(owner.post(
            &format!("/s/{id}/feed/revoke"),
            &format!("csrf={}", owner.csrf),
        ))
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(app.send(get(&second)).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn two_step_verification_asks_for_a_code_and_recovery_codes_work_once() {
    let world = world(Backend::Sqlite).await;
    let app = &world.app;
    let me = app.login("editor@a.test").await;
    let value_of = |body: &str, name: &str| {
        body.split(&format!("name=\"{name}\" value=\""))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .map(str::to_owned)
    };
    let started = app
        .send(me.post("/account/totp/start", &format!("csrf={}", me.csrf)))
        .await;
    assert_eq!(started.status, StatusCode::OK);
    let secret = value_of(&started.body, "secret").expect("the secret to add to the app");
    let wrong = app
        .send(me.post(
            "/account/totp/confirm",
            &format!("csrf={}&secret={secret}&code=000000", me.csrf),
        ))
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let code = tomster_web::totp::code(&secret, app.state.now()).unwrap();
    let confirmed = app
        .send(me.post(
            "/account/totp/confirm",
            &format!("csrf={}&secret={secret}&code={code}", me.csrf),
        ))
        .await;
    assert_eq!(confirmed.status, StatusCode::OK);
    let recovery: Vec<String> = confirmed
        .body
        .split("<li><code>")
        .skip(1)
        .filter_map(|part| part.split('<').next().map(str::to_owned))
        .collect();
    assert_eq!(recovery.len(), 10);

    // Signing in now asks for a code after the password.
    let login = |email: &str| {
        form_request(
            Method::POST,
            "/login",
            None,
            &format!("email={}&password={}", encode(email), encode(PASSWORD)),
        )
    };
    let first = app.send(login("editor@a.test")).await;
    assert_eq!(first.status, StatusCode::OK, "no session before the code");
    assert!(first.session_cookie().is_none());
    let token = value_of(&first.body, "token").unwrap();
    let submit = |token: &str, code: &str| {
        form_request(
            Method::POST,
            "/login/code",
            None,
            &format!("token={token}&code={}", encode(code)),
        )
    };
    // The code used to turn it on does not work twice.
    let reused = app.send(submit(&token, &code)).await;
    assert_eq!(reused.status, StatusCode::UNAUTHORIZED);
    app.advance(30);
    let fresh = tomster_web::totp::code(&secret, app.state.now()).unwrap();
    let signed = app.send(submit(&token, &fresh)).await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER);
    assert!(signed.session_cookie().is_some());
    // The pending login is spent.
    let again = app.send(submit(&token, &fresh)).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(again.location(), Some("/login"));

    // A recovery code opens it once.
    let second = app.send(login("editor@a.test")).await;
    let token = value_of(&second.body, "token").unwrap();
    let reply = app.send(submit(&token, &recovery[0].to_lowercase())).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let third = app.send(login("editor@a.test")).await;
    let token = value_of(&third.body, "token").unwrap();
    let reply = app.send(submit(&token, &recovery[0])).await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    let account = app.send(me.get("/account")).await;
    assert!(
        account.body.contains("9 recovery codes"),
        "{}",
        account.body
    );

    // Turning it off needs the password and a code.
    app.advance(30);
    let code = tomster_web::totp::code(&secret, app.state.now()).unwrap();
    let refused = app
        .send(me.post(
            "/account/totp/disable",
            &format!("csrf={}&password=wrong&code={code}", me.csrf),
        ))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let off = app
        .send(me.post(
            "/account/totp/disable",
            &format!("csrf={}&password={}&code={code}", me.csrf, encode(PASSWORD)),
        ))
        .await;
    assert_eq!(off.status, StatusCode::SEE_OTHER);
    let plain = app.send(login("editor@a.test")).await;
    assert_eq!(
        plain.status,
        StatusCode::SEE_OTHER,
        "the password alone again"
    );
    let events = app.audit_events(30).await;
    for event in [
        "second-factor-on",
        "recovery-code-used",
        "second-factor-off",
    ] {
        assert!(events.iter().any(|(name, _)| name == event), "{event}");
    }
}
