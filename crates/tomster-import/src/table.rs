//! Rows to results: finds each table's header among the rows (past `sep=` lines, `#` comments,
//! description lines and metric names), recognises its format, and turns its rows into posts and
//! observations, with every error located at its sheet, line and column.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use jiff::ToSpan;
use jiff::civil::Date;
use serde::Serialize;
use tomster_core::i18n::Coded;
use tomster_core::results::{Aggregation, Metric, Observation, Post, Published, Span};

use crate::formats::{self, FORMATS, Format, Network, Role, Shape};
use crate::source::{Row, Sheet};
use crate::values::{self, DayOrder, Number, When};
use crate::{Context, MAX_LISTED_ERRORS, Reading};

/// An error in a row, located for the user.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Located {
    pub sheet: Option<String>,
    pub line: u64,
    /// The header of the column, when the error is in one cell.
    pub column: Option<String>,
    #[serde(skip)]
    pub message: Coded,
}

/// Rows seen before a header is found are kept this far back (metric names, descriptions).
const PREAMBLE_ROWS: usize = 40;

/// The network GA4's figures belong to: the website the social posts lead to.
pub const WEBSITE: &str = "website";

struct Column {
    role: Role,
    header: String,
}

/// A day of a daily series, kept until the table ends so that dates without a year and
/// day-first dates can be settled by the whole column.
struct SeriesRow {
    day: String,
    line: u64,
    figures: Vec<(Metric, f64)>,
}

