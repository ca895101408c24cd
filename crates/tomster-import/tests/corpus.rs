//! Every real export of `tests/exports/` (copied byte for byte from the project's corpus, with
//! SOURCES.md): imported with the expected counts, or refused with the expected sentence.

use std::path::{Path, PathBuf};

use jiff::civil::date;
use tomster_core::model::Language;
use tomster_import::{Context, Reading, read};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/exports")
}

fn context() -> Context {
    Context {
        today: date(2026, 12, 4),
        networks: vec![
            "instagram".into(),
            "linkedin".into(),
            "x".into(),
            "tiktok".into(),
            "youtube".into(),
        ],
        custom_metrics: vec!["bookings".into()],
        network: None,
        figures_only: false,
        workbook_worker: None,
    }
}

fn import(path: &str) -> Result<Reading, String> {
    let file = std::fs::File::open(corpus().join(path)).map_err(|e| e.to_string())?;
    read(std::io::BufReader::new(file), &context())
        .map_err(|refusal| format!("{}: {}", refusal.key, refusal.text(Language::English)))
}

/// Each file: the format, language, network, rows, posts and observations it gives, or the
/// refusal. Hand-checked figures of one file per platform are in the tests below.
type Expected = Result<(&'static str, &'static str, &'static str, u64, usize, usize), &'static str>;

const EXPECTED: &[(&str, Expected)] = &[
    (
        "facebook/fb-insights-page-level_VisualizationStudioVIC_2014-01.csv",
        Ok(("facebook_insights_page", "en", "facebook", 58, 0, 290)),
    ),
    (
        "facebook/fb-insights-post-level_LOK_2017-07-27_excel-resaved.xlsx",
        Ok(("facebook_insights_posts", "en", "facebook", 19, 7, 0)),
    ),
    (
        "facebook/fb-insights-post-level_LOK_2017-07-27_spreadsheetml.xls",
        Ok(("facebook_insights_posts", "en", "facebook", 19, 7, 0)),
    ),
    (
        "facebook/fb-insights-post-level_VisualizationStudioVIC_2014-01.csv",
        Ok(("facebook_insights_posts", "en", "facebook", 3, 3, 0)),
    ),
    (
        "facebook/fb-insights-video-posts_VisualizationStudioVIC_2014-01.csv",
        Ok(("facebook_insights_posts", "en", "facebook", 0, 0, 0)),
    ),
    (
        "facebook/mbs-insights-audience_EXCEL-BG-MANGLED_cp1251_vintage-bg.csv",
        Err("import-refused-breakdown"),
    ),
    (
        "facebook/mbs-insights-daily_Viewers_semicolon-resave_vintage-bg.csv",
        Ok(("meta_daily", "en", "instagram", 62, 0, 62)),
    ),
    (
        "facebook/mbs-page-posts_en_ProEfficient_Feb-01-2025_Mar-15-2025.csv",
        Ok(("facebook_posts", "en", "facebook", 20, 20, 0)),
    ),
    (
        "facebook/mbs-page-posts_en_SUGARCANE_Apr-02-2024_Jul-02-2024.csv",
        Ok(("facebook_posts", "en", "facebook", 59, 59, 0)),
    ),
    (
        "facebook/mbs-page-videos_ROW-QUOTED-resave_vintage-bg.csv",
        Err("import-refused-row-quoted"),
    ),
    (
        "ga4/events_event-name_ten10.csv",
        Ok(("ga4", "en", "website", 21, 0, 42)),
    ),
    (
        "ga4/pages-and-screens_multilingual-titles_tinnitushelp.csv",
        Ok(("ga4", "en", "website", 226, 0, 4)),
    ),
    (
        "ga4/pages-and-screens_page-path_crlf_planyourrecovery.csv",
        Ok(("ga4", "en", "website", 56, 0, 4)),
    ),
    (
        "ga4/pages-and-screens_page-path_large_first500.csv",
        Ok(("ga4", "en", "website", 490, 0, 5)),
    ),
    (
        "ga4/reports-snapshot_en-US_joel-hanson.csv",
        Ok(("ga4", "en", "website", 314, 0, 178)),
    ),
    (
        "ga4/reports-snapshot_es-site_impulse-english.csv",
        Ok(("ga4", "en", "website", 214, 0, 73)),
    ),
    (
        "instagram/mbs-ig-posts_bg_vintagerest_ROW-QUOTED-resave.csv",
        Err("import-refused-row-quoted"),
    ),
    (
        "instagram/mbs-ig-posts_en-headers_he-content_kan_Oct-Dec-2024_RECONSTRUCTED-first4.csv",
        Ok(("instagram_posts", "en", "instagram", 4, 4, 0)),
    ),
    (
        "instagram/mbs-ig-posts_es_revista_kairos_Dec-31-2025_Mar-22-2026_overlapping.csv",
        Ok(("instagram_posts", "es", "instagram", 15, 15, 0)),
    ),
    (
        "instagram/mbs-ig-posts_es_revista_kairos_Mar-26-2025_Mar-26-2026.csv",
        Ok(("instagram_posts", "es", "instagram", 53, 53, 0)),
    ),
    (
        "instagram/mbs-ig-stories_en-headers_he-content_kan_news_2026_RECONSTRUCTED-first10.csv",
        Ok(("instagram_posts", "en", "instagram", 10, 10, 0)),
    ),
    (
        "instagram/mbs-insights-daily_IG-Follows_utf16le-sep_vintagerest-bg.csv",
        Ok(("meta_daily", "en", "instagram", 40, 0, 40)),
    ),
    (
        "instagram/mbs-insights-daily_IG-Views_utf16le-sep_vintagerest-bg.csv",
        Ok(("meta_daily", "en", "instagram", 62, 0, 62)),
    ),
    (
        "linkedin/page-competitor-analytics_doorly-oman_1767085167105.xlsx",
        Err("import-refused-competitors"),
    ),
    (
        "linkedin/page-content_doorly-oman_1774355.xls",
        Ok((
            "linkedin_metrics+linkedin_posts",
            "en",
            "linkedin",
            93,
            3,
            450,
        )),
    ),
    (
        "linkedin/page-content_pro-efficient-data-entry_1742193384396.xls",
        Ok((
            "linkedin_metrics+linkedin_posts",
            "en",
            "linkedin",
            38,
            8,
            150,
        )),
    ),
    (
        "linkedin/page-followers_doorly-oman_1774355.xls",
        Ok(("linkedin_followers", "en", "linkedin", 90, 0, 90)),
    ),
    (
        "linkedin/page-visitors_doorly-oman_1774355.xls",
        Ok(("linkedin_visitors", "en", "linkedin", 90, 0, 90)),
    ),
    (
        "tiktok/2021-weatherchannel_Follower-activity.csv",
        Err("import-refused-breakdown"),
    ),
    (
        "tiktok/2021-weatherchannel_Gender.csv",
        Err("import-refused-breakdown"),
    ),
    (
        "tiktok/2021-weatherchannel_Last-60-days.csv",
        Ok(("tiktok_overview", "en", "tiktok", 60, 0, 180)),
    ),
    (
        "tiktok/2021-weatherchannel_Top-Territories.csv",
        Err("import-refused-breakdown"),
    ),
    (
        "tiktok/2021-weatherchannel_Trending-Videos.csv",
        Ok(("tiktok_content", "en", "tiktok", 9, 9, 0)),
    ),
    (
        "tiktok/2021-weatherchannel_Video-Posts.csv",
        Ok(("tiktok_content", "en", "tiktok", 11, 11, 0)),
    ),
    (
        "tiktok/bosszy-Overview.csv",
        Ok(("tiktok_overview", "en", "tiktok", 7, 0, 35)),
    ),
    (
        "tiktok/bosszy-Overview.xlsx",
        Ok(("tiktok_overview", "en", "tiktok", 7, 0, 35)),
    ),
    (
        "tiktok/es-Overview.csv",
        Ok(("tiktok_overview", "en", "tiktok", 7, 0, 35)),
    ),
    (
        "tiktok/haileytupy-Content-4.csv",
        Ok(("tiktok_content", "en", "tiktok", 12, 12, 0)),
    ),
    (
        "tiktok/haileytupy-Content.csv",
        Ok(("tiktok_content", "en", "tiktok", 13, 13, 0)),
    ),
    (
        "tiktok/haileytupy-FollowerActivity.csv",
        Err("import-refused-breakdown"),
    ),
    (
        "tiktok/haileytupy-FollowerGender.csv",
        Err("import-refused-breakdown"),
    ),
    (
        "tiktok/haileytupy-FollowerHistory.csv",
        Ok(("tiktok_followers", "en", "tiktok", 365, 0, 340)),
    ),
    (
        "tiktok/haileytupy-FollowerTopTerritories.csv",
        Err("import-refused-breakdown"),
    ),
    (
        "tiktok/haileytupy-Overview.csv",
        Ok(("tiktok_overview", "en", "tiktok", 365, 0, 1825)),
    ),
    (
        "tiktok/haileytupy-Viewers.csv",
        Ok(("tiktok_viewers", "en", "tiktok", 365, 0, 340)),
    ),
    (
        "tiktok/studio-content_bg_vintagerest-bg.csv",
        Ok(("tiktok_content", "en", "tiktok", 51, 51, 0)),
    ),
    (
        "tiktok/studio-followers_slash-dates_NAN_vintagerest-bg.csv",
        Ok(("tiktok_followers", "en", "tiktok", 62, 0, 123)),
    ),
    (
        "tiktok/studio-overview_slash-dates_NAN_vintagerest-bg.csv",
        Ok(("tiktok_overview", "en", "tiktok", 62, 0, 619)),
    ),
    (
        "universal-analytics/ua_browser-version-os_en-US.csv",
        Err("import-refused-universal-analytics"),
    ),
    (
        "universal-analytics/ua_browser-version_nl-NL.csv",
        Err("import-refused-universal-analytics"),
    ),
    (
        "x/account_analytics_content_en_wormhole.csv",
        Ok(("x_content", "en", "x", 141, 141, 0)),
    ),
    (
        "x/account_analytics_content_ja_K_chachamaru.csv",
        Ok(("x_content", "ja", "x", 499, 491, 0)),
    ),
    (
        "x/account_overview_analytics_en_koe.csv",
        Ok(("x_overview", "en", "x", 7, 0, 77)),
    ),
    (
        "x/account_overview_analytics_en_wormhole.csv",
        Ok(("x_overview", "en", "x", 50, 0, 550)),
    ),
    (
        "x/daily_tweet_activity_metrics_en_ADHOrg_202104.csv",
        Ok(("x_daily_activity", "en", "x", 30, 0, 300)),
    ),
    (
        "x/tweet_activity_metrics_en_ADHOrg_202104.csv",
        Ok(("x_tweet_activity", "en", "x", 31, 31, 0)),
    ),
    (
        "x/tweet_activity_metrics_pt-BR_vayno.csv",
        Ok(("x_tweet_activity", "pt", "x", 332, 332, 0)),
    ),
    (
        "youtube/hindi-channel_Table-data_new-columns.csv",
        Ok(("youtube_table", "en", "youtube", 484, 484, 0)),
    ),
    (
        "youtube/shorts-channel_Chart-data_first500.csv",
        Ok(("youtube_chart", "en", "youtube", 499, 0, 365)),
    ),
    (
        "youtube/shorts-channel_Table-data.csv",
        Ok(("youtube_table", "en", "youtube", 442, 442, 0)),
    ),
    (
        "youtube/shorts-channel_Totals_likely-excel-resaved.csv",
        Ok(("youtube_totals", "en", "youtube", 365, 0, 365)),
    ),
    (
        "youtube/suuz-Table-data.csv",
        Ok(("youtube_table", "en", "youtube", 24, 24, 0)),
    ),
];

#[test]
fn every_file_of_the_corpus_imports_or_is_refused_in_words() {
    let mut seen = 0;
    for dir in std::fs::read_dir(corpus()).into_iter().flatten().flatten() {
        for file in std::fs::read_dir(dir.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            seen += 1;
            let relative = file
                .path()
                .strip_prefix(corpus())
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            assert!(
                EXPECTED.iter().any(|(name, _)| *name == relative),
                "{relative} has no expectation"
            );
        }
    }
    assert_eq!(
        seen,
        EXPECTED.len(),
        "every file of the corpus is listed once"
    );
    assert_eq!(seen, 62);
    for (file, expected) in EXPECTED {
        let got = import(file);
        match (expected, &got) {
            (Ok((format, language, network, rows, posts, observations)), Ok(reading)) => {
                assert_eq!(
                    (
                        reading.format.as_str(),
                        reading.language.as_str(),
                        reading.network.as_str(),
                        reading.rows,
                        reading.posts.len(),
                        reading.observations.len()
                    ),
                    (*format, *language, *network, *rows, *posts, *observations),
                    "{file}"
                );
                assert_eq!(reading.error_count, 0, "{file}: {:?}", reading.errors);
            }
            (Err(key), Err(refusal)) => {
                assert!(
                    refusal.starts_with(&format!("{key}: ")),
                    "{file}: {refusal}"
                );
                // The sentence is written out, in both languages: no key left untranslated.
                let sentence = &refusal[key.len() + 2..];
                assert!(
                    !sentence.contains("import-") && sentence.ends_with('.'),
                    "{file}: {refusal}"
                );
            }
            _ => panic!(
                "{file}: expected {expected:?}, got {:?}",
                got.map(|r| r.format)
            ),
        }
    }
}

#[test]
#[ignore = "prints what every file of the corpus gives: cargo test -p tomster-import --test corpus dump -- --ignored --nocapture"]
fn dump() {
    let mut files: Vec<PathBuf> = Vec::new();
    for dir in std::fs::read_dir(corpus()).into_iter().flatten().flatten() {
        if dir.path().is_dir() {
            for file in std::fs::read_dir(dir.path())
                .into_iter()
                .flatten()
                .flatten()
            {
                files.push(file.path());
            }
        }
    }
    files.sort();
    for file in files {
        let relative = file
            .strip_prefix(corpus())
            .unwrap_or(&file)
            .display()
            .to_string();
        match import(&relative) {
            Ok(reading) => {
                println!(
                    "OK {relative}: {} {} {} acct={:?} {:?}..{:?} rows={} skipped={} posts={} obs={} errors={}",
                    reading.format,
                    reading.language,
                    reading.network,
                    reading.account,
                    reading.from,
                    reading.to,
                    reading.rows,
                    reading.skipped_rows,
                    reading.posts.len(),
                    reading.observations.len(),
                    reading.error_count
                );
                for warning in &reading.warnings {
                    println!("   warning: {}", warning.text(Language::English));
                }
                for error in reading.errors.iter().take(3) {
                    println!(
                        "   error: {:?} line {} {:?}: {}",
                        error.sheet,
                        error.line,
                        error.column,
                        error.message.text(Language::English)
                    );
                }
                if let Some(post) = reading.posts.first() {
                    println!(
                        "   first post: {} {:?} {:?} {:?}",
                        post.id,
                        post.published.map(|p| p.at.to_string()),
                        post.account,
                        post.metrics
                            .iter()
                            .map(|(m, v)| format!("{}={v}", m.id()))
                            .collect::<Vec<_>>()
                    );
                }
                if let Some(o) = reading.observations.first() {
                    println!(
                        "   first obs: {} {:?} {:?} {}",
                        o.metric.id(),
                        o.span,
                        o.dimension,
                        o.value
                    );
                }
            }
            Err(refusal) => println!("REFUSED {relative}: {refusal}"),
        }
    }
}

fn post<'r>(reading: &'r Reading, id: &str) -> &'r tomster_core::results::Post {
    match reading.posts.iter().find(|p| p.id == id) {
        Some(post) => post,
        None => panic!("post {id} not found"),
    }
}

