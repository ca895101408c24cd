//! The use cases the pages and the API share: create a strategy, save a version (from the file
//! editor, a guided form, the API or a restore), read what a version shows, compare two
//! versions. Each takes a strategy or a workspace its caller was authorized to reach (the
//! extractors of [`crate::access`], the API's token), never a raw id.

use std::sync::Arc;

use tomster_core::i18n::text;
use tomster_core::model::Language;

use crate::store::{
    NewVersion, StoreError, StrategyId, StrategyRow, UserId, VersionRow, Workspace,
};
use crate::views::{
    Frame, Part, ShownDiagnostic, Step, StepPage, VersionView, WrittenLoadError, compute,
    fingerprint, load, today,
};
use crate::web::{AppError, AppState};

/// The longest comment kept with a version.
const COMMENT_CHARACTERS: usize = 500;

/// What became of a text sent to be saved.
pub enum Saved {
    /// Stored as this version (its view too, in the sender's language).
    Version { number: i64, name: String },
    /// Another version was saved since the one the text was based on: nothing stored.
    Conflict { current: i64 },
    /// The text does not load: nothing stored.
    Invalid(Vec<WrittenLoadError>),
}

/// A text's strategy name when it loads, read off the async threads; else its load errors in
/// `language`.
async fn loaded_name(
    state: &AppState,
    source: Arc<str>,
    language: Language,
) -> Result<Result<String, Vec<WrittenLoadError>>, AppError> {
    Ok(state
        .workers
        .run(move |_| load(&source, language).map(|loaded| loaded.strategy.strategy.name.clone()))
        .await?)
}

/// A version's view in a language, computed off the async threads (`Err` with the load errors
/// when this build refuses the text).
async fn computed(
    state: &AppState,
    source: Arc<str>,
    language: Language,
) -> Result<Result<VersionView, Vec<WrittenLoadError>>, AppError> {
    Ok(state
        .workers
        .run(move |_| {
            let loaded = load(&source, language)?;
            compute(&loaded, &[language], today())
                .pop()
                .map(|(_, view)| view)
                .ok_or_else(Vec::new)
        })
        .await?)
}

/// Computes and stores the view of a version just saved. Its failure (the workers busy, the
/// budget spent on a very large strategy) loses nothing: the view is computed when first read.
async fn prepare_view(
    state: &AppState,
    strategy: &StrategyId,
    number: i64,
    source: &str,
    language: Language,
) {
    match computed(state, Arc::from(source), language).await {
        Ok(Ok(view)) => store_view(state, strategy, number, language, &view).await,
        Ok(Err(_)) => {}
        Err(error) => tracing::info!(
            ?error,
            "a saved version's view is left for its first reader"
        ),
    }
}

/// Stores a version's view in a language; a failure only means it is computed again when
/// read, so it is logged, not answered.
async fn store_view(
    state: &AppState,
    strategy: &StrategyId,
    number: i64,
    language: Language,
    view: &VersionView,
) {
    let parts = view.parts();
    let rows: Vec<(&str, &str)> = parts
        .iter()
        .map(|(part, body)| (part.name(), body.as_str()))
        .collect();
    if let Err(error) = state
        .db
        .strategies()
        .put_view(strategy, number, language.as_str(), fingerprint(), &rows)
        .await
    {
        tracing::warn!(%error, "storing a version's view");
    }
    for (part, body) in parts {
        state.views.put(
            (strategy.clone(), number, language, part),
            Arc::from(body.as_str()),
        );
    }
}

/// Creates a strategy when its text loads; otherwise nothing is stored and the load errors come
/// back in `language`.
pub async fn create_strategy(
    state: &AppState,
    workspace: &Workspace,
    author: UserId,
    source: &str,
    comment: &str,
    language: Language,
) -> Result<Result<(StrategyId, String), Vec<WrittenLoadError>>, AppError> {
    let name = match loaded_name(state, Arc::from(source), language).await? {
        Ok(name) => name,
        Err(errors) => return Ok(Err(errors)),
    };
    let id = state
        .db
        .strategies()
        .create(
            workspace.id,
            &NewVersion {
                name: &name,
                toml: source,
                author_id: author,
                comment,
                now: state.now(),
            },
        )
        .await?;
    prepare_view(state, &id, 1, source, language).await;
    Ok(Ok((id, name)))
}

