//! Workbooks are read by calamine in a child process (`tomster workbook-worker`) limited in
//! memory and time: a damaged `.xls` that makes calamine allocate without end (found by the
//! fuzz target, `tests/data/xls-exhausts-calamine.xls`, 48 KB) is refused in words by the
//! server and by `tomster results`, and the server goes on answering.

mod support;
use support::{binary, create_strategy, exchange, owner_with_token, start_with};

use std::path::{Path, PathBuf};
use std::process::Command;

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn real_export(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tomster-import/tests/exports")
        .join(path)
}

const EXHAUSTING: &str = "xls-exhausts-calamine.xls";
const LINKEDIN: &str = "linkedin/page-content_doorly-oman_1774355.xls";

#[test]
fn the_command_line_refuses_a_workbook_that_exhausts_its_reader() {
    let directory = std::env::temp_dir().join(format!("tomster-workbooks-{}", std::process::id()));
    std::fs::create_dir_all(&directory).unwrap();
    let strategy = directory.join("strategy.toml");
    let init = Command::new(binary())
        .args([
            "init",
            strategy.to_str().unwrap(),
            "--example",
            "boulangerie",
        ])
        .output()
        .unwrap();
    assert!(init.status.success());
    let output = Command::new(binary())
        .args(["results", strategy.to_str().unwrap()])
        .arg(data(EXHAUSTING))
        .arg(real_export(LINKEDIN))
        .args(["--format", "json", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "a file is not readable");
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["imports"][0]["status"], "refused");
    let refused = value["imports"][0]["refused"].as_str().unwrap_or("");
    assert!(refused.contains("2048 MB of memory"), "{refused}");
    // The other workbook is read by the same worker, whole.
    assert_eq!(value["imports"][1]["status"], "imported");
    assert_eq!(value["imports"][1]["network"], "linkedin");
    let _ = std::fs::remove_dir_all(&directory);
}

#[test]
fn the_server_refuses_a_workbook_that_exhausts_its_reader_and_lives_on() {
    let folder =
        std::env::temp_dir().join(format!("tomster-workbooks-serve-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    let token = owner_with_token(&folder, None, "books");
    let bearer = format!("Bearer {token}");
    let server = start_with(&folder, &[]);
    let template = tomster_core::templates::template("boulangerie")
        .map(|t| t.text)
        .unwrap_or_default();
    let strategy = create_strategy(server.address, &token, "books", template);
    let import = |file: &Path, name: &str| {
        exchange(
            server.address,
            "POST",
            &format!("/api/v1/strategies/{strategy}/imports?filename={name}"),
            &[
                ("Authorization", &bearer),
                ("Content-Type", "application/vnd.ms-excel"),
                ("Accept-Language", "en"),
            ],
            &std::fs::read(file).unwrap(),
            1 << 20,
        )
        .unwrap()
    };
    let (status, _, body) = import(&data(EXHAUSTING), "damaged.xls");
    let problem = String::from_utf8_lossy(&body);
    assert_eq!(status, 422, "{problem}");
    assert!(problem.contains("2048 MB of memory"), "{problem}");
    let (status, _, _) = exchange(server.address, "GET", "/healthz/live", &[], b"", 1024).unwrap();
    assert_eq!(status, 200, "the server lives on");
    let (status, _, body) = import(&real_export(LINKEDIN), "linkedin.xls");
    assert_eq!(status, 201, "{}", String::from_utf8_lossy(&body));
    drop(server);
    let _ = std::fs::remove_dir_all(&folder);
}
