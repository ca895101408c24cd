//! Workbooks read in a child process. `.xlsx`, `.xls` and `.ods` are read by calamine, other
//! people's code, and a damaged workbook can make it take all the memory there is or never
//! finish: the fuzz target found a 48 KB `.xls` that makes it allocate without end, and
//! calamine's issues list more (#550, #684, #714). A server cannot let an upload do that to
//! it, so the server and the command line run the reader as `tomster workbook-worker`: the
//! child limits its own address space (`MAX_WORKER_MEMORY`) before it reads, the parent kills
//! it after `WORKER_SECONDS`, and either way the file is refused as damaged.
//!
//! The child reads the workbook's bytes on its standard input and writes its answer on its
//! standard output as JSON: `{"sheets": [...]}` or `{"refused": {"key", "arguments"}}`.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use tomster_core::i18n::Coded;

use crate::source::{self, Sheet};

/// The child's address space: far above what a workbook of `MAX_SPREADSHEET_BYTES` read
/// whole takes, far below the machine.
pub const MAX_WORKER_MEMORY: u64 = 2 * 1024 * 1024 * 1024;

/// How long the child may read one workbook.
pub const WORKER_SECONDS: u64 = 60;

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Answer {
    Sheets(Vec<Sheet>),
    Refused {
        key: String,
        arguments: Vec<(String, String)>,
    },
}

/// The child's side: the workbook on `input`, its sheets or its refusal on `output`. The
/// caller has limited the process's memory first.
pub fn serve_one(input: &mut impl Read, output: &mut impl Write) -> std::io::Result<()> {
    let mut bytes = Vec::new();
    input
        .take(source::MAX_SPREADSHEET_BYTES + 1)
        .read_to_end(&mut bytes)?;
    let answer = match source::workbook_sheets(bytes) {
        Ok(sheets) => Answer::Sheets(sheets),
        Err(refusal) => Answer::Refused {
            key: refusal.key,
            arguments: refusal.arguments,
        },
    };
    serde_json::to_writer(&mut *output, &answer)?;
    output.flush()
}

/// The reader could not run, or gave no answer.
fn unread() -> Coded {
    Coded::new("import-refused-workbook-reader", &[])
}

/// The reader went past its memory or its time.
fn over_limits() -> Coded {
    Coded::new(
        "import-refused-workbook-limits",
        &[
            ("memory", (MAX_WORKER_MEMORY / (1024 * 1024)).to_string()),
            ("seconds", WORKER_SECONDS.to_string()),
        ],
    )
}

/// Reads a workbook's sheets with `worker` (the `tomster` program) as a child process.
pub fn workbook_sheets(worker: &Path, bytes: Vec<u8>) -> Result<Vec<Sheet>, Coded> {
    let mut child = Command::new(worker)
        .arg("workbook-worker")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|_| unread())?;
    let (Some(mut stdin), Some(mut stdout)) = (child.stdin.take(), child.stdout.take()) else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(unread());
    };
    // The pipes fill: the bytes go in, and the answer comes out, on threads of their own
    // while this one watches the clock.
    let writer = std::thread::spawn(move || stdin.write_all(&bytes));
    let reader = std::thread::spawn(move || {
        let mut answer = Vec::new();
        stdout.read_to_end(&mut answer).map(|_| answer)
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() < Duration::from_secs(WORKER_SECONDS) => {
                std::thread::sleep(Duration::from_millis(5));
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
        }
    };
    let _ = writer.join();
    let answer = reader.join().ok().and_then(Result::ok);
    match (status, answer) {
        (Some(status), Some(answer)) if status.success() => {
            match serde_json::from_slice::<Answer>(&answer) {
                Ok(Answer::Sheets(sheets)) => Ok(sheets),
                Ok(Answer::Refused { key, arguments }) => Err(Coded { key, arguments }),
                Err(_) => Err(unread()),
            }
        }
        // Killed past its time, or ended by the allocator past its memory (an abort).
        _ => Err(over_limits()),
    }
}
