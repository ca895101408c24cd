//! Small validated value types of the strategy model: dates, identifiers, shares, amounts.
//!
//! Each type checks its invariant while it is deserialized, so a bad value is reported by the
//! decoder at the exact place it was written (the TOML decoder adds the line and column).

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::i18n::Coded;

/// A refusal to be written in the reader's language, packed in the text serde carries.
fn coded(key: &str, arguments: &[(&str, String)]) -> String {
    Coded::new(key, arguments).encode()
}

/// A calendar day, such as a deadline or the first day of the strategy.
///
/// Read from a TOML local date (`2027-01-31`) or from a string in the same form (JSON).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub jiff::civil::Date);

/// The key under which the TOML decoder hands over its date and time values.
const TOML_DATETIME_FIELD: &str = "$__toml_private_datetime";

impl Day {
    /// Builds a day from its parts; `None` when the date does not exist.
    pub fn new(year: i16, month: i8, day: i8) -> Option<Day> {
        jiff::civil::Date::new(year, month, day).ok().map(Day)
    }

    /// Parses `YYYY-MM-DD`, with a message that says what was expected.
    pub fn parse(text: &str) -> Result<Day, String> {
        let looks_like_a_date = text.len() == 10
            && text.as_bytes()[4] == b'-'
            && text.as_bytes()[7] == b'-'
            && text
                .bytes()
                .enumerate()
                .all(|(index, byte)| index == 4 || index == 7 || byte.is_ascii_digit());
        if !looks_like_a_date {
            return Err(coded("load-date-format", &[("text", text.to_owned())]));
        }
        let year: i16 = text[..4].parse().unwrap_or(0);
        if !(Day::FIRST_YEAR..=Day::LAST_YEAR).contains(&year) {
            return Err(coded(
                "load-date-year",
                &[
                    ("first", Day::FIRST_YEAR.to_string()),
                    ("last", Day::LAST_YEAR.to_string()),
                    ("year", year.to_string()),
                ],
            ));
        }
        text.parse::<jiff::civil::Date>()
            .map(Day)
            .map_err(|_| coded("load-date-impossible", &[("text", text.to_owned())]))
    }

    /// The range of years a strategy may name: wide enough for any plan, and far from the
    /// limits of date arithmetic.
    pub const FIRST_YEAR: i16 = 1900;
    pub const LAST_YEAR: i16 = 2200;

    pub fn date(self) -> jiff::civil::Date {
        self.0
    }

    /// Days from `self` to `other`, negative when `other` is earlier.
    pub fn days_until(self, other: Day) -> i64 {
        // Both dates are within jiff's range, so the span in days always exists.
        self.0
            .until((jiff::Unit::Day, other.0))
            .map(|span| i64::from(span.get_days()))
            .unwrap_or(0)
    }

    /// The day `days` after this one, saturating at the end of the supported range.
    pub fn plus_days(self, days: i64) -> Day {
        self.0
            .checked_add(jiff::Span::new().days(days))
            .map(Day)
            .unwrap_or(self)
    }

    pub fn year(self) -> i16 {
        self.0.year()
    }

    pub fn month(self) -> i8 {
        self.0.month()
    }

    /// `YYYY-MM`, the key of a month in plans and charts.
    pub fn month_key(self) -> String {
        format!("{:04}-{:02}", self.0.year(), self.0.month())
    }
}

impl fmt::Display for Day {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{}", self.0)
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Day, D::Error> {
        struct DayVisitor;

        impl<'de> Visitor<'de> for DayVisitor {
            type Value = Day;

            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str("a date written YYYY-MM-DD")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Day, E> {
                Day::parse(text).map_err(E::custom)
            }

            // TOML dates arrive as a one-entry map holding their text.
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Day, M::Error> {
                let Some(key) = map.next_key::<String>()? else {
                    return Err(de::Error::custom(coded("load-date-expected", &[])));
                };
                if key != TOML_DATETIME_FIELD {
                    return Err(de::Error::custom(coded("load-date-table", &[])));
                }
                let text: String = map.next_value()?;
                if text.len() != 10 {
                    return Err(de::Error::custom(coded(
                        "load-date-time",
                        &[("text", text.clone())],
                    )));
                }
                Day::parse(&text).map_err(de::Error::custom)
            }
        }

        deserializer.deserialize_any(DayVisitor)
    }
}

