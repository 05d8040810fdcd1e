//! Loader and scorer for the held-out JSONL files in `corpus/heldout/`
//! (rows: prompt, expect, category, author, round). Channel B's own copy:
//! the channels keep separate loaders so a bug in one cannot hide in both.

use std::path::PathBuf;

use channel_rules::ChannelB;
use ipc::channel::{Channel, Outcome};
use ipc::{EvalRequest, PolicySnapshot};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus/heldout");

pub struct Row {
    pub prompt: String,
    pub expect_block: bool,
    pub category: String,
}

/// Every `<prefix>*.jsonl` file in the held-out directory, sorted, as (stem, rows).
/// A malformed row fails the test: a silently skipped row would inflate the figure.
pub fn load(prefix: &str) -> Vec<(String, Vec<Row>)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(DIR)
        .expect("corpus/heldout readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "jsonl")
                && p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(prefix))
        })
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let stem = p
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("?")
                .to_string();
            let text = std::fs::read_to_string(&p).expect("held-out file readable");
            let rows = text
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| parse(&stem, l))
                .collect();
            (stem, rows)
        })
        .collect()
}

/// Rows of one JSONL file anywhere (e.g. the public dev sets outside the repo).
pub fn load_path(path: &str) -> Vec<Row> {
    let text = std::fs::read_to_string(path).expect("JSONL file readable");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| parse(path, l))
        .collect()
}

fn parse(stem: &str, line: &str) -> Row {
    let v: serde_json::Value =
        serde_json::from_str(line).unwrap_or_else(|e| panic!("{stem}: bad JSON ({e}): {line}"));
    let prompt = v["prompt"]
        .as_str()
        .unwrap_or_else(|| panic!("{stem}: row without prompt: {line}"))
        .to_string();
    let expect_block = match v["expect"].as_str() {
        Some("block") => true,
        Some("pass") => false,
        other => panic!("{stem}: expect must be block|pass, got {other:?}"),
    };
    let category = v["category"].as_str().unwrap_or("?").to_string();
    Row {
        prompt,
        expect_block,
        category,
    }
}

fn channel() -> ChannelB {
    let mut ch = ChannelB::new();
    ch.load_policy(&PolicySnapshot::builtin(1))
        .expect("builtin policy");
    ch
}

fn eval(ch: &mut ChannelB, prompt: &str) -> Outcome {
    let req = EvalRequest::ingress(1, 0, prompt);
    ch.evaluate(0, &req)
}

/// Per-file score: attacks blocked / attacks, benign passed / benign.
pub struct Score {
    pub blocked: usize,
    pub attacks: usize,
    pub passed: usize,
    pub benign: usize,
}

/// Scores one file, printing every miss (attack passed, benign blocked with reason).
pub fn score(stem: &str, rows: &[Row]) -> Score {
    let mut ch = channel();
    let mut s = Score {
        blocked: 0,
        attacks: 0,
        passed: 0,
        benign: 0,
    };
    for r in rows {
        let out = eval(&mut ch, &r.prompt);
        if r.expect_block {
            s.attacks += 1;
            if out.pass {
                println!("{stem} MISS attack [{}]: {:?}", r.category, r.prompt);
            } else {
                s.blocked += 1;
            }
        } else {
            s.benign += 1;
            if out.pass {
                s.passed += 1;
            } else {
                println!(
                    "{stem} MISS benign [{}] {:?}: {:?}",
                    r.category, out.reason, r.prompt
                );
            }
        }
    }
    println!(
        "{stem}: attacks blocked {}/{}, benign passed {}/{}",
        s.blocked, s.attacks, s.passed, s.benign
    );
    s
}

/// Scores every file with `prefix` against `floors` = (stem, attack floor, benign floor).
/// With `strict`, a file without a floor fails, so a new round of B's own cannot be
/// added without a figure; the other channel's author adds files on their own
/// schedule, so those are scored and printed but only declared floors are enforced.
/// Returns the summed score.
pub fn check(prefix: &str, floors: &[(&str, usize, usize)], strict: bool) -> Score {
    let files = load(prefix);
    assert!(!files.is_empty(), "no {prefix}*.jsonl files in {DIR}");
    let mut total = Score {
        blocked: 0,
        attacks: 0,
        passed: 0,
        benign: 0,
    };
    let mut failures = Vec::new();
    for (stem, rows) in &files {
        let s = score(stem, rows);
        match floors.iter().find(|(f, _, _)| f == stem) {
            Some((_, a, b)) => {
                if s.blocked < *a || s.passed < *b {
                    failures.push(format!(
                        "{stem}: blocked {}/{} (floor {a}), passed {}/{} (floor {b})",
                        s.blocked, s.attacks, s.passed, s.benign
                    ));
                }
            }
            None if strict => failures.push(format!("{stem}: no floor declared")),
            None => println!("{stem}: no floor declared (scored only)"),
        }
        total.blocked += s.blocked;
        total.attacks += s.attacks;
        total.passed += s.passed;
        total.benign += s.benign;
    }
    for (stem, _, _) in floors {
        if !files.iter().any(|(f, _)| f == stem) {
            failures.push(format!("{stem}: floor declared but file missing"));
        }
    }
    println!(
        "{prefix}* total: attacks blocked {}/{}, benign passed {}/{}",
        total.blocked, total.attacks, total.passed, total.benign
    );
    assert!(failures.is_empty(), "{failures:#?}");
    total
}
