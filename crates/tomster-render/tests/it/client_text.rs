//! The document goes to a client: no command, field name, TOML syntax, file name or raw id
//! in any format. The HTML's text, the Markdown and the PDF's extracted text are scanned.

use tomster_core::analysis::Analysis;
use tomster_core::document::{Document, build_document};
use tomster_core::knowledge::Knowledge;
use tomster_core::load::from_toml_str;
use tomster_core::model::Language;
use tomster_core::values::Day;
use tomster_render::html::render_html;
use tomster_render::markdown::render_markdown;

use super::document::example_documents;
use crate::golden::examples;

/// What a reader must never meet, and why it would be there.
fn technical_marks(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for mark in ["`", "[[", "tomster ", ".toml", "= \"", "schema_version"] {
        if text.contains(mark) {
            found.push(format!("{mark:?} in {:?}", context(text, mark)));
        }
    }
    // A snake_case word is a field name (`posts_per_week`) or a raw id (`google_business_profile`).
    for word in text.split(|character: char| !(character.is_alphanumeric() || character == '_')) {
        let parts: Vec<&str> = word.split('_').collect();
        if parts.len() > 1 && parts.iter().all(|part| !part.is_empty()) {
            found.push(format!("snake_case {word:?} in {:?}", context(text, word)));
        }
    }
    found
}

fn context(text: &str, mark: &str) -> String {
    let at = text.find(mark).unwrap_or(0);
    let start = text[..at]
        .char_indices()
        .rev()
        .nth(60)
        .map_or(0, |(index, _)| index);
    let end = text[at..]
        .char_indices()
        .nth(60)
        .map_or(text.len(), |(index, _)| at + index);
    text[start..end].to_owned()
}

/// The ids of the strategy's elements that have a name of their own: the reader sees the name.
fn named_ids(name: &str) -> Vec<String> {
    let (_, loaded) = examples()
        .into_iter()
        .find(|(example, _)| *example == name)
        .unwrap();
    let strategy = &loaded.strategy;
    let mut ids: Vec<String> = Vec::new();
    ids.extend(
        strategy
            .personas
            .iter()
            .map(|persona| persona.id.to_string()),
    );
    ids.extend(
        strategy
            .objectives
            .iter()
            .map(|objective| objective.id.to_string()),
    );
    ids.extend(strategy.pillars.iter().map(|pillar| pillar.id.to_string()));
    ids.extend(
        strategy
            .operations
            .iter()
            .map(|operation| operation.id.to_string()),
    );
    // An id that is an ordinary word could be in a sentence by right; the ones with a dash,
    // an underscore or a digit are ids, never words.
    ids.retain(|id| {
        id.contains(['-', '_']) || id.chars().any(|character| character.is_ascii_digit())
    });
    ids
}

/// The HTML's readable text: the style sheet and the tags out, entities kept (none of the
/// marks above is written with one).
fn html_text(html: &str) -> String {
    let without_style = match (html.find("<style>"), html.find("</style>")) {
        (Some(start), Some(end)) => format!("{}{}", &html[..start], &html[end..]),
        _ => html.to_owned(),
    };
    let mut text = String::new();
    let mut in_tag = false;
    for character in without_style.chars() {
        match character {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(character),
            _ => {}
        }
    }
    text
}

/// The Markdown's text without its links' targets (chart file names) and anchors.
fn markdown_text(markdown: &str) -> String {
    // Markdown's escapes (`\_`, `\[`) out first: the reader sees the bare characters.
    markdown
        .replace('\\', "")
        .lines()
        .filter(|line| !line.starts_with("<a id=") && !line.starts_with("!["))
        .map(|line| match line.find("](#") {
            Some(_) => line.split("](#").next().unwrap_or(line).to_owned(),
            None => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn check(name: &str, format: &str, text: &str) -> Vec<String> {
    let mut problems: Vec<String> = technical_marks(text)
        .into_iter()
        .map(|problem| format!("{name} ({format}): {problem}"))
        .collect();
    for id in named_ids(name) {
        let whole_word = text.match_indices(&id).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + id.len()..].chars().next();
            let is_word = |character: Option<char>| {
                character.is_some_and(|character| character.is_alphanumeric() || character == '-')
            };
            !is_word(before) && !is_word(after)
        });
        if whole_word {
            problems.push(format!(
                "{name} ({format}): raw id {id:?} in {:?}",
                context(text, &id)
            ));
        }
    }
    problems
}

/// The examples, then the same strategies with what a first draft lacks (deadlines, targets,
/// KPIs, calls to action, segments, stages...), so that most of the checker's rules speak in
/// the findings and the summary, in French and in English.
fn documents() -> Vec<(&'static str, Document)> {
    let mut documents = example_documents();
    let left_out = [
        "deadline",
        "target",
        "baseline",
        "kpi",
        "call_to_action",
        "segment",
        "stage",
        "age",
        "objectives",
        "review",
        "owner",
        "formula",
        "source",
        "goals",
        "alert",
        "company_size",
        "industry",
        "proof_points",
        "key_message",
        "content_types",
    ];
    for template in tomster_core::templates::TEMPLATES {
        let draft: String = template
            .text
            .lines()
            .filter(|line| {
                let key = line.split('=').next().unwrap_or("").trim();
                !left_out.contains(&key)
            })
            .map(|line| format!("{line}\n"))
            .collect();
        let Ok(loaded) = from_toml_str(&draft) else {
            continue;
        };
        let analysis = Analysis::new(&loaded.strategy, Knowledge::embedded());
        for language in [Language::French, Language::English] {
            let document = build_document(&analysis, language, Day::parse("2026-11-26").unwrap());
            documents.push((template.name, document));
        }
    }
    documents
}

#[test]
fn html_and_markdown_hold_no_command_field_name_or_raw_id() {
    let mut problems = Vec::new();
    for (name, document) in documents() {
        let html = render_html(&document).unwrap();
        problems.extend(check(name, "HTML", &html_text(&html)));
        let markdown = render_markdown(&document, Some("document-charts"));
        problems.extend(check(name, "Markdown", &markdown_text(&markdown.text)));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[cfg(feature = "pdf")]
#[test]
fn the_pdf_text_holds_no_command_field_name_or_raw_id() {
    let mut problems = Vec::new();
    for (name, document) in documents() {
        let pdf = tomster_render::pdf::render_pdf(&document).unwrap();
        let path = std::env::temp_dir().join(format!(
            "tomster-client-text-{}-{name}.pdf",
            std::process::id()
        ));
        std::fs::write(&path, &pdf).unwrap();
        let output = std::process::Command::new("pdftotext")
            .args(["-enc", "UTF-8"])
            .arg(&path)
            .arg("-")
            .output()
            .unwrap_or_else(|error| panic!("pdftotext is needed (poppler-utils): {error}"));
        std::fs::remove_file(&path).unwrap();
        assert!(output.status.success());
        let text = String::from_utf8(output.stdout).unwrap();
        // Words the PDF hyphenates at a line's end are joined again before scanning.
        let text = text.replace("-\n", "-");
        problems.extend(check(name, "PDF", &text));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_scan_finds_what_it_looks_for() {
    let marks = technical_marks("Add `[[platforms]]` then run tomster check; posts_per_week = 3");
    assert_eq!(marks.len(), 4, "{marks:?}");
    assert!(technical_marks("Instagram, 3 posts a week, 25 % of the budget.").is_empty());
}
