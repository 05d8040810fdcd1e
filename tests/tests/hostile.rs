//! Hostile clients against the real binary: every malformed input gets a JSON
//! error (or a Block) and never a Pass; limits hold; stalled connections do not
//! starve a healthy client.

mod common;

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::time::{Duration, Instant};

use common::*;
use serde_json::{json, Value};

/// A dev gate with a gate config file holding `config`.
fn gate_with_config(config: &str, extra: &[&str]) -> Gate {
    let dir = short_tempdir();
    let path = dir.path().join("gate.toml");
    std::fs::write(&path, config).unwrap();
    let mut args = vec!["--config".to_string(), path.display().to_string()];
    args.extend(extra.iter().map(|s| s.to_string()));
    let gate = Gate::start_in(
        dir,
        Opts {
            args,
            ..Opts::default()
        },
    );
    gate.wait_ready();
    gate
}

/// Sends one raw line on `c` and returns the answer.
fn raw(c: &mut Conn, bytes: &[u8]) -> Value {
    c.send_raw(bytes).unwrap();
    c.recv().expect("an answer to every line")
}

fn assert_error(v: &Value, code: &str, what: &str) {
    assert_eq!(v["ok"], false, "{what}: {v}");
    assert_eq!(v["error"]["code"], code, "{what}: {v}");
    assert_ne!(v["is_pass"], true, "{what}: {v}");
}

/// An answer that is an error or a verdict that does not pass.
fn assert_not_pass(v: &Value, what: &str) {
    assert!(
        v["ok"] == false || (v["ok"] == true && v["is_pass"] == false),
        "{what} passed: {v}"
    );
    assert_pass_was_judged(v);
}

