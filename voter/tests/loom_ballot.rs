//! Exhaustive interleavings of the ballot (run with `--cfg pg_loom`).
#![cfg(pg_loom)]

use ipc::{ChannelVerdict, Decision};
use loom::sync::atomic::{AtomicUsize, Ordering};
use loom::sync::Arc;
use loom::thread;
use voter::{Ballot, Side, Submit};

fn v(decision: Decision) -> ChannelVerdict {
    ChannelVerdict {
        id: 1,
        decision,
        intent: None,
        reason: None,
        us: 1,
    }
}

/// Two answers and the deadline race: exactly one decision; a decision taken
/// with both slots full only ever says Pass when both answered Pass; answers
/// that lose to the deadline are reported late.
#[test]
fn loom_ballot_two_answers_and_deadline_decide_once() {
    loom::model(|| {
        let ballot = Arc::new(Ballot::new());
        let decisions = Arc::new(AtomicUsize::new(0));
        let late = Arc::new(AtomicUsize::new(0));
        let mut handles = Vec::new();
        for (side, d) in [(Side::X, Decision::Pass), (Side::Y, Decision::Block)] {
            let (b, n, l) = (ballot.clone(), decisions.clone(), late.clone());
            handles.push(thread::spawn(move || match b.submit(side, v(d)) {
                Submit::Decided(slots) => {
                    assert!(slots[0].is_some() && slots[1].is_some());
                    let both_pass = slots
                        .iter()
                        .all(|s| s.as_ref().map(|v| v.decision) == Some(Decision::Pass));
                    assert!(!both_pass, "X passed and Y blocked: never a pass");
                    n.fetch_add(1, Ordering::SeqCst);
                }
                Submit::Waiting => {}
                Submit::Late => {
                    l.fetch_add(1, Ordering::SeqCst);
                }
            }));
        }
        let (b, n) = (ballot.clone(), decisions.clone());
        handles.push(thread::spawn(move || {
            if b.expire().is_some() {
                n.fetch_add(1, Ordering::SeqCst);
            }
        }));
        for h in handles {
            h.join().unwrap();
        }
        assert_eq!(decisions.load(Ordering::SeqCst), 1, "exactly one decision");
        assert!(ballot.is_decided());
        // Once decided, nothing more is accepted.
        assert_eq!(ballot.submit(Side::X, v(Decision::Pass)), Submit::Late);
    });
}

/// Both channels pass: whoever decides sees both passes, or the deadline
/// decided first and the decision has a hole (which 1oo2D turns into a Fault).
#[test]
fn loom_ballot_deadline_hole_is_never_a_full_pass() {
    loom::model(|| {
        let ballot = Arc::new(Ballot::new());
        let b1 = ballot.clone();
        let t1 = thread::spawn(move || b1.submit(Side::X, v(Decision::Pass)));
        let b2 = ballot.clone();
        let t2 = thread::spawn(move || b2.expire());
        let r1 = t1.join().unwrap();
        let r2 = t2.join().unwrap();
        match (r1, r2) {
            (Submit::Waiting, Some(slots)) => {
                assert!(slots[0].is_some() && slots[1].is_none())
            }
            (Submit::Late, Some(slots)) => assert!(slots[0].is_none() && slots[1].is_none()),
            other => panic!("impossible outcome {other:?}"),
        }
    });
}
