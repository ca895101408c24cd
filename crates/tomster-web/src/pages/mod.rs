//! The HTML pages, one module per resource: [`sign_in`] (first run, sign-in, sign-out),
//! [`workspaces`] (lists, a workspace, new strategies), [`members`] (roles, invitations),
//! [`account`] (password, second factor, tokens, language and time zone), [`steps`] (a
//! strategy's seven steps and the rules' explanations), [`forms`] (the guided forms and the
//! file editor), [`history`] (versions, changes, restore), [`results`] (imports of exports,
//! typed figures, figures per month), [`files`] (downloads, the calendar
//! feed, the logo).
//!
//! Plain forms that work without JavaScript; `assets/app.js` only adds live checking while
//! typing. Every text comes from the web catalogue (`i18n/*/web.ftl` in the core). Who may use
//! each route is in its handler's arguments (the extractors of [`crate::access`]) and in
//! [`routes`]' table, which the authorization tests read.

pub mod account;
pub mod files;
pub mod forms;
pub mod history;
pub mod members;
pub mod overview;
pub mod progress;
pub mod results;
pub mod sending;
pub mod sign_in;
pub mod steps;
pub mod workspaces;

use askama::Template;
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse, Response};
use tomster_core::document::Tone;
use tomster_core::i18n::text;
use tomster_core::model::Language;

use crate::access::InStrategy;
use crate::store::{Role, StrategyRow, Workspace};
use crate::views::{Frame, Step};
use crate::web::{AppError, Need, RouteTable, Session, cookie};

/// Every page route with who may use it.
pub fn routes() -> RouteTable {
    use Need::*;
    RouteTable::new("")
        .get("/", Anyone, sign_in::home)
        .get("/assets/{file}", Anyone, asset)
        .get("/explain/{code}", Anyone, steps::explain)
        .get("/kpis", Anyone, steps::kpis)
        .get("/setup/{token}", SetupToken, sign_in::setup_form)
        .post("/setup/{token}", SetupToken, sign_in::setup_submit)
        .get("/login", Anyone, sign_in::login_form)
        .post("/login", Anyone, sign_in::login_submit)
        .post("/login/code", Anyone, sign_in::login_code)
        .get("/w", SignedIn, workspaces::list)
        .post("/w", SignedIn, workspaces::create)
        .get("/w/{slug}", Reader, workspaces::page)
        .get("/w/{slug}/overview", Reader, overview::page)
        .post("/w/{slug}/strategies", Editor, workspaces::create_strategy)
        .post("/w/{slug}/upload", Editor, workspaces::upload_strategy)
        .post("/w/{slug}/members", Owner, members::change)
        .post("/w/{slug}/invitations", Owner, members::invite)
        .get("/invite/{token}", InviteToken, members::invitation_page)
        .post("/invite/{token}", InviteToken, members::accept)
        .get("/account", SignedIn, account::page)
        .post("/account/language", SignedIn, account::set_language)
        .post("/account/time-zone", SignedIn, account::set_time_zone)
        .post("/account/password", SignedIn, account::change_password)
        .post(
            "/account/totp/start",
            SignedIn,
            account::second_factor_start,
        )
        .post(
            "/account/totp/confirm",
            SignedIn,
            account::second_factor_confirm,
        )
        .post(
            "/account/totp/disable",
            SignedIn,
            account::second_factor_disable,
        )
        .post("/account/tokens", SignedIn, account::create_token)
        .post("/account/tokens/revoke", SignedIn, account::revoke_token)
        .get("/s/{id}", Reader, steps::home)
        .get("/s/{id}/step/{step}", Reader, steps::page)
        .get("/s/{id}/form/{step}", Editor, forms::form)
        .post("/s/{id}/form/{step}", Editor, forms::submit)
        .post("/s/{id}/form/{step}/check", Editor, forms::check)
        .get("/s/{id}/edit", Editor, forms::edit)
        .post("/s/{id}/edit", Editor, forms::edit_submit)
        .post("/s/{id}/check", Editor, forms::live_check)
        .get("/s/{id}/history", Reader, history::page)
        .get("/s/{id}/diff", Reader, history::diff)
        .post("/s/{id}/restore", Editor, history::restore)
        .get("/s/{id}/document", Reader, files::document_page)
        .get("/s/{id}/download/{file}", Reader, files::download)
        .post("/s/{id}/feed", Editor, files::create_feed)
        .post("/s/{id}/feed/revoke", Editor, files::revoke_feed)
        .post("/s/{id}/logo", Editor, files::upload_logo)
        .post("/s/{id}/logo/remove", Editor, files::remove_logo)
        .get("/s/{id}/results", Reader, results::page)
        .get("/s/{id}/progress", Reader, progress::page)
        .get("/s/{id}/review", Reader, progress::review)
        .get("/s/{id}/sending", Reader, sending::page)
        .post("/s/{id}/sending", Editor, sending::save)
        .post("/s/{id}/sending/retry", Editor, sending::retry)
        .post("/s/{id}/results/upload", Editor, results::upload)
        .post("/s/{id}/results/confirm", Editor, results::confirm)
        .post("/s/{id}/results/cancel", Editor, results::cancel)
        .post("/s/{id}/results/undo", Editor, results::undo)
        .post("/s/{id}/results/figure", Editor, results::figure)
        .get("/feed/{token}", FeedToken, files::feed)
        // Last: it ends the session (the authorization test walks the table in order).
        .post("/logout", Anyone, sign_in::logout)
}

