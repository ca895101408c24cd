//! What a strategy sends by itself: the monthly review's recipients and day, the alerts, a
//! signed webhook, and every send with its state (sent, waiting for a retry and why, given up).
//! Editors change the settings; every member sees them and the sends.

use askama::Template;
use axum::extract::State;
use axum::http::header::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tomster_core::i18n::text;
use tomster_core::model::Language;

use super::{Page, StrategyFrame, Tr, render};
use crate::access::{CsrfForm, Edit, InStrategy, Read, has_csrf};
use crate::delivery::{MAX_RECIPIENTS, Payload, check_webhook_target};
use crate::store::deliveries::{Channel, Job, JobStatus, Kind, Settings};
use crate::web::{AppError, AppState};

/// The sends listed, newest first.
const JOBS_SHOWN: i64 = 50;

struct JobView {
    what: String,
    channel: String,
    /// `sent`, `pending`, `failed`: the badge's class.
    status: &'static str,
    state: String,
    error: Option<String>,
    id: i64,
}

#[derive(Template)]
#[template(path = "sending.html")]
struct SendingPage {
    page: Page,
    frame: StrategyFrame,
    can_edit: bool,
    smtp: bool,
    problem: Option<String>,
    saved: bool,
    recipients: String,
    /// (value, label, selected)
    days: Vec<(i64, String, bool)>,
    alerts: bool,
    webhook_url: String,
    webhook_secret: Option<String>,
    jobs: Vec<JobView>,
}

#[derive(Deserialize, Default)]
pub struct SendingForm {
    csrf: String,
    #[serde(default)]
    recipients: String,
    #[serde(default)]
    review_day: String,
    alerts: Option<String>,
    #[serde(default)]
    webhook_url: String,
    new_secret: Option<String>,
}

has_csrf!(SendingForm);

#[derive(Deserialize)]
pub struct RetryForm {
    csrf: String,
    job: i64,
}

has_csrf!(RetryForm);

fn job_view(job: &Job, tr: &Tr) -> JobView {
    let language = tr.language;
    let when = |seconds: i64| tr.time(&seconds);
    let subject = serde_json::from_str::<Payload>(&job.payload)
        .map(|payload| payload.subject)
        .unwrap_or_else(|_| job.subject_key.clone());
    let kind = match job.kind {
        Kind::Review => text(language, "web-sending-kind-review", &[]),
        Kind::Alert => text(language, "web-sending-kind-alert", &[]),
    };
    let channel = match job.channel {
        Channel::Email => text(language, "web-sending-email", &[]),
        Channel::Webhook => text(language, "web-sending-webhook", &[]),
    };
    let state = match job.status {
        JobStatus::Sent => text(
            language,
            "web-sending-sent",
            &[("when", when(job.sent_at.unwrap_or(job.created_at)))],
        ),
        JobStatus::Pending if job.attempts == 0 => text(language, "web-sending-waiting", &[]),
        JobStatus::Pending => text(
            language,
            "web-sending-retry",
            &[
                ("attempts", job.attempts.to_string()),
                ("when", when(job.next_attempt_at)),
            ],
        ),
        JobStatus::Failed => text(
            language,
            "web-sending-given-up",
            &[("attempts", job.attempts.to_string())],
        ),
    };
    JobView {
        what: format!("{kind} · {subject}"),
        channel,
        status: job.status.as_str(),
        state,
        error: job.last_error.clone(),
        id: job.id,
    }
}

async fn view(
    state: &AppState,
    access: &InStrategy<impl crate::access::Required>,
    headers: &HeaderMap,
    shown: Settings,
    problem: Option<String>,
    saved: bool,
) -> Result<Response, AppError> {
    let language = access.language;
    let jobs = state
        .db
        .deliveries()
        .jobs(&access.strategy.id, JOBS_SHOWN)
        .await?;
    let mut days = vec![(
        0,
        text(language, "web-sending-no-review", &[]),
        shown.review_day == 0,
    )];
    days.extend((1..=28).map(|day| {
        (
            day,
            text(language, "web-sending-day", &[("day", day.to_string())]),
            shown.review_day == day,
        )
    }));
    let can_edit = access.role.can_edit();
    let title = text(
        language,
        "web-sending-title",
        &[("name", access.strategy.name.clone())],
    );
    let page = access.page(title, headers);
    let jobs = jobs.iter().map(|job| job_view(job, &page.t)).collect();
    Ok(render(&SendingPage {
        page,
        frame: access.frame(None, None),
        can_edit,
        smtp: state.config.smtp.is_some(),
        problem,
        saved,
        recipients: shown.recipients.join("\n"),
        days,
        alerts: shown.alerts,
        webhook_url: shown.webhook_url.unwrap_or_default(),
        // The secret is the editors' to copy into their tool; viewers see that there is one.
        webhook_secret: shown.webhook_secret.filter(|_| can_edit),
        jobs,
    })
    .into_response())
}