#[test]
fn malformed_lines_get_errors_and_never_pass() {
    let gate = Gate::start();
    gate.wait_ready();
    let mut c = gate.connect();
    let deep = |n: usize| {
        let mut s = Vec::new();
        s.extend(std::iter::repeat_n(b'[', n));
        s.extend(std::iter::repeat_n(b']', n));
        s
    };
    let mut nested_prompt = b"{\"id\":5,\"op\":\"evaluate\",\"prompt\":".to_vec();
    nested_prompt.extend(deep(100_000));
    nested_prompt.extend(b"}\n");
    let mut nested_top = deep(200_000);
    nested_top.push(b'\n');
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "invalid UTF-8",
            b"\xff\xfe\xfd{\"op\":\"health\"}\n".to_vec(),
        ),
        (
            "UTF-8 cut inside a prompt",
            b"{\"id\":1,\"op\":\"evaluate\",\"prompt\":\"caf\xc3\"}\n".to_vec(),
        ),
        (
            "not JSON",
            b"evaluate: What is the capital of France?\n".to_vec(),
        ),
        (
            "truncated JSON",
            b"{\"id\":1,\"op\":\"evaluate\",\"prompt\":\"Wh\n".to_vec(),
        ),
        ("JSON array", b"[1,2,3]\n".to_vec()),
        ("JSON string", b"\"evaluate\"\n".to_vec()),
        ("JSON null", b"null\n".to_vec()),
        ("JSON number", b"42\n".to_vec()),
        ("NUL bytes", b"\0\0\0\0\n".to_vec()),
        (
            "prompt is a number",
            b"{\"id\":2,\"op\":\"evaluate\",\"prompt\":42}\n".to_vec(),
        ),
        (
            "prompt is an object",
            b"{\"id\":2,\"op\":\"evaluate\",\"prompt\":{\"text\":\"hi\"}}\n".to_vec(),
        ),
        (
            "prompt is an array",
            b"{\"id\":2,\"op\":\"evaluate\",\"prompt\":[\"What is the capital of France?\"]}\n"
                .to_vec(),
        ),
        (
            "op is a number",
            b"{\"id\":3,\"op\":1,\"prompt\":\"hi\"}\n".to_vec(),
        ),
        (
            "tenant is a number",
            b"{\"id\":3,\"op\":\"evaluate\",\"prompt\":\"hi\",\"tenant\":7}\n".to_vec(),
        ),
        (
            "id is an array",
            b"{\"id\":[1],\"op\":\"health\"}\n".to_vec(),
        ),
        (
            "id is an object",
            b"{\"id\":{\"a\":1},\"op\":\"health\"}\n".to_vec(),
        ),
        (
            "id is a bool",
            b"{\"id\":true,\"op\":\"health\"}\n".to_vec(),
        ),
        ("missing op", b"{\"id\":4,\"prompt\":\"hi\"}\n".to_vec()),
        (
            "unknown op",
            b"{\"id\":4,\"op\":\"EVALUATE\",\"prompt\":\"hi\"}\n".to_vec(),
        ),
        (
            "unknown op with NUL",
            b"{\"id\":4,\"op\":\"evaluate\\u0000\",\"prompt\":\"hi\"}\n".to_vec(),
        ),
        (
            "evaluate without prompt",
            b"{\"id\":4,\"op\":\"evaluate\"}\n".to_vec(),
        ),
        (
            "evaluate with null prompt",
            b"{\"id\":4,\"op\":\"evaluate\",\"prompt\":null}\n".to_vec(),
        ),
        (
            "egress without response",
            b"{\"id\":4,\"op\":\"egress\",\"prompt\":\"hi\"}\n".to_vec(),
        ),
        (
            "lone surrogate escape",
            b"{\"id\":6,\"op\":\"evaluate\",\"prompt\":\"\\ud800\"}\n".to_vec(),
        ),
        (
            "duplicate prompt key",
            b"{\"id\":6,\"op\":\"evaluate\",\"prompt\":\"a\",\"prompt\":\"b\"}\n".to_vec(),
        ),
        ("deeply nested prompt", nested_prompt),
        ("deeply nested top level", nested_top),
    ];
    for (what, line) in &cases {
        let v = raw(&mut c, line);
        assert_error(&v, "bad_request", what);
    }
    // Where an id could be read it is echoed; otherwise it is null.
    let v = raw(
        &mut c,
        b"{\"id\":\"x-9\",\"op\":\"evaluate\",\"prompt\":42}\n",
    );
    assert_eq!(v["id"], "x-9", "{v}");
    let v = raw(&mut c, b"{\"id\":[1],\"op\":\"health\"}\n");
    assert!(v["id"].is_null(), "{v}");
    // After all of that the connection still serves.
    let v = raw(&mut c, b"{\"id\":99,\"op\":\"health\"}\n");
    assert_eq!(
        (v["id"].as_i64(), v["ok"].as_bool()),
        (Some(99), Some(true))
    );
    // And the gate counted them.
    let st = gate.status();
    assert!(
        st["verdicts"]["bad_requests"].as_u64().unwrap() >= cases.len() as u64,
        "{st}"
    );
}

