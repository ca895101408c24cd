//! Tomster's pure core: the strategy model, the knowledge base, the analyses and the checker.
//!
//! Nothing here does IO: no files, no SQL, no HTTP, no terminal, no clock. Values in, values out.

pub mod analysis;
pub mod calendar;
pub mod charts;
pub mod check;
pub mod diagnostics;
pub mod diff;
pub mod document;
pub mod fit;
pub mod holidays;
pub mod i18n;
pub mod knowledge;
pub mod load;
pub mod model;
pub mod plan;
pub mod progress;
pub mod recommend;
pub mod results;
pub mod source_map;
pub mod strategy;
pub mod templates;
pub mod values;
