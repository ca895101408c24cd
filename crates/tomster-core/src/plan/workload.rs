//! Hours per week the plan needs, week by week, against what the team gives.
//!
//! The everyday tasks (production by network and format, adaptation of cross-posted pieces,
//! community management per network, reporting) are the same every week. What changes from
//! week to week is who does them: a provider takes off the team only the tasks its scope
//! covers (its formats, its networks' community, its operations), up to its quantity, within
//! its dates; operations add their load while they run; and the team's capacity follows its
//! members' dates.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::{
    adaptation_minutes, minutes_per_post, operation_hours_per_week, overlap_days,
    skills_for_format, window,
};
use crate::knowledge::Knowledge;
use crate::model::{Format, Outsourcing, Skill, TeamMember};
use crate::strategy::Strategy;
use crate::values::Day;

/// Weeks in a year, to turn posts per month into posts per week.
const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;

/// What a piece of everyday work is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TaskKind {
    Production,
    /// A piece made for another network, adapted (cross-posting).
    Adaptation,
    Community,
    Reporting,
}

impl TaskKind {
    fn key(self) -> &'static str {
        match self {
            TaskKind::Production => "production",
            TaskKind::Adaptation => "adaptation",
            TaskKind::Community => "community_management",
            TaskKind::Reporting => "reporting",
        }
    }
}

/// Hours a week a task needs, and the skills it takes.
#[derive(Clone, Debug)]
struct Task {
    kind: TaskKind,
    platform: Option<String>,
    format: Option<Format>,
    posts_per_week: f64,
    hours_per_week: f64,
    skills: Vec<Skill>,
}

/// The load of one week of the period.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct WeekLoad {
    pub start: Day,
    /// Days of the period in this week: 7, or fewer for the first and last ISO weeks.
    pub days: u8,
    /// The team's hours that week: everyday work left to it, and operations it runs.
    pub hours: f64,
    /// What the team gives that week (members who have joined and not left).
    pub capacity: f64,
}

/// What one provider takes off the team.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ProviderWork {
    pub provider: String,
    /// Average hours a week over the weeks it works.
    pub hours_per_week: f64,
    /// Average posts a week it produces over the weeks it works.
    pub posts_per_week: f64,
    pub weeks: usize,
    /// Hours over the whole period, to set against its cost.
    pub total_hours: f64,
}

/// Hours per week the plan needs, against what the team gives.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Workload {
    /// The everyday (always-on) load on the team, outsourced work excluded, averaged over the
    /// weeks of the period.
    pub hours_per_week: f64,
    /// What the team gives, averaged over the weeks of the period.
    pub capacity_hours_per_week: f64,
    /// The heaviest week, operations included.
    pub peak_hours_per_week: f64,
    pub peak_week_start: Option<Day>,
    /// The week the load exceeds that week's capacity the most, if any does.
    pub overload_week_start: Option<Day>,
    /// The team's everyday load by network; `reporting` is its own key.
    pub by_platform: BTreeMap<String, f64>,
    /// Everyday load by team member, shared by skill.
    pub by_member: BTreeMap<String, f64>,
    /// All the everyday work by kind (`production`, `adaptation`, `community_management`,
    /// `reporting`), whoever does it, and `operations_average` for the operations.
    pub by_task: BTreeMap<String, f64>,
    /// Work that providers do, averaged over the weeks of the period.
    pub outsourced_hours_per_week: f64,
    pub providers: Vec<ProviderWork>,
    /// Work with nobody to do it (no team).
    pub unassigned_hours_per_week: f64,
    pub weeks: Vec<WeekLoad>,
    /// Community management by network, whoever does it: what it answers and its minutes.
    pub community: Vec<CommunityLoad>,
}

