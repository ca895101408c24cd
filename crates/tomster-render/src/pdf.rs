//! The strategy document as an A4 PDF, typeset in-process with typst: real, selectable text,
//! embedded fonts, page numbers, a table of contents, the same SVG charts as the HTML page.
//!
//! The document model becomes typst markup in which every piece of user text is a typst string
//! literal (`#"..."`), so nothing a user writes can be read as markup or code. Page layout
//! (landscape pages for wide tables, column widths, where tables may break) is decided in
//! [`layout`] before typst sees the markup.
//!
//! Fonts: typst's own (Libertinus Serif for the text, DejaVu Sans Mono) and, for emoji and
//! symbols, Symbola from Debian's `fonts-symbola`, vendored in `fonts/` with its licence.

mod layout;

use std::fmt::Write;
use std::sync::OnceLock;

use layout::{
    BODY_SIZE, CELL_INSET_X, CELL_INSET_Y, MARGIN_BOTTOM, MARGIN_SIDE, MARGIN_TOP, MILLIMETRE,
    Orientation, TEXT_WIDTH_MM, TablePlan, parts_kept_together, plan_table, section_orientations,
    svg_size,
};
use tomster_core::document::{Block, Document, Section, Table, Tone};
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;
use typst_pdf::PdfOptions;

/// The fallback for emoji and symbols, which typst's fonts lack: Symbola, a monochrome font
/// covering Unicode 9's emoji (see `fonts/README.md` for its origin and licence).
const SYMBOL_FONT: &[u8] = include_bytes!("../fonts/Symbola_hint.ttf");

/// The fonts shipped with typst and the symbol font, parsed once.
fn fonts() -> &'static (LazyHash<FontBook>, Vec<Font>) {
    static FONTS: OnceLock<(LazyHash<FontBook>, Vec<Font>)> = OnceLock::new();
    FONTS.get_or_init(|| {
        let fonts: Vec<Font> = typst_assets::fonts()
            .chain(std::iter::once(SYMBOL_FONT))
            .flat_map(|data| Font::iter(Bytes::new(data)))
            .collect();
        (LazyHash::new(FontBook::from_fonts(&fonts)), fonts)
    })
}

fn library() -> &'static LazyHash<Library> {
    static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
}

/// A world of one in-memory source file, the cover's logo and the embedded fonts: no file
/// system, no network.
struct DocumentWorld {
    source: Source,
    /// The logo under its name in the markup (`logo.png`), when the document has one.
    logo: Option<(FileId, Bytes)>,
}

