//! The editorial calendar: the always-on plan and the operations expanded into dated post slots,
//! with the team's own dates (KPI reviews, objective deadlines, milestones).
//!
//! Deterministic by construction: the same strategy always gives the same slots with the same
//! identifiers, whatever range is asked for (the whole period is expanded, then filtered), so a
//! calendar app that re-imports an edited calendar updates its events instead of duplicating them.
//!
//! How slots are laid out, network by network:
//! - posting days: the entry's `days`, else working days on a professional network and every
//!   day elsewhere, without the public holidays of the strategy's country (unless the entry
//!   posts on them), and at most `max_posts_per_day` posts a day;
//! - dates: the posts of a week are spread evenly over the posting days, so two posts share a
//!   day only when there are more posts than posting days;
//! - message, pillar and format: the (persona, stage) pairs take turns by their weights; the
//!   message for that pair is the one whose pillars and content types are furthest behind their
//!   shares, and the slot's pillar and format are then taken among that message's own (a smooth
//!   weighted round-robin restricted to what the message allows), so a slot never carries a
//!   pillar or a format its message does not belong to, and the shares are met as closely as
//!   the messages allow. Where a share ends up off by more than a post, the calendar says so;
//! - operations: their posts go to the nearest posting day of the operation with no post yet
//!   on the network, else with room under the daily cap; those that find none are counted, not
//!   placed. The search is near-linear (two skip lists of the days still open), so a 20-year
//!   period with many operations stays fast;
//! - time: the entry's `times`, else the knowledge base's times for the network, in turn, never
//!   twice the same minute on one network and day while another time is free. A time that does
//!   not exist that day (the spring-forward gap) moves forward by the gap, and a repeated one
//!   (autumn) is the first of the two: the same rule for every format.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use serde::Serialize;

use crate::diagnostics::{Argument, Diagnostic};
use crate::knowledge::Knowledge;
use crate::model::{Format, Review, Stage, Weekday};
use crate::plan::stages_that_matter;
use crate::strategy::Strategy;
use crate::values::{ClockTime, Day, PostingTime, SharedText};

/// One planned post.
///
/// Its texts are shared with every other slot that carries them, and its time is two bytes:
/// the worst calendar the loader accepts holds well over a million slots.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Slot {
    pub date: Day,
    /// Local time in the calendar's time zone, as it exists that day.
    pub time: ClockTime,
    /// The post's rank on its network that day, from 1: part of its identifier.
    pub rank: u16,
    pub format: Format,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<Stage>,
    pub platform: SharedText,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pillar: Option<SharedText>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub persona: Option<SharedText>,
    /// The message carried (its key message), empty when none is written for that cell yet.
    pub message: SharedText,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_to_action: Option<SharedText>,
    /// The operation that adds this post, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<SharedText>,
}

impl Slot {
    /// Stable identifier: operation (if any), network, date and rank of the post that day, so a
    /// calendar app that re-imports updates the event. Written out only where a file needs it.
    pub fn id(&self) -> SlotId<'_> {
        SlotId(self)
    }
}

/// A slot's identifier, as text when displayed (see [`Slot::id`]).
pub struct SlotId<'a>(&'a Slot);

impl fmt::Display for SlotId<'_> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let slot = self.0;
        if let Some(operation) = &slot.operation {
            write!(formatter, "{operation}-")?;
        }
        write!(formatter, "{}-{}-{}", slot.platform, slot.date, slot.rank)
    }
}

/// An operation, shown as a multi-day event.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OperationEvent {
    pub id: String,
    pub name: String,
    pub kind: Option<String>,
    pub start: Day,
    /// Last day, included.
    pub end: Day,
    pub platforms: Vec<String>,
}

/// A date the team works to, beside the posts.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TeamEvent {
    /// KPIs to look at that day (ids of `[[kpis]]` entries), by their `review` rhythm: daily on
    /// working days, weekly on the first working day of each ISO week, monthly on the first
    /// working day of each month.
    Review { date: Day, kpis: Vec<String> },
    /// An objective's deadline (its id).
    Deadline { date: Day, objective: String },
    /// A milestone of the resources plan.
    Milestone { date: Day, name: String },
}

impl TeamEvent {
    pub fn date(&self) -> Day {
        match self {
            TeamEvent::Review { date, .. }
            | TeamEvent::Deadline { date, .. }
            | TeamEvent::Milestone { date, .. } => *date,
        }
    }

    /// Stable identifier, for calendar apps that re-import.
    pub fn id(&self) -> String {
        match self {
            TeamEvent::Review { date, .. } => format!("review-{date}"),
            TeamEvent::Deadline { objective, .. } => format!("deadline-{objective}"),
            TeamEvent::Milestone { date, name } => {
                let slug: String = name
                    .chars()
                    .filter(char::is_ascii_alphanumeric)
                    .take(24)
                    .collect::<String>()
                    .to_ascii_lowercase();
                format!("milestone-{date}-{slug}")
            }
        }
    }
}

/// What the calendar could not do as the strategy asks: said, never hidden.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CalendarNote {
    /// Posts that found no posting day with room on a network (an operation's extra posts
    /// beyond the daily cap, or a period with none of the network's posting days).
    PostsDropped {
        platform: String,
        /// The operation whose posts these are; none for the always-on plan.
        operation: Option<String>,
        posts: usize,
        max_per_day: u8,
    },
    /// The always-on cadence needs more posts a day than the cap: the cap was raised for it.
    CapRaised {
        platform: String,
        max_per_day: u8,
        needed: u8,
    },
    /// A pillar's share on a network that the messages kept from being met.
    PillarShareMissed {
        platform: String,
        pillar: String,
        planned: f64,
        actual: f64,
    },
    /// A format's share on a network that the messages kept from being met.
    FormatShareMissed {
        platform: String,
        format: Format,
        planned: f64,
        actual: f64,
    },
}

impl CalendarNote {
    /// The note as a finding of the checker (rules S026 to S030), with the place in the file
    /// to change: the document lists it among the points to settle, the command line prints
    /// it with its hint.
    pub fn diagnostic(&self, strategy: &Strategy, knowledge: &Knowledge) -> Diagnostic {
        let platform_name = |id: &str| knowledge.platform_name(id).to_owned();
        let always_on = |platform: &str| {
            strategy
                .always_on
                .iter()
                .position(|entry| entry.platform.as_str() == platform)
                .map_or_else(
                    || "always_on".to_owned(),
                    |index| format!("always_on[{index}]"),
                )
        };
        let percent = |share: f64| Argument::Percent((share * 100.0).round() / 100.0);
        match self {
            CalendarNote::PostsDropped {
                platform,
                operation: Some(operation),
                posts,
                max_per_day,
            } => {
                let path = strategy
                    .operations
                    .iter()
                    .position(|entry| entry.id.as_str() == operation)
                    .map_or_else(
                        || "operations".to_owned(),
                        |index| format!("operations[{index}].posts_per_week"),
                    );
                Diagnostic::new("S026", path)
                    .with("posts", Argument::Number(*posts as f64, 0))
                    .text("operation", strategy.operation_label(operation))
                    .text("platform", platform_name(platform))
                    .with("max", Argument::Number(f64::from(*max_per_day), 0))
            }
            CalendarNote::PostsDropped {
                platform,
                operation: None,
                posts,
                ..
            } => Diagnostic::new("S027", format!("{}.days", always_on(platform)))
                .with("posts", Argument::Number(*posts as f64, 0))
                .text("platform", platform_name(platform)),
            CalendarNote::CapRaised {
                platform,
                max_per_day,
                needed,
            } => Diagnostic::new("S028", format!("{}.max_posts_per_day", always_on(platform)))
                .text("platform", platform_name(platform))
                .with("max", Argument::Number(f64::from(*max_per_day), 0))
                .with("needed", Argument::Number(f64::from(*needed), 0)),
            CalendarNote::PillarShareMissed {
                platform,
                pillar,
                planned,
                actual,
            } => Diagnostic::new("S029", format!("{}.pillars", always_on(platform)))
                .text("platform", platform_name(platform))
                .text("pillar", strategy.pillar_label(pillar))
                .with("planned", percent(*planned))
                .with("actual", percent(*actual)),
            CalendarNote::FormatShareMissed {
                platform,
                format,
                planned,
                actual,
            } => Diagnostic::new("S030", format!("{}.formats", always_on(platform)))
                .text("platform", platform_name(platform))
                .with(
                    "format",
                    Argument::Term(format!("format-{}", format.as_str())),
                )
                .with("planned", percent(*planned))
                .with("actual", percent(*actual)),
        }
    }
}

/// What the calendar could not do as the strategy asks, as findings (S026 to S030).
pub fn findings(
    calendar: &Calendar,
    strategy: &Strategy,
    knowledge: &Knowledge,
) -> Vec<Diagnostic> {
    calendar
        .notes
        .iter()
        .map(|note| note.diagnostic(strategy, knowledge))
        .collect()
}

/// The calendar of a strategy over a range of days.
#[derive(Clone, Debug, Serialize)]
pub struct Calendar {
    pub name: String,
    /// The strategy's stable identifier, when it has one.
    pub identifier: Option<String>,
    pub timezone: String,
    pub from: Day,
    pub to: Day,
    pub website: Option<String>,
    pub operations: Vec<OperationEvent>,
    pub slots: Vec<Slot>,
    /// KPI reviews, deadlines and milestones, by date.
    pub events: Vec<TeamEvent>,
    /// Where the calendar departs from the strategy, over the whole period.
    pub notes: Vec<CalendarNote>,
}

/// Smooth weighted round-robin: over any run of picks, each item's share follows its weight,
/// and the order is deterministic. A pick may be restricted to some items: the others keep
/// their credit and catch up when they are allowed again.
struct RoundRobin<T: Clone + PartialEq> {
    items: Vec<(T, f64, f64)>,
    total: f64,
}

