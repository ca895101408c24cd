//! French and English text: one Fluent catalogue per language, and number, money and date
//! formatting.
//!
//! Every fixed text shown to users comes from `i18n/{en,fr}/*.ftl`: the messages, the rules'
//! texts (`rule-CODE-title`, `-message`, `-hint`, `-explanation`), with `{ $name }` variables
//! filled by callers and plurals chosen by each language's rules ("1 erreur", "2 erreurs"). A
//! third language is a third folder of catalogues and a `Language` value, not code.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Deserialize;

use crate::model::{Language, Unit};
use crate::values::Day;

/// The catalogues of each language, by file name, so errors and tests can name them.
pub const CATALOGUES: &[(Language, &str, &str)] = &[
    (
        Language::English,
        "en/messages.ftl",
        include_str!("../i18n/en/messages.ftl"),
    ),
    (
        Language::English,
        "en/rules.ftl",
        include_str!("../i18n/en/rules.ftl"),
    ),
    (
        Language::French,
        "fr/messages.ftl",
        include_str!("../i18n/fr/messages.ftl"),
    ),
    (
        Language::French,
        "fr/rules.ftl",
        include_str!("../i18n/fr/rules.ftl"),
    ),
    (
        Language::English,
        "en/knowledge.ftl",
        include_str!("../i18n/en/knowledge.ftl"),
    ),
    (
        Language::French,
        "fr/knowledge.ftl",
        include_str!("../i18n/fr/knowledge.ftl"),
    ),
    (
        Language::English,
        "en/web.ftl",
        include_str!("../i18n/en/web.ftl"),
    ),
    (
        Language::French,
        "fr/web.ftl",
        include_str!("../i18n/fr/web.ftl"),
    ),
    (
        Language::English,
        "en/fields.ftl",
        include_str!("../i18n/en/fields.ftl"),
    ),
    (
        Language::French,
        "fr/fields.ftl",
        include_str!("../i18n/fr/fields.ftl"),
    ),
    (
        Language::English,
        "en/results.ftl",
        include_str!("../i18n/en/results.ftl"),
    ),
    (
        Language::French,
        "fr/results.ftl",
        include_str!("../i18n/fr/results.ftl"),
    ),
];

/// Builds a language's bundle from its catalogues.
///
/// The catalogues are part of the program, not user input, and a test parses them, so an error
/// here is a build defect: it stops the program with the parse error.
fn build_bundle(language: Language) -> FluentBundle<FluentResource> {
    let tag = match language {
        Language::English => "en",
        Language::French => "fr",
    };
    let identifier = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![identifier]);
    // No Unicode isolation marks around variables: the texts go to terminals, CSV and PDF.
    bundle.set_use_isolating(false);
    for (catalogue_language, name, text) in CATALOGUES {
        if *catalogue_language != language {
            continue;
        }
        let resource = match FluentResource::try_new((*text).to_owned()) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("the embedded catalogue {name} is invalid: {errors:?}"),
        };
        if let Err(errors) = bundle.add_resource(resource) {
            panic!("the embedded catalogue {name} repeats a message: {errors:?}");
        }
    }
    bundle
}

fn bundle(language: Language) -> &'static FluentBundle<FluentResource> {
    static ENGLISH: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static FRENCH: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    match language {
        Language::English => ENGLISH.get_or_init(|| build_bundle(Language::English)),
        Language::French => FRENCH.get_or_init(|| build_bundle(Language::French)),
    }
}

/// A variable's value: a whole number stays a number, so that plurals can select on it;
/// anything else (already formatted figures, names) is text.
fn fluent_value(value: &str) -> FluentValue<'_> {
    let canonical_integer = !value.is_empty()
        && value.len() <= 15
        && value.bytes().all(|byte| byte.is_ascii_digit())
        && (value == "0" || !value.starts_with('0'));
    match value.parse::<i64>() {
        Ok(number) if canonical_integer => FluentValue::from(number),
        _ => FluentValue::from(value),
    }
}