enum Table {
    Format {
        format: &'static Format,
        network: String,
        columns: Vec<Option<Column>>,
        first_row: bool,
        series: Vec<SeriesRow>,
        day_order: DayOrder,
    },
    MetaDaily {
        metric: Metric,
        network: String,
        series: Vec<SeriesRow>,
    },
    Ga4 {
        kind: Ga4Kind,
        columns: Vec<Option<Metric>>,
        headers: Vec<String>,
        sums: BTreeMap<Metric, f64>,
    },
    Long {
        date: usize,
        network: usize,
        metric: usize,
        value: usize,
        post_id: Option<usize>,
    },
    /// A table recognised as one Tomster leaves (a GA4 table of countries, say): skipped.
    Skip,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Ga4Kind {
    Weeks,
    Days,
    Dates,
    /// A breakdown by traffic source or event: each row a figure of its own.
    By(&'static str),
    /// Pages: the rows add up to the period's total.
    Summed,
}

#[derive(Default)]
struct Ga4 {
    seen: bool,
    universal: bool,
    start: Option<Date>,
    end: Option<Date>,
    property: Option<String>,
}

pub(crate) struct TableReader<'c> {
    context: &'c Context,
    sheet: Option<String>,
    reading: Reading,
    preamble: Vec<Row>,
    first_row: Option<Row>,
    table: Option<Table>,
    ga4: Ga4,
    formats: Vec<String>,
    networks: BTreeSet<String>,
    accounts: BTreeSet<String>,
    languages: HashMap<&'static str, usize>,
    unknown_columns: Vec<String>,
    unknown_tables: Vec<String>,
    duplicate_columns: Vec<String>,
    undated: Option<(Date, Date)>,
    totals_skipped: bool,
    dates: Option<(Date, Date)>,
}

impl<'c> TableReader<'c> {
    pub(crate) fn new(context: &'c Context, sheet: Option<String>) -> TableReader<'c> {
        TableReader {
            context,
            sheet,
            reading: Reading::default(),
            preamble: Vec::new(),
            first_row: None,
            table: None,
            ga4: Ga4::default(),
            formats: Vec::new(),
            networks: BTreeSet::new(),
            accounts: BTreeSet::new(),
            languages: HashMap::new(),
            unknown_columns: Vec::new(),
            unknown_tables: Vec::new(),
            duplicate_columns: Vec::new(),
            undated: None,
            totals_skipped: false,
            dates: None,
        }
    }

    /// Posts read and not yet handed over.
    pub(crate) fn pending_posts(&self) -> usize {
        self.reading.posts.len()
    }

    /// The reading so far, for its posts and observations to be handed over.
    pub(crate) fn reading_mut(&mut self) -> &mut Reading {
        &mut self.reading
    }

    /// A line the text reader could not read (a broken quote): an error at that line.
    pub(crate) fn broken(&mut self, message: Coded) {
        self.error(0, None, message);
        self.reading.skipped_rows += 1;
    }

    fn error(&mut self, line: u64, column: Option<String>, message: Coded) {
        self.reading.error_count += 1;
        if self.reading.errors.len() < MAX_LISTED_ERRORS {
            self.reading.errors.push(Located {
                sheet: self.sheet.clone(),
                line,
                column,
                message,
            });
        }
    }

    pub(crate) fn row(&mut self, row: &Row) -> Result<(), Coded> {
        if self.first_row.is_none() && row.cells.iter().any(|c| !values::clean(c).is_empty()) {
            self.first_row = Some(row.clone());
        }
        if row.cells.iter().all(|c| values::clean(c).is_empty()) {
            if matches!(self.table, Some(Table::Ga4 { .. })) {
                self.finish_table();
            }
            return Ok(());
        }
        let first = values::clean(&row.cells[0]);
        if let Some(comment) = first.strip_prefix('#') {
            self.finish_table();
            self.ga4_comment(comment.trim());
            return Ok(());
        }
        if first.starts_with("sep=") && self.table.is_none() {
            return Ok(());
        }
        if self.table.is_some() {
            self.table_row(row);
            return Ok(());
        }
        self.seek_header(row)
    }

    fn ga4_comment(&mut self, comment: &str) {
        let date = |text: &str| match values::when(text, DayOrder::MonthFirst) {
            Some(When::At(date, ..)) => Some(date),
            _ => None,
        };
        if let Some(rest) = comment.strip_prefix("Start date:") {
            self.ga4.seen = true;
            self.ga4.start = date(rest.trim());
        } else if let Some(rest) = comment.strip_prefix("End date:") {
            self.ga4.seen = true;
            self.ga4.end = date(rest.trim());
        } else if let Some(rest) = comment.strip_prefix("Property:") {
            self.ga4.seen = true;
            self.ga4.property = Some(rest.trim().to_owned());
        } else if comment == "All Web Site Data" {
            self.ga4.universal = true;
        }
    }

    fn seek_header(&mut self, row: &Row) -> Result<(), Coded> {
        let headers: Vec<String> = row.cells.iter().map(|c| formats::normalise(c)).collect();
        let named: Vec<String> = headers.iter().filter(|h| !h.is_empty()).cloned().collect();

        // A spreadsheet re-save that wrapped each row in one quoted cell.
        if named.len() == 1 && row.cells[0].matches(',').count() >= 3 {
            let inner: Vec<String> = row.cells[0]
                .split(',')
                .map(|c| formats::normalise(c.trim_matches(char::from(crate::source::QUOTE))))
                .collect();
            if best_format(&inner).is_some()
                || row.cells[0].contains(&format!(",{}", char::from(crate::source::QUOTE)))
            {
                return Err(Coded::new("import-refused-row-quoted", &[]));
            }
        }
        if self.ga4.universal && named.len() >= 2 {
            return Err(Coded::new("import-refused-universal-analytics", &[]));
        }
        for breakdown in formats::BREAKDOWNS {
            if breakdown.iter().all(|name| named.iter().any(|h| h == name))
                && named.len() <= breakdown.len() + 8
            {
                return Err(Coded::new(
                    "import-refused-breakdown",
                    &[(
                        "columns",
                        row.cells
                            .iter()
                            .map(|c| values::clean(c))
                            .filter(|c| !c.is_empty())
                            .collect::<Vec<_>>()
                            .join(", "),
                    )],
                ));
            }
        }
        if formats::COMPETITORS
            .iter()
            .all(|name| named.iter().any(|h| h == name))
        {
            return Err(Coded::new("import-refused-competitors", &[]));
        }
        if named == ["date", "primary"] {
            return self.start_meta_daily(row);
        }
        if self.ga4.seen {
            self.start_ga4(row, &headers);
            return Ok(());
        }
        if let Some(table) = long_table(&headers) {
            self.note_format("long_csv", "en");
            self.table = Some(table);
            return Ok(());
        }
        if let Some(format) = best_format(&headers) {
            self.start_format(format, row, &headers);
            return Ok(());
        }
        self.preamble.push(row.clone());
        if self.preamble.len() > PREAMBLE_ROWS {
            self.preamble.remove(0);
        }
        Ok(())
    }

    fn note_format(&mut self, format: &str, language: &'static str) {
        if !self.formats.iter().any(|f| f == format) {
            self.formats.push(format.to_owned());
        }
        *self.languages.entry(language).or_default() += 1;
    }

    fn start_meta_daily(&mut self, row: &Row) -> Result<(), Coded> {
        let name = self
            .preamble
            .iter()
            .rev()
            .find_map(|r| {
                r.cells
                    .first()
                    .map(|c| values::clean(c).to_owned())
                    .filter(|c| !c.is_empty())
            })
            .unwrap_or_default();
        let lower = formats::normalise(&name);
        let metric = match lower
            .trim_start_matches("instagram ")
            .trim_start_matches("facebook ")
        {
            "views" | "visualizaciones" => Metric::Views,
            "viewers" | "reach" | "accounts reached" => Metric::Reach,
            "follows" | "new follows" | "new followers" => Metric::Follows,
            "followers" => Metric::Followers,
            "interactions" | "content interactions" => Metric::Engagements,
            "visits" | "profile visits" | "page visits" => Metric::ProfileVisits,
            "link clicks" => Metric::LinkClicks,
            _ => {
                return Err(Coded::new("import-refused-meta-metric", &[("name", name)]));
            }
        };
        let network = if lower.starts_with("instagram") {
            "instagram".to_owned()
        } else if lower.starts_with("facebook") {
            "facebook".to_owned()
        } else if let Some(network) = self.context.network.clone() {
            network
        } else {
            let meta: Vec<&String> = self
                .context
                .networks
                .iter()
                .filter(|n| *n == "instagram" || *n == "facebook")
                .collect();
            match meta.as_slice() {
                [one] => {
                    self.reading.warnings.push(Coded::new(
                        "import-warning-network-assumed",
                        &[("network", (*one).clone())],
                    ));
                    (*one).clone()
                }
                _ => {
                    return Err(Coded::new(
                        "import-refused-meta-network",
                        &[("metric", name)],
                    ));
                }
            }
        };
        let _ = row;
        self.note_format("meta_daily", "en");
        self.networks.insert(network.clone());
        self.table = Some(Table::MetaDaily {
            metric,
            network,
            series: Vec::new(),
        });
        Ok(())
    }

    fn start_ga4(&mut self, row: &Row, headers: &[String]) {
        let first = headers.first().map(String::as_str).unwrap_or("");
        let kind = match first {
            "nth week" => Some(Ga4Kind::Weeks),
            "nth day" => Some(Ga4Kind::Days),
            "date" => Some(Ga4Kind::Dates),
            "event name" => Some(Ga4Kind::By("event")),
            "page path and screen class"
            | "page title and screen class"
            | "page path"
            | "page title"
            | "landing page" => Some(Ga4Kind::Summed),
            other if other.contains("channel group") => Some(Ga4Kind::By("channel")),
            other if other.ends_with("source / medium") => Some(Ga4Kind::By("source_medium")),
            other if other.ends_with("campaign") => Some(Ga4Kind::By("campaign")),
            other if other.ends_with("source") => Some(Ga4Kind::By("source")),
            other if other.ends_with("medium") => Some(Ga4Kind::By("medium")),
            _ => None,
        };
        let Some(kind) = kind else {
            self.unknown_tables
                .push(values::clean(&row.cells[0]).to_owned());
            self.table = Some(Table::Skip);
            return;
        };
        let mut columns = Vec::with_capacity(headers.len());
        let mut unknown = Vec::new();
        for (index, header) in headers.iter().enumerate() {
            if index == 0 {
                columns.push(None);
                continue;
            }
            let metric = match header.as_str() {
                "active users" if kind != Ga4Kind::Summed => Some(Metric::ActiveUsers),
                "new users" => Some(Metric::NewUsers),
                "sessions" => Some(Metric::Sessions),
                "engaged sessions" => Some(Metric::EngagedSessions),
                "key events" | "conversions" => Some(Metric::KeyEvents),
                "total revenue" | "purchase revenue" => Some(Metric::Revenue),
                "views" => Some(Metric::PageViews),
                "event count" => Some(Metric::Events),
                _ => None,
            };
            if metric.is_none() && !ga4_known(header) {
                unknown.push(values::clean(&row.cells[index]).to_owned());
            }
            columns.push(metric);
        }
        if columns.iter().all(Option::is_none) {
            // A cohort or a rolling-window table: no figure Tomster follows.
            self.unknown_tables
                .push(values::clean(&row.cells[0]).to_owned());
            self.table = Some(Table::Skip);
            return;
        }
        self.unknown_columns.extend(unknown);
        self.note_format("ga4", "en");
        self.networks.insert(WEBSITE.to_owned());
        if let Some(property) = &self.ga4.property {
            self.accounts.insert(property.clone());
        }
        self.table = Some(Table::Ga4 {
            kind,
            columns,
            headers: row
                .cells
                .iter()
                .map(|c| values::clean(c).to_owned())
                .collect(),
            sums: BTreeMap::new(),
        });
    }

    fn start_format(&mut self, format: &'static Format, row: &Row, headers: &[String]) {
        let mut columns: Vec<Option<Column>> = Vec::with_capacity(headers.len());
        let mut taken: Vec<Role> = Vec::new();
        let mut votes: HashMap<&'static str, usize> = HashMap::new();
        for (index, header) in headers.iter().enumerate() {
            let written = values::clean(&row.cells[index]).to_owned();
            if header.is_empty() {
                columns.push(None);
                continue;
            }
            match formats::role_of(format, header) {
                Some((role, language)) => {
                    *votes.entry(language).or_default() += 1;
                    let duplicate =
                        *role != Role::Known && taken.iter().any(|r| same_target(r, role));
                    if duplicate {
                        self.duplicate_columns.push(written);
                        columns.push(None);
                    } else {
                        taken.push(role.clone());
                        columns.push(Some(Column {
                            role: role.clone(),
                            header: written,
                        }));
                    }
                }
                None => {
                    self.unknown_columns.push(written);
                    columns.push(None);
                }
            }
        }
        let language = votes
            .iter()
            .filter(|(language, _)| **language != "en")
            .max_by_key(|(_, count)| **count)
            .filter(|(_, count)| **count * 2 >= votes.values().sum::<usize>())
            .map_or("en", |(language, _)| *language);
        let network = match format.network {
            Network::Fixed(network) => network.to_owned(),
            Network::Meta => {
                let instagram = headers.iter().any(|h| {
                    matches!(
                        h.as_str(),
                        "account id"
                            | "account username"
                            | "identificador de la cuenta"
                            | "nombre de usuario de la cuenta"
                    )
                });
                if instagram {
                    "instagram".to_owned()
                } else {
                    "facebook".to_owned()
                }
            }
        };
        let format_id = match (format.id, network.as_str()) {
            ("meta_posts", "instagram") => "instagram_posts",
            ("meta_posts", _) => "facebook_posts",
            (id, _) => id,
        };
        self.note_format(format_id, language);
        self.networks.insert(network.clone());
        self.table = Some(Table::Format {
            format,
            network,
            columns,
            first_row: true,
            series: Vec::new(),
            day_order: DayOrder::MonthFirst,
        });
    }

    fn table_row(&mut self, row: &Row) {
        let Some(mut table) = self.table.take() else {
            return;
        };
        match &mut table {
            Table::Skip => {}
            Table::Format {
                format,
                network,
                columns,
                first_row,
                series,
                day_order,
            } => {
                let description = *first_row
                    && row.cells.iter().any(|c| {
                        let c = values::clean(c);
                        ["Lifetime:", "Daily:", "Weekly:", "28 Days:"]
                            .iter()
                            .any(|p| c.starts_with(p))
                    });
                *first_row = false;
                if !description {
                    self.reading.rows += 1;
                    match format.shape {
                        Shape::Posts => self.post_row(network, columns, row, day_order),
                        Shape::Daily => {
                            if let Some(day) = self.series_row(columns, row) {
                                series.push(day);
                            }
                        }
                    }
                }
            }
            Table::MetaDaily { metric, series, .. } => {
                self.reading.rows += 1;
                let value = row.cells.get(1).map(String::as_str).unwrap_or("");
                match values::number(value, false) {
                    Ok(Number::Value(v)) => series.push(SeriesRow {
                        day: row.cells[0].clone(),
                        line: row.line,
                        figures: vec![(metric.clone(), v)],
                    }),
                    Ok(Number::Missing) => {}
                    Err(values::NotANumber) => {
                        self.error(
                            row.line,
                            Some("Primary".into()),
                            Coded::new("import-error-number", &[("value", value.to_owned())]),
                        );
                        self.reading.skipped_rows += 1;
                    }
                }
            }
            Table::Ga4 {
                kind,
                columns,
                headers,
                sums,
            } => {
                self.reading.rows += 1;
                self.ga4_row(*kind, columns, headers, sums, row);
            }
            Table::Long {
                date,
                network,
                metric,
                value,
                post_id,
            } => {
                self.reading.rows += 1;
                self.long_row(*date, *network, *metric, *value, *post_id, row);
            }
        }
        self.table = Some(table);
    }

    /// The figures of a row, with an error for each cell that should hold a number and doesn't.
    fn figures(&mut self, columns: &[Option<Column>], row: &Row) -> Option<Vec<(Metric, f64)>> {
        let mut figures: Vec<(Metric, f64)> = Vec::new();
        let mut ok = true;
        for (index, column) in columns.iter().enumerate() {
            let (metric, factor, part, header) = match column {
                Some(Column {
                    role: Role::Figure(metric, factor),
                    header,
                }) => (metric, *factor, false, header),
                Some(Column {
                    role: Role::Part(metric),
                    header,
                }) => (metric, 1.0, true, header),
                _ => continue,
            };
            let cell = row.cells.get(index).map(String::as_str).unwrap_or("");
            match values::number(cell, false) {
                Ok(Number::Value(value)) => {
                    match figures.iter_mut().find(|(m, _)| part && m == metric) {
                        Some((_, sum)) => *sum += value,
                        None => figures.push((metric.clone(), value * factor)),
                    }
                }
                Ok(Number::Missing) => {}
                Err(values::NotANumber) => {
                    ok = false;
                    self.error(
                        row.line,
                        Some(header.clone()),
                        Coded::new("import-error-number", &[("value", cell.to_owned())]),
                    );
                }
            }
        }
        ok.then_some(figures)
    }

    /// The first non-empty cell of the columns that play `wanted`, and its column's header.
    fn cell<'r, 'h>(
        columns: &'h [Option<Column>],
        row: &'r Row,
        wanted: &Role,
    ) -> Option<(&'r str, &'h str)> {
        columns
            .iter()
            .enumerate()
            .find_map(|(index, column)| match column {
                Some(column) if &column.role == wanted => {
                    let cell =
                        values::clean(row.cells.get(index).map(String::as_str).unwrap_or(""));
                    (!cell.is_empty()).then_some((cell, column.header.as_str()))
                }
                _ => None,
            })
    }

    fn post_row(
        &mut self,
        network: &str,
        columns: &[Option<Column>],
        row: &Row,
        day_order: &mut DayOrder,
    ) {
        let link = Self::cell(columns, row, &Role::Link).map(|(cell, _)| cell.to_owned());
        let id = Self::cell(columns, row, &Role::PostId)
            .map(|(cell, _)| cell.to_owned())
            .or_else(|| link.as_deref().map(id_from_link));
        let Some(id) = id else {
            self.error(row.line, None, Coded::new("import-error-no-post-id", &[]));
            self.reading.skipped_rows += 1;
            return;
        };
        if id == "Total" {
            self.totals_skipped = true;
            self.reading.rows -= 1;
            return;
        }
        let mut ok = true;
        let published = match Self::cell(columns, row, &Role::Published) {
            None => None,
            Some((cell, header)) => {
                if values::when(cell, DayOrder::MonthFirst).is_none()
                    && values::when(cell, DayOrder::DayFirst).is_some()
                {
                    *day_order = DayOrder::DayFirst;
                }
                match values::when(cell, *day_order) {
                    Some(When::At(date, time, offset)) => Some(Published {
                        at: values::date_time(date, time),
                        offset_minutes: offset,
                    }),
                    Some(When::NoYear { month, day, time }) => {
                        // Placed before the export's own day when the file says it (TikTok's
                        // `Time` column), before the import day otherwise.
                        let today = self.context.today;
                        let as_of = match Self::cell(columns, row, &Role::AsOf)
                            .and_then(|(cell, _)| values::when(cell, DayOrder::MonthFirst))
                        {
                            Some(When::At(date, ..)) => date,
                            Some(When::NoYear { month, day, .. }) => {
                                self.place_without_year(month, day, today).unwrap_or(today)
                            }
                            _ => today,
                        };
                        self.place_without_year(month, day, as_of)
                            .map(|date| Published {
                                at: values::date_time(date, time),
                                offset_minutes: None,
                            })
                    }
                    Some(When::Total) => None,
                    None => {
                        ok = false;
                        self.error(
                            row.line,
                            Some(header.to_owned()),
                            Coded::new("import-error-date", &[("value", cell.to_owned())]),
                        );
                        None
                    }
                }
            }
        };
        let figures = self.figures(columns, row);
        let (Some(figures), true) = (figures, ok) else {
            self.reading.skipped_rows += 1;
            return;
        };
        let account = Self::cell(columns, row, &Role::Account)
            .map(|(cell, _)| cell.to_owned())
            .or_else(|| link.as_deref().and_then(account_from_link));
        if let Some(account) = &account
            && !self.accounts.contains(account)
        {
            self.accounts.insert(account.clone());
        }
        if let Some(published) = &published {
            self.saw_date(published.at.date());
        }
        let details = !self.context.figures_only;
        let detail = |role: &Role| {
            Self::cell(columns, row, role)
                .filter(|_| details)
                .map(|(cell, _)| cell.to_owned())
        };
        self.reading.posts.push(Post {
            network: network.to_owned(),
            id: id.trim_start().to_owned(),
            account: account.filter(|_| details),
            published,
            // The type and duration stay even when only figures are wanted: they tell the
            // post's format, whose posts are counted.
            kind: Self::cell(columns, row, &Role::Kind).map(|(cell, _)| cell.to_owned()),
            duration_seconds: Self::cell(columns, row, &Role::Duration).and_then(|(cell, _)| {
                match values::number(cell, false) {
                    Ok(Number::Value(seconds)) if seconds.is_finite() => Some(seconds),
                    _ => None,
                }
            }),
            text: detail(&Role::Text),
            permalink: link.filter(|_| details),
            metrics: figures,
        });
    }

    /// The latest date on this month and day that is not after `as_of`.
    fn place_without_year(&mut self, month: i8, day: i8, as_of: Date) -> Option<Date> {
        let this_year = Date::new(as_of.year(), month, day).ok();
        let date = match this_year {
            Some(date) if date <= as_of => Some(date),
            _ => Date::new(as_of.year() - 1, month, day).ok(),
        }?;
        self.undated = widen(self.undated, date);
        Some(date)
    }

    fn series_row(&mut self, columns: &[Option<Column>], row: &Row) -> Option<SeriesRow> {
        let day = Self::cell(columns, row, &Role::Day).map(|(cell, _)| cell.to_owned());
        let figures = self.figures(columns, row);
        match (day, figures) {
            (Some(day), Some(figures)) => Some(SeriesRow {
                day,
                line: row.line,
                figures,
            }),
            (None, _) => {
                self.error(
                    row.line,
                    None,
                    Coded::new("import-error-date", &[("value", String::new())]),
                );
                self.reading.skipped_rows += 1;
                None
            }
            (_, None) => {
                self.reading.skipped_rows += 1;
                None
            }
        }
    }

    fn ga4_row(
        &mut self,
        kind: Ga4Kind,
        columns: &[Option<Metric>],
        headers: &[String],
        sums: &mut BTreeMap<Metric, f64>,
        row: &Row,
    ) {
        let key = values::clean(&row.cells[0]).to_owned();
        let (Some(start), Some(end)) = (self.ga4.start, self.ga4.end) else {
            self.error(row.line, None, Coded::new("import-error-ga4-period", &[]));
            return;
        };
        let span = match kind {
            Ga4Kind::Weeks | Ga4Kind::Days => {
                // The n-th day or week of the report's period: a number that puts it past
                // any date (found by the fuzz target) is an error in its cell, like a word.
                let step = if kind == Ga4Kind::Weeks { 7 } else { 1 };
                let from = key
                    .parse::<i64>()
                    .ok()
                    .and_then(|n| n.checked_mul(step))
                    .and_then(|days| jiff::Span::new().try_days(days).ok())
                    .and_then(|days| start.checked_add(days).ok());
                let Some(from) = from else {
                    self.error(
                        row.line,
                        headers.first().cloned(),
                        Coded::new("import-error-number", &[("value", key)]),
                    );
                    self.reading.skipped_rows += 1;
                    return;
                };
                if kind == Ga4Kind::Days {
                    Span::Day { date: from }
                } else {
                    let to = from.checked_add(6.days()).map_or(end, |d| d.min(end));
                    Span::Period { from, to }
                }
            }
            Ga4Kind::Dates => match ga4_date(&key, start, end) {
                Some(span) => span,
                None => {
                    self.error(
                        row.line,
                        headers.first().cloned(),
                        Coded::new("import-error-date", &[("value", key)]),
                    );
                    self.reading.skipped_rows += 1;
                    return;
                }
            },
            Ga4Kind::By(_) | Ga4Kind::Summed => Span::Period {
                from: start,
                to: end,
            },
        };
        self.saw_date(start);
        self.saw_date(end);
        let mut figures = Vec::new();
        for (index, metric) in columns.iter().enumerate() {
            let Some(metric) = metric else {
                continue;
            };
            let cell = row.cells.get(index).map(String::as_str).unwrap_or("");
            match values::number(cell, false) {
                Ok(Number::Value(value)) => figures.push((metric.clone(), value)),
                Ok(Number::Missing) => {}
                Err(values::NotANumber) => {
                    self.error(
                        row.line,
                        headers.get(index).cloned(),
                        Coded::new("import-error-number", &[("value", cell.to_owned())]),
                    );
                    self.reading.skipped_rows += 1;
                    return;
                }
            }
        }
        let dimension = match kind {
            Ga4Kind::By(prefix) => Some(format!("{prefix}:{key}")),
            _ => None,
        };
        for (metric, value) in figures {
            if kind == Ga4Kind::Summed {
                *sums.entry(metric).or_default() += value;
                continue;
            }
            self.reading.observations.push(Observation {
                network: WEBSITE.to_owned(),
                account: self.ga4.property.clone(),
                metric,
                span,
                dimension: dimension.clone(),
                value,
            });
        }
    }

    fn long_row(
        &mut self,
        date: usize,
        network: usize,
        metric: usize,
        value: usize,
        post_id: Option<usize>,
        row: &Row,
    ) {
        let cell = |index: usize| {
            values::clean(row.cells.get(index).map(String::as_str).unwrap_or("")).to_owned()
        };
        let mut ok = true;
        let day = match values::when(&cell(date), DayOrder::DayFirst) {
            Some(When::At(day, ..)) => Some(day),
            _ => {
                ok = false;
                self.error(
                    row.line,
                    Some("date".into()),
                    Coded::new("import-error-date", &[("value", cell(date))]),
                );
                None
            }
        };
        let network_id = cell(network).to_lowercase();
        let known = self.context.networks.is_empty() || self.context.networks.contains(&network_id);
        if network_id.is_empty()
            || !known
            || !network_id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            ok = false;
            self.error(
                row.line,
                Some("network".into()),
                Coded::new(
                    "import-error-network",
                    &[
                        ("value", cell(network)),
                        ("known", self.context.networks.join(", ")),
                    ],
                ),
            );
        }
        let metric_id = cell(metric);
        let parsed = Metric::from_id(&metric_id).or_else(|| {
            self.context
                .custom_metrics
                .iter()
                .find(|m| **m == metric_id)
                .map(|m| Metric::Custom(m.clone()))
        });
        if parsed.is_none() {
            ok = false;
            self.error(
                row.line,
                Some("metric".into()),
                Coded::new("import-error-metric", &[("value", metric_id.clone())]),
            );
        }
        let number = match values::number(&cell(value), false) {
            Ok(Number::Value(v)) => Some(v),
            Ok(Number::Missing) => None,
            Err(values::NotANumber) => {
                ok = false;
                self.error(
                    row.line,
                    Some("value".into()),
                    Coded::new("import-error-number", &[("value", cell(value))]),
                );
                None
            }
        };
        let (true, Some(day), Some(metric)) = (ok, day, parsed) else {
            self.reading.skipped_rows += 1;
            return;
        };
        let Some(number) = number else {
            return;
        };
        self.saw_date(day);
        self.networks.insert(network_id.clone());
        match post_id.map(cell).filter(|id| !id.is_empty()) {
            Some(id) => self.reading.posts.push(Post {
                network: network_id,
                id,
                account: None,
                published: Some(Published {
                    at: values::date_time(day, None),
                    offset_minutes: None,
                }),
                kind: None,
                duration_seconds: None,
                text: None,
                permalink: None,
                metrics: vec![(metric, number)],
            }),
            None => self.reading.observations.push(Observation {
                network: network_id,
                account: None,
                metric,
                span: Span::Day { date: day },
                dimension: None,
                value: number,
            }),
        }
    }

