//! The supervisor's end of one child socket.
//!
//! Callers enqueue encoded frames into an [`Outbox`] under a short lock and wake
//! its writer task, which sends everything queued in one `write` (many requests
//! per wake-up under load). Replies are matched by id in the link's pending table.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use serde::de::DeserializeOwned;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::unix::{OwnedReadHalf, OwnedWriteHalf};
use tokio::sync::Notify;

use ipc::frame;
use ipc::{AuditEntry, ChannelVerdict, Decision, EvalRequestRef, ToAudit, ToChannelRef};
use voter::{Side, Submit};

use crate::request::{AuditDone, Request};
use crate::shared::lock;

/// Encoded frames waiting for the writer task.
#[derive(Default)]
pub struct Outbox {
    buf: Mutex<Vec<u8>>,
    wake: Notify,
    closed: AtomicBool,
}

impl Outbox {
    /// Encodes `msg` into the queue. False when the link is closed or the frame
    /// cannot be encoded (too large).
    pub fn push<T: serde::Serialize>(&self, msg: &T) -> bool {
        if self.closed.load(Ordering::Acquire) {
            return false;
        }
        let ok = frame::encode_into(msg, &mut lock(&self.buf)).is_ok();
        self.wake.notify_one();
        ok
    }

    pub fn wake(&self) {
        self.wake.notify_one();
    }

    pub fn close(&self) {
        self.closed.store(true, Ordering::Release);
        self.wake.notify_one();
    }

    pub fn is_closed(&self) -> bool {
        self.closed.load(Ordering::Acquire)
    }

    /// Writer task: sends whatever is queued (plus what `fill` adds) per wake-up.
    pub async fn run_writer<F>(self: Arc<Self>, mut w: OwnedWriteHalf, mut fill: F)
    where
        F: FnMut(&mut Vec<u8>) + Send,
    {
        let mut local = Vec::with_capacity(64 * 1024);
        loop {
            self.wake.notified().await;
            {
                let mut q = lock(&self.buf);
                std::mem::swap(&mut *q, &mut local);
            }
            fill(&mut local);
            if !local.is_empty() && w.write_all(&local).await.is_err() {
                self.close();
                return;
            }
            local.clear();
            if local.capacity() > 4 << 20 {
                local.shrink_to(64 * 1024);
            }
            if self.is_closed() {
                return;
            }
        }
    }
}

/// Reads frames until end of file or an error; calls `on_frame` for each.
pub async fn read_frames<T, F>(mut r: OwnedReadHalf, mut on_frame: F) -> String
where
    T: DeserializeOwned,
    F: FnMut(T),
{
    let mut buf: Vec<u8> = Vec::with_capacity(64 * 1024);
    let mut start = 0usize;
    loop {
        loop {
            match frame::decode_from::<T>(&buf[start..]) {
                Ok(Some((msg, used))) => {
                    start += used;
                    on_frame(msg);
                }
                Ok(None) => break,
                Err(e) => return format!("bad frame from child: {e}"),
            }
        }
        if start > 0 {
            buf.drain(..start);
            start = 0;
        }
        if buf.capacity() - buf.len() < 16 * 1024 {
            buf.reserve(64 * 1024);
        }
        match r.read_buf(&mut buf).await {
            Ok(0) => return "socket closed".into(),
            Ok(_) => {}
            Err(e) => return format!("socket read error: {e}"),
        }
    }
}

/// Most requests outstanding on one channel process.
pub const MAX_PENDING_PER_CHILD: usize = 1024;

/// Link to one channel process.
#[derive(Default)]
pub struct ChannelLink {
    pub outbox: Arc<Outbox>,
    /// Requests written to the child and not yet answered by it (late answers
    /// to expired requests included): what the child still has queued.
    outstanding: AtomicUsize,
    pending: Mutex<HashMap<u64, (Arc<Request>, Side)>>,
    next_id: AtomicU64,
}

impl ChannelLink {
    pub fn new() -> ChannelLink {
        ChannelLink {
            outbox: Arc::new(Outbox::default()),
            outstanding: AtomicUsize::new(0),
            pending: Mutex::new(HashMap::new()),
            next_id: AtomicU64::new(1),
        }
    }

