//! Cells to values: the numbers and dates of every export of the corpus, in their own notations.

use jiff::civil::{Date, DateTime, Time};

/// What a cell that should hold a number holds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    Value(f64),
    /// Empty, `undefined`, `NAN`, `--`, `N/A`, `-`: the platform has no figure.
    Missing,
}

/// A cell that should hold a number and holds something else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotANumber;

/// Markers the platforms write where they have no figure.
const MISSING: &[&str] = &[
    "",
    "-",
    "--",
    "undefined",
    "nan",
    "n/a",
    "na",
    "null",
    "none",
    "—",
];

/// Reads a number as the exports write them: `2,533`, `2.546` (a Dutch thousands dot),
/// `99,88%`, `825.0`, `1.2K`, `-1`, `US$ 0,00`. `decimal_comma` says the file's locale writes
/// decimals with a comma, which settles `2.546` (2546) against `0.546`.
pub fn number(cell: &str, decimal_comma: bool) -> Result<Number, NotANumber> {
    let trimmed = clean(cell);
    // Most cells of a large export are plain integers: read without a copy.
    let digits = trimmed.strip_prefix('-').unwrap_or(trimmed);
    if (1..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(value) = trimmed.parse::<i64>() {
            return Ok(Number::Value(value as f64));
        }
    }
    if MISSING.iter().any(|m| trimmed.eq_ignore_ascii_case(m)) {
        return Ok(Number::Missing);
    }
    let mut text: String = trimmed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    // Currency and percent signs around the figure.
    for prefix in ["US$", "$", "€", "£", "¥", "₹"] {
        if let Some(rest) = text.strip_prefix(prefix) {
            text = rest.to_owned();
        }
    }
    for suffix in ["%", "€", "$", "£"] {
        if let Some(rest) = text.strip_suffix(suffix) {
            text = rest.to_owned();
        }
    }
    let multiplier = match text.chars().last() {
        Some('k' | 'K') => 1e3,
        Some('m' | 'M') => 1e6,
        Some('b' | 'B') => 1e9,
        _ => 1.0,
    };
    if multiplier != 1.0 {
        text.pop();
    }
    let normalised = separators(&text, decimal_comma).ok_or(NotANumber)?;
    let value: f64 = normalised.parse().map_err(|_| NotANumber)?;
    if !value.is_finite() {
        return Err(NotANumber);
    }
    Ok(Number::Value(value * multiplier))
}

/// Removes thousands separators and makes the decimal separator a dot.
fn separators(text: &str, decimal_comma: bool) -> Option<String> {
    let body = text.strip_prefix(['-', '+']).unwrap_or(text);
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return None;
    }
    let sign = if text.starts_with('-') { "-" } else { "" };
    let commas = body.matches(',').count();
    let dots = body.matches('.').count();
    let grouped = |separator: char| {
        let mut parts = body.split(separator);
        let first = parts.next().unwrap_or("");
        !first.is_empty() && first.len() <= 3 && parts.all(|p| p.len() == 3)
    };
    let decimal = match (commas, dots) {
        (0, 0) => None,
        // Both: the last one is the decimal separator.
        (_, _) if commas > 0 && dots > 0 => {
            if body.rfind(',') > body.rfind('.') {
                Some(',')
            } else {
                Some('.')
            }
        }
        (1, 0) if !grouped(',') || decimal_comma => Some(','),
        (_, 0) if grouped(',') => None,
        (0, 1) if grouped('.') && decimal_comma => None,
        (0, 1) => Some('.'),
        (0, _) if grouped('.') => None,
        _ => return None,
    };
    let thousands = match decimal {
        Some(',') => '.',
        _ => ',',
    };
    let mut out = String::with_capacity(body.len() + 1);
    out.push_str(sign);
    for c in body.chars() {
        if c == thousands || (decimal.is_none() && (c == ',' || c == '.')) {
            continue;
        }
        out.push(if Some(c) == decimal { '.' } else { c });
    }
    Some(out)
}