impl<T: Clone + PartialEq> RoundRobin<T> {
    fn new(weighted: Vec<(T, f64)>) -> RoundRobin<T> {
        let items: Vec<(T, f64, f64)> = weighted
            .into_iter()
            .filter(|(_, weight)| *weight > 0.0 && weight.is_finite())
            .map(|(item, weight)| (item, weight, 0.0))
            .collect();
        let total = items.iter().map(|item| item.1).sum();
        RoundRobin { items, total }
    }

    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    fn any(&self, wanted: impl Fn(&T) -> bool) -> bool {
        self.items.iter().any(|(item, _, _)| wanted(item))
    }

    /// Gives every item its weight's worth of credit: once per pick.
    fn advance(&mut self) {
        for item in &mut self.items {
            item.2 += item.1;
        }
    }

    /// How far behind its share the most-behind allowed item is, as a fraction of a pick.
    fn urgency(&self, allowed: impl Fn(&T) -> bool) -> Option<f64> {
        self.items
            .iter()
            .filter(|(item, _, _)| allowed(item))
            .map(|(_, _, credit)| credit / self.total)
            .max_by(f64::total_cmp)
    }

    /// Takes the allowed item with the most credit (ties to the earlier item).
    fn take(&mut self, allowed: impl Fn(&T) -> bool) -> Option<T> {
        let total = self.total;
        let best = self
            .items
            .iter_mut()
            .enumerate()
            .filter(|(_, (item, _, _))| allowed(item))
            .max_by(|(left_index, left), (right_index, right)| {
                left.2.total_cmp(&right.2).then(right_index.cmp(left_index))
            })
            .map(|(_, item)| item)?;
        best.2 -= total;
        Some(best.0.clone())
    }

    fn next(&mut self) -> Option<T> {
        self.advance();
        self.take(|_| true)
    }

    /// Each item's planned share, for comparing with what was placed.
    fn shares(&self) -> Vec<(T, f64)> {
        self.items
            .iter()
            .map(|(item, weight, _)| (item.clone(), weight / self.total))
            .collect()
    }
}

/// How many posts `cadence` posts a week make over `days` days (a partial week counts its part,
/// rounded up, so a one-day period still gets its post).
fn post_count(cadence: f64, days: i64) -> usize {
    if cadence <= 0.0 || days <= 0 || !cadence.is_finite() {
        return 0;
    }
    let count = (days as f64 * cadence / 7.0 - 1e-9).ceil();
    // A 20-year period at the largest cadence allowed stays far below this; the bound keeps a
    // malformed number from asking for memory it cannot have.
    count.clamp(0.0, 10_000_000.0) as usize
}

/// The index in `0..length` of post `index` of `count` spread evenly.
fn spread_index(index: usize, count: usize, length: usize) -> usize {
    if count == 0 {
        return 0;
    }
    ((index as u128 * length as u128) / count as u128) as usize
}

/// Days still open for a post, found from any day in both directions in near-constant time:
/// a closed day points past itself, and the pointers are shortened as they are followed.
struct OpenDays {
    /// `next[i]`: a day at or after `i` that may be open (`len` when none).
    next: Vec<usize>,
    /// `previous[i + 1]`: a day at or before `i` that may be open, shifted by one (`0`: none).
    previous: Vec<usize>,
}

impl OpenDays {
    fn new(length: usize) -> OpenDays {
        OpenDays {
            next: (0..=length).collect(),
            previous: (0..=length).collect(),
        }
    }

    fn close(&mut self, day: usize) {
        if day + 1 < self.next.len() {
            self.next[day] = day + 1;
            self.previous[day + 1] = day;
        }
    }

    /// The first open day at or after `day`.
    fn at_or_after(&mut self, day: usize) -> Option<usize> {
        let end = self.next.len() - 1;
        let mut root = day.min(end);
        while self.next[root] != root {
            root = self.next[root];
        }
        let mut walk = day.min(end);
        while self.next[walk] != root {
            let following = self.next[walk];
            self.next[walk] = root;
            walk = following;
        }
        (root < end).then_some(root)
    }

    /// The last open day at or before `day`.
    fn at_or_before(&mut self, day: usize) -> Option<usize> {
        let start = (day + 1).min(self.previous.len() - 1);
        let mut root = start;
        while self.previous[root] != root {
            root = self.previous[root];
        }
        let mut walk = start;
        while self.previous[walk] != root {
            let following = self.previous[walk];
            self.previous[walk] = root;
            walk = following;
        }
        root.checked_sub(1)
    }

    /// The open day nearest to `wanted` within `[first, last]`, the later one on a tie.
    fn nearest(&mut self, wanted: usize, first: usize, last: usize) -> Option<usize> {
        let later = self.at_or_after(wanted).filter(|day| *day <= last);
        let earlier = self.at_or_before(wanted).filter(|day| *day >= first);
        match (earlier, later) {
            (Some(earlier), Some(later)) => {
                if wanted - earlier < later - wanted {
                    Some(earlier)
                } else {
                    Some(later)
                }
            }
            (earlier, later) => later.or(earlier),
        }
    }
}

/// Where posts can go on one network over the period: its posting days, the posts each day
/// holds and the times they took.
struct NetworkDays {
    start: Day,
    /// Posting days (allowed weekday, not a holiday kept off), by offset from the start.
    posting: Vec<bool>,
    times: Vec<Vec<ClockTime>>,
    cap: usize,
    /// Posting days with no post yet.
    empty: OpenDays,
    /// Posting days with room under the cap.
    room: OpenDays,
    /// Posts placed so far: the turn of the next posting time.
    placed: usize,
}

impl NetworkDays {
    fn new(start: Day, days: usize, posting_day: impl Fn(Day) -> bool, cap: usize) -> NetworkDays {
        let posting: Vec<bool> = (0..days)
            .map(|offset| posting_day(start.plus_days(offset as i64)))
            .collect();
        let mut empty = OpenDays::new(days);
        let mut room = OpenDays::new(days);
        for (offset, open) in posting.iter().enumerate() {
            if !open || cap == 0 {
                empty.close(offset);
                room.close(offset);
            }
        }
        NetworkDays {
            start,
            posting,
            times: vec![Vec::new(); days],
            cap,
            empty,
            room,
            placed: 0,
        }
    }

    /// Raises the daily cap before anything is placed (the always-on cadence needs it).
    fn raise_cap(&mut self, cap: usize) {
        self.cap = self.cap.max(cap);
    }

    /// Posting days within `[first, last]` (offsets).
    fn posting_days(&self, first: usize, last: usize) -> Vec<usize> {
        (first..=last.min(self.posting.len().saturating_sub(1)))
            .filter(|offset| self.posting[*offset])
            .collect()
    }

    /// The day a post wanted on `wanted` goes to: that day when it has room and (for an
    /// operation) no post yet, else the nearest such day within the window, else the nearest
    /// day with room; `None` when every posting day of the window is full.
    fn place(
        &mut self,
        wanted: usize,
        first: usize,
        last: usize,
        avoid_busy: bool,
    ) -> Option<usize> {
        if avoid_busy && let Some(day) = self.empty.nearest(wanted, first, last) {
            return Some(day);
        }
        self.room.nearest(wanted, first, last)
    }

    /// Takes the next posting time not yet used that day; returns it with the post's rank that
    /// day (1 for the first post).
    fn take(&mut self, day: usize, times: &[ClockTime]) -> (Day, ClockTime, u16) {
        let used = &mut self.times[day];
        let time = (0..times.len())
            .map(|step| times[(self.placed + step) % times.len()])
            .find(|time| !used.contains(time))
            .unwrap_or_else(|| {
                // Every posting time is taken that day: the post goes an hour after the
                // latest one (or before the earliest, late in the evening), never at a minute
                // another post of the network already holds.
                let base = times
                    .get(self.placed % times.len().max(1))
                    .copied()
                    .unwrap_or(ClockTime::NOON);
                spare_time(base, used)
            });
        self.placed += 1;
        used.push(time);
        let rank = used.len();
        self.empty.close(day);
        if rank >= self.cap {
            self.room.close(day);
        }
        let rank = u16::try_from(rank).unwrap_or(u16::MAX);
        (self.start.plus_days(day as i64), time, rank)
    }
}

/// A minute of the day no post of `used` holds, an hour at a time after the latest one, else
/// before the earliest, else the first free minute.
fn spare_time(base: ClockTime, used: &[ClockTime]) -> ClockTime {
    let minutes = |time: ClockTime| u32::from(time.minutes());
    let at = |minute: u32| {
        ClockTime::new(
            u8::try_from(minute / 60).ok()?,
            u8::try_from(minute % 60).ok()?,
        )
    };
    let latest = used
        .iter()
        .copied()
        .map(minutes)
        .max()
        .unwrap_or(minutes(base));
    let earliest = used
        .iter()
        .copied()
        .map(minutes)
        .min()
        .unwrap_or(minutes(base));
    let taken = |minute: u32| used.iter().any(|time| minutes(*time) == minute);
    (1..24)
        .map(|hours| latest + 60 * hours)
        .take_while(|minute| *minute < 24 * 60)
        .chain(
            (1..24)
                .map_while(|hours| earliest.checked_sub(60 * hours))
                .filter(|minute| *minute >= 6 * 60),
        )
        .chain(0..24 * 60)
        .find(|minute| !taken(*minute))
        .and_then(at)
        .unwrap_or(base)
}

