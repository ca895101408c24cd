//! Scripted set-up (`tomster admin ...`), the first-run setup address, and the demo workspace.
//! Each works on the database directly, so it can run while the server runs.

use tomster_core::templates::TEMPLATES;

use crate::secrets::{TOKEN_PREFIX, check_new_password, hash_password, random_secret, secret_hash};
use crate::store::{Db, NewVersion, Role, StoreError, UserId, Workspace};

/// How long the first-run setup address stays valid.
pub const SETUP_VALIDITY_SECONDS: i64 = 60 * 60;

/// An administration failure, in words for the console.
#[derive(Debug)]
pub struct AdminError(pub String);

impl std::fmt::Display for AdminError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.0)
    }
}

impl std::error::Error for AdminError {}

impl From<StoreError> for AdminError {
    fn from(error: StoreError) -> AdminError {
        AdminError(error.to_string())
    }
}

fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}

pub async fn create_user(db: &Db, email: &str, password: &str) -> Result<UserId, AdminError> {
    let email = email.trim().to_lowercase();
    if !email.contains('@') {
        return Err(AdminError(format!("`{email}` is not an email address")));
    }
    if let Err(weak) = check_new_password(password) {
        return Err(AdminError(tomster_core::i18n::text(
            tomster_core::model::Language::English,
            weak.key(),
            &[],
        )));
    }
    let hash = hash_password(password).map_err(AdminError)?;
    match db.users().create(&email, &hash, now()).await {
        Ok(id) => {
            db.audit()
                .record(now(), Some(id), "account-created", &email, "console")
                .await?;
            db.users().clear_setup_tokens().await?;
            Ok(id)
        }
        Err(StoreError::Duplicate) => {
            Err(AdminError(format!("an account for {email} exists already")))
        }
        Err(error) => Err(error.into()),
    }
}

async fn user_id(db: &Db, email: &str) -> Result<UserId, AdminError> {
    let email = email.trim().to_lowercase();
    db.users()
        .by_email(&email)
        .await?
        .map(|user| user.id)
        .ok_or_else(|| {
            AdminError(format!(
                "no account for {email}: create it with `tomster admin create-user`"
            ))
        })
}

async fn workspace(db: &Db, slug: &str) -> Result<Workspace, AdminError> {
    db.workspaces()
        .by_slug_for_console(slug)
        .await?
        .ok_or_else(|| AdminError(format!("no workspace `{slug}`")))
}

/// Whether a slug is usable in addresses: lowercase letters, digits and dashes.
pub fn valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 60
        && slug.chars().all(|character| {
            character.is_ascii_lowercase() || character.is_ascii_digit() || character == '-'
        })
        && !slug.starts_with('-')
}

pub async fn create_workspace(
    db: &Db,
    slug: &str,
    name: &str,
    owner_email: &str,
) -> Result<(), AdminError> {
    if !valid_slug(slug) {
        return Err(AdminError(format!(
            "`{slug}` is not a valid slug: use lowercase letters, digits and dashes"
        )));
    }
    let owner = user_id(db, owner_email).await?;
    match db
        .workspaces()
        .create(slug, name.trim(), owner, now())
        .await
    {
        Ok(_) => Ok(()),
        Err(StoreError::Duplicate) => {
            Err(AdminError(format!("the workspace `{slug}` exists already")))
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn add_member(db: &Db, slug: &str, email: &str, role: Role) -> Result<(), AdminError> {
    let workspace = workspace(db, slug).await?;
    let user = user_id(db, email).await?;
    match db.workspaces().set_role(workspace.id, user, role).await {
        Ok(()) => {}
        Err(StoreError::LastOwner) => {
            return Err(AdminError(format!(
                "{email} is the last owner of `{slug}`: make someone else owner first"
            )));
        }
        Err(error) => return Err(error.into()),
    }
    db.audit()
        .record(
            now(),
            Some(user),
            "role-changed",
            &format!("{slug}: {}", role.as_str()),
            "console",
        )
        .await?;
    Ok(())
}

/// Creates a personal access token and returns it: it is shown once, only its hash is kept.
pub async fn create_token(
    db: &Db,
    email: &str,
    slug: &str,
    name: &str,
    read_only: bool,
) -> Result<String, AdminError> {
    let user = user_id(db, email).await?;
    let workspace = workspace(db, slug).await?;
    let secret = random_secret().map_err(|error| AdminError(error.to_string()))?;
    let token = format!("{TOKEN_PREFIX}{secret}");
    let created = db
        .tokens()
        .create(
            user,
            workspace.id,
            name,
            &secret_hash(&token),
            read_only,
            now(),
        )
        .await?;
    if created.is_none() {
        return Err(AdminError(format!("{email} is not a member of `{slug}`")));
    }
    db.audit()
        .record(
            now(),
            Some(user),
            "token-created",
            &format!("{slug}: {name}"),
            "console",
        )
        .await?;
    Ok(token)
}

/// When no account exists yet: a fresh one-time setup path (`/setup/TOKEN`), valid one hour.
pub async fn setup_path(db: &Db) -> Result<Option<String>, AdminError> {
    if db.users().count().await? > 0 {
        return Ok(None);
    }
    let token = random_secret().map_err(|error| AdminError(error.to_string()))?;
    db.users()
        .create_setup_token(&secret_hash(&token), now() + SETUP_VALIDITY_SECONDS)
        .await?;
    Ok(Some(format!("/setup/{token}")))
}

/// The demo account, when `--demo` created it: the email and the password to sign in with.
pub struct DemoAccount {
    pub email: String,
    pub password: Option<String>,
}

pub const DEMO_EMAIL: &str = "demo@tomster.example";
pub const DEMO_WORKSPACE: &str = "demo";

/// Makes sure the demo account and the demo workspace with every example exist. The password is
/// returned only when the account is created now.
pub async fn ensure_demo(db: &Db) -> Result<DemoAccount, AdminError> {
    let (user, password) = match db.users().by_email(DEMO_EMAIL).await? {
        Some(user) => (user.id, None),
        None => {
            let password =
                random_secret().map_err(|error| AdminError(error.to_string()))?[..16].to_owned();
            let hash = hash_password(&password).map_err(AdminError)?;
            let id = db.users().create(DEMO_EMAIL, &hash, now()).await?;
            db.users().clear_setup_tokens().await?;
            (id, Some(password))
        }
    };
    if db
        .workspaces()
        .by_slug_for_console(DEMO_WORKSPACE)
        .await?
        .is_none()
    {
        let workspace = db
            .workspaces()
            .create(DEMO_WORKSPACE, "Démo · Demo", user, now())
            .await?;
        for example in TEMPLATES {
            let loaded = tomster_core::load::from_toml_str(example.text)
                .map_err(|_| AdminError(format!("the example {} does not load", example.name)))?;
            db.strategies()
                .create(
                    workspace.id,
                    &NewVersion {
                        name: &loaded.strategy.strategy.name,
                        toml: example.text,
                        author_id: user,
                        comment: example.name,
                        now: now(),
                    },
                )
                .await?;
        }
    }
    Ok(DemoAccount {
        email: DEMO_EMAIL.to_owned(),
        password,
    })
}

#[cfg(test)]
mod tests {
    use super::valid_slug;

    #[test]
    fn slugs_are_lowercase_letters_digits_and_dashes() {
        assert!(valid_slug("agence-durand-2027"));
        assert!(!valid_slug("Agence"));
        assert!(!valid_slug("-x"));
        assert!(!valid_slug(""));
        assert!(!valid_slug("a/b"));
    }
}
