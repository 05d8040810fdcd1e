//! `policy-gate audit verify|query|tail`.

use std::path::PathBuf;

use anyhow::{bail, Context};
use audit_writer::{Filter, FollowFrom, Keyring, VerifyError};
use ipc::RecordKind;

#[derive(Debug, clap::Subcommand)]
pub enum AuditCmd {
    /// Prove the audit log intact, or name the first bad record (exit 1).
    Verify(Where),
    /// Print records, filtered (e.g. `--kind DiagnosticDisagreement --since 24h`).
    Query {
        #[command(flatten)]
        at: Where,
        #[command(flatten)]
        filter: FilterArgs,
        /// One JSON record per line.
        #[arg(long)]
        json: bool,
    },
    /// Follow new records as they are appended.
    Tail {
        #[command(flatten)]
        at: Where,
        #[command(flatten)]
        filter: FilterArgs,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, clap::Args)]
pub struct Where {
    /// State dir of a gate (audit log in <state-dir>/audit, key in <state-dir>/audit.key,
    /// retired keys in <state-dir>/audit.key.retired.*).
    #[arg(long, value_name = "DIR")]
    state_dir: Option<PathBuf>,
    /// Audit directory (with --key-file).
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
    /// Audit key file (with --dir).
    #[arg(long, value_name = "FILE")]
    key_file: Option<PathBuf>,
    /// A retired audit key the older part of the chain was sealed with (repeatable).
    #[arg(long = "retired-key-file", value_name = "FILE")]
    retired_key_files: Vec<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct FilterArgs {
    #[arg(long)]
    tenant: Option<String>,
    /// Record kind (Pass, Block, DiagnosticAgreement, DiagnosticDisagreement, Reload, …); repeatable.
    #[arg(long)]
    kind: Vec<String>,
    /// RFC 3339 time (2026-11-25T10:00:00Z) or an age such as 24h, 72h, 30m.
    #[arg(long)]
    since: Option<String>,
}

impl Where {
    fn dir(&self) -> anyhow::Result<PathBuf> {
        match (&self.dir, &self.state_dir) {
            (Some(d), _) => Ok(d.clone()),
            (None, Some(s)) => Ok(s.join("audit")),
            (None, None) => Ok(PathBuf::from(".policy-gate/audit")),
        }
    }

