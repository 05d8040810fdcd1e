//! Group commit: [`commit_group`] writes a group of appends with one fsync (the
//! audit process calls it from its serve loop); the committer thread of the
//! in-process [`AuditLog`] handle takes queued appends from the gate, commits
//! them the same way and resolves the gate.

use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use ipc::stats::LatencyHistogram;
use ipc::AuditEntry;

use crate::config::WriterConfig;
use crate::error::AuditError;
use crate::gate::CommitGate;
use crate::log::{Log, Opened};

/// One `Append` waiting for the disk.
pub(crate) struct Pending {
    pub first_cid: u64,
    pub entries: Vec<AuditEntry>,
}

/// First seq of the append, or why it failed.
pub(crate) type Outcome = Result<u64, String>;

pub(crate) type Gate = CommitGate<Pending, Outcome>;

/// Counters behind `Pong`.
#[derive(Default)]
pub(crate) struct Stats {
    pub written: u64,
    pub failed: u64,
    pub fsync_us: LatencyHistogram,
}

pub(crate) fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    match m.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    }
}

/// When the current write+fsync started (None when idle), for the stall watchdog.
#[derive(Default)]
pub(crate) struct StallClock {
    started: Mutex<Option<Instant>>,
}

impl StallClock {
    fn begin(&self) {
        *lock(&self.started) = Some(Instant::now());
    }
    fn end(&self) {
        *lock(&self.started) = None;
    }
    /// How long the current write+fsync has been running, if longer than `limit`.
    pub fn overdue(&self, limit: Duration) -> Option<Duration> {
        let started = (*lock(&self.started))?;
        let d = started.elapsed();
        (d > limit).then_some(d)
    }
}

/// Runs until the gate is closed and drained; returns the log.
/// `on_batch` sees every batch with its outcomes after the fsync, before waiters
/// are released.
pub(crate) fn commit_loop(
    mut log: Log,
    gate: Gate,
    stats: Arc<Mutex<Stats>>,
    stall: Arc<StallClock>,
    mut on_batch: impl FnMut(&[Pending], &[Outcome]),
) -> Log {
    while let Some((receipt, items)) = gate.take() {
        let outcomes = commit_group(&mut log, &items, &stats, &stall);
        on_batch(&items, &outcomes);
        gate.resolve(receipt, outcomes);
    }
    log
}

/// Writes `items` as one group with one fsync (timed by `stall`) and counts
/// the result in `stats`: one outcome per item.
pub(crate) fn commit_group(
    log: &mut Log,
    items: &[Pending],
    stats: &Mutex<Stats>,
    stall: &StallClock,
) -> Vec<Outcome> {
    let batches: Vec<&[AuditEntry]> = items.iter().map(|p| p.entries.as_slice()).collect();
    let n: u64 = items.iter().map(|p| p.entries.len() as u64).sum();
    stall.begin();
    let result = log.commit(&batches);
    stall.end();
    let outcomes: Vec<Outcome> = match result {
        Ok(firsts) => firsts.into_iter().map(Ok).collect(),
        Err(e) => {
            tracing::error!(error = %e, records = n, "audit group commit failed");
            let msg = e.to_string();
            items.iter().map(|_| Err(msg.clone())).collect()
        }
    };
    let mut s = lock(stats);
    if outcomes.first().is_some_and(|o| o.is_ok()) {
        s.written += n;
    } else {
        s.failed += n;
    }
    for us in log.drain_sync_us() {
        s.fsync_us.record(us);
    }
    if s.fsync_us.count() > 100_000 {
        s.fsync_us.decay();
    }
    outcomes
}

/// The audit log used in-process: `append` returns once the records are durable.
/// (The supervisor talks to the child process through [`crate::serve`] instead;
/// this handle serves tests, benchmarks and tools.)
pub struct AuditLog {
    gate: Gate,
    committer: Option<JoinHandle<Log>>,
    opened: Opened,
}

impl AuditLog {
    /// Opens (with recovery) and starts the committer thread.
    pub fn open(cfg: &WriterConfig) -> Result<AuditLog, AuditError> {
        let (log, opened) = cfg.open_log()?;
        let gate = Gate::new(cfg.queue_capacity);
        let g = gate.clone();
        let committer = std::thread::Builder::new()
            .name("audit-commit".into())
            .spawn(move || {
                commit_loop(
                    log,
                    g,
                    Arc::default(),
                    Arc::default(),
                    |_: &[Pending], _: &[Outcome]| {},
                )
            })
            .map_err(|e| AuditError::io(&cfg.dir, e))?;
        Ok(AuditLog {
            gate,
            committer: Some(committer),
            opened,
        })
    }

    /// What recovery found at open.
    pub fn opened(&self) -> &Opened {
        &self.opened
    }

    /// Appends `entries` with consecutive seqs; returns the first seq once they
    /// are durable. Concurrent callers share fsyncs (group commit).
    pub fn append(&self, entries: Vec<AuditEntry>) -> Result<u64, AuditError> {
        let ticket = self
            .gate
            .enqueue_waiting(Pending {
                first_cid: 0,
                entries,
            })
            .map_err(|_| AuditError::Closed)?;
        match self.gate.wait(ticket) {
            Some(Ok(seq)) => Ok(seq),
            Some(Err(e)) => Err(AuditError::Failed(e)),
            None => Err(AuditError::Failed("no outcome recorded".into())),
        }
    }

    /// Drains what is queued, then stops the committer.
    pub fn close(mut self) -> Result<(), AuditError> {
        self.stop()
    }

    fn stop(&mut self) -> Result<(), AuditError> {
        self.gate.close();
        if let Some(h) = self.committer.take() {
            h.join()
                .map_err(|_| AuditError::Failed("committer thread panicked".into()))?;
        }
        Ok(())
    }
}

impl Drop for AuditLog {
    fn drop(&mut self) {
        let _ = self.stop();
    }
}
