//! `policy-gate serve`: resolve the configuration, then run the supervisor.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{bail, Context};
use ractor::Actor;
use tokio::signal::unix::{signal, SignalKind};
use tokio::sync::{mpsc, oneshot};

use ipc::RecordKind;

use crate::actors::supervisor::{SupArgs, SupMsg, Supervisor};
use crate::actors::voter::{Voter, VoterMsg};
use crate::config::GateConfig;
use crate::notify::Notifier;
use crate::server::{accept_loop, Ctx};
use crate::shared::Shared;
use crate::spawn::ChildArgs;
use crate::tenants::Policy;
use crate::token::Token;

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Development mode: no init token needed (one is generated under the state
    /// dir), built-in default policy unless --tenants, state in ./.policy-gate.
    #[arg(long)]
    pub dev: bool,
    /// State directory (audit log, keys, default socket).
    #[arg(long, value_name = "DIR")]
    pub state_dir: Option<PathBuf>,
    /// Client socket path (default <state-dir>/gate.sock).
    #[arg(long, value_name = "PATH")]
    pub socket: Option<PathBuf>,
    /// Gate configuration file (TOML).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Tenants directory: default.toml plus <tenant_id>.toml.
    #[arg(long, value_name = "DIR")]
    pub tenants: Option<PathBuf>,
    /// HTTP listener for /health and /metrics, e.g. 127.0.0.1:9464.
    #[arg(long, value_name = "ADDR")]
    pub health_listen: Option<String>,
}

/// Everything resolved before the runtime starts.
pub struct Resolved {
    pub config: GateConfig,
    pub state_dir: PathBuf,
    pub socket: PathBuf,
    pub audit_dir: PathBuf,
    pub audit_key_file: PathBuf,
    pub token: Token,
    pub policy: Policy,
}

pub fn resolve(args: &ServeArgs) -> anyhow::Result<Resolved> {
    let mut config = match &args.config {
        Some(p) => GateConfig::load(p)?,
        None => GateConfig::default(),
    };
    if args.tenants.is_some() {
        config.tenants_dir = args.tenants.clone();
    }
    if args.health_listen.is_some() {
        config.health_listen = args.health_listen.clone();
    }
    let state_dir = args
        .state_dir
        .clone()
        .or_else(|| config.state_dir.clone())
        .unwrap_or_else(|| {
            if args.dev {
                PathBuf::from(".policy-gate")
            } else {
                PathBuf::from("/var/lib/policy-gate")
            }
        });
    // Production refuses to start without the token, before touching anything.
    let token = if args.dev {
        None
    } else {
        Some(Token::from_environment().map_err(anyhow::Error::msg)?)
    };
    make_private_dir(&state_dir)?;
    let state_dir = state_dir
        .canonicalize()
        .with_context(|| format!("state dir {}", state_dir.display()))?;
    let token = match token {
        Some(t) => t,
        None => Token::dev(&state_dir.join("init-token")).map_err(anyhow::Error::msg)?,
    };
    let socket = args
        .socket
        .clone()
        .or_else(|| config.socket.clone())
        .unwrap_or_else(|| state_dir.join("gate.sock"));
    let audit_dir = config
        .audit_dir
        .clone()
        .unwrap_or_else(|| state_dir.join("audit"));
    let audit_key_file = match (&config.audit_key_file, args.dev) {
        (Some(p), _) => p.clone(),
        (None, true) => state_dir.join("audit.key"),
        (None, false) => match std::env::var_os("CREDENTIALS_DIRECTORY") {
            Some(d) => Path::new(&d).join("audit-key"),
            None => bail!(
                "no audit key: set audit_key_file in the config or provide the systemd \
                 credential `audit-key`"
            ),
        },
    };
    if args.dev {
        audit_writer::key::load_or_create(&audit_key_file)
            .with_context(|| format!("dev audit key {}", audit_key_file.display()))?;
        // Dev convention: a rotated-away key is kept as audit.key.retired.<n>.
        for p in audit_writer::key::retired_key_files(&state_dir.join("audit.key")) {
            if !config.audit_retired_key_files.contains(&p) {
                config.audit_retired_key_files.push(p);
            }
        }
    } else {
        audit_writer::key::load(&audit_key_file)
            .with_context(|| format!("audit key {}", audit_key_file.display()))?;
    }
    // Checked here so a bad retired key stops the start with a clear message
    // instead of an audit child that keeps failing.
    for p in &config.audit_retired_key_files {
        audit_writer::key::load(p).with_context(|| format!("retired audit key {}", p.display()))?;
    }
    let policy = match &config.tenants_dir {
        Some(dir) => Policy::load_dir(dir, 1).map_err(anyhow::Error::msg)?,
        None => Policy::builtin(1),
    };
    Ok(Resolved {
        config,
        state_dir,
        socket,
        audit_dir,
        audit_key_file,
        token,
        policy,
    })
}

