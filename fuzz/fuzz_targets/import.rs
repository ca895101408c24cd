//! Fuzz target: bytes of any kind given to the importers, as an upload would be. Each must be
//! read (its rows and errors counted) or refused with a sentence; a panic or a hang is a bug.
#![no_main]

use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};

use libfuzzer_sys::fuzz_target;
use tomster_import::{Context, source};

thread_local! {
    /// The last panic's message: printed if the panic gets out of the importers.
    static LAST_PANIC: RefCell<String> = const { RefCell::new(String::new()) };
}

fuzz_target!(|bytes: &[u8]| {
    // The importers catch a workbook reader's panic on damaged bytes and refuse the file;
    // libFuzzer's own hook would abort on such a panic before it is caught. This hook keeps
    // the message instead, and a panic that gets out of `read` aborts below, with it.
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        panic::set_hook(Box::new(|info| {
            LAST_PANIC.with(|last| *last.borrow_mut() = info.to_string());
        }))
    });
    // Workbooks go to calamine, which the server and the command line run in a child process
    // limited in memory and time (`tomster_import::isolated`, tested by the binary's
    // `tests/workbooks.rs`): calamine's own allocation bugs are not hunted in this process.
    let head = &bytes[..bytes.len().min(source::HEAD_BYTES)];
    if matches!(source::sniff(head), Ok(source::Kind::Workbook)) {
        return;
    }
    let context = Context {
        today: jiff::civil::date(2026, 12, 4),
        networks: vec!["instagram".into(), "facebook".into(), "linkedin".into()],
        custom_metrics: vec!["bookings".into()],
        network: None,
        figures_only: false,
        workbook_worker: None,
    };
    match panic::catch_unwind(AssertUnwindSafe(|| tomster_import::read(bytes, &context))) {
        Err(_) => {
            LAST_PANIC.with(|last| eprintln!("the importers panicked: {}", last.borrow()));
            std::process::abort();
        }
        Ok(Ok(reading)) => {
            // What a reading says of itself holds together.
            if reading.errors.len() as u64 > reading.error_count
                || reading.posts.len() as u64 != reading.post_count
            {
                eprintln!("inconsistent reading: {reading:?}");
                std::process::abort();
            }
        }
        Ok(Err(_refusal)) => {}
    }
});
