//! Runs every corpus file through channel B in-process and reports pass/block
//! rates per category; asserts floors so a regression fails.

use std::collections::BTreeMap;

use channel_rules::ChannelB;
use ipc::channel::Channel;
use ipc::{EvalRequest, PolicySnapshot};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus");

fn channel() -> ChannelB {
    let mut ch = ChannelB::new();
    ch.load_policy(&PolicySnapshot::builtin(1))
        .expect("builtin policy loads");
    ch
}

/// (category, correct, total) per category, printing every miss.
fn run_file(ch: &mut ChannelB, path: &str, text_field: &str) -> BTreeMap<String, (usize, usize)> {
    let data = std::fs::read_to_string(path).expect("corpus file readable");
    let mut stats: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("valid json line");
        let text = v[text_field].as_str().expect("text field");
        let expect_block = v["expect"].as_str() == Some("block");
        let category = v["category"]
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| if expect_block { "attack" } else { "benign" }.to_string());
        let out = ch.evaluate(0, &EvalRequest::ingress(1, 0, text));
        let ok = out.pass != expect_block;
        let e = stats.entry(category.clone()).or_default();
        e.1 += 1;
        if ok {
            e.0 += 1;
        } else {
            let short: String = text.chars().take(140).collect();
            println!(
                "MISS [{category}] expect={} got={} reason={:?} intent={:?} :: {short:?}",
                if expect_block { "block" } else { "pass" },
                if out.pass { "pass" } else { "block" },
                out.reason,
                out.intent
            );
        }
    }
    stats
}

fn report(name: &str, stats: &BTreeMap<String, (usize, usize)>) -> (usize, usize) {
    let mut all = (0, 0);
    for (cat, (ok, n)) in stats {
        println!(
            "{name} {cat:<28} {ok:>4}/{n:<4} {:6.1}%",
            100.0 * *ok as f64 / *n as f64
        );
        all.0 += ok;
        all.1 += n;
    }
    all
}

#[test]
fn corpus_rates() {
    let mut ch = channel();
    let ingress = run_file(&mut ch, &format!("{CORPUS}/ingress.sample.jsonl"), "prompt");
    report("ingress", &ingress);
    let mut floors: Vec<(String, f64, f64)> = Vec::new();
    for (cat, (ok, n)) in &ingress {
        // The shipped sample is what the gate is first judged on: every line.
        floors.push((format!("ingress/{cat}"), *ok as f64 / *n as f64, 1.0));
    }
    let dir = format!("{CORPUS}/thirdparty");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("thirdparty dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    for path in files {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("?")
            .to_string();
        let stats = run_file(&mut ch, &path.to_string_lossy(), "text");
        let (ok, n) = report(&name, &stats);
        floors.push((name, ok as f64 / n as f64, 1.0));
    }
    for (name, rate, floor) in floors {
        assert!(
            rate >= floor,
            "{name}: {:.1}% < floor {:.0}%",
            rate * 100.0,
            floor * 100.0
        );
    }
}
