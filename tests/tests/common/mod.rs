//! Test harness: starts the real `policy-gate` binary in its own process group
//! with a private state dir, talks to it over its real socket, and kills the
//! whole group when dropped.
#![allow(dead_code)] // each test file uses a different part of the harness

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use nix::sys::signal::{kill, killpg, Signal};
use nix::unistd::Pid;
use serde_json::{json, Value};

/// The binary built by `cargo test --workspace` next to the test executables.
pub fn binary() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable path");
    let dir = exe.parent().and_then(Path::parent).expect("target dir");
    let bin = dir.join("policy-gate");
    assert!(
        bin.exists(),
        "{} not built: run the tests with `cargo test --workspace`",
        bin.display()
    );
    bin
}

pub struct Gate {
    pub child: Option<Child>,
    pub dir: tempfile::TempDir,
    pub socket: PathBuf,
}

pub struct Opts {
    pub dev: bool,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
}

impl Default for Opts {
    fn default() -> Self {
        Opts {
            dev: true,
            args: Vec::new(),
            env: Vec::new(),
        }
    }
}

/// Short paths: a Unix socket path must fit in 108 bytes.
pub fn short_tempdir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("pg")
        .tempdir_in("/tmp")
        .expect("tempdir")
}

impl Gate {
    pub fn start() -> Gate {
        Gate::start_with(Opts::default())
    }

    pub fn start_with(opts: Opts) -> Gate {
        let dir = short_tempdir();
        Gate::start_in(dir, opts)
    }

    pub fn start_in(dir: tempfile::TempDir, opts: Opts) -> Gate {
        let socket = dir.path().join("gate.sock");
        let mut cmd = Command::new(binary());
        cmd.arg("serve");
        if opts.dev {
            cmd.arg("--dev");
        }
        cmd.arg("--state-dir")
            .arg(dir.path())
            .arg("--socket")
            .arg(&socket)
            .args(&opts.args)
            .env_remove("NOTIFY_SOCKET")
            .env_remove("WATCHDOG_USEC")
            .env_remove("POLICY_GATE_INIT_TOKEN")
            .env("POLICY_GATE_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .process_group(0);
        for (k, v) in &opts.env {
            cmd.env(k, v);
        }
        let child = cmd.spawn().expect("spawning policy-gate");
        Gate {
            child: Some(child),
            dir,
            socket,
        }
    }

    pub fn pid(&self) -> i32 {
        self.child.as_ref().map(|c| c.id() as i32).unwrap_or(0)
    }

    /// Waits (up to 20 s) until `health` says ok.
    pub fn wait_ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Ok(v) = self.try_request(&json!({"id": 0, "op": "health"})) {
                if v["status"] == "ok" {
                    return;
                }
            }
            assert!(Instant::now() < deadline, "gate not ready within 20 s");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn connect(&self) -> Conn {
        let s = UnixStream::connect(&self.socket).expect("connect to the gate");
        s.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
        Conn {
            reader: BufReader::new(s.try_clone().unwrap()),
            writer: s,
        }
    }

    pub fn try_request(&self, req: &Value) -> std::io::Result<Value> {
        let s = UnixStream::connect(&self.socket)?;
        s.set_read_timeout(Some(Duration::from_secs(15)))?;
        let mut c = Conn {
            reader: BufReader::new(s.try_clone()?),
            writer: s,
        };
        c.send(req)?;
        c.recv()
    }

    pub fn request(&self, req: &Value) -> Value {
        self.try_request(req).expect("request to the gate")
    }

    pub fn eval(&self, prompt: &str) -> Value {
        self.request(&json!({"id": 1, "op": "evaluate", "prompt": prompt}))
    }

    pub fn status(&self) -> Value {
        self.request(&json!({"id": 0, "op": "status"}))
    }

    pub fn child_pid(&self, name: &str) -> i32 {
        let st = self.status();
        st["processes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .map(|p| p["pid"].as_i64().unwrap() as i32)
            .unwrap()
    }

    pub fn process(&self, name: &str) -> Value {
        self.status()["processes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .cloned()
            .unwrap()
    }

    /// Polls `cond` every 50 ms for up to `secs` seconds.
    pub fn wait_for(&self, secs: u64, what: &str, mut cond: impl FnMut(&Gate) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(secs);
        while !cond(self) {
            assert!(
                Instant::now() < deadline,
                "timed out after {secs} s waiting for {what}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn signal(&self, sig: Signal) {
        kill(Pid::from_raw(self.pid()), sig).expect("signal the gate");
    }

    /// Waits for the gate to exit (up to `secs`), returning its exit code.
    pub fn wait_exit(&mut self, secs: u64) -> Option<i32> {
        let deadline = Instant::now() + Duration::from_secs(secs);
        let child = self.child.as_mut()?;
        loop {
            if let Some(status) = child.try_wait().expect("try_wait") {
                self.child = None;
                return status.code();
            }
            if Instant::now() > deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Gate {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = killpg(Pid::from_raw(c.id() as i32), Signal::SIGKILL);
            let _ = c.wait();
        }
    }
}

pub struct Conn {
    reader: BufReader<UnixStream>,
    pub writer: UnixStream,
}

impl Conn {
    pub fn send(&mut self, req: &Value) -> std::io::Result<()> {
        let mut line = serde_json::to_vec(req)?;
        line.push(b'\n');
        self.writer.write_all(&line)
    }

    pub fn send_raw(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.writer.write_all(bytes)
    }

    pub fn recv(&mut self) -> std::io::Result<Value> {
        let mut line = String::new();
        self.reader.read_line(&mut line)?;
        if line.is_empty() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                "gate closed the connection",
            ));
        }
        serde_json::from_str(&line).map_err(std::io::Error::other)
    }
}

/// True when a process with this pid exists (and is not a zombie).
pub fn alive(pid: i32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(s) => !s
            .rsplit_once(')')
            .is_some_and(|(_, rest)| rest.trim_start().starts_with('Z')),
        Err(_) => false,
    }
}

/// Parent pid of `pid` from /proc.
pub fn ppid(pid: i32) -> Option<i32> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let (_, rest) = s.rsplit_once(')')?;
    rest.split_whitespace().nth(1)?.parse().ok()
}

pub fn comm(pid: i32) -> Option<String> {
    std::fs::read_to_string(format!("/proc/{pid}/comm"))
        .ok()
        .map(|s| s.trim().to_string())
}

/// Asserts the invariant of every fault test: a Pass was judged Pass by both
/// channels of its direction.
pub fn assert_pass_was_judged(v: &Value) {
    if v["is_pass"] == true {
        let chans = v["channels"].as_object().expect("channels");
        assert_eq!(chans.len(), 2, "pass without two channels: {v}");
        for (k, c) in chans {
            assert_eq!(
                c["decision"], "pass",
                "pass with channel {k} not passing: {v}"
            );
        }
        assert!(
            v["audit_seq"].as_u64().is_some(),
            "pass without audit_seq: {v}"
        );
    }
}