/// Saves `source` as the version after `base` when it loads and no other version was saved
/// since `base`.
pub async fn save_version(
    state: &AppState,
    strategy: &StrategyRow,
    base: i64,
    source: &str,
    author: UserId,
    comment: &str,
    language: Language,
) -> Result<Saved, AppError> {
    let comment: String = comment.trim().chars().take(COMMENT_CHARACTERS).collect();
    let name = match loaded_name(state, Arc::from(source), language).await? {
        Ok(name) => name,
        Err(errors) => return Ok(Saved::Invalid(errors)),
    };
    let saved = state
        .db
        .strategies()
        .save_version(
            &strategy.id,
            base,
            &NewVersion {
                name: &name,
                toml: source,
                author_id: author,
                comment: &comment,
                now: state.now(),
            },
        )
        .await;
    match saved {
        Ok(number) => {
            prepare_view(state, &strategy.id, number, source, language).await;
            crate::progress::refresh_soon(state, &strategy.id, number);
            Ok(Saved::Version { number, name })
        }
        Err(StoreError::Conflict { current }) => Ok(Saved::Conflict { current }),
        Err(error) => Err(error.into()),
    }
}

/// Saves an earlier version's text again as the newest version, with a comment saying so.
pub async fn restore(
    state: &AppState,
    strategy: &StrategyRow,
    number: i64,
    author: UserId,
    language: Language,
) -> Result<Saved, AppError> {
    let old = state
        .db
        .strategies()
        .version(&strategy.id, number)
        .await?
        .ok_or(AppError::NotFound)?;
    let comment = text(
        language,
        "web-version-restored",
        &[("version", number.to_string())],
    );
    save_version(
        state,
        strategy,
        strategy.current_version,
        &old.toml,
        author,
        &comment,
        language,
    )
    .await
}

/// Two parts of the current version's view in a reader's language: from memory, else from the
/// database, else computed (and stored). `Err` with load errors when this build refuses the
/// stored text (a newer Tomster's rules): the pages then send to the file editor.
async fn current_parts(
    state: &AppState,
    strategy: &StrategyRow,
    language: Language,
    wanted: [Part; 2],
) -> Result<Result<[Arc<str>; 2], Vec<WrittenLoadError>>, AppError> {
    let number = strategy.current_version;
    let key = |part| (strategy.id.clone(), number, language, part);
    if let (Some(first), Some(second)) = (
        state.views.get(&key(wanted[0])),
        state.views.get(&key(wanted[1])),
    ) {
        return Ok(Ok([first, second]));
    }
    let stored = state
        .db
        .strategies()
        .view_parts(
            &strategy.id,
            number,
            language.as_str(),
            fingerprint(),
            wanted[0].name(),
            wanted[1].name(),
        )
        .await?;
    let find = |part: Part| {
        stored
            .iter()
            .find(|(name, body)| name == part.name() && !body.is_empty())
            .map(|(_, body)| Arc::<str>::from(body.as_str()))
    };
    if let (Some(first), Some(second)) = (find(wanted[0]), find(wanted[1])) {
        for (part, body) in wanted.iter().zip([&first, &second]) {
            state.views.put(key(*part), Arc::clone(body));
        }
        return Ok(Ok([first, second]));
    }
    // Not stored by this build: computed now, for this reader and whoever comes next.
    let version = state
        .db
        .strategies()
        .version(&strategy.id, number)
        .await?
        .ok_or(AppError::NotFound)?;
    let view = match computed(state, Arc::from(version.toml.as_str()), language).await? {
        Ok(view) => view,
        Err(errors) => return Ok(Err(errors)),
    };
    store_view(state, &strategy.id, number, language, &view).await;
    let parts = view.parts();
    let take = |part: Part| {
        parts
            .iter()
            .find(|(candidate, _)| *candidate == part)
            .map(|(_, body)| Arc::<str>::from(body.as_str()))
            .unwrap_or_else(|| Arc::from(""))
    };
    Ok(Ok([take(wanted[0]), take(wanted[1])]))
}

fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, AppError> {
    serde_json::from_str(text).map_err(|error| {
        tracing::error!(%error, "a stored view does not read");
        AppError::Internal
    })
}

/// What a step page shows of the current version: read with the visit when it came with it
/// (`stored`), else from memory or the database, else computed.
pub async fn step_view(
    state: &AppState,
    strategy: &StrategyRow,
    language: Language,
    step: Step,
    stored: Option<String>,
) -> Result<Result<StepPage, Vec<WrittenLoadError>>, AppError> {
    if let Some(body) = stored.filter(|body| !body.is_empty()) {
        return Ok(Ok(parse(&body)?));
    }
    Ok(
        match current_parts(state, strategy, language, [Part::Frame, Part::Step(step)]).await? {
            Ok([_, page]) => Ok(parse(&page)?),
            Err(errors) => Err(errors),
        },
    )
}

/// The frame and every finding of the current version (the forms and the file editor).
pub async fn report_view(
    state: &AppState,
    strategy: &StrategyRow,
    language: Language,
) -> Result<Result<(Frame, Vec<ShownDiagnostic>), Vec<WrittenLoadError>>, AppError> {
    Ok(
        match current_parts(state, strategy, language, [Part::Frame, Part::Report]).await? {
            Ok([frame, report]) => Ok((parse(&frame)?, parse(&report)?)),
            Err(errors) => Err(errors),
        },
    )
}