// ---------------------------------------------------------------- assets

const APP_CSS: &str = include_str!("../../assets/app.css");
const APP_JS: &str = include_str!("../../assets/app.js");

async fn asset(axum::extract::Path(file): axum::extract::Path<String>) -> Response {
    use axum::http::header;
    let (content_type, body) = match file.as_str() {
        "app.css" => ("text/css; charset=utf-8", APP_CSS),
        "app.js" => ("text/javascript; charset=utf-8", APP_JS),
        _ => return AppError::NotFound.into_response(),
    };
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
        .into_response()
}

// ---------------------------------------------------------------- what every page shares

/// The translator templates call: `t.t("web-login-title")`, and times in the reader's zone.
#[derive(Clone)]
pub struct Tr {
    pub language: Language,
    zone: jiff::tz::TimeZone,
}

impl Tr {
    pub fn new(language: Language) -> Tr {
        Tr {
            language,
            zone: jiff::tz::TimeZone::UTC,
        }
    }

    pub fn t(&self, key: &str) -> String {
        text(self.language, key, &[])
    }

    pub fn t1(&self, key: &str, name: &str, value: &dyn std::fmt::Display) -> String {
        text(self.language, key, &[(name, value.to_string())])
    }

    pub fn t2(
        &self,
        key: &str,
        first: &str,
        first_value: &dyn std::fmt::Display,
        second: &str,
        second_value: &dyn std::fmt::Display,
    ) -> String {
        text(
            self.language,
            key,
            &[
                (first, first_value.to_string()),
                (second, second_value.to_string()),
            ],
        )
    }

    pub fn lang(&self) -> &'static str {
        self.language.as_str()
    }

    pub fn colon(&self) -> &'static str {
        self.language.colon()
    }

    /// A Unix time as a date and time in the reader's time zone, with the zone's abbreviation.
    pub fn time(&self, seconds: &i64) -> String {
        jiff::Timestamp::from_second(*seconds)
            .map(|time| {
                time.to_zoned_datetime(self.zone.clone())
                    .strftime("%Y-%m-%d %H:%M %Z")
                    .to_string()
            })
            .unwrap_or_default()
    }

    /// The reader's time zone name (IANA), for the account page.
    pub fn zone_name(&self) -> String {
        self.zone.iana_name().unwrap_or("UTC").to_owned()
    }
}

/// The cookie the page script sets with the browser's time zone, used until the user chooses
/// one on the account page.
pub const BROWSER_ZONE_COOKIE: &str = "tomster_tz";

/// A time zone by its IANA name, when the bundled database knows it.
pub fn time_zone(name: &str) -> Option<jiff::tz::TimeZone> {
    if name.is_empty() || name.len() > 64 {
        return None;
    }
    jiff::tz::TimeZone::get(name).ok()
}

/// What every page's layout needs.
pub struct Page {
    pub t: Tr,
    pub title: String,
    /// The signed-in user's email, for the header.
    pub user: Option<String>,
    /// The anti-forgery token of the session, put in every form.
    pub csrf: String,
}

impl Page {
    pub fn new(language: Language, title: String, session: Option<&Session>) -> Page {
        Page {
            t: Tr::new(language),
            title,
            user: session.map(|session| session.record.email.clone()),
            csrf: session
                .map(|session| session.record.csrf_token.clone())
                .unwrap_or_default(),
        }
    }

    /// A page whose times are in the reader's zone: their setting, else their browser's.
    pub fn zoned(
        language: Language,
        title: String,
        session: Option<&Session>,
        headers: &HeaderMap,
    ) -> Page {
        let mut page = Page::new(language, title, session);
        let chosen = session.and_then(|session| session.record.time_zone.as_deref());
        let browser = cookie(headers, BROWSER_ZONE_COOKIE);
        if let Some(zone) = chosen.or(browser).and_then(|name| {
            // The script writes the name percent-encoded (`Europe%2FParis`).
            let decoded = name.replace("%2F", "/").replace("%2f", "/");
            time_zone(&decoded)
        }) {
            page.t.zone = zone;
        }
        page
    }
}

pub fn render(template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => Html(html).into_response(),
        Err(error) => {
            tracing::error!(%error, "template");
            AppError::Internal.into_response()
        }
    }
}

/// The message key of a role's name.
pub fn role_key(role: &Role) -> &'static str {
    role.key()
}

/// Whether a table column holds numbers (right-aligned).
pub fn numeric(table: &tomster_core::document::Table, column: &usize) -> bool {
    table.numeric.get(*column).copied().unwrap_or(false)
}

