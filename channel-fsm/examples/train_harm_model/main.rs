//! Trains channel A's harm scorer from the in-repo JSONL rows and writes
//! `channel-fsm/src/ingress/harm_model.rs`; prints the cross-validation
//! figures the threshold was chosen from.
//!
//! `cargo run -p channel-fsm --example train_harm_model` [`-- --check`]
//! [`--explain`] [`--by-length`]:
//! * `--check`: only compare with the committed file (exit 1 if it differs);
//! * `--explain`: the out-of-fold scores of the highest-scoring benign rows
//!   and of the attacks the threshold misses, to see which kinds fail;
//! * `--by-length`: out-of-fold catches and benign blocks by prompt length.

mod trainer;

use trainer::{Cv, Row};

fn main() {
    let t0 = std::time::Instant::now();
    let (text, cv, rows) = trainer::build();
    for line in &cv.report {
        println!("{line}");
    }
    let flag = |f: &str| std::env::args().any(|a| a == f);
    if flag("--explain") {
        explain(&cv, &rows);
    }
    if flag("--by-length") {
        by_length(&cv, &rows);
    }
    let path = trainer::repo().join("channel-fsm/src/ingress/harm_model.rs");
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    if current == text {
        println!("{} is up to date", path.display());
    } else if flag("--check") {
        eprintln!("{} differs from the trainer's output", path.display());
        std::process::exit(1);
    } else {
        std::fs::write(&path, &text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        println!("wrote {}", path.display());
    }
    println!("took {:?}", t0.elapsed());
}

fn explain(cv: &Cv, rows: &[Row]) {
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by_key(|&i| -cv.scores[i]);
    println!("highest-scoring benign rows (out of fold):");
    for &i in order.iter().filter(|&&i| !rows[i].block).take(25) {
        println!("  {:>6} {}", cv.scores[i], rows[i].prompt);
    }
    println!("missed attacks, highest first:");
    for &i in order
        .iter()
        .filter(|&&i| rows[i].block && cv.scores[i] < cv.threshold)
        .take(60)
    {
        println!("  {:>6} {}", cv.scores[i], rows[i].prompt);
    }
}

fn by_length(cv: &Cv, rows: &[Row]) {
    let ch = channel_fsm::ChannelA::new();
    let mut t = std::collections::BTreeMap::new();
    for (i, r) in rows.iter().enumerate() {
        let n = ch
            .harm_features(&r.prompt)
            .iter()
            .filter(|f| f.starts_with("u "))
            .count();
        let bucket = match n {
            0..=16 => 16,
            17..=24 => 24,
            25..=32 => 32,
            33..=48 => 48,
            _ => 80,
        };
        let e = t.entry(bucket).or_insert([0usize; 4]);
        let caught = usize::from(cv.scores[i] >= cv.threshold);
        if r.block {
            e[0] += 1;
            e[1] += caught;
        } else {
            e[2] += 1;
            e[3] += caught;
        }
    }
    for (b, e) in t {
        println!(
            "tokens <= {b}: attacks {} caught {}; benign {} blocked {}",
            e[0], e[1], e[2], e[3]
        );
    }
}
