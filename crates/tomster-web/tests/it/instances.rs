//! Two servers on one database behave as one: what one server changes (a sign-out, a revoked
//! token) the other sees at once, and the sign-in throttle counts the attempts made on both.
//! Each test builds a second application on the first one's database, with its own pools and
//! memory, as a second `tomster serve` behind the same proxy; on PostgreSQL (the deployment
//! this is for) and SQLite alike.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};

use crate::support::{PASSWORD, TestApp, backends, encode, form_request};

#[tokio::test]
async fn a_sign_out_on_one_server_is_refused_at_once_on_the_other() {
    for backend in backends() {
        let first = TestApp::new(backend).await;
        let second = first.beside().await;
        first.user("a@a.test").await;
        let browser = first.login("a@a.test").await;
        // The session opened on the first server works on the second.
        assert_eq!(
            second.send(browser.get("/w")).await.status,
            StatusCode::OK,
            "{backend:?}"
        );
        let reply = first
            .send(browser.post("/logout", &format!("csrf={}", browser.csrf)))
            .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER);
        // At once: no cache on the second server keeps it alive.
        let reply = second.send(browser.get("/w")).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{backend:?}");
        assert!(reply.location().is_some_and(|to| to.starts_with("/login")));
    }
}

#[tokio::test]
async fn a_token_revoked_on_one_server_stops_at_once_on_the_other() {
    for backend in backends() {
        let first = TestApp::new(backend).await;
        let second = first.beside().await;
        first.user("a@a.test").await;
        tomster_web::admin::create_workspace(&first.state.db, "agency", "Agency", "a@a.test")
            .await
            .unwrap();
        let token =
            tomster_web::admin::create_token(&first.state.db, "a@a.test", "agency", "ci", false)
                .await
                .unwrap();
        let list = || {
            Request::get("/api/v1/workspaces")
                .header(header::AUTHORIZATION, format!("Bearer {token}"))
                .body(Body::empty())
                .unwrap()
        };
        assert_eq!(second.send(list()).await.status, StatusCode::OK);
        let browser = first.login("a@a.test").await;
        let account = first.send(browser.get("/account")).await;
        let id = account
            .body
            .split("name=\"token\" value=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap()
            .to_owned();
        let reply = first
            .send(browser.post(
                "/account/tokens/revoke",
                &format!("csrf={}&token={id}", browser.csrf),
            ))
            .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER);
        assert_eq!(
            second.send(list()).await.status,
            StatusCode::UNAUTHORIZED,
            "{backend:?}"
        );
    }
}

#[tokio::test]
async fn the_throttle_counts_the_attempts_made_on_both_servers() {
    for backend in backends() {
        let first = TestApp::new(backend).await;
        let second = first.beside().await;
        first.user("a@a.test").await;
        let attempt = |password: &str| {
            form_request(
                Method::POST,
                "/login",
                None,
                &format!("email=a%40a.test&password={}", encode(password)),
            )
        };
        // Ten failures from one address, half on each server: the address is spent.
        for n in 0..10 {
            let server = if n % 2 == 0 { &first } else { &second };
            assert_eq!(
                server.send(attempt("wrong-password")).await.status,
                StatusCode::UNAUTHORIZED,
                "{backend:?} attempt {n}"
            );
        }
        for server in [&first, &second] {
            assert_eq!(
                server.send(attempt(PASSWORD)).await.status,
                StatusCode::TOO_MANY_REQUESTS,
                "{backend:?}"
            );
        }
    }
}
