//! The editorial calendar: the always-on plan and the operations expanded into dated post slots.
//!
//! Deterministic by construction: the same strategy always gives the same slots with the same
//! identifiers, whatever range is asked for (the whole period is expanded, then filtered), so a
//! calendar app that re-imports an edited calendar updates its events instead of duplicating them.
//!
//! How slots are laid out, network by network:
//! - dates: post `n` falls `n x 7 / cadence` days after the start, so posts spread evenly over
//!   the week and two posts share a day only when the cadence exceeds 7 a week;
//! - format, pillar and (persona, stage): smooth weighted round-robin over the formats mix, the
//!   pillar shares and the personas' stage mixes, carried across months so that even a small
//!   share at a low cadence gets its turn (each month stays within a post or two of the shares);
//! - operations: their posts go to the nearest day of the operation with no post yet on the
//!   network, so they do not pile up on the always-on posts;
//! - message: the persona's message for that stage that best matches the pillar and the format;
//! - time: the entry's `times`, else the knowledge base's times for the network, in turn, never
//!   twice the same minute on one network and day while another time is free.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::knowledge::Knowledge;
use crate::model::{Format, Stage};
use crate::plan::stages_that_matter;
use crate::strategy::Strategy;
use crate::values::{Day, PostingTime};

/// One planned post.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Slot {
    /// Stable identifier: network, date and rank of the post that day (and operation, if any).
    pub id: String,
    pub date: Day,
    /// Local time in the calendar's time zone, `HH:MM`.
    pub time: String,
    pub platform: String,
    pub format: Format,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pillar: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub persona: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<Stage>,
    /// The message carried (its key message), empty when none is written for that cell yet.
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_to_action: Option<String>,
    /// The operation that adds this post, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
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
}

/// Smooth weighted round-robin: over any run of picks, each item's share follows its weight,
/// and the order is deterministic.
struct RoundRobin<T: Clone> {
    items: Vec<(T, f64, f64)>,
}

impl<T: Clone> RoundRobin<T> {
    fn new(weighted: Vec<(T, f64)>) -> RoundRobin<T> {
        RoundRobin {
            items: weighted
                .into_iter()
                .filter(|(_, weight)| *weight > 0.0 && weight.is_finite())
                .map(|(item, weight)| (item, weight, 0.0))
                .collect(),
        }
    }

    fn next(&mut self) -> Option<T> {
        let total: f64 = self.items.iter().map(|item| item.1).sum();
        for item in &mut self.items {
            item.2 += item.1;
        }
        let best = self
            .items
            .iter_mut()
            .enumerate()
            .max_by(|(left_index, left), (right_index, right)| {
                // Ties go to the earlier item, so the order is stable.
                left.2.total_cmp(&right.2).then(right_index.cmp(left_index))
            })
            .map(|(_, item)| item)?;
        best.2 -= total;
        Some(best.0.clone())
    }
}

/// The day of each post when `cadence` posts a week are spread from `start` over `days` days.
fn spread_days(cadence: f64, days: i64) -> Vec<i64> {
    if cadence <= 0.0 || days <= 0 || !cadence.is_finite() {
        return Vec::new();
    }
    let interval = 7.0 / cadence;
    let mut offsets = Vec::new();
    let mut index = 0u64;
    loop {
        let offset = (index as f64 * interval).floor() as i64;
        if offset >= days {
            break;
        }
        offsets.push(offset);
        index += 1;
    }
    offsets
}

/// The posting times of a network: the entry's own, else the network's defaults, else the
/// defaults for any network (a strategy's own networks).
fn posting_times(own: &[PostingTime], platform: &str, knowledge: &Knowledge) -> Vec<String> {
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
    times.iter().map(|time| time.as_str().to_owned()).collect()
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
            .map(|id| ((id.as_str().to_owned(), Stage::Awareness), 1.0))
            .collect()
    } else {
        named
    }
}

/// (persona id, stage) pairs with their weight.
type AudienceMix = Vec<((String, Stage), f64)>;

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
                || fits[*index]
                    .fit(platform)
                    .is_some_and(|fit| fit.recommended);
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
    for index in chosen {
        let persona = &strategy.personas[index];
        let stages = stages_that_matter(persona, knowledge);
        for stage in &stages {
            let share = match &persona.stage_mix {
                Some(stage_mix) if stage_mix.total() > 0.0 => {
                    stage_mix.share(*stage) / stage_mix.total()
                }
                _ => 1.0 / stages.len() as f64,
            };
            mix.push(((persona.id.as_str().to_owned(), *stage), share));
        }
    }
    mix
}

