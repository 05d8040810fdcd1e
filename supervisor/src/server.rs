//! The client socket: accept, check the peer, and run one session per
//! connection. A session reads JSON lines, answers each request (out of order,
//! pipelined), and survives malformed lines.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ractor::ActorRef;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{UnixListener, UnixStream};
use tokio::sync::{mpsc, oneshot, Semaphore};

use ipc::peer::{peer_cred, PeerCred};
use ipc::{Direction, RecordKind};

use crate::actors::voter::{Job, VoterMsg};
use crate::protocol::{error_line, line, salvage_id, verdict_line, ClientRequest, ErrorCode};
use crate::shared::{Shared, STATUS_ORDER};

/// Context every session shares.
#[derive(Clone)]
pub struct Ctx {
    pub shared: Arc<Shared>,
    pub voter: ActorRef<VoterMsg>,
    pub reload: mpsc::Sender<oneshot::Sender<Result<u64, String>>>,
}

pub async fn accept_loop(listener: UnixListener, ctx: Ctx) {
    let limit = Arc::new(Semaphore::new(ctx.shared.config.limits.max_connections));
    loop {
        let (stream, _) = match listener.accept().await {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!(error = %e, "accept failed");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let peer = match peer_cred(&stream) {
            Ok(p) => p,
            Err(e) => {
                tracing::warn!(error = %e, "no peer credentials; closing");
                continue;
            }
        };
        if !peer_allowed(&ctx.shared, peer) {
            refuse(
                stream,
                &ctx.shared,
                peer,
                ErrorCode::Unauthorized,
                "caller not allowed on this socket",
            )
            .await;
            continue;
        }
        let Ok(permit) = limit.clone().try_acquire_owned() else {
            refuse(
                stream,
                &ctx.shared,
                peer,
                ErrorCode::Unavailable,
                "too many connections",
            )
            .await;
            continue;
        };
        let ctx = ctx.clone();
        tokio::spawn(async move {
            ctx.shared
                .counters
                .connections
                .fetch_add(1, Ordering::Relaxed);
            session(stream, peer, ctx.clone()).await;
            ctx.shared
                .counters
                .connections
                .fetch_sub(1, Ordering::Relaxed);
            drop(permit);
        });
    }
}

fn peer_allowed(shared: &Shared, peer: PeerCred) -> bool {
    let c = &shared.config;
    if c.allowed_uids.is_empty() && c.allowed_gids.is_empty() {
        return true;
    }
    c.allowed_uids.contains(&peer.uid) || c.allowed_gids.contains(&peer.gid)
}

/// Refusals are audited, but at most one record per second (with a count), so
/// a client reconnecting in a loop cannot make the audit log sync per attempt.
async fn refuse(
    mut stream: UnixStream,
    shared: &Shared,
    peer: PeerCred,
    code: ErrorCode,
    why: &'static str,
) {
    tracing::warn!(
        uid = peer.uid,
        gid = peer.gid,
        pid = peer.pid,
        why,
        "connection refused"
    );
    shared
        .counters
        .refused_unaudited
        .fetch_add(1, Ordering::AcqRel);
    let now = ipc::now_ms();
    let last = shared.counters.refused_audited_ms.load(Ordering::Acquire);
    if now.saturating_sub(last) >= 1000
        && shared
            .counters
            .refused_audited_ms
            .compare_exchange(last, now, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    {
        let n = shared
            .counters
            .refused_unaudited
            .swap(0, Ordering::AcqRel)
            .max(1);
        shared.audit_event(
            RecordKind::ConnectionRefused,
            None,
            format!(
                "{n} connection(s) refused; latest uid={} gid={} pid={}: {why}",
                peer.uid, peer.gid, peer.pid
            ),
        );
    }
    let _ = stream.write_all(&error_line(&Value::Null, code, why)).await;
}

async fn session(stream: UnixStream, peer: PeerCred, ctx: Ctx) {
    let (mut r, mut w) = stream.into_split();
    let (tx, mut rx) = mpsc::channel::<Vec<u8>>(1024);
    let writer = tokio::spawn(async move {
        let mut buf = Vec::with_capacity(16 * 1024);
        while let Some(first) = rx.recv().await {
            buf.clear();
            buf.extend_from_slice(&first);
            while buf.len() < 256 * 1024 {
                match rx.try_recv() {
                    Ok(more) => buf.extend_from_slice(&more),
                    Err(_) => break,
                }
            }
            if w.write_all(&buf).await.is_err() {
                return;
            }
        }
    });
    let limits = ctx.shared.config.limits.clone();
    let in_flight = Arc::new(Semaphore::new(limits.max_in_flight_per_connection));
    let mut buf: Vec<u8> = Vec::with_capacity(16 * 1024);
    // Lines are taken from buf[start..]; consumed bytes are dropped once per read,
    // not once per line (pipelined clients send many lines per read).
    let mut start = 0usize;
    let mut scanned = 0usize;
    let mut discarding = false;
    let idle = Duration::from_secs(limits.idle_timeout_s);
    let line_limit = Duration::from_secs(limits.line_timeout_s);
    let mut line_started: Option<Instant> = None;
    // Tells long-lived per-session tasks (watch streams) that the client left.
    let (closed_tx, closed_rx) = tokio::sync::watch::channel(false);
    loop {
        // Every complete line in the buffer.
        while let Some(pos) = buf[scanned..].iter().position(|b| *b == b'\n') {
            let end = scanned + pos;
            if discarding {
                discarding = false;
            } else if end - start > limits.max_line_bytes {
                let msg = format!("line exceeds {} bytes", limits.max_line_bytes);
                let _ = tx
                    .send(error_line(&Value::Null, ErrorCode::TooLarge, &msg))
                    .await;
            } else {
                let permit = match in_flight.clone().acquire_owned().await {
                    Ok(p) => p,
                    Err(_) => return,
                };
                handle_line(&buf[start..end], peer, &ctx, &tx, permit, &closed_rx).await;
            }
            start = end + 1;
            scanned = start;
        }
        buf.drain(..start);
        start = 0;
        scanned = buf.len();
        if buf.len() > limits.max_line_bytes {
            if !discarding {
                let msg = format!("line exceeds {} bytes", limits.max_line_bytes);
                let _ = tx
                    .send(error_line(&Value::Null, ErrorCode::TooLarge, &msg))
                    .await;
                discarding = true;
            }
            buf.clear();
            scanned = 0;
        }
        if buf.capacity() - buf.len() < 8 * 1024 {
            buf.reserve(16 * 1024);
        }
        // A half-sent line must complete within line_timeout, however slowly its
        // bytes trickle in; otherwise the connection only has to stay active.
        let partial = !buf.is_empty() || discarding;
        line_started = if partial {
            line_started.or(Some(Instant::now()))
        } else {
            None
        };
        let wait = match line_started {
            Some(t) => idle.min(line_limit.saturating_sub(t.elapsed())),
            None => idle,
        };
        let read = tokio::time::timeout(wait, r.read_buf(&mut buf)).await;
        match read {
            Ok(Ok(0)) | Ok(Err(_)) => break,
            Ok(Ok(_)) => {}
            Err(_) => {
                let why = if partial {
                    "line not completed in time"
                } else {
                    "idle timeout"
                };
                let _ = tx
                    .send(error_line(&Value::Null, ErrorCode::BadRequest, why))
                    .await;
                break;
            }
        }
    }
    let _ = closed_tx.send(true);
    // Let in-flight answers go out before closing.
    let _ = in_flight
        .acquire_many(limits.max_in_flight_per_connection as u32)
        .await;
    drop(tx);
    let _ = writer.await;
}

async fn handle_line(
    bytes: &[u8],
    peer: PeerCred,
    ctx: &Ctx,
    tx: &mpsc::Sender<Vec<u8>>,
    permit: tokio::sync::OwnedSemaphorePermit,
    closed: &tokio::sync::watch::Receiver<bool>,
) {
    let started = Instant::now();
    let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return; // blank line between requests
    }
    let bad = |id: &Value, msg: &str| {
        ctx.shared
            .counters
            .bad_requests
            .fetch_add(1, Ordering::Relaxed);
        error_line(id, ErrorCode::BadRequest, msg)
    };
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(_) => {
            let _ = tx.send(bad(&Value::Null, "line is not valid UTF-8")).await;
            return;
        }
    };
    let req: ClientRequest = match serde_json::from_str(text) {
        Ok(r) => r,
        Err(e) => {
            let id = salvage_id(bytes);
            let _ = tx.send(bad(&id, &format!("malformed request: {e}"))).await;
            return;
        }
    };
    if !crate::protocol::valid_id(&req.id) {
        // Floats and out-of-range integers would come back rounded, and two
        // requests could then share an answer's id.
        let _ = tx
            .send(bad(&Value::Null, "id must be a string or a 64-bit integer"))
            .await;
        return;
    }
    let direction = match req.op.as_str() {
        "evaluate" => Direction::Ingress,
        "egress" => Direction::Egress,
        "health" => {
            let status = ctx.shared.health();
            let _ = tx
                .send(line(&json!({"id": req.id, "ok": true, "status": status})))
                .await;
            return;
        }
        "status" => {
            // Reading every process's smaps_rollup takes about a millisecond:
            // off the runtime's worker threads, which carry the verdicts.
            let shared = ctx.shared.clone();
            let id = req.id.clone();
            let out =
                match tokio::task::spawn_blocking(move || line(&status_json(&id, &shared))).await {
                    Ok(out) => out,
                    Err(_) => error_line(&req.id, ErrorCode::Unavailable, "status failed"),
                };
            let _ = tx.send(out).await;
            return;
        }
        "reload" => {
            let out = reload_op(&req, peer, ctx).await;
            let _ = tx.send(out).await;
            return;
        }
        "watch" => {
            // Streams event lines until the client goes away; the session keeps
            // reading (and answering) other requests meanwhile.
            let mut rx = ctx.shared.events.subscribe();
            let _ = tx
                .send(line(&json!({"id": req.id, "ok": true, "watching": true})))
                .await;
            let tx = tx.clone();
            let id = req.id.clone();
            let mut closed = closed.clone();
            tokio::spawn(async move {
                loop {
                    let ev = tokio::select! {
                        ev = rx.recv() => ev,
                        _ = closed.changed() => return,
                    };
                    match ev {
                        Ok(ev) => {
                            let mut l = format!("{{\"id\":{id},\"event\":{ev}}}").into_bytes();
                            l.push(b'\n');
                            if tx.send(l).await.is_err() {
                                return;
                            }
                        }
                        Err(tokio::sync::broadcast::error::RecvError::Lagged(n)) => {
                            let l =
                                line(&json!({"id": id, "event": {"event": "Lagged", "missed": n}}));
                            if tx.send(l).await.is_err() {
                                return;
                            }
                        }
                        Err(_) => return,
                    }
                }
            });
            drop(permit);
            return;
        }
        other => {
            let _ = tx
                .send(bad(&req.id, &format!("unknown op {other:?}")))
                .await;
            return;
        }
    };
    let (prompt, response) = match (direction, req.prompt, req.response) {
        (Direction::Ingress, Some(p), _) => (p, None),
        (Direction::Ingress, None, _) => {
            let _ = tx
                .send(bad(&req.id, "evaluate needs a string \"prompt\""))
                .await;
            return;
        }
        (Direction::Egress, p, Some(r)) => (p.unwrap_or_default(), Some(r)),
        (Direction::Egress, _, None) => {
            let _ = tx
                .send(bad(&req.id, "egress needs a string \"response\""))
                .await;
            return;
        }
    };
    let (reply_tx, reply_rx) = oneshot::channel();
    let job = Job {
        direction,
        tenant: req.tenant.clone(),
        peer,
        prompt,
        response,
        system_prompt: req.system_prompt,
        started,
        reply: reply_tx,
    };
    if ctx.voter.cast(VoterMsg::Evaluate(job)).is_err() {
        let _ = tx
            .send(error_line(
                &req.id,
                ErrorCode::Unavailable,
                "voter is not running",
            ))
            .await;
        return;
    }
    let shared = ctx.shared.clone();
    let tx = tx.clone();
    let id = req.id;
    let tenant = req.tenant;
    // Upper bound on the wait: channel deadline + audit deadline (+ slack).
    let wait = shared.config.channel_deadline()
        + Duration::from_millis(shared.config.deadlines.audit_ms)
        + Duration::from_millis(50);
    shared.counters.in_flight.fetch_add(1, Ordering::Relaxed);
    tokio::spawn(async move {
        let reply = tokio::time::timeout(wait, reply_rx).await;
        let elapsed = started.elapsed().as_micros() as u64;
        let out = match reply {
            Ok(Ok(reply)) => {
                if reply.audit.is_err() {
                    shared
                        .counters
                        .audit_unavailable
                        .fetch_add(1, Ordering::Relaxed);
                    shared.metrics.audit_unavailable();
                }
                verdict_line(&id, tenant.as_deref(), &reply, elapsed)
            }
            _ => {
                shared
                    .counters
                    .audit_unavailable
                    .fetch_add(1, Ordering::Relaxed);
                shared.metrics.audit_unavailable();
                line(&json!({
                    "id": id, "ok": true, "is_pass": false, "kind": "Block",
                    "reason": "AuditUnavailable", "intent": null, "tenant": tenant,
                    "audit_seq": null, "elapsed_us": elapsed, "channels": {}
                }))
            }
        };
        shared.counters.in_flight.fetch_sub(1, Ordering::Relaxed);
        shared.metrics.latency(Some(direction), elapsed);
        let _ = tx.send(out).await;
        drop(permit);
    });
}