fn figure(post: &tomster_core::results::Post, metric: &str) -> Option<f64> {
    post.metrics
        .iter()
        .find(|(m, _)| m.id() == metric)
        .map(|(_, v)| *v)
}

fn ok(path: &str) -> Reading {
    match import(path) {
        Ok(reading) => reading,
        Err(refusal) => panic!("{path}: {refusal}"),
    }
}

/// Figures read off the files by eye (a text editor for CSV, xlrd for LinkedIn's .xls).
#[test]
fn hand_checked_figures_one_file_per_platform() {
    // Instagram: the first post of the Hebrew-content export.
    let instagram = ok(
        "instagram/mbs-ig-posts_en-headers_he-content_kan_Oct-Dec-2024_RECONSTRUCTED-first4.csv",
    );
    let reel = post(&instagram, "18049961678019039");
    assert_eq!(
        reel.published.map(|p| p.at.to_string()),
        Some("2024-12-18T21:43:00".into())
    );
    assert_eq!(reel.kind.as_deref(), Some("IG reel"));
    assert_eq!(reel.account.as_deref(), Some("kan_news"));
    for (metric, value) in [
        ("views", 49198.0),
        ("reach", 32498.0),
        ("likes", 954.0),
        ("shares", 36.0),
        ("follows", 6.0),
        ("comments", 123.0),
        ("saves", 24.0),
    ] {
        assert_eq!(figure(reel, metric), Some(value), "{metric}");
    }
    // Instagram in Spanish: `Fecha` holds `Total`, headers localised.
    let kairos = ok("instagram/mbs-ig-posts_es_revista_kairos_Mar-26-2025_Mar-26-2026.csv");
    assert_eq!(kairos.language, "es");
    let first = post(&kairos, "18148559188481340");
    assert_eq!(figure(first, "views"), Some(543.0));
    assert_eq!(figure(first, "reach"), Some(227.0));

    // Facebook: reactions are likes, seconds viewed become hours.
    let facebook = ok("facebook/mbs-page-posts_en_SUGARCANE_Apr-02-2024_Jul-02-2024.csv");
    let p = post(&facebook, "980197593467253");
    assert_eq!(
        p.published.map(|p| p.at.to_string()),
        Some("2024-04-02T04:32:00".into())
    );
    for (metric, value) in [
        ("reach", 11581.0),
        ("likes", 845.0),
        ("comments", 61.0),
        ("shares", 89.0),
        ("clicks", 577.0),
        ("link_clicks", 5.0),
        ("views", 4582.0),
    ] {
        assert_eq!(figure(p, metric), Some(value), "{metric}");
    }
    assert!(figure(p, "watch_time").is_some_and(|h| (h - 96808.007 / 3600.0).abs() < 1e-9));

    // LinkedIn's BIFF .xls: the first post of `All posts`, a text date `02/04/2026`.
    let linkedin = ok("linkedin/page-content_doorly-oman_1774355.xls");
    let first = linkedin
        .posts
        .iter()
        .find(|p| p.published.map(|d| d.at.date()) == Some(date(2026, 2, 4)));
    let first = first.unwrap_or_else(|| panic!("the post of 4 February 2026"));
    for (metric, value) in [
        ("impressions", 37.0),
        ("clicks", 1.0),
        ("likes", 1.0),
        ("comments", 0.0),
        ("shares", 0.0),
    ] {
        assert_eq!(figure(first, metric), Some(value), "{metric}");
    }

    // X: floats written `825.0`, the time with its offset.
    let x = ok("x/tweet_activity_metrics_en_ADHOrg_202104.csv");
    let tweet = post(&x, "1388063576737214466");
    assert_eq!(
        tweet
            .published
            .map(|p| (p.at.to_string(), p.offset_minutes)),
        Some(("2021-04-30T09:32:00".into(), Some(0)))
    );
    for (metric, value) in [
        ("impressions", 825.0),
        ("engagements", 10.0),
        ("shares", 2.0),
        ("comments", 0.0),
        ("likes", 6.0),
        ("profile_visits", 1.0),
    ] {
        assert_eq!(figure(tweet, metric), Some(value), "{metric}");
    }
    assert_eq!(tweet.account.as_deref(), Some("ADHOrg"));

    // TikTok: the id and the account from the link, `Total shares` with a no-break space.
    let tiktok = ok("tiktok/2021-weatherchannel_Trending-Videos.csv");
    let video = post(&tiktok, "6939232089107647749");
    assert_eq!(video.account.as_deref(), Some("weatherchannel"));
    for (metric, value) in [
        ("likes", 22893.0),
        ("comments", 832.0),
        ("shares", 2387.0),
        ("views", 255006.0),
    ] {
        assert_eq!(figure(video, metric), Some(value), "{metric}");
    }

    // YouTube: the `Total` row left out, hours of watch time.
    let youtube = ok("youtube/suuz-Table-data.csv");
    assert!(youtube.posts.iter().all(|p| p.id != "Total"));
    let video = post(&youtube, "oEDe6JMwL7Q");
    assert_eq!(
        video.published.map(|p| p.at.date()),
        Some(date(2020, 4, 29))
    );
    for (metric, value) in [
        ("views", 58005.0),
        ("watch_time", 1321.6783),
        ("impressions", 797168.0),
    ] {
        assert_eq!(figure(video, metric), Some(value), "{metric}");
    }
    // A video id that begins with `-` loses the space YouTube puts before it.
    let hindi = ok("youtube/hindi-channel_Table-data_new-columns.csv");
    assert!(hindi.posts.iter().all(|p| !p.id.starts_with(' ')));

    // GA4: the pages report adds up to the period's total (779 views, 1,946 events).
    let ga4 = ok("ga4/pages-and-screens_page-path_crlf_planyourrecovery.csv");
    let total = |metric: &str| {
        ga4.observations
            .iter()
            .find(|o| o.metric.id() == metric && o.dimension.is_none())
            .map(|o| o.value)
    };
    assert_eq!(total("page_views"), Some(779.0));
    assert_eq!(total("events"), Some(1946.0));
    assert_eq!(ga4.account.as_deref(), Some("Plan Your Recovery - GA4"));
    assert_eq!(
        (ga4.from, ga4.to),
        (Some(date(2026, 2, 24)), Some(date(2026, 3, 23)))
    );
}

