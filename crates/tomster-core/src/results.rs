//! Results: the figures a strategy's networks report (posts and their metrics, account series),
//! in one closed vocabulary shared with the KPI catalogue, and their sums per month.
//!
//! Importers (`tomster-import`) make these values from the files users download; the store keeps
//! them; the analyses read them. Nothing here knows a file format or a language.

use std::collections::BTreeMap;

use jiff::civil::{Date, DateTime};
use serde::Serialize;

use crate::model::Format;

/// How a metric's values add up over a month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Aggregation {
    /// Counts: a month is the sum of its days (views, likes, follows, posts published...).
    Sum,
    /// Levels: a month is its last known value (followers, a running total).
    Last,
}

/// One metric of the vocabulary every importer writes and every analysis reads.
///
/// Ids are the KPI catalogue's where the catalogue has the same measure (`reach`, `likes`...);
/// `kpi()` names the catalogue KPI that a metric feeds when the two ids differ.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(into = "String")]
pub enum Metric {
    Impressions,
    Reach,
    Views,
    Likes,
    Comments,
    Shares,
    Saves,
    Clicks,
    LinkClicks,
    ProfileVisits,
    Follows,
    Unfollows,
    Followers,
    Engagements,
    /// Hours of video watched.
    WatchTime,
    Sessions,
    EngagedSessions,
    KeyEvents,
    Revenue,
    ActiveUsers,
    NewUsers,
    PageViews,
    Leads,
    /// Events counted by a web analytics tool (GA4), by event name.
    Events,
    /// Posts published.
    Posts,
    /// Posts published in one format (read from the export's post type: see
    /// [`post_format`]); `posts:short_video`. Never typed in a file: counted from the posts.
    PostsAs(Format),
    /// A strategy's own KPI (`[[custom_kpis]]`): bookings, sales from a till...
    Custom(String),
}

/// The vocabulary: id, aggregation, the catalogue KPI it feeds (when the ids differ).
const VOCABULARY: &[(Metric, &str, Aggregation, Option<&str>)] = &[
    (Metric::Impressions, "impressions", Aggregation::Sum, None),
    (Metric::Reach, "reach", Aggregation::Sum, None),
    (
        Metric::Views,
        "views",
        Aggregation::Sum,
        Some("video_views"),
    ),
    (Metric::Likes, "likes", Aggregation::Sum, None),
    (Metric::Comments, "comments", Aggregation::Sum, None),
    (Metric::Shares, "shares", Aggregation::Sum, None),
    (Metric::Saves, "saves", Aggregation::Sum, None),
    (Metric::Clicks, "clicks", Aggregation::Sum, None),
    (Metric::LinkClicks, "link_clicks", Aggregation::Sum, None),
    (
        Metric::ProfileVisits,
        "profile_visits",
        Aggregation::Sum,
        None,
    ),
    (Metric::Follows, "follows", Aggregation::Sum, None),
    (Metric::Unfollows, "unfollows", Aggregation::Sum, None),
    (Metric::Followers, "followers", Aggregation::Last, None),
    (Metric::Engagements, "engagements", Aggregation::Sum, None),
    (Metric::WatchTime, "watch_time", Aggregation::Sum, None),
    (
        Metric::Sessions,
        "sessions",
        Aggregation::Sum,
        Some("sessions_from_social"),
    ),
    (
        Metric::EngagedSessions,
        "engaged_sessions",
        Aggregation::Sum,
        None,
    ),
    (
        Metric::KeyEvents,
        "key_events",
        Aggregation::Sum,
        Some("conversions"),
    ),
    (
        Metric::Revenue,
        "revenue",
        Aggregation::Sum,
        Some("revenue_from_social"),
    ),
    (Metric::ActiveUsers, "active_users", Aggregation::Sum, None),
    (Metric::NewUsers, "new_users", Aggregation::Sum, None),
    (Metric::PageViews, "page_views", Aggregation::Sum, None),
    (Metric::Leads, "leads", Aggregation::Sum, None),
    (Metric::Events, "events", Aggregation::Sum, None),
    (Metric::Posts, "posts", Aggregation::Sum, None),
];

