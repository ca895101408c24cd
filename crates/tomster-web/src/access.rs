//! Who is asking, and what they may reach, resolved before a page handler runs: extractors
//! that authorize in the same step as they find what the address names. A handler that takes
//! an [`InStrategy<Edit>`] cannot run unless the visitor is signed in, is a member of the
//! strategy's workspace (404 otherwise: another workspace's strategy does not exist for them)
//! and may edit there (403 otherwise); a [`CsrfForm`] cannot be read unless it carries the
//! session's anti-forgery token (403).
//!
//! A page asked for without a session sends to the sign-in page and back; any other request
//! without one is refused (401).

use std::collections::HashMap;
use std::marker::PhantomData;

use axum::extract::{FromRequest, FromRequestParts, Multipart, Path, Request};
use axum::http::Method;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use serde::de::DeserializeOwned;
use tomster_core::model::Language;

use crate::store::{Role, SessionRecord, StrategyRow, Workspace};
use crate::web::{
    AppError, AppState, Session, current_session, live_session, request_language, session_hash,
};

/// The session of a request, resolved once and kept in the request's extensions.
#[derive(Clone)]
struct Resolved(Option<Session>);

async fn resolve(parts: &mut Parts, state: &AppState) -> Option<Session> {
    if let Some(Resolved(session)) = parts.extensions.get::<Resolved>() {
        return session.clone();
    }
    let session = current_session(state, &parts.headers).await;
    parts.extensions.insert(Resolved(session.clone()));
    session
}

/// Anyone: the session if there is one, and the language to answer in.
pub struct Visitor {
    pub session: Option<Session>,
    pub language: Language,
}

impl FromRequestParts<AppState> for Visitor {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let session = resolve(parts, state).await;
        let language = request_language(&parts.headers, session.as_ref());
        Ok(Visitor { session, language })
    }
}

/// A signed-in user and the language of their pages.
pub struct SignedIn {
    pub session: Session,
    pub language: Language,
}

/// The answer to a request that needs a session and has none: a page sends to the sign-in
/// page (and back after it), anything else is refused.
fn sign_in_first(parts: &Parts) -> Response {
    if parts.method == Method::GET || parts.method == Method::HEAD {
        let wanted = parts.uri.path_and_query().map_or("/", |path| path.as_str());
        Redirect::to(&format!("/login?next={}", percent_encode(wanted))).into_response()
    } else {
        AppError::Unauthorized.into_response()
    }
}

/// Percent-encodes a path for a query value (`next=`), keeping `/` readable.
pub fn percent_encode(text: &str) -> String {
    let mut encoded = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'/' | b'-' | b'_' | b'.' | b'~') {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let Some(session) = resolve(parts, state).await else {
            return Err(sign_in_first(parts));
        };
        let language = request_language(&parts.headers, Some(&session));
        Ok(SignedIn { session, language })
    }
}

/// The least role a route needs in the workspace concerned.
pub trait Required: Send + Sync + 'static {
    const ROLE: Role;
}

/// Any member (a viewer reads).
pub struct Read;
/// An editor or an owner.
pub struct Edit;
/// An owner.
pub struct Own;

impl Required for Read {
    const ROLE: Role = Role::Viewer;
}
impl Required for Edit {
    const ROLE: Role = Role::Editor;
}
impl Required for Own {
    const ROLE: Role = Role::Owner;
}

/// A path parameter by name (`slug`, `id`), whatever the route's other parameters.
async fn path_parameter(
    parts: &mut Parts,
    state: &AppState,
    name: &str,
) -> Result<String, Response> {
    let Path(parameters) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
        .await
        .map_err(|_| AppError::NotFound.into_response())?;
    parameters
        .get(name)
        .cloned()
        .ok_or_else(|| AppError::NotFound.into_response())
}

/// The workspace named by the address's `{slug}`, with the visitor's role there, at least `R`.
pub struct InWorkspace<R> {
    pub session: Session,
    pub language: Language,
    pub workspace: Workspace,
    pub role: Role,
    need: PhantomData<R>,
}

