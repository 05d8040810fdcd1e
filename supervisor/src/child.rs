//! `policy-gate child <role>`: the entry point of every child process.

use std::os::fd::FromRawFd;
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{bail, Context};
use ipc::channel::{serve_with, ServeConfig};
use ipc::Role;

use crate::spawn::CHILD_FD;

#[derive(Debug, clap::Args)]
pub struct ChildCmd {
    /// channel-a, channel-b, channel-e, channel-f or audit.
    pub role: String,
    #[arg(long, default_value_t = 50)]
    pub evaluation_ms: u64,
    #[arg(long)]
    pub audit_dir: Option<PathBuf>,
    #[arg(long)]
    pub audit_key_file: Option<PathBuf>,
    /// A retired audit key (repeatable).
    #[arg(long = "audit-retired-key-file", value_name = "FILE")]
    pub audit_retired_key_files: Vec<PathBuf>,
    #[arg(long, default_value_t = 64 << 20)]
    pub segment_bytes: u64,
}

pub fn run(cmd: ChildCmd) -> anyhow::Result<()> {
    let role =
        Role::from_name(&cmd.role).with_context(|| format!("unknown role {:?}", cmd.role))?;
    die_with_parent()?;
    // A terminal's Ctrl-C and a control-group SIGTERM reach every process; a
    // child stops only when the supervisor says so (Shutdown frame or EOF).
    // Blocked here, before any thread exists, so every thread inherits it.
    let mut quiet = nix::sys::signal::SigSet::empty();
    quiet.add(nix::sys::signal::Signal::SIGINT);
    quiet.add(nix::sys::signal::Signal::SIGTERM);
    quiet.add(nix::sys::signal::Signal::SIGHUP);
    quiet
        .thread_block()
        .context("blocking SIGINT/SIGTERM/SIGHUP")?;
    let _ = nix::sys::prctl::set_name(
        &std::ffi::CString::new(role.process_name()).context("process name")?,
    );
    // Refuse to run on anything but a connected Unix socket (e.g. started by
    // hand): check through a borrow before taking ownership of fd 3.
    #[allow(unsafe_code)]
    // SAFETY: fcntl(F_GETFD) on a raw number only reads descriptor flags.
    let open = unsafe { libc::fcntl(CHILD_FD, libc::F_GETFD) } != -1;
    if !open {
        bail!("fd 3 is not open: this subcommand is internal to `policy-gate serve`");
    }
    #[allow(unsafe_code)]
    // SAFETY: fd 3 is open (checked above); the borrow ends with this statement.
    let probe = ipc::peer::peer_cred(&unsafe { std::os::fd::BorrowedFd::borrow_raw(CHILD_FD) });
    probe.context("fd 3 is not the supervisor socket (this subcommand is internal)")?;
    #[allow(unsafe_code)]
    // SAFETY: fd 3 is an open socket (checked above), placed by the supervisor's
    // pre_exec (dup2 of its socketpair end); nothing else here owns it.
    let stream = unsafe { UnixStream::from_raw_fd(CHILD_FD) };
    crate::sandbox::apply_for(role, cmd.audit_dir.as_deref())?;

    let serve_cfg = ServeConfig {
        deadline: Duration::from_millis(cmd.evaluation_ms.max(1)),
        hang_marker: std::env::var("POLICY_GATE_TEST_HANG_MARKER").ok(),
        ..ServeConfig::default()
    };
    tracing::info!(%role, pid = std::process::id(), "child started");
    match role {
        // Tables are built on their own thread (see ipc::channel::serve_with).
        Role::ChannelA => serve_channel(role, channel_fsm::ChannelA::new, stream, serve_cfg)?,
        Role::ChannelB => serve_channel(role, channel_rules::ChannelB::new, stream, serve_cfg)?,
        Role::ChannelE => serve_channel(role, channel_fsm::ChannelE::new, stream, serve_cfg)?,
        Role::ChannelF => serve_channel(role, channel_rules::ChannelF::new, stream, serve_cfg)?,
        Role::Audit => crate::audit_child::run(stream, &cmd)?,
    }
    Ok(())
}

/// Serves the channel `make` builds; once built, the free heap its build left
/// behind goes back to the kernel. Compiling the rule tables allocates several
/// times what the tables keep, and glibc's allocator keeps freed pages mapped
/// (counted in the child's RSS for its whole life) unless asked to return them.
fn serve_channel<C: ipc::channel::Channel>(
    role: Role,
    make: fn() -> C,
    stream: UnixStream,
    cfg: ServeConfig,
) -> Result<(), ipc::channel::ServeError> {
    let build = move || {
        let channel = make();
        release_free_heap();
        channel
    };
    serve_with(role, build, stream, cfg)
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn release_free_heap() {
    #[allow(unsafe_code)]
    // SAFETY: malloc_trim takes no pointers and only walks glibc's own free
    // lists under the allocator's locks; it is safe to call from any thread.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn release_free_heap() {}

/// PR_SET_PDEATHSIG as a backstop to end-of-file on the socket. It fires when the
/// forking *thread* exits, which is why EOF is the primary signal; the parent pid
/// check closes the race where the parent died before the prctl.
fn die_with_parent() -> anyhow::Result<()> {
    nix::sys::prctl::set_pdeathsig(nix::sys::signal::Signal::SIGKILL)
        .context("PR_SET_PDEATHSIG")?;
    if let Ok(expected) = std::env::var("POLICY_GATE_PARENT_PID") {
        let parent = nix::unistd::getppid().as_raw().to_string();
        if parent != expected {
            bail!("parent {expected} already gone (now {parent}); exiting");
        }
    }
    Ok(())
}