impl JsonSchema for Day {
    fn schema_name() -> Cow<'static, str> {
        "Day".into()
    }

    fn json_schema(_generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "date",
            "description": "A calendar day, YYYY-MM-DD (a TOML local date on disk)."
        })
    }
}

/// Declares a string newtype with its validation, display and schema. The validation either
/// accepts the text as it is (`Ok(())`), or the `normalised` form keeps a canonical spelling.
macro_rules! validated_string {
    ($(#[$meta:meta])* $name:ident, $schema_description:literal, normalised $normalise:expr) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// Checks and wraps a value, with a message that says what was expected.
            pub fn parse(text: &str) -> Result<$name, String> {
                let normalise: fn(&str) -> Result<String, String> = $normalise;
                normalise(text).map($name)
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$name, D::Error> {
                let text = <Cow<'de, str>>::deserialize(deserializer)?;
                $name::parse(&text).map_err(de::Error::custom)
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_generator: &mut SchemaGenerator) -> Schema {
                json_schema!({ "type": "string", "description": $schema_description })
            }
        }
    };
    ($(#[$meta:meta])* $name:ident, $schema_description:literal, $validate:expr) => {
        validated_string!(
            $(#[$meta])* $name,
            $schema_description,
            normalised |text: &str| {
                let validate: fn(&str) -> Result<(), String> = $validate;
                validate(text).map(|()| text.to_owned())
            }
        );
    };
}

validated_string!(
    /// The identifier of a persona, objective, pillar, operation or KPI entry, unique in its list.
    Id,
    "An identifier: letters, digits, '-', '_' or '.', at most 64 characters.",
    |text| {
        let valid = !text.is_empty()
            && text.chars().count() <= 64
            && text
                .chars()
                .all(|character| character.is_alphanumeric() || matches!(character, '-' | '_' | '.'));
        if valid {
            Ok(())
        } else {
            Err(coded("load-id", &[("text", text.to_owned())]))
        }
    }
);

validated_string!(
    /// The id of a network: one of the catalogue (`instagram`, `linkedin`...) or one the strategy
    /// declares in `[[custom_networks]]`. Only its spelling is checked here; `Strategy::resolve`
    /// checks that it is known, with the nearest known id when it is not.
    PlatformId,
    "A network id: facebook, instagram, linkedin, x, tiktok, youtube, pinterest, snapchat, threads, whatsapp, reddit, twitch, bluesky, google_business_profile, or one declared in [[custom_networks]].",
    |text| {
        let valid = !text.is_empty()
            && text.chars().count() <= 64
            && text
                .chars()
                .all(|character| character.is_alphanumeric() || matches!(character, '-' | '_' | '.'));
        if valid {
            Ok(())
        } else {
            Err(coded("load-network-id", &[("text", text.to_owned())]))
        }
    }
);

validated_string!(
    /// The id of a KPI: one of the catalogue (`reach`, `cpl`...) or one the strategy defines in
    /// `[[custom_kpis]]`. Only its spelling is checked here: an id that is neither is a checker
    /// error that names the nearest known id, so a typo never stops the other commands.
    KpiId,
    "A KPI id: one of the catalogue (see `tomster explain E009`) or one defined in [[custom_kpis]].",
    |text| {
        let valid = !text.is_empty()
            && text.chars().count() <= 64
            && text
                .chars()
                .all(|character| character.is_alphanumeric() || matches!(character, '-' | '_' | '.'));
        if valid {
            Ok(())
        } else {
            Err(coded("load-kpi-id", &[("text", text.to_owned())]))
        }
    }
);

validated_string!(
    /// A colour as `#RRGGBB` (the document's accent: rules, headings, the cover's band), kept
    /// in lower case so that one colour has one spelling.
    Colour,
    "A colour written #RRGGBB, for example #7a1f3d.",
    normalised |text| {
        let digits = text.strip_prefix('#').unwrap_or("");
        if digits.len() == 6 && digits.chars().all(|character| character.is_ascii_hexdigit()) {
            Ok(text.to_ascii_lowercase())
        } else {
            Err(coded("load-colour", &[("text", text.to_owned())]))
        }
    }
);

impl Colour {
    /// Red, green and blue, 0 to 255.
    pub fn channels(&self) -> [u8; 3] {
        let channel = |at: usize| {
            self.0
                .get(at..at + 2)
                .and_then(|digits| u8::from_str_radix(digits, 16).ok())
                .unwrap_or(0)
        };
        [channel(1), channel(3), channel(5)]
    }

    /// Whether text in this colour stays readable on white (WCAG's 4.5:1 for body text), so a
    /// light accent is used for rules and bands only, never for text.
    pub fn readable_on_white(&self) -> bool {
        let linear = |channel: u8| {
            let value = f64::from(channel) / 255.0;
            if value <= 0.04045 {
                value / 12.92
            } else {
                ((value + 0.055) / 1.055).powf(2.4)
            }
        };
        let [red, green, blue] = self.channels();
        let luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
        1.05 / (luminance + 0.05) >= 4.5
    }
}

validated_string!(
    /// A web address (`https://...`) with no spaces or control characters, so it can be
    /// written as it is in a calendar file or a link.
    WebAddress,
    "A web address starting with https:// or http://.",
    |text| {
        let valid = (text.starts_with("https://") || text.starts_with("http://"))
            && text.len() > "https://".len()
            && text.len() <= 2000
            && !text.chars().any(|character| character.is_whitespace() || character.is_control());
        if valid {
            Ok(())
        } else {
            Err(coded("load-web-address", &[("text", text.to_owned())]))
        }
    }
);

validated_string!(
    /// An ISO 4217 currency code such as `EUR`.
    Currency,
    "An ISO 4217 currency code, three capital letters (EUR, USD...).",
    |text| {
        if text.len() == 3 && text.bytes().all(|byte| byte.is_ascii_uppercase()) {
            Ok(())
        } else {
            Err(coded("load-currency", &[("text", text.to_owned())]))
        }
    }
);

validated_string!(
    /// An ISO 3166 two-letter country code such as `FR`.
    Country,
    "An ISO 3166 country code, two capital letters (FR, US...).",
    |text| {
        if text.len() == 2 && text.bytes().all(|byte| byte.is_ascii_uppercase()) {
            Ok(())
        } else {
            Err(coded("load-country", &[("text", text.to_owned())]))
        }
    }
);

validated_string!(
    /// An ISO 3166-2 subdivision code such as `GB-SCT` or `FR-IDF`: the country's two
    /// letters, a hyphen, then one to three capital letters or digits.
    Region,
    "An ISO 3166-2 subdivision code: the country code, a hyphen and one to three letters or digits (GB-SCT, FR-IDF...).",
    |text| {
        let valid = text.len() >= 4
            && text.len() <= 6
            && text.as_bytes()[..2].iter().all(u8::is_ascii_uppercase)
            && text.as_bytes()[2] == b'-'
            && text.as_bytes()[3..]
                .iter()
                .all(|byte| byte.is_ascii_uppercase() || byte.is_ascii_digit());
        if valid {
            Ok(())
        } else {
            Err(coded("load-region", &[("text", text.to_owned())]))
        }
    }
);

impl Region {
    /// The country the subdivision is in (`GB` for `GB-SCT`).
    pub fn country(&self) -> &str {
        self.0.get(..2).unwrap_or("")
    }
}

validated_string!(
    /// A time of day for a post, `HH:MM` on a 24-hour clock.
    PostingTime,
    "A time of day, HH:MM on a 24-hour clock (such as 12:30).",
    |text| {
        let valid = text.len() == 5
            && text.as_bytes()[2] == b':'
            && text[..2].parse::<u8>().is_ok_and(|hour| hour < 24)
            && text[3..].parse::<u8>().is_ok_and(|minute| minute < 60);
        if valid {
            Ok(())
        } else {
            Err(coded("load-time", &[("text", text.to_owned())]))
        }
    }
);

impl PostingTime {
    /// The hour and the minute, already checked at parse time.
    pub fn hour_minute(&self) -> (i8, i8) {
        let hour = self.0[..2].parse().unwrap_or(0);
        let minute = self.0[3..].parse().unwrap_or(0);
        (hour, minute)
    }
}

validated_string!(
    /// An IANA time zone known to the bundled database, such as `Europe/Paris`, stored under its
    /// canonical name: `europe/paris` is read as `Europe/Paris`, so every output writes the name
    /// calendar apps know.
    TimeZoneName,
    "An IANA time zone such as Europe/Paris or America/New_York.",
    normalised |text| {
        let unknown = || coded("load-time-zone", &[("text", text.to_owned())]);
        let zone = jiff::tz::db().get(text).map_err(|_| unknown())?;
        zone.iana_name().map(str::to_owned).ok_or_else(unknown)
    }
);

/// A time of day to the minute, as a calendar slot holds it: two bytes where the written
/// `HH:MM` would take a string, since a 20-year calendar holds a million of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockTime(u16);

impl ClockTime {
    /// Noon, for a network with no posting time at all.
    pub const NOON: ClockTime = ClockTime(12 * 60);

    /// The time at `hour:minute`, `None` outside a day.
    pub fn new(hour: u8, minute: u8) -> Option<ClockTime> {
        (hour < 24 && minute < 60).then(|| ClockTime(u16::from(hour) * 60 + u16::from(minute)))
    }

    /// Minutes since midnight.
    pub fn minutes(self) -> u16 {
        self.0
    }

    pub fn hour(self) -> u8 {
        u8::try_from(self.0 / 60).unwrap_or(0)
    }

    pub fn minute(self) -> u8 {
        u8::try_from(self.0 % 60).unwrap_or(0)
    }

    /// This time on a day, as a civil date and time (no zone yet).
    pub fn on(self, day: Day) -> jiff::civil::DateTime {
        // Both fit: hours are under 24 and minutes under 60 by construction.
        let hour = i8::try_from(self.hour()).unwrap_or(12);
        let minute = i8::try_from(self.minute()).unwrap_or(0);
        day.date().at(hour, minute, 0, 0)
    }
}

impl From<&PostingTime> for ClockTime {
    fn from(time: &PostingTime) -> ClockTime {
        let (hour, minute) = time.hour_minute();
        ClockTime::new(
            u8::try_from(hour).unwrap_or(12),
            u8::try_from(minute).unwrap_or(0),
        )
        .unwrap_or(ClockTime::NOON)
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{:02}:{:02}", self.hour(), self.minute())
    }
}

impl Serialize for ClockTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A text many values share (a network id, a pillar, a message): one allocation for all of
/// them, behind a pointer of one word (`Option<SharedText>` too), so a calendar of a million
/// posts holds each text once.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct SharedText(std::sync::Arc<String>);

impl SharedText {
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl std::ops::Deref for SharedText {
    type Target = str;

    fn deref(&self) -> &str {
        self.0.as_str()
    }
}

impl AsRef<str> for SharedText {
    fn as_ref(&self) -> &str {
        self.0.as_str()
    }
}

impl std::borrow::Borrow<str> for SharedText {
    fn borrow(&self) -> &str {
        self.0.as_str()
    }
}

impl From<&str> for SharedText {
    fn from(text: &str) -> SharedText {
        SharedText(std::sync::Arc::new(text.to_owned()))
    }
}

impl From<String> for SharedText {
    fn from(text: String) -> SharedText {
        SharedText(std::sync::Arc::new(text))
    }
}

impl PartialEq<str> for SharedText {
    fn eq(&self, other: &str) -> bool {
        self.0.as_str() == other
    }
}

impl PartialEq<&str> for SharedText {
    fn eq(&self, other: &&str) -> bool {
        self.0.as_str() == *other
    }
}

impl PartialEq<SharedText> for str {
    fn eq(&self, other: &SharedText) -> bool {
        self == other.0.as_str()
    }
}

impl PartialEq<SharedText> for &str {
    fn eq(&self, other: &SharedText) -> bool {
        *self == other.0.as_str()
    }
}

impl fmt::Debug for SharedText {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0.as_str(), formatter)
    }
}

impl fmt::Display for SharedText {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.0.as_str())
    }
}

