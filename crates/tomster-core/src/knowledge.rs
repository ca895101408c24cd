//! The knowledge base: sourced facts and editable defaults, embedded in the binary as TOML.
//!
//! Every record carries its `source` and `year`, so a recommendation that leans on a record can
//! show where it comes from. The files live in `crates/tomster-core/knowledge/`; a test checks
//! that they parse and that every record is sourced.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::model::{Format, ObjectiveKind, OperationKind, Skill, ToolCategory};
use crate::values::Day;

/// A source and the year it was published, shown beside every figure that uses it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Citation {
    pub source: String,
    pub year: u16,
}

/// A network and its defaults.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Platform {
    pub id: String,
    pub name: String,
    /// A network built for professional use (the B2B rules look for one).
    pub professional: bool,
    pub min_age: u8,
    pub min_age_source: String,
    pub min_age_year: u16,
    pub formats: Vec<Format>,
    /// How well the platform's purpose fits a consumer message, 0 to 1.
    pub relevance_b2c: f64,
    /// How well the platform's purpose fits a professional message, 0 to 1.
    pub relevance_b2b: f64,
    /// How well the platform's purpose fits trade buyers (hospitality, retail, crafts), 0 to 1.
    pub relevance_trade: f64,
    pub relevance_source: String,
    pub relevance_year: u16,
    /// The default always-on cadence, an editable default.
    pub cadence_posts_per_week: f64,
    pub cadence_min: f64,
    pub cadence_max: f64,
    pub cadence_source: String,
    pub cadence_year: u16,
    /// The usual rhythm of its stories, where a source gives one: stories are counted
    /// against it, not against the feed's cadence.
    #[serde(default)]
    pub stories: Option<StoryCadence>,
    /// Set on the records made from a strategy's `[[custom_networks]]`: no audience figure is
    /// known for them.
    #[serde(skip)]
    pub defined_by_strategy: bool,
}

impl Platform {
    /// The record of a network the strategy declares, so every analysis plans, costs and
    /// calendars it like the others.
    pub fn from_custom(custom: &crate::model::CustomNetwork) -> Platform {
        let declared = "Declared in the strategy".to_owned();
        Platform {
            id: custom.id.as_str().to_owned(),
            name: custom.name.clone(),
            professional: custom.professional.unwrap_or(false),
            min_age: 0,
            min_age_source: declared.clone(),
            min_age_year: 0,
            formats: if custom.formats.is_empty() {
                vec![Format::Text, Format::Image]
            } else {
                custom.formats.clone()
            },
            relevance_b2c: 1.0,
            relevance_b2b: 1.0,
            relevance_trade: 1.0,
            relevance_source: declared.clone(),
            relevance_year: 0,
            cadence_posts_per_week: 0.0,
            cadence_min: 0.0,
            cadence_max: 0.0,
            cadence_source: declared,
            cadence_year: 0,
            stories: None,
            defined_by_strategy: true,
        }
    }

    pub fn relevance_citation(&self) -> Citation {
        Citation {
            source: self.relevance_source.clone(),
            year: self.relevance_year,
        }
    }

    pub fn min_age_citation(&self) -> Citation {
        Citation {
            source: self.min_age_source.clone(),
            year: self.min_age_year,
        }
    }

    pub fn cadence_citation(&self) -> Citation {
        Citation {
            source: self.cadence_source.clone(),
            year: self.cadence_year,
        }
    }
}

/// How many stories a network's sources advise at most.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryCadence {
    pub max_per_week: f64,
    pub source: String,
    pub year: u16,
}

/// What an audience figure describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    All,
    Age,
    Gender,
    /// Professionals: a profession's own figures (`profession`), or people with a university
    /// degree, the measured basis for office professionals.
    Professional,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    Female,
    Male,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// The source gives a lower bound ("a majority").
    AtLeast,
}

/// The share of a population that uses a network.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AudienceFigure {
    pub platform: String,
    /// The country of the pack the figure is in (`countries/CODE/audiences.toml`).
    #[serde(default)]
    pub country: String,
    /// Who the figure describes, in English and in French.
    /// Who the figure describes, in English; `i18n::source_text` writes it in French.
    pub population: String,
    pub dimension: Dimension,
    #[serde(default)]
    pub age_min: Option<u8>,
    #[serde(default)]
    pub age_max: Option<u8>,
    #[serde(default)]
    pub gender: Option<Gender>,
    /// Percent of the population.
    pub share: f64,
    #[serde(default)]
    pub qualifier: Option<Qualifier>,
    /// How use is counted.
    #[serde(default)]
    pub metric: Metric,
    /// How solid the figure is.
    #[serde(default)]
    pub solidity: Solidity,
    /// For a professional figure: who (`business_owners`, `hospitality`...).
    #[serde(default)]
    pub profession: Option<String>,
    pub source: String,
    pub year: u16,
}

/// How a survey counts use of a network.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Ever uses (Pew's question).
    #[default]
    Uses,
    Monthly,
    /// Daily use: a lower bound of use.
    Daily,
    /// Has an account they use.
    Account,
}

