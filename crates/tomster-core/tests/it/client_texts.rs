//! The diagnostics as a client reads them in the strategy document: the message and the advice
//! of every diagnostic that the examples and the rule corpus produce name things by their
//! names, never by the ids the file gives them, and show no field, syntax or vocabulary id.

use tomster_core::check::check;
use tomster_core::diagnostics::{Diagnostic, rule};
use tomster_core::i18n::text;
use tomster_core::knowledge::Knowledge;
use tomster_core::load::from_toml_str;
use tomster_core::model::{Aida, Format, Language, ObjectiveKind, Skill, Stage, ToolCategory};
use tomster_core::strategy::Strategy;
use tomster_core::templates::TEMPLATES;

use crate::golden::toml_files;

/// Every strategy the tests know that loads: the examples, then the rule corpus.
fn strategies() -> Vec<(String, Strategy)> {
    let mut strategies: Vec<(String, Strategy)> = TEMPLATES
        .iter()
        .map(|template| {
            let loaded = from_toml_str(template.text)
                .unwrap_or_else(|errors| panic!("{}: {errors:?}", template.name));
            (template.name.to_owned(), loaded.strategy)
        })
        .collect();
    for file in toml_files("rules") {
        let text = std::fs::read_to_string(&file).unwrap();
        let loaded =
            from_toml_str(&text).unwrap_or_else(|errors| panic!("{}: {errors:?}", file.display()));
        strategies.push((file.display().to_string(), loaded.strategy));
    }
    strategies
}

/// The ids of a strategy's elements that have a name, every name of the strategy (an id may
/// appear inside a name: a persona `parents` named "Young parents"), and the ids of the elements
/// without a name, which are the only way to tell which one a text is about.
struct Elements {
    named: Vec<String>,
    names: Vec<String>,
    unnamed: Vec<String>,
}

fn elements(strategy: &Strategy) -> Elements {
    let mut ids = Vec::new();
    let mut names = Vec::new();
    let mut unnamed = Vec::new();
    let mut add = |id: &str, name: Option<&str>| match name
        .filter(|name| !name.trim().is_empty() && *name != id)
    {
        Some(name) => {
            ids.push(id.to_owned());
            names.push(name.to_owned());
        }
        None => unnamed.push(id.to_owned()),
    };
    for persona in &strategy.personas {
        add(persona.id.as_str(), persona.name.as_deref());
    }
    for objective in &strategy.objectives {
        add(objective.id.as_str(), objective.statement.as_deref());
    }
    for operation in &strategy.operations {
        add(operation.id.as_str(), operation.name.as_deref());
    }
    for pillar in &strategy.pillars {
        add(pillar.id.as_str(), pillar.name.as_deref());
    }
    Elements {
        named: ids,
        names,
        unnamed,
    }
}

/// The ids of the closed vocabularies and the catalogue's KPIs that are no name of theirs in
/// `language` (`decision` is "décision" in French, `carousel` is "carrousel"): written in a
/// text, the id was not translated. Then every name of these vocabularies, which may hold such
/// an id as a word ("Cost per thousand impressions").
fn vocabulary(language: Language) -> (Vec<String>, Vec<String>) {
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut add = |family: &str, id: &str| pairs.push((id.to_owned(), format!("{family}-{id}")));
    Stage::ALL
        .iter()
        .for_each(|value| add("stage", value.as_str()));
    Aida::ALL
        .iter()
        .for_each(|value| add("aida", value.as_str()));
    Format::ALL
        .iter()
        .for_each(|value| add("format", value.as_str()));
    ObjectiveKind::ALL
        .iter()
        .for_each(|value| add("kind", value.as_str()));
    Skill::ALL
        .iter()
        .for_each(|value| add("skill", value.as_str()));
    ToolCategory::ALL
        .iter()
        .for_each(|value| add("category", value.as_str()));
    let mut named: Vec<(String, String)> = pairs
        .into_iter()
        .map(|(id, key)| (id, text(language, &key, &[])))
        .collect();
    named.extend(
        Knowledge::embedded()
            .kpis
            .iter()
            .map(|kpi| (kpi.id.clone(), kpi.name(language))),
    );
    let names: Vec<String> = named.iter().map(|(_, name)| name.clone()).collect();
    // `awareness` is an English stage's name as well as an objective kind's id.
    let mut ids: Vec<String> = named
        .iter()
        .map(|(id, _)| id.clone())
        .filter(|id| !names.contains(id))
        .collect();
    ids.sort();
    ids.dedup();
    (ids, names)
}

