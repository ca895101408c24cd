//! The strategy document of each example in every format: HTML and Markdown compared as text
//! with golden files; the PDF checked through its extracted text and page count (poppler's
//! `pdftotext` and `pdfinfo`, which `.ci/run` installs).

use tomster_core::document::{Document, build_document};
use tomster_core::knowledge::Knowledge;
use tomster_core::load::from_toml_str;
use tomster_core::model::Language;
use tomster_core::values::Day;
use tomster_render::html::render_html;
use tomster_render::markdown::render_markdown;

use crate::golden::{check_golden, examples, test_data};

/// A fixed version date, so golden files do not change with the clock.
fn version_date() -> Day {
    Day::parse("2026-11-26").unwrap()
}

pub fn example_documents() -> Vec<(&'static str, Document)> {
    examples()
        .into_iter()
        .map(|(name, loaded)| {
            let language = loaded.strategy.strategy.language.unwrap();
            (
                name,
                build_document(
                    &tomster_core::analysis::Analysis::new(&loaded.strategy, Knowledge::embedded()),
                    language,
                    version_date(),
                ),
            )
        })
        .collect()
}

#[test]
fn every_example_document_matches_its_html_and_markdown_golden_files() {
    for (name, document) in example_documents() {
        let directory = test_data().join(name);
        check_golden(
            &directory.join("document.html"),
            render_html(&document).unwrap().as_bytes(),
        );
        let markdown = render_markdown(&document, Some("document-charts"));
        check_golden(&directory.join("document.md"), markdown.text.as_bytes());
        // Five charts, and the timeline of the operations where there are some.
        assert_eq!(markdown.charts.len(), document.charts().len(), "{name}");
        assert!(markdown.charts.len() >= 5, "{name}");
        for (file, svg) in &markdown.charts {
            check_golden(
                &directory.join("document-charts").join(file),
                svg.as_bytes(),
            );
            assert!(
                markdown
                    .text
                    .contains(&format!("](<document-charts/{file}>)")),
                "{name}: {file} is referred to"
            );
        }
    }
}

#[test]
fn html_is_self_contained_and_accessible() {
    for (name, document) in example_documents() {
        let html = render_html(&document).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains(&format!("<html lang=\"{}\">", document.language.as_str())));
        assert!(
            html.contains("name=\"viewport\""),
            "{name}: readable on a phone"
        );
        assert!(
            html.contains("@media print") && html.contains("page-break-before"),
            "{name}: print stylesheet"
        );
        for fetch in ["<link", "<script", "src=\"http", "@import", "url("] {
            assert!(!html.contains(fetch), "{name}: {fetch}");
        }
        let charts = document.charts().len();
        assert_eq!(
            html.matches("<svg ").count(),
            charts,
            "{name}: the charts are inline"
        );
        assert_eq!(html.matches("role=\"img\"").count(), charts);
        assert!(
            html.matches("<figcaption>").count() == charts,
            "{name}: text alternatives"
        );
        for section in &document.sections {
            assert!(html.contains(&format!("id=\"{}\"", section.id)));
        }
    }
}

#[test]
fn numbers_dates_and_money_follow_the_language() {
    let documents = example_documents();
    let (_, french) = documents
        .iter()
        .find(|(name, _)| *name == "boulangerie")
        .unwrap();
    let html = render_html(french).unwrap();
    assert!(html.contains("4\u{202f}250\u{a0}€"), "French money");
    assert!(html.contains("du 1er janvier 2027 au 31 décembre 2027"));
    let (_, english) = documents
        .iter()
        .find(|(name, _)| *name == "b2b-saas")
        .unwrap();
    let html = render_html(english).unwrap();
    assert!(html.contains("$12,440"), "English money");
    assert!(html.contains("January 1, 2027 to December 31, 2027"));
}

