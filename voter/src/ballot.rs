//! The ballot of one request: two slots, one decision.
//!
//! Each channel's answer is submitted once; the request deadline calls
//! [`Ballot::expire`]. Whichever call completes the ballot first (the second
//! answer, or the deadline) receives the slots and is the only one that decides;
//! every later call sees `Late` / `None`. So a request is decided exactly once,
//! a missing answer is visible to the decider as an empty slot (= Fault), and
//! there is no waiter that can miss its wake-up: the decider *is* the caller
//! that completed the ballot.
//!
//! Interleavings covered by the loom models in `voter/tests/loom_ballot.rs`:
//! both answers racing each other and the deadline; an answer arriving after the
//! deadline (ignored, reported `Late`); a duplicate answer for one side.

use ipc::ChannelVerdict;

use crate::sync::{Mutex, MutexGuard};

/// Which of the pair: `X` is the FSM channel (A or E), `Y` the rules channel (B or F).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    X,
    Y,
}

/// What a submission did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Submit {
    /// This submission completed the ballot: the caller decides, with both slots.
    Decided([Option<ChannelVerdict>; 2]),
    /// Stored; the other side (or the deadline) will decide.
    Waiting,
    /// The ballot was already decided (deadline passed) or this side had already
    /// answered: the answer is ignored.
    Late,
}

#[derive(Debug, Default)]
struct State {
    slots: [Option<ChannelVerdict>; 2],
    decided: bool,
}

/// See the module docs.
#[derive(Debug, Default)]
pub struct Ballot {
    state: Mutex<State>,
}

impl Ballot {
    pub fn new() -> Ballot {
        Ballot::default()
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // The state is always consistent between statements; a panic elsewhere
        // while holding the lock must not wedge every later request.
        match self.state.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        }
    }

    /// Records one channel's answer.
    pub fn submit(&self, side: Side, verdict: ChannelVerdict) -> Submit {
        let mut s = self.lock();
        let i = side as usize;
        if s.decided || s.slots[i].is_some() {
            return Submit::Late;
        }
        s.slots[i] = Some(verdict);
        if s.slots[0].is_some() && s.slots[1].is_some() {
            s.decided = true;
            Submit::Decided(std::mem::take(&mut s.slots))
        } else {
            Submit::Waiting
        }
    }

    /// The deadline passed: returns the slots if this call decided the ballot.
    pub fn expire(&self) -> Option<[Option<ChannelVerdict>; 2]> {
        let mut s = self.lock();
        if s.decided {
            return None;
        }
        s.decided = true;
        Some(std::mem::take(&mut s.slots))
    }

    pub fn is_decided(&self) -> bool {
        self.lock().decided
    }
}

#[cfg(all(test, not(pg_loom)))]
mod tests {
    use super::*;
    use ipc::Decision;

    fn v(id: u64) -> ChannelVerdict {
        ChannelVerdict {
            id,
            decision: Decision::Pass,
            intent: None,
            reason: None,
            us: 1,
        }
    }

    #[test]
    fn second_answer_decides() {
        let b = Ballot::new();
        assert_eq!(b.submit(Side::X, v(1)), Submit::Waiting);
        match b.submit(Side::Y, v(2)) {
            Submit::Decided([Some(x), Some(y)]) => assert_eq!((x.id, y.id), (1, 2)),
            other => panic!("{other:?}"),
        }
        assert_eq!(b.expire(), None);
    }

    #[test]
    fn deadline_decides_with_a_hole_and_late_answers_are_ignored() {
        let b = Ballot::new();
        assert_eq!(b.submit(Side::Y, v(2)), Submit::Waiting);
        let slots = b.expire().unwrap();
        assert!(slots[0].is_none() && slots[1].is_some());
        assert_eq!(b.submit(Side::X, v(1)), Submit::Late);
        assert!(b.is_decided());
    }

    #[test]
    fn duplicate_answer_is_late() {
        let b = Ballot::new();
        assert_eq!(b.submit(Side::X, v(1)), Submit::Waiting);
        assert_eq!(b.submit(Side::X, v(1)), Submit::Late);
    }
}
