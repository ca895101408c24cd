//! Integration tests of the core, in one binary: rule corpus, bad input, loader properties, examples.

mod analysis;
mod bad_input;
mod checker;
mod client_texts;
mod corpus;
mod examples;
mod findings;
mod golden;
mod loader_properties;
mod tidy;
