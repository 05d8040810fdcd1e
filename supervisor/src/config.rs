//! The gate configuration file (`--config gate.toml`) and its defaults.
//!
//! Unknown keys are errors (a typo must not silently fall back to a default).

use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct GateConfig {
    /// Client socket path (default `<state_dir>/gate.sock`).
    pub socket: Option<PathBuf>,
    /// State directory (default `/var/lib/policy-gate`, or `./.policy-gate` with `--dev`).
    pub state_dir: Option<PathBuf>,
    /// Audit directory (default `<state_dir>/audit`).
    pub audit_dir: Option<PathBuf>,
    /// Audit HMAC key file (production default `$CREDENTIALS_DIRECTORY/audit-key`).
    pub audit_key_file: Option<PathBuf>,
    /// Earlier audit keys, so the chain they sealed is verified and continued
    /// after a key rotation (with `--dev` also `<state_dir>/audit.key.retired.*`).
    pub audit_retired_key_files: Vec<PathBuf>,
    /// Tenants directory (none: the built-in default policy serves everyone).
    pub tenants_dir: Option<PathBuf>,
    /// Client socket permissions, octal string (default "0660").
    pub socket_mode: String,
    /// Group owning the client socket (name or numeric gid).
    pub socket_group: Option<String>,
    /// Peer uids allowed to connect (empty: anyone who can open the socket).
    pub allowed_uids: Vec<u32>,
    /// Peer gids allowed to connect (empty: anyone who can open the socket).
    pub allowed_gids: Vec<u32>,
    /// `ADDR:PORT` for the HTTP health/metrics listener.
    pub health_listen: Option<String>,
    pub deadlines: Deadlines,
    pub watchdog: Watchdog,
    pub restart: RestartPolicy,
    pub limits: Limits,
}

impl Default for GateConfig {
    fn default() -> Self {
        GateConfig {
            socket: None,
            state_dir: None,
            audit_dir: None,
            audit_key_file: None,
            audit_retired_key_files: Vec::new(),
            tenants_dir: None,
            socket_mode: "0660".into(),
            socket_group: None,
            allowed_uids: Vec::new(),
            allowed_gids: Vec::new(),
            health_listen: None,
            deadlines: Deadlines::default(),
            watchdog: Watchdog::default(),
            restart: RestartPolicy::default(),
            limits: Limits::default(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Deadlines {
    /// How long the voter waits for both channel answers (default 100 ms).
    pub channel_ms: u64,
    /// Per-evaluation deadline inside each channel process (default 50 ms, SA-004).
    pub evaluation_ms: u64,
    /// How long a verdict may wait for the audit acknowledgement (default 2000 ms).
    pub audit_ms: u64,
}

impl Default for Deadlines {
    fn default() -> Self {
        Deadlines {
            channel_ms: 100,
            evaluation_ms: 50,
            audit_ms: 2000,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Watchdog {
    /// Heartbeat period to every child (default 500 ms).
    pub heartbeat_ms: u64,
    /// Consecutive missed heartbeats before a child is killed (default 3).
    pub missed_heartbeats: u32,
    /// How long a child may take from spawn to its first heartbeat answer (default 5 s).
    pub ready_timeout_ms: u64,
}

impl Default for Watchdog {
    fn default() -> Self {
        Watchdog {
            heartbeat_ms: 500,
            missed_heartbeats: 3,
            ready_timeout_ms: 5000,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RestartPolicy {
    /// Restarts of one child allowed within `window_s` before the supervisor gives up.
    pub max_restarts: u32,
    pub window_s: u64,
    pub backoff_initial_ms: u64,
    pub backoff_max_ms: u64,
}

impl Default for RestartPolicy {
    fn default() -> Self {
        RestartPolicy {
            max_restarts: 5,
            window_s: 60,
            backoff_initial_ms: 100,
            backoff_max_ms: 5000,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    pub max_connections: usize,
    pub max_in_flight_per_connection: usize,
    pub max_line_bytes: usize,
    /// A connection with no input for this long is closed.
    pub idle_timeout_s: u64,
    /// A line must be complete this long after its first byte (slow clients).
    pub line_timeout_s: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_connections: 1024,
            max_in_flight_per_connection: 256,
            max_line_bytes: 1 << 20,
            idle_timeout_s: 300,
            line_timeout_s: 30,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("config file {path}: {message}")]
    Parse { path: PathBuf, message: String },
    #[error("config file {path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

impl GateConfig {
    pub fn load(path: &Path) -> Result<GateConfig, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let cfg: GateConfig = toml::from_str(&text).map_err(|e| ConfigError::Parse {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        cfg.validate().map_err(|message| ConfigError::Invalid {
            path: path.to_path_buf(),
            message,
        })?;
        Ok(cfg)
    }

    pub fn validate(&self) -> Result<(), String> {
        self.socket_mode_bits()?;
        let d = &self.deadlines;
        if d.channel_ms == 0 || d.evaluation_ms == 0 || d.audit_ms == 0 {
            return Err("deadlines must be at least 1 ms".into());
        }
        if d.evaluation_ms > d.channel_ms {
            return Err(format!(
                "deadlines.evaluation_ms ({}) must not exceed deadlines.channel_ms ({})",
                d.evaluation_ms, d.channel_ms
            ));
        }
        if self.watchdog.heartbeat_ms < 10 || self.watchdog.missed_heartbeats == 0 {
            return Err("watchdog.heartbeat_ms must be >= 10 and missed_heartbeats >= 1".into());
        }
        if self.restart.max_restarts == 0 || self.restart.window_s == 0 {
            return Err("restart.max_restarts and restart.window_s must be >= 1".into());
        }
        if self.restart.backoff_initial_ms > self.restart.backoff_max_ms {
            return Err("restart.backoff_initial_ms must not exceed backoff_max_ms".into());
        }
        let l = &self.limits;
        if l.max_connections == 0
            || l.max_in_flight_per_connection == 0
            || l.idle_timeout_s == 0
            || l.line_timeout_s == 0
        {
            return Err("limits must be >= 1".into());
        }
        if l.max_line_bytes < 1024 || l.max_line_bytes > 16 << 20 {
            return Err("limits.max_line_bytes must be between 1 KiB and 16 MiB".into());
        }
        Ok(())
    }

    pub fn socket_mode_bits(&self) -> Result<u32, String> {
        u32::from_str_radix(self.socket_mode.trim_start_matches("0o"), 8)
            .ok()
            .filter(|m| *m <= 0o777)
            .ok_or_else(|| format!("socket_mode {:?} is not an octal mode", self.socket_mode))
    }

    pub fn channel_deadline(&self) -> Duration {
        Duration::from_millis(self.deadlines.channel_ms)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid() {
        GateConfig::default().validate().unwrap();
        assert_eq!(GateConfig::default().socket_mode_bits(), Ok(0o660));
    }

    #[test]
    fn unknown_keys_are_rejected() {
        let e = toml::from_str::<GateConfig>("sockett = \"/x\"").unwrap_err();
        assert!(e.to_string().contains("sockett"));
    }

    #[test]
    fn bad_values_are_rejected() {
        let c: GateConfig = toml::from_str("socket_mode = \"999\"").unwrap();
        assert!(c.validate().is_err());
        let c: GateConfig = toml::from_str("[deadlines]\nevaluation_ms = 500").unwrap();
        assert!(c.validate().is_err());
    }
}
