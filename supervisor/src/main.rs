//! policy-gate: a deterministic, allowlist-first firewall for LLM traffic.
//!
//! One binary: `serve` runs the supervisor, which re-executes this binary as
//! `child <role>` for each detection channel and the audit writer; the other
//! subcommands are clients and operator tools.
#![deny(unsafe_code)] // two audited uses: fd hand-over in spawn.rs and child.rs

mod actors;
mod audit_child;
mod audit_cli;
mod bench;
mod child;
mod client;
mod config;
mod link;
mod metrics;
mod notify;
mod protocol;
mod quality;
mod request;
mod sandbox;
mod serve;
mod server;
mod shared;
mod spawn;
mod tenants;
mod token;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "policy-gate",
    version,
    about = "Allowlist-first, fail-closed firewall between applications and LLMs",
    after_help = "Examples:\n  policy-gate serve --dev\n  policy-gate eval --socket .policy-gate/gate.sock \"What is the capital of France?\"\n  policy-gate status\n  policy-gate audit verify --state-dir .policy-gate"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Run the gate (supervisor and its five child processes).
    Serve(serve::ServeArgs),
    /// Ask whether a prompt may go to the model (exit 0 pass, 1 block, 2 error).
    Eval(client::EvalArgs),
    /// Ask whether a model response may go back (exit 0 pass, 1 block, 2 error).
    Egress(client::EgressArgs),
    /// Per-process diagnostics of a running gate.
    Status(client::SocketArg),
    /// ok / initialising / degraded (exit 0 only for ok).
    Health(client::SocketArg),
    /// Stream DiagnosticDisagreement, channel-fault and restart events live.
    Watch(client::SocketArg),
    /// Verify, query or follow the audit log.
    #[command(subcommand)]
    Audit(audit_cli::AuditCmd),
    /// Load generator over the real socket: verdicts/s, latency percentiles, fdatasync floor.
    Bench(bench::BenchArgs),
    /// Run labelled JSONL corpora through a running gate: block/pass rates per file and category.
    Quality(quality::QualityArgs),
    /// Validate a config file and tenants dir without starting.
    CheckConfig {
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
        #[arg(long, value_name = "DIR")]
        tenants: Option<PathBuf>,
    },
    /// Internal: run as a child process of the supervisor.
    #[command(hide = true)]
    Child(child::ChildCmd),
}

fn init_logging() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("POLICY_GATE_LOG")
        .or_else(|_| EnvFilter::try_from_default_env())
        .unwrap_or_else(|_| EnvFilter::new("info"));
    let json = std::env::var("POLICY_GATE_LOG_FORMAT").is_ok_and(|v| v == "json");
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()));
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging();
    let result = match cli.cmd {
        Cmd::Serve(a) => serve::run(a),
        Cmd::Eval(a) => client::eval(a),
        Cmd::Egress(a) => client::egress(a),
        Cmd::Status(a) => client::status(a),
        Cmd::Health(a) => client::health(a),
        Cmd::Watch(a) => client::watch(a),
        Cmd::Audit(a) => audit_cli::run(a),
        Cmd::Bench(a) => bench::run(a),
        Cmd::Quality(a) => quality::run(a),
        Cmd::CheckConfig { config, tenants } => check_config(config, tenants),
        Cmd::Child(a) => child::run(a).map(|_| 0),
    };
    match result {
        Ok(code) => ExitCode::from(code.clamp(0, 255) as u8),
        Err(e) => {
            eprintln!("policy-gate: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn check_config(config: Option<PathBuf>, tenants: Option<PathBuf>) -> anyhow::Result<i32> {
    let cfg = match &config {
        Some(p) => config::GateConfig::load(p)?,
        None => config::GateConfig::default(),
    };
    let dir = tenants.or(cfg.tenants_dir.clone());
    match dir {
        Some(d) => {
            let p = tenants::Policy::load_dir(&d, 1).map_err(anyhow::Error::msg)?;
            println!(
                "ok: config valid, {} tenant(s) in {}",
                p.tenant_count(),
                d.display()
            );
        }
        None => println!("ok: config valid, built-in default policy"),
    }
    Ok(0)
}