impl Serialize for SharedText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0.as_str())
    }
}

/// Declares a number newtype with its accepted range, display and schema.
macro_rules! bounded_number {
    ($(#[$meta:meta])* $name:ident, $minimum:expr, $maximum:expr, $what:literal) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Serialize)]
        #[serde(transparent)]
        pub struct $name(f64);

        impl $name {
            pub const MINIMUM: f64 = $minimum;
            pub const MAXIMUM: f64 = $maximum;

            /// Checks and wraps a value, with a message that says what was expected.
            pub fn new(value: f64) -> Result<$name, String> {
                if value.is_finite() && ($name::MINIMUM..=$name::MAXIMUM).contains(&value) {
                    Ok($name(value))
                } else if $name::MAXIMUM == f64::MAX {
                    Err(coded(
                        "load-number-at-least",
                        &[
                            ("what", Coded::key_argument(concat!("value-", stringify!($name)))),
                            ("minimum", $name::MINIMUM.to_string()),
                            ("value", value.to_string()),
                        ],
                    ))
                } else {
                    Err(coded(
                        "load-number-between",
                        &[
                            ("what", Coded::key_argument(concat!("value-", stringify!($name)))),
                            ("minimum", $name::MINIMUM.to_string()),
                            ("maximum", $name::MAXIMUM.to_string()),
                            ("value", value.to_string()),
                        ],
                    ))
                }
            }

            pub fn get(self) -> f64 {
                self.0
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$name, D::Error> {
                let value = f64::deserialize(deserializer)?;
                $name::new(value).map_err(de::Error::custom)
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_generator: &mut SchemaGenerator) -> Schema {
                if $name::MAXIMUM == f64::MAX {
                    json_schema!({ "type": "number", "minimum": $name::MINIMUM, "description": $what })
                } else {
                    json_schema!({
                        "type": "number",
                        "minimum": $name::MINIMUM,
                        "maximum": $name::MAXIMUM,
                        "description": $what
                    })
                }
            }
        }
    };
}

bounded_number!(
    /// A part of a whole, from 0 to 1 (0.4 is 40%).
    Share,
    0.0,
    1.0,
    "a share (0.4 means 40%)"
);

bounded_number!(
    /// An amount of money in the strategy's currency, never negative.
    Money,
    0.0,
    f64::MAX,
    "an amount of money"
);

bounded_number!(
    /// Posts per week, never negative and at most 100 (fourteen a day): beyond that no team
    /// publishes by hand, and the calendar would hold millions of slots.
    PerWeek,
    0.0,
    100.0,
    "a number of posts per week"
);

bounded_number!(
    /// Posts per month, never negative and at most 500.
    PerMonth,
    0.0,
    500.0,
    "a number of posts per month"
);

bounded_number!(
    /// Hours a week a person gives to the plan.
    HoursPerWeek,
    0.0,
    168.0,
    "hours per week"
);

bounded_number!(
    /// Minutes of work, never negative, at most a week.
    Minutes,
    0.0,
    10_080.0,
    "a duration in minutes"
);

bounded_number!(
    /// A share of the needed pace: 0.8 alerts when the actual pace is below 80% of the pace
    /// needed to reach the target. Above 1 it would alert on a KPI ahead of its pace, which
    /// no one means: `4` was a typing slip for 40 %, and is refused.
    PaceRatio,
    0.0,
    1.0,
    "a share of the needed pace (0.8 means 80%)"
);

/// A measured figure such as a baseline: any finite number (`nan` and `inf` are refused where
/// they are written, so no analysis or document ever meets them).
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Serialize)]
#[serde(transparent)]
pub struct Figure(f64);