/// Daily series: UTF-16 with `sep=`, a metric-name line, dates without a year, Excel's
/// day-first re-save.
#[test]
fn daily_series_in_every_layout() {
    let views = ok("instagram/mbs-insights-daily_IG-Views_utf16le-sep_vintagerest-bg.csv");
    assert_eq!(views.network, "instagram");
    let first = &views.observations[0];
    assert_eq!(
        (first.metric.id(), first.span.first_day(), first.value),
        ("views", date(2025, 10, 31), 3227.0)
    );

    // A year-long series without a year that crosses New Year: placed backwards from the day
    // of the import (4 December 2026), the last row on 27 February 2026.
    let overview = ok("tiktok/haileytupy-Overview.csv");
    assert_eq!(
        (overview.from, overview.to),
        (Some(date(2025, 2, 28)), Some(date(2026, 2, 27)))
    );
    assert!(
        overview
            .warnings
            .iter()
            .any(|w| w.key == "import-warning-no-year")
    );
    let days: std::collections::BTreeSet<_> = overview
        .observations
        .iter()
        .map(|o| o.span.first_day())
        .collect();
    assert_eq!(days.len(), 365, "one day per row, none placed twice");

    // `13-06-2025`, re-saved by Excel in an Indian locale: day first.
    let totals = ok("youtube/shorts-channel_Totals_likely-excel-resaved.csv");
    assert_eq!(totals.observations[0].span.first_day(), date(2025, 6, 13));
    assert_eq!(totals.observations[0].value, 1224.0);

    // X's overview is newest first, with quoted `"Tue, Feb 18, 2025"` dates.
    let x = ok("x/account_overview_analytics_en_wormhole.csv");
    assert_eq!(
        (x.from, x.to),
        (Some(date(2024, 12, 31)), Some(date(2025, 2, 18)))
    );
}

