//! Channel B's cost on varied ingress traffic, for profilers: evaluates
//! `N` (first argument, default 2000) prompts made by joining corpus prompts in
//! pairs, so no two evaluations see the same text, and prints the mean time.
//! With a JSONL file as second argument, its prompts are used one by one
//! instead (`ingress_cost 20000 corpus/bench-mix.jsonl`: the bench's mix).
//! Under `valgrind --tool=callgrind` the instruction count per evaluation is
//! the repeatable figure (`docs/performance.md`).

use std::time::Instant;

use channel_rules::ChannelB;
use ipc::channel::Channel;
use ipc::stats::rss_kib;
use ipc::{EvalRequest, PolicySnapshot};

fn prompts_of(files: &[String]) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(f)?;
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

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n: usize = std::env::args().nth(1).map_or(Ok(2000), |a| a.parse())?;
    let file = std::env::args().nth(2);
    let prompts = match &file {
        Some(f) => prompts_of(std::slice::from_ref(f))?,
        None => {
            let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus");
            let files = [
                "ingress.sample.jsonl",
                "bench-mix.jsonl",
                "thirdparty/benign_selfinstruct.jsonl",
                "thirdparty/benign_mtbench_vicuna.jsonl",
                "thirdparty/attacks_pyrit_templates.jsonl",
            ];
            prompts_of(&files.map(|f| format!("{root}/{f}")))?
        }
    };
    if prompts.is_empty() {
        return Err("no prompts".into());
    }
    let mut ch = ChannelB::new();
    ch.load_policy(&PolicySnapshot::builtin(1))?;
    println!("tables built: rss {} kB", rss_kib());
    let mut req = EvalRequest::ingress(1, 0, String::new());
    let (mut blocked, mut bytes) = (0usize, 0usize);
    let t = Instant::now();
    for i in 0..n {
        let a = &prompts[i % prompts.len()];
        req.prompt = if file.is_some() {
            a.clone()
        } else {
            let b = &prompts[(i / prompts.len() + i * 7 + 3) % prompts.len()];
            format!("{a}\n{b}")
        };
        bytes += req.prompt.len();
        if !ch.evaluate(0, &req).pass {
            blocked += 1;
        }
    }
    let el = t.elapsed();
    println!(
        "{n} prompts, mean {} bytes: {:?} per evaluation, {blocked} blocked, rss {} kB",
        bytes / n.max(1),
        el / u32::try_from(n.max(1))?,
        rss_kib()
    );
    Ok(())
}