#[test]
fn control_characters_and_mark_floods_never_pass() {
    let gate = Gate::start();
    gate.wait_ready();
    let mut c = gate.connect();
    let q = "What is the capital of France?";
    let mut prompts: Vec<(String, String)> = vec![
        (
            "NUL inside".into(),
            "What is the capital\0 of France?".into(),
        ),
        ("only NULs".into(), "\0\0\0".into()),
        ("ANSI escape".into(), format!("\u{1b}[31m{q}\u{1b}[0m")),
        ("BEL".into(), format!("{q}\u{7}")),
        ("DEL".into(), "What is\u{7f} the capital of France?".into()),
        ("C1 NEL".into(), format!("{q}\u{85}")),
        ("C1 CSI".into(), format!("\u{9b}31m{q}")),
        ("backspace".into(), format!("{q}\u{8}\u{8}\u{8}")),
        ("form feed".into(), format!("{q}\u{c}")),
        ("vertical tab".into(), format!("{q}\u{b}")),
        (
            "every C0 control".into(),
            (0u8..32).map(char::from).collect(),
        ),
    ];
    // Combining-mark floods: one base letter buried under marks, and marks alone.
    prompts.push((
        "mark flood".into(),
        format!("a{}", "\u{301}".repeat(50_000)),
    ));
    prompts.push(("marks alone".into(), "\u{300}\u{301}\u{302}".repeat(20_000)));
    for (i, (what, p)) in prompts.iter().enumerate() {
        let t = Instant::now();
        c.send(&json!({"id": i, "op": "evaluate", "prompt": p}))
            .unwrap();
        let v = c.recv().unwrap();
        assert_eq!(v["id"], i, "{what}: {v}");
        assert_not_pass(&v, what);
        assert!(
            t.elapsed() < Duration::from_secs(10),
            "{what} took {:?}",
            t.elapsed()
        );
    }
    // A question under a few marks per letter is the channels' call, but it
    // is answered promptly, and a Pass only with both channels.
    let marks = "\u{300}\u{316}\u{35c}".repeat(8);
    let zalgo: String = q
        .chars()
        .flat_map(|ch| std::iter::once(ch).chain(marks.chars()))
        .collect();
    c.send(&json!({"id": "z", "op": "evaluate", "prompt": zalgo}))
        .unwrap();
    let v = c.recv().unwrap();
    assert_eq!(v["ok"], true, "{v}");
    assert_pass_was_judged(&v);
    // A plain control character in a prompt is not an error of the gate: the
    // answer is a verdict (Block), recorded in the audit log.
    c.send(&json!({"id": "nul", "op": "evaluate", "prompt": "What is\0 2+2?"}))
        .unwrap();
    let v = c.recv().unwrap();
    assert_eq!(v["is_pass"], false, "{v}");
    assert!(v["audit_seq"].as_u64().is_some(), "{v}");
}

#[test]
fn path_like_tenant_ids_are_unknown_tenants() {
    let dir = short_tempdir();
    let tenants = dir.path().join("tenants");
    std::fs::create_dir(&tenants).unwrap();
    std::fs::write(tenants.join("default.toml"), "").unwrap();
    std::fs::write(tenants.join("acme.toml"), "").unwrap();
    // A file a traversal would reach if ids were joined onto paths.
    std::fs::write(dir.path().join("evil.toml"), "").unwrap();
    let gate = Gate::start_in(
        dir,
        Opts {
            args: vec!["--tenants".into(), tenants.display().to_string()],
            ..Opts::default()
        },
    );
    gate.wait_ready();
    let q = "What is the capital of France?";
    let hostile = [
        "../etc/passwd",
        "../evil",
        "./acme",
        "acme/../acme",
        "/etc/passwd",
        "acme\0",
        "ACME",
        "acme ",
        "",
        "%2e%2e%2fevil",
        "..",
        ".",
        "default.toml",
        &"a".repeat(10_000),
    ];
    for t in hostile {
        let v = gate.request(&json!({"id": 1, "op": "evaluate", "prompt": q, "tenant": t}));
        assert_eq!(v["is_pass"], false, "tenant {t:?}: {v}");
        assert_eq!(v["reason"], "UnknownTenant", "tenant {t:?}: {v}");
    }
    let v = gate.request(&json!({"id": 1, "op": "evaluate", "prompt": q, "tenant": "acme"}));
    assert_pass_was_judged(&v);
    assert_ne!(v["reason"], "UnknownTenant", "{v}");
    drop(gate);

    // Built-in mode has one tenant that serves every name: no file is consulted.
    let gate = Gate::start();
    gate.wait_ready();
    let v =
        gate.request(&json!({"id": 1, "op": "evaluate", "prompt": q, "tenant": "../etc/passwd"}));
    assert_eq!(v["ok"], true, "{v}");
    assert_ne!(v["reason"], "UnknownTenant", "{v}");
    assert_pass_was_judged(&v);
}

