//! `policy-gate bench`: a load generator over the real client socket (in the
//! spirit of redis-benchmark).
//!
//! N connections each keep up to W requests in flight (pipelined JSON lines,
//! answers matched by id). Without `--rate` the load is closed-loop: every
//! answer immediately releases the next request. With `--rate R` sends are
//! paced open-loop at R/s in total, evenly spaced by a pacer thread and dealt
//! round-robin to the connections; a connection whose window is full sends
//! late and the lag is reported.
//! Latency is measured from the write of a request to the read of its answer,
//! exactly (every sample kept and sorted).
//!
//! Beside the load it measures the floor every durable verdict pays: a
//! 300-byte append plus `fdatasync` on the disk of the gate's state, and
//! reports the single-in-flight p50 as a multiple of it. It also measures what
//! a round trip to another process costs on this machine (through `cat`, over
//! a Unix socket), since a verdict crosses at least three process round trips
//! (client and supervisor, supervisor and channel, supervisor and audit) on
//! top of the fdatasync: that sum is the lowest single-in-flight latency the
//! process design allows here.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use serde::Deserialize;
use serde_json::{json, Value};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::UnixStream;
use tokio::sync::mpsc;

use crate::quality::{parse_rows, Expect, Row};

/// The built-in traffic mix: mostly ordinary requests and answers, some
/// attacks and leaks (see the file for the proportions).
const DEFAULT_MIX: &str = include_str!("../../corpus/bench-mix.jsonl");

/// Longest the client waits for outstanding answers after the run ends: above
/// the gate's own bound (channel 100 ms + audit 2 s + slack).
const GRACE: Duration = Duration::from_secs(3);

#[derive(Debug, Clone, clap::Args)]
pub struct BenchArgs {
    /// The gate's client socket.
    #[arg(long, value_name = "PATH", default_value = ".policy-gate/gate.sock")]
    pub socket: PathBuf,
    /// Concurrent client connections.
    #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u32).range(1..=1024))]
    pub connections: u32,
    /// Requests in flight per connection.
    #[arg(long, default_value_t = 16, value_parser = clap::value_parser!(u32).range(1..=256))]
    pub window: u32,
    /// Length of the measured run, in seconds.
    #[arg(long, default_value_t = 10.0)]
    pub duration: f64,
    /// Leading seconds whose requests are sent but left out of the figures.
    #[arg(long, default_value_t = 0.0)]
    pub warmup: f64,
    /// Target total rate in requests/s (open loop); closed loop when absent.
    #[arg(long)]
    pub rate: Option<f64>,
    /// JSONL traffic mix (rows as for `quality`); default: the built-in mix.
    #[arg(long, value_name = "FILE")]
    pub mix: Option<PathBuf>,
    /// Tenant id sent with every request.
    #[arg(long)]
    pub tenant: Option<String>,
    /// Directory for the fdatasync floor probe (default: the socket's directory).
    #[arg(long, value_name = "DIR")]
    pub floor_dir: Option<PathBuf>,
    /// Appends in the floor probe (0 skips it).
    #[arg(long, default_value_t = 200)]
    pub floor_samples: u32,
    /// Requests in the single-in-flight probe run before the load (0 skips
    /// it; skipped anyway when the run itself is 1 connection x 1).
    #[arg(long, default_value_t = 500)]
    pub single: u32,
    /// Machine-readable summary on stdout.
    #[arg(long)]
    pub json: bool,
}

/// Exact percentiles over every sample (nanoseconds).
#[derive(Debug, Default)]
struct Samples(Vec<u64>);

