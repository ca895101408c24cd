//! The end-to-end journey in a real headless Chromium (through chromedriver): first-run setup,
//! a workspace, a strategy from scratch through the seven steps, a diagnostic fixed from the
//! coherence panel, two exports imported into the results and one undone, the PDF downloaded;
//! axe-core run on every page of the journey (0
//! violations); screenshots at 1280 px and 390 px in `target/e2e/`.
//!
//! Needs Debian's `chromium` and `chromium-driver` and axe-core from npm (`.ci/run` installs
//! them). Without them the test says so and stops, unless `TOMSTER_REQUIRE_BROWSER=1` (set by
//! `.ci/run`), which makes their absence a failure.

use std::net::SocketAddr;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use tomster_web::{AppState, Config, admin, db};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn axe_source() -> Option<String> {
    let path = std::env::var("TOMSTER_AXE_JS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| workspace_root().join("target/axe/node_modules/axe-core/axe.min.js"));
    std::fs::read_to_string(path).ok()
}

/// Whether the tools are here; when they are required and missing, the test fails.
fn tools() -> Option<String> {
    let required = std::env::var("TOMSTER_REQUIRE_BROWSER").is_ok_and(|value| value == "1");
    let driver =
        Path::new("/usr/bin/chromedriver").exists() && Path::new("/usr/bin/chromium").exists();
    let axe = axe_source();
    match (driver, axe) {
        (true, Some(axe)) => Some(axe),
        _ if required => panic!(
            "TOMSTER_REQUIRE_BROWSER=1 but chromium, chromedriver or axe-core is missing \
             (apt-get install chromium chromium-driver; npm install --prefix target/axe axe-core)"
        ),
        _ => {
            eprintln!("skipped: chromium, chromedriver or axe-core is missing (see .ci/run)");
            None
        }
    }
}

/// chromedriver in a process group of its own, so that a failing test, which never closes
/// its session, still takes the browser it started down with it.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .arg("-KILL")
            .arg("--")
            .arg(format!("-{}", self.0.id()))
            .status();
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

async fn start_driver(port: u16) -> Driver {
    let child = Command::new("/usr/bin/chromedriver")
        .arg(format!("--port={port}"))
        .process_group(0)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Driver(child)
}

async fn browser(driver_port: u16, profile: &Path) -> Client {
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".to_owned(),
        json!({
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-sync", "--disable-background-networking", "--disable-component-update",
                "--hide-scrollbars", "--lang=en-GB",
                format!("--user-data-dir={}", profile.display()),
                "--window-size=1280,900"
            ]
        }),
    );
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{driver_port}"))
        .await
        .expect("a WebDriver session")
}

/// The violations axe-core finds on the page, named. A result that is not what axe-core
/// answers (its API changed, it failed to run) fails the test: it never reads as zero.
async fn axe_violations(client: &Client, axe: &str) -> Vec<String> {
    client
        .execute(axe, vec![])
        .await
        .expect("axe-core loads in the page");
    let result = client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] })
               .then(r => done({ ran: true, violations: r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ')).join(', ')) }))
               .catch(e => done({ ran: false, error: String(e) }));",
            vec![],
        )
        .await
        .expect("axe-core runs");
    assert_eq!(
        result["ran"],
        Value::Bool(true),
        "axe-core failed: {result}"
    );
    let list = result["violations"]
        .as_array()
        .unwrap_or_else(|| panic!("a malformed axe-core result: {result}"));
    list.iter()
        .map(|violation| {
            violation
                .as_str()
                .unwrap_or_else(|| panic!("a malformed axe-core violation: {violation}"))
                .to_owned()
        })
        .collect()
}

/// Runs axe-core on the page and fails on any violation, naming each.
async fn assert_accessible(client: &Client, axe: &str, page: &str) {
    let violations = axe_violations(client, axe).await;
    assert!(violations.is_empty(), "{page}: {violations:#?}");
}

async fn screenshots(client: &Client, name: &str) {
    screenshots_at(client, name, None).await;
}

/// Screenshots with the element of that id at the top (the page's first screen otherwise).
async fn screenshots_at(client: &Client, name: &str, anchor: Option<&str>) {
    let folder = workspace_root().join("target/e2e");
    std::fs::create_dir_all(&folder).unwrap();
    for (width, label) in [(1280, "desktop"), (390, "phone")] {
        client.set_window_size(width, 1400).await.unwrap();
        if let Some(id) = anchor {
            client
                .execute(
                    "document.getElementById(arguments[0]).scrollIntoView();",
                    vec![Value::from(id)],
                )
                .await
                .unwrap();
        }
        let png = client.screenshot().await.unwrap();
        std::fs::write(folder.join(format!("{name}-{label}.png")), png).unwrap();
    }
    client.set_window_size(1280, 900).await.unwrap();
}

async fn fill(client: &Client, css: &str, text: &str) {
    let field = client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|_| panic!("{css}"));
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

/// A date, as the browser's date picker gives it (typing depends on the browser's locale).
async fn pick_date(client: &Client, css: &str, date: &str) {
    client
        .execute(
            "document.querySelector(arguments[0]).value = arguments[1];",
            vec![json!(css), json!(date)],
        )
        .await
        .unwrap_or_else(|_| panic!("{css}"));
}

async fn click(client: &Client, css: &str) {
    client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|_| panic!("{css}"))
        .click()
        .await
        .unwrap();
}

