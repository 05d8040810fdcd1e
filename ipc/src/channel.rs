//! The detection-channel contract and the serve loop every channel process runs.
//!
//! A channel process has two threads:
//! * the serving thread (the calling thread) reads frames from the supervisor
//!   socket and handles each in arrival order: it answers pings, loads policies
//!   and evaluates requests itself, writing its own replies (see
//!   [`replies`](crate::replies)). While more requests are already read and
//!   waiting it buffers verdicts and writes them together (one wake-up of the
//!   supervisor for many verdicts under load). Evaluating where the frame was
//!   read saves a thread hand-off per request: on a small VM a wake-up costs
//!   more than a short evaluation;
//! * the watchdog answers `Fault` for an evaluation past its deadline and exits
//!   the process when one stays stuck past twice the deadline (so it is restarted).
//!
//! While the channel's tables are being built (a third, short-lived thread) the
//! serving thread polls the socket, answers pings and queues the rest, so a
//! channel with slow tables still says `Hello` and answers heartbeats at once.
//!
//! Heartbeats wait behind requests already sent: the supervisor keeps at most
//! 1,024 outstanding per child, and evaluations take tens of microseconds (~1 ms
//! for 8 KiB), so the wait stays far below the heartbeat limit. A flood of
//! requests that each ran near the 50 ms deadline could outlast it; the child
//! is then restarted and its requests are blocked (fail-closed).
//!
//! End of file on the socket means the supervisor is gone: the process exits at
//! once (PR_SET_PDEATHSIG is only the backstop).

use std::collections::VecDeque;
use std::io;
use std::os::unix::net::UnixStream;
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
    #[error("{0}: building the channel's tables panicked")]
    Build(Role),
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

/// How often the serving thread looks whether the tables are built while it
/// waits for frames (start-up only).
const BUILD_POLL: Duration = Duration::from_millis(2);

/// Like [`serve`], but builds the channel on its own thread, so a channel
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
    let result = match build(role, make, &mut reader, &out, &counters) {
        Ok(Startup::Built(channel, queued)) => {
            let mut worker = Worker {
                role: channel.role(),
                channel,
                policy: None,
                out: out.clone(),
                counters: counters.clone(),
                slot: slot.clone(),
                epoch,
                hang_marker: config
                    .hang_marker
                    .clone()
                    .filter(|_| cfg!(debug_assertions)),
            };
            serve_loop(&mut worker, queued, &mut reader)
        }
        Ok(Startup::Shutdown) => Ok(()),
        Err(e) => Err(e),
    };
    slot.shutdown();
    let _ = watchdog.join();
    out.flush();
    result
}

enum Startup<C> {
    Built(C, VecDeque<ToChannel>),
    Shutdown,
}

/// Builds the channel on its own thread while answering pings; frames that need
/// the channel are queued in arrival order.
fn build<C, F>(
    role: Role,
    make: F,
    reader: &mut FrameReader<UnixStream>,
    out: &Replies<FromChannel>,
    counters: &Mutex<Counters>,
) -> Result<Startup<C>, ServeError>
where
    C: Channel,
    F: FnOnce() -> C + Send + 'static,
{
    let builder = std::thread::Builder::new()
        .name("build".into())
        .spawn(make)?;
    reader.get_ref().set_read_timeout(Some(BUILD_POLL))?;
    let mut queued = VecDeque::new();
    loop {
        if builder.is_finished() {
            let channel = builder.join().map_err(|_| ServeError::Build(role))?;
            reader.get_ref().set_read_timeout(None)?;
            return Ok(Startup::Built(channel, queued));
        }
        match reader.read::<ToChannel>() {
            Ok(Some(ToChannel::Ping { nonce })) => pong(out, counters, nonce),
            Ok(Some(ToChannel::Shutdown)) => {
                tracing::info!(%role, "shutdown requested while building");
                return Ok(Startup::Shutdown);
            }
            Ok(Some(frame)) => queued.push_back(frame),
            Ok(None) => {
                tracing::info!(%role, "supervisor closed the socket; exiting");
                std::process::exit(0);
            }
            Err(FrameError::Io(e))
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) => {}
            Err(e) => return Err(e.into()),
        }
    }
}

