//! The strategy document as Markdown that renders cleanly on GitHub and in common editors.
//! Charts become SVG files next to the document, or a note when there is nowhere to put them.

use std::fmt::Write;

use tomster_core::charts::Chart;
use tomster_core::document::{Block, Document, Table, Tone};

/// The Markdown text and the chart files it refers to (file name, SVG).
pub struct MarkdownOutput {
    pub text: String,
    pub charts: Vec<(String, String)>,
    /// The cover's logo, to write beside the charts (file name and bytes).
    pub logo: Option<(String, Vec<u8>)>,
}

/// Escapes the characters Markdown would read as formatting.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '`' => {
                escaped.push('\\');
                escaped.push(character);
            }
            '\n' | '\r' => escaped.push(' '),
            other => escaped.push(other),
        }
    }
    escaped
}

fn write_table(out: &mut String, table: &Table) {
    let _ = writeln!(out, "**{}**\n", escape(&table.caption));
    let header: Vec<String> = table.header.iter().map(|cell| escape(cell)).collect();
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let alignments: Vec<&str> = (0..table.header.len())
        .map(|column| {
            if table.numeric.get(column).copied().unwrap_or(false) {
                "---:"
            } else {
                "---"
            }
        })
        .collect();
    let _ = writeln!(out, "| {} |", alignments.join(" | "));
    for row in &table.rows {
        let cells: Vec<String> = row.iter().map(|cell| escape(cell)).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out.push('\n');
}

fn write_chart(
    out: &mut String,
    chart: &Chart,
    chart_folder: Option<&str>,
    omitted: &str,
    charts: &mut Vec<(String, String)>,
) {
    match chart_folder {
        Some(folder) => {
            let file_name = format!("{}.svg", chart.id);
            // Angle brackets keep a folder name with spaces a valid link (CommonMark).
            let _ = writeln!(out, "![{}](<{folder}/{file_name}>)\n", escape(&chart.title));
            let _ = writeln!(out, "*{}*\n", escape(&chart.description));
            charts.push((file_name, chart.svg.clone()));
        }
        None => {
            let _ = writeln!(out, "*{}* {}\n", escape(&chart.title), escape(omitted));
        }
    }
}

/// Renders the document; charts go to `chart_folder` (a path relative to the document) if given.
pub fn render_markdown(document: &Document, chart_folder: Option<&str>) -> MarkdownOutput {
    let mut out = String::new();
    let mut charts = Vec::new();
    // The logo goes with the charts: without a folder, Markdown has nowhere to put it.
    let logo = chart_folder
        .zip(document.logo.as_ref())
        .map(|(folder, logo)| {
            let file_name = format!("logo.{}", logo.extension());
            let _ = writeln!(out, "![](<{folder}/{file_name}>)\n");
            (file_name, logo.bytes.clone())
        });
    let _ = writeln!(out, "# {}\n", escape(&document.title));
    if let Some(organisation) = &document.organisation {
        let _ = writeln!(out, "**{}**  ", escape(organisation));
    }
    let colon = document.language.colon();
    let _ = writeln!(
        out,
        "{}{colon} {}  ",
        escape(document.label("doc-period")),
        escape(&document.period)
    );
    let _ = writeln!(
        out,
        "{} {}\n",
        escape(document.label("doc-version")),
        escape(&document.version_date)
    );
    if let Some(prepared_by) = &document.prepared_by {
        let _ = writeln!(out, "*{}*\n", escape(prepared_by));
    }
    let _ = writeln!(out, "## {}\n", escape(document.label("doc-contents")));
    for section in &document.sections {
        let _ = writeln!(out, "- [{}](#{})", escape(&section.title), section.id);
    }
    out.push('\n');
    for section in &document.sections {
        let _ = writeln!(out, "<a id=\"{}\"></a>\n", section.id);
        let _ = writeln!(out, "## {}\n", escape(&section.title));
        for block in &section.blocks {
            match block {
                Block::Heading { text } => {
                    let _ = writeln!(out, "### {}\n", escape(text));
                }
                Block::Subheading { text } => {
                    let _ = writeln!(out, "#### {}\n", escape(text));
                }
                Block::Paragraph { text } => {
                    let _ = writeln!(out, "{}\n", escape(text));
                }
                Block::Bullets { items } => {
                    for item in items {
                        let _ = writeln!(out, "- {}", escape(item));
                    }
                    out.push('\n');
                }
                Block::Facts { items } => {
                    for (label, value) in items {
                        let _ = writeln!(out, "- **{}**{colon} {}", escape(label), escape(value));
                    }
                    out.push('\n');
                }
                Block::Table(table) => write_table(&mut out, table),
                Block::Chart(chart) => write_chart(
                    &mut out,
                    chart,
                    chart_folder,
                    document.label("doc-chart-omitted"),
                    &mut charts,
                ),
                Block::Notice { tone, text } => {
                    let mark = match tone {
                        Tone::Error => "⛔",
                        Tone::Warning => "⚠️",
                        Tone::Success => "✅",
                        Tone::Note => "ℹ️",
                    };
                    let _ = writeln!(out, "> {mark} {}\n", escape(text));
                }
            }
        }
    }
    let _ = writeln!(out, "---\n\n*{}*", escape(document.label("doc-footer")));
    MarkdownOutput {
        text: out.trim_end().to_owned() + "\n",
        charts,
        logo,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formatting_characters_are_escaped() {
        assert_eq!(escape("a|b *c* [d] <e>"), "a\\|b \\*c\\* \\[d\\] \\<e\\>");
        assert_eq!(escape("two\nlines"), "two lines");
    }
}
