//! The monthly review and the alerts, sent by themselves: by email through the SMTP server the
//! operator gives (`--smtp-url`), and to a signed webhook a strategy's editors give.
//!
//! A pass ([`run_once`], every minute in `tomster serve`) does two things:
//! - it *plans*: for each strategy with sending settings, the previous month's review once its
//!   day has come, and an alert for each objective that turned at risk or off track and each
//!   network that fell under half its plan (finding E102) since the last reading; each is a job
//!   whose key is unique in the database, so that two servers planning it make one;
//! - it *sends*: it claims the due jobs one at a time under a lease, sends, and records the
//!   send, or the failure with the time of its retry (a backoff from one minute to about four
//!   hours, then given up: the page shows it).
//!
//! Once: a job is sent by the server that claimed it, and claimed again only if that server's
//! lease ran out (it stopped mid-send) or the send failed. SMTP has no way to ask whether a
//! message was taken before a crash: a server stopping between the SMTP server's "OK" and the
//! record sends it again at the next claim, with the same `Message-ID` (and webhooks the same
//! `X-Tomster-Delivery`), so that the receiver can recognise it.
//!
//! The texts are written when the job is planned, in the strategy's language, from the same
//! evaluation as the results view; the review's PDF is typeset when it is sent, from the
//! figures known at the month's end (so a retry sends the same document).

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use hmac::{Hmac, Mac};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use tomster_core::document::review::month_end;
use tomster_core::i18n::{self, text};
use tomster_core::model::Language;
use tomster_core::progress::Status;

use crate::progress::{ReviewFormat, evaluated_version, review_file};
use crate::store::StrategyId;
use crate::store::deliveries::{Channel, Job, Kind, NewJob, Planned, Settings};
use crate::web::{AppError, AppState};

/// The SMTP server messages go through, and the address they are from.
#[derive(Clone, Debug)]
pub struct Smtp {
    /// `smtps://user:pass@host:465` (TLS), `smtp://user:pass@host:587?tls=required`
    /// (STARTTLS), or `smtp://host:25` (no encryption: a local relay only).
    pub url: String,
    /// `Name <address>` or an address.
    pub from: String,
}

impl Smtp {
    /// Checks the URL and the sender before the server starts: a mistake is said at once, not
    /// at the first send a month later.
    pub fn checked(url: &str, from: &str) -> Result<Smtp, String> {
        lettre::AsyncSmtpTransport::<lettre::Tokio1Executor>::from_url(url)
            .map_err(|error| format!("--smtp-url: {error}"))?;
        from.parse::<lettre::message::Mailbox>()
            .map_err(|error| format!("--smtp-from: {error}"))?;
        Ok(Smtp {
            url: url.to_owned(),
            from: from.to_owned(),
        })
    }
}

/// Attempts before a send is given up (at 1, 4, 16, 64 and 256 minutes after each failure).
pub const MAX_ATTEMPTS: i64 = 6;
/// How long a server holds a job it is sending before another may take it.
const LEASE_SECONDS: i64 = 600;
/// Jobs sent at most in one pass, and strategies read at most (for a review or alerts): a pass
/// stays short, the next one goes on.
const SENDS_PER_PASS: usize = 50;
const READINGS_PER_PASS: usize = 20;
/// The recipients of one strategy, at most.
pub const MAX_RECIPIENTS: usize = 20;

/// The wait before the attempt after `attempts` failed ones.
pub fn backoff(attempts: i64) -> i64 {
    let exponent = u32::try_from(attempts.clamp(1, 8) - 1).unwrap_or(0);
    60 * 4_i64.pow(exponent)
}

/// What a pass did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub planned: usize,
    pub sent: usize,
    pub failed: usize,
}

/// What a job sends, written when it is planned.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Payload {
    pub language: String,
    pub subject: String,
    /// The email's text.
    pub text: String,
    /// The review's month (`YYYY-MM`): its PDF is attached.
    pub month: Option<String>,
    /// The webhook's event fields, beside `event`, `delivery` and `strategy`.
    pub event: serde_json::Value,
}