impl Metric {
    fn entry(&self) -> Option<&'static (Metric, &'static str, Aggregation, Option<&'static str>)> {
        VOCABULARY.iter().find(|(metric, ..)| metric == self)
    }

    /// The metric's id (the vocabulary's, `posts:FORMAT`, or the custom KPI's own).
    pub fn id(&self) -> &str {
        match self {
            Metric::Custom(id) => id,
            Metric::PostsAs(format) => posts_as_id(*format),
            other => other.entry().map_or("", |(_, id, ..)| id),
        }
    }

    /// A metric by its id, or by the id of the catalogue KPI it feeds (`video_views` is `views`).
    pub fn from_id(id: &str) -> Option<Metric> {
        if let Some(format) = id.strip_prefix(POSTS_AS).and_then(Format::parse) {
            return Some(Metric::PostsAs(format));
        }
        VOCABULARY
            .iter()
            .find(|(_, own, _, kpi)| *own == id || *kpi == Some(id))
            .map(|(metric, ..)| metric.clone())
    }

    /// Whether the metric counts the posts of one format: a breakdown of `posts`, which
    /// tables of figures leave to the execution's formats.
    pub fn is_format_count(&self) -> bool {
        matches!(self, Metric::PostsAs(_))
    }

    /// Every metric of the closed vocabulary (custom KPIs aside).
    pub fn vocabulary() -> impl Iterator<Item = &'static Metric> {
        VOCABULARY.iter().map(|(metric, ..)| metric)
    }

    /// How a month adds up. A custom KPI adds up (bookings, sales) unless the strategy says
    /// otherwise, which the caller handles with `custom_aggregation`.
    pub fn aggregation(&self) -> Aggregation {
        self.entry()
            .map_or(Aggregation::Sum, |(_, _, aggregation, _)| *aggregation)
    }

    /// The catalogue KPI this metric feeds.
    pub fn kpi(&self) -> &str {
        match self.entry() {
            Some((_, id, _, kpi)) => kpi.unwrap_or(id),
            None => self.id(),
        }
    }
}

/// The prefix of the ids of the posts counted per format (a colon: never in a custom KPI's id).
const POSTS_AS: &str = "posts:";

/// `posts:FORMAT`, as a static string.
fn posts_as_id(format: Format) -> &'static str {
    match format {
        Format::Text => "posts:text",
        Format::Image => "posts:image",
        Format::Carousel => "posts:carousel",
        Format::ShortVideo => "posts:short_video",
        Format::LongVideo => "posts:long_video",
        Format::Story => "posts:story",
        Format::Live => "posts:live",
        Format::Article => "posts:article",
        Format::Poll => "posts:poll",
        Format::Document => "posts:document",
    }
}

/// The longest video counted as a short one where the export gives a duration but not the
/// type: YouTube takes Shorts up to three minutes (since 15 October 2024); elsewhere, the
/// 90 seconds Meta long kept Reels to.
fn short_video_limit(network: &str) -> f64 {
    if network == "youtube" { 180.0 } else { 90.0 }
}

/// The strategy's format of a published post, from the type its export gives (in English,
/// French or Spanish: `IG reel`, `Reel de Instagram`, `Photos`, `Secuencia de Instagram`...),
/// its duration when the type says only "video", and the network when the network has one
/// format (TikTok). None when the export does not tell (X's exports never do).
///
/// A link post (`Links`) reads as a text post: the strategy's formats have no link of their own,
/// and a link with its text is what a text post is planned as.
pub fn post_format(
    network: &str,
    kind: Option<&str>,
    duration_seconds: Option<f64>,
) -> Option<Format> {
    let video = || match duration_seconds.filter(|seconds| *seconds > 0.0) {
        Some(seconds) if seconds <= short_video_limit(network) => Format::ShortVideo,
        Some(_) => Format::LongVideo,
        None if network == "tiktok" => Format::ShortVideo,
        None => Format::LongVideo,
    };
    let Some(kind) = kind.map(str::trim).filter(|kind| !kind.is_empty()) else {
        return match network {
            "tiktok" => Some(Format::ShortVideo),
            "youtube" => duration_seconds
                .filter(|seconds| *seconds > 0.0)
                .map(|_| video()),
            _ => None,
        };
    };
    let kind = kind.to_lowercase();
    let words: Vec<&str> = kind
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    let says = |names: &[&str]| words.iter().any(|word| names.contains(word));
    // The most particular words first: "IG reel" is a video, "Reel de Instagram" too.
    if says(&["reel", "reels", "short", "shorts"]) {
        Some(Format::ShortVideo)
    } else if says(&[
        "carousel",
        "carrousel",
        "carrusel",
        "secuencia",
        "album",
        "albums",
        "álbum",
    ]) {
        Some(Format::Carousel)
    } else if says(&["story", "stories", "historia", "historias"]) {
        Some(Format::Story)
    } else if says(&["live", "direct", "directo", "vivo"]) {
        Some(Format::Live)
    } else if says(&["article", "articles", "artículo"]) {
        Some(Format::Article)
    } else if says(&["poll", "polls", "sondage", "encuesta"]) {
        Some(Format::Poll)
    } else if says(&["document", "documents", "documento", "pdf"]) {
        Some(Format::Document)
    } else if says(&["video", "videos", "vidéo", "vidéos", "vídeo", "vídeos"]) {
        Some(video())
    } else if says(&[
        "image", "images", "imagen", "photo", "photos", "foto", "fotos", "picture",
    ]) {
        Some(Format::Image)
    } else if says(&[
        "text", "texte", "texto", "status", "statut", "estado", "link", "links", "lien", "liens",
        "enlace", "enlaces",
    ]) {
        Some(Format::Text)
    } else {
        None
    }
}

