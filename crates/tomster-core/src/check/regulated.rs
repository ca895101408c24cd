//! Regulated sectors and minors: the legal rules a plan must respect, with their references.

use super::Context;
use crate::diagnostics::Diagnostic;

pub(super) fn check_regulated(_context: &Context<'_>, _diagnostics: &mut Vec<Diagnostic>) {}