/// A cell with the spaces and invisible marks the exports leave around values removed.
pub fn clean(cell: &str) -> &str {
    cell.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}' || c == '\u{a0}')
}

/// What a cell that should hold a date holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// A day, and the time of day when the cell has one.
    At(Date, Option<Time>, Option<i32>),
    /// A day without a year (`February 28`, `8 de marzo`): placed later by the file's order.
    NoYear {
        month: i8,
        day: i8,
        time: Option<Time>,
    },
    /// `Lifetime`, `Total`: a total, not a day.
    Total,
}

/// Day-first or month-first, for `03/04/2026`: settled per file by the values that cannot be
/// the other way round (`26/03`), month-first by default as the platforms write in English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayOrder {
    MonthFirst,
    DayFirst,
}

const MONTHS: &[(&str, i8)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    // Spanish (TikTok's Overview in a Spanish UI).
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    // French.
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
];

const TOTALS: &[&str] = &[
    "lifetime",
    "total",
    "totals",
    "grand total",
    "durée de vie",
    "totale",
];

fn month_name(word: &str) -> Option<i8> {
    let word = word.trim_end_matches(['.', ',']).to_lowercase();
    MONTHS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|(_, m)| *m)
}

/// Reads a date as the exports write them.
pub fn when(cell: &str, order: DayOrder) -> Option<When> {
    let text = clean(cell);
    if TOTALS.iter().any(|t| text.eq_ignore_ascii_case(t)) {
        return Some(When::Total);
    }
    if text.is_empty() {
        return None;
    }
    numeric_date(text, order).or_else(|| worded_date(text))
}

/// `2025-10-31T00:00:00`, `2021-04-30 09:32 +0000`, `2025/10/31 18:19:10`, `03/26/2026 15:38`,
/// `02/19/2014 04:29:18 AM`, `13-06-2025`, `20250101`.
fn numeric_date(text: &str, order: DayOrder) -> Option<When> {
    let (date_part, rest) = match text.find(['T', ' ']) {
        Some(i) => (&text[..i], text[i + 1..].trim()),
        None => (text, ""),
    };
    let fields: Vec<&str> = date_part.split(['-', '/', '.']).collect();
    let numbers: Option<Vec<i32>> = fields.iter().map(|f| f.parse::<i32>().ok()).collect();
    let numbers = numbers?;
    let date = match (fields.as_slice(), numbers.as_slice()) {
        ([single], [_]) if single.len() == 8 => {
            let y = single[..4].parse().ok()?;
            let m = single[4..6].parse().ok()?;
            let d = single[6..].parse().ok()?;
            Date::new(y, m, d).ok()?
        }
        ([y, ..], [year, month, day]) if y.len() == 4 => Date::new(
            i16::try_from(*year).ok()?,
            i8::try_from(*month).ok()?,
            i8::try_from(*day).ok()?,
        )
        .ok()?,
        ([_, _, y], [a, b, year]) if y.len() == 4 || y.len() == 2 => {
            let year = if y.len() == 2 { 2000 + year } else { *year };
            let (month, day) = match order {
                DayOrder::MonthFirst if *a <= 12 => (*a, *b),
                _ => (*b, *a),
            };
            Date::new(
                i16::try_from(year).ok()?,
                i8::try_from(month).ok()?,
                i8::try_from(day).ok()?,
            )
            .ok()?
        }
        _ => return None,
    };
    let (time, offset) = time_and_offset(rest)?;
    Some(When::At(date, time, offset))
}