impl From<Metric> for String {
    fn from(metric: Metric) -> String {
        metric.id().to_owned()
    }
}

/// When a post went out: the export's local time, and its offset from UTC when the export says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Published {
    pub at: DateTime,
    /// Minutes east of UTC, when the file gives it (X's `+0000`); otherwise the time is the
    /// account's own zone, which the strategy's time zone stands for.
    pub offset_minutes: Option<i32>,
}

/// One post and the figures an export gives for it (lifetime totals as of the export).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Post {
    pub network: String,
    /// The platform's post id: the natural key with the network.
    pub id: String,
    pub account: Option<String>,
    pub published: Option<Published>,
    /// The platform's type or format, as written (`IG reel`, `Video`...).
    pub kind: Option<String>,
    /// The video's length, when the export gives it (0 for a photo in Meta's exports).
    pub duration_seconds: Option<f64>,
    pub text: Option<String>,
    pub permalink: Option<String>,
    pub metrics: Vec<(Metric, f64)>,
}

impl Post {
    /// The strategy's format of the post, when its export tells (see [`post_format`]).
    pub fn format(&self) -> Option<Format> {
        post_format(&self.network, self.kind.as_deref(), self.duration_seconds)
    }
}

/// The days a figure covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Span {
    Day { date: Date },
    Period { from: Date, to: Date },
}

impl Span {
    /// The last day covered: what a month is decided by.
    pub fn last_day(&self) -> Date {
        match *self {
            Span::Day { date } => date,
            Span::Period { to, .. } => to,
        }
    }

    pub fn first_day(&self) -> Date {
        match *self {
            Span::Day { date } => date,
            Span::Period { from, .. } => from,
        }
    }
}

/// An account's figure for a day or a period (a daily series, a report's total).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Observation {
    pub network: String,
    pub account: Option<String>,
    pub metric: Metric,
    pub span: Span,
    /// A breakdown the figure belongs to (a traffic source, an event name), none for the total.
    pub dimension: Option<String>,
    pub value: f64,
}

/// A month as `YYYY-MM`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Month {
    pub year: i16,
    pub month: i8,
}

impl Month {
    pub fn of(date: Date) -> Month {
        Month {
            year: date.year(),
            month: date.month(),
        }
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Month {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A metric's value for a network in a month.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MonthlyFigure {
    pub network: String,
    pub metric: Metric,
    pub month: Month,
    pub value: f64,
}

impl From<Figure> for MonthlyFigure {
    /// A figure of a month (`Per::Month`), its start made the month.
    fn from(figure: Figure) -> MonthlyFigure {
        MonthlyFigure {
            network: figure.network,
            metric: figure.metric,
            month: Month::of(figure.start),
            value: figure.value,
        }
    }
}

/// The periods figures are added up over.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Per {
    Day,
    /// ISO weeks, Monday to Sunday.
    Week,
    Month,
}

impl Per {
    /// The first day of the period `date` falls in.
    pub fn start(self, date: Date) -> Date {
        match self {
            Per::Day => date,
            Per::Week => {
                let back = i64::from(date.weekday().to_monday_zero_offset());
                date.checked_sub(jiff::Span::new().days(back))
                    .unwrap_or(date)
            }
            Per::Month => date.first_of_month(),
        }
    }
}

/// A metric's value for a network over a period that starts on `start`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    pub network: String,
    pub metric: Metric,
    pub start: Date,
    pub value: f64,
}

