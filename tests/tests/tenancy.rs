//! Tenants, caller identity, the init token and validated hot reload, against
//! the real binary with real tenant directories.

mod common;

use std::path::Path;

use common::*;
use serde_json::{json, Value};

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

/// A gate in dev mode with a tenants dir inside its state dir.
fn gate_with_tenants(files: &[(&str, &str)]) -> (Gate, std::path::PathBuf) {
    let dir = short_tempdir();
    let tenants = dir.path().join("tenants");
    std::fs::create_dir(&tenants).unwrap();
    for (n, t) in files {
        write(&tenants, n, t);
    }
    let gate = Gate::start_in(
        dir,
        Opts {
            args: vec!["--tenants".into(), tenants.display().to_string()],
            ..Opts::default()
        },
    );
    gate.wait_ready();
    (gate, tenants)
}

fn eval_as(gate: &Gate, tenant: Option<&str>, prompt: &str) -> Value {
    gate.request(&json!({"id": 1, "op": "evaluate", "prompt": prompt, "tenant": tenant}))
}

fn token(gate: &Gate) -> String {
    std::fs::read_to_string(gate.dir.path().join("init-token"))
        .unwrap()
        .trim()
        .to_string()
}

#[test]
fn routing_block_reasons() {
    let (gate, _) = gate_with_tenants(&[
        ("default.toml", ""),
        ("acme.toml", ""),
        (
            "locked.toml",
            "allowed_uids = [4242424]\nallowed_gids = [4242424]\n",
        ),
    ]);
    let q = "What is the capital of France?";
    let v = eval_as(&gate, None, q);
    assert_eq!(
        (v["is_pass"].as_bool(), v["reason"].as_str()),
        (Some(false), Some("AnonymousTenant")),
        "{v}"
    );
    assert!(
        v["audit_seq"].as_u64().is_some(),
        "refusals are audited: {v}"
    );
    let v = eval_as(&gate, Some("nobody"), q);
    assert_eq!(v["reason"], "UnknownTenant", "{v}");
    let v = eval_as(&gate, Some("../default"), q);
    assert_eq!(v["reason"], "UnknownTenant", "{v}");
    // Root is not special: the test runs as some uid that is not 4242424.
    let v = eval_as(&gate, Some("locked"), q);
    assert_eq!(v["reason"], "CallerNotAllowed", "{v}");
    assert_eq!(v["is_pass"], false);
    let v = eval_as(&gate, Some("acme"), q);
    assert_eq!(v["is_pass"], true, "{v}");
    assert_eq!(v["tenant"], "acme");
}

#[test]
fn anonymous_allowed_when_default_says_so() {
    let (gate, _) = gate_with_tenants(&[("default.toml", "allow_anonymous_tenants = true\n")]);
    let v = eval_as(&gate, None, "What is the capital of France?");
    assert_eq!(v["is_pass"], true, "{v}");
}

#[test]
fn permitted_intents_narrow_what_passes() {
    let (gate, _) = gate_with_tenants(&[
        ("default.toml", ""),
        (
            "greeter.toml",
            "permitted_intents = [\"ConversationalGreeting\"]\n",
        ),
    ]);
    let v = eval_as(&gate, Some("greeter"), "What is the capital of France?");
    assert_eq!(v["is_pass"], false, "{v}");
    assert!(
        v["reason"]
            .as_str()
            .unwrap_or("")
            .starts_with("ProhibitedIntent:"),
        "{v}"
    );
    let v = eval_as(&gate, Some("greeter"), "Hello there!");
    assert_eq!(v["is_pass"], true, "{v}");
}

