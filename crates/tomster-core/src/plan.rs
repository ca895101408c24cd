//! The plan's cost in hours and money, and the coverage of the message matrix.
//!
//! Workload: production (posts per week by format x minutes per format), community management
//! per network and reporting, shared among the team by skill, with operations adding their
//! load during their dates. Cost: tools, operations, outsourcing and training, per month and in
//! total. Coverage: which persona x stage cells have a message. Effort figures come from the
//! knowledge base unless the strategy's `[assumptions]` override them.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::knowledge::Knowledge;
use crate::model::{Billing, Format, Skill, Stage};
use crate::strategy::Strategy;
use crate::values::Day;

/// Hours a week a task needs, and the skills it takes.
#[derive(Clone, Debug)]
struct Task {
    platform: Option<String>,
    hours_per_week: f64,
    skills: Vec<Skill>,
}

/// The load of one week of the period.
#[derive(Clone, Debug, Serialize)]
pub struct WeekLoad {
    pub start: Day,
    pub hours: f64,
}

/// Hours per week the plan needs, against what the team gives.
#[derive(Clone, Debug, Serialize)]
pub struct Workload {
    /// The everyday (always-on) load on the team, outsourced work excluded.
    pub hours_per_week: f64,
    pub capacity_hours_per_week: f64,
    /// The heaviest week, operations included.
    pub peak_hours_per_week: f64,
    pub peak_week_start: Option<Day>,
    /// The team's everyday load by network; `operations` and `reporting` are their own keys.
    pub by_platform: BTreeMap<String, f64>,
    /// Everyday load by team member, shared by skill.
    pub by_member: BTreeMap<String, f64>,
    pub by_task: BTreeMap<String, f64>,
    /// Work that providers do, by the outsourcing plan's skills.
    pub outsourced_hours_per_week: f64,
    /// Work with nobody to do it (no team).
    pub unassigned_hours_per_week: f64,
    pub weeks: Vec<WeekLoad>,
}

/// Money the plan costs, against the budget.
#[derive(Clone, Debug, Serialize)]
pub struct Cost {
    pub total: f64,
    pub budget: Option<f64>,
    pub currency: String,
    pub by_category: BTreeMap<String, f64>,
    /// By month, `YYYY-MM`.
    pub by_month: BTreeMap<String, f64>,
}

/// Messages for one persona, by stage.
#[derive(Clone, Debug, Serialize)]
pub struct PersonaCoverage {
    pub persona: String,
    /// Number of messages by stage.
    pub cells: BTreeMap<Stage, usize>,
    /// Stages that matter for the persona (its stage mix, or the buying stages) with no message.
    pub gaps: Vec<Stage>,
}

/// The persona x stage message matrix.
#[derive(Clone, Debug, Serialize)]
pub struct Coverage {
    pub stages: Vec<Stage>,
    pub personas: Vec<PersonaCoverage>,
    pub gaps: usize,
}

/// The whole plan estimate.
#[derive(Clone, Debug, Serialize)]
pub struct Plan {
    pub workload: Workload,
    pub cost: Cost,
    pub coverage: Coverage,
}

/// A stage matters to a persona when its stage mix gives it at least this share.
pub const STAGE_THAT_MATTERS: f64 = 0.1;

pub fn plan(strategy: &Strategy, knowledge: &Knowledge) -> Plan {
    Plan {
        workload: workload(strategy, knowledge),
        cost: cost(strategy),
        coverage: coverage(strategy),
    }
}

/// Minutes to produce one post of a format: the strategy's assumption, else the default.
pub fn minutes_per_post(strategy: &Strategy, knowledge: &Knowledge, format: Format) -> f64 {
    strategy
        .assumptions
        .minutes_per_format
        .get(&format)
        .map(|minutes| minutes.get())
        .or_else(|| knowledge.effort.format(format).map(|effort| effort.minutes))
        .unwrap_or(0.0)
}

/// Skills needed to produce a format.
pub fn skills_for_format(knowledge: &Knowledge, format: Format) -> Vec<Skill> {
    knowledge
        .effort
        .format(format)
        .map(|effort| effort.skills.clone())
        .unwrap_or_default()
}