/// The two overlapping Instagram exports give the same posts and figures in either order, and
/// the second import updates posts rather than adding them again.
#[test]
fn overlapping_exports_in_either_order_give_the_same_result() {
    let whole = ok("instagram/mbs-ig-posts_es_revista_kairos_Mar-26-2025_Mar-26-2026.csv");
    let part =
        ok("instagram/mbs-ig-posts_es_revista_kairos_Dec-31-2025_Mar-22-2026_overlapping.csv");
    let shared = part
        .posts
        .iter()
        .filter(|p| whole.posts.iter().any(|w| w.id == p.id))
        .count();
    assert!(shared > 0, "the exports overlap");
    let differing = part
        .posts
        .iter()
        .filter(|p| {
            whole
                .posts
                .iter()
                .any(|w| w.id == p.id && w.metrics != p.metrics)
        })
        .count();
    assert!(
        differing > 0,
        "the same posts have different lifetime totals"
    );

    let load = |first: &Reading, second: &Reading| {
        let mut set = tomster_core::results::ResultSet::new();
        let a = set.add(
            first.posts.clone(),
            first.observations.clone(),
            first.to.unwrap_or(date(2000, 1, 1)),
        );
        let b = set.add(
            second.posts.clone(),
            second.observations.clone(),
            second.to.unwrap_or(date(2000, 1, 1)),
        );
        (set, a, b)
    };
    let (one, _, second_changes) = load(&whole, &part);
    let (other, _, _) = load(&part, &whole);
    let posts = |set: &tomster_core::results::ResultSet| set.posts().cloned().collect::<Vec<_>>();
    assert_eq!(posts(&one), posts(&other));
    assert_eq!(one.monthly_figures(), other.monthly_figures());
    assert_eq!(
        posts(&one).len(),
        whole.posts.len() + part.posts.len() - shared
    );
    assert_eq!(
        second_changes.posts.added as usize,
        part.posts.len() - shared
    );
    assert_eq!(
        (second_changes.posts.updated + second_changes.posts.unchanged) as usize,
        shared
    );

    // The same file twice: nothing added, nothing changed.
    let mut set = tomster_core::results::ResultSet::new();
    set.add(whole.posts.clone(), vec![], date(2026, 3, 26));
    let again = set.add(whole.posts.clone(), vec![], date(2026, 3, 26));
    assert_eq!((again.posts.added, again.posts.updated), (0, 0));
    assert_eq!(again.posts.unchanged as usize, whole.posts.len());
}