    fn saw_date(&mut self, date: Date) {
        self.dates = widen(self.dates, date);
    }

    fn finish_table(&mut self) {
        let Some(table) = self.table.take() else {
            return;
        };
        match table {
            Table::Format {
                network, series, ..
            }
            | Table::MetaDaily {
                network, series, ..
            } => {
                self.emit_series(&network, series);
            }
            Table::Ga4 {
                kind: Ga4Kind::Summed,
                sums,
                ..
            } => {
                if let (Some(from), Some(to)) = (self.ga4.start, self.ga4.end) {
                    for (metric, value) in sums {
                        self.reading.observations.push(Observation {
                            network: WEBSITE.to_owned(),
                            account: self.ga4.property.clone(),
                            metric,
                            span: Span::Period { from, to },
                            dimension: None,
                            value,
                        });
                    }
                }
            }
            Table::Ga4 { .. } | Table::Long { .. } | Table::Skip => {}
        }
    }

    /// A daily series' days, settled by the whole column: day-first when a value can only be
    /// read so; days without a year placed backwards from the import day, a year earlier each
    /// time the month and day go back up (a series that crosses New Year).
    fn emit_series(&mut self, network: &str, series: Vec<SeriesRow>) {
        if series.is_empty() {
            return;
        }
        let order = if series.iter().any(|r| {
            values::when(&r.day, DayOrder::MonthFirst).is_none() && values::when(&r.day, DayOrder::DayFirst).is_some()
        }) || series.iter().any(|r| {
            // 13-06-2025: a first field over 12 with dashes.
            matches!(values::when(&r.day, DayOrder::DayFirst), Some(When::At(d, ..)) if d.day() > 12 && r.day.split(['-', '/']).next().and_then(|f| f.trim().parse::<i8>().ok()) == Some(d.day()))
        }) {
            DayOrder::DayFirst
        } else {
            DayOrder::MonthFirst
        };
        let parsed: Vec<(Option<When>, &SeriesRow)> = series
            .iter()
            .map(|r| (values::when(&r.day, order), r))
            .collect();
        let undated: Vec<(i8, i8)> = parsed
            .iter()
            .filter_map(|(when, _)| match when {
                Some(When::NoYear { month, day, .. }) => Some((*month, *day)),
                _ => None,
            })
            .collect();
        let descending =
            undated.windows(2).filter(|w| w[1] < w[0]).count() * 2 > undated.len().max(1);
        let mut years: Vec<Option<i16>> = vec![None; parsed.len()];
        let today = self.context.today;
        let indices: Vec<usize> = if descending {
            (0..parsed.len()).collect()
        } else {
            (0..parsed.len()).rev().collect()
        };
        let mut year = None::<i16>;
        let mut later: Option<(i8, i8)> = None;
        for index in indices {
            if let Some(When::NoYear { month, day, .. }) = parsed[index].0 {
                let current = match (year, later) {
                    (Some(y), Some(next)) if (month, day) > next => y - 1,
                    (Some(y), _) => y,
                    (None, _) => {
                        if (month, day) <= (today.month(), today.day()) {
                            today.year()
                        } else {
                            today.year() - 1
                        }
                    }
                };
                year = Some(current);
                later = Some((month, day));
                years[index] = Some(current);
            }
        }
        let mut days: BTreeMap<(Date, Metric), f64> = BTreeMap::new();
        for (index, (when, row)) in parsed.iter().enumerate() {
            let date = match when {
                Some(When::At(date, ..)) => Some(*date),
                Some(When::NoYear { month, day, .. }) => {
                    match years[index].and_then(|y| Date::new(y, *month, *day).ok()) {
                        Some(date) => {
                            self.undated = widen(self.undated, date);
                            Some(date)
                        }
                        None => None,
                    }
                }
                Some(When::Total) => {
                    self.totals_skipped = true;
                    self.reading.rows -= 1;
                    continue;
                }
                None => None,
            };
            let Some(date) = date else {
                self.error(
                    row.line,
                    None,
                    Coded::new("import-error-date", &[("value", row.day.clone())]),
                );
                self.reading.skipped_rows += 1;
                continue;
            };
            self.saw_date(date);
            for (metric, value) in &row.figures {
                // Rows of the same day add up (YouTube's chart data: one row per video per day).
                let entry = days.entry((date, metric.clone())).or_insert(0.0);
                match metric.aggregation() {
                    Aggregation::Sum => *entry += value,
                    Aggregation::Last => *entry = *value,
                }
            }
        }
        for ((date, metric), value) in days {
            self.reading.observations.push(Observation {
                network: network.to_owned(),
                account: None,
                metric,
                span: Span::Day { date },
                dimension: None,
                value,
            });
        }
    }

