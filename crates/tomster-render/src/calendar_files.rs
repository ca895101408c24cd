//! The editorial calendar as files: ICS (RFC 5545), CSV, Hootsuite and Metricool bulk uploads.
//!
//! Every writer streams row by row into any `Write`. The output is deterministic: `DTSTAMP` is
//! the first day of the calendar rather than the clock, so the same strategy gives the same bytes.
//! Every CSV cell that a spreadsheet could read as a formula (= + - @, tab, carriage return) is
//! prefixed with a quote. Times are the core's: a time that does not exist on a
//! spring-forward day is already moved, so every format says the same hour.
//!
//! Each scheduler's rules and where they come from:
//! - Hootsuite bulk composer: no header; date and time, message, URL; at most 350 rows per file
//!   (Hootsuite help, "Schedule messages in bulk"); times on a 5-minute step ("Scheduled times
//!   use 5-minute increments", Hootsuite help, "Adjust your AutoSchedule settings", 2024), so a
//!   post's time is rounded down to the step, and moved 5 minutes on when that minute is taken.
//! - Metricool bulk upload: header `Text, Date, Time, Draft`, one TRUE/FALSE column per network
//!   (Metricool's downloadable template, FORMATS.md), dates `YYYY-MM-DD`, times `HH:MM`.

use std::borrow::Cow;
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::fmt::Write as _;
use std::io::{self, Write};

use tomster_core::calendar::{Calendar, OperationEvent, Slot, TeamEvent};
use tomster_core::i18n::text;
use tomster_core::knowledge::Knowledge;
use tomster_core::model::{Format, Language, Stage};
use tomster_core::strategy::Strategy;
use tomster_core::values::{ClockTime, Day};

/// Metricool's bulk file: the network columns it knows, with the network id each one means.
pub const METRICOOL_NETWORKS: &[(&str, &str)] = &[
    ("Facebook", "facebook"),
    ("Twitter/X", "x"),
    ("LinkedIn", "linkedin"),
    ("GBP", "google_business_profile"),
    ("Instagram", "instagram"),
    ("Pinterest", "pinterest"),
    ("TikTok", "tiktok"),
    ("Youtube", "youtube"),
    ("Threads", "threads"),
    ("Bluesky", "bluesky"),
];

/// Names to show for the ids a slot carries.
pub struct Labels<'a> {
    strategy: &'a Strategy,
    knowledge: &'a Knowledge,
    language: Language,
    /// The address of the strategy's results view, which the KPI reviews link to (the server
    /// knows it; a file written by the command line has none).
    results_url: Option<String>,
}

