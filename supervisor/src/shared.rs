//! State shared by the supervisor's actors and client sessions.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Instant;

use ipc::{ChildStats, Role};

use crate::config::GateConfig;
use crate::link::{AuditLink, ChannelLink};
use crate::tenants::Policy;

/// Lifecycle of one child process as `status` reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProcState {
    Starting,
    Ready,
    Restarting,
    Stopped,
}

impl ProcState {
    pub fn name(self) -> &'static str {
        match self {
            ProcState::Starting => "starting",
            ProcState::Ready => "ready",
            ProcState::Restarting => "restarting",
            ProcState::Stopped => "stopped",
        }
    }
}

#[derive(Debug, Clone)]
pub struct ProcInfo {
    pub pid: u32,
    pub state: ProcState,
    pub restarts: u64,
    pub since: Instant,
    pub stats: ChildStats,
}

/// Verdict and traffic counters.
#[derive(Debug, Default)]
pub struct Counters {
    pub pass: AtomicU64,
    pub block: AtomicU64,
    pub diagnostic_agreement: AtomicU64,
    pub diagnostic_disagreement: AtomicU64,
    pub audit_unavailable: AtomicU64,
    pub late_answers: AtomicU64,
    pub connections: AtomicU64,
    pub in_flight: AtomicU64,
    pub bad_requests: AtomicU64,
    /// Refused connections not yet in an audit record, and when the last one was written.
    pub refused_unaudited: AtomicU64,
    pub refused_audited_ms: AtomicU64,
}

pub fn role_index(role: Role) -> usize {
    match role {
        Role::ChannelA => 0,
        Role::ChannelB => 1,
        Role::ChannelE => 2,
        Role::ChannelF => 3,
        Role::Audit => 4,
    }
}

/// Roles in `status` order.
pub const STATUS_ORDER: [Role; 5] = [
    Role::ChannelA,
    Role::ChannelB,
    Role::ChannelE,
    Role::ChannelF,
    Role::Audit,
];

pub struct Shared {
    pub config: GateConfig,
    pub procs: [Mutex<ProcInfo>; 5],
    channel_links: [RwLock<Option<Arc<ChannelLink>>>; 4],
    audit_link: RwLock<Option<Arc<AuditLink>>>,
    /// The policy in force (the voter swaps it on reload).
    pub policy: RwLock<Arc<Policy>>,
    pub counters: Counters,
    pub started: Instant,
    /// Set once every child was ready at the same time (READY=1 sent).
    pub initialised: std::sync::atomic::AtomicBool,
    pub last_seq: AtomicU64,
    pub durable_seq: AtomicU64,
    pub init_token: Option<crate::token::Token>,
    pub metrics: crate::metrics::Metrics,
    /// Live events for `watch` subscribers (disagreements, faults, restarts).
    pub events: tokio::sync::broadcast::Sender<String>,
}

fn read<T: Clone>(l: &RwLock<T>) -> T {
    match l.read() {
        Ok(g) => g.clone(),
        Err(p) => p.into_inner().clone(),
    }
}

fn write<T>(l: &RwLock<T>, v: T) {
    match l.write() {
        Ok(mut g) => *g = v,
        Err(p) => *p.into_inner() = v,
    }
}

pub fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    match m.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    }
}

impl Shared {
    pub fn new(
        config: GateConfig,
        policy: Policy,
        init_token: Option<crate::token::Token>,
    ) -> Shared {
        let now = Instant::now();
        let proc = || {
            Mutex::new(ProcInfo {
                pid: 0,
                state: ProcState::Starting,
                restarts: 0,
                since: now,
                stats: ChildStats::default(),
            })
        };
        Shared {
            config,
            procs: [proc(), proc(), proc(), proc(), proc()],
            channel_links: Default::default(),
            audit_link: RwLock::new(None),
            policy: RwLock::new(Arc::new(policy)),
            counters: Counters::default(),
            started: now,
            initialised: Default::default(),
            last_seq: AtomicU64::new(0),
            durable_seq: AtomicU64::new(0),
            init_token,
            metrics: crate::metrics::Metrics::new(),
            events: tokio::sync::broadcast::channel(1024).0,
        }
    }

    pub fn channel_link(&self, role: Role) -> Option<Arc<ChannelLink>> {
        self.channel_links.get(role_index(role)).and_then(read)
    }

    pub fn set_channel_link(&self, role: Role, link: Option<Arc<ChannelLink>>) {
        if let Some(l) = self.channel_links.get(role_index(role)) {
            write(l, link);
        }
    }

    pub fn audit_link(&self) -> Option<Arc<AuditLink>> {
        read(&self.audit_link)
    }

    pub fn set_audit_link(&self, link: Option<Arc<AuditLink>>) {
        write(&self.audit_link, link);
    }

    pub fn policy(&self) -> Arc<Policy> {
        read(&self.policy)
    }

    pub fn set_policy(&self, p: Arc<Policy>) {
        write(&self.policy, p);
    }

    /// Streams an event line to `watch` subscribers (dropped when nobody listens).
    pub fn publish(&self, event: serde_json::Value) {
        if self.events.receiver_count() > 0 {
            let _ = self.events.send(event.to_string());
        }
    }

    pub fn proc(&self, role: Role) -> std::sync::MutexGuard<'_, ProcInfo> {
        lock(&self.procs[role_index(role)])
    }

    pub fn all_ready(&self) -> bool {
        STATUS_ORDER
            .iter()
            .all(|r| self.proc(*r).state == ProcState::Ready)
    }

    /// "ok" when every child is ready, "initialising" before the first time they
    /// all were, "degraded" after.
    pub fn health(&self) -> &'static str {
        if self.all_ready() {
            "ok"
        } else if self.initialised.load(Ordering::Acquire) {
            "degraded"
        } else {
            "initialising"
        }
    }
}
