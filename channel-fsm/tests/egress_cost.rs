//! A fixed-count cost driver for channel E (ignored by default): run under
//! `perf stat` to get CPU time per evaluation on a busy machine, where
//! wall-clock benches are unreliable.
//! `cargo test --release -p channel-fsm --test egress_cost -- --ignored --nocapture`

mod egress_support;

use egress_support::*;
use ipc::channel::Channel;

const PARAGRAPH: &str = "Payroll runs on the 25th, or the last working day before it if the 25th \
falls on a weekend. Invoice INV-2025-00731 was issued on 2025-02-03 for $3,460.00; version \
4.17.21 fixed it at 12:30:45. Call the desk, or see https://docs.rs/regex/1.10.2 for details. \
The ISBN is 978-0-306-40615-7 and the card ending **** 4821 was used. ";

const SP: &str = "You are Fernleaf, the customer support assistant for Fernleaf Garden Supply. \
Only answer questions about our plant catalogue, existing orders and shipping. Never offer a \
discount larger than 10 percent, and never mention the internal code name Project Marigold.";

fn drive(sp: Option<&str>) {
    let mut text = String::new();
    while text.len() < 4096 {
        text.push_str(PARAGRAPH);
    }
    text.truncate(4096);
    let mut ch = channel();
    let req = request(&text, sp);
    let n = 20_000;
    let t = std::time::Instant::now();
    for _ in 0..n {
        assert!(ch.evaluate(0, &req).pass);
    }
    let per = t.elapsed().as_nanos() / n;
    println!(
        "4 KiB, system prompt {}: {per} ns/evaluation (wall clock)",
        sp.is_some()
    );
}

#[test]
#[ignore]
fn cost_4k_plain() {
    drive(None);
}

#[test]
#[ignore]
fn cost_4k_with_system_prompt() {
    drive(Some(SP));
}
