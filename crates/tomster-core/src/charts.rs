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
fn open_svg(id: &str, title: &str, description: &str, height: f64) -> String {
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img" aria-labelledby="{id}-title {id}-desc" font-family="{FONT}" font-size="12">"#
    );
    let _ = write!(
        svg,
        r#"<title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(title),
        escape(description)
    );
    let _ = write!(
        svg,
        r##"<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>"##
    );
    let _ = write!(
        svg,
        r##"<text x="{}" y="22" text-anchor="middle" font-size="15" font-weight="bold" fill="#1a1a1a">{}</text>"##,
        WIDTH / 2.0,
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

/// Horizontal bars, one per labelled value.
pub fn bar_chart(
    id: &str,
    title: &str,
    axis_label: &str,
    bars: &[(String, f64)],
    format_value: &dyn Fn(f64) -> String,
) -> Chart {
    let label_width = 170.0;
    let row_height = 26.0;
    let top = 40.0;
    let plot_width = WIDTH - label_width - 70.0;
    let height = top + row_height * bars.len().max(1) as f64 + 50.0;
    let maximum = nice_maximum(bars.iter().map(|(_, value)| *value).fold(0.0, f64::max));
    let description = bars
        .iter()
        .map(|(label, value)| format!("{label}: {}", format_value(*value)))
        .collect::<Vec<_>>()
        .join("; ");
    let mut svg = open_svg(id, title, &format!("{title}. {description}"), height);
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
    for (index, (label, value)) in bars.iter().enumerate() {
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
            escape(&short_label(label, 24))
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
    let legend_rows = series.len().div_ceil(4).max(1) as f64;
    let height = top + plot_height + 58.0 + legend_rows * 18.0 + 10.0;
    let plot_width = WIDTH - left - 20.0;
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
    let mut svg = open_svg(id, title, &description, height);
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
        let label = axis_labels.get(index).unwrap_or(category);
        let centre = x + slot * 0.35;
        let _ = write!(
            svg,
            r##"<text x="{centre:.1}" y="{:.1}" text-anchor="middle" fill="#444444" font-size="10">"##,
            axis_y + 14.0,
        );
        for (line, text) in label.split('\n').enumerate() {
            let dy = if line == 0 { 0.0 } else { 11.0 };
            let _ = write!(
                svg,
                r#"<tspan x="{centre:.1}" dy="{dy}">{}</tspan>"#,
                escape(text)
            );
        }
        svg.push_str("</text>");
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
    for (index, (name, _)) in series.iter().enumerate() {
        let x = left + (index % 4) as f64 * 140.0;
        let y = axis_y + 52.0 + (index / 4) as f64 * 18.0;
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
            escape(name)
        );
    }
    svg.push_str("</svg>");
    Chart {
        id: id.to_owned(),
        title: title.to_owned(),
        description,
        svg,
    }
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
    let left = 170.0;
    let top = 100.0;
    let cell_width = ((WIDTH - left - 10.0) / columns.len().max(1) as f64).min(60.0);
    let cell_height = 26.0;
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
    let mut svg = open_svg(id, title, &description, height);
    let _ = write!(
        svg,
        r##"<text x="{:.1}" y="42" text-anchor="middle" fill="#444444">{}</text>"##,
        left + cell_width * columns.len() as f64 / 2.0,
        escape(column_label)
    );
    for (index, column) in columns.iter().enumerate() {
        // Column names are slanted so long ones do not run into each other.
        let x = left + cell_width * index as f64 + cell_width / 2.0;
        let y = top - 8.0;
        let _ = write!(
            svg,
            r##"<text x="{x:.1}" y="{y:.1}" text-anchor="start" fill="#1a1a1a" font-size="11" transform="rotate(-40 {x:.1} {y:.1})">{}</text>"##,
            escape(column)
        );
    }
    for (row_index, (row, scores)) in rows.iter().zip(values).enumerate() {
        let y = top + cell_height * row_index as f64;
        let _ = write!(
            svg,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="end" fill="#1a1a1a">{}</text>"##,
            left - 8.0,
            y + 17.0,
            escape(&short_label(row, 24))
        );
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
                y + 17.0
            );
        }
    }
    let _ = write!(
        svg,
        r##"<text x="10" y="{:.1}" fill="#444444" font-size="11">{}</text>"##,
        height - 12.0,
        escape(row_label)
    );
    svg.push_str("</svg>");
    Chart {
        id: id.to_owned(),
        title: title.to_owned(),
        description,
        svg,
    }
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

/// A rough width of a label in the charts' font, generous so that a label placed by it is
/// never cut by the chart's edge (DejaVu Sans averages about 0.55 em a character).
fn label_width(text: &str, font_size: f64) -> f64 {
    text.chars().count() as f64 * font_size * 0.62
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
    let mut svg = open_svg(id, title, &description, height);
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
        let width = label_width(&bar.label, LABEL_SIZE);
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
        .map(|line| label_width(line, 10.0))
        .fold(0.0, f64::max);
    let room = plot_width / ticks.len().max(1) as f64;
    let every = ((widest + 4.0) / room).ceil().max(1.0) as usize;
    for (index, (day, label)) in ticks.iter().enumerate() {
        if index % every != 0 {
            continue;
        }
        let x = x_of(*day);
        let _ = write!(
            svg,
            r##"<text x="{x:.1}" y="{:.1}" font-size="10" fill="#444444">"##,
            rows_bottom + 14.0
        );
        for (line, text) in label.split('\n').enumerate() {
            let dy = if line == 0 { 0.0 } else { 11.0 };
            let _ = write!(
                svg,
                r#"<tspan x="{x:.1}" dy="{dy}">{}</tspan>"#,
                escape(text)
            );
        }
        svg.push_str("</text>");
    }
    svg.push_str("</svg>");
    Chart {
        id: id.to_owned(),
        title: title.to_owned(),
        description,
        svg,
    }
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
            columns.svg.contains(">Jan</tspan>") && columns.svg.contains("dy=\"11\">2027</tspan>")
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
        assert!(x + label_width(long, 11.0) <= WIDTH - 20.0 + 0.1, "{x}");
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

    #[test]
    fn empty_data_still_draws_a_valid_chart() {
        let chart = bar_chart("e", "Empty", "x", &[], &|value| format!("{value}"));
        assert!(chart.svg.starts_with("<svg") && chart.svg.ends_with("</svg>"));
    }
}
