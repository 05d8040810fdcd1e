//! The audit child process loop. One thread reads and commits:
//! * it blocks for the next frame, then takes every further frame already read
//!   (appends that arrived during the last fsync), answers pings among them,
//!   writes all the appends as one group with one fsync (group commit), and
//!   writes the `Committed`/`Failed` replies (merged into ranges where possible)
//!   in one `write`. Reading and committing on one thread saves a hand-off per
//!   group; appends that arrive meanwhile wait in the socket (and, when it is
//!   full, in the supervisor), which is the back-pressure;
//! * the stall watchdog exits the process when one write+fsync runs past the
//!   stall limit (a hung disk must not hold verdicts forever: restart instead).

use std::os::unix::net::UnixStream;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ipc::frame::FrameReader;
use ipc::replies::Replies;
use ipc::stats::rss_kib;
use ipc::{ChildStats, FromAudit, Role, ToAudit, PROTO_VERSION};

use crate::commit::{commit_group, lock, Outcome, Pending, StallClock, Stats};
use crate::config::WriterConfig;
use crate::error::AuditError;
use crate::log::Log;

/// Exit code of an audit process whose disk stalled past the stall limit.
pub const EXIT_STALLED: i32 = 71;

/// Runs the audit process on `stream` until `Shutdown` or end of file (Ok), or
/// until recovery or the socket fails (Err). See the module docs.
pub fn serve(stream: UnixStream, cfg: WriterConfig) -> Result<(), AuditError> {
    let (mut log, opened) = cfg.open_log()?;
    tracing::info!(dir = %cfg.dir.display(), last_seq = opened.last_seq, key_id = cfg.key.id(), rotated_from = ?opened.rotated_from, "audit log open");

    let write_half = stream
        .try_clone()
        .map_err(|e| AuditError::io(&cfg.dir, e))?;
    let out: Replies<FromAudit> = Replies::new(write_half);
    out.send(
        &FromAudit::Hello {
            proto: PROTO_VERSION,
            role: Role::Audit,
            pid: std::process::id(),
            last_seq: opened.last_seq,
        },
        true,
    );

    let stats = Mutex::new(Stats::default());
    let stall = Arc::new(StallClock::default());
    let stop = Arc::new(AtomicBool::new(false));
    let watchdog = {
        let (stall, stop, limit) = (stall.clone(), stop.clone(), cfg.stall_limit);
        spawn("audit-stall", &cfg, move || {
            stall_watch(&stall, &stop, limit)
        })?
    };

    let mut reader = FrameReader::new(stream);
    let max_group = cfg.queue_capacity.max(1);
    let mut group: Vec<Pending> = Vec::new();
    let result = loop {
        // Block for one frame, then take what is already read, up to a group.
        let mut end = None;
        loop {
            match reader.read::<ToAudit>() {
                Ok(Some(ToAudit::Append { first_cid, entries })) => {
                    if entries.is_empty() {
                        tracing::warn!(first_cid, "empty Append ignored");
                    } else {
                        group.push(Pending { first_cid, entries });
                    }
                }
                Ok(Some(ToAudit::Ping { nonce })) => {
                    let stats = child_stats(&stats);
                    out.send(&FromAudit::Pong { nonce, stats }, true);
                }
                Ok(Some(ToAudit::Shutdown)) => {
                    tracing::info!("audit shutdown requested");
                    end = Some(Ok(()));
                }
                Ok(None) => {
                    tracing::info!("supervisor closed the audit socket");
                    end = Some(Ok(()));
                }
                Err(e) => end = Some(Err(AuditError::from(e))),
            }
            if end.is_some() || !reader.has_frame() || group.len() >= max_group {
                break;
            }
        }
        // Every append read is written and fsynced (and answered) before the
        // loop ends, whatever ended it.
        if !group.is_empty() {
            commit_and_reply(&mut log, &group, &stats, &stall, &out);
            group.clear();
        }
        if let Some(r) = end {
            break r;
        }
    };
    stop.store(true, Ordering::Release);
    let _ = watchdog.join();
    out.flush();
    result
}

