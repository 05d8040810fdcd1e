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
