//! Page layout decisions for the PDF, made before typst sees the markup: which tables go on
//! landscape pages, how wide their columns are, which may break across pages, and which blocks
//! share a landscape page with them.
//!
//! typst sizes `auto` table columns from their content, but when the content is wider than the
//! page it squeezes the columns until words overlap. Here the widths come from estimated text
//! widths instead, so every column is at least as wide as its longest word, and a table that
//! cannot fit that way moves to a landscape page, in smaller type, split into column groups if
//! it must.

use tomster_core::document::{Block, Section, Table};

/// One millimetre in points.
pub const MILLIMETRE: f64 = 72.0 / 25.4;
/// A4, in points.
const PAPER_WIDTH: f64 = 210.0 * MILLIMETRE;
const PAPER_HEIGHT: f64 = 297.0 * MILLIMETRE;
/// The page margins, in millimetres (the markup's `#set page` uses the same numbers).
pub const MARGIN_SIDE: f64 = 18.0;
pub const MARGIN_TOP: f64 = 20.0;
pub const MARGIN_BOTTOM: f64 = 22.0;
/// The width of the text on a portrait page, in millimetres: charts and prose keep it on
/// landscape pages too, where a full-width line would be too long to read.
pub const TEXT_WIDTH_MM: f64 = 210.0 - 2.0 * MARGIN_SIDE;

/// Body text size, in points.
pub const BODY_SIZE: f64 = 10.5;
/// Tables are set a little smaller than the text, and wide ones smaller still.
const TABLE_SIZE: f64 = 9.0;
const WIDE_TABLE_SIZE: f64 = 8.5;
/// Cell padding, in points: horizontal and vertical.
pub const CELL_INSET_X: f64 = 4.0;
pub const CELL_INSET_Y: f64 = 3.0;
/// A table of this many columns or more reads better on a landscape page, whatever its content.
const WIDE_TABLE_COLUMNS: usize = 7;
/// The height of a line of text, in em, from baseline to baseline (typst's default leading).
const LINE_HEIGHT: f64 = 1.35;
/// A table estimated shorter than this share of a page is kept whole on one page; a longer one
/// may break between rows. The estimate is rough, so the share leaves room for error.
const UNBREAKABLE_SHARE: f64 = 0.45;
/// The blocks before or after a landscape table that would fill less than this share of a
/// portrait page go on the landscape page with it, rather than alone on a near-empty page.
const NEAR_EMPTY_SHARE: f64 = 0.4;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Orientation {
    Portrait,
    Landscape,
}

impl Orientation {
    /// The width and height of the text area, in points.
    pub fn text_area(self) -> (f64, f64) {
        let width = PAPER_WIDTH - 2.0 * MARGIN_SIDE * MILLIMETRE;
        let landscape_width = PAPER_HEIGHT - 2.0 * MARGIN_SIDE * MILLIMETRE;
        let vertical_margins = (MARGIN_TOP + MARGIN_BOTTOM) * MILLIMETRE;
        match self {
            Orientation::Portrait => (width, PAPER_HEIGHT - vertical_margins),
            Orientation::Landscape => (landscape_width, PAPER_WIDTH - vertical_margins),
        }
    }
}

/// The width of a character in Libertinus Serif, in em, rounded up by class: the tables need
/// no exact metrics, only an estimate that is never much too small.
fn character_width(character: char) -> f64 {
    match character {
        'i' | 'j' | 'l' | '\'' | '’' | '.' | ',' | ':' | ';' | '!' | '|' | ' ' | '\u{a0}'
        | '\u{202f}' => 0.3,
        'f' | 'r' | 't' | 'I' | 'J' | '(' | ')' | '[' | ']' | '-' | '/' | '"' => 0.38,
        'm' | 'w' | 'M' | 'W' | '%' | '@' | '—' | '&' => 0.88,
        'A'..='Z' | '€' | '$' | '£' | '#' => 0.7,
        '0'..='9' => 0.5,
        // Emoji and symbols come from the fallback font, about a square each.
        character if u32::from(character) >= 0x2190 => 1.0,
        _ => 0.52,
    }
}

/// The estimated width of a text on one line, in points.
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let em: f64 = text.chars().map(character_width).sum();
    em * size * if bold { 1.08 } else { 1.0 }
}

/// How a table is set.
#[derive(Clone, Debug, PartialEq)]
pub struct TablePlan {
    pub orientation: Orientation,
    pub font_size: f64,
    /// The tables the columns are split into, each repeating the first column; one group when
    /// the table fits the page.
    pub groups: Vec<ColumnGroup>,
    /// Whether the table may break across pages (between rows, never leaving one row alone).
    pub breakable: bool,
}

