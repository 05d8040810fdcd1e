//! Channel B: arbitrary text through `evaluate` under the built-in policy.
//! No panic, a bounded time per evaluation, a reason on every block, the same
//! answer twice (see `policy_gate_fuzz::evaluate_checked`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::cell::RefCell;

type Under = channel_rules::ChannelB;

thread_local! {
    static CHANNEL: RefCell<Under> = RefCell::new(policy_gate_fuzz::loaded(Under::new()));
}

fuzz_target!(
    // Construction and policy load happen once, before the per-input timeout
    // counts (they take seconds under ASan).
    init: CHANNEL.with(|_| ()),
    |data: &[u8]| {
        CHANNEL.with(|c| policy_gate_fuzz::evaluate_checked(&mut *c.borrow_mut(), data));
    }
);
