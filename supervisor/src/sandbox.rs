//! Least privilege for a child process once it holds what it needs.
//!
//! Applied by `child::run` after the supervisor socket is adopted and before
//! the serve loop starts any thread (Landlock binds the calling thread and
//! whatever it spawns later, so this must run while the process is still
//! single-threaded):
//!
//! * `PR_SET_NO_NEW_PRIVS`: always (no privilege gain through exec of a setuid
//!   or file-capability binary; also what lets an unprivileged process use
//!   Landlock).
//! * Core dumps off: `RLIMIT_CORE` 0 and `PR_SET_DUMPABLE` 0. A dump or a
//!   same-uid `ptrace` would expose prompts and responses held in memory.
//! * Landlock, where the kernel has it: channels may write nowhere and execute
//!   nothing; the audit writer may write only beneath its audit directory.
//!   Reads stay allowed (the audit key is read after this point, and every
//!   process reads `/proc/self/status` for its statistics); TCP bind/connect
//!   is denied (ABI 4+), as are abstract Unix sockets and signals outside the
//!   sandbox (ABI 6+). A kernel without Landlock is logged at INFO and the
//!   process runs with the first two layers only.

use std::os::unix::fs::DirBuilderExt;
use std::path::Path;

use anyhow::Context;
use landlock::{
    Access, AccessFs, AccessNet, CompatLevel, Compatible, PathBeneath, PathFd, Ruleset,
    RulesetAttr, RulesetCreatedAttr, RulesetStatus, Scope, ABI,
};

/// The Landlock ABI whose rights were reviewed for this profile. Newer kernels
/// are asked for no more than this (rights added later are unknown to us);
/// older kernels get the subset they support (best effort).
const REVIEWED_ABI: ABI = ABI::V6;

/// What a child is allowed once sandboxed.
#[derive(Debug, Clone, Copy)]
pub enum Profile<'a> {
    /// A detection channel: no filesystem writes, no exec, no network.
    Channel,
    /// The audit writer: writes only beneath `dir`.
    Audit { dir: &'a Path },
}

/// What was actually applied, for the start-up log line and for tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub no_new_privs: bool,
    pub core_dumps_off: bool,
    pub landlock: Landlock,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Landlock {
    Full,
    Partial,
    Unsupported,
    /// The kernel has Landlock but applying it failed (kept running: see `apply`).
    Failed(String),
}

/// The profile of `role`, applied and logged (one call from `child::run`).
pub fn apply_for(role: ipc::Role, audit_dir: Option<&Path>) -> anyhow::Result<Applied> {
    let profile = match (role, audit_dir) {
        (ipc::Role::Audit, Some(dir)) => Profile::Audit { dir },
        // An audit child without a dir fails right after (no dir to write).
        _ => Profile::Channel,
    };
    let applied = apply(profile)?;
    tracing::info!(%role, landlock = ?applied.landlock, "sandbox applied");
    Ok(applied)
}

/// Applies every layer for `profile`. Errors only when a layer that every
/// Linux kernel supports fails (no_new_privs, core limits): the child then
/// exits and the supervisor sees the fault.
pub fn apply(profile: Profile<'_>) -> anyhow::Result<Applied> {
    nix::sys::prctl::set_no_new_privs().context("PR_SET_NO_NEW_PRIVS")?;
    nix::sys::resource::setrlimit(nix::sys::resource::Resource::RLIMIT_CORE, 0, 0)
        .context("RLIMIT_CORE = 0")?;
    nix::sys::prctl::set_dumpable(false).context("PR_SET_DUMPABLE = 0")?;
    let threads = thread_count();
    if threads > 1 {
        // Landlock would cover only this thread; say so instead of pretending.
        tracing::warn!(
            threads,
            "sandbox applied after threads were started: Landlock binds only the calling thread"
        );
    }
    let landlock = match landlock(profile) {
        Ok(RulesetStatus::FullyEnforced) => Landlock::Full,
        Ok(RulesetStatus::PartiallyEnforced) => Landlock::Partial,
        Ok(RulesetStatus::NotEnforced) => Landlock::Unsupported,
        // A kernel quirk must not turn into a total outage (every restart would
        // fail the same way): the first two layers hold, and the log says so.
        Err(e) => Landlock::Failed(format!("{e:#}")),
    };
    match &landlock {
        Landlock::Unsupported => {
            tracing::info!("Landlock not supported by this kernel: filesystem sandbox skipped")
        }
        Landlock::Failed(e) => {
            tracing::warn!(error = %e, "Landlock could not be applied: filesystem sandbox skipped")
        }
        Landlock::Full | Landlock::Partial => {}
    }
    Ok(Applied {
        no_new_privs: true,
        core_dumps_off: true,
        landlock,
    })
}

