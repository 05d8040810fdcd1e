//! The operator tools against a real gate: `policy-gate bench` and
//! `policy-gate quality`. Checks the shape of their JSON and that their counts
//! add up; no timing thresholds (those are benchmarks, not tests).

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::{binary, Gate};
use serde_json::Value;

fn corpus(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("corpus")
        .join(name)
}

fn run_json(args: &[&str]) -> Value {
    let out = Command::new(binary())
        .args(args)
        .output()
        .expect("running policy-gate");
    assert!(
        out.status.success(),
        "policy-gate {args:?} failed: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

fn u(v: &Value) -> u64 {
    v.as_u64().unwrap_or_else(|| panic!("not a count: {v}"))
}

fn sum_values(v: &Value) -> u64 {
    v.as_object()
        .unwrap_or_else(|| panic!("not an object: {v}"))
        .values()
        .map(u)
        .sum()
}

#[test]
fn bench_reports_consistent_counts() {
    let gate = Gate::start();
    gate.wait_ready();
    let sock = gate.socket.to_str().unwrap().to_string();
    let v = run_json(&[
        "bench",
        "--socket",
        &sock,
        "--duration",
        "2",
        "--connections",
        "4",
        "--window",
        "4",
        "--floor-samples",
        "5",
        "--single",
        "20",
        "--json",
    ]);

    assert_eq!(v["config"]["connections"], 4);
    assert_eq!(v["config"]["window"], 4);
    let sent = u(&v["sent"]);
    let answered = u(&v["answered"]);
    assert!(answered > 0, "no answers: {v}");
    let e = &v["errors"];
    // Every request sent is answered, timed out or lost with its connection.
    assert_eq!(sent, answered + u(&e["timeouts"]) + u(&e["lost"]), "{v}");
    // Every answer is a verdict or an error response.
    let verdicts = &v["verdicts"];
    let judged = u(&verdicts["is_pass_true"]) + u(&verdicts["is_pass_false"]);
    assert_eq!(answered, judged + sum_values(&e["error_responses"]), "{v}");
    assert_eq!(sum_values(&verdicts["kinds"]), judged, "{v}");
    assert_eq!(
        u(&verdicts["ingress"]) + u(&verdicts["egress"]),
        judged,
        "{v}"
    );
    assert!(
        u(&verdicts["egress"]) > 0 && u(&verdicts["ingress"]) > 0,
        "{v}"
    );
    assert!(u(&v["answered_in_window"]) <= answered);
    assert_eq!(
        u(&e["total"]),
        sum_values(&e["error_responses"])
            + u(&e["timeouts"])
            + u(&e["lost"])
            + u(&e["connection"])
            + u(&e["protocol"])
    );
    // No warm-up: every answer has a latency sample, percentiles are ordered.
    let lat = &v["latency_us"];
    assert_eq!(u(&lat["count"]), answered, "{v}");
    let p = |k: &str| lat[k].as_f64().unwrap();
    assert!(p("min") <= p("p50") && p("p50") <= p("p90") && p("p90") <= p("p99"));
    assert!(p("p99") <= p("p999") && p("p999") <= p("max"));
    assert!(v["verdicts_per_s"].as_f64().unwrap() > 0.0);
    // The floor probe and the single-in-flight probe ran.
    assert_eq!(u(&v["floor"]["count"]), 5, "{v}");
    assert!(v["floor"]["p50"].as_f64().unwrap() > 0.0);
    assert_eq!(u(&v["single"]["count"]), 20, "{v}");
    assert!(v["single_p50_over_floor"].as_f64().is_some());
    // Closed loop: no pacing figures.
    assert!(v["send_lag_us"].is_null());
}

#[test]
fn quality_reports_rates_that_add_up() {
    let gate = Gate::start();
    gate.wait_ready();
    let file = corpus("ingress.sample.jsonl");
    let rows = std::fs::read_to_string(&file)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count() as u64;
    let sock = gate.socket.to_str().unwrap().to_string();
    let v = run_json(&[
        "quality",
        "--socket",
        &sock,
        "--json",
        "--show-misses",
        file.to_str().unwrap(),
    ]);

    assert_eq!(u(&v["rows"]), rows);
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 1);
    let f = &files[0];
    let attacks = u(&f["attacks"]);
    let benign = u(&f["benign"]);
    assert_eq!(attacks + benign + u(&f["unlabelled"]), rows, "{f}");
    assert!(attacks > 0 && benign > 0);
    assert!(u(&f["blocked"]) <= attacks && u(&f["passed"]) <= benign);
    let missed = (attacks - u(&f["blocked"])) + (benign - u(&f["passed"]));
    assert_eq!(v["misses"].as_array().unwrap().len() as u64, missed, "{v}");
    for m in v["misses"].as_array().unwrap() {
        assert!(
            m["line"].as_u64().is_some() && m["category"].is_string(),
            "{m}"
        );
    }
    let rate = f["attack_block_rate"].as_f64().unwrap();
    assert!((rate - u(&f["blocked"]) as f64 / attacks as f64).abs() < 1e-9);
    // Categories partition the rows.
    let cats = v["categories"].as_array().unwrap();
    let cat_rows: u64 = cats
        .iter()
        .map(|c| u(&c["attacks"]) + u(&c["benign"]) + u(&c["unlabelled"]))
        .sum();
    assert_eq!(cat_rows, rows);
    assert_eq!(v["overall"]["attacks"], f["attacks"]);
    assert_eq!(v["overall"]["passed"], f["passed"]);
    // Every verdict is audited: the gate's durable sequence covers the rows.
    let st = gate.status();
    assert!(u(&st["audit"]["durable_seq"]) >= rows, "{st}");
}
