//! The flood: `tomster serve --workers 2` under a stream of the heaviest requests a member can
//! send (PDFs, calendar files of a twenty-year plan, guided forms of a thousand messages),
//! while a probe asks `/healthz/live` every 25 ms. The server must keep answering the probe
//! (p99 under 50 ms), keep its memory bounded, leave no work running five seconds after the
//! last request (no CPU spent, no PDF child left), and end within its shutdown grace when
//! stopped in the middle of such work.
//!
//! Runs the real binary over real sockets; Linux only (it reads `/proc`).

#![cfg(target_os = "linux")]

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tomster_core::model::Language;

mod support;
use support::{PASSWORD, Server, create_strategy, exchange, owner_with_token, start_with};

fn start(data: &Path) -> Server {
    // Long enough for the twenty-year calendar of an unoptimised build to be counted (8 s
    // here), short enough that its PDFs are cancelled under the flood.
    start_with(data, &["--workers", "2", "--work-budget", "15"])
}
use tomster_web::editor::{Control, Line, form_lines};
use tomster_web::views::Step;

/// How long the flood lasts.
const FLOOD: Duration = Duration::from_secs(12);
/// The liveness probe's 99th percentile must stay under this.
const LIVE_P99: Duration = Duration::from_millis(50);
/// The server's resident memory must stay under this during the flood.
const MAX_RSS_MB: u64 = 700;

fn encode(text: &str) -> String {
    let mut encoded = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// Twenty years of the busiest plan the loader takes on thirteen networks: 1.4 million posts.
fn worst_calendar() -> String {
    let networks = [
        "facebook",
        "instagram",
        "linkedin",
        "x",
        "tiktok",
        "youtube",
        "pinterest",
        "snapchat",
        "threads",
        "whatsapp",
        "reddit",
        "twitch",
        "bluesky",
    ];
    let quoted = networks.map(|network| format!("\"{network}\"")).join(", ");
    let mut text = String::from(
        "[strategy]\nname = \"Worst calendar\"\nlanguage = \"en\"\ncountry = \"FR\"\n\
         start = 2027-01-01\nend = 2046-12-31\n",
    );
    for pillar in ["a", "b", "c"] {
        text.push_str(&format!("[[pillars]]\nid = \"{pillar}\"\nshare = 0.333\n"));
    }
    text.push_str(&format!(
        "[[personas]]\nid = \"p\"\nchannels = [{quoted}]\n\
         stage_mix = {{ awareness = 0.4, consideration = 0.3, decision = 0.3 }}\n"
    ));
    for stage in ["awareness", "consideration", "decision"] {
        text.push_str(&format!(
            "[[messages]]\npersona = \"p\"\nstage = \"{stage}\"\nkey_message = \"A {stage} message\"\n"
        ));
    }
    for network in networks {
        text.push_str(&format!(
            "[[always_on]]\nplatform = \"{network}\"\nposts_per_week = 100\n"
        ));
    }
    text
}

/// A thousand messages of a hundred personas: a guided form of about 380 KB.
fn many_messages() -> String {
    let mut text = String::from(
        "[strategy]\nname = \"Many messages\"\nstart = 2027-01-01\nend = 2027-12-31\n",
    );
    for persona in 0..100 {
        text.push_str(&format!(
            "[[personas]]\nid = \"p{persona}\"\nname = \"Persona {persona}\"\n"
        ));
    }
    for message in 0..1000 {
        text.push_str(&format!(
            "[[messages]]\npersona = \"p{}\"\nstage = \"awareness\"\n\
             key_message = \"Message number {message}, said in a few more words than needed\"\n\
             content_types = [\"image\", \"short_video\"]\nproof_points = [\"one\", \"two\"]\n",
            message % 100
        ));
    }
    text
}

/// The fields a browser posts for the Message step's form of a strategy.
fn message_form(text: &str) -> String {
    let loaded = tomster_core::load::from_toml_str(text).unwrap();
    let document = serde_json::to_value(&*loaded.strategy).unwrap();
    let mut fields = Vec::new();
    for line in form_lines(Step::Message, &document, &HashMap::new(), Language::English) {
        match line {
            Line::Input(input) => match input.control {
                Control::Checkboxes(boxes) => fields.extend(
                    boxes
                        .into_iter()
                        .filter(|(_, _, checked)| *checked)
                        .map(|(value, _, _)| (input.name.clone(), value)),
                ),
                _ => fields.push((input.name, input.value)),
            },
            Line::ItemOpen { path, .. } => fields.push((format!("{path}._item"), "1".to_owned())),
            _ => {}
        }
    }
    fields
        .iter()
        .map(|(name, value)| format!("{}={}", encode(name), encode(value)))
        .collect::<Vec<_>>()
        .join("&")
}

fn create(address: SocketAddr, token: &str, text: &str) -> String {
    create_strategy(address, token, "flood", text)
}

/// Resident memory of a process, in MB.
fn rss_mb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|line| line.starts_with("VmRSS:"))
                .and_then(|line| line.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .unwrap_or(0)
        / 1024
}

