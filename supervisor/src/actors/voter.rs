//! The voter actor: routes each request to its tenant, sends it to both channels
//! of its direction, and expires ballots at the request deadline.
//!
//! It is also the only place that installs channel links and pushes policies, so
//! a policy frame always precedes, on every channel socket, the first request
//! stamped with its generation.

use std::collections::VecDeque;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ractor::{Actor, ActorProcessingErr, ActorRef};
use tokio::sync::oneshot;

use ipc::peer::PeerCred;
use ipc::{
    now_ms, AuditEntry, ChannelVerdict, Decision, Direction, RecordKind, Role, ToChannelRef,
};
use voter::{Side, Submit, VerdictKind, Vote};

use crate::link::ChannelLink;
use crate::request::{roles_for, AuditDone, NewRequest, Reply, Request};
use crate::shared::Shared;
use crate::tenants::{Policy, Route};

/// One evaluation asked by a client session.
pub struct Job {
    pub direction: Direction,
    pub tenant: Option<String>,
    pub peer: PeerCred,
    pub prompt: String,
    pub response: Option<String>,
    pub system_prompt: Option<String>,
    pub started: Instant,
    pub reply: oneshot::Sender<Reply>,
}

pub enum VoterMsg {
    Evaluate(Job),
    /// Expire ballots whose deadline passed.
    Tick,
    /// A channel process is ready under the given policy generation: bring it
    /// up to date if a reload happened meanwhile, then route to it.
    ChannelReady(Role, Arc<ChannelLink>, u64),
    /// Install a new, already validated policy; answers with its generation.
    Reload(Arc<Policy>, oneshot::Sender<u64>),
}

pub struct Voter;

pub struct VoterState {
    shared: Arc<Shared>,
    policy: Arc<Policy>,
    deadline: Duration,
    pending: VecDeque<(Instant, Arc<Request>)>,
}

impl Actor for Voter {
    type Msg = VoterMsg;
    type State = VoterState;
    type Arguments = Arc<Shared>;

    async fn pre_start(
        &self,
        myself: ActorRef<VoterMsg>,
        shared: Arc<Shared>,
    ) -> Result<VoterState, ActorProcessingErr> {
        // A coarse sweep is enough: the deadline is 100 ms by default.
        myself.send_interval(Duration::from_millis(5), || VoterMsg::Tick);
        Ok(VoterState {
            policy: shared.policy(),
            deadline: shared.config.channel_deadline(),
            shared,
            pending: VecDeque::new(),
        })
    }

    async fn handle(
        &self,
        _myself: ActorRef<VoterMsg>,
        msg: VoterMsg,
        state: &mut VoterState,
    ) -> Result<(), ActorProcessingErr> {
        match msg {
            VoterMsg::Evaluate(job) => state.evaluate(job),
            VoterMsg::Tick => state.expire(Instant::now()),
            VoterMsg::ChannelReady(role, link, generation) => {
                if generation != state.policy.generation() {
                    link.outbox
                        .push(&ToChannelRef::Policy(&state.policy.snapshot));
                }
                state.shared.set_channel_link(role, Some(link));
            }
            VoterMsg::Reload(policy, reply) => {
                for role in [
                    Role::ChannelA,
                    Role::ChannelB,
                    Role::ChannelE,
                    Role::ChannelF,
                ] {
                    if let Some(link) = state.shared.channel_link(role) {
                        link.outbox.push(&ToChannelRef::Policy(&policy.snapshot));
                    }
                }
                let generation = policy.generation();
                state.shared.set_policy(policy.clone());
                state.policy = policy;
                let _ = reply.send(generation);
            }
        }
        Ok(())
    }
}

impl VoterState {
    fn evaluate(&mut self, job: Job) {
        let route = self
            .policy
            .route(job.tenant.as_deref(), job.peer.uid, job.peer.gid);
        let idx = match route {
            Route::Tenant(i) => i,
            Route::Anonymous => return self.refuse(job, "AnonymousTenant"),
            Route::Unknown => return self.refuse(job, "UnknownTenant"),
            Route::CallerNotAllowed(_) => return self.refuse(job, "CallerNotAllowed"),
        };
        let access = &self.policy.access[idx];
        let req = Request::new(
            NewRequest {
                direction: job.direction,
                tenant_idx: idx as u32,
                tenant: job.tenant,
                tenant_id: self.policy.snapshot.tenants[idx].id.clone(),
                generation: self.policy.generation(),
                prompt: job.prompt,
                response: job.response,
                system_prompt: job.system_prompt,
                pass_on_agreement: access.pass_on_agreement,
                store_text: access.store_text,
                started: job.started,
            },
            self.shared.clone(),
            job.reply,
        );
        for (i, role) in roles_for(req.direction).into_iter().enumerate() {
            let side = if i == 0 { Side::X } else { Side::Y };
            let sent = match self.shared.channel_link(role) {
                Some(link) => link.send_eval(&req, side),
                None => Err("ChannelDown"),
            };
            match sent {
                Ok(id) => req.ids[i].store(id, Ordering::Release),
                Err(why) => {
                    let fault = ChannelVerdict {
                        id: 0,
                        decision: Decision::Fault,
                        intent: None,
                        reason: Some(why.into()),
                        us: 0,
                    };
                    if let Submit::Decided(slots) = req.ballot.submit(side, fault) {
                        req.finish(slots);
                    }
                }
            }
        }
        if !req.ballot.is_decided() {
            self.pending.push_back((req.started + self.deadline, req));
        }
    }

    /// Blocks a request that never reaches the channels (routing), and records it.
    fn refuse(&self, job: Job, reason: &'static str) {
        tracing::info!(
            reason,
            tenant = job.tenant.as_deref().unwrap_or("-"),
            uid = job.peer.uid,
            "request refused before evaluation"
        );
        self.shared.counters.block.fetch_add(1, Ordering::Relaxed);
        let judged = match job.direction {
            Direction::Ingress => job.prompt.as_str(),
            Direction::Egress => job.response.as_deref().unwrap_or(""),
        };
        use sha2::Digest;
        let entry = AuditEntry {
            ts_ms: now_ms(),
            kind: RecordKind::Block,
            tenant: job.tenant.clone(),
            direction: Some(job.direction),
            is_pass: false,
            reason: Some(reason.into()),
            intent: None,
            channels: Vec::new(),
            input_sha256: Some(sha2::Sha256::digest(judged.as_bytes()).into()),
            input_len: judged.len() as u64,
            policy_generation: self.policy.generation(),
            text: None,
            detail: Some(format!("uid={} gid={}", job.peer.uid, job.peer.gid)),
        };
        let reply = Reply {
            vote: Vote {
                kind: VerdictKind::Block,
                is_pass: false,
                reason: Some(reason.into()),
                intent: None,
            },
            channels: Vec::new(),
            audit: Err(crate::link::AUDIT_UNAVAILABLE),
            generation: self.policy.generation(),
        };
        self.shared
            .append_audit(entry, AuditDone::new(job.reply, reply));
    }

    fn expire(&mut self, now: Instant) {
        while let Some((deadline, req)) = self.pending.front() {
            if req.ballot.is_decided() {
                self.pending.pop_front();
                continue;
            }
            if *deadline > now {
                break;
            }
            let req = req.clone();
            self.pending.pop_front();
            req.expire();
        }
    }
}
