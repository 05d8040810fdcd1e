//! Manual probe: `INGRESS_PROBE="text" cargo test --test ingress_probe -- --nocapture`
//! prints channel A's verdict for each line of the variable (no assertion
//! unless a probe is given, then it checks the verdict is deterministic).

use channel_fsm::ChannelA;

#[test]
fn probe() {
    let Ok(text) = std::env::var("INGRESS_PROBE") else {
        return;
    };
    let mut ch = ChannelA::new();
    for line in text.split("\n---\n") {
        let v = ch.judge(line);
        assert_eq!(v, ch.judge(line), "verdict must be deterministic");
        println!("{v:?} <- {line:?}");
    }
}

/// Fixed-count loop for `perf stat` (instruction counts do not depend on
/// machine load): `cargo test --release --test ingress_probe loop_200b -- --ignored`.
#[test]
#[ignore]
fn loop_200b() {
    let mut ch = ChannelA::new();
    let p = "Could you write a short, friendly email to my team explaining that the Friday \
        stand-up moves to 10am next week, and ask them to update their calendars? Thanks!";
    let n: u32 = std::env::var("LOOP_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let t = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(ch.judge(std::hint::black_box(p)));
    }
    println!("{:?} per call", t.elapsed() / n);
}
