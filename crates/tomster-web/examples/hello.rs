//! The load benchmark's baseline (`bench/web_load.sh`): a plain axum server that answers
//! "ok" on `/`, on the same runtime and framework as `tomster serve`, built and run in the same
//! script, so that the web application's throughput reads as a share of what the machine
//! gives any axum server.

use axum::Router;
use axum::routing::get;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let address = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:18180".to_owned());
    let listener = tokio::net::TcpListener::bind(&address).await?;
    let app = Router::new().route("/", get(|| async { "ok\n" }));
    axum::serve(listener, app).await
}