#[test]
fn oversized_lines_are_too_large_and_the_connection_stays_usable() {
    let gate = gate_with_config("[limits]\nmax_line_bytes = 4096\n", &[]);
    let mut c = gate.connect();
    // One line over the limit, then a good one in the same write.
    let mut bytes = vec![b'x'; 5000];
    bytes.push(b'\n');
    bytes.extend(b"{\"id\":1,\"op\":\"health\"}\n");
    c.send_raw(&bytes).unwrap();
    assert_error(&c.recv().unwrap(), "too_large", "5000-byte line");
    assert_eq!(c.recv().unwrap()["id"], 1);
    // A huge line arriving in pieces without a newline for a while: one
    // too_large, the rest discarded up to the newline, then normal service.
    let chunk = vec![b'y'; 64 * 1024];
    for _ in 0..32 {
        c.send_raw(&chunk).unwrap();
    }
    c.send_raw(b"\n{\"id\":2,\"op\":\"evaluate\",\"prompt\":\"hello\"}\n")
        .unwrap();
    assert_error(&c.recv().unwrap(), "too_large", "2 MiB line");
    let v = c.recv().unwrap();
    assert_eq!((v["id"].as_i64(), v["ok"].as_bool()), (Some(2), Some(true)));
    // A valid request over the limit (long prompt) is too_large, not judged.
    let long = json!({"id": 3, "op": "evaluate", "prompt": "a ".repeat(3000)});
    c.send(&long).unwrap();
    assert_error(&c.recv().unwrap(), "too_large", "long prompt");
    // Exactly at the limit is still served.
    let mut at = br#"{"id":4,"op":"health","pad":""#.to_vec();
    let tail = br#""}"#;
    at.extend(std::iter::repeat_n(b'p', 4096 - at.len() - tail.len()));
    at.extend(tail);
    assert_eq!(at.len(), 4096);
    at.push(b'\n');
    assert_eq!(raw(&mut c, &at)["ok"], true);
}

/// Sends `n` health requests one after another; returns the slowest answer.
fn healthy_round(gate: &Gate, n: usize) -> Duration {
    let mut c = gate.connect();
    let mut worst = Duration::ZERO;
    for i in 0..n {
        let t = Instant::now();
        let req = if i % 2 == 0 {
            json!({"id": i, "op": "evaluate", "prompt": "What is the capital of France?"})
        } else {
            json!({"id": i, "op": "health"})
        };
        c.send(&req).unwrap();
        let v = c.recv().expect("healthy client answered");
        assert_eq!(v["id"], i, "{v}");
        assert_pass_was_judged(&v);
        worst = worst.max(t.elapsed());
    }
    worst
}

#[test]
fn stalled_connections_do_not_slow_a_healthy_client_and_are_reaped() {
    let gate = gate_with_config("[limits]\nidle_timeout_s = 8\n", &[]);
    let baseline = healthy_round(&gate, 40);
    // 300 clients each send half a line and go quiet.
    let mut stalled = Vec::new();
    for i in 0..300 {
        let mut s = UnixStream::connect(&gate.socket).expect("connect");
        s.write_all(format!("{{\"id\":{i},\"op\":\"evalu").as_bytes())
            .unwrap();
        stalled.push(s);
    }
    gate.wait_for(10, "300 stalled sessions", |g| {
        g.status()["supervisor"]["connections"].as_u64().unwrap() >= 300
    });
    let t = Instant::now();
    let loaded = healthy_round(&gate, 40);
    println!(
        "healthy client, slowest of 40 answers: {baseline:?} alone, {loaded:?} beside 300 stalled \
         connections (round took {:?})",
        t.elapsed()
    );
    assert!(
        loaded < Duration::from_secs(5),
        "a request waited {loaded:?} beside stalled connections"
    );
    // The half-sent lines do not hold their slots forever: each stalled
    // connection gets a timeout error (its line never completed) and is closed.
    let reaped = Instant::now();
    for s in &mut stalled {
        s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        let mut out = Vec::new();
        s.read_to_end(&mut out).expect("closed by the gate");
        let text = String::from_utf8_lossy(&out);
        assert!(text.contains("line not completed in time"), "{text}");
        assert!(!text.contains("is_pass"), "{text}");
    }
    println!(
        "300 stalled connections closed {:?} after the healthy round",
        reaped.elapsed()
    );
    gate.wait_for(10, "the connection count to drop", |g| {
        g.status()["supervisor"]["connections"].as_u64().unwrap() < 10
    });
}

