//! The strategy document: one type for the seven TOMSTER steps.
//!
//! This is the contract shared by the TOML file, the JSON API and the database. Almost every
//! field is optional because a strategy is built gradually: a missing answer is the checker's
//! business, not a load error. Only the strategy's name and period, and the ids that other
//! entries refer to, are required.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

use crate::values::{
    Country, Currency, Day, Figure, HoursPerWeek, Id, KpiId, Minutes, Money, PaceRatio, PerMonth,
    PerWeek, PlatformId, PostingTime, Seasonality, Share, Target, TimeZoneName, WebAddress,
};

/// Declares a closed vocabulary: its serde names, its list of values and its text form.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant),+
        }

        impl $name {
            /// Every value, in the order of the documentation.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The identifier written in files (`short_video`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// Reads the identifier written in files.
            pub fn parse(text: &str) -> Option<$name> {
                match text {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str(self.as_str())
            }
        }
    };
}

vocabulary!(
    /// The language of the document and its diagnostics.
    Language { French = "fr", English = "en" }
);

impl Language {
    /// A colon as the language writes it: French puts a no-break space before it.
    pub fn colon(self) -> &'static str {
        match self {
            Language::English => ":",
            Language::French => "\u{a0}:",
        }
    }
}

vocabulary!(
    /// Whether a persona buys for themselves (`b2c`), for a company (`b2b`), or is the user,
    /// member or citizen of a public service or a non-profit (`public`).
    Segment { B2c = "b2c", B2b = "b2b", Public = "public" }
);

vocabulary!(
    /// The gender mix of a persona.
    GenderMix {
        Female = "female",
        Male = "male",
        MostlyFemale = "mostly_female",
        MostlyMale = "mostly_male",
        Mixed = "mixed",
    }
);

vocabulary!(
    /// Forrester's Social Technographics ladder.
    Technographic {
        Creators = "creators",
        Conversationalists = "conversationalists",
        Critics = "critics",
        Collectors = "collectors",
        Joiners = "joiners",
        Spectators = "spectators",
        Inactives = "inactives",
    }
);

vocabulary!(
    /// The size of a B2B persona's company, in employees.
    CompanySize {
        Micro = "1-10",
        Small = "11-50",
        Medium = "51-250",
        Large = "251-1000",
        Enterprise = "1000+",
    }
);

vocabulary!(
    /// Why the business is on social media.
    ObjectiveKind {
        Awareness = "awareness",
        Engagement = "engagement",
        Traffic = "traffic",
        Leads = "leads",
        Sales = "sales",
        Retention = "retention",
        CustomerService = "customer_service",
        EmployerBrand = "employer_brand",
    }
);

vocabulary!(
    /// A stage of the buyer's journey.
    Stage {
        Awareness = "awareness",
        Consideration = "consideration",
        Decision = "decision",
        Retention = "retention",
    }
);

vocabulary!(
    /// A step of the AIDA model.
    Aida { Attention = "attention", Interest = "interest", Desire = "desire", Action = "action" }
);

vocabulary!(
    /// A kind of post.
    Format {
        Text = "text",
        Image = "image",
        Carousel = "carousel",
        ShortVideo = "short_video",
        LongVideo = "long_video",
        Story = "story",
        Live = "live",
        Article = "article",
        Poll = "poll",
        Document = "document",
    }
);

vocabulary!(
    /// A punctual operation of the strategy.
    OperationKind {
        SearchAds = "search_ads",
        PaidSocial = "paid_social",
        Affiliation = "affiliation",
        Influence = "influence",
        Contest = "contest",
        SeriousGame = "serious_game",
        Event = "event",
        Emailing = "emailing",
        Other = "other",
    }
);

vocabulary!(
    /// What a community-management tool is for.
    ToolCategory {
        Scheduling = "scheduling",
        Listening = "listening",
        Design = "design",
        Analytics = "analytics",
        Ads = "ads",
        Crm = "crm",
        Other = "other",
    }
);

vocabulary!(
    /// How often a KPI is looked at.
    Review { Daily = "daily", Weekly = "weekly", Monthly = "monthly" }
);

vocabulary!(
    /// How a KPI's values combine over time: a level is read at a date (followers, a total of
    /// reviews, a rating), a flow adds up (bookings, new members, views).
    Measure { Level = "level", Flow = "flow" }
);

