//! The append-only, HMAC-chained audit log of policy-gate.
//!
//! * [`serve`]: the audit child process loop (recovery, `Hello`, group commit,
//!   `Committed`/`Failed` replies, pings, shutdown, stall watchdog).
//! * [`AuditLog`]: the same writer in-process (`append` returns when durable).
//! * [`verify()`]: proves a directory intact or names the first bad record.
//! * [`query()`] / [`follow`]: read records back, filtered; follow new ones.
//! * [`key`]: loading (production) or creating (development) the MAC key, and
//!   the [`Keyring`] (current + retired keys) that keeps one chain across a
//!   key rotation (see [`chain`]).
//! * [`gate::CommitGate`]: the loom-checked group-commit core.
//!
//! Records are JSON Lines in segment files `audit-<first seq>.jsonl`; see
//! [`record`] for the format and the MAC.
//!
//! Use from the supervisor binary:
//! ```no_run
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let stream: std::os::unix::net::UnixStream = unimplemented!();
//! use audit_writer::{key, serve, verify, query, Filter, WriterConfig};
//! use std::path::Path;
//! // child audit (production key; `key::load_or_create` under --dev):
//! let key = key::load(Path::new("/etc/policy-gate/audit.key"))?;
//! serve(stream, WriterConfig::new("/var/lib/policy-gate/audit", key.clone()))?;
//! // audit verify / query:
//! let report = verify(Path::new("/var/lib/policy-gate/audit"), &key)?;
//! for rec in query(Path::new("/var/lib/policy-gate/audit"), &Filter::default()) {
//!     println!("{}", serde_json::to_string(&rec?)?);
//! }
//! # let _ = report; Ok(()) }
//! ```
#![forbid(unsafe_code)]

pub mod bench;
pub mod chain;
mod commit;
pub mod config;
pub mod error;
pub mod gate;
mod hex;
pub mod key;
pub mod log;
pub mod query;
pub mod record;
pub mod recover;
pub mod segment;
mod serve;
mod sync;
mod time;
pub mod verify;

pub use bench::{bench_commit, bench_concurrent, bench_recovery, BenchReport};
pub use commit::AuditLog;
pub use config::WriterConfig;
pub use error::AuditError;
pub use key::{Key, KeyLookup, Keyring};
pub use log::{IoHook, IoOp};
pub use query::{follow, query, Filter, Follow, FollowFrom, QueryError};
pub use record::{ChannelRecord, Record};
pub use serve::{serve, EXIT_STALLED};
pub use verify::{verify, BadRecord, VerifyError, VerifyReport};