/// The everyday tasks: production per network and format, adaptation, community, reporting.
fn everyday_tasks(
    strategy: &Strategy,
    knowledge: &Knowledge,
    community: &[CommunityLoad],
) -> Vec<Task> {
    // Posts by network and format, posts beyond the formats mix counted as single images (the
    // most common post).
    let mix_of = |always_on: &crate::model::AlwaysOn| {
        let mut mix: Vec<(Format, f64)> = always_on
            .formats
            .iter()
            .map(|(format, posts)| (*format, posts.get()))
            .collect();
        let formatted: f64 = mix.iter().map(|(_, posts)| posts).sum();
        let unformatted = (always_on.cadence() - formatted).max(0.0);
        if unformatted > 0.0 {
            match mix.iter_mut().find(|(format, _)| *format == Format::Image) {
                Some((_, posts)) => *posts += unformatted,
                None => mix.push((Format::Image, unformatted)),
            }
        }
        mix
    };
    // What each network produces itself, which other networks may adapt. A network that
    // adapts is not a source: two networks adapting each other would produce nothing.
    let produced: HashMap<(&str, Format), f64> = strategy
        .always_on
        .iter()
        .filter(|always_on| always_on.adapted_from.is_none())
        .flat_map(|always_on| {
            mix_of(always_on)
                .into_iter()
                .map(move |(format, posts)| ((always_on.platform.as_str(), format), posts))
        })
        .collect();
    let adaptation = adaptation_minutes(strategy, knowledge);

    let mut tasks = Vec::new();
    let mut networks: Vec<&str> = Vec::new();
    for always_on in &strategy.always_on {
        let platform = always_on.platform.as_str();
        for (format, posts) in mix_of(always_on) {
            let adapted = always_on
                .adapted_from
                .as_ref()
                .filter(|source| source.as_str() != platform)
                .and_then(|source| produced.get(&(source.as_str(), format)))
                .map(|available| available.min(posts))
                .unwrap_or(0.0);
            let skills = skills_for_format(knowledge, format);
            if adapted > 0.0 {
                tasks.push(Task {
                    kind: TaskKind::Adaptation,
                    platform: Some(platform.to_owned()),
                    format: Some(format),
                    posts_per_week: adapted,
                    hours_per_week: adapted * adaptation / 60.0,
                    skills: skills.clone(),
                });
            }
            if posts > adapted {
                tasks.push(Task {
                    kind: TaskKind::Production,
                    platform: Some(platform.to_owned()),
                    format: Some(format),
                    posts_per_week: posts - adapted,
                    hours_per_week: (posts - adapted)
                        * minutes_per_post(strategy, knowledge, format)
                        / 60.0,
                    skills,
                });
            }
        }
        if !networks.contains(&platform) {
            networks.push(platform);
        }
    }
    for load in community {
        tasks.push(Task {
            kind: TaskKind::Community,
            platform: Some(load.platform.clone()),
            format: None,
            posts_per_week: 0.0,
            hours_per_week: load.minutes_per_week / 60.0,
            skills: knowledge.effort.community.skills.clone(),
        });
    }
    let reporting = &knowledge.effort.reporting;
    let reporting_minutes = strategy
        .assumptions
        .reporting_minutes_per_week
        .map(|minutes| minutes.get())
        .unwrap_or(
            reporting.minutes_per_week
                + reporting.minutes_per_network_per_week * networks.len() as f64,
        );
    if !strategy.always_on.is_empty() || !strategy.kpis.is_empty() {
        tasks.push(Task {
            kind: TaskKind::Reporting,
            platform: None,
            format: None,
            posts_per_week: 0.0,
            hours_per_week: reporting_minutes / 60.0,
            skills: reporting.skills.clone(),
        });
    }
    tasks
}

/// Community management on one network: what it answers and the time it takes.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct CommunityLoad {
    pub platform: String,
    /// Feed posts a week, which bring comments to answer.
    pub posts_per_week: f64,
    /// Stories a week, which bring direct replies.
    pub stories_per_week: f64,
    /// The audience the objectives give the network over the period (halfway from its
    /// baseline to its target), when they give one.
    pub followers: Option<f64>,
    pub minutes_per_week: f64,
    /// Whether the strategy sets a flat time per network instead of the model.
    pub flat: bool,
}