/// `09:32 +0000`, `04:29:18 AM`, `18:19:10`, `00:00:00`, or nothing.
fn time_and_offset(text: &str) -> Option<(Option<Time>, Option<i32>)> {
    if text.is_empty() {
        return Some((None, None));
    }
    let mut words = text.split_whitespace();
    let clock = words.next()?;
    let mut hour_shift = None;
    let mut offset = None;
    for word in words {
        match word.to_ascii_uppercase().as_str() {
            "AM" => hour_shift = Some(false),
            "PM" => hour_shift = Some(true),
            "UTC" | "GMT" | "Z" => offset = Some(0),
            zone if zone.len() == 5
                && zone.is_ascii()
                && (zone.starts_with('+') || zone.starts_with('-')) =>
            {
                let hours: i32 = zone[1..3].parse().ok()?;
                let minutes: i32 = zone[3..].parse().ok()?;
                let sign = if zone.starts_with('-') { -1 } else { 1 };
                offset = Some(sign * (hours * 60 + minutes));
            }
            _ => return None,
        }
    }
    let clock = clock.trim_end_matches('Z');
    let parts: Vec<i8> = clock
        .split(':')
        .map(|p| p.split('.').next().unwrap_or(p).parse::<i8>().ok())
        .collect::<Option<_>>()?;
    let (mut hour, minute, second) = match parts.as_slice() {
        [h, m] => (*h, *m, 0),
        [h, m, s] => (*h, *m, *s),
        _ => return None,
    };
    match hour_shift {
        Some(true) if hour < 12 => hour += 12,
        Some(false) if hour == 12 => hour = 0,
        _ => {}
    }
    Some((Some(Time::new(hour, minute, second, 0).ok()?), offset))
}

/// `Mon Feb 17 2025`, `Tue, Feb 18, 2025`, `Apr 29, 2020`, `February 28`, `8 de marzo`,
/// `17 May 2025`, `July 26`.
fn worded_date(text: &str) -> Option<When> {
    let words: Vec<&str> = text
        .split([' ', ','])
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("de"))
        .collect();
    let mut month = None;
    let mut day = None;
    let mut year = None;
    let mut time = None;
    for word in words {
        if let Some(m) = month_name(word) {
            if month.is_none() {
                month = Some(m);
                continue;
            }
        }
        if word.contains(':') {
            time = time_and_offset(word)?.0;
            continue;
        }
        match word.parse::<i32>() {
            Ok(n) if (1..=31).contains(&n) && day.is_none() => day = Some(n as i8),
            Ok(n) if (1900..=2200).contains(&n) => year = Some(n as i16),
            Ok(_) => return None,
            // Weekday names.
            Err(_) if word.len() <= 9 && word.chars().all(char::is_alphabetic) => {}
            Err(_) => return None,
        }
    }
    let (month, day) = (month?, day?);
    match year {
        Some(year) => Some(When::At(Date::new(year, month, day).ok()?, time, None)),
        None => {
            // Check the day exists in some year (29 February in a leap year).
            Date::new(2024, month, day).ok()?;
            Some(When::NoYear { month, day, time })
        }
    }
}

/// A date and time from a `When::At`, midnight when the cell had no time.
pub fn date_time(date: Date, time: Option<Time>) -> DateTime {
    date.to_datetime(time.unwrap_or(Time::midnight()))
}

