//! One evaluation in flight: its ballot, what is needed to record it, and the
//! way back to the client session.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use sha2::{Digest, Sha256};
use tokio::sync::oneshot;

use ipc::{
    now_ms, AuditEntry, ChannelOutcome, ChannelVerdict, Decision, Direction, RecordKind, Role,
};
use voter::{decide, Answer, Ballot, VerdictKind, Vote};

use crate::shared::{lock, Shared};

/// What the session gets back: the vote, the channels' parts, and where it
/// stands in the audit log (or why it is not there).
#[derive(Debug, Clone)]
pub struct Reply {
    pub vote: Vote,
    pub channels: Vec<ChannelOutcome>,
    pub audit: Result<u64, &'static str>,
    pub generation: u64,
}

/// Completion of one audit append.
pub struct AuditDone {
    tx: Option<oneshot::Sender<Reply>>,
    reply: Option<Reply>,
}

impl AuditDone {
    pub fn new(tx: oneshot::Sender<Reply>, reply: Reply) -> AuditDone {
        AuditDone {
            tx: Some(tx),
            reply: Some(reply),
        }
    }

    /// For records nobody waits on (security events).
    pub fn none() -> AuditDone {
        AuditDone {
            tx: None,
            reply: None,
        }
    }

    pub fn complete(mut self, result: Result<u64, &'static str>) {
        if let (Some(tx), Some(mut reply)) = (self.tx.take(), self.reply.take()) {
            reply.audit = result;
            let _ = tx.send(reply);
        }
    }
}

/// A request in flight: what was asked ([`NewRequest`], reachable through
/// `Deref`) plus the state of its vote.
pub struct Request {
    pub info: NewRequest,
    pub ballot: Ballot,
    pub roles: [Role; 2],
    /// This request's id on each channel link (0 = not sent).
    pub ids: [AtomicU64; 2],
    pub shared: Arc<Shared>,
    reply: Mutex<Option<oneshot::Sender<Reply>>>,
}

/// What a request asks, as routed by the voter.
pub struct NewRequest {
    pub direction: Direction,
    pub tenant_idx: u32,
    pub tenant: Option<String>,
    /// The tenant id the request was routed to (metrics label).
    pub tenant_id: String,
    pub generation: u64,
    pub prompt: String,
    pub response: Option<String>,
    pub system_prompt: Option<String>,
    pub pass_on_agreement: bool,
    pub store_text: bool,
    pub started: Instant,
}

pub fn roles_for(direction: Direction) -> [Role; 2] {
    match direction {
        Direction::Ingress => [Role::ChannelA, Role::ChannelB],
        Direction::Egress => [Role::ChannelE, Role::ChannelF],
    }
}

impl std::ops::Deref for Request {
    type Target = NewRequest;
    fn deref(&self) -> &NewRequest {
        &self.info
    }
}

impl Request {
    pub fn new(n: NewRequest, shared: Arc<Shared>, tx: oneshot::Sender<Reply>) -> Arc<Request> {
        Arc::new(Request {
            ballot: Ballot::new(),
            roles: roles_for(n.direction),
            info: n,
            ids: [AtomicU64::new(0), AtomicU64::new(0)],
            shared,
            reply: Mutex::new(Some(tx)),
        })
    }

    /// The text this request judges (prompt on ingress, response on egress).
    fn judged(&self) -> &str {
        match self.direction {
            Direction::Ingress => &self.prompt,
            Direction::Egress => self.response.as_deref().unwrap_or(""),
        }
    }

    /// The deadline passed: decide now with whatever arrived.
    pub fn expire(self: &Arc<Self>) {
        if let Some(slots) = self.ballot.expire() {
            for (i, role) in self.roles.iter().enumerate() {
                let id = self.ids[i].load(Ordering::Acquire);
                if id != 0 {
                    if let Some(link) = self.shared.channel_link(*role) {
                        link.forget(id);
                    }
                }
            }
            self.finish(slots);
        }
    }

