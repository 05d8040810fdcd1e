//! One actor per child process. It owns the process and its socket (reader,
//! writer and wait tasks), sends heartbeats, decides readiness, and fails —
//! so the supervisor restarts it — when the process exits, stops answering
//! heartbeats, or breaks the protocol.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ractor::{Actor, ActorProcessingErr, ActorRef};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use ipc::{
    ChildStats, FromAudit, FromChannel, Role, ToAudit, ToChannel, ToChannelRef, PROTO_VERSION,
};
use voter::Submit;

use crate::actors::supervisor::SupMsg;
use crate::actors::voter::VoterMsg;
use crate::link::{read_frames, AuditLink, ChannelLink};
use crate::shared::{ProcState, Shared};
use crate::spawn::{spawn_child, ChildArgs};

pub enum ChildMsg {
    Heartbeat,
    Hello {
        proto: u32,
        role: Role,
        pid: u32,
    },
    Pong {
        stats: ChildStats,
    },
    PolicyLoaded {
        generation: u64,
    },
    PolicyRejected {
        generation: u64,
        error: String,
    },
    /// The process exited or its socket closed.
    Gone(String),
    /// Orderly stop: ask the child to finish and exit; answered when it has.
    Shutdown(oneshot::Sender<()>),
}

pub struct ChildArgsFull {
    pub role: Role,
    pub shared: Arc<Shared>,
    pub voter: ActorRef<VoterMsg>,
    pub supervisor: ActorRef<SupMsg>,
    pub args: ChildArgs,
}

enum Link {
    Channel(Arc<ChannelLink>),
    Audit(Arc<AuditLink>),
}

pub struct ChildState {
    role: Role,
    pid: u32,
    shared: Arc<Shared>,
    voter: ActorRef<VoterMsg>,
    supervisor: ActorRef<SupMsg>,
    link: Link,
    tasks: Vec<JoinHandle<()>>,
    outstanding_pings: u32,
    nonce: u64,
    hello: bool,
    pong: bool,
    /// Generation of the last policy the channel confirmed loading.
    policy_loaded: Option<u64>,
    ready: bool,
    spawned: Instant,
    stopping: Option<oneshot::Sender<()>>,
}

/// Cleanup runs on every way out (failure, stop, panic): the state is dropped.
impl Drop for ChildState {
    fn drop(&mut self) {
        for t in &self.tasks {
            t.abort(); // the wait task owns the process (kill_on_drop)
        }
        if self.pid != 0 {
            // Do not rely on the drop of the aborted task alone: kill now.
            let _ = nix::sys::signal::kill(
                nix::unistd::Pid::from_raw(self.pid as i32),
                nix::sys::signal::Signal::SIGKILL,
            );
        }
        match &self.link {
            Link::Channel(l) => {
                if self
                    .shared
                    .channel_link(self.role)
                    .is_some_and(|cur| Arc::ptr_eq(&cur, l))
                {
                    self.shared.set_channel_link(self.role, None);
                }
                l.fail_all("ChannelCrashed");
            }
            Link::Audit(l) => {
                if self
                    .shared
                    .audit_link()
                    .is_some_and(|cur| Arc::ptr_eq(&cur, l))
                {
                    self.shared.set_audit_link(None);
                }
                l.fail_all();
            }
        }
        if let Some(tx) = self.stopping.take() {
            let _ = tx.send(());
        }
    }
}

impl ChildState {
    /// Ready once the child said hello, answered a heartbeat and (channels) loaded
    /// the policy: before that, nothing is routed to it.
    fn maybe_ready(&mut self) -> Result<(), ActorProcessingErr> {
        if self.ready || !self.hello || !self.pong {
            return Ok(());
        }
        match &self.link {
            Link::Channel(l) => {
                let Some(generation) = self.policy_loaded else {
                    return Ok(());
                };
                self.voter
                    .cast(VoterMsg::ChannelReady(self.role, l.clone(), generation))?;
            }
            Link::Audit(l) => self.shared.set_audit_link(Some(l.clone())),
        }
        self.ready = true;
        {
            let mut p = self.shared.proc(self.role);
            p.state = ProcState::Ready;
            p.since = Instant::now();
        }
        tracing::info!(role = %self.role, pid = self.pid, "child ready");
        self.supervisor.cast(SupMsg::ChildReady(self.role))?;
        Ok(())
    }
}