impl<'a> Labels<'a> {
    pub fn new(strategy: &'a Strategy, knowledge: &'a Knowledge, language: Language) -> Labels<'a> {
        Labels {
            strategy,
            knowledge,
            language,
            results_url: None,
        }
    }

    /// The KPI reviews link to this address (the strategy's results view).
    pub fn with_results_url(mut self, url: String) -> Labels<'a> {
        self.results_url = Some(url);
        self
    }

    /// The address a team event links to: the results view, for a KPI review.
    pub fn event_url(&self, event: &TeamEvent) -> Option<&str> {
        match event {
            TeamEvent::Review { .. } => self.results_url.as_deref(),
            _ => None,
        }
    }

    fn pillar(&self, id: &str) -> String {
        self.strategy.pillar_label(id)
    }

    fn persona(&self, id: &str) -> String {
        self.strategy.persona_label(id)
    }

    /// The format's name in the reader's language ("vidéo courte").
    fn format(&self, slot: &Slot) -> String {
        text(
            self.language,
            &format!("format-{}", slot.format.as_str()),
            &[],
        )
    }

    fn platform(&self, id: &str) -> String {
        self.knowledge.platform_name(id).to_owned()
    }

    /// An operation's name, for the team (never published).
    fn operation(&self, id: &str) -> String {
        self.strategy.operation_label(id)
    }

    /// A KPI of the plan by its measure's name and network ("Reach (Instagram)").
    fn kpi(&self, id: &str) -> String {
        let Some(plan) = self.strategy.kpis.iter().find(|kpi| kpi.id.as_str() == id) else {
            return id.to_owned();
        };
        let name = plan
            .metric
            .as_ref()
            .and_then(|metric| self.knowledge.kpi(metric.as_str()))
            .map(|record| record.name(self.language))
            .unwrap_or_else(|| id.to_owned());
        match &plan.platform {
            Some(platform) => format!("{name} ({})", self.platform(platform.as_str())),
            None => name,
        }
    }

    fn objective(&self, id: &str) -> String {
        self.strategy
            .objectives
            .iter()
            .find(|objective| objective.id.as_str() == id)
            .map(|objective| objective.label().to_owned())
            .unwrap_or_else(|| id.to_owned())
    }

    /// The one-line title of a team event.
    pub fn event_summary(&self, event: &TeamEvent) -> String {
        let language = self.language;
        match event {
            TeamEvent::Review { kpis, .. } => text(
                language,
                "calendar-review-summary",
                &[("count", kpis.len().to_string())],
            ),
            TeamEvent::Deadline { objective, .. } => text(
                language,
                "calendar-deadline-summary",
                &[("objective", self.objective(objective))],
            ),
            TeamEvent::Milestone { name, .. } => text(
                language,
                "calendar-milestone-summary",
                &[("name", name.clone())],
            ),
        }
    }

    /// What to do on a team event's day.
    pub fn event_description(&self, event: &TeamEvent) -> String {
        match event {
            TeamEvent::Review { kpis, .. } => {
                let mut lines: Vec<String> = kpis
                    .iter()
                    .map(|id| format!("- {}", self.kpi(id)))
                    .collect();
                if let Some(url) = &self.results_url {
                    lines.push(String::new());
                    lines.push(text(
                        self.language,
                        "calendar-review-results",
                        &[("url", url.clone())],
                    ));
                }
                lines.join("\n")
            }
            TeamEvent::Deadline { objective, .. } => self.objective(objective),
            TeamEvent::Milestone { name, .. } => name.clone(),
        }
    }

    fn event_kind(event: &TeamEvent) -> &'static str {
        match event {
            TeamEvent::Review { .. } => "review",
            TeamEvent::Deadline { .. } => "deadline",
            TeamEvent::Milestone { .. } => "milestone",
        }
    }

    fn stage(&self, slot: &Slot) -> String {
        slot.stage
            .map(|stage| text(self.language, &format!("stage-{}", stage.as_str()), &[]))
            .unwrap_or_default()
    }

    /// The text to publish: the message and its call to action, or what is left to write.
    pub fn post_text(&self, slot: &Slot) -> String {
        if slot.message.trim().is_empty() {
            let mut parts = Vec::new();
            if let Some(pillar) = &slot.pillar {
                parts.push(self.pillar(pillar));
            }
            if let Some(persona) = &slot.persona {
                parts.push(self.persona(persona));
            }
            let stage = self.stage(slot);
            if !stage.is_empty() {
                parts.push(stage);
            }
            let placeholder = text(self.language, "calendar-to-write", &[]);
            return format!("{placeholder} {}", parts.join(" · "))
                .trim()
                .to_owned();
        }
        match &slot.call_to_action {
            // The call to action on its own line, as posts usually end.
            Some(call) => format!("{}\n{}", slot.message.trim(), call.trim()),
            None => slot.message.trim().to_owned(),
        }
    }

    fn summary(&self, slot: &Slot) -> String {
        let mut summary = format!("{} · {}", self.platform(&slot.platform), self.format(slot));
        if let Some(pillar) = &slot.pillar {
            summary.push_str(" · ");
            summary.push_str(&self.pillar(pillar));
        }
        if slot.operation.is_some() {
            summary.push_str(" · ");
            summary.push_str(&slot.message);
        }
        summary
    }

    fn description(&self, slot: &Slot) -> String {
        let language = self.language;
        let mut lines = vec![self.post_text(slot)];
        let mut field = |key: &str, value: String| {
            if !value.is_empty() {
                lines.push(label_value(language, key, &value));
            }
        };
        field("calendar-format", self.format(slot));
        field(
            "calendar-pillar",
            slot.pillar
                .as_deref()
                .map(|id| self.pillar(id))
                .unwrap_or_default(),
        );
        field(
            "calendar-persona",
            slot.persona
                .as_deref()
                .map(|id| self.persona(id))
                .unwrap_or_default(),
        );
        field("calendar-stage", self.stage(slot));
        field(
            "calendar-operation",
            slot.operation
                .as_deref()
                .map(|id| self.operation(id))
                .unwrap_or_default(),
        );
        lines.join("\n")
    }
}