/// One of the API's JSON analyses of the current version, as stored text.
pub async fn json_view(
    state: &AppState,
    strategy: &StrategyRow,
    language: Language,
    part: Part,
) -> Result<Option<Arc<str>>, AppError> {
    Ok(
        match current_parts(state, strategy, language, [Part::Frame, part]).await? {
            Ok([_, body]) => Some(body),
            Err(_) => None,
        },
    )
}

/// The changes from one version to another, written in words.
pub async fn version_changes(
    state: &AppState,
    strategy: &StrategyRow,
    from: i64,
    to: i64,
    language: Language,
) -> Result<Vec<String>, AppError> {
    let strategies = state.db.strategies();
    let old = strategies
        .version(&strategy.id, from)
        .await?
        .ok_or(AppError::NotFound)?;
    let new = strategies
        .version(&strategy.id, to)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(state
        .workers
        .run(move |_| {
            match (
                tomster_core::load::from_toml_str(&old.toml),
                tomster_core::load::from_toml_str(&new.toml),
            ) {
                (Ok(old), Ok(new)) => tomster_core::diff::diff(&old.strategy, &new.strategy)
                    .iter()
                    .map(|change| change.text(language))
                    .collect(),
                _ => vec![text(language, "web-diff-unreadable", &[])],
            }
        })
        .await?)
}

/// A version of a strategy (404 when it has none of that number).
pub async fn version_of(
    state: &AppState,
    strategy: &StrategyRow,
    number: i64,
) -> Result<VersionRow, AppError> {
    state
        .db
        .strategies()
        .version(&strategy.id, number)
        .await?
        .ok_or(AppError::NotFound)
}

/// The current version of a strategy.
pub async fn current_version(
    state: &AppState,
    strategy: &StrategyRow,
) -> Result<VersionRow, AppError> {
    version_of(state, strategy, strategy.current_version).await
}

/// A version's document as JSON (the guided forms' starting point, the API's answer).
pub async fn version_document(
    state: &AppState,
    strategy: &StrategyRow,
    number: i64,
) -> Result<Option<serde_json::Value>, AppError> {
    let version = version_of(state, strategy, number).await?;
    Ok(state
        .workers
        .run(move |_| {
            tomster_core::load::from_toml_str(&version.toml)
                .ok()
                .and_then(|loaded| serde_json::to_value(&*loaded.strategy).ok())
        })
        .await?)
}

/// Computes again, in the background, the views of current versions that another build
/// stored: one at a time, so that pages keep their share of the workers.
pub async fn refresh_stale(state: AppState) {
    let mut done = 0_usize;
    for language in [Language::English, Language::French] {
        loop {
            let stale = match state
                .db
                .strategies()
                .stale_views(language.as_str(), fingerprint(), 20)
                .await
            {
                Ok(stale) => stale,
                Err(error) => {
                    tracing::warn!(%error, "finding views to refresh");
                    return;
                }
            };
            if stale.is_empty() {
                break;
            }
            for (id, number, toml) in stale {
                let view = state
                    .workers
                    .run(move |cancel| {
                        if cancel.is_cancelled() {
                            return None;
                        }
                        let loaded = tomster_core::load::from_toml_str(&toml).ok()?;
                        compute(&loaded, &[language], today()).pop()
                    })
                    .await;
                match view {
                    Ok(Some((_, view))) => {
                        store_view(&state, &id, number, language, &view).await;
                        done += 1;
                    }
                    // A text this build refuses keeps its old view out of the way: mark it
                    // with an empty frame so that it is not tried again.
                    Ok(None) => {
                        let _ = state
                            .db
                            .strategies()
                            .put_view(
                                &id,
                                number,
                                language.as_str(),
                                fingerprint(),
                                &[("frame", "")],
                            )
                            .await;
                    }
                    Err(_) => return,
                }
            }
        }
    }
    if done > 0 {
        tracing::info!(
            views = done,
            "views of the current versions computed for this build"
        );
    }
    store_missing_day_figures(&state).await;
}

/// Stores the figures per day of the strategies imported into before they were kept (a
/// database of an earlier build), a few at a time: their results view reads their imports
/// until then.
async fn store_missing_day_figures(state: &AppState) {
    let results = state.db.results();
    let mut done = 0_usize;
    loop {
        let missing = match results.without_day_figures(20).await {
            Ok(missing) => missing,
            Err(error) => {
                tracing::warn!(%error, "finding figures per day to store");
                return;
            }
        };
        if missing.is_empty() {
            break;
        }
        for strategy in missing {
            if let Err(error) = results.store_day_figures_now(&strategy).await {
                tracing::warn!(%error, "storing figures per day");
                return;
            }
            done += 1;
        }
    }
    if done > 0 {
        tracing::info!(strategies = done, "figures per day stored");
    }
}