/// The message `key` in `language`, with its variables filled.
///
/// An unknown key gives the key itself, so a missing translation shows rather than vanishes;
/// a test checks that every key the code uses is in both catalogues.
pub fn text(language: Language, key: &str, arguments: &[(&str, String)]) -> String {
    let bundle = bundle(language);
    let Some(pattern) = bundle.get_message(key).and_then(|message| message.value()) else {
        return key.to_owned();
    };
    let mut fluent_arguments = FluentArgs::new();
    for (name, value) in arguments {
        fluent_arguments.set(*name, fluent_value(value));
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_arguments), &mut errors)
        .into_owned()
}

/// The catalogue key of a knowledge source or note: `source-` and the FNV-1a hash of its text,
/// so that the knowledge files keep their sources as written and the catalogues translate them.
pub fn source_key(source: &str) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in source.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    format!("source-{hash:08x}")
}

/// A knowledge source or note in a language: its translation, or the text as written (a
/// strategy's own sources, such as where a custom KPI is read, are the user's words).
pub fn source_text(language: Language, source: &str) -> String {
    let key = source_key(source);
    let written = text(language, &key, &[]);
    if written == key {
        source.to_owned()
    } else {
        written
    }
}

/// Whether both catalogues have a message (for tests and tidy checks).
pub fn has_key(key: &str) -> bool {
    Language::ALL
        .iter()
        .all(|language| bundle(*language).has_message(key))
}

/// Every message id of a language's catalogues, in file order (for tests).
pub fn message_ids(language: Language) -> Vec<String> {
    let mut ids = Vec::new();
    for (catalogue_language, _, text) in CATALOGUES {
        if *catalogue_language != language {
            continue;
        }
        for line in text.lines() {
            let Some((id, _)) = line.split_once(" =") else {
                continue;
            };
            let is_id = !id.is_empty()
                && id.chars().all(|character| {
                    character.is_ascii_alphanumeric() || matches!(character, '-' | '_')
                })
                && id.starts_with(|character: char| character.is_ascii_alphabetic());
            if is_id {
                ids.push(id.to_owned());
            }
        }
    }
    ids
}

/// A message to be written later, in the reader's language: a catalogue key and its arguments.
///
/// Errors found while a file is decoded are made before anyone knows the reader's language, and
/// some travel through serde's text-only errors: `encode` packs a message into such a text and
/// `decode` unpacks it. An argument that is itself a key to translate is written `@key`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coded {
    pub key: String,
    pub arguments: Vec<(String, String)>,
}

/// Marks an encoded message and separates its parts (control characters: never in user text,
/// which the loader refuses when it holds them).
const CODED_START: char = '\u{1}';
const CODED_PART: char = '\u{2}';
const CODED_VALUE: char = '\u{3}';
/// Marks an argument that is a key to translate.
const KEY_ARGUMENT: char = '\u{4}';

impl Coded {
    pub fn new(key: &str, arguments: &[(&str, String)]) -> Coded {
        Coded {
            key: key.to_owned(),
            arguments: arguments
                .iter()
                .map(|(name, value)| ((*name).to_owned(), value.clone()))
                .collect(),
        }
    }

    /// An argument value that is a key, translated when the message is written.
    pub fn key_argument(key: &str) -> String {
        format!("{KEY_ARGUMENT}{key}")
    }

    /// The message in a language.
    pub fn text(&self, language: Language) -> String {
        let arguments: Vec<(&str, String)> = self
            .arguments
            .iter()
            .map(|(name, value)| {
                let value = match value.strip_prefix(KEY_ARGUMENT) {
                    Some(key) => text(language, key, &[]),
                    None => value.clone(),
                };
                (name.as_str(), value)
            })
            .collect();
        text(language, &self.key, &arguments)
    }