/// The everyday tasks: production per network and format, community, reporting.
fn everyday_tasks(strategy: &Strategy, knowledge: &Knowledge) -> Vec<Task> {
    let mut tasks = Vec::new();
    let community_minutes = strategy
        .assumptions
        .community_minutes_per_network_week
        .map(|minutes| minutes.get())
        .unwrap_or(knowledge.effort.community.minutes_per_network_per_week);
    let mut networks: Vec<&str> = Vec::new();
    for always_on in &strategy.always_on {
        let platform = always_on.platform.as_str().to_owned();
        let mut formatted_posts = 0.0;
        for (format, posts) in &always_on.formats {
            formatted_posts += posts.get();
            tasks.push(Task {
                platform: Some(platform.clone()),
                hours_per_week: posts.get() * minutes_per_post(strategy, knowledge, *format) / 60.0,
                skills: skills_for_format(knowledge, *format),
            });
        }
        // Posts beyond the formats mix are costed as single images, the most common post.
        let unformatted_posts = (always_on.cadence() - formatted_posts).max(0.0);
        if unformatted_posts > 0.0 {
            tasks.push(Task {
                platform: Some(platform.clone()),
                hours_per_week: unformatted_posts
                    * minutes_per_post(strategy, knowledge, Format::Image)
                    / 60.0,
                skills: skills_for_format(knowledge, Format::Image),
            });
        }
        if !networks.contains(&always_on.platform.as_str()) {
            networks.push(always_on.platform.as_str());
            tasks.push(Task {
                platform: Some(platform),
                hours_per_week: community_minutes / 60.0,
                skills: knowledge.effort.community.skills.clone(),
            });
        }
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
            platform: None,
            hours_per_week: reporting_minutes / 60.0,
            skills: reporting.skills.clone(),
        });
    }
    tasks
}

/// Skills that providers cover.
fn outsourced_skills(strategy: &Strategy) -> Vec<Skill> {
    strategy
        .resources
        .outsourcing
        .iter()
        .flat_map(|outsourcing| outsourcing.skills.iter().copied())
        .collect()
}

/// A task goes to providers when every skill it needs is outsourced.
fn is_outsourced(task_skills: &[Skill], outsourced: &[Skill]) -> bool {
    !task_skills.is_empty() && task_skills.iter().all(|skill| outsourced.contains(skill))
}

/// Shares a task among the members who have one of its skills (everyone if nobody has),
/// in proportion to their hours.
fn share_task(
    strategy: &Strategy,
    skills: &[Skill],
    hours: f64,
    by_member: &mut BTreeMap<String, f64>,
) -> bool {
    let team = &strategy.resources.team;
    if team.is_empty() {
        return false;
    }
    let member_hours = |member: &crate::model::TeamMember| {
        member
            .hours_per_week
            .map(|hours| hours.get())
            .unwrap_or(0.0)
    };
    let skilled: Vec<_> = team
        .iter()
        .filter(|member| member.skills.iter().any(|skill| skills.contains(skill)))
        .collect();
    let candidates: Vec<_> = if skilled.is_empty() {
        team.iter().collect()
    } else {
        skilled
    };
    let total: f64 = candidates.iter().map(|member| member_hours(member)).sum();
    for member in &candidates {
        let weight = if total > 0.0 {
            member_hours(member) / total
        } else {
            1.0 / candidates.len() as f64
        };
        *by_member.entry(member.name.clone()).or_default() += hours * weight;
    }
    true
}