impl Samples {
    fn summary(mut self) -> LatencySummary {
        self.0.sort_unstable();
        let v = &self.0;
        let q = |p: f64| -> f64 {
            if v.is_empty() {
                return 0.0;
            }
            let rank = ((v.len() as f64) * p).ceil().max(1.0) as usize;
            v[rank.min(v.len()) - 1] as f64 / 1000.0
        };
        let mean = if v.is_empty() {
            0.0
        } else {
            v.iter().map(|&n| n as f64).sum::<f64>() / v.len() as f64 / 1000.0
        };
        LatencySummary {
            count: v.len() as u64,
            p50: q(0.50),
            p90: q(0.90),
            p99: q(0.99),
            p999: q(0.999),
            max: q(1.0),
            min: v.first().map(|&n| n as f64 / 1000.0).unwrap_or(0.0),
            mean,
        }
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct LatencySummary {
    count: u64,
    min: f64,
    p50: f64,
    p90: f64,
    p99: f64,
    p999: f64,
    max: f64,
    mean: f64,
}

impl LatencySummary {
    fn json(&self) -> Value {
        let r = |x: f64| (x * 10.0).round() / 10.0;
        json!({"count": self.count, "min": r(self.min), "p50": r(self.p50), "p90": r(self.p90),
               "p99": r(self.p99), "p999": r(self.p999), "max": r(self.max), "mean": r(self.mean)})
    }
}

/// Everything one connection observed.
#[derive(Debug, Default)]
struct ConnStats {
    sent: u64,
    /// Answers received (verdicts and error responses).
    answered: u64,
    /// Answers received inside the measured window (for the rate).
    answered_in_window: u64,
    latencies: Samples,
    /// Open loop only: how late each send went out after its due time (ns).
    send_lag: Samples,
    kinds: BTreeMap<String, u64>,
    is_pass_true: u64,
    is_pass_false: u64,
    ingress: u64,
    egress: u64,
    audit_unavailable: u64,
    /// Verdicts that differ from the mix row's `expect` (a detection figure,
    /// not an error).
    unexpected: u64,
    error_responses: BTreeMap<String, u64>,
    /// Requests still unanswered when the grace period ran out.
    timeouts: u64,
    /// Requests lost because the connection failed or closed.
    lost: u64,
    connection_errors: u64,
    /// Lines that did not parse or carried an unknown id.
    protocol_errors: u64,
}

impl ConnStats {
    fn merge(&mut self, o: ConnStats) {
        self.sent += o.sent;
        self.answered += o.answered;
        self.answered_in_window += o.answered_in_window;
        self.latencies.0.extend(o.latencies.0);
        self.send_lag.0.extend(o.send_lag.0);
        for (k, n) in o.kinds {
            *self.kinds.entry(k).or_default() += n;
        }
        self.is_pass_true += o.is_pass_true;
        self.is_pass_false += o.is_pass_false;
        self.ingress += o.ingress;
        self.egress += o.egress;
        self.audit_unavailable += o.audit_unavailable;
        self.unexpected += o.unexpected;
        for (k, n) in o.error_responses {
            *self.error_responses.entry(k).or_default() += n;
        }
        self.timeouts += o.timeouts;
        self.lost += o.lost;
        self.connection_errors += o.connection_errors;
        self.protocol_errors += o.protocol_errors;
    }

    fn error_total(&self) -> u64 {
        self.error_responses.values().sum::<u64>()
            + self.timeouts
            + self.lost
            + self.connection_errors
            + self.protocol_errors
    }
}

/// Live counters for the progress line.
#[derive(Default)]
struct Progress {
    answered: AtomicU64,
    errors: AtomicU64,
    in_flight: AtomicU64,
    /// Highest RSS sum of the gate's six processes seen (KiB, 0 = none yet).
    rss_max_kib: AtomicU64,
    /// Highest PSS sum (shared pages counted once), KiB.
    pss_max_kib: AtomicU64,
}

/// The request mix, pre-serialised once.
struct Mix {
    tails: Vec<Vec<u8>>,
    egress: Vec<bool>,
    expect: Vec<Option<Expect>>,
}

impl Mix {
    fn new(rows: &[Row], tenant: Option<&str>) -> Mix {
        Mix {
            tails: rows.iter().map(|r| r.request_tail(tenant)).collect(),
            egress: rows.iter().map(Row::is_egress).collect(),
            expect: rows.iter().map(|r| r.expect).collect(),
        }
    }
}

/// What one connection does.
struct Plan {
    socket: PathBuf,
    window: usize,
    /// Sends stop here; answers are awaited until `end + GRACE`.
    end: Instant,
    /// Requests sent before this are left out of latency and rate.
    measure_from: Instant,
    /// Open loop: requests per second over all connections, released by a
    /// pacer thread (see [`pace`]); closed loop when None.
    rate: Option<f64>,
    /// Stop after this many requests (single-in-flight probe).
    max_requests: Option<u64>,
}

struct Pending {
    sent: Instant,
    row: usize,
    measured: bool,
}

#[derive(Deserialize)]
struct Answer<'a> {
    id: Option<u64>,
    #[serde(default)]
    ok: bool,
    is_pass: Option<bool>,
    #[serde(borrow)]
    kind: Option<Cow<'a, str>>,
    #[serde(borrow)]
    reason: Option<Cow<'a, str>>,
    error: Option<ErrorBody<'a>>,
}

#[derive(Deserialize)]
struct ErrorBody<'a> {
    #[serde(borrow)]
    code: Option<Cow<'a, str>>,
}

