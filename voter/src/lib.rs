//! The 1oo2D decision and the ballot that gathers the two channel answers.
//!
//! * [`decide`] is the 1oo2D table of DESIGN.md as a pure function.
//! * [`Ballot`] collects the two answers of one request against a deadline and
//!   hands the decision to exactly one caller.
#![forbid(unsafe_code)]

mod ballot;
mod decide;
mod sync;

pub use ballot::{Ballot, Side, Submit};
pub use decide::{decide, Answer, VerdictKind, Vote};
