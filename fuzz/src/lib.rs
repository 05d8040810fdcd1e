//! Shared pieces of the fuzz targets: a loaded channel, input splitting, the
//! checks every channel evaluation must pass, and a copy of the client line
//! parsing steps (the real parser is private to the `policy-gate` binary).
#![forbid(unsafe_code)]

pub mod client;

// For `channel_target!`, which expands inside the target binaries.
pub use libfuzzer_sys;

/// The whole fuzz target of one channel: arbitrary text through `evaluate`
/// under the built-in policy, checked by [`evaluate_checked`]. Construction and
/// policy load happen once, in libFuzzer's `init`, before the per-input timeout
/// counts (they take seconds under ASan).
#[macro_export]
macro_rules! channel_target {
    ($channel:ty) => {
        thread_local! {
            static CHANNEL: ::std::cell::RefCell<$channel> =
                ::std::cell::RefCell::new($crate::loaded(<$channel>::new()));
        }
        $crate::libfuzzer_sys::fuzz_target!(
            init: CHANNEL.with(|_| ()),
            |data: &[u8]| {
                CHANNEL.with(|c| $crate::evaluate_checked(&mut *c.borrow_mut(), data));
            }
        );
    };
}

use std::time::{Duration, Instant};

use ipc::channel::{Channel, Outcome};
use ipc::{EvalRequest, PolicySnapshot};

/// Time bound of one evaluation under the fuzzer: a base plus a linear
/// allowance per KiB, so only a super-linear path (or a hang) trips it.
/// ASan plus coverage instrumentation is 100x+ slower than release (channel
/// B: 39 µs in release, ~110 ms instrumented, for the same 312 bytes), hence
/// the generous slope; `PG_FUZZ_MS_PER_KIB` overrides it.
pub fn eval_limit(len: usize) -> Duration {
    let per_kib = std::env::var("PG_FUZZ_MS_PER_KIB")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(500);
    Duration::from_millis(250 + per_kib * (len as u64).div_ceil(1024))
}

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
    let limit = eval_limit(data.len());
    for _ in 0..2 {
        if took < limit {
            return;
        }
        let t = Instant::now();
        let _ = c.evaluate(0, &req);
        took = took.min(t.elapsed());
    }
    assert!(
        took < limit,
        "{:?} took {took:?} (best of 3, bound {limit:?}) for {} bytes",
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