/// A known metric column with a value it cannot read is an error at its file, row and column;
/// unknown columns are warnings; the good rows are still read (the caller decides).
#[test]
fn errors_are_located_and_unknown_columns_are_warnings() {
    let csv = "Date,Video Views,Profile Views,Likes,Comments,Shares,Mood\n\
               2026-03-01,10,1,2,0,0,happy\n\
               2026-03-02,12a,1,2,0,0,sad\n\
               2026-03-03,9,1,oops,0,0,fine\n";
    let reading = match read(csv.as_bytes(), &context()) {
        Ok(reading) => reading,
        Err(refusal) => panic!("{}", refusal.key),
    };
    assert_eq!(reading.format, "tiktok_overview");
    assert_eq!(reading.rows, 3);
    assert_eq!(reading.skipped_rows, 2);
    assert_eq!(reading.error_count, 2);
    let located: Vec<(u64, Option<&str>)> = reading
        .errors
        .iter()
        .map(|e| (e.line, e.column.as_deref()))
        .collect();
    assert_eq!(located, vec![(3, Some("Video Views")), (4, Some("Likes"))]);
    assert_eq!(
        reading.errors[0].message.text(Language::English),
        "\"12a\" is not a number."
    );
    assert_eq!(
        reading.errors[0].message.text(Language::French),
        "« 12a » n'est pas un nombre."
    );
    let unknown = reading
        .warnings
        .iter()
        .find(|w| w.key == "import-warning-unknown-columns");
    assert_eq!(
        unknown.map(|w| w.text(Language::English)).as_deref(),
        Some("One column was not imported: Mood.")
    );
    assert_eq!(
        reading
            .observations
            .iter()
            .filter(|o| o.span.first_day() == date(2026, 3, 1))
            .count(),
        5
    );

    // A sheet's error names the sheet.
    let mut book = Vec::new();
    book.extend_from_slice(b"<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"Key Metrics\"><Table>");
    book.extend_from_slice(b"<Row><Cell><Data ss:Type=\"String\">Post ID</Data></Cell><Cell><Data ss:Type=\"String\">Posted</Data></Cell><Cell><Data ss:Type=\"String\">Lifetime Post Total Reach</Data></Cell></Row>");
    book.extend_from_slice(b"<Row><Cell><Data ss:Type=\"String\">1_2</Data></Cell><Cell><Data ss:Type=\"String\">2017-07-22T05:30:00.000</Data></Cell><Cell><Data ss:Type=\"String\">lots</Data></Cell></Row>");
    book.extend_from_slice(b"</Table></Worksheet></Workbook>");
    let reading = match read(book.as_slice(), &context()) {
        Ok(reading) => reading,
        Err(refusal) => panic!("{}", refusal.key),
    };
    let error = &reading.errors[0];
    assert_eq!(
        (error.sheet.as_deref(), error.line, error.column.as_deref()),
        (Some("Key Metrics"), 2, Some("Lifetime Post Total Reach"))
    );
}

