//! Public holidays of a country, computed from the rules of its pack
//! (`knowledge/countries/CODE/country.toml`).
//!
//! Rules rather than lists of dates, so that any year of a strategy's period is covered: fixed
//! dates, days counted from Easter Sunday, the n-th weekday of a month and the last weekday
//! before a date, plus where a fixed date falling on a weekend is also kept off.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use crate::model::Weekday;
use crate::values::Day;

/// Where a fixed-date holiday falling on a weekend is also kept off.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Observed {
    /// The next Monday-to-Friday day that is not already a holiday (UK, Canada).
    NextWeekday,
    /// Saturday to Friday, Sunday to Monday (US federal holidays).
    NearestWeekday,
}

/// One holiday rule; exactly one of its date forms is set (checked when the file is read).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HolidayRule {
    pub name: String,
    /// `MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
    /// Days after Easter Sunday (negative: before).
    #[serde(default)]
    pub easter: Option<i64>,
    #[serde(default)]
    pub month: Option<i8>,
    #[serde(default)]
    pub weekday: Option<Weekday>,
    /// With `month` and `weekday`: the n-th such weekday, -1 for the last.
    #[serde(default)]
    pub nth: Option<i8>,
    /// With `weekday`: the last such weekday strictly before this `MM-DD`.
    #[serde(default)]
    pub before: Option<String>,
}

/// A country's holidays and where the rules come from.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryHolidays {
    pub source: String,
    pub year: u16,
    #[serde(default)]
    pub observed: Option<Observed>,
    pub days: Vec<HolidayRule>,
}

/// Every country's holidays, by ISO 3166 code.
pub type Holidays = BTreeMap<String, CountryHolidays>;

/// The holidays that apply: the region's own where the knowledge base has them (`GB-SCT`), else
/// the country's. A region of another country than the strategy's is the checker's finding;
/// its holidays are not used.
pub fn applying<'a>(
    holidays: &'a Holidays,
    country: Option<&crate::values::Country>,
    region: Option<&crate::values::Region>,
) -> Option<&'a CountryHolidays> {
    let country = country?;
    region
        .filter(|region| region.country() == country.as_str())
        .and_then(|region| holidays.get(region.as_str()))
        .or_else(|| holidays.get(country.as_str()))
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
pub fn easter_sunday(year: i16) -> Option<Day> {
    let year_number = i32::from(year);
    let golden = year_number % 19;
    let century = year_number / 100;
    let year_of_century = year_number % 100;
    let leap_centuries = century / 4;
    let century_rest = century % 4;
    let moon_correction = (century + 8) / 25;
    let solar_correction = (century - moon_correction + 1) / 3;
    let epact = (19 * golden + century - leap_centuries - solar_correction + 15) % 30;
    let leap_years = year_of_century / 4;
    let year_rest = year_of_century % 4;
    let weekday_shift = (32 + 2 * century_rest + 2 * leap_years - epact - year_rest) % 7;
    let correction = (golden + 11 * epact + 22 * weekday_shift) / 451;
    let month = (epact + weekday_shift - 7 * correction + 114) / 31;
    let day = (epact + weekday_shift - 7 * correction + 114) % 31 + 1;
    Day::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?)
}

/// `MM-DD` in a year.
fn month_day(text: &str, year: i16) -> Option<Day> {
    let (month, day) = text.split_once('-')?;
    Day::new(year, month.parse().ok()?, day.parse().ok()?)
}

fn jiff_weekday(weekday: Weekday) -> jiff::civil::Weekday {
    let offset = Weekday::ALL
        .iter()
        .position(|day| *day == weekday)
        .and_then(|index| i8::try_from(index).ok())
        .unwrap_or(0);
    jiff::civil::Weekday::from_monday_zero_offset(offset).unwrap_or(jiff::civil::Weekday::Monday)
}

impl HolidayRule {
    /// The rule's day in a year; `None` when the rule is malformed or the day does not exist.
    pub fn day_in(&self, year: i16) -> Option<Day> {
        if let Some(date) = &self.date {
            return month_day(date, year);
        }
        if let Some(offset) = self.easter {
            return easter_sunday(year).map(|easter| easter.plus_days(offset));
        }
        let weekday = jiff_weekday(self.weekday?);
        if let Some(before) = &self.before {
            let limit = month_day(before, year)?;
            return (1..=7)
                .map(|back| limit.plus_days(-back))
                .find(|day| day.date().weekday() == weekday);
        }
        let first = Day::new(year, self.month?, 1)?;
        first
            .date()
            .nth_weekday_of_month(self.nth?, weekday)
            .ok()
            .map(Day)
    }

