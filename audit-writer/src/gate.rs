//! The group-commit core: a pending queue plus a durable watermark.
//!
//! Appenders [`enqueue`](CommitGate::enqueue) items and get a [`Ticket`] (tickets
//! are consecutive from 1, in queue order). The single committer thread of the
//! in-process [`AuditLog`](crate::AuditLog)
//! [`take`](CommitGate::take)s everything queued at once, writes it, makes it
//! durable with one `fdatasync`, and [`resolve`](CommitGate::resolve)s the whole
//! batch with one result per item (durable with its first seq, or failed). Only
//! then does the watermark advance and are the waiters of that batch released.
//!
//! Invariants (checked by the loom model in `tests/loom_durable_gate.rs`):
//! * a waiter returns only after the writer resolved its ticket, so never before
//!   its record is durable (the writer resolves after the fsync);
//! * every ticket handed out is taken by the writer exactly once, in order, and
//!   resolved exactly once: nothing queued is lost, even when `close` races appends;
//! * an append after `close` is refused rather than silently dropped;
//! * a full queue blocks appenders (backpressure) until the writer takes it.
//!
//! Interleavings the model covers (preemption bound 3): two appenders racing each
//! other and the writer (a batch holding one or both items; a waiter arriving
//! before or after its batch is resolved); a failed batch followed by a durable one;
//! `close` racing an append and a sleeping writer; a capacity-1 queue where the
//! second append must wait for the writer's `take`.
//!
//! The type is std-only (through `crate::sync`) so loom can check it; it knows
//! nothing about files or sockets.

use std::collections::VecDeque;

use crate::sync::{Arc, Condvar, Mutex, MutexGuard};

/// Position of an item in the queue (consecutive from 1).
pub type Ticket = u64;

/// The gate was closed: no more appends are accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Closed;

struct Queued<T> {
    item: T,
    waited: bool,
}

struct State<T, R> {
    queue: VecDeque<Queued<T>>,
    /// Ticket of the first item in `queue`.
    queue_first: Ticket,
    capacity: usize,
    /// Highest ticket handed to the writer.
    taken_through: Ticket,
    /// Every ticket at or below this one is resolved (durable or failed).
    resolved_through: Ticket,
    /// Results kept for appenders that will `wait`, in ticket order.
    results: VecDeque<(Ticket, R)>,
    closed: bool,
}

struct Shared<T, R> {
    state: Mutex<State<T, R>>,
    /// Signalled when work arrives or the gate closes (the writer sleeps on it).
    work: Condvar,
    /// Signalled when a batch is resolved (waiters sleep on it).
    done: Condvar,
    /// Signalled when the writer empties the queue (full appenders sleep on it).
    space: Condvar,
}

/// What the writer took: resolve it with one result per item, in order.
#[derive(Debug)]
pub struct Receipt {
    first: Ticket,
    waited: Vec<bool>,
}

impl Receipt {
    pub fn first(&self) -> Ticket {
        self.first
    }
    pub fn len(&self) -> usize {
        self.waited.len()
    }
    pub fn is_empty(&self) -> bool {
        self.waited.is_empty()
    }
}

/// See the module docs.
pub struct CommitGate<T, R> {
    shared: Arc<Shared<T, R>>,
}

impl<T, R> Clone for CommitGate<T, R> {
    fn clone(&self) -> Self {
        CommitGate {
            shared: self.shared.clone(),
        }
    }
}