/// How solid a figure is (FRANCE.md's legend).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Solidity {
    /// The report leaves the metric or the sample unclear.
    Unverified,
    /// Read in a report of the study that names it.
    Secondary,
    /// Read in the study itself or an official text.
    #[default]
    Primary,
}

impl AudienceFigure {
    pub fn citation(&self) -> Citation {
        Citation {
            source: self.source.clone(),
            year: self.year,
        }
    }

    /// Whether the figure's age band holds `age`.
    pub fn covers_age(&self, age: u8) -> bool {
        match (self.age_min, self.age_max) {
            (Some(min), Some(max)) => (min..=max).contains(&age),
            _ => false,
        }
    }

    /// The ages of the population a figure describes: its band, or for a whole population its
    /// stated ages (adults, 18 and over, when it states none).
    pub fn ages(&self) -> (u8, u8) {
        (self.age_min.unwrap_or(18), self.age_max.unwrap_or(120))
    }
}

pub use crate::model::Unit;

/// How a KPI's values combine over time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Aggregation {
    /// A count that adds up over time (reach, clicks).
    Cumulative,
    /// A ratio (engagement rate, CTR).
    Rate,
    /// A stock read at a date (followers).
    Level,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Higher,
    Lower,
}

/// A KPI of the catalogue.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kpi {
    pub id: String,
    /// The name and definition of a KPI the strategy defines (the catalogue's are `kpi-ID-name`
    /// and `kpi-ID-formula` in the catalogues).
    #[serde(skip)]
    pub own_name: Option<String>,
    #[serde(skip)]
    pub own_definition: Option<String>,
    pub unit: Unit,
    pub aggregation: Aggregation,
    /// How its value comes from the imported figures (`sum reach`, `ratio clicks / impressions
    /// x 100`, `typed`...): `progress::kpi::Method` reads it.
    pub computed: String,
    pub better: Direction,
    /// Objective kinds it is a usual proof for.
    pub proves: Vec<ObjectiveKind>,
    /// Objective kinds for which it is a vanity metric.
    pub vanity_for: Vec<ObjectiveKind>,
    /// Networks whose native analytics report it.
    pub platforms: Vec<String>,
    /// The kind of tool needed to measure it, if the networks do not.
    #[serde(default, deserialize_with = "empty_category_as_none")]
    pub needs_tool: Option<ToolCategory>,
    pub source: String,
    pub year: u16,
    /// Set on the records made from a strategy's `[[custom_kpis]]`: `source` is then where the
    /// business reads the figure, not a publication.
    #[serde(skip)]
    pub defined_by_strategy: bool,
    /// For an engagement rate: the method of the benchmarks it is judged against.
    #[serde(default)]
    pub engagement_method: Option<EngagementMethod>,
    /// The situations it is made for: suggested first for an objective in them (trade,
    /// local), or only worth suggesting with paid media (paid).
    #[serde(default)]
    pub suits: Vec<Situation>,
}

/// A situation some KPIs are made for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    /// Selling to trade buyers (bars, shops, restaurants): enquiries, tastings or demos
    /// booked, first orders.
    Trade,
    /// A business customers visit or call: its Google Business Profile's calls, directions,
    /// reviews and rating.
    Local,
    /// Paid media: the cost and return KPIs mean something only with an ad budget.
    Paid,
}

impl Kpi {
    /// The record of a KPI the strategy defines, so every analysis reads it like the others.
    pub fn from_custom(custom: &crate::model::CustomKpi) -> Kpi {
        use crate::model::Direction as Way;
        use crate::model::Measure;
        let aggregation = match (custom.measure, custom.unit) {
            (Some(Measure::Level), _) => Aggregation::Level,
            (Some(Measure::Flow), _) => Aggregation::Cumulative,
            (None, Unit::Percent | Unit::Ratio) => Aggregation::Rate,
            (None, Unit::Count | Unit::Currency | Unit::Minutes) => Aggregation::Cumulative,
        };
        Kpi {
            id: custom.id.as_str().to_owned(),
            own_name: Some(custom.name.clone()),
            own_definition: Some(custom.definition.clone().unwrap_or_default()),
            unit: custom.unit,
            aggregation,
            computed: "typed".to_owned(),
            better: match custom.direction.unwrap_or(Way::Up) {
                Way::Up => Direction::Higher,
                Way::Down => Direction::Lower,
            },
            proves: Vec::new(),
            vanity_for: Vec::new(),
            platforms: Vec::new(),
            needs_tool: None,
            suits: Vec::new(),
            source: custom.source.clone().unwrap_or_default(),
            year: 0,
            defined_by_strategy: true,
            engagement_method: None,
        }
    }

    /// The KPI's name in a language.
    pub fn name(&self, language: crate::model::Language) -> String {
        match &self.own_name {
            Some(name) => name.clone(),
            None => crate::i18n::text(language, &format!("kpi-{}-name", self.id), &[]),
        }
    }

    /// The KPI's formula in a language.
    pub fn formula(&self, language: crate::model::Language) -> String {
        match &self.own_definition {
            Some(definition) => definition.clone(),
            None => crate::i18n::text(language, &format!("kpi-{}-formula", self.id), &[]),
        }
    }

    pub fn citation(&self) -> Citation {
        Citation {
            source: self.source.clone(),
            year: self.year,
        }
    }

