//! Times the strategy document in each format and the calendar for a large generated strategy
//! (50 personas, 200 objectives, 13 networks, 50 operations, two years).
//! Targets: HTML under 100 ms, PDF under 1 s, the two-year calendar well under a second.
//! Run with `cargo bench -p tomster-render --bench render --features pdf`.

use std::fmt::Write;
use std::hint::black_box;
use std::time::{Duration, Instant};

use tomster_core::calendar::calendar;
use tomster_core::document::build_document;
use tomster_core::knowledge::Knowledge;
use tomster_core::load::from_toml_str;
use tomster_core::model::Language;
use tomster_core::values::Day;
use tomster_render::calendar_files::{Labels, write_csv, write_ics};
use tomster_render::html::render_html;
use tomster_render::markdown::render_markdown;

const PLATFORMS: [&str; 13] = [
    "facebook",
    "instagram",
    "linkedin",
    "x",
    "tiktok",
    "youtube",
    "pinterest",
    "snapchat",
    "threads",
    "whatsapp",
    "reddit",
    "twitch",
    "bluesky",
];

fn large_strategy() -> String {
    let mut text = String::from(
        "[strategy]\nname = \"Large\"\nlanguage = \"fr\"\ncurrency = \"EUR\"\nstart = 2027-01-01\nend = 2028-12-31\nwebsite = \"https://example.org\"\n",
    );
    for persona in 0..50 {
        let _ = write!(
            text,
            "\n[[personas]]\nid = \"persona-{persona}\"\nname = \"Persona {persona}\"\nsegment = \"b2c\"\nage = {{ min = {}, max = {} }}\nchannels = [\"{}\"]\nstage_mix = {{ awareness = 0.4, consideration = 0.3, decision = 0.3 }}\n",
            15 + persona % 50,
            25 + persona % 50,
            PLATFORMS[persona % 13]
        );
        for stage in ["awareness", "consideration", "decision"] {
            let _ = write!(
                text,
                "\n[[messages]]\npersona = \"persona-{persona}\"\nstage = \"{stage}\"\nkey_message = \"Message {persona} {stage}, with a comma\"\ncall_to_action = \"Go\"\npillars = [\"pillar-{}\"]\n",
                persona % 4
            );
        }
    }
    for pillar in 0..4 {
        let _ = write!(
            text,
            "\n[[pillars]]\nid = \"pillar-{pillar}\"\nname = \"Pillar {pillar}\"\nshare = 0.25\n"
        );
    }
    for objective in 0..200 {
        let _ = write!(
            text,
            "\n[[objectives]]\nid = \"objective-{objective}\"\nkind = \"awareness\"\nstatement = \"Objective {objective}\"\npersonas = [\"persona-{}\"]\nkpi = \"reach\"\nplatforms = [\"{}\"]\nbaseline = 100\ntarget = 300\ndeadline = 2028-06-30\n\n[[kpis]]\nid = \"kpi-{objective}\"\nmetric = \"reach\"\nobjective = \"objective-{objective}\"\nsource = \"native\"\nreview = \"weekly\"\n",
            objective % 50,
            PLATFORMS[objective % 13]
        );
    }
    for platform in PLATFORMS {
        let _ = write!(
            text,
            "\n[[platforms]]\nid = \"{platform}\"\n\n[[always_on]]\nplatform = \"{platform}\"\nposts_per_week = 5\nformats = {{ image = 3, short_video = 2 }}\n"
        );
    }
    for operation in 0..50 {
        let month = 1 + operation % 12;
        let _ = write!(
            text,
            "\n[[operations]]\nid = \"operation-{operation}\"\nname = \"Operation {operation}\"\nkind = \"contest\"\nstart = 2027-{month:02}-01\nend = 2027-{month:02}-20\nbudget = 500\nobjectives = [\"objective-{operation}\"]\nplatforms = [\"{}\"]\n",
            PLATFORMS[operation % 13]
        );
    }
    text.push_str("\n[resources]\nbudget = 100000\n[[resources.team]]\nname = \"Ann\"\nhours_per_week = 100\n[[resources.team]]\nname = \"Bob\"\nhours_per_week = 100\n");
    text
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort_unstable();
    samples[samples.len() / 2]
}

