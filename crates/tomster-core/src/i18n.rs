//! French and English text: one catalogue of messages, and number and money formatting.
//!
//! All fixed text shown to users comes from `i18n/messages.toml` (and the rule texts from
//! `rules.toml`), each entry in both languages, with `{name}` placeholders filled by callers.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::model::{Language, Unit};
use crate::values::Day;

/// One entry of the catalogue, in both languages.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translated {
    pub en: String,
    pub fr: String,
}

impl Translated {
    pub fn get(&self, language: Language) -> &str {
        match language {
            Language::English => &self.en,
            Language::French => &self.fr,
        }
    }
}

const MESSAGES: &str = include_str!("../i18n/messages.toml");

/// The message catalogue, parsed once. The file is part of the program and a test parses it.
fn catalogue() -> &'static HashMap<String, Translated> {
    static CATALOGUE: OnceLock<HashMap<String, Translated>> = OnceLock::new();
    CATALOGUE.get_or_init(|| match toml::from_str(MESSAGES) {
        Ok(catalogue) => catalogue,
        Err(error) => panic!("the embedded message catalogue is invalid: {error}"),
    })
}

/// Replaces each `{name}` of a template by its value.
///
/// One pass over the template: a value that itself contains `{name}` (a persona called
/// "Bob {min}") is inserted as it is, never filled again.
pub fn fill(template: &str, arguments: &[(&str, String)]) -> String {
    let mut text = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        text.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            arguments
                .iter()
                .find(|(known, _)| *known == name)
                .map(|(_, value)| (value, close))
        });
        match value {
            Some((value, close)) => {
                text.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                text.push('{');
                rest = after;
            }
        }
    }
    text.push_str(rest);
    text
}

/// The message `key` in `language`, with its placeholders filled.
///
/// An unknown key gives the key itself, so a missing translation shows rather than vanishes;
/// a test checks that every key the code uses is in the catalogue.
pub fn text(language: Language, key: &str, arguments: &[(&str, String)]) -> String {
    match catalogue().get(key) {
        Some(entry) => fill(entry.get(language), arguments),
        None => key.to_owned(),
    }
}

/// Whether the catalogue has a key (for tests and tidy checks).
pub fn has_key(key: &str) -> bool {
    catalogue().contains_key(key)
}

/// The language to use when none is given: French when `LANG`-like text starts with `fr`.
pub fn language_from_locale(locale: &str) -> Language {
    if locale.to_ascii_lowercase().starts_with("fr") {
        Language::French
    } else {
        Language::English
    }
}

/// A number with the language's separators: `1 234,5` or `1,234.5`.
pub fn number(language: Language, value: f64, decimals: usize) -> String {
    let rounded = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = match rounded.split_once('.') {
        Some((whole, fraction)) => (whole.to_owned(), Some(fraction.to_owned())),
        None => (rounded, None),
    };
    let (group_separator, decimal_separator) = match language {
        Language::English => (",", "."),
        // A narrow no-break space, as French typography asks.
        Language::French => ("\u{202f}", ","),
    };
    let digits: Vec<char> = whole.chars().collect();
    let mut grouped = String::new();
    for (index, digit) in digits.iter().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            grouped.push_str(group_separator);
        }
        grouped.push(*digit);
    }
    let sign = if value < 0.0 && value.abs() >= 0.5 * 10f64.powi(-(decimals as i32)) {
        "-"
    } else {
        ""
    };
    match fraction {
        Some(fraction) => format!("{sign}{grouped}{decimal_separator}{fraction}"),
        None => format!("{sign}{grouped}"),
    }
}

/// An amount of money: `1 234,50 €` or `€1,234.50`; whole amounts are shown without cents.
pub fn money(language: Language, value: f64, currency: &str) -> String {
    let decimals = if (value - value.round()).abs() < 0.005 {
        0
    } else {
        2
    };
    let amount = number(language, value, decimals);
    let symbol = match currency {
        "EUR" => "€",
        "USD" => "$",
        "GBP" => "£",
        other => other,
    };
    let is_symbol = symbol.chars().count() == 1;
    match (language, is_symbol) {
        (Language::English, true) => format!("{symbol}{amount}"),
        _ => format!("{amount}\u{a0}{symbol}"),
    }
}

/// A number with at most `decimals` decimals and no trailing zeros: `1 300`, `2,5`.
pub fn short_number(language: Language, value: f64, decimals: usize) -> String {
    let text = number(language, value, decimals);
    if decimals == 0 {
        return text;
    }
    text.trim_end_matches('0')
        .trim_end_matches([',', '.'])
        .to_owned()
}

/// A percentage written as its number of percent: `4.5%`, `4,5 %`.
pub fn percent_points(language: Language, value: f64) -> String {
    let figure = short_number(language, value, 2);
    match language {
        Language::English => format!("{figure}%"),
        Language::French => format!("{figure}\u{a0}%"),
    }
}