/// "Label: value", with the space French puts before a colon.
fn label_value(language: Language, key: &str, value: &str) -> String {
    let label = text(language, key, &[]);
    format!("{label}{} {value}", language.colon())
}

/// Escapes a TEXT value (RFC 5545 §3.3.11). TEXT allows no control character but the tab:
/// the other line separators (NEL, LS, PS) become line breaks, the rest is dropped.
fn escape_text(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    for character in value.chars() {
        match character {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => escaped.push_str("\\n"),
            '\t' => escaped.push('\t'),
            other if other.is_control() => {}
            other => escaped.push(other),
        }
    }
    escaped
}

/// Writes one content line, folded at 75 octets without splitting a character (RFC 5545 §3.1).
fn write_line(out: &mut impl Write, line: &str) -> io::Result<()> {
    // Folded at 75 octets, never inside a character; written a stretch at a time, as a
    // calendar of a million posts spends its time here.
    let mut start = 0;
    let mut width = 0;
    for (at, character) in line.char_indices() {
        let length = character.len_utf8();
        if width + length > 75 {
            out.write_all(&line.as_bytes()[start..at])?;
            out.write_all(b"\r\n ")?;
            start = at;
            width = 1;
        }
        width += length;
    }
    out.write_all(&line.as_bytes()[start..])?;
    out.write_all(b"\r\n")
}

