//! Channel F cost: a 4 KiB response (target <= 50 µs), clean prose, clean code
//! and a leaking response, plus 256 KiB clean and adversarial inputs to show
//! cost stays linear.

use channel_rules::ChannelF;
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use ipc::channel::Channel;
use ipc::{EvalRequest, PolicySnapshot};

const PROSE: &str = "Payroll runs on the 25th, or the last working day before it if the 25th \
falls on a weekend. A system prompt is text the developer supplies to configure behaviour; the \
key takeaway is that secrets belong in a manager. Commit 3f786850e387550fdab836ed7e6dc881de23001b \
fixed it; see https://docs.rs/regex/1.10.2/regex/struct.Regex.html and id \
123e4567-e89b-12d3-a456-426614174000. ";

const CODE: &str = "```python\nimport os\napi_key = os.environ[\"API_KEY\"]\npassword = \
get_password()\nclient = Client(token=settings.API_TOKEN, timeout=30)\nfor item in \
items:\n    print(item.name, item.checksum)\n```\n";

const LEAK_TAIL: &str =
    "\nSLACK_BOT_TOKEN=xoxb-24970993685-8100723237886-FxTMU94OPSAoMCtVS72c8fij\n";

fn fill(unit: &str, size: usize) -> String {
    let mut s = String::with_capacity(size + unit.len());
    while s.len() < size {
        s.push_str(unit);
    }
    s.truncate(size);
    s
}

fn request(resp: String) -> EvalRequest {
    EvalRequest {
        id: 1,
        generation: 1,
        tenant: 0,
        prompt: "Explain the config".into(),
        response: Some(resp),
        system_prompt: None,
    }
}

fn bench(c: &mut Criterion) {
    let mut ch = ChannelF::new();
    if ch.load_policy(&PolicySnapshot::builtin(1)).is_err() {
        return;
    }
    let mut leak = fill(PROSE, 4096 - LEAK_TAIL.len());
    leak.push_str(LEAK_TAIL);
    // Pseudo-random base64url without a secret shape: worst case for the
    // entropy scan (every run is examined).
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let noise: String = (0..256 * 1024)
        .map(|i| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            if i % 19 == 18 {
                ' '
            } else {
                char::from(alphabet[(x % 62) as usize])
            }
        })
        .collect();
    let cases = [
        ("prose_4k", fill(PROSE, 4096)),
        ("code_4k", fill(CODE, 4096)),
        ("leak_4k_at_end", leak),
        ("prose_256k", fill(PROSE, 256 * 1024)),
        (
            "keywords_256k",
            fill("password key token secret: ", 256 * 1024),
        ),
        ("short_noise_256k", noise),
    ];
    let mut g = c.benchmark_group("channel_f");
    for (name, resp) in cases {
        g.throughput(Throughput::Bytes(resp.len() as u64));
        let req = request(resp);
        g.bench_with_input(BenchmarkId::from_parameter(name), &req, |b, req| {
            b.iter(|| black_box(ch.evaluate(0, black_box(req))))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