/// Open loop: releases one send every 1/rate s, round-robin over the
/// connections, each with the time it was due. A thread with sub-millisecond
/// sleeps, because the runtime's timer has 1 ms ticks: connections paced by it
/// woke together and sent ~rate/1000 requests as one burst each millisecond.
fn pace(dues: Vec<mpsc::UnboundedSender<Instant>>, start: Instant, end: Instant, rate: f64) {
    // Sleep to the microsecond rather than the default 50 µs slack.
    let _ = nix::sys::prctl::set_timerslack(1_000);
    let gap = Duration::from_secs_f64(1.0 / rate);
    let mut k: u32 = 0;
    loop {
        let due = start + gap * k;
        if due >= end || dues.is_empty() {
            return;
        }
        let now = Instant::now();
        if due > now {
            std::thread::sleep(due - now);
        }
        // A connection that already ended drops its receiver: nothing to do.
        let _ = dues[k as usize % dues.len()].send(due);
        k = k.saturating_add(1);
    }
}

/// The next due time from the pacer (never, in closed loop).
async fn next_due(dues: &mut Option<mpsc::UnboundedReceiver<Instant>>) -> Option<Instant> {
    match dues {
        Some(rx) => rx.recv().await,
        None => std::future::pending().await,
    }
}

async fn run_conn(
    idx: usize,
    plan: Arc<Plan>,
    mix: Arc<Mix>,
    progress: Arc<Progress>,
    mut dues: Option<mpsc::UnboundedReceiver<Instant>>,
) -> ConnStats {
    let mut st = ConnStats::default();
    let stream = match UnixStream::connect(&plan.socket).await {
        Ok(s) => s,
        Err(_) => {
            st.connection_errors += 1;
            progress.errors.fetch_add(1, Ordering::Relaxed);
            return st;
        }
    };
    let (rd, mut wr) = stream.into_split();
    let mut rd = BufReader::with_capacity(64 * 1024, rd);
    let rows = mix.tails.len();
    // Each connection starts at a different place in the mix.
    let mut next_row = (idx * 7919) % rows;
    let mut next_id: u64 = 1;
    let mut pending: HashMap<u64, Pending> = HashMap::with_capacity(plan.window * 2);
    let mut out: Vec<u8> = Vec::with_capacity(plan.window * 1024);
    let mut line: Vec<u8> = Vec::with_capacity(4096);
    // Open loop: sends the pacer released that the window has not let out yet.
    let open_loop = dues.is_some();
    let mut released: VecDeque<Instant> = VecDeque::new();
    let mut pacer_done = !open_loop;
    let hard_end = plan.end + GRACE;
    loop {
        let now = Instant::now();
        let budget_left = plan.max_requests.is_none_or(|m| st.sent < m);
        let sending = now < plan.end && budget_left;
        if sending {
            while pending.len() < plan.window && plan.max_requests.is_none_or(|m| st.sent < m) {
                let due = if open_loop {
                    match released.pop_front() {
                        Some(d) => d,
                        None => break,
                    }
                } else {
                    now
                };
                if open_loop {
                    st.send_lag
                        .0
                        .push(now.saturating_duration_since(due).as_nanos() as u64);
                }
                Row::request_line(&mix.tails[next_row], next_id, &mut out);
                pending.insert(
                    next_id,
                    Pending {
                        sent: now,
                        row: next_row,
                        measured: now >= plan.measure_from,
                    },
                );
                next_id += 1;
                next_row = (next_row + 1) % rows;
                st.sent += 1;
                progress.in_flight.fetch_add(1, Ordering::Relaxed);
            }
        }
        if !out.is_empty() {
            if wr.write_all(&out).await.is_err() {
                st.connection_errors += 1;
                break;
            }
            out.clear();
        }
        if !sending && pending.is_empty() {
            break;
        }
        if now >= hard_end {
            break;
        }
        let wake = if sending { plan.end } else { hard_end };
        // `line` keeps a partial line across a cancelled read (read_until
        // appends what it got so far), so it is cleared only after a full line.
        tokio::select! {
            r = rd.read_until(b'\n', &mut line) => {
                match r {
                    Ok(0) | Err(_) => {
                        st.connection_errors += 1;
                        break;
                    }
                    Ok(_) => {
                        let at = Instant::now();
                        on_answer(&line, at, &plan, &mix, &mut pending, &mut st, &progress);
                        line.clear();
                        // Drain what is already buffered without another wake-up.
                        while rd.buffer().contains(&b'\n') {
                            line.clear();
                            if rd.read_until(b'\n', &mut line).await.is_err() {
                                break;
                            }
                            on_answer(&line, at, &plan, &mix, &mut pending, &mut st, &progress);
                            line.clear();
                        }
                    }
                }
            }
            d = next_due(&mut dues), if !pacer_done => {
                match d {
                    Some(d) => released.push_back(d),
                    None => pacer_done = true,
                }
            }
            _ = tokio::time::sleep_until(wake.into()) => {}
        }
    }
    let left = pending.len() as u64;
    if left > 0 {
        if Instant::now() >= hard_end {
            st.timeouts += left;
        } else {
            st.lost += left;
        }
        progress.in_flight.fetch_sub(left, Ordering::Relaxed);
        progress.errors.fetch_add(left, Ordering::Relaxed);
    }
    let _ = wr.shutdown().await;
    st
}