/// The figures per network, metric and month.
///
/// Account series win over posts: where an account's daily figures of a metric exist for a
/// network, they are the month's figure (a post export would count the same views again);
/// otherwise the posts' totals count in the month each post was published. `posts` counts the
/// posts published. Counts add up, levels keep the month's last value; a figure that covers a
/// period counts in the month of its last day. Figures broken down by a dimension (a traffic
/// source) are left out: their total is its own observation.
pub fn monthly_figures(posts: &[Post], observations: &[Observation]) -> Vec<MonthlyFigure> {
    figures(posts, observations, Per::Month)
        .into_iter()
        .map(MonthlyFigure::from)
        .collect()
}

/// The figures per network, metric and period: `monthly_figures`' rules, for days, weeks or
/// months.
pub fn figures(posts: &[Post], observations: &[Observation], per: Per) -> Vec<Figure> {
    let mut tally = Tally::new(per);
    for post in posts {
        tally.add_post(post);
    }
    for observation in observations {
        tally.add_observation(observation);
    }
    tally.figures()
}

/// Day figures (`Per::Day`, sorted as `Tally::figures` sorts them) added up into longer
/// periods by the same rules: counts add up, levels keep their last day's value.
pub fn regroup(days: Vec<Figure>, per: Per) -> Vec<Figure> {
    if per == Per::Day {
        return days;
    }
    let mut periods: Vec<Figure> = Vec::new();
    for day in days {
        let start = per.start(day.start);
        match periods.last_mut() {
            Some(last)
                if last.network == day.network
                    && last.metric == day.metric
                    && last.start == start =>
            {
                match day.metric.aggregation() {
                    Aggregation::Sum => last.value += day.value,
                    Aggregation::Last => last.value = day.value,
                }
            }
            _ => periods.push(Figure { start, ..day }),
        }
    }
    periods
}

/// Per metric and period start: a sum (posts) or the last day and value (account series).
type Sums<T> = BTreeMap<(Metric, Date), T>;

/// `figures`, added up as posts and observations come, none of them kept: what reads a
/// million-post export in bounded memory. The rules are `monthly_figures`'; account series win
/// over posts when the tally ends, so the order of adding never matters.
#[derive(Clone, Debug)]
pub struct Tally {
    per: Per,
    /// The networks seen, in order; the two lists below follow it.
    networks: Vec<String>,
    from_posts: Vec<Sums<f64>>,
    from_accounts: Vec<Sums<(Date, f64)>>,
    /// The network and period the last post counted in, and its sums not yet in
    /// `from_posts`: exports list posts in date order, so most posts add to the same few
    /// figures, which a short list finds faster than the map.
    current: Option<Period>,
}

/// A network (its place in `Tally::networks`), a period's start, and sums not yet in the map.
type Period = (usize, Date, Vec<(Metric, f64)>);

impl Tally {
    pub fn new(per: Per) -> Tally {
        Tally {
            per,
            networks: Vec::new(),
            from_posts: Vec::new(),
            from_accounts: Vec::new(),
            current: None,
        }
    }

    /// The network's place in the lists (a strategy has a handful: a scan is cheapest).
    fn network(&mut self, network: &str) -> usize {
        match self.networks.iter().position(|known| known == network) {
            Some(index) => index,
            None => {
                self.networks.push(network.to_owned());
                self.from_posts.push(Sums::new());
                self.from_accounts.push(Sums::new());
                self.networks.len() - 1
            }
        }
    }

    /// Counts a post in the period it was published (a post without a date counts nowhere).
    pub fn add_post(&mut self, post: &Post) {
        let Some(published) = post.published else {
            return;
        };
        let day = published.at.date();
        let format = post.format().map(Metric::PostsAs);
        let figures = std::iter::once((&Metric::Posts, 1.0))
            .chain(format.as_ref().map(|format| (format, 1.0)))
            .chain(post.metrics.iter().map(|(metric, value)| (metric, *value)));
        for (metric, value) in figures {
            self.add_post_figure(&post.network, day, metric, value);
        }
    }

