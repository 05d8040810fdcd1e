//! Shared by the held-out batch tests: scores channel A on a list of prompts.

use channel_fsm::ingress::Verdict;
use channel_fsm::ChannelA;

/// How many of `cases` channel A judges as expected (blocked when
/// `expect_block`), printing each miss; returns (correct, total).
pub fn rate(cases: &[&str], expect_block: bool, name: &str) -> (usize, usize) {
    let mut ch = ChannelA::new();
    let mut ok = 0;
    for c in cases {
        let v = ch.judge(c);
        let blocked = !matches!(v, Verdict::Intent(_));
        if blocked == expect_block {
            ok += 1;
        } else {
            println!("  MISS [{name}] {v:?} <- {c}");
        }
    }
    println!("{name:24} {ok}/{}", cases.len());
    (ok, cases.len())
}
