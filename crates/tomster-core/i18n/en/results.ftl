# Results: importing the networks' analytics exports.

import-format-instagram_posts = Instagram posts (Meta Business Suite)
import-format-facebook_posts = Facebook Page posts (Meta Business Suite)
import-format-meta_daily = Meta Business Suite daily series
import-format-facebook_insights_posts = Facebook Insights post export (legacy)
import-format-facebook_insights_page = Facebook Insights Page export (legacy)
import-format-x_tweet_activity = X tweet activity (legacy)
import-format-x_daily_activity = X daily activity (legacy)
import-format-x_content = X account analytics: posts
import-format-x_overview = X account analytics: overview
import-format-tiktok_overview = TikTok overview
import-format-tiktok_followers = TikTok followers
import-format-tiktok_viewers = TikTok viewers
import-format-tiktok_content = TikTok content
import-format-youtube_table = YouTube Studio table data
import-format-youtube_totals = YouTube Studio totals
import-format-linkedin_posts = LinkedIn Page posts
import-format-linkedin_metrics = LinkedIn Page metrics
import-format-linkedin_followers = LinkedIn Page new followers
import-format-linkedin_visitors = LinkedIn Page visitors
import-format-ga4 = Google Analytics 4 report
import-format-long_csv = Figures in columns (date, network, metric, value)

import-refused-empty = The file is empty.
import-refused-archive = This is an archive (zip, gzip, 7z or rar), not an export. Extract it and import the CSV or Excel files it holds.
import-refused-image = This is an image, not an export. Download the figures as CSV or Excel from the network's analytics page.
import-refused-pdf = This is a PDF, which holds no table Tomster can read. Download the same report as CSV or Excel.
import-refused-binary = This file is neither text nor a spreadsheet Tomster reads. Export the figures as CSV or Excel.
import-refused-not-a-table = This file holds no table (it looks like a web page or JSON). Export the figures as CSV or Excel.
import-refused-unreadable = The file could not be read: { $reason }.
import-refused-too-large = The file is larger than { $limit } MB, the most Tomster imports at once. Export a shorter period.
import-refused-spreadsheet-too-large = This spreadsheet is larger than { $limit } MB, the most Tomster reads as a spreadsheet. Export a shorter period, or the same figures as CSV.
import-refused-damaged-workbook = The spreadsheet is damaged and cannot be read ({ $reason }). Download the export again.
import-refused-workbook-limits = Reading this spreadsheet needed more than { $memory } MB of memory or { $seconds } seconds, far more than any export: it is damaged, or it is not an export. Download the export again, or export the same figures as CSV.
import-refused-workbook-reader = The spreadsheet reader could not run on this file. Try again, or export the same figures as CSV.
import-refused-row-quoted = Every row of this file is wrapped in a single quoted cell: a spreadsheet opened and re-saved it. Download the export again from the network and import it without opening it first.
import-refused-universal-analytics = This is a Universal Analytics report; Google stopped Universal Analytics in July 2023. Export the report from Google Analytics 4 instead.
import-refused-breakdown = This table breaks your audience down ({ $columns }) rather than giving figures over time; Tomster does not import audience breakdowns. Export the overview, content or followers report instead.
import-refused-competitors = This is LinkedIn's competitor comparison, not your Page's own analytics. Export the Page's content, followers or visitors report instead.
import-refused-meta-metric = This Meta Business Suite series measures "{ $name }", which Tomster does not follow. Export views, reach, follows, visits, interactions or link clicks.
import-refused-meta-network = This Meta Business Suite series ("{ $metric }") does not say whether it is Facebook's or Instagram's, and the strategy uses both or neither. Say which network it is (--network instagram or --network facebook).
import-refused-unknown = Tomster does not recognise this file as an analytics export. Its first line reads: { $first }. Supported: Meta Business Suite, LinkedIn Page analytics, X, TikTok, YouTube Studio, Google Analytics 4, or a table with the columns date, network, metric, value.

import-warning-unknown-columns = { $count ->
    [one] One column was not imported: { $names }.
   *[other] { $count } columns were not imported: { $names }.
}
import-warning-duplicate-columns = Columns that appear twice were read once: { $names }.
import-warning-unknown-tables = { $count ->
    [one] One table of the report was not imported: { $names }.
   *[other] { $count } tables of the report were not imported: { $names }.
}
import-warning-sheets-skipped = { $count ->
    [one] One sheet holds no figures Tomster follows and was left: { $names }.
   *[other] { $count } sheets hold no figures Tomster follows and were left: { $names }.
}
import-warning-several-accounts = The file covers several accounts: { $accounts }.
import-warning-no-year = The dates have no year; they were placed from { $from } to { $to }, counting back from the day of the export.
import-warning-total-row = The total row was left out (it repeats the sum of the other rows).
import-warning-network-assumed = The series does not name its network; it was taken as { $network }, the one of Facebook and Instagram the strategy uses.