/// Handles frames in arrival order until `Shutdown` or a socket error.
fn serve_loop<C: Channel>(
    worker: &mut Worker<C>,
    mut queued: VecDeque<ToChannel>,
    reader: &mut FrameReader<UnixStream>,
) -> Result<(), ServeError> {
    let role = worker.role;
    loop {
        let frame = match queued.pop_front() {
            Some(f) => Some(f),
            None => reader.read::<ToChannel>()?,
        };
        // More requests already read: hold this verdict for the next write.
        let more = !queued.is_empty() || reader.has_frame();
        match frame {
            Some(ToChannel::Ping { nonce }) => pong(&worker.out, &worker.counters, nonce),
            Some(ToChannel::Policy(p)) => worker.load(p),
            Some(ToChannel::Evaluate(req)) => {
                if !worker.evaluate(req, more) {
                    // The socket failed: the supervisor is gone.
                    return Ok(());
                }
            }
            Some(ToChannel::Shutdown) => {
                tracing::info!(%role, "shutdown requested");
                return Ok(());
            }
            None => {
                tracing::info!(%role, "supervisor closed the socket; exiting");
                // Nobody is left to answer.
                std::process::exit(0);
            }
        }
    }
}

/// Answers a heartbeat with the counters.
fn pong(out: &Replies<FromChannel>, counters: &Mutex<Counters>, nonce: u64) {
    let stats = snapshot_stats(counters);
    out.send(&FromChannel::Pong { nonce, stats }, true);
}

/// The counters, even after a thread panicked holding them (they stay valid).
fn lock(counters: &Mutex<Counters>) -> crate::sync::MutexGuard<'_, Counters> {
    match counters.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    }
}

fn snapshot_stats(counters: &Mutex<Counters>) -> ChildStats {
    let mut c = lock(counters);
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

/// The channel with the policy it runs under, and where its answers go.
struct Worker<C> {
    channel: C,
    role: Role,
    policy: Option<PolicySnapshot>,
    out: Replies<FromChannel>,
    counters: Arc<Mutex<Counters>>,
    slot: EvalSlot,
    epoch: Instant,
    /// Debug builds only (see [`ServeConfig::hang_marker`]).
    hang_marker: Option<String>,
}

impl<C: Channel> Worker<C> {
    fn load(&mut self, p: PolicySnapshot) {
        let generation = p.generation;
        let reply = match self.channel.load_policy(&p) {
            Ok(()) => {
                self.policy = Some(p);
                FromChannel::PolicyLoaded { generation }
            }
            Err(error) => {
                tracing::warn!(role = %self.role, generation, %error, "policy rejected");
                FromChannel::PolicyRejected { generation, error }
            }
        };
        self.out.send(&reply, true);
    }

    /// Evaluates `req` and sends its verdict (buffered while `more` requests
    /// wait). False once the socket has failed.
    fn evaluate(&mut self, req: EvalRequest, more: bool) -> bool {
        let id = req.id;
        let start = micros_since(self.epoch);
        self.slot.begin(id, start);
        let result = match &self.policy {
            None => Err("ChannelNoPolicy".to_string()),
            Some(p) if p.generation != req.generation => {
                Err(format!("ChannelPolicyGeneration:{}", p.generation))
            }
            Some(p) if req.tenant as usize >= p.tenants.len() => {
                Err("ChannelUnknownTenant".to_string())
            }
            Some(_) => {
                if let Some(m) = &self.hang_marker {
                    if req.prompt.contains(m.as_str()) {
                        std::thread::sleep(Duration::from_secs(3600));
                    }
                }
                let channel = &mut self.channel;
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    channel.evaluate(req.tenant as usize, &req)
                }))
                .map_err(|_| "ChannelPanic".to_string())
            }
        };
        let us = micros_since(self.epoch).saturating_sub(start);
        if !self.slot.finish(id) {
            // The watchdog already answered Fault for it.
            return true;
        }
        let us32 = us.min(u32::MAX as u64) as u32;
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
                us: us32,
            },
            Err(reason) => ChannelVerdict {
                id,
                decision: Decision::Fault,
                intent: None,
                reason: Some(reason),
                us: us32,
            },
        };
        {
            let mut c = lock(&self.counters);
            c.evaluated += 1;
            if verdict.decision == Decision::Fault {
                c.faults += 1;
            }
            c.latency.record(us);
        }
        self.out.send(&FromChannel::Verdict(verdict), !more)
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
                tracing::error!(%role, job, "evaluation stuck past twice the deadline; exiting to be restarted");
                // Verdicts buffered before it got stuck go out first.
                out.flush();
                std::process::exit(EXIT_STUCK);
            }
        }
    }
}