#[test]
fn reload_is_validated_whole_authorised_and_visible_on_the_next_request() {
    let (gate, tenants) = gate_with_tenants(&[("default.toml", ""), ("acme.toml", "")]);
    let q = "Tell me one fact about pineapples.";
    assert_eq!(eval_as(&gate, Some("acme"), q)["is_pass"], true);
    let mut c = gate.connect();

    // Wrong and missing tokens: refused, nothing changes.
    c.send(&json!({"id": 1, "op": "reload", "token": "not-the-token-at-all"}))
        .unwrap();
    let v = c.recv().unwrap();
    assert_eq!(
        (v["ok"].as_bool(), v["error"]["code"].as_str()),
        (Some(false), Some("unauthorized"))
    );
    c.send(&json!({"id": 2, "op": "reload"})).unwrap();
    assert_eq!(c.recv().unwrap()["error"]["code"], "unauthorized");
    assert_eq!(gate.status()["policy_generation"], 1);

    // A broken file rejects the whole set; the running policy stays.
    write(&tenants, "acme.toml", "blocked_phrases = [\"pineapple\"]\n");
    write(
        &tenants,
        "broken.toml",
        "permitted_intents = [\"NotAnIntent\"]\n",
    );
    c.send(&json!({"id": 3, "op": "reload", "token": token(&gate)}))
        .unwrap();
    let v = c.recv().unwrap();
    assert_eq!(v["ok"], false, "{v}");
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("broken.toml"),
        "{v}"
    );
    assert_eq!(gate.status()["policy_generation"], 1);
    assert_eq!(eval_as(&gate, Some("acme"), q)["is_pass"], true);

    // Fixed: accepted, and the very next request is judged under it.
    std::fs::remove_file(tenants.join("broken.toml")).unwrap();
    c.send(&json!({"id": 4, "op": "reload", "token": token(&gate)}))
        .unwrap();
    let v = c.recv().unwrap();
    assert_eq!(
        (v["ok"].as_bool(), v["policy_generation"].as_u64()),
        (Some(true), Some(2)),
        "{v}"
    );
    let v = eval_as(&gate, Some("acme"), q);
    assert_eq!(v["is_pass"], false, "{v}");
    assert_eq!(v["policy_generation"], 2);
    assert_eq!(v["reason"], "BlockedPhrase", "{v}");
}

#[test]
fn sighup_reloads() {
    let (gate, tenants) = gate_with_tenants(&[("default.toml", ""), ("acme.toml", "")]);
    write(&tenants, "beta.toml", "");
    gate.signal(nix::sys::signal::Signal::SIGHUP);
    gate.wait_for(10, "generation 2", |g| g.status()["policy_generation"] == 2);
    assert_eq!(
        eval_as(&gate, Some("beta"), "What is the capital of France?")["is_pass"],
        true
    );
}

#[test]
fn socket_access_list_refuses_other_callers() {
    let dir = short_tempdir();
    let cfg = dir.path().join("gate.toml");
    std::fs::write(&cfg, "allowed_uids = [4242424]\n").unwrap();
    let gate = Gate::start_in(
        dir,
        Opts {
            args: vec!["--config".into(), cfg.display().to_string()],
            ..Opts::default()
        },
    );
    // Not answered as a request: one error line, then closed.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let v = loop {
        if let Ok(v) = gate.try_request(&json!({"id": 1, "op": "health"})) {
            break v;
        }
        assert!(std::time::Instant::now() < deadline, "no answer");
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert_eq!(
        (v["ok"].as_bool(), v["error"]["code"].as_str()),
        (Some(false), Some("unauthorized")),
        "{v}"
    );
}

#[test]
fn production_start_with_token_and_key() {
    let dir = short_tempdir();
    let key = dir.path().join("audit.key");
    std::fs::write(&key, [7u8; 32]).unwrap();
    let cfg = dir.path().join("gate.toml");
    std::fs::write(&cfg, format!("audit_key_file = \"{}\"\n", key.display())).unwrap();
    let token = "prod-token-0123456789abcdef";
    let gate = Gate::start_in(
        dir,
        Opts {
            dev: false,
            args: vec!["--config".into(), cfg.display().to_string()],
            env: vec![("POLICY_GATE_INIT_TOKEN".into(), token.into())],
        },
    );
    gate.wait_ready();
    assert_eq!(gate.eval("What is the capital of France?")["is_pass"], true);
    let v = gate.request(&json!({"id": 1, "op": "reload", "token": token}));
    assert_eq!(v["ok"], true, "{v}");
    assert!(
        !gate.dir.path().join("init-token").exists(),
        "no dev token in production"
    );
}

#[test]
fn check_config_validates_without_starting() {
    let dir = short_tempdir();
    write(dir.path(), "default.toml", "");
    let ok = std::process::Command::new(binary())
        .args(["check-config", "--tenants"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    write(dir.path(), "Bad Name.toml", "");
    let bad = std::process::Command::new(binary())
        .args(["check-config", "--tenants"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("Bad Name.toml"));
}