import-error-number = "{ $value }" is not a number.
import-error-date = "{ $value }" is not a date.
import-error-no-post-id = The row has no post id or link.
import-error-network = "{ $value }" is not one of the strategy's networks ({ $known }).
import-error-metric = "{ $value }" is not a metric Tomster knows, nor one of the strategy's own KPIs.
import-error-ga4-period = The report gives no start and end date above this table.
import-error-unreadable-line = Line { $line } cannot be read ({ $reason }).
import-warning-no-rows = The file has its header but no rows: nothing to import.

# The `tomster results` command.
results-refused = Refused: { $reason }
results-recognised = { $format } · headers in { $language } · { $network }
results-summary = account { $account } · { $period } · { $rows } rows · posts: { $added } added, { $updated } updated, { $unchanged } unchanged · { $figures } daily or period figures
results-rejected = Nothing from this file was kept: fix the errors above, or pass --skip-invalid to keep the good rows.
results-figures-heading = Figures per month (counts add up; followers are the month's last value)
results-period = period
results-progress-heading = Progress of the objectives as of { $date }
results-progress-figures = { $actual } measured, { $expected } expected by now; target { $target } by { $deadline }
results-progress-forecast = forecast at the deadline: { $value } (between { $low } and { $high }, from { $periods } periods)
results-execution-heading = Plan against published, the last { $weeks } weeks of each network
results-execution-line = { $network } · { $week } · { $planned } planned · { $published } published
results-execution-format-line = { $format } · { $planned } planned · { $published } published
results-findings-heading = What to adjust
results-no-findings = Nothing to adjust: no finding.

# The metrics of results, by id.
metric-impressions = Impressions
metric-reach = Reach
metric-views = Views
metric-likes = Likes and reactions
metric-comments = Comments and replies
metric-shares = Shares and reposts
metric-saves = Saves
metric-clicks = Clicks
metric-link_clicks = Link clicks
metric-profile_visits = Profile visits
metric-follows = New followers
metric-unfollows = Lost followers
metric-followers = Followers
metric-engagements = Engagements
metric-watch_time = Watch time (hours)
metric-sessions = Website sessions
metric-engaged_sessions = Engaged sessions
metric-key_events = Key events (conversions)
metric-revenue = Revenue
metric-active_users = Active users
metric-new_users = New users
metric-page_views = Page views
metric-leads = Leads
metric-events = Events
metric-posts = Posts published

import-language-en = English
import-language-es = Spanish
import-language-pt = Portuguese
import-language-ja = Japanese
import-language-fr = French
import-refused-stopped = The import was stopped before its end (the server is busy, or the file takes longer than a request may): nothing was stored. Try again later, or import the file with the command line.

# Progress (src/progress): why an objective has its status, then what the reading rests on.
progress-status-on_track = on track
progress-status-at_risk = at risk
progress-status-off_track = off track
progress-status-not_measurable = not measurable yet
progress-no-kpi = No KPI proves this objective yet.
progress-not-computable = { $kpi } cannot be computed from the figures imported.
progress-no-baseline = The target is a change from a starting value, and none is given.
progress-no-target = The objective has no target to measure against.
progress-not-started = The strategy starts on { $start }.
progress-no-figures = No figure of { $kpi } has been imported or typed yet.
progress-no-figures-on = No figure of { $kpi } has been imported or typed yet for { $networks }.
progress-no-complete-period = The first complete period ends on { $end }.
progress-reached = The deadline has passed: { $actual } against a target of { $target }, reached.
progress-missed = The deadline has passed: { $actual } against a target of { $target }, missed.
progress-forecast-misses = At the current trend the KPI would reach about { $forecast } (between { $low } and { $high }) by { $deadline }, short of { $target }.
progress-behind-pace = { $pace } of the expected progress, under the alert threshold of { $alert }.
progress-on-pace = { $pace } of the expected progress.
progress-on-pace-start = Too early to compare with the expected progress.
progress-no-forecast = No forecast yet: { $periods } complete periods of figures, { $needed } needed.
progress-approximate = Approximate: reach added up over days or posts counts a person more than once.
progress-measured-through = Figures up to { $day }.
progress-review-daily = every day
progress-review-weekly = every week
progress-review-monthly = every month
