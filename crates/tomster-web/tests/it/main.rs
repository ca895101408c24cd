//! Tests of the web application in process: the router answered through `tower::ServiceExt`,
//! on SQLite and, when `TOMSTER_TEST_DATABASE_URL` is set (always in CI), on PostgreSQL.

mod authorization;
mod choices;
mod delivery;
mod editor;
mod holes;
mod instances;
mod members;
mod progress;
mod races;
mod results;
mod security;
mod storage;
mod support;
