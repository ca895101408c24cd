//! The strategy document as an A4 PDF, typeset in-process with typst: real, selectable text,
//! embedded fonts, page numbers, the same SVG charts as the HTML page.
//!
//! The document model becomes typst markup in which every piece of user text is a typst string
//! literal (`#"..."`), so nothing a user writes can be read as markup or code.
//!
//! Fonts: typst's own (Libertinus Serif for the text, DejaVu Sans Mono) and, for emoji and
//! symbols, Symbola from Debian's `fonts-symbola`, vendored in `fonts/` with its licence.

use std::fmt::Write;
use std::sync::OnceLock;

use tomster_core::document::{Block, Document, Table, Tone};
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, Source};
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

/// A world of one in-memory source file and the embedded fonts: no file system, no network.
struct DocumentWorld {
    source: Source,
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
            Ok(Bytes::from_string(self.source.clone()))
        } else {
            Err(FileError::AccessDenied)
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

fn write_table(out: &mut String, table: &Table) {
    let columns = table.header.len().max(1);
    let alignments: Vec<&str> = (0..columns)
        .map(|column| {
            if table.numeric.get(column).copied().unwrap_or(false) {
                "right"
            } else {
                "left"
            }
        })
        .collect();
    let _ = writeln!(
        out,
        "#figure(kind: table, caption: {}, table(",
        literal(&table.caption)
    );
    let _ = writeln!(
        out,
        "  columns: {columns}, align: ({}),",
        alignments.join(", ")
    );
    let _ = writeln!(out, "  stroke: 0.4pt + luma(200), inset: 4pt,");
    let header: Vec<String> = table
        .header
        .iter()
        .map(|cell| format!("strong({})", literal(cell)))
        .collect();
    let _ = writeln!(out, "  table.header({}),", header.join(", "));
    for row in &table.rows {
        let cells: Vec<String> = (0..columns)
            .map(|column| literal(row.get(column).map(String::as_str).unwrap_or("")))
            .collect();
        let _ = writeln!(out, "  {},", cells.join(", "));
    }
    let _ = writeln!(out, "))");
}

/// The typst markup of a document.
pub fn typst_markup(document: &Document) -> String {
    let mut out = String::new();
    let language = document.language.as_str();
    let _ = writeln!(out, "#set document(title: {})", literal(&document.title));
    let _ = writeln!(
        out,
        "#set page(paper: \"a4\", margin: (x: 18mm, top: 20mm, bottom: 22mm), numbering: \"1 / 1\", number-align: center)"
    );
    let _ = writeln!(
        out,
        "#set text(font: (\"Libertinus Serif\", \"Symbola\", \"DejaVu Sans Mono\"), size: 10.5pt, lang: \"{language}\")"
    );
    let _ = writeln!(out, "#set par(justify: true)");
    let _ = writeln!(out, "#show figure: set block(breakable: true)");
    let _ = writeln!(
        out,
        "#show figure.where(kind: table): set figure.caption(position: top)"
    );
    let _ = writeln!(out, "#set table(fill: (x, y) => if y == 0 {{ luma(235) }})");
    let _ = writeln!(
        out,
        "#show heading.where(level: 1): it => {{ pagebreak(weak: true); set text(size: 18pt); block(below: 12pt, it) }}"
    );
    // Cover.
    let _ = writeln!(out, "#v(25%)");
    let _ = writeln!(
        out,
        "#text(size: 11pt, fill: rgb(\"#0072B2\"), {})",
        literal(document.label("doc-prepared-with"))
    );
    let _ = writeln!(out, "#v(8pt)");
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
    let _ = writeln!(
        out,
        "#pagebreak()\n#outline(title: {}, depth: 1)\n",
        literal(document.label("doc-contents"))
    );
    for section in &document.sections {
        let _ = writeln!(out, "#heading(level: 1, {})\n", literal(&section.title));
        for block in &section.blocks {
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
                    let _ = writeln!(out, "#{}\n", literal(text));
                }
                Block::Bullets { items } => {
                    let items: Vec<String> = items.iter().map(|item| literal(item)).collect();
                    let _ = writeln!(out, "#list({})\n", items.join(", "));
                }
                Block::Facts { items } => {
                    let cells: Vec<String> = items
                        .iter()
                        .flat_map(|(label, value)| {
                            [format!("strong({})", literal(label)), literal(value)]
                        })
                        .collect();
                    let _ = writeln!(
                        out,
                        "#grid(columns: (auto, 1fr), column-gutter: 12pt, row-gutter: 6pt, {})\n",
                        cells.join(", ")
                    );
                }
                Block::Table(table) => {
                    write_table(&mut out, table);
                    out.push('\n');
                }
                Block::Chart(chart) => {
                    let _ = writeln!(
                        out,
                        "#figure(image(bytes({}), format: \"svg\", width: 100%, alt: {}), caption: {})\n",
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
                    let _ = writeln!(
                        out,
                        "#block(width: 100%, inset: 8pt, radius: 2pt, fill: rgb(\"{fill}\"), stroke: (left: 3pt + rgb(\"{stroke}\")), {})\n",
                        literal(text)
                    );
                }
            }
        }
    }
    out
}

/// Typesets the document into PDF bytes; an error lists typst's messages.
pub fn render_pdf(document: &Document) -> Result<Vec<u8>, String> {
    let world = DocumentWorld {
        source: Source::detached(typst_markup(document)),
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
    typst_pdf::pdf(&paged, &PdfOptions::default()).map_err(|errors| describe(&errors))
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