/// Community management per network, in the order the networks come: listening, replies to
/// each feed post and story, and what the audience's size adds, unless the strategy sets a
/// flat time per network.
fn community_loads(strategy: &Strategy, knowledge: &Knowledge) -> Vec<CommunityLoad> {
    let effort = &knowledge.effort.community;
    let per_post = strategy
        .assumptions
        .community_minutes_per_post
        .map_or(effort.minutes_per_post, |minutes| minutes.get());
    let mut loads: Vec<CommunityLoad> = Vec::new();
    for always_on in &strategy.always_on {
        let platform = always_on.platform.as_str();
        let index = match loads.iter().position(|load| load.platform == platform) {
            Some(index) => index,
            None => {
                loads.push(CommunityLoad {
                    platform: platform.to_owned(),
                    posts_per_week: 0.0,
                    stories_per_week: 0.0,
                    followers: followers_of(strategy, platform),
                    minutes_per_week: 0.0,
                    flat: false,
                });
                loads.len() - 1
            }
        };
        loads[index].posts_per_week += always_on.feed_cadence();
        loads[index].stories_per_week += always_on.stories();
    }
    for load in &mut loads {
        load.minutes_per_week = match strategy.assumptions.community_minutes_per_network_week {
            Some(flat) => {
                load.flat = true;
                flat.get()
            }
            None => {
                effort.listening_minutes_per_network_per_week
                    + load.posts_per_week * per_post
                    + load.stories_per_week * effort.minutes_per_story
                    + load.followers.unwrap_or(0.0) / 1000.0
                        * effort.minutes_per_thousand_followers_per_week
            }
        };
    }
    loads
}

/// The followers a network's community counts over the period: an objective on its
/// followers alone (or measured there by a KPI), halfway from its baseline to its target.
fn followers_of(strategy: &Strategy, platform: &str) -> Option<f64> {
    strategy
        .objectives
        .iter()
        .filter(|objective| {
            objective
                .kpi
                .as_ref()
                .is_some_and(|kpi| kpi.as_str() == "followers")
        })
        .filter(|objective| {
            let measured_there = strategy.kpis.iter().any(|kpi| {
                kpi.objective.as_ref() == Some(&objective.id)
                    && kpi
                        .platform
                        .as_ref()
                        .is_some_and(|on| on.as_str() == platform)
            });
            match objective.platforms.as_slice() {
                [only] => only.as_str() == platform,
                [] => measured_there,
                _ => false,
            }
        })
        .filter_map(|objective| {
            let baseline = objective.baseline_value()?;
            let target = objective.target_level().unwrap_or(baseline);
            Some((baseline + target) / 2.0)
        })
        .reduce(f64::max)
}

/// Whether a provider's scope covers a task: its formats' production on its networks, and
/// its networks' community when it brings community management.
fn covers(provider: &Outsourcing, task: &Task) -> bool {
    let on_its_networks = provider.networks.is_empty()
        || task.platform.as_deref().is_some_and(|platform| {
            provider
                .networks
                .iter()
                .any(|network| network.as_str() == platform)
        });
    if !on_its_networks {
        return false;
    }
    match task.kind {
        TaskKind::Production | TaskKind::Adaptation => task
            .format
            .is_some_and(|format| provider.formats.contains(&format)),
        TaskKind::Community => {
            !provider.networks.is_empty() && provider.skills.contains(&Skill::CommunityManagement)
        }
        TaskKind::Reporting => false,
    }
}

/// Hours and posts each provider takes in a week, and the everyday hours left per task.
#[derive(Clone, Debug)]
struct WeekShare {
    left: Vec<f64>,
    /// By provider: (hours, posts).
    taken: Vec<(f64, f64)>,
}

/// Shares the everyday tasks between providers (each active for a share of the week) and the
/// team. Providers take in their order, each up to its caps.
fn share_week(tasks: &[Task], providers: &[&Outsourcing], active: &[f64]) -> WeekShare {
    let mut left: Vec<f64> = tasks.iter().map(|task| task.hours_per_week).collect();
    let mut left_posts: Vec<f64> = tasks.iter().map(|task| task.posts_per_week).collect();
    let mut taken = vec![(0.0, 0.0); providers.len()];
    for (index, provider) in providers.iter().enumerate() {
        let share = active[index];
        if share <= 0.0 {
            continue;
        }
        let mut hours_cap = provider
            .hours_per_week
            .map(|hours| hours.get())
            .unwrap_or(f64::INFINITY);
        let mut posts_cap = provider
            .posts_per_month
            .map(|posts| posts.get() / WEEKS_PER_MONTH)
            .unwrap_or(f64::INFINITY);
        for (position, task) in tasks.iter().enumerate() {
            if left[position] <= 0.0 || !covers(provider, task) {
                continue;
            }
            let per_post = if task.posts_per_week > 0.0 {
                task.hours_per_week / task.posts_per_week
            } else {
                0.0
            };
            let (mut hours, mut posts) = if task.posts_per_week > 0.0 {
                let posts = left_posts[position].min(posts_cap);
                (posts * per_post, posts)
            } else {
                (left[position], 0.0)
            };
            if hours > hours_cap {
                posts *= hours_cap / hours;
                hours = hours_cap;
            }
            hours_cap -= hours;
            posts_cap -= posts;
            // A provider that starts or stops mid-week does that week's work pro rata.
            let (hours, posts) = (hours * share, posts * share);
            left[position] -= hours;
            left_posts[position] -= posts;
            taken[index].0 += hours;
            taken[index].1 += posts;
        }
    }
    WeekShare { left, taken }
}