#[derive(Deserialize, Default)]
pub struct SavedQuery {
    saved: Option<String>,
}

pub async fn page(
    State(state): State<AppState>,
    access: InStrategy<Read>,
    axum::extract::Query(query): axum::extract::Query<SavedQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let settings = state
        .db
        .deliveries()
        .settings(&access.strategy.id)
        .await?
        .unwrap_or(Settings {
            review_day: 5,
            alerts: true,
            ..Settings::default()
        });
    view(
        &state,
        &access,
        &headers,
        settings,
        None,
        query.saved.is_some(),
    )
    .await
}

/// The settings as typed, or what is wrong with them (the form shows both).
async fn parsed(
    form: &SendingForm,
    earlier: Option<&Settings>,
    allow_private: bool,
    language: Language,
) -> Result<Settings, (Settings, String)> {
    let recipients: Vec<String> = form
        .recipients
        .split(['\n', ',', ';'])
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect();
    let webhook_url = Some(form.webhook_url.trim().to_owned()).filter(|url| !url.is_empty());
    let review_day = match form.review_day.trim() {
        "" => 0,
        day => day.parse::<i64>().unwrap_or(-1),
    };
    let secret = match (&webhook_url, earlier.and_then(|s| s.webhook_secret.clone())) {
        (None, _) => None,
        (Some(_), Some(secret)) if form.new_secret.is_none() => Some(secret),
        (Some(_), _) => crate::secrets::random_secret().ok(),
    };
    let typed = Settings {
        recipients: recipients.clone(),
        review_day: review_day.clamp(0, 28),
        alerts: form.alerts.is_some(),
        webhook_url: webhook_url.clone(),
        webhook_secret: secret,
    };
    let refuse = |message: String| Err((typed.clone(), message));
    if !(0..=28).contains(&review_day) {
        return refuse(text(language, "web-sending-bad-day", &[]));
    }
    if recipients.len() > MAX_RECIPIENTS {
        return refuse(text(
            language,
            "web-sending-too-many",
            &[("max", MAX_RECIPIENTS.to_string())],
        ));
    }
    if let Some(bad) = recipients
        .iter()
        .find(|address| address.len() > 254 || address.parse::<lettre::Address>().is_err())
    {
        return refuse(text(
            language,
            "web-sending-bad-address",
            &[("address", bad.chars().take(80).collect())],
        ));
    }
    if let Some(url) = &webhook_url {
        if url.len() > 2000 {
            return refuse(text(
                language,
                "web-sending-bad-webhook",
                &[("why", crate::delivery::Refusal::NotWeb.text(language))],
            ));
        }
        if let Err(refusal) = check_webhook_target(url, allow_private).await {
            return refuse(text(
                language,
                "web-sending-bad-webhook",
                &[("why", refusal.text(language))],
            ));
        }
    }
    Ok(typed)
}

pub async fn save(
    State(state): State<AppState>,
    access: InStrategy<Edit>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<SendingForm>,
) -> Result<Response, AppError> {
    let deliveries = state.db.deliveries();
    let earlier = deliveries.settings(&access.strategy.id).await?;
    match parsed(
        &form,
        earlier.as_ref(),
        state.config.webhooks_private,
        access.language,
    )
    .await
    {
        Ok(settings) => {
            deliveries
                .put_settings(&access.strategy.id, &settings, state.now())
                .await?;
            Ok(Redirect::to(&format!("/s/{}/sending?saved=1", access.strategy.id)).into_response())
        }
        Err((typed, problem)) => {
            let mut response = view(&state, &access, &headers, typed, Some(problem), false).await?;
            *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(response)
        }
    }
}

/// Sends again a send that was given up: a new round of attempts from now.
pub async fn retry(
    State(state): State<AppState>,
    access: InStrategy<Edit>,
    CsrfForm(form): CsrfForm<RetryForm>,
) -> Result<Response, AppError> {
    state
        .db
        .deliveries()
        .retry(&access.strategy.id, form.job, state.now())
        .await?;
    Ok(Redirect::to(&format!("/s/{}/sending", access.strategy.id)).into_response())
}
