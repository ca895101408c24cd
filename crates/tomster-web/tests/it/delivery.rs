//! The monthly review and the alerts sent by themselves, on SQLite and PostgreSQL: the wine
//! estate's June review received once by a real SMTP server (Python's aiosmtpd, started by the
//! test) although two servers run the pass at the same time, in French, with its PDF and the
//! link to the results; an alert received once when an objective turns at risk; a failed send
//! retried after its backoff and shown on the page; the webhook signed; the settings' form
//! refusing what it cannot use, without losing what was typed.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};

use axum::http::{HeaderMap, StatusCode};
use hmac::{Hmac, Mac};
use serde_json::Value;
use sha2::Sha256;
use tomster_web::delivery::{Report, Smtp, run_once};

use crate::support::{
    Backend, Browser, World, backends, create_from_example, encode, upload, wine_estate, world_with,
};

/// aiosmtpd in a child process, writing each message it receives as JSON in a folder.
struct SmtpSink {
    child: Child,
    folder: PathBuf,
    port: u16,
}

impl SmtpSink {
    /// The sink, or `None` when Python's aiosmtpd is missing and the test is not required to
    /// run (`TOMSTER_REQUIRE_SMTP=1`, set by `.ci/run`, makes that a failure).
    fn start(port: u16) -> Option<SmtpSink> {
        let available = Command::new("python3")
            .args(["-c", "import aiosmtpd"])
            .status()
            .is_ok_and(|status| status.success());
        if !available {
            assert!(
                std::env::var("TOMSTER_REQUIRE_SMTP").as_deref() != Ok("1"),
                "TOMSTER_REQUIRE_SMTP=1 but python3 -m pip install aiosmtpd was not done"
            );
            eprintln!("skipped: Python's aiosmtpd is not installed (scripts/test.sh installs it)");
            return None;
        }
        let folder =
            std::env::temp_dir().join(format!("tomster-smtp-{}-{port}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(&folder).unwrap();
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/tools/smtp_sink.py");
        let mut child = Command::new("python3")
            .arg(&script)
            .arg(&folder)
            .arg(port.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut ready = String::new();
        use std::io::BufRead;
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut ready)
            .unwrap();
        assert_eq!(ready.trim(), "ready", "the SMTP sink did not start");
        Some(SmtpSink {
            child,
            folder,
            port,
        })
    }

    /// The messages received so far, in order.
    fn messages(&self) -> Vec<Value> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(&self.folder)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e == "json"))
            .collect();
        names.sort();
        names
            .iter()
            .map(|path| serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap())
            .collect()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.folder);
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn smtp(port: u16) -> Smtp {
    Smtp::checked(
        &format!("smtp://127.0.0.1:{port}"),
        "Tomster <tomster@agence.test>",
    )
    .unwrap()
}

fn second(at: &str) -> i64 {
    at.parse::<jiff::Timestamp>().unwrap().as_second()
}

/// The wine estate with its year of exports, through the API.
async fn wine_estate_strategy(world: &World) -> String {
    let strategy =
        create_from_example(&world.app, &world.owner, "agency", "domaine-viticole").await;
    for file in [
        "instagram-posts-2027.csv",
        "facebook-posts-2027.csv",
        "domaine-2027.csv",
    ] {
        upload(world, &strategy, wine_estate(file)).await;
    }
    strategy
}

/// Saves the sending settings through the page's form, as an editor does.
async fn save_settings(world: &World, browser: &Browser, strategy: &str, fields: &str) -> u16 {
    let reply = world
        .app
        .send(browser.post(
            &format!("/s/{strategy}/sending"),
            &format!("csrf={}&{fields}", browser.csrf),
        ))
        .await;
    reply.status.as_u16()
}