    /// The reading, or the refusal when no table was recognised.
    pub(crate) fn finish(mut self) -> Result<Reading, Coded> {
        self.finish_table();
        if self.formats.is_empty() {
            if self.ga4.universal {
                return Err(Coded::new("import-refused-universal-analytics", &[]));
            }
            let first = self
                .first_row
                .map(|row| {
                    let cells: Vec<&str> = row
                        .cells
                        .iter()
                        .map(|c| values::clean(c))
                        .filter(|c| !c.is_empty())
                        .take(6)
                        .collect();
                    let mut text = cells.join(", ");
                    if text.chars().count() > 120 {
                        text = text.chars().take(117).collect::<String>() + "...";
                    }
                    text
                })
                .unwrap_or_default();
            return Err(Coded::new("import-refused-unknown", &[("first", first)]));
        }
        let mut reading = self.reading;
        merge_posts(&mut reading.posts);
        if reading.rows == 0 {
            reading
                .warnings
                .push(Coded::new("import-warning-no-rows", &[]));
        }
        reading.format = self.formats.join("+");
        reading.language = self
            .languages
            .iter()
            .filter(|(language, _)| **language != "en")
            .max_by_key(|(_, count)| **count)
            .map_or("en", |(language, _)| *language)
            .to_owned();
        reading.network = self.networks.iter().cloned().collect::<Vec<_>>().join("+");
        if let Some((from, to)) = self.dates {
            reading.from = Some(from);
            reading.to = Some(to);
        }
        match self.accounts.len() {
            0 => {}
            1 => reading.account = self.accounts.into_iter().next(),
            _ => reading.warnings.push(Coded::new(
                "import-warning-several-accounts",
                &[(
                    "accounts",
                    self.accounts.into_iter().collect::<Vec<_>>().join(", "),
                )],
            )),
        }
        if let Some((from, to)) = self.undated {
            reading.warnings.push(Coded::new(
                "import-warning-no-year",
                &[("from", from.to_string()), ("to", to.to_string())],
            ));
        }
        if !self.unknown_columns.is_empty() {
            reading.warnings.push(listed(
                "import-warning-unknown-columns",
                &self.unknown_columns,
            ));
        }
        if !self.duplicate_columns.is_empty() {
            reading.warnings.push(listed(
                "import-warning-duplicate-columns",
                &self.duplicate_columns,
            ));
        }
        if !self.unknown_tables.is_empty() {
            reading.warnings.push(listed(
                "import-warning-unknown-tables",
                &self.unknown_tables,
            ));
        }
        if self.totals_skipped {
            reading
                .warnings
                .push(Coded::new("import-warning-total-row", &[]));
        }
        Ok(reading)
    }
}

/// A period widened to take in a day.
fn widen(period: Option<(Date, Date)>, date: Date) -> Option<(Date, Date)> {
    Some(match period {
        Some((from, to)) => (from.min(date), to.max(date)),
        None => (date, date),
    })
}

/// A warning naming things: the count and the first eight names.
fn listed(key: &str, names: &[String]) -> Coded {
    let mut shown: Vec<String> = Vec::new();
    for name in names {
        if !shown.contains(name) {
            shown.push(name.clone());
        }
    }
    let count = shown.len();
    let mut text = shown.iter().take(8).cloned().collect::<Vec<_>>().join(", ");
    if count > 8 {
        text.push_str(", ...");
    }
    Coded::new(key, &[("count", count.to_string()), ("names", text)])
}

/// A GA4 date cell: `20250101`, or a week written without a year (`Jun 14 - Jun 20`,
/// `17 May - 23 May`), placed inside the report's period.
fn ga4_date(cell: &str, start: Date, end: Date) -> Option<Span> {
    let place = |text: &str| match values::when(text, DayOrder::MonthFirst)? {
        When::At(date, ..) => Some(date),
        When::NoYear { month, day, .. } => {
            let date = Date::new(start.year(), month, day).ok()?;
            if date < start {
                Date::new(start.year() + 1, month, day).ok()
            } else {
                Some(date)
            }
        }
        When::Total => None,
    };
    match cell.split_once(" - ") {
        Some((first, last)) => {
            let from = place(first.trim())?;
            let to = place(last.trim())?;
            let to = if to < from {
                Date::new(to.year() + 1, to.month(), to.day()).ok()?
            } else {
                to
            };
            Some(Span::Period {
                from,
                to: to.min(end.max(to)),
            })
        }
        None => place(cell).map(|date| Span::Day { date }),
    }
}

fn ga4_known(header: &str) -> bool {
    header.starts_with("average ")
        || header.ends_with(" rate")
        || header.contains(" per ")
        || matches!(
            header,
            "total users" | "active users" | "user engagement" | "engagement rate" | "bounce rate"
        )
}

/// Whether two roles fill the same slot (two `Views` columns, a `Title` and a `Description`).
fn same_target(a: &Role, b: &Role) -> bool {
    match (a, b) {
        (Role::Part(_), _) | (_, Role::Part(_)) => false,
        (Role::Figure(x, _), Role::Figure(y, _)) => x == y,
        (a, b) => std::mem::discriminant(a) == std::mem::discriminant(b),
    }
}

/// The format whose dictionary matches the most headers, among those whose required columns
/// are all there.
fn best_format(headers: &[String]) -> Option<&'static Format> {
    let mut best: Option<(&'static Format, usize)> = None;
    for format in FORMATS {
        if !formats::has_all(headers, format.required) {
            continue;
        }
        let score = headers
            .iter()
            .filter(|h| formats::role_of(format, h).is_some())
            .count();
        if best.is_none_or(|(_, best_score)| score > best_score) {
            best = Some((format, score));
        }
    }
    best.map(|(format, _)| format)
}

fn long_table(headers: &[String]) -> Option<Table> {
    let find = |wanted: &str| {
        let names = formats::LONG_COLUMNS
            .iter()
            .find(|(name, _)| *name == wanted)?
            .1;
        headers
            .iter()
            .position(|h| names.iter().any(|n| formats::tagged(n).1 == h))
    };
    Some(Table::Long {
        date: find("date")?,
        network: find("network")?,
        metric: find("metric")?,
        value: find("value")?,
        post_id: find("post_id"),
    })
}

/// A post's id from its address: TikTok's `/video/ID`, X's `/status/ID`, LinkedIn's
/// `urn:li:activity:ID`; the address itself otherwise.
fn id_from_link(link: &str) -> String {
    for marker in [
        "/video/",
        "/status/",
        "urn:li:activity:",
        "urn:li:share:",
        "urn:li:ugcPost:",
        "/reel/",
        "/p/",
    ] {
        if let Some(position) = link.find(marker) {
            let rest = &link[position + marker.len()..];
            let id: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            if !id.is_empty() {
                return id;
            }
        }
    }
    link.to_owned()
}

/// The account an address names: `tiktok.com/@name/...`, `x.com/name/status/...`.
fn account_from_link(link: &str) -> Option<String> {
    if let Some(position) = link.find("/@") {
        let name: String = link[position + 2..]
            .chars()
            .take_while(|c| *c != '/' && *c != '?')
            .collect();
        return (!name.is_empty()).then_some(name);
    }
    for host in ["x.com/", "twitter.com/"] {
        if let Some(position) = link.find(host) {
            let rest = &link[position + host.len()..];
            if rest.contains("/status/") {
                let name: String = rest.chars().take_while(|c| *c != '/').collect();
                return (!name.is_empty() && name != "i").then_some(name);
            }
        }
    }
    None
}

/// Every sheet of a workbook, read as tables of their own; the sheets recognised make the
/// reading, the others are named in a warning. No sheet recognised: the most telling refusal.
pub(crate) fn read_sheets(sheets: Vec<Sheet>, context: &Context) -> Result<Reading, Coded> {
    let mut merged: Option<Reading> = None;
    let mut refusals: Vec<(String, Coded)> = Vec::new();
    for sheet in sheets {
        if sheet.rows.is_empty() {
            continue;
        }
        if formats::SHEETS_LEFT
            .iter()
            .any(|prefix| sheet.name.starts_with(prefix))
        {
            refusals.push((sheet.name, Coded::new("import-refused-unknown", &[])));
            continue;
        }
        let mut reader = TableReader::new(context, Some(sheet.name.clone()));
        let mut refusal = None;
        for row in sheet.rows {
            if let Err(refused) = reader.row(&row) {
                refusal = Some(refused);
                break;
            }
        }
        let result = match refusal {
            Some(refused) => Err(refused),
            None => reader.finish(),
        };
        match result {
            Ok(reading) => {
                merged = Some(match merged.take() {
                    None => reading,
                    Some(mut all) => {
                        merge(&mut all, reading);
                        all
                    }
                })
            }
            Err(refused) => refusals.push((sheet.name, refused)),
        }
    }
    match merged {
        Some(mut reading) => {
            merge_posts(&mut reading.posts);
            reading
                .warnings
                .retain(|w| w.key != "import-warning-no-rows" || reading.rows == 0);
            reading.warnings.dedup();
            let skipped: Vec<String> = refusals.into_iter().map(|(name, _)| name).collect();
            if !skipped.is_empty() {
                reading
                    .warnings
                    .push(listed("import-warning-sheets-skipped", &skipped));
            }
            Ok(reading)
        }
        None => {
            let telling = refusals
                .iter()
                .find(|(_, r)| r.key != "import-refused-unknown")
                .or(refusals.first())
                .map(|(_, r)| r.clone());
            Err(telling.unwrap_or_else(|| Coded::new("import-refused-empty", &[])))
        }
    }
}

/// Posts that appear more than once in one file (the sheets of an old Facebook workbook each
/// give some of a post's figures) become one, with every figure; the first value of a figure wins.
fn merge_posts(posts: &mut Vec<Post>) {
    let mut seen: HashMap<(String, String), usize> = HashMap::with_capacity(posts.len());
    let mut merged: Vec<Post> = Vec::with_capacity(posts.len());
    for post in posts.drain(..) {
        match seen.get(&(post.network.clone(), post.id.clone())) {
            Some(&index) => {
                let into = &mut merged[index];
                for (metric, value) in post.metrics {
                    if !into.metrics.iter().any(|(m, _)| *m == metric) {
                        into.metrics.push((metric, value));
                    }
                }
                into.account = into.account.take().or(post.account);
                into.published = into.published.or(post.published);
                into.kind = into.kind.take().or(post.kind);
                into.text = into.text.take().or(post.text);
                into.permalink = into.permalink.take().or(post.permalink);
            }
            None => {
                seen.insert((post.network.clone(), post.id.clone()), merged.len());
                merged.push(post);
            }
        }
    }
    *posts = merged;
}

fn merge(all: &mut Reading, more: Reading) {
    for format in more.format.split('+') {
        if !all.format.split('+').any(|f| f == format) {
            all.format.push('+');
            all.format.push_str(format);
        }
    }
    if all.language == "en" {
        all.language = more.language;
    }
    for network in more.network.split('+') {
        if !all.network.split('+').any(|n| n == network) {
            all.network.push('+');
            all.network.push_str(network);
        }
    }
    if all.account.is_none() {
        all.account = more.account;
    }
    all.from = match (all.from, more.from) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    all.to = match (all.to, more.to) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    };
    all.rows += more.rows;
    all.skipped_rows += more.skipped_rows;
    all.posts.extend(more.posts);
    all.observations.extend(more.observations);
    all.warnings.extend(more.warnings);
    all.error_count += more.error_count;
    for error in more.errors {
        if all.errors.len() < MAX_LISTED_ERRORS {
            all.errors.push(error);
        }
    }
}
