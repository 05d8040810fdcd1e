//! Detection channels B (ingress rule engine) and F (egress secret/entropy/framing rules).
//!
//! This crate shares no detection code or pattern tables with the other channel
//! crate: the two ingress (and the two egress) channels must fail differently.
#![forbid(unsafe_code)]

mod base64;
pub mod egress;
pub mod ingress;

pub use egress::ChannelF;
pub use ingress::ChannelB;
