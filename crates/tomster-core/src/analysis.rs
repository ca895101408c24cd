//! One analysis pass: everything Tomster computes about a strategy, computed once per command.
//!
//! The platform fit, the plan and the checker's diagnostics are computed together by
//! [`Analysis::new`]; the recommendations, the calendar and the document read them instead of
//! computing them again. Results are language-free (ids, message keys and arguments): the CLI,
//! the documents and the web pages write them in French or English.
//!
//! `counts` tells how many times each analysis ran on this thread, so that tests can show a
//! command computes each one once.

use std::borrow::Cow;
use std::cell::Cell;

use crate::calendar::{Calendar, calendar_from};
use crate::check::check_with;
use crate::diagnostics::{Diagnostic, Summary};
use crate::fit::{PersonaFit, platform_fit, strategy_country};
use crate::i18n::Locale;
use crate::knowledge::Knowledge;
use crate::load::LoadedStrategy;
use crate::model::Language;
use crate::plan::{Plan, plan};
use crate::recommend::{Recommendations, recommend_from};
use crate::strategy::Strategy;
use crate::values::Day;

/// Everything computed about a strategy.
#[derive(Clone, Debug)]
pub struct Analysis<'a> {
    pub strategy: &'a Strategy,
    /// The catalogue plus the strategy's own KPIs and networks.
    pub knowledge: Cow<'a, Knowledge>,
    pub fits: Vec<PersonaFit>,
    pub plan: Plan,
    pub diagnostics: Vec<Diagnostic>,
}

impl<'a> Analysis<'a> {
    /// Runs the fit, the plan and the checker, once each.
    pub fn new(strategy: &'a Strategy, knowledge: &'a Knowledge) -> Analysis<'a> {
        let knowledge = strategy.knowledge(knowledge);
        let fits = platform_fit(strategy, &knowledge);
        let plan = plan(strategy, &knowledge);
        let diagnostics = check_with(strategy, &knowledge, &fits, &plan);
        Analysis {
            strategy,
            knowledge,
            fits,
            plan,
            diagnostics,
        }
    }

    pub fn summary(&self) -> Summary {
        Summary::of(&self.diagnostics)
    }

    /// The recommendations, around the fit already computed.
    pub fn recommendations(&self) -> Recommendations {
        recommend_from(self.strategy, &self.knowledge, self.fits.clone())
    }

    /// The editorial calendar over the period, or `[from, to]`.
    pub fn calendar(&self, from: Option<Day>, to: Option<Day>) -> Calendar {
        calendar_from(self.strategy, &self.knowledge, &self.fits, from, to)
    }

    /// The calendar, unless `stop` says to stop before it is done (`None` then): for a server
    /// whose request went away or ran out of time.
    pub fn calendar_until(
        &self,
        from: Option<Day>,
        to: Option<Day>,
        stop: &dyn Fn() -> bool,
    ) -> Option<Calendar> {
        crate::calendar::calendar_from_until(
            self.strategy,
            &self.knowledge,
            &self.fits,
            from,
            to,
            stop,
        )
    }
}

/// The language with the conventions of the strategy's country (British or US dates).
pub fn strategy_locale(strategy: &Strategy, language: Language) -> Locale {
    Locale::new(language, Some(&strategy_country(strategy)))
}

/// A diagnostic as `check --format json` and the API's `/diagnostics` write it.
#[derive(Clone, Debug, serde::Serialize, schemars::JsonSchema)]
pub struct WrittenDiagnostic {
    pub code: &'static str,
    pub severity: &'static str,
    pub step: &'static str,
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    /// How to fix it in the file: names fields and syntax (the command line, the file editor).
    pub hint: String,
    /// What to do, in plain words (the guided forms, the document): no field or syntax.
    pub advice: String,
}

/// The checker's findings written in a language, each with its place in the file.
#[derive(Clone, Debug, serde::Serialize, schemars::JsonSchema)]
pub struct CheckReport {
    pub diagnostics: Vec<WrittenDiagnostic>,
    pub summary: Summary,
}

impl CheckReport {
    pub fn new(loaded: &LoadedStrategy, diagnostics: &[Diagnostic], language: Language) -> Self {
        let locale = strategy_locale(&loaded.strategy, language);
        CheckReport {
            diagnostics: diagnostics
                .iter()
                .map(|diagnostic| {
                    let location = loaded.location(&diagnostic.path);
                    WrittenDiagnostic {
                        code: diagnostic.code,
                        severity: diagnostic.severity().as_str(),
                        step: diagnostic.step().as_str(),
                        path: diagnostic.path.clone(),
                        line: location.line,
                        column: location.column,
                        message: diagnostic.message(locale),
                        hint: diagnostic.hint(locale),
                        advice: diagnostic.advice(locale),
                    }
                })
                .collect(),
            summary: Summary::of(diagnostics),
        }
    }
}

/// How many times each analysis ran on this thread.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub fits: usize,
    pub plans: usize,
    pub checks: usize,
    pub calendars: usize,
}

thread_local! {
    static COUNTS: Cell<Counts> = const { Cell::new(Counts { fits: 0, plans: 0, checks: 0, calendars: 0 }) };
}

/// The analyses run so far on this thread.
pub fn counts() -> Counts {
    COUNTS.with(Cell::get)
}

/// Records one run of an analysis.
pub(crate) fn count(update: fn(&mut Counts)) {
    COUNTS.with(|counts| {
        let mut current = counts.get();
        update(&mut current);
        counts.set(current);
    });
}