    /// Adds a figure of the posts published on `day` (one post's, or several posts' already
    /// summed, as a database's GROUP BY gives them); `Metric::Posts` counts the posts, and
    /// `Metric::PostsAs` those of one format.
    pub fn add_post_figure(&mut self, network: &str, day: Date, metric: &Metric, value: f64) {
        // A post's level (a follower count at export time) says nothing of a period.
        if metric.aggregation() != Aggregation::Sum {
            return;
        }
        let start = self.per.start(day);
        let network = self.network(network);
        if !matches!(&self.current, Some((n, s, _)) if *n == network && *s == start) {
            self.flush();
            self.current = Some((network, start, Vec::new()));
        }
        let Some((_, _, sums)) = &mut self.current else {
            return;
        };
        match sums.iter_mut().find(|(m, _)| m == metric) {
            Some((_, sum)) => *sum += value,
            None => sums.push((metric.clone(), value)),
        }
    }

    /// Moves the last period's sums into `from_posts`.
    fn flush(&mut self) {
        if let Some((network, start, sums)) = self.current.take() {
            let into = &mut self.from_posts[network];
            for (metric, value) in sums {
                *into.entry((metric, start)).or_default() += value;
            }
        }
    }

    /// Counts an account's figure in the period of its last day; figures broken down by a
    /// dimension are left out (their total is its own observation).
    pub fn add_observation(&mut self, observation: &Observation) {
        if observation.dimension.is_some() {
            return;
        }
        let day = observation.span.last_day();
        let start = self.per.start(day);
        let network = self.network(&observation.network);
        let levels = &mut self.from_accounts[network];
        let metric = &observation.metric;
        add_level(levels, metric.clone(), start, day, observation.value);
    }

    /// Adds another tally's figures (a file's, once it is accepted whole).
    pub fn absorb(&mut self, other: Tally) {
        for (network, sums, levels) in other.into_networks() {
            let network = self.network(&network);
            let mine = &mut self.from_posts[network];
            for (key, value) in sums {
                *mine.entry(key).or_default() += value;
            }
            let mine = &mut self.from_accounts[network];
            for ((metric, start), (day, value)) in levels {
                add_level(mine, metric, start, day, value);
            }
        }
    }

    /// Each network with its posts' sums and its account series, the last period flushed.
    fn into_networks(mut self) -> impl Iterator<Item = (String, Sums<f64>, Sums<(Date, f64)>)> {
        self.flush();
        self.networks
            .into_iter()
            .zip(self.from_posts)
            .zip(self.from_accounts)
            .map(|((network, sums), levels)| (network, sums, levels))
    }

    /// Leaves the posts out, the account series kept (for the posts to be counted again).
    pub fn forget_posts(&mut self) {
        self.current = None;
        for sums in &mut self.from_posts {
            sums.clear();
        }
    }

    /// The figures, sorted by network, metric and period. Where an account's series of a
    /// metric exists for a network, it is the figure: its posts would count the same views
    /// again.
    pub fn figures(self) -> Vec<Figure> {
        let mut figures = Vec::new();
        for (network, sums, levels) in self.into_networks() {
            let mut measured: Vec<&Metric> = levels.keys().map(|(metric, _)| metric).collect();
            measured.dedup();
            for ((metric, start), value) in sums {
                if !measured.contains(&&metric) {
                    figures.push(Figure {
                        network: network.clone(),
                        metric,
                        start,
                        value,
                    });
                }
            }
            for ((metric, start), (_, value)) in levels {
                figures.push(Figure {
                    network: network.clone(),
                    metric,
                    start,
                    value,
                });
            }
        }
        figures.sort_by(|a, b| {
            (a.network.as_str(), a.metric.id(), a.start).cmp(&(
                b.network.as_str(),
                b.metric.id(),
                b.start,
            ))
        });
        figures
    }
}

/// An account's figure into its period: counts add up, a level keeps its latest day's value.
fn add_level(levels: &mut Sums<(Date, f64)>, metric: Metric, start: Date, day: Date, value: f64) {
    let sum = metric.aggregation() == Aggregation::Sum;
    let entry = levels.entry((metric, start)).or_insert((day, 0.0));
    if sum {
        entry.1 += value;
    } else if day >= entry.0 {
        *entry = (day, value);
    }
}

