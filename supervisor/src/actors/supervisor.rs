//! The root actor: starts the five children, restarts them one-for-one with
//! backoff, gives up (exit 70, so systemd restarts the whole service) when one
//! child restarts too often, and reports liveness to systemd.
//!
//! ractor has no restart strategies of its own: a linked child's failure arrives
//! here as a supervision event and the policy below is all there is.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ractor::{Actor, ActorId, ActorProcessingErr, ActorRef, SupervisionEvent};
use tokio::sync::oneshot;

use ipc::{RecordKind, Role};

use crate::actors::child::{ChildActor, ChildArgsFull, ChildMsg};
use crate::actors::voter::VoterMsg;
use crate::notify::Notifier;
use crate::shared::{ProcState, Shared, STATUS_ORDER};
use crate::spawn::ChildArgs;

/// Exit code when the restart intensity is exceeded.
pub const EXIT_RESTART_INTENSITY: i32 = 70;

pub enum SupMsg {
    ChildReady(Role),
    Restart(Role),
    Tick,
    /// Orderly shutdown: channels first, the audit writer last (it flushes).
    Shutdown(oneshot::Sender<()>),
}

pub struct SupArgs {
    pub shared: Arc<Shared>,
    pub voter: ActorRef<VoterMsg>,
    pub child_args: ChildArgs,
    pub notifier: Notifier,
}

pub struct SupState {
    shared: Arc<Shared>,
    voter: ActorRef<VoterMsg>,
    child_args: ChildArgs,
    notifier: Notifier,
    children: HashMap<Role, ActorRef<ChildMsg>>,
    by_id: HashMap<ActorId, Role>,
    restarts: HashMap<Role, VecDeque<Instant>>,
    ready_sent: bool,
    shutting_down: bool,
    last_status: String,
}

pub struct Supervisor;

impl Actor for Supervisor {
    type Msg = SupMsg;
    type State = SupState;
    type Arguments = SupArgs;

    async fn pre_start(
        &self,
        myself: ActorRef<SupMsg>,
        a: SupArgs,
    ) -> Result<SupState, ActorProcessingErr> {
        let mut s = SupState {
            shared: a.shared,
            voter: a.voter,
            child_args: a.child_args,
            notifier: a.notifier,
            children: HashMap::new(),
            by_id: HashMap::new(),
            restarts: HashMap::new(),
            ready_sent: false,
            shutting_down: false,
            last_status: String::new(),
        };
        // Audit first: nothing may pass before it can record.
        for role in Role::ALL {
            s.start_child(&myself, role).await?;
        }
        let tick = s
            .notifier
            .watchdog_every
            .unwrap_or(Duration::from_millis(250))
            .min(Duration::from_millis(250));
        myself.send_interval(tick, || SupMsg::Tick);
        Ok(s)
    }

    async fn handle(
        &self,
        myself: ActorRef<SupMsg>,
        msg: SupMsg,
        s: &mut SupState,
    ) -> Result<(), ActorProcessingErr> {
        match msg {
            SupMsg::ChildReady(role) => {
                let restarts = s.shared.proc(role).restarts;
                if restarts > 0 {
                    s.shared.audit_event(
                        RecordKind::ChildRestarted,
                        None,
                        format!("{role} restarted (restart #{restarts})"),
                    );
                }
                if !s.ready_sent && s.shared.all_ready() {
                    s.ready_sent = true;
                    s.shared.initialised.store(true, Ordering::Release);
                    let ms = s.shared.started.elapsed().as_millis();
                    tracing::info!(ready_ms = ms as u64, "all children ready");
                    let status = s.status_line();
                    s.notifier.ready(&status);
                    s.last_status = status;
                    s.shared.audit_event(
                        RecordKind::ServiceStarted,
                        None,
                        format!(
                            "ready in {ms} ms, policy generation {}",
                            s.shared.policy().generation()
                        ),
                    );
                }
            }
            SupMsg::Restart(role) => {
                if !s.shutting_down {
                    if let Err(e) = s.start_child(&myself, role).await {
                        // A failed spawn counts like a crash.
                        tracing::error!(%role, error = %e, "restart failed");
                        s.child_failed(&myself, role, e.to_string())?;
                    }
                }
            }
            SupMsg::Tick => {
                // Reached only while this actor's loop turns; every child is ready
                // or within its restart budget (past it we have exited).
                if s.ready_sent && !s.shutting_down {
                    s.notifier.watchdog();
                }
                let status = s.status_line();
                if status != s.last_status {
                    s.notifier.status(&status);
                    s.last_status = status;
                }
            }
            SupMsg::Shutdown(done) => {
                s.shutting_down = true;
                s.notifier.stopping("stopping");
                let order = [
                    Role::ChannelA,
                    Role::ChannelB,
                    Role::ChannelE,
                    Role::ChannelF,
                    Role::Audit,
                ];
                let children: Vec<_> = order
                    .iter()
                    .filter_map(|r| s.children.get(r).map(|c| (*r, c.clone())))
                    .collect();
                // Off the actor loop, so supervision events are still handled.
                tokio::spawn(async move {
                    for (role, child) in children {
                        let (tx, rx) = oneshot::channel();
                        if child.cast(ChildMsg::Shutdown(tx)).is_ok()
                            && tokio::time::timeout(Duration::from_secs(5), rx)
                                .await
                                .is_err()
                        {
                            tracing::warn!(%role, "child did not stop in time; killing it");
                            child.stop(None);
                        }
                    }
                    let _ = done.send(());
                });
            }
        }
        Ok(())
    }

