//! `tomster serve` and `tomster admin`: the web application from the same binary, on SQLite in
//! a data folder by default or PostgreSQL when a URL is given.

use std::io::{Read, Write};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand, ValueEnum};
use tomster_web::store::Role;
use tomster_web::web::IpNetwork;
use tomster_web::{AppState, Config, admin, db};

use crate::Outcome;

/// Where the data lives, for `serve` and `admin` alike.
#[derive(Debug, Args)]
pub struct DatabaseArgs {
    /// The folder of the SQLite database (created if missing).
    #[arg(
        long,
        value_name = "DIR",
        env = "TOMSTER_DATA_DIR",
        default_value = "tomster-data"
    )]
    data_dir: PathBuf,
    /// A PostgreSQL URL (postgres://user@host/db) instead of SQLite in the data folder.
    #[arg(long, value_name = "URL", env = "TOMSTER_DATABASE_URL")]
    database_url: Option<String>,
}

impl DatabaseArgs {
    fn url(&self) -> Result<String> {
        match &self.database_url {
            Some(url) => Ok(url.clone()),
            None => Ok(db::sqlite_url(&self.data_dir)?),
        }
    }
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address to listen on.
    #[arg(
        long,
        value_name = "IP:PORT",
        env = "TOMSTER_ADDR",
        default_value = "127.0.0.1:8080"
    )]
    addr: SocketAddr,
    /// The address users reach when a TLS proxy stands in front (https://... makes cookies
    /// Secure, and X-Forwarded-For is read from the trusted proxies).
    #[arg(long, value_name = "URL", env = "TOMSTER_PUBLIC_URL")]
    public_url: Option<String>,
    /// The proxies whose X-Forwarded-For entries are believed, as addresses or networks
    /// (10.0.0.0/8); the client is the right-most entry none of them added.
    #[arg(
        long = "trusted-proxy",
        value_name = "ADDRESS[/BITS]",
        env = "TOMSTER_TRUSTED_PROXIES",
        value_delimiter = ',',
        default_values_t = ["127.0.0.0/8".to_owned(), "::1".to_owned()]
    )]
    trusted_proxies: Vec<String>,
    #[command(flatten)]
    database: DatabaseArgs,
    /// Add a demo workspace holding every example, and a demo account (localhost only).
    #[arg(long)]
    demo: bool,
    /// Analyses and documents computed at once (default: the number of cores).
    #[arg(long, value_name = "N", env = "TOMSTER_WORKERS")]
    workers: Option<usize>,
    /// The longest an analysis or a document may take, in seconds.
    #[arg(
        long,
        value_name = "SECONDS",
        env = "TOMSTER_WORK_BUDGET",
        default_value_t = 30
    )]
    work_budget: u64,
    /// The SMTP server the monthly reviews and alerts are emailed through:
    /// smtps://user:pass@host:465 (TLS), smtp://user:pass@host:587?tls=required (STARTTLS), or
    /// smtp://host:25 (unencrypted, a local relay only). Without it nothing is emailed.
    #[arg(
        long,
        value_name = "URL",
        env = "TOMSTER_SMTP_URL",
        requires = "smtp_from"
    )]
    smtp_url: Option<String>,
    /// The sender of those emails: an address, or "Name <address>".
    #[arg(long, value_name = "ADDRESS", env = "TOMSTER_SMTP_FROM")]
    smtp_from: Option<String>,
    /// How often the server looks for reviews and alerts to send, in seconds.
    #[arg(
        long,
        value_name = "SECONDS",
        env = "TOMSTER_SEND_EVERY",
        default_value_t = 60
    )]
    send_every: u64,
    /// Let webhooks go to this machine or a private network (off by default: a strategy's
    /// editor could otherwise make the server call the machines beside it).
    #[arg(long, env = "TOMSTER_WEBHOOKS_PRIVATE")]
    webhooks_private: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RoleArgument {
    Owner,
    Editor,
    Viewer,
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an account; the password is read from standard input.
    CreateUser {
        email: String,
        /// Read the password from standard input (required: never on the command line).
        #[arg(long, required = true)]
        password_stdin: bool,
    },
    /// Create a workspace owned by an existing account.
    CreateWorkspace {
        /// Lowercase letters, digits and dashes: the workspace's address.
        slug: String,
        #[arg(long)]
        name: String,
        /// The owner's email.
        #[arg(long)]
        owner: String,
    },
    /// Add an account to a workspace, or change its role there.
    AddMember {
        slug: String,
        email: String,
        #[arg(long, value_enum)]
        role: RoleArgument,
    },
    /// Create a personal access token for the API; prints the token only.
    CreateToken {
        email: String,
        #[arg(long)]
        workspace: String,
        /// What the token is for (shown in lists).
        #[arg(long)]
        name: String,
        /// The token can read but not write.
        #[arg(long)]
        read_only: bool,
    },
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

pub fn serve(arguments: ServeArgs) -> Result<Outcome> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    if arguments.demo && !arguments.addr.ip().is_loopback() {
        bail!(
            "--demo creates an account whose password is printed here: it runs on a loopback address only (such as 127.0.0.1)"
        );
    }
    let url = arguments.database.url()?;
    let cores = std::thread::available_parallelism().map_or(2, usize::from);
    let trusted_proxies = arguments
        .trusted_proxies
        .iter()
        .map(|network| network.parse::<IpNetwork>().map_err(anyhow::Error::msg))
        .collect::<Result<Vec<_>>>()?;
    let smtp = match (&arguments.smtp_url, &arguments.smtp_from) {
        (Some(url), Some(from)) => {
            Some(tomster_web::delivery::Smtp::checked(url, from).map_err(anyhow::Error::msg)?)
        }
        _ => None,
    };
    let config = Config {
        public_url: arguments.public_url.clone(),
        smtp,
        webhooks_private: arguments.webhooks_private,
        trusted_proxies,
        workers: arguments.workers.unwrap_or(cores),
        work_budget: Duration::from_secs(arguments.work_budget.max(1)),
        // PDFs are typeset by this same program in a child process the server can stop.
        pdf_worker: std::env::current_exe().ok(),
        workbook_worker: std::env::current_exe().ok(),
        ..Config::new(arguments.addr, arguments.database.data_dir.clone())
    };
    let runtime = runtime()?;
    let outcome = runtime.block_on(async move {
        let database = db::open(&url).await?;
        let listener = tokio::net::TcpListener::bind(config.addr)
            .await
            .with_context(|| format!("cannot listen on {}", config.addr))?;
        // The address actually bound (port 0 asks the system for a free one).
        let mut config = config;
        config.addr = listener.local_addr().unwrap_or(config.addr);
        let base = config.base_url();
        let mut stdout = std::io::stdout();
        writeln!(stdout, "Tomster is running at {base}/ (database: {})", db::redact(&url))?;
        if arguments.demo {
            let account = admin::ensure_demo(&database).await?;
            match account.password {
                Some(password) => writeln!(
                    stdout,
                    "Demo workspace ready. Sign in at {base}/login as {} with the password {password}",
                    account.email
                )?,
                None => writeln!(
                    stdout,
                    "Demo workspace ready at {base}/w/{} (account {}, password printed when it was created)",
                    admin::DEMO_WORKSPACE,
                    account.email
                )?,
            }
        }
        if let Some(path) = admin::setup_path(&database).await? {
            writeln!(
                stdout,
                "No account yet: create the first one at {base}{path} (valid for one hour)"
            )?;
        }
        stdout.flush()?;
        let state = AppState::new(database, config);
        // What the pages show of each strategy, computed again for this build, a few at a
        // time while the server already answers.
        tokio::spawn(tomster_web::service::refresh_stale(state.clone()));
        // The monthly reviews and alerts due, sent by email and webhook.
        tokio::spawn(tomster_web::delivery::run(
            state.clone(),
            Duration::from_secs(arguments.send_every.max(1)),
        ));
        tomster_web::serve(state, listener).await?;
        Ok(Outcome::Success)
    });
    // Work still running after the shutdown grace (it was told to stop) is not waited for:
    // the process ends now.
    runtime.shutdown_timeout(Duration::from_millis(500));
    outcome
}

