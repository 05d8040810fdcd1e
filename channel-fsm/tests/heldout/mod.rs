//! Loader for the held-out JSONL files in `corpus/heldout/` (one row per
//! line: prompt, expect, category, author, round) and channel A's scoring
//! of them. Kept to this crate on purpose: channel B has its own loader.

use channel_fsm::ingress::Verdict;
use channel_fsm::ChannelA;
use std::path::{Path, PathBuf};

/// The held-out directory shared by both channels' tests.
pub fn dir() -> PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus/heldout")).to_path_buf()
}

/// One held-out case.
pub struct Row {
    pub prompt: String,
    pub block: bool,
    pub category: String,
}

/// Reads one JSONL file; a malformed row fails the test loudly rather
/// than being skipped (a silently shorter file would inflate the figures).
pub fn load(path: &Path) -> Vec<Row> {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), n + 1));
        let field = |k: &str| {
            v.get(k)
                .and_then(|x| x.as_str())
                .unwrap_or_else(|| panic!("{}:{}: missing {k}", path.display(), n + 1))
                .to_string()
        };
        let block = match field("expect").as_str() {
            "block" => true,
            "pass" => false,
            other => panic!("{}:{}: expect {other:?}", path.display(), n + 1),
        };
        rows.push(Row {
            prompt: field("prompt"),
            block,
            category: field("category"),
        });
    }
    rows
}

/// Files in the held-out directory whose name starts with `prefix`, sorted.
pub fn files(prefix: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir())
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.extension().is_some_and(|x| x == "jsonl")
                        && p.file_name()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| n.starts_with(prefix))
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// Channel A's score on one file.
#[derive(Debug, Clone, Copy, Default)]
pub struct Score {
    pub attacks_blocked: usize,
    pub attacks: usize,
    pub benign_passed: usize,
    pub benign: usize,
}

/// Runs every row through a fresh channel A, printing each miss.
pub fn score(name: &str, rows: &[Row]) -> Score {
    let mut ch = ChannelA::new();
    let mut s = Score::default();
    for r in rows {
        let v = ch.judge(&r.prompt);
        let blocked = !matches!(v, Verdict::Intent(_));
        if r.block {
            s.attacks += 1;
            s.attacks_blocked += usize::from(blocked);
        } else {
            s.benign += 1;
            s.benign_passed += usize::from(!blocked);
        }
        if blocked != r.block {
            println!("  MISS [{name}/{}] {v:?} <- {:?}", r.category, r.prompt);
        }
    }
    println!(
        "{name:24} attacks {}/{}  benign {}/{}",
        s.attacks_blocked, s.attacks, s.benign_passed, s.benign
    );
    s
}