    /// The message packed into a text, to travel through a serde error.
    pub fn encode(&self) -> String {
        let mut packed = format!("{CODED_START}{}", self.key);
        for (name, value) in &self.arguments {
            packed.push(CODED_PART);
            packed.push_str(name);
            packed.push(CODED_VALUE);
            packed.push_str(value);
        }
        packed
    }

    /// The message packed by `encode`, wherever it sits in a text.
    pub fn decode(text: &str) -> Option<Coded> {
        let (_, packed) = text.split_once(CODED_START)?;
        let mut parts = packed.split(CODED_PART);
        let key = parts.next()?.to_owned();
        let arguments = parts
            .filter_map(|part| part.split_once(CODED_VALUE))
            .map(|(name, value)| (name.to_owned(), value.to_owned()))
            .collect();
        Some(Coded { key, arguments })
    }

    /// A text that may hold an encoded message, written in a language (as it is otherwise).
    pub fn written(text: &str, language: Language) -> String {
        match Coded::decode(text) {
            Some(coded) => coded.text(language),
            None => text.to_owned(),
        }
    }
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
/// The text with its first letter in capitals, as a table cell or a sentence starts.
pub fn capitalised(text: &str) -> String {
    let mut characters = text.chars();
    match characters.next() {
        Some(first) => first.to_uppercase().chain(characters).collect(),
        None => String::new(),
    }
}

/// A post format's name (`short video`), or, for none, the words for posts whose export does
/// not tell their format.
pub fn format_name(language: Language, format: Option<crate::model::Format>) -> String {
    match format {
        Some(format) => text(language, &format!("format-{}", format.as_str()), &[]),
        None => text(language, "format-untold", &[]),
    }
}

/// A text set by the language's typography, so that no line breaks where a reader would not
/// break it: the space inside a number written with groups of three digits (`3 000`) becomes
/// a narrow no-break space, the space between a number and `€`, `%`, `£` or `$` a no-break
/// space; in French, the space before `:`, `»` (no-break) and `;`, `!`, `?` (narrow no-break)
/// and after `«`. The user's own words (statements, names) get it as much as the catalogues'.
pub fn typeset(language: Language, text: &str) -> String {
    if !text.contains(' ') {
        return text.to_owned();
    }
    let characters: Vec<char> = text.chars().collect();
    let mut set = String::with_capacity(text.len() + 8);
    for (index, character) in characters.iter().enumerate() {
        if *character != ' ' {
            set.push(*character);
            continue;
        }
        let before = index
            .checked_sub(1)
            .and_then(|at| characters.get(at))
            .copied();
        let after = characters.get(index + 1).copied();
        let digit_before = before.is_some_and(|c| c.is_ascii_digit());
        // A group of exactly three digits after the space, then no further digit.
        let group_after = (1..=3).all(|offset| {
            characters
                .get(index + offset)
                .is_some_and(|c| c.is_ascii_digit())
        }) && !characters
            .get(index + 4)
            .is_some_and(|c| c.is_ascii_digit());
        let replacement = match (before, after) {
            _ if digit_before && group_after => '\u{202f}',
            (_, Some('€' | '%' | '£' | '$')) if digit_before => '\u{a0}',
            (_, Some(':' | '»')) if language == Language::French => '\u{a0}',
            (_, Some(';' | '!' | '?')) if language == Language::French => '\u{202f}',
            (Some('«'), _) if language == Language::French => '\u{a0}',
            _ => ' ',
        };
        set.push(replacement);
    }
    set
}

pub fn number(locale: impl Into<Locale>, value: f64, decimals: usize) -> String {
    let formats = locale.into().formats;
    let rounded = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = match rounded.split_once('.') {
        Some((whole, fraction)) => (whole.to_owned(), Some(fraction.to_owned())),
        None => (rounded, None),
    };
    let group_separator = formats.thousands_separator.as_str();
    let decimal_separator = formats.decimal_separator.as_str();
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
/// A currency without a symbol is written as its code, after the amount (`1,234 CHF`).
pub fn money(locale: impl Into<Locale>, value: f64, currency: &str) -> String {
    let locale = locale.into();
    let formats = locale.formats;
    let decimals = if (value - value.round()).abs() < 0.005 {
        0
    } else {
        2
    };
    let amount = number(locale, value, decimals);
    match formats.currency_symbols.get(currency) {
        Some(symbol) if formats.currency_before => {
            format!("{symbol}{}{amount}", formats.currency_space)
        }
        Some(symbol) => format!("{amount}{}{symbol}", formats.currency_space),
        None => format!("{amount}\u{a0}{currency}"),
    }
}

/// A number with at most `decimals` decimals and no trailing zeros: `1 300`, `2,5`.
pub fn short_number(locale: impl Into<Locale>, value: f64, decimals: usize) -> String {
    let text = number(locale, value, decimals);
    if decimals == 0 {
        return text;
    }
    text.trim_end_matches('0')
        .trim_end_matches([',', '.'])
        .to_owned()
}

/// A percentage written as its number of percent: `4.5%`, `4,5 %`.
pub fn percent_points(locale: impl Into<Locale>, value: f64) -> String {
    let locale = locale.into();
    percent_of(locale, &short_number(locale, value, 2))
}

/// A share (0.4) as a whole percentage: `40%`, `40 %`.
pub fn share_percent(locale: impl Into<Locale>, share: f64) -> String {
    let locale = locale.into();
    percent_of(locale, &number(locale, share * 100.0, 0))
}

/// A figure already written, as a percentage: `45%`, `45 %`.
pub fn percent_of(locale: impl Into<Locale>, figure: &str) -> String {
    format!("{figure}{}%", locale.into().formats.percent_space)
}

/// A KPI figure in its unit: a count, a rate in %, money in the strategy's currency, minutes.
pub fn quantity(locale: impl Into<Locale>, value: f64, unit: Unit, currency: &str) -> String {
    let locale = locale.into();
    match unit {
        Unit::Count => short_number(locale, value, 2),
        Unit::Percent => percent_points(locale, value),
        Unit::Currency => money(
            locale,
            value,
            if currency.is_empty() { "EUR" } else { currency },
        ),
        Unit::Minutes => format!("{}\u{a0}min", short_number(locale, value, 1)),
        Unit::Ratio => short_number(locale, value, 2),
    }
}

/// A month written out: `March 2027`, `mars 2027`.
pub fn month_year(language: Language, day: Day) -> String {
    let month = text(language, &format!("month-{}", day.month()), &[]);
    format!("{month} {}", day.year())
}

/// A language with the conventions of a region: `en-US` writes `January 31, 2027`, `en-GB`
/// `31 January 2027`, `fr-FR` `31 janvier 2027`; numbers and money follow the language's
/// formats (`i18n/LANG/formats.toml`) as the country's pack may change them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Locale {
    pub language: Language,
    /// Whether dates put the day before the month.
    pub day_first: bool,
    pub formats: &'static NumberFormats,
}

/// How a language writes numbers, amounts and percentages: `i18n/LANG/formats.toml`, which a
/// country's pack may change (`[formats.LANG]` in its `country.toml`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NumberFormats {
    pub decimal_separator: String,
    pub thousands_separator: String,
    /// Whether a currency's symbol goes before the amount (`£1,234`), or after (`1 234 €`).
    pub currency_before: bool,
    /// Between the amount and the symbol.
    pub currency_space: String,
    /// Between a figure and `%`.
    pub percent_space: String,
    /// The first day of a month in a date written out (`1`, `1er`).
    pub first_of_month: String,
    pub currency_symbols: BTreeMap<String, String>,
}