pub struct ChildActor;

impl Actor for ChildActor {
    type Msg = ChildMsg;
    type State = ChildState;
    type Arguments = ChildArgsFull;

    async fn pre_start(
        &self,
        myself: ActorRef<ChildMsg>,
        a: ChildArgsFull,
    ) -> Result<ChildState, ActorProcessingErr> {
        let role = a.role;
        let spawned = spawn_child(role, &a.args).map_err(|e| format!("spawning {role}: {e}"))?;
        let pid = spawned.pid;
        {
            let mut p = a.shared.proc(role);
            p.pid = pid;
            p.state = ProcState::Starting;
            p.since = Instant::now();
        }
        tracing::info!(%role, pid, "child spawned");
        let (r, w) = spawned.socket.into_split();
        let mut tasks = Vec::new();

        let link = match role {
            Role::Audit => Link::Audit(Arc::new(AuditLink::new())),
            _ => Link::Channel(Arc::new(ChannelLink::new())),
        };
        // Writer.
        tasks.push(match &link {
            Link::Channel(l) => tokio::spawn(l.outbox.clone().run_writer(w, |_| {})),
            Link::Audit(l) => {
                let al = l.clone();
                tokio::spawn(
                    l.outbox
                        .clone()
                        .run_writer(w, move |buf| al.drain_into(buf)),
                )
            }
        });
        // Reader.
        let me = myself.clone();
        tasks.push(match &link {
            Link::Channel(l) => {
                let l = l.clone();
                let shared = a.shared.clone();
                tokio::spawn(async move {
                    let why = read_frames::<FromChannel, _>(r, |m| match m {
                        FromChannel::Verdict(v) => match l.resolve(v) {
                            Some((req, _, Submit::Decided(slots))) => req.finish(slots),
                            Some((_, _, Submit::Late)) => {
                                shared.counters.late_answers.fetch_add(1, Ordering::Relaxed);
                            }
                            _ => {}
                        },
                        FromChannel::Hello { proto, role, pid } => {
                            let _ = me.cast(ChildMsg::Hello { proto, role, pid });
                        }
                        FromChannel::Pong { stats, .. } => {
                            let _ = me.cast(ChildMsg::Pong { stats });
                        }
                        FromChannel::PolicyLoaded { generation } => {
                            let _ = me.cast(ChildMsg::PolicyLoaded { generation });
                        }
                        FromChannel::PolicyRejected { generation, error } => {
                            let _ = me.cast(ChildMsg::PolicyRejected { generation, error });
                        }
                    })
                    .await;
                    let _ = me.cast(ChildMsg::Gone(why));
                })
            }
            Link::Audit(l) => {
                let l = l.clone();
                let shared = a.shared.clone();
                tokio::spawn(async move {
                    let why = read_frames::<FromAudit, _>(r, |m| match m {
                        FromAudit::Committed {
                            first_cid,
                            last_cid,
                            first_seq,
                        } => {
                            let top = l.committed(first_cid, last_cid, first_seq);
                            shared.durable_seq.fetch_max(top, Ordering::Relaxed);
                            shared.last_seq.fetch_max(top, Ordering::Relaxed);
                        }
                        FromAudit::Failed {
                            first_cid,
                            last_cid,
                            error,
                        } => {
                            tracing::error!(%error, first_cid, last_cid, "audit append failed");
                            l.fail_range(first_cid, last_cid);
                        }
                        FromAudit::Hello {
                            proto,
                            role,
                            pid,
                            last_seq,
                        } => {
                            shared.last_seq.fetch_max(last_seq, Ordering::Relaxed);
                            shared.durable_seq.fetch_max(last_seq, Ordering::Relaxed);
                            let _ = me.cast(ChildMsg::Hello { proto, role, pid });
                        }
                        FromAudit::Pong { stats, .. } => {
                            let _ = me.cast(ChildMsg::Pong { stats });
                        }
                    })
                    .await;
                    let _ = me.cast(ChildMsg::Gone(why));
                })
            }
        });
        // Waiter: owns the process handle; reports the exit.
        let me = myself.clone();
        let mut child = spawned.child;
        tasks.push(tokio::spawn(async move {
            let why = match child.wait().await {
                Ok(status) => format!("exited: {status}"),
                Err(e) => format!("wait failed: {e}"),
            };
            let _ = me.cast(ChildMsg::Gone(why));
        }));
        // Heartbeats (the first one also probes readiness).
        let hb = Duration::from_millis(a.shared.config.watchdog.heartbeat_ms);
        tasks.push(myself.send_interval(hb, || ChildMsg::Heartbeat));
        let state = ChildState {
            role,
            pid,
            shared: a.shared,
            voter: a.voter,
            supervisor: a.supervisor,
            link,
            tasks,
            outstanding_pings: 0,
            nonce: 0,
            hello: false,
            pong: false,
            policy_loaded: None,
            ready: false,
            spawned: Instant::now(),
            stopping: None,
        };
        Ok(state)
    }