fn time<T>(runs: usize, mut work: impl FnMut() -> T) -> Duration {
    let samples = (0..runs)
        .map(|_| {
            let started = Instant::now();
            black_box(work());
            started.elapsed()
        })
        .collect();
    median(samples)
}

fn milliseconds(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn main() {
    let text = large_strategy();
    let loaded = match from_toml_str(&text) {
        Ok(loaded) => loaded,
        Err(errors) => panic!("the generated strategy does not load: {errors:?}"),
    };
    let strategy = &loaded.strategy;
    let knowledge = Knowledge::embedded();
    let today = Day::parse("2026-11-26").unwrap();
    println!(
        "generated strategy: 50 personas, 200 objectives, 13 networks, 50 operations, 2027-2028"
    );

    let model = time(10, || {
        build_document(
            &tomster_core::analysis::Analysis::new(strategy, knowledge),
            Language::French,
            today,
        )
    });
    let document = build_document(
        &tomster_core::analysis::Analysis::new(strategy, knowledge),
        Language::French,
        today,
    );
    println!(
        "document model (check, recommend, plan, calendar): median {:>8.1} ms",
        milliseconds(model)
    );
    let html = time(20, || render_html(&document).unwrap());
    println!(
        "HTML from the model:            median {:>8.1} ms ({} KiB)",
        milliseconds(html),
        render_html(&document).unwrap().len() / 1024
    );
    let html_end_to_end = time(10, || {
        render_html(&build_document(
            &tomster_core::analysis::Analysis::new(strategy, knowledge),
            Language::French,
            today,
        ))
        .unwrap()
    });
    println!(
        "HTML end to end (model + page):  median {:>8.1} ms (target under 100 ms)",
        milliseconds(html_end_to_end)
    );
    let markdown = time(20, || render_markdown(&document, Some("charts")));
    println!(
        "Markdown from the model:        median {:>8.1} ms",
        milliseconds(markdown)
    );
    #[cfg(feature = "pdf")]
    {
        let pdf = time(3, || tomster_render::pdf::render_pdf(&document).unwrap());
        let bytes = tomster_render::pdf::render_pdf(&document).unwrap();
        let pdf_end_to_end = time(3, || {
            tomster_render::pdf::render_pdf(&build_document(
                &tomster_core::analysis::Analysis::new(strategy, knowledge),
                Language::French,
                today,
            ))
            .unwrap()
        });
        println!(
            "PDF end to end (model + PDF):   median {:>8.1} ms (target under 1 s)",
            milliseconds(pdf_end_to_end)
        );
        println!(
            "PDF from the model:             median {:>8.1} ms ({} KiB)",
            milliseconds(pdf),
            bytes.len() / 1024
        );
    }
    #[cfg(not(feature = "pdf"))]
    println!("PDF: not measured (run with --features pdf)");

    let expansion = time(10, || calendar(strategy, knowledge, None, None));
    let expanded = calendar(strategy, knowledge, None, None);
    println!(
        "calendar expansion:             median {:>8.1} ms ({} slots over two years)",
        milliseconds(expansion),
        expanded.slots.len()
    );
    let labels = Labels::new(strategy, knowledge, Language::French);
    let ics = time(10, || {
        let mut bytes = Vec::new();
        write_ics(&mut bytes, &expanded, &labels).unwrap();
        bytes
    });
    let csv = time(10, || {
        let mut bytes = Vec::new();
        write_csv(&mut bytes, &expanded, &labels).unwrap();
        bytes
    });
    println!(
        "ICS writing:                    median {:>8.1} ms",
        milliseconds(ics)
    );
    println!(
        "CSV writing:                    median {:>8.1} ms",
        milliseconds(csv)
    );
}
