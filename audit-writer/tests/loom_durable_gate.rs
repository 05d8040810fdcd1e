//! loom model of the group-commit gate (`audit_writer::gate::CommitGate`).
//!
//! Run: `RUSTFLAGS="--cfg pg_loom" LOOM_MAX_PREEMPTIONS=3 cargo test -p audit-writer
//! --release --test loom_durable_gate`.
//!
//! The writer thread stands for the committer: `durable` is what the disk has
//! made durable (stored only *after* the simulated fsync of a batch), so a waiter
//! that sees `durable < its ticket` on return was released before its record was
//! durable: the bug the gate exists to prevent.
#![cfg(pg_loom)]

use audit_writer::gate::{Closed, CommitGate};
use loom::sync::atomic::{AtomicU64, Ordering::SeqCst};
use loom::sync::Arc;
use loom::thread;

type Gate = CommitGate<u64, Result<u64, u64>>;

/// Takes batches until `stop_after` items were seen (or the gate ends). Checks
/// that tickets arrive once each, in order. Batch `fail_batch` fails (no fsync).
fn writer(
    gate: Gate,
    durable: Arc<AtomicU64>,
    fail_batch: Option<usize>,
    stop_after: usize,
) -> Vec<u64> {
    let mut seen = Vec::new();
    let mut batch = 0;
    while seen.len() < stop_after {
        let Some((receipt, items)) = gate.take() else {
            break;
        };
        assert_eq!(
            receipt.first(),
            seen.len() as u64 + 1,
            "tickets taken in order, none skipped"
        );
        assert_eq!(receipt.len(), items.len());
        let first = receipt.first();
        let last = first + items.len() as u64 - 1;
        seen.extend(items);
        let fail = fail_batch == Some(batch);
        if !fail {
            durable.store(last, SeqCst); // the fdatasync
        }
        let results = (first..=last)
            .map(|t| if fail { Err(t) } else { Ok(t * 10) })
            .collect();
        gate.resolve(receipt, results);
        batch += 1;
    }
    seen
}

fn appender(gate: Gate, durable: Arc<AtomicU64>, value: u64) -> Result<u64, u64> {
    let t = gate.enqueue_waiting(value).expect("gate open");
    let r = gate.wait(t).expect("a result for a waited ticket");
    match r {
        Ok(v) => {
            assert_eq!(v, t * 10, "waiter got its own result");
            assert!(
                durable.load(SeqCst) >= t,
                "released before its record was durable"
            );
        }
        Err(tt) => assert_eq!(tt, t, "waiter got its own failure"),
    }
    r
}

#[test]
fn loom_waiters_released_only_after_their_batch_is_durable() {
    loom::model(|| {
        let gate = Gate::new(4);
        let durable = Arc::new(AtomicU64::new(0));
        let w = {
            let (g, d) = (gate.clone(), durable.clone());
            thread::spawn(move || writer(g, d, None, 2))
        };
        let a = {
            let (g, d) = (gate.clone(), durable.clone());
            thread::spawn(move || appender(g, d, 1))
        };
        let r2 = appender(gate.clone(), durable.clone(), 2);
        let r1 = a.join().unwrap();
        let mut seen = w.join().unwrap();
        assert!(r1.is_ok() && r2.is_ok());
        seen.sort();
        assert_eq!(seen, vec![1, 2], "each item written exactly once");
        assert_eq!(gate.resolved_through(), 2);
    });
}

#[test]
fn loom_failed_batch_releases_its_waiters_with_failure_only() {
    loom::model(|| {
        let gate = Gate::new(4);
        let durable = Arc::new(AtomicU64::new(0));
        let w = {
            let (g, d) = (gate.clone(), durable.clone());
            thread::spawn(move || writer(g, d, Some(0), 2))
        };
        let a = {
            let (g, d) = (gate.clone(), durable.clone());
            thread::spawn(move || appender(g, d, 1))
        };
        let r2 = appender(gate.clone(), durable.clone(), 2);
        let r1 = a.join().unwrap();
        w.join().unwrap();
        // The first batch always fails; whoever was in it got Err, the rest Ok.
        assert!(r1.is_err() || r2.is_err());
    });
}

#[test]
fn loom_close_racing_append_loses_nothing() {
    loom::model(|| {
        let gate = Gate::new(4);
        let durable = Arc::new(AtomicU64::new(0));
        let w = {
            let (g, d) = (gate.clone(), durable.clone());
            thread::spawn(move || writer(g, d, None, usize::MAX))
        };
        let a = {
            let g = gate.clone();
            thread::spawn(move || g.enqueue(7))
        };
        gate.close();
        assert_eq!(
            gate.enqueue(8),
            Err(Closed),
            "append after close is refused"
        );
        let accepted = a.join().unwrap();
        let seen = w.join().unwrap();
        match accepted {
            Ok(t) => {
                assert_eq!(
                    seen,
                    vec![7],
                    "an accepted append is written even though close raced it"
                );
                assert_eq!(gate.resolved_through(), t);
            }
            Err(Closed) => assert!(seen.is_empty()),
        }
    });
}

#[test]
fn loom_full_queue_blocks_until_the_writer_takes() {
    loom::model(|| {
        let gate = Gate::new(1);
        let durable = Arc::new(AtomicU64::new(0));
        let w = {
            let (g, d) = (gate.clone(), durable.clone());
            thread::spawn(move || writer(g, d, None, 2))
        };
        // Second enqueue must wait for the first take (capacity 1).
        let t1 = gate.enqueue_waiting(1).unwrap();
        let t2 = gate.enqueue_waiting(2).unwrap();
        assert_eq!((t1, t2), (1, 2));
        assert_eq!(gate.wait(t2), Some(Ok(20)));
        assert_eq!(gate.wait(t1), Some(Ok(10)));
        assert!(durable.load(SeqCst) >= 2);
        assert_eq!(w.join().unwrap(), vec![1, 2]);
    });
}
