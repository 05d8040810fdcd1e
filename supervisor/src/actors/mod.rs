//! The supervisor's actors: one per child process, the voter, and the root
//! supervisor that owns the restart policy and talks to systemd.

pub mod child;
pub mod supervisor;
pub mod voter;
