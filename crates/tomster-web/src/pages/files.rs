//! What leaves Tomster as files: a version's downloads (documents, calendars, the strategy),
//! the calendar subscription address and its feed, and the documents' logo.

use askama::Template;
use axum::extract::{Path, Query, RawQuery, State};
use axum::http::StatusCode;
use axum::http::header::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tomster_core::document::{LogoError, MAX_LOGO_BYTES};
use tomster_core::i18n::{number, text};
use tomster_core::model::Language;
use tomster_core::values::Day;

use super::{Page, StrategyFrame, render};
use crate::access::{CsrfForm, CsrfOnly, CsrfUpload, Edit, InStrategy, Read};
use crate::downloads::{
    DocumentChoice, Download, DownloadError, MAX_DOWNLOAD_POSTS, Period, download_response,
};
use crate::secrets::secret_hash;
use crate::views::today;
use crate::web::{AppError, AppState};

#[derive(Deserialize)]
pub struct DownloadQuery {
    version: Option<i64>,
    /// A calendar's period, `YYYY-MM-DD` (the strategy's when absent).
    from: Option<String>,
    to: Option<String>,
}

/// A period from the address's `from` and `to` (400 when one is not a date).
pub fn period(from: Option<&str>, to: Option<&str>) -> Result<Period, AppError> {
    let day = |text: Option<&str>| -> Result<Option<Day>, AppError> {
        text.map(|text| {
            text.parse::<jiff::civil::Date>()
                .map(Day)
                .map_err(|_| AppError::BadRequest)
        })
        .transpose()
    };
    Ok(Period {
        from: day(from)?,
        to: day(to)?,
    })
}

#[derive(Template)]
#[template(path = "too_many_posts.html")]
struct TooManyPosts {
    page: Page,
    frame: StrategyFrame,
    /// The calendar's posts and the limit, written for the reader.
    posts: String,
    limit: String,
    /// Each year of the period with its download address.
    years: Vec<(i16, String)>,
}

#[derive(Template)]
#[template(path = "pdf_too_long.html")]
struct DocumentTooLong {
    page: Page,
    frame: StrategyFrame,
}

pub async fn download(
    State(state): State<AppState>,
    access: InStrategy<Read>,
    Path((_, file)): Path<(String, String)>,
    Query(query): Query<DownloadQuery>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let download = Download::parse(&file)
        .filter(|download| download.available())
        .ok_or(AppError::NotFound)?;
    let period = period(query.from.as_deref(), query.to.as_deref())?;
    // The chapters ticked on the document page, for a document only.
    let choice = if download.is_document() {
        DocumentChoice::from_query(raw.as_deref().unwrap_or(""))?
    } else {
        None
    };
    match download_response(
        &state,
        &access.strategy,
        query.version,
        download,
        access.language,
        period,
        choice,
    )
    .await
    {
        Ok(response) => Ok(response),
        Err(DownloadError::Failed(error)) => Err(error),
        Err(DownloadError::DocumentTooLong) => {
            let language = access.language;
            let page = DocumentTooLong {
                page: access.page(text(language, "web-pdf-too-long-title", &[]), &headers),
                frame: access.frame(None, None),
            };
            Ok((StatusCode::PAYLOAD_TOO_LARGE, render(&page)).into_response())
        }
        Err(DownloadError::TooManyPosts { posts, years }) => {
            let language = access.language;
            let id = &access.strategy.id;
            let version = query
                .version
                .map(|version| format!("&version={version}"))
                .unwrap_or_default();
            let page = TooManyPosts {
                page: access.page(
                    text(language, "web-calendar-too-large-title", &[]),
                    &headers,
                ),
                frame: access.frame(None, None),
                posts: number(language, posts as f64, 0),
                limit: number(language, MAX_DOWNLOAD_POSTS as f64, 0),
                years: years
                    .into_iter()
                    .map(|year| {
                        (
                            year,
                            format!(
                                "/s/{id}/download/{}?from={year}-01-01&to={year}-12-31{version}",
                                download.file_name()
                            ),
                        )
                    })
                    .collect(),
            };
            Ok((StatusCode::PAYLOAD_TOO_LARGE, render(&page)).into_response())
        }
    }
}

#[derive(Template)]
#[template(path = "feed.html")]
struct FeedPage {
    page: Page,
    frame: StrategyFrame,
    address: String,
}

pub async fn create_feed(
    State(state): State<AppState>,
    access: InStrategy<Edit>,
    headers: HeaderMap,
    CsrfForm(_): CsrfForm<CsrfOnly>,
) -> Result<Response, AppError> {
    let language = access.language;
    let token = crate::secrets::random_secret().map_err(|_| AppError::Internal)?;
    state
        .db
        .strategies()
        .set_calendar_feed(
            &access.strategy.id,
            &secret_hash(&token),
            access.session.user_id(),
            state.now(),
        )
        .await?;
    let address = format!("{}/feed/{token}", state.config.base_url());
    Ok(render(&FeedPage {
        page: access.page(text(language, "web-feed-title", &[]), &headers),
        frame: access.frame(None, None),
        address,
    }))
}

pub async fn revoke_feed(
    State(state): State<AppState>,
    access: InStrategy<Edit>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
) -> Result<Response, AppError> {
    state
        .db
        .strategies()
        .remove_calendar_feed(&access.strategy.id)
        .await?;
    Ok(Redirect::to(&format!("/s/{}/step/strategy", access.strategy.id)).into_response())
}

