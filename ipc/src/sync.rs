//! Synchronisation primitives, swapped for loom's under `--cfg pg_loom` so the
//! concurrent cores can be model-checked (plain `--cfg loom` would break tokio).

#[cfg(pg_loom)]
pub use loom::sync::atomic::{AtomicBool, AtomicU64, Ordering};
#[cfg(pg_loom)]
pub use loom::sync::{Arc, Condvar, Mutex, MutexGuard};
#[cfg(pg_loom)]
pub use loom::thread;

#[cfg(not(pg_loom))]
pub use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
#[cfg(not(pg_loom))]
pub use std::sync::{Arc, Condvar, Mutex, MutexGuard};
#[cfg(not(pg_loom))]
pub use std::thread;