fn subjects(messages: &[Value]) -> Vec<String> {
    messages
        .iter()
        .map(|message| message["subject"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn the_june_review_and_an_alert_are_emailed_once_by_two_servers() {
    let port = free_port();
    let Some(sink) = SmtpSink::start(port) else {
        return;
    };
    for backend in backends() {
        let world = world_with(backend, |config| config.smtp = Some(smtp(sink.port))).await;
        let before = sink.messages().len();
        let strategy = wine_estate_strategy(&world).await;
        let status = save_settings(
            &world,
            &world.editor,
            &strategy,
            &format!(
                "recipients={}&review_day=5&alerts=on&webhook_url=",
                encode("equipe@agence.test\nclient@domaine.test")
            ),
        )
        .await;
        assert_eq!(status, 303, "{backend:?}");
        // A second server on the same database, as behind a load balancer.
        let other = world
            .app
            .beside_with(|config| config.smtp = Some(smtp(sink.port)))
            .await;
        let both = |at: i64| {
            world
                .app
                .clock
                .store(at, std::sync::atomic::Ordering::SeqCst);
            other.clock.store(at, std::sync::atomic::Ordering::SeqCst);
        };

        // 31 March: two objectives are off track (the alerts say so); no review is due yet
        // (the strategy starts in January: February's would be, but only the last month is
        // sent, and March's waits for 5 April).
        both(second("2027-03-31T12:00:00Z"));
        let (first, second_server) =
            tokio::join!(run_once(&world.app.state), run_once(&other.state));
        let (first, second_server) = (first.unwrap(), second_server.unwrap());
        let march = sink.messages()[before..].to_vec();
        assert_eq!(
            first.sent + second_server.sent,
            march.len(),
            "{backend:?}: {first:?} {second_server:?}"
        );
        let march_subjects = subjects(&march);
        let off_track: Vec<&String> = march_subjects
            .iter()
            .filter(|subject| subject.contains("hors trajectoire"))
            .collect();
        assert_eq!(off_track.len(), 2, "{backend:?}: {march_subjects:?}");
        assert!(
            march_subjects.iter().all(|s| !s.contains("en retard")),
            "{march_subjects:?}"
        );
        let reviews = march_subjects
            .iter()
            .filter(|s| s.starts_with("Bilan mensuel"));
        assert_eq!(reviews.count(), 1, "February's review: {march_subjects:?}");

        // 5 July: June's review is due, and the reach objective has turned at risk. Both servers
        // run the pass at once, twice.
        both(second("2027-07-05T08:00:00Z"));
        for _ in 0..2 {
            let (a, b) = tokio::join!(run_once(&world.app.state), run_once(&other.state));
            a.unwrap();
            b.unwrap();
        }
        let july = sink.messages()[before + march.len()..].to_vec();
        let july_subjects = subjects(&july);
        let june_reviews: Vec<&Value> = july
            .iter()
            .filter(|m| {
                m["subject"]
                    .as_str()
                    .unwrap()
                    .starts_with("Bilan mensuel, juin 2027")
            })
            .collect();
        assert_eq!(june_reviews.len(), 1, "{backend:?}: {july_subjects:?}");
        let review = june_reviews[0];
        let subject = review["subject"].as_str().unwrap();
        assert!(
            subject.starts_with("Bilan mensuel, juin 2027 : Domaine des Coteaux"),
            "{subject}"
        );
        let mut recipients: Vec<&str> = review["rcpt_tos"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap())
            .collect();
        recipients.sort();
        assert_eq!(recipients, ["client@domaine.test", "equipe@agence.test"]);
        let text = review["text"].as_str().unwrap();
        assert!(text.starts_with("Bonjour,"), "{text}");
        assert!(text.contains("en PDF joint"), "{text}");
        assert!(
            text.contains(&format!(
                "http://127.0.0.1:8080/s/{strategy}/progress?as_of=2027-06-30"
            )),
            "{text}"
        );
        assert!(
            text.contains("hors trajectoire"),
            "the objectives' states: {text}"
        );
        let attachments = review["attachments"].as_array().unwrap();
        assert_eq!(attachments.len(), 1, "{review}");
        assert_eq!(attachments[0]["content_type"], "application/pdf");
        assert_eq!(attachments[0]["head"], "%PDF-");
        assert!(
            attachments[0]["filename"]
                .as_str()
                .unwrap()
                .ends_with("-review-2027-06.pdf")
        );
        assert!(attachments[0]["size"].as_u64().unwrap() > 10_000);

        let at_risk: Vec<&Value> = july
            .iter()
            .filter(|m| m["subject"].as_str().unwrap().contains("en retard"))
            .collect();
        assert_eq!(at_risk.len(), 1, "{backend:?}: {july_subjects:?}");
        let alert = at_risk[0]["text"].as_str().unwrap();
        assert!(
            alert.contains("de la progression attendue"),
            "the reason: {alert}"
        );
        assert!(
            alert.contains(&format!("/s/{strategy}/progress?as_of=2027-07-05")),
            "{alert}"
        );
        // The objectives already off track in March are not said again.
        assert!(
            july_subjects
                .iter()
                .all(|s| !s.contains("hors trajectoire")),
            "{july_subjects:?}"
        );

        // The page lists the sends, each once, as sent.
        let browser = world.app.login("viewer@a.test").await;
        let page = world
            .app
            .send(browser.get(&format!("/s/{strategy}/sending")))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(
            page.body.matches("Sent on").count(),
            march.len() + july.len(),
            "{}",
            page.body
        );
        // The webhook's secret is not shown to a viewer, and the form is not theirs.
        assert!(page.body.contains("<fieldset disabled>"));
    }
}

#[tokio::test]
async fn a_failed_send_is_retried_after_its_backoff_and_shown_meanwhile() {
    let port = free_port();
    for backend in backends() {
        // Nothing listens on the port yet.
        let world = world_with(backend, |config| config.smtp = Some(smtp(port))).await;
        let strategy = wine_estate_strategy(&world).await;
        let status = save_settings(
            &world,
            &world.owner,
            &strategy,
            "recipients=client%40domaine.test&review_day=1",
        )
        .await;
        assert_eq!(status, 303);
        world.app.clock.store(
            second("2027-07-01T06:00:00Z"),
            std::sync::atomic::Ordering::SeqCst,
        );
        let report = run_once(&world.app.state).await.unwrap();
        assert_eq!(
            report,
            Report {
                planned: 1,
                sent: 0,
                failed: 1
            },
            "{backend:?}"
        );
        let owner = world.app.login("owner@a.test").await;
        let page = world
            .app
            .send(owner.get(&format!("/s/{strategy}/sending")))
            .await;
        assert!(
            page.body.contains("Failed once, next try on"),
            "{}",
            page.body
        );
        assert!(page.body.contains("Last error: SMTP"), "{}", page.body);

        // The server is back; within the minute of backoff nothing is tried, after it the
        // review goes.
        let Some(sink) = SmtpSink::start(port) else {
            return;
        };
        world.app.advance(30);
        assert_eq!(run_once(&world.app.state).await.unwrap(), Report::default());
        world.app.advance(31);
        let report = run_once(&world.app.state).await.unwrap();
        assert_eq!(report.sent, 1, "{backend:?}");
        let messages = sink.messages();
        assert_eq!(messages.len(), 1);
        assert!(
            messages[0]["subject"]
                .as_str()
                .unwrap()
                .starts_with("Bilan mensuel, juin 2027")
        );
        drop(sink);
    }
}

/// What the webhook receiver got: headers and body of each request.
type Received = Arc<Mutex<Vec<(HeaderMap, Vec<u8>)>>>;

async fn webhook_receiver() -> (String, Received) {
    let received: Received = Arc::default();
    let store = Arc::clone(&received);
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: HeaderMap, body: axum::body::Bytes| {
            let store = Arc::clone(&store);
            async move {
                store.lock().unwrap().push((headers, body.to_vec()));
                StatusCode::NO_CONTENT
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{address}/hook"), received)
}

#[tokio::test]
async fn the_webhook_is_signed_and_sent_once() {
    for backend in backends() {
        let (url, received) = webhook_receiver().await;
        // No SMTP server: nothing is emailed, the webhook goes all the same.
        let world = world_with(backend, |config| config.webhooks_private = true).await;
        let strategy = wine_estate_strategy(&world).await;
        let page = world
            .app
            .send(world.editor.get(&format!("/s/{strategy}/sending")))
            .await;
        assert!(
            page.body.contains("No email server is configured"),
            "{}",
            page.body
        );
        let status = save_settings(
            &world,
            &world.editor,
            &strategy,
            &format!(
                "recipients=client%40domaine.test&review_day=5&webhook_url={}",
                encode(&url)
            ),
        )
        .await;
        assert_eq!(status, 303);
        let page = world
            .app
            .send(world.editor.get(&format!("/s/{strategy}/sending")))
            .await;
        // The secret is shown to editors, to verify the signature with.
        let secret = page
            .body
            .split("<code class=\"link\">")
            .nth(1)
            .and_then(|rest| rest.split('<').next())
            .unwrap()
            .to_owned();
        assert_eq!(secret.len(), 64, "{secret}");
        for at in ["2027-07-05T08:00:00Z", "2027-07-06T08:00:00Z"] {
            world
                .app
                .clock
                .store(second(at), std::sync::atomic::Ordering::SeqCst);
            run_once(&world.app.state).await.unwrap();
        }
        let received = received.lock().unwrap().clone();
        assert_eq!(
            received.len(),
            1,
            "{backend:?}: one review, no email channel"
        );
        let (headers, body) = &received[0];
        let timestamp = headers["x-tomster-timestamp"].to_str().unwrap();
        let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
        mac.update(format!("{timestamp}.").as_bytes());
        mac.update(body);
        let expected: String = mac
            .finalize()
            .into_bytes()
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect();
        assert_eq!(
            headers["x-tomster-signature"].to_str().unwrap(),
            format!("sha256={expected}")
        );
        assert_eq!(headers["x-tomster-event"], "review");
        let event: Value = serde_json::from_slice(body).unwrap();
        assert_eq!(event["event"], "review");
        assert_eq!(event["month"], "2027-06");
        assert_eq!(event["strategy"]["id"], strategy.as_str());
        assert!(event["review"]["pdf"].as_str().unwrap().ends_with(&format!(
            "/api/v1/strategies/{strategy}/review.pdf?month=2027-06"
        )));
        assert_eq!(event["objectives"].as_array().unwrap().len(), 4, "{event}");
    }
}

#[tokio::test]
async fn the_form_refuses_what_it_cannot_use_and_keeps_what_was_typed() {
    let backend = Backend::Sqlite;
    let world = world_with(backend, |_| {}).await;
    let strategy = world.strategy.clone();
    // An address that is not one: refused, the typed text shown again, nothing saved.
    let reply = world
        .app
        .send(world.editor.post(
            &format!("/s/{strategy}/sending"),
            &format!(
                "csrf={}&recipients={}&review_day=12",
                world.editor.csrf,
                encode("equipe@agence.test\nnot an address")
            ),
        ))
        .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        reply
            .body
            .contains("“not an address” is not an email address"),
        "{}",
        reply.body
    );
    assert!(
        reply.body.contains("equipe@agence.test\nnot an address"),
        "{}",
        reply.body
    );
    assert!(
        reply.body.contains("value=\"12\" selected"),
        "{}",
        reply.body
    );
    let id = world.app.strategy_as("owner@a.test", &strategy).await.id;
    assert!(
        world
            .app
            .state
            .db
            .deliveries()
            .settings(&id)
            .await
            .unwrap()
            .is_none()
    );
    // Twenty-one recipients, a day out of the month, a webhook to this machine.
    let many: Vec<String> = (0..21).map(|i| format!("r{i}@a.test")).collect();
    for (fields, says) in [
        (
            format!("recipients={}&review_day=5", encode(&many.join("\n"))),
            "At most 20 recipients",
        ),
        (
            "recipients=&review_day=31".to_owned(),
            "between the 1st and the 28th",
        ),
        (
            format!(
                "review_day=5&webhook_url={}",
                encode("http://127.0.0.1:5432/")
            ),
            "127.0.0.1 is a private or local address",
        ),
        (
            format!("review_day=5&webhook_url={}", encode("ftp://example.com/")),
            "https://",
        ),
    ] {
        let reply = world
            .app
            .send(world.editor.post(
                &format!("/s/{strategy}/sending"),
                &format!("csrf={}&{fields}", world.editor.csrf),
            ))
            .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{fields}");
        assert!(reply.body.contains(says), "{fields}: {}", reply.body);
    }
    assert!(
        world
            .app
            .state
            .db
            .deliveries()
            .settings(&id)
            .await
            .unwrap()
            .is_none()
    );
    // A viewer reads the page but cannot save.
    let reply = world
        .app
        .send(world.viewer.post(
            &format!("/s/{strategy}/sending"),
            &format!("csrf={}&recipients=&review_day=5", world.viewer.csrf),
        ))
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_send_left_mid_way_by_a_stopped_server_waits_for_its_lease_then_goes_once() {
    let port = free_port();
    let Some(sink) = SmtpSink::start(port) else {
        return;
    };
    for backend in backends() {
        let before = sink.messages().len();
        let world = world_with(backend, |config| config.smtp = Some(smtp(port))).await;
        let strategy = wine_estate_strategy(&world).await;
        let status = save_settings(
            &world,
            &world.owner,
            &strategy,
            "recipients=client%40domaine.test&review_day=1",
        )
        .await;
        assert_eq!(status, 303);
        let now = second("2027-07-01T06:00:00Z");
        world
            .app
            .clock
            .store(now, std::sync::atomic::Ordering::SeqCst);
        // A server plans the review, claims it, and stops before sending (its process gone).
        let stopped = world
            .app
            .beside_with(|config| config.smtp = Some(smtp(port)))
            .await;
        stopped
            .clock
            .store(now, std::sync::atomic::Ordering::SeqCst);
        let deliveries = stopped.state.db.deliveries();
        let id = world.app.strategy_as("owner@a.test", &strategy).await.id;
        let settings = deliveries.settings(&id).await.unwrap().unwrap();
        assert_eq!(settings.recipients, ["client@domaine.test"]);
        let job = tomster_web::store::deliveries::NewJob {
            strategy: &id,
            kind: tomster_web::store::deliveries::Kind::Review,
            subject_key: "2027-06",
            channel: tomster_web::store::deliveries::Channel::Email,
            payload: r#"{"language":"fr","subject":"Bilan mensuel, juin 2027","text":"Bonjour","month":"2027-06","event":{}}"#,
        };
        assert!(deliveries.enqueue(&job, now).await.unwrap());
        let claimed = deliveries.claim("stopped", now, now + 600).await.unwrap();
        assert!(claimed.is_some());
        drop(stopped);
        // The other server leaves it while the lease holds, then takes it over, once.
        world.app.advance(300);
        assert_eq!(
            run_once(&world.app.state).await.unwrap().sent,
            0,
            "{backend:?}"
        );
        world.app.advance(301);
        assert_eq!(
            run_once(&world.app.state).await.unwrap().sent,
            1,
            "{backend:?}"
        );
        assert_eq!(run_once(&world.app.state).await.unwrap().sent, 0);
        let received = &sink.messages()[before..];
        assert_eq!(received.len(), 1, "{backend:?}");
        assert_eq!(received[0]["subject"], "Bilan mensuel, juin 2027");
        assert_eq!(received[0]["attachments"][0]["head"], "%PDF-");
    }
}