/// The message for a (persona, stage) that best fits the pillar and the format, in turn among
/// equals; a message written for some networks only is used only there.
fn pick_message<'s>(
    strategy: &'s Strategy,
    platform: &str,
    persona: &str,
    stage: Stage,
    pillar: Option<&str>,
    format: Format,
    turn: usize,
) -> Option<&'s crate::model::Message> {
    let candidates: Vec<&crate::model::Message> = strategy
        .messages
        .iter()
        .filter(|message| message.persona.as_str() == persona && message.stage == Some(stage))
        .filter(|message| {
            message.networks.is_empty()
                || message
                    .networks
                    .iter()
                    .any(|network| network.as_str() == platform)
        })
        .collect();
    let score = |message: &&crate::model::Message| {
        let pillar_match =
            pillar.is_some_and(|pillar| message.pillars.iter().any(|id| id.as_str() == pillar));
        let format_match = message.content_types.contains(&format);
        usize::from(pillar_match) * 2 + usize::from(format_match)
    };
    let best_score = candidates.iter().map(score).max()?;
    let best: Vec<&&crate::model::Message> = candidates
        .iter()
        .filter(|message| score(message) == best_score)
        .collect();
    best.get(turn % best.len()).map(|message| **message)
}

/// Posts of one network over some days, with their format, pillar, audience and message.
struct Stream<'a> {
    strategy: &'a Strategy,
    platform: String,
    times: Vec<String>,
    formats: RoundRobin<Format>,
    pillars: RoundRobin<String>,
    audiences: RoundRobin<(String, Stage)>,
    operation: Option<String>,
    /// An operation's own message and call to action: every post of the operation carries
    /// them (an empty message leaves the posts to write).
    fixed_message: Option<(String, Option<String>)>,
}

/// The posting times already taken on each network and day, shared by the always-on plan and
/// the operations so that their posts do not pile up on the same day and minute.
#[derive(Default)]
struct Occupancy {
    times: BTreeMap<(String, Day), Vec<String>>,
    /// Posts placed so far per network: the turn of the next posting time.
    posts: BTreeMap<String, usize>,
}

impl Occupancy {
    fn is_free(&self, platform: &str, day: Day) -> bool {
        self.times
            .get(&(platform.to_owned(), day))
            .is_none_or(Vec::is_empty)
    }

    /// The free day nearest to `wanted` within `[first, last]`, later days first on a tie.
    fn nearest_free_day(&self, platform: &str, wanted: Day, first: Day, last: Day) -> Option<Day> {
        let span = first.days_until(last).max(0);
        (0..=span).find_map(|distance| {
            [wanted.plus_days(distance), wanted.plus_days(-distance)]
                .into_iter()
                .find(|day| *day >= first && *day <= last && self.is_free(platform, *day))
        })
    }

    /// Takes the next posting time of the network not yet used that day; returns it with the
    /// post's rank that day (1 for the first post).
    fn take(&mut self, platform: &str, day: Day, times: &[String]) -> (String, usize) {
        let turn = self.posts.entry(platform.to_owned()).or_default();
        let used = self.times.entry((platform.to_owned(), day)).or_default();
        let time = (0..times.len())
            .map(|step| &times[(*turn + step) % times.len()])
            .find(|time| !used.contains(time))
            .unwrap_or(&times[*turn % times.len()])
            .clone();
        *turn += 1;
        used.push(time.clone());
        (time, used.len())
    }
}

impl Stream<'_> {
    /// Places `cadence` posts a week over `[start, start + days)`. Operation posts move to the
    /// nearest day of the operation that has no post yet on the network.
    fn expand(
        &mut self,
        start: Day,
        days: i64,
        cadence: f64,
        occupancy: &mut Occupancy,
        slots: &mut Vec<Slot>,
    ) {
        let mut turns: BTreeMap<(String, Stage), usize> = BTreeMap::new();
        let last = start.plus_days(days - 1);
        for offset in spread_days(cadence, days) {
            let wanted = start.plus_days(offset);
            let date = if self.operation.is_some() {
                occupancy
                    .nearest_free_day(&self.platform, wanted, start, last)
                    .unwrap_or(wanted)
            } else {
                wanted
            };
            let (time, rank) = occupancy.take(&self.platform, date, &self.times);
            let format = self.formats.next().unwrap_or(Format::Image);
            let pillar = self.pillars.next();
            let audience = self.audiences.next();
            let (message, call_to_action) = match (&self.fixed_message, &audience) {
                (Some((text, call_to_action)), _) => (text.clone(), call_to_action.clone()),
                (None, Some((persona, stage))) => {
                    let turn = turns.entry((persona.clone(), *stage)).or_default();
                    let message = pick_message(
                        self.strategy,
                        &self.platform,
                        persona,
                        *stage,
                        pillar.as_deref(),
                        format,
                        *turn,
                    );
                    *turn += 1;
                    (
                        message
                            .and_then(|message| message.key_message.clone())
                            .unwrap_or_default(),
                        message
                            .and_then(|message| message.call_to_action.clone())
                            .filter(|cta| !cta.trim().is_empty()),
                    )
                }
                (None, None) => (String::new(), None),
            };
            let id = match &self.operation {
                Some(operation) => format!("{operation}-{}-{date}-{rank}", self.platform),
                None => format!("{}-{date}-{rank}", self.platform),
            };
            slots.push(Slot {
                id,
                date,
                time,
                platform: self.platform.clone(),
                format,
                pillar,
                persona: audience.as_ref().map(|(persona, _)| persona.clone()),
                stage: audience.map(|(_, stage)| stage),
                message,
                call_to_action,
                operation: self.operation.clone(),
            });
        }
    }
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