/// A KPI figure in its unit: a count, a rate in %, money in the strategy's currency, minutes.
pub fn quantity(language: Language, value: f64, unit: Unit, currency: &str) -> String {
    match unit {
        Unit::Count => short_number(language, value, 2),
        Unit::Percent => percent_points(language, value),
        Unit::Currency => money(
            language,
            value,
            if currency.is_empty() { "EUR" } else { currency },
        ),
        Unit::Minutes => format!("{}\u{a0}min", short_number(language, value, 1)),
        Unit::Ratio => short_number(language, value, 2),
    }
}

/// A month written out: `March 2027`, `mars 2027`.
pub fn month_year(language: Language, day: Day) -> String {
    let month = text(language, &format!("month-{}", day.month()), &[]);
    format!("{month} {}", day.year())
}

/// A language with the conventions of a region: `en-US` writes `January 31, 2027`, `en-GB`
/// `31 January 2027`, `fr-FR` `31 janvier 2027`. Numbers and money follow the language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Locale {
    pub language: Language,
    /// Whether dates put the day before the month.
    pub day_first: bool,
}

/// Countries whose English writes the month before the day.
const MONTH_FIRST_COUNTRIES: &[&str] = &["US", "PH", "FM", "MH", "PW"];

impl Locale {
    /// The locale of a language as spoken in a country (the strategy's): English dates are
    /// month-first only in the United States (and a few others), day-first elsewhere.
    pub fn new(language: Language, country: Option<&str>) -> Locale {
        let day_first = match language {
            Language::French => true,
            Language::English => {
                country.is_some_and(|country| !MONTH_FIRST_COUNTRIES.contains(&country))
            }
        };
        Locale {
            language,
            day_first,
        }
    }

    /// `en-GB`, `en-US`, `fr-FR`: the tag of the conventions in use.
    pub fn tag(self) -> &'static str {
        match (self.language, self.day_first) {
            (Language::French, _) => "fr-FR",
            (Language::English, true) => "en-GB",
            (Language::English, false) => "en-US",
        }
    }
}

impl From<Language> for Locale {
    /// A language without a country: US English, French of France.
    fn from(language: Language) -> Locale {
        Locale::new(language, None)
    }
}

/// A date written out: `January 31, 2027` (en-US), `31 January 2027` (en-GB) or
/// `31 janvier 2027` (`1er janvier 2027`).
pub fn long_date(locale: impl Into<Locale>, day: Day) -> String {
    let locale = locale.into();
    let month = text(locale.language, &format!("month-{}", day.month()), &[]);
    let date = day.date();
    match locale.language {
        Language::English if locale.day_first => {
            format!("{} {month} {}", date.day(), date.year())
        }
        Language::English => format!("{month} {}, {}", date.day(), date.year()),
        Language::French => {
            let day_number = if date.day() == 1 {
                "1er".to_owned()
            } else {
                date.day().to_string()
            };
            format!("{day_number} {month} {}", date.year())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogue_parses() {
        assert!(!catalogue().is_empty());
    }

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(number(Language::English, 1234.5, 2), "1,234.50");
        assert_eq!(number(Language::French, 1234.5, 2), "1\u{202f}234,50");
        assert_eq!(number(Language::English, 999.0, 0), "999");
        assert_eq!(number(Language::English, -1234567.0, 0), "-1,234,567");
        assert_eq!(number(Language::English, -0.001, 1), "0.0");
    }

    #[test]
    fn money_follows_the_language() {
        assert_eq!(
            money(Language::French, 1234.5, "EUR"),
            "1\u{202f}234,50\u{a0}€"
        );
        assert_eq!(money(Language::English, 1234.5, "EUR"), "€1,234.50");
        assert_eq!(money(Language::English, 300.0, "CHF"), "300\u{a0}CHF");
    }

    #[test]
    fn quantities_carry_their_unit() {
        assert_eq!(quantity(Language::English, 4.5, Unit::Percent, ""), "4.5%");
        assert_eq!(
            quantity(Language::French, 4.5, Unit::Percent, ""),
            "4,5\u{a0}%"
        );
        assert_eq!(
            quantity(Language::French, 12000.0, Unit::Currency, "EUR"),
            "12\u{202f}000\u{a0}€"
        );
        assert_eq!(
            quantity(Language::English, 1300.0, Unit::Count, "EUR"),
            "1,300"
        );
        assert_eq!(
            quantity(Language::English, 2.0, Unit::Minutes, "EUR"),
            "2\u{a0}min"
        );
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(
            fill("{a} and {b}", &[("a", "x".into()), ("b", "y".into())]),
            "x and y"
        );
        // Regression: a value holding a placeholder name is not filled again.
        assert_eq!(
            fill("{a}, {b}", &[("a", "Bob {b}".into()), ("b", "y".into())]),
            "Bob {b}, y"
        );
        assert_eq!(fill("{unknown} {", &[]), "{unknown} {");
    }

    #[test]
    fn locale_picks_the_language() {
        assert_eq!(language_from_locale("fr_FR.UTF-8"), Language::French);
        assert_eq!(language_from_locale("C.UTF-8"), Language::English);
    }
}
