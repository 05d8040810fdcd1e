//! Everything the policy-gate processes say to each other.
//!
//! * [`wire`]: the message types (postcard-encoded; enum variants may only be appended).
//! * [`frame`]: u32-LE length-prefixed frames with a hard size limit, strict decoding.
//! * [`policy`]: the policy snapshot the supervisor pushes to every channel.
//! * [`channel`]: the trait a detection channel implements and the child-side serve loop
//!   (reader, worker, internal watchdog) every channel process runs.
//! * [`replies`]: the reply stream those threads share, batching verdicts under load.
//! * [`watchdog`]: the std-only evaluation slot shared by worker and watchdog thread.
//! * [`peer`]: peer-credential helpers for Unix sockets.
#![forbid(unsafe_code)]

pub mod channel;
pub mod frame;
pub mod peer;
pub mod policy;
pub mod replies;
pub mod stats;
pub mod sync;
pub mod watchdog;
pub mod wire;

pub use frame::{FrameError, MAX_FRAME};
pub use policy::{EgressPolicy, PiiKind, PolicySnapshot, TenantPolicy};
pub use wire::*;