    async fn handle_supervisor_evt(
        &self,
        myself: ActorRef<SupMsg>,
        evt: SupervisionEvent,
        s: &mut SupState,
    ) -> Result<(), ActorProcessingErr> {
        let (cell, why) = match evt {
            SupervisionEvent::ActorFailed(cell, err) => (cell, err.to_string()),
            SupervisionEvent::ActorTerminated(cell, _, reason) => {
                (cell, reason.unwrap_or_else(|| "stopped".into()))
            }
            _ => return Ok(()),
        };
        let Some(role) = s.by_id.remove(&cell.get_id()) else {
            return Ok(());
        };
        s.children.remove(&role);
        if s.shutting_down {
            s.shared.proc(role).state = ProcState::Stopped;
            return Ok(());
        }
        s.child_failed(&myself, role, why)
    }
}

impl SupState {
    async fn start_child(
        &mut self,
        myself: &ActorRef<SupMsg>,
        role: Role,
    ) -> Result<(), ActorProcessingErr> {
        let args = ChildArgsFull {
            role,
            shared: self.shared.clone(),
            voter: self.voter.clone(),
            supervisor: myself.clone(),
            args: self.child_args.clone(),
        };
        let (child, _) = Actor::spawn_linked(
            Some(role.name().to_string()),
            ChildActor,
            args,
            myself.get_cell(),
        )
        .await
        .map_err(|e| format!("starting {role}: {e}"))?;
        self.by_id.insert(child.get_id(), role);
        self.children.insert(role, child);
        Ok(())
    }

    /// One-for-one restart with exponential backoff and an intensity limit.
    fn child_failed(
        &mut self,
        myself: &ActorRef<SupMsg>,
        role: Role,
        why: String,
    ) -> Result<(), ActorProcessingErr> {
        let policy = &self.shared.config.restart;
        let window = Duration::from_secs(policy.window_s);
        let now = Instant::now();
        let history = self.restarts.entry(role).or_default();
        while history
            .front()
            .is_some_and(|t| now.duration_since(*t) > window)
        {
            history.pop_front();
        }
        if history.len() >= policy.max_restarts as usize {
            let msg = format!(
                "{role} failed {} times within {} s (last: {why}); giving up so the service manager restarts the gate",
                history.len() + 1,
                policy.window_s
            );
            tracing::error!("{msg}");
            self.notifier.stopping("restart intensity exceeded");
            kill_children(&self.shared);
            std::process::exit(EXIT_RESTART_INTENSITY);
        }
        history.push_back(now);
        let attempt = history.len() as u32;
        let base = policy
            .backoff_initial_ms
            .saturating_mul(1u64 << (attempt - 1).min(16))
            .min(policy.backoff_max_ms);
        let delay = Duration::from_millis(jitter(base));
        {
            let mut p = self.shared.proc(role);
            p.state = ProcState::Restarting;
            p.restarts += 1;
            p.pid = 0;
            p.since = now;
        }
        tracing::warn!(%role, %why, delay_ms = delay.as_millis() as u64, attempt, "restarting child");
        self.shared.publish(serde_json::json!({
            "event": "ChildRestart",
            "ts_ms": ipc::now_ms(),
            "process": role.name(),
            "reason": why,
            "attempt": attempt,
            "delay_ms": delay.as_millis() as u64,
        }));
        myself.send_after(delay, move || SupMsg::Restart(role));
        Ok(())
    }

    fn status_line(&self) -> String {
        let ready = STATUS_ORDER
            .iter()
            .filter(|r| self.shared.proc(**r).state == ProcState::Ready)
            .count();
        let restarts: u64 = STATUS_ORDER
            .iter()
            .map(|r| self.shared.proc(*r).restarts)
            .sum();
        let c = &self.shared.counters;
        let verdicts = c.pass.load(Ordering::Relaxed)
            + c.block.load(Ordering::Relaxed)
            + c.diagnostic_agreement.load(Ordering::Relaxed)
            + c.diagnostic_disagreement.load(Ordering::Relaxed);
        format!(
            "{}: {ready}/5 children ready, {restarts} restarts, {verdicts} verdicts, policy generation {}",
            self.shared.health(),
            self.shared.policy().generation()
        )
    }
}

/// ±20 % so children that failed together do not restart in lockstep.
fn jitter(ms: u64) -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos() as u64)
        .unwrap_or(0);
    let spread = ms / 5;
    if spread == 0 {
        return ms;
    }
    ms - spread + (nanos % (2 * spread + 1))
}

/// Last resort before exiting: no child outlives a supervisor that gives up.
pub fn kill_children(shared: &Shared) {
    for role in STATUS_ORDER {
        let pid = shared.proc(role).pid;
        if pid != 0 {
            let _ = nix::sys::signal::kill(
                nix::unistd::Pid::from_raw(pid as i32),
                nix::sys::signal::Signal::SIGKILL,
            );
        }
    }
}