impl World for DocumentWorld {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &fonts().0
    }

    fn main(&self) -> FileId {
        self.source.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.source.id() {
            Ok(self.source.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.source.id() {
            return Ok(Bytes::from_string(self.source.clone()));
        }
        match &self.logo {
            Some((logo_id, bytes)) if *logo_id == id => Ok(bytes.clone()),
            _ => Err(FileError::AccessDenied),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        fonts().1.get(index).cloned()
    }

    // The markup never asks for the date: the version date is already text.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

/// A typst string literal.
fn literal(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + 2);
    escaped.push('"');
    for character in text.chars() {
        match character {
            '\\' => escaped.push_str("\\\\"),
            '"' => escaped.push_str("\\\""),
            '\n' => escaped.push_str("\\n"),
            '\r' => {}
            other => escaped.push(other),
        }
    }
    escaped.push('"');
    escaped
}

/// A cell of the hidden last column that keeps the rows it spans on one page.
fn keeper(rows: usize) -> String {
    if rows > 1 {
        format!("table.cell(rowspan: {rows}, breakable: false, inset: 0pt, stroke: none)[]")
    } else {
        "table.cell(inset: 0pt, stroke: none)[]".to_owned()
    }
}

/// The markup of one table (or one group of its columns).
fn write_table_group(out: &mut String, table: &Table, plan: &TablePlan, group_index: usize) {
    let Some(group) = plan.groups.get(group_index) else {
        return;
    };
    let mut widths: Vec<String> = match &group.widths {
        None => vec!["auto".to_owned(); group.columns.len()],
        Some(widths) => widths.iter().map(|width| format!("{width:.1}fr")).collect(),
    };
    let mut alignments: Vec<&str> = group
        .columns
        .iter()
        .map(|column| {
            if table.numeric.get(*column).copied().unwrap_or(false) {
                "right + top"
            } else {
                "left + top"
            }
        })
        .collect();
    // A table that may break across pages gets a last column, zero wide, whose cells span the
    // first two and the last two rows and may not break: so no page starts or ends with a
    // single row of it (typst has no widow and orphan control for table rows).
    let keep_rows = plan.breakable && !table.rows.is_empty();
    if keep_rows {
        widths.push("0pt".to_owned());
        alignments.push("left");
    }
    let _ = writeln!(
        out,
        "  table(columns: ({}), align: ({}),",
        widths.join(", "),
        alignments.join(", ")
    );
    let mut header: Vec<String> = group
        .columns
        .iter()
        .map(|column| {
            let text = table.header.get(*column).map(String::as_str).unwrap_or("");
            format!("strong({})", literal(text))
        })
        .collect();
    if keep_rows {
        header.push("[]".to_owned());
    }
    let _ = writeln!(out, "    table.header({}),", header.join(", "));
    let count = table.rows.len();
    for (index, row) in table.rows.iter().enumerate() {
        let mut cells: Vec<String> = group
            .columns
            .iter()
            .map(|column| literal(row.get(*column).map(String::as_str).unwrap_or("")))
            .collect();
        if keep_rows {
            if count <= 3 {
                if index == 0 {
                    cells.push(keeper(count));
                }
            } else if index == 0 || index == count - 2 {
                cells.push(keeper(2));
            } else if index != 1 && index != count - 1 {
                cells.push(keeper(1));
            }
        }
        let _ = writeln!(out, "    {},", cells.join(", "));
    }
    let _ = writeln!(out, "  )");
}

/// The markup of a table: a figure with its caption on top, in the plan's type size, whole on
/// one page when it is short.
fn write_table(out: &mut String, table: &Table) {
    let plan = plan_table(table);
    if !plan.breakable {
        out.push_str("#block(breakable: false, width: 100%, ");
    } else {
        out.push('#');
    }
    let _ = writeln!(
        out,
        "figure(kind: table, caption: {}, text(size: {}pt, {{",
        literal(&table.caption),
        plan.font_size
    );
    for group_index in 0..plan.groups.len() {
        if group_index > 0 {
            let _ = writeln!(out, "  v(8pt)");
        }
        write_table_group(out, table, &plan, group_index);
    }
    out.push_str("}))");
    if !plan.breakable {
        out.push(')');
    }
    out.push_str("\n\n");
}

/// Prose on a landscape page keeps the portrait width: a line across the whole page would be
/// too long to read.
fn with_text_width(markup: String, orientation: Orientation) -> String {
    match orientation {
        Orientation::Portrait => format!("#{markup}\n\n"),
        Orientation::Landscape => format!("#block(width: {TEXT_WIDTH_MM}mm, {markup})\n\n"),
    }
}

fn write_block(out: &mut String, block: &Block, orientation: Orientation) {
    match block {
        Block::Heading { text } => {
            let _ = writeln!(out, "#heading(level: 2, {})\n", literal(text));
        }
        Block::Subheading { text } => {
            let _ = writeln!(
                out,
                "#heading(level: 3, outlined: false, {})\n",
                literal(text)
            );
        }
        Block::Paragraph { text } => {
            out.push_str(&with_text_width(literal(text), orientation));
        }
        Block::Bullets { items } => {
            let items: Vec<String> = items.iter().map(|item| literal(item)).collect();
            out.push_str(&with_text_width(
                format!("list({})", items.join(", ")),
                orientation,
            ));
        }
        Block::Facts { items } => {
            let cells: Vec<String> = items
                .iter()
                .flat_map(|(label, value)| [format!("strong({})", literal(label)), literal(value)])
                .collect();
            out.push_str(&with_text_width(
                format!(
                    "grid(columns: (auto, 1fr), column-gutter: 12pt, row-gutter: 6pt, {})",
                    cells.join(", ")
                ),
                orientation,
            ));
        }
        Block::Table(table) => write_table(out, table),
        Block::Chart(chart) => {
            // As wide as the text of a portrait page, on landscape pages too; a chart too tall
            // for the page at that width (a heat map of many personas) is scaled down to fit
            // with its caption, since a picture cannot break across pages.
            let (_, page_height) = orientation.text_area();
            let fits_height = page_height - 4.0 * BODY_SIZE;
            let size = match svg_size(&chart.svg) {
                Some((width, height))
                    if TEXT_WIDTH_MM * MILLIMETRE * height / width > fits_height =>
                {
                    format!("height: {fits_height:.1}pt")
                }
                _ => match orientation {
                    Orientation::Portrait => "width: 100%".to_owned(),
                    Orientation::Landscape => format!("width: {TEXT_WIDTH_MM}mm"),
                },
            };
            let _ = writeln!(
                out,
                "#figure(image(bytes({}), format: \"svg\", {size}, alt: {}), caption: {})\n",
                literal(&chart.svg),
                literal(&chart.description),
                literal(&chart.title)
            );
        }
        Block::Notice { tone, text } => {
            let (stroke, fill) = match tone {
                Tone::Error => ("#c0392b", "#fdecea"),
                Tone::Warning => ("#d68910", "#fef5e7"),
                Tone::Success => ("#1e8449", "#eafaf1"),
                Tone::Note => ("#0072B2", "#eaf2f8"),
            };
            let notice = format!(
                "block(width: 100%, inset: 8pt, radius: 2pt, fill: rgb(\"{fill}\"), stroke: (left: 3pt + rgb(\"{stroke}\")), {})",
                literal(text)
            );
            out.push_str(&with_text_width(notice, orientation));
        }
    }
}

/// Turns the page when the orientation changes: a `page` set rule starts a new page.
fn set_orientation(out: &mut String, current: &mut Orientation, wanted: Orientation) {
    if *current != wanted {
        let flipped = wanted == Orientation::Landscape;
        let _ = writeln!(out, "#set page(flipped: {flipped})\n");
        *current = wanted;
    }
}

fn write_section(out: &mut String, section: &Section, orientation: &mut Orientation) {
    let orientations = section_orientations(section);
    // The section's title goes on the page of its first block.
    set_orientation(
        out,
        orientation,
        orientations
            .first()
            .copied()
            .unwrap_or(Orientation::Portrait),
    );
    let _ = writeln!(out, "#heading(level: 1, {})\n", literal(&section.title));
    let kept = parts_kept_together(section);
    for (index, (block, wanted)) in section.blocks.iter().zip(orientations).enumerate() {
        set_orientation(out, orientation, wanted);
        if kept.iter().any(|part| part.start == index) {
            out.push_str("#block(breakable: false, width: 100%, above: 2em)[\n");
        }
        write_block(out, block, wanted);
        if kept.iter().any(|part| part.end == index + 1) {
            out.push_str("]\n\n");
        }
    }
}

/// The typst markup of a document.
pub fn typst_markup(document: &Document) -> String {
    let mut out = String::new();
    let language = document.language.as_str();
    let _ = writeln!(out, "#set document(title: {})", literal(&document.title));
    let _ = writeln!(
        out,
        "#set page(paper: \"a4\", margin: (x: {MARGIN_SIDE}mm, top: {MARGIN_TOP}mm, bottom: {MARGIN_BOTTOM}mm), numbering: \"1 / 1\", number-align: center)"
    );
    let _ = writeln!(
        out,
        "#set text(font: (\"Libertinus Serif\", \"Symbola\", \"DejaVu Sans Mono\"), size: {BODY_SIZE}pt, lang: \"{language}\")"
    );
    let _ = writeln!(out, "#set par(justify: true)");
    let _ = writeln!(out, "#show figure: set block(breakable: true)");
    // A table's caption sits above it and is never left alone at the foot of a page.
    let _ = writeln!(
        out,
        "#show figure.where(kind: table): set figure.caption(position: top)"
    );
    let _ = writeln!(
        out,
        "#show figure.where(kind: table): it => {{ show figure.caption: caption => block(sticky: true, width: 100%, align(center, caption)); it }}"
    );
    // Justified text in narrow cells opens rivers of space: cells are ragged right.
    let _ = writeln!(out, "#show table: set par(justify: false)");
    let _ = writeln!(
        out,
        "#set table(fill: (x, y) => if y == 0 {{ luma(235) }}, stroke: 0.4pt + luma(200), inset: (x: {CELL_INSET_X}pt, y: {CELL_INSET_Y}pt))"
    );
    // A row is never split across two pages.
    let _ = writeln!(out, "#set table.cell(breakable: false)");
    let _ = writeln!(
        out,
        "#show heading.where(level: 1): it => {{ pagebreak(weak: true); set text(size: 18pt); block(below: 12pt, sticky: true, it) }}"
    );
    // Cover.
    if let Some(logo) = &document.logo {
        let _ = writeln!(
            out,
            "#image({}, height: 2cm)\n#v(12pt)",
            literal(&logo_file_name(logo))
        );
        let _ = writeln!(out, "#v(18%)");
    } else {
        let _ = writeln!(out, "#v(25%)");
    }
    if let Some(prepared_by) = &document.prepared_by {
        let _ = writeln!(
            out,
            "#text(size: 11pt, fill: rgb({}), {})",
            literal(&document.accent_text),
            literal(prepared_by)
        );
        let _ = writeln!(out, "#v(8pt)");
    }
    let _ = writeln!(
        out,
        "#text(size: 26pt, weight: \"bold\", {})",
        literal(&document.title)
    );
    if let Some(organisation) = &document.organisation {
        let _ = writeln!(out, "\n#text(size: 14pt, {})", literal(organisation));
    }
    let _ = writeln!(
        out,
        "\n#v(12pt)\n#{}\n",
        literal(&format!(
            "{}{} {}",
            document.label("doc-period"),
            document.language.colon(),
            document.period
        ))
    );
    let _ = writeln!(
        out,
        "#{}\n",
        literal(&format!(
            "{} {}",
            document.label("doc-version"),
            document.version_date
        ))
    );
    // The accent colour, as the HTML cover's band.
    let _ = writeln!(
        out,
        "#v(12pt)\n#line(length: 100%, stroke: 3pt + rgb({}))\n",
        literal(&document.accent)
    );
    let _ = writeln!(
        out,
        "#pagebreak()\n#outline(title: {}, depth: 1)\n",
        literal(document.label("doc-contents"))
    );
    let mut orientation = Orientation::Portrait;
    for section in &document.sections {
        write_section(&mut out, section, &mut orientation);
    }
    // The tool that made the document: one discreet line at its very end.
    let _ = writeln!(
        out,
        "#v(2em)\n#text(size: 8pt, fill: luma(110), {})",
        literal(document.label("doc-footer"))
    );
    out
}

/// The logo's name in the markup, beside the main source (`logo.svg`).
fn logo_file_name(logo: &tomster_core::document::Logo) -> String {
    format!("logo.{}", logo.extension())
}

/// Typesets the document into PDF bytes; an error lists typst's messages.
pub fn render_pdf(document: &Document) -> Result<Vec<u8>, String> {
    render_markup(typst_markup(document), document.logo.as_ref())
}

/// Typesets markup made by [`typst_markup`] (with its document's logo): what a process that
/// received the markup from another typesets.
pub fn render_markup(
    markup: String,
    logo: Option<&tomster_core::document::Logo>,
) -> Result<Vec<u8>, String> {
    let logo = match logo {
        Some(logo) => {
            let path =
                VirtualPath::new(logo_file_name(logo)).map_err(|error| format!("{error:?}"))?;
            let id = RootedPath::new(VirtualRoot::Project, path).intern();
            Some((id, Bytes::new(logo.bytes.clone())))
        }
        None => None,
    };
    let world = DocumentWorld {
        source: Source::detached(markup),
        logo,
    };
    let describe = |diagnostics: &[SourceDiagnostic]| {
        diagnostics
            .iter()
            .map(|diagnostic| diagnostic.message.to_string())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let paged: PagedDocument = typst::compile(&world)
        .output
        .map_err(|errors| describe(&errors))?;
    let pdf = typst_pdf::pdf(&paged, &PdfOptions::default()).map_err(|errors| describe(&errors));
    // typst memoizes what it lays out in a process-wide cache that only grows: results not
    // reused by the last two documents go, so that a server typesetting many distinct
    // documents keeps a bounded memory.
    typst::comemo::evict(2);
    pdf
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_escape_quotes_backslashes_and_newlines() {
        assert_eq!(
            literal("a \"b\" \\ c\nd #e $f"),
            "\"a \\\"b\\\" \\\\ c\\nd #e $f\""
        );
    }
}
