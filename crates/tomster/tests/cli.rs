//! The `tomster` command as a user runs it: exit codes, files, text and JSON output.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn tomster(arguments: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tomster"))
        .args(arguments)
        .env("NO_COLOR", "1")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// A fresh directory for one test's files.
fn scratch(name: &str) -> PathBuf {
    let directory = std::env::temp_dir().join(format!("tomster-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&directory);
    std::fs::create_dir_all(&directory).unwrap();
    directory
}

fn path_str(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|error| panic!("{error}: {}", stdout(output)))
}

#[test]
fn every_example_inits_and_checks_with_exit_zero_and_useful_output() {
    let directory = scratch("examples");
    for example in ["boulangerie", "b2b-saas"] {
        let file = directory.join(format!("{example}.toml"));
        let file = path_str(&file);
        let init = tomster(&["init", file, "--example", example]);
        assert_eq!(init.status.code(), Some(0), "{}", stderr(&init));

        let check = tomster(&["check", file]);
        assert_eq!(
            check.status.code(),
            Some(0),
            "{}{}",
            stdout(&check),
            stderr(&check)
        );

        let recommend = json(&tomster(&["recommend", file, "--format", "json"]));
        let personas = recommend["personas"].as_array().unwrap();
        assert!(!personas.is_empty());
        let first = &personas[0]["platforms"][0];
        assert!(first["score"].as_u64().is_some() && first["recommended"].is_boolean());
        assert!(
            first["reasons"]
                .as_array()
                .unwrap()
                .iter()
                .any(|reason| reason["source"].is_string() && reason["year"].is_u64())
        );
        // Recommended networks first, then by score; a network without audience figures has
        // no score (null) and counts as 0.
        let order: Vec<(bool, u64)> = personas[0]["platforms"]
            .as_array()
            .unwrap()
            .iter()
            .map(|fit| {
                (
                    fit["recommended"].as_bool().unwrap(),
                    fit["score"].as_u64().unwrap_or(0),
                )
            })
            .collect();
        assert!(
            order.windows(2).all(|pair| pair[0] >= pair[1]),
            "recommended first, then by score: {order:?}"
        );
        assert!(
            recommend["kpis"][0]["objective"].is_string()
                && !recommend["kpis"][0]["suggested"]
                    .as_array()
                    .unwrap()
                    .is_empty()
        );

        let plan = json(&tomster(&["plan", file, "--format", "json"]));
        assert!(plan["workload"]["hours_per_week"].as_f64().unwrap() > 0.0);
        assert!(
            plan["workload"]["capacity_hours_per_week"]
                .as_f64()
                .unwrap()
                > 0.0
        );
        assert!(
            plan["workload"]["by_platform"].is_object()
                && plan["workload"]["by_member"].is_object()
        );
        assert!(
            plan["cost"]["total"].as_f64().unwrap() > 0.0
                && plan["cost"]["budget"].as_f64().is_some()
        );
        assert!(plan["cost"]["by_category"].is_object() && plan["cost"]["by_month"].is_object());
        assert!(plan["coverage"]["personas"].is_array());

        for command in ["recommend", "plan"] {
            let text = tomster(&[command, file]);
            assert_eq!(text.status.code(), Some(0));
            assert!(
                stdout(&text).lines().count() > 10,
                "{command}: {}",
                stdout(&text)
            );
        }
    }
}

#[test]
fn init_refuses_to_overwrite_unless_forced() {
    let directory = scratch("overwrite");
    let file = directory.join("strategy.toml");
    std::fs::write(&file, "mine").unwrap();
    let refused = tomster(&["init", path_str(&file)]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(stderr(&refused).contains("--force"), "{}", stderr(&refused));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "mine",
        "nothing lost"
    );
    let forced = tomster(&["init", path_str(&file), "--force", "--lang", "en"]);
    assert_eq!(forced.status.code(), Some(0));
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("language = \"en\"")
    );
    let unknown = tomster(&[
        "init",
        path_str(&directory.join("other.toml")),
        "--example",
        "nope",
    ]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("boulangerie"));
}