pub fn workload(strategy: &Strategy, knowledge: &Knowledge) -> Workload {
    let outsourced = outsourced_skills(strategy);
    let mut by_platform: BTreeMap<String, f64> = BTreeMap::new();
    let mut by_member: BTreeMap<String, f64> = strategy
        .resources
        .team
        .iter()
        .map(|member| (member.name.clone(), 0.0))
        .collect();
    let mut by_task: BTreeMap<String, f64> = BTreeMap::new();
    let mut outsourced_hours = 0.0;
    let mut unassigned_hours = 0.0;
    let mut team_hours = 0.0;

    for task in everyday_tasks(strategy, knowledge) {
        let task_name = match (&task.platform, task.skills.first()) {
            (None, _) => "reporting",
            (Some(_), Some(Skill::CommunityManagement)) => "community_management",
            (Some(_), _) => "production",
        };
        *by_task.entry(task_name.to_owned()).or_default() += task.hours_per_week;
        if is_outsourced(&task.skills, &outsourced) {
            outsourced_hours += task.hours_per_week;
            continue;
        }
        team_hours += task.hours_per_week;
        let key = task
            .platform
            .clone()
            .unwrap_or_else(|| "reporting".to_owned());
        *by_platform.entry(key).or_default() += task.hours_per_week;
        if !share_task(strategy, &task.skills, task.hours_per_week, &mut by_member) {
            unassigned_hours += task.hours_per_week;
        }
    }

    // Operations add their weekly load during their dates.
    let weeks = week_loads(strategy, knowledge, team_hours, &outsourced);
    let peak = weeks
        .iter()
        .max_by(|left, right| left.hours.total_cmp(&right.hours));
    let operations_average = if weeks.is_empty() {
        0.0
    } else {
        weeks
            .iter()
            .map(|week| week.hours - team_hours)
            .sum::<f64>()
            / weeks.len() as f64
    };
    if operations_average > 0.0 {
        by_task.insert("operations_average".to_owned(), operations_average);
    }

    Workload {
        hours_per_week: team_hours,
        capacity_hours_per_week: strategy
            .resources
            .team
            .iter()
            .map(|member| {
                member
                    .hours_per_week
                    .map(|hours| hours.get())
                    .unwrap_or(0.0)
            })
            .sum(),
        peak_hours_per_week: peak.map(|week| week.hours).unwrap_or(team_hours),
        peak_week_start: peak.map(|week| week.start),
        by_platform,
        by_member,
        by_task,
        outsourced_hours_per_week: outsourced_hours,
        unassigned_hours_per_week: unassigned_hours,
        weeks,
    }
}

/// Hours an operation adds each week it runs, when the team does it.
pub fn operation_hours_per_week(
    knowledge: &Knowledge,
    operation: &crate::model::Operation,
    outsourced: &[Skill],
) -> f64 {
    let Some(effort) = operation
        .kind
        .and_then(|kind| knowledge.effort.operation(kind))
    else {
        return 0.0;
    };
    if is_outsourced(&effort.skills, outsourced) {
        0.0
    } else {
        effort.hours_per_week
    }
}

/// The team's load week by week over the period: everyday load plus running operations.
fn week_loads(
    strategy: &Strategy,
    knowledge: &Knowledge,
    everyday_hours: f64,
    outsourced: &[Skill],
) -> Vec<WeekLoad> {
    let start = strategy.strategy.start;
    let days = strategy.period_days();
    let mut weeks = Vec::new();
    let mut offset = 0;
    while offset < days {
        let week_start = start.plus_days(offset);
        let week_end = start.plus_days((offset + 6).min(days - 1));
        let mut hours = everyday_hours;
        for operation in &strategy.operations {
            let (Some(operation_start), Some(operation_end)) = (operation.start, operation.end)
            else {
                continue;
            };
            let overlap_start = operation_start.max(week_start);
            let overlap_end = operation_end.min(week_end);
            let overlap_days = overlap_start.days_until(overlap_end) + 1;
            if overlap_days > 0 {
                hours += operation_hours_per_week(knowledge, operation, outsourced)
                    * overlap_days as f64
                    / 7.0;
            }
        }
        weeks.push(WeekLoad {
            start: week_start,
            hours,
        });
        offset += 7;
    }
    weeks
}

/// Days of `[from, to]` in each month, by month key.
fn days_by_month(from: Day, to: Day) -> BTreeMap<String, i64> {
    let mut months = BTreeMap::new();
    let total = from.days_until(to) + 1;
    let mut offset = 0;
    while offset < total {
        let day = from.plus_days(offset);
        let days_in_month = i64::from(day.date().days_in_month());
        let remaining_in_month = days_in_month - i64::from(day.date().day()) + 1;
        let taken = remaining_in_month.min(total - offset);
        *months.entry(day.month_key()).or_default() += taken;
        offset += taken;
    }
    months
}