/// Some of a table's columns and their widths.
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnGroup {
    pub columns: Vec<usize>,
    /// `None`: the columns fit on one line each, and typst sizes them to their content.
    /// Otherwise each column's share of the text width.
    pub widths: Option<Vec<f64>>,
}

/// The widths a column asks for, in points, padding included.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Extent {
    /// As narrow as its longest word (a number or an amount is one word).
    narrowest: f64,
    /// Every cell on one line, the header included.
    natural: f64,
    /// Every body cell on one line and the header on two: what the column asks for when space
    /// is short, so that a long header wraps rather than take room from the content.
    wanted: f64,
}

fn column_extents(table: &Table, size: f64) -> Vec<Extent> {
    let columns = table.header.len().max(1);
    let padding = 2.0 * CELL_INSET_X + 1.0;
    let longest_word = |text: &str, bold: bool| {
        text.split_whitespace()
            .map(|word| text_width(word, size, bold))
            .fold(0.0, f64::max)
    };
    (0..columns)
        .map(|column| {
            let numeric = table.numeric.get(column).copied().unwrap_or(false);
            let header = table.header.get(column).map(String::as_str).unwrap_or("");
            let mut narrowest = longest_word(header, true);
            let mut body: f64 = 0.0;
            for row in &table.rows {
                let text = row.get(column).map(String::as_str).unwrap_or("");
                let width = text_width(text, size, false);
                body = body.max(width);
                narrowest = narrowest.max(if numeric {
                    width
                } else {
                    longest_word(text, false)
                });
            }
            let header_width = text_width(header, size, true);
            Extent {
                narrowest: narrowest + padding,
                natural: body.max(header_width) + padding,
                wanted: body.max(header_width / 2.0).max(narrowest) + padding,
            }
        })
        .collect()
}

/// A column whose content fits on one line in this share of the width (a date, an amount, a
/// short name) gets that width before longer columns share the rest, so it never wraps.
const SHORT_COLUMN_SHARE: f64 = 0.2;

/// Column widths for the available width: `None` when every column fits on one line. Otherwise
/// short columns get what they ask for, long ones their narrowest width and a share of the rest
/// in proportion to how much more their content asks for (the way browsers lay out automatic
/// tables); when every column has what it asks for, the rest goes to headers, so that they
/// wrap less.
fn column_widths(extents: &[Extent], available: f64) -> Option<Vec<f64>> {
    let widths = |width: fn(&Extent) -> f64| -> Vec<f64> { extents.iter().map(width).collect() };
    let sum = |widths: &[f64]| -> f64 { widths.iter().sum() };
    if sum(&widths(|extent| extent.natural)) <= available {
        return None;
    }
    let wanted = widths(|extent| extent.wanted);
    let short_first: Vec<f64> = extents
        .iter()
        .map(|extent| {
            if extent.wanted <= available * SHORT_COLUMN_SHARE {
                extent.wanted
            } else {
                extent.narrowest
            }
        })
        .collect();
    // Each column grows from one width towards another, in proportion to the difference.
    let (from, to) = if sum(&wanted) <= available {
        (wanted, widths(|extent| extent.natural))
    } else if sum(&short_first) <= available {
        (short_first, wanted)
    } else {
        (widths(|extent| extent.narrowest), wanted)
    };
    let room = (available - sum(&from)).max(0.0);
    let asked = sum(&to) - sum(&from);
    Some(
        from.iter()
            .zip(&to)
            .map(|(from, to)| {
                let share = if asked > 0.0 {
                    (to - from) / asked
                } else {
                    1.0 / extents.len() as f64
                };
                from + room * share
            })
            .collect(),
    )
}

/// Splits columns into groups that each fit the width, every group starting with the first
/// column (what the row is about).
fn column_groups(extents: &[Extent], available: f64) -> Vec<Vec<usize>> {
    let total: f64 = extents.iter().map(|extent| extent.narrowest).sum();
    if total <= available || extents.len() < 3 {
        return vec![(0..extents.len()).collect()];
    }
    let key = extents[0].narrowest;
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut current = vec![0];
    let mut width = key;
    for (column, extent) in extents.iter().enumerate().skip(1) {
        if current.len() > 1 && width + extent.narrowest > available {
            groups.push(std::mem::replace(&mut current, vec![0]));
            width = key;
        }
        current.push(column);
        width += extent.narrowest;
    }
    groups.push(current);
    groups
}

