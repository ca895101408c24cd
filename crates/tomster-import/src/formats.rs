//! The formats: for each export a platform writes, the header names it uses (in every language
//! seen in the corpus) and what each column holds. A table's header row is matched against every
//! format; the best match wins, and says which format and language were recognised.
//!
//! Names are compared after `normalise`: lower case, spaces collapsed, trailing spaces, no-break
//! spaces, colons and stray backslashes removed (`Total shares\u{a0}`, `共有された回数\`).
//! A name may carry a language tag (`es:alcance`); untagged names are English.

use tomster_core::results::Metric;

/// What a column holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Role {
    /// The platform's post id.
    PostId,
    /// The post's address (its id is taken from it when the file has no id column).
    Link,
    Text,
    Published,
    Kind,
    /// A video's length in seconds (which tells a short video from a long one).
    Duration,
    Account,
    /// The day a row of a daily series is about.
    Day,
    /// The day the export was made, which places post dates written without a year.
    AsOf,
    /// A figure, multiplied by the factor (seconds to hours: 1/3600).
    Figure(Metric, f64),
    /// Part of a figure: the columns with the same metric add up (organic + paid views).
    Part(Metric),
    /// Read and deliberately left: rates Tomster recomputes from counts, paid-only splits,
    /// descriptive fields; never reported as unknown.
    Known,
}

/// Where a format's network comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Network {
    Fixed(&'static str),
    /// Meta Business Suite: Instagram or Facebook, told by the columns and the links.
    Meta,
}

/// How rows turn into figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// One row per post with its lifetime totals.
    Posts,
    /// One row per day with the account's figures.
    Daily,
}