/// What the alerts saw at their last reading: the objectives at risk or off track (with that
/// status) and the networks under their plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
struct AlertState {
    objectives: BTreeMap<String, String>,
    networks: BTreeSet<String>,
}

/// Runs a pass every `interval` for as long as the server runs.
pub async fn run(state: AppState, interval: Duration) {
    let mut ticks = tokio::time::interval(interval);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        match run_once(&state).await {
            Ok(report) if report != Report::default() => {
                tracing::info!(?report, "deliveries");
            }
            Ok(_) => {}
            Err(error) => tracing::warn!(?error, "deliveries: the pass stopped"),
        }
    }
}

/// One pass: plans what is due, then sends what waits.
pub async fn run_once(state: &AppState) -> Result<Report, AppError> {
    let mut report = Report::default();
    plan(state, &mut report).await?;
    send_due(state, &mut report).await?;
    Ok(report)
}

/// Today for the planner: the day of the state's clock, in UTC.
fn today(state: &AppState) -> Date {
    jiff::Timestamp::from_second(state.now())
        .map(|now| now.to_zoned_datetime(jiff::tz::TimeZone::UTC).date())
        .unwrap_or_else(|_| crate::views::today().0)
}

/// The channels a strategy's sends go to: email when the server has an SMTP server and the
/// strategy recipients, the webhook when it has one.
fn channels(state: &AppState, settings: &Settings) -> Vec<Channel> {
    let mut channels = Vec::new();
    if state.config.smtp.is_some() && !settings.recipients.is_empty() {
        channels.push(Channel::Email);
    }
    if settings.webhook_url.is_some() {
        channels.push(Channel::Webhook);
    }
    channels
}

async fn plan(state: &AppState, report: &mut Report) -> Result<(), AppError> {
    let today = today(state);
    let mut after = String::new();
    let mut readings = 0;
    loop {
        let page = state.db.deliveries().planned(&after, 200).await?;
        let Some(last) = page.last() else {
            return Ok(());
        };
        after = last.strategy.as_str().to_owned();
        for planned in &page {
            let channels = channels(state, &planned.settings);
            if channels.is_empty() {
                continue;
            }
            // Each reading evaluates a strategy: a pass makes a bounded number, the next pass
            // goes on (a review not due, or already planned, reads nothing).
            if readings < READINGS_PER_PASS {
                let (read, created) = plan_review(state, planned, &channels, today).await?;
                readings += usize::from(read);
                report.planned += created;
            }
            if readings < READINGS_PER_PASS {
                let (read, created) = plan_alerts(state, planned, &channels, today).await?;
                readings += usize::from(read);
                report.planned += created;
            }
        }
    }
}

fn language_of(strategy: &tomster_core::strategy::Strategy) -> Language {
    strategy.strategy.language.unwrap_or(Language::French)
}

/// The results view's address as of a day.
fn results_url(state: &AppState, strategy: &StrategyId, day: Date) -> String {
    format!(
        "{}/s/{strategy}/progress?as_of={day}",
        state.config.base_url()
    )
}

