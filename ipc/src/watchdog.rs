//! The evaluation slot shared by a channel's serving thread and its watchdog thread.
//!
//! The worker announces each evaluation with [`EvalSlot::begin`] and closes it with
//! [`EvalSlot::finish`]; the watchdog calls [`EvalSlot::check`] periodically. The slot
//! guarantees that each evaluation is answered exactly once: either the worker's
//! verdict (finished in time) or the watchdog's `Fault` (deadline passed first),
//! never both and never neither. Time is passed in by the caller (microseconds on
//! any monotonic clock) so the type is std-only and loom can check it.
//!
//! Interleavings covered by the loom model (`ipc/tests/loom_watchdog.rs`):
//! worker finishing before, during and after a watchdog check that sees the
//! deadline passed; shutdown racing both; repeated checks after an overrun.

use crate::sync::{Arc, Mutex};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Idle,
    Running {
        job: u64,
        started_us: u64,
    },
    /// The watchdog answered `Fault` for this job; the worker's late verdict is dropped.
    Reported {
        job: u64,
        started_us: u64,
    },
}

/// What the watchdog should do after a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// Nothing running, or running within the deadline.
    Fine,
    /// The deadline passed for `job`: the watchdog now owns its answer (`Fault`).
    Overrun { job: u64 },
    /// `job` is still running past the hard limit: the process should exit.
    Stuck { job: u64 },
}

#[derive(Debug)]
struct Inner {
    state: State,
    shutdown: bool,
}

/// See the module docs.
#[derive(Debug, Clone)]
pub struct EvalSlot {
    inner: Arc<Mutex<Inner>>,
}

impl Default for EvalSlot {
    fn default() -> Self {
        EvalSlot {
            inner: Arc::new(Mutex::new(Inner {
                state: State::Idle,
                shutdown: false,
            })),
        }
    }
}

impl EvalSlot {
    fn lock(&self) -> crate::sync::MutexGuard<'_, Inner> {
        // A poisoned lock means a thread panicked while holding it; the state is a
        // plain enum that is always valid, so carry on with it.
        match self.inner.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        }
    }

    /// The worker starts evaluating `job`.
    pub fn begin(&self, job: u64, now_us: u64) {
        self.lock().state = State::Running {
            job,
            started_us: now_us,
        };
    }

    /// The worker finished `job`. Returns true when the worker must send its
    /// verdict, false when the watchdog already answered for it.
    pub fn finish(&self, job: u64) -> bool {
        let mut g = self.lock();
        let own = matches!(g.state, State::Running { job: j, .. } if j == job);
        g.state = State::Idle;
        own
    }

    /// The watchdog looks at the slot at time `now_us`.
    pub fn check(&self, now_us: u64, deadline_us: u64, hard_limit_us: u64) -> Check {
        let mut g = self.lock();
        match g.state {
            State::Idle => Check::Fine,
            State::Running { job, started_us } => {
                let ran = now_us.saturating_sub(started_us);
                if ran >= hard_limit_us {
                    g.state = State::Reported { job, started_us };
                    Check::Stuck { job }
                } else if ran >= deadline_us {
                    g.state = State::Reported { job, started_us };
                    Check::Overrun { job }
                } else {
                    Check::Fine
                }
            }
            State::Reported { job, started_us } => {
                if now_us.saturating_sub(started_us) >= hard_limit_us {
                    Check::Stuck { job }
                } else {
                    Check::Fine
                }
            }
        }
    }

    /// Asks the watchdog thread to stop.
    pub fn shutdown(&self) {
        self.lock().shutdown = true;
    }

    pub fn is_shutdown(&self) -> bool {
        self.lock().shutdown
    }
}

#[cfg(all(test, not(pg_loom)))]
mod tests {
    use super::*;

    #[test]
    fn finished_in_time_is_the_workers() {
        let s = EvalSlot::default();
        s.begin(1, 0);
        assert_eq!(s.check(10, 50, 100), Check::Fine);
        assert!(s.finish(1));
        assert_eq!(s.check(1000, 50, 100), Check::Fine);
    }

    #[test]
    fn overrun_is_reported_once_and_late_verdict_dropped() {
        let s = EvalSlot::default();
        s.begin(1, 0);
        assert_eq!(s.check(60, 50, 100), Check::Overrun { job: 1 });
        assert_eq!(s.check(70, 50, 100), Check::Fine);
        assert!(!s.finish(1));
    }

    #[test]
    fn stuck_worker_is_detected() {
        let s = EvalSlot::default();
        s.begin(4, 0);
        assert_eq!(s.check(60, 50, 100), Check::Overrun { job: 4 });
        assert_eq!(s.check(120, 50, 100), Check::Stuck { job: 4 });
    }
}
