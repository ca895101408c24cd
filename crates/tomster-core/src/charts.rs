//! Charts drawn as SVG text, so the HTML page, the Markdown files and the PDF show the same
//! picture. Each chart has a title, labelled axes and a text alternative (`<title>` and `<desc>`).
//!
//! Pure string building: every text put into the SVG goes through [`escape`].

use std::fmt::Write;

use serde::Serialize;

/// A chart ready to embed: its SVG and the text that stands for it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Chart {
    /// A file-name-safe identifier (`hours-by-network`).
    pub id: String,
    pub title: String,
    /// The text alternative: what the chart shows, in words and numbers.
    pub description: String,
    pub svg: String,
}

/// The font stack of every chart: fonts a browser has, then the PDF engine's own.
const FONT: &str = "DejaVu Sans, Helvetica, Arial, Libertinus Serif, sans-serif";
const WIDTH: f64 = 640.0;
/// A palette that stays readable for the common colour-vision deficiencies (Okabe-Ito, then
/// Tol's muted colours), one colour per network.
const PALETTE: [&str; 13] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
    "#882255", "#44AA99", "#999999", "#332288", "#117733",
];

/// Escapes text for XML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            other => escaped.push(other),
        }
    }
    escaped
}

/// Opens an SVG with its accessible title and description.
fn open_svg(id: &str, title: &str, description: &str, width: f64, height: f64) -> String {
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" aria-labelledby="{id}-title {id}-desc" font-family="{FONT}" font-size="12">"#
    );
    let _ = write!(
        svg,
        r#"<title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(title),
        escape(description)
    );
    let _ = write!(
        svg,
        r##"<rect width="{width}" height="{height}" fill="#ffffff"/>"##
    );
    let _ = write!(
        svg,
        r##"<text x="{}" y="22" text-anchor="middle" font-size="15" font-weight="bold" fill="#1a1a1a">{}</text>"##,
        width / 2.0,
        escape(title)
    );
    svg
}

/// The top of a value axis with four equal, round steps (each 1, 2 or 5 x 10^n).
fn nice_maximum(value: f64) -> f64 {
    if value <= 0.0 || !value.is_finite() {
        return 4.0;
    }
    let rough_step = value / 4.0;
    let magnitude = 10f64.powf(rough_step.log10().floor());
    for step in [1.0, 2.0, 5.0, 10.0] {
        if rough_step <= step * magnitude {
            return 4.0 * step * magnitude;
        }
    }
    40.0 * magnitude
}

