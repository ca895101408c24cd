//! Times `check` + `recommend` + `plan` on a large generated strategy: 50 personas,
//! 200 objectives, 13 networks, 50 operations. Target: under 50 ms in release.
//! Run with `cargo bench -p tomster-core --bench analyses`.

use std::fmt::Write;
use std::hint::black_box;
use std::time::{Duration, Instant};

use tomster_core::analysis::Analysis;
use tomster_core::knowledge::Knowledge;
use tomster_core::load::from_toml_str;

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
const KPIS: [&str; 5] = [
    "reach",
    "impressions",
    "engagement_rate_follower",
    "clicks",
    "leads",
];
const KINDS: [&str; 5] = ["awareness", "awareness", "engagement", "traffic", "leads"];

/// A large strategy written as TOML, so loading is measured too.
fn large_strategy() -> String {
    let mut text = String::from(
        "[strategy]\nname = \"Large\"\nlanguage = \"en\"\ncurrency = \"EUR\"\nstart = 2027-01-01\nend = 2028-12-31\nwebsite = \"https://example.org\"\n",
    );
    for persona in 0..50 {
        let min = 15 + persona % 50;
        let segment = if persona % 3 == 0 { "b2b" } else { "b2c" };
        let _ = write!(
            text,
            "\n[[personas]]\nid = \"persona-{persona}\"\nsegment = \"{segment}\"\nage = {{ min = {min}, max = {} }}\ngender = \"mixed\"\nchannels = [\"{}\"]\nstage_mix = {{ awareness = 0.4, consideration = 0.3, decision = 0.3 }}\ngoals = [\"g\"]\nquestions = [\"q\"]\n",
            min + 10,
            PLATFORMS[persona % 13]
        );
        for stage in ["awareness", "consideration", "decision"] {
            let _ = write!(
                text,
                "\n[[messages]]\npersona = \"persona-{persona}\"\nstage = \"{stage}\"\nkey_message = \"m\"\nproof_points = [\"p\"]\ncall_to_action = \"c\"\ncontent_types = [\"image\"]\npillars = [\"pillar-{}\"]\n",
                persona % 4
            );
        }
    }
    for pillar in 0..4 {
        let _ = write!(
            text,
            "\n[[pillars]]\nid = \"pillar-{pillar}\"\nshare = 0.25\n"
        );
    }
    for objective in 0..200 {
        let kpi = KPIS[objective % 5];
        let _ = write!(
            text,
            "\n[[objectives]]\nid = \"objective-{objective}\"\nkind = \"{}\"\nstatement = \"s\"\npersonas = [\"persona-{}\"]\nkpi = \"{kpi}\"\nplatforms = [\"{}\"]\nbaseline = 100\ntarget = 300\ndeadline = 2028-06-30\n",
            KINDS[objective % 5],
            objective % 50,
            PLATFORMS[objective % 13]
        );
        let _ = write!(
            text,
            "\n[[kpis]]\nid = \"kpi-{objective}\"\nmetric = \"{kpi}\"\nobjective = \"objective-{objective}\"\nplatform = \"{}\"\nsource = \"native\"\nreview = \"weekly\"\nalert_below = 0.8\n",
            PLATFORMS[objective % 13]
        );
    }
    for platform in PLATFORMS {
        let _ = write!(
            text,
            "\n[[platforms]]\nid = \"{platform}\"\nrationale = \"r\"\n\n[[always_on]]\nplatform = \"{platform}\"\nposts_per_week = 3\nformats = {{ image = 2, short_video = 1 }}\n"
        );
    }
    for operation in 0..50 {
        let month = 1 + operation % 12;
        let _ = write!(
            text,
            "\n[[operations]]\nid = \"operation-{operation}\"\nkind = \"contest\"\nstart = 2027-{month:02}-01\nend = 2027-{month:02}-20\nbudget = 500\nobjectives = [\"objective-{operation}\"]\n"
        );
    }
    text.push_str("\n[resources]\nbudget = 100000\n");
    for member in 0..10 {
        let _ = write!(
            text,
            "\n[[resources.team]]\nname = \"member-{member}\"\nhours_per_week = 35\nskills = [\"photo\", \"video\", \"copywriting\", \"design\", \"community_management\", \"analytics\"]\n"
        );
    }
    text
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort_unstable();
    samples[samples.len() / 2]
}

fn main() {
    let text = large_strategy();
    let knowledge = Knowledge::embedded();
    let mut load_times = Vec::new();
    let mut analysis_times = Vec::new();
    let mut diagnostics_count = 0;
    for _ in 0..30 {
        let started = Instant::now();
        let loaded = match from_toml_str(black_box(&text)) {
            Ok(loaded) => loaded,
            Err(errors) => panic!("the generated strategy does not load: {errors:?}"),
        };
        load_times.push(started.elapsed());

        let started = Instant::now();
        // One analysis pass, as every command runs it: fit, plan and checker once, then the
        // recommendations around the fit.
        let analysis = Analysis::new(&loaded.strategy, knowledge);
        let recommendations = analysis.recommendations();
        analysis_times.push(started.elapsed());
        diagnostics_count = analysis.diagnostics.len();
        black_box((recommendations, &analysis.plan));
    }
    println!(
        "generated strategy: {} KiB of TOML, 50 personas, 200 objectives, 13 networks, 50 operations ({diagnostics_count} diagnostics)",
        text.len() / 1024
    );
    println!(
        "load (parse + resolve):        median {:>8.2} ms over 30 runs",
        median(load_times).as_secs_f64() * 1000.0
    );
    println!(
        "check + recommend + plan:      median {:>8.2} ms over 30 runs (target: under 50 ms in release)",
        median(analysis_times).as_secs_f64() * 1000.0
    );
}
