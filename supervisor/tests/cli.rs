//! The command line itself. (Being an integration test of this package also
//! makes `cargo test --workspace` build the `policy-gate` binary that the
//! end-to-end tests in `tests/` start.)

use std::process::Command;

fn gate() -> Command {
    Command::new(env!("CARGO_BIN_EXE_policy-gate"))
}

#[test]
fn help_lists_the_subcommands_with_examples() {
    let out = gate().arg("--help").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for cmd in [
        "serve",
        "eval",
        "egress",
        "status",
        "health",
        "watch",
        "audit",
        "check-config",
    ] {
        assert!(text.contains(cmd), "--help does not mention {cmd}:\n{text}");
    }
    assert!(text.contains("Examples:"));
    assert!(
        !text.lines().any(|l| l.trim_start().starts_with("child ")),
        "the internal subcommand is hidden"
    );
}

#[test]
fn check_config_names_the_bad_key() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("gate.toml");
    std::fs::write(&cfg, "sockett = \"/tmp/x\"\n").unwrap();
    let out = gate()
        .arg("check-config")
        .arg("--config")
        .arg(&cfg)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("sockett") && err.contains("gate.toml"),
        "{err}"
    );

    std::fs::write(&cfg, "[deadlines]\nchannel_ms = 200\n").unwrap();
    let out = gate()
        .arg("check-config")
        .arg("--config")
        .arg(&cfg)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn child_refuses_to_run_without_its_socket() {
    let out = gate()
        .args(["child", "channel-a"])
        .env_remove("POLICY_GATE_PARENT_PID")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("fd 3") && err.contains("internal"), "{err}");
    assert_eq!(out.status.code(), Some(2), "an error exit, not an abort");
}
