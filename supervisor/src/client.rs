//! Client subcommands: `eval`, `egress`, `status`, `health`.

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{bail, Context};
use serde_json::{json, Value};

#[derive(Debug, clap::Args)]
pub struct SocketArg {
    /// The gate's client socket.
    #[arg(long, value_name = "PATH", default_value = ".policy-gate/gate.sock")]
    pub socket: PathBuf,
    /// Print the full JSON response.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    #[command(flatten)]
    pub sock: SocketArg,
    /// Tenant id.
    #[arg(long)]
    pub tenant: Option<String>,
    /// The prompt (read from stdin when absent).
    pub prompt: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct EgressArgs {
    #[command(flatten)]
    pub sock: SocketArg,
    #[arg(long)]
    pub tenant: Option<String>,
    /// The prompt that produced the response.
    #[arg(long, default_value = "")]
    pub prompt: String,
    /// Text the response must not leak.
    #[arg(long)]
    pub system_prompt: Option<String>,
    /// The model response (read from stdin when absent).
    pub response: Option<String>,
}

/// Sends one request line and reads one response line.
pub fn request(socket: &PathBuf, req: &Value) -> anyhow::Result<Value> {
    let mut s = UnixStream::connect(socket)
        .with_context(|| format!("connecting to {} (is the gate running?)", socket.display()))?;
    s.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut line = serde_json::to_vec(req)?;
    line.push(b'\n');
    s.write_all(&line)?;
    let mut reader = BufReader::new(s);
    let mut out = String::new();
    reader
        .read_line(&mut out)
        .context("reading the gate's answer")?;
    if out.is_empty() {
        bail!("the gate closed the connection without answering");
    }
    serde_json::from_str(&out).context("the gate's answer is not JSON")
}

fn text_or_stdin(arg: Option<String>) -> anyhow::Result<String> {
    match arg {
        Some(t) => Ok(t),
        None => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .context("reading stdin")?;
            Ok(s.trim_end_matches('\n').to_string())
        }
    }
}

/// Exit code: 0 pass, 1 block, 2 error.
fn print_verdict(resp: &Value, as_json: bool) -> i32 {
    if as_json {
        println!("{resp}");
    }
    if resp["ok"] != json!(true) {
        if !as_json {
            eprintln!(
                "error: {} ({})",
                resp["error"]["message"].as_str().unwrap_or("?"),
                resp["error"]["code"].as_str().unwrap_or("?")
            );
        }
        return 2;
    }
    let pass = resp["is_pass"] == json!(true);
    if !as_json {
        let mut chans = Vec::new();
        if let Some(m) = resp["channels"].as_object() {
            for (k, v) in m {
                chans.push(format!(
                    "{k}={}{} {}µs",
                    v["decision"].as_str().unwrap_or("?"),
                    v["reason"]
                        .as_str()
                        .map(|r| format!("({r})"))
                        .unwrap_or_default(),
                    v["us"]
                ));
            }
        }
        let kind = resp["kind"].as_str().unwrap_or("?");
        let kind = if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
            let code = if pass { "32" } else { "31" };
            format!("\x1b[1;{code}m{kind}\x1b[0m")
        } else {
            kind.to_string()
        };
        println!(
            "{} {}{} seq={} {}µs [{}]",
            kind,
            resp["reason"].as_str().unwrap_or(""),
            resp["intent"]
                .as_str()
                .map(|i| format!(" intent={i}"))
                .unwrap_or_default(),
            resp["audit_seq"],
            resp["elapsed_us"],
            chans.join(" ")
        );
    }
    if pass {
        0
    } else {
        1
    }
}

pub fn eval(a: EvalArgs) -> anyhow::Result<i32> {
    let prompt = text_or_stdin(a.prompt)?;
    let resp = request(
        &a.sock.socket,
        &json!({"id": 1, "op": "evaluate", "prompt": prompt, "tenant": a.tenant}),
    )?;
    Ok(print_verdict(&resp, a.sock.json))
}

