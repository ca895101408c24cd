//! Random strategies through the calendar and every output format: no panic, every slot in the
//! period and on a posting day, at most the daily cap, pillars and formats from the slot's
//! message, and every file parses. Failing seeds are kept next to this file.

use std::collections::BTreeMap;

use proptest::prelude::*;
use tomster_core::analysis::Analysis;
use tomster_core::calendar::calendar;
use tomster_core::document::build_document;
use tomster_core::knowledge::Knowledge;
use tomster_core::load::from_toml_str;
use tomster_core::model::{Language, Weekday};
use tomster_core::values::Day;
use tomster_render::calendar_files::{
    Labels, hootsuite_files, write_csv, write_hootsuite, write_ics, write_metricool,
};
use tomster_render::html::render_html;
use tomster_render::markdown::render_markdown;

const NETWORKS: &[&str] = &[
    "instagram",
    "facebook",
    "linkedin",
    "x",
    "tiktok",
    "youtube",
];
const FORMATS: &[&str] = &[
    "image",
    "carousel",
    "short_video",
    "text",
    "story",
    "long_video",
];
const DAYS: &[&str] = &["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// A TOML basic string: quotes, backslashes and every control character escaped.
fn toml_string(text: &str) -> String {
    let mut quoted = String::from("\"");
    for character in text.chars() {
        match character {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            other if other.is_control() || other == '\u{2028}' => {
                quoted.push_str(&format!("\\u{:04X}", u32::from(other)))
            }
            other => quoted.push(other),
        }
    }
    quoted.push('"');
    quoted
}

/// A strategy as TOML text, from random choices.
#[allow(clippy::too_many_arguments)]
fn strategy_text(
    start_offset: i64,
    length: i64,
    country: usize,
    networks: Vec<(usize, u8, Vec<usize>, u8, bool)>,
    messages: Vec<(usize, Vec<usize>, Vec<usize>, String)>,
    operations: Vec<(i64, i64, usize, u8)>,
    timezone: usize,
) -> String {
    let start = Day::parse("2026-11-01").unwrap().plus_days(start_offset);
    let end = start.plus_days(length);
    let country = ["", "FR", "GB", "US", "BE", "CH", "CA", "DE"][country];
    let zone = ["Europe/Paris", "America/New_York", "Europe/London", "UTC"][timezone];
    let mut text = format!(
        "[strategy]\nname = \"Random\"\nstart = {start}\nend = {end}\ntimezone = \"{zone}\"\n"
    );
    if !country.is_empty() {
        text.push_str(&format!("country = \"{country}\"\n"));
    }
    text.push_str(
        "[[pillars]]\nid = \"a\"\nshare = 0.5\n[[pillars]]\nid = \"b\"\nshare = 0.3\n\
         [[pillars]]\nid = \"c\"\nshare = 0.2\n\
         [[personas]]\nid = \"p\"\nchannels = [\"instagram\", \"facebook\", \"linkedin\", \"x\", \"tiktok\", \"youtube\"]\n\
         stage_mix = { awareness = 0.5, consideration = 0.3, decision = 0.2 }\n",
    );
    let stages = ["awareness", "consideration", "decision"];
    for (stage, pillars, formats, words) in messages {
        let pillars: Vec<String> = pillars
            .iter()
            .map(|index| format!("\"{}\"", ["a", "b", "c"][*index]))
            .collect();
        let formats: Vec<String> = formats
            .iter()
            .map(|index| format!("\"{}\"", FORMATS[*index]))
            .collect();
        text.push_str(&format!(
            "[[messages]]\npersona = \"p\"\nstage = \"{}\"\nkey_message = {}\npillars = [{}]\ncontent_types = [{}]\n",
            stages[stage],
            toml_string(&words),
            pillars.join(", "),
            formats.join(", ")
        ));
    }
    let mut seen = Vec::new();
    for (network, cadence, days, cap, holidays) in networks {
        if seen.contains(&network) {
            continue;
        }
        seen.push(network);
        let days: Vec<String> = days
            .iter()
            .map(|day| format!("\"{}\"", DAYS[*day]))
            .collect();
        text.push_str(&format!(
            "[[always_on]]\nplatform = \"{}\"\nposts_per_week = {cadence}\ndays = [{}]\nmax_posts_per_day = {cap}\npost_on_holidays = {holidays}\n",
            NETWORKS[network],
            days.join(", ")
        ));
    }
    for (index, (from, span, network, cadence)) in operations.into_iter().enumerate() {
        let first = start.plus_days(from);
        text.push_str(&format!(
            "[[operations]]\nid = \"op{index}\"\nname = \"Operation {index}\"\nstart = {first}\nend = {}\nplatforms = [\"{}\"]\nposts_per_week = {cadence}\nkey_message = \"Now\"\n",
            first.plus_days(span),
            NETWORKS[network]
        ));
    }
    text
}

fn strategies() -> impl Strategy<Value = String> {
    (
        0i64..800,
        0i64..500,
        0usize..8,
        prop::collection::vec(
            (
                0usize..NETWORKS.len(),
                0u8..30,
                prop::collection::vec(0usize..7, 0..4),
                1u8..4,
                any::<bool>(),
            ),
            0..4,
        ),
        prop::collection::vec(
            (
                0usize..3,
                prop::collection::vec(0usize..3, 0..3),
                prop::collection::vec(0usize..FORMATS.len(), 0..3),
                "[a-zA-Zé,;\\\\\n\u{2028} ]{1,30}",
            ),
            0..6,
        ),
        prop::collection::vec(
            (-30i64..400, 0i64..60, 0usize..NETWORKS.len(), 0u8..40),
            0..3,
        ),
        0usize..4,
    )
        .prop_map(
            |(start, length, country, networks, messages, operations, zone)| {
                strategy_text(start, length, country, networks, messages, operations, zone)
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_strategies_give_calendars_true_to_them_in_every_format(text in strategies()) {
        let loaded = from_toml_str(&text).unwrap();
        let strategy = &loaded.strategy;
        let knowledge = Knowledge::embedded();
        let calendar = calendar(strategy, knowledge, None, None);
        let info = &strategy.strategy;
        let holidays = tomster_core::calendar::holidays_of(strategy, knowledge);
        let mut per_day: BTreeMap<(&str, Day), usize> = BTreeMap::new();
        for slot in &calendar.slots {
            prop_assert!(slot.date >= info.start && slot.date <= info.end, "{slot:?}");
            let entry = strategy
                .always_on
                .iter()
                .find(|entry| entry.platform.as_str() == slot.platform);
            if let Some(entry) = entry {
                if !entry.days.is_empty() {
                    prop_assert!(entry.days.contains(&Weekday::of(slot.date)), "{slot:?}");
                }
                if entry.post_on_holidays != Some(true) {
                    prop_assert!(!holidays.contains(&slot.date), "{slot:?}");
                }
            }
            *per_day.entry((slot.platform.as_str(), slot.date)).or_default() += 1;
            if slot.operation.is_none() && !slot.message.is_empty() {
                // Two messages may say the same words: the slot's is the one of its persona
                // and stage.
                let message = strategy
                    .messages
                    .iter()
                    .find(|message| {
                        message.key_message.as_deref() == Some(slot.message.as_str())
                            && message.stage == slot.stage
                            && slot.persona.as_deref() == Some(message.persona.as_str())
                    })
                    .unwrap();
                if !message.pillars.is_empty() {
                    prop_assert!(
                        message.pillars.iter().any(|id| Some(id.as_str()) == slot.pillar.as_deref()),
                        "{slot:?} {message:?}"
                    );
                }
                if !message.content_types.is_empty() {
                    prop_assert!(message.content_types.contains(&slot.format), "{slot:?}");
                }
            }
        }
        for ((platform, _), posts) in &per_day {
            let entry = strategy
                .always_on
                .iter()
                .find(|entry| entry.platform.as_str() == *platform);
            let cap = entry.and_then(|entry| entry.max_posts_per_day).unwrap_or(2);
            let cadence_needs = entry.map(|entry| entry.cadence()).unwrap_or(0.0);
            // The cap holds unless the always-on cadence alone needs more (and says so).
            let raised = calendar.notes.iter().any(|note| matches!(note,
                tomster_core::calendar::CalendarNote::CapRaised { platform: raised, .. } if raised == platform));
            prop_assert!(
                *posts <= usize::from(cap) || raised,
                "{posts} posts on {platform} (cap {cap}, cadence {cadence_needs})"
            );
        }

        let labels = Labels::new(strategy, knowledge, Language::French);
        let mut ics = Vec::new();
        write_ics(&mut ics, &calendar, &labels).unwrap();
        let ics = String::from_utf8(ics).unwrap();
        let unfolded = icalendar::parser::unfold(&ics);
        let parsed = icalendar::parser::read_calendar(&unfolded).unwrap();
        let events = parsed.components.iter().filter(|component| component.name == "VEVENT").count();
        prop_assert_eq!(events, calendar.slots.len() + calendar.operations.len() + calendar.events.len());
        prop_assert!(ics.chars().all(|character| !character.is_control() || "\r\n\t".contains(character)));
        let separators = ['\u{2028}', '\u{85}'];
        prop_assert!(!ics.contains(separators), "a line separator in the ICS");
        let mut csv_bytes = Vec::new();
        write_csv(&mut csv_bytes, &calendar, &labels).unwrap();
        let rows = csv::Reader::from_reader(csv_bytes.as_slice()).records().count();
        prop_assert_eq!(rows, calendar.slots.len() + calendar.events.len());
        let mut metricool = Vec::new();
        write_metricool(&mut metricool, &calendar, &labels).unwrap();
        prop_assert!(csv::Reader::from_reader(metricool.as_slice()).records().all(|row| row.is_ok()));
        for file in hootsuite_files(&calendar, knowledge) {
            let mut bytes = Vec::new();
            write_hootsuite(&mut bytes, &file, calendar.website.as_deref(), &labels).unwrap();
            let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(bytes.as_slice());
            for row in reader.records() {
                let row = row.unwrap();
                let minute: u32 = row[0][14..].parse().unwrap();
                prop_assert_eq!(minute % 5, 0);
            }
        }
        let analysis = Analysis::new(strategy, knowledge);
        let document = build_document(&analysis, Language::English, info.start);
        prop_assert!(render_html(&document).is_ok());
        prop_assert!(!render_markdown(&document, None).text.is_empty());
    }
}