/// CPU time a process has used, in clock ticks (user + system).
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command's closing parenthesis: state is the 3rd field, utime the 14th.
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let number = |index: usize| {
        fields
            .get(index)
            .and_then(|field| field.parse::<u64>().ok())
            .unwrap_or(0)
    };
    number(11) + number(12)
}

/// The processes whose parent is `pid` (the PDF workers).
fn children(pid: u32) -> Vec<u32> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|candidate| {
            let stat =
                std::fs::read_to_string(format!("/proc/{candidate}/stat")).unwrap_or_default();
            let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
            after
                .split_whitespace()
                .nth(1)
                .and_then(|parent| parent.parse::<u32>().ok())
                == Some(pid)
        })
        .collect()
}

fn percentile(samples: &mut [Duration], share: f64) -> Duration {
    samples.sort();
    let index = ((samples.len() as f64 * share).ceil() as usize).saturating_sub(1);
    samples.get(index).copied().unwrap_or_default()
}

#[test]
fn the_server_keeps_answering_under_a_flood_and_leaves_no_work_behind() {
    let data = std::env::temp_dir().join(format!("tomster-flood-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let token = owner_with_token(&data, None, "flood");
    let server = start(&data);
    let address = server.address;
    let pid = server.child.id();
    let worst = create(address, &token, &worst_calendar());
    let example = create(
        address,
        &token,
        tomster_core::templates::template("hr-saas").unwrap().text,
    );
    let messages_text = many_messages();
    let messages = create(address, &token, &messages_text);

    // A session for the guided form's check, as a browser has one.
    let login = format!(
        "email=flood%40tomster.example&password={}",
        encode(PASSWORD)
    );
    let (status, headers, _) = exchange(
        address,
        "POST",
        "/login",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        login.as_bytes(),
        0,
    )
    .unwrap();
    assert_eq!(status, 303);
    let cookie = headers["set-cookie"].split(';').next().unwrap().to_owned();
    let (_, _, page) =
        exchange(address, "GET", "/w", &[("Cookie", &cookie)], &[], 1 << 20).unwrap();
    let page = String::from_utf8_lossy(&page);
    let csrf = page
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    let form = format!("csrf={csrf}&base=1&{}", message_form(&messages_text));
    assert!(form.len() > 300_000, "a form of {} bytes", form.len());

    // Alone, each heavy request is answered: the whole twenty years are refused in words
    // (413), a year of them streams, the large form is checked.
    let bearer = format!("Bearer {token}");
    let alone = |method: &str, path: String, body: &[u8], headers: &[(&str, &str)]| {
        exchange(address, method, &path, headers, body, 1 << 20)
            .unwrap()
            .0
    };
    assert_eq!(
        alone(
            "GET",
            format!("/api/v1/strategies/{worst}/calendar.ics"),
            &[],
            &[("Authorization", &bearer)]
        ),
        413
    );
    assert_eq!(
        alone(
            "GET",
            format!("/api/v1/strategies/{worst}/calendar.ics?from=2027-01-01&to=2027-12-31"),
            &[],
            &[("Authorization", &bearer)]
        ),
        200
    );
    assert_eq!(
        alone(
            "POST",
            format!("/s/{messages}/form/message/check"),
            form.as_bytes(),
            &[
                ("Cookie", &cookie),
                ("Content-Type", "application/x-www-form-urlencoded")
            ]
        ),
        200
    );

    let idle_rss = rss_mb(pid);
    let running = Arc::new(AtomicBool::new(true));
    let outcomes = Arc::new(Mutex::new(Vec::<(&'static str, u16)>::new()));
    let last_request_end = Arc::new(Mutex::new(Instant::now()));
    let mut clients = Vec::new();
    let heavy: Vec<(&'static str, String, String)> = vec![
        // A year of the twenty-year plan: 70,000 posts, streamed; the client reads 2 MB and
        // goes away.
        (
            "ics",
            "GET".to_owned(),
            format!("/api/v1/strategies/{worst}/calendar.ics?from=2027-01-01&to=2027-12-31"),
        ),
        // All twenty years: refused, over the download's limit.
        (
            "ics-whole",
            "GET".to_owned(),
            format!("/api/v1/strategies/{worst}/calendar.ics"),
        ),
        (
            "pdf",
            "GET".to_owned(),
            format!("/api/v1/strategies/{example}/document.pdf"),
        ),
        (
            "pdf-worst",
            "GET".to_owned(),
            format!("/api/v1/strategies/{worst}/document.pdf"),
        ),
        (
            "form",
            "POST".to_owned(),
            format!("/s/{messages}/form/message/check"),
        ),
        (
            "form",
            "POST".to_owned(),
            format!("/s/{messages}/form/message/check"),
        ),
    ];
    for (kind, method, path) in heavy {
        let running = Arc::clone(&running);
        let outcomes = Arc::clone(&outcomes);
        let last = Arc::clone(&last_request_end);
        let bearer = format!("Bearer {token}");
        let cookie = cookie.clone();
        let form = form.clone();
        clients.push(std::thread::spawn(move || {
            while running.load(Ordering::Relaxed) {
                let reply = if method == "POST" {
                    exchange(
                        address,
                        "POST",
                        &path,
                        &[
                            ("Cookie", &cookie),
                            ("Content-Type", "application/x-www-form-urlencoded"),
                        ],
                        form.as_bytes(),
                        1 << 20,
                    )
                } else {
                    exchange(
                        address,
                        "GET",
                        &path,
                        &[("Authorization", &bearer)],
                        &[],
                        2 << 20,
                    )
                };
                let status = reply.map(|(status, _, _)| status).unwrap_or(0);
                outcomes.lock().unwrap().push((kind, status));
                *last.lock().unwrap() = Instant::now();
            }
        }));
    }
    // The probe and the memory watch.
    let probe = {
        let running = Arc::clone(&running);
        std::thread::spawn(move || {
            let mut latencies = Vec::new();
            let mut peak = 0;
            while running.load(Ordering::Relaxed) {
                let started = Instant::now();
                let reply = exchange(address, "GET", "/healthz/live", &[], &[], 64);
                latencies.push(started.elapsed());
                assert_eq!(reply.map(|(status, _, _)| status).unwrap_or(0), 200);
                peak = peak.max(rss_mb(pid));
                std::thread::sleep(Duration::from_millis(25));
            }
            (latencies, peak)
        })
    };
    std::thread::sleep(FLOOD);
    running.store(false, Ordering::Relaxed);
    for client in clients {
        client.join().unwrap();
    }
    let (mut latencies, peak_rss) = probe.join().unwrap();
    let outcomes = outcomes.lock().unwrap().clone();
    let last = *last_request_end.lock().unwrap();

    let p99 = percentile(&mut latencies, 0.99);
    let mut counts: HashMap<(&str, u16), usize> = HashMap::new();
    for outcome in &outcomes {
        *counts.entry(*outcome).or_default() += 1;
    }
    eprintln!(
        "flood: {} heavy requests {counts:?}; /healthz/live: {} probes, p50 {:?}, p99 {p99:?}; \
         RSS idle {idle_rss} MB, peak {peak_rss} MB",
        outcomes.len(),
        latencies.len(),
        percentile(&mut latencies, 0.5),
    );
    assert!(p99 < LIVE_P99, "the liveness probe's p99 was {p99:?}");
    assert!(
        peak_rss < MAX_RSS_MB,
        "the server's memory reached {peak_rss} MB"
    );
    // Every heavy request was served, refused in words, or told to come back: never failed.
    for (kind, status) in &outcomes {
        assert!(
            matches!(status, 200 | 413 | 503),
            "{kind} answered {status}"
        );
    }
    // Under the flood some wait past their budget (503: try again); none fails.
    // Five seconds after the last request, nothing runs: no CPU spent, no PDF child left.
    let quiet = last + Duration::from_secs(5);
    if let Some(wait) = quiet.checked_duration_since(Instant::now()) {
        std::thread::sleep(wait);
    }
    let before = cpu_ticks(pid);
    std::thread::sleep(Duration::from_secs(1));
    let spent = cpu_ticks(pid) - before;
    assert!(
        spent <= 5,
        "the server spent {spent} ticks of CPU after the flood"
    );
    assert!(
        children(pid).is_empty(),
        "PDF workers left: {:?}",
        children(pid)
    );

    // Stopped in the middle of heavy work, it ends within its shutdown grace.
    let mut inflight = Vec::new();
    for path in [
        format!("/api/v1/strategies/{worst}/document.pdf"),
        format!("/api/v1/strategies/{worst}/calendar.ics?from=2027-01-01&to=2027-12-31"),
    ] {
        let bearer = format!("Bearer {token}");
        inflight.push(std::thread::spawn(move || {
            let _ = exchange(
                address,
                "GET",
                &path,
                &[("Authorization", &bearer)],
                &[],
                1 << 30,
            );
        }));
    }
    std::thread::sleep(Duration::from_millis(500));
    let mut server = server;
    let stopping = Instant::now();
    let terminated = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    assert!(terminated.success());
    let deadline = stopping + tomster_web::web::SHUTDOWN_GRACE + Duration::from_secs(3);
    loop {
        if server.child.try_wait().unwrap().is_some() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the server did not stop within its grace"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    eprintln!("stopped in {:?}", stopping.elapsed());
    for request in inflight {
        let _ = request.join();
    }
    let _ = std::fs::remove_dir_all(&data);
}
