//! Platform fit: how well each network reaches each persona, as a 0-100 score with its reasons.
//!
//! The score is the estimated share of people like the persona who use the network, weighted
//! by how well the network's purpose suits the persona's segment, plus a bonus when the persona
//! is known to use it. Every figure used becomes a reason with its source; the model and its
//! threshold are documented in `knowledge/fit.toml`.

use serde::Serialize;

use crate::i18n::{self, number};
use crate::knowledge::{
    AudienceFigure, Citation, Dimension, Gender, Knowledge, Platform, Qualifier,
};
use crate::model::{GenderMix, Language, Persona, Segment};
use crate::strategy::Strategy;

/// One reason behind a score, with the source of the figure it uses.
#[derive(Clone, Debug, Serialize)]
pub struct Reason {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
}

impl Reason {
    fn sourced(text: String, citation: Citation) -> Reason {
        Reason {
            text,
            source: Some(citation.source),
            year: Some(citation.year),
        }
    }

    fn unsourced(text: String) -> Reason {
        Reason {
            text,
            source: None,
            year: None,
        }
    }
}

/// The fit of one network for one persona.
#[derive(Clone, Debug, Serialize)]
pub struct PlatformFit {
    pub platform: String,
    pub score: u8,
    pub recommended: bool,
    pub reasons: Vec<Reason>,
}

/// All networks for one persona, best first.
#[derive(Clone, Debug, Serialize)]
pub struct PersonaFit {
    pub persona: String,
    pub platforms: Vec<PlatformFit>,
}

impl PersonaFit {
    pub fn fit(&self, platform: &str) -> Option<&PlatformFit> {
        self.platforms.iter().find(|fit| fit.platform == platform)
    }
}

/// The country whose figures describe a persona: its own, the strategy's, or the language's.
pub fn persona_country(strategy: &Strategy, persona: &Persona) -> String {
    if let Some(country) = persona
        .country
        .as_ref()
        .or(strategy.strategy.country.as_ref())
    {
        return country.as_str().to_owned();
    }
    match strategy.strategy.language {
        Some(Language::English) => "US".to_owned(),
        _ => "FR".to_owned(),
    }
}

/// Fit of every network for every persona of the strategy.
pub fn platform_fit(
    strategy: &Strategy,
    knowledge: &Knowledge,
    language: Language,
) -> Vec<PersonaFit> {
    strategy
        .personas
        .iter()
        .map(|persona| {
            persona_fit(
                persona,
                &persona_country(strategy, persona),
                knowledge,
                language,
            )
        })
        .collect()
}

/// Fit of every network for one persona, sorted by score (then by id, for stable output).
pub fn persona_fit(
    persona: &Persona,
    country: &str,
    knowledge: &Knowledge,
    language: Language,
) -> PersonaFit {
    let mut platforms: Vec<PlatformFit> = knowledge
        .platforms
        .iter()
        .map(|platform| score_platform(persona, country, platform, knowledge, language))
        .collect();
    platforms.sort_by(|left, right| {
        right
            .score
            .cmp(&left.score)
            .then_with(|| left.platform.cmp(&right.platform))
    });
    PersonaFit {
        persona: persona.id.as_str().to_owned(),
        platforms,
    }
}

/// The preferred figure among candidates: the wanted country, then a measured value over a
/// lower bound, then the latest survey.
fn best_figure<'k>(
    candidates: impl Iterator<Item = &'k AudienceFigure>,
    country: &str,
) -> Option<&'k AudienceFigure> {
    candidates.max_by_key(|figure| {
        (
            figure.country == country,
            figure.qualifier.is_none(),
            figure.year,
        )
    })
}

fn figures_of<'k>(
    knowledge: &'k Knowledge,
    platform: &'k str,
    dimension: Dimension,
) -> impl Iterator<Item = &'k AudienceFigure> {
    knowledge
        .audiences
        .iter()
        .filter(move |figure| figure.platform == platform && figure.dimension == dimension)
}

/// Describes a figure as a reason: "93% of US adults 18-29 use YouTube".
fn figure_reason(figure: &AudienceFigure, platform_name: &str, language: Language) -> Reason {
    let key = if figure.qualifier == Some(Qualifier::AtLeast) {
        "fit-figure-at-least"
    } else {
        "fit-figure"
    };
    Reason::sourced(
        i18n::text(
            language,
            key,
            &[
                ("share", number(language, figure.share, 0)),
                ("population", figure.population(language).to_owned()),
                ("platform", platform_name.to_owned()),
            ],
        ),
        figure.citation(),
    )
}

/// Adds a reason once, however many years of the persona's range used its figure.
fn push_unique(reasons: &mut Vec<Reason>, reason: Reason) {
    if !reasons
        .iter()
        .any(|existing| existing.text == reason.text && existing.source == reason.source)
    {
        reasons.push(reason);
    }
}