#[test]
fn a_strategy_with_errors_still_renders_with_the_errors_in_the_appendix() {
    let text = "[strategy]\nname = \"Draft\"\nstart = 2027-01-01\nend = 2027-01-01\n";
    let loaded = from_toml_str(text).unwrap();
    let document = build_document(
        &tomster_core::analysis::Analysis::new(&loaded.strategy, Knowledge::embedded()),
        Language::English,
        version_date(),
    );
    let html = render_html(&document).unwrap();
    // The summary says how many points remain; the appendix lists them, after the chapters.
    let summary = html.find("id=\"summary\"").unwrap();
    let remain = html.find("remain to settle").unwrap();
    let target = html.find("id=\"target\"").unwrap();
    let appendix = html.find("id=\"findings\"").unwrap();
    let error = html.find("The strategy has no persona").unwrap();
    assert!(
        summary < remain && remain < target,
        "the summary points to the appendix"
    );
    assert!(
        target < appendix && appendix < error,
        "the errors are in the appendix"
    );
    assert!(
        !html.contains("class=\"notice error\""),
        "no red box for the client"
    );
    let markdown = render_markdown(&document, None);
    assert!(
        markdown.text.contains("Chart omitted"),
        "no folder: charts are replaced by a note"
    );
}

#[cfg(feature = "pdf")]
pub mod pdf {
    use std::path::PathBuf;
    use std::process::Command;
    use std::sync::OnceLock;

    use tomster_core::document::Document;
    use tomster_render::pdf::render_pdf;

    use super::example_documents;
    use crate::golden::{check_golden, test_data};

    /// Runs a poppler tool; its absence is a failure, never a skip (`scripts/test.sh` installs
    /// poppler-utils).
    pub fn poppler(tool: &str, arguments: &[&str]) -> String {
        let output = Command::new(tool)
            .args(arguments)
            .output()
            .unwrap_or_else(|error| {
                panic!("{tool} is needed (Debian package poppler-utils): {error}")
            });
        assert!(
            output.status.success(),
            "{tool}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    }

    /// One example's document and its PDF, written to a file for poppler.
    pub struct ExamplePdf {
        pub name: &'static str,
        pub document: Document,
        pub pdf: Vec<u8>,
        pub path: PathBuf,
    }

    /// Every example typeset once for all the PDF tests: typesetting is the slow part.
    pub fn example_pdfs() -> &'static [ExamplePdf] {
        static PDFS: OnceLock<Vec<ExamplePdf>> = OnceLock::new();
        PDFS.get_or_init(|| {
            let directory =
                std::env::temp_dir().join(format!("tomster-pdf-{}", std::process::id()));
            std::fs::create_dir_all(&directory).unwrap();
            example_documents()
                .into_iter()
                .map(|(name, document)| {
                    let pdf = render_pdf(&document).unwrap();
                    let path = directory.join(format!("{name}.pdf"));
                    std::fs::write(&path, &pdf).unwrap();
                    ExamplePdf {
                        name,
                        document,
                        pdf,
                        path,
                    }
                })
                .collect()
        })
    }

    /// A 2 x 1 PNG (one red pixel, one white), built here: chunks with their CRC-32 and the
    /// pixels in a stored (uncompressed) zlib stream.
    fn tiny_png() -> Vec<u8> {
        fn crc32(bytes: &[u8]) -> u32 {
            let mut crc = 0xffff_ffffu32;
            for byte in bytes {
                crc ^= u32::from(*byte);
                for _ in 0..8 {
                    crc = if crc & 1 == 1 {
                        (crc >> 1) ^ 0xedb8_8320
                    } else {
                        crc >> 1
                    };
                }
            }
            !crc
        }
        fn chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
            let mut typed = kind.to_vec();
            typed.extend_from_slice(data);
            let mut out = (data.len() as u32).to_be_bytes().to_vec();
            out.extend_from_slice(&typed);
            out.extend_from_slice(&crc32(&typed).to_be_bytes());
            out
        }
        let pixels = [0u8, 200, 30, 60, 255, 255, 255];
        let (mut a, mut b) = (1u32, 0u32);
        for byte in pixels {
            a = (a + u32::from(byte)) % 65521;
            b = (b + a) % 65521;
        }
        let mut zlib = vec![
            0x78,
            0x01,
            1,
            pixels.len() as u8,
            0,
            !(pixels.len() as u8),
            0xff,
        ];
        zlib.extend_from_slice(&pixels);
        zlib.extend_from_slice(&((b << 16) | a).to_be_bytes());
        let header = [0, 0, 0, 2, 0, 0, 0, 1, 8, 2, 0, 0, 0];
        [
            b"\x89PNG\r\n\x1a\n".to_vec(),
            chunk(b"IHDR", &header),
            chunk(b"IDAT", &zlib),
            chunk(b"IEND", &[]),
        ]
        .concat()
    }