/// A label cut to fit beside a chart, with an ellipsis (the description keeps it whole).
fn short_label(label: &str, characters: usize) -> String {
    if label.chars().count() <= characters {
        return label.to_owned();
    }
    let cut: String = label.chars().take(characters.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// The width a text takes at a font size, estimated generously from its length: charts have no
/// font metrics, and the browser and the PDF draw them with different fonts (DejaVu Sans,
/// Helvetica, Libertinus Serif), so a label gets room for the widest of them (about 0.62 em per
/// character for DejaVu Sans, the widest).
fn text_width(text: &str, font_size: f64) -> f64 {
    text.chars().count() as f64 * font_size * 0.62
}

/// A label on at most `lines` lines of at most `characters` each, broken between words; what
/// does not fit ends with an ellipsis.
fn wrap_label(label: &str, characters: usize, lines: usize) -> Vec<String> {
    let mut wrapped: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in label.split_whitespace() {
        let length = current.chars().count() + 1 + word.chars().count();
        if current.is_empty() {
            current = word.to_owned();
        } else if length <= characters {
            current.push(' ');
            current.push_str(word);
        } else {
            wrapped.push(std::mem::replace(&mut current, word.to_owned()));
        }
    }
    if !current.is_empty() {
        wrapped.push(current);
    }
    let lines = lines.max(1);
    if wrapped.len() > lines {
        let rest = wrapped.split_off(lines - 1).join(" ");
        wrapped.push(rest);
    }
    wrapped
        .into_iter()
        .map(|line| short_label(&line, characters))
        .collect()
}

/// How many characters fit in a width at a font size, by the estimate of [`text_width`].
fn characters_within(width: f64, font_size: f64) -> usize {
    (width / (font_size * 0.62)).floor().max(4.0) as usize
}

/// Horizontal bars, one per labelled value.
pub fn bar_chart(
    id: &str,
    title: &str,
    axis_label: &str,
    bars: &[(String, f64)],
    format_value: &dyn Fn(f64) -> String,
) -> Chart {
    // The labels' column is as wide as the longest label, up to 40% of the chart (longer labels
    // are cut); the plot keeps room on its right for the value written after the longest bar.
    let labels: Vec<String> = bars
        .iter()
        .map(|(label, _)| short_label(label, characters_within(WIDTH * 0.4 - 16.0, 12.0)))
        .collect();
    let label_width = labels
        .iter()
        .map(|label| text_width(label, 12.0))
        .fold(40.0, f64::max)
        + 16.0;
    let maximum = nice_maximum(bars.iter().map(|(_, value)| *value).fold(0.0, f64::max));
    let value_width = bars
        .iter()
        .map(|(_, value)| text_width(&format_value(*value), 12.0))
        .chain([text_width(&format_value(maximum), 12.0) / 2.0])
        .fold(0.0, f64::max);
    let row_height = 26.0;
    let top = 40.0;
    let plot_width = WIDTH - label_width - value_width - 14.0;
    let height = top + row_height * bars.len().max(1) as f64 + 50.0;
    let description = bars
        .iter()
        .map(|(label, value)| format!("{label}: {}", format_value(*value)))
        .collect::<Vec<_>>()
        .join("; ");
    let mut svg = open_svg(id, title, &format!("{title}. {description}"), WIDTH, height);
    let axis_y = top + row_height * bars.len().max(1) as f64;
    for tick in 0..=4 {
        let value = maximum * f64::from(tick) / 4.0;
        let x = label_width + plot_width * f64::from(tick) / 4.0;
        let _ = write!(
            svg,
            r##"<line x1="{x:.1}" y1="{top}" x2="{x:.1}" y2="{axis_y}" stroke="#dddddd"/>"##
        );
        let _ = write!(
            svg,
            r##"<text x="{x:.1}" y="{:.1}" text-anchor="middle" fill="#444444">{}</text>"##,
            axis_y + 16.0,
            escape(&format_value(value))
        );
    }
    for (index, ((_, value), label)) in bars.iter().zip(&labels).enumerate() {
        let y = top + row_height * index as f64;
        let width = if maximum > 0.0 {
            plot_width * value.max(0.0) / maximum
        } else {
            0.0
        };
        let _ = write!(
            svg,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="end" fill="#1a1a1a">{}</text>"##,
            label_width - 8.0,
            y + 17.0,
            escape(label)
        );
        let _ = write!(
            svg,
            r#"<rect x="{label_width}" y="{:.1}" width="{width:.1}" height="{:.1}" fill="{}"/>"#,
            y + 4.0,
            row_height - 8.0,
            PALETTE[0]
        );
        let _ = write!(
            svg,
            r##"<text x="{:.1}" y="{:.1}" fill="#1a1a1a">{}</text>"##,
            label_width + width + 5.0,
            y + 17.0,
            escape(&format_value(*value))
        );
    }
    let _ = write!(
        svg,
        r##"<line x1="{label_width}" y1="{axis_y}" x2="{:.1}" y2="{axis_y}" stroke="#444444"/>"##,
        label_width + plot_width
    );
    let _ = write!(
        svg,
        r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#444444">{}</text>"##,
        label_width + plot_width / 2.0,
        axis_y + 36.0,
        escape(axis_label)
    );
    svg.push_str("</svg>");
    Chart {
        id: id.to_owned(),
        title: title.to_owned(),
        description: format!("{title}. {description}"),
        svg,
    }
}

/// The height of a line of the legend.
const LEGEND_ROW: f64 = 20.0;

/// Where each legend entry (a swatch, then its name) starts: `(x, row)`, entries side by side
/// as wide as their names, on as many rows as the chart's width asks.
fn legend_positions(series: &[(String, Vec<f64>)], left: f64, right: f64) -> Vec<(f64, f64)> {
    let mut positions = Vec::with_capacity(series.len());
    let mut x = left;
    let mut row = 0.0;
    for (name, _) in series {
        let width = 16.0 + text_width(name, 12.0);
        if x > left && x + width > right {
            x = left;
            row += 1.0;
        }
        positions.push((x, row));
        x += width + 24.0;
    }
    positions
}

/// The room for a legend name that starts at `x`: a name wider than the chart is cut.
fn right_of_legend(x: f64) -> f64 {
    WIDTH - 10.0 - x - 16.0
}

/// Vertical stacked columns: one per category (a month), one colour per series (a network).
/// `categories` are written out in the description; `axis_labels` (one per category, lines
/// split by `\n`) are the short forms under the columns, where room is short.
pub fn stacked_columns(
    id: &str,
    title: &str,
    x_label: &str,
    y_label: &str,
    categories: &[String],
    axis_labels: &[String],
    series: &[(String, Vec<f64>)],
) -> Chart {
    let left = 60.0;
    let top = 40.0;
    let plot_height = 220.0;
    let plot_width = WIDTH - left - 20.0;
    let legend = legend_positions(series, left, WIDTH - 10.0);
    let legend_rows = legend.last().map_or(1.0, |(_, row)| row + 1.0);
    // Below the plot: category labels, the axis title, then the legend, each on its own line.
    let legend_top = top + plot_height + 56.0;
    let height = legend_top + legend_rows * LEGEND_ROW + 10.0;
    let totals: Vec<f64> = (0..categories.len())
        .map(|index| {
            series
                .iter()
                .map(|(_, values)| values.get(index).copied().unwrap_or(0.0))
                .sum()
        })
        .collect();
    let maximum = nice_maximum(totals.iter().copied().fold(0.0, f64::max));
    let description = categories
        .iter()
        .enumerate()
        .map(|(index, category)| {
            let parts: Vec<String> = series
                .iter()
                .filter_map(|(name, values)| {
                    let value = values.get(index).copied().unwrap_or(0.0);
                    (value > 0.0).then(|| format!("{name} {value}"))
                })
                .collect();
            format!(
                "{category}: {}",
                if parts.is_empty() {
                    "0".to_owned()
                } else {
                    parts.join(", ")
                }
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let description = format!("{title}. {description}");
    let mut svg = open_svg(id, title, &description, WIDTH, height);
    let axis_y = top + plot_height;
    for tick in 0..=4 {
        let value = maximum * f64::from(tick) / 4.0;
        let y = axis_y - plot_height * f64::from(tick) / 4.0;
        let _ = write!(
            svg,
            r##"<line x1="{left}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="#dddddd"/>"##,
            left + plot_width
        );
        let _ = write!(
            svg,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="end" fill="#444444">{}</text>"##,
            left - 6.0,
            y + 4.0,
            value.round()
        );
    }
    let slot = plot_width / categories.len().max(1) as f64;
    // Labels that would run into each other (two years of months) are written every other or
    // every third column.
    let widest_category = categories
        .iter()
        .enumerate()
        .flat_map(|(index, category)| axis_labels.get(index).unwrap_or(category).split('\n'))
        .map(|line| text_width(line, 9.0))
        .fold(0.0, f64::max);
    let label_every = ((widest_category + 4.0) / slot).ceil().max(1.0) as usize;
    for (index, category) in categories.iter().enumerate() {
        let x = left + slot * index as f64 + slot * 0.15;
        let mut y = axis_y;
        for (series_index, (_, values)) in series.iter().enumerate() {
            let value = values.get(index).copied().unwrap_or(0.0);
            let bar_height = if maximum > 0.0 {
                plot_height * value / maximum
            } else {
                0.0
            };
            if bar_height > 0.0 {
                y -= bar_height;
                let _ = write!(
                    svg,
                    r#"<rect x="{x:.1}" y="{y:.1}" width="{:.1}" height="{bar_height:.1}" fill="{}"/>"#,
                    slot * 0.7,
                    PALETTE[series_index % PALETTE.len()]
                );
            }
        }
        if index % label_every != 0 {
            continue;
        }
        let label = axis_labels.get(index).unwrap_or(category);
        let centre = x + slot * 0.35;
        write_lines(&mut svg, (centre, axis_y + 14.0), "middle", 9.0, label);
    }
    let _ = write!(
        svg,
        r##"<line x1="{left}" y1="{axis_y}" x2="{:.1}" y2="{axis_y}" stroke="#444444"/>"##,
        left + plot_width
    );
    let _ = write!(
        svg,
        r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#444444">{}</text>"##,
        left + plot_width / 2.0,
        axis_y + 40.0,
        escape(x_label)
    );
    let _ = write!(
        svg,
        r##"<text x="14" y="{:.1}" text-anchor="middle" fill="#444444" transform="rotate(-90 14 {:.1})">{}</text>"##,
        top + plot_height / 2.0,
        top + plot_height / 2.0,
        escape(y_label)
    );
    for (index, ((name, _), (x, row))) in series.iter().zip(&legend).enumerate() {
        let y = legend_top + 12.0 + row * LEGEND_ROW;
        let _ = write!(
            svg,
            r#"<rect x="{x:.1}" y="{:.1}" width="12" height="12" fill="{}"/>"#,
            y - 10.0,
            PALETTE[index % PALETTE.len()]
        );
        let _ = write!(
            svg,
            r##"<text x="{:.1}" y="{y:.1}" fill="#1a1a1a">{}</text>"##,
            x + 16.0,
            escape(&short_label(
                name,
                characters_within(right_of_legend(*x), 12.0)
            ))
        );
    }
    finish(id, title, description, svg)
}

/// A grid of scores 0-100, darker when higher, with each value written in its cell.
/// The data of a heat map: a score per row and column, bold from the threshold.
pub struct Grid<'a> {
    pub rows: &'a [String],
    pub columns: &'a [String],
    pub values: &'a [Vec<u8>],
    pub threshold: u8,
}

pub fn heat_map(
    id: &str,
    title: &str,
    row_label: &str,
    column_label: &str,
    grid: Grid<'_>,
) -> Chart {
    let Grid {
        rows,
        columns,
        values,
        threshold,
    } = grid;
    // Row names take up to two lines in a column as wide as the longest line (up to 40% of the
    // chart), so a persona's whole name shows.
    let row_lines: Vec<Vec<String>> = rows
        .iter()
        .map(|row| wrap_label(row, characters_within(WIDTH * 0.4 - 12.0, 12.0), 2))
        .collect();
    let left = row_lines
        .iter()
        .flatten()
        .map(|line| text_width(line, 12.0))
        .fold(40.0, f64::max)
        + 12.0;
    let cell_height = if row_lines.iter().any(|lines| lines.len() > 1) {
        32.0
    } else {
        26.0
    };
    // Column names are written upwards, one per column, so long ones never run into each
    // other or out of the chart; the grid starts below the longest.
    let column_names: Vec<String> = columns
        .iter()
        .map(|column| short_label(column, 24))
        .collect();
    let longest_name = column_names
        .iter()
        .map(|name| text_width(name, 11.0))
        .fold(0.0, f64::max);
    let column_count = columns.len().max(1) as f64;
    // Cells as wide as the chart allows, 60 at most; below 26 a score no longer fits, so the
    // chart widens instead.
    let cell_width = ((WIDTH - left - 10.0) / column_count).clamp(26.0, 60.0);
    let width = WIDTH.max(left + cell_width * column_count + 10.0);
    let top = 40.0 + longest_name + 8.0;
    let height = top + cell_height * rows.len().max(1) as f64 + 40.0;
    let description = rows
        .iter()
        .zip(values)
        .map(|(row, scores)| {
            let cells: Vec<String> = columns
                .iter()
                .zip(scores)
                .map(|(column, score)| format!("{column} {score}"))
                .collect();
            format!("{row}: {}", cells.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ");
    let description = format!("{title}. {description}");
    let mut svg = open_svg(id, title, &description, width, height);
    // The columns' title sits in the corner left of their names, above the rows' names.
    let _ = write!(
        svg,
        r##"<text x="{:.1}" y="{:.1}" text-anchor="end" fill="#444444">{}</text>"##,
        left - 8.0,
        top - 8.0,
        escape(column_label)
    );
    for (index, name) in column_names.iter().enumerate() {
        // The baseline runs up the middle of the column, a third of the type size right of it.
        let x = left + cell_width * index as f64 + cell_width / 2.0 + 4.0;
        let y = top - 6.0;
        let _ = write!(
            svg,
            r##"<text x="{x:.1}" y="{y:.1}" text-anchor="start" fill="#1a1a1a" font-size="11" transform="rotate(-90 {x:.1} {y:.1})">{}</text>"##,
            escape(name)
        );
    }
    for (row_index, (lines, scores)) in row_lines.iter().zip(values).enumerate() {
        let y = top + cell_height * row_index as f64;
        // One line sits on the middle of the row; two lines share it.
        let first_baseline = y + cell_height / 2.0 + 4.0 - 7.0 * (lines.len() as f64 - 1.0);
        for (line_index, line) in lines.iter().enumerate() {
            let _ = write!(
                svg,
                r##"<text x="{:.1}" y="{:.1}" text-anchor="end" fill="#1a1a1a">{}</text>"##,
                left - 8.0,
                first_baseline + 14.0 * line_index as f64,
                escape(line)
            );
        }
        for (column_index, score) in scores.iter().enumerate() {
            let x = left + cell_width * column_index as f64;
            // From near-white to the palette's blue; text turns white on dark cells.
            let strength = f64::from(*score) / 100.0;
            let red = (240.0 - 240.0 * strength) as u8;
            let green = (245.0 - 131.0 * strength) as u8;
            let blue = (250.0 - 72.0 * strength) as u8;
            let text_colour = if strength > 0.55 {
                "#ffffff"
            } else {
                "#1a1a1a"
            };
            let weight = if *score >= threshold {
                "bold"
            } else {
                "normal"
            };
            let _ = write!(
                svg,
                r##"<rect x="{x:.1}" y="{y:.1}" width="{:.1}" height="{:.1}" fill="#{red:02x}{green:02x}{blue:02x}" stroke="#ffffff"/>"##,
                cell_width, cell_height
            );
            let _ = write!(
                svg,
                r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="{text_colour}" font-weight="{weight}">{score}</text>"#,
                x + cell_width / 2.0,
                y + cell_height / 2.0 + 4.0
            );
        }
    }
    let _ = write!(
        svg,
        r##"<text x="10" y="{:.1}" fill="#444444" font-size="11">{}</text>"##,
        height - 12.0,
        escape(row_label)
    );
    finish(id, title, description, svg)
}

/// Closes a chart's SVG and names it.
fn finish(id: &str, title: &str, description: String, mut svg: String) -> Chart {
    svg.push_str("</svg>");
    Chart {
        id: id.to_owned(),
        title: title.to_owned(),
        description,
        svg,
    }
}

/// A grey axis label of one or more lines (split by `\n`), the first line's baseline at `at`.
fn write_lines(svg: &mut String, at: (f64, f64), anchor: &str, font_size: f64, label: &str) {
    let (x, y) = at;
    let _ = write!(
        svg,
        r##"<text x="{x:.1}" y="{y:.1}" text-anchor="{anchor}" fill="#444444" font-size="{font_size}">"##
    );
    for (line, text) in label.split('\n').enumerate() {
        let dy = if line == 0 { 0.0 } else { font_size + 1.0 };
        let _ = write!(
            svg,
            r#"<tspan x="{x:.1}" dy="{dy}">{}</tspan>"#,
            escape(text)
        );
    }
    svg.push_str("</text>");
}

/// One bar of a timeline: an operation from its first day to its last, both included.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineBar {
    pub label: String,
    /// The dates in words, for the text alternative.
    pub when: String,
    pub start: crate::values::Day,
    pub end: crate::values::Day,
}

/// A timeline (Gantt chart) of dated operations over a period: one row per operation, its
/// name above its bar, the months marked below with `ticks` (a day and its label, lines split
/// by `\n`).
pub fn timeline(
    id: &str,
    title: &str,
    period: (crate::values::Day, crate::values::Day),
    bars: &[TimelineBar],
    ticks: &[(crate::values::Day, String)],
) -> Chart {
    const LEFT: f64 = 20.0;
    const RIGHT: f64 = 20.0;
    const TOP: f64 = 40.0;
    const ROW: f64 = 32.0;
    const LABEL_SIZE: f64 = 11.0;
    let (first, last) = period;
    let plot_width = WIDTH - LEFT - RIGHT;
    // Days are counted to the end of the last day, so a one-day operation has a width.
    let span = (first.days_until(last) + 1).max(1) as f64;
    let x_of = |day: crate::values::Day| {
        let offset = first.days_until(day).clamp(0, span as i64) as f64;
        LEFT + plot_width * offset / span
    };
    let rows_bottom = TOP + ROW * bars.len().max(1) as f64;
    let height = rows_bottom + 44.0;
    let description = bars
        .iter()
        .map(|bar| format!("{}: {}", bar.label, bar.when))
        .collect::<Vec<_>>()
        .join("; ");
    let description = format!("{title}. {description}");
    let mut svg = open_svg(id, title, &description, WIDTH, height);
    // Month lines first, under the bars.
    for (day, _) in ticks {
        let x = x_of(*day);
        let _ = write!(
            svg,
            r##"<line x1="{x:.1}" y1="{TOP}" x2="{x:.1}" y2="{rows_bottom:.1}" stroke="#e3e3e3"/>"##
        );
    }
    for (index, bar) in bars.iter().enumerate() {
        let row_top = TOP + ROW * index as f64;
        let start = x_of(bar.start);
        let end = x_of(bar.end.plus_days(1)).max(start + 3.0);
        let width = text_width(&bar.label, LABEL_SIZE);
        // The name starts where the bar starts, moved left when it would pass the right edge.
        let label_x = start.min(WIDTH - RIGHT - width).max(LEFT);
        let _ = write!(
            svg,
            r##"<text x="{label_x:.1}" y="{:.1}" font-size="{LABEL_SIZE}" fill="#1a1a1a">{}</text>"##,
            row_top + 12.0,
            escape(&bar.label)
        );
        let _ = write!(
            svg,
            r#"<rect x="{start:.1}" y="{:.1}" width="{:.1}" height="10" rx="2" fill="{}"/>"#,
            row_top + 17.0,
            end - start,
            PALETTE[index % PALETTE.len()]
        );
    }
    let _ = write!(
        svg,
        r##"<line x1="{LEFT}" y1="{rows_bottom:.1}" x2="{:.1}" y2="{rows_bottom:.1}" stroke="#444444"/>"##,
        LEFT + plot_width
    );
    // Tick labels are thinned out on long periods so they never run into each other.
    let widest = ticks
        .iter()
        .flat_map(|(_, label)| label.split('\n'))
        .map(|line| text_width(line, 9.0))
        .fold(0.0, f64::max);
    let room = plot_width / ticks.len().max(1) as f64;
    let every = ((widest + 4.0) / room).ceil().max(1.0) as usize;
    for (index, (day, label)) in ticks.iter().enumerate() {
        if index % every != 0 {
            continue;
        }
        write_lines(
            &mut svg,
            (x_of(*day), rows_bottom + 14.0),
            "start",
            9.0,
            label,
        );
    }
    finish(id, title, description, svg)
}

/// An objective's path for [`progress_path`]: per period, its label, the value measured and
/// the value expected; the target; the forecast at the last period (value, low, high).
pub struct ProgressPath<'a> {
    pub id: &'a str,
    pub title: &'a str,
    /// What the chart shows, in words and numbers (the caller writes it in the reader's
    /// language; the chart adds nothing to it).
    pub description: String,
    pub periods: &'a [String],
    pub actual: &'a [Option<f64>],
    pub expected: &'a [Option<f64>],
    pub target: f64,
    pub forecast: Option<(f64, f64, f64)>,
    /// The legend's words: measured, expected, target, forecast.
    pub legend: [&'a str; 4],
    pub value_label: &'a dyn Fn(f64) -> String,
}

/// A small line chart of an objective's path to its target, narrow enough for a phone: the
/// values measured (a solid line with dots), the expected path (dashed), the target (a line
/// across), the forecast at the deadline (a dot with its band).
pub fn progress_path(path: &ProgressPath) -> Chart {
    const CHART_WIDTH: f64 = 360.0;
    const HEIGHT: f64 = 230.0;
    const LEFT: f64 = 52.0;
    const RIGHT: f64 = 16.0;
    const TOP: f64 = 56.0;
    const BOTTOM: f64 = 36.0;
    const MEASURED: &str = "#0072B2";
    const EXPECTED: &str = "#555555";
    const TARGET: &str = "#009E73";
    const FORECAST: &str = "#D55E00";
    let count = path.periods.len().max(1);
    let values = path
        .actual
        .iter()
        .chain(path.expected.iter())
        .flatten()
        .copied()
        .chain([path.target])
        .chain(
            path.forecast
                .iter()
                .flat_map(|(v, low, high)| [*v, *low, *high]),
        );
    let highest = values.clone().fold(0.0, f64::max);
    let lowest = values.fold(0.0, f64::min);
    let maximum = nice_maximum(highest);
    let minimum = if lowest < 0.0 {
        -nice_maximum(-lowest)
    } else {
        0.0
    };
    let plot_width = CHART_WIDTH - LEFT - RIGHT;
    let plot_height = HEIGHT - TOP - BOTTOM;
    let x_of = |index: usize| {
        if count == 1 {
            LEFT + plot_width / 2.0
        } else {
            LEFT + plot_width * index as f64 / (count - 1) as f64
        }
    };
    let y_of = |value: f64| TOP + plot_height * (maximum - value) / (maximum - minimum);
    let mut svg = open_svg(path.id, path.title, &path.description, CHART_WIDTH, HEIGHT);
    // The legend under the title, one short word per mark.
    let mut legend_x = LEFT;
    for (word, colour, dashed) in [
        (path.legend[0], MEASURED, false),
        (path.legend[1], EXPECTED, true),
        (path.legend[2], TARGET, false),
        (path.legend[3], FORECAST, false),
    ] {
        let dash = if dashed {
            r#" stroke-dasharray="4 3""#
        } else {
            ""
        };
        let _ = write!(
            svg,
            r#"<line x1="{legend_x:.1}" y1="38" x2="{:.1}" y2="38" stroke="{colour}" stroke-width="2"{dash}/>"#,
            legend_x + 14.0
        );
        let _ = write!(
            svg,
            r##"<text x="{:.1}" y="42" font-size="10" fill="#1a1a1a">{}</text>"##,
            legend_x + 18.0,
            escape(word)
        );
        legend_x += 18.0 + text_width(word, 10.0) + 10.0;
    }
    // The value axis: four steps.
    for step in 0..=4 {
        let value = minimum + (maximum - minimum) * f64::from(step) / 4.0;
        let y = y_of(value);
        let _ = write!(
            svg,
            r##"<line x1="{LEFT}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="#e3e3e3"/>"##,
            LEFT + plot_width
        );
        let _ = write!(
            svg,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="end" font-size="10" fill="#444444">{}</text>"##,
            LEFT - 4.0,
            y + 3.5,
            escape(&(path.value_label)(value))
        );
    }
    // The period labels, thinned out so they never run into each other.
    let widest = path
        .periods
        .iter()
        .map(|label| text_width(label, 10.0))
        .fold(0.0, f64::max);
    let room = plot_width / count as f64;
    let every = ((widest + 4.0) / room).ceil().max(1.0) as usize;
    for (index, label) in path.periods.iter().enumerate() {
        if index % every == 0 || index + 1 == count {
            let _ = write!(
                svg,
                r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="10" fill="#444444">{}</text>"##,
                x_of(index),
                HEIGHT - BOTTOM + 14.0,
                escape(label)
            );
        }
    }
    let target_y = y_of(path.target);
    let _ = write!(
        svg,
        r#"<line x1="{LEFT}" y1="{target_y:.1}" x2="{:.1}" y2="{target_y:.1}" stroke="{TARGET}" stroke-width="2"/>"#,
        LEFT + plot_width
    );
    let polyline = |values: &[Option<f64>]| {
        values
            .iter()
            .enumerate()
            .filter_map(|(index, value)| {
                value.map(|v| format!("{:.1},{:.1}", x_of(index), y_of(v)))
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let _ = write!(
        svg,
        r#"<polyline points="{}" fill="none" stroke="{EXPECTED}" stroke-width="1.5" stroke-dasharray="4 3"/>"#,
        polyline(path.expected)
    );
    let _ = write!(
        svg,
        r#"<polyline points="{}" fill="none" stroke="{MEASURED}" stroke-width="2"/>"#,
        polyline(path.actual)
    );
    for (index, value) in path.actual.iter().enumerate() {
        if let Some(value) = value {
            let _ = write!(
                svg,
                r#"<circle cx="{:.1}" cy="{:.1}" r="3" fill="{MEASURED}"/>"#,
                x_of(index),
                y_of(*value)
            );
        }
    }
    if let Some((value, low, high)) = path.forecast {
        let x = x_of(count - 1);
        let _ = write!(
            svg,
            r#"<line x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{:.1}" stroke="{FORECAST}" stroke-width="6" stroke-opacity="0.35"/>"#,
            y_of(low),
            y_of(high)
        );
        let _ = write!(
            svg,
            r#"<circle cx="{x:.1}" cy="{:.1}" r="4" fill="{FORECAST}"/>"#,
            y_of(value)
        );
    }
    let description = path.description.clone();
    finish(path.id, path.title, description, svg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_in_every_chart() {
        let chart = bar_chart(
            "c",
            "A & <B>",
            "hours",
            &[("x\"y".to_owned(), 3.0)],
            &|value| format!("{value}"),
        );
        assert!(chart.svg.contains("A &amp; &lt;B&gt;"));
        assert!(chart.svg.contains("x&quot;y"));
        assert!(!chart.svg.contains("<B>"));
    }

    #[test]
    fn charts_have_a_title_and_a_text_alternative() {
        let chart = heat_map(
            "h",
            "Fit",
            "personas",
            "networks",
            Grid {
                rows: &["p".into()],
                columns: &["a".into(), "b".into()],
                values: &[vec![80, 10]],
                threshold: 40,
            },
        );
        assert!(chart.svg.contains("<title id=\"h-title\">Fit</title>"));
        assert!(chart.description.contains("p: a 80, b 10"));
        let columns = stacked_columns(
            "s",
            "Posts",
            "month",
            "posts",
            &["January 2027".into()],
            &["Jan\n2027".into()],
            &[("x".into(), vec![3.0])],
        );
        assert!(columns.svg.contains("role=\"img\""));
        assert!(columns.description.contains("January 2027: x 3"));
        assert!(
            columns.svg.contains(">Jan</tspan>") && columns.svg.contains("dy=\"10\">2027</tspan>")
        );
    }

    #[test]
    fn a_timeline_places_each_operation_over_its_dates_and_keeps_names_inside() {
        let day = |text: &str| crate::values::Day::parse(text).expect("day");
        let bars = [
            TimelineBar {
                label: "Spring open days".into(),
                when: "8 to 9 May".into(),
                start: day("2027-05-08"),
                end: day("2027-05-09"),
            },
            TimelineBar {
                label: "A Christmas campaign with a rather long name indeed".into(),
                when: "15 November to 31 December".into(),
                start: day("2027-11-15"),
                end: day("2027-12-31"),
            },
        ];
        let ticks = [(day("2027-01-01"), "Jan\n2027".to_owned())];
        let chart = timeline(
            "t",
            "Operations",
            (day("2027-01-01"), day("2027-12-31")),
            &bars,
            &ticks,
        );
        assert!(chart.description.contains("Spring open days: 8 to 9 May"));
        // The last operation's bar ends at the plot's right edge (640 - 20).
        assert!(
            chart.svg.contains(r#"width="77.3" height="10""#),
            "{}",
            chart.svg
        );
        // The long name is moved left so that it ends inside the chart.
        let long = "A Christmas campaign with a rather long name indeed";
        let x = chart
            .svg
            .split("<text x=\"")
            .skip(1)
            .find(|part| part.contains(long))
            .and_then(|part| part.split('"').next())
            .and_then(|x| x.parse::<f64>().ok())
            .expect("the long label");
        assert!(x + text_width(long, 11.0) <= WIDTH - 20.0 + 0.1, "{x}");
    }

    #[test]
    fn scales_round_up_to_readable_maxima() {
        assert_eq!(nice_maximum(7.3), 8.0);
        assert_eq!(nice_maximum(26.0), 40.0);
        assert_eq!(nice_maximum(130.0), 200.0);
        assert_eq!(nice_maximum(0.0), 4.0);
        assert_eq!(nice_maximum(4.0), 4.0);
        assert_eq!(
            short_label("Julie, jeune maman du quartier", 20),
            "Julie, jeune maman…"
        );
    }

    /// The `(y, text)` of each upright column label and the chart's title line.
    fn column_labels(svg: &str) -> Vec<(f64, String)> {
        svg.split("<text ")
            .filter(|text| text.contains("rotate(-90") && text.contains("font-size=\"11\""))
            .map(|text| {
                let y = text
                    .split("y=\"")
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap();
                let name = text.split('>').nth(1).unwrap().trim_end_matches("</text");
                (y.parse().unwrap(), name.to_owned())
            })
            .collect()
    }

    /// Regression: the heat map cut its last column's name ("Bluesk") and long persona names.
    #[test]
    fn heat_map_leaves_room_for_its_longest_labels() {
        let columns: Vec<String> = [
            "Facebook",
            "Instagram",
            "LinkedIn",
            "X",
            "TikTok",
            "YouTube",
            "Pinterest",
            "Snapchat",
            "Threads",
            "WhatsApp",
            "Reddit",
            "Twitch",
            "Google Business Profile",
            "Bluesky",
        ]
        .map(String::from)
        .to_vec();
        let rows = vec![
            "Claire et Olivier, amateurs de vin de la région".to_owned(),
            "Bernard".to_owned(),
        ];
        let chart = heat_map(
            "h",
            "Fit",
            "personas",
            "networks",
            Grid {
                rows: &rows,
                columns: &columns,
                values: &[vec![50; 14], vec![100; 14]],
                threshold: 40,
            },
        );
        let labels = column_labels(&chart.svg);
        assert_eq!(labels.len(), 14);
        for (y, name) in labels {
            assert!(columns.contains(&name), "{name} is whole");
            // Written upwards from y: it must end below the chart's title (y = 22).
            let end = y - text_width(&name, 11.0);
            assert!(end > 30.0, "{name} ends at {end}, below the title");
        }
        assert!(chart.svg.contains(">Claire et Olivier, amateurs de<"));
        assert!(chart.svg.contains(">vin de la région<"));
    }

    #[test]
    fn labels_wrap_between_words_and_end_with_an_ellipsis_when_cut() {
        assert_eq!(wrap_label("Bernard", 10, 2), ["Bernard"]);
        assert_eq!(
            wrap_label("Julie, jeune maman du quartier", 16, 2),
            ["Julie, jeune", "maman du quartier"]
                .map(|line| short_label(line, 16))
                .to_vec()
        );
        assert_eq!(wrap_label("a b c d e f", 3, 2), ["a b", "c…"]);
    }

    #[test]
    fn legend_entries_do_not_run_into_each_other() {
        let series: Vec<(String, Vec<f64>)> = ["Facebook", "Google Business Profile", "Instagram"]
            .iter()
            .map(|name| ((*name).to_owned(), vec![1.0]))
            .collect();
        let positions = legend_positions(&series, 60.0, 400.0);
        assert_eq!(positions[0], (60.0, 0.0));
        for (index, ((name, _), (x, row))) in series.iter().zip(&positions).enumerate().skip(1) {
            let (previous_x, previous_row) = positions[index - 1];
            if *row == previous_row {
                assert!(*x >= previous_x + 16.0 + text_width(&series[index - 1].0, 12.0));
            }
            assert!(x + 16.0 + text_width(name, 12.0) <= 400.0 || *x == 60.0);
        }
        assert_eq!(positions[1].1, 0.0);
        assert_eq!(positions[2], (60.0, 1.0), "the third entry wraps");
    }

    #[test]
    fn empty_data_still_draws_a_valid_chart() {
        let chart = bar_chart("e", "Empty", "x", &[], &|value| format!("{value}"));
        assert!(chart.svg.starts_with("<svg") && chart.svg.ends_with("</svg>"));
    }
}