#[test]
fn connections_past_the_limit_are_refused_with_an_error() {
    let gate = gate_with_config("[limits]\nmax_connections = 8\n", &[]);
    // Connections of the readiness probe must be gone before counting.
    gate.wait_for(10, "probe connections closed", |g| {
        g.status()["supervisor"]["connections"].as_u64().unwrap() <= 1
    });
    std::thread::sleep(Duration::from_millis(200));
    // Eight sessions, each proven live by an answer.
    let mut open: Vec<Conn> = (0..8)
        .map(|i| {
            let mut c = gate.connect();
            c.send(&json!({"id": i, "op": "health"})).unwrap();
            assert_eq!(c.recv().unwrap()["ok"], true);
            c
        })
        .collect();
    for _ in 0..3 {
        let mut extra = gate.connect();
        let v = extra.recv().expect("a refusal line");
        assert_eq!(v["ok"], false, "{v}");
        assert!(
            v["error"]["message"]
                .as_str()
                .unwrap()
                .contains("too many connections"),
            "{v}"
        );
        // And nothing more: the gate closed it.
        assert!(extra.recv().is_err());
    }
    // The held sessions still work; closing one frees a slot.
    let mut first = open.remove(0);
    first.send(&json!({"id": "still", "op": "health"})).unwrap();
    assert_eq!(first.recv().unwrap()["id"], "still");
    drop(first);
    gate.wait_for(10, "a freed connection slot", |g| {
        g.try_request(&json!({"id": 1, "op": "health"}))
            .is_ok_and(|v| v["ok"] == true)
    });
}

#[test]
fn in_flight_limit_is_backpressure_not_loss() {
    let gate = gate_with_config("[limits]\nmax_in_flight_per_connection = 2\n", &[]);
    let mut c = gate.connect();
    let n = 300;
    let mut all = Vec::new();
    for i in 0..n {
        let mut line = serde_json::to_vec(
            &json!({"id": i, "op": "evaluate", "prompt": format!("What is {i} plus {i}?")}),
        )
        .unwrap();
        line.push(b'\n');
        all.extend(line);
    }
    // One big write: the gate must read it at its own pace and answer all.
    let writer = {
        let mut w = c.writer.try_clone().unwrap();
        std::thread::spawn(move || w.write_all(&all))
    };
    let mut seen = std::collections::HashSet::new();
    for _ in 0..n {
        let v = c.recv().expect("every pipelined request answered");
        assert_eq!(v["ok"], true, "{v}");
        assert_pass_was_judged(&v);
        seen.insert(v["id"].as_i64().unwrap());
    }
    writer.join().unwrap().unwrap();
    assert_eq!(seen.len(), n);
}