/// The previous month's review, once its day has come and if the strategy had begun by then:
/// whether the strategy was read, and how many jobs were created.
async fn plan_review(
    state: &AppState,
    planned: &Planned,
    channels: &[Channel],
    today: Date,
) -> Result<(bool, usize), AppError> {
    let settings = &planned.settings;
    if settings.review_day < 1 || i64::from(today.day()) < settings.review_day {
        return Ok((false, 0));
    }
    let Ok(month) = today
        .first_of_month()
        .checked_sub(jiff::Span::new().months(1))
    else {
        return Ok((false, 0));
    };
    let key = month.to_string()[..7].to_owned();
    let deliveries = state.db.deliveries();
    if deliveries
        .exists(&planned.strategy, Kind::Review, &key)
        .await?
    {
        return Ok((false, 0));
    }
    let end = month_end(month);
    let Some(read) =
        evaluated_version(state, &planned.strategy, planned.current_version, end).await?
    else {
        return Ok((true, 0));
    };
    if read.strategy.strategy.start.0 > end {
        return Ok((true, 0));
    }
    let language = language_of(&read.strategy);
    let month_words = i18n::month_year(language, tomster_core::values::Day(month));
    let link = results_url(state, &planned.strategy, end);
    let lines: Vec<String> = read
        .evaluation
        .progress
        .iter()
        .map(|objective| {
            let line = text(
                language,
                "review-glance-line",
                &[
                    (
                        "objective",
                        read.strategy.objectives[objective.index].label().to_owned(),
                    ),
                    (
                        "status",
                        text(
                            language,
                            &format!("progress-status-{}", objective.status.as_str()),
                            &[],
                        ),
                    ),
                ],
            );
            format!("- {line}")
        })
        .collect();
    let subject = text(
        language,
        "mail-review-subject",
        &[
            ("month", month_words.clone()),
            ("name", planned.name.clone()),
        ],
    );
    let body = text(
        language,
        "mail-review-body",
        &[
            ("month", month_words),
            ("name", planned.name.clone()),
            ("objectives", lines.join("\n")),
            ("link", link.clone()),
        ],
    );
    let api = format!(
        "{}/api/v1/strategies/{}",
        state.config.base_url(),
        planned.strategy
    );
    let payload = Payload {
        language: language.as_str().to_owned(),
        subject,
        text: body,
        month: Some(key.clone()),
        event: serde_json::json!({
            "month": key,
            "results_url": link,
            "review": {
                "pdf": format!("{api}/review.pdf?month={key}"),
                "html": format!("{api}/review.html?month={key}"),
                "md": format!("{api}/review.md?month={key}"),
            },
            "objectives": read.evaluation.progress.iter().map(|objective| serde_json::json!({
                "objective": objective.objective,
                "status": objective.status.as_str(),
            })).collect::<Vec<_>>(),
        }),
    };
    let created = enqueue(
        state,
        &planned.strategy,
        Kind::Review,
        &key,
        channels,
        &payload,
    )
    .await?;
    Ok((true, created))
}

async fn enqueue(
    state: &AppState,
    strategy: &StrategyId,
    kind: Kind,
    key: &str,
    channels: &[Channel],
    payload: &Payload,
) -> Result<usize, AppError> {
    let body = serde_json::to_string(payload).map_err(|_| AppError::Internal)?;
    let mut created = 0;
    for channel in channels {
        let job = NewJob {
            strategy,
            kind,
            subject_key: key,
            channel: *channel,
            payload: &body,
        };
        created += usize::from(state.db.deliveries().enqueue(&job, state.now()).await?);
    }
    Ok(created)
}

