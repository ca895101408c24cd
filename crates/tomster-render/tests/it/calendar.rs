//! The calendar files of each example: golden files, an independent ICS parser, and the
//! scheduler files checked column by column.

use tomster_core::calendar::{Calendar, calendar};
use tomster_core::knowledge::Knowledge;
use tomster_core::load::from_toml_str;
use tomster_core::model::Language;
use tomster_render::calendar_files::{
    Labels, METRICOOL_NETWORKS, hootsuite_files, unwritten_slots, write_csv, write_hootsuite,
    write_ics, write_metricool,
};

use crate::golden::{check_golden, examples, test_data};

fn ics_of(calendar: &Calendar, labels: &Labels<'_>) -> String {
    let mut bytes = Vec::new();
    write_ics(&mut bytes, calendar, labels).unwrap();
    String::from_utf8(bytes).unwrap()
}

#[test]
fn every_example_calendar_matches_its_golden_files() {
    for (name, loaded) in examples() {
        let knowledge = Knowledge::embedded();
        let language = loaded.strategy.strategy.language.unwrap();
        let calendar = calendar(&loaded.strategy, knowledge, None, None);
        let labels = Labels::new(&loaded.strategy, knowledge, language);
        let directory = test_data().join(name);

        check_golden(
            &directory.join("calendar.ics"),
            ics_of(&calendar, &labels).as_bytes(),
        );
        let mut csv = Vec::new();
        write_csv(&mut csv, &calendar, &labels).unwrap();
        check_golden(&directory.join("calendar.csv"), &csv);
        let mut metricool = Vec::new();
        write_metricool(&mut metricool, &calendar, &labels).unwrap();
        check_golden(&directory.join("metricool.csv"), &metricool);
        for file in hootsuite_files(&calendar, Knowledge::embedded()) {
            let mut bytes = Vec::new();
            write_hootsuite(&mut bytes, &file, calendar.website.as_deref(), &labels).unwrap();
            check_golden(&directory.join(file.file_name()), &bytes);
        }
    }
}

#[test]
fn an_independent_parser_reads_every_event() {
    for (name, loaded) in examples() {
        let knowledge = Knowledge::embedded();
        let calendar = calendar(&loaded.strategy, knowledge, None, None);
        let labels = Labels::new(&loaded.strategy, knowledge, Language::French);
        let text = ics_of(&calendar, &labels);
        assert!(
            text.lines().all(|line| line.len() <= 76),
            "{name}: a line is longer than 75 octets"
        );
        assert!(
            text.split("\r\n").all(|line| !line.contains('\n')),
            "{name}: bare line feed"
        );
        let unfolded = icalendar::parser::unfold(&text);
        let parsed = icalendar::parser::read_calendar(&unfolded).unwrap();
        let events: Vec<_> = parsed
            .components
            .iter()
            .filter(|component| component.name == "VEVENT")
            .collect();
        assert_eq!(
            events.len(),
            calendar.slots.len() + calendar.operations.len() + calendar.events.len(),
            "{name}"
        );
        let mut uids: Vec<String> = events
            .iter()
            .map(|event| event.find_prop("UID").unwrap().val.to_string())
            .collect();
        uids.sort();
        uids.dedup();
        assert_eq!(uids.len(), events.len(), "{name}: UIDs are unique");
        for event in &events {
            for property in ["DTSTAMP", "DTSTART", "SUMMARY"] {
                assert!(
                    event.find_prop(property).is_some(),
                    "{name}: {property} missing"
                );
            }
        }
        // Posting times are local to the strategy's zone: 12:30 in Paris in January is 11:30 UTC.
        if name == "boulangerie" {
            assert!(
                uids.iter().all(|uid| uid.ends_with("@dupain-2027.tomster")),
                "UIDs follow strategy.id"
            );
            let first_instagram = events
                .iter()
                .find(|event| {
                    event
                        .find_prop("UID")
                        .unwrap()
                        .val
                        .as_str()
                        .starts_with("instagram-2027-01-02")
                })
                .unwrap();
            assert_eq!(
                first_instagram.find_prop("DTSTART").unwrap().val.as_str(),
                "20270102T113000Z"
            );
            // 1 January is a public holiday in France: no post that day.
            assert!(
                uids.iter().all(|uid| !uid.contains("-2027-01-01-")),
                "a post on New Year's Day"
            );
        }
    }
}

#[test]
fn hootsuite_files_have_three_columns_no_header_and_at_most_350_rows() {
    for (name, loaded) in examples() {
        let knowledge = Knowledge::embedded();
        let calendar = calendar(&loaded.strategy, knowledge, None, None);
        let labels = Labels::new(&loaded.strategy, knowledge, Language::English);
        let files = hootsuite_files(&calendar, Knowledge::embedded());
        let total: usize = files.iter().map(|file| file.slots.len()).sum();
        assert_eq!(
            total,
            calendar.slots.len() - unwritten_slots(&calendar),
            "{name}"
        );
        for file in &files {
            assert!(file.slots.len() <= Knowledge::embedded().calendar.vendors.hootsuite_max_rows);
            let mut bytes = Vec::new();
            write_hootsuite(&mut bytes, file, calendar.website.as_deref(), &labels).unwrap();
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(bytes.as_slice());
            let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
            assert_eq!(rows.len(), file.slots.len());
            for (row, slot) in rows.iter().zip(&file.slots) {
                assert_eq!(row.len(), 3);
                let date = slot.date.date();
                // Hootsuite's times are on a 5-minute step, near the slot's own.
                let (day, time) = row[0].split_once(' ').unwrap();
                assert_eq!(
                    day,
                    format!("{:02}/{:02}/{}", date.month(), date.day(), date.year())
                );
                let minute: u32 = time[3..].parse().unwrap();
                assert_eq!(minute % 5, 0, "{name}: {time}");
                assert!(!row[1].is_empty(), "a message to publish");
                assert_eq!(&row[2], calendar.website.as_deref().unwrap_or(""));
                assert_eq!(file.platform, slot.platform.as_str());
            }
        }
    }
}