async fn select(client: &Client, css: &str, value: &str) {
    client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|_| panic!("{css}"))
        .select_by_value(value)
        .await
        .unwrap();
}

/// Waits for the browser to reach a page whose path satisfies `wanted` (a click starts a
/// navigation that may not have ended yet), and returns that path.
async fn wait_for_path(client: &Client, wanted: impl Fn(&str) -> bool) -> String {
    for _ in 0..100 {
        let path = client.current_url().await.unwrap().path().to_owned();
        let loaded: Value = client
            .execute("return document.readyState;", vec![])
            .await
            .unwrap_or(Value::Null);
        if wanted(&path) && loaded == "complete" {
            return path;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "the browser stayed on {}",
        client.current_url().await.unwrap()
    );
}

async fn body(client: &Client) -> String {
    client.source().await.unwrap()
}

/// Waits until the page shows `needle` (after a form that comes back to the same address).
async fn wait_for_text(client: &Client, needle: &str) -> String {
    for _ in 0..100 {
        let page = body(client).await;
        if page.contains(needle) {
            return page;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the page never showed {needle:?}: {}", body(client).await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_run_to_pdf_in_a_real_browser_with_no_accessibility_violation() {
    let Some(axe) = tools() else {
        return;
    };
    // The server, on a fresh SQLite database and a free port.
    let data = std::env::temp_dir().join(format!("tomster-e2e-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let database = db::open(&db::sqlite_url(&data).unwrap()).await.unwrap();
    let setup = admin::setup_path(&database)
        .await
        .unwrap()
        .expect("no account yet");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let state = AppState::new(
        database,
        Config {
            work_budget: Duration::from_secs(60),
            ..Config::new(address, data.clone())
        },
    );
    let app = tomster_web::router(state).into_make_service_with_connect_info::<SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, app).await });
    let base = format!("http://{address}");

    let driver_port = 9515 + (std::process::id() % 400) as u16;
    let _driver = start_driver(driver_port).await;
    let profile = data.join("chromium-profile");
    let client = browser(driver_port, &profile).await;

    // First run: the setup page creates the owner and the first workspace.
    client.goto(&format!("{base}{setup}")).await.unwrap();
    assert_accessible(&client, &axe, "setup").await;
    // The check itself is checked: an image without a text alternative is reported.
    client
        .execute(
            "const image = document.createElement('img'); image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='; document.body.appendChild(image);",
            vec![],
        )
        .await
        .unwrap();
    let injected = axe_violations(&client, &axe).await;
    assert!(
        injected
            .iter()
            .any(|violation| violation.starts_with("image-alt")),
        "axe-core did not see the injected violation: {injected:?}"
    );
    client.goto(&format!("{base}{setup}")).await.unwrap();
    fill(&client, "#email", "owner@agence.test").await;
    fill(&client, "#password", "une phrase assez longue").await;
    fill(&client, "#confirm", "une phrase assez longue").await;
    fill(&client, "#workspace", "Agence Durand").await;
    click(&client, "form button[type=submit]").await;
    wait_for_path(&client, |path| path.starts_with("/w/agence-durand")).await;
    assert_accessible(&client, &axe, "workspace").await;
    screenshots(&client, "workspace").await;

    // A strategy from scratch.
    fill(&client, "#blank-name", "Café des Arts 2027").await;
    click(&client, "form.card button[type=submit]").await;
    let path = wait_for_path(&client, |path| path.ends_with("/step/target")).await;
    let strategy = path.split('/').nth(2).unwrap().to_owned();
    let page = body(&client).await;
    assert!(page.contains("T001"), "a blank strategy has no persona");
    assert_accessible(&client, &axe, "step target").await;

    // Fix T001 from the panel: its link leads to the field, a persona is added and saved.
    click(&client, "a[href*='/form/target#f-personas']").await;
    wait_for_path(&client, |path| path.ends_with("/form/target")).await;
    assert_accessible(&client, &axe, "form target").await;
    click(&client, "button[value='add:personas']").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    wait_for_path(&client, |path| path.ends_with("/form/target")).await;
    fill(
        &client,
        "input[name='personas.0.name']",
        "Léa, habituée du quartier",
    )
    .await;
    select(&client, "select[name='personas.0.segment']", "b2c").await;
    fill(&client, "input[name='personas.0.age.min']", "25").await;
    fill(&client, "input[name='personas.0.age.max']", "40").await;
    screenshots(&client, "form-target").await;
    click(
        &client,
        "form.guided > button[value='save']:not(.default-action)",
    )
    .await;
    wait_for_path(&client, |path| path.ends_with("/step/target")).await;
    let page = body(&client).await;
    assert!(!page.contains(">T001<"), "T001 is fixed");
    assert!(page.contains("Léa, habituée du quartier"));
    screenshots(&client, "step-target").await;

    // Through the seven forms with the choices they offer: no code typed, every save accepted.
    let form = |step: &'static str| {
        let client = client.clone();
        let address = format!("{base}/s/{strategy}/form/{step}");
        async move {
            client.goto(&address).await.unwrap();
            wait_for_path(&client, |path| path.ends_with(&format!("/form/{step}"))).await;
        }
    };
    let add = |list: &'static str| {
        let client = client.clone();
        async move {
            click(&client, &format!("button[value='add:{list}']")).await;
            tokio::time::sleep(Duration::from_millis(300)).await;
            wait_for_path(&client, |path| path.contains("/form/")).await;
        }
    };
    let save = |step: &'static str| {
        let client = client.clone();
        async move {
            click(
                &client,
                "form.guided > button[value='save']:not(.default-action)",
            )
            .await;
            // A refused save stays on the form, with its errors: they fail the test.
            for _ in 0..100 {
                let path = client.current_url().await.unwrap().path().to_owned();
                if path.ends_with(&format!("/step/{step}")) {
                    wait_for_path(&client, |path| path.ends_with(&format!("/step/{step}"))).await;
                    return;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            let page = client.source().await.unwrap();
            let errors = page
                .split("id=\"form-errors\"")
                .nth(1)
                .and_then(|rest| rest.split("</div>").next())
                .unwrap_or("(no error listed)");
            panic!("the {step} form was not saved: {errors}");
        }
    };
    // Target: the persona's networks, ticked by name.
    form("target").await;
    click(
        &client,
        "input[name='personas.0.channels'][value='instagram']",
    )
    .await;
    click(
        &client,
        "input[name='personas.0.channels'][value='google_business_profile']",
    )
    .await;
    save("target").await;
    // Objectives: the kind, the KPI among those suggested, the persona, by name.
    form("objectives").await;
    add("objectives").await;
    fill(
        &client,
        "textarea[name='objectives.0.statement']",
        "Se faire connaître des voisins",
    )
    .await;
    select(&client, "select[name='objectives.0.kind']", "awareness").await;
    click(
        &client,
        "input[name='objectives.0.personas'][value='persona-1']",
    )
    .await;
    fill(&client, "input[name='objectives.0.baseline']", "200").await;
    fill(&client, "input[name='objectives.0.target']", "1500").await;
    pick_date(&client, "input[name='objectives.0.deadline']", "2027-06-30").await;
    save("objectives").await;
    form("objectives").await;
    let page = body(&client).await;
    assert!(
        page.contains("optgroup label=\"Suggested for Awareness\""),
        "KPIs suggested first"
    );
    select(&client, "select[name='objectives.0.kpi']", "reach").await;
    screenshots(&client, "form-objectives").await;
    save("objectives").await;
    // Message: a pillar in percent, a message for the persona chosen by name.
    form("message").await;
    add("pillars").await;
    fill(&client, "input[name='pillars.0.name']", "La vie du café").await;
    fill(&client, "input[name='pillars.0.share']", "100").await;
    add("messages").await;
    select(&client, "select[name='messages.0.persona']", "persona-1").await;
    select(&client, "select[name='messages.0.stage']", "awareness").await;
    fill(
        &client,
        "textarea[name='messages.0.key_message']",
        "Un café de quartier où l'on se sent chez soi",
    )
    .await;
    click(
        &client,
        "input[name='messages.0.content_types'][value='image']",
    )
    .await;
    save("message").await;
    // Strategy: an everyday presence on a network chosen by name.
    form("strategy").await;
    add("always_on").await;
    select(&client, "select[name='always_on.0.platform']", "instagram").await;
    fill(&client, "input[name='always_on.0.posts_per_week']", "3").await;
    screenshots(&client, "form-strategy").await;
    save("strategy").await;
    // Technologies: the network chosen, a tool offered by name.
    form("technologies").await;
    add("platforms").await;
    select(&client, "select[name='platforms.0.id']", "instagram").await;
    add("tools").await;
    fill(&client, "input[name='tools.0.name']", "Canva").await;
    save("technologies").await;
    // Evaluate: the KPI, its objective and its alert in percent.
    form("evaluate").await;
    add("kpis").await;
    select(&client, "select[name='kpis.0.metric']", "reach").await;
    select(&client, "select[name='kpis.0.objective']", "objective-1").await;
    fill(&client, "input[name='kpis.0.alert_below']", "80").await;
    save("evaluate").await;
    // Resources: a member added to a section that was empty.
    form("resources").await;
    add("resources.team").await;
    fill(&client, "input[name='resources.team.0.name']", "Camille").await;
    fill(
        &client,
        "input[name='resources.team.0.hours_per_week']",
        "5",
    )
    .await;
    screenshots(&client, "form-resources").await;
    save("resources").await;
    let page = body(&client).await;
    assert!(page.contains("Camille"), "the member is saved");
    // Each step's page and form, in French and in English, on a desktop and a phone.
    for language in ["fr", "en"] {
        client.goto(&format!("{base}/account")).await.unwrap();
        // The header's language choice sends itself when it changes (the page's script).
        select(&client, "#language", language).await;
        wait_for_path(&client, |path| path == "/w").await;
        for step in [
            "target",
            "objectives",
            "message",
            "strategy",
            "technologies",
            "evaluate",
            "resources",
        ] {
            client
                .goto(&format!("{base}/s/{strategy}/step/{step}"))
                .await
                .unwrap();
            assert_accessible(&client, &axe, &format!("step {step} ({language})")).await;
            screenshots(&client, &format!("step-{step}-{language}")).await;
            client
                .goto(&format!("{base}/s/{strategy}/form/{step}"))
                .await
                .unwrap();
            assert_accessible(&client, &axe, &format!("form {step} ({language})")).await;
            screenshots(&client, &format!("form-{step}-{language}")).await;
        }
    }
    client.goto(&format!("{base}/kpis")).await.unwrap();
    assert_accessible(&client, &axe, "kpis").await;
    for page in ["history", "edit"] {
        client
            .goto(&format!("{base}/s/{strategy}/{page}"))
            .await
            .unwrap();
        assert_accessible(&client, &axe, page).await;
    }
    client.goto(&format!("{base}/account")).await.unwrap();
    assert_accessible(&client, &axe, "account").await;
    client.goto(&format!("{base}/explain/T001")).await.unwrap();
    assert_accessible(&client, &axe, "explain").await;

    // Results: two exports uploaded, checked before they are stored, confirmed, one undone.
    client
        .goto(&format!("{base}/s/{strategy}/results"))
        .await
        .unwrap();
    assert_accessible(&client, &axe, "results (empty)").await;
    let exports = workspace_root().join("crates/tomster-import/tests/exports");
    let files = [
        exports.join("instagram/mbs-ig-posts_es_revista_kairos_Mar-26-2025_Mar-26-2026.csv"),
        exports.join("tiktok/es-Overview.csv"),
    ];
    let chosen = files
        .iter()
        .map(|file| file.canonicalize().unwrap().display().to_string())
        .collect::<Vec<_>>()
        .join("\n");
    client
        .find(Locator::Css("#result-files"))
        .await
        .unwrap()
        .send_keys(&chosen)
        .await
        .unwrap();
    click(&client, "form.upload button[type=submit]").await;
    let preview = wait_for_text(&client, "preview-title").await;
    assert!(
        preview.contains("Instagram posts (Meta Business Suite)"),
        "{preview}"
    );
    assert!(preview.contains("TikTok overview"), "{preview}");
    assert!(preview.contains("The dates have no year"), "{preview}");
    assert_accessible(&client, &axe, "results preview").await;
    screenshots(&client, "results-preview").await;
    click(&client, "form[action$='/results/confirm'] button").await;
    let listed = wait_for_text(&client, "results-notice").await;
    assert!(listed.contains("2 files imported."), "{listed}");
    assert!(
        listed.contains("es-Overview.csv") && listed.contains("Figures per month"),
        "{listed}"
    );
    assert_accessible(&client, &axe, "results").await;
    screenshots(&client, "results").await;
    click(&client, "form[action$='/results/undo'] button").await;
    let undone = wait_for_text(&client, "The import was undone").await;
    assert!(undone.contains("The import was undone"), "{undone}");
    assert!(
        !undone.contains("es-Overview.csv"),
        "the latest import is gone: {undone}"
    );

    // Progress: the wine estate's generated year uploaded through the page, read as of
    // 30 June, a finding followed to its form filled in, the adjusted version saved.
    client
        .goto(&format!("{base}/w/agence-durand"))
        .await
        .unwrap();
    click(&client, "input[name=example][value=domaine-viticole]").await;
    click(
        &client,
        "form.card:has(input[value=domaine-viticole]) button[type=submit]",
    )
    .await;
    let path = wait_for_path(&client, |path| {
        path.starts_with("/s/") && !path.contains(&strategy)
    })
    .await;
    let estate = path.split('/').nth(2).unwrap().to_owned();
    client
        .goto(&format!("{base}/s/{estate}/results"))
        .await
        .unwrap();
    let year = workspace_root().join("crates/tomster/tests/data/wine-estate");
    let chosen = [
        "instagram-posts-2027.csv",
        "facebook-posts-2027.csv",
        "domaine-2027.csv",
    ]
    .iter()
    .map(|file| {
        year.join(file)
            .canonicalize()
            .unwrap()
            .display()
            .to_string()
    })
    .collect::<Vec<_>>()
    .join("\n");
    client
        .find(Locator::Css("#result-files"))
        .await
        .unwrap()
        .send_keys(&chosen)
        .await
        .unwrap();
    click(&client, "form.upload button[type=submit]").await;
    wait_for_text(&client, "preview-title").await;
    click(&client, "form[action$='/results/confirm'] button").await;
    let listed = wait_for_text(&client, "results-notice").await;
    assert!(listed.contains("3 files imported."), "{listed}");
    client
        .goto(&format!("{base}/s/{estate}/progress?as_of=2027-06-30"))
        .await
        .unwrap();
    let progress = body(&client).await;
    assert!(
        progress.contains("The objectives on June 30, 2027"),
        "{progress}"
    );
    assert!(progress.contains("off track · 2"), "{progress}");
    assert!(progress.contains("22 (June 2027)"), "{progress}");
    // The formats published beside those planned, over the weeks shown: the estate's
    // Instagram posts are carousels, images and reels.
    assert!(
        progress.contains("Posts per network and format"),
        "{progress}"
    );
    assert!(progress.contains("Carousel"), "{progress}");
    assert_accessible(&client, &axe, "progress").await;
    screenshots(&client, "progress").await;
    screenshots_at(&client, "progress-execution", Some("execution-title")).await;
    // The monthly review, as the page's form asks for it (its month and format chosen there).
    client
        .execute(
            "document.querySelector('#review-month').value = '2027-06';",
            vec![],
        )
        .await
        .unwrap();
    let review: Value = client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const form = document.querySelector('form[action$=\"/review\"]');
             const address = form.action + '?' + new URLSearchParams(new FormData(form));
             fetch(address).then(r => r.arrayBuffer().then(b => done([address, r.status, r.headers.get('content-type'), b.byteLength, new TextDecoder().decode(b.slice(0, 5))])));",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        review[0].as_str().unwrap_or("").contains("month=2027-06"),
        "{review}"
    );
    assert_eq!(review[1], 200, "{review}");
    if cfg!(feature = "pdf") {
        assert_eq!(review[2], "application/pdf", "{review}");
        assert_eq!(review[4], "%PDF-", "{review}");
        assert!(review[3].as_u64().unwrap_or(0) > 10_000, "{review}");
    }
    click(&client, "a.button[href*='/form/objectives']").await;
    wait_for_path(&client, |path| path.contains("/form/objectives")).await;
    let filled: Value = client
        .execute(
            "return [document.querySelector('#comment').value, Array.from(document.querySelectorAll('input')).filter(i => i.name.endsWith('target')).map(i => i.value)];",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        filled[0]
            .as_str()
            .unwrap_or("")
            .starts_with("After finding E102"),
        "{filled}"
    );
    assert_eq!(filled[1][0], "31", "the target the data supports: {filled}");
    assert_accessible(&client, &axe, "form filled by a finding").await;
    click(
        &client,
        "form.guided > button[value='save']:not(.default-action)",
    )
    .await;
    wait_for_path(&client, |path| !path.contains("/form/")).await;
    client
        .goto(&format!("{base}/s/{estate}/history"))
        .await
        .unwrap();
    let history = body(&client).await;
    assert!(history.contains("After finding E102"), "{history}");

    // Sending: the review to the team and the client, a typo refused without losing the list.
    client
        .goto(&format!("{base}/s/{estate}/sending"))
        .await
        .unwrap();
    let sending = body(&client).await;
    assert!(
        sending.contains("No email server is configured"),
        "{sending}"
    );
    client
        .find(Locator::Css("#recipients"))
        .await
        .unwrap()
        .send_keys("equipe@agence.test\nclient(at)domaine.test")
        .await
        .unwrap();
    click(&client, "form.stacked button[type=submit]").await;
    wait_for_text(&client, "is not an email address").await;
    let kept: Value = client
        .execute(
            "return document.querySelector('#recipients').value;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        kept, "equipe@agence.test\nclient(at)domaine.test",
        "nothing typed is lost"
    );
    assert_accessible(&client, &axe, "sending, refused").await;
    let recipients = client.find(Locator::Css("#recipients")).await.unwrap();
    recipients.clear().await.unwrap();
    recipients
        .send_keys("equipe@agence.test\nclient@domaine.test")
        .await
        .unwrap();
    click(&client, "form.stacked button[type=submit]").await;
    wait_for_text(&client, "Saved. The next review").await;
    assert_accessible(&client, &axe, "sending").await;
    screenshots(&client, "sending").await;

    // The PDF, as the download link gives it.
    let download: Value = client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done([r.status, r.headers.get('content-type'), b.byteLength, new TextDecoder().decode(b.slice(0, 5))])));",
            vec![json!(format!("/s/{strategy}/download/document.pdf"))],
        )
        .await
        .unwrap();
    if !cfg!(feature = "pdf") {
        assert_eq!(
            download[0], 404,
            "a build without PDF offers no PDF: {download}"
        );
    } else {
        assert_eq!(download[0], 200, "{download}");
        assert_eq!(download[1], "application/pdf", "{download}");
        assert_eq!(download[3], "%PDF-", "{download}");
        assert!(download[2].as_u64().unwrap_or(0) > 10_000, "{download}");
    }

    // Signed out, the login page is accessible too.
    click(&client, "form[action='/logout'] button").await;
    wait_for_path(&client, |path| path.starts_with("/login")).await;
    assert_accessible(&client, &axe, "login").await;
    screenshots(&client, "login").await;
    client.close().await.unwrap();
    let _ = std::fs::remove_dir_all(&data);
}