impl Figure {
    pub fn new(value: f64) -> Result<Figure, String> {
        if value.is_finite() {
            Ok(Figure(value))
        } else {
            Err(coded("load-not-finite", &[("value", value.to_string())]))
        }
    }

    pub fn get(self) -> f64 {
        self.0
    }
}

impl<'de> Deserialize<'de> for Figure {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Figure, D::Error> {
        let value = f64::deserialize(deserializer)?;
        Figure::new(value).map_err(de::Error::custom)
    }
}

impl JsonSchema for Figure {
    fn schema_name() -> Cow<'static, str> {
        "Figure".into()
    }

    fn json_schema(_generator: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "number", "description": "A finite number." })
    }
}

/// What an objective aims at, level or change made explicit: a level of its KPI
/// (`target = 1200`), a gain on the baseline in the KPI's unit (`target = "+500"`), or a change
/// from the baseline in percent (`target = "+30 %"`, `target = "-10%"`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Target {
    /// The value the KPI must reach.
    Level(f64),
    /// A change from the baseline, in percent: `"+30 %"` is `Change(30.0)`.
    Change(f64),
    /// A gain (or, negative, a drop) on the baseline in the KPI's unit: `"+500"` followers more.
    Gain(f64),
}

impl Target {
    /// The level to reach: the level itself, or the baseline moved by the change (none
    /// without a baseline).
    pub fn level(self, baseline: Option<f64>) -> Option<f64> {
        match self {
            Target::Level(level) => Some(level),
            Target::Change(percent) => baseline.map(|baseline| baseline * (1.0 + percent / 100.0)),
            Target::Gain(gain) => baseline.map(|baseline| baseline + gain),
        }
    }

