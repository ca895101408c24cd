//! The worked example of the results loop: the wine estate of `tomster init --example
//! domaine-viticole` with a generated year of exports (`tests/data/wine-estate`, written by its
//! `generate.py`), read with `tomster results --as-of` on three days. Every expected value below
//! is worked out by hand from the tables of `generate.py`; the comments show the arithmetic.
//!
//! The method (see `tomster_core::progress`): the expected path is a straight line over the
//! window's days, from the baseline (zero for a total) to the target; the forecast is the
//! least-squares line through the complete months, with a band of two residual standard
//! deviations (a value per month or a level: the line's prediction band at the deadline's
//! month; a total: the actual plus the line's values over the months left, ± 2 s √months).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::{Value, json};

fn tomster(arguments: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tomster"))
        .args(arguments)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn exports() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/wine-estate")
}

/// The wine estate's strategy, written by `tomster init` into a fresh directory.
fn strategy(name: &str) -> (PathBuf, PathBuf) {
    let directory =
        std::env::temp_dir().join(format!("tomster-progress-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&directory);
    std::fs::create_dir_all(&directory).unwrap();
    let file = directory.join("domaine.toml");
    let init = tomster(&[
        "init",
        file.to_str().unwrap(),
        "--example",
        "domaine-viticole",
    ]);
    assert!(
        init.status.success(),
        "{}",
        String::from_utf8_lossy(&init.stderr)
    );
    (directory, file)
}

fn results(strategy: &Path, files: &[PathBuf], as_of: &str, extra: &[&str]) -> Value {
    let mut arguments = vec!["results".to_owned(), strategy.display().to_string()];
    arguments.extend(files.iter().map(|file| file.display().to_string()));
    arguments.extend([
        "--as-of".to_owned(),
        as_of.to_owned(),
        "--format".to_owned(),
        "json".to_owned(),
    ]);
    arguments.extend(extra.iter().map(|s| (*s).to_owned()));
    let arguments: Vec<&str> = arguments.iter().map(String::as_str).collect();
    let output = tomster(&arguments);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

fn year_files() -> Vec<PathBuf> {
    [
        "instagram-posts-2027.csv",
        "facebook-posts-2027.csv",
        "domaine-2027.csv",
    ]
    .iter()
    .map(|name| exports().join(name))
    .collect()
}

fn objective<'a>(read: &'a Value, id: &str) -> &'a Value {
    read["progress"]
        .as_array()
        .unwrap()
        .iter()
        .find(|objective| objective["objective"] == id)
        .unwrap_or_else(|| panic!("no objective {id}"))
}

/// Asserts a number to 1e-6.
#[track_caller]
fn near(value: &Value, expected: f64) {
    let got = value
        .as_f64()
        .unwrap_or_else(|| panic!("{value} is not a number"));
    assert!((got - expected).abs() < 1e-6, "{got} ≠ {expected}");
}

/// One objective's expected reading: actual, expected, forecast (value, low, high, periods),
/// status.
#[track_caller]
fn reads(
    read: &Value,
    id: &str,
    actual: f64,
    expected: f64,
    forecast: (f64, f64, f64, u64),
    status: &str,
) {
    let objective = objective(read, id);
    near(&objective["actual"], actual);
    near(&objective["expected"], expected);
    near(&objective["forecast"]["value"], forecast.0);
    near(&objective["forecast"]["low"], forecast.1);
    near(&objective["forecast"]["high"], forecast.2);
    assert_eq!(objective["forecast"]["periods"], forecast.3, "{id}");
    assert_eq!(objective["status"], status, "{id}: {}", objective["reason"]);
}

#[test]
fn the_wine_estate_read_on_three_days() {
    let (_directory, strategy) = strategy("three-days");
    let files = year_files();

    // 31 March: 90 days of the year gone.
    let march = results(&strategy, &files, "2027-03-31", &[]);
    // Tastings, per month, from 12 to 40 by 30 September (273 days): 12 + 28 × 90/273 =
    // 21.2308 expected; March gave 16. The line through 12, 15, 16 (t = 0, 1, 2): slope 2,
    // intercept 12.3333, residuals -1/3, 2/3, -1/3, s = √(2/3 / 1) = 0.8165; at September
    // (t = 8): 28.3333 ± 2 × 0.8165 × √(1 + 1/3 + 7²/2) = ± 8.3000. Even 36.63 misses 40.
    reads(
        &march,
        "degustations",
        16.0,
        12.0 + 28.0 * 90.0 / 273.0,
        (28.333333333333336, 20.0334002680075, 36.6332663986592, 3),
        "off_track",
    );
    // Meetings, a total of 30 by 31 December: 30 × 90/365 = 7.3973 expected; 2 + 2 + 3 = 7
    // made (94.6 % of the pace). The line through 2, 2, 3: slope 0.5, intercept 1.8333,
    // s = √(1/6) = 0.4082; the nine months left add Σ(1.8333 + 0.5 t, t = 3..11) = 48:
    // 55 ± 2 × 0.4082 × √9 = ± 2.4495.
    reads(
        &march,
        "restaurants",
        7.0,
        30.0 * 90.0 / 365.0,
        (55.000000000000014, 52.550510257216835, 57.44948974278319, 3),
        "on_track",
    );
    // Repeat purchases, a level from 22 % to 28 %: 22 + 6 × 90/365 = 23.4795 expected, 22.5
    // read. The line through 22, 22.5, 22.5: slope 0.25, intercept 22.0833, s = 0.2887; at
    // December (t = 11): 24.8333 ± 2 × 0.2887 × √(1 + 1/3 + 10²/2) = ± 2.9250.
    reads(
        &march,
        "fidelisation",
        22.5,
        22.0 + 6.0 * 90.0 / 365.0,
        (24.833333333333332, 21.908345204202625, 27.75832146246404, 3),
        "off_track",
    );
    // Instagram's reach per month, from 3,000 to 4,800 (+60 %): March's posts reached 3,400
    // against 3,000 + 1,800 × 90/365 = 3,443.8 expected (90.1 % of the pace).
    let reach = objective(&march, "notoriete");
    near(&reach["actual"], 3400.0);
    near(&reach["expected"], 3000.0 + 1800.0 * 90.0 / 365.0);
    assert_eq!(reach["status"], "on_track");
    assert_eq!(
        reach["approximate"], true,
        "reach added up over posts is approximate"
    );

    // 30 June: 181 days gone.
    let june = results(&strategy, &files, "2027-06-30", &[]);
    // Tastings: 12 + 28 × 181/273 = 30.5641 expected, June gave 22. Through 12, 15, 16, 19,
    // 24, 22: slope 2.2286, intercept 12.7381; at t = 8: 30.5714 ± 5.5323.
    reads(
        &june,
        "degustations",
        22.0,
        12.0 + 28.0 * 181.0 / 273.0,
        (30.57142857142857, 25.03908704897278, 36.10377009388436, 6),
        "off_track",
    );
    // Meetings: 15 made against 30 × 181/365 = 14.8767 (100.8 %).
    reads(
        &june,
        "restaurants",
        15.0,
        30.0 * 181.0 / 365.0,
        (37.2, 35.00910976997934, 39.390890230020666, 6),
        "on_track",
    );
    reads(
        &june,
        "fidelisation",
        23.5,
        22.0 + 6.0 * 181.0 / 365.0,
        (25.057142857142857, 24.383438507282765, 25.73084720700295, 6),
        "off_track",
    );
    // Reach: June's 3,600 against 3,000 + 1,800 × 181/365 = 3,892.6: 67.2 % of the pace,
    // under the 80 % alert: at risk (its band, 634 to 5,193, still holds 4,800).
    let reach = objective(&june, "notoriete");
    near(&reach["actual"], 3600.0);
    near(&reach["pace"], 600.0 / (1800.0 * 181.0 / 365.0));
    assert_eq!(reach["status"], "at_risk");

    // 30 September: the tastings' deadline. September gave 36 of the 40: missed.
    let september = results(&strategy, &files, "2027-09-30", &[]);
    let tastings = objective(&september, "degustations");
    near(&tastings["actual"], 36.0);
    assert_eq!(tastings["status"], "off_track");
    assert!(
        tastings["reason"]
            .as_str()
            .unwrap()
            .contains("échéance est passée"),
        "{}",
        tastings["reason"]
    );
    // Meetings: 19 made against 30 × 273/365 = 22.4384 (84.7 %); the line through the nine
    // months (slope 0.0333) adds 4.8333 over the three left: 23.8333, at best 27.64 < 30.
    reads(
        &september,
        "restaurants",
        19.0,
        30.0 * 273.0 / 365.0,
        (
            23.833333333333336,
            20.022321719101555,
            27.644344947565116,
            9,
        ),
        "off_track",
    );
    reads(
        &september,
        "fidelisation",
        24.5,
        22.0 + 6.0 * 273.0 / 365.0,
        (25.322222222222223, 24.908268088662286, 25.73617635578216, 9),
        "off_track",
    );
    // The last Instagram post of September is on Wednesday the 29th: September is not
    // complete, the reading says up to which day it goes, and August's 4,200 counts.
    let reach = objective(&september, "notoriete");
    near(&reach["actual"], 4200.0);
    assert_eq!(reach["measured_through"], "2027-09-29");
}

#[test]
fn the_plan_against_what_was_published_for_four_weeks() {
    let (_directory, strategy) = strategy("execution");
    let read = results(&strategy, &year_files(), "2027-09-30", &[]);
    let week = |network: &str, week: &str| {
        read["execution"]
            .as_array()
            .unwrap()
            .iter()
            .find(|row| row["network"] == network && row["week"] == week)
            .unwrap_or_else(|| panic!("no row {network} {week}"))
            .clone()
    };
    // Instagram plans 3 posts a week; in January the estate posts Monday, Wednesday, Friday.
    let row = week("instagram", "2027-W03");
    assert_eq!(
        (row["planned"].as_u64(), row["published"].as_f64()),
        (Some(3), Some(3.0))
    );
    // The posts are numbered from 1 January (a Friday); post n's type is "IG carousel",
    // "IG image" or "IG reel" as n % 3 is 0, 1 or 2. Monday 18 January is the 8th post (a
    // reel), Wednesday the 9th (a carousel), Friday the 10th (an image).
    assert_eq!(
        row["published_formats"],
        json!({"carousel": 1.0, "image": 1.0, "short_video": 1.0})
    );
    // In April only on Wednesdays: 1 of 3. 13 posts in January, 12 in February, 14 in
    // March, then Wednesdays 7, 14 and 21 April: the 21st is the 42nd post, a carousel.
    let row = week("instagram", "2027-W16");
    assert_eq!(
        (row["planned"].as_u64(), row["published"].as_f64()),
        (Some(3), Some(1.0))
    );
    assert_eq!(row["published_formats"], json!({"carousel": 1.0}));
    // Facebook plans 2 a week and was silent in August: a week of silence reads 0, and no
    // format went out.
    let row = week("facebook", "2027-W31");
    assert_eq!(
        (row["planned"].as_u64(), row["published"].as_f64()),
        (Some(2), Some(0.0))
    );
    assert_eq!(row["published_formats"], json!({}));
    // Its posts are all "Photos": images.
    let row = week("facebook", "2027-W03");
    assert_eq!(row["published_formats"], json!({"image": 2.0}));
    // Google Business Profile plans 1 a week; nothing is imported for it: unknown, not 0.
    let row = week("google_business_profile", "2027-W03");
    assert_eq!(
        (row["planned"].as_u64(), row["published"].clone()),
        (Some(1), Value::Null)
    );
    assert_eq!(row["published_formats"], Value::Null);
    // The planned formats are the calendar's, the week's slots counted by format.
    for (network, week_id) in [("instagram", "2027-W03"), ("facebook", "2027-W31")] {
        let row = week(network, week_id);
        let planned: u64 = row["formats"]
            .as_object()
            .unwrap()
            .values()
            .map(|count| count.as_u64().unwrap())
            .sum();
        assert_eq!(
            Some(planned),
            row["planned"].as_u64(),
            "{network} {week_id}"
        );
    }
}

#[test]
fn findings_say_what_to_adjust_in_the_strategy_language() {
    let (_directory, strategy) = strategy("findings");
    // End of April: Instagram has published 1 post a week since April, where its calendar
    // planned 3, 4 and 3 in the last three complete weeks (W14 to W16).
    let april = results(&strategy, &year_files(), "2027-04-30", &[]);
    let findings = april["findings"].as_array().unwrap();
    let under_plan = findings
        .iter()
        .find(|finding| finding["code"] == "E103")
        .unwrap_or_else(|| panic!("no E103 in {findings:?}"));
    assert_eq!(under_plan["network"], "instagram");
    assert_eq!(under_plan["severity"], "warning");
    let message = under_plan["message"].as_str().unwrap();
    assert!(
        message.starts_with("Sur Instagram, 3 publications sont parties ces 3 dernières semaines là où 10 étaient prévues"),
        "{message}"
    );
    // In English on request.
    let english = results(&strategy, &year_files(), "2027-04-30", &["--lang", "en"]);
    let message = english["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|finding| finding["code"] == "E103")
        .map(|finding| finding["message"].as_str().unwrap().to_owned())
        .unwrap();
    assert!(
        message.starts_with(
            "On Instagram, 3 posts went out in the last 3 weeks where 10 were planned"
        ),
        "{message}"
    );
}

/// Keeps the rows of a CSV export whose date (the column `column`, as the file writes it) is
/// on or before `last`.
fn cut(source: &Path, target: &Path, keep: impl Fn(&str) -> bool) {
    let text = std::fs::read_to_string(source).unwrap();
    let mut lines = text.lines();
    let mut kept = vec![lines.next().unwrap().to_owned()];
    kept.extend(lines.filter(|line| keep(line)).map(str::to_owned));
    std::fs::write(target, kept.join("\n") + "\n").unwrap();
}

#[test]
fn a_past_review_is_the_same_before_and_after_later_imports() {
    let (directory, strategy) = strategy("reproduced");
    // The first half of the year, as the files were on 30 June.
    let first_half = |line: &str| {
        // Meta writes MM/DD/YYYY; the estate's own file YYYY-MM-DD.
        let month = if line.starts_with("2027-") {
            line[5..7].parse::<u32>().unwrap()
        } else {
            let date = line
                .split(',')
                .find(|cell| cell.len() > 10 && cell.as_bytes()[2] == b'/')
                .unwrap();
            date[..2].parse::<u32>().unwrap()
        };
        month <= 6
    };
    let mut june_files = Vec::new();
    for file in year_files() {
        let target = directory.join(file.file_name().unwrap());
        cut(&file, &target, first_half);
        june_files.push(target);
    }
    let then = results(&strategy, &june_files, "2027-06-30", &[]);
    let now = results(&strategy, &year_files(), "2027-06-30", &[]);
    assert_eq!(then["progress"], now["progress"]);
    assert_eq!(then["execution"], now["execution"]);
    assert_eq!(then["findings"], now["findings"]);
}

/// The June review: what a client reads, in French, with no command, field name or code in
/// it; in HTML, Markdown (its charts beside it) and PDF.
#[test]
fn the_june_review_reads_as_a_client_would() {
    let (directory, strategy) = strategy("review");
    let mut arguments: Vec<String> = vec!["review".into(), strategy.display().to_string()];
    arguments.extend(year_files().iter().map(|file| file.display().to_string()));
    arguments.extend([
        "--month".into(),
        "2027-06".into(),
        "--date".into(),
        "2027-07-02".into(),
    ]);
    let run = |extra: &[&str]| {
        let mut all: Vec<&str> = arguments.iter().map(String::as_str).collect();
        all.extend(extra);
        tomster(&all)
    };
    let html = run(&[]);
    assert!(
        html.status.success(),
        "{}",
        String::from_utf8_lossy(&html.stderr)
    );
    let html = String::from_utf8(html.stdout).unwrap();
    for expected in [
        "Bilan mensuel, juin 2027",
        "Agence Lumen, Sophie Martin",
        "Faire réserver 40 dégustations par mois",
        "hors trajectoire",
        "22 (juin 2027)",
        "Prévu et publié",
        "faut ajuster",
        "<svg",
    ] {
        assert!(
            html.contains(expected),
            "{expected} missing from the review"
        );
    }
    // The month's best Instagram posts by reach, read from the files as the web application
    // reads them from its database: June's 3,600 over 13 posts, 276 each but the last (288).
    let best = html
        .split("<section id=\"best-posts\"")
        .nth(1)
        .unwrap_or_else(|| panic!("no best posts in {html}"));
    assert!(
        best.contains("Les meilleures publications du mois"),
        "{best}"
    );
    assert!(best.contains("class=\"number\">288</td>"), "{best}");
    assert_eq!(
        best.matches("class=\"number\">276</td>").count(),
        4,
        "{best}"
    );
    let words = html.split(|c: char| !(c.is_alphanumeric() || c == '_'));
    for word in words {
        assert!(
            ![
                "degustations_reservees",
                "repeat_purchase_rate",
                "always_on",
                "E101",
                "E102",
                "tomster"
            ]
            .contains(&word),
            "{word} in the review"
        );
    }
    let markdown = directory.join("juin.md");
    let written = run(&["-o", markdown.to_str().unwrap()]);
    assert!(
        written.status.success(),
        "{}",
        String::from_utf8_lossy(&written.stderr)
    );
    let text = std::fs::read_to_string(&markdown).unwrap();
    assert!(text.contains("# Bilan mensuel, juin 2027"), "{text}");
    assert!(
        directory.join("juin-charts").read_dir().unwrap().count() >= 4,
        "a chart per objective"
    );
    // A month given badly is refused before anything is read.
    let bad = tomster(&[
        "review",
        strategy.to_str().unwrap(),
        "x.csv",
        "--month",
        "June",
    ]);
    assert_eq!(bad.status.code(), Some(2));
    // A file that is not an export: nothing is written, exit 2, and the reason is said.
    let refused = directory.join("refused.html");
    let output = tomster(&[
        "review",
        strategy.to_str().unwrap(),
        strategy.to_str().unwrap(),
        "--month",
        "2027-06",
        "-o",
        refused.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(!refused.exists());
    assert!(!String::from_utf8_lossy(&output.stderr).is_empty());
}

#[cfg(feature = "pdf")]
#[test]
fn the_june_review_as_a_pdf() {
    let (directory, strategy) = strategy("review-pdf");
    let pdf = directory.join("juin.pdf");
    let mut arguments: Vec<String> = vec!["review".into(), strategy.display().to_string()];
    arguments.extend(year_files().iter().map(|file| file.display().to_string()));
    arguments.extend([
        "--month".into(),
        "2027-06".into(),
        "-o".into(),
        pdf.display().to_string(),
    ]);
    let arguments: Vec<&str> = arguments.iter().map(String::as_str).collect();
    let output = tomster(&arguments);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
}