vocabulary!(
    /// The period an objective's target is a value of: "40 tastings a month" is a target per
    /// month, where "30 meetings in the year" adds the months up.
    TargetPeriod { Week = "week", Month = "month" }
);

vocabulary!(
    /// A day of the week, on which a network posts.
    Weekday {
        Monday = "mon",
        Tuesday = "tue",
        Wednesday = "wed",
        Thursday = "thu",
        Friday = "fri",
        Saturday = "sat",
        Sunday = "sun",
    }
);

impl Weekday {
    /// The day of the week of a date.
    pub fn of(day: Day) -> Weekday {
        let index = usize::try_from(day.date().weekday().to_monday_zero_offset()).unwrap_or(0);
        Weekday::ALL.get(index).copied().unwrap_or(Weekday::Monday)
    }
}

vocabulary!(
    /// A skill the plan needs and a team member, provider or training brings.
    Skill {
        Copywriting = "copywriting",
        Photo = "photo",
        Video = "video",
        Design = "design",
        CommunityManagement = "community_management",
        Analytics = "analytics",
        Ads = "ads",
        Strategy = "strategy",
    }
);

vocabulary!(
    /// What a KPI's figures count: the unit a target is shown in.
    Unit {
        Count = "count",
        Percent = "percent",
        Currency = "currency",
        Ratio = "ratio",
        Minutes = "minutes",
    }
);

vocabulary!(
    /// Which way a custom KPI must move to be better.
    Direction { Up = "up", Down = "down" }
);

vocabulary!(
    /// A sector whose advertising the law restricts: the checker then cites the rules that apply.
    Sector {
        Alcohol = "alcohol",
        HealthProducts = "health_products",
        FinancialServices = "financial_services",
        Gambling = "gambling",
        FoodForChildren = "food_for_children",
    }
);

vocabulary!(
    /// How an outsourcing cost is billed.
    Billing { Monthly = "monthly", Once = "once" }
);

/// A whole strategy, as written in a file.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Tomster strategy",
    description = "A social media strategy, by the seven steps of the TOMSTER method."
)]
pub struct StrategyDocument {
    /// The version of the file format (see `load::SCHEMA_VERSION`); a file without it is of
    /// version 1, and older versions are migrated when they are read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub schema_version: Option<u32>,
    pub strategy: StrategyInfo,
    /// Target: who exactly we talk to.
    #[serde(default)]
    pub personas: Vec<Persona>,
    /// Objectives: why we are on social media, and how much.
    #[serde(default)]
    pub objectives: Vec<Objective>,
    /// Message: the content pillars and their share of the posts.
    #[serde(default)]
    pub pillars: Vec<Pillar>,
    /// Message: what we say to each persona at each stage.
    #[serde(default)]
    pub messages: Vec<Message>,
    /// Strategy: the everyday presence per network.
    #[serde(default)]
    pub always_on: Vec<AlwaysOn>,
    /// Strategy: punctual operations.
    #[serde(default)]
    pub operations: Vec<Operation>,
    /// Technologies: the networks chosen, and why.
    #[serde(default)]
    pub platforms: Vec<ChosenPlatform>,
    /// Technologies: the community-management tools.
    #[serde(default)]
    pub tools: Vec<Tool>,
    /// Evaluate: the KPIs followed.
    #[serde(default)]
    pub kpis: Vec<KpiPlan>,
    /// Evaluate: the business's own metrics, beside the catalogue's (booked tastings,
    /// registrations, pipeline...), usable wherever a KPI id is.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub custom_kpis: Vec<CustomKpi>,
    /// Technologies: networks outside the catalogue (Discord, a forum, a local platform),
    /// usable wherever a network id is: planned, costed and calendared like the others.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub custom_networks: Vec<CustomNetwork>,
    /// Resources: budget, team, outsourcing, training.
    #[serde(default)]
    pub resources: Resources,
    /// Editable effort assumptions that override the knowledge base's defaults.
    #[serde(default)]
    pub assumptions: Assumptions,
    /// What the client's document holds: the chapters, the points to settle, an approval
    /// block.
    #[serde(default, skip_serializing_if = "DocumentOptions::is_default")]
    pub document: DocumentOptions,
}

