//! Channel B: arbitrary text through `evaluate` under the built-in policy.
//! No panic, and every evaluation within the time bound (see the lib).
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::cell::RefCell;

thread_local! {
    static CHANNEL: RefCell<channel_rules::ChannelB> = RefCell::new(policy_gate_fuzz::loaded(channel_rules::ChannelB::new()));
}

fuzz_target!(|data: &[u8]| {
    CHANNEL.with(|c| policy_gate_fuzz::evaluate_checked(&mut *c.borrow_mut(), data));
});
