//! Developer probe: `PROBE_FILE=lines.txt cargo test --test ingress_probe -- --ignored --nocapture`
//! prints channel B's verdict for every line (a literal `\n` stands for a newline).

use channel_rules::ChannelB;
use ipc::channel::Channel;
use ipc::{EvalRequest, PolicySnapshot};

#[test]
#[ignore]
fn probe() {
    let Ok(path) = std::env::var("PROBE_FILE") else {
        return;
    };
    let data = std::fs::read_to_string(path).expect("probe file");
    let mut ch = ChannelB::new();
    ch.load_policy(&PolicySnapshot::builtin(1))
        .expect("builtin policy");
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let prompt = line.replace("\\n", "\n");
        let req = EvalRequest::ingress(1, 0, prompt);
        let out = ch.evaluate(0, &req);
        println!(
            "{:<5} {:<34} {:<28} {}",
            if out.pass { "PASS" } else { "BLOCK" },
            out.reason.unwrap_or_default(),
            out.intent.map(|i| i.name()).unwrap_or(""),
            line.chars().take(110).collect::<String>()
        );
    }
}