    /// Sends one request; returns its id on this link, or why it was not sent.
    pub fn send_eval(&self, req: &Arc<Request>, side: Side) -> Result<u64, &'static str> {
        if self.outbox.is_closed() {
            return Err("ChannelDown");
        }
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        {
            // A child that falls this far behind cannot answer within the
            // deadline anyway: fail fast instead of queueing work that will be late.
            if self.outstanding.load(Ordering::Acquire) >= MAX_PENDING_PER_CHILD {
                return Err("ChannelOverloaded");
            }
            self.outstanding.fetch_add(1, Ordering::AcqRel);
            lock(&self.pending).insert(id, (req.clone(), side));
        }
        let msg = ToChannelRef::Evaluate(EvalRequestRef {
            id,
            generation: req.generation,
            tenant: req.tenant_idx,
            prompt: &req.prompt,
            response: req.response.as_deref(),
            system_prompt: req.system_prompt.as_deref(),
        });
        if self.outbox.push(&msg) {
            Ok(id)
        } else {
            lock(&self.pending).remove(&id);
            self.outstanding.fetch_sub(1, Ordering::AcqRel);
            Err("ChannelDown")
        }
    }

    /// A verdict arrived from the child.
    pub fn resolve(&self, v: ChannelVerdict) -> Option<(Arc<Request>, Side, Submit)> {
        let _ = self
            .outstanding
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| n.checked_sub(1));
        let (req, side) = lock(&self.pending).remove(&v.id)?;
        let submit = req.ballot.submit(side, v);
        Some((req, side, submit))
    }

    /// Drops the pending entry of a request decided without this answer.
    pub fn forget(&self, id: u64) {
        lock(&self.pending).remove(&id);
    }

    /// The child is gone: every request still waiting on it gets a Fault now
    /// rather than at its deadline.
    pub fn fail_all(&self, reason: &'static str) {
        self.outbox.close();
        let drained: Vec<_> = lock(&self.pending).drain().collect();
        for (id, (req, side)) in drained {
            let v = ChannelVerdict {
                id,
                decision: Decision::Fault,
                intent: None,
                reason: Some(reason.to_string()),
                us: 0,
            };
            if let Submit::Decided(slots) = req.ballot.submit(side, v) {
                req.finish(slots);
            }
        }
    }
}

struct AuditQueue {
    staged: Vec<AuditEntry>,
    staged_first_cid: u64,
    next_cid: u64,
    waiting: VecDeque<(u64, AuditDone)>,
}

/// Link to the audit process. Entries are staged and sent as one `Append` per
/// writer wake-up; acknowledgements release waiters in order.
pub struct AuditLink {
    pub outbox: Arc<Outbox>,
    queue: Mutex<AuditQueue>,
}

/// Why an entry was not made durable.
pub const AUDIT_UNAVAILABLE: &str = "AuditUnavailable";

impl Default for AuditLink {
    fn default() -> Self {
        AuditLink::new()
    }
}

impl AuditLink {
    pub fn new() -> AuditLink {
        AuditLink {
            outbox: Arc::new(Outbox::default()),
            queue: Mutex::new(AuditQueue {
                staged: Vec::new(),
                staged_first_cid: 1,
                next_cid: 1,
                waiting: VecDeque::new(),
            }),
        }
    }

    /// Queues `entry`; `done` is called with its seq once durable, or with an error.
    pub fn append(&self, entry: AuditEntry, done: AuditDone) {
        if self.outbox.is_closed() {
            done.complete(Err(AUDIT_UNAVAILABLE));
            return;
        }
        {
            let mut q = lock(&self.queue);
            let cid = q.next_cid;
            q.next_cid += 1;
            if q.staged.is_empty() {
                q.staged_first_cid = cid;
            }
            q.staged.push(entry);
            q.waiting.push_back((cid, done));
        }
        self.outbox.wake();
    }

    /// Called by the writer task: moves staged entries into one Append frame.
    pub fn drain_into(&self, out: &mut Vec<u8>) {
        let (first_cid, entries) = {
            let mut q = lock(&self.queue);
            if q.staged.is_empty() {
                return;
            }
            (q.staged_first_cid, std::mem::take(&mut q.staged))
        };
        let msg = ToAudit::Append { first_cid, entries };
        if let Err(e) = frame::encode_into(&msg, out) {
            tracing::error!(error = %e, "audit batch could not be encoded");
            self.fail_range(first_cid, u64::MAX);
        }
    }

    /// Entries `first_cid..=last_cid` are durable from `first_seq` on.
    pub fn committed(&self, first_cid: u64, last_cid: u64, first_seq: u64) -> u64 {
        let mut released = Vec::new();
        {
            let mut q = lock(&self.queue);
            while let Some((cid, _)) = q.waiting.front() {
                if *cid > last_cid {
                    break;
                }
                let Some((cid, done)) = q.waiting.pop_front() else {
                    break;
                };
                let seq = (cid >= first_cid).then(|| first_seq + (cid - first_cid));
                released.push((seq, done));
            }
        }
        let mut top = 0;
        for (seq, done) in released {
            match seq {
                Some(s) => {
                    top = top.max(s);
                    done.complete(Ok(s));
                }
                // Skipped by the audit process: never acknowledged, so never a pass.
                None => done.complete(Err(AUDIT_UNAVAILABLE)),
            }
        }
        top
    }

    pub fn fail_range(&self, _first_cid: u64, last_cid: u64) {
        let mut failed = Vec::new();
        {
            let mut q = lock(&self.queue);
            while let Some((cid, _)) = q.waiting.front() {
                if *cid > last_cid {
                    break;
                }
                // Anything older than the failed range was skipped: fail it too.
                if let Some((_, done)) = q.waiting.pop_front() {
                    failed.push(done);
                }
            }
        }
        for done in failed {
            done.complete(Err(AUDIT_UNAVAILABLE));
        }
    }

    /// The audit process is gone: every unacknowledged entry fails.
    pub fn fail_all(&self) {
        self.outbox.close();
        self.fail_range(0, u64::MAX);
        lock(&self.queue).staged.clear();
    }
}