#[test]
fn a_week_number_past_any_date_is_an_error_in_its_cell() {
    // Found by the fuzz target: the n-th week of a GA4 table multiplied past i64 (a panic in
    // a debug build, a wrong date in a release one).
    let file = "# Start date: 20250101\n# End date: 20251231\nNth week,Active users\n\
                0000,120\n9223372036854775807,5\n0001,130\n";
    let reading = read(file.as_bytes(), &context()).unwrap();
    assert_eq!(reading.error_count, 1, "{:?}", reading.errors);
    assert_eq!(reading.errors[0].line, 5);
    assert_eq!(reading.observations.len(), 2);
}

/// The generic long CSV: catalogue metrics, catalogue KPI ids, the strategy's own KPIs; an
/// unknown network or metric is an error at its row.
#[test]
fn the_long_csv_takes_the_figures_only_the_business_has() {
    let csv = "date,network,metric,value,post_id\n\
               2026-03-01,instagram,likes,12,\n\
               2026-03-02,instagram,bookings,3,\n\
               2026-03-02,instagram,video_views,\"1,200\",C123\n\
               2026-03-03,myspace,likes,1,\n\
               2026-03-03,x,happiness,1,\n";
    let reading = match read(csv.as_bytes(), &context()) {
        Ok(reading) => reading,
        Err(refusal) => panic!("{}", refusal.key),
    };
    assert_eq!(reading.format, "long_csv");
    assert_eq!(reading.observations.len(), 2);
    assert_eq!(reading.observations[1].metric.id(), "bookings");
    assert_eq!(reading.posts.len(), 1);
    assert_eq!(figure(&reading.posts[0], "views"), Some(1200.0));
    let columns: Vec<_> = reading
        .errors
        .iter()
        .map(|e| (e.line, e.column.clone()))
        .collect();
    assert_eq!(
        columns,
        vec![(5, Some("network".into())), (6, Some("metric".into()))]
    );
}

