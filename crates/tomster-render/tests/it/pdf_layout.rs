//! The PDF as a reader sees it: in every example, no two words overlap, no word runs into the
//! page's margins, every page is numbered and the contents give each section's page. Word
//! boxes and text come from poppler's `pdftotext`, so this checks what was typeset, whatever
//! typst or the charts did to get there.

use tomster_core::analysis::Analysis;
use tomster_core::document::build_document;
use tomster_core::knowledge::Knowledge;
use tomster_core::load::from_toml_str;
use tomster_core::model::Language;
use tomster_core::templates::TEMPLATES;
use tomster_core::values::Day;
use tomster_render::pdf::render_pdf;

use crate::document::pdf::{ExamplePdf, example_pdfs, poppler};

/// One millimetre in PDF points.
const MILLIMETRE: f64 = 72.0 / 25.4;
/// The document's side and top margins are 18 mm; a word may touch them, not cross them.
const SIDE_MARGIN: f64 = 18.0 * MILLIMETRE;
/// The page number sits in the bottom margin, about 12 mm from the edge.
const BOTTOM_MARGIN: f64 = 10.0 * MILLIMETRE;
/// Justified lines let a closing bracket or comma hang a little into the margin, as typographers
/// do for an optically straight edge; a word may cross a margin by this much.
const MARGIN_TOLERANCE: f64 = MILLIMETRE;
/// Glyph boxes are the font's, a little wider than the ink: two words may touch by this much.
/// Slanted chart labels come out of pdftotext as fragments whose boxes touch at the corners by a
/// few tenths of a point; this tolerance lets them be.
const TOLERANCE: f64 = 1.0;

#[derive(Debug)]
struct Word {
    text: String,
    x_min: f64,
    y_min: f64,
    x_max: f64,
    y_max: f64,
}

struct Page {
    width: f64,
    height: f64,
    words: Vec<Word>,
}

/// The value of `name="..."` in an XML start tag.
fn attribute(tag: &str, name: &str) -> f64 {
    let start = tag
        .find(&format!(" {name}=\""))
        .unwrap_or_else(|| panic!("{name} in {tag}"))
        + name.len()
        + 3;
    let end = start + tag[start..].find('"').unwrap();
    tag[start..end].parse().unwrap()
}

/// The pages and word boxes of `pdftotext -bbox-layout`'s XHTML (one `<page>` per page, one
/// `<word>` per word, nothing nested in a word).
fn pages(xhtml: &str) -> Vec<Page> {
    let mut pages: Vec<Page> = Vec::new();
    for line in xhtml.lines().map(str::trim) {
        if line.starts_with("<page ") {
            pages.push(Page {
                width: attribute(line, "width"),
                height: attribute(line, "height"),
                words: Vec::new(),
            });
        } else if line.starts_with("<word ") {
            let text_start = line.find('>').unwrap() + 1;
            let text_end = line.rfind("</word>").unwrap();
            let page = pages.last_mut().expect("a word outside a page");
            page.words.push(Word {
                text: line[text_start..text_end].to_owned(),
                x_min: attribute(line, "xMin"),
                y_min: attribute(line, "yMin"),
                x_max: attribute(line, "xMax"),
                y_max: attribute(line, "yMax"),
            });
        }
    }
    pages
}

/// What is wrong with the words of one page, in words.
fn page_problems(page: &Page) -> Vec<String> {
    let mut problems = Vec::new();
    for word in &page.words {
        if word.x_min < SIDE_MARGIN - MARGIN_TOLERANCE
            || word.x_max > page.width - SIDE_MARGIN + MARGIN_TOLERANCE
            || word.y_min < SIDE_MARGIN - MARGIN_TOLERANCE
            || word.y_max > page.height - BOTTOM_MARGIN + MARGIN_TOLERANCE
        {
            problems.push(format!(
                "{:?} crosses the margin at ({:.0}, {:.0})-({:.0}, {:.0}) on a {:.0}x{:.0} page",
                word.text, word.x_min, word.y_min, word.x_max, word.y_max, page.width, page.height
            ));
        }
    }
    // Sorted by their left edge, a word can only overlap the words that start before it ends.
    let mut words: Vec<&Word> = page.words.iter().collect();
    words.sort_by(|left, right| left.x_min.total_cmp(&right.x_min));
    for (index, word) in words.iter().enumerate() {
        for other in words[index + 1..]
            .iter()
            .take_while(|other| other.x_min < word.x_max - TOLERANCE)
        {
            let width = word.x_max.min(other.x_max) - other.x_min;
            let height = word.y_max.min(other.y_max) - word.y_min.max(other.y_min);
            if width > TOLERANCE && height > TOLERANCE {
                problems.push(format!(
                    "{:?} and {:?} overlap by {width:.1} x {height:.1} pt at ({:.0}, {:.0})",
                    word.text, other.text, other.x_min, other.y_min
                ));
            }
        }
    }
    problems
}

