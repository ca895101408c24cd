//! Tomster's output formats: the editorial calendar files and the strategy document.
//!
//! The core builds values (a `Calendar`, a `Document`); each module here writes one family of
//! formats from them. Nothing here decides content: only how it is written.

pub mod calendar_files;
pub mod html;
pub mod logo;
pub mod markdown;
#[cfg(feature = "pdf")]
pub mod pdf;