    pub fn reported_by(&self, platform: &str) -> bool {
        self.platforms.iter().any(|id| id == platform)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EngagementMethod {
    PerFollower,
    PerReach,
    PerImpression,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Statistic {
    Median,
    Average,
}

/// An engagement benchmark, always with the method that produced it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EngagementBenchmark {
    pub platform: String,
    pub method: EngagementMethod,
    pub statistic: Statistic,
    /// Percent.
    pub value: f64,
    pub population: String,
    pub source: String,
    pub year: u16,
}

impl EngagementBenchmark {
    pub fn citation(&self) -> Citation {
        Citation {
            source: self.source.clone(),
            year: self.year,
        }
    }
}

/// How fast a count can plausibly grow, an editable assumption.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrowthCeiling {
    /// The largest multiple a count keeps up month after month.
    pub monthly_multiple_ceiling: f64,
    /// Baselines below this count as this, as small counts grow by steps.
    pub small_count_floor: f64,
    pub source: String,
    pub year: u16,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BenchmarksFile {
    growth: GrowthCeiling,
    engagement: Vec<EngagementBenchmark>,
}

/// Minutes to produce one post of a format, an editable assumption.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormatEffort {
    pub format: Format,
    pub minutes: f64,
    pub skills: Vec<Skill>,
    pub source: String,
    pub year: u16,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommunityEffort {
    /// Listening and messages on a network, however little it posts.
    pub listening_minutes_per_network_per_week: f64,
    /// Replies and moderation a feed post brings.
    pub minutes_per_post: f64,
    /// Replies a story (an ephemeral post) brings.
    pub minutes_per_story: f64,
    /// What each 1,000 followers add every week.
    pub minutes_per_thousand_followers_per_week: f64,
    pub skills: Vec<Skill>,
    pub source: String,
    pub year: u16,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportingEffort {
    pub minutes_per_week: f64,
    pub minutes_per_network_per_week: f64,
    pub skills: Vec<Skill>,
    pub source: String,
    pub year: u16,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OperationEffort {
    pub kind: OperationKind,
    pub hours_per_week: f64,
    pub skills: Vec<Skill>,
    pub source: String,
    pub year: u16,
}

/// Effort defaults: every figure is an assumption the strategy file can override.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Effort {
    pub formats: Vec<FormatEffort>,
    pub community: CommunityEffort,
    pub reporting: ReportingEffort,
    pub operations: Vec<OperationEffort>,
    pub adaptation: AdaptationEffort,
}

/// Minutes to adapt a piece made for another network (cross-posting), an editable assumption.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdaptationEffort {
    pub minutes_per_post: f64,
    pub source: String,
    pub year: u16,
}

impl Effort {
    pub fn format(&self, format: Format) -> Option<&FormatEffort> {
        self.formats.iter().find(|effort| effort.format == format)
    }

    pub fn operation(&self, kind: OperationKind) -> Option<&OperationEffort> {
        self.operations.iter().find(|effort| effort.kind == kind)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PricedPer {
    Channel,
    User,
    Account,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PlanBilling {
    Annual,
    Monthly,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToolPlan {
    pub name: String,
    pub price: f64,
    pub per: PricedPer,
    pub billing: PlanBilling,
}

/// A community-management tool and its prices when they were read.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToolRecord {
    pub name: String,
    pub category: ToolCategory,
    pub free_tier: String,
    pub prices_read: Day,
    pub currency: String,
    pub source: String,
    pub year: u16,
    pub plans: Vec<ToolPlan>,
}

/// The parameters of the platform-fit score, with the reason for each.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FitModel {
    /// A platform is recommended for a persona at this score or above.
    pub recommended_threshold: f64,
    /// Points added when the persona is known to use the network.
    pub declared_channel_bonus: f64,
    /// Ages assumed for the open band "65+" when averaging over a persona's range.
    pub oldest_age_counted: u8,
    /// The share of the gender gap applied to a "mostly female" or "mostly male" persona.
    pub partial_gender_weight: f64,
    /// Words of an industry or occupation that mark trade buyers (hospitality, retail, crafts,
    /// agriculture), who are reached on consumer networks, in English and French.
    pub trade_words: Vec<String>,
    /// Professions with their own audience figures (`profession` in audiences.toml), and the
    /// words that mark them.
    pub professions: Vec<ProfessionWords>,
    /// The local-search network and the share of consumers who use it to choose a local
    /// business: its estimate for a persona with a place (see `fit`).
    pub local_search: LocalSearch,
    /// How far a local business with little time goes beyond its persona's own networks.
    pub short_list: ShortList,
    pub source: String,
    pub year: u16,
}

/// A local business's short list: where its team's hours are few, a persona with a place keeps
/// the networks it declares, the local-search network, and this many others, the best scored.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShortList {
    pub team_hours_at_most: f64,
    pub other_networks: usize,
}

/// Where people look for a business near them, and how many do.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalSearch {
    pub platform: String,
    /// Percent of consumers who use it to choose a local business.
    pub share: f64,
    pub source: String,
    pub year: u16,
}

impl LocalSearch {
    pub fn citation(&self) -> Citation {
        Citation {
            source: self.source.clone(),
            year: self.year,
        }
    }
}

impl FitModel {
    pub fn citation(&self) -> Citation {
        Citation {
            source: self.source.clone(),
            year: self.year,
        }
    }
}

/// A profession with audience figures, and the words of an industry or occupation that mark it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfessionWords {
    pub profession: String,
    pub words: Vec<String>,
}

/// The AIDA steps that usually go with each stage of the buyer's journey.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AidaByStage {
    pub awareness: Vec<crate::model::Aida>,
    pub consideration: Vec<crate::model::Aida>,
    pub decision: Vec<crate::model::Aida>,
    pub retention: Vec<crate::model::Aida>,
    pub source: String,
    pub year: u16,
}