#[test]
fn a_network_beyond_350_posts_is_split_into_numbered_files() {
    let text = "[strategy]\nname = \"Busy\"\nstart = 2027-01-01\nend = 2027-12-31\n\
                [[personas]]\nid = \"p\"\nchannels = [\"x\"]\nstage_mix = { awareness = 1.0 }\n\
                [[messages]]\npersona = \"p\"\nstage = \"awareness\"\nkey_message = \"Hello\"\n\
                [[always_on]]\nplatform = \"x\"\nposts_per_week = 14\n";
    let loaded = from_toml_str(text).unwrap();
    let calendar = calendar(&loaded.strategy, Knowledge::embedded(), None, None);
    let files = hootsuite_files(&calendar, Knowledge::embedded());
    let names: Vec<String> = files.iter().map(|file| file.file_name()).collect();
    assert_eq!(
        names,
        [
            "hootsuite-x-01.csv",
            "hootsuite-x-02.csv",
            "hootsuite-x-03.csv"
        ]
    );
    assert_eq!(files[0].slots.len(), 350);
    assert_eq!(
        files.iter().map(|file| file.slots.len()).sum::<usize>(),
        calendar.slots.len()
    );

    // Slots without a written message are not sent to Hootsuite, which would publish them.
    let unwritten = "[strategy]\nname = \"Draft\"\nstart = 2027-01-01\nend = 2027-01-31\n[[always_on]]\nplatform = \"x\"\nposts_per_week = 3\n";
    let loaded = from_toml_str(unwritten).unwrap();
    let draft =
        tomster_core::calendar::calendar(&loaded.strategy, Knowledge::embedded(), None, None);
    assert!(hootsuite_files(&draft, Knowledge::embedded()).is_empty());
    assert_eq!(
        tomster_render::calendar_files::unwritten_slots(&draft),
        draft.slots.len()
    );
}

#[test]
fn metricool_rows_flag_exactly_one_network() {
    for (name, loaded) in examples() {
        let knowledge = Knowledge::embedded();
        let calendar = calendar(&loaded.strategy, knowledge, None, None);
        let labels = Labels::new(&loaded.strategy, knowledge, Language::English);
        let mut bytes = Vec::new();
        write_metricool(&mut bytes, &calendar, &labels).unwrap();
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        let header = reader.headers().unwrap().clone();
        assert_eq!(&header[0], "Text");
        assert_eq!(&header[1], "Date");
        assert_eq!(&header[2], "Time");
        assert_eq!(&header[3], "Draft");
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(
            rows.len(),
            calendar.slots.len(),
            "{name}: every example network is in Metricool"
        );
        for (row, slot) in rows.iter().zip(&calendar.slots) {
            assert_eq!(row.len(), header.len());
            assert_eq!(&row[1], slot.date.to_string());
            assert_eq!(row[2], slot.time.to_string());
            let flagged: Vec<&str> = METRICOOL_NETWORKS
                .iter()
                .enumerate()
                .filter(|(index, _)| &row[4 + index] == "TRUE")
                .map(|(_, (_, id))| *id)
                .collect();
            assert_eq!(flagged, [slot.platform.as_str()], "{name}");
            for (index, _) in METRICOOL_NETWORKS.iter().enumerate() {
                assert!(matches!(&row[4 + index], "TRUE" | "FALSE"));
            }
        }
    }
}

/// A message with a comma, a newline, an emoji, quotes and a formula-like start survives every
/// format intact (and harmless).
#[test]
fn awkward_messages_survive_every_format() {
    let text = "[strategy]\nname = \"Awk; ward, \\\"name\\\"\"\nlanguage = \"en\"\nstart = 2027-01-04\nend = 2027-01-10\n\
                [[personas]]\nid = \"p\"\nchannels = [\"instagram\"]\nstage_mix = { awareness = 1.0 }\n\
                [[messages]]\npersona = \"p\"\nstage = \"awareness\"\nkey_message = \"=HYPERLINK(\\\"x\\\"), really;\\nline two 🥐\"\n\
                [[always_on]]\nplatform = \"instagram\"\nposts_per_week = 2\n";
    let loaded = from_toml_str(text).unwrap();
    let knowledge = Knowledge::embedded();
    let calendar = calendar(&loaded.strategy, knowledge, None, None);
    let labels = Labels::new(&loaded.strategy, knowledge, Language::English);
    assert_eq!(calendar.slots.len(), 2);

    let ics = ics_of(&calendar, &labels);
    let unfolded = icalendar::parser::unfold(&ics);
    let parsed = icalendar::parser::read_calendar(&unfolded).unwrap();
    let event = parsed
        .components
        .iter()
        .find(|component| component.name == "VEVENT")
        .unwrap();
    let description = event.find_prop("DESCRIPTION").unwrap().val.to_string();
    // The parser unescapes what we escaped: the text comes back intact.
    assert!(
        description.starts_with("=HYPERLINK(\"x\"), really;\nline two 🥐\n"),
        "{description}"
    );

    let mut csv_bytes = Vec::new();
    write_csv(&mut csv_bytes, &calendar, &labels).unwrap();
    let mut reader = csv::Reader::from_reader(csv_bytes.as_slice());
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[9], "'=HYPERLINK(\"x\"), really;\nline two 🥐");
}
