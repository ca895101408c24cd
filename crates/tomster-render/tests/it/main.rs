//! Integration tests of the output formats, in one binary: calendar files and documents,
//! compared with golden files under `test_data/` (`UPDATE_EXPECT=1` rewrites them).

mod calendar;
mod client_text;
mod document;
mod golden;
#[cfg(feature = "pdf")]
mod pdf_layout;
mod properties;
