//! Prometheus metrics and the HTTP health endpoint (`--health-listen`).
//!
//! Counters are updated on the request path (cheap atomic adds behind a label
//! lookup); process gauges are refreshed at scrape time from `Shared`.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;

use ipc::{ChannelOutcome, Direction, Role};

use crate::shared::{Shared, STATUS_ORDER};

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct VerdictLabels {
    kind: &'static str,
    direction: &'static str,
    tenant: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ReasonLabels {
    reason: String,
    direction: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ChannelLabels {
    channel: &'static str,
    decision: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct DirectionLabels {
    direction: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ProcessLabels {
    process: &'static str,
}

pub struct Metrics {
    registry: Registry,
    verdicts: Family<VerdictLabels, Counter>,
    block_reasons: Family<ReasonLabels, Counter>,
    channel_evaluations: Family<ChannelLabels, Counter>,
    channel_latency: Family<ProcessLabels, Histogram>,
    latency: Family<DirectionLabels, Histogram>,
    audit_unavailable: Counter,
    // Refreshed at scrape time.
    restarts: Family<ProcessLabels, Gauge>,
    process_ready: Family<ProcessLabels, Gauge>,
    process_faults: Family<ProcessLabels, Gauge>,
    process_rss: Family<ProcessLabels, Gauge>,
    audit_durable_seq: Gauge,
    audit_fsync_p50: Gauge,
    audit_fsync_p99: Gauge,
    in_flight: Gauge,
    connections: Gauge,
    policy_generation: Gauge,
}

fn latency_histogram() -> Histogram {
    // 10 µs .. ~1.3 s
    Histogram::new(exponential_buckets(0.000_01, 2.0, 18))
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("policy_gate");
        let m = Metrics {
            verdicts: Family::default(),
            block_reasons: Family::default(),
            channel_evaluations: Family::default(),
            channel_latency: Family::new_with_constructor(latency_histogram),
            latency: Family::new_with_constructor(latency_histogram),
            audit_unavailable: Counter::default(),
            restarts: Family::default(),
            process_ready: Family::default(),
            process_faults: Family::default(),
            process_rss: Family::default(),
            audit_durable_seq: Gauge::default(),
            audit_fsync_p50: Gauge::default(),
            audit_fsync_p99: Gauge::default(),
            in_flight: Gauge::default(),
            connections: Gauge::default(),
            policy_generation: Gauge::default(),
            registry: Registry::default(),
        };
        registry.register(
            "verdicts",
            "Verdicts by kind, direction and tenant",
            m.verdicts.clone(),
        );
        registry.register(
            "block_reasons",
            "Blocked verdicts by reason (up to its first ':')",
            m.block_reasons.clone(),
        );
        registry.register(
            "channel_evaluations",
            "Channel answers by channel and decision",
            m.channel_evaluations.clone(),
        );
        registry.register(
            "channel_evaluation_seconds",
            "Evaluation time inside each channel process",
            m.channel_latency.clone(),
        );
        registry.register(
            "request_seconds",
            "Time from request line to verdict, audit included",
            m.latency.clone(),
        );
        registry.register(
            "audit_unavailable",
            "Verdicts blocked because the audit log did not acknowledge",
            m.audit_unavailable.clone(),
        );
        registry.register(
            "process_restarts",
            "Restarts of each child process",
            m.restarts.clone(),
        );
        registry.register(
            "process_ready",
            "1 when the child process is ready",
            m.process_ready.clone(),
        );
        registry.register(
            "process_faults",
            "Faults reported by each child process",
            m.process_faults.clone(),
        );
        registry.register(
            "process_rss_kib",
            "Resident memory of each process",
            m.process_rss.clone(),
        );
        registry.register(
            "audit_durable_seq",
            "Highest audit seq known durable",
            m.audit_durable_seq.clone(),
        );
        registry.register(
            "audit_fsync_p50_us",
            "Audit group-commit fdatasync latency, median",
            m.audit_fsync_p50.clone(),
        );
        registry.register(
            "audit_fsync_p99_us",
            "Audit group-commit fdatasync latency, 99th percentile",
            m.audit_fsync_p99.clone(),
        );
        registry.register(
            "in_flight_requests",
            "Evaluations waiting for a verdict",
            m.in_flight.clone(),
        );
        registry.register(
            "connections",
            "Open client connections",
            m.connections.clone(),
        );
        registry.register(
            "policy_generation",
            "Generation of the policy in force",
            m.policy_generation.clone(),
        );
        Metrics { registry, ..m }
    }

    /// Records one verdict (called once per decided request).
    pub fn verdict(
        &self,
        kind: &'static str,
        direction: Direction,
        tenant: &str,
        is_pass: bool,
        reason: Option<&str>,
        channels: &[ChannelOutcome],
    ) {
        let direction = direction.name();
        self.verdicts
            .get_or_create(&VerdictLabels {
                kind,
                direction,
                tenant: tenant.to_string(),
            })
            .inc();
        if !is_pass {
            let reason = reason.unwrap_or("Unknown");
            let head = reason.split(':').next().unwrap_or(reason);
            self.block_reasons
                .get_or_create(&ReasonLabels {
                    reason: head.to_string(),
                    direction,
                })
                .inc();
        }
        for c in channels {
            let channel = c.role.letter().unwrap_or("?");
            self.channel_evaluations
                .get_or_create(&ChannelLabels {
                    channel,
                    decision: c.decision.name(),
                })
                .inc();
            if c.us > 0 {
                self.channel_latency
                    .get_or_create(&ProcessLabels {
                        process: c.role.name(),
                    })
                    .observe(c.us as f64 / 1e6);
            }
        }
    }

    pub fn latency(&self, direction: Option<Direction>, us: u64) {
        let direction = direction.map(|d| d.name()).unwrap_or("none");
        self.latency
            .get_or_create(&DirectionLabels { direction })
            .observe(us as f64 / 1e6);
    }

    pub fn audit_unavailable(&self) {
        self.audit_unavailable.inc();
    }

    /// Prometheus text exposition, gauges refreshed from `shared`.
    pub fn render(&self, shared: &Shared) -> String {
        for role in STATUS_ORDER {
            let p = shared.proc(role).clone();
            let l = ProcessLabels {
                process: role.name(),
            };
            self.restarts.get_or_create(&l).set(p.restarts as i64);
            self.process_ready
                .get_or_create(&l)
                .set((p.state == crate::shared::ProcState::Ready) as i64);
            self.process_faults
                .get_or_create(&l)
                .set(p.stats.faults as i64);
            let rss = if p.pid != 0 {
                ipc::stats::rss_kib_of(&p.pid.to_string())
            } else {
                0
            };
            self.process_rss.get_or_create(&l).set(rss as i64);
            if role == Role::Audit {
                self.audit_fsync_p50.set(p.stats.p50_us as i64);
                self.audit_fsync_p99.set(p.stats.p99_us as i64);
            }
        }
        self.process_rss
            .get_or_create(&ProcessLabels {
                process: "supervisor",
            })
            .set(ipc::stats::rss_kib() as i64);
        let c = &shared.counters;
        self.audit_durable_seq
            .set(shared.durable_seq.load(Ordering::Relaxed) as i64);
        self.in_flight
            .set(c.in_flight.load(Ordering::Relaxed) as i64);
        self.connections
            .set(c.connections.load(Ordering::Relaxed) as i64);
        self.policy_generation
            .set(shared.policy().generation() as i64);
        let mut out = String::new();
        if prometheus_client::encoding::text::encode(&mut out, &self.registry).is_err() {
            out.clear();
        }
        out
    }
}

/// `GET /health` (200 ok, 503 initialising/degraded) and `GET /metrics`.
pub async fn serve_http(listener: tokio::net::TcpListener, shared: Arc<Shared>) {
    use axum::http::{header, StatusCode};
    use axum::response::IntoResponse;
    use axum::routing::get;

    let health = {
        let shared = shared.clone();
        move || {
            let shared = shared.clone();
            async move {
                let status = shared.health();
                let code = if status == "ok" {
                    StatusCode::OK
                } else {
                    StatusCode::SERVICE_UNAVAILABLE
                };
                (
                    code,
                    [(header::CONTENT_TYPE, "application/json")],
                    format!("{{\"status\":\"{status}\"}}"),
                )
                    .into_response()
            }
        }
    };
    let metrics = {
        let shared = shared.clone();
        move || {
            let shared = shared.clone();
            async move {
                (
                    [(
                        header::CONTENT_TYPE,
                        "application/openmetrics-text; version=1.0.0; charset=utf-8",
                    )],
                    shared.metrics.render(&shared),
                )
                    .into_response()
            }
        }
    };
    let app = axum::Router::new()
        .route("/health", get(health))
        .route("/metrics", get(metrics));
    if let Err(e) = axum::serve(listener, app).await {
        tracing::error!(error = %e, "health listener stopped");
    }
}
