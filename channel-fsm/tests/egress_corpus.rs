//! Channel E over the egress sample corpus: block/pass per category.
//!
//! Categories owned by channel F (secrets, entropy, framing) are printed
//! separately and not asserted; E's own block kinds and every pass category
//! are.

use std::collections::BTreeMap;

use channel_fsm::ChannelE;
use ipc::channel::Channel;
use ipc::{EvalRequest, PolicySnapshot};

const CORPUS: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../corpus/egress.sample.jsonl"
));

/// Block categories that are channel F's job.
const OTHER_CHANNEL: &[&str] = &[
    "secret_token",
    "secret_private_key",
    "secret_high_entropy",
    "framing_leak",
];

#[derive(Default)]
struct Tally {
    n: usize,
    right: usize,
    wrong: Vec<String>,
}

#[test]
fn corpus_per_category() {
    let mut ch = ChannelE::new();
    ch.load_policy(&PolicySnapshot::builtin(1)).expect("policy");
    let mut mine: BTreeMap<String, Tally> = BTreeMap::new();
    let mut other: BTreeMap<String, Tally> = BTreeMap::new();
    for (i, line) in CORPUS.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line).expect("json");
        let s = |k: &str| v[k].as_str().map(str::to_string);
        let req = EvalRequest {
            id: i as u64,
            generation: 1,
            tenant: 0,
            prompt: s("prompt").unwrap_or_default(),
            response: s("response"),
            system_prompt: s("system_prompt").filter(|p| !p.is_empty()),
        };
        let out = ch.evaluate(0, &req);
        let cat = s("category").unwrap_or_default();
        let want_block = s("expect").as_deref() == Some("block");
        let table = if OTHER_CHANNEL.contains(&cat.as_str()) {
            &mut other
        } else {
            &mut mine
        };
        let t = table.entry(cat).or_default();
        t.n += 1;
        if out.pass != want_block {
            t.right += 1;
        } else {
            t.wrong.push(format!(
                "{} -> {}",
                s("id").unwrap_or_default(),
                out.reason.unwrap_or_else(|| "pass".into())
            ));
        }
    }
    let mut total = (0, 0);
    println!("channel E, own kinds and pass categories:");
    for (cat, t) in &mine {
        println!("  {cat:34} {}/{} {:?}", t.right, t.n, t.wrong);
        total.0 += t.right;
        total.1 += t.n;
    }
    println!("channel F's categories (not asserted):");
    for (cat, t) in &other {
        println!("  {cat:34} {}/{} {:?}", t.right, t.n, t.wrong);
    }
    println!("own total {}/{}", total.0, total.1);
    assert_eq!(total.0, total.1, "every own-kind and pass case right");
}