    /// Whether exactly one date form is set, so the rule means one thing.
    pub fn is_well_formed(&self) -> bool {
        let forms = [
            self.date.is_some(),
            self.easter.is_some(),
            self.month.is_some() && self.nth.is_some() && self.weekday.is_some(),
            self.before.is_some() && self.weekday.is_some(),
        ];
        forms.iter().filter(|set| **set).count() == 1 && self.day_in(2027).is_some()
    }
}

fn is_weekend(day: Day) -> bool {
    matches!(Weekday::of(day), Weekday::Saturday | Weekday::Sunday)
}

impl CountryHolidays {
    /// The days kept off between `first` and `last` (both included): the holidays and, for a
    /// fixed date on a weekend, its observed day.
    pub fn days_off(&self, first: Day, last: Day) -> BTreeSet<Day> {
        let mut off = BTreeSet::new();
        if last < first {
            return off;
        }
        // One year either side: an observed day can cross the new year (31 December).
        for year in first.year().saturating_sub(1)..=last.year().saturating_add(1) {
            let mut fixed_on_weekend = Vec::new();
            for rule in &self.days {
                let Some(day) = rule.day_in(year) else {
                    continue;
                };
                off.insert(day);
                if rule.date.is_some() && is_weekend(day) {
                    fixed_on_weekend.push(day);
                }
            }
            for day in fixed_on_weekend {
                match self.observed {
                    Some(Observed::NearestWeekday) => {
                        let shift = if Weekday::of(day) == Weekday::Saturday {
                            -1
                        } else {
                            1
                        };
                        off.insert(day.plus_days(shift));
                    }
                    Some(Observed::NextWeekday) => {
                        // Christmas on a Saturday and Boxing Day on a Sunday: Monday and Tuesday.
                        let mut substitute = day.plus_days(1);
                        while is_weekend(substitute) || off.contains(&substitute) {
                            substitute = substitute.plus_days(1);
                        }
                        off.insert(substitute);
                    }
                    None => {}
                }
            }
        }
        off.retain(|day| *day >= first && *day <= last);
        off
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Knowledge;

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    fn year_of(country: &str, year: i16) -> Vec<String> {
        let holidays = &Knowledge::embedded().holidays[country];
        holidays
            .days_off(
                Day::new(year, 1, 1).unwrap(),
                Day::new(year, 12, 31).unwrap(),
            )
            .into_iter()
            .map(|day| day.to_string())
            .collect()
    }

    #[test]
    fn easter_matches_published_dates() {
        for (year, expected) in [
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2030, "2030-04-21"),
            (2035, "2035-03-25"),
            (2038, "2038-04-25"),
        ] {
            assert_eq!(easter_sunday(year).unwrap(), day(expected), "{year}");
        }
        // The earliest possible date, reached in 2285.
        assert_eq!(easter_sunday(2285), Day::new(2285, 3, 22));
    }

    #[test]
    fn every_rule_of_the_knowledge_base_is_well_formed() {
        for (country, holidays) in &Knowledge::embedded().holidays {
            for rule in &holidays.days {
                assert!(rule.is_well_formed(), "{country}: {}", rule.name);
            }
        }
    }

    // Hand-checked against Légifrance's list for 2027: Easter Sunday is 28 March.
    #[test]
    fn france_2027() {
        assert_eq!(
            year_of("FR", 2027),
            [
                "2027-01-01",
                "2027-03-29",
                "2027-05-01",
                "2027-05-06",
                "2027-05-08",
                "2027-05-17",
                "2027-07-14",
                "2027-08-15",
                "2027-11-01",
                "2027-11-11",
                "2027-12-25",
            ]
        );
    }

    // GOV.UK's England and Wales list for 2027, substitute day for Christmas and Boxing Day
    // (Saturday and Sunday) on Monday 27 and Tuesday 28 December.
    #[test]
    fn england_2027_with_substitute_days() {
        assert_eq!(
            year_of("GB", 2027),
            [
                "2027-01-01",
                "2027-03-26",
                "2027-03-29",
                "2027-05-03",
                "2027-05-31",
                "2027-08-30",
                "2027-12-25",
                "2027-12-26",
                "2027-12-27",
                "2027-12-28",
            ]
        );
    }