vocabulary!(
    /// A chapter of the strategy document the consultant can leave out.
    DocumentSection {
        Summary = "summary",
        Target = "target",
        Objectives = "objectives",
        Message = "message",
        Strategy = "strategy",
        Technologies = "technologies",
        Evaluate = "evaluate",
        Resources = "resources",
        Recommendations = "recommendations",
        Plan = "plan",
        Calendar = "calendar",
    }
);

/// The consultant's choices for the document the client receives (`[document]`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentOptions {
    /// The chapters to include, in the document's own order (default: every one). The sources
    /// are always there: every figure the chapters cite is listed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sections: Option<Vec<DocumentSection>>,
    /// Whether the checker's findings go in an appendix of points to settle (default: yes);
    /// `false` keeps them out of the client's copy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub findings: Option<bool>,
    /// Who approves the strategy: an approval page with each name and role, a date and a
    /// signature line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub approval: Vec<Approver>,
}

impl DocumentOptions {
    fn is_default(&self) -> bool {
        *self == DocumentOptions::default()
    }

    /// Whether the document includes a chapter.
    pub fn includes(&self, section: DocumentSection) -> bool {
        self.sections
            .as_ref()
            .is_none_or(|sections| sections.contains(&section))
    }

    /// Whether the points to settle are in the document.
    pub fn with_findings(&self) -> bool {
        self.findings.unwrap_or(true)
    }
}

/// Someone who signs the strategy off.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Approver {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// The strategy's identity and period.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StrategyInfo {
    /// A stable identifier: calendar events are named after it, so renaming the strategy does
    /// not duplicate them in calendar apps (default: made from the name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Id>,
    pub name: String,
    /// The client: the organisation the strategy is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// Who prepared the strategy (an agency, a consultant), named on the document's cover.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prepared_by: Option<String>,
    /// A logo on the document's cover: a PNG, JPEG or SVG file, its path relative to the
    /// strategy file (the command line reads it; at most 2 MiB).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
    /// The document's accent colour, `#RRGGBB` (default: a blue readable by colour-blind
    /// readers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accent_colour: Option<crate::values::Colour>,
    /// The language of the document and the diagnostics.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<Currency>,
    /// The country most personas live in, for audience figures and the law that applies
    /// (defaults from the language).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Country>,
    /// The part of the country the business is in, an ISO 3166-2 code (`GB-SCT`, `FR-IDF`):
    /// its public holidays where they differ from the country's (Scotland's, Northern
    /// Ireland's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<crate::values::Region>,
    /// A regulated sector the strategy promotes (alcohol, health products, financial services,
    /// gambling, food for children): the checker cites the legal rules that apply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<Sector>,
    pub start: Day,
    pub end: Day,
    /// The time zone of the posting times in the calendar (default: Europe/Paris).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<TimeZoneName>,
    /// Owned media the networks lead to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<WebAddress>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blog: Option<WebAddress>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newsletter: Option<String>,
}

/// An age range in years, both ends included.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AgeRange {
    #[serde(deserialize_with = "age_in_years")]
    #[schemars(range(max = 120))]
    pub min: u8,
    #[serde(deserialize_with = "age_in_years")]
    #[schemars(range(max = 120))]
    pub max: u8,
}

/// The oldest age a persona's range may name.
pub const OLDEST_AGE: u8 = 120;

fn age_in_years<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u8, D::Error> {
    let age = i64::deserialize(deserializer)?;
    u8::try_from(age)
        .ok()
        .filter(|age| *age <= OLDEST_AGE)
        .ok_or_else(|| {
            serde::de::Error::custom(
                crate::i18n::Coded::new(
                    "load-age",
                    &[("oldest", OLDEST_AGE.to_string()), ("age", age.to_string())],
                )
                .encode(),
            )
        })
}

/// The most people one team line stands for.
const MOST_PEOPLE: i64 = 1000;

/// A team line's number of people: 1 to [`MOST_PEOPLE`] (none is no line at all).
fn people_count<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u32>, D::Error> {
    let Some(count) = Option::<i64>::deserialize(deserializer)? else {
        return Ok(None);
    };
    if (1..=MOST_PEOPLE).contains(&count) {
        return Ok(u32::try_from(count).ok());
    }
    Err(serde::de::Error::custom(
        crate::i18n::Coded::new(
            "load-number-between",
            &[
                (
                    "what",
                    crate::i18n::Coded::key_argument("value-people-count"),
                ),
                ("minimum", "1".to_owned()),
                ("maximum", MOST_PEOPLE.to_string()),
                ("value", count.to_string()),
            ],
        )
        .encode(),
    ))
}