pub fn egress(a: EgressArgs) -> anyhow::Result<i32> {
    let response = text_or_stdin(a.response)?;
    let resp = request(
        &a.sock.socket,
        &json!({"id": 1, "op": "egress", "prompt": a.prompt, "response": response,
                "system_prompt": a.system_prompt, "tenant": a.tenant}),
    )?;
    Ok(print_verdict(&resp, a.sock.json))
}

/// Streams disagreement, fault and restart events (OC-04 alerting hook).
pub fn watch(a: SocketArg) -> anyhow::Result<i32> {
    let mut s = UnixStream::connect(&a.socket).with_context(|| {
        format!(
            "connecting to {} (is the gate running?)",
            a.socket.display()
        )
    })?;
    s.write_all(b"{\"id\":1,\"op\":\"watch\"}\n")?;
    let reader = BufReader::new(s);
    let color = std::io::IsTerminal::is_terminal(&std::io::stdout());
    for line in reader.lines() {
        let line = line.context("reading events")?;
        let v: Value = serde_json::from_str(&line).context("event is not JSON")?;
        if v["ok"] == json!(false) {
            bail!("watch refused: {}", v["error"]["message"]);
        }
        let ev = &v["event"];
        if ev.is_null() {
            continue; // the subscription acknowledgement
        }
        if a.json {
            println!("{ev}");
            continue;
        }
        let name = ev["event"].as_str().unwrap_or("?");
        let what = if color {
            format!("\x1b[1;33m{name}\x1b[0m")
        } else {
            name.to_string()
        };
        println!(
            "{} {what} {} {} {}",
            ev["ts_ms"],
            ev["direction"]
                .as_str()
                .or(ev["process"].as_str())
                .unwrap_or("-"),
            ev["tenant"].as_str().unwrap_or("-"),
            ev["reason"].as_str().unwrap_or("")
        );
    }
    Ok(0)
}

pub fn health(a: SocketArg) -> anyhow::Result<i32> {
    let resp = request(&a.socket, &json!({"id": 1, "op": "health"}))?;
    if a.json {
        println!("{resp}");
    } else {
        println!("{}", resp["status"].as_str().unwrap_or("?"));
    }
    Ok(if resp["status"] == json!("ok") { 0 } else { 1 })
}

pub fn status(a: SocketArg) -> anyhow::Result<i32> {
    let resp = request(&a.socket, &json!({"id": 1, "op": "status"}))?;
    if a.json {
        println!("{resp}");
        return Ok(0);
    }
    println!(
        "status: {}   policy generation {}   audit durable seq {}",
        resp["status"].as_str().unwrap_or("?"),
        resp["policy_generation"],
        resp["audit"]["durable_seq"]
    );
    println!(
        "{:<10} {:>8} {:<11} {:>8} {:>9} {:>10} {:>7} {:>7} {:>7} {:>9}",
        "PROCESS",
        "PID",
        "STATE",
        "RESTARTS",
        "UPTIME",
        "EVALUATED",
        "FAULTS",
        "P50µs",
        "P99µs",
        "RSS KiB"
    );
    let field = |v: &Value| match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    for p in resp["processes"].as_array().into_iter().flatten() {
        println!(
            "{:<10} {:>8} {:<11} {:>8} {:>8}s {:>10} {:>7} {:>7} {:>7} {:>9}",
            field(&p["name"]),
            field(&p["pid"]),
            field(&p["state"]),
            field(&p["restarts"]),
            field(&p["uptime_s"]),
            field(&p["evaluated"]),
            field(&p["faults"]),
            field(&p["p50_us"]),
            field(&p["p99_us"]),
            field(&p["rss_kib"])
        );
    }
    if let Some(v) = resp["verdicts"].as_object() {
        let parts: Vec<String> = v.iter().map(|(k, n)| format!("{k}={n}")).collect();
        println!("verdicts: {}", parts.join(" "));
    }
    Ok(0)
}
