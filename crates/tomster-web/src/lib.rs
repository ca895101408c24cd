//! Tomster's web application: build, check, version and hand over a strategy in the browser,
//! and the same through a JSON API, on SQLite by default and PostgreSQL to scale.
//!
//! The pages and the API read the core's one analysis pass (`tomster_core::analysis`); this
//! crate adds accounts, workspaces, versions and HTTP. Modules:
//! - [`db`], [`store`]: the database and what it keeps;
//! - [`secrets`]: random tokens, hashes, passwords; [`totp`]: the optional second factor;
//! - [`web`]: the HTTP layer shared by pages and API (state, sessions, errors, headers);
//! - [`views`], [`downloads`]: what a stored strategy text becomes for a page or a file;
//! - [`editor`]: the guided forms of the seven steps, built from the model's JSON Schema;
//! - [`pages`]: the HTML pages; [`api`]: `/api/v1`;
//! - [`work`]: analyses and documents computed off the async threads, bounded;
//! - [`admin`]: the `tomster admin` commands and the demo workspace.

pub mod admin;
pub mod api;
pub mod db;
pub mod downloads;
pub mod editor;
pub mod pages;
pub mod secrets;
pub mod store;
pub mod totp;
pub mod views;
pub mod web;
pub mod work;

pub use web::{AppState, Config, router, serve};
