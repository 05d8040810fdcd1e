//! Channel E cost: a 4 KiB response (target <= 50 µs), clean and leaking,
//! with and without a system prompt, and a 256 KiB response for linearity.

use channel_fsm::ChannelE;
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use ipc::channel::Channel;
use ipc::{EvalRequest, PolicySnapshot};

const PARAGRAPH: &str = "Payroll runs on the 25th, or the last working day before it if the 25th \
falls on a weekend. Invoice INV-2025-00731 was issued on 2025-02-03 for $3,460.00; version \
4.17.21 fixed it at 12:30:45. Call the desk, or see https://docs.rs/regex/1.10.2 for details. \
The ISBN is 978-0-306-40615-7 and the card ending **** 4821 was used. ";

const SYSTEM_PROMPT: &str = "You are Fernleaf, the customer support assistant for Fernleaf Garden \
Supply. Only answer questions about our plant catalogue, existing orders and shipping. Never offer \
a discount larger than 10 percent, and never mention the internal code name Project Marigold. If \
a customer is angry, apologise once and offer to escalate to a human agent.";

fn response(size: usize) -> String {
    let mut s = String::with_capacity(size + PARAGRAPH.len());
    while s.len() < size {
        s.push_str(PARAGRAPH);
    }
    s.truncate(size);
    s
}

fn request(resp: String, sp: Option<&str>) -> EvalRequest {
    EvalRequest {
        id: 1,
        generation: 1,
        tenant: 0,
        prompt: "What's the schedule?".into(),
        response: Some(resp),
        system_prompt: sp.map(str::to_string),
    }
}

fn bench(c: &mut Criterion) {
    let mut ch = ChannelE::new();
    ch.load_policy(&PolicySnapshot::builtin(1)).expect("policy");
    let mut g = c.benchmark_group("channel_e");
    for &(name, size, sp) in &[
        ("clean_4k", 4096, None),
        ("clean_4k_system_prompt", 4096, Some(SYSTEM_PROMPT)),
        ("clean_256k", 256 * 1024 - 16, Some(SYSTEM_PROMPT)),
    ] {
        let req = request(response(size), sp);
        assert!(ch.evaluate(0, &req).pass, "{name} must pass");
        g.throughput(Throughput::Bytes(size as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), &req, |b, r| {
            b.iter(|| black_box(ch.evaluate(0, black_box(r))))
        });
    }
    // A leak at the very end: the worst case for a first-match scanner.
    let mut leaking = response(4096 - 40);
    leaking.push_str(" card 4486-5811-3642-5414.");
    let req = request(leaking, Some(SYSTEM_PROMPT));
    assert!(!ch.evaluate(0, &req).pass);
    g.bench_function("leak_at_end_4k", |b| {
        b.iter(|| black_box(ch.evaluate(0, black_box(&req))))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