/// Shares hours among the members who have one of the skills (everyone if nobody has), in
/// proportion to their hours.
fn share_among_members(
    team: &[TeamMember],
    skills: &[Skill],
    hours: f64,
    by_member: &mut BTreeMap<String, f64>,
) {
    let skilled: Vec<&TeamMember> = team
        .iter()
        .filter(|member| member.skills.iter().any(|skill| skills.contains(skill)))
        .collect();
    let candidates: Vec<&TeamMember> = if skilled.is_empty() {
        team.iter().collect()
    } else {
        skilled
    };
    let total: f64 = candidates.iter().map(|member| member.weekly_hours()).sum();
    for member in &candidates {
        let weight = if total > 0.0 {
            member.weekly_hours() / total
        } else {
            1.0 / candidates.len() as f64
        };
        *by_member.entry(member.name.clone()).or_default() += hours * weight;
    }
}

pub fn workload(strategy: &Strategy, knowledge: &Knowledge) -> Workload {
    // The strategy's own KPIs and networks join the catalogue for this analysis.
    let knowledge = &*strategy.knowledge(knowledge);
    let community = community_loads(strategy, knowledge);
    let tasks = everyday_tasks(strategy, knowledge, &community);
    let team = &strategy.resources.team;
    let providers: Vec<&Outsourcing> = strategy
        .resources
        .outsourcing
        .iter()
        .filter(|provider| provider.has_scope())
        .collect();
    let provider_windows: Vec<(Day, Day)> = providers
        .iter()
        .map(|provider| window(strategy, provider.start, provider.end))
        .collect();
    let member_windows: Vec<(Day, Day)> = team
        .iter()
        .map(|member| window(strategy, member.start, member.end))
        .collect();

    let start = strategy.strategy.start;
    let days = strategy.period_days();
    let mut weeks = Vec::new();
    let mut everyday_left = vec![0.0; tasks.len()];
    let mut provider_totals = vec![(0.0, 0.0, 0usize); providers.len()];
    let mut operations_total = 0.0;
    // Weeks with the same providers at work share the same split: compute it once.
    let mut splits: HashMap<Vec<i64>, WeekShare> = HashMap::new();
    // ISO weeks, Monday to Sunday: the first and last weeks of the period may be partial.
    let mut offset = 0;
    while offset < days {
        let days_to_sunday = 6 - i64::from(
            start
                .plus_days(offset)
                .date()
                .weekday()
                .to_monday_zero_offset(),
        );
        let week = (
            start.plus_days(offset),
            start.plus_days((offset + days_to_sunday).min(days - 1)),
        );
        let week_days = (week.0.days_until(week.1) + 1) as f64;
        let active_days: Vec<i64> = provider_windows
            .iter()
            .map(|provider_window| overlap_days(*provider_window, week))
            .collect();
        let split = splits.entry(active_days.clone()).or_insert_with(|| {
            let active: Vec<f64> = active_days
                .iter()
                .map(|days| *days as f64 / week_days)
                .collect();
            share_week(&tasks, &providers, &active)
        });
        let mut hours: f64 = split.left.iter().sum();
        for (total, left) in everyday_left.iter_mut().zip(&split.left) {
            *total += left;
        }
        for (index, (taken_hours, taken_posts)) in split.taken.iter().enumerate() {
            provider_totals[index].0 += taken_hours;
            provider_totals[index].1 += taken_posts;
            if active_days[index] > 0 {
                provider_totals[index].2 += 1;
            }
        }
        // Operations add their weekly load while they run, to their provider or the team.
        for operation in &strategy.operations {
            let (Some(operation_start), Some(operation_end)) = (operation.start, operation.end)
            else {
                continue;
            };
            let running = overlap_days((operation_start, operation_end), week);
            if running == 0 {
                continue;
            }
            let load =
                operation_hours_per_week(strategy, knowledge, operation) * running as f64 / 7.0;
            let runner = providers.iter().enumerate().find(|(index, provider)| {
                active_days[*index] > 0 && provider.operations.contains(&operation.id)
            });
            match runner {
                Some((index, _)) => provider_totals[index].0 += load,
                None => {
                    hours += load;
                    operations_total += load;
                }
            }
        }
        let capacity = team
            .iter()
            .zip(&member_windows)
            .map(|(member, member_window)| {
                member.weekly_hours() * overlap_days(*member_window, week) as f64 / week_days
            })
            .sum();
        weeks.push(WeekLoad {
            start: week.0,
            days: u8::try_from(week.0.days_until(week.1) + 1).unwrap_or(7),
            hours,
            capacity,
        });
        offset += days_to_sunday + 1;
    }

    let week_count = weeks.len().max(1) as f64;
    let mut by_platform: BTreeMap<String, f64> = BTreeMap::new();
    let mut by_task: BTreeMap<String, f64> = BTreeMap::new();
    let mut by_member: BTreeMap<String, f64> = team
        .iter()
        .map(|member| (member.name.clone(), 0.0))
        .collect();
    let mut team_hours = 0.0;
    for (task, left) in tasks.iter().zip(&everyday_left) {
        *by_task.entry(task.kind.key().to_owned()).or_default() += task.hours_per_week;
        let average = left / week_count;
        if average <= 0.0 {
            continue;
        }
        team_hours += average;
        let key = task
            .platform
            .clone()
            .unwrap_or_else(|| TaskKind::Reporting.key().to_owned());
        *by_platform.entry(key).or_default() += average;
        if !team.is_empty() {
            share_among_members(team, &task.skills, average, &mut by_member);
        }
    }
    if operations_total > 0.0 {
        by_task.insert(
            "operations_average".to_owned(),
            operations_total / week_count,
        );
    }
    let providers_work: Vec<ProviderWork> = providers
        .iter()
        .zip(&provider_totals)
        .map(|(provider, (hours, posts, active_weeks))| {
            let active = (*active_weeks).max(1) as f64;
            ProviderWork {
                provider: provider.provider.clone(),
                hours_per_week: hours / active,
                posts_per_week: posts / active,
                weeks: *active_weeks,
                total_hours: *hours,
            }
        })
        .collect();
    // The peak and the overload are looked for in whole weeks when the period has one: a
    // partial first or last week (a Friday start, a provider who joins on Monday) would state
    // a weekly rate for a few days' work.
    let has_full_week = weeks.iter().any(|week| week.days == 7);
    let judged = || {
        weeks
            .iter()
            .filter(move |week| week.days == 7 || !has_full_week)
    };
    let peak = judged().max_by(|left, right| left.hours.total_cmp(&right.hours));
    let overload = judged()
        .filter(|week| week.hours > week.capacity + 0.05)
        .max_by(|left, right| {
            (left.hours - left.capacity).total_cmp(&(right.hours - right.capacity))
        });
    Workload {
        hours_per_week: team_hours,
        capacity_hours_per_week: weeks.iter().map(|week| week.capacity).sum::<f64>() / week_count,
        peak_hours_per_week: peak.map(|week| week.hours).unwrap_or(team_hours),
        peak_week_start: peak.map(|week| week.start),
        overload_week_start: overload.map(|week| week.start),
        by_platform,
        by_member,
        by_task,
        outsourced_hours_per_week: provider_totals
            .iter()
            .map(|(hours, _, _)| hours)
            .sum::<f64>()
            / week_count,
        providers: providers_work,
        unassigned_hours_per_week: if team.is_empty() { team_hours } else { 0.0 },
        weeks,
        community,
    }
}