    /// Whether the target is written relative to the baseline.
    pub fn is_relative(self) -> bool {
        !matches!(self, Target::Level(_))
    }

    /// Reads `+30 %`, `-10%` or `+2,5 %`: a sign, a number and a percent sign.
    pub fn parse_change(text: &str) -> Result<Target, String> {
        let expected = || coded("load-target", &[("text", text.to_owned())]);
        let trimmed = text.trim();
        let (sign, rest) = match trimmed.chars().next() {
            Some('+') => (1.0, &trimmed[1..]),
            Some('-') => (-1.0, &trimmed[1..]),
            _ => return Err(expected()),
        };
        let rest = rest.trim();
        let (number, percent_sign) = match rest.strip_suffix('%') {
            Some(number) => (number.trim(), true),
            None => (rest, false),
        };
        let number = number.replace(',', ".");
        let valid_digits = !number.is_empty()
            && number
                .chars()
                .all(|character| character.is_ascii_digit() || character == '.');
        let value: f64 = if valid_digits {
            number.parse().map_err(|_| expected())?
        } else {
            return Err(expected());
        };
        if !percent_sign {
            return if value.is_finite() {
                Ok(Target::Gain(sign * value))
            } else {
                Err(expected())
            };
        }
        let percent = sign * value;
        if !percent.is_finite() || percent <= -100.0 || percent > 1_000_000.0 {
            return Err(coded("load-target-range", &[("text", text.to_owned())]));
        }
        Ok(Target::Change(percent))
    }
}