/// How a network posts: its days, holidays and daily cap, from its always-on entry or the
/// knowledge base's defaults.
fn network_days(
    strategy: &Strategy,
    knowledge: &Knowledge,
    holidays: &BTreeSet<Day>,
    platform: &str,
) -> NetworkDays {
    let entry = strategy
        .always_on
        .iter()
        .find(|always_on| always_on.platform.as_str() == platform);
    let professional = knowledge
        .platform(platform)
        .is_some_and(|record| record.professional);
    let defaults = &knowledge.calendar;
    let weekdays: Vec<Weekday> = match entry {
        Some(entry) if !entry.days.is_empty() => entry.days.clone(),
        _ if professional => defaults.professional_days.clone(),
        _ => defaults.other_days.clone(),
    };
    let on_holidays = entry
        .and_then(|entry| entry.post_on_holidays)
        .unwrap_or(false);
    let cap = usize::from(
        entry
            .and_then(|entry| entry.max_posts_per_day)
            .unwrap_or(defaults.max_posts_per_day),
    )
    .max(1);
    let info = &strategy.strategy;
    let days = usize::try_from(strategy.period_days()).unwrap_or(0);
    NetworkDays::new(
        info.start,
        days,
        |day| weekdays.contains(&Weekday::of(day)) && (on_holidays || !holidays.contains(&day)),
        cap,
    )
}
/// The posting times of a network: the entry's own, else the network's defaults, else the
/// defaults for any network (a strategy's own networks).
fn posting_times(own: &[PostingTime], platform: &str, knowledge: &Knowledge) -> Vec<ClockTime> {
    let defaults = &knowledge.calendar;
    let times: &[PostingTime] = if !own.is_empty() {
        own
    } else {
        defaults
            .times
            .get(platform)
            .filter(|times| !times.is_empty())
            .unwrap_or(&defaults.default_times)
    };
    times.iter().map(ClockTime::from).collect()
}

/// The format of unformatted posts: an image where the network takes images, else its first format.
fn default_format(platform: &str, knowledge: &Knowledge) -> Format {
    let Some(record) = knowledge.platform(platform) else {
        return Format::Image;
    };
    if record.formats.contains(&Format::Image) {
        Format::Image
    } else {
        record.formats.first().copied().unwrap_or(Format::Text)
    }
}

/// The audience of an operation's posts on a network: the personas it names, else the
/// network's.
fn operation_audience(operation: &crate::model::Operation, network: AudienceMix) -> AudienceMix {
    if operation.personas.is_empty() {
        return network;
    }
    let named: AudienceMix = network
        .iter()
        .filter(|((persona, _), _)| {
            operation
                .personas
                .iter()
                .any(|id| id.as_str() == persona.as_str())
        })
        .cloned()
        .collect();
    if named.is_empty() {
        // Its personas are not on this network: name them anyway, at the awareness stage.
        operation
            .personas
            .iter()
            .map(|id| ((SharedText::from(id.as_str()), Stage::Awareness), 1.0))
            .collect()
    } else {
        named
    }
}

/// (persona id, stage) pairs with their weight.
type AudienceMix = Vec<((SharedText, Stage), f64)>;

/// Who the posts of a network speak to: personas on it (declared or recommended), weighted by
/// their stage mix; every persona when none is known to be there.
fn audience_mix(
    strategy: &Strategy,
    knowledge: &Knowledge,
    fits: &[crate::fit::PersonaFit],
    platform: &str,
) -> AudienceMix {
    // A persona whose messages are all written for other networks is not spoken to here: the
    // strategy chose where to address it.
    let addressed_elsewhere = |persona: &crate::model::Persona| {
        let mut own = strategy
            .messages
            .iter()
            .filter(|message| message.persona == persona.id)
            .peekable();
        own.peek().is_some()
            && own.all(|message| {
                !message.networks.is_empty()
                    && !message
                        .networks
                        .iter()
                        .any(|network| network.as_str() == platform)
            })
    };
    let on_network: Vec<usize> = strategy
        .personas
        .iter()
        .enumerate()
        .filter(|(index, persona)| {
            let there = persona
                .channels
                .iter()
                .any(|channel| channel.as_str() == platform)
                || fits[*index].fit(platform).is_some_and(|fit| fit.reaches());
            there && !addressed_elsewhere(persona)
        })
        .map(|(index, _)| index)
        .collect();
    let chosen: Vec<usize> = if on_network.is_empty() {
        (0..strategy.personas.len()).collect()
    } else {
        on_network
    };
    let mut mix = Vec::new();
    for &index in &chosen {
        let persona = &strategy.personas[index];
        let stages = stages_that_matter(persona, knowledge);
        for stage in &stages {
            let share = match &persona.stage_mix {
                Some(stage_mix) if stage_mix.total() > 0.0 => {
                    stage_mix.share(*stage) / stage_mix.total()
                }
                _ => 1.0 / stages.len() as f64,
            };
            mix.push(((SharedText::from(persona.id.as_str()), *stage), share));
        }
    }
    // Where the strategy has written messages, a network speaks to the (persona, stage) pairs
    // it has a message for in a format it takes: the wine lovers' awareness videos do not go on
    // the Google profile, whose posts are images. Without any such pair, the posts stay to write.
    let takes = |format: &Format| {
        knowledge
            .platform(platform)
            .is_none_or(|record| record.formats.contains(format))
    };
    let carried = |persona: &str, stage: Stage| {
        strategy.messages.iter().any(|message| {
            message.persona.as_str() == persona
                && message.stage == Some(stage)
                && (message.networks.is_empty()
                    || message
                        .networks
                        .iter()
                        .any(|network| network.as_str() == platform))
                && (message.content_types.is_empty() || message.content_types.iter().any(takes))
        })
    };
    let written: AudienceMix = mix
        .iter()
        .filter(|((persona, stage), _)| carried(persona, *stage))
        .cloned()
        .collect();
    if written.is_empty() { mix } else { written }
}

/// Posts of one network over some days, with their format, pillar, audience and message.
struct Stream<'a> {
    strategy: &'a Strategy,
    knowledge: &'a Knowledge,
    /// The text and call to action of each of the strategy's messages, by index, shared by
    /// every slot that carries them.
    message_texts: &'a [MessageText],
    platform: SharedText,
    times: Vec<ClockTime>,
    formats: RoundRobin<Format>,
    pillars: RoundRobin<SharedText>,
    audiences: RoundRobin<(SharedText, Stage)>,
    operation: Option<SharedText>,
    /// Whether the formats mix is the strategy's (else a default the shares are not held to).
    formats_declared: bool,
    /// An operation's own message and call to action: every post of the operation carries
    /// them (an empty message leaves the posts to write).
    fixed_message: Option<MessageText>,
}

/// A message's text and call to action as slots carry them.
#[derive(Clone)]
struct MessageText {
    text: SharedText,
    call_to_action: Option<SharedText>,
}

impl MessageText {
    fn new(text: Option<&str>, call_to_action: Option<&str>) -> MessageText {
        MessageText {
            text: SharedText::from(text.unwrap_or_default()),
            call_to_action: call_to_action
                .filter(|cta| !cta.trim().is_empty())
                .map(SharedText::from),
        }
    }
}

/// A message's content, pillar and format for one slot.
struct Choice {
    /// The chosen message's index in the strategy.
    message: Option<usize>,
    pillar: Option<SharedText>,
    format: Format,
}