impl AidaByStage {
    pub fn usual(&self, stage: crate::model::Stage) -> &[crate::model::Aida] {
        use crate::model::Stage;
        match stage {
            Stage::Awareness => &self.awareness,
            Stage::Consideration => &self.consideration,
            Stage::Decision => &self.decision,
            Stage::Retention => &self.retention,
        }
    }
}

/// The method's conventions: when a stage matters, which AIDA step fits which stage.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Method {
    pub stage_that_matters: f64,
    pub stage_source: String,
    pub stage_year: u16,
    pub aida: AidaByStage,
}

/// A legal rule the checker cites, with its reference.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Regulation {
    pub id: String,
    /// Where it applies: the country of the pack it is in, or `EU` for the European Union's
    /// countries (`regulations.toml`).
    #[serde(default)]
    pub scope: String,
    /// The regulated sector it governs: a strategy promoting it in the scope gets the rule's
    /// notice (`regulation-ID-summary` and `-advice`). Rules without it are cited by the
    /// checker's own rules (the Loi Évin's S013 and S019).
    #[serde(default)]
    pub sector: Option<crate::model::Sector>,
    /// Whether the rule forbids aiming at, or appealing to, people under 18.
    #[serde(default)]
    pub minors: bool,
    /// Whether the rule governs how paid influencers disclose an advertisement.
    #[serde(default)]
    pub influencers: bool,
    /// The claims the rule forbids, with phrases that make them in a strategy's copy.
    #[serde(default)]
    pub claims: Vec<ForbiddenClaim>,
    /// The legal reference in English; `regulation-ID-reference` writes it in both languages.
    pub reference: String,
    pub source: String,
    pub solidity: Solidity,
    pub year: u16,
}

/// A claim a rule forbids (`health` for alcohol in the UK), named by `claim-ID`, and phrases
/// (any language, lower case) that make it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ForbiddenClaim {
    pub id: String,
    pub phrases: Vec<String>,
}

impl ForbiddenClaim {
    /// The first phrase of the claim in a text, matched on whole words whatever the case and
    /// punctuation ("Naturally good for you!" holds "good for you").
    pub fn found_in(&self, text: &str) -> Option<&str> {
        let words = |text: &str| -> String {
            let joined: Vec<String> = text
                .to_lowercase()
                .split(|character: char| !character.is_alphanumeric() && character != '\'')
                .filter(|word| !word.is_empty())
                .map(str::to_owned)
                .collect();
            format!(" {} ", joined.join(" "))
        };
        let text = words(&text.replace('’', "'"));
        self.phrases
            .iter()
            .find(|phrase| text.contains(&words(phrase)))
            .map(String::as_str)
    }
}

/// The legal facts of regulated sectors.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Regulations {
    pub eu_countries: Vec<String>,
    pub regulations: Vec<Regulation>,
}

impl Regulations {
    /// Whether a rule's law applies in a country.
    fn applies_in(&self, regulation: &Regulation, country: &str) -> bool {
        regulation.scope == country
            || (regulation.scope == "EU"
                && self.eu_countries.iter().any(|member| member == country))
    }

    /// A rule by id, when it applies in a country.
    pub fn applying(&self, id: &str, country: &str) -> Option<&Regulation> {
        self.regulations
            .iter()
            .find(|regulation| regulation.id == id && self.applies_in(regulation, country))
    }

    /// The rules of a sector that apply in a country (those read generically: see
    /// [`Regulation::sector`]).
    pub fn of_sector<'a>(
        &'a self,
        sector: crate::model::Sector,
        country: &'a str,
    ) -> impl Iterator<Item = &'a Regulation> {
        self.regulations.iter().filter(move |regulation| {
            regulation.sector == Some(sector) && self.applies_in(regulation, country)
        })
    }

    /// The influencer-disclosure rules read generically that apply in a country.
    pub fn on_influencers<'a>(&'a self, country: &'a str) -> impl Iterator<Item = &'a Regulation> {
        self.regulations.iter().filter(move |regulation| {
            regulation.influencers && self.applies_in(regulation, country)
        })
    }
}

/// Limits of the schedulers' bulk upload files.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VendorLimits {
    /// Hootsuite's bulk composer takes at most this many posts per file.
    pub hootsuite_max_rows: usize,
    pub source: String,
    pub year: u16,
}

