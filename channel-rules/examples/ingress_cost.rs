//! Channel B's cost on varied ingress traffic, for profilers: evaluates
//! `N` (first argument, default 2000) prompts made by joining corpus prompts in
//! pairs, so no two evaluations see the same text, and prints the mean time.
//! Under `valgrind --tool=callgrind` the instruction count per evaluation is
//! the repeatable figure (`docs/performance.md`).

use std::time::Instant;

use channel_rules::ChannelB;
use ipc::channel::Channel;
use ipc::{EvalRequest, PolicySnapshot};

fn corpus_prompts() -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus");
    let mut out = Vec::new();
    for f in [
        "ingress.sample.jsonl",
        "bench-mix.jsonl",
        "thirdparty/benign_selfinstruct.jsonl",
        "thirdparty/benign_mtbench_vicuna.jsonl",
        "thirdparty/attacks_pyrit_templates.jsonl",
    ] {
        let text = std::fs::read_to_string(format!("{root}/{f}"))?;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line)?;
            if let Some(p) = v
                .get("prompt")
                .or_else(|| v.get("text"))
                .and_then(|p| p.as_str())
            {
                out.push(p.to_string());
            }
        }
    }
    Ok(out)
}

/// This process's resident set, from /proc (Linux), for the report line.
fn rss_kib() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .map(|l| l.trim_start_matches("VmRSS:").trim().to_string())
        })
        .unwrap_or_else(|| "?".to_string())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n: usize = std::env::args().nth(1).map_or(Ok(2000), |a| a.parse())?;
    let prompts = corpus_prompts()?;
    let mut ch = ChannelB::new();
    ch.load_policy(&PolicySnapshot::builtin(1))?;
    println!("tables built: rss {}", rss_kib());
    let mut req = EvalRequest {
        id: 1,
        generation: 1,
        tenant: 0,
        prompt: String::new(),
        response: None,
        system_prompt: None,
    };
    let (mut blocked, mut bytes) = (0usize, 0usize);
    let t = Instant::now();
    for i in 0..n {
        let a = &prompts[i % prompts.len()];
        let b = &prompts[(i / prompts.len() + i * 7 + 3) % prompts.len()];
        req.prompt = format!("{a}\n{b}");
        bytes += req.prompt.len();
        if !ch.evaluate(0, &req).pass {
            blocked += 1;
        }
    }
    let el = t.elapsed();
    println!(
        "{n} prompts, mean {} bytes: {:?} per evaluation, {blocked} blocked, rss {}",
        bytes / n.max(1),
        el / u32::try_from(n.max(1))?,
        rss_kib()
    );
    Ok(())
}