    /// The current key plus every retired key given, and in state-dir mode the
    /// `audit.key.retired.*` files next to the state dir's key.
    fn keys(&self) -> anyhow::Result<Keyring> {
        let path = match (&self.key_file, &self.state_dir, &self.dir) {
            (Some(k), _, _) => k.clone(),
            (None, Some(s), _) => s.join("audit.key"),
            (None, None, Some(_)) => bail!("--dir needs --key-file"),
            (None, None, None) => PathBuf::from(".policy-gate/audit.key"),
        };
        let mut retired = self.retired_key_files.clone();
        let state_dir = match (&self.state_dir, &self.dir) {
            (Some(s), _) => Some(s.clone()),
            (None, None) => Some(PathBuf::from(".policy-gate")),
            (None, Some(_)) => None,
        };
        if let Some(s) = state_dir {
            retired.extend(audit_writer::key::retired_key_files(&s.join("audit.key")));
        }
        let current = audit_writer::key::load(&path)
            .with_context(|| format!("audit key {}", path.display()))?;
        let mut ring = Keyring::new(current);
        for p in &retired {
            let k = audit_writer::key::load(p)
                .with_context(|| format!("retired audit key {}", p.display()))?;
            ring = ring.with_retired([k]);
        }
        Ok(ring)
    }
}

impl FilterArgs {
    fn filter(&self) -> anyhow::Result<Filter> {
        let mut kinds = Vec::new();
        for k in &self.kind {
            kinds.push(RecordKind::from_name(k).with_context(|| {
                let names: Vec<_> = RecordKind::ALL.iter().map(|k| k.name()).collect();
                format!("unknown kind {k:?} (known: {})", names.join(", "))
            })?);
        }
        let since_ms = match &self.since {
            Some(s) => Some(parse_since(s, ipc::now_ms())?),
            None => None,
        };
        Ok(Filter {
            tenant: self.tenant.clone(),
            kinds,
            since_ms,
            until_ms: None,
        })
    }
}

pub fn run(cmd: AuditCmd) -> anyhow::Result<i32> {
    match cmd {
        AuditCmd::Verify(at) => {
            let dir = at.dir()?;
            let keys = at.keys()?;
            match audit_writer::verify(&dir, &keys) {
                Ok(r) => {
                    println!(
                        "ok: {} records in {} segment(s), last seq {}, key {}",
                        r.records, r.segments, r.last_seq, r.key_id
                    );
                    if r.key_ids.len() > 1 {
                        println!("key rotations: {}", r.key_ids.join(" -> "));
                    }
                    Ok(0)
                }
                Err(VerifyError::Bad(b)) => {
                    println!(
                        "BAD: {} line {} (seq {}): {}",
                        b.file,
                        b.line,
                        b.seq.map(|s| s.to_string()).unwrap_or_else(|| "?".into()),
                        b.problem
                    );
                    Ok(1)
                }
                Err(e) => Err(e).context(format!("verifying {}", dir.display())),
            }
        }
        AuditCmd::Query { at, filter, json } => {
            let dir = at.dir()?;
            let f = filter.filter()?;
            let mut n = 0u64;
            for r in audit_writer::query(&dir, &f) {
                let r = r.context("reading the audit log")?;
                print_record(&r, json)?;
                n += 1;
            }
            if !json {
                eprintln!("{n} record(s)");
            }
            Ok(0)
        }
        AuditCmd::Tail { at, filter, json } => {
            let dir = at.dir()?;
            let f = filter.filter()?;
            let mut follow = audit_writer::follow(&dir, &f, FollowFrom::End);
            loop {
                for r in follow.poll().context("following the audit log")? {
                    print_record(&r, json)?;
                }
                std::thread::sleep(follow.interval);
            }
        }
    }
}

fn print_record(r: &audit_writer::Record, json: bool) -> anyhow::Result<()> {
    if json {
        println!("{}", serde_json::to_string(r)?);
    } else {
        println!(
            "{:>8} {} {:<22} {:<10} {:<7} {:<5} {}",
            r.seq,
            r.ts,
            r.kind.name(),
            r.tenant.as_deref().unwrap_or("-"),
            r.direction.map(|d| d.name()).unwrap_or("-"),
            if r.is_pass { "pass" } else { "block" },
            r.reason.as_deref().or(r.detail.as_deref()).unwrap_or("")
        );
    }
    Ok(())
}

/// `24h` / `30m` / `90s` / `3d` before `now_ms`, or an RFC 3339 UTC time.
fn parse_since(s: &str, now_ms: u64) -> anyhow::Result<u64> {
    let unit = |c: char| match c {
        's' => Some(1_000u64),
        'm' => Some(60_000),
        'h' => Some(3_600_000),
        'd' => Some(86_400_000),
        _ => None,
    };
    if let Some(last) = s.chars().last() {
        if let (Some(mult), Ok(n)) = (unit(last), s[..s.len() - 1].parse::<u64>()) {
            return Ok(now_ms.saturating_sub(n.saturating_mul(mult)));
        }
    }
    parse_rfc3339_utc(s).with_context(|| {
        format!("--since {s:?}: expected an age like 24h or a time like 2026-11-25T10:00:00Z")
    })
}

fn parse_rfc3339_utc(s: &str) -> Option<u64> {
    let s = s.strip_suffix('Z').or_else(|| s.strip_suffix("+00:00"))?;
    let (date, time) = s.split_once('T')?;
    let mut d = date.split('-').map(|p| p.parse::<i64>().ok());
    let (y, mo, da) = (d.next()??, d.next()??, d.next()??);
    let (hms, frac) = time.split_once('.').unwrap_or((time, "0"));
    let mut t = hms.split(':').map(|p| p.parse::<i64>().ok());
    let (h, mi, se) = (t.next()??, t.next()??, t.next()??);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&da) || h > 23 || mi > 59 || se > 60 {
        return None;
    }
    let ms: i64 = format!("{:0<3}", &frac[..frac.len().min(3)]).parse().ok()?;
    // Days from civil (Howard Hinnant's algorithm).
    let y2 = if mo <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let mp = (mo + 9) % 12;
    let doy = (153 * mp + 2) / 5 + da - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let total = ((days * 24 + h) * 60 + mi) * 60 + se;
    u64::try_from(total * 1000 + ms).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_parses_ages_and_times() {
        assert_eq!(
            parse_since("24h", 100_000_000).unwrap(),
            100_000_000 - 86_400_000
        );
        assert_eq!(parse_rfc3339_utc("1970-01-01T00:00:01Z"), Some(1000));
        assert_eq!(
            parse_rfc3339_utc("2026-11-25T10:00:00.5Z"),
            Some(1_795_600_800_500)
        );
        assert!(parse_since("yesterday", 0).is_err());
        assert!(parse_rfc3339_utc("2026-13-01T00:00:00Z").is_none());
    }
}
