//! Exhaustive interleavings of the channel watchdog slot (run with `--cfg pg_loom`).
#![cfg(pg_loom)]

use ipc::watchdog::{Check, EvalSlot};
use loom::sync::atomic::{AtomicUsize, Ordering};
use loom::sync::Arc;
use loom::thread;

const DEADLINE: u64 = 50;
const HARD: u64 = 100;

/// The worker finishes while the watchdog sees the deadline passed: exactly one
/// answer goes out for the job, whichever wins.
#[test]
fn loom_watchdog_overrun_answered_exactly_once() {
    loom::model(|| {
        let slot = EvalSlot::default();
        let answers = Arc::new(AtomicUsize::new(0));
        slot.begin(7, 0);
        let (s, a) = (slot.clone(), answers.clone());
        let worker = thread::spawn(move || {
            if s.finish(7) {
                a.fetch_add(1, Ordering::SeqCst);
            }
        });
        let (s, a) = (slot.clone(), answers.clone());
        let dog = thread::spawn(move || match s.check(60, DEADLINE, HARD) {
            Check::Overrun { job } => {
                assert_eq!(job, 7);
                a.fetch_add(1, Ordering::SeqCst);
            }
            Check::Fine => {}
            Check::Stuck { .. } => panic!("not past the hard limit"),
        });
        worker.join().unwrap();
        dog.join().unwrap();
        assert_eq!(answers.load(Ordering::SeqCst), 1);
    });
}

/// An evaluation still running past the deadline is always reported, and a
/// finished one never is (the watchdog checks within the deadline, then after).
#[test]
fn loom_watchdog_finished_never_reported_and_overrun_always_reported() {
    loom::model(|| {
        let slot = EvalSlot::default();
        let (s, s2) = (slot.clone(), slot.clone());
        let worker = thread::spawn(move || {
            s.begin(1, 0);
            let own = s.finish(1);
            s.begin(2, 10);
            own
        });
        let dog =
            thread::spawn(move || [s2.check(40, DEADLINE, HARD), s2.check(45, DEADLINE, HARD)]);
        let own = worker.join().unwrap();
        let early = dog.join().unwrap();
        // Job 1 finished within its deadline: it is the worker's, never an overrun.
        assert!(own);
        assert!(early.iter().all(|c| *c == Check::Fine), "{early:?}");
        // Job 2 is still running at t=70 (60 after its start): reported once.
        assert_eq!(slot.check(70, DEADLINE, HARD), Check::Overrun { job: 2 });
        assert_eq!(slot.check(75, DEADLINE, HARD), Check::Fine);
        assert!(!slot.finish(2));
    });
}

/// Shutdown always ends the watchdog loop and the worker.
#[test]
fn loom_watchdog_shutdown_ends_both_threads() {
    loom::model(|| {
        let slot = EvalSlot::default();
        let s = slot.clone();
        let dog = thread::spawn(move || {
            let mut t = 0;
            while !s.is_shutdown() {
                let _ = s.check(t, DEADLINE, HARD);
                t += 1;
                thread::yield_now();
            }
        });
        let s = slot.clone();
        let worker = thread::spawn(move || {
            s.begin(3, 0);
            s.finish(3);
        });
        worker.join().unwrap();
        slot.shutdown();
        dog.join().unwrap();
    });
}
