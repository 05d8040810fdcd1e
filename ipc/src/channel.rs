//! The detection-channel contract and the serve loop every channel process runs.
//!
//! A channel process has three threads, each writing its own replies (see
//! [`replies`](crate::replies)):
//! * the reader (the calling thread) decodes frames from the supervisor socket,
//!   answers pings, and queues policies and evaluations in arrival order;
//! * the worker owns the [`Channel`] and evaluates one request at a time; while
//!   more requests are queued it buffers verdicts and writes them together (one
//!   wake-up of the supervisor for many verdicts under load);
//! * the watchdog answers `Fault` for an evaluation past its deadline and exits
//!   the process when one stays stuck past twice the deadline (so it is restarted).
//!
//! End of file on the socket means the supervisor is gone: the process exits at
//! once (PR_SET_PDEATHSIG is only the backstop).

use std::os::unix::net::UnixStream;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::frame::{FrameError, FrameReader};
use crate::policy::PolicySnapshot;
use crate::replies::Replies;
use crate::stats::{rss_kib, LatencyHistogram};
use crate::sync::{Arc, Mutex};
use crate::watchdog::{Check, EvalSlot};
use crate::wire::{
    ChannelVerdict, ChildStats, Decision, EvalRequest, FromChannel, Intent, Role, ToChannel,
    PROTO_VERSION,
};

/// What a channel concluded about one request (a channel never returns `Fault`
/// itself: faults are the serve loop's judgement).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub pass: bool,
    pub intent: Option<Intent>,
    pub reason: Option<String>,
}

impl Outcome {
    pub fn pass(intent: Option<Intent>) -> Outcome {
        Outcome {
            pass: true,
            intent,
            reason: None,
        }
    }

    pub fn block(reason: impl Into<String>) -> Outcome {
        Outcome {
            pass: false,
            intent: None,
            reason: Some(reason.into()),
        }
    }

    /// A block that still names the intent that was recognised.
    pub fn block_with_intent(reason: impl Into<String>, intent: Intent) -> Outcome {
        Outcome {
            pass: false,
            intent: Some(intent),
            reason: Some(reason.into()),
        }
    }
}

/// A detection channel: the only thing a channel crate has to provide.
pub trait Channel: Send + 'static {
    /// Which process this channel runs as.
    fn role(&self) -> Role;

    /// Installs a new policy (precompile per-tenant tables here). On error the
    /// previous policy stays in force.
    fn load_policy(&mut self, policy: &PolicySnapshot) -> Result<(), String>;

    /// Judges one request under tenant `policy.tenants[tenant]` of the last
    /// loaded policy (the serve loop checks the index and the generation).
    fn evaluate(&mut self, tenant: usize, req: &EvalRequest) -> Outcome;
}

/// Tunables of the serve loop.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// Per-evaluation deadline (SA-004: 50 ms).
    pub deadline: Duration,
    /// How often the watchdog looks.
    pub watchdog_tick: Duration,
    /// Test-only: a prompt containing this marker makes the worker hang. Honoured
    /// only in debug builds, so a release binary cannot be made to hang this way.
    pub hang_marker: Option<String>,
}