fn make_private_dir(dir: &Path) -> anyhow::Result<()> {
    if !dir.exists() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
            .with_context(|| format!("chmod {}", dir.display()))?;
    }
    Ok(())
}

/// Runs the gate until SIGTERM/SIGINT (exit 0) or a fatal supervisor error.
pub fn run(args: ServeArgs) -> anyhow::Result<i32> {
    let inherited = inherited_listener()?;
    let r = resolve(&args)?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .thread_name("pg-sup")
        .build()
        .context("starting the tokio runtime")?;
    rt.block_on(run_async(r, inherited))
}

/// The listening socket passed by systemd socket activation (`LISTEN_FDS`), if
/// any. Called before anything else opens a file, so the fd number cannot have
/// been reused, and checked to be a listening Unix stream socket before we take
/// ownership of it.
pub fn inherited_listener() -> anyhow::Result<Option<std::os::unix::net::UnixListener>> {
    use nix::sys::socket::{
        getsockname, getsockopt, sockopt, AddressFamily, SockType, SockaddrLike, SockaddrStorage,
    };
    use std::os::fd::{BorrowedFd, FromRawFd};
    let Some(fd) = sd_notify::listen_fds()
        .context("reading LISTEN_FDS")?
        .next()
    else {
        return Ok(None);
    };
    #[allow(unsafe_code)]
    // SAFETY: only borrowed for the checks below; ownership is taken after them.
    let borrowed = unsafe { BorrowedFd::borrow_raw(fd) };
    let listening = getsockopt(&borrowed, sockopt::AcceptConn).unwrap_or(false);
    let stream = getsockopt(&borrowed, sockopt::SockType).ok() == Some(SockType::Stream);
    let unix = getsockname::<SockaddrStorage>(fd)
        .ok()
        .and_then(|a| a.family())
        == Some(AddressFamily::Unix);
    if !(listening && stream && unix) {
        bail!("LISTEN_FDS names fd {fd}, but it is not a listening Unix stream socket");
    }
    #[allow(unsafe_code)]
    // SAFETY: LISTEN_PID is this process (checked by listen_fds), the fd is an
    // open listening socket (checked above), and nothing else owns it.
    let listener = unsafe { std::os::unix::net::UnixListener::from_raw_fd(fd) };
    // Keep it out of the children (they get only their own socket).
    nix::fcntl::fcntl(
        &listener,
        nix::fcntl::FcntlArg::F_SETFD(nix::fcntl::FdFlag::FD_CLOEXEC),
    )
    .context("FD_CLOEXEC on the inherited socket")?;
    listener.set_nonblocking(true).context("inherited socket")?;
    Ok(Some(listener))
}

fn bind(socket: &Path, mode: u32) -> anyhow::Result<tokio::net::UnixListener> {
    use std::os::unix::fs::FileTypeExt;
    if let Ok(meta) = std::fs::symlink_metadata(socket) {
        if meta.file_type().is_socket() {
            // A stale socket of an earlier run; refuse if someone still answers.
            if std::os::unix::net::UnixStream::connect(socket).is_ok() {
                bail!("{} is in use by a running gate", socket.display());
            }
            std::fs::remove_file(socket)
                .with_context(|| format!("removing stale {}", socket.display()))?;
        } else {
            bail!("{} exists and is not a socket", socket.display());
        }
    }
    if let Some(parent) = socket.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("creating {}", parent.display()))?;
    }
    let listener = tokio::net::UnixListener::bind(socket)
        .with_context(|| format!("binding {}", socket.display()))?;
    std::fs::set_permissions(socket, std::fs::Permissions::from_mode(mode))
        .with_context(|| format!("chmod {}", socket.display()))?;
    Ok(listener)
}