impl Stream<'_> {
    /// Whether the network takes a format (an unknown network takes any).
    fn network_takes(&self, format: Format) -> bool {
        self.knowledge
            .platform(&self.platform)
            .is_none_or(|record| record.formats.contains(&format))
    }

    /// How far a message strays from the network's mixes: 0 when its pillars and content types
    /// are in them, one more for each that is not; `None` when the network takes none of its
    /// content types.
    fn departure(&self, message: &crate::model::Message) -> Option<u8> {
        let pillar_out = !self.pillars.is_empty()
            && !message.pillars.is_empty()
            && !message
                .pillars
                .iter()
                .any(|pillar| self.pillars.any(|item| item == pillar.as_str()));
        let format_out = !message.content_types.is_empty()
            && !message
                .content_types
                .iter()
                .any(|format| self.formats.any(|item| item == format));
        if format_out
            && !message
                .content_types
                .iter()
                .any(|format| self.network_takes(*format))
        {
            return None;
        }
        Some(u8::from(pillar_out) + u8::from(format_out))
    }

    /// How far behind their shares the message's pillars and formats are, together.
    fn urgency(&self, message: &crate::model::Message) -> f64 {
        let pillar = self
            .pillars
            .urgency(|pillar| allows_pillar(message, pillar))
            .unwrap_or(0.0);
        let format = self
            .formats
            .urgency(|format| allows_format(message, *format))
            .unwrap_or(0.0);
        pillar + format
    }

    /// The message for a (persona, stage) on this network that best serves the shares, and the
    /// pillar and format it gives the slot; `turn` rotates among equals.
    fn choose(&mut self, persona: &str, stage: Stage, turn: usize) -> Choice {
        let strategy = self.strategy;
        let platform = self.platform.clone();
        let candidates: Vec<(usize, &crate::model::Message)> = strategy
            .messages
            .iter()
            .enumerate()
            .filter(|(_, message)| {
                message.persona.as_str() == persona && message.stage == Some(stage)
            })
            .filter(|(_, message)| {
                message.networks.is_empty()
                    || message
                        .networks
                        .iter()
                        .any(|network| network.as_str() == platform.as_str())
            })
            .collect();
        let mut best: Option<(u8, f64, usize, &crate::model::Message)> = None;
        for step in 0..candidates.len() {
            let (index, message) = candidates[(turn + step) % candidates.len()];
            let Some(departure) = self.departure(message) else {
                continue;
            };
            let urgency = self.urgency(message);
            let better = match best {
                None => true,
                Some((best_departure, best_urgency, _, _)) => {
                    departure < best_departure
                        || (departure == best_departure && urgency > best_urgency + 1e-9)
                }
            };
            if better {
                best = Some((departure, urgency, index, message));
            }
        }
        let Some((_, _, index, message)) = best else {
            return self.free_choice();
        };
        let pillar = if message.pillars.is_empty() {
            self.pillars.take(|_| true)
        } else {
            self.pillars
                .take(|pillar| allows_pillar(message, pillar))
                .or_else(|| {
                    let own = &message.pillars;
                    own.get(turn % own.len())
                        .map(|id| SharedText::from(id.as_str()))
                })
        };
        let format = if message.content_types.is_empty() {
            self.formats.take(|_| true)
        } else {
            self.formats
                .take(|format| allows_format(message, *format))
                .or_else(|| {
                    message
                        .content_types
                        .iter()
                        .copied()
                        .find(|format| self.network_takes(*format))
                })
        };
        Choice {
            message: Some(index),
            pillar,
            format: format.unwrap_or_else(|| default_format(&platform, self.knowledge)),
        }
    }

    /// Pillar and format by their shares alone, for a slot with no message.
    fn free_choice(&mut self) -> Choice {
        Choice {
            message: None,
            pillar: self.pillars.take(|_| true),
            format: self
                .formats
                .take(|_| true)
                .unwrap_or_else(|| default_format(&self.platform, self.knowledge)),
        }
    }

    /// Places `cadence` posts a week over the offsets `[first, last]` of the period, on the
    /// network's posting days. Operation posts move to the nearest posting day of the
    /// operation that has no post yet on the network, else to one with room.
    fn expand(
        &mut self,
        network: &mut NetworkDays,
        first: usize,
        last: usize,
        cadence: f64,
        slots: &mut Vec<Slot>,
        notes: &mut Vec<CalendarNote>,
    ) {
        let count = post_count(cadence, (last + 1).saturating_sub(first) as i64);
        if count == 0 {
            return;
        }
        let posting = network.posting_days(first, last);
        if self.operation.is_none() && !posting.is_empty() {
            let needed = count.div_ceil(posting.len());
            if needed > network.cap {
                notes.push(CalendarNote::CapRaised {
                    platform: self.platform.to_string(),
                    max_per_day: u8::try_from(network.cap).unwrap_or(u8::MAX),
                    needed: u8::try_from(needed).unwrap_or(u8::MAX),
                });
                network.raise_cap(needed);
            }
        }
        let mut turns: BTreeMap<(SharedText, Stage), usize> = BTreeMap::new();
        let mut dropped = 0;
        let first_slot = slots.len();
        for index in 0..count {
            let Some(wanted) = posting.get(spread_index(index, count, posting.len())) else {
                dropped += 1;
                continue;
            };
            let Some(day) = network.place(*wanted, first, last, self.operation.is_some()) else {
                dropped += 1;
                continue;
            };
            let (date, time, rank) = network.take(day, &self.times);
            let audience = self.audiences.next();
            self.pillars.advance();
            self.formats.advance();
            let (choice, message) = match (self.fixed_message.clone(), &audience) {
                (Some(fixed), _) => (self.free_choice(), fixed),
                (None, Some((persona, stage))) => {
                    let turn = turns.entry((persona.clone(), *stage)).or_default();
                    let choice = self.choose(persona, *stage, *turn);
                    *turn += 1;
                    let message = choice
                        .message
                        .and_then(|index| self.message_texts.get(index))
                        .cloned()
                        .unwrap_or_else(|| MessageText::new(None, None));
                    (choice, message)
                }
                (None, None) => (self.free_choice(), MessageText::new(None, None)),
            };
            let (persona, stage) = match audience {
                Some((persona, stage)) => (Some(persona), Some(stage)),
                None => (None, None),
            };
            slots.push(Slot {
                date,
                time,
                rank,
                format: choice.format,
                stage,
                platform: self.platform.clone(),
                pillar: choice.pillar,
                persona,
                message: message.text,
                call_to_action: message.call_to_action,
                operation: self.operation.clone(),
            });
        }
        if dropped > 0 {
            notes.push(CalendarNote::PostsDropped {
                platform: self.platform.to_string(),
                operation: self.operation.as_ref().map(SharedText::to_string),
                posts: dropped,
                max_per_day: u8::try_from(network.cap).unwrap_or(u8::MAX),
            });
        }
        if self.operation.is_none() {
            self.note_missed_shares(&slots[first_slot..], notes);
        }
    }

    /// Says where a pillar or a format the plan asks for falls short of its share by more than a
    /// post and five points: what the messages' own pillars and content types did not allow
    /// (the shares that overshoot are the other side of the same shortfall). Formats are
    /// checked only where the entry declares a formats mix.
    fn note_missed_shares(&self, placed: &[Slot], notes: &mut Vec<CalendarNote>) {
        let total = placed.len() as f64;
        if placed.is_empty() {
            return;
        }
        let missed = |planned: f64, count: usize| {
            let actual = count as f64 / total;
            (planned - actual > 0.05 && (planned - actual) * total > 1.0).then_some(actual)
        };
        for (pillar, planned) in self.pillars.shares() {
            let count = placed
                .iter()
                .filter(|slot| slot.pillar.as_ref() == Some(&pillar))
                .count();
            if let Some(actual) = missed(planned, count) {
                notes.push(CalendarNote::PillarShareMissed {
                    platform: self.platform.to_string(),
                    pillar: pillar.to_string(),
                    planned,
                    actual,
                });
            }
        }
        if !self.formats_declared {
            return;
        }
        for (format, planned) in self.formats.shares() {
            let count = placed.iter().filter(|slot| slot.format == format).count();
            if let Some(actual) = missed(planned, count) {
                notes.push(CalendarNote::FormatShareMissed {
                    platform: self.platform.to_string(),
                    format,
                    planned,
                    actual,
                });
            }
        }
    }
}

fn allows_pillar(message: &crate::model::Message, pillar: &str) -> bool {
    message.pillars.is_empty() || message.pillars.iter().any(|id| id.as_str() == pillar)
}

fn allows_format(message: &crate::model::Message, format: Format) -> bool {
    message.content_types.is_empty() || message.content_types.contains(&format)
}

/// Expands the plan over the strategy's period, then keeps the slots within `[from, to]`
/// (computing the platform fit; `analysis::Analysis` computes it once for every command).
pub fn calendar(
    strategy: &Strategy,
    knowledge: &Knowledge,
    from: Option<Day>,
    to: Option<Day>,
) -> Calendar {
    // The strategy's own KPIs and networks join the catalogue for this analysis.
    let knowledge = &*strategy.knowledge(knowledge);
    let fits = crate::fit::platform_fit(strategy, knowledge);
    calendar_from(strategy, knowledge, &fits, from, to)
}

/// The public holidays of the strategy's region where the knowledge base has its own (Scotland,
/// Northern Ireland), else its country's, over its period (none for a country the knowledge
/// base does not cover, or when no country is given).
pub fn holidays_of(strategy: &Strategy, knowledge: &Knowledge) -> BTreeSet<Day> {
    let info = &strategy.strategy;
    crate::holidays::applying(
        &knowledge.holidays,
        info.country.as_ref(),
        info.region.as_ref(),
    )
    .map(|holidays| holidays.days_off(info.start, info.end))
    .unwrap_or_default()
}

/// The calendar's time zone: the strategy's, else its country's, else the knowledge base's
/// default (a UK strategy posts at London time without saying so).
fn timezone_name(strategy: &Strategy, knowledge: &Knowledge) -> String {
    let calendar = &knowledge.calendar;
    strategy
        .strategy
        .timezone
        .as_ref()
        .map(|zone| zone.as_str().to_owned())
        .or_else(|| {
            let country = crate::fit::strategy_country(strategy);
            knowledge
                .country(&country)
                .map(|pack| pack.timezone.clone())
        })
        .unwrap_or_else(|| calendar.default_timezone.clone())
}

/// The local time a post really has that day: a time in the spring-forward gap moves forward
/// by the gap (02:30 becomes 03:30 in Paris), a repeated autumn time is the first of the two
/// (which keeps its written form). Every format reads this one result.
/// The days, from `from` to `to`, on which `zone` changes its offset (with the day before
/// each, should the change fall at midnight).
fn offset_change_days(zone: &jiff::tz::TimeZone, from: Day, to: Day) -> BTreeSet<Day> {
    let mut days = BTreeSet::new();
    let start = from
        .plus_days(-2)
        .0
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .map(|zoned| zoned.timestamp());
    let end = to
        .plus_days(2)
        .0
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .map(|zoned| zoned.timestamp());
    let (Ok(start), Ok(end)) = (start, end) else {
        return days;
    };
    for transition in zone.following(start) {
        let at = transition.timestamp();
        if at > end {
            break;
        }
        let day = Day(at.to_zoned_datetime(zone.clone()).date());
        days.insert(day.plus_days(-1));
        days.insert(day);
        days.insert(day.plus_days(1));
    }
    days
}

fn existing_time(zone: &jiff::tz::TimeZone, date: Day, time: ClockTime) -> ClockTime {
    match zone.to_ambiguous_zoned_datetime(time.on(date)).compatible() {
        Ok(zoned) => {
            let real = zoned.time();
            let hour = u8::try_from(real.hour()).unwrap_or(time.hour());
            let minute = u8::try_from(real.minute()).unwrap_or(time.minute());
            ClockTime::new(hour, minute).unwrap_or(time)
        }
        Err(_) => time,
    }
}

/// The first working day (Monday to Friday, not a holiday) on or after `day`, within `last`.
fn working_day_from(day: Day, last: Day, holidays: &BTreeSet<Day>) -> Option<Day> {
    (0..14)
        .map(|offset| day.plus_days(offset))
        .take_while(|candidate| *candidate <= last)
        .find(|candidate| {
            !matches!(Weekday::of(*candidate), Weekday::Saturday | Weekday::Sunday)
                && !holidays.contains(candidate)
        })
}