/// What a country's pack changes in a language's formats; what it leaves out stays.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormatsChange {
    pub decimal_separator: Option<String>,
    pub thousands_separator: Option<String>,
    pub currency_before: Option<bool>,
    pub currency_space: Option<String>,
    pub percent_space: Option<String>,
    pub first_of_month: Option<String>,
    #[serde(default)]
    pub currency_symbols: BTreeMap<String, String>,
}

impl NumberFormats {
    /// These formats with a country's changes.
    pub fn changed(&self, change: &FormatsChange) -> NumberFormats {
        let mut currency_symbols = self.currency_symbols.clone();
        currency_symbols.extend(change.currency_symbols.clone());
        NumberFormats {
            decimal_separator: change
                .decimal_separator
                .clone()
                .unwrap_or_else(|| self.decimal_separator.clone()),
            thousands_separator: change
                .thousands_separator
                .clone()
                .unwrap_or_else(|| self.thousands_separator.clone()),
            currency_before: change.currency_before.unwrap_or(self.currency_before),
            currency_space: change
                .currency_space
                .clone()
                .unwrap_or_else(|| self.currency_space.clone()),
            percent_space: change
                .percent_space
                .clone()
                .unwrap_or_else(|| self.percent_space.clone()),
            first_of_month: change
                .first_of_month
                .clone()
                .unwrap_or_else(|| self.first_of_month.clone()),
            currency_symbols,
        }
    }
}