pub fn cost(strategy: &Strategy) -> Cost {
    let info = &strategy.strategy;
    let mut by_category: BTreeMap<String, f64> = ["tools", "operations", "outsourcing", "training"]
        .iter()
        .map(|key| ((*key).to_owned(), 0.0))
        .collect();
    let mut by_month: BTreeMap<String, f64> = BTreeMap::new();
    let period_months = if strategy.period_days() > 0 {
        days_by_month(info.start, info.end)
    } else {
        BTreeMap::new()
    };
    for month in period_months.keys() {
        by_month.insert(month.clone(), 0.0);
    }
    let mut add = |category: &str, month: String, amount: f64| {
        *by_category.entry(category.to_owned()).or_default() += amount;
        *by_month.entry(month).or_default() += amount;
    };

    // A monthly cost is prorated by the days of each month inside the period.
    let monthly = |amount: f64, add: &mut dyn FnMut(String, f64)| {
        for (month, days) in &period_months {
            let Some(first_day) = Day::parse(&format!("{month}-01")).ok() else {
                continue;
            };
            let days_in_month = i64::from(first_day.date().days_in_month());
            add(month.clone(), amount * *days as f64 / days_in_month as f64);
        }
    };

    for tool in &strategy.tools {
        let monthly_cost = tool.monthly_cost.map(|cost| cost.get()).unwrap_or(0.0);
        if monthly_cost > 0.0 {
            monthly(monthly_cost, &mut |month, amount| {
                add("tools", month, amount)
            });
        }
    }
    for outsourcing in &strategy.resources.outsourcing {
        let amount = outsourcing.cost.map(|cost| cost.get()).unwrap_or(0.0);
        match outsourcing.billing.unwrap_or(Billing::Monthly) {
            Billing::Monthly => monthly(amount, &mut |month, amount| {
                add("outsourcing", month, amount)
            }),
            Billing::Once => add("outsourcing", info.start.month_key(), amount),
        }
    }
    for training in &strategy.resources.training {
        let amount = training.cost.map(|cost| cost.get()).unwrap_or(0.0);
        add(
            "training",
            training.date.unwrap_or(info.start).month_key(),
            amount,
        );
    }
    for operation in &strategy.operations {
        let budget = operation.budget.map(|budget| budget.get()).unwrap_or(0.0);
        if budget == 0.0 {
            continue;
        }
        let from = operation.start.unwrap_or(info.start);
        let to = operation.end.unwrap_or(from).max(from);
        let total_days = (from.days_until(to) + 1) as f64;
        for (month, days) in days_by_month(from, to) {
            add("operations", month, budget * days as f64 / total_days);
        }
    }

    Cost {
        total: by_category.values().sum(),
        budget: strategy.resources.budget.map(|budget| budget.get()),
        currency: info
            .currency
            .as_ref()
            .map(|currency| currency.as_str().to_owned())
            .unwrap_or_else(|| "EUR".to_owned()),
        by_category,
        by_month,
    }
}

/// Stages that matter for a persona: those its stage mix weighs, or the three buying stages.
pub fn stages_that_matter(persona: &crate::model::Persona) -> Vec<Stage> {
    match &persona.stage_mix {
        Some(mix) if mix.total() > 0.0 => Stage::ALL
            .iter()
            .copied()
            .filter(|stage| mix.share(*stage) >= STAGE_THAT_MATTERS)
            .collect(),
        _ => vec![Stage::Awareness, Stage::Consideration, Stage::Decision],
    }
}

