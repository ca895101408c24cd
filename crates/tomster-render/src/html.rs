//! The strategy document as one self-contained HTML page: inline CSS and SVG, no network
//! fetches, readable on a phone, with a print stylesheet (A4, a page break between chapters).

use askama::Template;
use tomster_core::document::{Block, Document, Table, Tone};

#[derive(Template)]
#[template(path = "document.html")]
struct DocumentPage<'a> {
    doc: &'a Document,
    lang: &'a str,
    /// A colon as the language writes it (French puts a no-break space before it).
    colon: &'a str,
}

impl DocumentPage<'_> {
    fn is_numeric(&self, table: &Table, column: &usize) -> bool {
        table.numeric.get(*column).copied().unwrap_or(false)
    }

    fn tone_class(&self, tone: &Tone) -> &'static str {
        match tone {
            Tone::Error => "error",
            Tone::Warning => "warning",
            Tone::Success => "success",
            Tone::Note => "note",
        }
    }
}

/// Renders the document as HTML.
pub fn render_html(document: &Document) -> Result<String, askama::Error> {
    let page = DocumentPage {
        doc: document,
        lang: document.language.as_str(),
        colon: document.language.colon(),
    };
    page.render()
}

#[cfg(test)]
mod tests {
    use super::*;
    use tomster_core::document::Section;
    use tomster_core::model::Language;

    fn document(blocks: Vec<Block>) -> Document {
        Document {
            language: Language::English,
            title: "T <script>".to_owned(),
            organisation: None,
            prepared_by: Some("Agency <b>".to_owned()),
            accent: "#7a1f3d".to_owned(),
            accent_text: "#7a1f3d".to_owned(),
            period: "p".to_owned(),
            version_date: "v".to_owned(),
            labels: Default::default(),
            summary: Default::default(),
            sections: vec![Section {
                id: "s".to_owned(),
                title: "S & co".to_owned(),
                blocks,
            }],
        }
    }

    #[test]
    fn text_is_escaped_and_svg_is_kept() {
        let chart =
            tomster_core::charts::bar_chart("c", "Chart", "x", &[("a".into(), 1.0)], &|value| {
                value.to_string()
            });
        let html = render_html(&document(vec![
            Block::Paragraph {
                text: "<b>bold</b>".to_owned(),
            },
            Block::Chart(chart),
        ]))
        .unwrap();
        assert!(
            html.contains("T &#60;script&#62;") || html.contains("T &lt;script&gt;"),
            "{html}"
        );
        assert!(!html.contains("<b>bold</b>"));
        assert!(html.contains("<svg xmlns="));
        assert!(html.contains("S &#38; co") || html.contains("S &amp; co"));
    }

    #[test]
    fn the_page_fetches_nothing() {
        let html = render_html(&document(vec![])).unwrap();
        for fetch in ["<link", "<script", "src=\"http", "@import", "url(http"] {
            assert!(!html.contains(fetch), "{fetch}");
        }
    }
}