/// Each language's formats file.
pub const FORMATS: &[(Language, &str)] = &[
    (Language::English, include_str!("../i18n/en/formats.toml")),
    (Language::French, include_str!("../i18n/fr/formats.toml")),
];

/// A language's own formats, parsed once.
///
/// The files are part of the program and a test parses them, so an error here is a build
/// defect: it stops the program with the parse error.
pub fn language_formats(language: Language) -> &'static NumberFormats {
    static ENGLISH: OnceLock<NumberFormats> = OnceLock::new();
    static FRENCH: OnceLock<NumberFormats> = OnceLock::new();
    let parse = || {
        let text = FORMATS
            .iter()
            .find(|(of, _)| *of == language)
            .map_or("", |(_, text)| *text);
        match toml::from_str(text) {
            Ok(formats) => formats,
            Err(error) => panic!(
                "i18n/{}/formats.toml is invalid: {error}",
                language.as_str()
            ),
        }
    };
    match language {
        Language::English => ENGLISH.get_or_init(parse),
        Language::French => FRENCH.get_or_init(parse),
    }
}

impl Locale {
    /// The locale of a language as spoken in a country (the strategy's): its pack's formats
    /// where it changes the language's; English writes the day first unless the pack says
    /// otherwise (`english_dates`: the United States), or without a country (US English is
    /// then assumed).
    pub fn new(language: Language, country: Option<&str>) -> Locale {
        let pack =
            country.and_then(|country| crate::knowledge::Knowledge::embedded().country(country));
        let day_first = match language {
            Language::French => true,
            Language::English => {
                country.is_some()
                    && pack.is_none_or(|pack| {
                        pack.english_dates == crate::knowledge::DateOrder::DayFirst
                    })
            }
        };
        Locale {
            language,
            day_first,
            formats: pack
                .and_then(|pack| pack.formats_in(language))
                .unwrap_or_else(|| language_formats(language)),
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
                locale.formats.first_of_month.clone()
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
    fn the_catalogues_parse_and_have_the_same_messages() {
        let english = message_ids(Language::English);
        let french = message_ids(Language::French);
        assert!(english.len() > 300, "{}", english.len());
        let missing_in_french: Vec<&String> =
            english.iter().filter(|id| !french.contains(id)).collect();
        let missing_in_english: Vec<&String> =
            french.iter().filter(|id| !english.contains(id)).collect();
        assert!(missing_in_french.is_empty(), "{missing_in_french:?}");
        assert!(missing_in_english.is_empty(), "{missing_in_english:?}");
        for language in Language::ALL {
            assert!(!text(*language, "step-target", &[]).is_empty());
        }
    }

    #[test]
    fn plurals_follow_each_language() {
        let errors = |language, count: usize| {
            text(language, "count-errors", &[("count", count.to_string())])
        };
        assert_eq!(errors(Language::English, 1), "1 error");
        assert_eq!(errors(Language::English, 0), "0 errors");
        assert_eq!(errors(Language::English, 2), "2 errors");
        // French puts 0 and 1 in the singular.
        assert_eq!(errors(Language::French, 0), "0 erreur");
        assert_eq!(errors(Language::French, 1), "1 erreur");
        assert_eq!(errors(Language::French, 2), "2 erreurs");
    }

    /// Numbers, amounts and percentages follow the language's formats file, and a country's
    /// changes to it where its pack has some.
    #[test]
    fn numbers_and_money_follow_the_formats_as_data() {
        assert_eq!(money(Language::English, 1234.5, "GBP"), "£1,234.50");
        assert_eq!(
            money(Language::French, 1234.0, "EUR"),
            "1\u{202f}234\u{a0}€"
        );
        assert_eq!(money(Language::English, 1234.0, "CHF"), "1,234\u{a0}CHF");
        assert_eq!(share_percent(Language::French, 0.4), "40\u{a0}%");
        assert_eq!(percent_points(Language::English, 4.5), "4.5%");
        // A country that writes French numbers with an apostrophe and its francs as "CHF".
        let change: FormatsChange = toml::from_str(
            "thousands_separator = \"'\"\ndecimal_separator = \".\"\n[currency_symbols]\nCHF = \"CHF\"\n",
        )
        .unwrap();
        let formats: &'static NumberFormats = Box::leak(Box::new(
            language_formats(Language::French).changed(&change),
        ));
        let swiss = Locale {
            language: Language::French,
            day_first: true,
            formats,
        };
        assert_eq!(number(swiss, 1234567.25, 2), "1'234'567.25");
        assert_eq!(money(swiss, 1500.0, "CHF"), "1'500\u{a0}CHF");
        // What the change leaves out stays the language's.
        assert_eq!(share_percent(swiss, 0.5), "50\u{a0}%");
        assert_eq!(
            long_date(swiss, Day::parse("2027-08-01").unwrap()),
            "1er août 2027"
        );
        // Without a pack that changes them, a country writes as its language does.
        assert_eq!(
            Locale::new(Language::French, Some("FR")).formats,
            language_formats(Language::French)
        );
    }