    #[test]
    fn the_logo_is_on_the_cover_of_the_pdf() {
        let png = tiny_png();
        let (_, mut document) = example_documents().remove(0);
        document.logo = Some(tomster_core::document::Logo::from_bytes(png).unwrap());
        let pdf = render_pdf(&document).unwrap();
        let path = std::env::temp_dir().join(format!("tomster-logo-{}.pdf", std::process::id()));
        std::fs::write(&path, &pdf).unwrap();
        let images = poppler(
            "pdfimages",
            &["-list", "-f", "1", "-l", "1", path.to_str().unwrap()],
        );
        std::fs::remove_file(&path).unwrap();
        assert_eq!(
            images.lines().count(),
            3,
            "one image on the cover:\n{images}"
        );
    }

    #[test]
    fn every_example_pdf_has_its_text_and_pages() {
        for ExamplePdf {
            name,
            document,
            pdf,
            path,
        } in example_pdfs()
        {
            assert!(pdf.starts_with(b"%PDF-"));
            let path_text = path.to_str().unwrap();
            let info = poppler("pdfinfo", &[path_text]);
            let pages: usize = info
                .lines()
                .find_map(|line| line.strip_prefix("Pages:"))
                .map(|pages| pages.trim().parse().unwrap())
                .unwrap();
            assert!(
                info.contains("A4") || info.contains("595.276 x 841.89"),
                "{name}: A4\n{info}"
            );
            let text = poppler("pdftotext", &["-layout", "-enc", "UTF-8", path_text, "-"]);
            let fonts = poppler("pdffonts", &[path_text]);
            // pdffonts: name, type, encoding, emb, sub, uni, object; every font embedded.
            let font_lines: Vec<&str> = fonts.lines().skip(2).collect();
            assert!(!font_lines.is_empty(), "{name}: fonts");
            for line in font_lines {
                let columns: Vec<&str> = line.split_whitespace().collect();
                let embedded = columns.iter().rev().nth(4).copied();
                assert_eq!(embedded, Some("yes"), "{name}: font not embedded: {line}");
            }
            let page_count = format!("pages: {pages}\n");
            check_golden(
                &test_data().join(name).join("document.pdf.txt"),
                format!("{page_count}{text}").as_bytes(),
            );
            // A long title wraps across lines: compare words, not line breaks.
            let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
            let flowing = words(&text);
            assert!(
                flowing.contains(&words(&document.title)),
                "{name}: the title is real text"
            );
            for section in &document.sections {
                assert!(
                    flowing.contains(&words(&section.title)),
                    "{name}: {}",
                    section.title
                );
            }
            assert!(
                text.contains(&format!("1 / {pages}")) || text.contains(&format!("2 / {pages}")),
                "{name}: page numbers"
            );
            if *name == "boulangerie" {
                assert!(
                    text.contains("Synthèse")
                        && text.contains("Évaluation")
                        && text.contains("décembre"),
                    "accents"
                );
            }
        }
    }
}