/// The estimated height of a table's rows, caption and header, in points.
fn table_height(table: &Table, groups: &[ColumnGroup], size: f64) -> f64 {
    let line = size * LINE_HEIGHT;
    let row_height = |cells: &[&str], group: &ColumnGroup| -> f64 {
        let lines = group
            .columns
            .iter()
            .enumerate()
            .map(|(index, column)| {
                let text = cells.get(*column).copied().unwrap_or("");
                match &group.widths {
                    None => 1.0,
                    Some(widths) => {
                        let room = (widths[index] - 2.0 * CELL_INSET_X).max(1.0);
                        // Breaking between words wastes part of each line: count it full.
                        (text_width(text, size, false) * 1.15 / room)
                            .ceil()
                            .max(1.0)
                    }
                }
            })
            .fold(1.0, f64::max);
        lines * line + 2.0 * CELL_INSET_Y
    };
    groups
        .iter()
        .map(|group| {
            let header: Vec<&str> = table.header.iter().map(String::as_str).collect();
            let rows: f64 = table
                .rows
                .iter()
                .map(|row| {
                    let cells: Vec<&str> = row.iter().map(String::as_str).collect();
                    row_height(&cells, group)
                })
                .sum();
            row_height(&header, group) + rows + 2.0 * BODY_SIZE * LINE_HEIGHT
        })
        .sum()
}

/// How to set a table: on a portrait page when its columns fit there and are few; otherwise on
/// a landscape page in smaller type.
pub fn plan_table(table: &Table) -> TablePlan {
    let (portrait_width, _) = Orientation::Portrait.text_area();
    let extents = column_extents(table, TABLE_SIZE);
    let narrowest: f64 = extents.iter().map(|extent| extent.narrowest).sum();
    let (orientation, font_size, extents) =
        if extents.len() < WIDE_TABLE_COLUMNS && narrowest <= portrait_width {
            (Orientation::Portrait, TABLE_SIZE, extents)
        } else {
            (
                Orientation::Landscape,
                WIDE_TABLE_SIZE,
                column_extents(table, WIDE_TABLE_SIZE),
            )
        };
    let (width, height) = orientation.text_area();
    let groups: Vec<ColumnGroup> = column_groups(&extents, width)
        .into_iter()
        .map(|columns| {
            let group_extents: Vec<Extent> =
                columns.iter().map(|column| extents[*column]).collect();
            ColumnGroup {
                widths: column_widths(&group_extents, width),
                columns,
            }
        })
        .collect();
    let estimated = table_height(table, &groups, font_size);
    TablePlan {
        orientation,
        font_size,
        breakable: estimated > height * UNBREAKABLE_SHARE,
        groups,
    }
}

/// The estimated height of a block on a portrait page, in points, to tell a near-empty page.
fn block_height(block: &Block) -> f64 {
    let (width, _) = Orientation::Portrait.text_area();
    let line = BODY_SIZE * LINE_HEIGHT;
    let text_lines = |text: &str| (text_width(text, BODY_SIZE, false) / width).ceil().max(1.0);
    match block {
        Block::Heading { .. } | Block::Subheading { .. } => 2.5 * line,
        Block::Paragraph { text } => text_lines(text) * line + line * 0.5,
        Block::Notice { text, .. } => text_lines(text) * line + 20.0,
        Block::Bullets { items } => items.iter().map(|item| text_lines(item) * line).sum(),
        Block::Facts { items } => items
            .iter()
            .map(|(label, value)| text_lines(&format!("{label} {value}")) * line + 6.0)
            .sum(),
        Block::Table(table) => {
            let plan = plan_table(table);
            table_height(table, &plan.groups, plan.font_size)
        }
        Block::Chart(chart) => {
            let (chart_width, chart_height) = svg_size(&chart.svg).unwrap_or((640.0, 320.0));
            width * chart_height / chart_width + 2.0 * line
        }
    }
}

/// A part of a section (a heading and what follows it to the next heading) made of text alone
/// and estimated shorter than this share of a page is kept on one page: a persona's card or an
/// objective's notes never leave their last lines alone at the top of the next page. The
/// share leaves room for the estimate's error, since a part kept whole cannot break at all.
const KEEP_TOGETHER_SHARE: f64 = 0.7;

