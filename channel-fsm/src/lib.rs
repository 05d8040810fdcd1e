//! Detection channels A (ingress intent FSM) and E (egress PII/leakage FSM).
//!
//! This crate shares no detection code or pattern tables with the other channel
//! crate: the two ingress (and the two egress) channels must fail differently.
#![forbid(unsafe_code)]

pub mod egress;
pub mod ingress;

pub use egress::ChannelE;
pub use ingress::ChannelA;