/// How an import changed what was kept: counts of added, updated and unchanged records.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Changes {
    pub added: u64,
    pub updated: u64,
    pub unchanged: u64,
}

/// What an import did to the posts and to the observations.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ImportChanges {
    pub posts: Changes,
    pub observations: Changes,
}

/// An observation's natural key: the same figure for the same account, day and breakdown.
type ObservationKey = (String, Option<String>, Metric, Span, Option<String>);

/// Posts and observations under their natural keys, as files are added to it: an overlapping
/// export updates the same posts instead of adding them again, and the newer figure wins.
///
/// "Newer" is the file's own date (`as_of`: the last day it covers); between two files of the
/// same date the larger figure wins (lifetime totals only grow), so the order in which files
/// are added never changes the result.
#[derive(Clone, Debug, Default)]
pub struct ResultSet {
    posts: BTreeMap<(String, String), (Date, Post)>,
    observations: BTreeMap<ObservationKey, (Date, Observation)>,
}

impl ResultSet {
    pub fn new() -> ResultSet {
        ResultSet::default()
    }

    /// Adds one file's posts and observations, known as of `as_of`, and says what changed.
    pub fn add(
        &mut self,
        posts: Vec<Post>,
        observations: Vec<Observation>,
        as_of: Date,
    ) -> ImportChanges {
        let mut changes = ImportChanges::default();
        for post in posts {
            let key = (post.network.clone(), post.id.clone());
            match self.posts.get_mut(&key) {
                None => {
                    let mut post = post;
                    post.metrics.sort_by(|a, b| a.0.cmp(&b.0));
                    self.posts.insert(key, (as_of, post));
                    changes.posts.added += 1;
                }
                Some((kept_as_of, kept)) => {
                    let merged = merge_post(kept, &post, *kept_as_of, as_of);
                    if merged == *kept {
                        changes.posts.unchanged += 1;
                    } else {
                        *kept = merged;
                        changes.posts.updated += 1;
                    }
                    *kept_as_of = (*kept_as_of).max(as_of);
                }
            }
        }
        for observation in observations {
            let key = (
                observation.network.clone(),
                observation.account.clone(),
                observation.metric.clone(),
                observation.span,
                observation.dimension.clone(),
            );
            match self.observations.get_mut(&key) {
                None => {
                    self.observations.insert(key, (as_of, observation));
                    changes.observations.added += 1;
                }
                Some((kept_as_of, kept)) => {
                    let newer = newer_value(kept.value, *kept_as_of, observation.value, as_of);
                    if newer == kept.value {
                        changes.observations.unchanged += 1;
                    } else {
                        kept.value = newer;
                        changes.observations.updated += 1;
                    }
                    *kept_as_of = (*kept_as_of).max(as_of);
                }
            }
        }
        changes
    }

    pub fn posts(&self) -> impl Iterator<Item = &Post> {
        self.posts.values().map(|(_, post)| post)
    }

    pub fn observations(&self) -> impl Iterator<Item = &Observation> {
        self.observations
            .values()
            .map(|(_, observation)| observation)
    }

    /// The figures per network, metric and month (see `monthly_figures`).
    pub fn monthly_figures(&self) -> Vec<MonthlyFigure> {
        self.figures(Per::Month)
            .into_iter()
            .map(MonthlyFigure::from)
            .collect()
    }

    /// The figures per network, metric and day, week or month (see `figures`).
    pub fn figures(&self, per: Per) -> Vec<Figure> {
        let mut tally = Tally::new(per);
        self.add_to(&mut tally);
        tally.figures()
    }

    /// Counts every post and observation kept in `tally`.
    pub fn add_to(&self, tally: &mut Tally) {
        for post in self.posts() {
            tally.add_post(post);
        }
        for observation in self.observations() {
            tally.add_observation(observation);
        }
    }
}

/// The value kept when a figure comes again: the newer file's, the larger one between files
/// of the same date.
pub fn newer_value(kept: f64, kept_as_of: Date, incoming: f64, as_of: Date) -> f64 {
    match as_of.cmp(&kept_as_of) {
        std::cmp::Ordering::Greater => incoming,
        std::cmp::Ordering::Less => kept,
        std::cmp::Ordering::Equal => kept.max(incoming),
    }
}