fn landlock(profile: Profile<'_>) -> anyhow::Result<RulesetStatus> {
    let write = AccessFs::from_write(REVIEWED_ABI);
    let mut ruleset = Ruleset::default()
        .set_compatibility(CompatLevel::BestEffort)
        // Handled with no rule that grants them = denied everywhere.
        .handle_access(write | AccessFs::Execute)?
        .handle_access(AccessNet::from_all(REVIEWED_ABI))?
        .scope(Scope::from_all(REVIEWED_ABI))?
        .create()?;
    if let Profile::Audit { dir } = profile {
        // A rule needs an existing directory to anchor on; the writer would
        // create it with the same mode a moment later anyway.
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .with_context(|| format!("creating {}", dir.display()))?;
        let fd = PathFd::new(dir).with_context(|| format!("opening {}", dir.display()))?;
        ruleset = ruleset.add_rule(PathBeneath::new(fd, write))?;
    }
    Ok(ruleset.restrict_self()?.ruleset)
}

/// Threads of this process (from /proc; 1 when it cannot be read).
fn thread_count() -> usize {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Threads:"))
                .and_then(|n| n.trim().parse().ok())
        })
        .unwrap_or(1)
}

#[cfg(test)]
mod tests {
    //! The sandbox is irreversible, so each check runs in a fresh copy of this
    //! test binary (`probe`, selected by an env var) and reports by exit code.
    use super::*;
    use std::process::Command;

    const PROBE_ENV: &str = "POLICY_GATE_SANDBOX_PROBE";

    fn run_probe(mode: &str, dir: &Path) -> std::process::Output {
        Command::new(std::env::current_exe().expect("test binary"))
            .args([
                "--exact",
                "sandbox::tests::probe",
                "--ignored",
                "--test-threads=1",
                "--nocapture",
            ])
            .env(PROBE_ENV, mode)
            .env("POLICY_GATE_SANDBOX_DIR", dir)
            .output()
            .expect("running the probe")
    }

    /// Runs only when started by `run_probe`; panics (test failure) when the
    /// sandbox lets through what it must not, or blocks what it must allow.
    #[test]
    #[ignore = "run in a child process by the other tests"]
    fn probe() {
        let Ok(mode) = std::env::var(PROBE_ENV) else {
            return;
        };
        let dir = std::path::PathBuf::from(std::env::var("POLICY_GATE_SANDBOX_DIR").unwrap());
        let audit = dir.join("audit");
        let outside = dir.join("outside.txt");
        let profile = if mode == "audit" {
            Profile::Audit { dir: &audit }
        } else {
            Profile::Channel
        };
        let applied = apply(profile).expect("sandbox");
        assert!(nix::sys::prctl::get_no_new_privs().unwrap());
        assert!(!nix::sys::prctl::get_dumpable().unwrap());
        let (soft, hard) =
            nix::sys::resource::getrlimit(nix::sys::resource::Resource::RLIMIT_CORE).unwrap();
        assert_eq!((soft, hard), (0, 0));
        // Reads stay allowed.
        assert!(std::fs::read_to_string("/proc/self/status").is_ok());
        if applied.landlock != Landlock::Full && applied.landlock != Landlock::Partial {
            println!("PROBE-NO-LANDLOCK {:?}", applied.landlock);
            return;
        }
        let denied = std::fs::write(&outside, b"x");
        assert!(denied.is_err(), "write outside the sandbox was allowed");
        if mode == "audit" {
            std::fs::write(audit.join("seg.jsonl"), b"ok\n").expect("audit dir writable");
        }
        println!("PROBE-OK");
    }

    fn check(mode: &str) {
        let dir = tempfile::tempdir().unwrap();
        let out = run_probe(mode, dir.path());
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "probe {mode} failed:\n{stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            stdout.contains("PROBE-OK") || stdout.contains("PROBE-NO-LANDLOCK"),
            "probe {mode} did not run: {stdout}"
        );
        if stdout.contains("PROBE-OK") {
            assert!(!dir.path().join("outside.txt").exists());
        }
        if mode == "audit" && stdout.contains("PROBE-OK") {
            assert!(dir.path().join("audit/seg.jsonl").exists());
        }
    }

    #[test]
    fn channel_profile_denies_every_write() {
        check("channel");
    }

    #[test]
    fn audit_profile_writes_only_its_dir() {
        check("audit");
    }
}