/// KPI reviews, objective deadlines and milestones within the period.
fn team_events(strategy: &Strategy, holidays: &BTreeSet<Day>) -> Vec<TeamEvent> {
    let info = &strategy.strategy;
    let mut reviews: BTreeMap<Day, Vec<String>> = BTreeMap::new();
    let days = strategy.period_days();
    for kpi in &strategy.kpis {
        let Some(review) = kpi.review else {
            continue;
        };
        // The first day of each review period: every day, each ISO week's Monday, each month's
        // first day; the review falls on the first working day from there.
        let mut starts = Vec::new();
        for offset in 0..days {
            let day = info.start.plus_days(offset);
            let opens = match review {
                Review::Daily => true,
                Review::Weekly => offset == 0 || Weekday::of(day) == Weekday::Monday,
                Review::Monthly => offset == 0 || day.date().day() == 1,
            };
            if opens {
                starts.push(day);
            }
        }
        for start in starts {
            let review_day = match review {
                Review::Daily => Some(start).filter(|day| {
                    !matches!(Weekday::of(*day), Weekday::Saturday | Weekday::Sunday)
                        && !holidays.contains(day)
                }),
                _ => working_day_from(start, info.end, holidays),
            };
            if let Some(day) = review_day {
                let kpis = reviews.entry(day).or_default();
                if !kpis.contains(&kpi.id.as_str().to_owned()) {
                    kpis.push(kpi.id.as_str().to_owned());
                }
            }
        }
    }
    let mut events: Vec<TeamEvent> = reviews
        .into_iter()
        .map(|(date, kpis)| TeamEvent::Review { date, kpis })
        .collect();
    for objective in &strategy.objectives {
        if let Some(deadline) = objective.deadline
            && deadline >= info.start
            && deadline <= info.end
        {
            events.push(TeamEvent::Deadline {
                date: deadline,
                objective: objective.id.as_str().to_owned(),
            });
        }
    }
    for milestone in &strategy.resources.milestones {
        if milestone.date >= info.start && milestone.date <= info.end {
            events.push(TeamEvent::Milestone {
                date: milestone.date,
                name: milestone.name.clone(),
            });
        }
    }
    events.sort_by_key(|event| (event.date(), event.id()));
    events
}

/// The calendar around a platform fit already computed: who is on each network.
pub fn calendar_from(
    strategy: &Strategy,
    knowledge: &Knowledge,
    fits: &[crate::fit::PersonaFit],
    from: Option<Day>,
    to: Option<Day>,
) -> Calendar {
    let never = || false;
    // `never` never stops the expansion, so this is always the whole calendar; the empty one
    // only keeps the types honest without a panic.
    calendar_from_until(strategy, knowledge, fits, from, to, &never).unwrap_or_else(|| Calendar {
        name: strategy.strategy.name.clone(),
        identifier: None,
        timezone: String::new(),
        from: strategy.strategy.start,
        to: strategy.strategy.end,
        website: None,
        operations: Vec::new(),
        slots: Vec::new(),
        events: Vec::new(),
        notes: Vec::new(),
    })
}