    /// Decides with both slots (a hole is a channel that never answered), records
    /// the verdict, and answers the client once the record is durable.
    pub fn finish(self: &Arc<Self>, slots: [Option<ChannelVerdict>; 2]) {
        let [x, y] = slots;
        let ax = Answer {
            role: self.roles[0],
            verdict: x,
            missing: Some("ChannelTimeout"),
        };
        let ay = Answer {
            role: self.roles[1],
            verdict: y,
            missing: Some("ChannelTimeout"),
        };
        let vote = decide(self.direction, &ax, &ay, self.pass_on_agreement);
        let channels = vec![outcome(&ax), outcome(&ay)];
        let c = &self.shared.counters;
        match vote.kind {
            VerdictKind::Pass => &c.pass,
            VerdictKind::Block => &c.block,
            VerdictKind::DiagnosticAgreement => &c.diagnostic_agreement,
            VerdictKind::DiagnosticDisagreement => &c.diagnostic_disagreement,
        }
        .fetch_add(1, Ordering::Relaxed);
        self.shared.metrics.verdict(
            vote.kind.name(),
            self.direction,
            &self.tenant_id,
            vote.is_pass,
            vote.reason.as_deref(),
            &channels,
        );
        let fault = channels.iter().any(|c| c.decision == Decision::Fault);
        if vote.kind == VerdictKind::DiagnosticDisagreement || fault {
            if vote.kind == VerdictKind::DiagnosticDisagreement {
                tracing::warn!(
                    direction = self.direction.name(),
                    tenant = %self.tenant_id,
                    reason = vote.reason.as_deref().unwrap_or("-"),
                    "channels disagree"
                );
            }
            let event = if fault {
                "ChannelFault"
            } else {
                vote.kind.name()
            };
            self.shared.publish(serde_json::json!({
                "event": event,
                "ts_ms": now_ms(),
                "direction": self.direction.name(),
                "tenant": self.tenant_id,
                "reason": vote.reason,
                "channels": channels.iter().map(|c| serde_json::json!({
                    "channel": c.role.letter(), "decision": c.decision.name(), "reason": c.reason,
                })).collect::<Vec<_>>(),
            }));
        }
        let judged = self.judged();
        let entry = AuditEntry {
            ts_ms: now_ms(),
            kind: record_kind(vote.kind),
            tenant: self.tenant.clone(),
            direction: Some(self.direction),
            is_pass: vote.is_pass,
            reason: vote.reason.clone(),
            intent: vote.intent,
            channels: channels.clone(),
            input_sha256: Some(Sha256::digest(judged.as_bytes()).into()),
            input_len: judged.len() as u64,
            policy_generation: self.generation,
            text: self.store_text.then(|| judged.to_string()),
            detail: None,
        };
        let reply = Reply {
            vote,
            channels,
            audit: Err(crate::link::AUDIT_UNAVAILABLE),
            generation: self.generation,
        };
        let Some(tx) = lock(&self.reply).take() else {
            return;
        };
        self.shared.append_audit(entry, AuditDone::new(tx, reply));
    }
}

fn outcome(a: &Answer) -> ChannelOutcome {
    match &a.verdict {
        Some(v) => ChannelOutcome {
            role: a.role,
            decision: v.decision,
            intent: v.intent,
            reason: v.reason.clone(),
            us: v.us,
        },
        None => ChannelOutcome {
            role: a.role,
            decision: Decision::Fault,
            intent: None,
            reason: a.missing.map(str::to_string),
            us: 0,
        },
    }
}

pub fn record_kind(k: VerdictKind) -> RecordKind {
    match k {
        VerdictKind::Pass => RecordKind::Pass,
        VerdictKind::Block => RecordKind::Block,
        VerdictKind::DiagnosticAgreement => RecordKind::DiagnosticAgreement,
        VerdictKind::DiagnosticDisagreement => RecordKind::DiagnosticDisagreement,
    }
}

impl Shared {
    /// Appends to the audit log, or fails the entry at once when the audit
    /// process is not available.
    pub fn append_audit(&self, entry: AuditEntry, done: AuditDone) {
        match self.audit_link() {
            Some(link) => link.append(entry, done),
            None => done.complete(Err(crate::link::AUDIT_UNAVAILABLE)),
        }
    }

    /// Records a security event nobody waits on.
    pub fn audit_event(&self, kind: RecordKind, tenant: Option<String>, detail: String) {
        let generation = self.policy().generation();
        let entry = AuditEntry::event(kind, tenant, None, generation, detail);
        self.append_audit(entry, AuditDone::none());
    }
}