/// The parts of a section to keep on one page, as ranges of its blocks: headed parts of text
/// (facts, lists, paragraphs, notices) short enough to move whole to the next page.
pub fn parts_kept_together(section: &Section) -> Vec<std::ops::Range<usize>> {
    let blocks = &section.blocks;
    let (_, page_height) = Orientation::Portrait.text_area();
    let mut kept = Vec::new();
    let mut start = 0;
    for end in 1..=blocks.len() {
        let at_boundary = end == blocks.len() || matches!(blocks[end], Block::Heading { .. });
        if !at_boundary {
            continue;
        }
        let part = &blocks[start..end];
        let headed = matches!(part.first(), Some(Block::Heading { .. }));
        let text_only = part
            .iter()
            .all(|block| !matches!(block, Block::Table(_) | Block::Chart(_)));
        let height: f64 = part.iter().map(block_height).sum();
        if headed && text_only && part.len() > 1 && height < page_height * KEEP_TOGETHER_SHARE {
            kept.push(start..end);
        }
        start = end;
    }
    kept
}

/// The width and height of an SVG's view box.
pub fn svg_size(svg: &str) -> Option<(f64, f64)> {
    let rest = svg.split("viewBox=\"").nth(1)?;
    let mut numbers = rest.split('"').next()?.split_whitespace().skip(2);
    let width: f64 = numbers.next()?.parse().ok()?;
    let height: f64 = numbers.next()?.parse().ok()?;
    (width > 0.0 && height > 0.0).then_some((width, height))
}