/// [`calendar_from`], asking `stop` between networks and operations whether to go on: a
/// server stops a calendar whose request went away or ran out of time (`None` then).
pub fn calendar_from_until(
    strategy: &Strategy,
    knowledge: &Knowledge,
    fits: &[crate::fit::PersonaFit],
    from: Option<Day>,
    to: Option<Day>,
    stop: &dyn Fn() -> bool,
) -> Option<Calendar> {
    crate::analysis::count(|counts| counts.calendars += 1);
    let knowledge = &*strategy.knowledge(knowledge);
    let info = &strategy.strategy;
    let days = usize::try_from(strategy.period_days()).unwrap_or(0);
    let holidays = holidays_of(strategy, knowledge);
    let global_pillars: Vec<(SharedText, f64)> = strategy
        .pillars
        .iter()
        .map(|pillar| {
            (
                SharedText::from(pillar.id.as_str()),
                pillar.share.map(|share| share.get()).unwrap_or(0.0),
            )
        })
        .collect();
    let message_texts: Vec<MessageText> = strategy
        .messages
        .iter()
        .map(|message| {
            MessageText::new(
                message.key_message.as_deref(),
                message.call_to_action.as_deref(),
            )
        })
        .collect();
    let mut slots = Vec::new();
    let mut notes = Vec::new();
    let network_of = |platform: &str| network_days(strategy, knowledge, &holidays, platform);
    let mut mixes: BTreeMap<String, AudienceMix> = BTreeMap::new();
    let mut audience_of = |platform: &str| {
        mixes
            .entry(platform.to_owned())
            .or_insert_with(|| audience_mix(strategy, knowledge, fits, platform))
            .clone()
    };
    // Each network's days, shared by its always-on plan and the operations on it.
    let mut placed: Vec<(String, NetworkDays)> = Vec::new();

    for always_on in &strategy.always_on {
        if days == 0 {
            break;
        }
        if stop() {
            return None;
        }
        let platform = always_on.platform.as_str().to_owned();
        let cadence = always_on.cadence();
        let mut formats: Vec<(Format, f64)> = always_on
            .formats
            .iter()
            .map(|(format, posts)| (*format, posts.get()))
            .collect();
        let formatted: f64 = formats.iter().map(|(_, posts)| posts).sum();
        if cadence > formatted {
            formats.push((default_format(&platform, knowledge), cadence - formatted));
        }
        let pillars: Vec<(SharedText, f64)> = if always_on.pillars.is_empty() {
            global_pillars.clone()
        } else {
            always_on
                .pillars
                .iter()
                .map(|(id, share)| {
                    let shared = global_pillars
                        .iter()
                        .find(|(pillar, _)| pillar == id.as_str())
                        .map(|(pillar, _)| pillar.clone())
                        .unwrap_or_else(|| SharedText::from(id.as_str()));
                    (shared, share.get())
                })
                .collect()
        };
        let mut network = match placed.iter().position(|(id, _)| *id == platform) {
            Some(index) => placed.swap_remove(index).1,
            None => network_of(&platform),
        };
        let mut stream = Stream {
            strategy,
            knowledge,
            message_texts: &message_texts,
            times: posting_times(&always_on.times, &platform, knowledge),
            formats: RoundRobin::new(formats),
            pillars: RoundRobin::new(pillars),
            audiences: RoundRobin::new(audience_of(&platform)),
            platform: SharedText::from(platform.as_str()),
            operation: None,
            formats_declared: !always_on.formats.is_empty(),
            fixed_message: None,
        };
        stream.expand(&mut network, 0, days - 1, cadence, &mut slots, &mut notes);
        placed.push((platform, network));
    }

    let mut operations = Vec::new();
    for operation in &strategy.operations {
        let (Some(start), Some(end)) = (operation.start, operation.end) else {
            continue;
        };
        if end < start {
            continue;
        }
        let platforms: Vec<String> = operation
            .platforms
            .iter()
            .map(|platform| platform.as_str().to_owned())
            .collect();
        operations.push(OperationEvent {
            id: operation.id.as_str().to_owned(),
            name: operation.label().to_owned(),
            kind: operation.kind.map(|kind| kind.as_str().to_owned()),
            start,
            end,
            platforms: platforms.clone(),
        });
        let cadence = operation
            .posts_per_week
            .map(|posts| posts.get())
            .unwrap_or(knowledge.calendar.operation_posts_per_week);
        // Operation posts stay inside the strategy's period.
        let first = start.max(info.start);
        let last = end.min(info.end);
        if last < first || days == 0 {
            continue;
        }
        let first_offset = usize::try_from(info.start.days_until(first)).unwrap_or(0);
        let last_offset = usize::try_from(info.start.days_until(last)).unwrap_or(0);
        let operation_id = SharedText::from(operation.id.as_str());
        let operation_message = MessageText::new(
            operation.key_message.as_deref(),
            operation.call_to_action.as_deref(),
        );
        for platform in platforms {
            if stop() {
                return None;
            }
            let own_times = strategy
                .always_on
                .iter()
                .find(|always_on| always_on.platform.as_str() == platform)
                .map(|always_on| always_on.times.clone())
                .unwrap_or_default();
            let mut network = match placed.iter().position(|(id, _)| *id == platform) {
                Some(index) => placed.swap_remove(index).1,
                None => network_of(&platform),
            };
            let mut stream = Stream {
                strategy,
                knowledge,
                message_texts: &message_texts,
                times: posting_times(&own_times, &platform, knowledge),
                formats: RoundRobin::new(vec![(default_format(&platform, knowledge), 1.0)]),
                pillars: RoundRobin::new(Vec::new()),
                audiences: RoundRobin::new(operation_audience(operation, audience_of(&platform))),
                platform: SharedText::from(platform.as_str()),
                operation: Some(operation_id.clone()),
                formats_declared: false,
                // The operation's name is for the team's calendar, never the published text.
                fixed_message: Some(operation_message.clone()),
            };
            stream.expand(
                &mut network,
                first_offset,
                last_offset,
                cadence,
                &mut slots,
                &mut notes,
            );
            placed.push((platform, network));
        }
    }

    if stop() {
        return None;
    }
    let timezone = timezone_name(strategy, knowledge);
    let zone = jiff::tz::db()
        .get(&timezone)
        .unwrap_or(jiff::tz::TimeZone::UTC);
    let from = from.unwrap_or(info.start);
    let to = to.unwrap_or(info.end);
    slots.retain(|slot| slot.date >= from && slot.date <= to);
    // A clock time can only be missing (or doubled) on a day the zone changes its offset: only
    // those days are looked up in the zone, each day and time once.
    let changing = offset_change_days(&zone, from, to);
    let mut real_times: HashMap<(Day, ClockTime), ClockTime> = HashMap::new();
    for slot in &mut slots {
        if changing.contains(&slot.date) {
            slot.time = *real_times
                .entry((slot.date, slot.time))
                .or_insert_with(|| existing_time(&zone, slot.date, slot.time));
        }
    }
    // A network's posts of a day have distinct ranks, so this order is total: sorting in place
    // (unstable) gives the same result as a stable sort without its buffer of half the slots.
    slots.sort_unstable_by(|left, right| {
        (left.date, left.time, &left.platform, left.rank).cmp(&(
            right.date,
            right.time,
            &right.platform,
            right.rank,
        ))
    });
    operations.retain(|operation| operation.end >= from && operation.start <= to);
    let mut events = team_events(strategy, &holidays);
    events.retain(|event| event.date() >= from && event.date() <= to);
    Some(Calendar {
        name: info.name.clone(),
        identifier: info.id.as_ref().map(|id| id.as_str().to_owned()),
        timezone,
        from,
        to,
        website: info
            .website
            .as_ref()
            .map(|website| website.as_str().to_owned()),
        operations,
        slots,
        events,
        notes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::from_toml_str;
    use crate::templates::TEMPLATES;

    fn calendar_of(text: &str) -> Calendar {
        let loaded = from_toml_str(text).unwrap();
        calendar(&loaded.strategy, Knowledge::embedded(), None, None)
    }

    const BASE: &str = "[strategy]\nname = \"t\"\nstart = 2027-01-04\nend = 2027-02-28\n";

    #[test]
    fn posts_spread_over_the_week_without_two_on_one_day() {
        for cadence in [1, 2, 3, 4, 5, 6, 7] {
            let calendar = calendar_of(&format!(
                "{BASE}[[always_on]]\nplatform = \"instagram\"\nposts_per_week = {cadence}\n"
            ));
            let mut days: Vec<Day> = calendar.slots.iter().map(|slot| slot.date).collect();
            let count = days.len();
            days.dedup();
            assert_eq!(days.len(), count, "cadence {cadence}: two posts on one day");
            // 8 weeks from a Monday.
            assert_eq!(count, cadence * 8, "cadence {cadence}");
        }
    }

    #[test]
    fn a_cadence_above_seven_doubles_up_days_with_distinct_times() {
        let calendar = calendar_of(&format!(
            "{BASE}[[always_on]]\nplatform = \"x\"\nposts_per_week = 14\n"
        ));
        assert_eq!(calendar.slots.len(), 14 * 8);
        let first_day: Vec<&Slot> = calendar
            .slots
            .iter()
            .filter(|slot| slot.date == calendar.slots[0].date)
            .collect();
        assert_eq!(first_day.len(), 2);
        assert_ne!(first_day[0].time, first_day[1].time);
        assert_ne!(first_day[0].id().to_string(), first_day[1].id().to_string());
    }

    #[test]
    fn formats_and_pillars_follow_their_shares_each_month() {
        let calendar = calendar_of(&format!(
            "{BASE}[[pillars]]\nid = \"a\"\nshare = 0.75\n[[pillars]]\nid = \"b\"\nshare = 0.25\n\
             [[always_on]]\nplatform = \"instagram\"\nposts_per_week = 4\nformats = {{ image = 3, carousel = 1 }}\n"
        ));
        for month in ["2027-01", "2027-02"] {
            let slots: Vec<&Slot> = calendar
                .slots
                .iter()
                .filter(|slot| slot.date.month_key() == month)
                .collect();
            let images = slots
                .iter()
                .filter(|slot| slot.format == Format::Image)
                .count() as f64;
            let pillar_a = slots
                .iter()
                .filter(|slot| slot.pillar.as_deref() == Some("a"))
                .count() as f64;
            let total = slots.len() as f64;
            assert!(
                (images / total - 0.75).abs() <= 1.0 / total + 1e-9,
                "{month}: {images}/{total}"
            );
            assert!(
                (pillar_a / total - 0.75).abs() <= 1.0 / total + 1e-9,
                "{month}: {pillar_a}/{total}"
            );
        }
    }

    #[test]
    fn stage_mix_is_honoured_and_messages_are_carried() {
        let calendar = calendar_of(&format!(
            "{BASE}[[personas]]\nid = \"p\"\nchannels = [\"instagram\"]\nstage_mix = {{ awareness = 0.5, decision = 0.5 }}\n\
             [[messages]]\npersona = \"p\"\nstage = \"awareness\"\nkey_message = \"Hello\"\n\
             [[messages]]\npersona = \"p\"\nstage = \"decision\"\nkey_message = \"Buy, now\"\ncall_to_action = \"Order\"\n\
             [[always_on]]\nplatform = \"instagram\"\nposts_per_week = 4\n"
        ));
        let awareness = calendar
            .slots
            .iter()
            .filter(|slot| slot.stage == Some(Stage::Awareness))
            .count();
        let decision = calendar
            .slots
            .iter()
            .filter(|slot| slot.stage == Some(Stage::Decision))
            .count();
        assert_eq!(awareness, decision);
        assert!(
            calendar
                .slots
                .iter()
                .all(|slot| slot.persona.as_deref() == Some("p"))
        );
        let decision_slot = calendar
            .slots
            .iter()
            .find(|slot| slot.stage == Some(Stage::Decision))
            .unwrap();
        assert_eq!(decision_slot.message, "Buy, now");
        assert_eq!(decision_slot.call_to_action.as_deref(), Some("Order"));
    }

    #[test]
    fn a_message_written_for_some_networks_is_used_only_there() {
        let calendar = calendar_of(&format!(
            "{BASE}[[personas]]\nid = \"p\"\nstage_mix = {{ awareness = 1.0 }}\n\
             [[messages]]\npersona = \"p\"\nstage = \"awareness\"\nkey_message = \"Short and visual\"\nnetworks = [\"instagram\"]\n\
             [[messages]]\npersona = \"p\"\nstage = \"awareness\"\nkey_message = \"Long and professional\"\nnetworks = [\"linkedin\"]\n\
             [[always_on]]\nplatform = \"instagram\"\nposts_per_week = 2\n[[always_on]]\nplatform = \"linkedin\"\nposts_per_week = 2\n"
        ));
        for slot in &calendar.slots {
            let expected = if slot.platform == "instagram" {
                "Short and visual"
            } else {
                "Long and professional"
            };
            assert_eq!(slot.message, expected, "{slot:?}");
        }
    }

    #[test]
    fn a_persona_addressed_on_other_networks_only_is_not_spoken_to_here() {
        let calendar = calendar_of(&format!(
            "{BASE}[[personas]]\nid = \"pros\"\nchannels = [\"instagram\", \"facebook\"]\nstage_mix = {{ awareness = 1.0 }}\n\
             [[personas]]\nid = \"public\"\nchannels = [\"instagram\", \"facebook\"]\nstage_mix = {{ awareness = 1.0 }}\n\
             [[messages]]\npersona = \"pros\"\nstage = \"awareness\"\nkey_message = \"For the trade\"\nnetworks = [\"instagram\"]\n\
             [[messages]]\npersona = \"public\"\nstage = \"awareness\"\nkey_message = \"For everyone\"\n\
             [[always_on]]\nplatform = \"facebook\"\nposts_per_week = 3\n"
        ));
        assert!(!calendar.slots.is_empty());
        assert!(calendar.slots.iter().all(
            |slot| slot.persona.as_deref() == Some("public") && slot.message == "For everyone"
        ));
    }

    #[test]
    fn operations_are_events_and_add_posts_within_the_period() {
        let calendar = calendar_of(&format!(
            "{BASE}[[operations]]\nid = \"sale\"\nname = \"Winter sale\"\nstart = 2026-12-20\nend = 2027-01-17\nplatforms = [\"facebook\"]\nposts_per_week = 2\n\
             key_message = \"Everything at -30 % until Sunday\"\ncall_to_action = \"Come in\"\n"
        ));
        assert_eq!(calendar.operations.len(), 1);
        assert!(!calendar.slots.is_empty());
        // Regression: operation posts carried the operation's name as the text to publish.
        assert!(calendar.slots.iter().all(|slot| {
            slot.operation.as_deref() == Some("sale")
                && slot.message == "Everything at -30 % until Sunday"
                && slot.call_to_action.as_deref() == Some("Come in")
        }));
        let unwritten = calendar_of(&format!(
            "{BASE}[[operations]]\nid = \"sale\"\nname = \"Winter sale\"\nstart = 2027-01-04\nend = 2027-01-17\nplatforms = [\"facebook\"]\n"
        ));
        assert!(unwritten.slots.iter().all(|slot| slot.message.is_empty()));
        assert!(
            calendar
                .slots
                .iter()
                .all(|slot| slot.date >= Day::parse("2027-01-04").unwrap())
        );
        assert_eq!(calendar.slots.len(), 4, "two weeks at two a week");
    }

    #[test]
    fn a_range_filters_without_changing_the_slots() {
        let text = TEMPLATES[0].text;
        let whole = calendar_of(text);
        let loaded = from_toml_str(text).unwrap();
        let from = Day::parse("2027-03-01").unwrap();
        let to = Day::parse("2027-03-31").unwrap();
        let march = calendar(
            &loaded.strategy,
            Knowledge::embedded(),
            Some(from),
            Some(to),
        );
        let expected: Vec<&Slot> = whole
            .slots
            .iter()
            .filter(|slot| slot.date >= from && slot.date <= to)
            .collect();
        assert_eq!(march.slots.iter().collect::<Vec<_>>(), expected);
        assert!(!march.slots.is_empty());
    }

    #[test]
    fn edge_cases_give_sensible_calendars() {
        // No always-on plan, a single-day period, a network with zero cadence.
        assert!(calendar_of(BASE).slots.is_empty());
        let one_day = calendar_of(
            "[strategy]\nname = \"t\"\nstart = 2027-01-04\nend = 2027-01-04\n[[always_on]]\nplatform = \"x\"\nposts_per_week = 3\n",
        );
        assert_eq!(one_day.slots.len(), 1);
        let zero = calendar_of(&format!(
            "{BASE}[[always_on]]\nplatform = \"x\"\nposts_per_week = 0\n"
        ));
        assert!(zero.slots.is_empty());
        let inverted = calendar_of(
            "[strategy]\nname = \"t\"\nstart = 2027-02-01\nend = 2027-01-01\n[[always_on]]\nplatform = \"x\"\nposts_per_week = 3\n",
        );
        assert!(inverted.slots.is_empty());
    }

    // The worst calendar the loader accepts holds 1.4 million slots: at 64 bytes each they
    // stay under 100 MB (`bench/calendar_worst.sh` measures the whole run).
    #[test]
    fn a_slot_stays_small() {
        assert!(
            std::mem::size_of::<Slot>() <= 64,
            "{}",
            std::mem::size_of::<Slot>()
        );
        assert_eq!(std::mem::size_of::<Option<SharedText>>(), 8);
    }

    #[test]
    fn identifiers_are_unique_and_stable() {
        let first = calendar_of(TEMPLATES[1].text);
        let second = calendar_of(TEMPLATES[1].text);
        assert_eq!(first.slots, second.slots);
        let mut ids: Vec<String> = first
            .slots
            .iter()
            .map(|slot| slot.id().to_string())
            .collect();
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), count);
    }

    // Regression: operation posts used to land on the same day and minute as always-on posts.
    #[test]
    fn operation_posts_avoid_days_that_already_have_a_post() {
        let calendar = calendar_of(&format!(
            "{BASE}[[always_on]]\nplatform = \"facebook\"\nposts_per_week = 3\n\
             [[operations]]\nid = \"sale\"\nstart = 2027-01-04\nend = 2027-01-31\nplatforms = [\"facebook\"]\nposts_per_week = 3\n"
        ));
        let mut days: Vec<Day> = calendar.slots.iter().map(|slot| slot.date).collect();
        let count = days.len();
        days.sort();
        days.dedup();
        let january = calendar
            .slots
            .iter()
            .filter(|slot| slot.date.month() == 1)
            .count();
        assert_eq!(january, 24, "4 weeks of 3 always-on and 3 operation posts");
        assert_eq!(
            days.len(),
            count,
            "6 posts a week fit on 7 days without sharing one"
        );
    }

    // Regression: with the rotation restarted each month, a 10% pillar never came up at 1 a week.
    #[test]
    fn small_shares_get_their_turn_at_a_low_cadence() {
        let calendar = calendar_of(
            "[strategy]\nname = \"t\"\nstart = 2027-01-01\nend = 2027-12-31\n\
             [[pillars]]\nid = \"a\"\nshare = 0.4\n[[pillars]]\nid = \"b\"\nshare = 0.3\n\
             [[pillars]]\nid = \"c\"\nshare = 0.1\n[[pillars]]\nid = \"d\"\nshare = 0.1\n[[pillars]]\nid = \"e\"\nshare = 0.1\n\
             [[always_on]]\nplatform = \"x\"\nposts_per_week = 1\n",
        );
        let total = calendar.slots.len() as f64;
        for (pillar, share) in [("a", 0.4), ("b", 0.3), ("c", 0.1), ("d", 0.1), ("e", 0.1)] {
            let count = calendar
                .slots
                .iter()
                .filter(|slot| slot.pillar.as_deref() == Some(pillar))
                .count() as f64;
            assert!(
                (count / total - share).abs() <= 1.5 / total,
                "{pillar}: {count} of {total}"
            );
        }
    }

    // Regression: the second posting time was used only on days with two posts.
    #[test]
    fn posting_times_are_used_in_turn() {
        let calendar = calendar_of(&format!(
            "{BASE}[[always_on]]\nplatform = \"instagram\"\nposts_per_week = 3\ntimes = [\"08:30\", \"18:00\"]\n"
        ));
        let mornings = calendar
            .slots
            .iter()
            .filter(|slot| slot.time.to_string() == "08:30")
            .count();
        let evenings = calendar
            .slots
            .iter()
            .filter(|slot| slot.time.to_string() == "18:00")
            .count();
        assert_eq!(mornings, evenings);
    }

    #[test]
    fn the_default_time_zone_exists() {
        assert!(
            jiff::tz::db()
                .get(&Knowledge::embedded().calendar.default_timezone)
                .is_ok()
        );
    }
    // Regression: 304 of 470 slots of the wine estate carried a pillar their message is not
    // about, 287 a format outside its content types.
    #[test]
    fn a_slot_carries_only_its_message_pillars_and_content_types() {
        let calendar = calendar_of(&format!(
            "{BASE}[[pillars]]\nid = \"a\"\nshare = 0.5\n[[pillars]]\nid = \"b\"\nshare = 0.5\n\
             [[personas]]\nid = \"p\"\nchannels = [\"instagram\"]\nstage_mix = {{ awareness = 1.0 }}\n\
             [[messages]]\npersona = \"p\"\nstage = \"awareness\"\nkey_message = \"About a\"\npillars = [\"a\"]\ncontent_types = [\"image\"]\n\
             [[messages]]\npersona = \"p\"\nstage = \"awareness\"\nkey_message = \"About b\"\npillars = [\"b\"]\ncontent_types = [\"carousel\"]\n\
             [[always_on]]\nplatform = \"instagram\"\nposts_per_week = 4\nformats = {{ image = 2, carousel = 2 }}\n"
        ));
        // 8 weeks of 4 posts.
        assert_eq!(calendar.slots.len(), 32);
        for slot in &calendar.slots {
            match slot.message.as_str() {
                "About a" => {
                    assert_eq!(slot.pillar.as_deref(), Some("a"));
                    assert_eq!(slot.format, Format::Image);
                }
                "About b" => {
                    assert_eq!(slot.pillar.as_deref(), Some("b"));
                    assert_eq!(slot.format, Format::Carousel);
                }
                other => panic!("unexpected message {other:?}"),
            }
        }
        // The two messages split the posts as the shares ask: 16 each.
        let about_a = calendar
            .slots
            .iter()
            .filter(|slot| slot.message == "About a")
            .count();
        assert_eq!(about_a, 16);
        assert!(calendar.notes.is_empty(), "{:?}", calendar.notes);
    }

    #[test]
    fn a_share_the_messages_cannot_meet_is_said() {
        let calendar = calendar_of(&format!(
            "{BASE}[[pillars]]\nid = \"a\"\nshare = 0.5\n[[pillars]]\nid = \"b\"\nshare = 0.5\n\
             [[personas]]\nid = \"p\"\nchannels = [\"instagram\"]\nstage_mix = {{ awareness = 1.0 }}\n\
             [[messages]]\npersona = \"p\"\nstage = \"awareness\"\nkey_message = \"About a\"\npillars = [\"a\"]\n\
             [[always_on]]\nplatform = \"instagram\"\nposts_per_week = 2\n"
        ));
        assert!(
            calendar
                .slots
                .iter()
                .all(|slot| slot.pillar.as_deref() == Some("a"))
        );
        assert_eq!(
            calendar.notes,
            [CalendarNote::PillarShareMissed {
                platform: "instagram".to_owned(),
                pillar: "b".to_owned(),
                planned: 0.5,
                actual: 0.0,
            }]
        );
    }

    // Regression: a B2B LinkedIn page posted on 52 Saturdays and 71 Sundays.
    #[test]
    fn a_professional_page_posts_on_working_days_unless_told_otherwise() {
        let weekend = |calendar: &Calendar| {
            calendar
                .slots
                .iter()
                .filter(|slot| {
                    matches!(Weekday::of(slot.date), Weekday::Saturday | Weekday::Sunday)
                })
                .count()
        };
        let linkedin = calendar_of(&format!(
            "{BASE}[[always_on]]\nplatform = \"linkedin\"\nposts_per_week = 7\n"
        ));
        // 8 weeks at 7 a week, on 40 working days: 56 posts, no day with more than two.
        assert_eq!(linkedin.slots.len(), 56);
        assert_eq!(weekend(&linkedin), 0);
        let mut per_day: BTreeMap<Day, usize> = BTreeMap::new();
        for slot in &linkedin.slots {
            *per_day.entry(slot.date).or_default() += 1;
        }
        assert_eq!(per_day.len(), 40);
        assert!(per_day.values().all(|posts| *posts <= 2));
        // A consumer network posts every day; an entry's own days win.
        let instagram = calendar_of(&format!(
            "{BASE}[[always_on]]\nplatform = \"instagram\"\nposts_per_week = 7\n"
        ));
        assert_eq!(weekend(&instagram), 16);
        let weekends_only = calendar_of(&format!(
            "{BASE}[[always_on]]\nplatform = \"linkedin\"\nposts_per_week = 2\ndays = [\"sat\", \"sun\"]\n"
        ));
        assert_eq!(weekends_only.slots.len(), 16);
        assert_eq!(weekend(&weekends_only), 16);
    }

    // Regression: a public library posted on 25 December and 1 May.
    #[test]
    fn no_post_on_the_country_s_public_holidays_unless_asked() {
        let year =
            "[strategy]\nname = \"t\"\ncountry = \"FR\"\nstart = 2027-01-01\nend = 2027-12-31\n";
        let daily = calendar_of(&format!(
            "{year}[[always_on]]\nplatform = \"instagram\"\nposts_per_week = 7\n"
        ));
        let holidays = holidays_of(
            &from_toml_str(year).unwrap().strategy,
            Knowledge::embedded(),
        );
        assert_eq!(holidays.len(), 11);
        for holiday in &holidays {
            assert!(
                daily.slots.iter().all(|slot| slot.date != *holiday),
                "a post on {holiday}"
            );
        }
        // 365 days at 7 a week: 365 posts on the 354 days that are not holidays.
        assert_eq!(daily.slots.len(), 365);
        let on_holidays = calendar_of(&format!(
            "{year}[[always_on]]\nplatform = \"instagram\"\nposts_per_week = 7\npost_on_holidays = true\n"
        ));
        assert!(
            on_holidays
                .slots
                .iter()
                .any(|slot| slot.date == Day::parse("2027-12-25").unwrap())
        );
        // No country: no holiday.
        assert!(
            calendar_of(
                "[strategy]\nname = \"t\"\nstart = 2027-12-20\nend = 2027-12-31\n\
             [[always_on]]\nplatform = \"instagram\"\nposts_per_week = 7\n"
            )
            .slots
            .iter()
            .any(|slot| slot.date == Day::parse("2027-12-25").unwrap())
        );
    }

    // Regression: an Edinburgh distillery got England's bank holidays.
    #[test]
    fn a_scottish_strategy_keeps_scotland_s_bank_holidays() {
        let daily = |region: &str| {
            calendar_of(&format!(
                "[strategy]\nname = \"t\"\ncountry = \"GB\"\n{region}start = 2027-01-01\n\
                 end = 2027-12-31\n[[always_on]]\nplatform = \"instagram\"\nposts_per_week = 7\n"
            ))
        };
        let posts_on = |calendar: &Calendar, day: &str| {
            let day = Day::parse(day).unwrap();
            calendar.slots.iter().any(|slot| slot.date == day)
        };
        let scotland = daily("region = \"GB-SCT\"\n");
        let england = daily("");
        // The first Monday of August and St Andrew's Day are off in Scotland only; Easter
        // Monday and the last Monday of August in England only.
        for day in ["2027-08-02", "2027-11-30", "2027-01-04"] {
            assert!(!posts_on(&scotland, day), "Scotland: {day}");
            assert!(posts_on(&england, day), "England: {day}");
        }
        for day in ["2027-03-29", "2027-08-30"] {
            assert!(posts_on(&scotland, day), "Scotland: {day}");
            assert!(!posts_on(&england, day), "England: {day}");
        }
    }

    // Regression: a studio's two posts on one network landed at the same minute of a day.
    #[test]
    fn no_two_posts_of_a_network_share_a_minute() {
        let calendar = calendar_of(&format!(
            "{BASE}[[always_on]]\nplatform = \"instagram\"\nposts_per_week = 14\ntimes = [\"18:00\"]\n\
             [[operations]]\nid = \"launch\"\nstart = 2027-01-04\nend = 2027-01-10\nplatforms = [\"instagram\"]\nposts_per_week = 7\n"
        ));
        let mut seen = std::collections::HashSet::new();
        for slot in &calendar.slots {
            assert!(
                seen.insert((slot.platform.to_string(), slot.date, slot.time)),
                "two posts at {} {:?}",
                slot.date,
                slot.time
            );
        }
        // The second post of a day goes an hour after the first.
        let day = Day::parse("2027-01-05").unwrap();
        let mut times: Vec<ClockTime> = calendar
            .slots
            .iter()
            .filter(|slot| slot.date == day && &*slot.platform == "instagram")
            .map(|slot| slot.time)
            .collect();
        times.sort();
        assert_eq!(times.first(), ClockTime::new(18, 0).as_ref());
        assert!(times.contains(&ClockTime::new(19, 0).unwrap()), "{times:?}");
    }

    // Regression: 16 posts in one week, up to 4 a day, on one LinkedIn page.
    #[test]
    fn the_daily_cap_holds_and_the_operation_posts_beyond_it_are_counted() {
        let calendar = calendar_of(&format!(
            "{BASE}[[always_on]]\nplatform = \"linkedin\"\nposts_per_week = 5\n\
             [[operations]]\nid = \"launch\"\nstart = 2027-01-04\nend = 2027-01-10\nplatforms = [\"linkedin\"]\nposts_per_week = 8\n"
        ));
        // The launch week: 5 working days, 5 always-on posts, room for 5 more at 2 a day.
        let launch_week: Vec<&Slot> = calendar
            .slots
            .iter()
            .filter(|slot| slot.date <= Day::parse("2027-01-10").unwrap())
            .collect();
        assert_eq!(launch_week.len(), 10);
        assert_eq!(
            calendar.notes,
            [CalendarNote::PostsDropped {
                platform: "linkedin".to_owned(),
                operation: Some("launch".to_owned()),
                posts: 3,
                max_per_day: 2,
            }]
        );
        // An entry's own cap.
        let three = calendar_of(&format!(
            "{BASE}[[always_on]]\nplatform = \"linkedin\"\nposts_per_week = 5\nmax_posts_per_day = 3\n\
             [[operations]]\nid = \"launch\"\nstart = 2027-01-04\nend = 2027-01-10\nplatforms = [\"linkedin\"]\nposts_per_week = 8\n"
        ));
        assert!(three.notes.is_empty(), "{:?}", three.notes);
        assert_eq!(
            three
                .slots
                .iter()
                .filter(|slot| slot.date <= Day::parse("2027-01-10").unwrap())
                .count(),
            13
        );
    }

    #[test]
    fn reviews_deadlines_and_milestones_are_dated() {
        let calendar = calendar_of(
            "[strategy]\nname = \"t\"\ncountry = \"FR\"\nstart = 2027-01-01\nend = 2027-03-31\n\
             [[objectives]]\nid = \"grow\"\nstatement = \"Grow\"\ndeadline = 2027-03-31\n\
             [[kpis]]\nid = \"reach\"\nmetric = \"reach\"\nreview = \"monthly\"\n\
             [[kpis]]\nid = \"clicks\"\nmetric = \"clicks\"\nreview = \"weekly\"\n\
             [resources]\nmilestones = [{ name = \"Mid-term review\", date = 2027-02-15 }]\n",
        );
        let reviews: Vec<(String, Vec<String>)> = calendar
            .events
            .iter()
            .filter_map(|event| match event {
                TeamEvent::Review { date, kpis } => Some((date.to_string(), kpis.clone())),
                _ => None,
            })
            .collect();
        // 1 January is a holiday and a Friday: the first reviews are on Monday 4 January.
        // Weekly: the 13 Mondays from 4 January to 29 March; monthly: 4 Jan, 1 Feb, 1 Mar.
        assert_eq!(reviews.len(), 13);
        assert_eq!(
            reviews[0],
            (
                "2027-01-04".to_owned(),
                vec!["reach".to_owned(), "clicks".to_owned()]
            )
        );
        assert_eq!(
            reviews[4],
            (
                "2027-02-01".to_owned(),
                vec!["reach".to_owned(), "clicks".to_owned()]
            )
        );
        assert_eq!(
            reviews[1],
            ("2027-01-11".to_owned(), vec!["clicks".to_owned()])
        );
        assert!(calendar.events.contains(&TeamEvent::Deadline {
            date: Day::parse("2027-03-31").unwrap(),
            objective: "grow".to_owned()
        }));
        assert!(calendar.events.contains(&TeamEvent::Milestone {
            date: Day::parse("2027-02-15").unwrap(),
            name: "Mid-term review".to_owned()
        }));
    }

    // Regression: 02:30 on the Paris spring-forward day was 03:30 in the ICS, 02:30 in the CSV.
    #[test]
    fn a_time_in_the_spring_forward_gap_moves_forward_by_the_gap() {
        let calendar = calendar_of(
            "[strategy]\nname = \"t\"\ntimezone = \"Europe/Paris\"\nstart = 2027-03-27\nend = 2027-03-28\n\
             [[always_on]]\nplatform = \"instagram\"\nposts_per_week = 7\ntimes = [\"02:30\"]\n",
        );
        let times: Vec<(String, String)> = calendar
            .slots
            .iter()
            .map(|slot| (slot.date.to_string(), slot.time.to_string()))
            .collect();
        assert_eq!(
            times,
            [
                ("2027-03-27".to_owned(), "02:30".to_owned()),
                ("2027-03-28".to_owned(), "03:30".to_owned())
            ]
        );
    }

    #[test]
    fn the_time_zone_follows_the_strategy_then_its_country() {
        let zone_of = |strategy: &str| {
            calendar_of(&format!("{strategy}start = 2027-01-04\nend = 2027-01-10\n[[always_on]]\nplatform = \"instagram\"\nposts_per_week = 1\n")).timezone
        };
        assert_eq!(
            zone_of("[strategy]\nname = \"t\"\ncountry = \"GB\"\n"),
            "Europe/London"
        );
        assert_eq!(
            zone_of("[strategy]\nname = \"t\"\ncountry = \"US\"\n"),
            "America/New_York"
        );
        assert_eq!(
            zone_of("[strategy]\nname = \"t\"\ncountry = \"GB\"\ntimezone = \"Europe/Paris\"\n"),
            "Europe/Paris",
            "the strategy's own zone wins"
        );
        // A French strategy, and a country with no zone of its own in the table.
        assert_eq!(zone_of("[strategy]\nname = \"t\"\n"), "Europe/Paris");
        assert_eq!(
            zone_of("[strategy]\nname = \"t\"\ncountry = \"JP\"\n"),
            "Europe/Paris"
        );
        for (country, pack) in &Knowledge::embedded().countries {
            let zone = &pack.timezone;
            assert_eq!(
                crate::values::TimeZoneName::parse(zone).map(|name| name.as_str().to_owned()),
                Ok(zone.clone()),
                "{country}: {zone} is a canonical zone of the bundled database"
            );
        }
    }

    #[test]
    fn open_days_find_the_nearest_open_day_either_side() {
        let mut open = OpenDays::new(10);
        for day in [3, 4, 5, 6] {
            open.close(day);
        }
        assert_eq!(open.nearest(4, 0, 9), Some(2));
        assert_eq!(open.nearest(5, 0, 9), Some(7));
        assert_eq!(open.nearest(5, 4, 9), Some(7));
        assert_eq!(open.nearest(5, 3, 6), None);
        open.close(9);
        assert_eq!(open.at_or_after(8), Some(8));
        assert_eq!(open.at_or_after(9), None);
        assert_eq!(open.at_or_before(0), Some(0));
    }
}