/// The calendar around a platform fit already computed: who is on each network.
pub fn calendar_from(
    strategy: &Strategy,
    knowledge: &Knowledge,
    fits: &[crate::fit::PersonaFit],
    from: Option<Day>,
    to: Option<Day>,
) -> Calendar {
    crate::analysis::count(|counts| counts.calendars += 1);
    let knowledge = &*strategy.knowledge(knowledge);
    let info = &strategy.strategy;
    let days = strategy.period_days();
    let global_pillars: Vec<(String, f64)> = strategy
        .pillars
        .iter()
        .map(|pillar| {
            (
                pillar.id.as_str().to_owned(),
                pillar.share.map(|share| share.get()).unwrap_or(0.0),
            )
        })
        .collect();
    let mut slots = Vec::new();
    let mut occupancy = Occupancy::default();
    let mut mixes: BTreeMap<String, AudienceMix> = BTreeMap::new();
    let mut audience_of = |platform: &str| {
        mixes
            .entry(platform.to_owned())
            .or_insert_with(|| audience_mix(strategy, knowledge, fits, platform))
            .clone()
    };

    for always_on in &strategy.always_on {
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
        let pillars: Vec<(String, f64)> = if always_on.pillars.is_empty() {
            global_pillars.clone()
        } else {
            always_on
                .pillars
                .iter()
                .map(|(id, share)| (id.as_str().to_owned(), share.get()))
                .collect()
        };
        let mut stream = Stream {
            strategy,
            times: posting_times(&always_on.times, &platform, knowledge),
            formats: RoundRobin::new(formats),
            pillars: RoundRobin::new(pillars),
            audiences: RoundRobin::new(audience_of(&platform)),
            platform,
            operation: None,
            fixed_message: None,
        };
        stream.expand(info.start, days, cadence, &mut occupancy, &mut slots);
    }

    let mut operations = Vec::new();
    for operation in &strategy.operations {
        let (Some(start), Some(end)) = (operation.start, operation.end) else {
            continue;
        };
        if end < start {
            continue;
        }
        let platforms: Vec<String> = if operation.platforms.is_empty() {
            Vec::new()
        } else {
            operation
                .platforms
                .iter()
                .map(|platform| platform.as_str().to_owned())
                .collect()
        };
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
        let operation_days = first.days_until(last) + 1;
        for platform in platforms {
            let own_times = strategy
                .always_on
                .iter()
                .find(|always_on| always_on.platform.as_str() == platform)
                .map(|always_on| always_on.times.clone())
                .unwrap_or_default();
            let mut stream = Stream {
                strategy,
                times: posting_times(&own_times, &platform, knowledge),
                formats: RoundRobin::new(vec![(default_format(&platform, knowledge), 1.0)]),
                pillars: RoundRobin::new(Vec::new()),
                audiences: RoundRobin::new(operation_audience(operation, audience_of(&platform))),
                platform,
                operation: Some(operation.id.as_str().to_owned()),
                // The operation's name is for the team's calendar, never the published text.
                fixed_message: Some((
                    operation.key_message.clone().unwrap_or_default(),
                    operation
                        .call_to_action
                        .clone()
                        .filter(|cta| !cta.trim().is_empty()),
                )),
            };
            stream.expand(first, operation_days, cadence, &mut occupancy, &mut slots);
        }
    }

    let from = from.unwrap_or(info.start);
    let to = to.unwrap_or(info.end);
    slots.retain(|slot| slot.date >= from && slot.date <= to);
    slots.sort_by(|left, right| {
        (left.date, &left.time, &left.platform, &left.id).cmp(&(
            right.date,
            &right.time,
            &right.platform,
            &right.id,
        ))
    });
    operations.retain(|operation| operation.end >= from && operation.start <= to);
    Calendar {
        name: info.name.clone(),
        identifier: info.id.as_ref().map(|id| id.as_str().to_owned()),
        timezone: info
            .timezone
            .as_ref()
            .map(|zone| zone.as_str().to_owned())
            .unwrap_or_else(|| knowledge.calendar.default_timezone.clone()),
        from,
        to,
        website: info
            .website
            .as_ref()
            .map(|website| website.as_str().to_owned()),
        operations,
        slots,
    }
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
        assert_ne!(first_day[0].id, first_day[1].id);
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

    #[test]
    fn identifiers_are_unique_and_stable() {
        let first = calendar_of(TEMPLATES[1].text);
        let second = calendar_of(TEMPLATES[1].text);
        assert_eq!(first.slots, second.slots);
        let mut ids: Vec<&str> = first.slots.iter().map(|slot| slot.id.as_str()).collect();
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
            .filter(|slot| slot.time == "08:30")
            .count();
        let evenings = calendar
            .slots
            .iter()
            .filter(|slot| slot.time == "18:00")
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
}
