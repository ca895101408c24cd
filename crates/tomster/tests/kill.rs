//! Crash safety of imports: the real server is killed (SIGKILL) at random points while it
//! imports an export, fifty times, on SQLite and on PostgreSQL. After each restart every import
//! is either wholly there (all its figures) or wholly absent, and the database passes its
//! integrity check.
//!
//! Runs the real binary over real sockets; Linux only.

#![cfg(target_os = "linux")]

use std::path::Path;
use std::time::{Duration, Instant};

mod support;
use support::{Server, create_strategy, exchange, owner_with_token, start_with};

const ROUNDS: u64 = 50;
/// Posts per export: enough that an import takes a good part of a second here.
const POSTS: usize = 1_000;
/// Figures per post in the generated Meta Business Suite export.
const FIGURES_PER_POST: i64 = 7;

/// A Meta Business Suite Instagram post export of `POSTS` posts, different in every round.
fn export(round: u64) -> String {
    let mut text = String::from(
        "\u{feff}\"Post ID\",\"Account ID\",\"Account username\",\"Account name\",Description,\"Duration (sec)\",\"Publish time\",Permalink,\"Post type\",\"Data comment\",Date,Views,Reach,Likes,Shares,Follows,Comments,Saves\n",
    );
    for post in 0..POSTS {
        let id = round * 1_000_000 + post as u64;
        let day = 1 + post % 28;
        text.push_str(&format!(
            "{id},17841400000000000,killtest,\"Kill test\",\"Post {post} of round {round}\",0,\"03/{day:02}/2026 10:{:02}\",https://www.instagram.com/p/{id}/,\"IG image\",,Lifetime,{},{},{},{},{},{},{}\n",
            post % 60,
            100 + post,
            80 + post,
            post % 50,
            post % 7,
            post % 3,
            post % 11,
            post % 5
        ));
    }
    text
}

/// A fresh PostgreSQL database for the test, when the tests have a server.
async fn fresh_postgres() -> Option<String> {
    let base = std::env::var("TOMSTER_TEST_DATABASE_URL").ok()?;
    sqlx::any::install_default_drivers();
    let name = format!("kill_{}", std::process::id());
    let pool = sqlx::AnyPool::connect(&base).await.ok()?;
    let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
        .execute(&pool)
        .await;
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&pool)
        .await
        .ok()?;
    pool.close().await;
    let (prefix, _) = base.rsplit_once('/')?;
    Some(format!("{prefix}/{name}"))
}

/// A pseudo-random sequence, the same in every run (a failure can be replayed).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

fn run(data: &Path, url: Option<&str>, runtime: &tokio::runtime::Runtime) {
    let _ = std::fs::remove_dir_all(data);
    let token = owner_with_token(data, url, "kill");
    let bearer = format!("Bearer {token}");
    let mut arguments = vec!["--workers", "2"];
    if let Some(url) = url {
        arguments.extend(["--database-url", url]);
    }
    let start = || -> Server { start_with(data, &arguments) };
    let mut server = start();
    let strategy_text = tomster_core::templates::template("boulangerie")
        .map(|t| t.text)
        .unwrap_or_default();
    let strategy = create_strategy(server.address, &token, "kill", strategy_text);
    let path = format!("/api/v1/strategies/{strategy}/imports?filename=export.csv");

    // One import undisturbed: how long one takes here, to spread the kills over it.
    let started = Instant::now();
    let (status, _, body) = exchange(
        server.address,
        "POST",
        &path,
        &[("Authorization", &bearer)],
        export(0).as_bytes(),
        1 << 20,
    )
    .unwrap();
    assert_eq!(status, 201, "{}", String::from_utf8_lossy(&body));
    let one_import = started.elapsed();

    let mut random = Lcg(20_261_204);
    for round in 1..=ROUNDS {
        let address = server.address;
        let body = export(round);
        let bearer = bearer.clone();
        let path = path.clone();
        let sender = std::thread::spawn(move || {
            let _ = exchange(
                address,
                "POST",
                &path,
                &[("Authorization", &bearer)],
                body.as_bytes(),
                1 << 20,
            );
        });
        // Anywhere from the request to well after one import takes: some finish, most not.
        let wait = one_import.as_millis() as u64 * 3 * (random.next() % 1000) / 1000;
        std::thread::sleep(Duration::from_millis(wait));
        // SIGKILL: no shutdown, no rollback by the server itself.
        let _ = server.child.kill();
        let _ = server.child.wait();
        let _ = sender.join();
        server = start();
    }
    drop(server);

    // Every import whole or absent, the database sound.
    let database_url = url
        .map(str::to_owned)
        .unwrap_or_else(|| tomster_web::db::sqlite_url(data).unwrap());
    runtime.block_on(async {
        let db = tomster_web::db::open(&database_url).await.unwrap();
        let workspace = db
            .workspaces()
            .by_slug_for_console("kill")
            .await
            .unwrap()
            .unwrap();
        let row = db
            .strategies()
            .in_workspace(&strategy, workspace.id)
            .await
            .unwrap()
            .unwrap();
        let imports = db.results().imports(&row.id).await.unwrap();
        for import in &imports {
            let figures = db.results().value_count(&row.id, import.id).await.unwrap();
            assert_eq!(
                import.rows, POSTS as i64,
                "import {} reads every row",
                import.id
            );
            assert_eq!(
                figures,
                POSTS as i64 * FIGURES_PER_POST,
                "import {} is whole",
                import.id
            );
            assert_eq!(
                import.changes.posts.added, POSTS as u64,
                "import {} counted",
                import.id
            );
        }
        let problems = db.integrity_check().await.unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        // Both outcomes happened: some imports were killed, some finished.
        let finished = imports.len() as u64 - 1;
        println!(
            "{}: {finished} of {ROUNDS} imports finished before the kill, {} were killed",
            if url.is_some() {
                "PostgreSQL"
            } else {
                "SQLite"
            },
            ROUNDS - finished
        );
        assert!(
            finished < ROUNDS,
            "no import was killed: the test proves nothing"
        );
        assert!(
            finished > 0,
            "no import finished: the kills come too early to test anything"
        );
        db.close().await;
    });
}

#[test]
fn imports_killed_at_random_points_are_whole_or_absent() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let data = std::env::temp_dir().join(format!("tomster-kill-{}", std::process::id()));
    run(&data, None, &runtime);
    let postgres = runtime.block_on(fresh_postgres());
    match postgres {
        Some(url) => run(&data.join("pg"), Some(&url), &runtime),
        None if std::env::var("TOMSTER_REQUIRE_POSTGRES").is_ok_and(|v| v == "1") => {
            panic!("TOMSTER_REQUIRE_POSTGRES=1 but no PostgreSQL database could be made")
        }
        None => eprintln!("PostgreSQL skipped: TOMSTER_TEST_DATABASE_URL is not set"),
    }
    let _ = std::fs::remove_dir_all(&data);
}