impl Default for ServeConfig {
    fn default() -> Self {
        ServeConfig {
            deadline: Duration::from_millis(50),
            watchdog_tick: Duration::from_millis(5),
            hang_marker: None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("supervisor socket: {0}")]
    Frame(#[from] FrameError),
    #[error("supervisor socket: {0}")]
    Io(#[from] std::io::Error),
}

enum Job {
    Policy(PolicySnapshot),
    Eval(EvalRequest),
}

#[derive(Default)]
struct Counters {
    evaluated: u64,
    faults: u64,
    latency: LatencyHistogram,
}

/// Exit code of a channel whose worker stayed stuck past twice the deadline.
pub const EXIT_STUCK: i32 = 70;

/// Runs a channel process on `stream` until the supervisor says `Shutdown` (Ok)
/// or the socket fails. End of file returns Ok: the caller exits.
pub fn serve<C: Channel>(
    channel: C,
    stream: UnixStream,
    config: ServeConfig,
) -> Result<(), ServeError> {
    let role = channel.role();
    serve_with(role, move || channel, stream, config)
}

/// Like [`serve`], but builds the channel on the worker thread, so a channel
/// whose tables take long to build still says `Hello` and answers heartbeats at
/// once; the supervisor counts it ready only once it has loaded the policy.
pub fn serve_with<C, F>(
    role: Role,
    make: F,
    stream: UnixStream,
    config: ServeConfig,
) -> Result<(), ServeError>
where
    C: Channel,
    F: FnOnce() -> C + Send + 'static,
{
    let out: Replies<FromChannel> = Replies::new(stream.try_clone()?);
    out.send(
        &FromChannel::Hello {
            proto: PROTO_VERSION,
            role,
            pid: std::process::id(),
        },
        true,
    );

    let counters = Arc::new(Mutex::new(Counters::default()));
    let slot = EvalSlot::default();
    let epoch = Instant::now();

    // Unbounded here so the reader always keeps answering heartbeats, even while
    // the worker is behind; the supervisor bounds what it has outstanding per
    // child, which bounds this queue.
    let (job_tx, job_rx) = mpsc::channel::<Job>();
    let worker = {
        let out = out.clone();
        let counters = counters.clone();
        let slot = slot.clone();
        let config = config.clone();
        std::thread::Builder::new()
            .name("worker".into())
            .spawn(move || {
                let channel = make();
                work_loop(channel, job_rx, out, counters, slot, epoch, config)
            })?
    };
    let watchdog = {
        let out = out.clone();
        let counters = counters.clone();
        let slot = slot.clone();
        let config = config.clone();
        std::thread::Builder::new()
            .name("watchdog".into())
            .spawn(move || watch_loop(role, out, counters, slot, epoch, config))?
    };

    let mut reader = FrameReader::new(stream);
    let result = loop {
        match reader.read::<ToChannel>() {
            Ok(Some(ToChannel::Ping { nonce })) => {
                let stats = snapshot_stats(&counters);
                out.send(&FromChannel::Pong { nonce, stats }, true);
            }
            Ok(Some(ToChannel::Policy(p))) => {
                if job_tx.send(Job::Policy(p)).is_err() {
                    break Ok(());
                }
            }
            Ok(Some(ToChannel::Evaluate(req))) => {
                if job_tx.send(Job::Eval(req)).is_err() {
                    break Ok(());
                }
            }
            Ok(Some(ToChannel::Shutdown)) => {
                tracing::info!(%role, "shutdown requested");
                break Ok(());
            }
            Ok(None) => {
                tracing::info!(%role, "supervisor closed the socket; exiting");
                // Nobody is left to answer: do not wait for queued work.
                std::process::exit(0);
            }
            Err(e) => break Err(ServeError::from(e)),
        }
    };
    // Orderly end: finish queued work (the worker writes its last verdicts
    // out before it returns), then stop the watchdog.
    drop(job_tx);
    let _ = worker.join();
    slot.shutdown();
    let _ = watchdog.join();
    out.flush();
    result
}

fn snapshot_stats(counters: &Mutex<Counters>) -> ChildStats {
    let mut c = match counters.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    };
    let stats = ChildStats {
        evaluated: c.evaluated,
        faults: c.faults,
        p50_us: c.latency.quantile(0.50) as u32,
        p99_us: c.latency.quantile(0.99) as u32,
        rss_kib: rss_kib(),
    };
    // Keep percentiles about recent traffic without an unbounded window.
    if c.latency.count() > 100_000 {
        c.latency.decay();
    }
    stats
}

fn micros_since(epoch: Instant) -> u64 {
    epoch.elapsed().as_micros() as u64
}

fn work_loop<C: Channel>(
    mut channel: C,
    jobs: mpsc::Receiver<Job>,
    out: Replies<FromChannel>,
    counters: Arc<Mutex<Counters>>,
    slot: EvalSlot,
    epoch: Instant,
    config: ServeConfig,
) {
    let role = channel.role();
    let mut policy: Option<PolicySnapshot> = None;
    let hang_marker = if cfg!(debug_assertions) {
        config.hang_marker.clone()
    } else {
        None
    };
    let mut next = jobs.recv().ok();
    while let Some(job) = next.take() {
        match job {
            Job::Policy(p) => {
                let generation = p.generation;
                let reply = match channel.load_policy(&p) {
                    Ok(()) => {
                        policy = Some(p);
                        FromChannel::PolicyLoaded { generation }
                    }
                    Err(error) => {
                        tracing::warn!(%role, generation, %error, "policy rejected");
                        FromChannel::PolicyRejected { generation, error }
                    }
                };
                out.send(&reply, true);
            }
            Job::Eval(req) => {
                let id = req.id;
                let start = micros_since(epoch);
                slot.begin(id, start);
                let result = match &policy {
                    None => Err("ChannelNoPolicy".to_string()),
                    Some(p) if p.generation != req.generation => {
                        Err(format!("ChannelPolicyGeneration:{}", p.generation))
                    }
                    Some(p) if req.tenant as usize >= p.tenants.len() => {
                        Err("ChannelUnknownTenant".to_string())
                    }
                    Some(_) => {
                        if let Some(m) = &hang_marker {
                            if req.prompt.contains(m.as_str()) {
                                std::thread::sleep(Duration::from_secs(3600));
                            }
                        }
                        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                            channel.evaluate(req.tenant as usize, &req)
                        }))
                        .map_err(|_| "ChannelPanic".to_string())
                    }
                };
                let us = micros_since(epoch).saturating_sub(start);
                if !slot.finish(id) {
                    // The watchdog already answered Fault for it.
                    next = next_job(&jobs, &out);
                    continue;
                }
                let verdict = match result {
                    Ok(o) => ChannelVerdict {
                        id,
                        decision: if o.pass {
                            Decision::Pass
                        } else {
                            Decision::Block
                        },
                        intent: o.intent,
                        reason: o.reason,
                        us: us.min(u32::MAX as u64) as u32,
                    },
                    Err(reason) => ChannelVerdict {
                        id,
                        decision: Decision::Fault,
                        intent: None,
                        reason: Some(reason),
                        us: us.min(u32::MAX as u64) as u32,
                    },
                };
                {
                    let mut c = match counters.lock() {
                        Ok(g) => g,
                        Err(p) => p.into_inner(),
                    };
                    c.evaluated += 1;
                    if verdict.decision == Decision::Fault {
                        c.faults += 1;
                    }
                    c.latency.record(us);
                }
                // Written at once only when nothing else is queued; otherwise
                // it goes out with the next verdicts (bounded batch).
                if !out.send(&FromChannel::Verdict(verdict), false) {
                    return;
                }
            }
        }
        next = next_job(&jobs, &out);
    }
    out.flush();
}