pub fn coverage(strategy: &Strategy) -> Coverage {
    let mut personas = Vec::new();
    let mut total_gaps = 0;
    for persona in &strategy.personas {
        let mut cells: BTreeMap<Stage, usize> =
            Stage::ALL.iter().map(|stage| (*stage, 0)).collect();
        for message in strategy
            .messages
            .iter()
            .filter(|message| message.persona == persona.id)
        {
            if let Some(stage) = message.stage {
                *cells.entry(stage).or_default() += 1;
            }
        }
        let gaps: Vec<Stage> = stages_that_matter(persona)
            .into_iter()
            .filter(|stage| cells.get(stage).copied().unwrap_or(0) == 0)
            .collect();
        total_gaps += gaps.len();
        personas.push(PersonaCoverage {
            persona: persona.id.as_str().to_owned(),
            cells,
            gaps,
        });
    }
    Coverage {
        stages: Stage::ALL.to_vec(),
        personas,
        gaps: total_gaps,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::from_toml_str;

    const BASE: &str =
        "[strategy]\nname = \"t\"\nstart = 2027-01-01\nend = 2027-12-31\ncurrency = \"EUR\"\n";

    fn plan_of(extra: &str) -> Plan {
        let loaded = from_toml_str(&format!("{BASE}{extra}")).unwrap();
        plan(&loaded.strategy, Knowledge::embedded())
    }

    #[test]
    fn production_is_cadence_times_minutes_per_format() {
        let plan = plan_of(
            "[assumptions]\nminutes_per_format = { short_video = 60, image = 30 }\ncommunity_minutes_per_network_week = 60\nreporting_minutes_per_week = 30\n\
             [[always_on]]\nplatform = \"instagram\"\nposts_per_week = 3\nformats = { short_video = 1, image = 2 }\n\
             [[resources.team]]\nname = \"A\"\nhours_per_week = 10\nskills = [\"video\", \"photo\", \"copywriting\", \"community_management\", \"analytics\"]\n",
        );
        // 1 x 60 + 2 x 30 = 120 min production, 60 min community, 30 min reporting.
        assert!(
            (plan.workload.hours_per_week - 3.5).abs() < 1e-9,
            "{:?}",
            plan.workload
        );
        assert!((plan.workload.by_platform["instagram"] - 3.0).abs() < 1e-9);
        assert!((plan.workload.by_member["A"] - 3.5).abs() < 1e-9);
        assert_eq!(plan.workload.capacity_hours_per_week, 10.0);
    }

    #[test]
    fn outsourced_skills_take_their_production_off_the_team() {
        let plan = plan_of(
            "[assumptions]\nminutes_per_format = { short_video = 60 }\ncommunity_minutes_per_network_week = 0\nreporting_minutes_per_week = 0\n\
             [[always_on]]\nplatform = \"tiktok\"\nformats = { short_video = 4 }\n\
             [[resources.outsourcing]]\nprovider = \"Studio\"\nskills = [\"video\"]\ncost = 100\n",
        );
        assert_eq!(plan.workload.hours_per_week, 0.0);
        assert!((plan.workload.outsourced_hours_per_week - 4.0).abs() < 1e-9);
        assert!((plan.cost.by_category["outsourcing"] - 1200.0).abs() < 1e-6);
    }

    #[test]
    fn operations_add_load_only_during_their_dates() {
        let plan = plan_of(
            "[[operations]]\nid = \"c\"\nkind = \"contest\"\nstart = 2027-03-01\nend = 2027-03-31\n\
             [[resources.team]]\nname = \"A\"\nhours_per_week = 5\n",
        );
        assert_eq!(plan.workload.hours_per_week, 0.0);
        assert!(plan.workload.peak_hours_per_week > 0.0);
        let peak_start = plan.workload.peak_week_start.unwrap();
        assert_eq!(peak_start.month(), 3, "{peak_start}");
        assert_eq!(plan.workload.weeks.len(), 53);
        assert_eq!(plan.workload.weeks[0].hours, 0.0);
    }

    #[test]
    fn costs_are_spread_by_month_and_add_up() {
        let plan = plan_of(
            "[[tools]]\nname = \"Canva\"\nmonthly_cost = 12\n\
             [[operations]]\nid = \"o\"\nstart = 2027-01-16\nend = 2027-02-14\nbudget = 300\n\
             [[resources.training]]\ntopic = \"video\"\ncost = 200\ndate = 2027-05-10\n[resources]\n",
        );
        let cost = &plan.cost;
        assert!((cost.by_category["tools"] - 144.0).abs() < 1e-6);
        assert!((cost.by_category["operations"] - 300.0).abs() < 1e-6);
        assert!(
            (cost.by_month["2027-01"] - (12.0 + 160.0)).abs() < 1e-6,
            "{:?}",
            cost.by_month
        );
        assert!((cost.by_month["2027-05"] - 212.0).abs() < 1e-6);
        assert_eq!(cost.by_month.len(), 12);
        let by_month: f64 = cost.by_month.values().sum();
        assert!((by_month - cost.total).abs() < 1e-6);
    }

    #[test]
    fn coverage_lists_the_stages_without_a_message() {
        let plan = plan_of(
            "[[personas]]\nid = \"p\"\nstage_mix = { awareness = 0.7, consideration = 0.3 }\n\
             [[messages]]\npersona = \"p\"\nstage = \"awareness\"\n",
        );
        let persona = &plan.coverage.personas[0];
        assert_eq!(persona.cells[&Stage::Awareness], 1);
        assert_eq!(persona.gaps, vec![Stage::Consideration]);
        assert_eq!(plan.coverage.gaps, 1);
    }
}