/// The alerts since the last reading, when the version, the imports or the day changed:
/// whether the strategy was read, and how many jobs were created.
async fn plan_alerts(
    state: &AppState,
    planned: &Planned,
    channels: &[Channel],
    today: Date,
) -> Result<(bool, usize), AppError> {
    if !planned.settings.alerts {
        return Ok((false, 0));
    }
    let stamp = state
        .db
        .summaries()
        .results_stamp(&planned.strategy)
        .await?;
    let checked = format!("{}:{stamp}:{today}", planned.current_version);
    if checked == planned.alert_checked {
        return Ok((false, 0));
    }
    let Some(read) =
        evaluated_version(state, &planned.strategy, planned.current_version, today).await?
    else {
        return Ok((true, 0));
    };
    let language = language_of(&read.strategy);
    let seen: AlertState = serde_json::from_str(&planned.alert_state).unwrap_or_default();
    let mut now_seen = AlertState::default();
    let link = results_url(state, &planned.strategy, today);
    let mut alerts: Vec<(String, Payload)> = Vec::new();
    for objective in &read.evaluation.progress {
        if !matches!(objective.status, Status::AtRisk | Status::OffTrack) {
            continue;
        }
        let status = objective.status.as_str().to_owned();
        now_seen
            .objectives
            .insert(objective.objective.clone(), status.clone());
        if seen.objectives.get(&objective.objective) == Some(&status) {
            continue;
        }
        let label = read.strategy.objectives[objective.index].label().to_owned();
        let line = objective.line(language);
        let status_words = text(language, &format!("progress-status-{status}"), &[]);
        let words = [
            ("objective", label),
            ("status", status_words),
            ("reason", line.reason.clone()),
        ];
        alerts.push((
            format!("objective:{}:{status}:{today}", objective.objective),
            alert_payload(
                language,
                (
                    "objective",
                    ("mail-alert-objective-subject", "mail-alert-objective-body"),
                ),
                &words,
                (&planned.name, &link, today),
                ("progress", serde_json::json!(line)),
            ),
        ));
    }
    let knowledge = read
        .strategy
        .knowledge(tomster_core::knowledge::Knowledge::embedded());
    for finding in &read.evaluation.findings {
        let Some(network) = finding.network.as_ref() else {
            continue;
        };
        if finding.diagnostic.code != "E102" {
            continue;
        }
        now_seen.networks.insert(network.clone());
        if seen.networks.contains(network) {
            continue;
        }
        let line = finding.line(language);
        let words = [
            ("network", knowledge.platform_name(network).to_owned()),
            ("message", line.message.clone()),
            ("advice", line.advice.clone()),
        ];
        alerts.push((
            format!("network:{network}:{today}"),
            alert_payload(
                language,
                (
                    "network",
                    ("mail-alert-network-subject", "mail-alert-network-body"),
                ),
                &words,
                (&planned.name, &link, today),
                ("finding", serde_json::json!(line)),
            ),
        ));
    }
    // The jobs first, then the memory: a server stopping between the two plans the same jobs
    // again at its next pass, which their keys make the same rows.
    let mut created = 0;
    for (key, payload) in &alerts {
        created += enqueue(
            state,
            &planned.strategy,
            Kind::Alert,
            key,
            channels,
            payload,
        )
        .await?;
    }
    let new_state = serde_json::to_string(&now_seen).map_err(|_| AppError::Internal)?;
    state
        .db
        .deliveries()
        .swap_alert_state(
            &planned.strategy,
            &planned.alert_state,
            &new_state,
            &checked,
        )
        .await?;
    Ok((true, created))
}

/// An alert's payload: its subject and text from the catalogue's `keys` (subject, body),
/// given the strategy's name, the link and `words`; its webhook fields (`what` the alert is
/// about, the reading `detail` as the API writes it).
fn alert_payload(
    language: Language,
    (what, keys): (&str, (&str, &str)),
    words: &[(&str, String)],
    (name, link, today): (&str, &str, Date),
    detail: (&str, serde_json::Value),
) -> Payload {
    let mut arguments = vec![("name", name.to_owned()), ("link", link.to_owned())];
    arguments.extend(words.iter().cloned());
    let mut event = serde_json::json!({
        "alert": what,
        "as_of": today.to_string(),
        "results_url": link,
    });
    if let Some(fields) = event.as_object_mut() {
        fields.insert(detail.0.to_owned(), detail.1);
    }
    Payload {
        language: language.as_str().to_owned(),
        subject: text(language, keys.0, &arguments),
        text: text(language, keys.1, &arguments),
        month: None,
        event,
    }
}

async fn send_due(state: &AppState, report: &mut Report) -> Result<(), AppError> {
    // A name for this pass's leases: another server, or this one's next pass, is someone else.
    let owner = crate::secrets::random_secret().map_err(|_| AppError::Internal)?;
    let owner = &owner[..16];
    for _ in 0..SENDS_PER_PASS {
        let now = state.now();
        let Some(job) = state
            .db
            .deliveries()
            .claim(owner, now, now + LEASE_SECONDS)
            .await?
        else {
            break;
        };
        match send(state, &job).await {
            Ok(()) => {
                state
                    .db
                    .deliveries()
                    .sent(job.id, owner, state.now())
                    .await?;
                report.sent += 1;
            }
            Err(error) => {
                tracing::warn!(job = job.id, attempts = job.attempts, %error, "a send failed");
                let retry =
                    (job.attempts < MAX_ATTEMPTS).then(|| state.now() + backoff(job.attempts));
                state
                    .db
                    .deliveries()
                    .failed(job.id, owner, &error, retry)
                    .await?;
                report.failed += 1;
            }
        }
    }
    Ok(())
}