/// Lowercase letters, digits and dashes, for the domain part of UIDs.
fn slug(name: &str) -> String {
    let mut slug = String::new();
    for character in name.chars().flat_map(char::to_lowercase) {
        if character.is_ascii_alphanumeric() {
            slug.push(character);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_owned();
    if slug.is_empty() {
        "strategy".to_owned()
    } else {
        slug
    }
}

fn compact_date(day: tomster_core::values::Day) -> String {
    day.to_string().replace('-', "")
}

/// The UTC instant of a local date and `HH:MM` in a time zone, as `YYYYMMDDTHHMMSSZ`.
fn utc_stamp(slot: &Slot, zone: &jiff::tz::TimeZone) -> String {
    match zone.to_timestamp(slot.time.on(slot.date)) {
        Ok(instant) => instant.strftime("%Y%m%dT%H%M%SZ").to_string(),
        Err(_) => format!(
            "{}T{:02}{:02}00",
            compact_date(slot.date),
            slot.time.hour(),
            slot.time.minute()
        ),
    }
}

/// The whole calendar as an iCalendar file.
pub fn write_ics(out: &mut impl Write, calendar: &Calendar, labels: &Labels<'_>) -> io::Result<()> {
    let zone = jiff::tz::db()
        .get(&calendar.timezone)
        .unwrap_or(jiff::tz::TimeZone::UTC);
    // Event UIDs outlive the strategy's name when it has an id.
    let domain = format!(
        "{}.tomster",
        calendar
            .identifier
            .clone()
            .unwrap_or_else(|| slug(&calendar.name))
    );
    let stamp = format!("{}T000000Z", compact_date(calendar.from));
    write_line(out, "BEGIN:VCALENDAR")?;
    write_line(out, "VERSION:2.0")?;
    write_line(
        out,
        &format!(
            "PRODID:-//Tomster//Tomster {}//EN",
            env!("CARGO_PKG_VERSION")
        ),
    )?;
    write_line(out, "CALSCALE:GREGORIAN")?;
    write_line(out, "METHOD:PUBLISH")?;
    write_line(
        out,
        &format!("X-WR-CALNAME:{}", escape_text(&calendar.name)),
    )?;
    write_line(out, &format!("X-WR-TIMEZONE:{}", calendar.timezone))?;
    for operation in &calendar.operations {
        write_operation_event(out, operation, labels, &domain, &stamp)?;
    }
    for event in &calendar.events {
        write_line(out, "BEGIN:VEVENT")?;
        write_line(out, &format!("UID:{}@{domain}", event.id()))?;
        write_line(out, &format!("DTSTAMP:{stamp}"))?;
        write_line(
            out,
            &format!("DTSTART;VALUE=DATE:{}", compact_date(event.date())),
        )?;
        write_line(
            out,
            &format!(
                "DTEND;VALUE=DATE:{}",
                compact_date(event.date().plus_days(1))
            ),
        )?;
        write_line(
            out,
            &format!("SUMMARY:{}", escape_text(&labels.event_summary(event))),
        )?;
        if let Some(url) = labels.event_url(event) {
            write_line(out, &format!("URL:{url}"))?;
        }
        write_line(
            out,
            &format!(
                "DESCRIPTION:{}",
                escape_text(&labels.event_description(event))
            ),
        )?;
        write_line(out, "TRANSP:TRANSPARENT")?;
        write_line(out, "END:VEVENT")?;
    }
    // A post's texts depend on its content alone, which few slots do not share with others:
    // each content's lines are written (escaped, folded) once, and copied for every slot. The
    // instants likewise, by local day and time.
    let mut content_lines: HashMap<SlotContent<'_>, Vec<u8>> = HashMap::new();
    let mut instants: HashMap<(Day, ClockTime), String> = HashMap::new();
    let stamp_line = format!("DTSTAMP:{stamp}");
    // One buffer for every UID line rather than a string per post.
    let mut uid_line = String::new();
    for slot in &calendar.slots {
        write_line(out, "BEGIN:VEVENT")?;
        uid_line.clear();
        // Writing into a String cannot fail.
        let _ = write!(uid_line, "UID:{}@{domain}", slot.id());
        write_line(out, &uid_line)?;
        write_line(out, &stamp_line)?;
        let start_line = instants
            .entry((slot.date, slot.time))
            .or_insert_with(|| format!("DTSTART:{}", utc_stamp(slot, &zone)));
        write_line(out, start_line)?;
        write_line(out, "DURATION:PT30M")?;
        let lines = match content_lines.entry(SlotContent::of(slot)) {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(entry) => entry.insert(slot_content_lines(
                slot,
                calendar.website.as_deref(),
                labels,
            )?),
        };
        out.write_all(lines)?;
    }
    write_line(out, "END:VCALENDAR")
}

/// What a slot's texts depend on: everything but its date, time and rank.
#[derive(PartialEq, Eq, Hash)]
struct SlotContent<'c> {
    platform: &'c str,
    format: Format,
    pillar: Option<&'c str>,
    persona: Option<&'c str>,
    stage: Option<Stage>,
    message: &'c str,
    call_to_action: Option<&'c str>,
    operation: Option<&'c str>,
}

impl<'c> SlotContent<'c> {
    fn of(slot: &'c Slot) -> SlotContent<'c> {
        SlotContent {
            platform: &slot.platform,
            format: slot.format,
            pillar: slot.pillar.as_deref(),
            persona: slot.persona.as_deref(),
            stage: slot.stage,
            message: &slot.message,
            call_to_action: slot.call_to_action.as_deref(),
            operation: slot.operation.as_deref(),
        }
    }
}

/// The content lines of a post's event, from its summary to its end, folded.
fn slot_content_lines(
    slot: &Slot,
    website: Option<&str>,
    labels: &Labels<'_>,
) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    write_line(
        &mut out,
        &format!("SUMMARY:{}", escape_text(&labels.summary(slot))),
    )?;
    write_line(
        &mut out,
        &format!("DESCRIPTION:{}", escape_text(&labels.description(slot))),
    )?;
    write_line(
        &mut out,
        &format!(
            "CATEGORIES:{},{}",
            escape_text(&slot.platform),
            escape_text(slot.format.as_str())
        ),
    )?;
    if let Some(website) = website {
        write_line(&mut out, &format!("URL:{website}"))?;
    }
    write_line(&mut out, "TRANSP:TRANSPARENT")?;
    write_line(&mut out, "END:VEVENT")?;
    Ok(out)
}

fn write_operation_event(
    out: &mut impl Write,
    operation: &OperationEvent,
    labels: &Labels<'_>,
    domain: &str,
    stamp: &str,
) -> io::Result<()> {
    let language = labels.language;
    let networks: Vec<String> = operation
        .platforms
        .iter()
        .map(|id| labels.platform(id))
        .collect();
    let mut description = Vec::new();
    if let Some(kind) = &operation.kind {
        description.push(label_value(
            language,
            "calendar-kind",
            &text(language, &format!("operation-{kind}"), &[]),
        ));
    }
    if !networks.is_empty() {
        description.push(label_value(
            language,
            "calendar-networks",
            &networks.join(", "),
        ));
    }
    write_line(out, "BEGIN:VEVENT")?;
    write_line(out, &format!("UID:operation-{}@{domain}", operation.id))?;
    write_line(out, &format!("DTSTAMP:{stamp}"))?;
    write_line(
        out,
        &format!("DTSTART;VALUE=DATE:{}", compact_date(operation.start)),
    )?;
    // DTEND of an all-day event is the day after the last one.
    write_line(
        out,
        &format!(
            "DTEND;VALUE=DATE:{}",
            compact_date(operation.end.plus_days(1))
        ),
    )?;
    let summary = text(
        language,
        "calendar-operation-summary",
        &[("name", operation.name.clone())],
    );
    write_line(out, &format!("SUMMARY:{}", escape_text(&summary)))?;
    if !description.is_empty() {
        write_line(
            out,
            &format!("DESCRIPTION:{}", escape_text(&description.join("\n"))),
        )?;
    }
    write_line(out, "TRANSP:TRANSPARENT")?;
    write_line(out, "END:VEVENT")
}

/// A cell a spreadsheet will not run as a formula.
pub fn safe_cell(value: &str) -> Cow<'_, str> {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{value}")),
        _ => Cow::Borrowed(value),
    }
}