    // GOV.UK's list for Scotland, 2027: 2 January is a Saturday (substitute Monday 4), no
    // Easter Monday, the summer bank holiday is the first Monday of August, St Andrew's Day
    // is a Tuesday; Christmas and Boxing Day fall on the weekend (substitutes 27 and 28).
    #[test]
    fn scotland_2027() {
        assert_eq!(
            year_of("GB-SCT", 2027),
            [
                "2027-01-01",
                "2027-01-02",
                "2027-01-04",
                "2027-03-26",
                "2027-05-03",
                "2027-05-31",
                "2027-08-02",
                "2027-11-30",
                "2027-12-25",
                "2027-12-26",
                "2027-12-27",
                "2027-12-28",
            ]
        );
    }

    // GOV.UK's list for Northern Ireland, 2027: St Patrick's Day a Wednesday, the Battle of the
    // Boyne a Monday, and England's other days.
    #[test]
    fn northern_ireland_2027_and_the_boyne_substituted_in_2026() {
        assert_eq!(
            year_of("GB-NIR", 2027),
            [
                "2027-01-01",
                "2027-03-17",
                "2027-03-26",
                "2027-03-29",
                "2027-05-03",
                "2027-05-31",
                "2027-07-12",
                "2027-08-30",
                "2027-12-25",
                "2027-12-26",
                "2027-12-27",
                "2027-12-28",
            ]
        );
        // 12 July 2026 is a Sunday: Monday 13 is off too.
        let july: Vec<String> = year_of("GB-NIR", 2026)
            .into_iter()
            .filter(|day| day.starts_with("2026-07"))
            .collect();
        assert_eq!(july, ["2026-07-12", "2026-07-13"]);
    }

    /// Every region offered is a valid code of its country, named in both languages, and
    /// every region with holidays of its own is offered; every pack's country is named.
    #[test]
    fn the_regions_offered_are_named_and_hold_their_holidays() {
        let knowledge = Knowledge::embedded();
        for (country, pack) in &knowledge.countries {
            for code in &pack.regions {
                let region = crate::values::Region::parse(code).unwrap();
                assert_eq!(region.country(), country);
                assert!(crate::i18n::has_key(&format!("region-{code}")), "{code}");
            }
            assert!(crate::i18n::has_key(&format!("country-name-{country}")));
        }
        for code in knowledge.holidays.keys().filter(|code| code.contains('-')) {
            let country = &code[..2];
            assert!(
                knowledge.countries[country].regions.contains(code),
                "{code} has holidays but is not offered"
            );
        }
    }

    #[test]
    fn a_region_with_its_own_list_replaces_the_country_one_and_no_other() {
        let holidays = &Knowledge::embedded().holidays;
        let gb = crate::values::Country::parse("GB").unwrap();
        let fr = crate::values::Country::parse("FR").unwrap();
        let region = |code: &str| crate::values::Region::parse(code).unwrap();
        let source = |found: Option<&CountryHolidays>| found.map(|h| h.source.clone());
        assert_eq!(
            source(applying(holidays, Some(&gb), Some(&region("GB-SCT")))),
            source(holidays.get("GB-SCT"))
        );
        // England and Wales have no list of their own: the country's.
        assert_eq!(
            source(applying(holidays, Some(&gb), Some(&region("GB-WLS")))),
            source(holidays.get("GB"))
        );
        // A Scottish region on a French strategy never brings Scotland's days.
        assert_eq!(
            source(applying(holidays, Some(&fr), Some(&region("GB-SCT")))),
            source(holidays.get("FR"))
        );
        assert!(applying(holidays, None, Some(&region("GB-SCT"))).is_none());
    }

    // OPM's 2027 federal holidays: Juneteenth (Saturday) observed Friday 18 June, Independence
    // Day (Sunday) observed Monday 5 July, Christmas (Saturday) observed Friday 24 December.
    #[test]
    fn united_states_2027_with_observed_days() {
        let days = year_of("US", 2027);
        for expected in [
            "2027-01-18",
            "2027-02-15",
            "2027-05-31",
            "2027-06-18",
            "2027-06-19",
            "2027-07-04",
            "2027-07-05",
            "2027-09-06",
            "2027-10-11",
            "2027-11-11",
            "2027-11-25",
            "2027-12-24",
            "2027-12-25",
        ] {
            assert!(
                days.contains(&expected.to_owned()),
                "{expected} in {days:?}"
            );
        }
        // New Year's Day 2028 is a Saturday: observed on Friday 31 December 2027.
        assert!(days.contains(&"2027-12-31".to_owned()), "{days:?}");
    }

    #[test]
    fn canada_victoria_day_is_the_monday_before_25_may() {
        assert!(year_of("CA", 2027).contains(&"2027-05-24".to_owned()));
        assert!(year_of("CA", 2026).contains(&"2026-05-18".to_owned()));
    }
}