/// Editable defaults of the editorial calendar.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarDefaults {
    pub default_timezone: String,
    pub operation_posts_per_week: f64,
    pub source: String,
    pub year: u16,
    /// Posting times (`HH:MM`) by network, used in turn.
    pub times: std::collections::BTreeMap<String, Vec<crate::values::PostingTime>>,
    /// Posting times of networks without their own (a strategy's custom networks).
    pub default_times: Vec<crate::values::PostingTime>,
    /// What the schedulers' bulk files accept.
    pub vendors: VendorLimits,
    /// Days a professional network's page posts on, unless its entry says otherwise.
    pub professional_days: Vec<crate::model::Weekday>,
    /// Days the other networks post on, unless their entry says otherwise.
    pub other_days: Vec<crate::model::Weekday>,
    /// At most this many posts a day on one network, operations included.
    pub max_posts_per_day: u8,
}

impl CalendarDefaults {
    pub fn citation(&self) -> Citation {
        Citation {
            source: self.source.clone(),
            year: self.year,
        }
    }
}

#[derive(Deserialize)]
struct PlatformsFile {
    platforms: Vec<Platform>,
}

#[derive(Deserialize)]
struct AudiencesFile {
    audience: Vec<AudienceFigure>,
}

#[derive(Deserialize)]
struct KpisFile {
    kpis: Vec<Kpi>,
}

#[derive(Deserialize)]
struct ToolsFile {
    tools: Vec<ToolRecord>,
}

/// How English writes a date in a country.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateOrder {
    /// 31 January 2027.
    DayFirst,
    /// January 31, 2027.
    MonthFirst,
}

/// What Tomster knows of a country: its pack, `knowledge/countries/CODE/` (see the README
/// there). Its audience figures and rules join the knowledge base's lists.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryPack {
    /// The time zone of a strategy without one (IANA name).
    pub timezone: String,
    pub english_dates: DateOrder,
    /// The regions offered for `strategy.region` (ISO 3166-2 codes, named by `region-CODE`).
    #[serde(default)]
    pub regions: Vec<String>,
    /// The public holidays the calendar skips.
    #[serde(default)]
    pub holidays: Option<crate::holidays::CountryHolidays>,
    /// A region's whole list of holidays, where it has its own (`GB-SCT`).
    #[serde(default)]
    pub region_holidays: BTreeMap<String, crate::holidays::CountryHolidays>,
    /// What the country changes in a language's formats (`[formats.fr]`: its thousands
    /// separator, its currency's place...), by language code.
    #[serde(default)]
    pub formats: BTreeMap<String, crate::i18n::FormatsChange>,
    /// The languages' formats with the country's changes (set when the packs are read).
    #[serde(skip)]
    changed_formats: Vec<(crate::model::Language, crate::i18n::NumberFormats)>,
    /// Whether the pack has audience figures (set from its `audiences.toml`).
    #[serde(skip)]
    pub has_audiences: bool,
}

impl CountryPack {
    /// A language's formats as the country changes them, if it changes them.
    pub fn formats_in(
        &self,
        language: crate::model::Language,
    ) -> Option<&crate::i18n::NumberFormats> {
        self.changed_formats
            .iter()
            .find(|(of, _)| *of == language)
            .map(|(_, formats)| formats)
    }
}

/// Everything Tomster knows, loaded once from the embedded files.
#[derive(Clone, Debug)]
pub struct Knowledge {
    pub platforms: Vec<Platform>,
    pub audiences: Vec<AudienceFigure>,
    pub kpis: Vec<Kpi>,
    pub engagement: Vec<EngagementBenchmark>,
    pub growth: GrowthCeiling,
    pub effort: Effort,
    pub tools: Vec<ToolRecord>,
    pub fit: FitModel,
    pub calendar: CalendarDefaults,
    /// Public holidays by country and by region with its own (`GB-SCT`), from the country
    /// packs, which the calendar skips.
    pub holidays: crate::holidays::Holidays,
    /// The country packs, by ISO 3166-1 code.
    pub countries: BTreeMap<String, CountryPack>,
    /// The unions' rules (`regulations.toml`) and every country pack's.
    pub regulations: Regulations,
    pub method: Method,
}

/// The embedded files, by name, so errors and tests can name them.
pub const EMBEDDED_FILES: &[(&str, &str)] = &[
    (
        "platforms.toml",
        include_str!("../knowledge/platforms.toml"),
    ),
    ("kpis.toml", include_str!("../knowledge/kpis.toml")),
    (
        "benchmarks.toml",
        include_str!("../knowledge/benchmarks.toml"),
    ),
    ("effort.toml", include_str!("../knowledge/effort.toml")),
    ("tools.toml", include_str!("../knowledge/tools.toml")),
    ("fit.toml", include_str!("../knowledge/fit.toml")),
    ("calendar.toml", include_str!("../knowledge/calendar.toml")),
    (
        "regulations.toml",
        include_str!("../knowledge/regulations.toml"),
    ),
    ("method.toml", include_str!("../knowledge/method.toml")),
];

// `COUNTRY_FILES`: every file of every folder of `knowledge/countries/`, found by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/country_files.rs"));

