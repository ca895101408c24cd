//! Rules that must hold when requests race, on SQLite and PostgreSQL: a workspace always keeps
//! an owner, a single-use link makes one account, and the sign-in throttle counts every
//! attempt sent at once. Each race is the one found by a probe of the previous release (two
//! owners demoting each other left no owner 19 times in 20; the setup link used six times at
//! once made six accounts; a hundred wrong passwords at once were all checked).

use axum::http::{Method, StatusCode};
use tomster_web::admin;
use tomster_web::store::Role;

use crate::support::{TestApp, backends, encode, form_request, world};

/// Rounds of each race: the old code lost most of them.
const ROUNDS: usize = 20;

async fn owners(app: &TestApp) -> i64 {
    let workspace = app
        .state
        .db
        .workspaces()
        .by_slug_for_console("agency")
        .await
        .unwrap()
        .unwrap();
    app.state
        .db
        .workspaces()
        .owner_count(workspace.id)
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_owners_demoting_or_removing_each_other_at_once_leave_an_owner() {
    for backend in backends() {
        let world = world(backend).await;
        let app = &world.app;
        let db = &app.state.db;
        let first = app.user_id("owner@a.test").await;
        let second = app.user_id("editor@a.test").await;
        for round in 0..ROUNDS {
            for email in ["owner@a.test", "editor@a.test"] {
                admin::add_member(db, "agency", email, Role::Owner)
                    .await
                    .unwrap();
            }
            assert_eq!(owners(app).await, 2);
            // Each owner demotes (even rounds) or removes (odd rounds) the other.
            let change = if round % 2 == 0 {
                "role=viewer"
            } else {
                "remove=1"
            };
            let replies = app
                .send_all(vec![
                    world.owner.post(
                        "/w/agency/members",
                        &format!("csrf={}&user_id={second}&{change}", world.owner.csrf),
                    ),
                    world.editor.post(
                        "/w/agency/members",
                        &format!("csrf={}&user_id={first}&{change}", world.editor.csrf),
                    ),
                ])
                .await;
            let statuses: Vec<StatusCode> = replies.iter().map(|reply| reply.status).collect();
            assert_eq!(
                owners(app).await,
                1,
                "{backend:?} round {round} ({change}): {statuses:?}"
            );
            // One change went through; the other was refused as the last owner's, or found
            // its author no longer an owner.
            assert!(
                statuses.contains(&StatusCode::SEE_OTHER),
                "{backend:?} round {round}: {statuses:?}"
            );
            // A removed owner comes back for the next round.
            for email in ["owner@a.test", "editor@a.test"] {
                if app.role_of("agency", email).await.is_none() {
                    admin::add_member(db, "agency", email, Role::Viewer)
                        .await
                        .unwrap();
                }
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_setup_link_used_at_once_makes_one_account() {
    for backend in backends() {
        let app = TestApp::new(backend).await;
        // The console's setup address is valid for an hour from the real clock.
        app.clock.store(
            jiff::Timestamp::now().as_second(),
            std::sync::atomic::Ordering::SeqCst,
        );
        let path = admin::setup_path(&app.state.db).await.unwrap().unwrap();
        let requests = (0..6)
            .map(|n| {
                form_request(
                    Method::POST,
                    &path,
                    None,
                    &format!(
                        "email=first{n}%40a.test&password={0}&confirm={0}&workspace=Agence+{n}",
                        encode(crate::support::PASSWORD)
                    ),
                )
            })
            .collect();
        let replies = app.send_all(requests).await;
        let made = replies
            .iter()
            .filter(|reply| reply.status == StatusCode::SEE_OTHER)
            .count();
        let statuses: Vec<StatusCode> = replies.iter().map(|reply| reply.status).collect();
        assert_eq!(made, 1, "{backend:?}: {statuses:?}");
        assert!(
            replies
                .iter()
                .filter(|reply| reply.status != StatusCode::SEE_OTHER)
                .all(|reply| reply.status == StatusCode::NOT_FOUND),
            "{backend:?}: {statuses:?}"
        );
        assert_eq!(
            app.state.db.users().count().await.unwrap(),
            1,
            "{backend:?}"
        );
    }
}

/// An invitation's token, made by the owner on the workspace page.
async fn invitation(world: &crate::support::World) -> String {
    let reply = world
        .app
        .send(world.owner.post(
            "/w/agency/invitations",
            &format!("csrf={}&role=editor", world.owner.csrf),
        ))
        .await;
    let start = reply.body.find("/invite/").expect("the link") + "/invite/".len();
    reply.body[start..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_invitation_used_at_once_makes_one_account_or_one_member() {
    for backend in backends() {
        let world = world(backend).await;
        let app = &world.app;
        let before = app.state.db.users().count().await.unwrap();
        let token = invitation(&world).await;
        let requests = (0..10)
            .map(|n| {
                form_request(
                    Method::POST,
                    &format!("/invite/{token}"),
                    None,
                    &format!(
                        "email=new{n}%40c.test&password={0}&confirm={0}",
                        encode(crate::support::PASSWORD)
                    ),
                )
            })
            .collect();
        let replies = app.send_all(requests).await;
        let statuses: Vec<StatusCode> = replies.iter().map(|reply| reply.status).collect();
        let joined = statuses
            .iter()
            .filter(|status| **status == StatusCode::SEE_OTHER)
            .count();
        assert_eq!(joined, 1, "{backend:?}: {statuses:?}");
        assert_eq!(
            app.state.db.users().count().await.unwrap(),
            before + 1,
            "{backend:?}: one account made"
        );

        // Signed-in people racing for one invitation: one of them joins.
        let token = invitation(&world).await;
        let mut browsers = Vec::new();
        for n in 0..5 {
            let email = format!("member{n}@d.test");
            app.user(&email).await;
            browsers.push(app.login(&email).await);
        }
        let requests = browsers
            .iter()
            .map(|browser| {
                browser.post(
                    &format!("/invite/{token}"),
                    &format!("csrf={}", browser.csrf),
                )
            })
            .collect();
        let replies = app.send_all(requests).await;
        let joined = replies
            .iter()
            .filter(|reply| reply.status == StatusCode::SEE_OTHER)
            .count();
        assert_eq!(joined, 1, "{backend:?}");
        let mut members = 0;
        for n in 0..5 {
            if app
                .role_of("agency", &format!("member{n}@d.test"))
                .await
                .is_some()
            {
                members += 1;
            }
        }
        assert_eq!(members, 1, "{backend:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_hundred_wrong_passwords_at_once_are_checked_ten_times_at_most() {
    for backend in backends() {
        let app = TestApp::with_config(backend, |config| {
            config.throttle_step = std::time::Duration::from_millis(10);
        })
        .await;
        app.user("target@a.test").await;
        let requests = (0..100)
            .map(|_| {
                form_request(
                    Method::POST,
                    "/login",
                    None,
                    "email=target%40a.test&password=not-the-password",
                )
            })
            .collect();
        let replies = app.send_all(requests).await;
        let checked = replies
            .iter()
            .filter(|reply| reply.status == StatusCode::UNAUTHORIZED)
            .count();
        let refused = replies
            .iter()
            .filter(|reply| reply.status == StatusCode::TOO_MANY_REQUESTS)
            .count();
        assert_eq!(checked + refused, 100, "{backend:?}");
        assert!(checked <= 10, "{backend:?}: {checked} passwords checked");
        let failures = app
            .audit_events(200)
            .await
            .iter()
            .filter(|(event, _)| event == "login-failed")
            .count();
        assert!(failures <= 10, "{backend:?}: {failures} failures recorded");
    }
}
