//! Channel A: arbitrary text through `evaluate` under the built-in policy.
//! No panic, a bounded time per evaluation, a reason on every block, the same
//! answer twice (see `policy_gate_fuzz::evaluate_checked`).
#![no_main]

policy_gate_fuzz::channel_target!(channel_fsm::ChannelA);