/// Sends one job; the error is what the page shows.
async fn send(state: &AppState, job: &Job) -> Result<(), String> {
    let payload: Payload =
        serde_json::from_str(&job.payload).map_err(|_| "the job is unreadable".to_owned())?;
    let settings = state
        .db
        .deliveries()
        .settings(&job.strategy)
        .await
        .map_err(|error| error.to_string())?
        .ok_or_else(|| "the strategy has no sending settings any more".to_owned())?;
    match job.channel {
        Channel::Email => send_email(state, job, &payload, &settings).await,
        Channel::Webhook => send_webhook(state, job, &payload, &settings).await,
    }
}

async fn send_email(
    state: &AppState,
    job: &Job,
    payload: &Payload,
    settings: &Settings,
) -> Result<(), String> {
    use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart, header::ContentType};
    use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
    let smtp = state
        .config
        .smtp
        .as_ref()
        .ok_or_else(|| "no SMTP server is configured".to_owned())?;
    if settings.recipients.is_empty() {
        return Err("the strategy has no recipient any more".to_owned());
    }
    let from: Mailbox = smtp.from.parse().map_err(|error| format!("{error}"))?;
    let host = from.email.domain().to_owned();
    let mut builder = Message::builder()
        .from(from)
        .subject(payload.subject.clone())
        .message_id(Some(format!(
            "<tomster-{}-{}@{host}>",
            job.id, job.strategy
        )));
    for recipient in &settings.recipients {
        let mailbox: Mailbox = recipient
            .parse()
            .map_err(|error| format!("{recipient}: {error}"))?;
        builder = builder.to(mailbox);
    }
    let body = SinglePart::plain(payload.text.clone());
    let message = match &payload.month {
        Some(month) => {
            let (file_name, content_type, bytes) =
                review_attachment(state, job, month, &payload.language).await?;
            let content_type =
                ContentType::parse(&content_type).map_err(|error| error.to_string())?;
            builder.multipart(
                MultiPart::mixed()
                    .singlepart(body)
                    .singlepart(Attachment::new(file_name).body(bytes, content_type)),
            )
        }
        None => builder.singlepart(body),
    }
    .map_err(|error| error.to_string())?;
    let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&smtp.url)
        .map_err(|error| error.to_string())?
        .timeout(Some(Duration::from_secs(30)))
        .build();
    transport
        .send(message)
        .await
        .map(|_| ())
        .map_err(|error| format!("SMTP: {error}"))
}

/// The review of a month as attached: its PDF, or its HTML in a build without PDF support.
async fn review_attachment(
    state: &AppState,
    job: &Job,
    month: &str,
    language: &str,
) -> Result<(String, String, Vec<u8>), String> {
    let first = crate::progress::parse_month(month).ok_or("the month is unreadable")?;
    let strategy = state
        .db
        .strategies()
        .for_delivery(&job.strategy)
        .await
        .map_err(|error| error.to_string())?
        .ok_or("the strategy is gone")?;
    let format = if ReviewFormat::Pdf.available() {
        ReviewFormat::Pdf
    } else {
        ReviewFormat::Html
    };
    let language = if language == "en" {
        Language::English
    } else {
        Language::French
    };
    let file = review_file(state, &strategy, first, format, language)
        .await
        .map_err(|error| format!("the review could not be written: {error:?}"))?;
    Ok((file.file_name, file.content_type.to_owned(), file.bytes))
}

/// The signature of a webhook's body: HMAC-SHA256 of `timestamp.body` with the strategy's
/// secret, in hexadecimal (the receiver computes the same and compares).
pub fn signature(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret.as_bytes()) else {
        return String::new();
    };
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    crate::secrets::hex(&mac.finalize().into_bytes())
}