/// The text without the words and phrases of `names`, where they stand whole (a name is taken
/// out of "Cost per thousand impressions (CPM)", not out of "reaches").
fn without_names(text: &str, names: &[String]) -> String {
    let mut names: Vec<&String> = names.iter().filter(|name| !name.is_empty()).collect();
    // The longest first, so that a name holding a shorter one is removed whole.
    names.sort_by_key(|name| std::cmp::Reverse(name.len()));
    let is_word = |character: char| character.is_alphanumeric() || matches!(character, '_' | '-');
    let mut text = text.to_owned();
    for name in names {
        let mut kept = String::new();
        let mut rest = text.as_str();
        while let Some(position) = rest.find(name.as_str()) {
            let before = rest[..position].chars().next_back();
            let after = rest[position + name.len()..].chars().next();
            kept.push_str(&rest[..position]);
            if before.is_some_and(is_word) || after.is_some_and(is_word) {
                kept.push_str(name);
            } else {
                kept.push(' ');
            }
            rest = &rest[position + name.len()..];
        }
        kept.push_str(rest);
        text = kept;
    }
    text
}

/// How many times `word` stands alone in `text` (not inside `reaches` or `shop-owner`).
fn occurrences(text: &str, word: &str) -> usize {
    text.split(|character: char| {
        !(character.is_alphanumeric() || character == '_' || character == '-')
    })
    .filter(|token| *token == word)
    .count()
}

/// A token written like an identifier: letters joined by an underscore.
fn snake_case_token(text: &str) -> Option<&str> {
    text.split(|character: char| !(character.is_alphanumeric() || character == '_'))
        .find(|token| {
            let characters: Vec<char> = token.chars().collect();
            characters.windows(3).any(|window| {
                window[0].is_alphabetic() && window[1] == '_' && window[2].is_alphabetic()
            })
        })
}

/// The faults of one written text: an id the text got from its arguments (it appears more
/// often than in the rule's own wording), a variable left unfilled, code quoting, an identifier.
fn faults_of(
    written: &str,
    template: &str,
    ids: &[String],
    names: &[String],
    faults: &mut Vec<String>,
) {
    let without_names = without_names(written, names);
    for id in ids {
        if occurrences(&without_names, id) > occurrences(template, id) {
            faults.push(format!("raw id {id:?}: {written}"));
        }
    }
    if written.contains("{$") || written.contains('`') {
        faults.push(format!("unfilled variable or code quoting: {written}"));
    }
    if let Some(token) = snake_case_token(&without_names) {
        faults.push(format!("identifier {token:?}: {written}"));
    }
}

#[test]
fn diagnostics_name_things_for_the_client() {
    let mut faults = Vec::new();
    let mut seen = 0;
    let vocabularies = [
        (Language::English, vocabulary(Language::English)),
        (Language::French, vocabulary(Language::French)),
    ];
    for (source, strategy) in strategies() {
        let elements = elements(&strategy);
        let diagnostics: Vec<Diagnostic> = check(&strategy, Knowledge::embedded());
        for diagnostic in &diagnostics {
            let Some(rule) = rule(diagnostic.code) else {
                faults.push(format!("{source}: {} has no rule", diagnostic.code));
                continue;
            };
            seen += 1;
            for (language, (vocabulary_ids, vocabulary_names)) in &vocabularies {
                // An unnamed element's id is how the text names it, even when a vocabulary
                // has the same word (an objective `reach` without a statement).
                let ids: Vec<String> = elements
                    .named
                    .iter()
                    .chain(
                        vocabulary_ids
                            .iter()
                            .filter(|id| !elements.unnamed.contains(id)),
                    )
                    .cloned()
                    .collect();
                let names: Vec<String> = elements
                    .names
                    .iter()
                    .chain(vocabulary_names)
                    .cloned()
                    .collect();
                let texts = [
                    (diagnostic.message(*language), "message"),
                    (diagnostic.advice(*language), "advice"),
                ];
                for (written, part) in texts {
                    let mut found = Vec::new();
                    let template = rule.text(part, *language, &[]);
                    // Raw ids, then vocabulary ids, counted against the rule's own words.
                    faults_of(&written, &template, &ids, &names, &mut found);
                    faults.extend(found.into_iter().map(|fault| {
                        format!("{source}: {} {part} ({language}): {fault}", diagnostic.code)
                    }));
                }
            }
        }
    }
    assert!(seen > 84, "only {seen} diagnostics checked");
    assert!(
        faults.is_empty(),
        "{} faults:\n{}",
        faults.len(),
        faults.join("\n")
    );
}
