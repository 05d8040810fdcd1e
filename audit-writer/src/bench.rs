//! Commit-rate measurement on the local disk: records/s when every commit of
//! `group` records costs one fdatasync (`group = 1` is one fsync per record),
//! and with concurrent appenders sharing fsyncs through the gate.

use std::path::Path;
use std::time::Instant;

use ipc::{AuditEntry, Direction, Intent, RecordKind};

use crate::commit::AuditLog;
use crate::config::WriterConfig;
use crate::error::AuditError;
use crate::key::Key;
use crate::log::{Log, DEFAULT_SEGMENT_BYTES};

#[derive(Debug, Clone)]
pub struct BenchReport {
    pub records: u64,
    pub commits: u64,
    pub secs: f64,
    pub records_per_s: f64,
}

fn sample(i: u64) -> AuditEntry {
    AuditEntry {
        ts_ms: ipc::now_ms(),
        kind: RecordKind::Pass,
        tenant: Some("bench".into()),
        direction: Some(Direction::Ingress),
        is_pass: true,
        reason: None,
        intent: Some(Intent::QuestionFactual),
        channels: Vec::new(),
        input_sha256: Some([(i & 0xff) as u8; 32]),
        input_len: 200,
        policy_generation: 1,
        text: None,
        detail: None,
    }
}

fn bench_key() -> Key {
    // A fixed key is fine: the bench measures speed, and its log is thrown away.
    Key::new_for_bench()
}

/// Appends `n` records to a log in `dir`, `group` records per fdatasync.
pub fn bench_commit(dir: &Path, n: u64, group: usize) -> Result<BenchReport, AuditError> {
    let group = group.max(1);
    let (mut log, _) = Log::open(dir, bench_key(), DEFAULT_SEGMENT_BYTES, None)?;
    let entries: Vec<AuditEntry> = (0..group as u64).map(sample).collect();
    let start = Instant::now();
    let mut done = 0u64;
    let mut commits = 0u64;
    while done < n {
        let k = ((n - done) as usize).min(group);
        log.commit(&[&entries[..k]])?;
        done += k as u64;
        commits += 1;
    }
    Ok(report(done, commits, start))
}

/// `threads` appenders each append one record at a time and wait for it to be
/// durable (the supervisor's pattern); the committer groups whatever is queued.
pub fn bench_concurrent(dir: &Path, n: u64, threads: usize) -> Result<BenchReport, AuditError> {
    let threads = threads.max(1);
    let log = AuditLog::open(&WriterConfig::new(dir, bench_key()))?;
    let per = n / threads as u64;
    let start = Instant::now();
    let failures = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let log = &log;
                s.spawn(move || {
                    (0..per)
                        .filter(|i| log.append(vec![sample(t as u64 * per + i)]).is_err())
                        .count()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or(per as usize))
            .sum::<usize>()
    });
    let r = report(per * threads as u64, 0, start);
    log.close()?;
    if failures > 0 {
        return Err(AuditError::Failed(format!("{failures} appends failed")));
    }
    Ok(r)
}

fn report(records: u64, commits: u64, start: Instant) -> BenchReport {
    let secs = start.elapsed().as_secs_f64();
    BenchReport {
        records,
        commits,
        secs,
        records_per_s: records as f64 / secs.max(1e-9),
    }
}

/// Writes `n` records in groups of 256, then times a reopen (recovery verifies
/// the whole last segment). Returns (bytes of the last segment, seconds).
pub fn bench_recovery(dir: &Path, n: u64) -> Result<(u64, f64), AuditError> {
    bench_commit(dir, n, 256)?;
    let last = crate::segment::list(dir)
        .map_err(|e| AuditError::io(dir, e))?
        .pop()
        .map(|s| std::fs::metadata(&s.path).map(|m| m.len()).unwrap_or(0))
        .unwrap_or(0);
    let start = Instant::now();
    let (_log, _) = Log::open(dir, bench_key(), DEFAULT_SEGMENT_BYTES, None)?;
    Ok((last, start.elapsed().as_secs_f64()))
}