#[test]
fn a_strategy_with_errors_exits_one_with_located_diagnostics() {
    let directory = scratch("errors");
    let file = directory.join("s.toml");
    std::fs::write(&file, "[strategy]\nname = \"x\"\nstart = 2027-01-01\nend = 2027-12-31\n\n[[objectives]]\nid = \"o\"\n").unwrap();
    let text = tomster(&["check", path_str(&file)]);
    assert_eq!(text.status.code(), Some(1));
    let out = stdout(&text);
    assert!(out.contains("error[O002]"), "{out}");
    assert!(out.contains(&format!("{}:6:", path_str(&file))), "{out}");
    assert!(
        out.contains("[[objectives]]"),
        "the source line is shown: {out}"
    );
    assert!(!out.contains('\u{1b}'), "NO_COLOR is respected");

    let output = tomster(&["check", path_str(&file), "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let report = json(&output);
    let first = &report["diagnostics"][0];
    for field in [
        "code", "severity", "step", "path", "line", "column", "message", "hint", "advice",
    ] {
        assert!(!first[field].is_null(), "{field} missing: {first}");
    }
    assert!(report["summary"]["errors"].as_u64().unwrap() > 0);
    assert!(report["summary"]["warnings"].is_u64() && report["summary"]["advice"].is_u64());

    let french = json(&tomster(&[
        "check",
        path_str(&file),
        "--format",
        "json",
        "--lang",
        "fr",
    ]));
    let o002 = french["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|diagnostic| diagnostic["code"] == "O002")
        .unwrap();
    assert!(
        o002["message"].as_str().unwrap().contains("objectif"),
        "{o002}"
    );
}

#[test]
fn bad_input_exits_two_naming_file_line_and_column() {
    let directory = scratch("bad");
    let file = directory.join("bad.toml");
    std::fs::write(
        &file,
        "[strategy]\nname = \"x\"\nstart = 2027-02-30\nend = 2027-12-31\n",
    )
    .unwrap();
    for command in ["check", "recommend", "plan"] {
        let output = tomster(&[command, path_str(&file)]);
        assert_eq!(output.status.code(), Some(2), "{command}");
        let error = stderr(&output);
        assert!(
            error.contains(&format!("{}:3:9", path_str(&file))),
            "{error}"
        );
        assert!(error.contains("start = 2027-02-30"), "{error}");
    }
    let missing = tomster(&["check", path_str(&directory.join("missing.toml"))]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("missing.toml"));
    let usage = tomster(&["check"]);
    assert_eq!(usage.status.code(), Some(2));
    let unknown = tomster(&["frobnicate"]);
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn explain_prints_the_long_explanation_in_both_languages() {
    let english = tomster(&["explain", "O002", "--lang", "en"]);
    assert_eq!(english.status.code(), Some(0));
    assert!(
        stdout(&english).lines().count() >= 4,
        "{}",
        stdout(&english)
    );
    let french = tomster(&["explain", "o002", "--lang", "fr"]);
    assert_ne!(stdout(&english), stdout(&french));
    let all = tomster(&["explain", "all"]);
    assert!(stdout(&all).lines().count() >= 30);
    let unknown = tomster(&["explain", "Z999"]);
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn schema_is_a_json_schema_of_the_strategy() {
    let output = tomster(&["schema"]);
    assert_eq!(output.status.code(), Some(0));
    let schema = json(&output);
    assert!(
        schema["$schema"]
            .as_str()
            .unwrap()
            .contains("json-schema.org")
    );
    let properties = schema["properties"].as_object().unwrap();
    for step in [
        "strategy",
        "personas",
        "objectives",
        "messages",
        "always_on",
        "operations",
        "platforms",
        "tools",
        "kpis",
        "resources",
    ] {
        assert!(properties.contains_key(step), "{step}");
    }
    assert_eq!(schema["required"], serde_json::json!(["strategy"]));
}

#[test]
fn help_lists_every_command() {
    let output = tomster(&["--help"]);
    assert_eq!(output.status.code(), Some(0));
    for command in ["init", "check", "explain", "recommend", "plan", "schema"] {
        assert!(stdout(&output).contains(command), "{command}");
    }
}

#[test]
fn calendar_writes_every_format_and_refuses_bad_ranges() {
    let directory = scratch("calendar");
    let strategy = directory.join("s.toml");
    let strategy = path_str(&strategy);
    assert_eq!(
        tomster(&["init", strategy, "--example", "boulangerie"])
            .status
            .code(),
        Some(0)
    );

    let ics = tomster(&[
        "calendar",
        strategy,
        "--from",
        "2027-03-01",
        "--to",
        "2027-03-31",
    ]);
    assert_eq!(ics.status.code(), Some(0), "{}", stderr(&ics));
    let text = stdout(&ics);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"));
    assert!(
        text.contains("DTSTART:20270301") || text.contains("DTSTART:20270302"),
        "March only"
    );
    assert!(!text.contains("DTSTART:202704"), "nothing after --to");

    let again = tomster(&[
        "calendar",
        strategy,
        "--from",
        "2027-03-01",
        "--to",
        "2027-03-31",
    ]);
    assert_eq!(again.stdout, ics.stdout, "byte-identical output");

    let csv_path = directory.join("calendar.csv");
    let csv = tomster(&[
        "calendar",
        strategy,
        "--format",
        "csv",
        "-o",
        path_str(&csv_path),
    ]);
    assert_eq!(csv.status.code(), Some(0));
    assert!(
        std::fs::read_to_string(&csv_path)
            .unwrap()
            .starts_with("id,date,time,timezone,network")
    );

    let folder = directory.join("hootsuite");
    let hootsuite = tomster(&[
        "calendar",
        strategy,
        "--format",
        "hootsuite",
        "-o",
        path_str(&folder),
    ]);
    assert_eq!(hootsuite.status.code(), Some(0));
    assert!(
        folder.join("hootsuite-instagram-01.csv").exists()
            && folder.join("hootsuite-facebook-01.csv").exists()
    );
    let no_folder = tomster(&["calendar", strategy, "--format", "hootsuite"]);
    assert_eq!(no_folder.status.code(), Some(2));

    let metricool = tomster(&["calendar", strategy, "--format", "metricool"]);
    assert!(stdout(&metricool).starts_with("Text,Date,Time,Draft,"));

    let inverted = tomster(&[
        "calendar",
        strategy,
        "--from",
        "2027-05-01",
        "--to",
        "2027-04-01",
    ]);
    assert_eq!(inverted.status.code(), Some(2));
    let bad_date = tomster(&["calendar", strategy, "--from", "2027-02-30"]);
    assert_eq!(bad_date.status.code(), Some(2));
    assert!(
        stderr(&bad_date).contains("2027-02-30"),
        "{}",
        stderr(&bad_date)
    );
}

#[test]
fn render_writes_html_and_markdown_and_flags_a_strategy_with_errors() {
    let directory = scratch("render");
    let strategy = directory.join("s.toml");
    let strategy = path_str(&strategy);
    assert_eq!(
        tomster(&["init", strategy, "--example", "b2b-saas"])
            .status
            .code(),
        Some(0)
    );

    let html = tomster(&["render", strategy, "--date", "2026-11-26"]);
    assert_eq!(html.status.code(), Some(0), "{}", stderr(&html));
    assert!(stdout(&html).starts_with("<!DOCTYPE html>"));
    assert!(stdout(&html).contains("November 26, 2026"));
    let french = tomster(&["render", strategy, "--lang", "fr", "--date", "2026-11-26"]);
    assert!(
        stdout(&french).contains("26 novembre 2026")
            && stdout(&french).contains("<html lang=\"fr\">")
    );

    let markdown = directory.join("doc.md");
    let output = tomster(&[
        "render",
        strategy,
        "--format",
        "md",
        "-o",
        path_str(&markdown),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = std::fs::read_to_string(&markdown).unwrap();
    assert!(text.contains("](<doc-charts/platform-fit.svg>)"));
    assert!(directory.join("doc-charts/platform-fit.svg").exists());

    let pdf_to_stdout = tomster(&["render", strategy, "--format", "pdf"]);
    assert_eq!(pdf_to_stdout.status.code(), Some(2), "a PDF needs -o");
    // The output's extension says the format: `-o plan.md` writes Markdown, not HTML.
    let by_extension = directory.join("by-extension.md");
    let output = tomster(&["render", strategy, "-o", path_str(&by_extension)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        std::fs::read_to_string(&by_extension)
            .unwrap()
            .starts_with("# ")
    );

    let draft = directory.join("draft.toml");
    std::fs::write(
        &draft,
        "[strategy]\nname = \"Draft\"\nstart = 2027-01-01\nend = 2027-03-31\n",
    )
    .unwrap();
    let page = directory.join("draft.html");
    let output = tomster(&["render", path_str(&draft), "-o", path_str(&page)]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "errors are reported by the exit code"
    );
    // The document is written all the same: its errors are points to settle in an appendix,
    // not a red box opening the summary.
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        html.contains("Appendix: points to settle"),
        "but the document is written"
    );
    assert!(!html.contains("notice error"));
    // Left out of the client's copy when the consultant says so, with an approval page.
    std::fs::write(
        &draft,
        "[strategy]\nname = \"Draft\"\nstart = 2027-01-01\nend = 2027-03-31\n\
         [document]\nfindings = false\nsections = [\"summary\", \"objectives\"]\n\
         approval = [{ name = \"Fiona Baird\", role = \"Founder\" }]\n",
    )
    .unwrap();
    let output = tomster(&["render", path_str(&draft), "-o", path_str(&page)]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(!html.contains("points to settle"));
    assert!(html.contains("Fiona Baird, Founder") && html.contains("Signature"));
    assert!(
        !html.contains("id=\"target\""),
        "the chapters left out are out"
    );
}

#[cfg(feature = "pdf")]
#[test]
fn render_writes_a_pdf() {
    let directory = scratch("pdf");
    let strategy = directory.join("s.toml");
    let strategy = path_str(&strategy);
    assert_eq!(
        tomster(&["init", strategy, "--example", "boulangerie"])
            .status
            .code(),
        Some(0)
    );
    let pdf = directory.join("s.pdf");
    let output = tomster(&["render", strategy, "--format", "pdf", "-o", path_str(&pdf)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
}

/// Regressions found in review: `init --list` could not run, commands other than check exited 0
/// on a strategy with errors, an output could overwrite the strategy, and Hootsuite folders kept
/// the files of an earlier run.
#[test]
fn review_regressions_stay_fixed() {
    let listed = tomster(&["init", "--list"]);
    assert_eq!(listed.status.code(), Some(0), "{}", stderr(&listed));
    assert!(stdout(&listed).contains("boulangerie") && stdout(&listed).contains("b2b-saas"));

    let directory = scratch("review");
    let draft = directory.join("draft.toml");
    std::fs::write(
        &draft,
        "[strategy]\nname = \"Draft\"\nstart = 2027-01-01\nend = 2027-03-31\n",
    )
    .unwrap();
    for command in ["recommend", "plan"] {
        let output = tomster(&[command, path_str(&draft)]);
        assert_eq!(output.status.code(), Some(1), "{command}");
        assert!(
            !output.stdout.is_empty(),
            "{command} still prints its report"
        );
    }
    let empty_calendar = tomster(&["calendar", path_str(&draft)]);
    assert_eq!(empty_calendar.status.code(), Some(1));
    assert!(stderr(&empty_calendar).contains("nothing to put in the calendar"));

    let strategy = directory.join("s.toml");
    assert_eq!(
        tomster(&["init", path_str(&strategy), "--example", "b2b-saas"])
            .status
            .code(),
        Some(0)
    );
    let before = std::fs::read_to_string(&strategy).unwrap();
    let overwrite = tomster(&[
        "calendar",
        path_str(&strategy),
        "--format",
        "csv",
        "-o",
        path_str(&strategy),
    ]);
    assert_eq!(overwrite.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(&strategy).unwrap(),
        before,
        "the strategy is untouched"
    );

    let folder = directory.join("hootsuite");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("hootsuite-tiktok-01.csv"), "old").unwrap();
    std::fs::write(folder.join("notes.txt"), "mine").unwrap();
    let written = tomster(&[
        "calendar",
        path_str(&strategy),
        "--format",
        "hootsuite",
        "-o",
        path_str(&folder),
    ]);
    assert_eq!(written.status.code(), Some(0), "{}", stderr(&written));
    assert!(
        !folder.join("hootsuite-tiktok-01.csv").exists(),
        "stale file removed"
    );
    assert!(
        folder.join("notes.txt").exists(),
        "other files are left alone"
    );
    assert!(folder.join("hootsuite-linkedin-01.csv").exists());

    let french_error = tomster(&[
        "calendar",
        path_str(&strategy),
        "--lang",
        "fr",
        "--from",
        "2027-05-01",
        "--to",
        "2027-04-01",
    ]);
    assert!(
        stderr(&french_error).contains("est après"),
        "{}",
        stderr(&french_error)
    );
}

/// Runs tomster with stdout into a pipe that the reader closes after a few bytes, as
/// `tomster ... | head -c 10` does.
fn tomster_into_closed_pipe(arguments: &[&str]) -> std::process::ExitStatus {
    use std::io::Read;
    let mut child = Command::new(env!("CARGO_BIN_EXE_tomster"))
        .args(arguments)
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 10];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(!stderr.contains("Broken pipe"), "{stderr}");
    status
}

#[test]
fn json_output_into_a_closed_pipe_is_not_an_error() {
    // Regression: `schema`, `check --format json` and `recommend --format json` exited 2 with
    // "Broken pipe" when piped into `head`, where the text commands exit quietly.
    let directory = scratch("pipe");
    let file = directory.join("strategy.toml");
    let file = path_str(&file);
    assert!(
        tomster(&["init", file, "--example", "b2b-saas"])
            .status
            .success()
    );
    // A strategy big enough that its JSON outgrows the pipe's buffer.
    let mut text = std::fs::read_to_string(file).unwrap();
    for index in 0..90 {
        text.push_str(&format!("\n[[personas]]\nid = \"extra-{index}\"\n"));
    }
    std::fs::write(file, text).unwrap();
    for arguments in [
        vec!["schema"],
        vec!["check", file, "--format", "json"],
        vec!["recommend", file, "--format", "json"],
    ] {
        let status = tomster_into_closed_pipe(&arguments);
        assert!(status.code() != Some(2), "{arguments:?}: {status:?}");
    }
}

#[test]
fn control_characters_never_reach_the_terminal() {
    // Regression: escape sequences in a strategy passed through `check` and `recommend` to the
    // terminal (clear screen, window title). Strings holding them are refused at load; a raw
    // one in a comment or a file name is shown escaped.
    let directory = scratch("escapes");
    let escaped = directory.join("name.toml");
    std::fs::write(
        &escaped,
        "[strategy]\nname = \"x\\u001b]0;owned\\u0007\"\nstart = 2027-01-01\nend = 2027-12-31\n",
    )
    .unwrap();
    let output = tomster(&["check", path_str(&escaped)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("U+001B"), "{}", stderr(&output));
    // A raw C1 "CSI" in a comment is valid TOML; the error on that line shows it escaped.
    let raw = directory.join("raw.toml");
    std::fs::write(
        &raw,
        "[strategy]\nname = 5 # \u{9b}2J\nstart = 2027-01-01\nend = 2027-12-31\n",
    )
    .unwrap();
    let named = directory.join("evil\u{1b}[2J.toml");
    std::fs::copy(&raw, &named).unwrap();
    let output = tomster(&["check", path_str(&named)]);
    assert_eq!(output.status.code(), Some(2));
    let shown = stderr(&output);
    assert!(
        !shown
            .chars()
            .any(|character| character.is_control() && !matches!(character, '\n' | '\t')),
        "{shown:?}"
    );
    assert!(
        shown.contains("\\u{9b}") && shown.contains("\\u{1b}"),
        "{shown}"
    );
}

#[test]
fn french_output_has_no_english_sentence() {
    // Regression: load errors, knowledge notes and source descriptions were English whatever
    // `--lang`. Words that give an English sentence away, with their spaces (proper names such as
    // "We Are Social" are not sentences).
    const ENGLISH: &[&str] = &[
        " the ",
        " is ",
        " with ",
        " should ",
        " must ",
        " found ",
        " expected ",
        " which ",
        " has ",
        " have ",
        " used ",
        " not ",
        " this ",
        " from ",
    ];
    let directory = scratch("french");
    let mut outputs = Vec::new();
    for example in ["boulangerie", "domaine-viticole", "mediatheque"] {
        let file = directory.join(format!("{example}.toml"));
        let file = path_str(&file);
        let init = tomster(&["init", file, "--example", example, "--lang", "fr"]);
        outputs.push((format!("init {example}"), stdout(&init) + &stderr(&init)));
        for command in [
            vec!["check", file, "--lang", "fr"],
            vec!["recommend", file, "--lang", "fr"],
            vec!["plan", file, "--lang", "fr"],
            vec!["render", file, "--format", "md", "--lang", "fr"],
        ] {
            let output = tomster(&command);
            outputs.push((command.join(" "), stdout(&output) + &stderr(&output)));
        }
    }
    for command in [
        vec!["explain", "all", "--lang", "fr"],
        vec!["explain", "S013", "--lang", "fr"],
    ] {
        let output = tomster(&command);
        outputs.push((command.join(" "), stdout(&output) + &stderr(&output)));
    }
    // Load errors too.
    let bad = directory.join("bad.toml");
    std::fs::write(
        &bad,
        "[strategy]\nname = \"x\"\nstart = 2027-02-30\nend = 2027-12-31\n[[personas]]\nid = \"a\"\npriority = \"high\"\n",
    )
    .unwrap();
    let output = tomster(&["check", path_str(&bad), "--lang", "fr"]);
    assert_eq!(output.status.code(), Some(2));
    outputs.push(("load error".to_owned(), stderr(&output)));
    for (command, text) in outputs {
        for line in text.lines() {
            let padded = format!(" {} ", line.to_lowercase());
            for word in ENGLISH {
                assert!(
                    !padded.contains(word),
                    "{command}: English in French output: {line}"
                );
            }
        }
    }
}

/// A strategy written by `init`, in its own scratch folder, for the `-o` tests below.
fn example_strategy(name: &str) -> (PathBuf, PathBuf) {
    let directory = scratch(name);
    let strategy = directory.join("s.toml");
    let init = tomster(&["init", path_str(&strategy), "--example", "boulangerie"]);
    assert_eq!(init.status.code(), Some(0), "{}", stderr(&init));
    (directory, strategy)
}

/// The names in a folder, sorted, hidden ones included (where partial files would hide).
fn folder_entries(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn output_to_a_device_writes_through_it_and_leaves_it_a_device() {
    use std::os::unix::fs::FileTypeExt;
    let (_directory, strategy) = example_strategy("device");
    let is_device = |path: &str| {
        std::fs::metadata(path)
            .unwrap()
            .file_type()
            .is_char_device()
    };
    assert!(is_device("/dev/null") && is_device("/dev/full"));

    let to_null = tomster(&["calendar", path_str(&strategy), "-o", "/dev/null"]);
    assert_eq!(to_null.status.code(), Some(0), "{}", stderr(&to_null));

    // A device that is always full: the write fails, with a message, and stays a device.
    let to_full = tomster(&["render", path_str(&strategy), "-o", "/dev/full"]);
    assert_eq!(to_full.status.code(), Some(2), "{}", stderr(&to_full));
    assert!(
        stderr(&to_full).contains("/dev/full"),
        "{}",
        stderr(&to_full)
    );
    assert!(is_device("/dev/null") && is_device("/dev/full"));
}

#[test]
fn output_to_dev_stdout_reaches_the_pipe() {
    let (_directory, strategy) = example_strategy("dev-stdout");
    let output = tomster(&[
        "calendar",
        path_str(&strategy),
        "--format",
        "csv",
        "-o",
        "/dev/stdout",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).starts_with("id,date,time,timezone,network"));
    let metadata = std::fs::symlink_metadata("/dev/stdout").unwrap();
    assert!(
        metadata.file_type().is_symlink(),
        "/dev/stdout is still a link"
    );
}

#[test]
fn output_to_a_fifo_is_written_through() {
    use std::io::Read;
    let (directory, strategy) = example_strategy("fifo");
    let fifo = directory.join("pipe.ics");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    // The reader must be there for the writer's open to return.
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut text = String::new();
            std::fs::File::open(fifo)
                .unwrap()
                .read_to_string(&mut text)
                .unwrap();
            text
        })
    };
    let output = tomster(&["calendar", path_str(&strategy), "-o", path_str(&fifo)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = reader.join().unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR") && text.ends_with("END:VCALENDAR\r\n"));
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

#[test]
fn output_through_a_symlink_replaces_its_target_and_keeps_the_link() {
    let (directory, strategy) = example_strategy("symlink");
    let shared = directory.join("shared");
    std::fs::create_dir_all(&shared).unwrap();
    let target = shared.join("calendar.csv");
    std::fs::write(&target, "old").unwrap();
    let link = directory.join("calendar.csv");
    std::os::unix::fs::symlink(&target, &link).unwrap();

    let output = tomster(&[
        "calendar",
        path_str(&strategy),
        "--format",
        "csv",
        "-o",
        path_str(&link),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let link_metadata = std::fs::symlink_metadata(&link).unwrap();
    assert!(
        link_metadata.file_type().is_symlink(),
        "the link stays a link"
    );
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .starts_with("id,date,time")
    );
    assert_eq!(
        folder_entries(&shared),
        ["calendar.csv"],
        "no partial file left"
    );
}

#[test]
fn two_runs_writing_the_same_output_leave_one_whole_file() {
    let (directory, strategy) = example_strategy("concurrent");
    let target = directory.join("document.html");
    let expected = tomster(&["render", path_str(&strategy), "--date", "2027-01-01"]);
    assert_eq!(expected.status.code(), Some(0));
    for _ in 0..5 {
        let runs: Vec<_> = (0..2)
            .map(|_| {
                Command::new(env!("CARGO_BIN_EXE_tomster"))
                    .args(["render", path_str(&strategy), "--date", "2027-01-01"])
                    .arg("-o")
                    .arg(&target)
                    .env("NO_COLOR", "1")
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for run in runs {
            let output = run.wait_with_output().unwrap();
            assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        }
        assert_eq!(std::fs::read(&target).unwrap(), expected.stdout);
        assert_eq!(folder_entries(&directory), ["document.html", "s.toml"]);
    }
}

#[test]
fn a_folder_as_output_is_refused_before_anything_is_written() {
    let (directory, strategy) = example_strategy("folder-output");
    let folder = directory.join("out");
    std::fs::create_dir_all(&folder).unwrap();
    for arguments in [
        vec!["calendar", "--format", "csv"],
        vec!["render", "--format", "md"],
        vec!["render", "--format", "html"],
    ] {
        let mut arguments = arguments.clone();
        arguments.insert(1, path_str(&strategy));
        arguments.extend(["-o", path_str(&folder)]);
        let output = tomster(&arguments);
        assert_eq!(output.status.code(), Some(2), "{arguments:?}");
        assert!(
            stderr(&output).contains(path_str(&folder)),
            "{}",
            stderr(&output)
        );
        assert!(folder_entries(&folder).is_empty(), "{arguments:?}");
        assert_eq!(
            folder_entries(&directory),
            ["out", "s.toml"],
            "no partial file, no charts folder: {arguments:?}"
        );
    }
}

#[test]
fn a_partial_file_left_by_a_killed_run_is_removed_by_the_next() {
    let (directory, strategy) = example_strategy("stale-partial");
    // What a run killed mid-write leaves: its process (no process has this id) is gone.
    let stale = directory.join(".calendar.ics.99999999-12345-0.tomster-partial");
    std::fs::write(&stale, "half a calendar").unwrap();
    let target = directory.join("calendar.ics");
    let output = tomster(&["calendar", path_str(&strategy), "-o", path_str(&target)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(folder_entries(&directory), ["calendar.ics", "s.toml"]);
}

#[test]
fn a_logo_beside_the_strategy_is_embedded_and_a_bad_one_stops_the_render() {
    let (directory, strategy) = example_strategy("logo");
    let with_logo = |logo: &str| {
        let text = std::fs::read_to_string(&strategy).unwrap();
        let text = text.replacen(
            "[strategy]\n",
            &format!("[strategy]\nlogo = \"{logo}\"\n"),
            1,
        );
        let path = directory.join("with-logo.toml");
        std::fs::write(&path, text).unwrap();
        path
    };
    std::fs::write(
        directory.join("logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>",
    )
    .unwrap();
    let good = with_logo("logo.svg");
    let html = tomster(&["render", path_str(&good)]);
    assert_eq!(html.status.code(), Some(0), "{}", stderr(&html));
    assert!(stdout(&html).contains("src=\"data:image/svg+xml;base64,PHN2Zy"));
    let markdown_path = directory.join("doc.md");
    let markdown = tomster(&[
        "render",
        path_str(&good),
        "--format",
        "md",
        "-o",
        path_str(&markdown_path),
    ]);
    assert_eq!(markdown.status.code(), Some(0), "{}", stderr(&markdown));
    assert!(directory.join("doc-charts").join("logo.svg").exists());
    assert!(
        std::fs::read_to_string(&markdown_path)
            .unwrap()
            .contains("![](<doc-charts/logo.svg>)")
    );

    // A missing file and a file that is no image: a message, exit 2, nothing written.
    std::fs::write(directory.join("notes.txt"), "not an image").unwrap();
    for (logo, expected) in [("missing.png", "missing.png"), ("notes.txt", "notes.txt")] {
        let bad = with_logo(logo);
        let target = directory.join("bad.html");
        let output = tomster(&["render", path_str(&bad), "-o", path_str(&target)]);
        assert_eq!(output.status.code(), Some(2), "{logo}");
        assert!(stderr(&output).contains(expected), "{}", stderr(&output));
        assert!(!target.exists(), "{logo}: nothing written");
    }
}

/// The real exports the importers are tested on (`tomster-import/tests/exports`).
fn export(path: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tomster-import/tests/exports")
        .join(path)
        .display()
        .to_string()
}

fn initialised_example(directory: &Path, example: &str) -> String {
    let file = directory.join(format!("{example}.toml"));
    let init = tomster(&["init", path_str(&file), "--example", example]);
    assert_eq!(init.status.code(), Some(0), "{}", stderr(&init));
    path_str(&file).to_owned()
}

#[test]
fn results_reads_exports_and_prints_figures_per_network_and_month() {
    let directory = scratch("results");
    let strategy = initialised_example(&directory, "boulangerie");
    let whole = export("instagram/mbs-ig-posts_es_revista_kairos_Mar-26-2025_Mar-26-2026.csv");
    let part =
        export("instagram/mbs-ig-posts_es_revista_kairos_Dec-31-2025_Mar-22-2026_overlapping.csv");
    let x = export("x/account_overview_analytics_en_koe.csv");
    let output = tomster(&["results", &strategy, &whole, &part, &x, "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let value = json(&output);
    let imports = value["imports"].as_array().cloned().unwrap_or_default();
    assert_eq!(imports.len(), 3);
    assert_eq!(imports[0]["format"], "instagram_posts");
    assert_eq!(imports[0]["language"], "es");
    assert_eq!(imports[0]["network"], "instagram");
    assert_eq!(imports[0]["from"], "2025-03-29");
    assert_eq!(imports[0]["to"], "2026-03-26");
    assert_eq!(imports[0]["rows"], 53);
    assert_eq!(imports[0]["posts"]["added"], 53);
    // The overlapping export: the same posts, none added again.
    assert_eq!(imports[1]["posts"]["added"], 0);
    assert_eq!(
        imports[1]["posts"]["unchanged"].as_u64().unwrap()
            + imports[1]["posts"]["updated"].as_u64().unwrap(),
        15
    );
    assert_eq!(imports[2]["format"], "x_overview");

    let figures = value["figures"].as_array().cloned().unwrap_or_default();
    let figure = |network: &str, metric: &str, month: &str| {
        figures
            .iter()
            .find(|f| f["network"] == network && f["metric"] == metric && f["month"] == month)
            .and_then(|f| f["value"].as_f64())
    };
    // Posts count in the month they were published; levels and counts as the metric says.
    assert_eq!(figure("instagram", "posts", "2026-03"), Some(13.0));
    // The 15 posts of the overlapping export are the whole one's: counted once.
    let instagram_posts: f64 = figures
        .iter()
        .filter(|f| f["network"] == "instagram" && f["metric"] == "posts")
        .filter_map(|f| f["value"].as_f64())
        .sum();
    assert_eq!(instagram_posts, 53.0);
    // The other order gives the same figures; the posts come first from the partial export.
    let reversed = tomster(&["results", &strategy, &part, &whole, &x, "--format", "json"]);
    let reversed = json(&reversed);
    assert_eq!(reversed["figures"], value["figures"]);
    assert_eq!(reversed["imports"][0]["posts"]["added"], 15);
    assert_eq!(reversed["imports"][1]["posts"]["added"], 53 - 15);
    // X's overview, 20-26 August 2025, read off the file (newest day first).
    let impressions = 444.0 + 8893.0 + 14795.0 + 48.0 + 43.0 + 58.0 + 468.0;
    assert_eq!(figure("x", "impressions", "2025-08"), Some(impressions));

    // Per week: each figure names its Monday.
    let weekly = tomster(&[
        "results", &strategy, &x, "--per", "week", "--format", "json",
    ]);
    let weekly = json(&weekly);
    let starts: Vec<&str> = weekly["figures"]
        .as_array()
        .map(|l| l.iter().filter_map(|f| f["start"].as_str()).collect())
        .unwrap_or_default();
    // 20-26 August 2025 is Wednesday to Tuesday: the weeks of 18 and 25 August.
    assert!(
        starts.contains(&"2025-08-18") && starts.contains(&"2025-08-25"),
        "{starts:?}"
    );
    assert!(weekly["figures"][0]["month"].is_null());

    // The same in text, in French.
    let text = tomster(&["results", &strategy, &whole, "--lang", "fr"]);
    assert_eq!(text.status.code(), Some(0));
    let printed = stdout(&text);
    assert!(
        printed.contains("Publications Instagram (Meta Business Suite)"),
        "{printed}"
    );
    assert!(printed.contains("Chiffres par mois"), "{printed}");
    assert!(printed.contains("2026-03"), "{printed}");
}

#[test]
fn results_exit_codes_say_what_was_left_out() {
    let directory = scratch("results-exit");
    let strategy = initialised_example(&directory, "boulangerie");
    // A file that is not an export: refused in words, exit 2, the other files still read.
    let refused = tomster(&[
        "results",
        &strategy,
        &export("tiktok/haileytupy-FollowerGender.csv"),
        &export("tiktok/es-Overview.csv"),
        "--format",
        "json",
    ]);
    assert_eq!(refused.status.code(), Some(2));
    let value = json(&refused);
    assert_eq!(value["imports"][0]["status"], "refused");
    assert!(
        value["imports"][0]["refused"]
            .as_str()
            .unwrap_or("")
            .contains("audience")
    );
    assert_eq!(value["imports"][1]["status"], "imported");

    // A file with a bad value: nothing kept and exit 1; with --skip-invalid, the good rows.
    let bad = directory.join("overview.csv");
    std::fs::write(&bad, "Date,Video Views,Profile Views,Likes,Comments,Shares\n2026-03-01,10,1,2,0,0\n2026-03-02,lots,1,2,0,0\n").unwrap();
    let strict = tomster(&["results", &strategy, path_str(&bad), "--format", "json"]);
    assert_eq!(strict.status.code(), Some(1));
    let value = json(&strict);
    assert_eq!(value["imports"][0]["status"], "rejected");
    assert_eq!(value["imports"][0]["errors"][0]["line"], 3);
    assert_eq!(value["imports"][0]["errors"][0]["column"], "Video Views");
    assert_eq!(value["figures"].as_array().map(Vec::len), Some(0));
    let lenient = tomster(&[
        "results",
        &strategy,
        path_str(&bad),
        "--skip-invalid",
        "--format",
        "json",
    ]);
    assert_eq!(lenient.status.code(), Some(1));
    let value = json(&lenient);
    assert_eq!(value["imports"][0]["observations"]["added"], 5);
    assert!(value["figures"].as_array().is_some_and(|f| !f.is_empty()));

    // Text mode locates the error for a person.
    let text = tomster(&["results", &strategy, path_str(&bad), "--lang", "en"]);
    let printed = stdout(&text);
    assert!(
        printed.contains("x 3:Video Views: \"lots\" is not a number."),
        "{printed}"
    );
    assert!(printed.contains("--skip-invalid"), "{printed}");
}
