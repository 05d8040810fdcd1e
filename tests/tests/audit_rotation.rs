//! Key rotation end to end: a dev gate runs, stops, its audit key is retired
//! (`audit.key` -> `audit.key.retired.1`), the next dev start creates a new key
//! and rotates the chain; `policy-gate audit verify --state-dir` proves the
//! whole log across the rotation and `audit query` shows one `KeyRotated`.

mod common;

use std::path::Path;
use std::process::Command;

use common::*;
use nix::sys::signal::Signal;
use serde_json::Value;

const PROMPTS: &[&str] = &[
    "What is the capital of France?",
    "Summarise the water cycle in two sentences.",
    "How do I sort a list in Python?",
];

/// Runs a dev gate on `dir`, evaluates the prompts, stops it with SIGTERM
/// (exit 0) and returns the audit seqs the answers carried.
fn run_once(dir: tempfile::TempDir) -> (tempfile::TempDir, Vec<u64>) {
    let mut gate = Gate::start_in(dir, Opts::default());
    gate.wait_ready();
    let seqs = PROMPTS
        .iter()
        .map(|p| {
            let v = gate.eval(p);
            assert_eq!(v["ok"], true, "{v}");
            v["audit_seq"].as_u64().expect("every verdict is audited")
        })
        .collect();
    gate.signal(Signal::SIGTERM);
    assert_eq!(gate.wait_exit(30), Some(0), "orderly stop exits 0");
    let dir = std::mem::replace(&mut gate.dir, short_tempdir());
    (dir, seqs)
}

fn cli(args: &[&str], state: &Path) -> std::process::Output {
    Command::new(binary())
        .arg("audit")
        .args(args)
        .arg("--state-dir")
        .arg(state)
        .env("POLICY_GATE_LOG", "warn")
        .output()
        .expect("running policy-gate audit")
}

fn query_kind(state: &Path, kind: &str) -> Vec<Value> {
    let out = cli(&["query", "--kind", kind, "--json"], state);
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn retiring_the_dev_key_keeps_one_verifiable_chain() {
    let (dir, first) = run_once(short_tempdir());
    let state = dir.path().to_path_buf();
    let old = std::fs::read(state.join("audit.key")).unwrap();
    std::fs::rename(state.join("audit.key"), state.join("audit.key.retired.1")).unwrap();

    // Without the retired key the old chain cannot be proven.
    let hidden = state.join("retired-elsewhere");
    std::fs::rename(state.join("audit.key.retired.1"), &hidden).unwrap();
    std::fs::write(state.join("audit.key"), [7u8; 32]).unwrap();
    let out = cli(&["verify"], &state);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    std::fs::remove_file(state.join("audit.key")).unwrap();
    std::fs::rename(&hidden, state.join("audit.key.retired.1")).unwrap();

    let (dir, second) = run_once(dir);
    let new = std::fs::read(state.join("audit.key")).unwrap();
    assert_ne!(old, new, "a new dev key was created");
    assert!(
        second.iter().min() > first.iter().max(),
        "seq continues across the rotation: {first:?} then {second:?}"
    );

    let out = cli(&["verify"], &state);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(text.contains("key rotations:"), "{text}");

    let rotated = query_kind(&state, "KeyRotated");
    assert_eq!(rotated.len(), 1, "{rotated:?}");
    let r = &rotated[0];
    let detail = r["detail"].as_str().unwrap();
    let key_id = r["key_id"].as_str().unwrap();
    assert!(detail.starts_with("from ") && detail.ends_with(&format!(" to {key_id}")));
    // The rotation precedes every verdict of the second run.
    let seq = r["seq"].as_u64().unwrap();
    assert!(seq > *first.iter().max().unwrap() && seq < *second.iter().min().unwrap());

    // Explicit flags work too: --dir/--key-file/--retired-key-file.
    let out = Command::new(binary())
        .args(["audit", "verify", "--dir"])
        .arg(state.join("audit"))
        .arg("--key-file")
        .arg(state.join("audit.key"))
        .arg("--retired-key-file")
        .arg(state.join("audit.key.retired.1"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    drop(dir);
}