fn score_platform(
    persona: &Persona,
    country: &str,
    platform: &Platform,
    knowledge: &Knowledge,
    language: Language,
) -> PlatformFit {
    let model = &knowledge.fit;
    let mut reasons = Vec::new();
    let name = platform.name.as_str();
    let us_all = best_figure(figures_of(knowledge, &platform.id, Dimension::All), "US")
        .filter(|figure| figure.country == "US");

    // 1. The share of the persona's age range that uses the network (the US age profile).
    // The share of the persona's age range old enough for the network (1 without an age).
    let mut old_enough = 1.0;
    let mut estimate = match persona.age {
        Some(age) => {
            let oldest = age.max.min(model.oldest_age_counted).max(age.min);
            let mut total = 0.0;
            let mut years = 0u32;
            let mut too_young = 0u32;
            let mut fallback_years = 0u32;
            for year_of_age in age.min..=oldest {
                years += 1;
                if year_of_age < platform.min_age {
                    too_young += 1;
                    continue;
                }
                let band = best_figure(
                    figures_of(knowledge, &platform.id, Dimension::Age)
                        .filter(|figure| figure.covers_age(year_of_age)),
                    "US",
                );
                match band.or(us_all) {
                    Some(figure) => {
                        total += figure.share;
                        if band.is_none() {
                            fallback_years += 1;
                        }
                        push_unique(&mut reasons, figure_reason(figure, name, language));
                    }
                    None => fallback_years += 1,
                }
            }
            if too_young > 0 {
                reasons.push(Reason::unsourced(i18n::text(
                    language,
                    "fit-under-min-age",
                    &[
                        ("platform", name.to_owned()),
                        ("age", platform.min_age.to_string()),
                    ],
                )));
            }
            if fallback_years > 0 && fallback_years + too_young < years {
                reasons.push(Reason::unsourced(i18n::text(language, "fit-age-gap", &[])));
            }
            if years > 0 {
                old_enough = f64::from(years - too_young) / f64::from(years);
            }
            if years == 0 {
                0.0
            } else {
                total / f64::from(years)
            }
        }
        None => {
            reasons.push(Reason::unsourced(i18n::text(language, "fit-no-age", &[])));
            match us_all {
                Some(figure) => {
                    push_unique(&mut reasons, figure_reason(figure, name, language));
                    figure.share
                }
                None => 0.0,
            }
        }
    };

    // 2. Gender: scale by the gap between the gender's figure and all adults in the same survey.
    let gender_weight = match persona.gender {
        Some(GenderMix::Female) => Some((Gender::Female, 1.0)),
        Some(GenderMix::MostlyFemale) => Some((Gender::Female, 0.5)),
        Some(GenderMix::Male) => Some((Gender::Male, 1.0)),
        Some(GenderMix::MostlyMale) => Some((Gender::Male, 0.5)),
        Some(GenderMix::Mixed) | None => None,
    };
    if let Some((gender, weight)) = gender_weight {
        let gender_figure = best_figure(
            figures_of(knowledge, &platform.id, Dimension::Gender)
                .filter(|figure| figure.gender == Some(gender)),
            "US",
        );
        let same_survey_all = gender_figure.and_then(|gender_figure| {
            figures_of(knowledge, &platform.id, Dimension::All).find(|figure| {
                figure.year == gender_figure.year && figure.country == gender_figure.country
            })
        });
        if let (Some(gender_figure), Some(all)) = (gender_figure, same_survey_all)
            && all.share > 0.0
        {
            let ratio = 1.0 + (gender_figure.share / all.share - 1.0) * weight;
            estimate *= ratio;
            push_unique(&mut reasons, figure_reason(gender_figure, name, language));
        }
    }

    // 3. B2B: graduates' use is the measured basis for professionals.
    if persona.segment == Some(Segment::B2b)
        && let Some(professional) = best_figure(
            figures_of(knowledge, &platform.id, Dimension::Professional),
            "US",
        )
        && professional.share > estimate
    {
        estimate = professional.share;
        reasons.push(figure_reason(professional, name, language));
    }

    // 4. Country: shift the US profile by the gap between the local and the US figures.
    if country != "US" {
        let local_all = best_figure(
            figures_of(knowledge, &platform.id, Dimension::All)
                .filter(|figure| figure.country == country),
            country,
        );
        match (local_all, us_all) {
            (Some(local), Some(us)) => {
                // Regression: the shift once gave children under 13 a score; only the part
                // of the range old enough for the network is shifted.
                let shift = (local.share - us.share) * old_enough;
                estimate += shift;
                reasons.push(Reason::sourced(
                    i18n::text(
                        language,
                        "fit-country-shift",
                        &[
                            ("country", country.to_owned()),
                            (
                                "shift",
                                format!(
                                    "{}{}",
                                    if shift >= 0.0 { "+" } else { "" },
                                    number(language, shift, 1)
                                ),
                            ),
                            ("local", number(language, local.share, 1)),
                            ("population", local.population(language).to_owned()),
                            ("us", number(language, us.share, 0)),
                        ],
                    ),
                    local.citation(),
                ));
            }
            _ => reasons.push(Reason::unsourced(i18n::text(
                language,
                "fit-no-country-figure",
                &[
                    ("country", country.to_owned()),
                    ("platform", name.to_owned()),
                ],
            ))),
        }
    }
    let estimate = estimate.clamp(0.0, 100.0);

    // 5. Purpose: does the network suit this segment's messages?
    let (relevance, segment_key) = match persona.segment {
        Some(Segment::B2b) => (platform.relevance_b2b, "fit-relevance-b2b"),
        Some(Segment::B2c) => (platform.relevance_b2c, "fit-relevance-b2c"),
        // A public service's or a non-profit's users are reached where consumers are.
        Some(Segment::Public) => (platform.relevance_b2c, "fit-relevance-public"),
        None => (platform.relevance_b2c, "fit-relevance-unknown"),
    };
    reasons.push(Reason::sourced(
        i18n::text(
            language,
            segment_key,
            &[
                ("platform", name.to_owned()),
                ("weight", number(language, relevance, 2)),
            ],
        ),
        platform.relevance_citation(),
    ));
    let mut score = estimate * relevance;

    // 6. The persona's declared channels weigh in.
    if persona
        .channels
        .iter()
        .any(|channel| channel.as_str() == platform.id)
    {
        score += model.declared_channel_bonus;
        reasons.push(Reason::unsourced(i18n::text(
            language,
            "fit-declared-channel",
            &[
                ("platform", name.to_owned()),
                ("bonus", number(language, model.declared_channel_bonus, 0)),
            ],
        )));
    }

    let score = score.clamp(0.0, 100.0).round();
    let recommended = score >= model.recommended_threshold;
    reasons.push(Reason::sourced(
        i18n::text(
            language,
            if recommended {
                "fit-verdict-recommended"
            } else {
                "fit-verdict-not-recommended"
            },
            &[
                ("score", number(language, score, 0)),
                (
                    "threshold",
                    number(language, model.recommended_threshold, 0),
                ),
            ],
        ),
        model.citation(),
    ));
    // `score` is rounded and clamped to 0..=100, so the conversion is exact.
    PlatformFit {
        platform: platform.id.clone(),
        score: score as u8,
        recommended,
        reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::from_toml_str;

    /// Fit of the first persona of a strategy made of `persona` (TOML lines) in `country`.
    fn fit_of(persona: &str, country: &str) -> PersonaFit {
        let text = format!(
            "[strategy]\nname = \"t\"\nstart = 2027-01-01\nend = 2027-12-31\ncountry = \"{country}\"\n\n[[personas]]\nid = \"p\"\n{persona}\n"
        );
        let loaded = from_toml_str(&text).unwrap();
        platform_fit(&loaded.strategy, Knowledge::embedded(), Language::English).remove(0)
    }

    fn recommended(fit: &PersonaFit) -> Vec<&str> {
        fit.platforms
            .iter()
            .filter(|fit| fit.recommended)
            .map(|fit| fit.platform.as_str())
            .collect()
    }

    fn score(fit: &PersonaFit, platform: &str) -> u8 {
        fit.fit(platform).unwrap().score
    }

    #[test]
    fn a_b2b_persona_of_any_working_age_has_linkedin_in_its_top_two() {
        for country in ["FR", "US"] {
            for (min, max) in [(25, 60), (25, 35), (35, 50), (45, 60), (30, 45)] {
                let fit = fit_of(
                    &format!("segment = \"b2b\"\nage = {{ min = {min}, max = {max} }}"),
                    country,
                );
                let top_two: Vec<&str> = fit
                    .platforms
                    .iter()
                    .take(2)
                    .map(|fit| fit.platform.as_str())
                    .collect();
                assert!(
                    top_two.contains(&"linkedin"),
                    "{country} {min}-{max}: {top_two:?}"
                );
            }
        }
    }

    #[test]
    fn retirees_get_facebook_and_youtube_but_not_instagram_tiktok_snapchat() {
        for country in ["FR", "US"] {
            for gender in ["", "gender = \"female\"", "gender = \"male\""] {
                let fit = fit_of(
                    &format!("segment = \"b2c\"\nage = {{ min = 65, max = 80 }}\n{gender}"),
                    country,
                );
                let recommended = recommended(&fit);
                for platform in ["facebook", "youtube"] {
                    assert!(
                        recommended.contains(&platform),
                        "{country} {gender}: {recommended:?}"
                    );
                }
                for platform in ["instagram", "tiktok", "snapchat"] {
                    assert!(
                        !recommended.contains(&platform),
                        "{country} {gender}: {recommended:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn young_people_get_tiktok_snapchat_instagram_and_youtube() {
        for country in ["FR", "US"] {
            let fit = fit_of("segment = \"b2c\"\nage = { min = 15, max = 24 }", country);
            let recommended = recommended(&fit);
            for platform in ["tiktok", "snapchat", "instagram", "youtube"] {
                assert!(
                    recommended.contains(&platform),
                    "{country}: {recommended:?}"
                );
            }
        }
    }

    #[test]
    fn a_declared_channel_raises_the_score_and_says_so() {
        let without = fit_of("age = { min = 30, max = 45 }", "FR");
        let with = fit_of(
            "age = { min = 30, max = 45 }\nchannels = [\"pinterest\"]",
            "FR",
        );
        assert!(score(&with, "pinterest") > score(&without, "pinterest"));
        let reasons = &with.fit("pinterest").unwrap().reasons;
        assert!(
            reasons
                .iter()
                .any(|reason| reason.text.contains("declared")),
            "{reasons:?}"
        );
    }

    // Pew 2023: 50% of US women and 19% of US men use Pinterest.
    #[test]
    fn pinterest_fits_women_better_than_men() {
        let women = fit_of("age = { min = 30, max = 45 }\ngender = \"female\"", "US");
        let men = fit_of("age = { min = 30, max = 45 }\ngender = \"male\"", "US");
        assert!(score(&women, "pinterest") > score(&men, "pinterest") + 15);
    }

    // DataReportal 2024: 43.2% of French internet users use Snapchat, against 25% of US adults (Pew 2025).
    #[test]
    fn snapchat_fits_a_french_persona_better_than_an_american_one_of_the_same_age() {
        let french = fit_of("age = { min = 25, max = 40 }", "FR");
        let american = fit_of("age = { min = 25, max = 40 }", "US");
        assert!(score(&french, "snapchat") > score(&american, "snapchat"));
    }

    // Pew 2021: 51% of graduates use LinkedIn; a professional message weighs the network up.
    #[test]
    fn linkedin_fits_a_b2b_persona_better_than_a_b2c_persona_of_the_same_age() {
        let b2b = fit_of("segment = \"b2b\"\nage = { min = 30, max = 50 }", "US");
        let b2c = fit_of("segment = \"b2c\"\nage = { min = 30, max = 50 }", "US");
        assert!(score(&b2b, "linkedin") > score(&b2c, "linkedin"));
        assert!(b2b.fit("linkedin").unwrap().recommended);
        assert!(!b2c.fit("linkedin").unwrap().recommended);
    }

    // Pew 2025: YouTube and Facebook are the only platforms used by a majority of every age group.
    #[test]
    fn youtube_and_facebook_are_recommended_for_every_adult_age_band() {
        for (min, max) in [(18, 29), (30, 49), (50, 64), (65, 90)] {
            let fit = fit_of(
                &format!("segment = \"b2c\"\nage = {{ min = {min}, max = {max} }}"),
                "US",
            );
            let recommended = recommended(&fit);
            assert!(
                recommended.contains(&"youtube") && recommended.contains(&"facebook"),
                "{min}-{max}: {recommended:?}"
            );
        }
    }

    #[test]
    fn every_score_cites_its_sources() {
        let fit = fit_of("segment = \"b2c\"\nage = { min = 20, max = 35 }", "FR");
        assert_eq!(fit.platforms.len(), 13);
        for platform in &fit.platforms {
            assert!(
                platform
                    .reasons
                    .iter()
                    .any(|reason| reason.source.is_some()),
                "{}",
                platform.platform
            );
            assert!(
                platform
                    .reasons
                    .iter()
                    .all(|reason| !reason.text.starts_with("fit-")),
                "untranslated key"
            );
        }
        let scores: Vec<u8> = fit.platforms.iter().map(|fit| fit.score).collect();
        assert!(
            scores.windows(2).all(|pair| pair[0] >= pair[1]),
            "sorted by score: {scores:?}"
        );
    }

    #[test]
    fn children_under_the_minimum_age_score_zero() {
        // Regression: the French level shift once gave children a WhatsApp and Snapchat score.
        for country in ["US", "FR"] {
            for age in ["age = { min = 8, max = 11 }", "age = { min = 0, max = 5 }"] {
                let fit = fit_of(age, country);
                assert!(
                    fit.platforms
                        .iter()
                        .all(|fit| fit.score == 0 && !fit.recommended),
                    "{country} {age}"
                );
            }
        }
    }
}