async fn send_webhook(
    state: &AppState,
    job: &Job,
    payload: &Payload,
    settings: &Settings,
) -> Result<(), String> {
    let url = settings
        .webhook_url
        .as_deref()
        .ok_or("the strategy has no webhook any more")?;
    let secret = settings.webhook_secret.as_deref().unwrap_or("");
    let target = check_webhook_target(url, state.config.webhooks_private)
        .await
        .map_err(|refusal| refusal.text(Language::English))?;
    let strategy = state
        .db
        .strategies()
        .for_delivery(&job.strategy)
        .await
        .map_err(|error| error.to_string())?
        .ok_or("the strategy is gone")?;
    let mut event = serde_json::json!({
        "event": job.kind.as_str(),
        "delivery": job.id,
        "strategy": {"id": job.strategy.as_str(), "name": strategy.name},
        "subject": payload.subject,
        "language": payload.language,
    });
    if let (Some(object), Some(fields)) = (event.as_object_mut(), payload.event.as_object()) {
        for (name, value) in fields {
            object.insert(name.clone(), value.clone());
        }
    }
    let body = serde_json::to_vec(&event).map_err(|error| error.to_string())?;
    let timestamp = state.now();
    let response = target
        .client()
        .map_err(|error| error.to_string())?
        .post(url)
        .header("content-type", "application/json")
        .header("user-agent", "Tomster")
        .header("x-tomster-event", job.kind.as_str())
        .header("x-tomster-delivery", job.id.to_string())
        .header("x-tomster-timestamp", timestamp.to_string())
        .header(
            "x-tomster-signature",
            format!("sha256={}", signature(secret, timestamp, &body)),
        )
        .body(body)
        .send()
        .await
        .map_err(|error| format!("webhook: {error}"))?;
    if response.status().is_success() {
        Ok(())
    } else {
        Err(format!(
            "webhook: the server answered {}",
            response.status()
        ))
    }
}

/// Why a webhook address is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not a web address, or not HTTP(S).
    NotWeb,
    /// Its host has no address.
    NotFound(String),
    /// Its host is this machine or a private network.
    Private(String),
}

impl Refusal {
    /// The words of the refusal, in a language (the catalogue's `web-sending-webhook-*`).
    pub fn text(&self, language: Language) -> String {
        match self {
            Refusal::NotWeb => text(language, "web-sending-webhook-not-web", &[]),
            Refusal::NotFound(host) => text(
                language,
                "web-sending-webhook-not-found",
                &[("host", host.clone())],
            ),
            Refusal::Private(host) => text(
                language,
                "web-sending-webhook-private",
                &[("host", host.clone())],
            ),
        }
    }
}

/// A webhook's host and the public addresses it was checked at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebhookTarget {
    pub host: String,
    /// Empty where the operator allows private networks (nothing was checked).
    pub addresses: Vec<std::net::SocketAddr>,
}

impl WebhookTarget {
    /// The client that sends to the target: it connects to the addresses checked, never to
    /// a fresh lookup of the name, so a name pointed at this machine or a private network
    /// between the check and the send (DNS rebinding) still reaches only what was checked.
    pub fn client(&self) -> reqwest::Result<reqwest::Client> {
        let mut builder = reqwest::Client::builder()
            .timeout(Duration::from_secs(15))
            .redirect(reqwest::redirect::Policy::none());
        if !self.addresses.is_empty() {
            builder = builder.resolve_to_addrs(&self.host, &self.addresses);
        }
        builder.build()
    }
}