/// An Excel serial day (days since 1899-12-30) as a date and time.
pub fn excel_serial(serial: f64) -> Option<DateTime> {
    if !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let epoch = Date::new(1899, 12, 30).ok()?;
    let days = serial.trunc() as i64;
    let seconds = ((serial - serial.trunc()) * 86_400.0).round() as i64;
    let date = epoch.checked_add(jiff::Span::new().days(days)).ok()?;
    date.to_datetime(Time::midnight())
        .checked_add(jiff::Span::new().seconds(seconds))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};

    fn n(cell: &str, comma: bool) -> f64 {
        match number(cell, comma) {
            Ok(Number::Value(v)) => v,
            other => panic!("{cell}: {other:?}"),
        }
    }

    #[test]
    fn numbers_in_every_notation_of_the_corpus() {
        assert_eq!(n("2,533", false), 2533.0);
        assert_eq!(n("2.546", true), 2546.0);
        assert_eq!(n("0.59", false), 0.59);
        assert_eq!(n("99,88%", true), 99.88);
        assert_eq!(n("825.0", false), 825.0);
        assert_eq!(n("1.2K", false), 1200.0);
        assert_eq!(n("3.4M", false), 3_400_000.0);
        assert_eq!(n("-1", false), -1.0);
        assert_eq!(n("US$\u{a0}0,00", true), 0.0);
        assert_eq!(n("1,234,567.5", false), 1_234_567.5);
        assert_eq!(n("1.234.567,5", true), 1_234_567.5);
        assert_eq!(n(" 65.76923076923077 ", false), 65.769_230_769_230_77);
        for missing in ["", "undefined", "NAN", "--", "N/A", "-"] {
            assert_eq!(number(missing, false), Ok(Number::Missing), "{missing}");
        }
        for bad in ["abc", "12a", "1,2,3,4", "3.апр", "1..2", "inf"] {
            assert!(number(bad, false).is_err(), "{bad}");
        }
    }

    #[test]
    fn dates_in_every_notation_of_the_corpus() {
        let m = DayOrder::MonthFirst;
        assert_eq!(
            when("03/26/2026 15:38", m),
            Some(When::At(date(2026, 3, 26), Some(time(15, 38, 0, 0)), None))
        );
        assert_eq!(
            when("2021-04-30 09:32 +0000", m),
            Some(When::At(
                date(2021, 4, 30),
                Some(time(9, 32, 0, 0)),
                Some(0)
            ))
        );
        assert_eq!(
            when("02/19/2014 04:29:18 PM", m),
            Some(When::At(date(2014, 2, 19), Some(time(16, 29, 18, 0)), None))
        );
        assert_eq!(
            when("2025-10-31T00:00:00", m),
            Some(When::At(date(2025, 10, 31), Some(time(0, 0, 0, 0)), None))
        );
        assert_eq!(
            when("2025/10/31 18:19:10", m),
            Some(When::At(
                date(2025, 10, 31),
                Some(time(18, 19, 10, 0)),
                None
            ))
        );
        assert_eq!(
            when("13-06-2025", DayOrder::DayFirst),
            Some(When::At(date(2025, 6, 13), None, None))
        );
        assert_eq!(
            when("20250101", m),
            Some(When::At(date(2025, 1, 1), None, None))
        );
        assert_eq!(
            when("Mon Feb 17 2025", m),
            Some(When::At(date(2025, 2, 17), None, None))
        );
        assert_eq!(
            when("Tue, Feb 18, 2025", m),
            Some(When::At(date(2025, 2, 18), None, None))
        );
        assert_eq!(
            when("Apr 29, 2020", m),
            Some(When::At(date(2020, 4, 29), None, None))
        );
        assert_eq!(
            when("February 28", m),
            Some(When::NoYear {
                month: 2,
                day: 28,
                time: None
            })
        );
        assert_eq!(
            when("8 de marzo", m),
            Some(When::NoYear {
                month: 3,
                day: 8,
                time: None
            })
        );
        assert_eq!(when("Lifetime", m), Some(When::Total));
        assert_eq!(when("Total", m), Some(When::Total));
        for bad in [
            "",
            "soon",
            "2025-13-01",
            "February 30",
            "32/01/2025",
            "12:00",
        ] {
            assert!(
                matches!(when(bad, m), None | Some(When::NoYear { .. }))
                    && when(bad, m) != Some(When::Total),
                "{bad}"
            );
        }
        assert_eq!(when("February 30", m), None);
    }

    #[test]
    fn a_zone_of_other_characters_is_no_time() {
        // Five bytes that are not five characters: sliced as ASCII, they panicked.
        assert_eq!(
            when("2024-01-01 10:00 +a\u{20ac}", DayOrder::MonthFirst),
            None
        );
        assert!(when("2024-01-01 10:00 +0130", DayOrder::MonthFirst).is_some());
    }

    #[test]
    fn excel_serial_days() {
        assert_eq!(
            excel_serial(45_000.5),
            Some(date(2023, 3, 15).at(12, 0, 0, 0))
        );
        assert_eq!(excel_serial(-3.0), None);
    }
}
