//! std or loom primitives (see `ipc::sync` for why the cfg is our own).
#[cfg(pg_loom)]
pub(crate) use loom::sync::{Mutex, MutexGuard};
#[cfg(not(pg_loom))]
pub(crate) use std::sync::{Mutex, MutexGuard};