fn on_answer(
    line: &[u8],
    at: Instant,
    plan: &Plan,
    mix: &Mix,
    pending: &mut HashMap<u64, Pending>,
    st: &mut ConnStats,
    progress: &Progress,
) {
    let Ok(ans) = serde_json::from_slice::<Answer>(line) else {
        st.protocol_errors += 1;
        progress.errors.fetch_add(1, Ordering::Relaxed);
        return;
    };
    let Some(p) = ans.id.and_then(|id| pending.remove(&id)) else {
        st.protocol_errors += 1;
        progress.errors.fetch_add(1, Ordering::Relaxed);
        return;
    };
    progress.in_flight.fetch_sub(1, Ordering::Relaxed);
    progress.answered.fetch_add(1, Ordering::Relaxed);
    st.answered += 1;
    if at >= plan.measure_from && at <= plan.end {
        st.answered_in_window += 1;
    }
    if p.measured {
        st.latencies
            .0
            .push(at.saturating_duration_since(p.sent).as_nanos() as u64);
    }
    if !ans.ok {
        let code = ans
            .error
            .and_then(|e| e.code)
            .map(Cow::into_owned)
            .unwrap_or_else(|| "?".into());
        *st.error_responses.entry(code).or_default() += 1;
        progress.errors.fetch_add(1, Ordering::Relaxed);
        return;
    }
    let is_pass = ans.is_pass == Some(true);
    if is_pass {
        st.is_pass_true += 1;
    } else {
        st.is_pass_false += 1;
    }
    let kind = ans.kind.as_deref().unwrap_or("?");
    match st.kinds.get_mut(kind) {
        Some(n) => *n += 1,
        None => {
            st.kinds.insert(kind.to_string(), 1);
        }
    }
    if ans.reason.as_deref() == Some("AuditUnavailable") {
        st.audit_unavailable += 1;
    }
    if mix.egress[p.row] {
        st.egress += 1;
    } else {
        st.ingress += 1;
    }
    let expected_pass = match mix.expect[p.row] {
        Some(Expect::Pass) => Some(true),
        Some(Expect::Block) => Some(false),
        None => None,
    };
    if expected_pass.is_some_and(|e| e != is_pass) {
        st.unexpected += 1;
    }
}

/// One request/response over a fresh connection (status during the run).
async fn ask(socket: &Path, req: &Value) -> anyhow::Result<Value> {
    let s = UnixStream::connect(socket).await?;
    let (rd, mut wr) = s.into_split();
    let mut line = serde_json::to_vec(req)?;
    line.push(b'\n');
    wr.write_all(&line).await?;
    let mut rd = BufReader::new(rd);
    let mut out = Vec::new();
    tokio::time::timeout(Duration::from_secs(5), rd.read_until(b'\n', &mut out)).await??;
    Ok(serde_json::from_slice(&out)?)
}

/// Sum of `field` (`rss_kib` or `pss_kib`) over the supervisor and its five
/// children, from `status`.
fn gate_mem_kib(status: &Value, field: &str) -> Option<u64> {
    let sup = status["supervisor"][field].as_u64()?;
    let kids: u64 = status["processes"]
        .as_array()?
        .iter()
        .filter_map(|p| p[field].as_u64())
        .sum();
    Some(sup + kids)
}