fn csv_error(error: csv::Error) -> io::Error {
    match error.into_kind() {
        csv::ErrorKind::Io(error) => error,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// The columns of Tomster's own CSV, documented in the README.
pub const CSV_COLUMNS: &[&str] = &[
    "id",
    "date",
    "time",
    "timezone",
    "network",
    "format",
    "pillar",
    "persona",
    "stage",
    "text",
    "message",
    "call_to_action",
    "operation",
    "kind",
];

/// One row per slot (`kind` = `post`) and per team event (`review`, `deadline`, `milestone`,
/// on the morning of their day, before its posts), with a header.
pub fn write_csv(out: &mut impl Write, calendar: &Calendar, labels: &Labels<'_>) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(CSV_COLUMNS).map_err(csv_error)?;
    let mut events = calendar.events.iter().peekable();
    let write_event = |writer: &mut csv::Writer<_>, event: &TeamEvent| {
        let summary = labels.event_summary(event);
        let description = labels.event_description(event);
        let text = if description.is_empty() || description == summary {
            summary
        } else {
            format!("{summary}\n{description}")
        };
        let mut row = vec![String::new(); CSV_COLUMNS.len()];
        row[0] = event.id();
        row[1] = event.date().to_string();
        row[3] = calendar.timezone.clone();
        row[9] = text;
        row[13] = Labels::event_kind(event).to_owned();
        writer
            .write_record(row.iter().map(|cell| safe_cell(cell).into_owned()))
            .map_err(csv_error)
    };
    // The cells after the time zone depend on the post's content alone: written once per
    // content, as for the ICS.
    let mut content_cells: HashMap<SlotContent<'_>, Vec<String>> = HashMap::new();
    for slot in &calendar.slots {
        while let Some(event) = events.next_if(|event| event.date() <= slot.date) {
            write_event(&mut writer, event)?;
        }
        let content = content_cells
            .entry(SlotContent::of(slot))
            .or_insert_with(|| csv_content_cells(slot, labels));
        let when = [
            slot.id().to_string(),
            slot.date.to_string(),
            slot.time.to_string(),
        ];
        let row: Vec<Cow<'_, str>> = when
            .iter()
            .map(|cell| safe_cell(cell))
            .chain(std::iter::once(safe_cell(&calendar.timezone)))
            .chain(content.iter().map(|cell| Cow::Borrowed(cell.as_str())))
            .collect();
        writer
            .write_record(row.iter().map(|cell| cell.as_bytes()))
            .map_err(csv_error)?;
    }
    for event in events {
        write_event(&mut writer, event)?;
    }
    writer.flush()
}

/// The cells of a post's CSV row from its network on, made safe for spreadsheets.
fn csv_content_cells(slot: &Slot, labels: &Labels<'_>) -> Vec<String> {
    [
        slot.platform.to_string(),
        slot.format.as_str().to_owned(),
        slot.pillar
            .as_deref()
            .map(|id| labels.pillar(id))
            .unwrap_or_default(),
        slot.persona
            .as_deref()
            .map(|id| labels.persona(id))
            .unwrap_or_default(),
        slot.stage
            .map(|stage| stage.as_str().to_owned())
            .unwrap_or_default(),
        labels.post_text(slot),
        slot.message.to_string(),
        slot.call_to_action
            .as_ref()
            .map(|call| call.to_string())
            .unwrap_or_default(),
        slot.operation
            .as_deref()
            .map(|id| labels.operation(id))
            .unwrap_or_default(),
        "post".to_owned(),
    ]
    .iter()
    .map(|cell| safe_cell(cell).into_owned())
    .collect()
}

/// One Hootsuite bulk file: a network's slots, at most as many as Hootsuite accepts in a file
/// (`knowledge.calendar.vendors.hootsuite_max_rows`).
pub struct HootsuiteFile<'c> {
    pub platform: String,
    /// 1-based number of the file for this network.
    pub part: usize,
    pub slots: Vec<&'c Slot>,
}

impl HootsuiteFile<'_> {
    pub fn file_name(&self) -> String {
        format!("hootsuite-{}-{:02}.csv", self.platform, self.part)
    }
}