impl<R: Required> FromRequestParts<AppState> for InWorkspace<R> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let slug = path_parameter(parts, state, "slug").await?;
        // The session and the membership in one query.
        let stored = match session_hash(state, &parts.headers) {
            Some(id_hash) => state
                .db
                .workspaces()
                .visit(&id_hash, &slug)
                .await
                .map_err(|error| AppError::from(error).into_response())?
                .map(|(record, found)| (id_hash, record, found)),
            None => None,
        };
        let (session, found) = signed_in(parts, state, stored).await?;
        let language = request_language(&parts.headers, Some(&session));
        let (workspace, role) = found.ok_or_else(|| AppError::NotFound.into_response())?;
        if role < R::ROLE {
            return Err(AppError::Forbidden.into_response());
        }
        Ok(InWorkspace {
            session,
            language,
            workspace,
            role,
            need: PhantomData,
        })
    }
}

/// The live session of a one-query visit (the session read with what the address names) and
/// what the query found; an expired session finds nothing and sends to the sign-in page.
async fn signed_in<T>(
    parts: &mut Parts,
    state: &AppState,
    stored: Option<(String, SessionRecord, Option<T>)>,
) -> Result<(Session, Option<T>), Response> {
    let (session, found) = match stored {
        Some((id_hash, record, found)) => match live_session(state, id_hash, record).await {
            Some(session) => (Some(session), found),
            None => (None, None),
        },
        None => (None, None),
    };
    parts.extensions.insert(Resolved(session.clone()));
    match session {
        Some(session) => Ok((session, found)),
        None => Err(sign_in_first(parts)),
    }
}

/// The strategy named by the address's `{id}`, in one of the visitor's workspaces, with their
/// role there, at least `R`.
pub struct InStrategy<R> {
    pub session: Session,
    pub language: Language,
    pub strategy: StrategyRow,
    pub workspace: Workspace,
    pub role: Role,
    need: PhantomData<R>,
}

impl<R: Required> FromRequestParts<AppState> for InStrategy<R> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        visit(parts, state, None).await.map(|(access, _)| access)
    }
}

/// The session, the membership and the strategy named by `{id}` in one query (a strategy's
/// pages are the ones read most), with the stored view part `view` asks for (by its name; in
/// the browser's language).
async fn visit<R: Required>(
    parts: &mut Parts,
    state: &AppState,
    view: Option<&str>,
) -> Result<(InStrategy<R>, Option<String>), Response> {
    let id = path_parameter(parts, state, "id").await?;
    let browser = crate::web::accept_language(&parts.headers);
    let fingerprint = crate::views::fingerprint();
    let stored = match session_hash(state, &parts.headers) {
        Some(id_hash) => state
            .db
            .strategies()
            .visit(
                &id_hash,
                &id,
                view.map(|part| (browser.as_str(), fingerprint, part)),
            )
            .await
            .map_err(|error| AppError::from(error).into_response())?
            .map(|(record, found)| (id_hash, record, found)),
        None => None,
    };
    let (session, found) = signed_in(parts, state, stored).await?;
    let language = request_language(&parts.headers, Some(&session));
    let (strategy, workspace, role, body) =
        found.ok_or_else(|| AppError::NotFound.into_response())?;
    if role < R::ROLE {
        return Err(AppError::Forbidden.into_response());
    }
    // The part came in the browser's language; one who chose another reads it later.
    let body = body.filter(|_| language == browser);
    Ok((
        InStrategy {
            session,
            language,
            strategy,
            workspace,
            role,
            need: PhantomData,
        },
        body,
    ))
}

/// A step page's visit: the strategy as [`InStrategy<Read>`] and its step, with the step's
/// stored view when the same query found it.
pub struct StepVisit {
    pub access: InStrategy<Read>,
    pub step: crate::views::Step,
    pub stored: Option<String>,
}

impl FromRequestParts<AppState> for StepVisit {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let step = path_parameter(parts, state, "step").await?;
        let step =
            crate::views::parse_step(&step).ok_or_else(|| AppError::NotFound.into_response())?;
        let part = crate::views::Part::Step(step).name();
        let (access, stored) = visit(parts, state, Some(part)).await?;
        Ok(StepVisit {
            access,
            step,
            stored,
        })
    }
}

/// A form that names its anti-forgery field.
pub trait HasCsrf {
    fn csrf(&self) -> &str;
}