/// Prints a progress line every second and samples the gate's RSS.
async fn progress_loop(
    socket: PathBuf,
    progress: Arc<Progress>,
    start: Instant,
    end: Instant,
    quiet: bool,
) {
    let mut tick = tokio::time::interval_at(
        (start + Duration::from_secs(1)).into(),
        Duration::from_secs(1),
    );
    let mut last = 0u64;
    loop {
        tick.tick().await;
        let now = Instant::now();
        if now > end + GRACE {
            return;
        }
        let done = progress.answered.load(Ordering::Relaxed);
        let status = ask(&socket, &json!({"id": 0, "op": "status"})).await.ok();
        let rss = status.as_ref().and_then(|s| gate_mem_kib(s, "rss_kib"));
        let pss = status.as_ref().and_then(|s| gate_mem_kib(s, "pss_kib"));
        if let Some(r) = rss {
            progress.rss_max_kib.fetch_max(r, Ordering::Relaxed);
        }
        if let Some(p) = pss {
            progress.pss_max_kib.fetch_max(p, Ordering::Relaxed);
        }
        if !quiet {
            eprintln!(
                "[{:>5.1}s] answered {:>9}  {:>7}/s  in flight {:>5}  errors {}  gate rss {}",
                now.duration_since(start).as_secs_f64(),
                done,
                done - last,
                progress.in_flight.load(Ordering::Relaxed),
                progress.errors.load(Ordering::Relaxed),
                rss.map(|r| format!("{:.1} MiB", r as f64 / 1024.0))
                    .unwrap_or_else(|| "?".into()),
            );
        }
        last = done;
        if now >= end {
            return;
        }
    }
}

struct RunResult {
    stats: ConnStats,
    elapsed: Duration,
    measured_for: Duration,
    rss_max_kib: Option<u64>,
    pss_max_kib: Option<u64>,
}

async fn load(
    socket: &Path,
    connections: usize,
    plan: Plan,
    mix: Arc<Mix>,
    start: Instant,
    progress_lines: bool,
) -> RunResult {
    let progress = Arc::new(Progress::default());
    let plan = Arc::new(plan);
    let reporter = progress_lines.then(|| {
        tokio::spawn(progress_loop(
            socket.to_path_buf(),
            progress.clone(),
            start,
            plan.end,
            false,
        ))
    });
    let mut tasks = Vec::with_capacity(connections);
    let mut senders = Vec::new();
    for i in 0..connections {
        let dues = plan.rate.map(|_| {
            let (tx, rx) = mpsc::unbounded_channel();
            senders.push(tx);
            rx
        });
        tasks.push(tokio::spawn(run_conn(
            i,
            plan.clone(),
            mix.clone(),
            progress.clone(),
            dues,
        )));
    }
    let pacer = match plan.rate {
        Some(rate) => {
            let end = plan.end;
            std::thread::Builder::new()
                .name("bench-pacer".into())
                .spawn(move || pace(senders, start, end, rate))
                .ok()
        }
        None => None,
    };
    let mut stats = ConnStats::default();
    for t in tasks {
        match t.await {
            Ok(s) => stats.merge(s),
            Err(_) => stats.connection_errors += 1,
        }
    }
    if let Some(p) = pacer {
        let _ = p.join();
    }
    let elapsed = start.elapsed();
    if let Some(r) = reporter {
        r.abort();
    }
    let rss_max_kib = Some(progress.rss_max_kib.load(Ordering::Relaxed)).filter(|&r| r > 0);
    let pss_max_kib = Some(progress.pss_max_kib.load(Ordering::Relaxed)).filter(|&r| r > 0);
    let measured_for = plan.end.saturating_duration_since(plan.measure_from);
    RunResult {
        stats,
        elapsed,
        measured_for,
        rss_max_kib,
        pss_max_kib,
    }
}

/// Latencies (ns) of `samples` 300-byte appends, each followed by fdatasync,
/// to a scratch file in `dir` (removed afterwards).
fn measure_floor(dir: &Path, samples: u32) -> anyhow::Result<Samples> {
    let path = dir.join(format!(".pg-bench-floor-{}", std::process::id()));
    let mut f = std::fs::OpenOptions::new()
        .create_new(true)
        .append(true)
        .open(&path)
        .with_context(|| format!("creating {}", path.display()))?;
    let mut rec = [b'x'; 300];
    rec[299] = b'\n';
    let mut out = Samples::default();
    let result = (|| -> std::io::Result<()> {
        for _ in 0..samples {
            let t = Instant::now();
            f.write_all(&rec)?;
            f.sync_data()?;
            out.0.push(t.elapsed().as_nanos() as u64);
        }
        Ok(())
    })();
    let _ = std::fs::remove_file(&path);
    result.with_context(|| format!("append + fdatasync in {}", dir.display()))?;
    Ok(out)
}