/// Slots with no message written yet: Hootsuite would publish their placeholder as it is, so
/// they are left out of its files.
pub fn unwritten_slots(calendar: &Calendar) -> usize {
    calendar
        .slots
        .iter()
        .filter(|slot| slot.message.trim().is_empty())
        .count()
}

/// Splits the calendar into Hootsuite files: one per network, numbered beyond 350 rows. Slots
/// with no message written yet are left out (see [`unwritten_slots`]).
pub fn hootsuite_files<'c>(
    calendar: &'c Calendar,
    knowledge: &Knowledge,
) -> Vec<HootsuiteFile<'c>> {
    let max_rows = knowledge.calendar.vendors.hootsuite_max_rows.max(1);
    let mut platforms: Vec<&str> = calendar
        .slots
        .iter()
        .map(|slot| slot.platform.as_str())
        .collect();
    platforms.sort_unstable();
    platforms.dedup();
    let mut files = Vec::new();
    for platform in platforms {
        let slots: Vec<&Slot> = calendar
            .slots
            .iter()
            .filter(|slot| slot.platform == *platform && !slot.message.trim().is_empty())
            .collect();
        for (index, chunk) in slots.chunks(max_rows).enumerate() {
            files.push(HootsuiteFile {
                platform: platform.to_owned(),
                part: index + 1,
                slots: chunk.to_vec(),
            });
        }
    }
    files
}

/// A Hootsuite bulk file: no header; date and time (`MM/DD/YYYY HH:MM`, 24 h), message, URL.
pub fn write_hootsuite(
    out: &mut impl Write,
    file: &HootsuiteFile<'_>,
    website: Option<&str>,
    labels: &Labels<'_>,
) -> io::Result<()> {
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(out);
    let mut taken: std::collections::BTreeSet<(tomster_core::values::Day, u16)> =
        std::collections::BTreeSet::new();
    for slot in &file.slots {
        let date = slot.date.date();
        let minutes = hootsuite_minutes(slot, |minute| taken.contains(&(slot.date, minute)));
        taken.insert((slot.date, minutes));
        let when = format!(
            "{:02}/{:02}/{:04} {:02}:{:02}",
            date.month(),
            date.day(),
            date.year(),
            minutes / 60,
            minutes % 60
        );
        let row = [
            when,
            labels.post_text(slot),
            website.unwrap_or("").to_owned(),
        ];
        writer
            .write_record(row.iter().map(|cell| safe_cell(cell).into_owned()))
            .map_err(csv_error)?;
    }
    writer.flush()
}

/// A post's minute of the day on Hootsuite's 5-minute step: its time rounded down to the step,
/// then 5 minutes on (or back, at the end of the day) while that minute is taken that day.
pub fn hootsuite_minutes(slot: &Slot, is_taken: impl Fn(u16) -> bool) -> u16 {
    const STEP: u16 = 5;
    const LAST: u16 = 24 * 60 - STEP;
    let written = slot.time.minutes();
    let rounded = (written / STEP * STEP).min(LAST);
    let later = (rounded..=LAST).step_by(usize::from(STEP));
    let earlier = (0..rounded / STEP).rev().map(|step| step * STEP);
    later
        .chain(earlier)
        .find(|candidate| !is_taken(*candidate))
        .unwrap_or(rounded)
}