pub fn admin(
    out: &mut impl Write,
    database: DatabaseArgs,
    command: AdminCommand,
) -> Result<Outcome> {
    let url = database.url()?;
    runtime()?.block_on(async move {
        let database = db::open(&url).await?;
        match command {
            AdminCommand::CreateUser { email, .. } => {
                let mut password = String::new();
                std::io::stdin()
                    .take(1024)
                    .read_to_string(&mut password)
                    .context("cannot read the password from standard input")?;
                let password = password.trim_end_matches(['\n', '\r']);
                admin::create_user(&database, &email, password).await?;
                writeln!(out, "account {email} created")?;
            }
            AdminCommand::CreateWorkspace { slug, name, owner } => {
                admin::create_workspace(&database, &slug, &name, &owner).await?;
                writeln!(out, "workspace {slug} created, owned by {owner}")?;
            }
            AdminCommand::AddMember { slug, email, role } => {
                let role = match role {
                    RoleArgument::Owner => Role::Owner,
                    RoleArgument::Editor => Role::Editor,
                    RoleArgument::Viewer => Role::Viewer,
                };
                admin::add_member(&database, &slug, &email, role).await?;
                writeln!(out, "{email} is {} of {slug}", role.as_str())?;
            }
            AdminCommand::CreateToken {
                email,
                workspace,
                name,
                read_only,
            } => {
                let token =
                    admin::create_token(&database, &email, &workspace, &name, read_only).await?;
                writeln!(out, "{token}")?;
            }
        }
        Ok(Outcome::Success)
    })
}

/// `tomster workbook-worker`: reads the one workbook on standard input, its address space
/// limited first, so that a damaged file that makes the reader allocate without end ends
/// this process, not the server or the command that started it.
pub fn workbook_worker() -> Result<Outcome> {
    let limit = tomster_import::isolated::MAX_WORKER_MEMORY;
    rlimit::setrlimit(rlimit::Resource::AS, limit, limit)?;
    let mut input = std::io::stdin().lock();
    let mut output = std::io::stdout().lock();
    tomster_import::isolated::serve_one(&mut input, &mut output)?;
    Ok(Outcome::Success)
}

/// `tomster pdf-worker`: typesets the one PDF `tomster serve` asks for on standard input.
#[cfg(feature = "pdf")]
pub fn pdf_worker() -> Result<Outcome> {
    let mut input = std::io::BufReader::new(std::io::stdin().lock());
    let mut output = std::io::stdout().lock();
    let code =
        tomster_web::pdf_worker::serve_one(&mut input, &mut output).map_err(anyhow::Error::msg)?;
    if code != 0 {
        // The server reads the code: a document too long to typeset.
        std::process::exit(code);
    }
    Ok(Outcome::Success)
}

#[cfg(not(feature = "pdf"))]
pub fn pdf_worker() -> Result<Outcome> {
    bail!("this build has no PDF support (built without the `pdf` feature)")
}