/// Whether a webhook may be sent to `url`: HTTP or HTTPS, and (unless the operator allows it)
/// not to this machine or a private network, where a strategy's editor has no business
/// reaching. Checked when the address is saved and again before each send, whose connection
/// goes to the addresses checked ([`WebhookTarget::client`]).
pub async fn check_webhook_target(
    url: &str,
    allow_private: bool,
) -> Result<WebhookTarget, Refusal> {
    let parsed = reqwest::Url::parse(url).map_err(|_| Refusal::NotWeb)?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(Refusal::NotWeb);
    }
    let host = parsed.host_str().ok_or(Refusal::NotWeb)?.to_owned();
    if allow_private {
        return Ok(WebhookTarget {
            host,
            addresses: Vec::new(),
        });
    }
    let port = parsed.port_or_known_default().unwrap_or(443);
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    let addresses: Vec<std::net::SocketAddr> = tokio::net::lookup_host((bare, port))
        .await
        .map_err(|_| Refusal::NotFound(host.clone()))?
        .collect();
    if addresses.is_empty() {
        return Err(Refusal::NotFound(host));
    }
    if addresses.iter().any(|address| !is_public(address.ip())) {
        return Err(Refusal::Private(host));
    }
    Ok(WebhookTarget {
        host: bare.to_owned(),
        addresses,
    })
}

fn is_public(ip: std::net::IpAddr) -> bool {
    match ip {
        std::net::IpAddr::V4(v4) => {
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_documentation()
                || v4.octets()[0] == 100 && (64..128).contains(&v4.octets()[1]))
        }
        std::net::IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(std::net::IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            !(v6.is_loopback()
                || v6.is_unspecified()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_backoff_grows_fourfold_from_a_minute() {
        assert_eq!(
            (1..=MAX_ATTEMPTS).map(backoff).collect::<Vec<_>>(),
            [60, 240, 960, 3840, 15360, 61440]
        );
    }

    #[test]
    fn the_signature_is_the_hmac_of_timestamp_dot_body() {
        // Computed independently: python3 -c "import hmac, hashlib;
        // print(hmac.new(b'Jefe', b'1800000000.{}', hashlib.sha256).hexdigest())"
        assert_eq!(
            signature("Jefe", 1_800_000_000, b"{}"),
            "563cca7abd54f48855c1c9484a5a2a001686eff21ce90de8ef9f8df772a78c46"
        );
    }

    #[test]
    fn private_and_local_addresses_are_not_public() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "192.168.0.1",
            "169.254.169.254",
            "::1",
            "fd00::1",
        ] {
            assert!(!is_public(ip.parse().unwrap()), "{ip}");
        }
        assert!(is_public("93.184.216.34".parse().unwrap()));
    }

    /// A send connects to the addresses its check found, not to a new lookup of the name: the
    /// name here resolves nowhere (`.invalid`), yet the request reaches the checked address.
    #[tokio::test]
    async fn a_send_goes_to_the_addresses_checked_not_to_a_new_lookup() {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let server = tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut request = vec![0; 4096];
            let read = socket.read(&mut request).await.unwrap();
            socket
                .write_all(b"HTTP/1.1 204 No Content\r\ncontent-length: 0\r\n\r\n")
                .await
                .unwrap();
            String::from_utf8_lossy(&request[..read]).into_owned()
        });
        let target = WebhookTarget {
            host: "hook.invalid".to_owned(),
            addresses: vec![address],
        };
        let response = target
            .client()
            .unwrap()
            .post(format!("http://hook.invalid:{}/events", address.port()))
            .body("{}")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), reqwest::StatusCode::NO_CONTENT);
        let request = server.await.unwrap();
        assert!(request.starts_with("POST /events"), "{request}");
        assert!(
            request.to_lowercase().contains("host: hook.invalid"),
            "{request}"
        );

        // Without the pinned address, the same name is not found.
        let unpinned = WebhookTarget {
            host: "hook.invalid".to_owned(),
            addresses: Vec::new(),
        };
        assert!(
            unpinned
                .client()
                .unwrap()
                .post(format!("http://hook.invalid:{}/events", address.port()))
                .send()
                .await
                .is_err()
        );
        // And the check refuses this machine's own names.
        assert_eq!(
            check_webhook_target("http://localhost:9/", false).await,
            Err(Refusal::Private("localhost".to_owned()))
        );
    }
}