async fn reload_op(req: &ClientRequest, peer: PeerCred, ctx: &Ctx) -> Vec<u8> {
    let authorised = match (&ctx.shared.init_token, &req.token) {
        (Some(t), Some(given)) => t.matches(given),
        _ => false,
    };
    if !authorised {
        tracing::warn!(
            uid = peer.uid,
            pid = peer.pid,
            "reload refused: bad or missing token"
        );
        ctx.shared.audit_event(
            RecordKind::ControlRefused,
            None,
            format!(
                "reload refused for uid={} pid={}: bad or missing token",
                peer.uid, peer.pid
            ),
        );
        return error_line(&req.id, ErrorCode::Unauthorized, "invalid or missing token");
    }
    let (tx, rx) = oneshot::channel();
    if ctx.reload.send(tx).await.is_err() {
        return error_line(&req.id, ErrorCode::Unavailable, "reloader is not running");
    }
    match rx.await {
        Ok(Ok(generation)) => {
            line(&json!({"id": req.id, "ok": true, "policy_generation": generation}))
        }
        Ok(Err(e)) => error_line(&req.id, ErrorCode::BadRequest, &e),
        Err(_) => error_line(&req.id, ErrorCode::Unavailable, "reload did not finish"),
    }
}

pub fn status_json(id: &Value, shared: &Shared) -> Value {
    let processes: Vec<Value> = STATUS_ORDER
        .iter()
        .map(|role| {
            let p = shared.proc(*role).clone();
            let (rss, pss) = if p.pid != 0 {
                let pid = p.pid.to_string();
                (ipc::stats::rss_kib_of(&pid), ipc::stats::pss_kib_of(&pid))
            } else {
                (0, 0)
            };
            json!({
                "name": role.name(),
                "pid": p.pid,
                "state": p.state.name(),
                "restarts": p.restarts,
                "uptime_s": p.since.elapsed().as_secs(),
                "evaluated": p.stats.evaluated,
                "faults": p.stats.faults,
                "p50_us": p.stats.p50_us,
                "p99_us": p.stats.p99_us,
                "rss_kib": rss,
                "pss_kib": pss,
            })
        })
        .collect();
    let c = &shared.counters;
    json!({
        "id": id,
        "ok": true,
        "status": shared.health(),
        "supervisor": {
            "pid": std::process::id(),
            "uptime_s": shared.started.elapsed().as_secs(),
            "rss_kib": ipc::stats::rss_kib(),
            "pss_kib": ipc::stats::pss_kib_of("self"),
            "connections": c.connections.load(Ordering::Relaxed),
            "in_flight": c.in_flight.load(Ordering::Relaxed),
        },
        "processes": processes,
        "verdicts": {
            "Pass": c.pass.load(Ordering::Relaxed),
            "Block": c.block.load(Ordering::Relaxed),
            "DiagnosticAgreement": c.diagnostic_agreement.load(Ordering::Relaxed),
            "DiagnosticDisagreement": c.diagnostic_disagreement.load(Ordering::Relaxed),
            "AuditUnavailable": c.audit_unavailable.load(Ordering::Relaxed),
            "late_channel_answers": c.late_answers.load(Ordering::Relaxed),
            "bad_requests": c.bad_requests.load(Ordering::Relaxed),
        },
        "policy_generation": shared.policy().generation(),
        "audit": {
            "last_seq": shared.last_seq.load(Ordering::Relaxed),
            "durable_seq": shared.durable_seq.load(Ordering::Relaxed),
        },
    })
}
