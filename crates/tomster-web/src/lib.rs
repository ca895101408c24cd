//! Tomster's web application: build, check, version and hand over a strategy in the browser,
//! and the same through a JSON API, on SQLite by default and PostgreSQL to scale.
//!
//! The pages and the API read the core's one analysis pass (`tomster_core::analysis`); this
//! crate adds accounts, workspaces, versions and HTTP. Modules:
//! - [`db`] opens the database; [`store`] is what it keeps, one module per aggregate;
//! - [`secrets`]: random tokens, hashes, passwords; [`totp`]: the optional second factor;
//! - [`web`]: the HTTP layer shared by pages and API (state, route tables, sessions, the
//!   throttle, errors, headers); [`access`]: the extractors that authorize a page request;
//! - [`service`]: the use cases pages and API share (create, save a version, restore, read
//!   what a version shows); [`views`]: what a version shows, computed once and kept;
//!   [`downloads`]: the files of a version;
//! - [`editor`]: the guided forms of the seven steps, built from the model's JSON Schema;
//! - [`pages`]: the HTML pages; [`api`] and [`openapi`]: `/api/v1`;
//! - [`work`]: analyses and documents computed off the async threads, bounded and cancelled;
//! - [`progress`]: the results read against the strategy (the results view, the API, the
//!   monthly review); [`delivery`]: the review and the alerts sent by email and webhook;
//! - [`admin`]: the `tomster admin` commands and the demo workspace.

pub mod access;
pub mod admin;
pub mod api;
pub mod api_results;
pub mod db;
pub mod delivery;
pub mod downloads;
pub mod editor;
pub mod openapi;
pub mod pages;
pub mod pdf_worker;
pub mod progress;
pub mod results;
pub mod secrets;
pub mod service;
pub mod store;
pub mod totp;
pub mod views;
pub mod web;
pub mod work;

pub use web::{AppState, Config, router, serve};
