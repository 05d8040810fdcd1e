//! Commit rate on this machine: one fdatasync per record versus group commit.
//!
//! `cargo bench -p audit-writer --bench commit` (set `AUDIT_BENCH_DIR` to measure
//! another disk; the default is a temporary directory).

use audit_writer::{bench_commit, bench_concurrent, bench_recovery};

fn main() {
    let base = std::env::var_os("AUDIT_BENCH_DIR").map(std::path::PathBuf::from);
    let tmp = |name: &str| match &base {
        Some(b) => tempfile::tempdir_in(b).map(|d| (d, name.to_string())),
        None => tempfile::tempdir().map(|d| (d, name.to_string())),
    };
    println!(
        "{:<44} {:>9} {:>9} {:>12}",
        "mode", "records", "secs", "records/s"
    );
    for (n, group) in [
        (2_000u64, 1usize),
        (20_000, 8),
        (100_000, 64),
        (200_000, 256),
    ] {
        let (d, name) = tmp("sequential").expect("temp dir");
        match bench_commit(d.path(), n, group) {
            Ok(r) => println!(
                "{:<44} {:>9} {:>9.3} {:>12.0}",
                format!("{name}: {group} record(s) per fdatasync"),
                r.records,
                r.secs,
                r.records_per_s
            ),
            Err(e) => eprintln!("bench_commit failed: {e}"),
        }
    }
    for (n, threads) in [(2_000u64, 1usize), (20_000, 8), (64_000, 64)] {
        let (d, name) = tmp("concurrent").expect("temp dir");
        match bench_concurrent(d.path(), n, threads) {
            Ok(r) => println!(
                "{:<44} {:>9} {:>9.3} {:>12.0}",
                format!("{name}: {threads} appenders, wait for durable"),
                r.records,
                r.secs,
                r.records_per_s
            ),
            Err(e) => eprintln!("bench_concurrent failed: {e}"),
        }
    }
    let (d, _) = tmp("recovery").expect("temp dir");
    match bench_recovery(d.path(), 138_000) {
        Ok((bytes, secs)) => println!(
            "recovery: reopen verifying a {:.1} MiB last segment: {:.3} s",
            bytes as f64 / (1 << 20) as f64,
            secs
        ),
        Err(e) => eprintln!("bench_recovery failed: {e}"),
    }
}