/// Round trips (ns) of a 64-byte message to another process and back over a
/// Unix socket (`cat` reading and writing one end of a socket pair): the price
/// of the wake-ups and switches every hop between the gate's processes pays.
/// Pipes or two threads of one process would understate it: the kernel tends
/// to run a pipe's reader on the writer's core, and threads share an address
/// space.
fn measure_wakeup(samples: u32) -> anyhow::Result<Samples> {
    use std::io::Read;
    use std::os::fd::OwnedFd;
    use std::process::{Command, Stdio};
    let (mut here, there) =
        std::os::unix::net::UnixStream::pair().context("socketpair for the round-trip probe")?;
    let there_in: OwnedFd = there
        .try_clone()
        .context("socketpair for the round-trip probe")?
        .into();
    let there_out: OwnedFd = there.into();
    let mut echo = Command::new("cat")
        .stdin(Stdio::from(there_in))
        .stdout(Stdio::from(there_out))
        .stderr(Stdio::null())
        .spawn()
        .context("starting `cat` for the round-trip probe")?;
    let result = (|| -> anyhow::Result<Samples> {
        let mut out = Samples::default();
        let mut b = [7u8; 64];
        let warm = samples / 10;
        for i in 0..samples + warm {
            let t = Instant::now();
            here.write_all(&b).context("round-trip probe write")?;
            here.read_exact(&mut b).context("round-trip probe read")?;
            if i >= warm {
                out.0.push(t.elapsed().as_nanos() as u64);
            }
        }
        Ok(out)
    })();
    // End of file on its input ends `cat`.
    drop(here);
    let _ = echo.wait();
    result
}

/// Process round trips on a verdict's path: client and supervisor, supervisor
/// and a channel (both channels in parallel), supervisor and the audit process.
const ROUND_TRIPS_PER_VERDICT: f64 = 3.0;

fn cpu_seconds() -> f64 {
    use nix::sys::resource::{getrusage, UsageWho};
    getrusage(UsageWho::RUSAGE_SELF)
        .map(|u| {
            let t = |tv: nix::sys::time::TimeVal| tv.tv_sec() as f64 + tv.tv_usec() as f64 / 1e6;
            t(u.user_time()) + t(u.system_time())
        })
        .unwrap_or(0.0)
}