/// The next queued job; when there is none yet, first writes out the buffered
/// verdicts, then waits for one. None when the reader has gone.
fn next_job(jobs: &mpsc::Receiver<Job>, out: &Replies<FromChannel>) -> Option<Job> {
    match jobs.try_recv() {
        Ok(job) => Some(job),
        Err(mpsc::TryRecvError::Empty) => {
            out.flush();
            jobs.recv().ok()
        }
        Err(mpsc::TryRecvError::Disconnected) => None,
    }
}

fn watch_loop(
    role: Role,
    out: Replies<FromChannel>,
    counters: Arc<Mutex<Counters>>,
    slot: EvalSlot,
    epoch: Instant,
    config: ServeConfig,
) {
    let deadline = config.deadline.as_micros() as u64;
    while !slot.is_shutdown() {
        std::thread::sleep(config.watchdog_tick);
        match slot.check(micros_since(epoch), deadline, deadline * 2) {
            Check::Fine => {}
            Check::Overrun { job } => {
                tracing::warn!(%role, job, deadline_us = deadline, "evaluation overran its deadline");
                if let Ok(mut c) = counters.lock() {
                    c.faults += 1;
                    c.evaluated += 1;
                }
                out.send(
                    &FromChannel::Verdict(ChannelVerdict {
                        id: job,
                        decision: Decision::Fault,
                        intent: None,
                        reason: Some("ChannelDeadlineExceeded".into()),
                        us: deadline as u32,
                    }),
                    true,
                );
            }
            Check::Stuck { job } => {
                tracing::error!(%role, job, "worker stuck past twice the deadline; exiting to be restarted");
                // Verdicts the worker buffered before it got stuck go out first.
                out.flush();
                std::process::exit(EXIT_STUCK);
            }
        }
    }
}