    async fn handle(
        &self,
        myself: ActorRef<ChildMsg>,
        msg: ChildMsg,
        s: &mut ChildState,
    ) -> Result<(), ActorProcessingErr> {
        match msg {
            ChildMsg::Heartbeat => {
                let w = &s.shared.config.watchdog;
                if !s.ready && s.spawned.elapsed() > Duration::from_millis(w.ready_timeout_ms) {
                    return Err(
                        format!("{} not ready within {} ms", s.role, w.ready_timeout_ms).into(),
                    );
                }
                if s.outstanding_pings >= w.missed_heartbeats {
                    tracing::error!(role = %s.role, pid = s.pid, missed = s.outstanding_pings, "child missed its heartbeats; killing it");
                    return Err(
                        format!("{} missed {} heartbeats", s.role, s.outstanding_pings).into(),
                    );
                }
                s.nonce += 1;
                s.outstanding_pings += 1;
                let ok = match &s.link {
                    Link::Channel(l) => l.outbox.push(&ToChannel::Ping { nonce: s.nonce }),
                    Link::Audit(l) => l.outbox.push(&ToAudit::Ping { nonce: s.nonce }),
                };
                if !ok && s.stopping.is_none() {
                    return Err(format!("{} socket closed", s.role).into());
                }
            }
            ChildMsg::Hello { proto, role, pid } => {
                if proto != PROTO_VERSION || role != s.role || pid != s.pid {
                    return Err(format!(
                        "{}: bad hello (proto {proto}, role {role}, pid {pid})",
                        s.role
                    )
                    .into());
                }
                s.hello = true;
                if let Link::Channel(l) = &s.link {
                    // The policy in force now; the voter re-sends a newer one if a
                    // reload happens before this channel is routed to.
                    l.outbox
                        .push(&ToChannelRef::Policy(&s.shared.policy().snapshot));
                }
                // Probe at once rather than wait a heartbeat period.
                myself.cast(ChildMsg::Heartbeat)?;
            }
            ChildMsg::Pong { stats } => {
                s.outstanding_pings = 0;
                s.pong = true;
                s.shared.proc(s.role).stats = stats;
                s.maybe_ready()?;
            }
            ChildMsg::PolicyLoaded { generation } => {
                s.policy_loaded = Some(generation);
                s.maybe_ready()?;
            }
            ChildMsg::PolicyRejected { generation, error } => {
                // Validated before it was sent, so this is a defect: restart the
                // channel rather than let it judge under a policy we did not mean.
                return Err(format!("{} rejected policy {generation}: {error}", s.role).into());
            }
            ChildMsg::Gone(why) => {
                if s.stopping.is_some() {
                    tracing::info!(role = %s.role, %why, "child stopped");
                    s.pid = 0;
                    s.shared.proc(s.role).state = ProcState::Stopped;
                    myself.stop(None);
                    return Ok(());
                }
                tracing::error!(role = %s.role, pid = s.pid, %why, "child lost");
                return Err(format!("{} {why}", s.role).into());
            }
            ChildMsg::Shutdown(tx) => {
                s.stopping = Some(tx);
                let sent = match &s.link {
                    Link::Channel(l) => l.outbox.push(&ToChannel::Shutdown),
                    Link::Audit(l) => l.outbox.push(&ToAudit::Shutdown),
                };
                if !sent {
                    myself.stop(None);
                }
            }
        }
        Ok(())
    }
}
