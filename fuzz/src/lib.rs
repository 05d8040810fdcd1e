//! Shared pieces of the fuzz targets: a loaded channel, input splitting, the
//! checks every channel evaluation must pass, and a copy of the client line
//! parsing steps (the real parser is private to the `policy-gate` binary).
#![forbid(unsafe_code)]

pub mod client;

use std::time::{Duration, Instant};

use ipc::channel::{Channel, Outcome};
use ipc::{EvalRequest, PolicySnapshot};

/// Longest a single evaluation may take under the fuzzer (instrumented and
/// sanitised code is several times slower than release; the product budget
/// is 1 ms for 8 KiB). Anything past this is a super-linear path.
pub const EVAL_LIMIT: Duration = Duration::from_millis(250);

/// A channel with the built-in policy loaded (as the supervisor does).
pub fn loaded<C: Channel>(mut c: C) -> C {
    c.load_policy(&PolicySnapshot::builtin(1))
        .expect("the built-in policy loads");
    c
}

/// Splits fuzzer bytes into prompt / response / system prompt at 0xFF bytes
/// (never valid UTF-8, so the separator cannot collide with text).
pub fn request(data: &[u8]) -> EvalRequest {
    let mut parts = data.splitn(3, |b| *b == 0xFF);
    let text = |p: Option<&[u8]>| p.map(|b| String::from_utf8_lossy(b).into_owned());
    let prompt = text(parts.next()).unwrap_or_default();
    let response = text(parts.next());
    let system_prompt = text(parts.next());
    EvalRequest {
        id: 1,
        generation: 1,
        tenant: 0,
        prompt,
        response,
        system_prompt,
    }
}

/// Evaluates `data` twice and checks: bounded time, a reason on every block,
/// and the same answer both times (the gate is deterministic).
pub fn evaluate_checked<C: Channel>(c: &mut C, data: &[u8]) {
    let req = request(data);
    let t = Instant::now();
    let first = c.evaluate(0, &req);
    let mut took = t.elapsed();
    check(&first);
    let second = c.evaluate(0, &req);
    assert_eq!(first, second, "{:?} is not deterministic", c.role());
    // One slow run can be the machine (another process, a page fault storm);
    // a slow path is slow every time: fail on the best of three.
    for _ in 0..2 {
        if took < EVAL_LIMIT {
            return;
        }
        let t = Instant::now();
        let _ = c.evaluate(0, &req);
        took = took.min(t.elapsed());
    }
    assert!(
        took < EVAL_LIMIT,
        "{:?} took {took:?} (best of 3) for {} bytes",
        c.role(),
        data.len()
    );
}

fn check(o: &Outcome) {
    if !o.pass {
        assert!(
            o.reason.as_deref().is_some_and(|r| !r.is_empty()),
            "a block without a reason: {o:?}"
        );
    }
}
