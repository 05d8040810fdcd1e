//! `policy-gate child audit`: the audit writer process.

use std::os::unix::net::UnixStream;

use anyhow::Context;

use crate::child::ChildCmd;

pub fn run(stream: UnixStream, cmd: &ChildCmd) -> anyhow::Result<()> {
    let dir = cmd.audit_dir.clone().context("--audit-dir is required")?;
    let key_file = cmd
        .audit_key_file
        .clone()
        .context("--audit-key-file is required")?;
    let key = audit_writer::key::load(&key_file)
        .with_context(|| format!("loading the audit key from {}", key_file.display()))?;
    let mut cfg = audit_writer::WriterConfig::new(dir, key);
    for p in &cmd.audit_retired_key_files {
        let k = audit_writer::key::load(p)
            .with_context(|| format!("loading the retired audit key {}", p.display()))?;
        cfg.retired_keys.push(k);
    }
    cfg.segment_bytes = cmd.segment_bytes;
    audit_writer::serve(stream, cfg).context("audit writer")?;
    Ok(())
}