impl<T, R> CommitGate<T, R> {
    /// A gate whose queue holds at most `capacity` items (at least 1).
    pub fn new(capacity: usize) -> Self {
        CommitGate {
            shared: Arc::new(Shared {
                state: Mutex::new(State {
                    queue: VecDeque::new(),
                    queue_first: 1,
                    capacity: capacity.max(1),
                    taken_through: 0,
                    resolved_through: 0,
                    results: VecDeque::new(),
                    closed: false,
                }),
                work: Condvar::new(),
                done: Condvar::new(),
                space: Condvar::new(),
            }),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State<T, R>> {
        // Nothing here panics while holding the lock; if a caller's thread did,
        // the counters are still consistent, so keep going.
        match self.shared.state.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        }
    }

    /// Queues `item` without keeping its result (the writer reports it elsewhere).
    pub fn enqueue(&self, item: T) -> Result<Ticket, Closed> {
        self.push(item, false)
    }

    /// Queues `item` and keeps its result for [`wait`](Self::wait).
    pub fn enqueue_waiting(&self, item: T) -> Result<Ticket, Closed> {
        self.push(item, true)
    }

    fn push(&self, item: T, waited: bool) -> Result<Ticket, Closed> {
        let mut s = self.lock();
        while !s.closed && s.queue.len() >= s.capacity {
            s = wait_on(&self.shared.space, s);
        }
        if s.closed {
            return Err(Closed);
        }
        let ticket = s.queue_first + s.queue.len() as Ticket;
        s.queue.push_back(Queued { item, waited });
        drop(s);
        self.shared.work.notify_one();
        Ok(ticket)
    }

    /// Writer side: blocks until something is queued, then takes all of it.
    /// `None` once the gate is closed and drained.
    pub fn take(&self) -> Option<(Receipt, Vec<T>)> {
        let mut s = self.lock();
        while s.queue.is_empty() && !s.closed {
            s = wait_on(&self.shared.work, s);
        }
        if s.queue.is_empty() {
            return None;
        }
        let first = s.queue_first;
        let n = s.queue.len();
        let mut items = Vec::with_capacity(n);
        let mut waited = Vec::with_capacity(n);
        for q in s.queue.drain(..) {
            items.push(q.item);
            waited.push(q.waited);
        }
        s.queue_first = first + n as Ticket;
        s.taken_through = s.queue_first - 1;
        drop(s);
        self.shared.space.notify_all();
        Some((Receipt { first, waited }, items))
    }

    /// Writer side: the batch of `receipt` is finished (call only after the fsync
    /// that made it durable, or after it failed). `results` holds one result per
    /// item in order; a missing result leaves its waiter with `None`.
    pub fn resolve(&self, receipt: Receipt, results: Vec<R>) {
        let mut s = self.lock();
        let last = receipt.first + receipt.waited.len() as Ticket - 1;
        for (i, r) in results.into_iter().enumerate() {
            if receipt.waited.get(i).copied().unwrap_or(false) {
                s.results.push_back((receipt.first + i as Ticket, r));
            }
        }
        // Batches are resolved in the order they were taken, so the watermark
        // only moves forward and never past what was taken.
        if last > s.resolved_through && last <= s.taken_through {
            s.resolved_through = last;
        }
        drop(s);
        self.shared.done.notify_all();
    }

    /// Blocks until `ticket` is resolved; returns its result (once).
    pub fn wait(&self, ticket: Ticket) -> Option<R> {
        let mut s = self.lock();
        while s.resolved_through < ticket {
            s = wait_on(&self.shared.done, s);
        }
        let pos = s.results.iter().position(|(t, _)| *t == ticket)?;
        s.results.remove(pos).map(|(_, r)| r)
    }

    /// Refuses further appends; the writer still drains what is queued.
    pub fn close(&self) {
        let mut s = self.lock();
        s.closed = true;
        drop(s);
        self.shared.work.notify_all();
        self.shared.space.notify_all();
    }

    /// Highest ticket whose outcome is known.
    pub fn resolved_through(&self) -> Ticket {
        self.lock().resolved_through
    }

    /// Items queued and not yet taken.
    pub fn queued(&self) -> usize {
        self.lock().queue.len()
    }
}

fn wait_on<'a, S>(cv: &Condvar, g: MutexGuard<'a, S>) -> MutexGuard<'a, S> {
    match cv.wait(g) {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    }
}

#[cfg(all(test, not(pg_loom)))]
mod tests {
    use super::*;

    #[test]
    fn waiter_gets_its_result_after_resolve() {
        let gate: CommitGate<u32, Result<u64, String>> = CommitGate::new(8);
        let t1 = gate.enqueue_waiting(10).unwrap();
        let t2 = gate.enqueue(11).unwrap();
        assert_eq!((t1, t2), (1, 2));
        let (r, items) = gate.take().unwrap();
        assert_eq!(items, vec![10, 11]);
        assert_eq!(gate.resolved_through(), 0);
        gate.resolve(r, vec![Ok(5), Ok(6)]);
        assert_eq!(gate.wait(t1), Some(Ok(5)));
        // Not kept for a fire-and-forget ticket.
        assert_eq!(gate.wait(t2), None);
        assert_eq!(gate.resolved_through(), 2);
    }

    #[test]
    fn close_drains_then_ends() {
        let gate: CommitGate<u32, ()> = CommitGate::new(8);
        gate.enqueue(1).unwrap();
        gate.close();
        assert_eq!(gate.enqueue(2), Err(Closed));
        let (r, items) = gate.take().unwrap();
        assert_eq!(items, vec![1]);
        gate.resolve(r, vec![()]);
        assert!(gate.take().is_none());
    }
}