/// Files that are not exports are refused with a sentence, in both languages.
#[test]
fn what_is_not_an_export_is_refused_in_words() {
    let cases: &[(&[u8], &str)] = &[
        (b"", "import-refused-empty"),
        (b"PK\x03\x04\x14\x00photos/a.jpg", "import-refused-archive"),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "import-refused-image"),
        (b"%PDF-1.7\n", "import-refused-pdf"),
        (b"{\"data\": []}", "import-refused-not-a-table"),
        (b"name,colour\nrose,red\n", "import-refused-unknown"),
        (
            b"PK\x03\x04\x14\x00xl/workbook.xml garbage",
            "import-refused-damaged-workbook",
        ),
        (
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 broken",
            "import-refused-damaged-workbook",
        ),
    ];
    for (bytes, key) in cases {
        match read(*bytes, &context()) {
            Ok(reading) => panic!("{key}: read as {}", reading.format),
            Err(refusal) => {
                assert_eq!(refusal.key, *key);
                for language in [Language::English, Language::French] {
                    let sentence = refusal.text(language);
                    assert!(
                        !sentence.starts_with("import-") && sentence.ends_with('.'),
                        "{sentence}"
                    );
                }
            }
        }
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn corpus_files() -> Vec<Vec<u8>> {
        EXPECTED
            .iter()
            .filter_map(|(file, _)| std::fs::read(corpus().join(file)).ok())
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        /// Random bytes never make an importer panic.
        #[test]
        fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
            let _ = read(bytes.as_slice(), &context());
        }

        /// Real exports, cut short and with bytes changed, never make an importer panic.
        #[test]
        fn damaged_exports_never_panic(file in 0usize..62, cut in 0.0f64..1.0, flips in proptest::collection::vec((0.0f64..1.0, any::<u8>()), 0..16)) {
            let files = corpus_files();
            let mut bytes = files[file % files.len()].clone();
            let keep = (bytes.len() as f64 * cut) as usize;
            bytes.truncate(keep.max(1));
            let len = bytes.len();
            for (at, byte) in flips {
                let index = ((len as f64 * at) as usize).min(len - 1);
                bytes[index] = byte;
            }
            let _ = read(bytes.as_slice(), &context());
        }
    }
}

/// Every workbook of the corpus cut short at every 7th byte of its first 8 KiB: read or refused,
/// never a panic (calamine asserted on a truncated .xls before the importer caught it).
#[test]
fn workbooks_cut_short_are_refused_not_a_crash() {
    for (file, _) in EXPECTED
        .iter()
        .filter(|(file, _)| file.ends_with(".xls") || file.ends_with(".xlsx"))
    {
        let bytes = std::fs::read(corpus().join(file)).unwrap_or_default();
        for cut in (1..bytes.len().min(8192)).step_by(7) {
            if let Err(refusal) = read(&bytes[..cut], &context()) {
                assert!(
                    refusal.key.starts_with("import-refused-"),
                    "{file} cut at {cut}: {}",
                    refusal.key
                );
            }
        }
    }
}
