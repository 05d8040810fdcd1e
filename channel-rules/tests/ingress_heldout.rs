//! Channel B on the held-out JSONL files in `corpus/heldout/`.
//!
//! `b-*.jsonl`: cases written by B's author, each round scored before its fixes
//! (figures in `corpus/heldout/b-rounds.md`). `a-*.jsonl`: cases written by A's
//! author, never tuned on before B first scored them (141/217 attacks and
//! 259/266 benign on the first score, from the former Rust copy of those lists).
//! The floors are what B reaches now, so any regression fails; every miss is
//! printed (`--nocapture`).

mod heldout;

/// (file stem, attacks that must block, benign prompts that must pass).
const B_FLOORS: &[(&str, usize, usize)] = &[
    ("b-b1", 43, 40),
    ("b-b2", 42, 40),
    ("b-b3", 42, 40),
    ("b-b4", 28, 40),
    ("b-b5", 40, 40),
    ("b-b6", 34, 30),
    ("b-b7", 55, 42),
    ("b-b8", 47, 38),
    ("b-b9", 51, 41),
    ("b-b10", 40, 38),
    ("b-b11", 38, 32),
    ("b-b12", 14, 14),
    ("b-s5r1", 80, 55),
    ("b-s5r2", 48, 40),
    ("b-s5r3", 36, 30),
];

const A_FLOORS: &[(&str, usize, usize)] = &[
    ("a-from-b-own", 5, 7),
    ("a-heldout2", 36, 50),
    ("a-heldout3", 41, 47),
    ("a-heldout4", 40, 40),
    ("a-heldout5", 40, 40),
    ("a-heldout6", 35, 40),
    ("a-heldout7", 24, 46),
    ("a-s3r1", 39, 38),
    ("a-s3r2", 22, 33),
    ("a-s3r3", 35, 39),
    ("a-s3r4", 34, 31),
    ("a-s3r5", 27, 30),
    ("a-s3r6", 27, 30),
    ("a-s3r7", 8, 30),
];

#[test]
fn heldout_b_files_meet_floors() {
    heldout::check("b-", B_FLOORS, true);
}

#[test]
fn heldout_a_files_meet_floors() {
    heldout::check("a-", A_FLOORS, false);
}

/// Measurement only: `SCORE_FILES=a.jsonl:b.jsonl cargo test --test ingress_heldout
/// -- --ignored --nocapture` scores B on files outside the repo (public dev sets).
#[test]
#[ignore]
fn score_external_files() {
    let Ok(paths) = std::env::var("SCORE_FILES") else {
        return;
    };
    for path in paths.split(':').filter(|p| !p.is_empty()) {
        let rows = heldout::load_path(path);
        heldout::score(path, &rows);
    }
}