/// Metricool's bulk file, one row per slot on a network Metricool publishes to. Returns the
/// networks skipped because Metricool has no column for them.
pub fn write_metricool(
    out: &mut impl Write,
    calendar: &Calendar,
    labels: &Labels<'_>,
) -> io::Result<Vec<String>> {
    let mut writer = csv::Writer::from_writer(out);
    let mut header = vec!["Text", "Date", "Time", "Draft"];
    header.extend(METRICOOL_NETWORKS.iter().map(|(column, _)| *column));
    header.extend([
        "Picture Url 1",
        "Alt text picture 1",
        "Shortener",
        "First Comment Text",
    ]);
    writer.write_record(&header).map_err(csv_error)?;
    let mut skipped: Vec<String> = Vec::new();
    for slot in &calendar.slots {
        if !METRICOOL_NETWORKS
            .iter()
            .any(|(_, id)| slot.platform == *id)
        {
            if !skipped
                .iter()
                .any(|network| slot.platform == network.as_str())
            {
                skipped.push(slot.platform.to_string());
            }
            continue;
        }
        let mut row = vec![
            safe_cell(&labels.post_text(slot)).into_owned(),
            slot.date.to_string(),
            slot.time.to_string(),
            // Drafts: the community manager adds the visuals before publishing.
            "TRUE".to_owned(),
        ];
        row.extend(METRICOOL_NETWORKS.iter().map(|(_, id)| {
            if slot.platform == *id {
                "TRUE".to_owned()
            } else {
                "FALSE".to_owned()
            }
        }));
        row.extend([
            String::new(),
            String::new(),
            "FALSE".to_owned(),
            String::new(),
        ]);
        writer.write_record(&row).map_err(csv_error)?;
    }
    writer.flush()?;
    Ok(skipped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let mut out = Vec::new();
        let line = format!("DESCRIPTION:{}", "é".repeat(100));
        write_line(&mut out, &line).unwrap();
        let text = String::from_utf8(out).unwrap();
        for physical in text.split("\r\n").filter(|line| !line.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = text.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end(), line);
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    // Regression: control characters and Unicode line separators went raw into ICS text.
    #[test]
    fn control_characters_never_reach_ics_text() {
        assert_eq!(
            escape_text("a\u{7}b\u{1b}c\u{85}d\u{2028}e\u{2029}f\rg\th\u{7f}"),
            "abc\\nd\\ne\\nfg\th"
        );
    }

    fn slot_at(time: &str) -> Slot {
        let (hour, minute) = time.split_once(':').unwrap();
        Slot {
            date: tomster_core::values::Day::new(2027, 1, 4).unwrap(),
            time: ClockTime::new(hour.parse().unwrap(), minute.parse().unwrap()).unwrap(),
            rank: 1,
            format: tomster_core::model::Format::Text,
            stage: None,
            platform: "x".into(),
            pillar: None,
            persona: None,
            message: "m".into(),
            call_to_action: None,
            operation: None,
        }
    }

    #[test]
    fn hootsuite_times_fall_on_its_five_minute_step() {
        let free = |_: u16| false;
        assert_eq!(hootsuite_minutes(&slot_at("08:07"), free), 8 * 60 + 5);
        assert_eq!(hootsuite_minutes(&slot_at("08:10"), free), 8 * 60 + 10);
        assert_eq!(hootsuite_minutes(&slot_at("23:59"), free), 23 * 60 + 55);
        // 08:05 taken by another post that day: 08:10.
        assert_eq!(
            hootsuite_minutes(&slot_at("08:07"), |minute| minute == 8 * 60 + 5),
            8 * 60 + 10
        );
        // The last step taken: back to 23:50.
        assert_eq!(
            hootsuite_minutes(&slot_at("23:58"), |minute| minute == 23 * 60 + 55),
            23 * 60 + 50
        );
    }

    #[test]
    fn cells_that_look_like_formulas_are_neutralised() {
        for dangerous in ["=1+1", "+33 6", "-2", "@SUM(A1)", "\tx"] {
            assert!(safe_cell(dangerous).starts_with('\''), "{dangerous}");
        }
        assert_eq!(safe_cell("Hello"), "Hello");
    }

    #[test]
    fn slugs_are_safe_for_uids() {
        assert_eq!(slug("Boulangerie Dupain 2027"), "boulangerie-dupain-2027");
        assert_eq!(slug("!!!"), "strategy");
    }
}