/// How a persona's attention is spread over the buyer's journey.
#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StageMix {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub awareness: Option<Share>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consideration: Option<Share>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Share>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<Share>,
}

impl StageMix {
    /// The share of a stage, zero when not given.
    pub fn share(&self, stage: Stage) -> f64 {
        let share = match stage {
            Stage::Awareness => self.awareness,
            Stage::Consideration => self.consideration,
            Stage::Decision => self.decision,
            Stage::Retention => self.retention,
        };
        share.map(Share::get).unwrap_or(0.0)
    }

    pub fn total(&self) -> f64 {
        Stage::ALL.iter().map(|stage| self.share(*stage)).sum()
    }
}

/// Target: one persona.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    pub id: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segment: Option<Segment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<AgeRange>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<GenderMix>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// The persona's country, for audience figures (defaults to the strategy's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Country>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occupation: Option<String>,
    /// B2B: the industry of the persona's company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry: Option<String>,
    /// B2B: the size of the persona's company; an empty string means unknown.
    #[serde(
        default,
        deserialize_with = "empty_as_none",
        skip_serializing_if = "Option::is_none"
    )]
    pub company_size: Option<CompanySize>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pain_points: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objections: Vec<String>,
    /// Networks the persona is known to use.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<PlatformId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub technographics: Vec<Technographic>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage_mix: Option<StageMix>,
    /// 1 is the most important persona.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<u8>,
}

impl Persona {
    /// The persona's name, or its id when it has none.
    pub fn label(&self) -> &str {
        self.name
            .as_deref()
            .filter(|name| !name.trim().is_empty())
            .unwrap_or(self.id.as_str())
    }
}

/// Objectives: one objective.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    pub id: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ObjectiveKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
    /// Ids of the personas the objective is about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub personas: Vec<Id>,
    /// The KPI that proves the objective.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kpi: Option<KpiId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub platforms: Vec<PlatformId>,
    /// The KPI's value at the start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Figure>,
    /// The level to reach (`1200`), a gain on the baseline (`"+500"`), or a change in percent
    /// (`"+30 %"`): level or change, written explicitly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Day>,
    /// For a KPI that adds up: the target is its value over one week or one month (`"month"`
    /// for "40 tastings a month"), not its total from the start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per: Option<TargetPeriod>,
    /// How the progress is spread over the year: twelve monthly weights, January first. The
    /// expected path follows them; without them it is a straight line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seasonality: Option<Seasonality>,
}

impl Objective {
    pub fn baseline_value(&self) -> Option<f64> {
        self.baseline.map(Figure::get)
    }

    /// The level the KPI must reach: the target, or the baseline moved by a relative target.
    pub fn target_level(&self) -> Option<f64> {
        self.target?.level(self.baseline_value())
    }
}

/// Message: a content pillar, a theme that recurs in the posts.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pillar {
    pub id: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The pillar's share of the posts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<Share>,
}

/// Message: what is said to one persona at one stage.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Message {
    /// The id of the persona the message speaks to.
    pub persona: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<Stage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aida: Option<Aida>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_message: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub proof_points: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub content_types: Vec<Format>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_to_action: Option<String>,
    /// Ids of the pillars the message belongs to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pillars: Vec<Id>,
    /// The networks the message is written for (default: every network of its persona).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub networks: Vec<PlatformId>,
}

/// Strategy: the everyday presence on one network.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AlwaysOn {
    pub platform: PlatformId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posts_per_week: Option<PerWeek>,
    /// Posts per week by format.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub formats: BTreeMap<Format, PerWeek>,
    /// Share of the posts by pillar id (defaults to the pillars' shares).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub pillars: BTreeMap<Id, Share>,
    /// Posting times, used in turn (default: the knowledge base's times for the network).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub times: Vec<PostingTime>,
    /// Paid promotion of the everyday posts (boosts, always-on ads), per month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ad_budget_per_month: Option<Money>,
    /// The network whose pieces these posts adapt (cross-posting): each post that has a piece
    /// of the same format there costs the adaptation time, not a new production.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adapted_from: Option<PlatformId>,
    /// Days of the week this network posts on (default: Monday to Friday on a professional
    /// network, every day elsewhere). Operations on the network follow them too.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub days: Vec<Weekday>,
    /// Post on the public holidays of the strategy's country too (default: no).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_on_holidays: Option<bool>,
    /// At most this many posts a day on this network, operations included (default in the
    /// knowledge base).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_posts_per_day: Option<u8>,
}

