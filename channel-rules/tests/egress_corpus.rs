//! Channel F over the sample egress corpus: block/pass per category.
//! Categories that belong to channel E (PII, system-prompt overlap) are
//! printed for information only; F's own kinds and every pass category are
//! asserted.

use std::collections::BTreeMap;

use channel_rules::ChannelF;
use ipc::channel::Channel;
use ipc::{EvalRequest, PolicySnapshot};

const CORPUS: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../corpus/egress.sample.jsonl"
));

/// Block categories channel F is responsible for.
const OWN_BLOCK: &[&str] = &[
    "secret_token",
    "secret_private_key",
    "secret_high_entropy",
    "framing_leak",
];

#[test]
fn egress_sample_corpus() {
    let mut ch = ChannelF::new();
    assert!(ch.load_policy(&PolicySnapshot::builtin(1)).is_ok());
    // category -> (blocked, total, expect_block)
    let mut per: BTreeMap<String, (usize, usize, bool)> = BTreeMap::new();
    let mut wrong = Vec::new();
    for (n, line) in CORPUS.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line).expect("corpus line is JSON");
        let s = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
        let req = EvalRequest {
            id: n as u64,
            generation: 1,
            tenant: 0,
            prompt: s("prompt").unwrap_or_default(),
            response: s("response"),
            system_prompt: s("system_prompt"),
        };
        let cat = s("category").unwrap_or_default();
        let expect_block = s("expect").as_deref() == Some("block");
        let out = ch.evaluate(0, &req);
        let e = per.entry(cat.clone()).or_insert((0, 0, expect_block));
        e.1 += 1;
        if !out.pass {
            e.0 += 1;
        }
        let own = OWN_BLOCK.contains(&cat.as_str());
        if (expect_block && own && out.pass) || (!expect_block && !out.pass) {
            wrong.push(format!(
                "{} [{cat}] -> {:?}",
                s("id").unwrap_or_default(),
                out.reason
            ));
        }
    }
    println!("category                           blocked/total  (expect)");
    for (cat, (b, t, eb)) in &per {
        let owner = if !eb {
            "pass"
        } else if OWN_BLOCK.contains(&cat.as_str()) {
            "block (F)"
        } else {
            "block (E, info)"
        };
        println!("{cat:<34} {b:>3}/{t:<3}          {owner}");
    }
    for w in &wrong {
        println!("MISS {w}");
    }
    assert!(
        wrong.is_empty(),
        "{} wrong verdicts on F's kinds / pass kinds",
        wrong.len()
    );
}