impl Serialize for Target {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Target::Level(level) => serializer.serialize_f64(*level),
            Target::Change(percent) => {
                let sign = if *percent >= 0.0 { "+" } else { "-" };
                serializer.collect_str(&format_args!("{sign}{} %", percent.abs()))
            }
            Target::Gain(gain) => {
                let sign = if *gain >= 0.0 { "+" } else { "-" };
                serializer.collect_str(&format_args!("{sign}{}", gain.abs()))
            }
        }
    }
}

impl<'de> Deserialize<'de> for Target {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Target, D::Error> {
        struct TargetVisitor;

        impl Visitor<'_> for TargetVisitor {
            type Value = Target;

            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str("a number or a change such as \"+30 %\"")
            }

            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Target, E> {
                Ok(Target::Level(value as f64))
            }

            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Target, E> {
                Ok(Target::Level(value as f64))
            }

            fn visit_f64<E: de::Error>(self, value: f64) -> Result<Target, E> {
                Figure::new(value)
                    .map(|figure| Target::Level(figure.get()))
                    .map_err(E::custom)
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Target, E> {
                Target::parse_change(text).map_err(E::custom)
            }
        }

        deserializer.deserialize_any(TargetVisitor)
    }
}

impl JsonSchema for Target {
    fn schema_name() -> Cow<'static, str> {
        "Target".into()
    }

    fn json_schema(_generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The level the KPI must reach (a number), a gain on the baseline (\"+500\"), or a change in percent (\"+30 %\").",
            "anyOf": [
                { "type": "number" },
                { "type": "string", "pattern": "^\\s*[+-]\\s*[0-9]+([.,][0-9]+)?\\s*%?\\s*$" }
            ]
        })
    }
}

/// An objective's seasonal profile: twelve weights, January to December, that say how the
/// year's progress is spread (a wine estate's December, a library's September). Only their
/// proportions count: `[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3]` makes December weigh three
/// ordinary months.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Seasonality(Vec<f64>);

impl Seasonality {
    pub fn new(weights: Vec<f64>) -> Result<Seasonality, String> {
        let valid = weights.len() == 12
            && weights
                .iter()
                .all(|w| w.is_finite() && *w >= 0.0 && *w <= 1000.0)
            && weights.iter().any(|w| *w > 0.0);
        if valid {
            Ok(Seasonality(weights))
        } else {
            Err(coded(
                "load-seasonality",
                &[("count", weights.len().to_string())],
            ))
        }
    }

    /// The weight of a month (1 to 12), relative to the others.
    pub fn weight(&self, month: i8) -> f64 {
        usize::try_from(month - 1)
            .ok()
            .and_then(|index| self.0.get(index))
            .copied()
            .unwrap_or(0.0)
    }
}

impl<'de> Deserialize<'de> for Seasonality {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Seasonality, D::Error> {
        let weights = Vec::<f64>::deserialize(deserializer)?;
        Seasonality::new(weights).map_err(de::Error::custom)
    }
}