pub fn run(a: BenchArgs) -> anyhow::Result<i32> {
    if !(a.duration > 0.0 && a.duration <= 3600.0) {
        bail!("--duration must be in (0, 3600] seconds");
    }
    if !(a.warmup >= 0.0 && a.warmup < a.duration) {
        bail!("--warmup must be in [0, duration)");
    }
    if let Some(r) = a.rate {
        if !(r > 0.0 && r <= 10_000_000.0) {
            bail!("--rate must be in (0, 10000000]");
        }
    }
    let (rows, mix_name) = match &a.mix {
        Some(p) => (crate::quality::load_rows(p)?, p.display().to_string()),
        None => (
            parse_rows(DEFAULT_MIX, "bench-mix")?,
            "built-in (corpus/bench-mix.jsonl)".to_string(),
        ),
    };
    if rows.is_empty() {
        bail!("the mix has no rows");
    }
    let mix = Arc::new(Mix::new(&rows, a.tenant.as_deref()));
    let floor_dir = a.floor_dir.clone().unwrap_or_else(|| {
        a.socket
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."))
    });
    let floor = if a.floor_samples > 0 {
        Some(measure_floor(&floor_dir, a.floor_samples)?.summary())
    } else {
        None
    };
    // Only context for the floor: a machine without `cat` still gets its bench.
    let wakeup = if a.floor_samples > 0 {
        match measure_wakeup(a.floor_samples.saturating_mul(10)) {
            Ok(s) => Some(s.summary()),
            Err(e) => {
                eprintln!("warning: process round-trip probe skipped: {e:#}");
                None
            }
        }
    } else {
        None
    };
    // fdatasync + the round trips no verdict can skip, as a multiple of the floor.
    let lowest_over_floor = match (&floor, &wakeup) {
        (Some(f), Some(w)) if f.p50 > 0.0 => {
            Some((f.p50 + ROUND_TRIPS_PER_VERDICT * w.p50) / f.p50)
        }
        _ => None,
    };

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("building the client runtime")?;
    let connections = a.connections as usize;
    let window = a.window as usize;
    let single_is_main = connections == 1 && window == 1 && a.rate.is_none();

    // Fail fast when the gate is not there or not ready.
    let health = rt
        .block_on(ask(&a.socket, &json!({"id": 0, "op": "health"})))
        .with_context(|| {
            format!(
                "asking {} for health (is the gate running?)",
                a.socket.display()
            )
        })?;
    if health["status"] != json!("ok") {
        eprintln!("warning: the gate reports health {}", health["status"]);
    }

    let single = if a.single > 0 && !single_is_main {
        let start = Instant::now();
        let plan = Plan {
            socket: a.socket.clone(),
            window: 1,
            end: start + Duration::from_secs(5),
            measure_from: start,
            rate: None,
            max_requests: Some(u64::from(a.single)),
        };
        let r = rt.block_on(load(&a.socket, 1, plan, mix.clone(), start, false));
        Some(r.stats.latencies.summary())
    } else {
        None
    };

    if !a.json {
        eprintln!(
            "bench: {connections} connection(s) x {window} in flight, {} s ({} s warm-up), {}, mix {mix_name} ({} rows)",
            a.duration,
            a.warmup,
            a.rate
                .map(|r| format!("open loop at {r}/s"))
                .unwrap_or_else(|| "closed loop".into()),
            rows.len()
        );
    }
    let cpu0 = cpu_seconds();
    let start = Instant::now();
    let end = start + Duration::from_secs_f64(a.duration);
    let plan = Plan {
        socket: a.socket.clone(),
        window,
        end,
        measure_from: start + Duration::from_secs_f64(a.warmup),
        rate: a.rate,
        max_requests: None,
    };
    let r = rt.block_on(load(&a.socket, connections, plan, mix, start, true));
    let client_cpu = cpu_seconds() - cpu0;

    let mut st = r.stats;
    let measured_s = r.measured_for.as_secs_f64();
    let rate = st.answered_in_window as f64 / measured_s;
    let errors = st.error_total();
    let lat = std::mem::take(&mut st.latencies).summary();
    let lag = std::mem::take(&mut st.send_lag);
    let lag = a.rate.is_some().then(|| lag.summary());
    let single = if single_is_main { Some(lat) } else { single };
    let ratio = match (&single, &floor) {
        (Some(s), Some(f)) if f.p50 > 0.0 => Some(s.p50 / f.p50),
        _ => None,
    };

    if a.json {
        let out = json!({
            "config": {
                "socket": a.socket.display().to_string(),
                "connections": connections, "window": window,
                "duration_s": a.duration, "warmup_s": a.warmup, "rate": a.rate,
                "mix": mix_name, "mix_rows": rows.len(), "tenant": a.tenant,
            },
            "elapsed_s": r.elapsed.as_secs_f64(),
            "sent": st.sent,
            "answered": st.answered,
            "answered_in_window": st.answered_in_window,
            "verdicts_per_s": rate.round(),
            "latency_us": lat.json(),
            "send_lag_us": lag.map(|l| l.json()),
            "errors": {
                "total": errors,
                "error_responses": st.error_responses,
                "timeouts": st.timeouts,
                "lost": st.lost,
                "connection": st.connection_errors,
                "protocol": st.protocol_errors,
            },
            "verdicts": {
                "kinds": st.kinds,
                "is_pass_true": st.is_pass_true,
                "is_pass_false": st.is_pass_false,
                "ingress": st.ingress,
                "egress": st.egress,
                "audit_unavailable": st.audit_unavailable,
                "unexpected": st.unexpected,
            },
            "floor": floor.map(|f| {
                let mut v = f.json();
                v["dir"] = json!(floor_dir.display().to_string());
                v
            }),
            "single": single.map(|s| s.json()),
            "single_p50_over_floor": ratio.map(|x| (x * 100.0).round() / 100.0),
            "wakeup_round_trip": wakeup.map(|w| w.json()),
            "lowest_possible_over_floor": lowest_over_floor.map(|x| (x * 100.0).round() / 100.0),
            "gate_rss_kib_max": r.rss_max_kib,
            "gate_pss_kib_max": r.pss_max_kib,
            "client_cpu_s": (client_cpu * 100.0).round() / 100.0,
        });
        println!("{out}");
        return Ok(0);
    }

    println!(
        "verdicts: {} answered in the measured {:.1} s = {:.0}/s  ({} sent, {} answered in total)",
        st.answered_in_window, measured_s, rate, st.sent, st.answered
    );
    println!(
        "latency µs: p50 {:.0}  p90 {:.0}  p99 {:.0}  p99.9 {:.0}  max {:.0}  (mean {:.0}, {} samples)",
        lat.p50, lat.p90, lat.p99, lat.p999, lat.max, lat.mean, lat.count
    );
    if let Some(l) = lag {
        println!(
            "send lag behind schedule µs: p50 {:.0}  p99 {:.0}  max {:.0}",
            l.p50, l.p99, l.max
        );
    }
    let error_codes: Vec<String> = st
        .error_responses
        .iter()
        .map(|(k, n)| format!("{k}={n}"))
        .collect();
    println!(
        "errors: {errors}  (error responses [{}], timeouts {}, lost {}, connection {}, protocol {})",
        error_codes.join(" "),
        st.timeouts,
        st.lost,
        st.connection_errors,
        st.protocol_errors
    );
    let kinds: Vec<String> = st.kinds.iter().map(|(k, n)| format!("{k}={n}")).collect();
    println!(
        "verdict mix: {}  is_pass true={} false={}  ingress={} egress={}  AuditUnavailable={}  differing from the mix's expect={}",
        kinds.join(" "),
        st.is_pass_true,
        st.is_pass_false,
        st.ingress,
        st.egress,
        st.audit_unavailable,
        st.unexpected
    );
    if let Some(f) = &floor {
        println!(
            "floor: 300-byte append + fdatasync in {}: p50 {:.0} µs (min {:.0}, p99 {:.0}; {} samples)",
            floor_dir.display(),
            f.p50,
            f.min,
            f.p99,
            f.count
        );
    }
    if let (Some(w), Some(f), Some(x)) = (&wakeup, &floor, lowest_over_floor) {
        println!(
            "process round trip (64 bytes over a Unix socket to `cat` and back): p50 {:.0} µs (p99 {:.0}); floor + {} round trips = {:.0} µs = {x:.2}x the floor (the least a verdict can take here)",
            w.p50,
            w.p99,
            ROUND_TRIPS_PER_VERDICT,
            f.p50 + ROUND_TRIPS_PER_VERDICT * w.p50,
        );
    }
    if let Some(s) = &single {
        println!(
            "single in flight: p50 {:.0} µs, p99 {:.0} µs ({} requests){}",
            s.p50,
            s.p99,
            s.count,
            ratio
                .map(|x| format!(" = {x:.2}x the floor"))
                .unwrap_or_default()
        );
    }
    if let Some(m) = r.rss_max_kib {
        println!(
            "gate RSS (supervisor + 5 children), highest sample under load: {:.1} MiB",
            m as f64 / 1024.0
        );
    }
    if let Some(m) = r.pss_max_kib {
        println!(
            "gate PSS (shared pages counted once), highest sample under load: {:.1} MiB",
            m as f64 / 1024.0
        );
    }
    println!(
        "client CPU: {:.2} s over {:.1} s",
        client_cpu,
        r.elapsed.as_secs_f64()
    );
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_exact() {
        let s = Samples((1..=1000).rev().map(|n| n * 1000).collect()).summary();
        assert_eq!(s.count, 1000);
        assert_eq!(s.p50, 500.0);
        assert_eq!(s.p99, 990.0);
        assert_eq!(s.p999, 999.0);
        assert_eq!(s.max, 1000.0);
        assert_eq!(s.min, 1.0);
        let empty = Samples::default().summary();
        assert_eq!(empty.p99, 0.0);
    }

    #[test]
    fn builtin_mix_parses_and_has_both_directions_and_labels() {
        let rows = parse_rows(DEFAULT_MIX, "bench-mix").unwrap();
        assert!(rows.len() >= 50);
        let egress = rows.iter().filter(|r| r.is_egress()).count();
        assert!(egress > 0 && egress < rows.len());
        assert!(rows.iter().any(|r| r.expect == Some(Expect::Block)));
        assert!(rows.iter().all(|r| r.expect.is_some()));
    }

    #[test]
    fn rss_sum_uses_all_processes() {
        let st = json!({"supervisor": {"rss_kib": 10},
                        "processes": [{"rss_kib": 1}, {"rss_kib": 2}, {"rss_kib": 3}, {"rss_kib": 4}, {"rss_kib": 5}]});
        assert_eq!(gate_mem_kib(&st, "rss_kib"), Some(25));
        assert_eq!(gate_mem_kib(&st, "pss_kib"), None);
        assert_eq!(gate_mem_kib(&json!({}), "rss_kib"), None);
    }

    #[test]
    fn floor_probe_writes_and_cleans_up() {
        let dir = tempfile::tempdir().unwrap();
        let s = measure_floor(dir.path(), 3).unwrap().summary();
        assert_eq!(s.count, 3);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn wakeup_probe_counts_only_measured_round_trips() {
        let s = measure_wakeup(50).unwrap().summary();
        assert_eq!(s.count, 50);
        assert!(s.min > 0.0);
    }
}