/// Every embedded text: the shared files, then the country packs'.
pub fn embedded_texts() -> impl Iterator<Item = &'static str> {
    EMBEDDED_FILES
        .iter()
        .map(|(_, text)| *text)
        .chain(COUNTRY_FILES.iter().map(|(_, _, text)| *text))
}

fn embedded_file(name: &str) -> &'static str {
    EMBEDDED_FILES
        .iter()
        .find(|(file, _)| *file == name)
        .map(|(_, text)| *text)
        .unwrap_or("")
}

fn parse_file<T: for<'de> Deserialize<'de>>(name: &str) -> Result<T, String> {
    toml::from_str(embedded_file(name)).map_err(|error| format!("knowledge/{name}: {error}"))
}

/// The country packs read together: their records, each stamped with its country.
struct CountryPacks {
    countries: BTreeMap<String, CountryPack>,
    audiences: Vec<AudienceFigure>,
    regulations: Vec<Regulation>,
    holidays: crate::holidays::Holidays,
}

impl CountryPacks {
    /// Reads every pack's files; an error names the file and the place. A record that names
    /// another country than its folder's is an error, so a figure is never filed under the
    /// wrong country.
    fn parse(files: &[(&str, &str, &str)]) -> Result<CountryPacks, String> {
        let mut packs = CountryPacks {
            countries: BTreeMap::new(),
            audiences: Vec::new(),
            regulations: Vec::new(),
            holidays: BTreeMap::new(),
        };
        let error = |code: &str, name: &str, message: String| {
            format!("knowledge/countries/{code}/{name}: {message}")
        };
        for (code, name, text) in files {
            match *name {
                "country.toml" => {
                    let mut pack: CountryPack =
                        toml::from_str(text).map_err(|e| error(code, name, e.to_string()))?;
                    for (tag, change) in &pack.formats {
                        let language = crate::model::Language::parse(tag).ok_or_else(|| {
                            error(
                                code,
                                name,
                                format!("formats.{tag}: not a language of Tomster"),
                            )
                        })?;
                        let changed = crate::i18n::language_formats(language).changed(change);
                        pack.changed_formats.push((language, changed));
                    }
                    if let Some(region) = pack
                        .regions
                        .iter()
                        .chain(pack.region_holidays.keys())
                        .find(|region| !region.starts_with(&format!("{code}-")))
                    {
                        return Err(error(
                            code,
                            name,
                            format!("{region} is not a region of {code}"),
                        ));
                    }
                    if let Some(holidays) = &pack.holidays {
                        packs.holidays.insert((*code).to_owned(), holidays.clone());
                    }
                    for (region, holidays) in &pack.region_holidays {
                        packs.holidays.insert(region.clone(), holidays.clone());
                    }
                    packs.countries.insert((*code).to_owned(), pack);
                }
                "audiences.toml" => {
                    let file: AudiencesFile =
                        toml::from_str(text).map_err(|e| error(code, name, e.to_string()))?;
                    for mut figure in file.audience {
                        if !figure.country.is_empty() && figure.country != *code {
                            return Err(error(
                                code,
                                name,
                                format!("a figure of {}", figure.country),
                            ));
                        }
                        figure.country = (*code).to_owned();
                        packs.audiences.push(figure);
                    }
                }
                "regulations.toml" => {
                    let file: PackRegulations =
                        toml::from_str(text).map_err(|e| error(code, name, e.to_string()))?;
                    for mut regulation in file.regulations {
                        if !regulation.scope.is_empty() && regulation.scope != *code {
                            return Err(error(
                                code,
                                name,
                                format!("a rule of {}", regulation.scope),
                            ));
                        }
                        regulation.scope = (*code).to_owned();
                        packs.regulations.push(regulation);
                    }
                }
                other => return Err(error(code, other, "not a file a pack holds".to_owned())),
            }
        }
        for figure in &packs.audiences {
            match packs.countries.get_mut(&figure.country) {
                Some(pack) => pack.has_audiences = true,
                None => {
                    return Err(error(&figure.country, "country.toml", "missing".to_owned()));
                }
            }
        }
        if let Some(code) = packs
            .regulations
            .iter()
            .map(|regulation| &regulation.scope)
            .find(|code| !packs.countries.contains_key(*code))
        {
            return Err(error(code, "country.toml", "missing".to_owned()));
        }
        Ok(packs)
    }
}

/// A pack's `regulations.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackRegulations {
    regulations: Vec<Regulation>,
}

impl Knowledge {
    /// Parses the embedded files; an error names the file and the place.
    pub fn parse_embedded() -> Result<Knowledge, String> {
        let platforms: PlatformsFile = parse_file("platforms.toml")?;
        let kpis: KpisFile = parse_file("kpis.toml")?;
        let benchmarks: BenchmarksFile = parse_file("benchmarks.toml")?;
        let effort: Effort = parse_file("effort.toml")?;
        let tools: ToolsFile = parse_file("tools.toml")?;
        let fit: FitModel = parse_file("fit.toml")?;
        let calendar: CalendarDefaults = parse_file("calendar.toml")?;
        let mut regulations: Regulations = parse_file("regulations.toml")?;
        let packs = CountryPacks::parse(COUNTRY_FILES)?;
        regulations.regulations.extend(packs.regulations);
        let method: Method = parse_file("method.toml")?;
        Ok(Knowledge {
            platforms: platforms.platforms,
            audiences: packs.audiences,
            kpis: kpis.kpis,
            engagement: benchmarks.engagement,
            growth: benchmarks.growth,
            effort,
            tools: tools.tools,
            fit,
            calendar,
            holidays: packs.holidays,
            countries: packs.countries,
            regulations,
            method,
        })
    }

