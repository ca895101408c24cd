//! Hand-computed expectations of the workload, the cost and the coverage.

use super::*;
use crate::load::from_toml_str;
use crate::model::Stage;

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

/// Twelve weeks, Monday 4 January to Sunday 28 March 2027, TikTok at 4 short videos of an hour.
const TWELVE_WEEKS: &str = "[strategy]\nname = \"t\"\nstart = 2027-01-04\nend = 2027-03-28\ncurrency = \"EUR\"\n\
    [assumptions]\nminutes_per_format = { short_video = 60 }\ncommunity_minutes_per_network_week = 0\nreporting_minutes_per_week = 0\n\
    [[always_on]]\nplatform = \"tiktok\"\nformats = { short_video = 4 }\n";

fn twelve_weeks(extra: &str) -> Plan {
    let loaded = from_toml_str(&format!("{TWELVE_WEEKS}{extra}")).unwrap();
    plan(&loaded.strategy, Knowledge::embedded())
}

fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() < 1e-6
}

#[test]
fn a_provider_takes_only_its_scope_within_its_dates() {
    // From 1 February: weeks 5 to 12 of 12. Before, the team makes the 4 videos (4 h a week).
    let plan = twelve_weeks(
        "[[resources.outsourcing]]\nprovider = \"Studio\"\nskills = [\"video\"]\nformats = [\"short_video\"]\n\
         networks = [\"tiktok\"]\nstart = 2027-02-01\ncost = 100\n",
    );
    let workload = &plan.workload;
    assert!(close(workload.weeks[3].hours, 4.0) && close(workload.weeks[4].hours, 0.0));
    // The team: 4 weeks x 4 h over 12 weeks; the provider: 8 weeks x 4 h.
    assert!(close(workload.hours_per_week, 16.0 / 12.0), "{workload:?}");
    assert!(close(workload.outsourced_hours_per_week, 32.0 / 12.0));
    let studio = &workload.providers[0];
    assert_eq!(studio.weeks, 8);
    assert!(close(studio.hours_per_week, 4.0) && close(studio.total_hours, 32.0));
    assert!(close(studio.posts_per_week, 4.0));
    // Its cost: all of February, 28 of March's 31 days.
    let expected = 100.0 + 100.0 * 28.0 / 31.0;
    assert!(close(plan.cost.by_provider["Studio"], expected));
    assert!(close(plan.cost.by_category["outsourcing"], expected));
}

#[test]
fn a_provider_takes_at_most_its_quantity() {
    // One hour a week: three of the four videos stay with the team.
    let capped = twelve_weeks(
        "[[resources.outsourcing]]\nprovider = \"Studio\"\nformats = [\"short_video\"]\nhours_per_week = 1\ncost = 100\n",
    );
    assert!(close(capped.workload.hours_per_week, 3.0));
    // 52/12 posts a month is one post a week.
    let by_posts = twelve_weeks(&format!(
        "[[resources.outsourcing]]\nprovider = \"Studio\"\nformats = [\"short_video\"]\nposts_per_month = {}\ncost = 100\n",
        52.0 / 12.0
    ));
    assert!(close(by_posts.workload.hours_per_week, 3.0));
    assert!(close(by_posts.workload.providers[0].posts_per_week, 1.0));
}

#[test]
fn a_provider_with_skills_and_no_scope_takes_nothing() {
    // Regression: any provider listing a skill took every task needing it off the team all
    // year, whatever its scope, dates or cost.
    let plan = twelve_weeks(
        "[[resources.outsourcing]]\nprovider = \"Everything Ltd\"\nskills = [\"video\", \"photo\", \"copywriting\", \"community_management\"]\ncost = 0\n",
    );
    assert!(close(plan.workload.hours_per_week, 4.0));
    assert!(close(plan.workload.outsourced_hours_per_week, 0.0));
    assert!(plan.workload.providers.is_empty());
}

#[test]
fn tool_seats_multiply_the_price() {
    // Regression: 10 seats at 12 a month counted 144 a year.
    let plan = plan_of("[[tools]]\nname = \"Scheduler\"\nmonthly_cost = 12\nseats = 10\n");
    assert!(close(plan.cost.by_category["tools"], 1440.0));
}