/// The orientation of each block of a section. A table that needs a landscape page takes with
/// it the part of the section it belongs to, from the heading before it to the next heading,
/// so that a heading is never left alone before it; and a short part before or after that
/// would be alone on a near-empty portrait page joins the landscape pages too.
pub fn section_orientations(section: &Section) -> Vec<Orientation> {
    let blocks = &section.blocks;
    // The parts of the section: from its start or a heading to the next heading.
    let mut parts: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    for (index, block) in blocks.iter().enumerate() {
        if matches!(block, Block::Heading { .. }) && index > start {
            parts.push(start..index);
            start = index;
        }
    }
    parts.push(start..blocks.len());
    let mut landscape: Vec<bool> = parts
        .iter()
        .map(|part| {
            blocks[part.clone()].iter().any(|block| {
                matches!(block, Block::Table(table)
                    if plan_table(table).orientation == Orientation::Landscape)
            })
        })
        .collect();
    let (_, page_height) = Orientation::Portrait.text_area();
    let height = |range: std::ops::Range<usize>| -> f64 {
        parts[range]
            .iter()
            .flat_map(|part| blocks[part.clone()].iter())
            .map(block_height)
            .sum()
    };
    // The section's title and any short parts before its first landscape part; then any short
    // parts after its last one.
    if let Some(first) = landscape.iter().position(|is_landscape| *is_landscape) {
        if first > 0 && height(0..first) + 3.0 * BODY_SIZE < page_height * NEAR_EMPTY_SHARE {
            landscape[..first].fill(true);
        }
    }
    if let Some(last) = landscape.iter().rposition(|is_landscape| *is_landscape) {
        if last + 1 < parts.len() && height(last + 1..parts.len()) < page_height * NEAR_EMPTY_SHARE
        {
            landscape[last + 1..].fill(true);
        }
    }
    let mut orientations = vec![Orientation::Portrait; blocks.len()];
    for (part, is_landscape) in parts.iter().zip(landscape) {
        if is_landscape {
            orientations[part.clone()].fill(Orientation::Landscape);
        }
    }
    orientations
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(header: &[&str], rows: &[&[&str]]) -> Table {
        Table {
            caption: "Caption".to_owned(),
            header: header.iter().map(|cell| (*cell).to_owned()).collect(),
            rows: rows
                .iter()
                .map(|row| row.iter().map(|cell| (*cell).to_owned()).collect())
                .collect(),
            numeric: header.iter().map(|cell| *cell == "Count").collect(),
        }
    }

    #[test]
    fn a_small_table_stays_portrait_sized_by_its_content_and_whole() {
        let plan = plan_table(&table(
            &["Pillar", "Count"],
            &[&["Behind the counter", "3"]],
        ));
        assert_eq!(plan.orientation, Orientation::Portrait);
        assert_eq!(plan.groups.len(), 1);
        assert_eq!(plan.groups[0].widths, None);
        assert!(!plan.breakable);
    }

    #[test]
    fn seven_columns_go_landscape_in_smaller_type() {
        let header = ["A", "B", "C", "D", "E", "F", "G"];
        let plan = plan_table(&table(&header, &[&header]));
        assert_eq!(plan.orientation, Orientation::Landscape);
        assert!(plan.font_size < TABLE_SIZE);
    }

    #[test]
    fn long_text_is_wrapped_in_columns_no_narrower_than_their_longest_word() {
        let long = "Faire connaître la boulangerie aux familles du quartier et d'échantillons";
        let plan = plan_table(&table(
            &["Objective", "KPI", "Count"],
            &[&[long, long, "4 000"]],
        ));
        assert_eq!(plan.orientation, Orientation::Portrait);
        let widths = plan.groups[0].widths.clone().unwrap();
        let (width, _) = Orientation::Portrait.text_area();
        assert!((widths.iter().sum::<f64>() - width).abs() < 0.01);
        let longest_word = text_width("d'échantillons", TABLE_SIZE, false);
        assert!(widths[0] > longest_word + 2.0 * CELL_INSET_X);
        assert!(widths[2] >= text_width("4 000", TABLE_SIZE, false) + 2.0 * CELL_INSET_X);
    }

    #[test]
    fn a_table_too_wide_for_landscape_is_split_repeating_its_first_column() {
        let header: Vec<String> = std::iter::once("Network".to_owned())
            .chain((0..50).map(|index| format!("Persona{index:02}")))
            .collect();
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let plan = plan_table(&table(&header, &[&header]));
        assert_eq!(plan.orientation, Orientation::Landscape);
        assert!(plan.groups.len() > 1);
        let mut seen = Vec::new();
        for group in &plan.groups {
            assert_eq!(group.columns[0], 0);
            seen.extend(group.columns[1..].iter().copied());
        }
        assert_eq!(seen, (1..51).collect::<Vec<_>>());
    }

    #[test]
    fn a_long_table_may_break_across_pages() {
        let rows: Vec<[&str; 2]> = (0..80).map(|_| ["Month", "12"]).collect();
        let rows: Vec<&[&str]> = rows.iter().map(|row| row.as_slice()).collect();
        assert!(plan_table(&table(&["Month", "Count"], &rows)).breakable);
    }

    fn section(blocks: Vec<Block>) -> Section {
        Section {
            id: "s".to_owned(),
            title: "Section".to_owned(),
            blocks,
        }
    }

    #[test]
    fn a_wide_table_takes_its_heading_and_a_short_introduction_to_the_landscape_page() {
        let header = ["A", "B", "C", "D", "E", "F", "G"];
        let wide = Block::Table(table(&header, &[&header]));
        let small = Block::Table(table(&["Pillar", "Count"], &[&["Counter", "3"]]));
        let paragraph = Block::Paragraph {
            text: "Why each objective matters.".to_owned(),
        };
        let heading = |text: &str| Block::Heading {
            text: text.to_owned(),
        };
        use Orientation::{Landscape, Portrait};
        // A short section: all of it on the landscape page.
        assert_eq!(
            section_orientations(&section(vec![
                paragraph.clone(),
                wide.clone(),
                small.clone()
            ])),
            [Landscape; 3]
        );
        // A long part before the table's heading stays portrait; the heading goes with the
        // table; a short part after it joins it.
        let chart = Block::Chart(tomster_core::charts::bar_chart(
            "c",
            "Chart",
            "x",
            &(0..20)
                .map(|index| (format!("bar {index}"), 1.0))
                .collect::<Vec<_>>(),
            &|value| format!("{value}"),
        ));
        assert_eq!(
            section_orientations(&section(vec![
                paragraph.clone(),
                chart,
                heading("Wide"),
                wide,
                heading("After"),
                small,
            ])),
            [
                Portrait, Portrait, Landscape, Landscape, Landscape, Landscape
            ]
        );
    }

    #[test]
    fn short_headed_parts_of_text_are_kept_on_one_page() {
        let heading = |text: &str| Block::Heading {
            text: text.to_owned(),
        };
        let bullets = |count: usize| Block::Bullets {
            items: (0..count).map(|index| format!("point {index}")).collect(),
        };
        let section = section(vec![
            Block::Paragraph {
                text: "Introduction".to_owned(),
            },
            heading("A persona"),
            bullets(3),
            heading("A long persona"),
            bullets(200),
            heading("With a table"),
            Block::Table(table(&["a"], &[&["1"]])),
            heading("Another persona"),
            bullets(2),
        ]);
        // The introduction has no heading to keep; the 200 points must break; a table part
        // is laid out by its own rules.
        assert_eq!(parts_kept_together(&section), [1..3, 7..9]);
    }

    #[test]
    fn sections_without_wide_tables_stay_portrait() {
        let small = Block::Table(table(&["Pillar", "Count"], &[&["Counter", "3"]]));
        assert_eq!(
            section_orientations(&section(vec![small])),
            [Orientation::Portrait]
        );
    }
}
