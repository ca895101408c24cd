//! What the tests of the real binary share: running `tomster admin` and `tomster serve`, and
//! raw HTTP/1.1 exchanges over real sockets.

#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_tomster"))
}

/// Runs `tomster admin` on the database of `data` (and `database_url`, when given).
pub fn admin_on(
    data: &Path,
    database_url: Option<&str>,
    arguments: &[&str],
    stdin: Option<&str>,
) -> String {
    let mut command = Command::new(binary());
    command.arg("admin").arg("--data-dir").arg(data);
    if let Some(url) = database_url {
        command.arg("--database-url").arg(url);
    }
    command
        .args(arguments)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().unwrap();
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
    }
    drop(child.stdin.take());
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "admin {arguments:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap().trim().to_owned()
}

/// The password of the users `owner_with_token` makes.
pub const PASSWORD: &str = "a long enough passphrase";

/// A user, `{workspace}@tomster.example` (password `PASSWORD`), who owns the workspace
/// `workspace`, and a read-write API token of theirs for it.
pub fn owner_with_token(data: &Path, database_url: Option<&str>, workspace: &str) -> String {
    let email = format!("{workspace}@tomster.example");
    admin_on(
        data,
        database_url,
        &["create-user", &email, "--password-stdin"],
        Some(PASSWORD),
    );
    admin_on(
        data,
        database_url,
        &[
            "create-workspace",
            workspace,
            "--name",
            workspace,
            "--owner",
            &email,
        ],
        None,
    );
    admin_on(
        data,
        database_url,
        &[
            "create-token",
            &email,
            "--workspace",
            workspace,
            "--name",
            workspace,
        ],
        None,
    )
}

/// Creates a strategy from its TOML in `workspace` through the API, and says its id.
pub fn create_strategy(address: SocketAddr, token: &str, workspace: &str, toml: &str) -> String {
    let bearer = format!("Bearer {token}");
    let (status, _, body) = exchange(
        address,
        "POST",
        &format!("/api/v1/workspaces/{workspace}/strategies"),
        &[
            ("Authorization", &bearer),
            ("Content-Type", "application/toml"),
        ],
        toml.as_bytes(),
        1 << 20,
    )
    .unwrap();
    assert_eq!(status, 201, "{}", String::from_utf8_lossy(&body));
    let answer: serde_json::Value = serde_json::from_slice(&body).unwrap();
    answer["id"].as_str().unwrap().to_owned()
}

/// The running server, stopped (killed) if the test fails before it stops it.
pub struct Server {
    pub child: Child,
    pub address: SocketAddr,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `tomster serve` on a free port with the data folder and `arguments`.
pub fn start_with(data: &Path, arguments: &[&str]) -> Server {
    let mut child = Command::new(binary())
        .args(["serve", "--addr", "127.0.0.1:0"])
        .args(arguments)
        .arg("--data-dir")
        .arg(data)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let first = lines.next().unwrap().unwrap();
    let address = first
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|address| address.parse().ok())
        .unwrap_or_else(|| panic!("no address in {first:?}"));
    // Keep reading what it prints, so that it never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    Server { child, address }
}

/// A raw HTTP/1.1 exchange: the status, the headers (lowercase names) and up to `keep` bytes
/// of the body (the connection is dropped after them: a client going away).
pub fn exchange(
    address: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
    keep: usize,
) -> std::io::Result<(u16, HashMap<String, String>, Vec<u8>)> {
    let mut stream = TcpStream::connect(address)?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    stream.write_all(request.as_bytes())?;
    stream.write_all(body)?;
    let mut reader = BufReader::new(stream);
    let mut status_line = String::new();
    reader.read_line(&mut status_line)?;
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    let mut found = HashMap::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line)?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            found.insert(name.to_ascii_lowercase(), value.trim().to_owned());
        }
    }
    // A body that breaks off (a download stopped by the server) is returned as far as it came.
    let mut content = Vec::new();
    let _ = reader.take(keep as u64).read_to_end(&mut content);
    Ok((status, found, content))
}