/// The editorial calendar of a strategy's current version, for calendar applications that
/// subscribe to its secret address. It answers while the feed's creator may still edit the
/// strategy's workspace.
pub async fn feed(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let token = token.trim_end_matches(".ics");
    let strategy = state
        .db
        .strategies()
        .of_feed(&secret_hash(token))
        .await?
        .ok_or(AppError::NotFound)?;
    // A calendar application shows what is coming: the feed carries the last month and the
    // next year, within the download's limit like any other.
    let today = today();
    let period = Period {
        from: today.0.checked_sub(jiff::ToSpan::days(31)).ok().map(Day),
        to: today.0.checked_add(jiff::ToSpan::days(366)).ok().map(Day),
    };
    match download_response(
        &state,
        &strategy,
        None,
        Download::CalendarIcs,
        Language::English,
        period,
        None,
    )
    .await
    {
        Ok(response) => Ok(response),
        Err(DownloadError::Failed(error)) => Err(error),
        Err(DownloadError::TooManyPosts { .. } | DownloadError::DocumentTooLong) => {
            Err(AppError::PayloadTooLarge)
        }
    }
}

/// The largest logo file kept from an upload.
const LOGO_LIMIT: usize = MAX_LOGO_BYTES;

/// Stores the logo of a strategy's documents once its bytes are a sound image (decoded, of
/// sensible dimensions); a refused file changes nothing and the Target step says why.
pub async fn upload_logo(
    State(state): State<AppState>,
    access: InStrategy<Edit>,
    upload: CsrfUpload<LOGO_LIMIT>,
) -> Result<Response, AppError> {
    let id = &access.strategy.id;
    let refused = |code: &str| {
        Ok(Redirect::to(&format!("/s/{id}/step/target?logo_error={code}#logo")).into_response())
    };
    if upload.too_large {
        return refused("too-large");
    }
    if upload.file.is_empty() {
        return refused("empty");
    }
    let bytes = upload.file;
    let checked = state
        .workers
        .run(move |_| tomster_render::logo::checked_logo(bytes))
        .await?;
    match checked {
        Ok(logo) => {
            state
                .db
                .strategies()
                .set_logo(id, &logo.bytes, access.session.user_id(), state.now())
                .await?;
            Ok(Redirect::to(&format!("/s/{id}/step/target#logo")).into_response())
        }
        Err(LogoError::TooLarge) => refused("too-large"),
        Err(LogoError::UnknownType) => refused("type"),
        Err(LogoError::Damaged) => refused("damaged"),
        Err(LogoError::Dimensions) => refused("dimensions"),
    }
}

pub async fn remove_logo(
    State(state): State<AppState>,
    access: InStrategy<Edit>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
) -> Result<Response, AppError> {
    state
        .db
        .strategies()
        .remove_logo(&access.strategy.id)
        .await?;
    Ok(Redirect::to(&format!("/s/{}/step/target#logo", access.strategy.id)).into_response())
}

#[derive(Template)]
#[template(path = "document.html")]
struct DocumentPage {
    page: Page,
    frame: StrategyFrame,
    /// Each chapter: its value, its name, and whether the strategy keeps it.
    chapters: Vec<(&'static str, String, bool)>,
    findings: bool,
    /// The approval page's signatories, written as a list; empty when there is none.
    approvers: String,
    /// The document's formats: file name and button label, PDF first where it is built.
    formats: Vec<(&'static str, String)>,
    first_format: &'static str,
}

/// The document's download page: the chapters, the points to settle and the approval page,
/// ticked as the strategy's `[document]` says, to change for one download.
pub async fn document_page(
    State(state): State<AppState>,
    access: InStrategy<Read>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    use tomster_core::model::DocumentSection;
    let language = access.language;
    let version = crate::service::current_version(&state, &access.strategy).await?;
    // The strategy's own choices: one load of the version, bounded by the loader's limits.
    let options = state
        .workers
        .run(move |_| {
            tomster_core::load::from_toml_str(&version.toml)
                .ok()
                .map(|loaded| loaded.strategy.document.clone())
        })
        .await?
        .ok_or(AppError::Internal)?;
    let chapters = DocumentSection::ALL
        .iter()
        .map(|chapter| {
            (
                chapter.as_str(),
                text(language, &format!("choice-doc-{}", chapter.as_str()), &[]),
                options.includes(*chapter),
            )
        })
        .collect();
    let approvers: Vec<String> = options
        .approval
        .iter()
        .map(|approver| approver.name.clone())
        .collect();
    let formats: Vec<(&'static str, String)> = [
        Download::DocumentPdf,
        Download::DocumentHtml,
        Download::DocumentMarkdown,
    ]
    .into_iter()
    .filter(|download| download.available())
    .map(|download| {
        (
            download.file_name(),
            text(language, download.label_key(), &[]),
        )
    })
    .collect();
    let first_format = formats
        .first()
        .map_or(Download::DocumentHtml.file_name(), |(file, _)| *file);
    Ok(render(&DocumentPage {
        page: access.page(text(language, "web-document-title", &[]), &headers),
        frame: access.frame(None, None),
        chapters,
        findings: options.with_findings(),
        approvers: match approvers.as_slice() {
            [] => String::new(),
            [only] => only.clone(),
            [init @ .., last] => text(
                language,
                "list-and",
                &[("first", init.join(", ")), ("last", last.clone())],
            ),
        },
        formats,
        first_format,
    }))
}