#[test]
fn no_word_of_any_example_pdf_overlaps_another_or_runs_into_the_margins() {
    let mut problems = Vec::new();
    for ExamplePdf { name, path, .. } in example_pdfs() {
        let xhtml = poppler(
            "pdftotext",
            &["-bbox-layout", "-enc", "UTF-8", path.to_str().unwrap(), "-"],
        );
        let pages = pages(&xhtml);
        assert!(pages.len() > 2, "{name}: pages found in pdftotext's output");
        for (index, page) in pages.iter().enumerate() {
            assert!(
                !page.words.is_empty() || index == 0,
                "{name}: page {}",
                index + 1
            );
            problems.extend(
                page_problems(page)
                    .into_iter()
                    .map(|problem| format!("{name}, page {}: {problem}", index + 1)),
            );
        }
    }
    assert!(
        problems.is_empty(),
        "{} layout problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The words of a text, whatever the line breaks.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_page_is_numbered_and_the_contents_give_each_section_its_page() {
    for ExamplePdf {
        name,
        document,
        path,
        ..
    } in example_pdfs()
    {
        let text = poppler("pdftotext", &["-enc", "UTF-8", path.to_str().unwrap(), "-"]);
        // pdftotext ends each page with a form feed.
        let pages: Vec<&str> = text
            .split('\u{c}')
            .filter(|page| !page.trim().is_empty())
            .collect();
        for (index, page) in pages.iter().enumerate() {
            assert!(
                page.lines()
                    .any(|line| line.trim() == format!("{} / {}", index + 1, pages.len())),
                "{name}: page {} has its number",
                index + 1
            );
        }
        for section in &document.sections {
            // A contents line: the title, a dotted leader, a word joiner, the page number.
            let entry = text
                .lines()
                // Words compared, not spaces: the title's no-break spaces may come out as spaces.
                .find(|line| words(line).starts_with(&format!("{} .", words(&section.title))))
                .unwrap_or_else(|| panic!("{name}: {} is in the contents", section.title));
            let page: usize = entry
                .rsplit(|character: char| !character.is_ascii_digit())
                .next()
                .and_then(|number| number.parse().ok())
                .unwrap_or_else(|| panic!("{name}: a page number in {entry:?}"));
            let page_text = pages.get(page - 1).copied().unwrap_or_default();
            assert!(
                words(page_text).starts_with(&words(&section.title)),
                "{name}: {} opens page {page}, which begins {:?}",
                section.title,
                words(page_text).chars().take(60).collect::<String>()
            );
        }
    }
}

/// Regression: typst's fonts have no emoji, so a name with one printed a blank box.
#[test]
fn emoji_in_names_print_from_the_embedded_symbol_font() {
    let template = TEMPLATES
        .iter()
        .find(|template| template.name == "boulangerie")
        .unwrap();
    let text = template
        .text
        .replacen(
            "Boulangerie Dupain 2027",
            "Boulangerie Dupain 🥐 2027 ✨",
            1,
        )
        .replacen(
            "Julie, jeune maman du quartier",
            "Julie 👶, jeune maman du quartier",
            1,
        );
    let loaded = from_toml_str(&text).unwrap();
    let document = build_document(
        &Analysis::new(&loaded.strategy, Knowledge::embedded()),
        Language::French,
        Day::parse("2026-11-26").unwrap(),
    );
    let pdf = render_pdf(&document).unwrap();
    let path = std::env::temp_dir().join(format!("tomster-emoji-{}.pdf", std::process::id()));
    std::fs::write(&path, pdf).unwrap();
    let path_text = path.to_str().unwrap();
    let fonts = poppler("pdffonts", &[path_text]);
    let extracted = poppler("pdftotext", &["-enc", "UTF-8", path_text, "-"]);
    std::fs::remove_file(&path).unwrap();
    let symbola = fonts
        .lines()
        .find(|line| line.contains("Symbola"))
        .unwrap_or_else(|| panic!("Symbola is used:\n{fonts}"));
    // pdffonts: name, type, encoding, emb, sub, uni, object; embedded.
    assert_eq!(symbola.split_whitespace().rev().nth(4), Some("yes"));
    assert!(
        extracted.contains("Boulangerie Dupain 🥐 2027 ✨"),
        "the title"
    );
    assert!(extracted.contains("Julie 👶"), "a persona's name");
}

#[test]
fn the_checker_sees_an_overlap_and_a_word_past_the_margin() {
    let xhtml = r#"<page width="595.0" height="842.0">
          <word xMin="60.0" yMin="100.0" xMax="100.0" yMax="112.0">Bluesky</word>
          <word xMin="95.0" yMin="100.0" xMax="130.0" yMax="112.0">leads</word>
          <word xMin="140.0" yMin="100.5" xMax="160.0" yMax="112.5">apart</word>
          <word xMin="540.0" yMin="200.0" xMax="580.0" yMax="212.0">Call</word>
        </page>"#;
    let pages = pages(xhtml);
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].words.len(), 4);
    let problems = page_problems(&pages[0]);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems[0].contains("\"Call\" crosses the margin"));
    assert!(problems[1].contains("\"Bluesky\" and \"leads\" overlap by 5.0 x 12.0 pt"));
}