#[test]
fn staff_time_is_valued_when_the_team_has_costs() {
    // Two people, 7 h a week each, at 30 an hour, every day of 2027: 30 x 14 / 7 x 365.
    let hourly = plan_of(
        "[[resources.team]]\nname = \"Community managers\"\ncount = 2\nhours_per_week = 7\nhourly_cost = 30\n",
    );
    assert!(close(hourly.cost.by_category["staff"], 21_900.0));
    assert!(close(hourly.workload.capacity_hours_per_week, 14.0));
    // Or 1,000 a month each, from 1 July: six months.
    let monthly = plan_of(
        "[[resources.team]]\nname = \"Interns\"\ncount = 2\nhours_per_week = 10\nmonthly_cost = 1000\nstart = 2027-07-01\n",
    );
    assert!(close(monthly.cost.by_category["staff"], 12_000.0));
    assert!(close(monthly.cost.by_month["2027-07"], 2000.0));
    assert!(close(monthly.cost.by_month["2027-06"], 0.0));
    // The capacity follows the dates: 20 h a week for 184 of 365 days.
    let weeks = &monthly.workload.weeks;
    assert!(close(weeks[0].capacity, 0.0) && close(weeks[30].capacity, 20.0));
}

#[test]
fn always_on_ad_spend_is_booked_every_month() {
    let plan = plan_of(
        "[[always_on]]\nplatform = \"instagram\"\nposts_per_week = 2\nad_budget_per_month = 200\n\
         [[operations]]\nid = \"noel\"\nstart = 2027-12-01\nend = 2027-12-31\nbudget = 900\n",
    );
    assert!(close(plan.cost.by_category["ads"], 2400.0));
    assert!(close(plan.cost.by_month["2027-01"], 200.0));
    assert!(close(plan.cost.by_month["2027-12"], 1100.0));
}

#[test]
fn a_one_off_cost_is_booked_when_it_is_paid() {
    // Regression: a one-off cost was booked in the first month of the strategy.
    let plan = plan_of(
        "[[resources.outsourcing]]\nprovider = \"Photographer\"\nformats = [\"image\"]\nstart = 2027-05-10\nend = 2027-05-31\ncost = 500\nbilling = \"once\"\n",
    );
    assert!(close(plan.cost.by_month["2027-05"], 500.0));
    assert!(close(plan.cost.by_month["2027-01"], 0.0));
}

#[test]
fn a_cross_posted_piece_is_produced_once_then_adapted() {
    // Instagram makes 3 images (30 min each); Facebook posts 4 images, 3 of them Instagram's
    // adapted (10 min each) and 1 of its own (30 min): 1 h a week on Facebook.
    let plan = plan_of(
        "[assumptions]\nminutes_per_format = { image = 30 }\ncommunity_minutes_per_network_week = 0\nreporting_minutes_per_week = 0\n\
         [[always_on]]\nplatform = \"instagram\"\nformats = { image = 3 }\n\
         [[always_on]]\nplatform = \"facebook\"\nformats = { image = 4 }\nadapted_from = \"instagram\"\n\
         [[resources.team]]\nname = \"A\"\nhours_per_week = 10\n",
    );
    assert!(close(plan.workload.by_platform["instagram"], 1.5));
    assert!(
        close(plan.workload.by_platform["facebook"], 1.0),
        "{:?}",
        plan.workload.by_platform
    );
    assert!(close(plan.workload.by_task["adaptation"], 0.5));
    // The adaptation time is an assumption too.
    let slower = plan_of(
        "[assumptions]\nminutes_per_format = { image = 30 }\nadaptation_minutes_per_post = 20\n\
         [[always_on]]\nplatform = \"instagram\"\nformats = { image = 3 }\n\
         [[always_on]]\nplatform = \"facebook\"\nformats = { image = 3 }\nadapted_from = \"instagram\"\n",
    );
    assert!(close(slower.workload.by_task["adaptation"], 1.0));
}

#[test]
fn a_monthly_budget_is_checked_month_by_month() {
    let plan = plan_of(
        "[[tools]]\nname = \"Suite\"\nmonthly_cost = 50\n\
         [[resources.training]]\ntopic = \"video\"\ncost = 200\ndate = 2027-03-15\n\
         [resources]\nmonthly_budget = 100\n",
    );
    assert_eq!(plan.cost.monthly_budget, Some(100.0));
    assert_eq!(plan.cost.months_over_budget, vec!["2027-03".to_owned()]);
    assert!(close(plan.cost.monthly_average(), 800.0 / 12.0));
}