/// `HasCsrf` for forms whose anti-forgery token is their `csrf` field.
macro_rules! has_csrf {
    ($($form:ty),+ $(,)?) => {
        $(impl $crate::access::HasCsrf for $form {
            fn csrf(&self) -> &str {
                &self.csrf
            }
        })+
    };
}
pub(crate) use has_csrf;

/// A form with nothing but its anti-forgery token (sign out, revoke...).
#[derive(serde::Deserialize)]
pub struct CsrfOnly {
    pub csrf: String,
}

has_csrf!(CsrfOnly);

/// Every posted field in order (the guided forms, whose fields follow the strategy).
pub struct Fields(pub Vec<(String, String)>);

impl Fields {
    /// A field's value, empty when absent.
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
            .unwrap_or("")
    }
}

impl<'de> serde::Deserialize<'de> for Fields {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<(String, String)>::deserialize(deserializer).map(Fields)
    }
}

impl HasCsrf for Fields {
    fn csrf(&self) -> &str {
        self.get("csrf")
    }
}

/// Forms up to this size are decoded where they arrive; larger ones on the blocking pool.
const INLINE_FORM_BYTES: usize = 32 * 1024;

/// A form posted by a signed-in user, read only when it carries their session's anti-forgery
/// token.
pub struct CsrfForm<T>(pub T);

impl<T> FromRequest<AppState> for CsrfForm<T>
where
    T: DeserializeOwned + HasCsrf + Send + 'static,
{
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Response> {
        let (mut parts, body) = request.into_parts();
        let Some(session) = resolve(&mut parts, state).await else {
            return Err(AppError::Unauthorized.into_response());
        };
        let is_form = parts
            .headers
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| value.starts_with("application/x-www-form-urlencoded"));
        if !is_form {
            return Err(AppError::BadRequest.into_response());
        }
        let request = Request::from_parts(parts, body);
        let bytes = axum::body::Bytes::from_request(request, state)
            .await
            .map_err(|rejection| {
                if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                    AppError::PayloadTooLarge.into_response()
                } else {
                    AppError::BadRequest.into_response()
                }
            })?;
        // A large form (a strategy's text, a guided form of a thousand messages) is decoded
        // on the blocking pool: megabytes of decoding would hold an async thread.
        let decoded = if bytes.len() <= INLINE_FORM_BYTES {
            serde_urlencoded::from_bytes::<T>(&bytes).map_err(|_| AppError::BadRequest)
        } else {
            state
                .workers
                .run(move |_| serde_urlencoded::from_bytes::<T>(&bytes))
                .await
                .map_err(AppError::from)
                .and_then(|decoded| decoded.map_err(|_| AppError::BadRequest))
        };
        let form = decoded.map_err(IntoResponse::into_response)?;
        if !session.csrf_ok(form.csrf()) {
            return Err(AppError::Forbidden.into_response());
        }
        Ok(CsrfForm(form))
    }
}

/// A multipart form's session (resolved before its body is read) and its fields.
async fn signed_multipart(
    request: Request,
    state: &AppState,
) -> Result<(crate::web::Session, Multipart), Response> {
    let (mut parts, body) = request.into_parts();
    let Some(session) = resolve(&mut parts, state).await else {
        return Err(AppError::Unauthorized.into_response());
    };
    let request = Request::from_parts(parts, body);
    let multipart = Multipart::from_request(request, state)
        .await
        .map_err(|_| AppError::BadRequest.into_response())?;
    Ok((session, multipart))
}

/// A multipart form's next field; a body over the limit is 413, a broken one 400.
async fn next_field(
    multipart: &mut Multipart,
) -> Result<Option<axum::extract::multipart::Field<'_>>, Response> {
    match multipart.next_field().await {
        Ok(field) => Ok(field),
        Err(error) if error.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
            Err(AppError::PayloadTooLarge.into_response())
        }
        Err(_) => Err(AppError::BadRequest.into_response()),
    }
}

/// The results upload form (`multipart/form-data`: `csrf`, one or several `file`s, `skip_invalid`,
/// `network`): each file is streamed to a temporary file of its own, at most `LIMIT` bytes and
/// `crate::pages::results::MAX_FILES` files. Kept only when the form carries the session's
/// anti-forgery token.
pub struct CsrfFiles<const LIMIT: u64> {
    pub files: Vec<(String, crate::results::Upload)>,
    pub skip_invalid: bool,
    pub network: Option<String>,
    /// A file over the limit, or more files than allowed: nothing kept, the page says why.
    pub refused: Option<&'static str>,
}

