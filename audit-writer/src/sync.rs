//! Synchronisation primitives, swapped for loom's under `--cfg pg_loom` so the
//! group-commit gate can be model-checked (plain `--cfg loom` would break tokio
//! elsewhere in the workspace).

#[cfg(pg_loom)]
pub(crate) use loom::sync::{Arc, Condvar, Mutex, MutexGuard};

#[cfg(not(pg_loom))]
pub(crate) use std::sync::{Arc, Condvar, Mutex, MutexGuard};