impl JsonSchema for Seasonality {
    fn schema_name() -> Cow<'static, str> {
        "Seasonality".into()
    }

    fn json_schema(_generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "array",
            "items": { "type": "number", "minimum": 0.0, "maximum": 1000.0 },
            "minItems": 12,
            "maxItems": 12,
            "description": "twelve monthly weights, January to December"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A refusal written in English.
    fn english(error: String) -> String {
        Coded::written(&error, crate::model::Language::English)
    }

    #[test]
    fn day_parse_rejects_days_that_do_not_exist() {
        assert!(Day::parse("2027-02-28").is_ok());
        assert!(Day::parse("2028-02-29").is_ok());
        let error = english(Day::parse("2027-02-30").unwrap_err());
        assert!(error.contains("not a day of the calendar"), "{error}");
        assert!(
            Day::parse("27-02-01")
                .map_err(english)
                .unwrap_err()
                .contains("YYYY-MM-DD")
        );
        assert!(
            Day::parse("9999-12-31")
                .map_err(english)
                .unwrap_err()
                .contains("between 1900 and 2200")
        );
    }

    #[test]
    fn day_arithmetic_counts_calendar_days() {
        let start = Day::parse("2027-01-01").unwrap();
        let end = Day::parse("2027-12-31").unwrap();
        assert_eq!(start.days_until(end), 364);
        assert_eq!(end.days_until(start), -364);
        assert_eq!(start.plus_days(31).to_string(), "2027-02-01");
        assert_eq!(end.month_key(), "2027-12");
    }

    #[test]
    fn bounded_numbers_reject_out_of_range_values() {
        assert!(Share::new(1.0).is_ok());
        assert!(
            Share::new(1.2)
                .map_err(english)
                .unwrap_err()
                .contains("between 0 and 1")
        );
        assert!(
            Money::new(-1.0)
                .map_err(english)
                .unwrap_err()
                .contains("at least 0")
        );
        assert!(Money::new(f64::NAN).is_err());
    }

    #[test]
    fn posting_times_and_time_zones_are_checked() {
        assert_eq!(PostingTime::parse("08:30").unwrap().hour_minute(), (8, 30));
        assert!(PostingTime::parse("24:00").is_err());
        assert!(PostingTime::parse("8:30").is_err());
        assert!(TimeZoneName::parse("Europe/Paris").is_ok());
        assert!(
            TimeZoneName::parse("Mars/Olympus")
                .map_err(english)
                .unwrap_err()
                .contains("unknown time zone")
        );
    }

    #[test]
    fn time_zones_keep_their_canonical_name() {
        // Regression: `europe/paris` was accepted and written lowercase to the outputs.
        assert_eq!(
            TimeZoneName::parse("europe/paris").unwrap().as_str(),
            "Europe/Paris"
        );
    }

    #[test]
    fn figures_and_targets_are_finite() {
        // Regression: `nan`, `inf` and `-inf` loaded, the checker said nothing and the
        // document showed `inf`.
        for value in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert!(Figure::new(value).is_err());
        }
        assert_eq!(
            Target::parse_change("+30 %").unwrap().level(Some(1000.0)),
            Some(1300.0)
        );
        assert_eq!(Target::parse_change("-10%").unwrap(), Target::Change(-10.0));
        assert_eq!(Target::parse_change("+2,5 %").unwrap(), Target::Change(2.5));
        assert_eq!(Target::Change(30.0).level(None), None);
        // A sign without a percent sign is a gain in the KPI's unit.
        assert_eq!(Target::parse_change("+500").unwrap(), Target::Gain(500.0));
        assert_eq!(Target::Gain(500.0).level(Some(1200.0)), Some(1700.0));
        for bad in [
            "30 %", "30", "+ %", "+abc %", "-100 %", "+nan %", "+inf %", "+inf",
        ] {
            assert!(Target::parse_change(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn identifiers_are_checked() {
        assert!(Id::parse("jeunes-parents").is_ok());
        assert!(Id::parse("").is_err());
        assert!(Id::parse("with space").is_err());
        assert!(KpiId::parse("booked_tastings").is_ok());
        assert!(KpiId::parse("booked tastings").is_err());
        assert!(PlatformId::parse("linkedin").is_ok());
        assert!(PlatformId::parse("my space").is_err());
    }
}