fn commit_and_reply(
    log: &mut Log,
    group: &[Pending],
    stats: &Mutex<Stats>,
    stall: &StallClock,
    out: &Replies<FromAudit>,
) {
    let outcomes = commit_group(log, group, stats, stall);
    for reply in replies(group, &outcomes) {
        out.send(&reply, false);
    }
    // One write for the whole group.
    out.flush();
}

fn spawn<T: Send + 'static>(
    name: &str,
    cfg: &WriterConfig,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<std::thread::JoinHandle<T>, AuditError> {
    std::thread::Builder::new()
        .name(name.into())
        .spawn(f)
        .map_err(|e| AuditError::io(&cfg.dir, e))
}

/// Replies for one committed group: adjacent appends (consecutive cids and
/// seqs, same outcome) are merged into one range.
fn replies(items: &[Pending], outcomes: &[Outcome]) -> Vec<FromAudit> {
    let mut out: Vec<FromAudit> = Vec::new();
    for (p, o) in items.iter().zip(outcomes) {
        let n = p.entries.len() as u64;
        let last_cid = p.first_cid.saturating_add(n.saturating_sub(1));
        match (out.last_mut(), o) {
            (
                Some(FromAudit::Committed {
                    first_cid,
                    last_cid: lc,
                    first_seq,
                }),
                Ok(seq),
            ) if lc.checked_add(1) == Some(p.first_cid)
                && first_seq.checked_add(*lc - *first_cid + 1) == Some(*seq) =>
            {
                *lc = last_cid;
            }
            (Some(FromAudit::Failed { last_cid: lc, .. }), Err(_))
                if lc.checked_add(1) == Some(p.first_cid) =>
            {
                *lc = last_cid;
            }
            (_, Ok(seq)) => out.push(FromAudit::Committed {
                first_cid: p.first_cid,
                last_cid,
                first_seq: *seq,
            }),
            (_, Err(e)) => out.push(FromAudit::Failed {
                first_cid: p.first_cid,
                last_cid,
                error: e.clone(),
            }),
        }
    }
    out
}

fn child_stats(stats: &Mutex<Stats>) -> ChildStats {
    let s = lock(stats);
    ChildStats {
        evaluated: s.written,
        faults: s.failed,
        p50_us: s.fsync_us.quantile(0.50).min(u32::MAX as u64) as u32,
        p99_us: s.fsync_us.quantile(0.99).min(u32::MAX as u64) as u32,
        rss_kib: rss_kib(),
    }
}

fn stall_watch(stall: &StallClock, stop: &AtomicBool, limit: Duration) {
    let tick = (limit / 4).clamp(Duration::from_millis(1), Duration::from_millis(250));
    while !stop.load(Ordering::Acquire) {
        std::thread::sleep(tick);
        if let Some(d) = stall.overdue(limit) {
            tracing::error!(
                elapsed_ms = d.as_millis() as u64,
                limit_ms = limit.as_millis() as u64,
                "audit write+fsync stalled; exiting to be restarted"
            );
            std::process::exit(EXIT_STALLED);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pending(first_cid: u64, n: usize) -> Pending {
        Pending {
            first_cid,
            entries: (0..n as u64).map(crate::record::tests::entry).collect(),
        }
    }

    #[test]
    fn adjacent_ranges_merge() {
        let items = [pending(10, 2), pending(12, 3), pending(20, 1)];
        let outcomes = [Ok(100), Ok(102), Ok(105)];
        assert_eq!(
            replies(&items, &outcomes),
            vec![
                FromAudit::Committed {
                    first_cid: 10,
                    last_cid: 14,
                    first_seq: 100
                },
                FromAudit::Committed {
                    first_cid: 20,
                    last_cid: 20,
                    first_seq: 105
                },
            ]
        );
        let failed = [
            Err("disk full".to_string()),
            Err("disk full".to_string()),
            Err("disk full".to_string()),
        ];
        assert_eq!(
            replies(&items, &failed),
            vec![
                FromAudit::Failed {
                    first_cid: 10,
                    last_cid: 14,
                    error: "disk full".into()
                },
                FromAudit::Failed {
                    first_cid: 20,
                    last_cid: 20,
                    error: "disk full".into()
                },
            ]
        );
    }
}