    /// The knowledge base embedded in this binary.
    ///
    /// The files are part of the program, not user input, and a test parses them, so a failure
    /// here is a build defect: it stops the program with the parse error.
    pub fn embedded() -> &'static Knowledge {
        static KNOWLEDGE: OnceLock<Knowledge> = OnceLock::new();
        KNOWLEDGE.get_or_init(|| match Knowledge::parse_embedded() {
            Ok(knowledge) => knowledge,
            Err(error) => panic!("the embedded knowledge base is invalid: {error}"),
        })
    }

    /// A country's pack, if Tomster has one.
    pub fn country(&self, code: &str) -> Option<&CountryPack> {
        self.countries.get(code)
    }

    pub fn platform(&self, id: &str) -> Option<&Platform> {
        self.platforms.iter().find(|platform| platform.id == id)
    }

    pub fn kpi(&self, id: &str) -> Option<&Kpi> {
        self.kpis.iter().find(|kpi| kpi.id == id)
    }

    /// The known KPI id closest to a misspelt one, when one is close enough to be the intent.
    pub fn nearest_kpi(&self, id: &str) -> Option<&str> {
        nearest(id, self.kpis.iter().map(|kpi| kpi.id.as_str()))
    }

    /// The display name of a network, or its id for an unknown one.
    pub fn platform_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.platform(id)
            .map(|platform| platform.name.as_str())
            .unwrap_or(id)
    }
}

/// The candidate closest to `wanted` by edit distance, if it is within a third of its length
/// (`conversion` -> `conversions`, `engagment_rate` -> `engagement_rate_reach` is too far).
pub fn nearest<'a>(wanted: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let wanted_lower = wanted.to_lowercase();
    let limit = (wanted.chars().count() / 3).max(2);
    candidates
        .map(|candidate| {
            let by_edit = strsim::damerau_levenshtein(&wanted_lower, candidate);
            // A known id that the written one starts or ends (`rate` in `conversion_rate`)
            // is a good guess too.
            let by_part =
                if candidate.contains(wanted_lower.as_str()) || wanted_lower.contains(candidate) {
                    limit
                } else {
                    usize::MAX
                };
            (by_edit.min(by_part), candidate)
        })
        .filter(|(distance, _)| *distance <= limit)
        .min()
        .map(|(_, candidate)| candidate)
}