#[test]
fn operation_effort_is_an_editable_assumption() {
    let plan = plan_of(
        "[assumptions]\noperation_hours_per_week = { contest = 10 }\n\
         [[operations]]\nid = \"c\"\nkind = \"contest\"\nstart = 2027-03-01\nend = 2027-03-31\n\
         [[resources.team]]\nname = \"A\"\nhours_per_week = 5\n",
    );
    assert!(close(plan.workload.peak_hours_per_week, 10.0));
    // An operation run by a provider leaves the team.
    let outsourced = plan_of(
        "[[operations]]\nid = \"c\"\nkind = \"contest\"\nstart = 2027-03-01\nend = 2027-03-31\n\
         [[resources.outsourcing]]\nprovider = \"Agency\"\noperations = [\"c\"]\ncost = 300\nbilling = \"once\"\nstart = 2027-03-01\nend = 2027-03-31\n\
         [[resources.team]]\nname = \"A\"\nhours_per_week = 5\n",
    );
    assert!(close(outsourced.workload.peak_hours_per_week, 0.0));
    assert!(outsourced.workload.providers[0].total_hours > 0.0);
}

// The period starts on Friday 1 January 2027: a 3-day first week, then Monday-to-Sunday weeks,
// and a last week from Monday 27 to Friday 31 December.
#[test]
fn workload_weeks_are_iso_weeks() {
    let plan = plan_of("[[always_on]]\nplatform = \"instagram\"\nposts_per_week = 3\n");
    let weeks = &plan.workload.weeks;
    assert_eq!(weeks[0].start.to_string(), "2027-01-01");
    assert_eq!(weeks[0].days, 3);
    assert_eq!(weeks[1].start.to_string(), "2027-01-04");
    assert!(weeks[1..weeks.len() - 1].iter().all(|week| week.days == 7
        && crate::model::Weekday::of(week.start) == crate::model::Weekday::Monday));
    let last = &weeks[weeks.len() - 1];
    assert_eq!(
        (last.start.to_string(), last.days),
        ("2027-12-27".to_owned(), 5)
    );
    assert_eq!(weeks.len(), 53);
}

#[test]
fn community_management_grows_with_posts_stories_and_followers() {
    // The knowledge base's model: 30 min of listening per network, 10 per feed post, 3 per
    // story, 5 per 1,000 followers a week.
    let plan = plan_of(
        "[[objectives]]\nid = \"grow\"\nkind = \"awareness\"\nkpi = \"followers\"\nplatforms = [\"instagram\"]\nbaseline = 2000\ntarget = 6000\ndeadline = 2027-12-31\n\
         [[always_on]]\nplatform = \"instagram\"\nformats = { image = 2, story = 10 }\n\
         [[always_on]]\nplatform = \"google_business_profile\"\nposts_per_week = 1\n",
    );
    let community = &plan.workload.community;
    assert_eq!(community.len(), 2, "{community:?}");
    let instagram = &community[0];
    assert_eq!(instagram.platform, "instagram");
    assert_eq!(instagram.posts_per_week, 2.0);
    assert_eq!(instagram.stories_per_week, 10.0);
    // Halfway from 2,000 to 6,000 followers over the period.
    assert_eq!(instagram.followers, Some(4000.0));
    // 30 + 2 x 10 + 10 x 3 + 4 x 5 = 100 minutes.
    assert!(
        (instagram.minutes_per_week - 100.0).abs() < 1e-9,
        "{instagram:?}"
    );
    // One Google post a week, no known audience: 30 + 10 = 40 minutes, not a flat 150.
    let google = &community[1];
    assert_eq!(google.followers, None);
    assert!((google.minutes_per_week - 40.0).abs() < 1e-9, "{google:?}");
    assert!(
        (plan.workload.by_task["community_management"] - 140.0 / 60.0).abs() < 1e-9,
        "{:?}",
        plan.workload.by_task
    );

    // Twice the posts cost more; a flat figure set by the strategy replaces the model.
    let busier = plan_of(
        "[[always_on]]\nplatform = \"google_business_profile\"\nposts_per_week = 3\n\
         [assumptions]\ncommunity_minutes_per_post = 5\n",
    );
    assert!((busier.workload.community[0].minutes_per_week - 45.0).abs() < 1e-9);
    let flat = plan_of(
        "[[always_on]]\nplatform = \"google_business_profile\"\nposts_per_week = 3\n\
         [assumptions]\ncommunity_minutes_per_network_week = 60\n",
    );
    assert!(flat.workload.community[0].flat);
    assert!((flat.workload.community[0].minutes_per_week - 60.0).abs() < 1e-9);
}