impl AlwaysOn {
    /// Posts per week: the declared cadence, or else the sum of the formats mix.
    pub fn cadence(&self) -> f64 {
        match self.posts_per_week {
            Some(posts) => posts.get(),
            None => self.formats.values().map(|posts| posts.get()).sum(),
        }
    }

    /// Feed posts per week: the cadence without the stories, which disappear within a day
    /// and are counted against their own rhythm, not the feed's (Instagram's head advised
    /// two feed posts a week and two stories a day).
    pub fn feed_cadence(&self) -> f64 {
        (self.cadence() - self.stories()).max(0.0)
    }

    /// Stories per week: ephemeral posts, with their own effort and cadence.
    pub fn stories(&self) -> f64 {
        self.formats
            .get(&Format::Story)
            .map_or(0.0, |posts| posts.get())
    }
}

/// Strategy: a punctual operation.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Operation {
    pub id: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<OperationKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Day>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Day>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Money>,
    /// Ids of the objectives the operation serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objectives: Vec<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub platforms: Vec<PlatformId>,
    /// Extra posts per week and network while the operation runs (default in the knowledge base).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posts_per_week: Option<PerWeek>,
    /// Ids of the personas the operation is aimed at.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub personas: Vec<Id>,
    /// What the operation's posts say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_to_action: Option<String>,
}

impl Objective {
    /// The objective's statement, or its id when it has none.
    pub fn label(&self) -> &str {
        self.statement
            .as_deref()
            .filter(|statement| !statement.trim().is_empty())
            .unwrap_or(self.id.as_str())
    }
}

impl Operation {
    pub fn label(&self) -> &str {
        self.name
            .as_deref()
            .filter(|name| !name.trim().is_empty())
            .unwrap_or(self.id.as_str())
    }
}

/// Technologies: a chosen network.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChosenPlatform {
    pub id: PlatformId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
}

/// Technologies: a community-management tool.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tool {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<ToolCategory>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    /// The price per month, per seat when `seats` is given (as vendors quote it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly_cost: Option<Money>,
    /// How many seats are paid: the cost is `monthly_cost` x `seats`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seats: Option<u32>,
    /// Whether the plan used is the tool's free tier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free_tier: Option<bool>,
}

/// Evaluate: one KPI followed.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KpiPlan {
    pub id: Id,
    /// The KPI of the catalogue measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<KpiId>,
    /// The id of the objective the KPI proves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objective: Option<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<PlatformId>,
    /// Where the figure is read (Meta Business Suite, Google Analytics...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
    /// Alert when the actual pace falls below this share of the needed pace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alert_below: Option<PaceRatio>,
}

/// Evaluate: a metric the business defines for itself.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomKpi {
    /// Used like a catalogue id in `objectives.kpi` and `kpis.metric`.
    pub id: KpiId,
    pub name: String,
    /// What the figures count (count, percent, currency, minutes, ratio).
    pub unit: Unit,
    /// Whether higher (`up`) or lower (`down`) is better.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// A level (the latest value counts) or a flow (values add up). Without it, counts and
    /// amounts are flows, percentages and ratios levels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<Measure>,
    /// How the figure is computed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<String>,
    /// Where the figure is read (booking system, CRM, till...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// Technologies: a network the catalogue does not know.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomNetwork {
    /// Used like a catalogue id in `always_on.platform`, `channels`, `platforms`...
    pub id: PlatformId,
    pub name: String,
    /// The kinds of post it takes (default: text and image).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub formats: Vec<Format>,
    /// The KPIs its own statistics report (ids of the catalogue or of `[[custom_kpis]]`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metrics: Vec<KpiId>,
    /// Whether it is a network for professional use (the B2B rules look for one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub professional: Option<bool>,
}

