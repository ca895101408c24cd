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
    /// The cover's logo as a `data:` address, so the page stays one self-contained file.
    logo: Option<String>,
}

impl DocumentPage<'_> {
    fn is_numeric(&self, table: &Table, column: &usize) -> bool {
        table.numeric.get(*column).copied().unwrap_or(false)
    }

    /// A column's header, which a cell carries to show above itself where a phone stacks the
    /// table's rows.
    fn header_of<'t>(&self, table: &'t Table, column: &usize) -> &'t str {
        table.header.get(*column).map_or("", String::as_str)
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
        logo: document
            .logo
            .as_ref()
            .map(|logo| format!("data:{};base64,{}", logo.media_type, base64(&logo.bytes))),
    };
    page.render()
}

/// Standard base64 with padding (RFC 4648, section 4), for `data:` addresses.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut encoded = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let group = match chunk {
            [a, b, c] => u32::from(*a) << 16 | u32::from(*b) << 8 | u32::from(*c),
            [a, b] => u32::from(*a) << 16 | u32::from(*b) << 8,
            [a] => u32::from(*a) << 16,
            _ => 0,
        };
        for index in 0..4 {
            if index <= chunk.len() {
                let sextet = (group >> (18 - 6 * index)) & 0x3f;
                encoded.push(char::from(ALPHABET[sextet as usize]));
            } else {
                encoded.push('=');
            }
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;
    use tomster_core::document::Section;
    use tomster_core::model::Language;

    #[test]
    fn base64_matches_the_rfc_test_vectors() {
        // RFC 4648, section 10.
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
    }

    fn document(blocks: Vec<Block>) -> Document {
        Document {
            language: Language::English,
            title: "T <script>".to_owned(),
            organisation: None,
            logo: None,
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
