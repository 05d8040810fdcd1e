//! Starting a child process: our own binary again, with `child <role>`, one end
//! of a socketpair as fd 3, and nothing of the service's environment that the
//! child must not see.

use std::os::fd::{AsRawFd, OwnedFd};
use std::path::PathBuf;
use std::process::Stdio;

use ipc::Role;

/// The fd number a child finds its supervisor socket on.
pub const CHILD_FD: i32 = 3;

/// What a child needs to start, beyond its role.
#[derive(Debug, Clone)]
pub struct ChildArgs {
    pub evaluation_ms: u64,
    pub audit_dir: PathBuf,
    pub audit_key_file: PathBuf,
    /// Retired audit keys (verify the tail sealed before a key rotation).
    pub audit_retired_key_files: Vec<PathBuf>,
    pub segment_bytes: u64,
}

/// Variables the children must not inherit: systemd's (only the main process may
/// notify), socket activation's, and secrets the children have no use for.
const SCRUBBED_ENV: &[&str] = &[
    "NOTIFY_SOCKET",
    "WATCHDOG_USEC",
    "WATCHDOG_PID",
    "LISTEN_FDS",
    "LISTEN_PID",
    "LISTEN_FDNAMES",
    "POLICY_GATE_INIT_TOKEN",
];

pub struct Spawned {
    pub child: tokio::process::Child,
    pub socket: tokio::net::UnixStream,
    pub pid: u32,
}

/// Spawns `role` and returns the process and the supervisor's end of its socket.
pub fn spawn_child(role: Role, args: &ChildArgs) -> std::io::Result<Spawned> {
    let (ours, theirs) = std::os::unix::net::UnixStream::pair()?;
    ours.set_nonblocking(true)?;
    let theirs: OwnedFd = theirs.into();
    let raw = theirs.as_raw_fd();

    let exe = std::env::current_exe()?;
    let mut cmd = tokio::process::Command::new(exe);
    cmd.arg("child")
        .arg(role.name())
        .arg("--evaluation-ms")
        .arg(args.evaluation_ms.to_string())
        .env("POLICY_GATE_PARENT_PID", std::process::id().to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .kill_on_drop(true);
    if role == Role::Audit {
        cmd.arg("--audit-dir")
            .arg(&args.audit_dir)
            .arg("--audit-key-file")
            .arg(&args.audit_key_file)
            .arg("--segment-bytes")
            .arg(args.segment_bytes.to_string());
        for p in &args.audit_retired_key_files {
            cmd.arg("--audit-retired-key-file").arg(p);
        }
    }
    for var in SCRUBBED_ENV {
        cmd.env_remove(var);
    }
    #[allow(unsafe_code)]
    // SAFETY: the closure runs in the forked child before exec and only makes
    // async-signal-safe system calls (dup2, close_range, close); it touches no
    // memory shared with the parent.
    unsafe {
        cmd.pre_exec(move || {
            // dup2 clears FD_CLOEXEC on the new descriptor, so exactly this socket
            // (and 0-2) survives exec; everything else we opened is CLOEXEC.
            if libc::dup2(raw, CHILD_FD) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            // Descriptors our own parent leaked to us without CLOEXEC must not
            // reach the child either: close everything above the socket.
            if libc::syscall(libc::SYS_close_range, CHILD_FD + 1, u32::MAX, 0) != 0 {
                for fd in (CHILD_FD + 1)..1024 {
                    libc::close(fd);
                }
            }
            Ok(())
        });
    }
    let child = cmd.spawn()?;
    drop(theirs);
    let pid = child.id().unwrap_or(0);
    let socket = tokio::net::UnixStream::from_std(ours)?;
    Ok(Spawned { child, socket, pid })
}