async fn run_async(
    r: Resolved,
    inherited: Option<std::os::unix::net::UnixListener>,
) -> anyhow::Result<i32> {
    let mode = r.config.socket_mode_bits().map_err(anyhow::Error::msg)?;
    let child_args = ChildArgs {
        evaluation_ms: r.config.deadlines.evaluation_ms,
        audit_dir: r.audit_dir.clone(),
        audit_key_file: r.audit_key_file.clone(),
        audit_retired_key_files: r.config.audit_retired_key_files.clone(),
        segment_bytes: 64 << 20,
    };
    let tenants_dir = r.config.tenants_dir.clone();
    let shared = Arc::new(Shared::new(r.config, r.policy, Some(r.token)));
    let (listener, activated) = match inherited {
        Some(l) => (
            tokio::net::UnixListener::from_std(l).context("the inherited socket")?,
            true,
        ),
        None => (bind(&r.socket, mode)?, false),
    };
    tracing::info!(socket = %r.socket.display(), activated, state_dir = %r.state_dir.display(), "policy-gate starting");
    if let Some(addr) = &shared.config.health_listen {
        let http = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("binding the health listener on {addr}"))?;
        tokio::spawn(crate::metrics::serve_http(http, shared.clone()));
    }

    let (voter, voter_handle) = Actor::spawn(Some("voter".into()), Voter, shared.clone())
        .await
        .context("starting the voter")?;
    let (sup, sup_handle) = Actor::spawn(
        Some("supervisor".into()),
        Supervisor,
        SupArgs {
            shared: shared.clone(),
            voter: voter.clone(),
            child_args,
            notifier: Notifier::from_env(),
        },
    )
    .await
    .context("starting the supervisor")?;

    let (reload_tx, mut reload_rx) = mpsc::channel::<oneshot::Sender<Result<u64, String>>>(8);
    let ctx = Ctx {
        shared: shared.clone(),
        voter: voter.clone(),
        reload: reload_tx.clone(),
    };
    tokio::spawn(accept_loop(listener, ctx));

    // Reloads are serialised here (SIGHUP and the control op both land here).
    {
        let shared = shared.clone();
        let voter = voter.clone();
        tokio::spawn(async move {
            while let Some(done) = reload_rx.recv().await {
                let result = reload(&shared, &voter, tenants_dir.as_deref()).await;
                let _ = done.send(result);
            }
        });
    }

    let mut term = signal(SignalKind::terminate()).context("SIGTERM handler")?;
    let mut int = signal(SignalKind::interrupt()).context("SIGINT handler")?;
    let mut hup = signal(SignalKind::hangup()).context("SIGHUP handler")?;
    let mut sup_handle = sup_handle;
    loop {
        tokio::select! {
            _ = term.recv() => break,
            _ = int.recv() => break,
            _ = hup.recv() => {
                let (tx, rx) = oneshot::channel();
                if reload_tx.send(tx).await.is_ok() {
                    match rx.await {
                        Ok(Ok(g)) => tracing::info!(generation = g, "reloaded on SIGHUP"),
                        Ok(Err(e)) => tracing::error!(error = %e, "reload on SIGHUP rejected"),
                        Err(_) => {}
                    }
                }
            }
            _ = &mut sup_handle => {
                tracing::error!("supervisor actor ended unexpectedly");
                crate::actors::supervisor::kill_children(&shared);
                if !activated {
                    let _ = std::fs::remove_file(&r.socket);
                }
                return Ok(1);
            }
        }
    }
    tracing::info!("shutting down");
    shared.audit_event(RecordKind::ServiceStopped, None, "orderly shutdown".into());
    let (tx, rx) = oneshot::channel();
    let _ = sup.cast(SupMsg::Shutdown(tx));
    if tokio::time::timeout(Duration::from_secs(30), rx)
        .await
        .is_err()
    {
        tracing::warn!("children did not stop within 30 s");
    }
    crate::actors::supervisor::kill_children(&shared);
    if !activated {
        let _ = std::fs::remove_file(&r.socket);
    }
    sup.stop(None);
    voter.stop(None);
    let _ = voter_handle.await;
    Ok(0)
}

/// Validates the tenant set whole, then installs it; the running policy stays
/// on any error.
pub async fn reload(
    shared: &Arc<Shared>,
    voter: &ractor::ActorRef<VoterMsg>,
    tenants_dir: Option<&Path>,
) -> Result<u64, String> {
    let next = shared.policy().generation() + 1;
    let policy = match tenants_dir {
        Some(dir) => Policy::load_dir(dir, next),
        None => Ok(Policy::builtin(next)),
    };
    let policy = match policy {
        Ok(p) => p,
        Err(e) => {
            tracing::error!(error = %e, "reload rejected; the running policy stays");
            shared.audit_event(RecordKind::ReloadRejected, None, e.clone());
            return Err(e);
        }
    };
    let (tx, rx) = oneshot::channel();
    voter
        .cast(VoterMsg::Reload(Arc::new(policy), tx))
        .map_err(|_| "voter is not running".to_string())?;
    let generation = rx.await.map_err(|_| "voter did not answer".to_string())?;
    tracing::info!(generation, "policy reloaded");
    shared.audit_event(
        RecordKind::Reload,
        None,
        format!("policy generation {generation}"),
    );
    Ok(generation)
}