/// One export format.
pub struct Format {
    pub id: &'static str,
    pub network: Network,
    pub shape: Shape,
    /// Roles without which a header is not this format.
    pub required: &'static [&'static [&'static str]],
    pub columns: &'static [(Role, &'static [&'static str])],
}

use Role::{Account, Day, Kind, Known, Link, PostId, Published, Text};

const fn f(metric: Metric) -> Role {
    Role::Figure(metric, 1.0)
}

const SECONDS_TO_HOURS: f64 = 1.0 / 3600.0;

/// Every format, most specific first (a tie goes to the earlier one).
pub const FORMATS: &[Format] = &[
    Format {
        id: "meta_posts",
        network: Network::Meta,
        shape: Shape::Posts,
        required: &[
            &["post id", "es:identificador de la publicación"],
            &["publish time", "es:hora de publicación"],
        ],
        columns: &[
            (PostId, &["post id", "es:identificador de la publicación"]),
            (
                Account,
                &[
                    "account username",
                    "es:nombre de usuario de la cuenta",
                    "page name",
                ],
            ),
            (Text, &["description", "title", "es:descripción"]),
            (Published, &["publish time", "es:hora de publicación"]),
            (Link, &["permalink", "es:enlace permanente"]),
            (Kind, &["post type", "es:tipo de publicación"]),
            (
                Role::Duration,
                &[
                    "duration (sec)",
                    "duration (secs)",
                    "es:duración (segundos)",
                ],
            ),
            (
                f(Metric::Views),
                &["views", "es:visualizaciones", "3-second video views"],
            ),
            (f(Metric::Reach), &["reach", "es:alcance"]),
            (f(Metric::Likes), &["likes", "es:me gusta", "reactions"]),
            (f(Metric::Shares), &["shares", "es:veces que se compartió"]),
            (f(Metric::Follows), &["follows", "es:seguimientos"]),
            (
                f(Metric::Comments),
                &["comments", "es:comentarios", "replies"],
            ),
            (f(Metric::Saves), &["saves", "es:veces que se guardó"]),
            (f(Metric::Clicks), &["total clicks"]),
            (f(Metric::LinkClicks), &["link clicks"]),
            (f(Metric::ProfileVisits), &["profile visits"]),
            (
                Role::Figure(Metric::WatchTime, SECONDS_TO_HOURS),
                &["seconds viewed"],
            ),
            (
                Known,
                &[
                    "account id",
                    "page id",
                    "account name",
                    "es:identificador de la cuenta",
                    "es:nombre de la cuenta",
                    "data comment",
                    "es:comentario sobre los datos",
                    "date",
                    "es:fecha",
                    "caption type",
                    "is crosspost",
                    "is share",
                    "languages",
                    "custom labels",
                    "funded content status",
                    "reactions, comments and shares",
                    "engaged users",
                    "negative feedback from users",
                    "unique negative feedback from users",
                    "average seconds viewed",
                    "estimated earnings (usd)",
                    "ad cpm (usd)",
                    "ad impressions",
                    "other clicks",
                    "reach from organic posts",
                    "reach from boosted posts",
                    "1-minute video views",
                    "3-second viewers",
                    "1-minute viewers",
                    "3-second video views from boosted posts",
                    "3-second video views from organic posts",
                    "matched audience targeting consumption (photo click)",
                    "negative feedback from users: hide all",
                    "navigation",
                    "sticker taps",
                ],
            ),
        ],
    },
    Format {
        id: "facebook_insights_posts",
        network: Network::Fixed("facebook"),
        shape: Shape::Posts,
        required: &[&["post id"], &["posted"]],
        columns: &[
            (PostId, &["post id"]),
            (Link, &["permalink"]),
            (Text, &["post message"]),
            (Kind, &["type"]),
            (Published, &["posted"]),
            (f(Metric::Reach), &["lifetime post total reach"]),
            (f(Metric::Impressions), &["lifetime post total impressions"]),
            (f(Metric::Views), &["lifetime total video views"]),
            (f(Metric::Clicks), &["lifetime post consumptions"]),
            (
                f(Metric::Likes),
                &["lifetime talking about this (post) by action type - like"],
            ),
            (
                f(Metric::Comments),
                &["lifetime talking about this (post) by action type - comment"],
            ),
            (
                f(Metric::Shares),
                &["lifetime talking about this (post) by action type - share"],
            ),
            // The Excel workbook's API names, and its per-action sheets (stories, consumptions).
            (f(Metric::Reach), &["post_impressions_unique:lifetime"]),
            (f(Metric::Impressions), &["post_impressions:lifetime"]),
            (f(Metric::Clicks), &["post_consumptions:lifetime"]),
            (
                Role::Part(Metric::Views),
                &[
                    "post_video_views_organic:lifetime",
                    "post_video_views_paid:lifetime",
                ],
            ),
            (f(Metric::Likes), &["like"]),
            (f(Metric::Comments), &["comment"]),
            (f(Metric::Shares), &["share"]),
            (f(Metric::LinkClicks), &["link clicks"]),
            (
                Known,
                &[
                    "countries",
                    "languages",
                    "audience targeting",
                    "content tags",
                    "description",
                    "video play",
                    "other clicks",
                    "photo view",
                ],
            ),
        ],
    },
    Format {
        id: "facebook_insights_page",
        network: Network::Fixed("facebook"),
        shape: Shape::Daily,
        required: &[&["date"], &["lifetime total likes", "daily new likes"]],
        columns: &[
            (Day, &["date"]),
            (f(Metric::Followers), &["lifetime total likes"]),
            (f(Metric::Follows), &["daily new likes"]),
            (f(Metric::Unfollows), &["daily unlikes"]),
            (f(Metric::Reach), &["daily total reach"]),
            (f(Metric::Impressions), &["daily total impressions"]),
        ],
    },
    Format {
        id: "x_tweet_activity",
        network: Network::Fixed("x"),
        shape: Shape::Posts,
        required: &[&["tweet id", "pt:id do tweet"], &["time", "pt:horário"]],
        columns: &[
            (PostId, &["tweet id", "pt:id do tweet"]),
            (Link, &["tweet permalink", "pt:link permanente do tweet"]),
            (Text, &["tweet text", "pt:texto do tweet"]),
            (Published, &["time", "pt:horário"]),
            (f(Metric::Impressions), &["impressions", "pt:impressões"]),
            (f(Metric::Engagements), &["engagements", "pt:engajamentos"]),
            (f(Metric::Shares), &["retweets"]),
            (f(Metric::Comments), &["replies", "pt:respostas"]),
            (f(Metric::Likes), &["likes", "pt:favoritos"]),
            (
                f(Metric::ProfileVisits),
                &["user profile clicks", "pt:cliques no perfil do usuário"],
            ),
            (f(Metric::LinkClicks), &["url clicks", "pt:cliques no url"]),
            (f(Metric::Follows), &["follows", "pt:seguiram"]),
            (
                f(Metric::Views),
                &["media views", "pt:visualizações da mídia"],
            ),
            (
                Known,
                &[
                    "engagement rate",
                    "pt:taxa de engajamento",
                    "hashtag clicks",
                    "pt:cliques em hashtags",
                    "detail expands",
                    "pt:expansões de detalhes",
                    "permalink clicks",
                    "pt:cliques no link permanente",
                    "app opens",
                    "pt:aberturas de aplicativos",
                    "app installs",
                    "pt:instalações de aplicativo",
                    "email tweet",
                    "pt:tweet enviado por e-mail",
                    "dial phone",
                    "pt:número de telefone discado",
                    "media engagements",
                    "pt:engajamentos com mídia",
                ],
            ),
        ],
    },
    Format {
        id: "x_daily_activity",
        network: Network::Fixed("x"),
        shape: Shape::Daily,
        required: &[&["date"], &["tweets published"]],
        columns: &[
            (Day, &["date"]),
            (f(Metric::Posts), &["tweets published"]),
            (f(Metric::Impressions), &["impressions"]),
            (f(Metric::Engagements), &["engagements"]),
            (f(Metric::Shares), &["retweets"]),
            (f(Metric::Comments), &["replies"]),
            (f(Metric::Likes), &["likes"]),
            (f(Metric::ProfileVisits), &["user profile clicks"]),
            (f(Metric::LinkClicks), &["url clicks"]),
            (f(Metric::Follows), &["follows"]),
            (f(Metric::Views), &["media views"]),
            (
                Known,
                &[
                    "engagement rate",
                    "hashtag clicks",
                    "detail expands",
                    "permalink clicks",
                    "app opens",
                    "app installs",
                    "email tweet",
                    "dial phone",
                    "media engagements",
                ],
            ),
        ],
    },
    Format {
        id: "x_content",
        network: Network::Fixed("x"),
        shape: Shape::Posts,
        required: &[
            &["post id", "ja:ポストid"],
            &["date", "ja:日付"],
            &["impressions", "ja:インプレッション数"],
        ],
        columns: &[
            (PostId, &["post id", "ja:ポストid"]),
            (Published, &["date", "ja:日付"]),
            (Text, &["post text", "ja:ポスト本文"]),
            (Link, &["post link", "link", "ja:ポストのリンク"]),
            (
                f(Metric::Impressions),
                &["impressions", "ja:インプレッション数"],
            ),
            (f(Metric::Likes), &["likes", "ja:いいね"]),
            (
                f(Metric::Engagements),
                &["engagements", "ja:エンゲージメント"],
            ),
            (f(Metric::Saves), &["bookmarks", "ja:ブックマーク"]),
            (f(Metric::Follows), &["new follows", "ja:新しいフォロー"]),
            (f(Metric::Comments), &["replies", "ja:返信"]),
            (f(Metric::Shares), &["reposts", "ja:リポスト"]),
            (
                f(Metric::ProfileVisits),
                &["profile visits", "ja:プロフィールへのアクセス数"],
            ),
            (f(Metric::LinkClicks), &["url clicks", "ja:urlのクリック数"]),
            (
                Known,
                &[
                    "share",
                    "shares",
                    "ja:共有された回数",
                    "detail expands",
                    "ja:詳細のクリック数",
                    "hashtag clicks",
                    "ja:ハッシュタグのクリック数",
                    "permalink clicks",
                    "ja:パーマリンクのクリック数",
                ],
            ),
        ],
    },
    Format {
        id: "x_overview",
        network: Network::Fixed("x"),
        shape: Shape::Daily,
        required: &[&["date"], &["impressions"], &["new follows"]],
        columns: &[
            (Day, &["date"]),
            (f(Metric::Impressions), &["impressions"]),
            (f(Metric::Likes), &["likes"]),
            (f(Metric::Engagements), &["engagements"]),
            (f(Metric::Saves), &["bookmarks"]),
            (f(Metric::Follows), &["new follows"]),
            (f(Metric::Unfollows), &["unfollows"]),
            (f(Metric::Comments), &["replies"]),
            (f(Metric::Shares), &["reposts"]),
            (f(Metric::ProfileVisits), &["profile visits"]),
            (f(Metric::Posts), &["create post"]),
            (f(Metric::Views), &["video views"]),
            (Known, &["shares", "media views"]),
        ],
    },
    Format {
        id: "tiktok_overview",
        network: Network::Fixed("tiktok"),
        shape: Shape::Daily,
        required: &[&["date"], &["video views"], &["profile views"]],
        columns: &[
            (Day, &["date"]),
            (f(Metric::Views), &["video views"]),
            (f(Metric::ProfileVisits), &["profile views"]),
            (f(Metric::Likes), &["likes"]),
            (f(Metric::Comments), &["comments"]),
            (f(Metric::Shares), &["shares"]),
            (f(Metric::Reach), &["reached audience"]),
            (f(Metric::Followers), &["followers"]),
            (f(Metric::Follows), &["new followers"]),
            (f(Metric::Unfollows), &["lost followers"]),
            (f(Metric::Leads), &["leads submission"]),
            (f(Metric::Clicks), &["phone number clicks"]),
            (
                Known,
                &["difference in followers from previous day", "net growth"],
            ),
        ],
    },
    Format {
        id: "tiktok_followers",
        network: Network::Fixed("tiktok"),
        shape: Shape::Daily,
        required: &[
            &["date"],
            &["followers", "total followers", "new followers"],
        ],
        columns: &[
            (Day, &["date"]),
            (f(Metric::Followers), &["followers", "total followers"]),
            (f(Metric::Follows), &["new followers"]),
            (f(Metric::Reach), &["reached audience"]),
            (
                Known,
                &[
                    "difference in followers from previous day",
                    "engaged audience",
                ],
            ),
        ],
    },
    Format {
        id: "tiktok_viewers",
        network: Network::Fixed("tiktok"),
        shape: Shape::Daily,
        required: &[&["date"], &["total viewers"]],
        columns: &[
            (Day, &["date"]),
            (f(Metric::Reach), &["total viewers"]),
            (Known, &["new viewers", "returning viewers"]),
        ],
    },
    Format {
        id: "tiktok_content",
        network: Network::Fixed("tiktok"),
        shape: Shape::Posts,
        required: &[&["video link"], &["post time"]],
        columns: &[
            (Link, &["video link"]),
            (Text, &["video title"]),
            (Published, &["post time"]),
            (f(Metric::Likes), &["total likes", "likes"]),
            (f(Metric::Comments), &["total comments", "comments"]),
            (f(Metric::Shares), &["total shares", "shares"]),
            (f(Metric::Views), &["total views", "video views"]),
            (f(Metric::Saves), &["add to favorites"]),
            (Role::AsOf, &["time"]),
            (Known, &["video_view_within_days"]),
        ],
    },
    Format {
        id: "youtube_table",
        network: Network::Fixed("youtube"),
        shape: Shape::Posts,
        required: &[&["content"], &["video publish time"]],
        columns: &[
            (PostId, &["content"]),
            (Text, &["video title"]),
            (Published, &["video publish time"]),
            (f(Metric::Views), &["views"]),
            (f(Metric::WatchTime), &["watch time (hours)"]),
            (f(Metric::Impressions), &["impressions"]),
            (f(Metric::Likes), &["likes"]),
            (f(Metric::Shares), &["shares"]),
            (f(Metric::Comments), &["comments added"]),
            (f(Metric::Follows), &["subscribers gained"]),
            (f(Metric::Unfollows), &["subscribers lost"]),
            (Role::Duration, &["duration"]),
            (
                Known,
                &[
                    "subscribers",
                    "impressions click-through rate (%)",
                    "engaged views",
                    "average percentage viewed (%)",
                    "stayed to watch (%)",
                    "unique viewers",
                    "average views per viewer",
                    "new viewers",
                    "returning viewers",
                    "casual viewers",
                    "regular viewers",
                    "hypes",
                    "hype points",
                    "dislikes",
                    "likes (vs dislikes) (%)",
                    "post subscribers",
                    "average view duration",
                ],
            ),
        ],
    },
    Format {
        id: "youtube_chart",
        network: Network::Fixed("youtube"),
        shape: Shape::Daily,
        required: &[&["date"], &["content"], &["views"]],
        columns: &[
            (Day, &["date"]),
            (f(Metric::Views), &["views"]),
            (f(Metric::WatchTime), &["watch time (hours)"]),
            (
                Known,
                &["content", "video title", "video publish time", "duration"],
            ),
        ],
    },
    Format {
        id: "youtube_totals",
        network: Network::Fixed("youtube"),
        shape: Shape::Daily,
        required: &[&["date"], &["views"]],
        columns: &[
            (Day, &["date"]),
            (f(Metric::Views), &["views"]),
            (f(Metric::WatchTime), &["watch time (hours)"]),
            (f(Metric::Follows), &["subscribers gained"]),
            (f(Metric::Unfollows), &["subscribers lost"]),
            (Known, &["subscribers"]),
        ],
    },
    Format {
        id: "linkedin_posts",
        network: Network::Fixed("linkedin"),
        shape: Shape::Posts,
        required: &[&["post link"], &["created date"]],
        columns: &[
            (Text, &["post title"]),
            (Link, &["post link"]),
            // "Post type" is Organic or Sponsored; the format is the "Content type".
            (Kind, &["content type"]),
            (Published, &["created date"]),
            (f(Metric::Impressions), &["impressions"]),
            (f(Metric::Views), &["views"]),
            (f(Metric::Clicks), &["clicks"]),
            (f(Metric::Likes), &["likes", "reactions"]),
            (f(Metric::Comments), &["comments"]),
            (f(Metric::Shares), &["reposts"]),
            (f(Metric::Follows), &["follows"]),
            (
                Known,
                &[
                    "campaign name",
                    "posted by",
                    "audience",
                    "offsite views",
                    "click through rate (ctr)",
                    "engagement rate",
                    "post type",
                    "campaign start date",
                    "campaign end date",
                ],
            ),
        ],
    },
    Format {
        id: "linkedin_metrics",
        network: Network::Fixed("linkedin"),
        shape: Shape::Daily,
        required: &[&["date"], &["impressions (total)", "impressions (organic)"]],
        columns: &[
            (Day, &["date"]),
            (f(Metric::Impressions), &["impressions (total)"]),
            (f(Metric::Clicks), &["clicks (total)"]),
            (f(Metric::Likes), &["reactions (total)"]),
            (f(Metric::Comments), &["comments (total)"]),
            (f(Metric::Shares), &["reposts (total)"]),
            (
                Known,
                &[
                    "impressions (organic)",
                    "impressions (sponsored)",
                    "unique impressions (organic)",
                    "clicks (organic)",
                    "clicks (sponsored)",
                    "reactions (organic)",
                    "reactions (sponsored)",
                    "comments (organic)",
                    "comments (sponsored)",
                    "reposts (organic)",
                    "reposts (sponsored)",
                    "engagement rate (organic)",
                    "engagement rate (sponsored)",
                    "engagement rate (total)",
                ],
            ),
        ],
    },
    Format {
        id: "linkedin_followers",
        network: Network::Fixed("linkedin"),
        shape: Shape::Daily,
        required: &[&["date"], &["organic followers"]],
        columns: &[
            (Day, &["date"]),
            (f(Metric::Follows), &["total followers"]),
            (
                Known,
                &[
                    "sponsored followers",
                    "organic followers",
                    "auto-invited followers",
                ],
            ),
        ],
    },
    Format {
        id: "linkedin_visitors",
        network: Network::Fixed("linkedin"),
        shape: Shape::Daily,
        required: &[&["date"], &["total page views (total)"]],
        columns: &[
            (Day, &["date"]),
            (f(Metric::ProfileVisits), &["total page views (total)"]),
        ],
    },
];

/// Tables that break figures down by people (age, gender, place, hour) rather than give them:
/// recognised, and refused with a sentence saying so. Each is a set of header names.
pub const BREAKDOWNS: &[&[&str]] = &[
    &["gender", "distribution"],
    &["top territories", "distribution"],
    &["date", "hour", "active followers"],
    &["age & gender"],
    &["location", "total followers"],
    &["job function", "total followers"],
    &["seniority", "total followers"],
    &["industry", "total followers"],
    &["company size", "total followers"],
];

/// Sheets of the old Facebook Insights workbook that repeat, per person rather than per action,
/// what other sheets give: left, and named in a warning.
pub const SHEETS_LEFT: &[&str] = &[
    "Lifetime Talking About This",
    "Lifetime Post Consumers by type",
    "Lifetime Negative Feedback",
];

/// LinkedIn's competitor table: pages compared, not the page's own analytics.
pub const COMPETITORS: &[&str] = &[
    "page",
    "total followers",
    "new followers",
    "total post engagements",
    "total posts",
];

/// The generic long format for any other figure: `date, network, metric, value[, post_id]`.
pub const LONG_COLUMNS: &[(&str, &[&str])] = &[
    ("date", &["date", "fr:jour", "day"]),
    ("network", &["network", "fr:réseau", "platform"]),
    ("metric", &["metric", "fr:métrique", "fr:indicateur", "kpi"]),
    ("value", &["value", "fr:valeur"]),
    ("post_id", &["post_id", "post id", "fr:publication"]),
];

/// A header cell as the dictionaries spell it.
pub fn normalise(cell: &str) -> String {
    let trimmed =
        cell.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}' || c == '\\' || c == ':');
    let mut out = String::with_capacity(trimmed.len());
    let mut space = false;
    for c in trimmed.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.extend(c.to_lowercase());
    }
    out
}

/// A dictionary name split into its language and the name.
pub fn tagged(name: &'static str) -> (&'static str, &'static str) {
    match name.split_once(':') {
        Some((language, rest))
            if language.len() == 2 && language.chars().all(|c| c.is_ascii_lowercase()) =>
        {
            (language, rest)
        }
        _ => ("en", name),
    }
}

/// The role of a normalised header in a format, with the language of the name that matched.
pub fn role_of(format: &Format, header: &str) -> Option<(&'static Role, &'static str)> {
    for (role, names) in format.columns {
        for name in names.iter() {
            let (language, name) = tagged(name);
            if name == header {
                return Some((role, language));
            }
        }
    }
    None
}

/// Whether a set of normalised headers has a name of each group.
pub fn has_all(headers: &[String], groups: &[&[&'static str]]) -> bool {
    groups.iter().all(|names| {
        names
            .iter()
            .any(|name| headers.iter().any(|h| h == tagged(name).1))
    })
}