/// xorshift64*: a fixed-seed generator, so a failure names a reproducible case.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The in-suite twin of the `client_line` fuzz target, against the real
/// parser: mutated request lines each get exactly one answer, the connection
/// survives all of them, and a Pass only ever answers a well-formed
/// evaluate/egress request judged by both channels.
#[test]
fn mutated_request_lines_each_get_one_answer_and_never_an_unjudged_pass() {
    let gate = Gate::start();
    gate.wait_ready();
    let mut c = gate.connect();
    let seeds: [&[u8]; 5] = [
        br#"{"id":1,"op":"evaluate","prompt":"What is the capital of France?"}"#,
        br#"{"id":"e","op":"egress","prompt":"hi","response":"Paris is the capital of France."}"#,
        br#"{"id":2,"op":"health"}"#,
        br#"{"id":3,"op":"evaluate","prompt":"Write a haiku about autumn","tenant":"default"}"#,
        br#"{"id":4,"op":"status"}"#,
    ];
    let noise: &[u8] = b"{}[]\":,\\u00ff\x00\x01\x7f\xc3\xff 0123456789eE+-.truefalsenull";
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut passes = 0;
    for case in 0..400 {
        let mut line = seeds[rng.below(seeds.len())].to_vec();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(line.len() + 1);
            match rng.below(4) {
                0 if at < line.len() => {
                    line[at] = noise[rng.below(noise.len())];
                }
                1 => line.insert(at, noise[rng.below(noise.len())]),
                2 => line.truncate(at.max(1)),
                _ => {
                    let n = rng.below(8);
                    line.splice(at..at, (0..n).map(|_| rng.next() as u8));
                }
            }
        }
        // One line per request: no newline inside, and not blank (blank
        // lines are skipped without an answer, by design).
        for b in line.iter_mut() {
            if *b == b'\n' {
                *b = b' ';
            }
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        line.push(b'\n');
        c.send_raw(&line).unwrap();
        let v = c
            .recv()
            .unwrap_or_else(|e| panic!("case {case}: no answer ({e}) to {line:?}"));
        assert_pass_was_judged(&v);
        if v["is_pass"] == true {
            passes += 1;
            let parsed: Value = serde_json::from_slice(&line)
                .unwrap_or_else(|_| panic!("case {case}: a Pass for a malformed line {line:?}"));
            let op = parsed["op"].as_str();
            assert!(
                (op == Some("evaluate") && parsed["prompt"].is_string())
                    || (op == Some("egress") && parsed["response"].is_string()),
                "case {case}: a Pass for {parsed}"
            );
        }
        if v["ok"] == false {
            assert!(v["error"]["code"].is_string(), "case {case}: {v}");
        }
    }
    println!("400 mutated lines answered, {passes} passed (all well-formed and judged)");
    let v = raw(&mut c, b"{\"id\":\"end\",\"op\":\"health\"}\n");
    assert_eq!(v["id"], "end");
}

/// What a compromised child could do is bounded (supervisor/src/sandbox.rs):
/// every child runs with no_new_privs and without core dumps.
#[test]
fn every_child_runs_with_no_new_privs_and_no_core_dumps() {
    let gate = Gate::start();
    gate.wait_ready();
    for name in ["channel-a", "channel-b", "channel-e", "channel-f", "audit"] {
        let pid = gate.child_pid(name);
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
        assert!(
            status
                .lines()
                .any(|l| l.starts_with("NoNewPrivs:") && l.ends_with('1')),
            "{name}: no_new_privs not set"
        );
        let limits = std::fs::read_to_string(format!("/proc/{pid}/limits")).unwrap();
        let core = limits
            .lines()
            .find(|l| l.starts_with("Max core file size"))
            .unwrap();
        let fields: Vec<&str> = core.split_whitespace().collect();
        assert_eq!(&fields[4..6], &["0", "0"], "{name}: {core}");
    }
}

#[test]
fn a_line_trickled_byte_by_byte_is_cut_at_the_line_deadline() {
    let gate = gate_with_config("[limits]\nline_timeout_s = 2\nidle_timeout_s = 60\n", &[]);
    gate.wait_ready();
    let mut s = UnixStream::connect(&gate.socket).unwrap();
    let mut writer = s.try_clone().unwrap();
    // Never idle (a byte every 200 ms), never a whole line.
    let trickle = std::thread::spawn(move || {
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(30) {
            if writer.write_all(b"a").is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    });
    let started = Instant::now();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let text = String::from_utf8_lossy(&out);
    assert!(text.contains("line not completed in time"), "{text}");
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "slow line held for {:?}",
        started.elapsed()
    );
    drop(s);
    trickle.join().unwrap();
}