fn empty_category_as_none<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<ToolCategory>, D::Error> {
    let text = String::deserialize(deserializer)?;
    if text.is_empty() {
        return Ok(None);
    }
    ToolCategory::parse(&text)
        .map(Some)
        .ok_or_else(|| serde::de::Error::custom(format!("unknown tool category `{text}`")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_knowledge_parses() {
        let knowledge = Knowledge::parse_embedded().unwrap();
        assert_eq!(knowledge.platforms.len(), 14);
        assert!(knowledge.kpis.len() >= 30);
        assert!(!knowledge.audiences.is_empty());
    }

    /// Adding a country is adding files: a new folder's figures, holidays and rules join the
    /// knowledge base under its code, and a record filed under the wrong folder is refused.
    #[test]
    fn a_country_is_added_with_files_alone() {
        let country = "timezone = \"Asia/Tokyo\"\nenglish_dates = \"day-first\"\nregions = [\"JP-13\"]\n\
                       formats = { en = { currency_symbols = { JPY = \"¥\" } } }\n\
                       [holidays]\nsource = \"National holidays act\"\nyear = 2024\n\
                       days = [{ name = \"New Year\", date = \"01-01\" }]\n";
        let audiences = "[[audience]]\nplatform = \"line\"\npopulation = \"adults\"\ndimension = \"all\"\n\
                         share = 80.0\nsource = \"A survey\"\nyear = 2025\n";
        let rules = "[[regulations]]\nid = \"jp-alcohol\"\nsector = \"alcohol\"\nreference = \"A law\"\n\
                     source = \"The law\"\nsolidity = \"primary\"\nyear = 2020\n";
        let mut files: Vec<(&str, &str, &str)> = COUNTRY_FILES.to_vec();
        files.extend([
            ("JP", "country.toml", country),
            ("JP", "audiences.toml", audiences),
            ("JP", "regulations.toml", rules),
        ]);
        let packs = CountryPacks::parse(&files).unwrap();
        let japan = &packs.countries["JP"];
        assert!(japan.has_audiences);
        assert_eq!(japan.timezone, "Asia/Tokyo");
        let english = japan.formats_in(crate::model::Language::English).unwrap();
        assert_eq!(english.currency_symbols["JPY"], "¥");
        assert_eq!(
            english.currency_symbols["GBP"], "£",
            "the language's symbols stay"
        );
        assert!(japan.formats_in(crate::model::Language::French).is_none());
        assert!(packs.holidays.contains_key("JP"));
        assert!(
            packs
                .audiences
                .iter()
                .any(|figure| figure.country == "JP" && figure.platform == "line")
        );
        assert!(
            packs
                .regulations
                .iter()
                .any(|rule| rule.id == "jp-alcohol" && rule.scope == "JP")
        );
        // The embedded packs keep their own countries.
        assert!(packs.audiences.iter().any(|figure| figure.country == "GB"));

        let misfiled = audiences.replace("[[audience]]\n", "[[audience]]\ncountry = \"US\"\n");
        let error = CountryPacks::parse(&[
            ("JP", "country.toml", country),
            ("JP", "audiences.toml", &misfiled),
        ])
        .err()
        .unwrap();
        assert!(error.contains("countries/JP/audiences.toml"), "{error}");
        let orphan = CountryPacks::parse(&[("JP", "audiences.toml", audiences)])
            .err()
            .unwrap();
        assert!(orphan.contains("JP/country.toml"), "{orphan}");
        let foreign_region = country.replace("JP-13", "FR-IDF");
        assert!(CountryPacks::parse(&[("JP", "country.toml", &foreign_region)]).is_err());
    }

    #[test]
    fn every_record_is_sourced() {
        let knowledge = Knowledge::parse_embedded().unwrap();
        let mut citations = Vec::new();
        citations.extend(knowledge.audiences.iter().map(AudienceFigure::citation));
        citations.extend(knowledge.kpis.iter().map(Kpi::citation));
        citations.extend(
            knowledge
                .engagement
                .iter()
                .map(EngagementBenchmark::citation),
        );
        citations.extend(knowledge.platforms.iter().map(Platform::relevance_citation));
        citations.extend(knowledge.platforms.iter().map(Platform::cadence_citation));
        citations.extend(knowledge.platforms.iter().filter_map(|platform| {
            let stories = platform.stories.as_ref()?;
            Some(Citation {
                source: stories.source.clone(),
                year: stories.year,
            })
        }));
        citations.extend(knowledge.effort.formats.iter().map(|effort| Citation {
            source: effort.source.clone(),
            year: effort.year,
        }));
        citations.extend(knowledge.tools.iter().map(|tool| Citation {
            source: tool.source.clone(),
            year: tool.year,
        }));
        citations.push(knowledge.fit.citation());
        citations.extend(
            knowledge
                .regulations
                .regulations
                .iter()
                .map(|regulation| Citation {
                    source: regulation.source.clone(),
                    year: regulation.year,
                }),
        );
        citations.extend(knowledge.platforms.iter().map(Platform::min_age_citation));
        citations.push(Citation {
            source: knowledge.calendar.source.clone(),
            year: knowledge.calendar.year,
        });
        citations.push(Citation {
            source: knowledge.growth.source.clone(),
            year: knowledge.growth.year,
        });
        citations.push(Citation {
            source: knowledge.method.aida.source.clone(),
            year: knowledge.method.aida.year,
        });
        for citation in citations {
            // Every source is written in both languages (i18n/*/knowledge.ftl).
            assert!(
                crate::i18n::has_key(&crate::i18n::source_key(&citation.source)),
                "no translation for the source {:?} ({})",
                citation.source,
                crate::i18n::source_key(&citation.source)
            );
            assert!(!citation.source.trim().is_empty(), "a record has no source");
            assert!((1890..=2030).contains(&citation.year), "{citation:?}");
        }
    }

    #[test]
    fn every_knowledge_text_is_written_in_both_languages() {
        use crate::i18n::{has_key, source_key};
        let knowledge = Knowledge::parse_embedded().unwrap();
        for kpi in &knowledge.kpis {
            for part in ["name", "formula"] {
                let key = format!("kpi-{}-{part}", kpi.id);
                assert!(has_key(&key), "{key}");
            }
        }
        for figure in &knowledge.audiences {
            assert!(
                has_key(&source_key(&figure.population)),
                "{}",
                figure.population
            );
        }
        for regulation in &knowledge.regulations.regulations {
            let key = format!("regulation-{}-reference", regulation.id);
            assert!(has_key(&key), "{key}");
        }
        assert!(has_key("effort-note"));
    }

    #[test]
    fn the_untraceable_advertising_claim_is_never_shipped() {
        // FACTS.md §7: "1,200 ads a day versus 200 in the 1980s" has no traceable source.
        for (name, text) in EMBEDDED_FILES {
            assert!(!text.contains("1,200") && !text.contains("1200 "), "{name}");
        }
    }

    #[test]
    fn every_reported_platform_and_kpi_reference_exists() {
        let knowledge = Knowledge::parse_embedded().unwrap();
        for kpi in &knowledge.kpis {
            for platform in &kpi.platforms {
                assert!(
                    knowledge.platform(platform).is_some(),
                    "{} -> {platform}",
                    kpi.id
                );
            }
        }
        for figure in &knowledge.audiences {
            assert!(
                knowledge.platform(&figure.platform).is_some(),
                "{}",
                figure.platform
            );
        }
        for benchmark in &knowledge.engagement {
            assert!(knowledge.platform(&benchmark.platform).is_some());
        }
    }
}