/// A post seen again: each figure by `newer_value`, figures only one file has kept, and the
/// descriptive fields of the newer file where it has them.
fn merge_post(kept: &Post, incoming: &Post, kept_as_of: Date, as_of: Date) -> Post {
    let mut merged = kept.clone();
    for (metric, value) in &incoming.metrics {
        match merged.metrics.iter_mut().find(|(m, _)| m == metric) {
            Some((_, old)) => *old = newer_value(*old, kept_as_of, *value, as_of),
            None => merged.metrics.push((metric.clone(), *value)),
        }
    }
    merged.metrics.sort_by(|a, b| a.0.cmp(&b.0));
    let incoming_newer = as_of > kept_as_of;
    let pick = |old: &Option<String>, new: &Option<String>| match (incoming_newer, new) {
        (true, Some(_)) => new.clone(),
        _ => old.clone().or_else(|| new.clone()),
    };
    merged.account = pick(&kept.account, &incoming.account);
    merged.kind = pick(&kept.kind, &incoming.kind);
    merged.duration_seconds = match (incoming_newer, incoming.duration_seconds) {
        (true, Some(seconds)) => Some(seconds),
        _ => kept.duration_seconds.or(incoming.duration_seconds),
    };
    merged.text = pick(&kept.text, &incoming.text);
    merged.permalink = pick(&kept.permalink, &incoming.permalink);
    merged.published = kept.published.or(incoming.published);
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn day(network: &str, metric: Metric, d: Date, value: f64) -> Observation {
        Observation {
            network: network.into(),
            account: None,
            metric,
            span: Span::Day { date: d },
            dimension: None,
            value,
        }
    }

    fn post(network: &str, id: &str, at: Date, metrics: Vec<(Metric, f64)>) -> Post {
        Post {
            network: network.into(),
            id: id.into(),
            account: None,
            published: Some(Published {
                at: at.at(12, 0, 0, 0),
                offset_minutes: None,
            }),
            kind: None,
            duration_seconds: None,
            text: None,
            permalink: None,
            metrics,
        }
    }

    #[test]
    fn counts_add_up_and_levels_keep_the_last_value() {
        let observations = vec![
            day("tiktok", Metric::Views, date(2026, 3, 1), 10.0),
            day("tiktok", Metric::Views, date(2026, 3, 31), 5.0),
            day("tiktok", Metric::Views, date(2026, 4, 1), 7.0),
            day("tiktok", Metric::Followers, date(2026, 3, 20), 120.0),
            day("tiktok", Metric::Followers, date(2026, 3, 2), 100.0),
        ];
        let figures = monthly_figures(&[], &observations);
        let find = |metric: &Metric, month: i8| {
            figures
                .iter()
                .find(|f| &f.metric == metric && f.month.month == month)
                .map(|f| f.value)
        };
        assert_eq!(find(&Metric::Views, 3), Some(15.0));
        assert_eq!(find(&Metric::Views, 4), Some(7.0));
        assert_eq!(find(&Metric::Followers, 3), Some(120.0));
    }

    #[test]
    fn account_series_win_over_post_totals_and_posts_are_counted() {
        let posts = vec![
            post(
                "instagram",
                "1",
                date(2026, 3, 3),
                vec![(Metric::Views, 100.0), (Metric::Likes, 4.0)],
            ),
            post(
                "instagram",
                "2",
                date(2026, 3, 9),
                vec![(Metric::Views, 50.0), (Metric::Likes, 1.0)],
            ),
        ];
        let observations = vec![day("instagram", Metric::Views, date(2026, 3, 5), 400.0)];
        let figures = monthly_figures(&posts, &observations);
        let value = |metric: Metric| figures.iter().find(|f| f.metric == metric).map(|f| f.value);
        assert_eq!(
            value(Metric::Views),
            Some(400.0),
            "the account's series, not 150"
        );
        assert_eq!(value(Metric::Likes), Some(5.0));
        assert_eq!(value(Metric::Posts), Some(2.0));
        assert_eq!(
            figures
                .iter()
                .find(|f| f.metric == Metric::Posts)
                .map(|f| f.month.to_string()),
            Some("2026-03".into())
        );
    }

    #[test]
    fn ids_round_trip_and_catalogue_ids_are_understood() {
        for metric in Metric::vocabulary() {
            assert_eq!(Metric::from_id(metric.id()).as_ref(), Some(metric));
        }
        assert_eq!(Metric::from_id("video_views"), Some(Metric::Views));
        assert_eq!(Metric::Sessions.kpi(), "sessions_from_social");
        assert_eq!(Metric::Likes.kpi(), "likes");
        assert_eq!(Metric::from_id("bookings"), None);
    }

    #[test]
    fn format_ids_round_trip() {
        for format in Format::ALL {
            let metric = Metric::PostsAs(*format);
            assert_eq!(metric.id(), format!("posts:{}", format.as_str()));
            assert_eq!(Metric::from_id(metric.id()), Some(metric.clone()));
            assert!(metric.is_format_count());
            assert_eq!(metric.aggregation(), Aggregation::Sum);
        }
        assert_eq!(Metric::from_id("posts:reel"), None);
    }

    #[test]
    fn the_post_types_of_the_corpus_read_as_the_strategy_formats() {
        // Every type the exports of ../shared/exports write, in their languages.
        let cases = [
            ("facebook", "Photos", None, Some(Format::Image)),
            ("facebook", "Photo", None, Some(Format::Image)),
            ("facebook", "Status", None, Some(Format::Text)),
            ("facebook", "Text", None, Some(Format::Text)),
            ("facebook", "Links", None, Some(Format::Text)),
            ("facebook", "Reels", Some(25.0), Some(Format::ShortVideo)),
            ("facebook", "Videos", Some(45.0), Some(Format::ShortVideo)),
            ("facebook", "Videos", Some(600.0), Some(Format::LongVideo)),
            ("facebook", "Videos", None, Some(Format::LongVideo)),
            ("instagram", "IG reel", None, Some(Format::ShortVideo)),
            ("instagram", "IG carousel", None, Some(Format::Carousel)),
            ("instagram", "IG image", Some(0.0), Some(Format::Image)),
            ("instagram", "IG story", None, Some(Format::Story)),
            (
                "instagram",
                "Secuencia de Instagram",
                None,
                Some(Format::Carousel),
            ),
            (
                "instagram",
                "Imagen de Instagram",
                None,
                Some(Format::Image),
            ),
            (
                "instagram",
                "Reel de Instagram",
                None,
                Some(Format::ShortVideo),
            ),
            (
                "instagram",
                "Carrousel Instagram",
                None,
                Some(Format::Carousel),
            ),
            ("facebook", "Vidéo en direct", None, Some(Format::Live)),
            ("linkedin", "Document", None, Some(Format::Document)),
            ("linkedin", "Poll", None, Some(Format::Poll)),
            ("linkedin", "Article", None, Some(Format::Article)),
            // TikTok has one format; YouTube's exports give the duration only.
            ("tiktok", "", None, Some(Format::ShortVideo)),
            ("youtube", "", Some(59.0), Some(Format::ShortVideo)),
            ("youtube", "", Some(170.0), Some(Format::ShortVideo)),
            ("youtube", "", Some(1200.0), Some(Format::LongVideo)),
            ("youtube", "", None, None),
            // Not told: X, LinkedIn's "Organic", a total row's number.
            ("x", "", None, None),
            ("linkedin", "Organic", None, None),
            ("instagram", "36656", None, None),
        ];
        for (network, kind, duration, expected) in cases {
            assert_eq!(
                post_format(network, Some(kind), duration),
                expected,
                "{network} {kind:?} {duration:?}"
            );
        }
    }

    #[test]
    fn posts_are_counted_per_format_beside_their_total() {
        let mut reel = post("instagram", "1", date(2026, 3, 2), vec![]);
        reel.kind = Some("IG reel".into());
        let mut image = post("instagram", "2", date(2026, 3, 3), vec![]);
        image.kind = Some("IG image".into());
        let untold = post("instagram", "3", date(2026, 3, 4), vec![]);
        let figures = monthly_figures(&[reel, image, untold], &[]);
        let value = |metric: Metric| figures.iter().find(|f| f.metric == metric).map(|f| f.value);
        assert_eq!(value(Metric::Posts), Some(3.0));
        assert_eq!(value(Metric::PostsAs(Format::ShortVideo)), Some(1.0));
        assert_eq!(value(Metric::PostsAs(Format::Image)), Some(1.0));
        assert_eq!(value(Metric::PostsAs(Format::Carousel)), None);
    }
}