    #[test]
    fn typography_keeps_numbers_and_their_units_on_one_line() {
        assert_eq!(
            typeset(
                Language::French,
                "Passer de 1 800 à 3 000 abonnés pour 10 € : oui !"
            ),
            "Passer de 1\u{202f}800 à 3\u{202f}000 abonnés pour 10\u{a0}€\u{a0}: oui\u{202f}!"
        );
        assert_eq!(
            typeset(Language::French, "« Bonjour » 12 %"),
            "«\u{a0}Bonjour\u{a0}» 12\u{a0}%"
        );
        // A year after a number of days, or four digits, are not a group of thousands.
        assert_eq!(typeset(Language::French, "le 3 2027"), "le 3 2027");
        assert_eq!(typeset(Language::French, "12 1234"), "12 1234");
        // English keeps its colons; a number and its unit still stay together.
        assert_eq!(
            typeset(Language::English, "Budget: 10 %"),
            "Budget: 10\u{a0}%"
        );
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
    fn variables_are_filled_once() {
        // Regression: a value holding a variable's name is inserted as it is, never filled again.
        let filled = text(
            Language::English,
            "fit-declared-channel",
            &[
                ("platform", "Bob { $bonus }".into()),
                ("bonus", "15".into()),
            ],
        );
        assert!(
            filled.contains("Bob { $bonus }") && filled.contains("+15"),
            "{filled}"
        );
    }

    #[test]
    fn locale_picks_the_language() {
        assert_eq!(language_from_locale("fr_FR.UTF-8"), Language::French);
        assert_eq!(language_from_locale("C.UTF-8"), Language::English);
    }
}