pub fn tone_class(tone: &Tone) -> &'static str {
    match tone {
        Tone::Error => "error",
        Tone::Warning => "warning",
        Tone::Success => "success",
        Tone::Note => "note",
    }
}

/// Only a path of this site is followed after sign-in (no open redirect): it starts with one
/// `/`, and holds no backslash, no control character and no space (browsers drop tabs and line
/// breaks from addresses, so `/%09/host` would become `//host`).
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && path.len() <= 2048
                && !path.chars().any(|character| {
                    character == '\\' || character.is_control() || character.is_whitespace()
                }) =>
        {
            path.to_owned()
        }
        _ => "/w".to_owned(),
    }
}

/// A lowercase ASCII slug from a name: `Domaine des Trois Chênes` -> `domaine-des-trois-chenes`.
pub fn slugify(name: &str) -> String {
    let mut slug = String::new();
    for character in name.chars() {
        let plain = match character {
            'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' | 'Ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' => 'e',
            'î' | 'ï' | 'Î' | 'Ï' => 'i',
            'ô' | 'ö' | 'Ô' | 'Ö' => 'o',
            'ù' | 'û' | 'ü' | 'Ù' | 'Û' | 'Ü' => 'u',
            'ç' | 'Ç' => 'c',
            other => other.to_ascii_lowercase(),
        };
        if plain.is_ascii_alphanumeric() {
            slug.push(plain);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 40 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-').to_owned();
    if slug.is_empty() {
        "workspace".to_owned()
    } else {
        slug
    }
}

/// A step in the navigation, with its diagnostic counts.
pub struct StepLink {
    pub slug: &'static str,
    pub name: String,
    pub errors: usize,
    pub warnings: usize,
    pub current: bool,
}

impl<R> InStrategy<R> {
    /// A page about this strategy, titled `title`, in the visitor's language and time zone.
    fn page(&self, title: String, headers: &HeaderMap) -> Page {
        Page::zoned(self.language, title, Some(&self.session), headers)
    }

    /// The strategy's frame for this visitor: its steps (with their counts when the version's
    /// view is at hand), `current` marked, editing offered to those who may.
    fn frame(&self, shown: Option<&Frame>, current: Option<Step>) -> StrategyFrame {
        StrategyFrame::new(
            &self.strategy,
            &self.workspace,
            self.role,
            shown,
            current,
            self.language,
        )
    }
}

/// The frame shared by a strategy's pages.
pub struct StrategyFrame {
    pub id: String,
    pub name: String,
    pub version: i64,
    pub workspace: Workspace,
    pub can_edit: bool,
    pub steps: Vec<StepLink>,
}

impl StrategyFrame {
    /// The frame with each step's counts from the version's view.
    pub fn new(
        strategy: &StrategyRow,
        workspace: &Workspace,
        role: Role,
        shown: Option<&Frame>,
        current: Option<Step>,
        language: Language,
    ) -> StrategyFrame {
        StrategyFrame {
            id: strategy.id.to_string(),
            name: shown.map_or_else(|| strategy.name.clone(), |frame| frame.name.clone()),
            version: strategy.current_version,
            workspace: workspace.clone(),
            can_edit: role.can_edit(),
            steps: Step::ALL
                .into_iter()
                .enumerate()
                .map(|(index, step)| {
                    let (errors, warnings) = shown
                        .and_then(|frame| frame.counts.get(index).copied())
                        .unwrap_or((0, 0));
                    StepLink {
                        slug: step.as_str(),
                        name: step.name(language),
                        errors,
                        warnings,
                        current: Some(step) == current,
                    }
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_plain_ascii() {
        assert_eq!(
            slugify("Domaine des Trois Chênes"),
            "domaine-des-trois-chenes"
        );
        assert_eq!(slugify("  Agence & Co!  "), "agence-co");
        assert_eq!(slugify("!!!"), "workspace");
    }

    #[test]
    fn only_paths_of_this_site_are_followed_after_login() {
        assert_eq!(safe_next(Some("/s/abc")), "/s/abc");
        assert_eq!(safe_next(Some("/s/abc?x=1")), "/s/abc?x=1");
        assert_eq!(safe_next(Some("//evil.example")), "/w");
        assert_eq!(safe_next(Some("https://evil.example")), "/w");
        assert_eq!(safe_next(Some("/\\evil")), "/w");
        // Browsers drop tabs and line breaks from addresses: `/\t/host` is `//host` to them.
        assert_eq!(safe_next(Some("/\t/evil.example/x")), "/w");
        assert_eq!(safe_next(Some("/\n/evil.example")), "/w");
        assert_eq!(safe_next(Some("/ /evil.example")), "/w");
        assert_eq!(safe_next(None), "/w");
    }

    #[test]
    fn times_are_written_in_the_reader_s_zone() {
        let mut tr = Tr::new(Language::French);
        assert_eq!(tr.time(&1_800_000_000), "2027-01-15 08:00 UTC");
        tr.zone = time_zone("Europe/Paris").unwrap();
        assert_eq!(tr.time(&1_800_000_000), "2027-01-15 09:00 CET");
        assert!(time_zone("Mars/Olympus").is_none());
    }
}