/// Resources: money, people, outside help.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Resources {
    /// The budget for the whole period, in the strategy's currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Money>,
    /// The budget per month, when money is granted month by month (each month is checked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly_budget: Option<Money>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub team: Vec<TeamMember>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outsourcing: Vec<Outsourcing>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub training: Vec<Training>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<Milestone>,
}

/// Resources: a person who works on the plan.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamMember {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Hours a week each person gives to the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_per_week: Option<HoursPerWeek>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<Skill>,
    /// How many people this line stands for (default 1): hours and costs are per person.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "people_count"
    )]
    #[schemars(range(min = 1, max = 1000))]
    pub count: Option<u32>,
    /// What an hour of this person's time costs (salary and charges), to value the staff time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hourly_cost: Option<Money>,
    /// Or what the person costs a month for the hours given to the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly_cost: Option<Money>,
    /// When the person joins the plan (default: the strategy's start).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Day>,
    /// When the person leaves the plan (default: the strategy's end).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Day>,
}

impl TeamMember {
    /// People on this line.
    pub fn people(&self) -> f64 {
        f64::from(self.count.unwrap_or(1).max(1))
    }

    /// Hours a week the whole line gives.
    pub fn weekly_hours(&self) -> f64 {
        self.hours_per_week.map(HoursPerWeek::get).unwrap_or(0.0) * self.people()
    }
}

/// Resources: work bought from a provider.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Outsourcing {
    pub provider: String,
    /// What the provider does, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<Skill>,
    /// The formats the provider produces (the production of these posts leaves the team).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub formats: Vec<Format>,
    /// The networks the provider works on (default: all); with `community_management` in its
    /// skills, it also runs these networks' community.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub networks: Vec<PlatformId>,
    /// Ids of the operations the provider runs (their weekly work leaves the team).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub operations: Vec<Id>,
    /// At most this many posts a month (default: every post in scope).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posts_per_month: Option<PerMonth>,
    /// At most this many hours a week (default: all the work in scope).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_per_week: Option<HoursPerWeek>,
    /// When the provider starts (default: the strategy's start); a one-off cost is paid then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Day>,
    /// When the provider stops (default: the strategy's end).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Day>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<Money>,
    /// Whether `cost` is paid every month (the default) or once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing: Option<Billing>,
}

impl Outsourcing {
    /// Whether the provider has a scope that takes work off the team.
    pub fn has_scope(&self) -> bool {
        !self.formats.is_empty()
            || !self.operations.is_empty()
            || (!self.networks.is_empty() && self.skills.contains(&Skill::CommunityManagement))
    }
}

/// Resources: a training that brings a skill to the team.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Training {
    pub topic: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<Skill>,
    /// Paid once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<Money>,
    /// When it is paid (defaults to the strategy's start).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Day>,
}

/// Resources: a dated step of the plan.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub name: String,
    pub date: Day,
}

/// Effort assumptions the user edits; each overrides the knowledge base's default.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Assumptions {
    /// Minutes to produce one post, by format.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub minutes_per_format: BTreeMap<Format, Minutes>,
    /// Community management, minutes per network per week, whatever the network's posts and
    /// audience: replaces the model that scales with them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub community_minutes_per_network_week: Option<Minutes>,
    /// Community management, minutes of replies and moderation each feed post brings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub community_minutes_per_post: Option<Minutes>,
    /// Reporting, minutes per week for the whole plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporting_minutes_per_week: Option<Minutes>,
    /// Minutes to adapt a piece already produced for another network (cross-posting).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adaptation_minutes_per_post: Option<Minutes>,
    /// Hours a week an operation takes while it runs, by kind.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub operation_hours_per_week: BTreeMap<OperationKind, HoursPerWeek>,
}

/// Reads an optional vocabulary value where an empty string means "not given".
fn empty_as_none<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<CompanySize>, D::Error> {
    let text = String::deserialize(deserializer)?;
    if text.trim().is_empty() {
        return Ok(None);
    }
    CompanySize::parse(&text).map(Some).ok_or_else(|| {
        let expected = CompanySize::ALL
            .iter()
            .map(|size| format!("`{size}`"))
            .collect::<Vec<_>>()
            .join(", ");
        serde::de::Error::custom(
            crate::i18n::Coded::new(
                "load-company-size",
                &[("text", text.clone()), ("expected", expected)],
            )
            .encode(),
        )
    })
}