impl<const LIMIT: u64> FromRequest<AppState> for CsrfFiles<LIMIT> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Response> {
        let (session, mut multipart) = signed_multipart(request, state).await?;
        let mut csrf = String::new();
        let mut upload = CsrfFiles {
            files: Vec::new(),
            skip_invalid: false,
            network: None,
            refused: None,
        };
        loop {
            let Some(field) = next_field(&mut multipart).await? else {
                break;
            };
            match field.name() {
                Some("csrf") => csrf = field.text().await.unwrap_or_default(),
                Some("skip_invalid") => upload.skip_invalid = true,
                Some("network") => {
                    let network = field.text().await.unwrap_or_default();
                    upload.network = Some(network.trim().to_owned()).filter(|n| !n.is_empty());
                }
                Some("file") => {
                    let name = field.file_name().unwrap_or("export").to_owned();
                    let mut field = field;
                    let mut spool = crate::results::Spool::new(LIMIT).ok();
                    loop {
                        match field.chunk().await {
                            Ok(Some(chunk)) => {
                                if let Some(writer) = spool.as_mut()
                                    && writer.push(&chunk).is_err()
                                {
                                    spool = None;
                                    upload.refused = Some("too-large");
                                }
                            }
                            Ok(None) => break,
                            Err(_) => return Err(AppError::PayloadTooLarge.into_response()),
                        }
                    }
                    match spool.map(crate::results::Spool::finish) {
                        // A browser sends an empty part when no file was chosen.
                        Some(Ok(file)) if file.size == 0 && name.is_empty() => {}
                        Some(Ok(file)) => {
                            if upload.files.len() >= crate::pages::results::MAX_FILES {
                                upload.refused = Some("too-many");
                            } else {
                                upload.files.push((name, file));
                            }
                        }
                        Some(Err(_)) => return Err(AppError::Internal.into_response()),
                        None => {}
                    }
                }
                _ => {}
            }
        }
        if !session.csrf_ok(&csrf) {
            return Err(AppError::Forbidden.into_response());
        }
        Ok(upload)
    }
}

/// A file upload form (`multipart/form-data` with `csrf` and `file`), read only when it
/// carries the session's anti-forgery token. A file over `LIMIT` bytes is not kept (the rest
/// of it is read and dropped, within the body limit): `too_large` says so, for the page to
/// explain.
pub struct CsrfUpload<const LIMIT: usize> {
    pub file: Vec<u8>,
    pub too_large: bool,
}

impl<const LIMIT: usize> FromRequest<AppState> for CsrfUpload<LIMIT> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Response> {
        let (session, mut multipart) = signed_multipart(request, state).await?;
        let mut csrf = String::new();
        let mut file = Vec::new();
        let mut too_large = false;
        loop {
            let Some(field) = next_field(&mut multipart).await? else {
                break;
            };
            match field.name() {
                Some("csrf") => csrf = field.text().await.unwrap_or_default(),
                Some("file") => {
                    let mut field = field;
                    file.clear();
                    // Read chunk by chunk: a file over the limit stops being kept as soon as
                    // it passes it.
                    loop {
                        match field.chunk().await {
                            Ok(Some(chunk)) => {
                                if too_large || file.len() + chunk.len() > LIMIT {
                                    too_large = true;
                                    file = Vec::new();
                                } else {
                                    file.extend_from_slice(&chunk);
                                }
                            }
                            Ok(None) => break,
                            Err(_) => return Err(AppError::PayloadTooLarge.into_response()),
                        }
                    }
                }
                _ => {}
            }
        }
        if !session.csrf_ok(&csrf) {
            return Err(AppError::Forbidden.into_response());
        }
        Ok(CsrfUpload { file, too_large })
    }
}

#[cfg(test)]
mod tests {
    use super::percent_encode;

    #[test]
    fn a_path_is_kept_readable_in_a_query() {
        assert_eq!(percent_encode("/s/abc?x=1"), "/s/abc%3Fx%3D1");
    }
}
