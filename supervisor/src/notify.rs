//! systemd notifications (READY/WATCHDOG/STATUS/STOPPING). Outside systemd (no
//! `NOTIFY_SOCKET`) every call is a silent no-op.

use std::os::linux::net::SocketAddrExt;
use std::os::unix::net::{SocketAddr, UnixDatagram};
use std::time::Duration;

use sd_notify::NotifyState;

pub struct Notifier {
    socket: Option<String>,
    /// Half of `WATCHDOG_USEC`, when systemd asked for watchdog pings.
    pub watchdog_every: Option<Duration>,
}

impl Notifier {
    pub fn from_env() -> Notifier {
        Notifier {
            socket: std::env::var("NOTIFY_SOCKET")
                .ok()
                .filter(|s| !s.is_empty()),
            watchdog_every: sd_notify::watchdog_enabled().map(|d| d / 2),
        }
    }

    pub fn ready(&self, status: &str) {
        self.send(&[NotifyState::Ready, NotifyState::Status(status)]);
    }

    pub fn watchdog(&self) {
        if self.watchdog_every.is_some() {
            self.send(&[NotifyState::Watchdog]);
        }
    }

    pub fn status(&self, status: &str) {
        self.send(&[NotifyState::Status(status)]);
    }

    pub fn stopping(&self, status: &str) {
        self.send(&[NotifyState::Stopping, NotifyState::Status(status)]);
    }

    fn send(&self, states: &[NotifyState]) {
        let Some(sock) = &self.socket else { return };
        let result = match sock.strip_prefix('@') {
            // sd-notify 0.5 does not speak abstract sockets; sd_notify(3) says '@'
            // means the abstract namespace, so send the datagram ourselves.
            Some(name) => send_abstract(name, states),
            None => sd_notify::notify(states),
        };
        if let Err(e) = result {
            tracing::warn!(error = %e, "sd_notify failed");
        }
    }
}

fn send_abstract(name: &str, states: &[NotifyState]) -> std::io::Result<()> {
    let mut msg = String::new();
    for s in states {
        msg.push_str(&s.to_string());
        msg.push('\n');
    }
    let addr = SocketAddr::from_abstract_name(name.as_bytes())?;
    let sock = UnixDatagram::unbound()?;
    sock.send_to_addr(msg.as_bytes(), &addr)?;
    Ok(())
}
